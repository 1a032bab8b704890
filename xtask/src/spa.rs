//! Building the SPA with trunk, then precompressing it for the server.

use std::{
    fs,
    path::{Path, PathBuf},
};

use crate::{Result, command, paths, tools};

/// Files worth compressing; images and fonts are compressed already.
const COMPRESSIBLE: [&str; 6] = ["wasm", "js", "css", "html", "svg", "json"];

pub fn build() -> Result {
    tools::ensure_wasm_target()?;
    tools::ensure_trunk()?;
    let wasm_bindgen = tools::ensure_wasm_bindgen()?;
    tools::ensure_wasm_opt()?;
    let esbuild = tools::ensure_esbuild()?;
    // trunk runs cargo with --offline so that it never downloads; fetch the crates first.
    command::run(&mut command::cargo(&["fetch", "--quiet"]), "cargo fetch")?;
    command::run(
        command::new("trunk")
            .args(["build", "--release", "--offline"])
            .env("TRUNK_TOOLS_WASM_BINDGEN", &wasm_bindgen)
            .env("TRUNK_TOOLS_WASM_OPT", tools::WASM_OPT_VERSION)
            .env("TRUNK_SKIP_VERSION_CHECK", "true"),
        "trunk build",
    )?;
    minify_js(&paths::dist(), &esbuild)?;
    shrink_wasm(&paths::dist())?;
    precompress(&paths::dist())
}

/// wasm-opt passes beyond trunk's `-Oz`: flattening and re-looping the control flow lets
/// `-Oz` fold more, about 1 % of the Wasm (measured: 152.5 KB to 150.7 KB gzipped);
/// `--converge` repeats until nothing shrinks, and `--low-memory-unused` folds constant
/// offsets into loads and stores, which is sound because Rust's Wasm puts its stack first
/// (its top at 1 MiB, data above it) and nothing lives in the lowest KiB (together about
/// 0.6 KB gzipped). The Wasm's integrity hash in index.html follows.
fn shrink_wasm(dist: &Path) -> Result {
    let index_path = dist.join("index.html");
    let mut index = fs::read_to_string(&index_path)
        .map_err(|e| format!("cannot read {}: {e}", index_path.display()))?;
    let wasm_opt = paths::binaryen_bin().join("wasm-opt");
    for path in files(dist)? {
        if path.extension().is_none_or(|ext| ext != "wasm") {
            continue;
        }
        command::run(
            command::new(&wasm_opt.to_string_lossy())
                .arg(&path)
                .args(WASM_FEATURES)
                .args([
                    "--low-memory-unused",
                    "--flatten",
                    "--rereloop",
                    "-Oz",
                    "-Oz",
                ])
                .args(["--converge", "-o"])
                .arg(&path),
            "shrinking the Wasm with wasm-opt",
        )?;
        let shrunk = fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let name = path
            .strip_prefix(dist)
            .map_err(|e| e.to_string())?
            .to_string_lossy()
            .into_owned();
        index = with_integrity(&index, &name, &shrunk)?;
    }
    write(&index_path, index.as_bytes())
}

/// The Wasm features rustc's wasm32 target emits, which wasm-opt must be told of.
const WASM_FEATURES: [&str; 6] = [
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// Minifies the JS glue in place and updates its Subresource Integrity hash in
/// index.html, which trunk wrote for the unminified file.
fn minify_js(dist: &Path, esbuild: &Path) -> Result {
    let index_path = dist.join("index.html");
    let mut index = fs::read_to_string(&index_path)
        .map_err(|e| format!("cannot read {}: {e}", index_path.display()))?;
    for path in files(dist)? {
        if path.extension().is_none_or(|ext| ext != "js") {
            continue;
        }
        command::run(
            command::new(&esbuild.to_string_lossy())
                .arg(&path)
                .args(["--minify", "--format=esm", "--log-level=warning"])
                .arg(format!("--outfile={}", path.display()))
                .arg("--allow-overwrite"),
            "minifying the JS glue with esbuild",
        )?;
        let minified =
            fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let name = path
            .strip_prefix(dist)
            .map_err(|e| e.to_string())?
            .to_string_lossy()
            .into_owned();
        index = with_integrity(&index, &name, &minified)?;
    }
    write(&index_path, index.as_bytes())
}

/// `index` with the `integrity` of the tag that links `/{name}` set to `content`'s
/// SHA-384; unchanged when that tag has none.
fn with_integrity(index: &str, name: &str, content: &[u8]) -> Result<String> {
    use base64::{Engine, engine::general_purpose::STANDARD};
    use sha2::{Digest, Sha384};
    let href = format!("/{name}");
    let mut out = String::with_capacity(index.len());
    let mut rest = index;
    while let Some(at) = rest.find(&href) {
        let tag_end = rest[at..].find('>').map_or(rest.len(), |end| at + end);
        let tag = &rest[at..tag_end];
        let Some(start) = tag.find("integrity=") else {
            out.push_str(&rest[..tag_end]);
            rest = &rest[tag_end..];
            continue;
        };
        let value_start = at + start + "integrity=".len();
        let quoted = rest[value_start..].starts_with('"');
        let hash_start = value_start + usize::from(quoted) + "sha384-".len();
        if !rest[value_start + usize::from(quoted)..].starts_with("sha384-") {
            return Err(format!("index.html: the integrity of {href} is not sha384"));
        }
        let hash_len = rest[hash_start..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '+' || c == '/' || c == '='))
            .unwrap_or(rest.len() - hash_start);
        out.push_str(&rest[..hash_start]);
        out.push_str(&STANDARD.encode(Sha384::digest(content)));
        rest = &rest[hash_start + hash_len..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Writes `.gz` and `.br` beside each compressible file at the highest settings, so the
/// server sends them as they are instead of compressing on every request.
fn precompress(dir: &Path) -> Result {
    for path in files(dir)? {
        let compressible = path
            .extension()
            .is_some_and(|ext| COMPRESSIBLE.iter().any(|c| ext == *c));
        if !compressible {
            continue;
        }
        let raw = fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        write(&with_suffix(&path, "gz"), &gzip(&raw))?;
        write(&with_suffix(&path, "br"), &brotli(&raw))?;
    }
    Ok(())
}

pub fn files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            found.extend(files(&path)?);
        } else {
            found.push(path);
        }
    }
    found.sort();
    Ok(found)
}

pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}

fn write(path: &Path, bytes: &[u8]) -> Result {
    fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Zopfli: a gzip stream any client can read, about 5 % smaller than zlib's best, for
/// the clients that do not take brotli. Slow, but only at build time.
pub fn gzip(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    zopfli::compress(
        zopfli::Options::default(),
        zopfli::Format::Gzip,
        raw,
        &mut out,
    )
    .expect("writing to memory");
    out
}

pub fn brotli(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &raw[..], &mut out, &params).expect("writing to memory");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_integrity_of_the_named_file_is_replaced_and_nothing_else() {
        let index = "<link href=/a.js integrity=sha384-OLD+/= rel=modulepreload>\
                     <link href=/b.css integrity=\"sha384-KEEP\" rel=stylesheet>\
                     <script>import '/a.js'</script>";
        let updated = with_integrity(index, "a.js", b"x").unwrap();
        let expected = "sha384-11LCxR+6DimqGQVwqdQlPkQHegWNMpf6OlYw1b0BJiL5fCisrtMTtcg7uZDKp9qF";
        assert_eq!(
            updated,
            format!(
                "<link href=/a.js integrity={expected} rel=modulepreload>\
                 <link href=/b.css integrity=\"sha384-KEEP\" rel=stylesheet>\
                 <script>import '/a.js'</script>"
            )
        );
    }
}

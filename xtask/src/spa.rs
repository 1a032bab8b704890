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
    precompress(&paths::dist())
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
fn gzip(raw: &[u8]) -> Vec<u8> {
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

fn brotli(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &raw[..], &mut out, &params).expect("writing to memory");
    out
}

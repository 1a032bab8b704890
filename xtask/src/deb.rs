//! The Debian package, by cargo-deb: the built app, the release server, its systemd unit
//! and its settings, as `backend/Cargo.toml`'s `[package.metadata.deb]` and
//! `backend/debian/` describe them.

use std::path::PathBuf;

use crate::{Result, command, paths, spa, tools};

/// Builds the app, then the package; returns the `.deb`'s path.
pub fn build() -> Result<PathBuf> {
    spa::build()?;
    package()
}

/// Packages the app already built in `dist/` with a release build of the server, into
/// `<target>/debian/`; returns the `.deb`'s path.
pub fn package() -> Result<PathBuf> {
    tools::ensure_cargo_deb()?;
    if !paths::dist().join("index.html").exists() {
        return Err("the app is not built: run `cargo xtask deb`, which builds it".to_owned());
    }
    command::run(
        &mut command::cargo(&[
            "build",
            "--release",
            "--locked",
            "--package",
            "ringcheck-backend",
            "--bin",
            "ringcheck",
        ]),
        "the server's release build",
    )?;
    let out_dir = paths::target_dir().join("debian");
    // cargo-deb prints the package's path on stdout, its progress on stderr.
    let printed = command::run_stdout(
        command::cargo(&[
            "deb",
            "--package",
            "ringcheck-backend",
            "--no-build",
            "--output",
        ])
        .arg(&out_dir),
        "cargo deb",
    )?;
    let deb = printed
        .lines()
        .map(str::trim)
        .rfind(|line| line.ends_with(".deb"))
        .map(PathBuf::from)
        .ok_or_else(|| format!("cargo deb did not say where it wrote the package: {printed}"))?;
    let size = std::fs::metadata(&deb)
        .map_err(|e| format!("cannot read {}: {e}", deb.display()))?
        .len();
    println!(
        "xtask: Debian package {} ({} KB)",
        deb.display(),
        size.div_ceil(1024)
    );
    Ok(deb)
}

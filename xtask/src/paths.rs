//! Where things are: the workspace, its build output and the tools we install.

use std::path::PathBuf;

/// Read when xtask runs, not when it was compiled: clones share one target directory, and
/// cargo does not rebuild xtask for a clone whose sources are the same, so a compiled-in
/// path could be another clone's.
pub fn workspace_root() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")))
        .parent()
        .expect("xtask lives inside the workspace")
        .to_owned()
}

pub fn dist() -> PathBuf {
    workspace_root().join("dist")
}

pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target"))
}

fn home() -> PathBuf {
    std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/root"))
}

/// Where `cargo install` puts binaries.
pub fn cargo_bin() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| home().join(".cargo"))
        .join("bin")
}

/// Tools that are not Rust crates (wasm-opt from npm) live here, outside the repository.
pub fn tool_cache() -> PathBuf {
    std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| home().join(".cache"))
        .join("ringcheck")
}

/// Where npm puts binaryen's `wasm-opt`.
pub fn binaryen_bin() -> PathBuf {
    tool_cache().join("binaryen/node_modules/.bin")
}

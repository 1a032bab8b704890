//! A test that cannot run here says why through [`skip`], then returns. libtest counts it
//! as passed; `cargo xtask test` reads the lines this writes and counts it as skipped
//! (failing the run as root, where nothing may be missing). Std only: the library's unit
//! tests and `shared`'s tests include this file too, so there is one format.

use std::io::Write;

/// The file each skip is appended to, one line each; `cargo xtask test` names a new one.
pub const SKIP_LOG: &str = "RINGCHECK_SKIP_LOG";

/// Says on stderr why the running test skips and appends to the file `SKIP_LOG` names
/// one line: the test binary, the test and `reason`, separated by tabs. Called from the
/// test's own thread, which libtest names after the test.
pub fn skip(reason: &str) {
    let reason = reason.replace(['\t', '\n'], " ");
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("an unnamed test");
    eprintln!("SKIPPED {test}: {reason}");
    let Some(log) = std::env::var_os(SKIP_LOG) else {
        return;
    };
    // `api-0123456789abcdef` is the `api` tests' binary.
    let binary = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .map(|stem| match stem.rsplit_once('-') {
            Some((name, hash)) if hash.bytes().all(|b| b.is_ascii_hexdigit()) => name.to_owned(),
            _ => stem,
        })
        .unwrap_or_default();
    // One `write` of one line to a file opened to append: tests skipping at once on
    // several threads do not interleave.
    let line = format!("{binary}\t{test}\t{reason}\n");
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&log)
        .and_then(|mut file| file.write_all(line.as_bytes()));
    if let Err(error) = written {
        panic!("cannot record the skip in {}: {error}", log.display());
    }
}

//! Running other programs, with the tools we install first on PATH.

use std::{
    ffi::OsString,
    path::PathBuf,
    process::{Command, Stdio},
};

use crate::{Result, paths};

/// PATH with cargo's bin directory and our wasm-opt first, so the tools we installed win,
/// and the system directories last, where `ip`, `nft` and `apt-get` live even when the
/// caller's PATH leaves them out.
pub fn tool_path() -> OsString {
    let mut dirs: Vec<PathBuf> = vec![paths::binaryen_bin(), paths::cargo_bin()];
    if let Some(path) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&path));
    }
    for system in ["/usr/local/sbin", "/usr/sbin", "/sbin", "/usr/bin", "/bin"] {
        let system = PathBuf::from(system);
        if !dirs.contains(&system) {
            dirs.push(system);
        }
    }
    std::env::join_paths(dirs).unwrap_or_default()
}

pub fn new(program: &str) -> Command {
    let mut command = Command::new(program);
    command
        .env("PATH", tool_path())
        .current_dir(paths::workspace_root());
    command
}

pub fn cargo(args: &[&str]) -> Command {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let mut command = new(&cargo);
    command.args(args);
    command
}

/// Runs to completion with output shown; a failure names what failed.
pub fn run(command: &mut Command, what: &str) -> Result {
    println!("xtask: running {}", describe(command));
    let status = command
        .status()
        .map_err(|error| format!("could not start {what} ({}): {error}", describe(command)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{what} failed ({status}): {}", describe(command)))
    }
}

/// Runs to completion with its errors shown; returns what it printed on stdout, which is
/// shown too.
pub fn run_stdout(command: &mut Command, what: &str) -> Result<String> {
    println!("xtask: running {}", describe(command));
    let output = command
        .stdout(Stdio::piped())
        .output()
        .map_err(|error| format!("could not start {what} ({}): {error}", describe(command)))?;
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    print!("{stdout}");
    if output.status.success() {
        Ok(stdout)
    } else {
        Err(format!(
            "{what} failed ({}): {}",
            output.status,
            describe(command)
        ))
    }
}

/// The first line a program prints, or `None` if it is missing or fails.
pub fn output_line(program: &str, args: &[&str]) -> Option<String> {
    output_all(program, args)?
        .lines()
        .next()
        .map(|line| line.trim().to_owned())
}

fn describe(command: &Command) -> String {
    let mut text = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

/// Everything a program prints on stdout, or `None` if it is missing or fails.
pub fn output_all(program: &str, args: &[&str]) -> Option<String> {
    let output = new(program)
        .args(args)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

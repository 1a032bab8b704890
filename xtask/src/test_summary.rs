//! Runs `cargo test`, showing its output as it comes, and closes with one line that adds
//! up every test binary's result (the last binary cargo reports is often a doc-test run
//! with nothing in it, which says nothing about the whole).

use std::{
    io::{BufRead, BufReader},
    process::{Command, Stdio},
};

use crate::Result;

#[derive(Default, Debug, PartialEq)]
struct Totals {
    passed: u64,
    failed: u64,
    ignored: u64,
}

pub fn run(cargo: &mut Command) -> Result {
    let mut child = cargo
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start cargo test: {e}"))?;
    let mut totals = Totals::default();
    let stdout = BufReader::new(child.stdout.take().expect("stdout is piped"));
    for line in stdout.lines() {
        let line = line.map_err(|e| format!("reading cargo test output: {e}"))?;
        println!("{line}");
        totals.add(&line);
    }
    let status = child
        .wait()
        .map_err(|e| format!("waiting for cargo test: {e}"))?;
    println!(
        "\ntests: {} passed, {} failed, {} skipped",
        totals.passed, totals.failed, totals.ignored
    );
    if !status.success() {
        return Err(format!("cargo test failed ({status})"));
    }
    if totals.passed == 0 {
        return Err("cargo test ran no test".to_owned());
    }
    Ok(())
}

impl Totals {
    /// Adds a `test result: ok. 5 passed; 0 failed; 1 ignored; …` line; ignores others.
    fn add(&mut self, line: &str) {
        let Some(counts) = line.trim().strip_prefix("test result: ") else {
            return;
        };
        for part in counts.split([';', '.']) {
            let mut words = part.split_whitespace();
            let (Some(number), Some(label)) = (words.next(), words.next()) else {
                continue;
            };
            let Ok(number) = number.parse::<u64>() else {
                continue;
            };
            match label {
                "passed" => self.passed += number,
                "failed" => self.failed += number,
                "ignored" => self.ignored += number,
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds_up_result_lines_and_ignores_the_rest() {
        let mut totals = Totals::default();
        totals.add("test result: ok. 5 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.01s");
        totals
            .add("test result: FAILED. 2 passed; 3 failed; 0 ignored; 0 measured; 0 filtered out");
        totals.add("test some::test ... ok");
        totals.add("running 8 tests");
        assert_eq!(
            totals,
            Totals {
                passed: 7,
                failed: 3,
                ignored: 1
            }
        );
    }
}

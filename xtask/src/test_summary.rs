//! Runs `cargo test`, showing its output as it comes, and closes with one line that adds
//! up every test binary's result (the last binary cargo reports is often a doc-test run
//! with nothing in it, which says nothing about the whole).
//!
//! A test that cannot run here (no root, no browser, no PostgreSQL…) returns early, and
//! libtest counts it as passed. So each one records why in the file [`SKIP_LOG`] names
//! (`backend/tests/common/skip.rs` writes it: the binary, the test and the reason, a tab
//! between each, a line each); the summary counts those tests as skipped, not passed,
//! lists them, and fails the run when skips are refused (as root, where `cargo xtask
//! test` installs everything the tests need).

use std::{
    collections::{BTreeMap, BTreeSet},
    io::{BufRead, BufReader},
    path::PathBuf,
    process::{Command, Stdio},
};

use crate::Result;

/// The variable that names the skip file to the tests (as `skip.rs` reads it).
const SKIP_LOG: &str = "RINGCHECK_SKIP_LOG";

/// Whether a test may skip without failing the run.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Skips {
    Allowed,
    /// Everything the tests need is installed: a test that skips is a failure.
    Refused,
}

#[derive(Default, Debug, PartialEq)]
struct Totals {
    passed: u64,
    failed: u64,
    ignored: u64,
    /// The names of the tests libtest reported `FAILED`.
    failed_tests: BTreeSet<String>,
}

/// The tests that recorded a skip, as `(binary, test)`, each with its reasons.
#[derive(Default, Debug, PartialEq)]
struct Skipped(BTreeMap<(String, String), Vec<String>>);

pub fn run(cargo: &mut Command, skips: Skips) -> Result {
    let log = SkipLog::new()?;
    let mut child = cargo
        .env(SKIP_LOG, &log.0)
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
    let skipped = Skipped::parse(&log.read()?);
    let passed = skipped.passed(&totals);
    if !skipped.0.is_empty() {
        println!("\nskipped:");
        for line in skipped.lines() {
            println!("  {line}");
        }
    }
    println!(
        "\ntests: {passed} passed, {} failed, {} skipped",
        totals.failed,
        skipped.0.len() as u64 + totals.ignored
    );
    if !status.success() {
        return Err(format!("cargo test failed ({status})"));
    }
    if !skipped.0.is_empty() && skips == Skips::Refused {
        let count = skipped.0.len();
        let tests = if count == 1 { "test" } else { "tests" };
        return Err(format!(
            "{count} {tests} skipped, but as root every test must run (see why above)"
        ));
    }
    if passed == 0 {
        return Err("cargo test ran no test".to_owned());
    }
    Ok(())
}

impl Totals {
    /// Adds a `test result: ok. 5 passed; 0 failed; 1 ignored; …` line, and notes a
    /// `test name ... FAILED` one; ignores others.
    fn add(&mut self, line: &str) {
        let line = line.trim();
        if let Some(name) = line
            .strip_prefix("test ")
            .and_then(|rest| rest.strip_suffix(" ... FAILED"))
        {
            self.failed_tests.insert(name.to_owned());
            return;
        }
        let Some(counts) = line.strip_prefix("test result: ") else {
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

impl Skipped {
    /// The skip file's lines: `binary<TAB>test<TAB>reason`. A test may skip more than
    /// once (two databases it could not have); it is one skipped test.
    fn parse(text: &str) -> Self {
        let mut skipped = Self::default();
        for line in text.lines().filter(|line| !line.trim().is_empty()) {
            let mut fields = line.splitn(3, '\t');
            let (binary, test, reason) = match (fields.next(), fields.next(), fields.next()) {
                (Some(binary), Some(test), Some(reason)) => (binary, test, reason),
                // Not ours, but a skip all the same: counted, and shown as written.
                _ => ("", line, ""),
            };
            let reasons = skipped
                .0
                .entry((binary.to_owned(), test.to_owned()))
                .or_default();
            if !reasons.iter().any(|known| known == reason) {
                reasons.push(reason.to_owned());
            }
        }
        skipped
    }

    /// libtest's passed tests less those that skipped: a skipped test returned early,
    /// which libtest calls passing, unless it went on to fail.
    fn passed(&self, totals: &Totals) -> u64 {
        let skipped_and_passed = self
            .0
            .keys()
            .filter(|(_, test)| !totals.failed_tests.contains(test))
            .count() as u64;
        totals.passed.saturating_sub(skipped_and_passed)
    }

    /// One line a test: `binary test: reason`.
    fn lines(&self) -> impl Iterator<Item = String> + '_ {
        self.0.iter().map(|((binary, test), reasons)| {
            let name = if binary.is_empty() {
                test.clone()
            } else {
                format!("{binary} {test}")
            };
            match reasons.join("; ") {
                reasons if reasons.is_empty() => name,
                reasons => format!("{name}: {reasons}"),
            }
        })
    }
}

/// A new, empty skip file of this run's own (runs from other clones may share the target
/// directory), removed when the run ends.
struct SkipLog(PathBuf);

impl SkipLog {
    fn new() -> Result<Self> {
        let path = std::env::temp_dir().join(format!(
            "ringcheck-skipped-tests-{}.tsv",
            std::process::id()
        ));
        std::fs::write(&path, "")
            .map_err(|e| format!("cannot create the skip file {}: {e}", path.display()))?;
        Ok(Self(path))
    }

    fn read(&self) -> Result<String> {
        std::fs::read_to_string(&self.0)
            .map_err(|e| format!("cannot read the skip file {}: {e}", self.0.display()))
    }
}

impl Drop for SkipLog {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
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
                ignored: 1,
                failed_tests: BTreeSet::new(),
            }
        );
    }

    #[test]
    fn notes_which_tests_failed() {
        let mut totals = Totals::default();
        totals.add("test store::tests::a ... FAILED");
        totals.add("test store::tests::b ... ok");
        totals.add("test result: FAILED. 1 passed; 1 failed; 0 ignored");
        assert_eq!(
            totals.failed_tests,
            BTreeSet::from(["store::tests::a".to_owned()])
        );
    }

    #[test]
    fn a_skipped_test_counts_once_and_not_as_passed() {
        let mut totals = Totals::default();
        totals.add("test firewall::blocks ... ok");
        totals.add("test shared::follows ... ok");
        totals.add("test shared::stops ... FAILED");
        totals.add("test result: FAILED. 9 passed; 1 failed; 0 ignored");
        let skipped = Skipped::parse(
            "api\tfirewall::blocks\tthey need root\n\
             api\tshared::follows\tPostgreSQL is not installed\n\
             api\tshared::follows\tPostgreSQL is not installed\n\
             api\tshared::stops\tPostgreSQL is not installed\n\
             \n",
        );
        assert_eq!(skipped.0.len(), 3, "{skipped:?}");
        // Two skipped and passed; the third skipped, then failed: still a failure.
        assert_eq!(skipped.passed(&totals), 7);
        assert_eq!(
            skipped.lines().collect::<Vec<_>>(),
            [
                "api firewall::blocks: they need root",
                "api shared::follows: PostgreSQL is not installed",
                "api shared::stops: PostgreSQL is not installed",
            ]
        );
    }

    #[test]
    fn a_test_that_skips_for_two_reasons_lists_both() {
        let skipped = Skipped::parse(
            "ringcheck_backend\tstore::tests::every\tno PostgreSQL\n\
             ringcheck_backend\tstore::tests::every\tno TLS PostgreSQL\n",
        );
        assert_eq!(
            skipped.lines().collect::<Vec<_>>(),
            ["ringcheck_backend store::tests::every: no PostgreSQL; no TLS PostgreSQL"]
        );
    }

    #[test]
    fn a_line_not_in_the_format_still_counts_as_a_skip() {
        let skipped = Skipped::parse("something skipped\n");
        assert_eq!(skipped.lines().collect::<Vec<_>>(), ["something skipped"]);
        let totals = Totals {
            passed: 1,
            ..Totals::default()
        };
        assert_eq!(skipped.passed(&totals), 0);
    }

    #[test]
    fn no_skips_leave_the_passed_as_libtest_counted_them() {
        let totals = Totals {
            passed: 4,
            ..Totals::default()
        };
        assert_eq!(Skipped::parse("").passed(&totals), 4);
    }
}

//! `cargo xtask`: Ring Check's task runner. Each command installs what it needs first.
//!
//! - `serve [-- ARGS]`  build the SPA and run the server on http://127.0.0.1:8080
//! - `test`             build the SPA and run every test, browser tests included
//! - `size`             build the SPA, print its transfer size against the budget and each
//!   language's page weight
//! - `lint`             rustfmt and clippy, for the server and for the Wasm target
//! - `bench [--quick | --load N]`  checks and the browser's click to finished (root)
//! - `attack`           attack a server between network namespaces, print what held (root)
//! - `build`            build the SPA into dist/
//! - `deb`              build the SPA and the release server into a Debian package

mod command;
mod deb;
mod page_weights;
mod paths;
mod size;
mod spa;
mod test_summary;
mod tools;

use std::process::ExitCode;

type Result<T = ()> = std::result::Result<T, String>;

const USAGE: &str = "\
usage: cargo xtask <command>

  serve [-- ARGS]  build the SPA and start Ring Check on http://127.0.0.1:8080
                   (ARGS go to the `ringcheck` server, e.g. -- --bind 127.0.0.1:8081)
  test             build the SPA and run every test, browser tests included
  size             build the SPA and print its size (raw, gzip, brotli) against the budget,
                   then each language's home page weight, from the server
  lint             cargo fmt --check and clippy (native and wasm32), warnings denied
  bench [--quick | --load N]
                   measure check times and many checks at once, then Chromium's click to
                   finished per network scenario (root: network namespaces); fails when
                   a check fails or reports a wrong state, never on times.
                   --quick: a few checks and a burst of 100, no browser, as CI runs it;
                   --load N: the checks and one burst of N, no browser
  attack           slowloris, TLS and UDP floods (one forged from 256 sources), forged
                   headers, a /48, cross-site starts against a real server, printing
                   what held (root: network namespaces)
  build            build the SPA into dist/
  deb              build the SPA and the release server, and package them with their
                   systemd unit and settings into a .deb (cargo-deb) under target/debian/";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(&args[1..]),
        Some("test") => test(),
        Some("size") => spa::build()
            .and_then(|_| size::report())
            .and_then(|_| page_weights::report()),
        Some("lint") => lint(),
        Some("bench") => match &args[1..] {
            [] => bench("checks", "the checks benchmark", &[]).and_then(|()| browser_bench()),
            [quick] if quick == "--quick" => bench("checks", "the checks benchmark", &["--quick"]),
            [load, n] if load == "--load" => {
                bench("checks", "the checks benchmark", &["--load", n])
            }
            _ => Err(format!("bench takes --quick or --load N\n\n{USAGE}")),
        },
        Some("attack") => bench("attack", "the attack benchmark", &[]),
        Some("build") => spa::build(),
        Some("deb") => deb::build().map(drop),
        Some("help" | "--help" | "-h") => {
            println!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command `{other}`\n\n{USAGE}")),
        None => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn serve(args: &[String]) -> Result {
    let server_args = match args.first().map(String::as_str) {
        Some("--") => &args[1..],
        Some(_) => return Err(format!("put server arguments after `--`\n\n{USAGE}")),
        None => args,
    };
    spa::build()?;
    size::report()?;
    let dist = paths::dist();
    let mut cargo = command::cargo(&[
        "run",
        "--release",
        "--package",
        "ringcheck-backend",
        "--bin",
        "ringcheck",
        "--",
    ]);
    // Local mode: the visitor is this machine, so its private address must be allowed.
    cargo
        .arg("--dist")
        .arg(&dist)
        .arg("--allow-private-targets")
        .args(server_args);
    command::run(&mut cargo, "the Ring Check server")
}

fn test() -> Result {
    let browser = tools::ensure_browser()?;
    let others = tools::ensure_other_browsers()?;
    // The firewall tests need root; as root they are required, so CI cannot skip them.
    let netns = if tools::is_root() {
        tools::ensure_network_tools()?;
        tools::ensure_acme_server()?;
        tools::ensure_postgresql()?;
        "required"
    } else {
        println!(
            "xtask: not root, so the network-namespace firewall tests, and the ACME and \
             PostgreSQL tests unless pebble and postgresql are installed, will be skipped \
             (and the Firefox and WebKit tests unless firefox-esr, webkit2gtk-driver and \
             xvfb are)"
        );
        "optional"
    };
    spa::build()?;
    size::report()?;
    // The package test installs and purges the package: as root only, and then required.
    let deb = if tools::is_root() {
        tools::ensure_package_tools()?;
        Some(deb::package()?)
    } else {
        println!("xtask: not root, so the Debian package test will be skipped");
        None
    };
    let screenshots = paths::target_dir().join("screenshots");
    let mut cargo = command::cargo(&["test", "--workspace", "--no-fail-fast"]);
    cargo
        .env("RINGCHECK_TEST_DIST", paths::dist())
        .env("RINGCHECK_E2E", "required")
        .env("RINGCHECK_CHROMEDRIVER", &browser.chromedriver)
        .env("RINGCHECK_CHROMIUM", &browser.chromium)
        .env("RINGCHECK_AXE", &browser.axe)
        .env("RINGCHECK_SCREENSHOTS", &screenshots)
        .env("RINGCHECK_NETNS", netns)
        .env("RINGCHECK_ACME", netns)
        .env("RINGCHECK_POSTGRES", netns);
    browser_variables(&mut cargo, &others);
    if let Some(deb) = &deb {
        cargo.env("RINGCHECK_DEB", deb);
    }
    println!(
        "xtask: browser tests save screenshots in {}",
        screenshots.display()
    );
    // As root everything the tests need was installed above, so a test that skips anyway
    // fails the run; otherwise skips are listed and counted, not passed.
    let skips = if tools::is_root() {
        test_summary::Skips::Refused
    } else {
        test_summary::Skips::Allowed
    };
    test_summary::run(&mut cargo, skips)
}

/// Where the other browsers are, and which must run: Chromium always; Firefox and
/// WebKit where they are installed (always, as root: `ensure_other_browsers` installs them).
fn browser_variables(cargo: &mut std::process::Command, others: &tools::OtherBrowsers) {
    for (variable, path) in &others.paths {
        cargo.env(variable, path);
    }
    let mut required = vec!["chromium"];
    required.extend(&others.required);
    cargo.env("RINGCHECK_E2E_BROWSERS", required.join(","));
}

/// Runs the backend's benchmark `name`, which builds network namespaces, with `args`.
fn bench(name: &str, what: &str, args: &[&str]) -> Result {
    let mut cargo = bench_command(name, what)?;
    if !args.is_empty() {
        cargo.arg("--").args(args);
    }
    command::run(&mut cargo, what)
}

/// The browser benchmark: the built app, Chromium in the visitor's namespace.
fn browser_bench() -> Result {
    let what = "the browser benchmark";
    let mut cargo = bench_command("browser", what)?;
    tools::ensure_iptables()?;
    let browser = tools::ensure_browser()?;
    let others = tools::ensure_other_browsers()?;
    browser_variables(&mut cargo, &others);
    spa::build()?;
    cargo
        .env("RINGCHECK_TEST_DIST", paths::dist())
        .env("RINGCHECK_E2E", "required")
        .env("RINGCHECK_CHROMEDRIVER", &browser.chromedriver)
        .env("RINGCHECK_CHROMIUM", &browser.chromium)
        .env("RINGCHECK_AXE", &browser.axe);
    command::run(&mut cargo, what)
}

/// `cargo bench` of the backend's benchmark `name`, once root and the network tools are
/// there.
fn bench_command(name: &str, what: &str) -> Result<std::process::Command> {
    if !tools::is_root() {
        return Err(format!("{what} builds network namespaces: run it as root"));
    }
    tools::ensure_network_tools()?;
    Ok(command::cargo(&[
        "bench",
        "--package",
        "ringcheck-backend",
        "--bench",
        name,
    ]))
}

fn lint() -> Result {
    tools::ensure_wasm_target()?;
    command::run(
        &mut command::cargo(&["fmt", "--all", "--", "--check"]),
        "cargo fmt --check",
    )?;
    command::run(
        &mut command::cargo(&[
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]),
        "clippy",
    )?;
    command::run(
        &mut command::cargo(&[
            "clippy",
            "--package",
            "ringcheck-frontend",
            "--target",
            "wasm32-unknown-unknown",
            "--",
            "-D",
            "warnings",
        ]),
        "clippy for wasm32",
    )
}

//! Installs what the build and the tests need, checking versions first because the
//! installs take minutes here.

use std::path::{Path, PathBuf};

use crate::{Result, command, paths};

const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// Newer trunk releases need a newer rustc than this machine's.
const TRUNK_VERSION: &str = "0.21.14";
/// npm's binaryen; Debian's (108) cannot parse current Rust Wasm.
const BINARYEN_VERSION: &str = "132.0.0";
pub const WASM_OPT_VERSION: &str = "version_132";

pub fn ensure_wasm_target() -> Result {
    let installed = command::output_all("rustup", &["target", "list", "--installed"])
        .ok_or("rustup is needed to add the wasm32 target: install Rust with rustup")?;
    if installed.lines().any(|line| line.trim() == WASM_TARGET) {
        return Ok(());
    }
    command::run(
        command::new("rustup").args(["target", "add", WASM_TARGET]),
        "adding the wasm32 target",
    )
}

pub fn ensure_trunk() -> Result {
    let wanted = format!("trunk {TRUNK_VERSION}");
    if command::output_line("trunk", &["--version"]).as_deref() == Some(wanted.as_str()) {
        return Ok(());
    }
    println!("xtask: installing trunk {TRUNK_VERSION} (takes about 15 minutes, once)");
    command::run(
        &mut command::cargo(&["install", "--locked", &format!("trunk@{TRUNK_VERSION}")]),
        "installing trunk",
    )
}

/// cargo-deb builds the Debian package; this release builds with Rust 1.85 and later.
const CARGO_DEB_VERSION: &str = "3.8.0";
/// Older releases may lack what `backend/Cargo.toml`'s `[package.metadata.deb]` uses.
const CARGO_DEB_MAJOR: u32 = 3;

pub fn ensure_cargo_deb() -> Result {
    // `cargo-deb 3.8.0`; any 3.x or later will do.
    let installed = command::output_line("cargo", &["deb", "--version"]);
    let major = installed
        .as_deref()
        .and_then(|line| line.strip_prefix("cargo-deb "))
        .and_then(|version| version.split('.').next()?.parse::<u32>().ok());
    if major.is_some_and(|major| major >= CARGO_DEB_MAJOR) {
        return Ok(());
    }
    println!("xtask: installing cargo-deb {CARGO_DEB_VERSION} (takes a minute or two, once)");
    command::run(
        &mut command::cargo(&[
            "install",
            "--locked",
            &format!("cargo-deb@{CARGO_DEB_VERSION}"),
        ]),
        "installing cargo-deb",
    )
}

/// What the Debian package test needs beside dpkg: `systemd-analyze` to check the unit
/// (a fresh container has no systemd) and `deb-systemd-helper`, which the package's
/// maintainer scripts call.
pub fn ensure_package_tools() -> Result {
    ensure_debian_packages(&["systemd"], "systemd-analyze")?;
    ensure_debian_packages(&["init-system-helpers"], "deb-systemd-helper")
}

/// wasm-bindgen-cli must match the `wasm-bindgen` crate in Cargo.lock exactly.
pub fn ensure_wasm_bindgen() -> Result<String> {
    let version = locked_version("wasm-bindgen")?;
    let wanted = format!("wasm-bindgen {version}");
    if command::output_line("wasm-bindgen", &["--version"]).as_deref() != Some(wanted.as_str()) {
        println!("xtask: installing wasm-bindgen-cli {version} (takes about 7 minutes, once)");
        command::run(
            &mut command::cargo(&[
                "install",
                "wasm-bindgen-cli",
                "--version",
                &format!("={version}"),
            ]),
            "installing wasm-bindgen-cli",
        )?;
    }
    Ok(version)
}

pub fn ensure_wasm_opt() -> Result {
    let wasm_opt = paths::binaryen_bin().join("wasm-opt");
    let version = command::output_line(&wasm_opt.to_string_lossy(), &["--version"]);
    if version.is_some_and(|v| v.contains(&format!("({WASM_OPT_VERSION})"))) {
        return Ok(());
    }
    ensure_debian_packages(&["npm"], "npm")?;
    let prefix = paths::tool_cache().join("binaryen");
    std::fs::create_dir_all(&prefix)
        .map_err(|e| format!("cannot create {}: {e}", prefix.display()))?;
    println!(
        "xtask: installing wasm-opt (npm binaryen@{BINARYEN_VERSION}) into {}",
        prefix.display()
    );
    command::run(
        command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--prefix"])
            .arg(&prefix)
            .arg(format!("binaryen@{BINARYEN_VERSION}")),
        "installing binaryen from npm",
    )
}

pub struct Browser {
    pub chromium: PathBuf,
    pub chromedriver: PathBuf,
    /// axe-core, injected into pages to check accessibility.
    pub axe: PathBuf,
}

/// npm's esbuild, to minify wasm-bindgen's JS glue (trunk's own minifier cannot parse it).
const ESBUILD_VERSION: &str = "0.24.2";

pub fn ensure_esbuild() -> Result<PathBuf> {
    let prefix = paths::tool_cache().join("esbuild");
    let esbuild = prefix.join("node_modules/.bin/esbuild");
    let version = command::output_line(&esbuild.to_string_lossy(), &["--version"]);
    if version.as_deref() == Some(ESBUILD_VERSION) {
        return Ok(esbuild);
    }
    ensure_debian_packages(&["npm"], "npm")?;
    std::fs::create_dir_all(&prefix)
        .map_err(|e| format!("cannot create {}: {e}", prefix.display()))?;
    println!(
        "xtask: installing esbuild@{ESBUILD_VERSION} from npm into {}",
        prefix.display()
    );
    command::run(
        command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--prefix"])
            .arg(&prefix)
            .arg(format!("esbuild@{ESBUILD_VERSION}")),
        "installing esbuild from npm",
    )?;
    Ok(esbuild)
}

/// npm's axe-core, the accessibility rules engine the browser tests run in each page.
const AXE_VERSION: &str = "4.11.0";

fn ensure_axe() -> Result<PathBuf> {
    let prefix = paths::tool_cache().join("axe");
    let script = prefix.join("node_modules/axe-core/axe.min.js");
    let package = prefix.join("node_modules/axe-core/package.json");
    let installed = std::fs::read_to_string(&package)
        .is_ok_and(|json| json.contains(&format!("\"version\": \"{AXE_VERSION}\"")));
    if installed && script.exists() {
        return Ok(script);
    }
    ensure_debian_packages(&["npm"], "npm")?;
    std::fs::create_dir_all(&prefix)
        .map_err(|e| format!("cannot create {}: {e}", prefix.display()))?;
    command::run(
        command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--prefix"])
            .arg(&prefix)
            .arg(format!("axe-core@{AXE_VERSION}")),
        "installing axe-core from npm",
    )?;
    Ok(script)
}

/// Debian's Chromium and ChromeDriver, installed with apt when we are root.
pub fn ensure_browser() -> Result<Browser> {
    if find_browser().is_none() {
        ensure_debian_packages(&["chromium", "chromium-driver"], "chromedriver")?;
    }
    let mut browser = find_browser().ok_or_else(|| {
        "Chromium and ChromeDriver are needed for the browser tests and were not found: \
         install them with `sudo apt-get install chromium chromium-driver`"
            .to_owned()
    })?;
    browser.axe = ensure_axe()?;
    Ok(browser)
}

fn find_browser() -> Option<Browser> {
    let chromedriver =
        env_path("RINGCHECK_CHROMEDRIVER").or_else(|| existing("/usr/bin/chromedriver"))?;
    // Debian's /usr/bin/chromium is a wrapper script; the binary itself takes our flags as given.
    let chromium = env_path("RINGCHECK_CHROMIUM")
        .or_else(|| existing("/usr/lib/chromium/chromium"))
        .or_else(|| existing("/usr/bin/chromium"))?;
    Some(Browser {
        chromium,
        chromedriver,
        axe: PathBuf::new(),
    })
}

fn env_path(name: &str) -> Option<PathBuf> {
    std::env::var_os(name)
        .map(PathBuf::from)
        .filter(|p| p.exists())
}

fn existing(path: &str) -> Option<PathBuf> {
    Path::new(path).exists().then(|| PathBuf::from(path))
}

/// `ip` and `nft`, for tests and benchmarks between network namespaces, and `dnsmasq`,
/// the DNS server of their dual-stack link.
pub fn ensure_network_tools() -> Result {
    ensure_debian_packages(&["iproute2"], "ip")?;
    ensure_debian_packages(&["nftables"], "nft")?;
    ensure_debian_packages(&["dnsmasq-base"], "dnsmasq")
}

/// geckodriver, Firefox's WebDriver; newer releases may need a newer rustc.
const GECKODRIVER_VERSION: &str = "0.37.1";

/// Firefox and WebKitGTK for the browser tests beside Chromium, with their WebDrivers
/// (geckodriver from crates.io; WebKitWebDriver, and Xvfb for WebKitGTK's window, from
/// Debian). Debian's packages need root; without it, what is missing is said, and those
/// browsers' tests skip.
pub struct OtherBrowsers {
    /// `(variable, path)` for the tests: `RINGCHECK_GECKODRIVER` and so on.
    pub paths: Vec<(&'static str, PathBuf)>,
    /// The browsers whose tests must run: `firefox`, `webkit`.
    pub required: Vec<&'static str>,
}

pub fn ensure_other_browsers() -> Result<OtherBrowsers> {
    let mut found = OtherBrowsers {
        paths: Vec::new(),
        required: Vec::new(),
    };
    let wanted = format!("geckodriver {GECKODRIVER_VERSION}");
    let geckodriver_ok = command::output_line("geckodriver", &["--version"])
        .is_some_and(|line| line.starts_with(&wanted));
    if !geckodriver_ok {
        println!("xtask: installing geckodriver {GECKODRIVER_VERSION} (a few minutes, once)");
        command::run(
            &mut command::cargo(&[
                "install",
                "--locked",
                &format!("geckodriver@{GECKODRIVER_VERSION}"),
            ]),
            "installing geckodriver",
        )?;
    }
    let debian = [
        ("firefox-esr", "firefox-esr"),
        ("webkit2gtk-driver", "WebKitWebDriver"),
        ("xvfb", "Xvfb"),
    ];
    for (package, program) in debian {
        if let Err(why) = ensure_debian_packages(&[package], program) {
            println!("xtask: {why}; its browser tests will be skipped");
        }
    }
    let which = |program: &str| {
        command::output_line("sh", &["-c", &format!("command -v {program}")]).map(PathBuf::from)
    };
    if let (Some(driver), Some(firefox)) = (which("geckodriver"), which("firefox-esr")) {
        found.paths.push(("RINGCHECK_GECKODRIVER", driver));
        found.paths.push(("RINGCHECK_FIREFOX", firefox));
        found.required.push("firefox");
    }
    let minibrowser = std::fs::read_dir("/usr/lib")
        .into_iter()
        .flatten()
        .flatten()
        .map(|arch| arch.path().join("webkit2gtk-4.1/MiniBrowser"))
        .find(|path| path.exists());
    if let (Some(driver), Some(minibrowser), Some(xvfb)) =
        (which("WebKitWebDriver"), minibrowser, which("Xvfb"))
    {
        found.paths.push(("RINGCHECK_WEBKITDRIVER", driver));
        found.paths.push(("RINGCHECK_MINIBROWSER", minibrowser));
        found.paths.push(("RINGCHECK_XVFB", xvfb));
        found.required.push("webkit");
    }
    Ok(found)
}

/// `iptables` too, for the browser benchmark's delaying relay: this kernel queues
/// packets to userspace through its NFQUEUE target, not nftables' `queue`.
pub fn ensure_iptables() -> Result {
    ensure_debian_packages(&["iptables"], "iptables")
}

pub fn is_root() -> bool {
    command::output_line("id", &["-u"]).as_deref() == Some("0")
}

/// Debian's pebble, Let's Encrypt's test ACME server, with its DNS and challenge server,
/// for the automatic-certificate tests.
pub fn ensure_acme_server() -> Result {
    ensure_debian_packages(&["pebble"], "pebble-challtestsrv")
}

/// Debian's PostgreSQL, which the store's tests start on a port of their own.
pub fn ensure_postgresql() -> Result {
    let installed = std::fs::read_dir("/usr/lib/postgresql").is_ok_and(|versions| {
        versions
            .flatten()
            .any(|version| version.path().join("bin/initdb").exists())
    });
    if installed {
        return Ok(());
    }
    ensure_debian_packages(&["postgresql"], "/usr/lib/postgresql/*/bin/initdb")
}

/// Installs Debian packages when `program` is missing, if we may (root with apt-get);
/// otherwise says exactly what to run.
fn ensure_debian_packages(packages: &[&str], program: &str) -> Result {
    if command::output_line("sh", &["-c", &format!("command -v {program}")]).is_some() {
        return Ok(());
    }
    let install = format!("apt-get install -y {}", packages.join(" "));
    let has_apt = command::output_line("sh", &["-c", "command -v apt-get"]).is_some();
    if !(is_root() && has_apt) {
        return Err(format!(
            "{program} is missing: install it with `sudo {install}` and run again"
        ));
    }
    println!("xtask: installing {} with apt-get", packages.join(", "));
    command::run(command::new("apt-get").arg("update"), "apt-get update")?;
    command::run(
        command::new("apt-get")
            .args(["install", "-y", "--no-install-recommends"])
            .args(packages)
            .env("DEBIAN_FRONTEND", "noninteractive"),
        "apt-get install",
    )
}

/// The version of `package` that Cargo.lock pins.
fn locked_version(package: &str) -> Result<String> {
    let lock_path = paths::workspace_root().join("Cargo.lock");
    let lock = std::fs::read_to_string(&lock_path)
        .map_err(|e| format!("cannot read {}: {e}", lock_path.display()))?;
    let name_line = format!("name = \"{package}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() != name_line {
            continue;
        }
        let version = lines
            .next()
            .and_then(|l| l.trim().strip_prefix("version = \""))
            .and_then(|v| v.strip_suffix('"'));
        if let Some(version) = version {
            return Ok(version.to_owned());
        }
    }
    Err(format!("{package} is not in Cargo.lock"))
}

//! The Debian package, installed. `cargo xtask test` as root builds it as `cargo xtask deb`
//! does and names it in `RINGCHECK_DEB`; the test installs it with dpkg, checks the unit
//! with systemd-analyze and the settings file against the installed `ringcheck --help`,
//! starts the installed server as its unit would (its command, its environment, the
//! packaged settings, an unprivileged user, a state directory of its own), on a free
//! loopback port in local mode with no egress listeners, until `/healthz` answers, the
//! installed app is served and a check's report is stored; then stops it and purges the
//! package. Without `RINGCHECK_DEB` it prints SKIPPED; with it, it needs root.

use crate::common;

use std::{
    collections::HashMap,
    io::{BufRead, BufReader},
    os::unix::{fs::PermissionsExt, process::CommandExt},
    path::Path,
    process::{Child, Command, Stdio},
    sync::mpsc,
    time::{Duration, Instant},
};

use reqwest::StatusCode;
use ringcheck_shared::check::CheckStarted;

const PACKAGE: &str = "ringcheck";
const BINARY: &str = "/usr/bin/ringcheck";
const UNIT: &str = "/usr/lib/systemd/system/ringcheck.service";
const SETTINGS: &str = "/etc/default/ringcheck";
const APP: &str = "/usr/share/ringcheck/dist";
/// Where systemd's `StateDirectory=ringcheck` puts the service's files.
const STATE: &str = "/var/lib/ringcheck";
/// `nobody`: the service's `DynamicUser` is as unprivileged.
const UNPRIVILEGED: u32 = 65_534;
/// `systemd-analyze security`'s exposure, times ten, the unit must stay under (it is 1.8
/// with systemd 252): loosening the sandbox fails here.
const EXPOSURE_THRESHOLD: &str = "25";

/// What the unit must say, as the service's safety and the server's needs depend on it.
const UNIT_LINES: &[&str] = &[
    "EnvironmentFile=/etc/default/ringcheck",
    "ExecStart=/usr/bin/ringcheck",
    "Restart=on-failure",
    "DynamicUser=yes",
    "StateDirectory=ringcheck",
    "AmbientCapabilities=CAP_NET_BIND_SERVICE",
    "CapabilityBoundingSet=CAP_NET_BIND_SERVICE",
    "NoNewPrivileges=yes",
    "LimitNOFILE=65536",
    "ProtectSystem=strict",
    "ProtectHome=yes",
    "PrivateTmp=yes",
    "PrivateDevices=yes",
    "ProtectKernelTunables=yes",
    "ProtectKernelModules=yes",
    "ProtectKernelLogs=yes",
    "ProtectControlGroups=yes",
    "ProtectClock=yes",
    "ProtectHostname=yes",
    "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX",
    "RestrictNamespaces=yes",
    "LockPersonality=yes",
    "MemoryDenyWriteExecute=yes",
    "RestrictRealtime=yes",
    "RestrictSUIDSGID=yes",
    "SystemCallArchitectures=native",
    "SystemCallFilter=@system-service",
];

#[tokio::test]
async fn the_debian_package_installs_serves_the_app_and_purges_cleanly() {
    let Some(deb) = std::env::var_os("RINGCHECK_DEB") else {
        return crate::common::skip::skip(
            "no package named in RINGCHECK_DEB. Run `cargo xtask test` as root to build and \
             test it.",
        );
    };
    assert!(
        is_root(),
        "RINGCHECK_DEB is set, but installing the package needs root"
    );
    assert!(
        !is_installed(),
        "{PACKAGE} is already installed here; this test installs and purges it, so run it \
         on a machine without it"
    );
    assert!(!Path::new(STATE).exists(), "{STATE} is already there");

    let mut installed = Installed;
    let output = run("dpkg", &["-i", &deb.to_string_lossy()], 120);
    assert!(
        !output.stderr.contains("not found"),
        "the maintainer scripts call a missing program: {}",
        output.stderr
    );
    for path in [BINARY, UNIT, SETTINGS, &format!("{APP}/index.html")] {
        assert!(Path::new(path).is_file(), "{path} is installed");
    }
    // Its settings may hold a database URL: only root reads them (systemd does, for the
    // service).
    let settings = std::fs::metadata(SETTINGS).unwrap();
    assert_eq!(
        std::os::unix::fs::PermissionsExt::mode(&settings.permissions()) & 0o777,
        0o640,
        "{SETTINGS} is not for every local account to read"
    );
    assert_eq!(std::os::unix::fs::MetadataExt::uid(&settings), 0);
    let conffiles = run("dpkg-query", &["-W", "-f=${Conffiles}", PACKAGE], 30).stdout;
    assert!(conffiles.contains(SETTINGS), "{conffiles}");
    assert!(
        !Path::new("/etc/systemd/system/multi-user.target.wants/ringcheck.service").exists(),
        "the package does not enable the service before it is configured"
    );

    the_unit_is_valid_and_sandboxed();
    the_settings_name_every_flag();
    run_the_installed_server().await;

    installed.purge();
    for path in [BINARY, UNIT, SETTINGS, APP, STATE] {
        assert!(!Path::new(path).exists(), "{path} is gone after the purge");
    }
}

/// `systemd-analyze verify` with nothing to say about the unit, every option the server
/// relies on, and an exposure score that stays low.
fn the_unit_is_valid_and_sandboxed() {
    let verify = run_unchecked("systemd-analyze", &["verify", UNIT], 60);
    let complaints: Vec<&str> = verify
        .stderr
        .lines()
        .chain(verify.stdout.lines())
        .filter(|line| line.contains("ringcheck"))
        .collect();
    assert!(
        verify.success && complaints.is_empty(),
        "systemd-analyze verify {UNIT}:\n{}{}",
        verify.stdout,
        verify.stderr
    );
    let unit = std::fs::read_to_string(UNIT).unwrap();
    let lines: Vec<&str> = unit.lines().map(str::trim).collect();
    for wanted in UNIT_LINES {
        assert!(lines.contains(wanted), "the unit lacks {wanted}");
    }
    let threshold = format!("--threshold={EXPOSURE_THRESHOLD}");
    let security = run_unchecked(
        "systemd-analyze",
        &["security", "--offline=yes", &threshold, UNIT],
        60,
    );
    let overall = security
        .stdout
        .lines()
        .find(|line| line.contains("Overall exposure level"))
        .unwrap_or_default()
        .to_owned();
    assert!(
        security.success,
        "the unit's exposure is over {EXPOSURE_THRESHOLD}/10 points: {overall}\n{}",
        security.stderr
    );
    eprintln!("{overall}");
}

/// Each flag of the installed `ringcheck --help` has its variable in the settings file,
/// set or commented out, below its own `# --flag` heading.
fn the_settings_name_every_flag() {
    let help = run(BINARY, &["--help"], 30).stdout;
    let settings = std::fs::read_to_string(SETTINGS).unwrap();
    // `[env: NAME=value]`, or `[env: NAME]` where --help hides the value.
    let variables: Vec<&str> = help
        .split("[env: ")
        .skip(1)
        .filter_map(|rest| rest.split(['=', ']']).next())
        .collect();
    // `      --bind <BIND>`: a long flag's own line (`-h, --help` has a short one too).
    let flags: Vec<&str> = help
        .lines()
        .filter_map(|line| line.strip_prefix("      "))
        .filter(|line| line.starts_with("--"))
        .filter_map(|line| line.split_whitespace().next())
        .collect();
    assert!(
        variables.len() > 40 && variables.len() == flags.len(),
        "{help}"
    );
    for variable in &variables {
        let listed = settings.lines().any(|line| {
            line.trim_start_matches('#')
                .strip_prefix(variable)
                .is_some_and(|rest| rest.starts_with('='))
        });
        assert!(listed, "{SETTINGS} does not list {variable}");
    }
    for flag in &flags {
        let heading = format!("# {flag}");
        let listed = settings.lines().any(|line| {
            line.strip_prefix(&heading)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        });
        assert!(listed, "{SETTINGS} does not explain {flag}");
    }
}

/// The installed server as its unit starts it, on a free loopback port: it answers
/// `/healthz`, serves the installed app and stores a check's report in its state
/// directory; SIGTERM stops it cleanly.
async fn run_the_installed_server() {
    let unit = std::fs::read_to_string(UNIT).unwrap();
    let (program, args) = exec_start(&unit);
    let mut environment = unit_environment(&unit);
    let settings = std::fs::read_to_string(SETTINGS).unwrap();
    let packaged = environment_file(&settings);
    assert_eq!(packaged["RINGCHECK_DIST"], APP);
    let database = &packaged["RINGCHECK_DATABASE"];
    assert!(database.starts_with(&format!("{STATE}/")), "{database}");
    environment.extend(packaged.clone());
    // No public port: loopback, any free port; local mode so a loopback visitor may be
    // checked; no egress listeners, which would take the Ring ports.
    for (name, value) in [
        ("RINGCHECK_BIND", "127.0.0.1:0"),
        ("RINGCHECK_ALLOW_PRIVATE_TARGETS", "true"),
        ("RINGCHECK_NO_EGRESS_LISTENERS", "true"),
    ] {
        environment.insert(name.to_owned(), value.to_owned());
    }
    // What `StateDirectory=ringcheck` makes: the service user's own, no one else's.
    std::fs::create_dir(STATE).unwrap();
    std::os::unix::fs::chown(STATE, Some(UNPRIVILEGED), Some(UNPRIVILEGED)).unwrap();
    std::fs::set_permissions(STATE, std::fs::Permissions::from_mode(0o700)).unwrap();

    let mut server = Server(
        Command::new(&program)
            .args(&args)
            .env_clear()
            .envs(&environment)
            .current_dir("/")
            .uid(UNPRIVILEGED)
            .gid(UNPRIVILEGED)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap_or_else(|e| panic!("{program}: {e}")),
    );
    let address = listening_address(&mut server.0, Duration::from_secs(30));
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    let base = format!("http://{address}");

    let health = client.get(format!("{base}/healthz")).send().await.unwrap();
    assert_eq!(health.status(), StatusCode::OK);
    the_installed_app_is_served(&client, &base).await;
    a_check_is_stored(&base).await;
    assert!(
        Path::new(database).is_file(),
        "the reports are stored in {database}"
    );

    let status = server.stop(Duration::from_secs(15));
    assert!(status.success(), "SIGTERM stops it cleanly: {status}");
}

/// The home page loads the app's files from the installed directory, byte for byte.
async fn the_installed_app_is_served(client: &reqwest::Client, base: &str) {
    let page = client.get(format!("{base}/")).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let page = page.text().await.unwrap();
    assert!(page.contains("<div id=\"app\">"), "{page}");
    let mut served = 0;
    for entry in std::fs::read_dir(APP).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !(name.ends_with(".js") || name.ends_with(".wasm")) {
            continue;
        }
        assert!(
            page.contains(&name),
            "the page loads {name}, which is installed"
        );
        // Not asking for compression: the file as it is on disk.
        let response = client.get(format!("{base}/{name}")).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{name}");
        let body = response.bytes().await.unwrap();
        assert!(
            body == std::fs::read(&path).unwrap(),
            "{name} is served as installed"
        );
        served += 1;
    }
    assert_eq!(served, 2, "the app is its JS glue and its Wasm");
}

/// A visitor on a loopback address of its own starts a check; its report is stored and
/// read back.
async fn a_check_is_stored(base: &str) {
    let visitor = common::visitor::Visitor::new();
    let response = visitor
        .client
        .post(format!("{base}/api/checks"))
        .header("Content-Type", "application/json")
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::ACCEPTED);
    let started: CheckStarted = response.json().await.unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let report = visitor
            .client
            .get(format!("{base}{}", started.report_url))
            .send()
            .await
            .unwrap();
        if report.status() == StatusCode::OK {
            break;
        }
        assert_eq!(
            report.status(),
            StatusCode::NOT_FOUND,
            "before it is stored"
        );
        assert!(
            Instant::now() < deadline,
            "the report is stored within 20 s"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The unit's `ExecStart=`: the program and its arguments (no quoting: the unit uses none).
fn exec_start(unit: &str) -> (String, Vec<String>) {
    let line = unit_values(unit, "ExecStart");
    let [line] = line.as_slice() else {
        panic!("one ExecStart= in the unit: {line:?}")
    };
    let mut words = line.split_whitespace().map(str::to_owned);
    let program = words.next().expect("a program");
    (program, words.collect())
}

/// The unit's `Environment=` settings, and a check that it reads the settings file.
fn unit_environment(unit: &str) -> HashMap<String, String> {
    assert_eq!(unit_values(unit, "EnvironmentFile"), [SETTINGS]);
    unit_values(unit, "Environment")
        .iter()
        .flat_map(|line| line.split_whitespace())
        .filter_map(|pair| pair.split_once('='))
        .map(|(name, value)| (name.to_owned(), value.to_owned()))
        .collect()
}

fn unit_values(unit: &str, key: &str) -> Vec<String> {
    unit.lines()
        .filter_map(|line| line.trim().strip_prefix(key)?.strip_prefix('='))
        .map(|value| value.trim().to_owned())
        .collect()
}

/// The settings an `EnvironmentFile=` sets: `NAME=value` lines, comments skipped.
fn environment_file(text: &str) -> HashMap<String, String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (name, value) = line
                .split_once('=')
                .unwrap_or_else(|| panic!("not a setting: {line}"));
            assert!(name.starts_with("RINGCHECK_"), "{line}");
            (name.to_owned(), value.to_owned())
        })
        .collect()
}

/// Where the server says it listens, within `limit`; its log is read on in the
/// background so it never writes into a closed pipe.
fn listening_address(server: &mut Child, limit: Duration) -> String {
    let stdout = server.stdout.take().expect("stdout is piped");
    let (send, lines) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = send.send(line);
        }
    });
    let deadline = Instant::now() + limit;
    let mut log = Vec::new();
    loop {
        let line = lines
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .unwrap_or_else(|_| {
                panic!(
                    "the installed server does not say it listens within {limit:?} ({:?}):\n{}",
                    server.try_wait(),
                    log.join("\n")
                )
            });
        let listening = line
            .split_once("listening on ")
            .and_then(|(_, url)| url.split_once("://"))
            .map(|(_, address)| address.trim().to_owned());
        if let Some(address) = listening {
            return address;
        }
        log.push(line);
    }
}

/// The installed server, killed if the test ends early.
struct Server(Child);

impl Server {
    /// SIGTERM, and its exit within `limit`.
    fn stop(&mut self, limit: Duration) -> std::process::ExitStatus {
        run("kill", &["-TERM", &self.0.id().to_string()], 10);
        let deadline = Instant::now() + limit;
        loop {
            if let Some(status) = self.0.try_wait().unwrap() {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "it stops within {limit:?} of SIGTERM"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The package while installed: purged when the test ends, whatever happened.
struct Installed;

impl Installed {
    fn purge(&mut self) {
        run("dpkg", &["--purge", PACKAGE], 120);
        assert!(!is_installed(), "dpkg --purge removes {PACKAGE}");
    }
}

impl Drop for Installed {
    fn drop(&mut self) {
        if is_installed() {
            let _ = run_unchecked("dpkg", &["--purge", PACKAGE], 120);
        }
        let _ = std::fs::remove_dir_all(STATE);
    }
}

fn is_installed() -> bool {
    run_unchecked("dpkg-query", &["-W", "-f=${db:Status-Status}", PACKAGE], 30).stdout
        == "installed"
}

fn is_root() -> bool {
    run("id", &["-u"], 10).stdout.trim() == "0"
}

struct Output {
    success: bool,
    stdout: String,
    stderr: String,
}

/// Runs `program args…` within `seconds` (coreutils' `timeout`), panicking with its
/// output if it fails.
fn run(program: &str, args: &[&str], seconds: u32) -> Output {
    let output = run_unchecked(program, args, seconds);
    assert!(
        output.success,
        "{program} {}:\n{}{}",
        args.join(" "),
        output.stdout,
        output.stderr
    );
    output
}

fn run_unchecked(program: &str, args: &[&str], seconds: u32) -> Output {
    let output = Command::new("timeout")
        .arg(seconds.to_string())
        .arg(program)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("timeout {program}: {e}"));
    Output {
        success: output.status.success(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

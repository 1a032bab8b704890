//! Headless browsers through their WebDriver, for end-to-end tests of the real app:
//! Chromium (chromedriver), Firefox (geckodriver) and WebKitGTK (WebKitWebDriver, under
//! Xvfb), each also inside a network namespace.
//!
//! `cargo xtask test` sets `RINGCHECK_E2E=required` with the paths of the built app and
//! the browsers, and `RINGCHECK_E2E_BROWSERS` to the browsers that must run; without
//! that, a test skips loudly when something is missing.

use std::{
    future::Future,
    io::{BufRead, BufReader, Read, Write},
    net::{TcpListener, TcpStream},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
    time::{Duration, Instant},
};

use axum::http::Method;
use base64::{Engine, engine::general_purpose::STANDARD as BASE64};
use fantoccini::{
    Client, ClientBuilder, Locator,
    wd::{Capabilities, WebDriverCompatibleCommand},
};
use serde_json::json;
use tempfile::TempDir;

/// Longest wait for any one condition in the page.
pub const PAGE_TIMEOUT: Duration = Duration::from_secs(15);
/// Longest wait for a whole check to finish in the page once clicked: its probes, its
/// outward tests and the report, which on a loaded machine (three browsers' tests
/// sharing two cores) can take longer than one condition of a page.
const CHECK_TIMEOUT: Duration = Duration::from_secs(45);
/// Longest wait for a WebDriver to start answering.
const DRIVER_START_TIMEOUT: Duration = Duration::from_secs(20);

/// A browser family the tests drive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Browser {
    Chromium,
    Firefox,
    /// WebKitGTK's MiniBrowser: Safari's engine, built here without WebRTC.
    WebKit,
}

impl Browser {
    pub fn name(self) -> &'static str {
        match self {
            Browser::Chromium => "chromium",
            Browser::Firefox => "firefox",
            Browser::WebKit => "webkit",
        }
    }

    /// A screenshot's name in this browser: Chromium's as it is, the others' suffixed.
    pub fn shot(self, name: &str) -> String {
        match self {
            Browser::Chromium => name.to_owned(),
            other => format!("{name}-{}", other.name()),
        }
    }
}

/// Where one browser and its WebDriver are.
struct BrowserPaths {
    driver: PathBuf,
    browser: PathBuf,
}

pub struct BrowserEnv {
    pub dist: PathBuf,
    pub screenshots: PathBuf,
    chromium: BrowserPaths,
    firefox: BrowserPaths,
    webkit: BrowserPaths,
    xvfb: PathBuf,
    /// axe-core's `axe.min.js`, for accessibility checks.
    axe: PathBuf,
}

impl BrowserEnv {
    /// What the browser tests need, or `None` after printing why they skip.
    pub fn from_env() -> Option<Self> {
        // At run time: a test binary may have been built in another clone.
        let workspace = std::env::var_os("CARGO_MANIFEST_DIR")
            .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from)
            .join("..");
        let path = |var: &str, default: PathBuf| {
            std::env::var_os(var).map(PathBuf::from).unwrap_or(default)
        };
        let home = PathBuf::from(std::env::var("HOME").unwrap_or_default());
        let env = Self {
            dist: path("RINGCHECK_TEST_DIST", workspace.join("dist")),
            screenshots: path(
                "RINGCHECK_SCREENSHOTS",
                workspace.join("target/screenshots"),
            ),
            chromium: BrowserPaths {
                driver: path("RINGCHECK_CHROMEDRIVER", "/usr/bin/chromedriver".into()),
                browser: path("RINGCHECK_CHROMIUM", "/usr/lib/chromium/chromium".into()),
            },
            firefox: BrowserPaths {
                driver: path("RINGCHECK_GECKODRIVER", home.join(".cargo/bin/geckodriver")),
                browser: path("RINGCHECK_FIREFOX", "/usr/bin/firefox-esr".into()),
            },
            webkit: BrowserPaths {
                driver: path("RINGCHECK_WEBKITDRIVER", "/usr/bin/WebKitWebDriver".into()),
                browser: path(
                    "RINGCHECK_MINIBROWSER",
                    "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser".into(),
                ),
            },
            xvfb: path("RINGCHECK_XVFB", "/usr/bin/Xvfb".into()),
            axe: path(
                "RINGCHECK_AXE",
                home.join(".cache/ringcheck/axe/node_modules/axe-core/axe.min.js"),
            ),
        };
        let missing: Vec<String> = [
            (
                env.dist.join("index.html"),
                "the built app (cargo xtask build)",
            ),
            (env.chromium.driver.clone(), "chromedriver"),
            (env.chromium.browser.clone(), "chromium"),
            (env.axe.clone(), "axe-core (npm)"),
        ]
        .into_iter()
        .filter(|(path, _)| !path.exists())
        .map(|(path, what)| format!("{what} at {}", path.display()))
        .collect();
        if missing.is_empty() {
            return Some(env);
        }
        let why = missing.join(", ");
        assert!(
            std::env::var("RINGCHECK_E2E").as_deref() != Ok("required"),
            "browser tests are required but these are missing: {why}"
        );
        crate::common::skip::skip(&format!("missing {why}. Run `cargo xtask test` to run it."));
        None
    }

    /// Whether `browser` can run here; `false` after saying why its test skips. A browser
    /// named in `RINGCHECK_E2E_BROWSERS` (as `cargo xtask test` names every one) must.
    pub fn has(&self, browser: Browser) -> bool {
        let needed: Vec<(&Path, &str)> = match browser {
            Browser::Chromium => return true,
            Browser::Firefox => vec![
                (
                    &self.firefox.driver,
                    "geckodriver (cargo install --locked geckodriver)",
                ),
                (
                    &self.firefox.browser,
                    "Firefox (Debian package firefox-esr)",
                ),
            ],
            Browser::WebKit => vec![
                (
                    &self.webkit.driver,
                    "WebKitWebDriver (Debian package webkit2gtk-driver)",
                ),
                (
                    &self.webkit.browser,
                    "WebKitGTK's MiniBrowser (Debian package webkit2gtk-driver)",
                ),
                (&self.xvfb, "Xvfb (Debian package xvfb)"),
            ],
        };
        let missing: Vec<String> = needed
            .into_iter()
            .filter(|(path, _)| !path.exists())
            .map(|(path, what)| format!("{what} at {}", path.display()))
            .collect();
        if missing.is_empty() {
            return true;
        }
        let required = std::env::var("RINGCHECK_E2E_BROWSERS").unwrap_or_default();
        assert!(
            !required
                .split(',')
                .any(|name| name.trim() == browser.name()),
            "{} tests are required but these are missing: {}",
            browser.name(),
            missing.join(", ")
        );
        crate::common::skip::skip(&format!(
            "{} is missing {}. Run `cargo xtask test` to run it.",
            browser.name(),
            missing.join(", ")
        ));
        false
    }

    /// The serious and critical accessibility violations axe-core finds in the page.
    pub async fn axe_violations(&self, client: &Client) -> Vec<String> {
        let axe = std::fs::read_to_string(&self.axe).expect("axe-core script");
        client
            .execute(&format!("{axe}\nreturn true;"), vec![])
            .await
            .expect("axe loads");
        let found = client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { resultTypes: ['violations'] })
                   .then(r => done(r.violations
                     .filter(v => v.impact === 'serious' || v.impact === 'critical')
                     .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)))
                   .catch(e => done(['axe failed: ' + e]));",
                vec![],
            )
            .await
            .expect("axe runs");
        serde_json::from_value(found).expect("a list of violations")
    }

    /// Saves the whole page, not just the part in the window, as `<name>.png` (in
    /// Chromium, through its DevTools; elsewhere the window, as WebDriver takes it).
    pub async fn save_screenshot(&self, client: &Client, name: &str) -> PathBuf {
        std::fs::create_dir_all(&self.screenshots).unwrap();
        let path = self.screenshots.join(format!("{name}.png"));
        let size = eval(
            client,
            "const e = document.documentElement; return [e.scrollWidth, e.scrollHeight]",
        )
        .await;
        let whole = client
            .issue_cmd(Cdp {
                method: "Page.captureScreenshot",
                params: json!({
                    "format": "png",
                    "captureBeyondViewport": true,
                    "clip": { "x": 0, "y": 0, "width": size[0], "height": size[1], "scale": 1 }
                }),
            })
            .await;
        let png = match whole {
            Ok(shot) => BASE64
                .decode(shot["data"].as_str().expect("screenshot data"))
                .expect("screenshot is base64"),
            Err(_) => client.screenshot().await.expect("a WebDriver screenshot"),
        };
        std::fs::write(&path, png).unwrap();
        path
    }
}

/// Everything an end-to-end test drives: the real server serving the built app, and a
/// WebDriver to open browsers with.
pub struct E2e {
    pub env: BrowserEnv,
    pub app: crate::common::TestApp,
    pub driver: Driver,
}

impl E2e {
    /// In Chromium; `None` when the test must skip (see [`BrowserEnv::from_env`]).
    pub async fn start() -> Option<Self> {
        Self::start_in(Browser::Chromium, |_| {}).await
    }

    /// The same, with the server's settings `adjust`ed.
    pub async fn start_with(
        adjust: impl FnOnce(&mut ringcheck_backend::config::Config),
    ) -> Option<Self> {
        Self::start_in(Browser::Chromium, adjust).await
    }

    /// In `browser`, with the server's settings `adjust`ed. The server has every egress
    /// listener, on free loopback ports.
    pub async fn start_in(
        browser: Browser,
        adjust: impl FnOnce(&mut ringcheck_backend::config::Config),
    ) -> Option<Self> {
        let env = BrowserEnv::from_env()?;
        if !env.has(browser) {
            return None;
        }
        let app = crate::common::spawn_app_serving_with(&env.dist, |config| {
            crate::common::serve_egress_on_free_ports(config);
            adjust(config);
        })
        .await;
        let driver = Driver::start(&env, browser);
        Some(Self { env, app, driver })
    }
}

/// Headless Chromium will not make a window narrower than this.
const MIN_WINDOW_WIDTH: u32 = 500;

/// How the browser window looks to the page.
#[derive(Clone, Copy, Debug)]
pub struct Viewport {
    pub width: u32,
    pub height: u32,
    pub dark: bool,
}

impl Viewport {
    pub const DESKTOP: Viewport = Viewport {
        width: 1280,
        height: 1000,
        dark: false,
    };
    pub const PHONE: Viewport = Viewport {
        width: 320,
        height: 800,
        dark: false,
    };

    pub fn dark(self) -> Self {
        Self { dark: true, ..self }
    }
}

/// A browser's WebDriver processes (and, for WebKit, its X server), stopped when dropped;
/// inside a network namespace when asked, reached through a relay. chromedriver opens
/// every session; geckodriver and WebKitWebDriver open one each, so each session starts
/// its own.
pub struct Driver {
    pub browser: Browser,
    /// The driver, and the X server, every session's drivers and relays, in that order.
    _processes: Processes,
    relays: Vec<Relay>,
    /// chromedriver, once started.
    chromedriver: Option<String>,
    driver_binary: PathBuf,
    browser_binary: PathBuf,
    ns: Option<String>,
    /// WebKit's X server's display.
    display: Option<String>,
    extra_args: Vec<String>,
    profiles: Vec<TempDir>,
}

impl Driver {
    /// A driver of `browser` whose browsers run inside network namespace `ns`. Chromium
    /// is started through `ip netns exec` by a driver outside, and talks to it over a pipe;
    /// geckodriver and WebKitWebDriver run inside the namespace, reached through a relay.
    pub fn start_in_namespace(env: &BrowserEnv, ns: &str, browser: Browser) -> Self {
        match browser {
            Browser::Chromium => {
                let wrappers = tempfile::tempdir().unwrap();
                let wrapper = wrappers.path().join("chromium-in-namespace");
                std::fs::write(
                    &wrapper,
                    format!(
                        "#!/bin/sh\nexec ip netns exec {ns} {} \"$@\"\n",
                        env.chromium.browser.display()
                    ),
                )
                .unwrap();
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755)).unwrap();
                let mut driver = Self::start(env, browser);
                driver.browser_binary = wrapper;
                driver.extra_args = vec!["--remote-debugging-pipe".to_owned()];
                driver.profiles.push(wrappers);
                driver
            }
            Browser::Firefox | Browser::WebKit => {
                let mut driver = Self::start(env, browser);
                driver.ns = Some(ns.to_owned());
                driver
            }
        }
    }

    pub fn start(env: &BrowserEnv, browser: Browser) -> Self {
        let paths = match browser {
            Browser::Chromium => &env.chromium,
            Browser::Firefox => &env.firefox,
            Browser::WebKit => &env.webkit,
        };
        let mut driver = Self {
            browser,
            _processes: Processes(Vec::new()),
            relays: Vec::new(),
            chromedriver: None,
            driver_binary: paths.driver.clone(),
            browser_binary: paths.browser.clone(),
            ns: None,
            display: None,
            extra_args: Vec::new(),
            profiles: Vec::new(),
        };
        match browser {
            Browser::Chromium => driver.start_chromedriver(),
            Browser::WebKit => {
                let (xvfb, display) = start_xvfb(&env.xvfb);
                driver._processes.0.push(xvfb);
                driver.display = Some(display);
            }
            Browser::Firefox => {}
        }
        driver
    }

    fn start_chromedriver(&mut self) {
        let port = free_port();
        let mut process = Command::new(&self.driver_binary)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        // chromedriver prints one line once it accepts sessions.
        let stdout = BufReader::new(process.stdout.take().unwrap());
        let started = stdout
            .lines()
            .take(20)
            .map_while(Result::ok)
            .any(|line| line.contains("started successfully"));
        self._processes.0.push(process);
        assert!(started, "chromedriver did not start");
        self.chromedriver = Some(format!("http://127.0.0.1:{port}"));
    }

    /// A geckodriver or WebKitWebDriver of its own for one session, in the namespace if
    /// any; where it answers.
    fn start_session_driver(&mut self) -> String {
        // In a namespace, the relay's port here is taken first: the driver's there is free.
        let port = match &self.ns {
            Some(ns) => {
                let relay = Relay::into_namespace(ns);
                let port = relay.port;
                self.relays.push(relay);
                port
            }
            None => free_port(),
        };
        let mut command = match &self.ns {
            Some(ns) => {
                let mut command = Command::new("ip");
                command.args(["netns", "exec", ns]).arg(&self.driver_binary);
                command
            }
            None => Command::new(&self.driver_binary),
        };
        command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        match self.browser {
            Browser::Firefox => {
                command.args(["--host", "127.0.0.1", "--port", &port.to_string()]);
            }
            _ => {
                command.arg(format!("--port={port}"));
            }
        }
        if let Some(display) = &self.display {
            command.env("DISPLAY", format!(":{display}"));
        }
        self._processes.0.push(
            command
                .spawn()
                .unwrap_or_else(|e| panic!("{}'s WebDriver starts: {e}", self.browser.name())),
        );
        wait_until_answering(port, self.browser);
        format!("http://127.0.0.1:{port}")
    }

    /// A new browser with an empty profile of its own.
    pub async fn session(&mut self, viewport: Viewport) -> Client {
        let (capabilities, url) = match self.browser {
            Browser::Chromium => (
                self.chromium_capabilities(viewport),
                self.chromedriver.clone().expect("chromedriver runs"),
            ),
            Browser::Firefox => (
                firefox_capabilities(&self.browser_binary, viewport),
                self.start_session_driver(),
            ),
            Browser::WebKit => (
                webkit_capabilities(&self.browser_binary),
                self.start_session_driver(),
            ),
        };
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities)
            .connect(&url)
            .await
            .unwrap_or_else(|e| panic!("{} opens a session: {e}", self.browser.name()));
        if self.browser == Browser::WebKit {
            client
                .set_window_size(viewport.width, viewport.height)
                .await
                .expect("the window takes the viewport's size");
        }
        client
    }

    fn chromium_capabilities(&mut self, viewport: Viewport) -> Capabilities {
        let profile = tempfile::tempdir().unwrap();
        let mut args = vec![
            "--headless=new".to_owned(),
            "--no-sandbox".to_owned(),
            "--disable-gpu".to_owned(),
            "--disable-dev-shm-usage".to_owned(),
            "--disable-quic".to_owned(),
            "--no-first-run".to_owned(),
            "--disable-background-networking".to_owned(),
            "--disable-component-update".to_owned(),
            "--disable-sync".to_owned(),
            "--hide-scrollbars".to_owned(),
            format!(
                "--window-size={},{}",
                viewport.width.max(MIN_WINDOW_WIDTH),
                viewport.height
            ),
            format!("--user-data-dir={}", profile.path().display()),
        ];
        if viewport.dark {
            args.push("--force-dark-mode".to_owned());
        }
        args.extend(self.extra_args.iter().cloned());
        self.profiles.push(profile);
        let mut options = json!({ "binary": self.browser_binary, "args": args });
        if viewport.width < MIN_WINDOW_WIDTH {
            // Headless windows are at least 500 px wide; narrower screens are emulated.
            options["mobileEmulation"] = json!({
                "deviceMetrics": { "width": viewport.width, "height": viewport.height, "pixelRatio": 1.0, "mobile": true, "touch": true }
            });
        }
        let mut capabilities = Capabilities::new();
        capabilities.insert("goog:chromeOptions".to_owned(), options);
        capabilities
    }
}

/// Headless Firefox that reaches nothing of its own accord (no connectivity or captive
/// portal checks, which would also decide it has no IPv6 and stop asking for AAAA
/// records, no updates, no telemetry).
fn firefox_capabilities(binary: &Path, viewport: Viewport) -> Capabilities {
    let options = json!({
        "binary": binary,
        "args": ["-headless", "-width", viewport.width.to_string(), "-height", viewport.height.to_string()],
        "prefs": {
            "network.connectivity-service.enabled": false,
            "network.captive-portal-service.enabled": false,
            "app.update.enabled": false,
            "app.normandy.enabled": false,
            "browser.shell.checkDefaultBrowser": false,
            "datareporting.policy.dataSubmissionEnabled": false,
            "toolkit.telemetry.enabled": false,
            "browser.safebrowsing.malware.enabled": false,
            "browser.safebrowsing.phishing.enabled": false,
            "extensions.update.enabled": false,
            // JSON as the server sent it, as other browsers show it.
            "devtools.jsonview.enabled": false,
            // WebRTC on loopback too, where the tests outside a namespace serve (a home
            // never reaches Ring Check there; Chromium gathers on it anyway).
            "media.peerconnection.ice.loopback": true,
            "ui.systemUsesDarkTheme": i32::from(viewport.dark),
        }
    });
    let mut capabilities = Capabilities::new();
    capabilities.insert("browserName".to_owned(), json!("firefox"));
    capabilities.insert("moz:firefoxOptions".to_owned(), options);
    capabilities
}

fn webkit_capabilities(binary: &Path) -> Capabilities {
    let mut capabilities = Capabilities::new();
    capabilities.insert("browserName".to_owned(), json!("MiniBrowser"));
    capabilities.insert(
        "webkitgtk:browserOptions".to_owned(),
        json!({ "binary": binary, "args": ["--automation"] }),
    );
    capabilities
}

/// An X server for WebKitGTK, on a display it picks itself and names once it is ready.
fn start_xvfb(xvfb: &Path) -> (Child, String) {
    let mut process = Command::new(xvfb)
        .args([
            "-displayfd",
            "1",
            "-nolisten",
            "tcp",
            "-screen",
            "0",
            "1280x1024x24",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb starts");
    let mut line = String::new();
    BufReader::new(process.stdout.take().unwrap())
        .read_line(&mut line)
        .expect("Xvfb names its display");
    let display = line.trim().to_owned();
    assert!(!display.is_empty(), "Xvfb did not start");
    (process, display)
}

/// Waits until the WebDriver on `port` answers `/status`, within [`DRIVER_START_TIMEOUT`]:
/// geckodriver and WebKitWebDriver say nothing when they are ready.
fn wait_until_answering(port: u16, browser: Browser) {
    let deadline = Instant::now() + DRIVER_START_TIMEOUT;
    loop {
        let answered = TcpStream::connect(("127.0.0.1", port)).is_ok_and(|mut stream| {
            let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
            // geckodriver answers only a Host naming its own address and port.
            let request = format!(
                "GET /status HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
            );
            let mut answer = [0u8; 12];
            stream.write_all(request.as_bytes()).is_ok()
                && stream.read_exact(&mut answer).is_ok()
                && answer.starts_with(b"HTTP/1.1 200")
        });
        if answered {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{}'s WebDriver did not answer within {DRIVER_START_TIMEOUT:?}",
            browser.name()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Child processes, killed with everything they started (the browser a driver leaves
/// behind when a test fails) when dropped, the last started first. They stay in the test's
/// process group, so an interrupted run (Ctrl-C) ends them too.
struct Processes(Vec<Child>);

impl Drop for Processes {
    fn drop(&mut self) {
        use nix::{sys::signal, unistd::Pid};
        for process in self.0.iter_mut().rev() {
            // All found before any is killed: an orphan would leave the tree.
            for descendant in descendants(process.id()) {
                let _ = signal::kill(Pid::from_raw(descendant), signal::Signal::SIGKILL);
            }
            let _ = process.kill();
            let _ = process.wait();
        }
    }
}

/// Every process below `root`, read from `/proc`.
fn descendants(root: u32) -> Vec<i32> {
    let mut parents: Vec<(i32, i32)> = Vec::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // "pid (name) state ppid …": the name may hold spaces and parentheses.
        let parent = stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().nth(1)?.parse().ok());
        if let Some(parent) = parent {
            parents.push((pid, parent));
        }
    }
    let Ok(root) = i32::try_from(root) else {
        return Vec::new();
    };
    let mut found = vec![root];
    let mut next = 0;
    while let Some(&parent) = found.get(next) {
        found.extend(
            parents
                .iter()
                .filter(|(_, p)| *p == parent)
                .map(|(pid, _)| *pid),
        );
        next += 1;
    }
    found.split_off(1)
}

/// A free port on this side's loopback, every connection to which is carried to the same
/// port on the loopback of a network namespace: how a test reaches a WebDriver running
/// inside one (the same port, as geckodriver refuses a `Host` naming another). Each
/// connection is made by a thread that entered the namespace; it ends when dropped.
struct Relay {
    port: u16,
    stopped: Arc<AtomicBool>,
}

impl Relay {
    fn into_namespace(ns: &str) -> Self {
        let listener = TcpListener::bind(("127.0.0.1", 0)).expect("the relay takes a port");
        let port = listener.local_addr().unwrap().port();
        let stopped = Arc::new(AtomicBool::new(false));
        let (ns, stop) = (ns.to_owned(), stopped.clone());
        std::thread::spawn(move || {
            for client in listener.incoming() {
                if stop.load(Ordering::SeqCst) {
                    return;
                }
                let Ok(client) = client else { continue };
                let ns = ns.clone();
                std::thread::spawn(move || {
                    crate::common::netns::enter(&ns);
                    let Ok(upstream) = TcpStream::connect(("127.0.0.1", port)) else {
                        return;
                    };
                    splice(client, upstream);
                });
            }
        });
        Self { port, stopped }
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        self.stopped.store(true, Ordering::SeqCst);
        // Wakes the accepting thread, which then sees it is stopped.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

/// Copies both ways between two connections until either side closes.
fn splice(a: TcpStream, b: TcpStream) {
    let (Ok(mut a_reader), Ok(mut b_reader)) = (a.try_clone(), b.try_clone()) else {
        return;
    };
    let (mut a_writer, mut b_writer) = (a, b);
    let forward = std::thread::spawn(move || {
        let _ = std::io::copy(&mut a_reader, &mut b_writer);
        let _ = b_writer.shutdown(std::net::Shutdown::Write);
    });
    let _ = std::io::copy(&mut b_reader, &mut a_writer);
    let _ = a_writer.shutdown(std::net::Shutdown::Write);
    let _ = forward.join();
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Opens the checker at `page`, runs a check and waits for its result.
pub async fn run_check_at(client: &Client, page: &str) {
    client.goto(page).await.unwrap();
    wait_for_element(client, "#check-button", "the page loads").await;
    click(client, "#check-button").await;
    let finished = client
        .wait()
        .at_most(CHECK_TIMEOUT)
        .for_element(Locator::Css("[data-report]"))
        .await;
    if let Err(error) = finished {
        // Where the page stood, to tell a slow check from a stuck one.
        let status = match client.find(Locator::Css(".status")).await {
            Ok(status) => status.text().await.unwrap_or_default(),
            Err(_) => "no status".to_owned(),
        };
        panic!("the check finishes: no [data-report] within {CHECK_TIMEOUT:?} ({status}): {error}");
    }
}

/// Waits for the element, failing with `what` after [`PAGE_TIMEOUT`].
pub async fn wait_for_element(
    client: &Client,
    css: &str,
    what: &str,
) -> fantoccini::elements::Element {
    client
        .wait()
        .at_most(PAGE_TIMEOUT)
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|error| panic!("{what}: no {css} within {PAGE_TIMEOUT:?}: {error}"))
}

/// Polls `condition` until it holds, failing with `what` after [`PAGE_TIMEOUT`].
pub async fn wait_until<F, Fut>(what: &str, mut condition: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    let deadline = Instant::now() + PAGE_TIMEOUT;
    while !condition().await {
        assert!(
            Instant::now() < deadline,
            "timed out after {PAGE_TIMEOUT:?} waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Clicks the element matching `css`, which must exist.
pub async fn click(client: &Client, css: &str) {
    client
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no {css} to click: {e}"))
        .click()
        .await
        .unwrap_or_else(|e| panic!("clicking {css}: {e}"));
}

/// The current value of the form field (input, textarea) matching `css`.
pub async fn value_of(client: &Client, css: &str) -> String {
    client
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no {css}: {e}"))
        .prop("value")
        .await
        .expect("the value property")
        .unwrap_or_else(|| panic!("{css} has no value"))
}

/// Each feature's verdict as the page shows it: `(feature, verdict)`.
pub async fn verdicts(client: &Client) -> Vec<(String, String)> {
    attribute_pairs(client, "li.verdict", ["data-feature", "data-verdict"]).await
}

/// Pairs of string literals as owned strings, to compare with what a page read.
pub fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

/// For each element matching `css`, in page order, its two `attributes`, which it must
/// have: e.g. each result row's port and state.
pub async fn attribute_pairs(
    client: &Client,
    css: &str,
    attributes: [&str; 2],
) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    for element in client.find_all(Locator::Css(css)).await.unwrap() {
        let attribute = |name| {
            let element = element.clone();
            async move {
                element
                    .attr(name)
                    .await
                    .unwrap()
                    .unwrap_or_else(|| panic!("{css} without {name}"))
            }
        };
        pairs.push((
            attribute(attributes[0]).await,
            attribute(attributes[1]).await,
        ));
    }
    pairs
}

/// The text of the element matching `css`, which must exist.
pub async fn text_of(client: &Client, css: &str) -> String {
    let element = client
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no {css}: {e}"));
    element.text().await.expect("element text")
}

/// How far the page is wider than the window, in CSS pixels (0 means no sideways scroll).
pub async fn sideways_overflow(client: &Client) -> i64 {
    let overflow = eval(
        client,
        "const e = document.documentElement; return e.scrollWidth - e.clientWidth",
    )
    .await;
    overflow.as_i64().expect("a number")
}

/// Opens the report at `link` in a new session of `viewport` (a phone), waits for it and
/// checks that it fits the screen without sideways scrolling.
pub async fn open_report_fitting(driver: &mut Driver, viewport: Viewport, link: &str) -> Client {
    let phone = driver.session(viewport).await;
    phone.goto(link).await.unwrap();
    wait_for_element(
        &phone,
        "[data-report]",
        "the shared report renders on a phone",
    )
    .await;
    assert_eq!(
        sideways_overflow(&phone).await,
        0,
        "no sideways scrolling at {} px",
        viewport.width
    );
    phone
}

/// Whether the page has an element matching `css` right now.
pub async fn exists(client: &Client, css: &str) -> bool {
    client.find(Locator::Css(css)).await.is_ok()
}

/// Runs `script` (a function body) in the page and returns its value.
pub async fn eval(client: &Client, script: &str) -> serde_json::Value {
    client
        .execute(script, vec![])
        .await
        .expect("script runs in the page")
}

/// A Chrome DevTools Protocol command, through chromedriver's `goog/cdp/execute`.
#[derive(Debug)]
struct Cdp {
    method: &'static str,
    params: serde_json::Value,
}

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _url: &url::Url) -> (Method, Option<String>) {
        let body = json!({ "cmd": self.method, "params": self.params });
        (Method::POST, Some(body.to_string()))
    }
}

pub async fn cdp(
    client: &Client,
    method: &'static str,
    params: serde_json::Value,
) -> serde_json::Value {
    client
        .issue_cmd(Cdp { method, params })
        .await
        .unwrap_or_else(|error| panic!("CDP {method}: {error}"))
}

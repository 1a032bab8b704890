//! Headless Chromium through chromedriver, for end-to-end tests of the real app.
//!
//! `cargo xtask test` sets `RINGCHECK_E2E=required` with the paths of the built app, the
//! browser and the driver; without that, a test skips loudly when something is missing.

use std::{
    future::Future,
    io::{BufRead, BufReader},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
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

pub struct BrowserEnv {
    pub dist: PathBuf,
    pub screenshots: PathBuf,
    chromedriver: PathBuf,
    chromium: PathBuf,
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
        let env = Self {
            dist: path("RINGCHECK_TEST_DIST", workspace.join("dist")),
            screenshots: path(
                "RINGCHECK_SCREENSHOTS",
                workspace.join("target/screenshots"),
            ),
            chromedriver: path("RINGCHECK_CHROMEDRIVER", "/usr/bin/chromedriver".into()),
            chromium: path("RINGCHECK_CHROMIUM", "/usr/lib/chromium/chromium".into()),
            axe: path(
                "RINGCHECK_AXE",
                Path::new(&std::env::var("HOME").unwrap_or_default())
                    .join(".cache/ringcheck/axe/node_modules/axe-core/axe.min.js"),
            ),
        };
        let missing: Vec<String> = [
            (
                env.dist.join("index.html"),
                "the built app (cargo xtask build)",
            ),
            (env.chromedriver.clone(), "chromedriver"),
            (env.chromium.clone(), "chromium"),
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
        eprintln!("SKIPPED browser test: missing {why}. Run `cargo xtask test` to run it.");
        None
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

    /// Saves the whole page, not just the part in the window, as `<name>.png`.
    pub async fn save_screenshot(&self, client: &Client, name: &str) -> PathBuf {
        std::fs::create_dir_all(&self.screenshots).unwrap();
        let path = self.screenshots.join(format!("{name}.png"));
        let size = eval(
            client,
            "const e = document.documentElement; return [e.scrollWidth, e.scrollHeight]",
        )
        .await;
        let shot = cdp(
            client,
            "Page.captureScreenshot",
            json!({
                "format": "png",
                "captureBeyondViewport": true,
                "clip": { "x": 0, "y": 0, "width": size[0], "height": size[1], "scale": 1 }
            }),
        )
        .await;
        let png = BASE64
            .decode(shot["data"].as_str().expect("screenshot data"))
            .expect("screenshot is base64");
        std::fs::write(&path, png).unwrap();
        path
    }
}

/// Everything an end-to-end test drives: the real server serving the built app, and a
/// chromedriver to open browsers with.
pub struct E2e {
    pub env: BrowserEnv,
    pub app: crate::common::TestApp,
    pub driver: ChromeDriver,
}

impl E2e {
    /// `None` when the test must skip (see [`BrowserEnv::from_env`]).
    pub async fn start() -> Option<Self> {
        Self::start_with(|_| {}).await
    }

    /// The same, with the server's settings `adjust`ed. The server has every egress
    /// listener, on free loopback ports.
    pub async fn start_with(
        adjust: impl FnOnce(&mut ringcheck_backend::config::Config),
    ) -> Option<Self> {
        let env = BrowserEnv::from_env()?;
        let app = crate::common::spawn_app_serving_with(&env.dist, |config| {
            crate::common::serve_egress_on_free_ports(config);
            adjust(config);
        })
        .await;
        let driver = ChromeDriver::start(&env);
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

/// A chromedriver process on a free port, stopped when dropped.
pub struct ChromeDriver {
    process: Child,
    url: String,
    chromium: PathBuf,
    extra_args: Vec<String>,
    profiles: Vec<TempDir>,
}

impl ChromeDriver {
    /// A driver whose browsers run inside network namespace `ns`: Chromium is started
    /// through `ip netns exec`, and talks to the driver over a pipe, since a debugging
    /// port inside the namespace would be out of the driver's reach.
    pub fn start_in_namespace(env: &BrowserEnv, ns: &str) -> Self {
        let wrappers = tempfile::tempdir().unwrap();
        let wrapper = wrappers.path().join("chromium-in-namespace");
        std::fs::write(
            &wrapper,
            format!(
                "#!/bin/sh\nexec ip netns exec {ns} {} \"$@\"\n",
                env.chromium.display()
            ),
        )
        .unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755)).unwrap();
        let mut driver = Self::start(env);
        driver.chromium = wrapper;
        driver.extra_args = vec!["--remote-debugging-pipe".to_owned()];
        driver.profiles.push(wrappers);
        driver
    }

    pub fn start(env: &BrowserEnv) -> Self {
        let port = free_port();
        let mut process = Command::new(&env.chromedriver)
            .arg(format!("--port={port}"))
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
        assert!(started, "chromedriver did not start");
        Self {
            process,
            url: format!("http://127.0.0.1:{port}"),
            chromium: env.chromium.clone(),
            extra_args: Vec::new(),
            profiles: Vec::new(),
        }
    }

    /// A new browser with an empty profile of its own.
    pub async fn session(&mut self, viewport: Viewport) -> Client {
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
        let mut options = json!({ "binary": self.chromium, "args": args });
        if viewport.width < MIN_WINDOW_WIDTH {
            // Headless windows are at least 500 px wide; narrower screens are emulated.
            options["mobileEmulation"] = json!({
                "deviceMetrics": { "width": viewport.width, "height": viewport.height, "pixelRatio": 1.0, "mobile": true, "touch": true }
            });
        }
        let mut capabilities = Capabilities::new();
        capabilities.insert("goog:chromeOptions".to_owned(), options);
        ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities)
            .connect(&self.url)
            .await
            .expect("chromedriver opens a Chromium session")
    }
}

impl Drop for ChromeDriver {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
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
pub async fn open_report_fitting(
    driver: &mut ChromeDriver,
    viewport: Viewport,
    link: &str,
) -> Client {
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

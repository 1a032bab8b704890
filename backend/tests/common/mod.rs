//! Helpers shared by both integration-test binaries (`api` and `browser`): a real server
//! on `127.0.0.1:0`, a fake built app to serve, visitors on their own loopback addresses,
//! event streams, and network namespaces with real firewalls.

pub mod netns;
pub mod postgres;
pub mod process;
pub mod skip;
pub mod sse;
pub mod visitor;

use std::{net::SocketAddr, path::Path, sync::Once};

use ringcheck_backend::{config::Config, service::Database, startup::Application, telemetry};
use ringcheck_shared::api::ErrorBody;
use tempfile::TempDir;
use tokio::sync::oneshot;

/// How many probes one check runs: the catalogue's probe-back plan (its ports are pinned
/// once, in shared's `the_plan_probes_back_every_fixed_ring_port_and_app_port`).
#[allow(dead_code)] // not every test binary counts them
pub fn probes_per_check() -> usize {
    ringcheck_shared::check::probe_back_plan(ringcheck_shared::catalog::catalog()).len()
}

/// How many browser tests a server offers with its default listeners: one per listener
/// (their number is pinned once, in `config::egress`'s tests).
#[allow(dead_code)] // not every test binary counts them
pub fn default_browser_tests() -> usize {
    ringcheck_engine::default_specs(&ringcheck_engine::defaults::media_sample_ports()).len()
}

/// The inline boot script of the fake app; its hash must end up in the CSP.
pub const BOOT_SCRIPT: &str = "import init from '/app-0123456789abcdef.js'; init();";
pub const HASHED_ASSET: &str = "app-0123456789abcdef.js";
pub const HASHED_ASSET_BODY: &str = "export default function init() {}\n";

pub struct TestApp {
    pub address: String,
    pub addr: SocketAddr,
    /// Where the metrics are served, when the settings asked for them.
    #[allow(dead_code)] // only the metrics test reads it
    pub metrics_addr: Option<SocketAddr>,
    pub client: reqwest::Client,
    stop: Option<oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<()>>,
    /// Holds the fake app and the database while the server runs.
    _files: Vec<TempDir>,
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("request reaches the server")
    }

    /// Stops the server gracefully and waits for it to finish.
    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(server) = self.server.take() {
            server.await.expect("server task ends cleanly");
        }
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// The JSON error `response` carries, whose `error` must be `code` exactly as clients
/// read it on the wire.
pub async fn json_error(response: reqwest::Response, code: &str) -> ErrorBody {
    let value: serde_json::Value = response.json().await.expect("a JSON error body");
    assert_eq!(value["error"], code, "{value}");
    serde_json::from_value(value).expect("the error body has our shape")
}

/// Logs only when `TEST_LOG` is set (to a filter such as `debug`).
fn init_logging() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        if let Ok(filter) = std::env::var("TEST_LOG") {
            telemetry::init(&filter).expect("TEST_LOG is a valid filter");
        }
    });
}

/// The server with a small fake app, as every non-browser test needs.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// The server with a small fake app and `adjust`ed settings.
pub async fn spawn_app_with(adjust: impl FnOnce(&mut Config)) -> TestApp {
    let dist = fake_dist();
    let mut app = spawn_app_serving_with(dist.path(), adjust).await;
    app._files.push(dist);
    app
}

/// Settings for tests: a free loopback port, local mode (visitors are on loopback), a
/// database of its own in `data`.
pub fn test_config(dist: &Path, data: &Path) -> Config {
    let mut config = Config::defaults();
    config.bind = "127.0.0.1:0".parse().unwrap();
    config.dist = dist.to_owned();
    config.storage.database = Database::Sqlite(data.join("reports.db"));
    config.probes.allow_private_targets = true;
    // Tests run side by side: none may take a fixed Ring port unless it asks to.
    config.egress.no_egress_listeners = true;
    config
}

/// Every egress listener a server has by default, each on a free loopback port.
pub fn serve_egress_on_free_ports(config: &mut Config) {
    let mut defaults = Config::defaults();
    defaults.bind = "127.0.0.1:0".parse().unwrap();
    config.egress.egress_listeners = defaults
        .egress
        .specs()
        .0
        .into_iter()
        .map(|mut spec| {
            spec.bind = Some("127.0.0.1:0".parse().unwrap());
            spec
        })
        .collect();
    config.egress.no_egress_listeners = false;
}

pub async fn spawn_app_serving_with(dist: &Path, adjust: impl FnOnce(&mut Config)) -> TestApp {
    let data = tempfile::tempdir().unwrap();
    let mut config = test_config(dist, data.path());
    adjust(&mut config);
    let mut app = spawn(&config).await;
    app._files.push(data);
    app
}

/// Runs the server with exactly `config`.
pub async fn spawn(config: &Config) -> TestApp {
    init_logging();
    let app = Application::build(config).await.expect("server builds");
    let addr = app.local_addr();
    let metrics_addr = app.metrics_addr();
    let (stop, stopped) = oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        app.run_until(async {
            let _ = stopped.await;
        })
        .await
        .expect("server runs");
    });
    TestApp {
        address: format!("http://{addr}"),
        addr,
        metrics_addr,
        client: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap(),
        stop: Some(stop),
        server: Some(server),
        _files: Vec::new(),
    }
}

/// A built app in miniature: an index.html with an inline boot script, one hashed asset
/// with precompressed copies, and one file whose name carries no hash.
pub fn fake_dist() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    let index = format!(
        "<!doctype html><html lang=\"en\"><head><meta name=\"description\" content=\"x\" />\
         <title>x</title><script type=\"module\">{BOOT_SCRIPT}</script></head>\
         <body><p id=\"fake\">fake app</p></body></html>"
    );
    std::fs::write(dir.path().join("index.html"), index).unwrap();
    std::fs::write(dir.path().join(HASHED_ASSET), HASHED_ASSET_BODY).unwrap();
    std::fs::write(
        dir.path().join(format!("{HASHED_ASSET}.br")),
        b"brotli bytes",
    )
    .unwrap();
    std::fs::write(dir.path().join("robots.txt"), "User-agent: *\n").unwrap();
    dir
}

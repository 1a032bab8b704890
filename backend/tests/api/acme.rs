//! Automatic HTTPS against a real ACME server: Debian's `pebble` on loopback, validating
//! the TLS-ALPN-01 challenge for real on the server's port, through its own DNS
//! (`pebble-challtestsrv`) that names this machine; then a restart with the ACME server
//! gone still serves the cached certificate. Until the certificate comes, `/healthz` and
//! the metrics (on the plain metrics listener) say there is none.

use std::{
    net::{Ipv4Addr, SocketAddr, TcpListener as StdListener},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::Arc,
    time::{Duration, Instant},
};

use http_body_util::{BodyExt, Empty};
use hyper::{Request, body::Bytes};
use hyper_util::rt::TokioIo;
use rcgen::{BasicConstraints, CertificateParams, IsCa, KeyPair};
use ringcheck_shared::api::{Health, TlsHealth};
use rustls::{
    ClientConfig, RootCertStore,
    pki_types::{CertificateDer, ServerName, pem::PemObject},
};
use tokio::{
    net::{TcpListener, TcpStream},
    sync::watch,
};
use tokio_rustls::TlsConnector;

use crate::common;

const DOMAIN: &str = "ringcheck.test";

/// Whether pebble is here; when `RINGCHECK_ACME=required` (as root, `cargo xtask test`
/// installs it) a missing one fails the test rather than skipping it.
fn pebble_installed() -> bool {
    let found = ["pebble", "pebble-challtestsrv"].iter().all(|program| {
        Command::new("sh")
            .args(["-c", &format!("command -v {program}")])
            .stdout(Stdio::null())
            .status()
            .is_ok_and(|status| status.success())
    });
    if !found {
        assert!(
            std::env::var("RINGCHECK_ACME").as_deref() != Ok("required"),
            "pebble is required: apt-get install pebble"
        );
        crate::common::skip::skip("pebble is not installed (apt-get install pebble)");
    }
    found
}

fn free_port() -> u16 {
    StdListener::bind((Ipv4Addr::LOCALHOST, 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A process killed when the test ends, however it ends.
struct Process(Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Pebble and its DNS, with an HTTPS certificate from a CA of the test's own.
struct Pebble {
    _dns: Process,
    _acme: Process,
    directory: String,
    management: u16,
    /// The CA of pebble's own HTTPS.
    ca: PathBuf,
}

impl Pebble {
    /// Validates challenges by connecting to `tls_port` of whatever its DNS names:
    /// this machine.
    async fn start(dir: &Path, tls_port: u16) -> Self {
        let (ca, cert, key) = pebble_https_certificate(dir);
        let (dns_port, dns_management) = (free_port(), free_port());
        let dns = Command::new("pebble-challtestsrv")
            .args(["-dns01", &format!("127.0.0.1:{dns_port}")])
            .args(["-management", &format!("127.0.0.1:{dns_management}")])
            .args(["-defaultIPv4", "127.0.0.1", "-defaultIPv6", ""])
            .args(["-http01", "", "-https01", "", "-tlsalpn01", ""])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("pebble-challtestsrv starts");
        let (acme_port, management) = (free_port(), free_port());
        let config = serde_json::json!({
            "pebble": {
                "listenAddress": format!("127.0.0.1:{acme_port}"),
                "managementListenAddress": format!("127.0.0.1:{management}"),
                "certificate": cert,
                "privateKey": key,
                "httpPort": free_port(),
                "tlsPort": tls_port,
                "ocspResponderURL": "",
                "externalAccountBindingRequired": false
            }
        });
        let config_path = dir.join("pebble.json");
        std::fs::write(&config_path, config.to_string()).unwrap();
        let acme = Command::new("pebble")
            .arg("-config")
            .arg(&config_path)
            .args(["-dnsserver", &format!("127.0.0.1:{dns_port}")])
            // No random waits, and every nonce good: the test is about our side.
            .env("PEBBLE_VA_NOSLEEP", "1")
            .env("PEBBLE_WFE_NONCEREJECT", "0")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("pebble starts");
        let pebble = Self {
            _dns: Process(dns),
            _acme: Process(acme),
            directory: format!("https://127.0.0.1:{acme_port}/dir"),
            management,
            ca,
        };
        for port in [acme_port, management, dns_management] {
            wait_for_port(port).await;
        }
        pebble
    }

    /// The root pebble issues under (a new one each run), as PEM.
    async fn issuing_root(&self) -> Vec<u8> {
        let roots = roots_from(&std::fs::read(&self.ca).unwrap());
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, self.management));
        let (status, body) = https_get(addr, "127.0.0.1", &roots, "/roots/0")
            .await
            .expect("pebble's management answers");
        assert_eq!(status, 200);
        body
    }
}

/// A CA and, signed by it, pebble's certificate for 127.0.0.1: `(ca, cert, key)` files.
fn pebble_https_certificate(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let ca_key = KeyPair::generate().unwrap();
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca = ca_params.self_signed(&ca_key).unwrap();
    let key = KeyPair::generate().unwrap();
    let params =
        CertificateParams::new(vec!["127.0.0.1".to_owned(), "localhost".to_owned()]).unwrap();
    let cert = params.signed_by(&key, &ca, &ca_key).unwrap();
    let paths = (
        dir.join("ca.pem"),
        dir.join("pebble.pem"),
        dir.join("pebble.key"),
    );
    std::fs::write(&paths.0, ca.pem()).unwrap();
    std::fs::write(&paths.1, cert.pem()).unwrap();
    std::fs::write(&paths.2, key.serialize_pem()).unwrap();
    paths
}

async fn wait_for_port(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect((Ipv4Addr::LOCALHOST, port))
        .await
        .is_err()
    {
        assert!(
            Instant::now() < deadline,
            "nothing listens on {port} after 20 s"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn roots_from(pem: &[u8]) -> RootCertStore {
    let mut roots = RootCertStore::empty();
    for cert in CertificateDer::pem_slice_iter(pem) {
        roots.add(cert.unwrap()).unwrap();
    }
    roots
}

/// `GET path` over HTTPS to `addr`, asking for `name` and trusting only `roots`.
async fn https_get(
    addr: SocketAddr,
    name: &str,
    roots: &RootCertStore,
    path: &str,
) -> Result<(u16, Vec<u8>), String> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots.clone())
        .with_no_client_auth();
    let get = async {
        let tcp = TcpStream::connect(addr).await.map_err(|e| e.to_string())?;
        let name = ServerName::try_from(name.to_owned()).map_err(|e| e.to_string())?;
        let tls = TlsConnector::from(Arc::new(config))
            .connect(name, tcp)
            .await
            .map_err(|e| format!("TLS: {e}"))?;
        let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(tls))
            .await
            .map_err(|e| e.to_string())?;
        tokio::spawn(connection);
        let request = Request::get(path)
            .header(hyper::header::HOST, "localhost")
            .body(Empty::<Bytes>::new())
            .unwrap();
        let response = sender
            .send_request(request)
            .await
            .map_err(|e| e.to_string())?;
        let status = response.status().as_u16();
        let body = response
            .into_body()
            .collect()
            .await
            .map_err(|e| e.to_string())?
            .to_bytes()
            .to_vec();
        Ok((status, body))
    };
    tokio::time::timeout(Duration::from_secs(10), get)
        .await
        .unwrap_or_else(|_| Err("no answer in 10 s".into()))
}

/// Pebble's way to the server's port, held shut until the test opens it: the
/// certificate cannot come before then.
struct Gate {
    port: u16,
    open: watch::Sender<bool>,
}

impl Gate {
    /// Forwards connections on a port of its own to `to` once opened.
    async fn to(to: u16) -> Self {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let (open, opened) = watch::channel(false);
        tokio::spawn(async move {
            while let Ok((mut incoming, _)) = listener.accept().await {
                let mut opened = opened.clone();
                tokio::spawn(async move {
                    let opened = opened.wait_for(|open| *open);
                    if !matches!(
                        tokio::time::timeout(Duration::from_secs(60), opened).await,
                        Ok(Ok(_))
                    ) {
                        return;
                    }
                    if let Ok(mut server) = TcpStream::connect((Ipv4Addr::LOCALHOST, to)).await {
                        let relay = tokio::io::copy_bidirectional(&mut incoming, &mut server);
                        let _ = tokio::time::timeout(Duration::from_secs(30), relay).await;
                    }
                });
            }
        });
        Self { port, open }
    }

    fn open(&self) {
        self.open.send_replace(true);
    }
}

/// `GET path` on the plain metrics listener: `(status, body)`.
async fn metrics_get(app: &common::TestApp, path: &str) -> (u16, String) {
    let metrics = app.metrics_addr.expect("metrics are served");
    let response = app
        .client
        .get(format!("http://{metrics}{path}"))
        .timeout(Duration::from_secs(10))
        .send()
        .await
        .expect("the metrics listener answers");
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

/// `/healthz`, read where it answers without a certificate: the metrics listener.
async fn health(app: &common::TestApp) -> Health {
    let (status, body) = metrics_get(app, "/healthz").await;
    assert_eq!(status, 200, "{body}");
    serde_json::from_str(&body).unwrap()
}

/// Polls `/healthz` until it names the served certificate and its expiry (read back
/// once the certificate is stored), for at most 10 s.
async fn certificate_expiry(app: &common::TestApp) -> i64 {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let health = health(app).await;
        if let (Some(TlsHealth::Ok), Some(expires_at)) = (health.tls, health.tls_expires_at) {
            return expires_at;
        }
        assert!(
            Instant::now() < deadline,
            "no certificate with an expiry after 10 s: {health:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The server's health over HTTPS under the domain, trusting only pebble's root: `Ok`
/// once it serves a certificate pebble issued.
async fn healthy_over_https(port: u16, root: &[u8]) -> Result<(), String> {
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    match https_get(addr, DOMAIN, &roots_from(root), "/healthz").await? {
        (200, _) => Ok(()),
        (status, _) => Err(format!("/healthz answered {status}")),
    }
}

/// The server on `port`, with one beacon (TCP 9998) on `beacon`, TLS from ACME.
async fn serve_with_acme(
    port: u16,
    beacon: u16,
    cache: &Path,
    pebble_directory: &str,
    ca: &Path,
) -> common::TestApp {
    let (cache, directory, ca) = (cache.to_owned(), pebble_directory.to_owned(), ca.to_owned());
    common::spawn_app_with(move |config| {
        config.bind = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
        config.egress.egress_listeners =
            vec![format!("tcp/9998=127.0.0.1:{beacon}").parse().unwrap()];
        config.egress.no_egress_listeners = false;
        config.tls.acme_domains = vec![DOMAIN.to_owned()];
        config.tls.acme_contacts = vec!["ops@ringcheck.test".to_owned()];
        config.tls.acme_cache = Some(cache);
        config.tls.acme_directory = directory;
        config.tls.acme_directory_ca = Some(ca);
        config.metrics.metrics_bind = Some(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)));
    })
    .await
}

#[tokio::test]
async fn a_certificate_is_obtained_from_a_real_acme_server_and_served_again_from_the_cache() {
    if !pebble_installed() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("acme");
    let (port, beacon) = (free_port(), free_port());
    let gate = Gate::to(port).await;
    let pebble = Pebble::start(dir.path(), gate.port).await;
    let root = pebble.issuing_root().await;

    let app = serve_with_acme(port, beacon, &cache, &pebble.directory, &pebble.ca).await;
    // Pebble cannot validate yet: no certificate, and monitoring is told.
    let waiting = health(&app).await;
    assert_eq!(waiting.tls, Some(TlsHealth::NoCertificate), "{waiting:?}");
    assert_eq!(waiting.status, "degraded");
    assert_eq!(waiting.tls_expires_at, None);
    let (_, metrics) = metrics_get(&app, "/metrics").await;
    assert!(
        metrics.contains("\nringcheck_tls_certificate_present 0\n"),
        "{metrics}"
    );
    assert!(
        !metrics.contains("\nringcheck_tls_certificate_expiry_timestamp_seconds "),
        "{metrics}"
    );
    assert!(
        healthy_over_https(port, &root).await.is_err(),
        "no certificate to serve yet"
    );

    gate.open();
    // Ordered, validated on this very port, issued: within a minute.
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut last = healthy_over_https(port, &root).await;
    while let Err(why) = &last {
        assert!(
            Instant::now() < deadline,
            "no certificate from pebble after 60 s: {why}"
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
        last = healthy_over_https(port, &root).await;
    }
    let cached = std::fs::read_dir(&cache).unwrap().flatten().any(|entry| {
        entry
            .file_name()
            .to_string_lossy()
            .starts_with("cached_cert_")
    });
    assert!(cached, "the certificate is kept in --acme-cache");
    let expires_at = certificate_expiry(&app).await;
    #[allow(clippy::disallowed_methods)] // the certificate's time, against this host's
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    assert!(
        expires_at > now + 86_400,
        "a fresh certificate: {expires_at}"
    );
    let (_, metrics) = metrics_get(&app, "/metrics").await;
    for line in [
        "ringcheck_tls_certificate_present 1".to_owned(),
        format!("ringcheck_tls_certificate_expiry_timestamp_seconds {expires_at}"),
    ] {
        assert!(
            metrics.contains(&format!("\n{line}\n")),
            "{line}: {metrics}"
        );
    }
    // The beacon serves the same certificate.
    let beacon_addr = SocketAddr::from((Ipv4Addr::LOCALHOST, beacon));
    let (status, body) = https_get(
        beacon_addr,
        DOMAIN,
        &roots_from(&root),
        "/beacon?token=acmeacmeacmeacmeacmeac",
    )
    .await
    .expect("the beacon answers over HTTPS with the issued certificate");
    assert_eq!(status, 200);
    assert!(String::from_utf8_lossy(&body).contains("acmeacmeacmeacmeacmeac"));
    app.stop().await;

    // The ACME server goes away; the next start serves the certificate it has.
    let directory = pebble.directory.clone();
    let ca = pebble.ca.clone();
    drop(pebble);
    let app = serve_with_acme(port, beacon, &cache, &directory, &ca).await;
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut last = healthy_over_https(port, &root).await;
    while let Err(why) = &last {
        assert!(
            Instant::now() < deadline,
            "the cached certificate is not served: {why}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
        last = healthy_over_https(port, &root).await;
    }
    assert_eq!(
        certificate_expiry(&app).await,
        expires_at,
        "the cached certificate's"
    );
    app.stop().await;
}

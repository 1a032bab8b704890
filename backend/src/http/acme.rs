//! Certificates from an ACME server (Let's Encrypt by default), obtained and renewed
//! while the server runs, answering TLS-ALPN-01 on the TLS ports themselves: the main
//! server and every TCP beacon serve the certificate, and a renewal needs no restart.
//! Certificates and the account are kept in a cache folder, so a restart, or an ACME
//! server that is down, still serves the last certificate. Until the first certificate
//! is obtained there is none to serve: `/healthz` and the metrics say so.
//!
//! One host only: each server orders with its own account and answers only the
//! challenges it asked for, so behind a load balancer the CA's validations reach the
//! wrong host and fail. Several hosts share a certificate from files instead
//! (docs/operating.md, "Automatic HTTPS").

use std::{
    io,
    path::{Path, PathBuf},
    sync::Arc,
    time::Duration,
};

use futures_util::StreamExt;
use http_body_util::Empty;
use hyper::{Request, body::Bytes};
use hyper_util::rt::TokioIo;
use rustls::{
    ClientConfig, RootCertStore, ServerConfig,
    pki_types::{CertificateDer, ServerName, pem::PemObject},
};
use rustls_acme::{AcmeConfig, EventOk, caches::DirCache};
use tokio::{net::TcpStream, task::JoinHandle};
use tokio_rustls::TlsConnector;

use super::tls::{Certificate, ServedCertificate, Tls};

/// How long start-up waits for the ACME server's directory.
const DIRECTORY_TIMEOUT: Duration = Duration::from_secs(10);

/// What the operator asked for.
pub struct AcmeSettings<'a> {
    pub domains: &'a [String],
    /// `mailto:` addresses.
    pub contacts: &'a [String],
    pub cache: &'a Path,
    pub directory: &'a str,
    /// A CA to trust for the directory's HTTPS, for a private ACME server.
    pub directory_ca: Option<&'a Path>,
}

#[derive(thiserror::Error, Debug)]
pub enum AcmeError {
    #[error(
        "the ACME cache folder {path} cannot be written ({source}): the certificates and \
         the account are kept there. Choose another with --acme-cache, or let the server's \
         user write it"
    )]
    CacheNotWritable { path: PathBuf, source: io::Error },
    #[error("cannot read the ACME directory's CA {path}: {detail}")]
    DirectoryCa { path: PathBuf, detail: String },
    #[error(
        "the ACME server at {url} cannot be reached ({detail}) and no certificate is cached \
         yet: check --acme-directory and that this machine reaches it"
    )]
    DirectoryUnreachable { url: String, detail: String },
}

/// The running ACME client: the TLS it gives every listener, and the task that orders
/// and renews the certificate (stop it at shutdown).
pub struct Acme {
    pub tls: Tls,
    pub task: JoinHandle<()>,
}

/// Checks the settings against the machine (the cache can be written; the directory
/// answers, unless a certificate is cached already) and starts ordering.
pub async fn start(settings: &AcmeSettings<'_>) -> Result<Acme, AcmeError> {
    writable(settings.cache)?;
    let client = client_config(settings.directory_ca)?;
    if let Err(detail) = fetch_directory(settings.directory, &client).await {
        if has_cached_certificate(settings.cache, settings.domains, settings.directory) {
            tracing::warn!(url = settings.directory, %detail,
                "the ACME server cannot be reached: serving the cached certificate");
        } else {
            return Err(AcmeError::DirectoryUnreachable {
                url: settings.directory.to_owned(),
                detail,
            });
        }
    }
    let mut state = AcmeConfig::new_with_client_config(settings.domains, client)
        .contact(settings.contacts)
        .directory(settings.directory)
        .cache(DirCache::new(settings.cache.to_owned()))
        .state();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut server = ServerConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .expect("ring supports the default protocol versions")
        .with_no_client_auth()
        .with_cert_resolver(state.resolver());
    // HTTP/1.1 only, as with a certificate from files.
    server.alpn_protocols = vec![b"http/1.1".to_vec()];
    let challenge = state.challenge_rustls_config_with_provider(provider);
    let certificate = ServedCertificate::none();
    let served = certificate.clone();
    let cached = settings.cache.join(cached_certificate_name(
        settings.domains,
        settings.directory,
    ));
    let task = tokio::spawn(async move {
        while let Some(event) = state.next().await {
            match event {
                Ok(event) => {
                    tracing::info!(?event, "ACME");
                    follow(&event, &served, &cached).await;
                }
                // The resolver keeps the certificate it has; the state tries again later.
                Err(error) => tracing::warn!(
                    ?error,
                    "ACME: could not obtain or renew the certificate; the last one is served"
                ),
            }
        }
    });
    Ok(Acme {
        tls: Tls {
            server: Arc::new(server),
            acme_challenge: Some(challenge),
            certificate,
        },
        task,
    })
}

/// Keeps `served` up to date as ACME deploys certificates: a cached one as it is read
/// back from `cached`, a new one as soon as it is deployed, and its expiry once it is
/// stored there (at once).
async fn follow(event: &EventOk, served: &ServedCertificate, cached: &Path) {
    match event {
        EventOk::DeployedCachedCert | EventOk::CertCacheStore => {
            match tokio::fs::read(cached).await {
                Ok(pem) => served.serving(&pem),
                Err(error) => {
                    tracing::warn!(%error, path = %cached.display(),
                        "ACME: cannot read the certificate back: its expiry is unknown");
                    served.set(Certificate { expires_at: None });
                }
            }
        }
        EventOk::DeployedNewCert => served.set(Certificate { expires_at: None }),
        EventOk::AccountCacheStore => {}
    }
}

/// The cache exists, only the server's user may enter it (it holds the certificate's
/// and the account's private keys), and it can be written.
fn writable(cache: &Path) -> Result<(), AcmeError> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    let error = |source| AcmeError::CacheNotWritable {
        path: cache.to_owned(),
        source,
    };
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(cache)
        .map_err(error)?;
    std::fs::set_permissions(cache, std::fs::Permissions::from_mode(0o700)).map_err(error)?;
    let probe = cache.join(".ringcheck-write-test");
    std::fs::write(&probe, b"").map_err(error)?;
    std::fs::remove_file(&probe).map_err(error)
}

/// Whether the cache holds a certificate for these domains from this directory.
fn has_cached_certificate(cache: &Path, domains: &[String], directory: &str) -> bool {
    cache
        .join(cached_certificate_name(domains, directory))
        .is_file()
}

/// The file the ACME cache (rustls-acme's `DirCache`) keeps the certificate for
/// `domains` from `directory` in: a SHA-256 of both, as that cache names it.
fn cached_certificate_name(domains: &[String], directory: &str) -> String {
    use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
    use sha2::{Digest, Sha256};
    let mut hash = Sha256::new();
    for domain in domains {
        hash.update(domain.as_bytes());
        hash.update([0]);
    }
    hash.update(directory.as_bytes());
    format!("cached_cert_{}", URL_SAFE_NO_PAD.encode(hash.finalize()))
}

/// The web's roots, or only `ca` for a private ACME server.
fn client_config(ca: Option<&Path>) -> Result<Arc<ClientConfig>, AcmeError> {
    let mut roots = RootCertStore::empty();
    match ca {
        None => roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()),
        Some(path) => {
            let error = |detail: String| AcmeError::DirectoryCa {
                path: path.to_owned(),
                detail,
            };
            let pem = std::fs::read(path).map_err(|e| error(e.to_string()))?;
            for cert in CertificateDer::pem_slice_iter(&pem) {
                let cert = cert.map_err(|e| error(e.to_string()))?;
                roots.add(cert).map_err(|e| error(e.to_string()))?;
            }
            if roots.is_empty() {
                return Err(error("no PEM certificate in it".into()));
            }
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("ring supports the default protocol versions")
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(Arc::new(config))
}

/// `GET` of the directory over HTTPS: `Ok` when it answers 200.
async fn fetch_directory(url: &str, client: &Arc<ClientConfig>) -> Result<(), String> {
    let uri: hyper::Uri = url.parse().map_err(|e| format!("not a URL: {e}"))?;
    if uri.scheme_str() != Some("https") {
        return Err("the directory must be an https URL".into());
    }
    let host = uri.host().ok_or("the URL has no host")?.to_owned();
    let port = uri.port_u16().unwrap_or(443);
    let fetch = async {
        let tcp = TcpStream::connect((host.trim_matches(['[', ']']), port))
            .await
            .map_err(|e| format!("cannot connect: {e}"))?;
        let name = ServerName::try_from(host.trim_matches(['[', ']']).to_owned())
            .map_err(|e| e.to_string())?;
        let tls = TlsConnector::from(client.clone())
            .connect(name, tcp)
            .await
            .map_err(|e| format!("TLS: {e}"))?;
        let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(tls))
            .await
            .map_err(|e| e.to_string())?;
        let connection = tokio::spawn(connection);
        let path = uri.path_and_query().map_or("/", |p| p.as_str());
        let request = Request::get(path)
            .header(
                hyper::header::HOST,
                uri.authority().map_or(host.as_str(), |a| a.as_str()),
            )
            .body(Empty::<Bytes>::new())
            .map_err(|e| e.to_string())?;
        let response = sender
            .send_request(request)
            .await
            .map_err(|e| e.to_string());
        connection.abort();
        match response?.status() {
            status if status.is_success() => Ok(()),
            status => Err(format!("it answered {status}")),
        }
    };
    tokio::time::timeout(DIRECTORY_TIMEOUT, fetch)
        .await
        .unwrap_or_else(|_| {
            Err(format!(
                "no answer within {} s",
                DIRECTORY_TIMEOUT.as_secs()
            ))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings<'a>(cache: &'a Path, directory: &'a str) -> AcmeSettings<'a> {
        AcmeSettings {
            domains: &[],
            contacts: &[],
            cache,
            directory,
            directory_ca: None,
        }
    }

    #[tokio::test]
    async fn a_cache_that_cannot_be_written_is_refused_with_its_path() {
        let file = tempfile::NamedTempFile::new().unwrap();
        // A folder inside a file cannot exist.
        let cache = file.path().join("acme");
        let error = start(&settings(&cache, "https://127.0.0.1:1/dir"))
            .await
            .err()
            .unwrap();
        assert!(
            matches!(error, AcmeError::CacheNotWritable { .. }),
            "{error}"
        );
        assert!(error.to_string().contains("--acme-cache"));
    }

    #[tokio::test]
    async fn an_unreachable_directory_is_refused_without_a_cached_certificate_only() {
        let cache = tempfile::tempdir().unwrap();
        // Nothing listens on port 1 of this machine.
        let error = start(&settings(cache.path(), "https://127.0.0.1:1/dir"))
            .await
            .err()
            .unwrap();
        assert!(
            matches!(error, AcmeError::DirectoryUnreachable { .. }),
            "{error}"
        );
        assert!(error.to_string().contains("--acme-directory"));

        // A certificate for other domains, or from another directory, does not count.
        let elsewhere =
            cached_certificate_name(&["other.example".into()], "https://127.0.0.1:1/dir");
        std::fs::write(cache.path().join(elsewhere), b"cert").unwrap();
        assert!(
            start(&settings(cache.path(), "https://127.0.0.1:1/dir"))
                .await
                .is_err()
        );
        let ours = cached_certificate_name(&[], "https://127.0.0.1:1/dir");
        std::fs::write(cache.path().join(ours), b"cert").unwrap();
        let acme = start(&settings(cache.path(), "https://127.0.0.1:1/dir"))
            .await
            .expect("a cached certificate is served meanwhile");
        acme.task.abort();
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(cache.path())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(
            mode & 0o777,
            0o700,
            "only the server's user enters the cache"
        );
    }

    #[tokio::test]
    async fn a_directory_ca_that_is_not_pem_is_refused() {
        let cache = tempfile::tempdir().unwrap();
        let ca = cache.path().join("ca.pem");
        std::fs::write(&ca, "not a certificate").unwrap();
        let mut settings = settings(cache.path(), "https://127.0.0.1:1/dir");
        settings.directory_ca = Some(&ca);
        let error = start(&settings).await.err().unwrap();
        assert!(matches!(error, AcmeError::DirectoryCa { .. }), "{error}");
    }
}

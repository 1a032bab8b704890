//! Optional TLS (rustls) for the main server and the TCP beacons: an `https` page may
//! only fetch `https` beacons. The handshakes run in `serve`'s accept loop. Which
//! certificate is served (none yet, while ACME orders the first) shows in `/healthz` and
//! the metrics.

use std::{
    io,
    path::Path,
    path::PathBuf,
    sync::{Arc, Mutex},
};

use rustls::{
    ServerConfig,
    pki_types::{CertificateDer, PrivateKeyDer, pem::PemObject},
};

#[derive(thiserror::Error, Debug)]
pub enum TlsError {
    #[error("cannot read the TLS {what} file {path}: {source}")]
    Read {
        what: &'static str,
        path: PathBuf,
        source: io::Error,
    },
    #[error("the TLS certificate file {0} holds no PEM certificate (-----BEGIN CERTIFICATE-----)")]
    NoCertificate(PathBuf),
    #[error("the TLS certificate file {path} is not valid PEM: {detail}")]
    BadCertificate { path: PathBuf, detail: String },
    #[error(
        "the TLS key file {path} holds no usable private key (PKCS#8, PKCS#1 or SEC1 PEM): \
         {detail}"
    )]
    BadKey { path: PathBuf, detail: String },
    #[error("the TLS certificate and key cannot be used together: {0}")]
    Unusable(rustls::Error),
}

/// What a TLS listener serves with: its configuration, and with ACME the one that
/// answers TLS-ALPN-01 challenges.
#[derive(Clone, Debug)]
pub struct Tls {
    pub server: Arc<ServerConfig>,
    pub acme_challenge: Option<Arc<ServerConfig>>,
    /// The certificate `server` serves now.
    pub certificate: Arc<ServedCertificate>,
}

/// Whether the TLS listeners have a certificate to serve, and until when it is valid:
/// without one (ACME has not obtained the first yet) every handshake fails.
#[derive(Debug, Default)]
pub struct ServedCertificate(Mutex<Option<Certificate>>);

/// A certificate being served.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Certificate {
    /// The leaf's notAfter, in Unix seconds; `None` if it could not be read.
    pub expires_at: Option<i64>,
}

impl ServedCertificate {
    /// None yet.
    pub fn none() -> Arc<Self> {
        Arc::new(Self::default())
    }

    /// Serving the certificate whose chain is `pem` (the first `CERTIFICATE` is the
    /// leaf; other sections, such as a key, are skipped).
    pub fn serving(&self, pem: &[u8]) {
        let expires_at = CertificateDer::pem_slice_iter(pem)
            .find_map(Result::ok)
            .and_then(|leaf| expiry(&leaf));
        self.set(Certificate { expires_at });
    }

    pub fn set(&self, certificate: Certificate) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(certificate);
    }

    /// The certificate served now, if there is one.
    pub fn now(&self) -> Option<Certificate> {
        *self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// A certificate's notAfter, in Unix seconds.
fn expiry(der: &CertificateDer<'_>) -> Option<i64> {
    let (_, certificate) = x509_parser::parse_x509_certificate(der).ok()?;
    Some(certificate.validity().not_after.timestamp())
}

/// Reads the PEM certificate chain and private key, and checks they belong together.
pub fn load(cert_path: &Path, key_path: &Path) -> Result<Tls, TlsError> {
    let read = |what, path: &Path| {
        std::fs::read(path).map_err(|source| TlsError::Read {
            what,
            path: path.to_owned(),
            source,
        })
    };
    let cert_pem = read("certificate", cert_path)?;
    let key_pem = read("key", key_path)?;
    let certs = CertificateDer::pem_slice_iter(&cert_pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|error| TlsError::BadCertificate {
            path: cert_path.to_owned(),
            detail: error.to_string(),
        })?;
    if certs.is_empty() {
        return Err(TlsError::NoCertificate(cert_path.to_owned()));
    }
    let key = PrivateKeyDer::from_pem_slice(&key_pem).map_err(|error| TlsError::BadKey {
        path: key_path.to_owned(),
        detail: error.to_string(),
    })?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(TlsError::Unusable)?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(TlsError::Unusable)?;
    // HTTP/1.1 only: the server speaks no HTTP/2, and a browser offered h2 would take it.
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    let certificate = ServedCertificate::none();
    certificate.serving(&cert_pem);
    Ok(Tls {
        server: Arc::new(config),
        acme_challenge: None,
        certificate,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A self-signed certificate and its key, as PEM files in `dir`.
    fn write_pair(dir: &Path, name: &str) -> (PathBuf, PathBuf) {
        let pair = rcgen::generate_simple_self_signed(vec!["localhost".into()]).unwrap();
        let cert = dir.join(format!("{name}.crt"));
        let key = dir.join(format!("{name}.key"));
        std::fs::write(&cert, pair.cert.pem()).unwrap();
        std::fs::write(&key, pair.key_pair.serialize_pem()).unwrap();
        (cert, key)
    }

    fn error_of(cert: &Path, key: &Path) -> String {
        load(cert, key).expect_err("refused").to_string()
    }

    #[test]
    fn a_matching_certificate_and_key_load() {
        let dir = tempfile::tempdir().unwrap();
        let (cert, key) = write_pair(dir.path(), "a");
        let config = load(&cert, &key).unwrap();
        assert_eq!(config.server.alpn_protocols, [b"http/1.1".to_vec()]);
    }

    #[test]
    fn a_file_with_the_key_and_the_chain_serves_as_both_as_the_acme_cache_keeps_it() {
        let dir = tempfile::tempdir().unwrap();
        let pair = rcgen::generate_simple_self_signed(vec!["localhost".into()]).unwrap();
        let both = dir.path().join("cached_cert_x");
        let pem = format!("{}\n{}", pair.key_pair.serialize_pem(), pair.cert.pem());
        std::fs::write(&both, pem).unwrap();
        let tls = load(&both, &both).expect("one file for both flags");
        assert!(tls.certificate.now().is_some());
    }

    #[test]
    fn the_served_certificates_expiry_is_its_leafs() {
        let key = rcgen::KeyPair::generate().unwrap();
        let mut params = rcgen::CertificateParams::new(vec!["localhost".to_owned()]).unwrap();
        params.not_after = rcgen::date_time_ymd(2031, 5, 17);
        let leaf = params.self_signed(&key).unwrap();
        let other = rcgen::generate_simple_self_signed(vec!["ca".into()]).unwrap();
        let served = ServedCertificate::none();
        assert_eq!(served.now(), None);
        // As the ACME cache keeps it: the key first, then the chain.
        let pem = format!("{}{}{}", key.serialize_pem(), leaf.pem(), other.cert.pem());
        served.serving(pem.as_bytes());
        // 2031-05-17T00:00:00Z
        let expires_at = Some(1_936_742_400);
        assert_eq!(served.now(), Some(Certificate { expires_at }));
        served.serving(b"not PEM");
        assert_eq!(served.now(), Some(Certificate { expires_at: None }));
    }

    #[test]
    fn missing_empty_garbled_or_mismatched_files_say_which_and_why() {
        let dir = tempfile::tempdir().unwrap();
        let (cert, key) = write_pair(dir.path(), "a");
        let (_, other_key) = write_pair(dir.path(), "b");
        let missing = dir.path().join("missing.pem");
        let empty = dir.path().join("empty.pem");
        std::fs::write(&empty, "").unwrap();
        let garbled = dir.path().join("garbled.pem");
        std::fs::write(
            &garbled,
            "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n",
        )
        .unwrap();

        let error = error_of(&missing, &key);
        assert!(
            error.contains("cannot read the TLS certificate file") && error.contains("missing.pem"),
            "{error}"
        );
        let error = error_of(&cert, &missing);
        assert!(error.contains("TLS key file"), "{error}");
        let error = error_of(&empty, &key);
        assert!(error.contains("holds no PEM certificate"), "{error}");
        let error = error_of(&garbled, &key);
        assert!(error.contains("not valid PEM"), "{error}");
        let error = error_of(&cert, &empty);
        assert!(error.contains("holds no usable private key"), "{error}");
        let error = error_of(&cert, &other_key);
        assert!(error.contains("cannot be used together"), "{error}");
    }
}

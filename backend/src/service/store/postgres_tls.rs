//! TLS to PostgreSQL (rustls), as the URL's `sslmode` and `sslrootcert` say, with
//! libpq's meanings:
//!
//! - `disable`: plain TCP.
//! - `prefer` (also when the URL names no `sslmode`, as libpq): TLS when the server
//!   offers it, its certificate not verified; plain when it does not.
//! - `require`: TLS or no connection; the certificate is not verified, unless
//!   `sslrootcert` is given (then as `verify-ca`, as libpq does).
//! - `verify-ca`: TLS, the certificate signed by a CA of `sslrootcert` (a PEM file;
//!   without it, or with `sslrootcert=system`, the web's public roots built into the
//!   server), whatever host it names.
//! - `verify-full`: as `verify-ca`, and the certificate names the URL's host.
//!
//! tokio-postgres knows neither `verify-*` nor `sslrootcert`, so both are taken out of
//! the URL before it reads the rest. No channel binding is offered: SCRAM runs without
//! it, as libpq does with `channel_binding=prefer` against a server that does not ask.

use std::{
    fmt,
    future::Future,
    io,
    path::PathBuf,
    pin::Pin,
    sync::Arc,
    task::{Context, Poll},
};

use ringcheck_engine::self_check::AnyCertificate;
use rustls::{
    ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
    client::{
        WebPkiServerVerifier,
        danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier},
    },
    pki_types::{CertificateDer, ServerName, UnixTime, pem::PemObject},
};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio_postgres::tls::{ChannelBinding, MakeTlsConnect, TlsConnect, TlsStream};

use super::StoreError;
/// The URL's `sslmode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    Disable,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

impl SslMode {
    fn parse(value: &str) -> Result<Self, StoreError> {
        Ok(match value {
            "disable" => Self::Disable,
            "prefer" => Self::Prefer,
            "require" => Self::Require,
            "verify-ca" => Self::VerifyCa,
            "verify-full" => Self::VerifyFull,
            other => {
                return Err(StoreError::PostgresUrl(format!(
                    "sslmode={} is not one this server knows: use disable, prefer, require, \
                     verify-ca or verify-full",
                    other.chars().take(20).collect::<String>()
                )));
            }
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Disable => "disable",
            Self::Prefer => "prefer",
            Self::Require => "require",
            Self::VerifyCa => "verify-ca",
            Self::VerifyFull => "verify-full",
        }
    }
}

/// What the URL asks of TLS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsSettings {
    pub mode: SslMode,
    /// `sslrootcert`, unless absent or `system`.
    pub root_cert: Option<PathBuf>,
}

/// The certificate check a mode and root file come to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verification {
    /// Any certificate (the handshake's signatures are still checked).
    None,
    /// Signed by a trusted CA, whatever host it names.
    Ca,
    /// Signed by a trusted CA, for the URL's host.
    Full,
}

impl TlsSettings {
    /// Takes `sslmode` and `sslrootcert` out of `url`'s query; returns the rest of the URL
    /// for tokio-postgres, and the settings.
    pub fn from_url(url: &str) -> Result<(String, Self), StoreError> {
        let mut settings = Self {
            mode: SslMode::Prefer,
            root_cert: None,
        };
        let Some((base, query)) = url.split_once('?') else {
            return Ok((url.to_owned(), settings));
        };
        let mut kept = Vec::new();
        for pair in query.split('&').filter(|pair| !pair.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let decoded = || {
                percent_encoding::percent_decode_str(value)
                    .decode_utf8()
                    .map(|value| value.into_owned())
                    .map_err(|_| StoreError::PostgresUrl(format!("{key} is not valid UTF-8")))
            };
            match key {
                "sslmode" => settings.mode = SslMode::parse(&decoded()?)?,
                "sslrootcert" => {
                    let path = decoded()?;
                    settings.root_cert = (path != "system").then(|| path.into());
                }
                _ => kept.push(pair),
            }
        }
        let url = if kept.is_empty() {
            base.to_owned()
        } else {
            format!("{base}?{}", kept.join("&"))
        };
        Ok((url, settings))
    }

    pub fn verification(&self) -> Verification {
        match self.mode {
            SslMode::VerifyFull => Verification::Full,
            SslMode::VerifyCa => Verification::Ca,
            SslMode::Require if self.root_cert.is_some() => Verification::Ca,
            SslMode::Disable | SslMode::Prefer | SslMode::Require => Verification::None,
        }
    }

    /// What tokio-postgres is told: whether TLS may be skipped.
    pub fn tokio_mode(&self) -> tokio_postgres::config::SslMode {
        use tokio_postgres::config::SslMode as Mode;
        match self.mode {
            SslMode::Disable => Mode::Disable,
            SslMode::Prefer => Mode::Prefer,
            SslMode::Require | SslMode::VerifyCa | SslMode::VerifyFull => Mode::Require,
        }
    }

    /// The connector for these settings, its CA certificates read now.
    pub fn connector(&self) -> Result<RustlsConnector, StoreError> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let verifier: Arc<dyn ServerCertVerifier> = match self.verification() {
            // `sslmode=prefer` and `require` without `sslrootcert`: any certificate, but the
            // handshake's signatures checked properly.
            Verification::None => Arc::new(AnyCertificate(provider.clone())),
            verification => {
                let roots = Arc::new(self.roots()?);
                let webpki = WebPkiServerVerifier::builder_with_provider(roots, provider.clone())
                    .build()
                    .map_err(|error| self.root_error(error.to_string()))?;
                match verification {
                    Verification::Ca => Arc::new(AnyName(webpki)),
                    _ => webpki,
                }
            }
        };
        let config = ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|error| StoreError::PostgresTls(error.to_string()))?
            .dangerous()
            .with_custom_certificate_verifier(verifier)
            .with_no_client_auth();
        Ok(RustlsConnector {
            config: Arc::new(config),
        })
    }

    /// The CAs of `sslrootcert`, or the web's public roots.
    fn roots(&self) -> Result<RootCertStore, StoreError> {
        let Some(path) = &self.root_cert else {
            return Ok(RootCertStore {
                roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
            });
        };
        let pem = std::fs::read(path).map_err(|error| self.root_error(error.to_string()))?;
        let certs = CertificateDer::pem_slice_iter(&pem)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|error| self.root_error(error.to_string()))?;
        let mut roots = RootCertStore::empty();
        let (added, _ignored) = roots.add_parsable_certificates(certs);
        if added == 0 {
            return Err(self.root_error(
                "it holds no usable PEM certificate (-----BEGIN CERTIFICATE-----)".into(),
            ));
        }
        Ok(roots)
    }

    fn root_error(&self, detail: String) -> StoreError {
        StoreError::PostgresRootCert {
            path: self.root_cert.clone().unwrap_or_else(|| "system".into()),
            detail,
        }
    }
}

/// Makes a TLS session per connection, for the host it connects to.
#[derive(Clone)]
pub struct RustlsConnector {
    config: Arc<ClientConfig>,
}

impl<S> MakeTlsConnect<S> for RustlsConnector
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    type Stream = RustlsStream<S>;
    type TlsConnect = RustlsConnect;
    type Error = io::Error;

    fn make_tls_connect(&mut self, host: &str) -> Result<RustlsConnect, io::Error> {
        // A Unix socket has no host name; PostgreSQL never offers TLS there, so the
        // handshake that would need it does not happen.
        let name = ServerName::try_from(host).ok().map(|name| name.to_owned());
        Ok(RustlsConnect {
            config: self.config.clone(),
            name,
            host: host.to_owned(),
        })
    }
}

pub struct RustlsConnect {
    config: Arc<ClientConfig>,
    name: Option<ServerName<'static>>,
    host: String,
}

impl<S> TlsConnect<S> for RustlsConnect
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    type Stream = RustlsStream<S>;
    type Error = io::Error;
    type Future = Pin<Box<dyn Future<Output = io::Result<RustlsStream<S>>> + Send>>;

    fn connect(self, stream: S) -> Self::Future {
        Box::pin(async move {
            let name = self.name.ok_or_else(|| {
                io::Error::new(
                    io::ErrorKind::InvalidInput,
                    format!("{:?} is not a host name TLS can verify", self.host),
                )
            })?;
            let stream = tokio_rustls::TlsConnector::from(self.config)
                .connect(name, stream)
                .await?;
            Ok(RustlsStream(stream))
        })
    }
}

/// A TLS session to the database.
pub struct RustlsStream<S>(tokio_rustls::client::TlsStream<S>);

impl<S: AsyncRead + AsyncWrite + Unpin> AsyncRead for RustlsStream<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_read(cx, buf)
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin> AsyncWrite for RustlsStream<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.0).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_shutdown(cx)
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin> TlsStream for RustlsStream<S> {
    fn channel_binding(&self) -> ChannelBinding {
        ChannelBinding::none()
    }
}

/// `sslmode=verify-ca`: the chain verified as `verify-full` does, the name not.
struct AnyName(Arc<WebPkiServerVerifier>);

impl fmt::Debug for AnyName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AnyName")
    }
}

impl ServerCertVerifier for AnyName {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        use rustls::{CertificateError, Error};
        match self
            .0
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
        {
            Err(Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            verified => verified,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.supported_verify_schemes()
    }
}

/// Words to add to a failed connection's error when TLS is why, from its `causes`.
pub fn hint(
    settings: &TlsSettings,
    causes: &[&(dyn std::error::Error + 'static)],
) -> Option<String> {
    for cause in causes {
        if cause.to_string() == "server does not support TLS" {
            return Some(format!(
                "sslmode={} needs TLS, and this PostgreSQL server does not accept it: turn on \
                 ssl in its postgresql.conf, or (on the same host or a private network only) \
                 use sslmode=disable",
                settings.mode.as_str()
            ));
        }
        if let Some(rustls::Error::InvalidCertificate(_)) = cause.downcast_ref::<rustls::Error>() {
            let roots = match &settings.root_cert {
                Some(path) => format!("a CA in sslrootcert={}", path.display()),
                None => "a public CA (give yours as sslrootcert=PATH)".to_owned(),
            };
            let name = match settings.verification() {
                Verification::Full => ", for the host the URL names",
                _ => "",
            };
            return Some(format!(
                "The database's certificate is not accepted: with sslmode={} it must be signed \
                 by {roots}{name}",
                settings.mode.as_str()
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(url: &str) -> (String, TlsSettings) {
        TlsSettings::from_url(url).unwrap()
    }

    #[test]
    fn sslmode_and_sslrootcert_are_taken_out_of_the_url() {
        let (url, settings) = split("postgres://u:p@db:5432/r");
        assert_eq!(url, "postgres://u:p@db:5432/r");
        assert_eq!(settings.mode, SslMode::Prefer, "libpq's default");
        assert_eq!(settings.verification(), Verification::None);

        let (url, settings) = split(
            "postgres://u@db/r?connect_timeout=5&sslmode=verify-full&sslrootcert=%2Fetc%2Fca.pem",
        );
        assert_eq!(url, "postgres://u@db/r?connect_timeout=5");
        assert_eq!(settings.mode, SslMode::VerifyFull);
        assert_eq!(settings.root_cert, Some("/etc/ca.pem".into()));
        assert_eq!(settings.verification(), Verification::Full);

        let (_, settings) = split("postgres://u@db/r?sslmode=require&sslrootcert=/ca.pem");
        assert_eq!(settings.verification(), Verification::Ca, "as libpq");
        let (_, settings) = split("postgres://u@db/r?sslmode=require");
        assert_eq!(settings.verification(), Verification::None);
        let (url, settings) = split("postgres://u@db/r?sslmode=verify-ca&sslrootcert=system");
        assert_eq!(url, "postgres://u@db/r");
        assert_eq!(settings.root_cert, None);
        assert_eq!(settings.verification(), Verification::Ca);
    }

    #[test]
    fn an_unknown_sslmode_says_which_are_known() {
        let error = TlsSettings::from_url("postgres://u@db/r?sslmode=allow")
            .unwrap_err()
            .to_string();
        assert!(error.contains("sslmode=allow"), "{error}");
        assert!(error.contains("verify-full"), "{error}");
    }

    #[test]
    fn a_root_file_without_certificates_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ca.pem");
        std::fs::write(&path, "not a certificate\n").unwrap();
        let settings = TlsSettings {
            mode: SslMode::VerifyFull,
            root_cert: Some(path.clone()),
        };
        let error = settings.connector().err().unwrap().to_string();
        assert!(error.contains(&path.display().to_string()), "{error}");
        assert!(error.contains("no usable PEM certificate"), "{error}");
        let missing = TlsSettings {
            mode: SslMode::VerifyCa,
            root_cert: Some(dir.path().join("missing.pem")),
        };
        let error = missing.connector().err().unwrap().to_string();
        assert!(error.contains("missing.pem"), "{error}");
    }
}

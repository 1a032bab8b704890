//! HTTPS: a certificate from files, or from an ACME server.

use std::path::PathBuf;

use clap::Args;

use super::ConfigError;

#[derive(Args, Debug, Clone)]
#[command(next_help_heading = "TLS and ACME")]
pub struct Tls {
    /// PEM certificate chain: serve HTTPS (rustls) on --bind and on the TCP beacons (needs
    /// --tls-key).
    #[arg(long, env = "RINGCHECK_TLS_CERT", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,

    /// PEM private key of --tls-cert.
    #[arg(long, env = "RINGCHECK_TLS_KEY", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,

    /// Serve HTTPS with a certificate for this domain from an ACME server (repeatable;
    /// instead of --tls-cert): obtained with TLS-ALPN-01 on --bind, which must be reached
    /// on port 443 of the domain, and renewed while the server runs. On one host only:
    /// several share a certificate through --tls-cert.
    #[arg(
        long = "acme-domain",
        env = "RINGCHECK_ACME_DOMAINS",
        value_delimiter = ',',
        conflicts_with = "tls_cert"
    )]
    pub acme_domains: Vec<String>,

    /// Where the ACME server writes about the certificates (repeatable), e.g.
    /// ops@example.com.
    #[arg(
        long = "acme-contact",
        env = "RINGCHECK_ACME_CONTACTS",
        value_delimiter = ','
    )]
    pub acme_contacts: Vec<String>,

    /// Folder keeping the ACME account and certificates (needed with --acme-domain), so
    /// restarts reuse them.
    #[arg(long, env = "RINGCHECK_ACME_CACHE")]
    pub acme_cache: Option<PathBuf>,

    /// The ACME server's directory URL.
    #[arg(
        long,
        env = "RINGCHECK_ACME_DIRECTORY",
        default_value = "https://acme-v02.api.letsencrypt.org/directory"
    )]
    pub acme_directory: String,

    /// A PEM CA to trust for the ACME directory's HTTPS, for a private ACME server
    /// (instead of the web's roots).
    #[arg(long, env = "RINGCHECK_ACME_DIRECTORY_CA")]
    pub acme_directory_ca: Option<PathBuf>,
}

/// The ACME account, checked: where the ACME server writes (as `mailto:` URLs), and the
/// folder keeping the account and certificates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AcmeAccount {
    pub contacts: Vec<String>,
    pub cache: PathBuf,
}

impl Tls {
    /// The ACME settings, checked: `None` without `--acme-domain`.
    pub(super) fn acme(&self) -> Result<Option<AcmeAccount>, ConfigError> {
        if self.acme_domains.is_empty() {
            let extra = !self.acme_contacts.is_empty()
                || self.acme_cache.is_some()
                || self.acme_directory_ca.is_some();
            return if extra {
                Err(ConfigError::AcmeWithoutDomain)
            } else {
                Ok(None)
            };
        }
        if let Some(bad) = self.acme_domains.iter().find(|d| !is_domain_name(d)) {
            return Err(ConfigError::AcmeBadDomain(bad.clone()));
        }
        let cache = self
            .acme_cache
            .clone()
            .ok_or(ConfigError::AcmeWithoutCache)?;
        let contacts = self
            .acme_contacts
            .iter()
            .map(|contact| {
                if contact.starts_with("mailto:") {
                    contact.clone()
                } else {
                    format!("mailto:{contact}")
                }
            })
            .collect();
        Ok(Some(AcmeAccount { contacts, cache }))
    }
}

/// A host name as DNS has it: dot-separated labels of letters, digits and inner hyphens.
pub(super) fn is_domain_name(name: &str) -> bool {
    name.len() <= 253
        && name.split('.').all(|label| {
            (1..=63).contains(&label.len())
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        })
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;
    use crate::config::Config;

    #[test]
    fn acme_needs_a_domain_and_a_cache_and_writes_contacts_as_mailto() {
        assert_eq!(Config::defaults().tls.acme().unwrap(), None);
        let parse = |args: &[&str]| {
            let mut all = vec!["ringcheck"];
            all.extend_from_slice(args);
            Config::try_parse_from(all).map(|config| config.tls.acme())
        };
        let no_domain = parse(&["--acme-contact", "ops@example.com"]).unwrap();
        assert!(
            no_domain
                .unwrap_err()
                .to_string()
                .contains("need --acme-domain")
        );
        let no_cache = parse(&["--acme-domain", "ringcheck.example.com"]).unwrap();
        assert!(
            no_cache
                .unwrap_err()
                .to_string()
                .contains("needs --acme-cache")
        );
        for bad in [
            "https://ringcheck.example.com",
            "ringcheck.example.com:443",
            "a-.example",
            "ring check.example",
        ] {
            let error = parse(&["--acme-domain", bad, "--acme-cache", "/var/lib/x"]).unwrap();
            assert!(
                error.unwrap_err().to_string().contains("not a domain name"),
                "{bad}"
            );
        }
        let both = parse(&[
            "--acme-domain",
            "ringcheck.example.com",
            "--tls-cert",
            "c.pem",
            "--tls-key",
            "k.pem",
        ]);
        assert!(
            both.is_err(),
            "a certificate from files or from ACME, not both"
        );
        let good = parse(&[
            "--acme-domain",
            "ringcheck.example.com",
            "--acme-cache",
            "/var/lib/ringcheck/acme",
            "--acme-contact",
            "ops@example.com",
        ])
        .unwrap()
        .unwrap()
        .unwrap();
        assert_eq!(good.contacts, ["mailto:ops@example.com"]);
        assert_eq!(good.cache, PathBuf::from("/var/lib/ringcheck/acme"));
    }
}

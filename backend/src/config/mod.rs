//! Command-line flags, each also settable through an environment variable. The defaults
//! work out of the box; every limit is bounded so a typo cannot make the server unsafe.
//!
//! The flags come in groups, a file and a heading of `--help` each (`storage.rs`,
//! `probes.rs`, `admission.rs`, `egress.rs`, `families.rs`, `proxies.rs`,
//! `connections.rs`, `tls.rs`, `embedding.rs`, `metrics.rs`); the few every part reads
//! are here. [`Config::validate`] checks them against each other, once, into the
//! [`Settings`] start-up builds the server from; `error.rs` words what it refuses.

mod admission;
mod connections;
mod egress;
mod embedding;
/// `/etc/default/ringcheck` of the Debian package, checked against these flags.
#[cfg(test)]
mod environment_file;
mod error;
mod families;
mod metrics;
mod probes;
mod proxies;
mod storage;
mod tls;

use std::{net::SocketAddr, path::PathBuf};

use clap::{CommandFactory, FromArgMatches, Parser};
use ringcheck_shared::egress::FamilyHost;

use crate::{
    client_ip::ClientIp, connection_limits::ConnectionLimits, origin::parse_origin,
    service::Database,
};
use ringcheck_engine::{ProbeConfig, TargetPolicy};

pub use admission::Admission;
pub use connections::Connections;
pub use egress::Egress;
pub use embedding::Embedding;
pub use error::ConfigError;
pub use families::Families;
pub use metrics::Metrics;
pub use probes::Probes;
pub use proxies::Proxies;
pub use storage::Storage;
pub use tls::{AcmeAccount, Tls};

#[derive(Parser, Debug, Clone)]
#[command(
    name = "ringcheck",
    version,
    about = "Ring Check: tells whether a home network lets Ring devices do their job."
)]
pub struct Config {
    /// Address and port to listen on.
    #[arg(long, env = "RINGCHECK_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,

    /// Directory of the built SPA (`trunk build` output, holding index.html).
    #[arg(long, env = "RINGCHECK_DIST", default_value = "dist")]
    pub dist: PathBuf,

    /// Log filter, in `tracing` EnvFilter syntax (e.g. `info`, `ringcheck_backend=debug`).
    /// The PostgreSQL client logs at `info` at most, whatever it says, as its debug lines
    /// quote every query's parameters.
    #[arg(long, env = "RINGCHECK_LOG", default_value = "info")]
    pub log: String,

    /// Where visitors reach this server, e.g. https://ringcheck.example.com, for its links
    /// (in oEmbed answers, discovery links, the copied summary and the message for the
    /// provider) and to tell its own pages' check starts from other sites'; needed behind
    /// a proxy. By default taken from each request's Host header.
    #[arg(long, env = "RINGCHECK_PUBLIC_URL", value_parser = parse_origin)]
    pub public_url: Option<String>,

    #[command(flatten)]
    pub storage: Storage,

    #[command(flatten)]
    pub probes: Probes,

    #[command(flatten)]
    pub admission: Admission,

    #[command(flatten)]
    pub egress: Egress,

    #[command(flatten)]
    pub families: Families,

    #[command(flatten)]
    pub proxies: Proxies,

    #[command(flatten)]
    pub connections: Connections,

    #[command(flatten)]
    pub tls: Tls,

    #[command(flatten)]
    pub embedding: Embedding,

    #[command(flatten)]
    pub metrics: Metrics,
}

/// The flags checked against each other, and what they make: what start-up builds the
/// server from besides the plain values of [`Config`].
#[derive(Debug, Clone)]
pub struct Settings {
    pub probes: ProbeConfig,
    /// Which visitors may be probed.
    pub targets: TargetPolicy,
    /// How the visitor's address is found.
    pub client_ip: ClientIp,
    /// The ACME account, when a certificate comes from ACME.
    pub acme: Option<AcmeAccount>,
    pub metrics_bind: Option<SocketAddr>,
    /// With the password of `--database-password-file` in its URL.
    pub database: Database,
    /// Where the browser tests each address family apart, if anywhere.
    pub family_hosts: Vec<FamilyHost>,
    pub connection_limits: ConnectionLimits,
}

impl Config {
    /// The defaults, as the binary has them with no flags and no environment: the
    /// `RINGCHECK_*` variables set where this runs are not read.
    pub fn defaults() -> Self {
        let command = Self::command().mut_args(|arg| arg.env(None::<&'static str>));
        Self::from_arg_matches(
            &command
                .try_get_matches_from(["ringcheck"])
                .expect("no flags parse"),
        )
        .expect("the defaults parse")
    }

    /// Every check of the flags against each other, in one place, before anything is
    /// opened (the first refusal found is the one returned); the one file it reads is
    /// `--database-password-file`.
    pub fn validate(&self) -> Result<Settings, ConfigError> {
        Ok(Settings {
            probes: self.probes.probe_config()?,
            targets: self
                .probes
                .target_policy(self.bind, self.proxies.are_trusted())?,
            client_ip: self.proxies.client_ip(self.public_url.is_some())?,
            acme: self.tls.acme()?,
            metrics_bind: self.metrics.bind(self.bind)?,
            database: self.storage.database()?,
            family_hosts: self.families.hosts(&self.tls.acme_domains)?,
            connection_limits: self.connections.limits(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_are_valid() {
        assert!(Config::defaults().validate().is_ok());
    }

    /// Run again in a process of its own, with a flag's variable set there (setting it
    /// here would race the other tests).
    #[test]
    fn the_defaults_read_no_environment() {
        const CHILD: &str = "RINGCHECK_TEST_DEFAULTS_CHILD";
        if std::env::var_os(CHILD).is_some() {
            assert_eq!(std::env::var("RINGCHECK_PROBE_TIMEOUT_MS").unwrap(), "5000");
            let defaults = Config::defaults();
            assert_eq!(
                defaults.probes.probe_timeout_ms,
                ringcheck_engine::defaults::PROBE_TIMEOUT_MS
            );
            return;
        }
        let output = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "config::tests::the_defaults_read_no_environment"])
            .env(CHILD, "1")
            .env("RINGCHECK_PROBE_TIMEOUT_MS", "5000")
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success() && stdout.contains("1 passed"),
            "{stdout}{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    #[test]
    fn flags_that_make_no_sense_are_refused() {
        for args in [
            &["ringcheck", "--media-sample", "16000"][..],
            &["ringcheck", "--egress-listener", "tcp/22"],
            &["ringcheck", "--tls-cert", "cert.pem"],
            &[
                "ringcheck",
                "--no-egress-listeners",
                "--egress-listener",
                "tcp/443",
            ],
            &["ringcheck", "--embed-origin", "help.example.com"],
            &["ringcheck", "--public-url", "https://ringcheck.example/app"],
            &["ringcheck", "--forwarded-header", "x-real-ip"],
            &[
                "ringcheck",
                "--trusted-proxy",
                "10.0.0.0/8",
                "--trusted-hops",
                "1",
            ],
        ] {
            assert!(Config::try_parse_from(args).is_err(), "{args:?}");
        }
    }
}

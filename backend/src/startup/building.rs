//! The parts the server is built from: TLS, the check service, the handlers' state, what
//! the connection bounds treat apart, and what the operator is told about them.

use std::{
    net::{IpAddr, Ipv6Addr},
    num::NonZeroU32,
    sync::Arc,
};

use axum::http::HeaderValue;
use ringcheck_shared::port::Port;
use tokio::task::JoinHandle;

use crate::{
    client_ip::ClientIp,
    config::{AcmeAccount, Config},
    http::{
        self, AppState,
        acme::{self, AcmeSettings},
        embed::{self, EmbedSettings},
        serve::PeerHints,
        spa::Spa,
        tls::{self, Tls},
    },
    metrics::Metrics,
    service::{
        Admission, CheckService, EgressSetup, Limits, ReportLookups, ReportStore, Retention,
        StorageLimits, uploads::Uploads,
    },
};
use ringcheck_engine::{ListenerHealth, ProbeConfig, Prober, SystemNetwork, TargetPolicy};

use super::StartupError;

/// TLS from the certificate and key files, or from ACME (with the task that orders and
/// renews the certificate), when configured.
pub(super) async fn load_tls(
    config: &Config,
    acme: Option<&AcmeAccount>,
) -> Result<(Option<Tls>, Option<JoinHandle<()>>), StartupError> {
    if let Some(account) = acme {
        let acme = acme::start(&AcmeSettings {
            domains: &config.tls.acme_domains,
            contacts: &account.contacts,
            cache: &account.cache,
            directory: &config.tls.acme_directory,
            directory_ca: config.tls.acme_directory_ca.as_deref(),
        })
        .await?;
        return Ok((Some(acme.tls), Some(acme.task)));
    }
    match (&config.tls.tls_cert, &config.tls.tls_key) {
        (Some(cert), Some(key)) => Ok((Some(tls::load(cert, key)?), None)),
        _ => Ok((None, None)),
    }
}

/// Where the page may connect besides its own origin: every beacon port, on any host
/// (the page reaches them on its own host name, which the server may not know), and,
/// when the browser tests address families apart, this server's own port at each
/// family's host (CSP cannot name an IPv6 address, so on any host too).
pub(super) fn beacon_origins(egress: &EgressSetup, scheme: &str, main_port: u16) -> Vec<String> {
    let mut ports = egress.beacon_ports();
    if !egress.families().is_empty()
        && let Ok(main) = Port::try_from(main_port)
        && !ports.contains(&main)
    {
        ports.push(main);
    }
    ports
        .iter()
        .map(|port| format!("{scheme}://*:{port}"))
        .collect()
}

/// The check service: the prober, admission, the store, the browser's plan.
pub(super) fn check_service(
    config: &Config,
    probe_config: ProbeConfig,
    targets: TargetPolicy,
    store: ReportStore,
    egress: EgressSetup,
    metrics: &Arc<Metrics>,
) -> Arc<CheckService> {
    let at_least_one = |value: u32| NonZeroU32::new(value).unwrap_or(NonZeroU32::MIN);
    let admission = Admission::new(Limits {
        max_in_flight: config.admission.max_checks_in_flight as usize,
        per_minute: at_least_one(config.admission.checks_per_minute),
        burst: at_least_one(config.admission.check_burst),
        network_in_flight: config.admission.network_checks_in_flight as usize,
        network_per_minute: at_least_one(config.admission.network_checks_per_minute),
        network_burst: at_least_one(config.admission.network_check_burst),
        overall_per_minute: at_least_one(config.admission.overall_checks_per_minute),
        overall_burst: at_least_one(config.admission.overall_check_burst),
    });
    CheckService::new(
        Prober::new(SystemNetwork, probe_config),
        store,
        admission,
        egress,
        Retention {
            report_ttl: config.storage.report_ttl(),
            storage: StorageLimits {
                min_free_disk_bytes: config.storage.min_free_disk_mb.saturating_mul(1024 * 1024),
                max_database_bytes: config.storage.database_max_mb.saturating_mul(1024 * 1024),
            },
            network_reports_per_day: config.admission.network_reports_per_day,
        },
        targets,
        metrics.clone(),
    )
}

/// What the handlers share: the app, the check service, the proxies believed, the
/// embedding settings and the listeners' health.
pub(super) fn build_state(
    config: &Config,
    client_ip: ClientIp,
    spa: Arc<Spa>,
    checks: Arc<CheckService>,
    listener_health: &Arc<ListenerHealth>,
    connect_src: &[String],
    tls: Option<&Tls>,
) -> AppState {
    let embed_csp = http::content_security_policy(
        spa.inline_script_hashes(),
        connect_src,
        &embed::frame_ancestors(&config.embedding.embed_origins),
    );
    let embed = EmbedSettings {
        page_csp: HeaderValue::from_str(&embed_csp)
            .expect("CSP is built from header-safe text: origins are validated"),
        public_url: config.public_url.clone(),
        tls: tls.is_some(),
        allowed_origins: config.embedding.embed_origins.clone(),
    };
    AppState {
        spa,
        client_ip: Arc::new(client_ip),
        loopback_only: config.probes.allow_private_targets,
        embed: Arc::new(embed),
        listener_health: listener_health.clone(),
        metrics: checks.metrics().clone(),
        checks,
        lookups: Arc::new(ReportLookups::new(
            NonZeroU32::new(config.admission.report_lookups_per_minute).unwrap_or(NonZeroU32::MIN),
            NonZeroU32::new(config.admission.report_lookup_burst).unwrap_or(NonZeroU32::MIN),
        )),
        certificate: tls.map(|tls| tls.certificate.clone()),
        uploads: Uploads::new(config.admission.upload_limits()),
        upload_sessions: Arc::default(),
    }
}

/// Who the connection bounds treat apart: the trusted proxies, and the visitors whose
/// check is running.
pub(super) fn peer_hints(state: &AppState) -> PeerHints {
    let client_ip = state.client_ip.clone();
    let checks = state.checks.clone();
    PeerHints {
        is_proxy: Box::new(move |peer| client_ip.is_trusted_proxy(peer)),
        has_check_running: Box::new(move |peer| checks.admission().is_running(peer)),
    }
}

/// What the operator should know about how this server was started; `shared_store`:
/// the reports are in PostgreSQL, which several servers may share.
pub(super) fn log_notices(config: &Config, tls: bool, shared_store: bool) {
    if let Some(warning) = acme_on_several_hosts(config, shared_store) {
        tracing::warn!("{warning}");
    }
    if config.probes.allow_private_targets {
        tracing::warn!("local mode: private and loopback visitors will be probed");
    }
    if config.proxies.trusted_hops.is_some() {
        tracing::warn!(
            bind = %config.bind,
            "--trusted-hops believes the forwarded header from every peer that is not a \
             public address (public ones are refused): nothing else may reach this address \
             but through the proxies"
        );
    }
    if config.bind.ip() == IpAddr::V6(Ipv6Addr::UNSPECIFIED)
        && config.families.ipv4_host.is_none()
        && config.families.ipv6_host.is_none()
    {
        tracing::warn!(
            bind = %config.bind,
            "visitors reach this server over IPv4 and IPv6, and a dual-stack home is tested \
             over whichever its browser takes: set --ipv4-host and --ipv6-host so it is \
             tested over both and judged on IPv4, the family Ring documents for its devices"
        );
    }
    if !config.probes.private_targets.is_empty() {
        tracing::warn!(networks = ?config.probes.private_targets, "visitors in these private networks will be probed");
    }
    if !tls && config.public_url.is_none() {
        tracing::info!(
            "report links in oEmbed answers, discovery links, copied summaries and the \
             message for the provider will use http:// and the Host header; behind an \
             https proxy, set --public-url"
        );
    }
}

/// ACME with a database several servers may share: the set-up of several hosts, where
/// ACME must run on one only.
fn acme_on_several_hosts(config: &Config, shared_store: bool) -> Option<String> {
    (shared_store && !config.tls.acme_domains.is_empty()).then(|| {
        "--acme-domain with a PostgreSQL --database: if several servers share this \
         database, run ACME on ONE host only. Each server orders its own certificate and \
         answers only its own TLS-ALPN-01 challenges, so behind a load balancer the CA's \
         validations reach the wrong host and fail (using up the CA's failed-validation \
         limit), and a host without a certificate fails every TLS handshake. Give the \
         others the same certificate with --tls-cert and --tls-key (see docs/operating.md, \
         \"Automatic HTTPS\"); one server alone on this database is fine"
            .to_owned()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acme_on_a_database_several_servers_may_share_is_warned_about() {
        let mut config = Config::defaults();
        assert_eq!(acme_on_several_hosts(&config, true), None);
        config.tls.acme_domains = vec!["ringcheck.example.com".to_owned()];
        assert_eq!(
            acme_on_several_hosts(&config, false),
            None,
            "SQLite: one host"
        );
        let warning = acme_on_several_hosts(&config, true).expect("warned");
        for words in ["ONE host", "--tls-cert", "Automatic HTTPS"] {
            assert!(warning.contains(words), "{warning}");
        }
    }
}

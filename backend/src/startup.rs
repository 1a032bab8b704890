//! Start-up: the server built from its configuration in named steps (load the app, open
//! the store, bind the listeners, build the check service, the state and the router),
//! then run until stopped. Tests call the same code on `127.0.0.1:0`.

use std::{
    collections::HashMap,
    future::Future,
    io,
    net::{IpAddr, Ipv6Addr, SocketAddr},
    num::NonZeroU32,
    sync::Arc,
    time::Duration,
};

use axum::{Router, http::HeaderValue};
use ringcheck_engine::{
    self as engine, ListenerHealth, ProbeConfig, Prober, StunLimiter, StunLimits, StunSocket,
    SystemNetwork, TargetPolicy, forget_idle_regularly, self_check, serve_stun,
};
use ringcheck_shared::{catalog::Transport, egress::Served, port::Port};
use tokio::{net::TcpListener, sync::watch, task::JoinHandle};

use crate::{
    client_ip::ClientIp,
    config::{Config, ConfigError},
    connection_limits::{ConnectionLimits, defaults::METRICS_MAX_CONNECTIONS},
    http::{
        self, AppState,
        acme::{self, AcmeError, AcmeSettings},
        embed::{self, EmbedSettings},
        metrics::Refresh,
        serve::{Connections, HttpListener, PeerHints, serve},
        spa::{Spa, SpaError},
        tls::{self, Tls, TlsError},
    },
    metrics::Metrics,
    origin,
    service::{
        Admission, CheckService, EgressSetup, Limits, ReportLookups, ReportStore, Retention,
        StorageLimits, StoreError, unix,
    },
};

/// How long beacon servers get to finish after the main server has stopped.
const BEACON_SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

/// Why the server could not start, worded for the person who started it.
#[derive(thiserror::Error, Debug)]
pub enum StartupError {
    #[error(
        "cannot listen on {addr}: the address is already in use. Stop the other program \
         using it, or start Ring Check on another port, e.g. --bind 127.0.0.1:8081"
    )]
    AddressInUse { addr: SocketAddr },

    #[error("cannot listen on {addr}: {source}. Choose another address with --bind")]
    Bind { addr: SocketAddr, source: io::Error },

    #[error(transparent)]
    Spa(#[from] SpaError),

    #[error(transparent)]
    Config(#[from] ConfigError),

    #[error(transparent)]
    Store(#[from] StoreError),

    #[error(transparent)]
    Listeners(#[from] engine::Error),

    #[error(transparent)]
    Tls(#[from] TlsError),

    #[error(transparent)]
    Acme(#[from] AcmeError),

    #[error("the server stopped with an error: {0}")]
    Serve(#[source] io::Error),
}

/// A server bound to its addresses and ready to run.
pub struct Application {
    listeners: Listeners,
    router: Router,
    state: AppState,
    listener_health: Arc<ListenerHealth>,
    /// Every HTTP connection on every port visitors reach, bounded together (the
    /// metrics listener has bounds of its own).
    connections: Arc<Connections>,
    stun_limiter: Arc<StunLimiter>,
    purge_interval: Duration,
    self_check_every: Duration,
    scheme: &'static str,
    metrics: Arc<Metrics>,
    /// Orders and renews the ACME certificate, when there is one.
    acme_task: Option<JoinHandle<()>>,
}

/// Every socket the server answers on, bound.
struct Listeners {
    main: HttpListener,
    local_addr: SocketAddr,
    /// One HTTP server each: `(Ring port, local address, listener)`.
    beacons: Vec<(Port, SocketAddr, HttpListener)>,
    stun: Vec<StunSocket>,
    /// Every beacon and STUN responder, for the self-check.
    self_checked: Vec<self_check::Listener>,
    /// The operator's metrics, if asked for.
    metrics: Option<(SocketAddr, HttpListener)>,
}

/// Where the browser reaches each Ring port, or why it cannot.
type ServedPorts = HashMap<(Transport, Port), Served>;

impl Application {
    /// Loads the app from `config.dist`, opens the report database and binds
    /// `config.bind` (port 0 picks a free one) and the egress listeners.
    pub async fn build(config: &Config) -> Result<Self, StartupError> {
        let (probe_config, connection_limits) = descriptor_budgets(config)?;
        let targets = config.target_policy()?;
        let client_ip = config.client_ip()?;
        let (tls, acme_task) = load_tls(config).await?;
        let metrics_bind = config.metrics_bind()?;
        let spa = Arc::new(Spa::load(&config.dist)?);
        let store = ReportStore::connect(&config.database()?).await?;
        let shared_store = matches!(store, ReportStore::Postgres(_));
        let (listeners, served) = bind_listeners(config, tls.as_ref(), metrics_bind).await?;
        let listener_health = ListenerHealth::new();
        let family_hosts = config.family_hosts()?;
        let stun_limiter = StunLimiter::new(StunLimits::default());
        let egress = EgressSetup::new(
            &served,
            tls.is_some(),
            config.egress_timeout_ms,
            listener_health.clone(),
            stun_limiter.clone(),
        )
        .with_families(family_hosts);
        let scheme = if tls.is_some() { "https" } else { "http" };
        // The port visitors reach the site on: `--public-url`'s, else the one bound.
        let main_port = (config.public_url.as_deref())
            .and_then(origin::origin_port)
            .unwrap_or(listeners.local_addr.port());
        let connect_src = beacon_origins(&egress, scheme, main_port);
        let metrics = Arc::new(Metrics::new());
        let checks = check_service(config, probe_config, targets, store, egress, &metrics);
        let state = build_state(
            config,
            client_ip,
            spa,
            checks,
            &listener_health,
            &connect_src,
            tls.as_ref(),
        );
        let router = http::router(state.clone(), &connect_src);
        let connections = Connections::new(connection_limits, peer_hints(&state));
        log_notices(config, tls.is_some(), shared_store);
        Ok(Self {
            listeners,
            router,
            state,
            listener_health,
            connections,
            stun_limiter,
            purge_interval: Duration::from_secs(config.purge_interval_secs),
            self_check_every: Duration::from_secs(config.self_check_interval_secs),
            scheme,
            metrics,
            acme_task,
        })
    }

    /// Where each Ring port's beacon and STUN responder listen locally, for logs and
    /// tests: `(transport slug, Ring port, local address)`.
    pub fn egress_addrs(&self) -> Vec<(&'static str, Port, SocketAddr)> {
        let beacons = self
            .listeners
            .beacons
            .iter()
            .map(|(port, addr, _)| ("tcp", *port, *addr));
        let stun =
            self.listeners.stun.iter().filter_map(|socket| {
                Some(("udp", socket.ring_port, socket.socket.local_addr().ok()?))
            });
        beacons.chain(stun).collect()
    }

    /// Where the metrics are served, if they are.
    pub fn metrics_addr(&self) -> Option<SocketAddr> {
        self.listeners.metrics.as_ref().map(|(addr, _)| *addr)
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listeners.local_addr
    }

    pub fn port(&self) -> u16 {
        self.listeners.local_addr.port()
    }

    /// Serves until Ctrl-C or SIGTERM, then finishes the requests under way.
    pub async fn run_until_stopped(self) -> Result<(), StartupError> {
        // Installed before the server says it listens, so a signal sent right after that
        // is never met by the default action (dying without finishing requests).
        let stop = shutdown_signal();
        self.run_until(stop).await
    }

    /// Serves until `signal` completes, then shuts down gracefully.
    pub async fn run_until(
        self,
        signal: impl Future<Output = ()> + Send + 'static,
    ) -> Result<(), StartupError> {
        let Listeners {
            main,
            local_addr,
            beacons,
            stun,
            self_checked,
            metrics: metrics_listener,
        } = self.listeners;
        let (stop, stopped) = watch::channel(false);
        let mut beacons = start_beacons(beacons, &self.connections, &stopped);
        if let Some((addr, listener)) = metrics_listener {
            let refresh = refresh_gauges(&self.state, &self_checked);
            let router = http::metrics::router(self.state.clone(), refresh);
            // Its own few connections: visitors holding all of theirs never blind
            // monitoring, and scrapes never take a visitor's.
            let own = Connections::new(
                self.connections.limits().for_metrics(),
                PeerHints::default(),
            );
            beacons.push(start_http(
                addr, listener, router, &own, &stopped, "metrics",
            ));
        }
        let responders = start_stun_responders(stun, &self.stun_limiter, &self.metrics);
        let housekeeping = tokio::spawn(housekeeping(self.state.clone(), self.purge_interval));
        // Every listener is proven before the first visitor's plan is made from them;
        // the beacon the main server itself serves answers once it runs, and is checked
        // with the others from the next round on.
        let tls_client = self_check::tls_connector();
        let own_listeners: Vec<self_check::Listener> = self_checked
            .iter()
            .filter(|listener| listener.addr != local_addr)
            .cloned()
            .collect();
        self_check::check_all(&self.listener_health, &own_listeners, &tls_client).await;
        let server = tokio::spawn(serve(main, self.router, self.connections.clone(), signal));
        let self_checks = tokio::spawn(self_check::check_regularly(
            self.listener_health.clone(),
            self_checked,
            tls_client,
            self.self_check_every,
        ));
        tracing::info!("Ring Check listening on {}://{local_addr}", self.scheme);
        let served = match server.await {
            Ok(served) => served.map_err(StartupError::Serve),
            Err(panicked) => Err(StartupError::Serve(io::Error::other(panicked))),
        };
        // The main server has finished its requests; checks still running store their
        // reports (their browsers may still test the beacons meanwhile); then the
        // beacons stop.
        let unfinished = self.state.checks.finish_running().await;
        if unfinished > 0 {
            tracing::warn!(unfinished, "checks still running at shutdown were cut off");
        }
        let _ = stop.send(true);
        let _ = tokio::time::timeout(
            BEACON_SHUTDOWN_GRACE,
            futures_util::future::join_all(beacons),
        )
        .await;
        for task in responders.iter().chain([&housekeeping, &self_checks]) {
            task.abort();
        }
        if let Some(task) = &self.acme_task {
            task.abort();
        }
        served
    }
}

/// TLS from the certificate and key files, or from ACME (with the task that orders and
/// renews the certificate), when configured.
async fn load_tls(config: &Config) -> Result<(Option<Tls>, Option<JoinHandle<()>>), StartupError> {
    if let Some((contacts, cache)) = config.acme()? {
        let acme = acme::start(&AcmeSettings {
            domains: &config.acme_domains,
            contacts: &contacts,
            cache: &cache,
            directory: &config.acme_directory,
            directory_ca: config.acme_directory_ca.as_deref(),
        })
        .await?;
        return Ok((Some(acme.tls), Some(acme.task)));
    }
    match (&config.tls_cert, &config.tls_key) {
        (Some(cert), Some(key)) => Ok((Some(tls::load(cert, key)?), None)),
        _ => Ok((None, None)),
    }
}

/// The probe engine's settings, checked against each other before anything is opened,
/// and the bounds of HTTP connections, both within what the open-files limit allows.
fn descriptor_budgets(config: &Config) -> Result<(ProbeConfig, ConnectionLimits), StartupError> {
    let mut probe_config = config.probe_config()?;
    let mut limits = config.connection_limits();
    let limit = rlimit::increase_nofile_limit(u64::MAX).unwrap_or(1024);
    let (probes, connections) =
        split_descriptors(limit, probe_config.max_sockets, limits.most_open());
    if (probes, connections) != (probe_config.max_sockets, limits.most_open()) {
        tracing::warn!(
            limit,
            probes,
            connections,
            "the open files limit is low: fewer probe sockets and connections than asked"
        );
    }
    if connections < limits.most_open() {
        // What fits, the reserve included.
        limits.max_connections = connections * 10 / 11;
    }
    // Never fewer than one check probes, or no check's turn would ever come.
    let one_check = ringcheck_shared::check::probe_back_plan(ringcheck_shared::catalog()).len();
    probe_config.max_sockets = probes.max(one_check);
    Ok((probe_config, limits))
}

/// Who the connection bounds treat apart: the trusted proxies, and the visitors whose
/// check is running.
fn peer_hints(state: &AppState) -> PeerHints {
    let client_ip = state.client_ip.clone();
    let checks = state.checks.clone();
    PeerHints {
        is_proxy: Box::new(move |peer| client_ip.is_trusted_proxy(peer)),
        has_check_running: Box::new(move |peer| checks.admission().is_running(peer)),
    }
}

/// Binds the main address and every egress listener, TLS on the TCP ones if configured;
/// says where the browser reaches each Ring port.
async fn bind_listeners(
    config: &Config,
    tls: Option<&Tls>,
    metrics_bind: Option<SocketAddr>,
) -> Result<(Listeners, ServedPorts), StartupError> {
    let main = bind_main(config.bind)?;
    let metrics = match metrics_bind {
        Some(addr) => {
            let listener = bind_main(addr)?;
            let addr = listener.local_addr().map_err(StartupError::Serve)?;
            tracing::info!(%addr, "metrics at http://{addr}/metrics");
            Some((addr, HttpListener::new(listener, None)))
        }
        None => None,
    };
    let local_addr = main.local_addr().map_err(StartupError::Serve)?;
    let (specs, required) = config.egress_specs();
    let egress = engine::bind_listeners(&specs, (config.bind, local_addr), required).await?;
    let self_checked = egress.self_check_targets(local_addr, tls.is_some());
    let beacons = egress
        .beacons
        .into_iter()
        .map(|beacon| {
            let addr = beacon.listener.local_addr()?;
            Ok((
                beacon.ring_port,
                addr,
                HttpListener::new(beacon.listener, tls),
            ))
        })
        .collect::<io::Result<Vec<_>>>()
        .map_err(StartupError::Serve)?;
    let listeners = Listeners {
        main: HttpListener::new(main, tls),
        local_addr,
        beacons,
        stun: egress.stun,
        self_checked,
        metrics,
    };
    Ok((listeners, egress.served))
}

fn bind_main(addr: SocketAddr) -> Result<TcpListener, StartupError> {
    engine::bind_tcp(addr).map_err(|source| match source.kind() {
        io::ErrorKind::AddrInUse => StartupError::AddressInUse { addr },
        _ => StartupError::Bind { addr, source },
    })
}

/// Where the page may connect besides its own origin: every beacon port, on any host
/// (the page reaches them on its own host name, which the server may not know), and,
/// when the browser tests address families apart, this server's own port at each
/// family's host (CSP cannot name an IPv6 address, so on any host too).
fn beacon_origins(egress: &EgressSetup, scheme: &str, main_port: u16) -> Vec<String> {
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
fn check_service(
    config: &Config,
    probe_config: ProbeConfig,
    targets: TargetPolicy,
    store: ReportStore,
    egress: EgressSetup,
    metrics: &Arc<Metrics>,
) -> Arc<CheckService> {
    let at_least_one = |value: u32| NonZeroU32::new(value).unwrap_or(NonZeroU32::MIN);
    let admission = Admission::new(Limits {
        max_in_flight: config.max_checks_in_flight as usize,
        per_minute: at_least_one(config.checks_per_minute),
        burst: at_least_one(config.check_burst),
        network_in_flight: config.network_checks_in_flight as usize,
        network_per_minute: at_least_one(config.network_checks_per_minute),
        network_burst: at_least_one(config.network_check_burst),
        overall_per_minute: at_least_one(config.overall_checks_per_minute),
        overall_burst: at_least_one(config.overall_check_burst),
    });
    CheckService::new(
        Prober::new(SystemNetwork, probe_config),
        store,
        admission,
        egress,
        Retention {
            report_ttl: config.report_ttl(),
            storage: StorageLimits {
                min_free_disk_bytes: config.min_free_disk_mb.saturating_mul(1024 * 1024),
                max_database_bytes: config.database_max_mb.saturating_mul(1024 * 1024),
            },
            network_reports_per_day: config.network_reports_per_day,
        },
        targets,
        metrics.clone(),
    )
}

/// What the handlers share: the app, the check service, the proxies believed, the
/// embedding settings and the listeners' health.
fn build_state(
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
        &embed::frame_ancestors(&config.embed_origins),
    );
    let embed = EmbedSettings {
        page_csp: HeaderValue::from_str(&embed_csp)
            .expect("CSP is built from header-safe text: origins are validated"),
        public_url: config.public_url.clone(),
        tls: tls.is_some(),
        allowed_origins: config.embed_origins.clone(),
    };
    AppState {
        spa,
        client_ip: Arc::new(client_ip),
        loopback_only: config.allow_private_targets,
        embed: Arc::new(embed),
        listener_health: listener_health.clone(),
        metrics: checks.metrics().clone(),
        checks,
        lookups: Arc::new(ReportLookups::new(
            NonZeroU32::new(config.report_lookups_per_minute).unwrap_or(NonZeroU32::MIN),
            NonZeroU32::new(config.report_lookup_burst).unwrap_or(NonZeroU32::MIN),
        )),
        certificate: tls.map(|tls| tls.certificate.clone()),
    }
}

/// What the operator should know about how this server was started; `shared_store`:
/// the reports are in PostgreSQL, which several servers may share.
fn log_notices(config: &Config, tls: bool, shared_store: bool) {
    if let Some(warning) = acme_on_several_hosts(config, shared_store) {
        tracing::warn!("{warning}");
    }
    if config.allow_private_targets {
        tracing::warn!("local mode: private and loopback visitors will be probed");
    }
    if config.trusted_hops.is_some() {
        tracing::warn!(
            bind = %config.bind,
            "--trusted-hops believes the forwarded header from every peer that is not a \
             public address (public ones are refused): nothing else may reach this address \
             but through the proxies"
        );
    }
    if config.bind.ip() == IpAddr::V6(Ipv6Addr::UNSPECIFIED)
        && config.ipv4_host.is_none()
        && config.ipv6_host.is_none()
    {
        tracing::warn!(
            bind = %config.bind,
            "visitors reach this server over IPv4 and IPv6, and a dual-stack home is tested \
             over whichever its browser takes: set --ipv4-host and --ipv6-host so it is \
             tested over both and judged on IPv4, the family Ring documents for its devices"
        );
    }
    if !config.private_targets.is_empty() {
        tracing::warn!(networks = ?config.private_targets, "visitors in these private networks will be probed");
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
    (shared_store && !config.acme_domains.is_empty()).then(|| {
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

/// One small HTTP server per beacon port, stopping when `stopped` turns true.
fn start_beacons(
    beacons: Vec<(Port, SocketAddr, HttpListener)>,
    connections: &Arc<Connections>,
    stopped: &watch::Receiver<bool>,
) -> Vec<JoinHandle<()>> {
    beacons
        .into_iter()
        .map(|(ring_port, addr, listener)| {
            tracing::info!(%ring_port, %addr, "beacon");
            let router = http::beacon_router();
            start_http(addr, listener, router, connections, stopped, "beacon")
        })
        .collect()
}

/// Serves `router` on `listener` until `stopped`, within the server's connection bounds.
fn start_http(
    addr: SocketAddr,
    listener: HttpListener,
    router: Router,
    connections: &Arc<Connections>,
    stopped: &watch::Receiver<bool>,
    what: &'static str,
) -> JoinHandle<()> {
    let mut stopped = stopped.clone();
    let shutdown = async move {
        let _ = stopped.wait_for(|stop| *stop).await;
    };
    let connections = connections.clone();
    tokio::spawn(async move {
        if let Err(error) = serve(listener, router, connections, shutdown).await {
            tracing::error!(%error, %addr, "{what} server stopped");
        }
    })
}

/// The gauges read at each scrape: checks in flight, each listener's last self-check,
/// and with TLS the certificate served.
fn refresh_gauges(state: &AppState, listeners: &[self_check::Listener]) -> Refresh {
    let checks = state.checks.clone();
    let health = state.listener_health.clone();
    let certificate = state.certificate.clone();
    let listeners: Vec<(Transport, Port)> = listeners
        .iter()
        .map(|listener| (listener.transport, listener.ring_port))
        .collect();
    Arc::new(move |metrics: &Metrics| {
        metrics.set_checks_in_flight(checks.admission().in_flight());
        for &(transport, ring_port) in &listeners {
            let up = health.down_reason(transport, ring_port).is_none();
            metrics.listener_health(transport.slug(), ring_port.get(), up);
        }
        if let Some(certificate) = &certificate {
            let served = certificate.now();
            metrics.tls_certificate(served.is_some(), served.and_then(|c| c.expires_at));
        }
    })
}

/// A task per STUN socket, and one that forgets idle rate-limit entries.
fn start_stun_responders(
    sockets: Vec<StunSocket>,
    limiter: &Arc<StunLimiter>,
    metrics: &Arc<Metrics>,
) -> Vec<JoinHandle<()>> {
    sockets
        .into_iter()
        .map(|socket| {
            if let Ok(addr) = socket.socket.local_addr() {
                tracing::info!(ring_port = %socket.ring_port, %addr, "STUN responder");
            }
            tokio::spawn(serve_stun(socket.socket, limiter.clone(), metrics.clone()))
        })
        .chain([tokio::spawn(forget_idle_regularly(limiter.clone()))])
        .collect()
}

/// Deletes expired reports and forgets idle rate-limit entries, now and then.
async fn housekeeping(state: AppState, every: Duration) {
    let mut ticks = tokio::time::interval(every);
    loop {
        ticks.tick().await;
        match state
            .checks
            .store()
            .purge_expired(unix(state.checks.store().now()))
            .await
        {
            Ok(0) => {}
            Ok(purged) => tracing::info!(purged, "deleted expired reports"),
            Err(error) => tracing::error!(%error, "could not delete expired reports"),
        }
        state.checks.admission().forget_idle();
    }
}

/// File descriptors kept for everything but probes and visitors' connections: the
/// database, the listeners, the self-check, and the metrics listener's own connections.
const RESERVED_DESCRIPTORS: u64 = 256 + METRICS_MAX_CONNECTIONS as u64;

/// Probe sockets and connections within `limit` open files: as many as wanted if they
/// fit, else the room shared in proportion, never fewer than 16 of either.
fn split_descriptors(limit: u64, probes: usize, connections: usize) -> (usize, usize) {
    let room = limit.saturating_sub(RESERVED_DESCRIPTORS) as usize;
    if probes + connections <= room {
        return (probes, connections);
    }
    let connections_share =
        (room as u128 * connections as u128 / (probes + connections).max(1) as u128) as usize;
    let connections = connections_share.max(16);
    (room.saturating_sub(connections).max(16), connections)
}

/// Resolves on Ctrl-C or SIGTERM. The handlers are installed when this is called, not when
/// the returned future is first polled.
#[cfg(unix)]
fn shutdown_signal() -> impl Future<Output = ()> + Send + 'static {
    use tokio::signal::unix::{SignalKind, signal};
    let interrupt = signal(SignalKind::interrupt());
    let terminate = signal(SignalKind::terminate());
    async move {
        let (mut interrupt, mut terminate) = match (interrupt, terminate) {
            (Ok(interrupt), Ok(terminate)) => (interrupt, terminate),
            (Err(error), _) | (_, Err(error)) => {
                tracing::warn!(%error, "cannot listen for Ctrl-C or SIGTERM");
                return std::future::pending().await;
            }
        };
        tokio::select! {
            _ = interrupt.recv() => {},
            _ = terminate.recv() => {},
        }
        tracing::info!("shutting down: finishing requests under way");
    }
}

#[cfg(not(unix))]
fn shutdown_signal() -> impl Future<Output = ()> + Send + 'static {
    async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
        tracing::info!("shutting down: finishing requests under way");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acme_on_a_database_several_servers_may_share_is_warned_about() {
        let mut config = Config::defaults();
        assert_eq!(acme_on_several_hosts(&config, true), None);
        config.acme_domains = vec!["ringcheck.example.com".to_owned()];
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

    #[test]
    fn probes_and_connections_share_the_open_files_limit() {
        assert_eq!(split_descriptors(1_048_576, 8192, 8192), (8192, 8192));
        let (probes, connections) = split_descriptors(10_272, 8192, 8192);
        assert_eq!((probes, connections), (5000, 5000));
        assert_eq!(
            split_descriptors(100, 8192, 8192),
            (16, 16),
            "never below 16"
        );
    }
}

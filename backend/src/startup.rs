//! Builds the router and runs the server; tests call the same code on `127.0.0.1:0`.

use std::{
    any::Any,
    future::Future,
    io,
    net::SocketAddr,
    num::NonZeroU32,
    sync::Arc,
    time::{Duration, SystemTime},
};

use axum::{
    Json, Router,
    http::{HeaderValue, StatusCode},
    middleware,
    response::{IntoResponse, Response},
};
use ringcheck_shared::{api::ErrorBody, catalog::Transport, port::Port};
use tokio::{net::TcpListener, sync::watch, task::JoinHandle};
use tower_http::{
    catch_panic::CatchPanicLayer, compression::CompressionLayer, limit::RequestBodyLimitLayer,
    timeout::TimeoutLayer, trace::TraceLayer,
};

use crate::{
    checks::{
        CheckService,
        admission::{Admission, Limits},
        unix,
    },
    client_ip::TrustedProxies,
    config::Config,
    egress::{
        EgressSetup, beacon,
        listeners::{self, StunSocket},
        self_check::{self, ListenerHealth},
    },
    embed::{self, EmbedSettings},
    error::StartupError,
    probe::{Prober, SystemNetwork},
    routes::{api_router, health_router, json_errors},
    security,
    serve::{HttpListener, serve},
    spa::{self, Spa},
    state::AppState,
    store::ReportStore,
    stun::{self, StunLimiter, StunLimits},
    tls,
};

/// No request needs more than this; the API's bodies are a few hundred bytes.
const MAX_REQUEST_BODY_BYTES: usize = 16 * 1024;
/// Upper bound on any one request, so nothing holds a connection forever.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// A beacon answers at once; nothing should keep its connection longer.
const BEACON_TIMEOUT: Duration = Duration::from_secs(10);
/// How long beacon servers get to finish after the main server has stopped.
const BEACON_SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

/// The whole HTTP surface: API, health check, beacon and the app, with the
/// cross-cutting layers. `connect_src` lists where the page may connect besides itself.
pub fn router(state: AppState, connect_src: &[String]) -> Router {
    let csp =
        security::content_security_policy(state.spa.inline_script_hashes(), connect_src, "'self'");
    let app = Router::new()
        .nest("/api", api_router())
        .merge(health_router())
        .merge(beacon::router())
        .merge(embed::router())
        .merge(spa::router(state.clone()))
        .with_state(state);
    security::add_headers(app, &csp)
        .layer(CompressionLayer::new())
        .layer(RequestBodyLimitLayer::new(MAX_REQUEST_BODY_BYTES))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .layer(middleware::from_fn(json_errors))
        .layer(CatchPanicLayer::custom(panic_response))
        .layer(TraceLayer::new_for_http())
}

/// A bug must still answer with our JSON error, not a dropped connection.
fn panic_response(panic: Box<dyn Any + Send + 'static>) -> Response {
    let detail = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    tracing::error!(%detail, "handler panicked");
    let body = ErrorBody {
        error: "internal".into(),
        message: "Something went wrong on our side. Please try again; if it keeps happening, \
                  contact support."
            .into(),
    };
    (StatusCode::INTERNAL_SERVER_ERROR, Json(body)).into_response()
}

/// The beacon router alone, for the beacon ports.
fn beacon_router() -> Router {
    beacon::standalone()
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            BEACON_TIMEOUT,
        ))
        .layer(TraceLayer::new_for_http())
}

/// A server bound to its addresses and ready to run.
pub struct Application {
    listener: HttpListener,
    local_addr: SocketAddr,
    router: Router,
    state: AppState,
    purge_interval: Duration,
    beacons: Vec<(Port, SocketAddr, HttpListener)>,
    stun: Vec<StunSocket>,
    stun_limiter: Arc<StunLimiter>,
    scheme: &'static str,
    /// Every beacon and STUN responder, for the self-check.
    self_checked: Vec<self_check::Listener>,
    self_check_every: Duration,
    listener_health: Arc<ListenerHealth>,
}

impl Application {
    /// Loads the app from `config.dist`, opens the report database and binds
    /// `config.bind` (port 0 picks a free one) and the egress listeners.
    pub async fn build(config: &Config) -> Result<Self, StartupError> {
        let tls = match (&config.tls_cert, &config.tls_key) {
            (Some(cert), Some(key)) => Some(tls::load(cert, key)?),
            _ => None,
        };
        let mut probe_config = config.probe_config()?;
        probe_config.max_sockets = probe_socket_budget(probe_config.max_sockets);
        let spa = Arc::new(Spa::load(&config.dist)?);
        let store = ReportStore::open(&config.database)?;
        let admission = Admission::new(Limits {
            max_in_flight: config.max_checks_in_flight as usize,
            per_minute: NonZeroU32::new(config.checks_per_minute).unwrap_or(NonZeroU32::MIN),
            burst: NonZeroU32::new(config.check_burst).unwrap_or(NonZeroU32::MIN),
        });
        let listener = bind(config.bind).await?;
        let local_addr = listener.local_addr().map_err(StartupError::Serve)?;
        let (specs, required) = config.egress_specs();
        let egress = listeners::bind(&specs, (config.bind, local_addr), required).await?;
        let listener_health = ListenerHealth::new();
        let setup = EgressSetup::new(
            &egress.served,
            tls.is_some(),
            config.egress_timeout_ms,
            listener_health.clone(),
        );
        let scheme = if tls.is_some() { "https" } else { "http" };
        let connect_src: Vec<String> = setup
            .beacon_ports()
            .iter()
            .map(|port| format!("{scheme}://*:{port}"))
            .collect();
        let checks = CheckService::new(
            Prober::new(SystemNetwork, probe_config),
            store,
            admission,
            setup,
            config.report_ttl(),
            config.allow_private_targets,
        );
        if config.allow_private_targets {
            tracing::warn!("local mode: private and loopback visitors will be probed");
        }
        if tls.is_none() && config.public_url.is_none() {
            tracing::info!(
                "report links in oEmbed answers, discovery links, copied summaries and the \
                 message for the provider will use http:// and the Host header; behind an \
                 https proxy, set --public-url"
            );
        }
        let self_checked = self_checked(&egress, local_addr, tls.is_some());
        let beacons = egress
            .beacons
            .into_iter()
            .map(|beacon| {
                let addr = beacon.listener.local_addr()?;
                Ok((
                    beacon.ring_port,
                    addr,
                    HttpListener::new(beacon.listener, tls.as_ref())?,
                ))
            })
            .collect::<io::Result<Vec<_>>>()
            .map_err(StartupError::Serve)?;
        let embed_csp = security::content_security_policy(
            spa.inline_script_hashes(),
            &connect_src,
            &embed::frame_ancestors(&config.embed_origins),
        );
        let embed = EmbedSettings {
            page_csp: HeaderValue::from_str(&embed_csp)
                .expect("CSP is built from header-safe text: origins are validated"),
            public_url: config.public_url.clone(),
            tls: tls.is_some(),
        };
        let state = AppState {
            spa,
            checks,
            trusted_proxies: Arc::new(TrustedProxies::new(config.trusted_proxies.clone())),
            embed: Arc::new(embed),
            listener_health: listener_health.clone(),
        };
        Ok(Self {
            listener: HttpListener::new(listener, tls.as_ref()).map_err(StartupError::Serve)?,
            local_addr,
            router: router(state.clone(), &connect_src),
            state,
            purge_interval: Duration::from_secs(config.purge_interval_secs),
            beacons,
            stun: egress.stun,
            stun_limiter: StunLimiter::new(StunLimits::default()),
            scheme,
            self_checked,
            self_check_every: Duration::from_secs(config.self_check_interval_secs),
            listener_health,
        })
    }

    /// Where each Ring port's beacon and STUN responder listen locally, for logs and
    /// tests: `(transport slug, Ring port, local address)`.
    pub fn egress_addrs(&self) -> Vec<(&'static str, Port, SocketAddr)> {
        let beacons = self
            .beacons
            .iter()
            .map(|(port, addr, _)| ("tcp", *port, *addr));
        let stun = self
            .stun
            .iter()
            .filter_map(|socket| Some(("udp", socket.ring_port, socket.socket.local_addr().ok()?)));
        beacons.chain(stun).collect()
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    pub fn port(&self) -> u16 {
        self.local_addr.port()
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
        mut self,
        signal: impl Future<Output = ()> + Send + 'static,
    ) -> Result<(), StartupError> {
        let (stop, stopped) = watch::channel(false);
        let beacons = self.start_beacons(&stopped);
        let responders: Vec<JoinHandle<()>> = self
            .stun
            .into_iter()
            .map(|socket| {
                if let Ok(addr) = socket.socket.local_addr() {
                    tracing::info!(ring_port = %socket.ring_port, %addr, "STUN responder");
                }
                tokio::spawn(stun::serve(socket.socket, self.stun_limiter.clone()))
            })
            .chain([tokio::spawn(stun::forget_idle_regularly(
                self.stun_limiter.clone(),
            ))])
            .collect();
        let housekeeping = tokio::spawn(housekeeping(self.state.clone(), self.purge_interval));
        // Every listener is proven before the first visitor's plan is made from them;
        // the beacon the main server itself serves answers once it runs, and is checked
        // with the others from the next round on.
        let tls_client = self_check::tls_connector();
        let own_listeners: Vec<self_check::Listener> = self
            .self_checked
            .iter()
            .filter(|listener| listener.addr != self.local_addr)
            .cloned()
            .collect();
        self_check::check_all(&self.listener_health, &own_listeners, &tls_client).await;
        let server = tokio::spawn(serve(self.listener, self.router, signal));
        let self_checks = tokio::spawn(self_check::check_regularly(
            self.listener_health.clone(),
            self.self_checked,
            tls_client,
            self.self_check_every,
        ));
        tracing::info!(
            "Ring Check listening on {}://{}",
            self.scheme,
            self.local_addr
        );
        let served = match server.await {
            Ok(served) => served.map_err(StartupError::Serve),
            Err(panicked) => Err(StartupError::Serve(io::Error::other(panicked))),
        };
        // The main server has finished its requests; the beacons follow.
        let _ = stop.send(true);
        let _ = tokio::time::timeout(
            BEACON_SHUTDOWN_GRACE,
            futures_util::future::join_all(beacons),
        )
        .await;
        for task in responders.iter().chain([&housekeeping, &self_checks]) {
            task.abort();
        }
        served
    }

    /// One small HTTP server per beacon port, stopping when `stopped` turns true.
    fn start_beacons(&mut self, stopped: &watch::Receiver<bool>) -> Vec<JoinHandle<()>> {
        self.beacons
            .drain(..)
            .map(|(ring_port, addr, listener)| {
                tracing::info!(%ring_port, %addr, "beacon");
                let mut stopped = stopped.clone();
                let shutdown = async move {
                    let _ = stopped.wait_for(|stop| *stop).await;
                };
                tokio::spawn(async move {
                    if let Err(error) = serve(listener, beacon_router(), shutdown).await {
                        tracing::error!(%error, %addr, "beacon stopped");
                    }
                })
            })
            .collect()
    }
}

/// Every beacon and STUN responder as the self-check reaches it, the beacons the main
/// server serves included.
fn self_checked(
    egress: &listeners::EgressListeners,
    main: SocketAddr,
    tls: bool,
) -> Vec<self_check::Listener> {
    let beacons = egress
        .beacons
        .iter()
        .filter_map(|b| Some((Transport::Tcp, b.ring_port, b.listener.local_addr().ok()?)));
    let by_main = egress
        .served_by_main
        .iter()
        .map(|&port| (Transport::Tcp, port, main));
    let stun = egress
        .stun
        .iter()
        .filter_map(|s| Some((Transport::Udp, s.ring_port, s.socket.local_addr().ok()?)));
    beacons
        .chain(by_main)
        .chain(stun)
        .map(|(transport, ring_port, addr)| self_check::Listener {
            transport,
            ring_port,
            addr,
            tls: tls && transport == Transport::Tcp,
        })
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
            .purge_expired(unix(SystemTime::now()))
            .await
        {
            Ok(0) => {}
            Ok(purged) => tracing::info!(purged, "deleted expired reports"),
            Err(error) => tracing::error!(%error, "could not delete expired reports"),
        }
        state.checks.admission().forget_idle();
    }
}

/// File descriptors kept for everything but probes: client connections, the database.
const RESERVED_DESCRIPTORS: u64 = 2048;

/// As many probe sockets as asked for, if the process may open that many files: the
/// open-files limit is raised to its maximum first, and fewer are used (with a warning)
/// if it is still too low.
fn probe_socket_budget(wanted: usize) -> usize {
    let limit = rlimit::increase_nofile_limit(u64::MAX).unwrap_or(1024);
    let available = limit.saturating_sub(RESERVED_DESCRIPTORS).max(16) as usize;
    if available < wanted {
        tracing::warn!(
            wanted,
            available,
            limit,
            "open files limit is low: fewer probe sockets"
        );
    }
    wanted.min(available)
}

async fn bind(addr: SocketAddr) -> Result<TcpListener, StartupError> {
    TcpListener::bind(addr)
        .await
        .map_err(|source| match source.kind() {
            io::ErrorKind::AddrInUse => StartupError::AddressInUse { addr },
            _ => StartupError::Bind { addr, source },
        })
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

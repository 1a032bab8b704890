//! Every port the server answers on: binding the main address, the egress listeners
//! (TCP beacons and STUN responders) and the metrics' own, then serving each.

use std::{collections::HashMap, io, net::SocketAddr, sync::Arc};

use axum::Router;
use ringcheck_shared::{catalog::Transport, egress::Served, port::Port};
use tokio::{net::TcpListener, sync::watch, task::JoinHandle};

use crate::{
    config::Config,
    connection_limits::ConnectionLimits,
    http::{
        self, AppState,
        metrics::Refresh,
        serve::{Connections, HttpListener, PeerHints, serve},
        tls::Tls,
    },
    metrics::Metrics,
};
use ringcheck_engine::{
    self as engine, StunLimiter, StunSocket, forget_idle_regularly, self_check, serve_stun,
};

use super::StartupError;

/// Every socket the server answers on, bound.
pub(super) struct Listeners {
    pub(super) main: HttpListener,
    pub(super) local_addr: SocketAddr,
    /// One HTTP server each: `(Ring port, local address, listener)`.
    pub(super) beacons: Vec<(Port, SocketAddr, HttpListener)>,
    pub(super) stun: Vec<StunSocket>,
    /// Every beacon and STUN responder, for the self-check.
    pub(super) self_checked: Vec<self_check::Listener>,
    /// The operator's metrics, if asked for.
    pub(super) metrics: Option<(SocketAddr, HttpListener)>,
}

/// Where the browser reaches each Ring port, or why it cannot.
pub(super) type ServedPorts = HashMap<(Transport, Port), Served>;

/// Binds the main address and every egress listener, TLS on the TCP ones if configured;
/// says where the browser reaches each Ring port.
pub(super) async fn bind(
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
    let (specs, required) = config.egress.specs();
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

/// One small HTTP server per beacon port, stopping when `stopped` turns true.
pub(super) fn start_beacons(
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

/// The operator's metrics, on a few connections of their own: visitors holding all of
/// theirs never blind monitoring, and scrapes never take a visitor's.
pub(super) fn start_metrics(
    addr: SocketAddr,
    listener: HttpListener,
    state: &AppState,
    self_checked: &[self_check::Listener],
    limits: &ConnectionLimits,
    stopped: &watch::Receiver<bool>,
) -> JoinHandle<()> {
    let refresh = refresh_gauges(state, self_checked);
    let router = http::metrics::router(state.clone(), refresh);
    let own = Connections::new(limits.for_metrics(), PeerHints::default());
    start_http(addr, listener, router, &own, stopped, "metrics")
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
pub(super) fn start_stun_responders(
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

//! Start-up: the server built from its configuration in named steps (check the flags,
//! fit the open-files limit, load TLS and the app, open the store, bind the listeners,
//! build the check service, the state and the router), then run until stopped. Tests
//! call the same code on `127.0.0.1:0`.
//!
//! `building.rs` makes the parts, `listeners.rs` binds and serves every port,
//! `descriptors.rs` shares the open-files limit, `tasks.rs` runs what goes on beside the
//! servers, and `shutdown.rs` stops them all.

mod building;
mod descriptors;
mod error;
mod listeners;
mod shutdown;
mod tasks;

use std::{future::Future, io, net::SocketAddr, sync::Arc, time::Duration};

use axum::Router;
use ringcheck_shared::port::Port;
use tokio::{sync::watch, task::JoinHandle};

use crate::{
    config::Config,
    http::{
        self, AppState,
        serve::{Connections, serve},
        spa::Spa,
    },
    metrics::Metrics,
    origin,
    service::{EgressSetup, ReportStore},
};
use ringcheck_engine::{ListenerHealth, StunLimiter, StunLimits};

pub use error::StartupError;
use listeners::Listeners;

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

impl Application {
    /// Checks the flags, loads the app from `config.dist`, opens the report database and
    /// binds `config.bind` (port 0 picks a free one) and the egress listeners.
    pub async fn build(config: &Config) -> Result<Self, StartupError> {
        let settings = config.validate()?;
        let (probe_config, connection_limits) = descriptors::budgets(&settings);
        let (tls, acme_task) = building::load_tls(config, settings.acme.as_ref()).await?;
        let spa = Arc::new(Spa::load(&config.dist)?);
        let store = ReportStore::connect(&settings.database).await?;
        let shared_store = store.cluster().is_some();
        let (listeners, served) =
            listeners::bind(config, tls.as_ref(), settings.metrics_bind).await?;
        let listener_health = ListenerHealth::new();
        let stun_limiter = StunLimiter::new(StunLimits::default());
        let egress = EgressSetup::new(
            &served,
            tls.is_some(),
            config.egress.egress_timeout_ms,
            listener_health.clone(),
            stun_limiter.clone(),
        )
        .with_families(settings.family_hosts);
        let scheme = if tls.is_some() { "https" } else { "http" };
        // The port visitors reach the site on: `--public-url`'s, else the one bound.
        let main_port = (config.public_url.as_deref())
            .and_then(origin::origin_port)
            .unwrap_or(listeners.local_addr.port());
        let connect_src = building::beacon_origins(&egress, scheme, main_port);
        let metrics = Arc::new(Metrics::new());
        let checks = building::check_service(
            config,
            probe_config,
            settings.targets,
            store,
            egress,
            &metrics,
        );
        let state = building::build_state(
            config,
            settings.client_ip,
            spa,
            checks,
            &listener_health,
            &connect_src,
            tls.as_ref(),
        );
        let router = http::router(state.clone(), &connect_src);
        let connections = Connections::new(connection_limits, building::peer_hints(&state));
        building::log_notices(config, tls.is_some(), shared_store);
        Ok(Self {
            listeners,
            router,
            state,
            listener_health,
            connections,
            stun_limiter,
            purge_interval: Duration::from_secs(config.storage.purge_interval_secs),
            self_check_every: Duration::from_secs(config.egress.self_check_interval_secs),
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
        let stop = shutdown::shutdown_signal();
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
        let mut servers = listeners::start_beacons(beacons, &self.connections, &stopped);
        if let Some((addr, listener)) = metrics_listener {
            servers.push(listeners::start_metrics(
                addr,
                listener,
                &self.state,
                &self_checked,
                self.connections.limits(),
                &stopped,
            ));
        }
        let mut background =
            listeners::start_stun_responders(stun, &self.stun_limiter, &self.metrics);
        background.push(tokio::spawn(tasks::housekeeping(
            self.state.clone(),
            self.purge_interval,
        )));
        // Every listener is proven before the first visitor's plan is made from them.
        background.push(
            tasks::self_check_listeners(
                self.listener_health.clone(),
                self_checked,
                local_addr,
                self.self_check_every,
            )
            .await,
        );
        let server = tokio::spawn(serve(main, self.router, self.connections.clone(), signal));
        tracing::info!("Ring Check listening on {}://{local_addr}", self.scheme);
        let served = match server.await {
            Ok(served) => served.map_err(StartupError::Serve),
            Err(panicked) => Err(StartupError::Serve(io::Error::other(panicked))),
        };
        // The main server has finished its requests: everything else stops.
        background.extend(self.acme_task);
        shutdown::finish(&self.state.checks, stop, servers, background).await;
        served
    }
}

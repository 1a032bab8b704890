//! What runs beside the servers: the self-checks of the listeners, and the purges of
//! expired reports.

use std::{net::SocketAddr, sync::Arc, time::Duration};

use tokio::task::JoinHandle;

use crate::{http::AppState, service::unix};
use ringcheck_engine::{ListenerHealth, self_check};

/// Proves every listener before the first visitor's plan is made from them, then
/// returns the task that checks them all again every `every` (its first round after
/// `every`). The beacon the main server itself serves (at `main`) answers once that
/// server runs, so it is checked with the others from the next round on.
pub(super) async fn self_check_listeners(
    health: Arc<ListenerHealth>,
    listeners: Vec<self_check::Listener>,
    main: SocketAddr,
    every: Duration,
) -> JoinHandle<()> {
    let tls_client = self_check::tls_connector();
    let own_listeners: Vec<self_check::Listener> = listeners
        .iter()
        .filter(|listener| listener.addr != main)
        .cloned()
        .collect();
    self_check::check_all(&health, &own_listeners, &tls_client).await;
    tokio::spawn(self_check::check_regularly(
        health, listeners, tls_client, every,
    ))
}

/// Deletes expired reports and forgets idle rate-limit entries, now and then.
pub(super) async fn housekeeping(state: AppState, every: Duration) {
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

//! Stopping: on Ctrl-C or SIGTERM, the main server finishes the requests under way, the
//! checks still running store their reports, then everything else stops.

use std::{future::Future, time::Duration};

use tokio::{sync::watch, task::JoinHandle};

use crate::service::CheckService;

/// How long beacon servers get to finish after the main server has stopped.
const BEACON_SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

/// Resolves on Ctrl-C or SIGTERM. The handlers are installed when this is called, not when
/// the returned future is first polled.
#[cfg(unix)]
pub(super) fn shutdown_signal() -> impl Future<Output = ()> + Send + 'static {
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
pub(super) fn shutdown_signal() -> impl Future<Output = ()> + Send + 'static {
    async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
        tracing::info!("shutting down: finishing requests under way");
    }
}

/// Once the main server has finished its requests: checks still running store their
/// reports (their browsers may still test the beacons meanwhile); then the beacons and
/// the metrics stop (`stop`), each given a grace to finish, and the `tasks` end.
pub(super) async fn finish(
    checks: &CheckService,
    stop: watch::Sender<bool>,
    servers: Vec<JoinHandle<()>>,
    tasks: Vec<JoinHandle<()>>,
) {
    let unfinished = checks.finish_running().await;
    if unfinished > 0 {
        tracing::warn!(unfinished, "checks still running at shutdown were cut off");
    }
    let _ = stop.send(true);
    let _ = tokio::time::timeout(
        BEACON_SHUTDOWN_GRACE,
        futures_util::future::join_all(servers),
    )
    .await;
    for task in &tasks {
        task.abort();
    }
}

//! Checks across the servers sharing one database (PostgreSQL). The server that runs a
//! check writes it down as it starts (what its browser results must match, and by when
//! it ends) and each of its events as they come; any other server can then take its
//! browser results, and stream its events: one reader per check and server copies them
//! from the database into a local event log, which every follower there shares.

use std::{
    collections::HashMap,
    sync::{Arc, Weak},
    time::{Duration, SystemTime},
};

use ringcheck_engine::Network;
use ringcheck_shared::{api::events, check::CheckId, report::Report};
use tokio::sync::mpsc;

use super::{
    CheckService, FINISHED_EVENTS_LINGER,
    events::{CheckEvent, CheckFailure, EventLog},
    unix,
};
use crate::service::store::{ClusterTables, ReportStore, SharedCheck, StoreError, StoredEvent};

/// How often another server looks for a check's new events, or its report.
const POLL: Duration = Duration::from_millis(200);
/// Past the running server's own end for a check, how long the others still look for
/// its last events (they may be written a moment late).
const LATE_WRITES: Duration = Duration::from_secs(5);
/// Waits between tries of a write the other servers need.
const WRITE_RETRIES: [Duration; 3] = [
    Duration::from_millis(100),
    Duration::from_millis(400),
    Duration::from_millis(1600),
];

/// Writes the events sent to it for check `id`, in order, then marks the check finished
/// after its last event; each write is tried again a few times, as a gap would hold up
/// the check's followers elsewhere until its end.
pub fn mirror(
    store: ClusterTables,
    id: CheckId,
    expires_at: i64,
) -> mpsc::UnboundedSender<StoredEvent> {
    let (sender, mut events) = mpsc::unbounded_channel::<StoredEvent>();
    tokio::spawn(async move {
        while let Some(event) = events.recv().await {
            let is_final = event.name != events::PROBE;
            retried("a check's event", || {
                store.add_check_event(&id, &event, expires_at)
            })
            .await;
            if is_final {
                let finished = unix(store.now());
                retried("a check's end", || store.finish_check(&id, finished)).await;
                return;
            }
        }
    });
    sender
}

async fn retried<F: Future<Output = Result<(), StoreError>>>(what: &str, write: impl Fn() -> F) {
    for wait in WRITE_RETRIES {
        match write().await {
            Ok(()) => return,
            Err(error) => {
                tracing::warn!(%error, "{what} was not shared with the other servers; trying again");
                tokio::time::sleep(wait).await;
            }
        }
    }
    if let Err(error) = write().await {
        tracing::error!(%error, "{what} could not be shared with the other servers");
    }
}

/// Copies the events of `check`, run by another server, from the database into `log`,
/// until the last. Should a last event never be shared (its server stopped, a write
/// failed), the stored report ends the log once the check is over, or a failure once
/// it is certainly too late.
pub async fn copy_events(
    store: ClusterTables,
    id: CheckId,
    check: SharedCheck,
    log: Arc<EventLog>,
) {
    let give_up = super::from_unix(check.ends_at) + LATE_WRITES;
    let mut next: i64 = 0;
    loop {
        match store.check_events(&id, next).await {
            Ok(events) if !events.is_empty() => {
                for event in events {
                    next += 1;
                    let event = CheckEvent::from_stored(&event)
                        .unwrap_or(CheckEvent::Failed(CheckFailure::Unreadable));
                    let is_final = event.is_final();
                    log.push(event);
                    if is_final {
                        return;
                    }
                }
                continue;
            }
            Ok(_) => {}
            Err(error) => tracing::warn!(%error, "could not read a shared check's events"),
        }
        let now = store.now();
        let finished = matches!(
            store.shared_check(&id, unix(now)).await,
            Ok(Some(SharedCheck {
                finished_at: Some(_),
                ..
            }))
        );
        if finished || now >= give_up {
            match store.get(&id, unix(now)).await {
                Ok(Some(_)) => return log.push(CheckEvent::Report),
                _ if now >= give_up => {
                    return log.push(CheckEvent::Failed(CheckFailure::ServerGone));
                }
                // Finished, but its report not readable yet: look again.
                _ => {}
            }
        }
        tokio::time::sleep(POLL).await;
    }
}

/// The check's report once its server has stored it, looked for until `ends_by`; each
/// read bounded by `answer_by`, when the request must be answered, so a slow database
/// cannot hold the answer past it either.
pub async fn report_when_stored(
    store: &ReportStore,
    id: &CheckId,
    ends_by: SystemTime,
    answer_by: SystemTime,
) -> Result<Option<Report>, StoreError> {
    loop {
        let left = answer_by.duration_since(store.now()).unwrap_or_default();
        match tokio::time::timeout(left, store.get(id, unix(store.now()))).await {
            Ok(Ok(Some(report))) => return Ok(Some(report)),
            Ok(Err(error)) => return Err(error),
            Ok(Ok(None)) if store.now() < ends_by => {}
            Ok(Ok(None)) | Err(_) => return Ok(None),
        }
        tokio::time::sleep(POLL).await;
    }
}

impl<N: Network> CheckService<N> {
    /// How long a check is known to the other servers sharing the database: while it may
    /// run and store its report, and for as long as its events linger here.
    pub(super) fn shared_window(&self) -> Duration {
        self.stored_within() + FINISHED_EVENTS_LINGER
    }

    /// The events of a check another server sharing the database runs or ran lately,
    /// copied from the database as they come into a log of this server's, one per check
    /// however many follow it here.
    pub async fn shared_events(&self, id: &CheckId) -> Result<Option<Arc<EventLog>>, StoreError> {
        if let Some(log) = self.lock_followed().get(id).and_then(Weak::upgrade) {
            return Ok(Some(log));
        }
        let Some(tables) = self.store.cluster() else {
            return Ok(None);
        };
        let Some(check) = tables.shared_check(id, unix(tables.now())).await? else {
            return Ok(None);
        };
        let mut followed = self.lock_followed();
        // Another follower may have started the copy meanwhile.
        if let Some(log) = followed.get(id).and_then(Weak::upgrade) {
            return Ok(Some(log));
        }
        followed.retain(|_, log| log.strong_count() > 0);
        let log = EventLog::new();
        followed.insert(id.clone(), Arc::downgrade(&log));
        tokio::spawn(copy_events(tables.clone(), id.clone(), check, log.clone()));
        Ok(Some(log))
    }

    fn lock_followed(&self) -> std::sync::MutexGuard<'_, HashMap<CheckId, Weak<EventLog>>> {
        self.followed.lock().unwrap_or_else(|p| p.into_inner())
    }
}

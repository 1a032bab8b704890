//! Checks across the servers sharing one database (PostgreSQL). The server that runs a
//! check writes it down as it starts (what its browser results must match) and each of
//! its events as they come; any other server can then take its browser results and
//! stream its events, reading them from the database until the last one.

use std::time::{Duration, SystemTime};

use futures_util::{Stream, stream};
use ringcheck_shared::{check::CheckId, report::Report};
use tokio::sync::mpsc;

use super::events::CheckEvent;
use crate::service::store::{ReportStore, StoreError, StoredEvent};

/// How often another server looks for a check's new events, or its report.
const POLL: Duration = Duration::from_millis(200);

/// Writes the events sent to it for check `id`, in order, then marks the check finished
/// after its last event.
pub fn mirror(
    store: ReportStore,
    id: CheckId,
    expires_at: i64,
) -> mpsc::UnboundedSender<StoredEvent> {
    let (sender, mut events) = mpsc::unbounded_channel::<StoredEvent>();
    tokio::spawn(async move {
        while let Some(event) = events.recv().await {
            let is_final = event.name != ringcheck_shared::api::events::PROBE;
            if let Err(error) = store.add_check_event(&id, &event, expires_at).await {
                tracing::warn!(%error, "a check's event was not shared with the other servers");
            }
            if is_final {
                if let Err(error) = store
                    .finish_check(&id, super::unix(SystemTime::now()))
                    .await
                {
                    tracing::warn!(%error, "a check's end was not shared with the other servers");
                }
                return;
            }
        }
    });
    sender
}

/// The events of a check another server runs, from `from` on, as they are stored; ends
/// after the last, or with a failure at `ends_by` if it never comes.
pub fn follow(
    store: ReportStore,
    id: CheckId,
    from: usize,
    ends_by: SystemTime,
) -> impl Stream<Item = (usize, CheckEvent)> + Send {
    stream::unfold(
        (store, id, from, Vec::<StoredEvent>::new(), false),
        move |(store, id, next, mut ready, done)| async move {
            if done {
                return None;
            }
            loop {
                if let Some(event) = (!ready.is_empty()).then(|| ready.remove(0)) {
                    let event = CheckEvent::from_stored(&event).unwrap_or_else(|| {
                        CheckEvent::Failed("The check's results could not be read.".into())
                    });
                    let is_final = event.is_final();
                    return Some(((next, event), (store, id, next + 1, ready, is_final)));
                }
                if SystemTime::now() >= ends_by {
                    let failed = CheckEvent::Failed(
                        "The server running this check stopped sending its results. Please \
                         run the check again."
                            .into(),
                    );
                    return Some(((next, failed), (store, id, next + 1, ready, true)));
                }
                match store.check_events(&id, next as i64).await {
                    Ok(events) if !events.is_empty() => ready = events,
                    Ok(_) => tokio::time::sleep(POLL).await,
                    Err(error) => {
                        tracing::warn!(%error, "could not read a shared check's events");
                        tokio::time::sleep(POLL).await;
                    }
                }
            }
        },
    )
}

/// The check's report once its server has stored it, looked for until `ends_by`.
pub async fn report_when_stored(
    store: &ReportStore,
    id: &CheckId,
    ends_by: SystemTime,
) -> Result<Option<Report>, StoreError> {
    loop {
        if let Some(report) = store.get(id, super::unix(SystemTime::now())).await? {
            return Ok(Some(report));
        }
        if SystemTime::now() >= ends_by {
            return Ok(None);
        }
        tokio::time::sleep(POLL).await;
    }
}

//! The events of one running check, replayable: a subscriber that arrives late, or
//! reconnects, gets everything so far and then follows live.

use std::sync::{Arc, Mutex};

use futures_util::{Stream, stream};
use ringcheck_shared::{api::events, check::ProbeResult};
use tokio::sync::{mpsc, watch};

use crate::service::store::StoredEvent;

#[derive(Debug, Clone)]
pub enum CheckEvent {
    Probe(ProbeResult),
    /// The last event of a check that succeeded: its report is stored, and is read from
    /// the store for each subscriber (with the browser's results, if they came first), so
    /// a finished check lingering in memory does not hold its report too.
    Report,
    /// The last event of a check that could not finish, and why.
    Failed(CheckFailure),
}

/// Why a check ended without a report. The visitor's words for each are the
/// catalogue's (`check-failed-<slug>`), in their language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckFailure {
    /// The check's task ended before it finished.
    Stopped,
    /// It finished, but its report could not be stored.
    NotSaved,
    /// The server running it (another one sharing the database) stopped first.
    ServerGone,
    /// Another server's event for it could not be read.
    Unreadable,
}

impl CheckFailure {
    pub const ALL: [CheckFailure; 4] = [
        CheckFailure::Stopped,
        CheckFailure::NotSaved,
        CheckFailure::ServerGone,
        CheckFailure::Unreadable,
    ];

    /// As the servers sharing a database store it, and its message's id ends.
    pub fn slug(self) -> &'static str {
        match self {
            CheckFailure::Stopped => "stopped",
            CheckFailure::NotSaved => "not-saved",
            CheckFailure::ServerGone => "server-gone",
            CheckFailure::Unreadable => "unreadable",
        }
    }

    /// A stored failure; one a server of another version wrote in words is a stop.
    fn from_stored(slug: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|failure| failure.slug() == slug)
            .unwrap_or(CheckFailure::Stopped)
    }
}

impl CheckEvent {
    /// The SSE event name.
    pub fn name(&self) -> &'static str {
        match self {
            CheckEvent::Probe(_) => events::PROBE,
            CheckEvent::Report => events::REPORT,
            CheckEvent::Failed(_) => events::FAILED,
        }
    }

    pub fn is_final(&self) -> bool {
        !matches!(self, CheckEvent::Probe(_))
    }

    /// As the servers sharing the database keep it, numbered `seq`.
    pub fn stored(&self, seq: usize) -> StoredEvent {
        let data = match self {
            CheckEvent::Probe(result) => serde_json::to_string(result).unwrap_or_default(),
            CheckEvent::Report => String::new(),
            CheckEvent::Failed(failure) => {
                serde_json::to_string(failure.slug()).unwrap_or_default()
            }
        };
        StoredEvent {
            seq: seq as i64,
            name: self.name().to_owned(),
            data,
        }
    }

    /// An event another server stored; `None` if it cannot be read.
    pub fn from_stored(event: &StoredEvent) -> Option<Self> {
        match event.name.as_str() {
            events::PROBE => serde_json::from_str(&event.data)
                .ok()
                .map(CheckEvent::Probe),
            events::REPORT => Some(CheckEvent::Report),
            events::FAILED => serde_json::from_str::<String>(&event.data)
                .ok()
                .map(|slug| CheckEvent::Failed(CheckFailure::from_stored(&slug))),
            _ => None,
        }
    }
}

pub struct EventLog {
    events: Mutex<Vec<CheckEvent>>,
    /// Where each event is also sent, numbered, for the servers sharing the database.
    mirror: Option<mpsc::UnboundedSender<StoredEvent>>,
    /// How many events there are; subscribers wait on changes to it.
    count: watch::Sender<usize>,
    /// Turns true with the final event, for those who wait for the end only.
    finished: watch::Sender<bool>,
}

impl EventLog {
    pub fn new() -> Arc<Self> {
        Self::with_mirror(None)
    }

    /// A log whose every event is also sent to `mirror`, numbered as in the stream.
    pub fn with_mirror(mirror: Option<mpsc::UnboundedSender<StoredEvent>>) -> Arc<Self> {
        Arc::new(Self {
            mirror,
            events: Mutex::new(Vec::new()),
            count: watch::Sender::new(0),
            finished: watch::Sender::new(false),
        })
    }

    /// Appends an event, unless the log already ended.
    pub fn push(&self, event: CheckEvent) {
        let mut events = self.events.lock().unwrap_or_else(|p| p.into_inner());
        if events.last().is_some_and(CheckEvent::is_final) {
            return;
        }
        let is_final = event.is_final();
        if let Some(mirror) = &self.mirror {
            let _ = mirror.send(event.stored(events.len()));
        }
        events.push(event);
        self.count.send_replace(events.len());
        if is_final {
            self.finished.send_replace(true);
        }
    }

    /// Resolves once the final event is in (at once if it already is).
    pub async fn finished(&self) {
        // The log holds the sender, so the wait can only end with the final event.
        let _ = self.finished.subscribe().wait_for(|done| *done).await;
    }

    pub fn is_finished(&self) -> bool {
        let events = self.events.lock().unwrap_or_else(|p| p.into_inner());
        events.last().is_some_and(CheckEvent::is_final)
    }

    /// Events from index `from` on, each with its index, ending after the final event.
    pub fn stream(self: Arc<Self>, from: usize) -> impl Stream<Item = (usize, CheckEvent)> + Send {
        let changes = self.count.subscribe();
        stream::unfold(
            (self, changes, from),
            |(log, mut changes, next)| async move {
                loop {
                    {
                        let events = log.events.lock().unwrap_or_else(|p| p.into_inner());
                        if let Some(event) = events.get(next) {
                            let event = event.clone();
                            drop(events);
                            return Some(((next, event), (log, changes, next + 1)));
                        }
                        if events.last().is_some_and(CheckEvent::is_final) {
                            return None;
                        }
                    }
                    // The log holds the sender, so this only ends with a new event.
                    if changes.changed().await.is_err() {
                        return None;
                    }
                }
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use futures_util::StreamExt;
    use ringcheck_shared::{
        catalog::{EntryId, Transport},
        check::ProbeState,
        port::Port,
    };

    use super::*;

    fn probe(port: u16) -> CheckEvent {
        CheckEvent::Probe(ProbeResult {
            entry: EntryId::parse("http").unwrap(),
            transport: Transport::Tcp,
            port: Port::known(port),
            family: None,
            state: ProbeState::Open,
            rtt_ms: Some(1.0),
            attempts: 1,
            detail: ringcheck_shared::probe_detail::ProbeDetail::Handshake,
        })
    }

    fn ports(events: &[(usize, CheckEvent)]) -> Vec<(usize, &'static str)> {
        events.iter().map(|(i, e)| (*i, e.name())).collect()
    }

    #[tokio::test]
    async fn a_late_subscriber_gets_the_past_then_the_live_events_then_the_end() {
        let log = EventLog::new();
        log.push(probe(1));
        let subscriber = tokio::spawn(log.clone().stream(0).collect::<Vec<_>>());
        tokio::task::yield_now().await;
        log.push(probe(2));
        log.push(CheckEvent::Failed(CheckFailure::Stopped));
        log.push(probe(3)); // after the end: ignored
        let seen = subscriber.await.unwrap();
        assert_eq!(ports(&seen), [(0, "probe"), (1, "probe"), (2, "failed")]);
    }

    #[tokio::test]
    async fn a_reconnecting_subscriber_resumes_after_its_last_event() {
        let log = EventLog::new();
        for port in 1..=3 {
            log.push(probe(port));
        }
        log.push(CheckEvent::Failed(CheckFailure::Stopped));
        let seen: Vec<_> = log.clone().stream(2).collect().await;
        assert_eq!(ports(&seen), [(2, "probe"), (3, "failed")]);
        let none: Vec<_> = log.stream(4).collect().await;
        assert!(none.is_empty());
    }

    #[tokio::test]
    async fn waiting_for_the_end_returns_with_the_final_event_and_at_once_after_it() {
        let log = EventLog::new();
        log.push(probe(1));
        let waiter = tokio::spawn({
            let log = log.clone();
            async move { log.finished().await }
        });
        tokio::task::yield_now().await;
        assert!(!waiter.is_finished(), "a probe is not the end");
        log.push(CheckEvent::Failed(CheckFailure::Stopped));
        tokio::time::timeout(std::time::Duration::from_secs(5), waiter)
            .await
            .expect("the final event ends the wait")
            .unwrap();
        tokio::time::timeout(std::time::Duration::from_secs(5), log.finished())
            .await
            .expect("a finished log does not wait");
    }
}

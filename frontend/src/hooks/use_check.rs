//! Running a check from the page: start it, follow its events, end with the report or an
//! error the customer can act on. Nothing is left hanging: a lost connection or a check
//! past its deadline ends in an error with a retry.

use std::rc::Rc;

use futures_util::{
    StreamExt,
    future::{Either, select},
    stream::select_all,
};
use gloo_net::eventsource::futures::EventSource;
use gloo_timers::future::TimeoutFuture;
use ringcheck_shared::{
    api::ErrorBody,
    check::{CheckStarted, ProbeResult},
};
use yew::{platform::spawn_local, prelude::*};

use crate::{api, error::UiError, report::LoadedReport};

/// Extra time past the server's deadline before the page gives up on a check.
const GRACE_MS: u64 = 15_000;

#[derive(Clone, Debug, PartialEq, Default)]
pub enum Phase {
    #[default]
    Idle,
    Starting,
    Running,
    Done,
    Failed,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct CheckState {
    pub phase: Phase,
    pub started: Option<Rc<CheckStarted>>,
    /// Results in the order they arrived.
    pub results: Vec<ProbeResult>,
    pub report: Option<Rc<LoadedReport>>,
    pub error: Option<UiError>,
}

impl CheckState {
    pub fn total(&self) -> usize {
        self.started.as_ref().map_or(0, |s| s.probes.len())
    }

    pub fn is_busy(&self) -> bool {
        matches!(self.phase, Phase::Starting | Phase::Running)
    }
}

pub enum CheckAction {
    Start,
    Started(CheckStarted),
    Probe(ProbeResult),
    Finished(LoadedReport),
    Failed(UiError),
}

impl Reducible for CheckState {
    type Action = CheckAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            CheckAction::Start => {
                next = CheckState {
                    phase: Phase::Starting,
                    ..CheckState::default()
                };
            }
            CheckAction::Started(started) => {
                next.phase = Phase::Running;
                next.started = Some(Rc::new(started));
            }
            CheckAction::Probe(result) => {
                // A reconnect replays events; keep each probe once.
                let seen = next
                    .results
                    .iter()
                    .any(|r| r.transport == result.transport && r.port == result.port);
                if !seen {
                    next.results.push(result);
                }
            }
            CheckAction::Finished(report) => {
                next.phase = Phase::Done;
                next.report = Some(Rc::new(report));
            }
            CheckAction::Failed(error) => {
                next.phase = Phase::Failed;
                next.error = Some(error);
            }
        }
        Rc::new(next)
    }
}

/// The check's state, and a callback that starts one (ignored while one runs).
#[hook]
pub fn use_check() -> (UseReducerHandle<CheckState>, Callback<()>) {
    let state = use_reducer(CheckState::default);
    // Set the moment a check starts, not at the next render, so a double click or a
    // stale callback can never start two.
    let running = use_mut_ref(|| false);
    let start = {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| {
            if running.replace(true) {
                return;
            }
            dispatcher.dispatch(CheckAction::Start);
            let dispatcher = dispatcher.clone();
            let running = running.clone();
            spawn_local(async move {
                let last = run(&dispatcher).await;
                *running.borrow_mut() = false;
                dispatcher.dispatch(last);
            });
        })
    };
    (state, start)
}

/// The whole check, reporting progress through `dispatch`; returns its last action.
async fn run(dispatch: &UseReducerDispatcher<CheckState>) -> CheckAction {
    let started = match api::start_check().await {
        Ok(started) => started,
        Err(error) => return CheckAction::Failed(error),
    };
    let events_url = started.events_url.clone();
    let give_up_after = started.deadline_ms + GRACE_MS;
    dispatch.dispatch(CheckAction::Started(started));
    match follow(&events_url, give_up_after, dispatch).await {
        Ok(report) => CheckAction::Finished(report),
        Err(error) => CheckAction::Failed(error),
    }
}

/// Reads the check's event stream until its report, its failure, a lost connection or
/// `give_up_after` milliseconds.
async fn follow(
    url: &str,
    give_up_after: u64,
    dispatch: &UseReducerDispatcher<CheckState>,
) -> Result<LoadedReport, UiError> {
    let mut source = EventSource::new(url).map_err(|_| UiError::lost_connection())?;
    let mut subscribe = |kind: &str| {
        source
            .subscribe(kind)
            .map_err(|_| UiError::lost_connection())
    };
    let streams = vec![
        subscribe("probe")?,
        subscribe("report")?,
        subscribe("failed")?,
    ];
    let mut events = select_all(streams);
    let mut deadline = TimeoutFuture::new(u32::try_from(give_up_after).unwrap_or(u32::MAX));
    let outcome = loop {
        let event = match select(events.next(), &mut deadline).await {
            Either::Left((Some(Ok((kind, message))), _)) => {
                (kind, message.data().as_string().unwrap_or_default())
            }
            // The stream closed for good (a reconnect in progress is not reported).
            Either::Left((Some(Err(_)) | None, _)) => break Err(UiError::lost_connection()),
            Either::Right(_) => break Err(UiError::timed_out()),
        };
        match event.0.as_str() {
            "probe" => {
                if let Ok(result) = serde_json::from_str::<ProbeResult>(&event.1) {
                    dispatch.dispatch(CheckAction::Probe(result));
                }
            }
            "report" => {
                break LoadedReport::parse(event.1).map_err(|_| UiError::unexpected());
            }
            _ => {
                let message = serde_json::from_str::<ErrorBody>(&event.1)
                    .map(|body| body.message)
                    .unwrap_or_else(|_| "Please run the check again.".to_owned());
                break Err(UiError::check_failed(message));
            }
        }
    };
    // The server ends the stream after the last event; stop the browser reconnecting.
    drop(events);
    source.close();
    outcome
}

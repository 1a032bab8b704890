//! Running a check from the page: start it, follow the server's probes and run the
//! browser's outward tests side by side, store the browser's results with the report,
//! and end with the report or an error the customer can act on. Nothing is left
//! hanging: a lost connection or a check past its deadline ends in an error with a retry.

use std::rc::Rc;

use futures_util::{
    StreamExt,
    future::{Either, LocalBoxFuture, join, select},
    stream::select_all,
};
use gloo_net::eventsource::futures::EventSource;
use gloo_timers::future::TimeoutFuture;
use ringcheck_shared::{
    api::{ErrorBody, events},
    app_text::AppText,
    check::{CheckStarted, ProbeResult},
    egress::{EgressReport, EgressResult, EgressSubmission, Phone, ReportedBy},
    family::AddressFamily,
    routes::ApiPath,
};
use yew::{platform::spawn_local, prelude::*};

use crate::{api, browser, egress, error::UiError, json, report::LoadedReport, words::t};

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
    /// The browser's outward results, in the order they arrived.
    pub egress: Vec<EgressResult>,
    pub report: Option<Rc<LoadedReport>>,
    pub error: Option<UiError>,
}

impl CheckState {
    /// The tests to wait for: the probes of the request's address, and the browser's
    /// tests once per family (the other family's probes come only where the home has it).
    pub fn total(&self) -> usize {
        self.started.as_ref().map_or(0, |s| {
            let testable = s.egress.targets.iter().filter(|t| t.is_testable()).count();
            s.probes.len() + testable * s.egress.families.len().max(1)
        })
    }

    /// The tests ended: the probes of the request's address (the other family's may
    /// arrive first), and the browser's.
    pub fn done(&self) -> usize {
        let family = self.started.as_ref().map(|s| family_of(&s.target));
        let probes = (self.results.iter()).filter(|r| r.family.is_none() || r.family == family);
        probes.count() + self.egress.len()
    }

    pub fn is_busy(&self) -> bool {
        matches!(self.phase, Phase::Starting | Phase::Running)
    }
}

/// The family of an address as the server writes it: only IPv6 has colons (parsing it
/// whole would cost the app kilobytes).
fn family_of(address: &str) -> AddressFamily {
    if address.contains(':') {
        AddressFamily::Ipv6
    } else {
        AddressFamily::Ipv4
    }
}

pub enum CheckAction {
    Start,
    Started(CheckStarted),
    Probe(ProbeResult),
    Egress(EgressResult),
    Finished(Box<LoadedReport>),
    /// The finished check's report read again (an upload test was kept with it).
    Refreshed(Rc<LoadedReport>),
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
                let seen = next.results.iter().any(|r| {
                    r.transport == result.transport
                        && r.port == result.port
                        && r.family == result.family
                });
                if !seen {
                    next.results.push(result);
                }
            }
            CheckAction::Egress(result) => {
                next.egress.push(result);
            }
            CheckAction::Finished(report) => {
                next.phase = Phase::Done;
                next.report = Some(Rc::from(report));
            }
            // Only a report that has all the page showed replaces it: one whose browser
            // results could not be stored would lose them.
            CheckAction::Refreshed(report) => {
                let same = next.report.as_ref().is_some_and(|shown| {
                    shown.report.id == report.report.id && !shown.egress_unsaved
                }) && report.view.is_some();
                if same {
                    next.report = Some(report);
                }
            }
            CheckAction::Failed(error) => {
                next.phase = Phase::Failed;
                next.error = Some(error);
            }
        }
        Rc::new(next)
    }
}

/// The check's state, a callback that starts one (ignored while one runs), and one that
/// takes the finished check's report read again.
#[hook]
pub fn use_check() -> (
    UseReducerHandle<CheckState>,
    Callback<()>,
    Callback<Rc<LoadedReport>>,
) {
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
                let last = match run(&dispatcher).await {
                    // Its verdicts, as the server writes them for the page.
                    CheckAction::Finished(report) => {
                        CheckAction::Finished(Box::new(api::with_view(*report).await))
                    }
                    last => last,
                };
                *running.borrow_mut() = false;
                dispatcher.dispatch(last);
            });
        })
    };
    let refresh = {
        let dispatcher = state.dispatcher();
        Callback::from(move |report| dispatcher.dispatch(CheckAction::Refreshed(report)))
    };
    (state, start, refresh)
}

/// The whole check, reporting progress through `dispatch`; returns its last action.
async fn run(dispatch: &UseReducerDispatcher<CheckState>) -> CheckAction {
    let started = match api::start_check().await {
        Ok(started) => started,
        Err(error) => return CheckAction::Failed(error),
    };
    dispatch.dispatch(CheckAction::Started(started.clone()));
    let give_up_after = started.deadline_ms + GRACE_MS;
    // Boxed, so neither state machine is inlined into the other: kilobytes of Wasm.
    let probes: LocalBoxFuture<_> = Box::pin(follow(&started.events_url, give_up_after, dispatch));
    let address_path = ApiPath::CheckAddress.with_id(started.id.as_str());
    let outward: LocalBoxFuture<_> =
        Box::pin(egress::run(&started.egress, &address_path, |result| {
            dispatch.dispatch(CheckAction::Egress(result))
        }));
    let (probed, (results, nat)) = join(probes, outward).await;
    let mut report = match probed {
        Ok(report) => report,
        Err(error) => return CheckAction::Failed(error),
    };
    if results.is_empty() {
        return CheckAction::Finished(Box::new(report));
    }
    let submission = EgressSubmission {
        token: started.egress.token.clone(),
        results,
        nat,
        phone: Phone::from_user_agent(&browser::user_agent()),
    };
    let stored: LocalBoxFuture<_> = Box::pin(api::submit_egress(&started.egress_url, &submission));
    match stored.await {
        Ok(stored) => CheckAction::Finished(Box::new(stored)),
        Err(_) => {
            // Shown in the table from what the page has, with a note that the verdicts
            // and the share link have only the server's tests.
            report.report.egress = Some(EgressReport {
                reported_by: ReportedBy::VisitorBrowser,
                received_at: String::new(),
                results: submission.results,
                nat: submission.nat,
                phone: submission.phone,
            });
            report.egress_unsaved = true;
            CheckAction::Finished(Box::new(report))
        }
    }
}

/// Reads the check's event stream until its report, its failure, a lost connection or
/// `give_up_after` milliseconds.
async fn follow(
    url: &str,
    give_up_after: u64,
    dispatch: &UseReducerDispatcher<CheckState>,
) -> Result<LoadedReport, UiError> {
    // An event stream cannot set Accept-Language: the page's language goes in the URL.
    let separator = if url.contains('?') { '&' } else { '?' };
    let url = format!("{url}{separator}lang={}", browser::page_language());
    let mut source = EventSource::new(&url).map_err(|_| UiError::lost_connection())?;
    let mut subscribe = |kind: &str| {
        source
            .subscribe(kind)
            .map_err(|_| UiError::lost_connection())
    };
    let streams = vec![
        subscribe(events::PROBE)?,
        subscribe(events::REPORT)?,
        subscribe(events::FAILED)?,
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
            events::PROBE => {
                if let Some(result) = json::from_str::<ProbeResult>(&event.1) {
                    dispatch.dispatch(CheckAction::Probe(result));
                }
            }
            events::REPORT => {
                break LoadedReport::parse(event.1).ok_or_else(UiError::unexpected);
            }
            _ => {
                let message = json::from_str::<ErrorBody>(&event.1)
                    .map(|body| body.message)
                    .unwrap_or_else(|| t(AppText::RunAgain));
                break Err(UiError::check_failed(message));
            }
        }
    };
    // The server ends the stream after the last event; stop the browser reconnecting.
    drop(events);
    source.close();
    outcome
}

#[cfg(test)]
mod tests {
    use ringcheck_shared::{
        catalog::{Transport, catalog},
        check::{CheckId, CheckPlan, ProbeState, probe_back_plan},
        egress::{EgressPlan, EgressState, egress_targets},
        port::Port,
    };

    use super::*;

    fn started() -> CheckStarted {
        let sample = [Port::known(16500)];
        let targets = egress_targets(catalog(), &sample, |_, port| Ok(port));
        let plan = CheckPlan::new(catalog(), probe_back_plan(catalog()), targets);
        let id = CheckId::parse("q3vX0bL8Tn2cYh5W9aKzRg").unwrap();
        CheckStarted {
            target: "203.0.113.7".into(),
            local_mode: false,
            probes: plan.probes,
            entries: plan.entries,
            deadline_ms: 3000,
            egress: EgressPlan {
                token: "t".repeat(22),
                beacons_tls: false,
                timeout_ms: 4000,
                targets: plan.egress,
                families: Vec::new(),
            },
            egress_url: String::new(),
            events_url: String::new(),
            report_url: String::new(),
            id,
        }
    }

    fn probe(port: u16) -> ProbeResult {
        let planned = started().probes;
        let entry = planned
            .iter()
            .find(|p| p.port.get() == port)
            .expect("a planned port")
            .entry
            .clone();
        ProbeResult {
            entry,
            transport: Transport::Tcp,
            port: Port::known(port),
            family: None,
            state: ProbeState::Closed,
            rtt_ms: Some(1.0),
            attempts: 1,
            detail: Default::default(),
        }
    }

    fn reduce(state: Rc<CheckState>, action: CheckAction) -> Rc<CheckState> {
        state.reduce(action)
    }

    #[test]
    fn a_check_runs_from_start_to_its_failure_and_a_new_start_forgets_it() {
        let state = Rc::new(CheckState::default());
        assert!(!state.is_busy());
        let state = reduce(state, CheckAction::Start);
        assert_eq!(state.phase, Phase::Starting);
        assert!(state.is_busy());
        let state = reduce(state, CheckAction::Started(started()));
        assert_eq!(state.phase, Phase::Running);
        let state = reduce(state, CheckAction::Failed(UiError::lost_connection()));
        assert_eq!(state.phase, Phase::Failed);
        assert!(!state.is_busy());
        let state = reduce(state, CheckAction::Start);
        assert_eq!(state.phase, Phase::Starting);
        assert!(state.error.is_none() && state.started.is_none());
    }

    #[test]
    fn progress_counts_every_probe_once_and_every_browser_result() {
        let started = started();
        let testable = started
            .egress
            .targets
            .iter()
            .filter(|t| t.is_testable())
            .count();
        let total = started.probes.len() + testable;
        let state = reduce(Rc::new(CheckState::default()), CheckAction::Start);
        let state = reduce(state, CheckAction::Started(started));
        assert_eq!((state.done(), state.total()), (0, total));
        let port = state.started.as_ref().unwrap().probes[0].port.get();
        // The other family's probes may come first; they are not in the count.
        let other = ProbeResult {
            family: Some(AddressFamily::Ipv6),
            ..probe(port)
        };
        let state = reduce(state, CheckAction::Probe(other.clone()));
        let second_port = state.started.as_ref().unwrap().probes[1].port.get();
        let state = reduce(
            state,
            CheckAction::Probe(ProbeResult {
                port: Port::known(second_port),
                ..other
            }),
        );
        let own = ProbeResult {
            family: Some(AddressFamily::Ipv4),
            ..probe(port)
        };
        let state = reduce(state, CheckAction::Probe(own.clone()));
        // A reconnecting stream replays what it sent before.
        let state = reduce(state, CheckAction::Probe(own));
        let state = reduce(
            state,
            CheckAction::Egress(EgressResult {
                transport: Transport::Tcp,
                port: Port::known(443),
                family: None,
                state: EgressState::Reached,
                rtt_ms: Some(20),
                waited_ms: None,
            }),
        );
        assert_eq!(state.results.len(), 3);
        assert_eq!((state.done(), state.total()), (2, total));
    }
}

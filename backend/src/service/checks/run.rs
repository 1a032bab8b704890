//! A check's run in the background: its probes, its report stored, and its end on every
//! path (a panic included), and the wait for running checks at shutdown.

use std::{
    net::IpAddr,
    sync::{Arc, Weak},
    time::Duration,
};

use ringcheck_engine::{Network, RoundTrips};
use ringcheck_shared::{
    catalog,
    check::{CheckId, ProbeResult, ProbedAddress, mask_address},
    family::AddressFamily,
    report::Report,
};

use super::admission::InFlight;
use super::events::{CheckEvent, CheckFailure, EventLog};
use crate::service::ids;

use super::{CheckService, FINISHED_EVENTS_LINGER, RunningCheck, unix};

impl<N: Network> CheckService<N> {
    /// Waits until every running check has stored its report, for at most as long as a
    /// check may take to end and store it; how many were still running then.
    pub async fn finish_running(&self) -> usize {
        let deadline = tokio::time::Instant::now() + self.stored_within();
        loop {
            let running = self.admission.in_flight();
            if running == 0 || tokio::time::Instant::now() >= deadline {
                return running;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub(super) async fn run(
        self: Arc<Self>,
        id: CheckId,
        target: IpAddr,
        running: Arc<RunningCheck>,
        in_flight: InFlight,
    ) {
        let (log, created) = (&running.log, running.created);
        // Whatever happens below, the check ends with a final event and frees its place.
        let mut finish = Finish {
            service: Arc::downgrade(&self),
            id: id.clone(),
            log: log.clone(),
            in_flight: Some(in_flight),
        };
        let clock = std::time::Instant::now();
        let probes = self.probe_back(target, &running.round_trips, log).await;
        let expires = self.report_expiry(created);
        let report = Report {
            id: id.clone(),
            created_at: humantime::format_rfc3339_seconds(created).to_string(),
            expires_at: humantime::format_rfc3339_seconds(expires).to_string(),
            catalog_version: catalog().version,
            target: mask_address(target),
            local_mode: self.targets.is_local(),
            duration_ms: clock.elapsed().as_millis() as u64,
            probes,
            probed: vec![ProbedAddress {
                family: AddressFamily::of(target),
                target: mask_address(target),
            }],
            egress: None,
            // Made again rather than held while the check runs: at 10,000 checks at once
            // the copies were a fifth of the server's memory.
            plan: Some(self.check_plan(&running.egress)),
            upload: None,
            judgement: None,
        };
        // Owned by the visitor's token, so only their browser may add an upload test.
        let token = Some(running.egress.token.as_str());
        match self
            .store
            .save_owned(&report, token, unix(created), unix(expires))
            .await
        {
            Ok(()) => {
                self.metrics.check_finished();
                finish.end(CheckEvent::Report);
            }
            Err(error) => {
                tracing::error!(%error, check = %ids::log_label(id.as_str()), "could not store a report");
                finish.end(CheckEvent::Failed(CheckFailure::NotSaved));
            }
        }
    }

    /// Probes `target` by the plan, counting each result and streaming it to whoever
    /// follows the check's `log` as it comes.
    pub(super) async fn probe_back(
        &self,
        target: IpAddr,
        round_trips: &Arc<RoundTrips>,
        log: &EventLog,
    ) -> Vec<ProbeResult> {
        self.prober
            .run(target, &self.plan, round_trips, |result| {
                self.metrics.probe_result(
                    result.transport.slug(),
                    result.port.get(),
                    result.state.slug(),
                );
                log.push(CheckEvent::Probe(result.clone()));
            })
            .await
    }
}

/// Ends a check on every path out of `run`, a panic included: a final event, the
/// visitor's place freed, and the events dropped from memory after a while.
struct Finish<N: Network> {
    service: Weak<CheckService<N>>,
    id: CheckId,
    log: Arc<EventLog>,
    in_flight: Option<InFlight>,
}

impl<N: Network> Finish<N> {
    /// The check's final event, sent once its place is free: a visitor whose browser starts
    /// the next check the moment this arrives must not be told one is still running.
    fn end(&mut self, event: CheckEvent) {
        if matches!(event, CheckEvent::Failed(_))
            && let Some(service) = self.service.upgrade()
        {
            service.metrics.check_failed();
        }
        self.in_flight.take();
        self.log.push(event);
    }
}

impl<N: Network> Drop for Finish<N> {
    fn drop(&mut self) {
        if !self.log.is_finished() {
            self.end(CheckEvent::Failed(CheckFailure::Stopped));
        }
        self.in_flight.take();
        let service = self.service.clone();
        let id = self.id.clone();
        // No runtime means the server is shutting down: nothing is left to clean up.
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            return;
        };
        runtime.spawn(async move {
            tokio::time::sleep(FINISHED_EVENTS_LINGER).await;
            if let Some(service) = service.upgrade() {
                service.lock_running().remove(&id);
            }
        });
    }
}

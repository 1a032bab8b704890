//! The browser's outward results: taken once per check, on this server or for a check
//! another server sharing the database runs, stored with its report, and answered with
//! the report within a request's time.

use std::{sync::atomic::Ordering, time::SystemTime};

use ringcheck_engine::Network;
use ringcheck_shared::{
    catalog::Transport,
    check::CheckId,
    egress::{EgressError, EgressPlan, EgressReport, EgressState, EgressSubmission, ReportedBy},
    report::Report,
};

use crate::service::{ids, store::StoreError};

use super::{CheckService, FINISHED_EVENTS_LINGER, REPORT_READ_LIMIT, cluster, from_unix, unix};

/// UDP tests that got no answer while the STUN responders may have been turning this
/// check's requests away: not tested, never blocked.
pub(super) fn unanswered_udp_not_tested(submission: &mut EgressSubmission) -> usize {
    let mut changed = 0;
    for result in &mut submission.results {
        if result.transport == Transport::Udp
            && matches!(result.state, EgressState::NoAnswer | EgressState::Failed)
        {
            result.state = EgressState::NotTested;
            result.waited_ms = None;
            changed += 1;
        }
    }
    changed
}
/// Why the browser's results were not taken.
#[derive(thiserror::Error, Debug)]
pub enum EgressRefusal {
    #[error("no check with this id is running or stored")]
    UnknownCheck,
    #[error("the check finished too long ago to add browser results")]
    TooLate,
    #[error(transparent)]
    Invalid(EgressError),
    #[error("this check already has its browser results")]
    AlreadySubmitted,
    #[error(transparent)]
    Store(StoreError),
    #[error("the results were stored, but the check ended without a report to show them in")]
    ReportUnavailable,
    /// The check runs on past what a request may wait for its report, or its report
    /// could not be read in that time.
    #[error("the results were stored; the report was not ready in time")]
    ReportPending,
}

impl<N: Network> CheckService<N> {
    /// Takes the browser's outward results for a check that is running or finished in
    /// the last moments, once, and stores them with its report; returns the report with
    /// them, once the check has finished. The check may run on another server sharing the
    /// database.
    pub async fn submit_egress(
        &self,
        id: &CheckId,
        mut submission: EgressSubmission,
    ) -> Result<Report, EgressRefusal> {
        // Every wait below ends by then, well within the server's timeout for one
        // request: results stored are never answered with an error for being slow.
        let Some(check) = self.lock_running().get(id).cloned() else {
            let answer_by = self.store.now() + self.report_wait;
            return self
                .submit_egress_elsewhere(id, submission, answer_by)
                .await;
        };
        // This server's own check, timed by its own steady clock.
        let answer_by = tokio::time::Instant::now() + self.report_wait;
        submission
            .validate(&check.egress)
            .map_err(EgressRefusal::Invalid)?;
        if check.stun_shed() {
            self.not_judged_for_shedding(id, &mut submission);
        }
        // Under the families' lock, so no other family's run starts after the results
        // are taken (see `add_address`).
        if check.take_egress() {
            return Err(EgressRefusal::AlreadySubmitted);
        }
        let expires = self.report_expiry(check.created);
        if let Err(refusal) = self
            .store_egress(id, submission, &check.egress, expires)
            .await
        {
            if matches!(refusal, EgressRefusal::Store(_)) {
                // Nothing was kept, so the browser may try again.
                check.egress_received.store(false, Ordering::SeqCst);
            }
            return Err(refusal);
        }
        // The browser may finish before the probes: its answer is the whole report, as
        // soon as the check has ended (it must by its deadline).
        let accepted = tokio::time::Instant::from_std(check.accepted);
        let ends_at = accepted + self.stored_within();
        if tokio::time::timeout_at(ends_at.min(answer_by), check.log.finished())
            .await
            .is_err()
        {
            return Err(not_reported(ends_at > answer_by));
        }
        // And the probes of the visitor's other address, if its browser reached us over
        // another family: the report it is answered with has them, unless they outlast
        // what a request may wait.
        check.family_runs_ended(answer_by).await;
        match tokio::time::timeout(REPORT_READ_LIMIT, self.stored_report(id)).await {
            Ok(Ok(Some(report))) => Ok(report),
            Ok(Ok(None)) => Err(EgressRefusal::ReportUnavailable),
            Ok(Err(error)) => Err(EgressRefusal::Store(error)),
            Err(_) => Err(EgressRefusal::ReportPending),
        }
    }

    /// The browser's results for a check this server does not run: another server sharing
    /// the database may, within the same window as here.
    async fn submit_egress_elsewhere(
        &self,
        id: &CheckId,
        mut submission: EgressSubmission,
        answer_by: SystemTime,
    ) -> Result<Report, EgressRefusal> {
        let now = self.store.now();
        let shared = match self.store.cluster() {
            Some(tables) => tables
                .shared_check(id, unix(now))
                .await
                .map_err(EgressRefusal::Store)?,
            None => None,
        };
        let Some(check) = shared.filter(|check| {
            check.finished_at.is_none_or(|finished| {
                unix(now) - finished <= FINISHED_EVENTS_LINGER.as_secs() as i64
            })
        }) else {
            return match self.stored_report(id).await {
                Ok(Some(_)) => Err(EgressRefusal::TooLate),
                Ok(None) => Err(EgressRefusal::UnknownCheck),
                Err(error) => Err(EgressRefusal::Store(error)),
            };
        };
        let plan: EgressPlan = serde_json::from_str(&check.egress_plan)
            .map_err(|error| EgressRefusal::Store(StoreError::Corrupt(error)))?;
        submission.validate(&plan).map_err(EgressRefusal::Invalid)?;
        let created = from_unix(check.created_at);
        // Its browser may have asked this server's responders too.
        let since_created = self.store.now().duration_since(created).unwrap_or_default();
        let started = std::time::Instant::now().checked_sub(since_created);
        if started.is_none_or(|started| self.egress.stun_shed_since(started)) {
            self.not_judged_for_shedding(id, &mut submission);
        }
        // Kept as long as the report, and waited for until its end, by the settings of
        // the server that runs it.
        let expires = check
            .report_expires_at
            .map_or(self.report_expiry(created), from_unix);
        self.store_egress(id, submission, &plan, expires).await?;
        let ends_at = from_unix(check.ends_at);
        let stored = cluster::report_when_stored(&self.store, id, ends_at, answer_by);
        match stored.await {
            Ok(Some(report)) => Ok(report),
            Ok(None) => Err(not_reported(ends_at > answer_by)),
            Err(error) => Err(EgressRefusal::Store(error)),
        }
    }

    /// Makes the UDP tests of `submission` that got no answer "not tested": the STUN
    /// responders may have turned them away.
    fn not_judged_for_shedding(&self, id: &CheckId, submission: &mut EgressSubmission) {
        let changed = unanswered_udp_not_tested(submission);
        if changed > 0 {
            tracing::info!(
                check = %ids::log_label(id.as_str()),
                changed,
                "UDP tests without an answer are not judged: the STUN responders were \
                 shedding load"
            );
        }
    }

    /// Stores validated browser results, once per check (the database holds to it).
    async fn store_egress(
        &self,
        id: &CheckId,
        submission: EgressSubmission,
        plan: &EgressPlan,
        expires: SystemTime,
    ) -> Result<(), EgressRefusal> {
        let received = self.store.now();
        // In plan order, whatever order the browser finished them in.
        let mut results = submission.results;
        results.sort_by_key(|result| {
            plan.targets
                .iter()
                .position(|t| t.transport == result.transport && t.port == result.port)
        });
        let egress = EgressReport {
            reported_by: ReportedBy::VisitorBrowser,
            received_at: humantime::format_rfc3339_seconds(received).to_string(),
            results,
            nat: submission.nat,
            phone: submission.phone,
        };
        match self
            .store
            .save_egress(id, &egress, unix(received), unix(expires))
            .await
        {
            Ok(true) => {
                for result in &egress.results {
                    self.metrics.outward_result(
                        result.transport.slug(),
                        result.port.get(),
                        result.state.slug(),
                    );
                }
                Ok(())
            }
            Ok(false) => Err(EgressRefusal::AlreadySubmitted),
            Err(error) => Err(EgressRefusal::Store(error)),
        }
    }
}

/// Why no report came with the browser's results: the check may still end after the
/// request must be answered, or it ended without one.
fn not_reported(ends_after_the_answer: bool) -> EgressRefusal {
    if ends_after_the_answer {
        EgressRefusal::ReportPending
    } else {
        EgressRefusal::ReportUnavailable
    }
}

//! Running checks: admission, the probe run in the background, events for subscribers,
//! the report stored before the visitor is told the check is done, and the browser's
//! outward results taken once per check.

pub mod admission;
pub mod events;
mod families;
mod shared;

pub use families::{AddressRefusal, AddressTaken};

use std::{
    collections::HashMap,
    net::IpAddr,
    sync::{
        Arc, Mutex, Weak,
        atomic::{AtomicBool, Ordering},
    },
    time::{Duration, SystemTime, UNIX_EPOCH},
};

use ringcheck_shared::{
    catalog,
    catalog::Transport,
    check::{
        CheckId, CheckPlan, CheckStarted, PlannedProbe, ProbeResult, ProbedAddress, mask_address,
        probe_back_plan,
    },
    egress::{EgressError, EgressPlan, EgressReport, EgressState, EgressSubmission, ReportedBy},
    family::AddressFamily,
    report::Report,
    routes::ApiPath,
};
use tokio::sync::watch;

use crate::{
    engine::{Network, NonPublic, Prober, RoundTrips, StunPass, SystemNetwork, TargetPolicy},
    metrics::Metrics,
    service::{
        egress_plan::EgressSetup,
        ids,
        store::{CheckTimes, ReportStore, StorageLimits, StorageShort, StoreError},
    },
};
use admission::{Admission, InFlight, Refusal};
use events::{CheckEvent, EventLog};

/// How long a finished check stays in memory: a subscriber arriving just after it ended
/// still gets every probe as it happened, and the browser, whose outward tests may end
/// after the probes, can still submit its results. After this, only the stored report.
const FINISHED_EVENTS_LINGER: Duration = Duration::from_secs(60);
/// How long past its deadline a check may take to store its report, when the browser's
/// results wait for it.
const REPORT_STORE_GRACE: Duration = Duration::from_secs(5);
/// The longest the browser's results wait for the check's report: well under the
/// server's timeout for one request, so the answer is never cut off after the results
/// were stored.
const MAX_REPORT_WAIT: Duration = Duration::from_secs(20);
/// The longest the last read of the report, after the wait, may take.
const REPORT_READ_LIMIT: Duration = Duration::from_secs(5);
/// The longest a request with the browser's results takes to be answered.
pub const EGRESS_ANSWER_WITHIN: Duration =
    Duration::from_secs(MAX_REPORT_WAIT.as_secs() + REPORT_READ_LIMIT.as_secs());
/// The window a network's daily cap on stored reports counts over.
const DAY: Duration = Duration::from_secs(24 * 3600);

/// A check that is running or just finished: its events, and what its browser results
/// must match.
struct RunningCheck {
    log: Arc<EventLog>,
    egress: EgressPlan,
    created: SystemTime,
    egress_received: AtomicBool,
    /// The visitor's round trips, which set how long the probes wait.
    round_trips: Arc<RoundTrips>,
    /// When the check was accepted, and whether its events have been asked for since.
    accepted: std::time::Instant,
    followed: AtomicBool,
    /// The families of the addresses it probes, the request's own first.
    families: Mutex<Vec<AddressFamily>>,
    /// Runs of another family's address under way (see `families.rs`).
    family_runs: watch::Sender<usize>,
    /// The origin of the page that started it (its request's `Origin`), which every call
    /// at another family's host must come from too; `None` when a program started it.
    page: Option<String>,
    /// The STUN allowances of the households it probes, while it lives.
    stun_passes: Mutex<Vec<StunPass>>,
}

impl RunningCheck {
    /// Whether a STUN request of this check may have gone unanswered for our lack of
    /// allowance, so its UDP tests that got no answer say nothing of the network.
    fn stun_shed(&self) -> bool {
        let passes = self.stun_passes.lock().unwrap_or_else(|p| p.into_inner());
        passes.iter().any(StunPass::shed_since_start)
    }
}

/// UDP tests that got no answer while the STUN responders may have been turning this
/// check's requests away: not tested, never blocked.
fn unanswered_udp_not_tested(submission: &mut EgressSubmission) -> usize {
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

/// Why a check did not start.
#[derive(thiserror::Error, Debug)]
pub enum StartError {
    /// The request came from an address Ring Check may not probe.
    #[error("{address} is {}", why.describe())]
    NotPublic { address: IpAddr, why: NonPublic },
    #[error(transparent)]
    Refused(Refusal),
    /// The disk holding the reports is nearly full, or the reports take as much room
    /// as they may: a new report might not fit.
    #[error("{short}")]
    StorageFull { short: StorageShort },
    /// Its network stored as many reports in the last day as one network may.
    #[error(
        "the network of this address stored {limit} reports in the last day, as many as \
         it may; the next may start in {} s",
        retry_after.as_secs()
    )]
    NetworkDailyLimit { limit: u32, retry_after: Duration },
    /// No randomness for an unguessable id.
    #[error("no randomness for an id: {0}")]
    NoRandomness(getrandom::Error),
    /// The report database could not be read or written for the check: telling the other
    /// servers about it, or counting its network's reports.
    #[error("the report database could not be used for the check: {0}")]
    Store(StoreError),
}

/// How long reports are kept, and how much of them may be stored.
#[derive(Debug, Clone, Copy)]
pub struct Retention {
    pub report_ttl: Duration,
    /// The room they may take; without it, no check starts.
    pub storage: StorageLimits,
    /// Reports one network (an IPv4 /24, an IPv6 /48) may store in a day.
    pub network_reports_per_day: u32,
}

pub struct CheckService<N: Network = SystemNetwork> {
    prober: Prober<N>,
    store: ReportStore,
    admission: Arc<Admission>,
    running: Mutex<HashMap<CheckId, Arc<RunningCheck>>>,
    plan: Vec<PlannedProbe>,
    egress: EgressSetup,
    retention: Retention,
    targets: TargetPolicy,
    metrics: Arc<Metrics>,
    /// Whether the last start found the storage short.
    storage_short: AtomicBool,
    /// How long the browser's results wait for a check's report; [`MAX_REPORT_WAIT`].
    report_wait: Duration,
    /// The checks other servers run that are followed here, each copied once.
    followed: Mutex<HashMap<CheckId, Weak<EventLog>>>,
}

impl<N: Network> CheckService<N> {
    pub fn new(
        prober: Prober<N>,
        store: ReportStore,
        admission: Arc<Admission>,
        egress: EgressSetup,
        retention: Retention,
        targets: TargetPolicy,
        metrics: Arc<Metrics>,
    ) -> Arc<Self> {
        Arc::new(Self {
            prober,
            store,
            admission,
            running: Mutex::new(HashMap::new()),
            plan: probe_back_plan(catalog()),
            egress,
            retention,
            targets,
            metrics,
            storage_short: AtomicBool::new(false),
            report_wait: MAX_REPORT_WAIT,
            followed: Mutex::new(HashMap::new()),
        })
    }

    pub fn metrics(&self) -> &Arc<Metrics> {
        &self.metrics
    }

    pub fn admission(&self) -> &Admission {
        &self.admission
    }

    /// The most a complete submission of the browser's results may take, in bytes.
    pub fn egress_body_limit(&self) -> usize {
        self.egress.submission_bytes()
    }

    /// Starts probing `target` in the background: the address the request came from,
    /// which the target policy must allow (public, unless the server runs in local mode).
    /// `page` is the request's `Origin`, if it had one.
    pub async fn start(
        self: &Arc<Self>,
        target: IpAddr,
        page: Option<String>,
    ) -> Result<CheckStarted, StartError> {
        self.targets
            .check(target)
            .map_err(|why| StartError::NotPublic {
                address: target,
                why,
            })?;
        let room = self.store.has_room(self.retention.storage).await;
        // Said when it changes, not for every refused visitor: the log may share the disk.
        if self.storage_short.swap(room.is_err(), Ordering::Relaxed) != room.is_err() {
            match room {
                Err(short) => tracing::warn!("{short}: new checks are refused"),
                Ok(()) => tracing::info!("the reports have room again"),
            }
        }
        room.map_err(|short| StartError::StorageFull { short })?;
        let in_flight = self.admission.admit(target).map_err(StartError::Refused)?;
        // Read after admission, whose rates bound how often a network has it read.
        self.within_daily_cap(target).await?;
        let id = ids::new_check_id().map_err(StartError::NoRandomness)?;
        let token = ids::new_check_id().map_err(StartError::NoRandomness)?;
        let created = self.store.now();
        let stun_pass = self.egress.stun_pass(target);
        let egress = self.egress.plan(token.to_string());
        // Servers sharing the database can take its browser results and stream its
        // events: it is written down before anyone is told it started.
        let log = if self.store.is_shared() {
            let times = CheckTimes {
                created_at: unix(created),
                ends_at: unix(created + self.prober.longest_check() + REPORT_STORE_GRACE),
                expires_at: unix(created + self.shared_window()),
                report_expires_at: unix(created + self.retention.report_ttl),
            };
            let plan = serde_json::to_string(&egress).unwrap_or_default();
            self.store
                .register_check(&id, times, &plan)
                .await
                .map_err(StartError::Store)?;
            EventLog::with_mirror(Some(shared::mirror(
                self.store.clone(),
                id.clone(),
                times.expires_at,
            )))
        } else {
            EventLog::new()
        };
        let running = Arc::new(RunningCheck {
            log,
            egress: egress.clone(),
            created,
            egress_received: AtomicBool::new(false),
            round_trips: self.prober.round_trips(),
            accepted: std::time::Instant::now(),
            followed: AtomicBool::new(false),
            families: Mutex::new(vec![AddressFamily::of(target)]),
            family_runs: watch::Sender::new(0),
            page,
            stun_passes: Mutex::new(vec![stun_pass]),
        });
        self.lock_running().insert(id.clone(), running.clone());
        let plan = self.check_plan(&egress);
        let started = CheckStarted {
            events_url: ApiPath::CheckEvents.with_id(id.as_str()),
            report_url: ApiPath::Report.with_id(id.as_str()),
            egress_url: ApiPath::CheckEgress.with_id(id.as_str()),
            id: id.clone(),
            target: target.to_string(),
            local_mode: self.targets.is_local(),
            probes: plan.probes.clone(),
            entries: plan.entries.clone(),
            deadline_ms: self.prober.longest_check().as_millis() as u64,
            egress,
        };
        tokio::spawn(self.clone().run(id, target, running, in_flight));
        Ok(started)
    }

    /// `Ok` while the network of `target` stored fewer reports in the last day than
    /// one network may. Checks of the network running now are not counted yet, so it
    /// may go over by as many as it may run at once.
    async fn within_daily_cap(&self, target: IpAddr) -> Result<(), StartError> {
        let limit = self.retention.network_reports_per_day;
        let now = unix(self.store.now());
        let day = DAY.as_secs() as i64;
        let newest = self
            .store
            .newest_network_reports(&mask_address(target), now - day, limit)
            .await
            .map_err(StartError::Store)?;
        // The day's newest `limit`: it may store another once the oldest of them is a
        // day old.
        match newest.last() {
            Some(&frees_at) if newest.len() >= limit as usize => {
                Err(StartError::NetworkDailyLimit {
                    limit,
                    retry_after: Duration::from_secs((frees_at + day - now).clamp(1, day) as u64),
                })
            }
            _ => Ok(()),
        }
    }

    /// The live events of a check that is still running, or just finished. The first to
    /// ask for them tells the visitor's round trip: its page could only ask once the check's
    /// acceptance reached it, so the time since is at least one round trip. The probes
    /// wait by it when nothing of the visitor answers them (a router that drops what it
    /// did not ask for).
    pub fn events(&self, id: &CheckId) -> Option<Arc<EventLog>> {
        let running = self.lock_running();
        let check = running.get(id)?;
        if !check.followed.swap(true, Ordering::SeqCst) {
            check.round_trips.record(check.accepted.elapsed());
        }
        Some(check.log.clone())
    }

    /// Whether this server runs check `id`, or ran it in the last moments.
    pub fn runs_here(&self, id: &CheckId) -> bool {
        self.lock_running().contains_key(id)
    }

    /// How long a check is known to the other servers sharing the database: while it may
    /// run and store its report, and for as long as its events linger here.
    fn shared_window(&self) -> Duration {
        self.prober.longest_check() + REPORT_STORE_GRACE + FINISHED_EVENTS_LINGER
    }

    /// The events of a check another server sharing the database runs or ran lately,
    /// copied from the database as they come into a log of this server's, one per check
    /// however many follow it here.
    pub async fn shared_events(&self, id: &CheckId) -> Result<Option<Arc<EventLog>>, StoreError> {
        if let Some(log) = self.lock_followed().get(id).and_then(Weak::upgrade) {
            return Ok(Some(log));
        }
        let Some(check) = self.store.shared_check(id, unix(self.store.now())).await? else {
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
        tokio::spawn(shared::copy_events(
            self.store.clone(),
            id.clone(),
            check,
            log.clone(),
        ));
        Ok(Some(log))
    }

    fn lock_followed(&self) -> std::sync::MutexGuard<'_, HashMap<CheckId, Weak<EventLog>>> {
        self.followed.lock().unwrap_or_else(|p| p.into_inner())
    }

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
        let expires = check.created + self.retention.report_ttl;
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
        let ends_at = accepted + self.prober.longest_check() + REPORT_STORE_GRACE;
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
        let shared = self
            .store
            .shared_check(id, unix(now))
            .await
            .map_err(EgressRefusal::Store)?;
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
            .map_or(created + self.retention.report_ttl, from_unix);
        self.store_egress(id, submission, &plan, expires).await?;
        let ends_at = from_unix(check.ends_at);
        let stored = shared::report_when_stored(&self.store, id, ends_at, answer_by);
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

    /// Waits until every running check has stored its report, for at most as long as a
    /// check may take to end and store it; how many were still running then.
    pub async fn finish_running(&self) -> usize {
        let deadline =
            tokio::time::Instant::now() + self.prober.longest_check() + REPORT_STORE_GRACE;
        loop {
            let running = self.admission.in_flight();
            if running == 0 || tokio::time::Instant::now() >= deadline {
                return running;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub fn store(&self) -> &ReportStore {
        &self.store
    }

    /// A finished check's stored report, unless it is unknown or has expired.
    pub async fn stored_report(&self, id: &CheckId) -> Result<Option<Report>, StoreError> {
        self.store.get(id, unix(self.store.now())).await
    }

    async fn run(
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
        let expires = created + self.retention.report_ttl;
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
            judgement: None,
        };
        match self.store.save(&report, unix(created), unix(expires)).await {
            Ok(()) => {
                self.metrics.check_finished();
                finish.end(CheckEvent::Report);
            }
            Err(error) => {
                tracing::error!(%error, check = %ids::log_label(id.as_str()), "could not store a report");
                finish.end(CheckEvent::Failed(
                    "The check finished but its results could not be saved, so there is no \
                     link to share. Please run the check again in a minute."
                        .into(),
                ));
            }
        }
    }

    /// Probes `target` by the plan, counting each result and streaming it to whoever
    /// follows the check's `log` as it comes.
    async fn probe_back(
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

    /// What a check tests: the same for every check but for the browser's targets.
    fn check_plan(&self, egress: &EgressPlan) -> CheckPlan {
        CheckPlan::new(catalog(), self.plan.clone(), egress.targets.clone())
            .with_families(self.egress.families())
    }

    fn lock_running(&self) -> std::sync::MutexGuard<'_, HashMap<CheckId, Arc<RunningCheck>>> {
        self.running.lock().unwrap_or_else(|p| p.into_inner())
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
            self.end(CheckEvent::Failed(
                "The check stopped unexpectedly. Please run it again.".into(),
            ));
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

/// Why no report came with the browser's results: the check may still end after the
/// request must be answered, or it ended without one.
fn not_reported(ends_after_the_answer: bool) -> EgressRefusal {
    if ends_after_the_answer {
        EgressRefusal::ReportPending
    } else {
        EgressRefusal::ReportUnavailable
    }
}

fn from_unix(seconds: i64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(u64::try_from(seconds).unwrap_or(0))
}

pub fn unix(time: SystemTime) -> i64 {
    time.duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// A check service on a database of its own, as the tests of it and of the routes need.
#[cfg(test)]
pub(crate) fn test_service(local_mode: bool) -> (Arc<CheckService>, tempfile::TempDir) {
    let data = tempfile::tempdir().unwrap();
    let store = ReportStore::open_sqlite(&data.path().join("reports.db")).unwrap();
    let service = test_service_on(SystemNetwork, store, local_mode, Duration::from_millis(500));
    (service, data)
}

/// A check service on `network` and `store`, whose checks end by `deadline`.
#[cfg(test)]
pub(crate) fn test_service_on<N: Network>(
    network: N,
    store: ReportStore,
    local_mode: bool,
    deadline: Duration,
) -> Arc<CheckService<N>> {
    use std::num::NonZeroU32;

    use crate::engine::{ListenerHealth, ProbeConfig, StunLimiter};

    let prober = Prober::new(
        network,
        ProbeConfig {
            // A long check's probes wait as long as it lasts.
            attempt_timeout: if deadline > Duration::from_secs(1) {
                deadline
            } else {
                Duration::from_millis(200)
            },
            min_attempt_timeout: Duration::from_millis(100),
            retries: 0,
            deadline,
            turn_wait: Duration::from_millis(500),
            max_sockets: 64,
        },
    );
    let many = NonZeroU32::new(1000).unwrap();
    let admission = Admission::new(admission::Limits {
        max_in_flight: 8,
        per_minute: NonZeroU32::new(60).unwrap(),
        burst: NonZeroU32::new(10).unwrap(),
        network_in_flight: 8,
        network_per_minute: many,
        network_burst: many,
        overall_per_minute: many,
        overall_burst: many,
    });
    let egress = EgressSetup::new(
        &HashMap::new(),
        false,
        4000,
        ListenerHealth::new(),
        StunLimiter::new(Default::default()),
    );
    CheckService::new(
        prober,
        store,
        admission,
        egress,
        Retention {
            report_ttl: Duration::from_secs(3600),
            storage: StorageLimits {
                min_free_disk_bytes: 0,
                max_database_bytes: 0,
            },
            network_reports_per_day: 1000,
        },
        TargetPolicy {
            any_private: local_mode,
            private_networks: Vec::new(),
        },
        Arc::new(Metrics::new()),
    )
}

#[cfg(test)]
mod tests {
    use std::net::{IpAddr, Ipv4Addr};

    use super::*;

    #[test]
    fn udp_tests_without_an_answer_are_not_tested_when_stun_was_shed() {
        use ringcheck_shared::{egress::EgressResult, port::Port};
        let result = |transport, port, state| EgressResult {
            transport,
            port: Port::known(port),
            family: None,
            state,
            rtt_ms: None,
            waited_ms: (state == EgressState::NoAnswer).then_some(4000),
        };
        let mut submission = EgressSubmission {
            token: "t".repeat(22),
            results: vec![
                result(Transport::Udp, 4172, EgressState::NoAnswer),
                result(Transport::Udp, 15063, EgressState::Reached),
                result(Transport::Udp, 15064, EgressState::Failed),
                result(Transport::Tcp, 9998, EgressState::NoAnswer),
            ],
            nat: None,
            phone: None,
        };
        assert_eq!(unanswered_udp_not_tested(&mut submission), 2);
        let states: Vec<_> = submission.results.iter().map(|r| r.state).collect();
        assert_eq!(
            states,
            [
                EgressState::NotTested,
                EgressState::Reached,
                EgressState::NotTested,
                EgressState::NoAnswer
            ],
            "what was reached stays reached, and TCP is not the responders' doing"
        );
        assert_eq!(submission.results[0].waited_ms, None);
    }

    #[tokio::test]
    async fn only_a_public_address_is_probed_unless_in_local_mode() {
        let (service, _data) = test_service(false);
        for address in ["10.0.0.7", "127.0.0.1", "100.64.1.1", "::1", "fe80::1"] {
            let target: IpAddr = address.parse().unwrap();
            match service.start(target, None).await {
                Err(StartError::NotPublic { address, .. }) => assert_eq!(address, target),
                other => panic!("{address}: {other:?}"),
            }
        }
        assert_eq!(service.admission().in_flight(), 0, "nothing was admitted");

        let (local, _data) = test_service(true);
        let started = local
            .start(IpAddr::V4(Ipv4Addr::LOCALHOST), None)
            .await
            .expect("local mode probes loopback");
        assert!(started.local_mode);
        assert_eq!(
            started.events_url,
            format!("/api/checks/{}/events", started.id)
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_visitor_s_place_is_free_before_its_final_event() {
        let (service, _data) = test_service(true);
        let target = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 9));
        for _ in 0..10 {
            let started = service.start(target, None).await.unwrap();
            let log = service.events(&started.id).unwrap();
            // A thread that looks the instant the final event is there, as a visitor whose
            // browser starts again at once would.
            let watcher = std::thread::spawn({
                let service = service.clone();
                move || {
                    let give_up = std::time::Instant::now() + Duration::from_secs(10);
                    while !log.is_finished() {
                        assert!(std::time::Instant::now() < give_up, "the check never ended");
                        std::hint::spin_loop();
                    }
                    service.admission().is_running(target)
                }
            });
            let still_running = tokio::task::spawn_blocking(move || watcher.join().unwrap())
                .await
                .unwrap();
            assert!(
                !still_running,
                "the final event came before the place was freed"
            );
        }
    }

    /// A network where nothing ever answers: a check on it runs to its deadline.
    struct Silent;

    impl Network for Silent {
        async fn connect_tcp(&self, _: std::net::SocketAddr) -> std::io::Result<()> {
            std::future::pending().await
        }

        async fn sip_options(&self, _: std::net::SocketAddr) -> std::io::Result<()> {
            std::future::pending().await
        }
    }

    /// The browser's results for `started`: none, as its plan has nothing testable here.
    fn no_results(started: &CheckStarted) -> EgressSubmission {
        assert!(!started.egress.targets.iter().any(|t| t.is_testable()));
        EgressSubmission {
            token: started.egress.token.clone(),
            results: Vec::new(),
            nat: None,
            phone: None,
        }
    }

    /// Two stores on one new PostgreSQL database, as two servers have.
    async fn two_postgres_stores() -> Option<(ReportStore, ReportStore)> {
        let url = crate::service::store::test_postgres::new_database().await?;
        let database = crate::service::Database::Postgres(url);
        let connect = || ReportStore::connect(&database);
        Some((connect().await.unwrap(), connect().await.unwrap()))
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_server_whose_clock_is_off_still_takes_another_server_s_check() {
        let Some((store_a, store_b)) = two_postgres_stores().await else {
            return;
        };
        // B's host clock ten minutes fast: by it, A's check expired long ago.
        let ReportStore::Postgres(postgres_b) = &store_b else {
            unreachable!()
        };
        postgres_b.clock().skew_local_clock(600_000);
        store_b.purge_expired(0).await.unwrap();
        let short = Duration::from_millis(500);
        let a = test_service_on(SystemNetwork, store_a, true, short);
        let b = test_service_on(SystemNetwork, store_b, true, short);

        let started = a
            .start(IpAddr::V4(Ipv4Addr::LOCALHOST), None)
            .await
            .unwrap();
        let id = &started.id;
        assert!(
            b.shared_events(id).await.unwrap().is_some(),
            "B follows A's check"
        );
        let report = b
            .submit_egress(id, no_results(&started))
            .await
            .expect("B takes the browser's results of A's check");
        assert_eq!(report.id, *id);
        assert!(report.egress.is_some());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn results_sent_to_another_server_are_answered_while_the_check_runs_on() {
        let Some((store_a, store_b)) = two_postgres_stores().await else {
            return;
        };
        // A's check runs for a minute; B may answer a request for 2 s.
        let a = test_service_on(Silent, store_a, true, Duration::from_secs(60));
        let mut b = test_service_on(SystemNetwork, store_b, true, Duration::from_millis(500));
        Arc::get_mut(&mut b).unwrap().report_wait = Duration::from_secs(2);

        let started = a
            .start(IpAddr::V4(Ipv4Addr::LOCALHOST), None)
            .await
            .unwrap();
        let asked = std::time::Instant::now();
        let answer = b.submit_egress(&started.id, no_results(&started)).await;
        assert!(
            matches!(answer, Err(EgressRefusal::ReportPending)),
            "{answer:?}"
        );
        assert!(
            asked.elapsed() < Duration::from_secs(10),
            "answered after {:?}, when the report wait is 2 s",
            asked.elapsed()
        );
        // Kept all the same: a second submission finds them.
        let again = b.submit_egress(&started.id, no_results(&started)).await;
        assert!(
            matches!(again, Err(EgressRefusal::AlreadySubmitted)),
            "{again:?}"
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn results_are_answered_while_this_server_s_own_check_runs_on() {
        let data = tempfile::tempdir().unwrap();
        let store = ReportStore::open_sqlite(&data.path().join("reports.db")).unwrap();
        let mut service = test_service_on(Silent, store, true, Duration::from_secs(60));
        Arc::get_mut(&mut service).unwrap().report_wait = Duration::from_secs(1);
        let started = service
            .start(IpAddr::V4(Ipv4Addr::LOCALHOST), None)
            .await
            .unwrap();
        let asked = std::time::Instant::now();
        let answer = service
            .submit_egress(&started.id, no_results(&started))
            .await;
        assert!(
            matches!(answer, Err(EgressRefusal::ReportPending)),
            "{answer:?}"
        );
        assert!(
            asked.elapsed() < Duration::from_secs(10),
            "{:?}",
            asked.elapsed()
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_check_s_report_is_stored_with_its_plan_made_small() {
        let (service, data) = test_service(true);
        let started = service
            .start(IpAddr::V4(Ipv4Addr::LOCALHOST), None)
            .await
            .unwrap();
        service.events(&started.id).unwrap().finished().await;
        let db = rusqlite::Connection::open(data.path().join("reports.db")).unwrap();
        let body: String = db
            .query_row("SELECT body FROM reports", [], |row| row.get(0))
            .unwrap();
        assert!(
            body.contains("\"stored_plan\"") && !body.contains("\"plan\""),
            "{body}"
        );
        let report = service.stored_report(&started.id).await.unwrap().unwrap();
        assert_eq!(report.plan, Some(service.check_plan(&started.egress)));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_network_stores_no_more_reports_a_day_than_its_cap() {
        let data = tempfile::tempdir().unwrap();
        let store = ReportStore::open_sqlite(&data.path().join("reports.db")).unwrap();
        let mut service = test_service_on(SystemNetwork, store, true, Duration::from_millis(500));
        Arc::get_mut(&mut service)
            .unwrap()
            .retention
            .network_reports_per_day = 2;
        let run = async |address: [u8; 4]| {
            let started = service.start(IpAddr::from(address), None).await?;
            service.events(&started.id).unwrap().finished().await;
            Ok::<_, StartError>(())
        };
        run([127, 0, 0, 1]).await.unwrap();
        run([127, 0, 0, 2]).await.unwrap();
        match run([127, 0, 0, 3]).await {
            Err(StartError::NetworkDailyLimit { limit, retry_after }) => {
                assert_eq!(limit, 2);
                assert!(
                    retry_after > DAY - Duration::from_secs(60) && retry_after <= DAY,
                    "{retry_after:?}: when the first of the day is a day old"
                );
            }
            other => panic!("a third report of 127.0.0.0/24 in a day: {other:?}"),
        }
        assert_eq!(
            service.admission().in_flight(),
            0,
            "its place is free again"
        );
        run([127, 0, 1, 1])
            .await
            .expect("another network has its own cap");
    }
}

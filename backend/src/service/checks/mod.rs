//! Running checks: admission, the probe run in the background, events for subscribers,
//! the report stored before the visitor is told the check is done, and the browser's
//! outward results taken once per check.

pub mod admission;
mod cluster;
pub mod events;
mod families;
mod results;
mod run;
mod start;
#[cfg(test)]
mod testing;
#[cfg(test)]
mod tests;

pub use families::{AddressRefusal, AddressTaken};
pub use results::EgressRefusal;
pub use start::StartError;
#[cfg(test)]
pub(crate) use testing::test_service;

use std::{
    collections::HashMap,
    sync::{
        Arc, Mutex, Weak,
        atomic::{AtomicBool, Ordering},
    },
    time::{Duration, SystemTime, UNIX_EPOCH},
};

use ringcheck_engine::{Network, Prober, RoundTrips, StunPass, SystemNetwork, TargetPolicy};
use ringcheck_shared::{
    catalog,
    check::{CheckId, CheckPlan, PlannedProbe, probe_back_plan},
    egress::EgressPlan,
    family::AddressFamily,
    report::Report,
};
use tokio::sync::watch;

use crate::{
    metrics::Metrics,
    service::{
        egress_plan::EgressSetup,
        store::{ReportStore, StorageLimits, StoreError},
    },
};
use admission::Admission;
use events::EventLog;

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
    pub fn store(&self) -> &ReportStore {
        &self.store
    }

    /// How long after its start a check has stored its report at the latest: its
    /// longest run and the grace its report's write may take.
    fn stored_within(&self) -> Duration {
        self.prober.longest_check() + REPORT_STORE_GRACE
    }

    /// When a report made at `created` expires.
    fn report_expiry(&self, created: SystemTime) -> SystemTime {
        created + self.retention.report_ttl
    }

    /// A finished check's stored report, unless it is unknown or has expired.
    pub async fn stored_report(&self, id: &CheckId) -> Result<Option<Report>, StoreError> {
        self.store.get(id, unix(self.store.now())).await
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

fn from_unix(seconds: i64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(u64::try_from(seconds).unwrap_or(0))
}

pub fn unix(time: SystemTime) -> i64 {
    time.duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

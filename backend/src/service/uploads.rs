//! The video upload test's bounds: one test at a time per household, and a few an hour,
//! a few at once per network and server-wide, and the total inbound rate every running
//! test may send under the operator's `--upload-capacity-mbps`. A test holds its place
//! while it runs and gives it back when it ends, however it ends.

use std::{
    collections::{HashMap, HashSet},
    net::IpAddr,
    sync::{Arc, Mutex, MutexGuard},
    time::{Duration, Instant},
};

use ipnet::IpNet;
use ringcheck_engine::{
    allowance::{Allowances, Denied},
    household_of, network_of,
};
use ringcheck_shared::upload::{
    HOLD_MS, INTERVAL_MS, MAX_STREAMS, PhaseKind, RAMP_MS, UploadPhase, UploadPlan, WARMUP_MS,
};

/// Round trips measured before sending, one every 100 ms.
pub const IDLE_PINGS: u32 = 12;
pub const IDLE_PING_EVERY: Duration = Duration::from_millis(100);
/// One round trip every 200 ms while sending.
pub const LOADED_PING_EVERY: Duration = Duration::from_millis(200);
/// The most a test may take from its start to its last figure, whatever the browser
/// does: the idle round trips, the phases and a margin.
pub const MAX_TEST: Duration = Duration::from_secs(16);
/// Each binary message the browser sends: a thirty-second of a second of one stream
/// (the server counts whole messages, so a second's figure is within 3 %), between
/// these.
const MIN_CHUNK_BYTES: u32 = 256;
const MAX_CHUNK_BYTES: u32 = 16 * 1024;

/// Households whose starts of the last hour are remembered: when more start tests within
/// it, the newest are told the server is busy rather than the table growing.
const MAX_HOUSEHOLDS: usize = 100_000;

/// What the operator sets.
#[derive(Debug, Clone, Copy)]
pub struct UploadLimits {
    /// One stream's target, kbit/s.
    pub target_kbps: u32,
    /// All tests together may be sent at most this, kbit/s (each counted at its ramp).
    pub capacity_kbps: u64,
    /// Tests at once, server-wide.
    pub tests_in_flight: u32,
    /// Tests at once from one network (IPv4 /24, IPv6 /48).
    pub network_tests_in_flight: u32,
    /// Tests one household may start an hour, after a burst of this many.
    pub household_tests_per_hour: u32,
    pub household_tests_burst: u32,
    /// Tests one network may start an hour, after a burst of this many.
    pub network_tests_per_hour: u32,
    pub network_tests_burst: u32,
}

#[derive(thiserror::Error, Debug, Clone, PartialEq, Eq)]
pub enum UploadRefusal {
    /// This household already has an upload test running.
    #[error("an upload test of this address is already running")]
    InProgress,
    /// Its network has as many upload tests running as it may.
    #[error("the network of this address has as many upload tests running as it may")]
    NetworkBusy,
    /// The server runs as many tests, or takes in as much, as it may.
    #[error("the server is taking in as much upload as it may")]
    Busy,
    /// More streams than a test may have.
    #[error("a test has 1 to {MAX_STREAMS} streams")]
    Streams,
    /// This household started many tests lately; it may start another after this long.
    #[error("this address started many upload tests lately")]
    RateLimited { retry_after: Duration },
    /// Its network started many tests lately; one may start after this long.
    #[error("the network of this address started many upload tests lately")]
    NetworkRateLimited { retry_after: Duration },
}

struct Running {
    households: HashSet<IpNet>,
    networks: HashMap<IpNet, u32>,
    tests: u32,
    kbps: u64,
    /// Each household's starts, an hour's worth at most, and each network's.
    household_rate: Allowances<IpNet>,
    network_rate: Allowances<IpNet>,
}

/// Who may run an upload test now.
pub struct Uploads {
    limits: UploadLimits,
    running: Mutex<Running>,
}

/// A running test's place: given back when dropped.
pub struct UploadTicket {
    uploads: Arc<Uploads>,
    household: IpNet,
    network: IpNet,
    kbps: u64,
    /// What this test sends.
    pub plan: UploadPlan,
}

impl Uploads {
    pub fn new(limits: UploadLimits) -> Arc<Self> {
        let household_rate = Allowances::per_hour(
            limits.household_tests_per_hour,
            limits.household_tests_burst,
            MAX_HOUSEHOLDS,
        );
        let network_rate = Allowances::per_hour(
            limits.network_tests_per_hour,
            limits.network_tests_burst,
            MAX_HOUSEHOLDS,
        );
        Arc::new(Self {
            limits,
            running: Mutex::new(Running {
                households: HashSet::new(),
                networks: HashMap::new(),
                tests: 0,
                kbps: 0,
                household_rate,
                network_rate,
            }),
        })
    }

    pub fn limits(&self) -> UploadLimits {
        self.limits
    }

    fn running(&self) -> MutexGuard<'_, Running> {
        self.running.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A place for a test of `streams` from `address`, or why not; its streams connect at
    /// `stream_path`.
    pub fn admit(
        self: &Arc<Self>,
        address: IpAddr,
        streams: u8,
        stream_path: String,
    ) -> Result<UploadTicket, UploadRefusal> {
        if !(1..=MAX_STREAMS).contains(&streams) {
            return Err(UploadRefusal::Streams);
        }
        let plan = self.plan(streams, stream_path);
        // Counted at its ramp, the most it is asked to send.
        let kbps = plan
            .phases
            .iter()
            .map(|p| u64::from(p.kbps))
            .max()
            .unwrap_or(0);
        let household = household_of(address);
        let network = network_of(address);
        let now = Instant::now();
        let mut running = self.running();
        if running.households.contains(&household) {
            return Err(UploadRefusal::InProgress);
        }
        running
            .household_rate
            .check(&household, now)
            .map_err(|denied| {
                refusal(denied, |retry_after| UploadRefusal::RateLimited {
                    retry_after,
                })
            })?;
        running
            .network_rate
            .check(&network, now)
            .map_err(|denied| {
                refusal(denied, |retry_after| UploadRefusal::NetworkRateLimited {
                    retry_after,
                })
            })?;
        if running.networks.get(&network).copied().unwrap_or(0)
            >= self.limits.network_tests_in_flight
        {
            return Err(UploadRefusal::NetworkBusy);
        }
        if running.tests >= self.limits.tests_in_flight
            || running.kbps + kbps > self.limits.capacity_kbps
        {
            return Err(UploadRefusal::Busy);
        }
        running.household_rate.take(household, now);
        running.network_rate.take(network, now);
        running.households.insert(household);
        *running.networks.entry(network).or_default() += 1;
        running.tests += 1;
        running.kbps += kbps;
        Ok(UploadTicket {
            uploads: self.clone(),
            household,
            network,
            kbps,
            plan,
        })
    }

    /// What a test of `streams` sends.
    fn plan(&self, streams: u8, stream_path: String) -> UploadPlan {
        let all = self.limits.target_kbps.saturating_mul(u32::from(streams));
        let phases = vec![
            UploadPhase {
                kind: PhaseKind::Warmup,
                ms: WARMUP_MS,
                kbps: all,
            },
            UploadPhase {
                kind: PhaseKind::Hold,
                ms: HOLD_MS,
                kbps: all,
            },
            UploadPhase {
                kind: PhaseKind::Ramp,
                ms: RAMP_MS,
                kbps: all.saturating_mul(2),
            },
        ];
        // What the phases ask for, and a quarter more for a browser that sends in bursts.
        let asked: u64 = phases
            .iter()
            .map(|p| u64::from(p.kbps) * 1000 / 8 * u64::from(p.ms) / 1000)
            .sum();
        UploadPlan {
            streams,
            target_kbps: self.limits.target_kbps,
            stream_path,
            phases,
            max_bytes: asked + asked / 4,
            chunk_bytes: (self.limits.target_kbps * 1000 / 8 / 32)
                .clamp(MIN_CHUNK_BYTES, MAX_CHUNK_BYTES),
        }
    }

    /// Tests running now, and the rate they may send together, kbit/s.
    pub fn in_flight(&self) -> (u32, u64) {
        let running = self.running();
        (running.tests, running.kbps)
    }
}

impl Drop for UploadTicket {
    fn drop(&mut self) {
        let mut running = self.uploads.running();
        running.households.remove(&self.household);
        if let Some(count) = running.networks.get_mut(&self.network) {
            *count -= 1;
            if *count == 0 {
                running.networks.remove(&self.network);
            }
        }
        running.tests -= 1;
        running.kbps -= self.kbps;
    }
}

/// A rate's refusal: `spent`, with how long to wait; a table too full to hold another
/// household or network (more started tests within the hour than it holds) is the
/// server being busy.
fn refusal(denied: Denied, spent: fn(Duration) -> UploadRefusal) -> UploadRefusal {
    match denied {
        Denied::Spent { retry_after } => spent(retry_after),
        Denied::Full => UploadRefusal::Busy,
    }
}

/// How many intervals each phase of `plan` takes.
pub fn intervals(plan: &UploadPlan, kind: PhaseKind) -> u32 {
    plan.phases
        .iter()
        .filter(|p| p.kind == kind)
        .map(|p| p.ms / INTERVAL_MS)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uploads() -> Arc<Uploads> {
        Uploads::new(UploadLimits {
            target_kbps: 2_000,
            capacity_kbps: 20_000,
            tests_in_flight: 4,
            network_tests_in_flight: 2,
            household_tests_per_hour: 12,
            household_tests_burst: 4,
            network_tests_per_hour: 60,
            network_tests_burst: 6,
        })
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn a_household_starts_a_few_tests_at_once_then_a_few_an_hour() {
        let uploads = uploads();
        for _ in 0..4 {
            // Each ends (its ticket dropped) before the next starts.
            uploads.admit(ip("198.51.100.7"), 1, "/s".into()).unwrap();
        }
        let Err(UploadRefusal::RateLimited { retry_after }) =
            uploads.admit(ip("198.51.100.7"), 1, "/s".into())
        else {
            panic!("the fifth start within moments is told to wait");
        };
        // Twelve an hour: one every five minutes.
        assert!(
            (Duration::from_secs(290)..=Duration::from_secs(300)).contains(&retry_after),
            "{retry_after:?}"
        );
        // Another household is not held to this one's starts.
        uploads.admit(ip("198.51.100.8"), 1, "/s".into()).unwrap();
    }

    #[test]
    fn a_network_whose_households_keep_changing_is_held_too() {
        let uploads = uploads();
        // An IPv6 home that takes a new /64 of its /48 for every start.
        for n in 1..=6 {
            let address = ip(&format!("2001:db8:0:{n:x}::1"));
            uploads.admit(address, 1, "/s".into()).unwrap();
        }
        let Err(UploadRefusal::NetworkRateLimited { retry_after }) =
            uploads.admit(ip("2001:db8:0:ff::1"), 1, "/s".into())
        else {
            panic!("the seventh start from the network within moments is told to wait");
        };
        // Sixty an hour: one a minute.
        assert!(
            (Duration::from_secs(55)..=Duration::from_secs(60)).contains(&retry_after),
            "{retry_after:?}"
        );
        uploads.admit(ip("2001:db8:1::1"), 1, "/s".into()).unwrap();
    }

    #[test]
    fn one_test_per_household_and_the_place_comes_back_when_it_ends() {
        let uploads = uploads();
        let first = uploads.admit(ip("198.51.100.7"), 1, "/s".into()).unwrap();
        assert_eq!(
            uploads.admit(ip("198.51.100.7"), 1, "/s".into()).err(),
            Some(UploadRefusal::InProgress)
        );
        drop(first);
        assert!(uploads.admit(ip("198.51.100.7"), 1, "/s".into()).is_ok());
        assert_eq!(uploads.in_flight(), (0, 0), "dropped at once");
    }

    #[test]
    fn a_network_and_the_server_have_their_limits_and_the_capacity_counts_the_ramp() {
        let uploads = uploads();
        let a = uploads.admit(ip("198.51.100.1"), 1, "/s".into()).unwrap();
        let b = uploads.admit(ip("198.51.100.2"), 1, "/s".into()).unwrap();
        assert_eq!(
            uploads.admit(ip("198.51.100.3"), 1, "/s".into()).err(),
            Some(UploadRefusal::NetworkBusy)
        );
        // Two tests of one stream ramp to 4,000 kbit/s each: 8,000 of 20,000 taken.
        assert_eq!(uploads.in_flight(), (2, 8_000));
        // Four streams ramp to 16,000: past the capacity.
        assert_eq!(
            uploads.admit(ip("203.0.113.1"), 4, "/s".into()).err(),
            Some(UploadRefusal::Busy)
        );
        let c = uploads.admit(ip("203.0.113.1"), 2, "/s".into()).unwrap();
        // 16,000 taken: one more stream fills the capacity exactly.
        let d = uploads.admit(ip("192.0.2.1"), 1, "/s".into()).unwrap();
        assert_eq!(uploads.in_flight(), (4, 20_000));
        assert_eq!(
            uploads.admit(ip("192.0.2.200"), 1, "/s".into()).err(),
            Some(UploadRefusal::Busy),
            "four tests, and the capacity, taken"
        );
        drop((a, b, c, d));
        assert_eq!(uploads.in_flight(), (0, 0));
    }

    #[test]
    fn streams_are_bounded_and_the_plan_says_what_to_send() {
        let uploads = uploads();
        assert_eq!(
            uploads.admit(ip("198.51.100.7"), 0, "/s".into()).err(),
            Some(UploadRefusal::Streams)
        );
        assert_eq!(
            uploads.admit(ip("198.51.100.7"), 5, "/s".into()).err(),
            Some(UploadRefusal::Streams)
        );
        let ticket = uploads.admit(ip("198.51.100.7"), 2, "/s".into()).unwrap();
        let plan = &ticket.plan;
        assert_eq!(plan.phases[1].kbps, 4_000, "two streams at 2,000");
        assert_eq!(plan.phases[2].kbps, 8_000);
        assert_eq!(intervals(plan, PhaseKind::Hold), 32);
        // 2 s at 4,000, 8 s at 4,000 and 2 s at 8,000 kbit/s: 7 MB, and a quarter more.
        assert_eq!(plan.max_bytes, 7_000_000 + 1_750_000);
    }
}

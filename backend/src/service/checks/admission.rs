//! Who may start a check now: one at a time per household, a few at a time per network,
//! as many as the server may run, and each within three rates: the household's, its
//! network's and everybody's. A household is an IPv4 address or an IPv6 /64; a network
//! is an IPv4 /24 or an IPv6 /48 (one customer can hold 65,536 /64s). Only a check that
//! starts is charged to any rate.

use std::{
    collections::{HashMap, HashSet},
    net::IpAddr,
    num::NonZeroU32,
    sync::{Arc, Mutex, MutexGuard},
    time::{Duration, Instant},
};

use ipnet::IpNet;
use ringcheck_engine::{
    allowance::{Allowances, Denied},
    household_of, network_of,
};

/// Households and networks remembered by the rates at once; idle ones are forgotten.
const MAX_TRACKED: usize = 100_000;

#[derive(thiserror::Error, Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// This household already has a check running.
    #[error("a check of this address is already running")]
    AlreadyRunning,
    /// Its network already has as many checks running as it may.
    #[error("the network of this address has as many checks running as it may")]
    NetworkBusy,
    /// The server is running as many checks as it may, or starting them as fast as it may.
    #[error("the server is running as many checks as it may")]
    Busy,
    /// This household started too many checks lately.
    #[error(
        "this address started too many checks lately; try again in {} ms",
        retry_after.as_millis()
    )]
    RateLimited { retry_after: Duration },
    /// Its network started too many checks lately.
    #[error(
        "the network of this address started too many checks lately; try again in {} ms",
        retry_after.as_millis()
    )]
    NetworkRateLimited { retry_after: Duration },
}

#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_in_flight: usize,
    /// A household's rate.
    pub per_minute: NonZeroU32,
    pub burst: NonZeroU32,
    /// Checks of one network running at once.
    pub network_in_flight: usize,
    /// A network's rate.
    pub network_per_minute: NonZeroU32,
    pub network_burst: NonZeroU32,
    /// Everybody's rate.
    pub overall_per_minute: NonZeroU32,
    pub overall_burst: NonZeroU32,
}

pub struct Admission {
    limits: Limits,
    state: Mutex<State>,
}

struct State {
    households: HashSet<IpNet>,
    networks: HashMap<IpNet, usize>,
    household_rate: Allowances<IpNet>,
    network_rate: Allowances<IpNet>,
    overall_rate: Allowances<()>,
}

/// Where `address` is counted: its household and its network.
fn keys(address: IpAddr) -> (IpNet, IpNet) {
    (household_of(address), network_of(address))
}

impl Admission {
    pub fn new(limits: Limits) -> Arc<Self> {
        let state = State {
            households: HashSet::new(),
            networks: HashMap::new(),
            household_rate: Allowances::per_minute(
                limits.per_minute.get(),
                limits.burst.get(),
                MAX_TRACKED,
            ),
            network_rate: Allowances::per_minute(
                limits.network_per_minute.get(),
                limits.network_burst.get(),
                MAX_TRACKED,
            ),
            overall_rate: Allowances::per_minute(
                limits.overall_per_minute.get(),
                limits.overall_burst.get(),
                1,
            ),
        };
        Arc::new(Self {
            limits,
            state: Mutex::new(state),
        })
    }

    /// Admits a check for `address`, or says why not.
    pub fn admit(self: &Arc<Self>, address: IpAddr) -> Result<InFlight, Refusal> {
        let (household, network) = keys(address);
        let now = Instant::now();
        let mut state = self.lock();
        if state.households.contains(&household) {
            return Err(Refusal::AlreadyRunning);
        }
        if state.households.len() >= self.limits.max_in_flight {
            return Err(Refusal::Busy);
        }
        if state.networks.get(&network).copied().unwrap_or(0) >= self.limits.network_in_flight {
            return Err(Refusal::NetworkBusy);
        }
        let refusal = |network: bool| {
            move |denied| match denied {
                Denied::Spent { retry_after } if network => {
                    Refusal::NetworkRateLimited { retry_after }
                }
                Denied::Spent { retry_after } => Refusal::RateLimited { retry_after },
                Denied::Full => Refusal::Busy,
            }
        };
        state
            .household_rate
            .check(&household, now)
            .map_err(refusal(false))?;
        state
            .network_rate
            .check(&network, now)
            .map_err(refusal(true))?;
        state
            .overall_rate
            .check(&(), now)
            .map_err(|_| Refusal::Busy)?;
        state.household_rate.take(household, now);
        state.network_rate.take(network, now);
        state.overall_rate.take((), now);
        state.households.insert(household);
        *state.networks.entry(network).or_insert(0) += 1;
        Ok(InFlight {
            admission: self.clone(),
            household,
            network,
        })
    }

    /// Whether the household of `address` has a check running.
    pub fn is_running(&self, address: IpAddr) -> bool {
        self.lock().households.contains(&keys(address).0)
    }

    pub fn in_flight(&self) -> usize {
        self.lock().households.len()
    }

    /// Forgets households and networks whose rates are full again, so memory stays
    /// bounded.
    pub fn forget_idle(&self) {
        let now = Instant::now();
        let mut state = self.lock();
        state.household_rate.forget_idle(now);
        state.network_rate.forget_idle(now);
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// A running check's place; dropping it frees its household, network and server slot.
pub struct InFlight {
    admission: Arc<Admission>,
    household: IpNet,
    network: IpNet,
}

impl Drop for InFlight {
    fn drop(&mut self) {
        let mut state = self.admission.lock();
        state.households.remove(&self.household);
        if let Some(count) = state.networks.get_mut(&self.network) {
            *count -= 1;
            if *count == 0 {
                state.networks.remove(&self.network);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(value: u32) -> NonZeroU32 {
        NonZeroU32::new(value).unwrap()
    }

    /// Networks and everybody as generous as can be: only the household's limits bite.
    fn households(max_in_flight: usize, per_minute: u32, burst: u32) -> Arc<Admission> {
        Admission::new(Limits {
            max_in_flight,
            per_minute: n(per_minute),
            burst: n(burst),
            network_in_flight: usize::MAX,
            network_per_minute: n(10_000),
            network_burst: n(10_000),
            overall_per_minute: n(10_000),
            overall_burst: n(10_000),
        })
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn one_check_at_a_time_per_address() {
        let admission = households(10, 100, 100);
        let first = admission.admit(ip("198.51.100.1")).unwrap();
        assert_eq!(
            admission.admit(ip("198.51.100.1")).err(),
            Some(Refusal::AlreadyRunning)
        );
        assert_eq!(
            admission.admit(ip("::ffff:198.51.100.1")).err(),
            Some(Refusal::AlreadyRunning)
        );
        assert!(admission.admit(ip("198.51.100.2")).is_ok());
        drop(first);
        assert!(admission.admit(ip("198.51.100.1")).is_ok());
    }

    #[test]
    fn ipv6_addresses_in_one_slash_64_are_one_visitor() {
        let admission = households(10, 100, 100);
        let _first = admission.admit(ip("2001:db8:1:2::1")).unwrap();
        assert_eq!(
            admission.admit(ip("2001:db8:1:2:ffff::9")).err(),
            Some(Refusal::AlreadyRunning)
        );
        assert!(admission.admit(ip("2001:db8:1:3::1")).is_ok());
    }

    #[test]
    fn the_server_wide_cap_holds() {
        let admission = households(2, 100, 100);
        let _a = admission.admit(ip("198.51.100.1")).unwrap();
        let _b = admission.admit(ip("198.51.100.2")).unwrap();
        assert_eq!(
            admission.admit(ip("198.51.100.3")).err(),
            Some(Refusal::Busy)
        );
        assert_eq!(admission.in_flight(), 2);
    }

    #[test]
    fn the_rate_allows_a_burst_then_says_when_to_retry() {
        let admission = households(10, 5, 2);
        for _ in 0..2 {
            drop(admission.admit(ip("198.51.100.1")).unwrap());
        }
        match admission.admit(ip("198.51.100.1")) {
            Err(Refusal::RateLimited { retry_after }) => {
                assert!(
                    retry_after > Duration::from_secs(5) && retry_after <= Duration::from_secs(12),
                    "{retry_after:?}"
                );
            }
            other => panic!("expected a rate limit, got {:?}", other.err()),
        }
        assert!(
            admission.admit(ip("198.51.100.2")).is_ok(),
            "others are not affected"
        );
    }

    #[test]
    fn refusals_for_a_running_check_or_a_full_server_do_not_use_up_the_rate() {
        let admission = households(1, 5, 1);
        let running = admission.admit(ip("198.51.100.1")).unwrap();
        assert_eq!(
            admission.admit(ip("198.51.100.2")).err(),
            Some(Refusal::Busy)
        );
        drop(running);
        assert!(admission.admit(ip("198.51.100.2")).is_ok());
    }

    #[test]
    fn one_network_cannot_fill_the_server_from_many_households() {
        let admission = Admission::new(Limits {
            network_in_flight: 2,
            network_per_minute: n(3),
            network_burst: n(3),
            ..households(100, 100, 100).limits
        });
        // Three /64s of one /48: two run at once, the third waits.
        let a = admission.admit(ip("2001:db8:7:1::1")).unwrap();
        let _b = admission.admit(ip("2001:db8:7:2::1")).unwrap();
        assert_eq!(
            admission.admit(ip("2001:db8:7:3::1")).err(),
            Some(Refusal::NetworkBusy)
        );
        assert!(
            admission.admit(ip("2001:db8:8:1::1")).is_ok(),
            "another /48"
        );
        drop(a);
        let c = admission.admit(ip("2001:db8:7:3::1")).unwrap();
        // And its rate: three a minute from the /48, whichever /64 asks.
        drop(c);
        assert!(matches!(
            admission.admit(ip("2001:db8:7:4::1")),
            Err(Refusal::NetworkRateLimited { .. })
        ));
        // IPv4: a /24 is one network.
        let v4 = Admission::new(Limits {
            network_in_flight: 1,
            ..households(100, 100, 100).limits
        });
        let _first = v4.admit(ip("198.51.100.1")).unwrap();
        assert_eq!(
            v4.admit(ip("198.51.100.200")).err(),
            Some(Refusal::NetworkBusy)
        );
        assert!(v4.admit(ip("198.51.101.1")).is_ok());
    }

    #[test]
    fn everybody_s_rate_holds_whoever_asks() {
        let admission = Admission::new(Limits {
            overall_per_minute: n(2),
            overall_burst: n(2),
            ..households(100, 100, 100).limits
        });
        assert!(admission.admit(ip("198.51.100.1")).is_ok());
        assert!(admission.admit(ip("198.51.101.1")).is_ok());
        assert_eq!(
            admission.admit(ip("198.51.102.1")).err(),
            Some(Refusal::Busy)
        );
    }

    #[test]
    fn a_refusal_by_one_rate_spends_none_of_the_others() {
        let admission = Admission::new(Limits {
            network_per_minute: n(1),
            network_burst: n(1),
            ..households(100, 1, 1).limits
        });
        drop(admission.admit(ip("198.51.100.1")).unwrap());
        // The network's one check a minute is spent: refused, its own rate untouched.
        assert!(matches!(
            admission.admit(ip("198.51.100.2")),
            Err(Refusal::NetworkRateLimited { .. })
        ));
        assert!(
            admission
                .lock()
                .household_rate
                .check(&keys(ip("198.51.100.2")).0, Instant::now())
                .is_ok(),
            "the household that was refused has its allowance whole"
        );
    }
}

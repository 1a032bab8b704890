//! Who may start a check now: one at a time per address, a server-wide cap, and a
//! per-address rate. IPv6 visitors are counted per /64, the block one household gets.

use std::{
    collections::HashSet,
    net::IpAddr,
    num::NonZeroU32,
    sync::{Arc, Mutex},
    time::Duration,
};

use governor::{
    DefaultKeyedRateLimiter, Quota, RateLimiter,
    clock::{Clock, DefaultClock},
};

use crate::engine::canonical;

#[derive(thiserror::Error, Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// This address already has a check running.
    #[error("a check of this address is already running")]
    AlreadyRunning,
    /// The server is running as many checks as it may.
    #[error("the server is running as many checks as it may")]
    Busy,
    /// This address started too many checks lately; try again after this long.
    #[error(
        "this address started too many checks lately; try again in {} ms",
        retry_after.as_millis()
    )]
    RateLimited { retry_after: Duration },
}

#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_in_flight: usize,
    pub per_minute: NonZeroU32,
    pub burst: NonZeroU32,
}

pub struct Admission {
    limits: Limits,
    in_flight: Mutex<HashSet<IpAddr>>,
    rate: DefaultKeyedRateLimiter<IpAddr>,
}

impl Admission {
    pub fn new(limits: Limits) -> Arc<Self> {
        let quota = Quota::per_minute(limits.per_minute).allow_burst(limits.burst);
        Arc::new(Self {
            limits,
            in_flight: Mutex::new(HashSet::new()),
            rate: RateLimiter::keyed(quota),
        })
    }

    /// Admits a check for `address`, or says why not. The rate is only charged for a
    /// check that starts.
    pub fn admit(self: &Arc<Self>, address: IpAddr) -> Result<InFlight, Refusal> {
        let key = client_key(address);
        let mut in_flight = self.in_flight.lock().unwrap_or_else(|p| p.into_inner());
        if in_flight.contains(&key) {
            return Err(Refusal::AlreadyRunning);
        }
        if in_flight.len() >= self.limits.max_in_flight {
            return Err(Refusal::Busy);
        }
        if let Err(not_until) = self.rate.check_key(&key) {
            let retry_after = not_until.wait_time_from(DefaultClock::default().now());
            return Err(Refusal::RateLimited { retry_after });
        }
        in_flight.insert(key);
        Ok(InFlight {
            admission: self.clone(),
            key,
        })
    }

    pub fn in_flight(&self) -> usize {
        self.in_flight
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .len()
    }

    /// Forgets addresses whose rate allowance is full again, so memory stays bounded.
    pub fn forget_idle(&self) {
        self.rate.retain_recent();
        self.rate.shrink_to_fit();
    }
}

/// A running check's place; dropping it frees the address and the server-wide slot.
pub struct InFlight {
    admission: Arc<Admission>,
    key: IpAddr,
}

impl Drop for InFlight {
    fn drop(&mut self) {
        let mut in_flight = self
            .admission
            .in_flight
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        in_flight.remove(&self.key);
    }
}

fn client_key(address: IpAddr) -> IpAddr {
    match canonical(address) {
        IpAddr::V6(v6) => {
            let prefix = u128::from(v6) & (u128::MAX << 64);
            IpAddr::V6(prefix.into())
        }
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn admission(max_in_flight: usize, per_minute: u32, burst: u32) -> Arc<Admission> {
        Admission::new(Limits {
            max_in_flight,
            per_minute: NonZeroU32::new(per_minute).unwrap(),
            burst: NonZeroU32::new(burst).unwrap(),
        })
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn one_check_at_a_time_per_address() {
        let admission = admission(10, 100, 100);
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
        let admission = admission(10, 100, 100);
        let _first = admission.admit(ip("2001:db8:1:2::1")).unwrap();
        assert_eq!(
            admission.admit(ip("2001:db8:1:2:ffff::9")).err(),
            Some(Refusal::AlreadyRunning)
        );
        assert!(admission.admit(ip("2001:db8:1:3::1")).is_ok());
    }

    #[test]
    fn the_server_wide_cap_holds() {
        let admission = admission(2, 100, 100);
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
        let admission = admission(10, 5, 2);
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
        let admission = admission(1, 5, 1);
        let running = admission.admit(ip("198.51.100.1")).unwrap();
        assert_eq!(
            admission.admit(ip("198.51.100.2")).err(),
            Some(Refusal::Busy)
        );
        drop(running);
        assert!(admission.admit(ip("198.51.100.2")).is_ok());
    }
}

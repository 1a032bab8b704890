//! How often one household may look up stored reports: a share link's report, `/oembed`
//! for one, and the events of a check this server does not run each read the database,
//! so each household (an IPv4 address, an IPv6 /64, as admission counts them) has a rate
//! of its own, in a table of bounded size. The default lets a support agent open link
//! after link and stops a script reading the database as fast as it can.

use std::{
    net::IpAddr,
    num::NonZeroU32,
    sync::{Mutex, PoisonError},
    time::{Duration, Instant},
};

use ipnet::IpNet;
use ringcheck_engine::{
    allowance::{Allowances, Denied},
    household_of,
};

/// Households remembered at once; one whose allowance is full again is forgotten.
const MAX_TRACKED: usize = 100_000;

/// Why a lookup is refused now.
#[derive(thiserror::Error, Debug, Clone, Copy, PartialEq, Eq)]
pub enum LookupRefusal {
    /// This household looked up too many reports lately.
    #[error(
        "this address looked up too many reports lately; try again in {} ms",
        retry_after.as_millis()
    )]
    RateLimited { retry_after: Duration },
    /// So many households are looking reports up that the table is full.
    #[error("too many addresses are looking up reports right now")]
    Busy,
}

pub struct ReportLookups {
    rate: Mutex<Allowances<IpNet>>,
}

impl ReportLookups {
    /// `per_minute` lookups a minute for each household, `burst` at once.
    pub fn new(per_minute: NonZeroU32, burst: NonZeroU32) -> Self {
        Self {
            rate: Mutex::new(Allowances::per_minute(
                per_minute.get(),
                burst.get(),
                MAX_TRACKED,
            )),
        }
    }

    /// Counts one lookup by `address`, or says why it must wait.
    pub fn admit(&self, address: IpAddr) -> Result<(), LookupRefusal> {
        let household = household_of(address);
        self.rate
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .check_and_take(household, Instant::now())
            .map_err(|denied| match denied {
                Denied::Spent { retry_after } => LookupRefusal::RateLimited { retry_after },
                Denied::Full => LookupRefusal::Busy,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lookups(per_minute: u32, burst: u32) -> ReportLookups {
        ReportLookups::new(
            NonZeroU32::new(per_minute).unwrap(),
            NonZeroU32::new(burst).unwrap(),
        )
    }

    #[test]
    fn a_household_has_its_burst_then_waits_and_others_still_read() {
        let lookups = lookups(60, 3);
        let visitor: IpAddr = "2001:db8:1:2::10".parse().unwrap();
        for _ in 0..3 {
            assert_eq!(lookups.admit(visitor), Ok(()));
        }
        let Err(LookupRefusal::RateLimited { retry_after }) =
            lookups.admit("2001:db8:1:2::99".parse().unwrap())
        else {
            panic!("the same /64 is the same household");
        };
        assert!(
            retry_after > Duration::ZERO && retry_after <= Duration::from_secs(1),
            "{retry_after:?}"
        );
        assert_eq!(lookups.admit("2001:db8:1:3::10".parse().unwrap()), Ok(()));
        assert_eq!(lookups.admit("198.51.100.7".parse().unwrap()), Ok(()));
    }
}

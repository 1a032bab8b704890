//! How long the browser's outward tests wait, learnt from the first answers: the fastest
//! beacon reached gives the round trip to Ring Check over TCP, the fastest STUN answer
//! over UDP (until one comes, the TCP one stands in: the path is the same).
//!
//! Each address family learns its own, never another's: its host is a name of its own,
//! whose first lookup its own first answers pay for, and a family the home lacks never
//! answers at all. The page's call to the address endpoint at the family's host counts as
//! a TCP answer; when that call fails outright, the host cannot be reached over the
//! family, and its tests wait the floors alone, or not at all once every beacon test of
//! it has failed outright too.
//!
//! Before any answer a test waits the plan's timeout, as long as a slow network may need;
//! once the visitor's network has shown how fast it is, silence is given up on after a few
//! of its round trips, never sooner than the floors, which leave room for the
//! retransmissions that hide ordinary packet loss.

use std::cell::Cell;

use ringcheck_shared::{catalog::Transport, family::AddressFamily};

/// A beacon attempt waits at least this long before another is sent beside it: past a
/// fetch's connection and request on a slow home link.
pub const TCP_FLOOR_MS: u32 = 500;
/// Beacon attempts at most, each sent when the one before has waited its share and all
/// kept open, so a lost connection attempt is tried again while the first may still
/// answer (the system retransmits its SYN after a second).
pub const TCP_ATTEMPTS: u32 = 3;
/// A STUN test waits at least this long: Chromium sends its Binding request again after
/// 250 ms and 750 ms, so three chances of a request and its answer.
pub const UDP_FLOOR_MS: u32 = 1500;
/// How many round trips an attempt waits beyond: a fetch's round trip already counts the
/// connection and the request, jitter does the rest.
const ROUND_TRIPS: u32 = 4;

/// The fastest round trips seen so far in one check's outward tests, per family (the
/// page's own host, IPv4, IPv6) and transport.
pub struct Waits {
    ceiling_ms: u32,
    fastest: [[Cell<Option<u32>>; 2]; 3],
    /// Each family's host could not be reached at all.
    unreachable: [Cell<bool>; 3],
    /// The beacon tests each family runs.
    tcp_tests: u32,
    /// Each family's beacon tests that have not failed outright.
    tcp_left: [Cell<u32>; 3],
}

/// The waits of one family's tests.
#[derive(Clone, Copy)]
pub struct FamilyWaits<'a> {
    waits: &'a Waits,
    family: Option<AddressFamily>,
}

fn family_index(family: Option<AddressFamily>) -> usize {
    match family {
        None => 0,
        Some(AddressFamily::Ipv4) => 1,
        Some(AddressFamily::Ipv6) => 2,
    }
}

fn transport_index(transport: Transport) -> usize {
    match transport {
        Transport::Tcp => 0,
        Transport::Udp => 1,
    }
}

impl Waits {
    /// Waits of at most `ceiling_ms` (the plan's timeout), which is also the wait before
    /// anything has answered, for families that run `tcp_tests` beacon tests each.
    pub fn new(ceiling_ms: u32, tcp_tests: u32) -> Self {
        Self {
            ceiling_ms,
            fastest: Default::default(),
            unreachable: Default::default(),
            tcp_tests,
            tcp_left: std::array::from_fn(|_| Cell::new(tcp_tests)),
        }
    }

    /// The waits of `family`'s tests (`None`: the page's own host).
    pub fn of(&self, family: Option<AddressFamily>) -> FamilyWaits<'_> {
        FamilyWaits {
            waits: self,
            family,
        }
    }

    fn fastest(&self, family: usize, transport: Transport) -> Option<u32> {
        self.fastest[family][transport_index(transport)].get()
    }
}

impl FamilyWaits<'_> {
    /// Records the round trip of a test that was answered; the fastest counts.
    pub fn record(&self, transport: Transport, rtt_ms: u32) {
        let cell = &self.waits.fastest[family_index(self.family)][transport_index(transport)];
        if cell.get().is_none_or(|fastest| rtt_ms < fastest) {
            cell.set(Some(rtt_ms));
        }
    }

    /// The family's host could not be reached at all (a home without the family): its
    /// tests still under way, which can hardly be answered, wait the floors alone.
    pub fn unreachable(&self) {
        self.waits.unreachable[family_index(self.family)].set(true);
    }

    /// A beacon test of the family failed outright (its connection refused or never
    /// made, as when its host's name does not resolve).
    pub fn tcp_failed(&self) {
        let left = &self.waits.tcp_left[family_index(self.family)];
        left.set(left.get().saturating_sub(1));
    }

    /// Nothing of the family can be reached: its host, and every beacon test failed
    /// outright (a home without the family). Its STUN tests, which cannot be answered
    /// either, end at once.
    pub fn gone(&self) -> bool {
        let family = family_index(self.family);
        self.waits.unreachable[family].get()
            && self.waits.tcp_tests > 0
            && self.waits.tcp_left[family].get() == 0
    }

    /// Whether a STUN test of the family has been answered: UDP gets out over it.
    pub fn udp_answered(&self) -> bool {
        self.waits
            .fastest(family_index(self.family), Transport::Udp)
            .is_some()
    }

    /// The longest any test waits: the plan's timeout.
    pub fn ceiling_ms(&self) -> u32 {
        self.waits.ceiling_ms
    }

    /// How long one beacon attempt waits before the next is sent.
    pub fn tcp_attempt_ms(&self) -> u32 {
        self.wait(self.round_trip(&[Transport::Tcp]), TCP_FLOOR_MS)
    }

    /// How long a beacon test waits in all: its attempts' shares, within the ceiling.
    pub fn tcp_total_ms(&self) -> u32 {
        (self.tcp_attempt_ms() * TCP_ATTEMPTS).min(self.waits.ceiling_ms)
    }

    /// How long a STUN test waits: not at all once the family is [`gone`](Self::gone).
    pub fn udp_ms(&self) -> u32 {
        if self.gone() {
            return 0;
        }
        self.wait(
            self.round_trip(&[Transport::Udp, Transport::Tcp]),
            UDP_FLOOR_MS,
        )
    }

    /// This family's round trip over the first of `transports` it has one of; when its
    /// host cannot be reached, a round trip of nothing, so the floors decide.
    fn round_trip(&self, transports: &[Transport]) -> Option<u32> {
        let family = family_index(self.family);
        let own = transports
            .iter()
            .find_map(|&transport| self.waits.fastest(family, transport));
        own.or_else(|| self.waits.unreachable[family].get().then_some(0))
    }

    fn wait(&self, rtt: Option<u32>, floor: u32) -> u32 {
        let ceiling = self.waits.ceiling_ms;
        match rtt {
            None => ceiling,
            Some(rtt) => rtt.saturating_mul(ROUND_TRIPS).max(floor).min(ceiling),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use AddressFamily::{Ipv4, Ipv6};

    #[test]
    fn the_plan_s_timeout_until_something_answers() {
        let waits = Waits::new(4000, 2);
        let page = waits.of(None);
        assert_eq!(
            (page.tcp_attempt_ms(), page.tcp_total_ms(), page.udp_ms()),
            (4000, 4000, 4000)
        );
    }

    #[test]
    fn udp_is_answered_per_family_and_only_by_a_stun_answer() {
        let waits = Waits::new(4000, 2);
        let (ipv4, ipv6) = (waits.of(Some(Ipv4)), waits.of(Some(Ipv6)));
        ipv4.record(Transport::Tcp, 20);
        assert!(!ipv4.udp_answered(), "a beacon says nothing of UDP");
        ipv4.record(Transport::Udp, 20);
        assert!(ipv4.udp_answered());
        assert!(!ipv6.udp_answered(), "nor one family of another");
    }

    #[test]
    fn a_fast_network_gets_the_floors() {
        let waits = Waits::new(4000, 2);
        let page = waits.of(None);
        page.record(Transport::Tcp, 40);
        assert_eq!((page.tcp_attempt_ms(), page.tcp_total_ms()), (500, 1500));
        assert_eq!(page.udp_ms(), 1500, "the TCP round trip stands in for UDP");
    }

    #[test]
    fn a_slow_network_waits_a_few_of_its_round_trips_within_the_ceiling() {
        let waits = Waits::new(4000, 2);
        let page = waits.of(None);
        page.record(Transport::Tcp, 700);
        page.record(Transport::Tcp, 900);
        assert_eq!(page.tcp_attempt_ms(), 2800, "the fastest answer counts");
        assert_eq!(page.tcp_total_ms(), 4000);
        page.record(Transport::Udp, 450);
        assert_eq!(
            page.udp_ms(),
            1800,
            "UDP from its own answers once it has one"
        );
        page.record(Transport::Udp, 5000);
        assert_eq!(page.udp_ms(), 1800);
    }

    #[test]
    fn each_family_waits_as_long_as_its_own_answers_say() {
        let waits = Waits::new(4000, 2);
        let (v4, v6) = (waits.of(Some(Ipv4)), waits.of(Some(Ipv6)));
        v4.record(Transport::Tcp, 30);
        assert_eq!(v4.tcp_attempt_ms(), 500);
        assert_eq!(
            (v6.tcp_total_ms(), v6.udp_ms()),
            (4000, 4000),
            "IPv6's name may still be looked up, or the home may lack IPv6: IPv4's round \
             trips say nothing of it"
        );
        // Its first answer (the address call) paid for a slow first lookup.
        v6.record(Transport::Tcp, 2000);
        assert_eq!((v6.tcp_attempt_ms(), v6.udp_ms()), (4000, 4000));
        v6.record(Transport::Tcp, 40);
        assert_eq!((v6.tcp_attempt_ms(), v6.udp_ms()), (500, 1500));
        assert_eq!(
            waits.of(None).tcp_total_ms(),
            4000,
            "the page's own host apart"
        );
    }

    #[test]
    fn a_family_whose_host_cannot_be_reached_waits_the_floors() {
        let waits = Waits::new(4000, 2);
        let (v4, v6) = (waits.of(Some(Ipv4)), waits.of(Some(Ipv6)));
        v6.unreachable();
        assert_eq!((v6.tcp_attempt_ms(), v6.udp_ms()), (500, 1500));
        assert_eq!(v4.udp_ms(), 4000, "the other family is not told");
        v6.record(Transport::Udp, 600);
        assert_eq!(v6.udp_ms(), 2400, "an answer after all counts");
    }

    #[test]
    fn a_family_gone_whole_waits_no_longer_for_stun() {
        let waits = Waits::new(4000, 2);
        let (v4, v6) = (waits.of(Some(Ipv4)), waits.of(Some(Ipv6)));
        v6.tcp_failed();
        v6.tcp_failed();
        assert!(
            !v6.gone(),
            "its host may still answer: a firewall refusing two ports"
        );
        v6.unreachable();
        assert!(v6.gone());
        assert_eq!(v6.udp_ms(), 0);
        v4.unreachable();
        v4.tcp_failed();
        assert!(!v4.gone(), "a beacon of it is still out");
        assert_eq!(v4.udp_ms(), 1500);
        let no_beacons = Waits::new(4000, 0);
        no_beacons.of(Some(Ipv6)).unreachable();
        assert!(
            !no_beacons.of(Some(Ipv6)).gone(),
            "without beacon tests, the host alone says too little"
        );
    }
}

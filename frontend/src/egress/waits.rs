//! How long the browser's outward tests wait, learnt from the first answers: the fastest
//! beacon reached gives the round trip to Ring Check over TCP, the fastest STUN answer
//! over UDP (until one comes, the TCP one stands in: the path is the same). Before any
//! answer a test waits the plan's timeout, as long as a slow network may need; once the
//! visitor's network has shown how fast it is, silence is given up on after a few of its
//! round trips, never sooner than the floors, which leave room for the retransmissions
//! that hide ordinary packet loss.

use std::cell::Cell;

use ringcheck_shared::catalog::Transport;

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

/// The round trips seen so far in one check's outward tests, and the waits they give.
pub struct Waits {
    ceiling_ms: u32,
    tcp_rtt: Cell<Option<u32>>,
    udp_rtt: Cell<Option<u32>>,
}

impl Waits {
    /// Waits of at most `ceiling_ms` (the plan's timeout), which is also the wait before
    /// anything has answered.
    pub fn new(ceiling_ms: u32) -> Self {
        Self {
            ceiling_ms,
            tcp_rtt: Cell::new(None),
            udp_rtt: Cell::new(None),
        }
    }

    /// Records the round trip of a test that was answered; the fastest counts.
    pub fn record(&self, transport: Transport, rtt_ms: u32) {
        let cell = match transport {
            Transport::Tcp => &self.tcp_rtt,
            Transport::Udp => &self.udp_rtt,
        };
        if cell.get().is_none_or(|fastest| rtt_ms < fastest) {
            cell.set(Some(rtt_ms));
        }
    }

    /// The longest any test waits: the plan's timeout.
    pub fn ceiling_ms(&self) -> u32 {
        self.ceiling_ms
    }

    /// How long one beacon attempt waits before the next is sent.
    pub fn tcp_attempt_ms(&self) -> u32 {
        self.wait(self.tcp_rtt.get(), TCP_FLOOR_MS)
    }

    /// How long a beacon test waits in all: its attempts' shares, within the ceiling.
    pub fn tcp_total_ms(&self) -> u32 {
        (self.tcp_attempt_ms() * TCP_ATTEMPTS).min(self.ceiling_ms)
    }

    /// How long a STUN test waits.
    pub fn udp_ms(&self) -> u32 {
        self.wait(self.udp_rtt.get().or(self.tcp_rtt.get()), UDP_FLOOR_MS)
    }

    fn wait(&self, rtt: Option<u32>, floor: u32) -> u32 {
        match rtt {
            None => self.ceiling_ms,
            Some(rtt) => rtt
                .saturating_mul(ROUND_TRIPS)
                .max(floor)
                .min(self.ceiling_ms),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plan_s_timeout_until_something_answers() {
        let waits = Waits::new(4000);
        assert_eq!(
            (waits.tcp_attempt_ms(), waits.tcp_total_ms(), waits.udp_ms()),
            (4000, 4000, 4000)
        );
    }

    #[test]
    fn a_fast_network_gets_the_floors() {
        let waits = Waits::new(4000);
        waits.record(Transport::Tcp, 40);
        assert_eq!((waits.tcp_attempt_ms(), waits.tcp_total_ms()), (500, 1500));
        assert_eq!(waits.udp_ms(), 1500, "the TCP round trip stands in for UDP");
    }

    #[test]
    fn a_slow_network_waits_a_few_of_its_round_trips_within_the_ceiling() {
        let waits = Waits::new(4000);
        waits.record(Transport::Tcp, 700);
        waits.record(Transport::Tcp, 900);
        assert_eq!(waits.tcp_attempt_ms(), 2800, "the fastest answer counts");
        assert_eq!(waits.tcp_total_ms(), 4000);
        waits.record(Transport::Udp, 450);
        assert_eq!(
            waits.udp_ms(),
            1800,
            "UDP from its own answers once it has one"
        );
        waits.record(Transport::Udp, 5000);
        assert_eq!(waits.udp_ms(), 1800);
    }
}

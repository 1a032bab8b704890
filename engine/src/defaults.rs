//! The engine's settings out of the box: what a server uses unless told otherwise, and
//! what the command line shows as defaults.

use ringcheck_shared::{
    catalog::{Transport, catalog},
    port::Port,
};

/// One probe attempt waits this long for an answer.
pub const PROBE_TIMEOUT_MS: u64 = 1200;
/// The least a probe attempt waits, however fast the visitor answers: past a few
/// round trips of even a slow home link's answers (measured: a 300 ms link waits more, from
/// its own round trips).
pub const PROBE_MIN_TIMEOUT_MS: u64 = 250;
/// Silence is listened to for twice the attempt time in all before a port is called
/// filtered.
pub const PROBE_RETRIES: u8 = 1;
/// A check's probes end by this from its turn on, whatever they do.
pub const CHECK_DEADLINE_MS: u64 = 3000;
/// The longest a check waits for its turn when every probe socket is in use: within the
/// page's patience (it gives up 15 s past the deadline) with room to spare.
pub const CHECK_TURN_WAIT_MS: u64 = 5000;
/// Probe sockets open at once, server-wide (lowered to fit the open-files limit).
pub const MAX_PROBE_SOCKETS: u32 = 8192;
/// Media ports sampled by default: evenly spread, so no block wider than about 3,200
/// ports of the 16500-65000 range goes unseen.
pub const MEDIA_SAMPLE_SIZE: usize = 16;
/// Seconds between self-checks of the beacons and STUN responders.
pub const SELF_CHECK_INTERVAL_SECS: u64 = 60;

/// [`MEDIA_SAMPLE_SIZE`] ports evenly spread over the catalogue's media range, both ends
/// included.
pub fn media_sample() -> Vec<u16> {
    let Some((first, last)) = catalog().sampled_range(Transport::Udp) else {
        return Vec::new();
    };
    let (first, last) = (u32::from(first.get()), u32::from(last.get()));
    let gaps = (MEDIA_SAMPLE_SIZE - 1) as u32;
    (0..=gaps)
        .map(|i| (first + (last - first) * i / gaps) as u16)
        .collect()
}

/// The same sample as ports, as the default listeners take it.
pub fn media_sample_ports() -> Vec<Port> {
    media_sample().into_iter().map(Port::known).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_media_sample_spreads_16_ports_over_the_whole_range() {
        let sample = media_sample();
        assert_eq!(sample.len(), 16);
        assert_eq!((sample[0], sample[15]), (16500, 65000));
        let widest_gap = sample.windows(2).map(|w| w[1] - w[0]).max().unwrap();
        assert!(widest_gap <= 3234, "{widest_gap}");
    }
}

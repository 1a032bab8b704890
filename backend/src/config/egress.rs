//! The egress listeners: the beacons and STUN responders the visitor's browser tests
//! Ring's outward ports against, and how long it waits for each.

use clap::Args;
use ringcheck_shared::{catalog, catalog::Transport, port::Port};

use crate::service;
use ringcheck_engine::{self as engine, ListenerSpec, default_specs};

#[derive(Args, Debug, Clone)]
#[command(next_help_heading = "Egress listeners")]
pub struct Egress {
    /// A Ring port the visitor's browser tests outward, served by a beacon (TCP) or a STUN
    /// responder (UDP) (repeatable; replaces the defaults):
    /// `<tcp|udp>/<Ring port>[@<public port>][=<address:port>]`, e.g.
    /// `tcp/9998`, `tcp/443=0.0.0.0:8443` behind a load balancer, `udp/15063=127.0.0.1:0`.
    /// By default every Ring port the browser can test is served on the --bind address;
    /// the ones that cannot be opened (80 and 443 need root) are shown as not testable.
    #[arg(
        long = "egress-listener",
        env = "RINGCHECK_EGRESS_LISTENERS",
        value_delimiter = ','
    )]
    pub egress_listeners: Vec<ListenerSpec>,

    /// Open no egress listeners: the browser then tests nothing outward.
    #[arg(
        long,
        env = "RINGCHECK_NO_EGRESS_LISTENERS",
        conflicts_with = "egress_listeners"
    )]
    pub no_egress_listeners: bool,

    /// The ports of the media range the default listeners sample, each with a STUN
    /// responder; by default 16, evenly spread over the range.
    #[arg(long, env = "RINGCHECK_MEDIA_SAMPLE", value_delimiter = ',',
          default_values_t = engine::defaults::media_sample(), value_parser = media_port)]
    pub media_sample: Vec<u16>,

    /// Seconds between self-checks of the beacons and STUN responders (one also runs at
    /// start-up, before the server says it listens); a listener that fails one is shown
    /// to visitors as not testable here.
    #[arg(long, env = "RINGCHECK_SELF_CHECK_INTERVAL_SECS",
          default_value_t = engine::defaults::SELF_CHECK_INTERVAL_SECS,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub self_check_interval_secs: u64,

    /// The longest the browser waits for an outward test, in milliseconds: until the
    /// first answers tell it how fast the visitor's network is.
    #[arg(long, env = "RINGCHECK_EGRESS_TIMEOUT_MS", default_value_t = service::defaults::EGRESS_TIMEOUT_MS,
          value_parser = clap::value_parser!(u32).range(1000..=20_000))]
    pub egress_timeout_ms: u32,
}

impl Egress {
    /// The egress listeners to open, and whether each must open (configured) or may
    /// fail with a warning (the defaults).
    pub fn specs(&self) -> (Vec<ListenerSpec>, bool) {
        if self.no_egress_listeners {
            (Vec::new(), true)
        } else if self.egress_listeners.is_empty() {
            let mut sample: Vec<Port> = self
                .media_sample
                .iter()
                .filter_map(|&port| Port::try_from(port).ok())
                .collect();
            sample.sort();
            sample.dedup();
            (default_specs(&sample), false)
        } else {
            (self.egress_listeners.clone(), true)
        }
    }
}

fn media_port(text: &str) -> Result<u16, String> {
    let port = Port::parse(text).map_err(|e| e.to_string())?;
    if catalog().in_sampled_range(Transport::Udp, port) {
        return Ok(port.get());
    }
    Err(match catalog().sampled_range(Transport::Udp) {
        Some((first, last)) => format!("{port} is outside the media range {first}-{last}"),
        None => "the catalogue samples no UDP range".to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;
    use crate::config::Config;

    #[test]
    fn the_media_sample_defaults_to_the_engines() {
        assert_eq!(
            Config::defaults().egress.media_sample,
            engine::defaults::media_sample()
        );
    }

    #[test]
    fn egress_listeners_default_to_every_ring_port_and_can_be_replaced_or_turned_off() {
        let (defaults, required) = Config::defaults().egress.specs();
        assert!(!required, "defaults that cannot open only warn");
        assert_eq!(
            defaults.len(),
            29,
            "10 TCP beacons (8 Ring ports, 2 phone push), 2 SIP, the relay and 16 media STUN \
             responders"
        );

        let config = Config::parse_from([
            "ringcheck",
            "--egress-listener",
            "tcp/9998=127.0.0.1:0,udp/15063",
        ]);
        let (specs, required) = config.egress.specs();
        assert!(required);
        assert_eq!(specs.len(), 2);

        let off = Config::parse_from(["ringcheck", "--no-egress-listeners"]);
        assert!(off.egress.specs().0.is_empty());
    }
}

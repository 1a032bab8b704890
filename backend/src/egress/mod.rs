//! The server's side of the browser's outward tests: listeners on the Ring ports (TCP
//! beacons, UDP STUN responders) and the plan that tells the browser where they are.

pub mod beacon;
pub mod listeners;
pub mod spec;

use std::collections::HashMap;

use ringcheck_shared::{
    catalog,
    catalog::Transport,
    egress::{EgressMethod, EgressPlan, EgressTarget, Served, egress_targets},
    port::Port,
    verdict::is_media_port,
};

/// Where each Ring port is served, fixed at start-up; every check's plan is made from it.
#[derive(Clone, Debug)]
pub struct EgressSetup {
    targets: Vec<EgressTarget>,
    beacons_tls: bool,
    timeout_ms: u32,
}

impl EgressSetup {
    pub fn new(
        served: &HashMap<(Transport, Port), Served>,
        beacons_tls: bool,
        timeout_ms: u32,
    ) -> Self {
        // The media range is tested at the ports that have a listener.
        let mut media_sample: Vec<Port> = served
            .keys()
            .filter(|(transport, port)| *transport == Transport::Udp && is_media_port(port.get()))
            .map(|(_, port)| *port)
            .collect();
        media_sample.sort();
        let targets = egress_targets(catalog(), &media_sample, |transport, port| {
            served
                .get(&(transport, port))
                .cloned()
                .unwrap_or_else(|| Err(listeners::not_configured_reason(transport, port)))
        });
        Self {
            targets,
            beacons_tls,
            timeout_ms,
        }
    }

    /// The plan for one check, with its token.
    pub fn plan(&self, token: String) -> EgressPlan {
        EgressPlan {
            token,
            beacons_tls: self.beacons_tls,
            timeout_ms: self.timeout_ms,
            targets: self.targets.clone(),
        }
    }

    /// The public ports of the beacons, for the page's `connect-src`.
    pub fn beacon_ports(&self) -> Vec<Port> {
        let mut ports: Vec<Port> = self
            .targets
            .iter()
            .filter_map(|t| match t.method {
                EgressMethod::Beacon { public_port } => Some(public_port),
                _ => None,
            })
            .collect();
        ports.sort();
        ports.dedup();
        ports
    }
}

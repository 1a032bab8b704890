//! The plan that tells the browser where to test each Ring port outward: the listeners
//! opened at start-up (by the engine), less those that failed their last self-check.

use std::{collections::HashMap, sync::Arc};

use ringcheck_shared::{
    catalog,
    catalog::Transport,
    egress::{EgressMethod, EgressPlan, EgressTarget, FamilyHost, Served, egress_targets},
    family::AddressFamily,
    port::Port,
};

use crate::engine::{ListenerHealth, not_configured_reason, self_check};

/// Where each Ring port is served, fixed at start-up, and whether each listener passed
/// its last self-check; every check's plan is made from them.
#[derive(Clone)]
pub struct EgressSetup {
    targets: Vec<EgressTarget>,
    beacons_tls: bool,
    timeout_ms: u32,
    health: Arc<ListenerHealth>,
    /// Where the browser reaches this server over each address family, if it says.
    families: Vec<FamilyHost>,
}

impl EgressSetup {
    pub fn new(
        served: &HashMap<(Transport, Port), Served>,
        beacons_tls: bool,
        timeout_ms: u32,
        health: Arc<ListenerHealth>,
    ) -> Self {
        // A sampled range (the media range) is tested at the ports that have a listener.
        let mut media_sample: Vec<Port> = served
            .keys()
            .filter(|(transport, port)| catalog().in_sampled_range(*transport, *port))
            .map(|(_, port)| *port)
            .collect();
        media_sample.sort();
        let targets = egress_targets(catalog(), &media_sample, |transport, port| {
            served
                .get(&(transport, port))
                .cloned()
                .unwrap_or_else(|| Err(not_configured_reason(transport, port)))
        });
        Self {
            targets,
            beacons_tls,
            timeout_ms,
            health,
            families: Vec::new(),
        }
    }

    /// The same, the browser running its tests once per family at these hosts (the
    /// family Ring documents for its devices first, whatever the order given).
    pub fn with_families(mut self, mut families: Vec<FamilyHost>) -> Self {
        let documented = catalog().documented_family.family;
        families.sort_by_key(|host| host.family != documented);
        self.families = families;
        self
    }

    /// The address families the browser tests apart; empty when it tests the page's
    /// own host only.
    pub fn families(&self) -> Vec<AddressFamily> {
        self.families.iter().map(|host| host.family).collect()
    }

    /// The plan for one check, with its token: a port whose listener failed its last
    /// self-check is not testable here, so the network is never blamed for our fault.
    pub fn plan(&self, token: String) -> EgressPlan {
        let targets = self
            .targets
            .iter()
            .map(|target| {
                let mut target = target.clone();
                if target.is_testable()
                    && self
                        .health
                        .down_reason(target.transport, target.port)
                        .is_some()
                {
                    target.method = EgressMethod::Unavailable {
                        reason: self_check::visitor_reason(target.transport, target.port),
                    };
                }
                target
            })
            .collect();
        EgressPlan {
            token,
            beacons_tls: self.beacons_tls,
            timeout_ms: self.timeout_ms,
            targets,
            families: self.families.clone(),
        }
    }

    pub fn health(&self) -> &Arc<ListenerHealth> {
        &self.health
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

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use tokio::net::TcpListener;

    use super::*;

    #[tokio::test]
    async fn a_listener_that_fails_its_self_check_is_not_testable_here_until_it_answers() {
        let served: HashMap<(Transport, Port), Served> = [
            ((Transport::Tcp, Port::known(9998)), Ok(Port::known(9998))),
            ((Transport::Tcp, Port::known(9999)), Ok(Port::known(9999))),
        ]
        .into_iter()
        .collect();
        let health = ListenerHealth::new();
        let setup = EgressSetup::new(&served, false, 4000, health.clone());
        let method = |plan: &EgressPlan, port: u16| {
            plan.targets
                .iter()
                .find(|t| t.transport == Transport::Tcp && t.port.get() == port)
                .unwrap()
                .method
                .clone()
        };
        // Bound but never served: the self-check gets no answer.
        let stuck = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let listener = self_check::Listener {
            transport: Transport::Tcp,
            ring_port: Port::known(9998),
            addr: stuck.local_addr().unwrap(),
            tls: false,
        };
        self_check::check_all(&health, &[listener], &self_check::tls_connector()).await;
        let plan = setup.plan("t".repeat(22));
        assert_eq!(
            method(&plan, 9998),
            EgressMethod::Unavailable {
                reason: self_check::visitor_reason(Transport::Tcp, Port::known(9998))
            }
        );
        assert_eq!(
            method(&plan, 9999),
            EgressMethod::Beacon {
                public_port: Port::known(9999)
            },
            "the others are tested as usual"
        );
    }
}

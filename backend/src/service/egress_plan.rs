//! The plan that tells the browser where to test each Ring port outward: the listeners
//! opened at start-up (by the engine), less those that failed their last self-check.

use std::{collections::HashMap, sync::Arc};

use ringcheck_engine::{ListenerHealth, StunLimiter, StunPass};
use ringcheck_shared::{
    catalog,
    catalog::Transport,
    egress::{
        EgressMethod, EgressPlan, EgressTarget, FamilyHost, Served, UnavailableWhy, egress_targets,
    },
    family::AddressFamily,
    port::Port,
};

/// Where each Ring port is served, fixed at start-up, and whether each listener passed
/// its last self-check; every check's plan is made from them.
#[derive(Clone)]
pub struct EgressSetup {
    targets: Vec<EgressTarget>,
    beacons_tls: bool,
    timeout_ms: u32,
    health: Arc<ListenerHealth>,
    /// The STUN responders' allowances: whether they shed load, and a check's own.
    stun: Arc<StunLimiter>,
    /// Where the browser reaches this server over each address family, if it says.
    families: Vec<FamilyHost>,
}

impl EgressSetup {
    pub fn new(
        served: &HashMap<(Transport, Port), Served>,
        beacons_tls: bool,
        timeout_ms: u32,
        health: Arc<ListenerHealth>,
        stun: Arc<StunLimiter>,
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
                .unwrap_or(Err(UnavailableWhy::NotConfigured))
        });
        Self {
            targets,
            beacons_tls,
            timeout_ms,
            health,
            stun,
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
    /// self-check, or a STUN port while the responders shed load, is not testable here,
    /// so the network is never blamed for our fault.
    pub fn plan(&self, token: String) -> EgressPlan {
        let shedding = self.stun.shedding();
        let targets = self
            .targets
            .iter()
            .map(|target| {
                let mut target = target.clone();
                let down = self.health.down_reason(target.transport, target.port);
                if target.is_testable() && down.is_some() {
                    target.method = EgressMethod::unavailable(UnavailableWhy::NotAnswering);
                } else if shedding && matches!(target.method, EgressMethod::Stun { .. }) {
                    target.method = EgressMethod::unavailable(UnavailableWhy::Busy);
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

    /// An allowance of its own at the STUN responders for `address`'s household, while
    /// its check lives.
    pub fn stun_pass(&self, address: std::net::IpAddr) -> StunPass {
        self.stun.pass_for(address)
    }

    /// Whether the STUN responders shed load since `since`.
    pub fn stun_shed_since(&self, since: std::time::Instant) -> bool {
        self.stun.shed_since(since)
    }

    /// The largest complete submission of the browser's results for these plans: a
    /// result per testable target and family (at most about 90 bytes of JSON each), and
    /// the rest of the submission.
    pub fn submission_bytes(&self) -> usize {
        const RESULT_BYTES: usize = 128;
        const REST_BYTES: usize = 1024;
        let testable = self.targets.iter().filter(|t| t.is_testable()).count();
        testable * self.families.len().max(1) * RESULT_BYTES + REST_BYTES
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
    use std::{collections::HashMap, num::NonZeroU32};

    use ringcheck_engine::{StunLimits, self_check};
    use tokio::net::TcpListener;

    use super::*;

    /// Responders that have never shed load.
    fn no_stun_shedding() -> Arc<StunLimiter> {
        StunLimiter::new(StunLimits::default())
    }

    #[test]
    fn while_the_stun_responders_shed_load_new_plans_do_not_test_udp_here() {
        let one = NonZeroU32::MIN;
        let stun = StunLimiter::new(StunLimits {
            overall_per_second: one,
            ..StunLimits::default()
        });
        let served: HashMap<(Transport, Port), Served> = [
            ((Transport::Tcp, Port::known(9998)), Ok(Port::known(9998))),
            ((Transport::Udp, Port::known(4172)), Ok(Port::known(4172))),
        ]
        .into_iter()
        .collect();
        let setup = EgressSetup::new(&served, false, 4000, ListenerHealth::new(), stun.clone());
        let method = |plan: &EgressPlan, transport: Transport, port: u16| {
            plan.targets
                .iter()
                .find(|t| t.transport == transport && t.port.get() == port)
                .unwrap()
                .method
                .clone()
        };
        let before = setup.plan("t".repeat(22));
        assert!(matches!(
            method(&before, Transport::Udp, 4172),
            EgressMethod::Stun { .. }
        ));
        // Two sources in two networks: the second finds everybody's allowance spent.
        assert!(stun.allows("198.51.100.1".parse().unwrap()));
        assert!(!stun.allows("203.0.113.1".parse().unwrap()));
        let during = setup.plan("t".repeat(22));
        assert_eq!(
            method(&during, Transport::Udp, 4172),
            EgressMethod::unavailable(UnavailableWhy::Busy)
        );
        assert!(
            matches!(
                method(&during, Transport::Tcp, 9998),
                EgressMethod::Beacon { .. }
            ),
            "the beacons are tested as usual"
        );
    }

    #[tokio::test]
    async fn a_listener_that_fails_its_self_check_is_not_testable_here_until_it_answers() {
        let served: HashMap<(Transport, Port), Served> = [
            ((Transport::Tcp, Port::known(9998)), Ok(Port::known(9998))),
            ((Transport::Tcp, Port::known(9999)), Ok(Port::known(9999))),
        ]
        .into_iter()
        .collect();
        let health = ListenerHealth::new();
        let setup = EgressSetup::new(&served, false, 4000, health.clone(), no_stun_shedding());
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
            EgressMethod::unavailable(UnavailableWhy::NotAnswering)
        );
        assert_eq!(
            method(&plan, 9999),
            EgressMethod::Beacon {
                public_port: Port::known(9999)
            },
            "the others are tested as usual"
        );
    }

    #[test]
    fn the_largest_complete_submission_fits_the_limit_on_its_size() {
        use ringcheck_shared::egress::{
            EgressResult, EgressState, EgressSubmission, MAX_RTT_MS, NatMapping, Phone,
        };
        // Every catalogue port served, with a wide sample of the media range.
        let fixed = EgressSetup::new(
            &HashMap::new(),
            false,
            4000,
            ListenerHealth::new(),
            no_stun_shedding(),
        );
        let transport = Transport::Udp;
        let (first, last) = catalog()
            .sampled_range(transport)
            .expect("the catalogue samples the UDP media range");
        let sample = (first.get()..=last.get()).step_by(1000).map(Port::known);
        let served: HashMap<(Transport, Port), Served> = fixed
            .targets
            .iter()
            .map(|t| (t.transport, t.port))
            .chain(sample.map(|port| (transport, port)))
            .map(|key| (key, Ok(key.1)))
            .collect();
        let families = AddressFamily::ALL
            .iter()
            .map(|&family| FamilyHost {
                family,
                host: "unused.example".to_owned(),
            })
            .collect();
        let setup = EgressSetup::new(
            &served,
            false,
            4000,
            ListenerHealth::new(),
            no_stun_shedding(),
        )
        .with_families(families);
        let plan = setup.plan("t".repeat(22));
        // The longest result the server accepts: unanswered, after the longest wait.
        let results: Vec<EgressResult> = plan
            .targets
            .iter()
            .filter(|t| t.is_testable())
            .flat_map(|t| {
                AddressFamily::ALL.map(|family| EgressResult {
                    transport: t.transport,
                    port: t.port,
                    family: Some(family),
                    state: EgressState::NoAnswer,
                    rtt_ms: None,
                    waited_ms: Some(MAX_RTT_MS),
                })
            })
            .collect();
        assert!(results.len() > 40, "a wide plan: {}", results.len());
        let submission = EgressSubmission {
            token: plan.token.clone(),
            results,
            nat: Some(NatMapping::EndpointDependent),
            phone: Some(Phone::Android),
        };
        let bytes = serde_json::to_vec(&submission).unwrap().len();
        assert!(
            bytes <= setup.submission_bytes(),
            "{bytes} bytes over the limit of {}",
            setup.submission_bytes()
        );
    }
}

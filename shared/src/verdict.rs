//! What a report means for each Ring feature: `works`, `at risk`, `blocked` or
//! `not tested`, with the ports responsible and one sentence why. Shared, so the live
//! page, a shared report and any other client say the same thing.
//!
//! The server's probes test the path *into* the visitor's network, while Ring devices
//! connect *out*. A port that answers (open or refused) shows the path carries that port.
//! A port that gets no answer while others on the same address do shows a firewall that
//! singles it out, which usually blocks both directions. When nothing answers at all, the
//! router simply drops unsolicited connections, as most do; that is normal and says
//! nothing about outbound traffic, so the verdict is "not tested", never "blocked".

use serde::{Deserialize, Serialize};

use crate::{
    catalog::Transport,
    check::{ProbeResult, ProbeState},
};

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Feature {
    Notifications,
    LiveView,
    TwoWayAudio,
    SoftwareUpdates,
    ClockSync,
    RingAlarm,
}

impl Feature {
    pub const ALL: [Feature; 6] = [
        Feature::Notifications,
        Feature::LiveView,
        Feature::TwoWayAudio,
        Feature::SoftwareUpdates,
        Feature::ClockSync,
        Feature::RingAlarm,
    ];

    /// A stable name for machines: "live_view".
    pub fn slug(self) -> &'static str {
        match self {
            Feature::Notifications => "notifications",
            Feature::LiveView => "live_view",
            Feature::TwoWayAudio => "two_way_audio",
            Feature::SoftwareUpdates => "software_updates",
            Feature::ClockSync => "clock_sync",
            Feature::RingAlarm => "ring_alarm",
        }
    }

    /// The title inside a sentence: "live View video" would be wrong, so spelled out.
    pub fn in_sentence(self) -> &'static str {
        match self {
            Feature::Notifications => "motion and ding notifications",
            Feature::LiveView => "Live View video",
            Feature::TwoWayAudio => "two-way audio",
            Feature::SoftwareUpdates => "software updates",
            Feature::ClockSync => "clock sync",
            Feature::RingAlarm => "Ring Alarm",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Feature::Notifications => "Motion and ding notifications",
            Feature::LiveView => "Live View video",
            Feature::TwoWayAudio => "Two-way audio",
            Feature::SoftwareUpdates => "Software updates",
            Feature::ClockSync => "Clock sync",
            Feature::RingAlarm => "Ring Alarm",
        }
    }
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Works,
    NotTested,
    AtRisk,
    Blocked,
}

impl Verdict {
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Works => "Works",
            Verdict::NotTested => "Not tested",
            Verdict::AtRisk => "At risk",
            Verdict::Blocked => "Blocked",
        }
    }
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeatureVerdict {
    pub feature: Feature,
    pub verdict: Verdict,
    /// The ports behind the verdict, e.g. "TCP 8557": the blocked ones, or else the ones
    /// that were tested.
    pub ports: Vec<String>,
    /// One sentence why.
    pub reason: String,
}

/// What the probes say about one port's path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Path {
    Passes,
    Blocked,
    Unknown,
}

/// The probes of one report, read once.
pub struct Evidence<'a> {
    probes: &'a [ProbeResult],
    /// Some port answered, so silence elsewhere is selective.
    host_answers: bool,
}

impl<'a> Evidence<'a> {
    pub fn new(probes: &'a [ProbeResult]) -> Self {
        let host_answers = probes.iter().any(|p| {
            p.transport == Transport::Tcp
                && matches!(p.state, ProbeState::Open | ProbeState::Closed)
        });
        Self {
            probes,
            host_answers,
        }
    }

    /// Whether the router answered anything: if not, inbound silence is its policy.
    pub fn host_answers(&self) -> bool {
        self.host_answers
    }

    /// One probe's reading.
    pub fn path_of(&self, probe: &ProbeResult) -> Path {
        match probe.state {
            ProbeState::Open | ProbeState::Closed => Path::Passes,
            ProbeState::Filtered | ProbeState::Unreachable if self.host_answers => Path::Blocked,
            _ => Path::Unknown,
        }
    }

    /// A port's reading across its transports: it passes if any transport gets through,
    /// and is blocked only if every tested transport is.
    pub fn port(&self, port: u16) -> Path {
        let paths: Vec<Path> = self
            .probes
            .iter()
            .filter(|p| p.port.get() == port)
            .map(|p| self.path_of(p))
            .collect();
        if paths.contains(&Path::Passes) {
            Path::Passes
        } else if !paths.is_empty() && paths.iter().all(|p| *p == Path::Blocked) {
            Path::Blocked
        } else {
            Path::Unknown
        }
    }

    /// What one probe means for the customer, in a few words.
    pub fn reading(&self, probe: &ProbeResult) -> &'static str {
        let app_port = is_app_port(probe.port.get());
        match (self.path_of(probe), probe.state) {
            (_, ProbeState::Error) => "Not tested",
            (_, ProbeState::Open) if app_port => "Open to the internet",
            (_, ProbeState::Closed | ProbeState::Filtered | ProbeState::Unreachable)
                if app_port =>
            {
                "Closed to the internet: normal"
            }
            (Path::Passes, _) => "Not blocked",
            (Path::Blocked, _) => "Blocked by a firewall",
            (Path::Unknown, ProbeState::OpenOrFiltered) => "No reply: can't tell",
            (Path::Unknown, _) => "Your router stays silent: can't tell",
        }
    }

    /// The outbound Ring ports this report shows blocked, as "TCP 8557".
    pub fn blocked_ports(&self) -> Vec<String> {
        let mut blocked: Vec<String> = self
            .probes
            .iter()
            .filter(|p| !is_app_port(p.port.get()) && self.path_of(p) == Path::Blocked)
            .map(|p| format!("{} {}", p.transport.label(), p.port))
            .collect();
        blocked.dedup();
        blocked
    }
}

/// The Ring app's own listening ports: inbound only, normally closed behind a router.
pub fn is_app_port(port: u16) -> bool {
    matches!(port, 7076 | 7077 | 9078 | 9079)
}

/// A set of ports a feature needs, and how bad it is when they are blocked.
struct Need {
    ports: &'static [u16],
    /// Verdict when every port of the set is blocked.
    all_blocked: Verdict,
    /// Verdict when only some are.
    some_blocked: Verdict,
}

const HTTPS: Need = Need {
    ports: &[443],
    all_blocked: Verdict::Blocked,
    some_blocked: Verdict::Blocked,
};
const HTTP: Need = Need {
    ports: &[80],
    all_blocked: Verdict::AtRisk,
    some_blocked: Verdict::AtRisk,
};
const CONTROL: Need = Need {
    ports: &[8557],
    all_blocked: Verdict::AtRisk,
    some_blocked: Verdict::AtRisk,
};
const RSS: Need = Need {
    ports: &[9998, 9999],
    all_blocked: Verdict::AtRisk,
    some_blocked: Verdict::AtRisk,
};
const SIP: Need = Need {
    ports: &[15063, 15064],
    all_blocked: Verdict::Blocked,
    some_blocked: Verdict::AtRisk,
};

fn needs(feature: Feature) -> &'static [Need] {
    match feature {
        Feature::Notifications => &[HTTPS, CONTROL, RSS],
        Feature::LiveView | Feature::TwoWayAudio => &[HTTPS, SIP, RSS],
        Feature::SoftwareUpdates => &[HTTPS, HTTP],
        Feature::RingAlarm => &[HTTPS, CONTROL, RSS],
        Feature::ClockSync => &[],
    }
}

/// The verdict for every feature, in [`Feature::ALL`] order.
pub fn verdicts(probes: &[ProbeResult]) -> Vec<FeatureVerdict> {
    let evidence = Evidence::new(probes);
    Feature::ALL
        .into_iter()
        .map(|feature| judge(feature, &evidence))
        .collect()
}

fn judge(feature: Feature, evidence: &Evidence) -> FeatureVerdict {
    if feature == Feature::ClockSync {
        return FeatureVerdict {
            feature,
            verdict: Verdict::NotTested,
            ports: vec!["UDP 123".into()],
            reason: "Clock sync uses NTP on UDP port 123, which neither a web page nor this \
                     check can test. If your other devices show the right time, it is \
                     almost certainly fine."
                .into(),
        };
    }
    let mut verdict = Verdict::Works;
    let mut blocked = Vec::new();
    let mut tested = Vec::new();
    let mut unknown_critical = false;
    for need in needs(feature) {
        let paths: Vec<(u16, Path)> = need.ports.iter().map(|&p| (p, evidence.port(p))).collect();
        let blocked_here: Vec<u16> = paths
            .iter()
            .filter(|(_, p)| *p == Path::Blocked)
            .map(|(port, _)| *port)
            .collect();
        let all_blocked = blocked_here.len() == paths.len();
        if !blocked_here.is_empty() {
            verdict = verdict.max(if all_blocked {
                need.all_blocked
            } else {
                need.some_blocked
            });
            blocked.extend(blocked_here.iter().map(|p| port_label(*p)));
        }
        if paths.iter().all(|(_, p)| *p == Path::Unknown) && need.all_blocked == Verdict::Blocked {
            unknown_critical = true;
        }
        tested.extend(
            paths
                .iter()
                .filter(|(_, p)| *p == Path::Passes)
                .map(|(port, _)| port_label(*port)),
        );
    }
    let feature_name = feature.in_sentence();
    let (verdict, ports, reason) = match verdict {
        Verdict::Blocked => (
            verdict,
            blocked.clone(),
            format!(
                "{} blocked on the way to your network, and {feature_name} cannot work \
                 without {}.",
                if blocked.len() == 1 {
                    "This port is"
                } else {
                    "These ports are"
                },
                if blocked.len() == 1 { "it" } else { "them" }
            ),
        ),
        Verdict::AtRisk => (
            verdict,
            blocked.clone(),
            format!(
                "{} blocked by a firewall on your network or at your provider, so \
                 {feature_name} may be delayed or fail.",
                if blocked.len() == 1 {
                    "This port looks"
                } else {
                    "These ports look"
                },
            ),
        ),
        _ if !evidence.host_answers() || unknown_critical => (
            Verdict::NotTested,
            Vec::new(),
            "Your router did not answer from the internet on any port, which is normal and \
             safe, so this check cannot tell whether these ports are blocked."
                .to_owned(),
        ),
        _ => (
            Verdict::Works,
            tested,
            "Every port it needs gets through.".to_owned(),
        ),
    };
    FeatureVerdict {
        feature,
        verdict,
        ports,
        reason,
    }
}

/// "TCP 443", or "TCP/UDP 15063" for SIP, which may use either.
fn port_label(port: u16) -> String {
    match port {
        15063 | 15064 => format!("SIP {port}"),
        _ => format!("TCP {port}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{catalog, check::probe_back_plan};

    /// A report where every probe answered `default`, except the ones listed.
    fn report(
        default: ProbeState,
        exceptions: &[(Transport, u16, ProbeState)],
    ) -> Vec<ProbeResult> {
        probe_back_plan(catalog::catalog())
            .into_iter()
            .map(|planned| {
                let state = exceptions
                    .iter()
                    .find(|(t, p, _)| *t == planned.transport && *p == planned.port.get())
                    .map_or(default, |(_, _, s)| *s);
                ProbeResult {
                    entry: planned.entry,
                    transport: planned.transport,
                    port: planned.port,
                    state,
                    rtt_ms: None,
                    attempts: 1,
                    detail: String::new(),
                }
            })
            .collect()
    }

    fn verdict_of(probes: &[ProbeResult], feature: Feature) -> FeatureVerdict {
        verdicts(probes)
            .into_iter()
            .find(|v| v.feature == feature)
            .unwrap()
    }

    use ProbeState::*;
    use Transport::{Tcp, Udp};

    #[test]
    fn all_open_means_everything_testable_works() {
        let probes = report(Open, &[]);
        for verdict in verdicts(&probes) {
            let expected = if verdict.feature == Feature::ClockSync {
                Verdict::NotTested
            } else {
                Verdict::Works
            };
            assert_eq!(verdict.verdict, expected, "{:?}", verdict);
        }
        assert!(
            verdict_of(&probes, Feature::Notifications)
                .ports
                .contains(&"TCP 8557".to_owned())
        );
    }

    #[test]
    fn a_blocked_control_port_puts_notifications_and_alarm_at_risk() {
        let probes = report(Closed, &[(Tcp, 8557, Filtered)]);
        for feature in [Feature::Notifications, Feature::RingAlarm] {
            let verdict = verdict_of(&probes, feature);
            assert_eq!(verdict.verdict, Verdict::AtRisk, "{feature:?}");
            assert_eq!(verdict.ports, ["TCP 8557"]);
        }
        assert_eq!(
            verdict_of(&probes, Feature::LiveView).verdict,
            Verdict::Works
        );
        assert_eq!(Evidence::new(&probes).blocked_ports(), ["TCP 8557"]);
    }

    #[test]
    fn a_blocked_ring_socket_service_puts_notifications_and_live_view_at_risk() {
        let probes = report(Closed, &[(Tcp, 9998, Unreachable), (Tcp, 9999, Filtered)]);
        for feature in [
            Feature::Notifications,
            Feature::LiveView,
            Feature::TwoWayAudio,
            Feature::RingAlarm,
        ] {
            let verdict = verdict_of(&probes, feature);
            assert_eq!(verdict.verdict, Verdict::AtRisk, "{feature:?}");
            assert_eq!(verdict.ports, ["TCP 9998", "TCP 9999"]);
        }
        assert_eq!(
            verdict_of(&probes, Feature::SoftwareUpdates).verdict,
            Verdict::Works
        );
    }

    #[test]
    fn blocked_sip_blocks_live_view_and_two_way_audio() {
        let probes = report(
            Closed,
            &[
                (Tcp, 15063, Filtered),
                (Tcp, 15064, Filtered),
                (Udp, 15063, Unreachable),
                (Udp, 15064, Unreachable),
            ],
        );
        for feature in [Feature::LiveView, Feature::TwoWayAudio] {
            let verdict = verdict_of(&probes, feature);
            assert_eq!(verdict.verdict, Verdict::Blocked, "{feature:?}");
            assert_eq!(verdict.ports, ["SIP 15063", "SIP 15064"]);
        }
        assert_eq!(
            verdict_of(&probes, Feature::Notifications).verdict,
            Verdict::Works
        );
    }

    #[test]
    fn one_sip_port_blocked_is_a_risk_and_either_transport_getting_through_is_enough() {
        let one = report(Closed, &[(Tcp, 15064, Filtered), (Udp, 15064, Unreachable)]);
        assert_eq!(verdict_of(&one, Feature::LiveView).verdict, Verdict::AtRisk);
        let tcp_only = report(
            Closed,
            &[(Udp, 15063, Unreachable), (Udp, 15064, Unreachable)],
        );
        assert_eq!(
            verdict_of(&tcp_only, Feature::LiveView).verdict,
            Verdict::Works
        );
    }

    #[test]
    fn blocked_https_blocks_what_depends_on_ring_s_cloud() {
        let probes = report(Closed, &[(Tcp, 443, Filtered)]);
        for feature in [
            Feature::Notifications,
            Feature::LiveView,
            Feature::SoftwareUpdates,
            Feature::RingAlarm,
        ] {
            assert_eq!(
                verdict_of(&probes, feature).verdict,
                Verdict::Blocked,
                "{feature:?}"
            );
        }
    }

    #[test]
    fn inbound_app_ports_filtered_only_still_works() {
        let probes = report(
            Closed,
            &[
                (Tcp, 7076, Filtered),
                (Tcp, 7077, Filtered),
                (Tcp, 9078, Unreachable),
                (Tcp, 9079, Filtered),
            ],
        );
        for verdict in verdicts(&probes) {
            assert_ne!(verdict.verdict, Verdict::Blocked, "{verdict:?}");
            assert_ne!(verdict.verdict, Verdict::AtRisk, "{verdict:?}");
        }
        assert_eq!(
            verdict_of(&probes, Feature::Notifications).verdict,
            Verdict::Works
        );
        assert!(
            Evidence::new(&probes).blocked_ports().is_empty(),
            "app ports are never called blocked"
        );
    }

    #[test]
    fn a_router_that_answers_nothing_is_not_tested_never_blocked() {
        let probes = report(
            Filtered,
            &[(Udp, 15063, OpenOrFiltered), (Udp, 15064, OpenOrFiltered)],
        );
        for verdict in verdicts(&probes) {
            assert_eq!(verdict.verdict, Verdict::NotTested, "{verdict:?}");
        }
        assert!(
            verdict_of(&probes, Feature::LiveView)
                .reason
                .contains("normal")
        );
        assert!(Evidence::new(&probes).blocked_ports().is_empty());
    }

    #[test]
    fn nothing_tested_is_not_tested() {
        let none = report(Error, &[]);
        for verdict in verdicts(&none) {
            assert_eq!(verdict.verdict, Verdict::NotTested, "{verdict:?}");
        }
        assert!(
            verdicts(&[])
                .iter()
                .all(|v| v.verdict == Verdict::NotTested)
        );
    }

    #[test]
    fn udp_silence_alone_is_not_a_block() {
        let probes = report(Closed, &[(Udp, 15063, OpenOrFiltered)]);
        assert_eq!(
            verdict_of(&probes, Feature::LiveView).verdict,
            Verdict::Works
        );
    }
}

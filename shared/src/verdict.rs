//! What a report means for each Ring feature: `works`, `at risk`, `blocked` or
//! `not tested`, with the ports responsible and one sentence why. Shared, so the live
//! page, a shared report and any other client say the same thing.
//!
//! Two kinds of evidence, read in this order:
//! - the visitor's browser connecting *out* to our beacons and STUN responders: the
//!   direction Ring devices use, so it decides whenever it could test a port;
//! - the server's probes *into* the visitor's network. A port that answers (open or
//!   refused) shows the path carries that port. A port that gets no answer while others
//!   on the same address do shows a firewall that singles it out, which usually blocks
//!   both directions. When nothing answers at all, the router simply drops unsolicited
//!   connections, as most do; that is normal and says nothing about outbound traffic.
//!
//! Either way, a failure only counts as a block when something else got through, so a
//! fault on our side or a network that lets nothing through reads "not tested".

use serde::{Deserialize, Serialize};

use crate::{
    catalog::Transport,
    check::{ProbeResult, ProbeState},
    egress::{EgressReport, EgressResult, EgressState, NatMapping},
    text::capitalized,
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

/// The evidence of one report, read once.
pub struct Evidence<'a> {
    probes: &'a [ProbeResult],
    egress: &'a [EgressResult],
    /// Some port answered a probe, so silence elsewhere is selective.
    host_answers: bool,
    /// Some browser test got out, so failures elsewhere are selective.
    browser_gets_out: bool,
}

impl<'a> Evidence<'a> {
    /// From the probes and the browser's results (empty when it sent none).
    pub fn new(probes: &'a [ProbeResult], egress: &'a [EgressResult]) -> Self {
        let host_answers = probes.iter().any(|p| {
            p.transport == Transport::Tcp
                && matches!(p.state, ProbeState::Open | ProbeState::Closed)
        });
        let browser_gets_out = egress.iter().any(|r| r.state == EgressState::Reached);
        Self {
            probes,
            egress,
            host_answers,
            browser_gets_out,
        }
    }

    /// Whether the router answered anything: if not, inbound silence is its policy.
    pub fn host_answers(&self) -> bool {
        self.host_answers
    }

    /// Whether the visitor's browser ran outward tests at all.
    pub fn has_egress(&self) -> bool {
        !self.egress.is_empty()
    }

    /// One probe's reading (inbound).
    pub fn path_of(&self, probe: &ProbeResult) -> Path {
        match probe.state {
            ProbeState::Open | ProbeState::Closed => Path::Passes,
            ProbeState::Filtered | ProbeState::Unreachable if self.host_answers => Path::Blocked,
            _ => Path::Unknown,
        }
    }

    /// One browser test's reading (outbound).
    pub fn egress_path(&self, result: &EgressResult) -> Path {
        match result.state {
            EgressState::Reached => Path::Passes,
            EgressState::Failed | EgressState::NoAnswer | EgressState::Intercepted
                if self.browser_gets_out =>
            {
                Path::Blocked
            }
            _ => Path::Unknown,
        }
    }

    /// A port's reading across its transports, outbound first: it passes if any
    /// transport gets through, and is blocked only if every tested transport is.
    pub fn port(&self, port: u16) -> Path {
        let outbound = combine(
            self.egress
                .iter()
                .filter(|r| r.port.get() == port)
                .map(|r| self.egress_path(r)),
        );
        if outbound != Path::Unknown {
            return outbound;
        }
        combine(
            self.probes
                .iter()
                .filter(|p| p.port.get() == port)
                .map(|p| self.path_of(p)),
        )
    }

    /// The media ports the browser tested (a sample of 16500-65000).
    fn media_ports(&self) -> Vec<u16> {
        self.egress
            .iter()
            .filter(|r| r.transport == Transport::Udp && is_media_port(r.port.get()))
            .map(|r| r.port.get())
            .collect()
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

    /// What one browser test means for the customer, in a few words.
    pub fn egress_reading(&self, result: &EgressResult) -> &'static str {
        match (self.egress_path(result), result.state) {
            (Path::Passes, _) => "Gets out",
            (_, EgressState::NotTested) => "Not tested",
            (Path::Blocked, EgressState::Intercepted) => {
                "Answered by something else on the way (a proxy or sign-in page)"
            }
            (Path::Blocked, _) => "Blocked on the way out",
            (_, _) => "Nothing got out: can't tell",
        }
    }

    /// The outbound Ring ports this report shows blocked, as "TCP 8557": the browser's
    /// findings, then the probes' for the ports the browser could not test.
    pub fn blocked_ports(&self) -> Vec<String> {
        let mut blocked: Vec<String> = Vec::new();
        let mut add = |transport: Transport, port: u16| {
            let label = format!("{} {port}", transport.label());
            if !blocked.contains(&label) {
                blocked.push(label);
            }
        };
        for result in self.egress {
            if self.egress_path(result) == Path::Blocked {
                add(result.transport, result.port.get());
            }
        }
        for probe in self.probes {
            let tested_outbound = self.egress.iter().any(|r| {
                r.transport == probe.transport
                    && r.port == probe.port
                    && self.egress_path(r) != Path::Unknown
            });
            if !tested_outbound
                && !is_app_port(probe.port.get())
                && self.path_of(probe) == Path::Blocked
            {
                add(probe.transport, probe.port.get());
            }
        }
        blocked
    }
}

/// Passes if any reading passes; blocked if there are readings and all are blocked.
fn combine(paths: impl Iterator<Item = Path>) -> Path {
    let mut any = false;
    let mut all_blocked = true;
    for path in paths {
        if path == Path::Passes {
            return Path::Passes;
        }
        any = true;
        all_blocked &= path == Path::Blocked;
    }
    if any && all_blocked {
        Path::Blocked
    } else {
        Path::Unknown
    }
}

/// The range SIP negotiates for Live View audio and video.
pub fn is_media_port(port: u16) -> bool {
    (16500..=65000).contains(&port)
}

/// The Ring app's own listening ports: inbound only, normally closed behind a router.
pub fn is_app_port(port: u16) -> bool {
    matches!(port, 7076 | 7077 | 9078 | 9079)
}

/// The ports of a need.
enum Ports {
    Fixed(&'static [u16]),
    /// Whichever media ports the browser tested.
    MediaSample,
}

/// A set of ports a feature needs, and how bad it is when they are blocked.
struct Need {
    ports: Ports,
    /// Verdict when every port of the set is blocked.
    all_blocked: Verdict,
    /// Verdict when only some are.
    some_blocked: Verdict,
}

const HTTPS: Need = Need {
    ports: Ports::Fixed(&[443]),
    all_blocked: Verdict::Blocked,
    some_blocked: Verdict::Blocked,
};
const HTTP: Need = Need {
    ports: Ports::Fixed(&[80]),
    all_blocked: Verdict::AtRisk,
    some_blocked: Verdict::AtRisk,
};
const CONTROL: Need = Need {
    ports: Ports::Fixed(&[8557]),
    all_blocked: Verdict::AtRisk,
    some_blocked: Verdict::AtRisk,
};
const RSS: Need = Need {
    ports: Ports::Fixed(&[9998, 9999]),
    all_blocked: Verdict::AtRisk,
    some_blocked: Verdict::AtRisk,
};
const SIP: Need = Need {
    ports: Ports::Fixed(&[15063, 15064]),
    all_blocked: Verdict::Blocked,
    some_blocked: Verdict::AtRisk,
};
const LIVE_VIEW_SOCKET: Need = Need {
    ports: Ports::Fixed(&[9002]),
    all_blocked: Verdict::AtRisk,
    some_blocked: Verdict::AtRisk,
};
/// Every sampled media port blocked: no video or audio can flow. Some: sessions that
/// land on a blocked port fail.
const MEDIA: Need = Need {
    ports: Ports::MediaSample,
    all_blocked: Verdict::Blocked,
    some_blocked: Verdict::AtRisk,
};

fn needs(feature: Feature) -> &'static [Need] {
    match feature {
        Feature::Notifications => &[HTTPS, CONTROL, RSS],
        Feature::LiveView | Feature::TwoWayAudio => &[HTTPS, SIP, RSS, LIVE_VIEW_SOCKET, MEDIA],
        Feature::SoftwareUpdates => &[HTTPS, HTTP],
        Feature::RingAlarm => &[HTTPS, CONTROL, RSS],
        Feature::ClockSync => &[],
    }
}

/// The verdict for every feature, in [`Feature::ALL`] order.
pub fn verdicts(probes: &[ProbeResult], egress: Option<&EgressReport>) -> Vec<FeatureVerdict> {
    let evidence = Evidence::new(probes, egress.map_or(&[], |e| &e.results));
    let nat = egress.and_then(|e| e.nat);
    Feature::ALL
        .into_iter()
        .map(|feature| {
            let mut verdict = judge(feature, &evidence);
            if matches!(feature, Feature::LiveView | Feature::TwoWayAudio)
                && let Some(nat) = nat
            {
                verdict.reason.push(' ');
                verdict.reason.push_str(nat_sentence(nat));
            }
            verdict
        })
        .collect()
}

/// The NAT mapping in plain words, for the Live View and two-way audio verdicts.
pub fn nat_sentence(nat: NatMapping) -> &'static str {
    match nat {
        NatMapping::EndpointIndependent => {
            "Your router keeps the same outside port for every destination, which is what \
             Live View's audio and video need."
        }
        NatMapping::EndpointDependent => {
            "Your router gives each destination a different outside port (a \"symmetric\" \
             NAT), so Live View may take longer to connect or fail on some networks; if it \
             does, ask your router's maker or your provider about endpoint-independent \
             mapping."
        }
    }
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
    // The blocked ports that alone make the feature fail.
    let mut fatal = Vec::new();
    let mut tested = Vec::new();
    let mut unknown_critical = false;
    for need in needs(feature) {
        let ports = match need.ports {
            Ports::Fixed(ports) => ports.to_vec(),
            Ports::MediaSample => evidence.media_ports(),
        };
        if ports.is_empty() {
            continue;
        }
        let paths: Vec<(u16, Path)> = ports.iter().map(|&p| (p, evidence.port(p))).collect();
        let blocked_here: Vec<u16> = paths
            .iter()
            .filter(|(_, p)| *p == Path::Blocked)
            .map(|(port, _)| *port)
            .collect();
        let all_blocked = blocked_here.len() == paths.len();
        if !blocked_here.is_empty() {
            let here = if all_blocked {
                need.all_blocked
            } else {
                need.some_blocked
            };
            verdict = verdict.max(here);
            let labels = blocked_here.iter().map(|p| port_label(*p));
            if here == Verdict::Blocked {
                fatal.extend(labels.clone());
            }
            blocked.extend(labels);
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
        Verdict::Blocked => {
            let others: Vec<&String> = blocked.iter().filter(|p| !fatal.contains(p)).collect();
            let mut reason = format!(
                "{feature_name} cannot work without {}, and {} blocked between your network \
                 and the internet.",
                fatal.join(" and "),
                if fatal.len() == 1 {
                    "it is"
                } else {
                    "they are"
                },
            );
            if !others.is_empty() {
                let others: Vec<&str> = others.iter().map(|p| p.as_str()).collect();
                reason.push_str(&format!(
                    " {} {} blocked too, which can delay it or make it fail.",
                    others.join(", "),
                    if others.len() == 1 { "is" } else { "are" },
                ));
            }
            (verdict, blocked.clone(), capitalized(&reason))
        }
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
        _ if unknown_critical || !(evidence.host_answers() || evidence.has_egress()) => (
            Verdict::NotTested,
            Vec::new(),
            if evidence.has_egress() {
                "Neither your browser nor our server could test the ports this needs, so \
                 this check cannot tell whether they are blocked."
            } else {
                "Your router did not answer from the internet on any port, which is normal \
                 and safe, so this check cannot tell whether these ports are blocked."
            }
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

/// "TCP 443", "SIP 15063" (which may use TCP or UDP), "UDP 16500" for media.
fn port_label(port: u16) -> String {
    match port {
        15063 | 15064 => format!("SIP {port}"),
        _ if is_media_port(port) => format!("UDP {port}"),
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
        verdicts(probes, None)
            .into_iter()
            .find(|v| v.feature == feature)
            .unwrap()
    }

    use ProbeState::*;
    use Transport::{Tcp, Udp};

    #[test]
    fn all_open_means_everything_testable_works() {
        let probes = report(Open, &[]);
        for verdict in verdicts(&probes, None) {
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
        assert_eq!(Evidence::new(&probes, &[]).blocked_ports(), ["TCP 8557"]);
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
        for verdict in verdicts(&probes, None) {
            assert_ne!(verdict.verdict, Verdict::Blocked, "{verdict:?}");
            assert_ne!(verdict.verdict, Verdict::AtRisk, "{verdict:?}");
        }
        assert_eq!(
            verdict_of(&probes, Feature::Notifications).verdict,
            Verdict::Works
        );
        assert!(
            Evidence::new(&probes, &[]).blocked_ports().is_empty(),
            "app ports are never called blocked"
        );
    }

    #[test]
    fn a_router_that_answers_nothing_is_not_tested_never_blocked() {
        let probes = report(
            Filtered,
            &[(Udp, 15063, OpenOrFiltered), (Udp, 15064, OpenOrFiltered)],
        );
        for verdict in verdicts(&probes, None) {
            assert_eq!(verdict.verdict, Verdict::NotTested, "{verdict:?}");
        }
        assert!(
            verdict_of(&probes, Feature::LiveView)
                .reason
                .contains("normal")
        );
        assert!(Evidence::new(&probes, &[]).blocked_ports().is_empty());
    }

    #[test]
    fn nothing_tested_is_not_tested() {
        let none = report(Error, &[]);
        for verdict in verdicts(&none, None) {
            assert_eq!(verdict.verdict, Verdict::NotTested, "{verdict:?}");
        }
        assert!(
            verdicts(&[], None)
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

    mod outbound {
        use super::*;
        use crate::{
            egress::{EgressReport, EgressResult, EgressState, NatMapping, ReportedBy},
            port::Port,
        };
        use EgressState::*;

        const ALL_OUTBOUND: [(Transport, u16); 13] = [
            (Tcp, 80),
            (Tcp, 443),
            (Tcp, 8557),
            (Tcp, 9998),
            (Tcp, 9999),
            (Tcp, 15063),
            (Tcp, 15064),
            (Udp, 15063),
            (Udp, 15064),
            (Tcp, 9002),
            (Udp, 16500),
            (Udp, 40000),
            (Udp, 65000),
        ];

        /// Every outbound test `Reached`, except the ones listed.
        fn egress(exceptions: &[(Transport, u16, EgressState)]) -> EgressReport {
            EgressReport {
                reported_by: ReportedBy::VisitorBrowser,
                received_at: String::new(),
                results: ALL_OUTBOUND
                    .iter()
                    .map(|&(transport, port)| {
                        let state = exceptions
                            .iter()
                            .find(|(t, p, _)| *t == transport && *p == port)
                            .map_or(Reached, |(_, _, s)| *s);
                        EgressResult {
                            transport,
                            port: Port::known(port),
                            state,
                            rtt_ms: None,
                        }
                    })
                    .collect(),
                nat: None,
            }
        }

        fn judged(
            probes: &[ProbeResult],
            egress: &EgressReport,
            feature: Feature,
        ) -> FeatureVerdict {
            verdicts(probes, Some(egress))
                .into_iter()
                .find(|v| v.feature == feature)
                .unwrap()
        }

        #[test]
        fn outbound_results_decide_over_a_silent_router() {
            // A router that drops everything inbound says nothing; the browser's tests do.
            let silent = report(Filtered, &[]);
            let egress = egress(&[]);
            for verdict in verdicts(&silent, Some(&egress)) {
                let expected = if verdict.feature == Feature::ClockSync {
                    Verdict::NotTested
                } else {
                    Verdict::Works
                };
                assert_eq!(verdict.verdict, expected, "{verdict:?}");
            }
        }

        #[test]
        fn outbound_control_or_rss_blocked_puts_notifications_at_risk() {
            let open = report(Open, &[]);
            for blocked in [
                vec![(Tcp, 8557, NoAnswer)],
                vec![(Tcp, 9998, Failed), (Tcp, 9999, NoAnswer)],
            ] {
                let egress = egress(&blocked);
                let verdict = judged(&open, &egress, Feature::Notifications);
                assert_eq!(verdict.verdict, Verdict::AtRisk, "{blocked:?}");
                assert_eq!(
                    Evidence::new(&open, &egress.results).blocked_ports().len(),
                    blocked.len()
                );
            }
        }

        #[test]
        fn sip_blocked_on_both_transports_or_all_media_blocks_live_view() {
            let open = report(Open, &[]);
            let sip = egress(&[
                (Tcp, 15063, NoAnswer),
                (Tcp, 15064, Failed),
                (Udp, 15063, NoAnswer),
                (Udp, 15064, NoAnswer),
            ]);
            let media = egress(&[
                (Udp, 16500, NoAnswer),
                (Udp, 40000, NoAnswer),
                (Udp, 65000, NoAnswer),
            ]);
            for (what, egress) in [("sip", sip), ("media", media)] {
                for feature in [Feature::LiveView, Feature::TwoWayAudio] {
                    let verdict = judged(&open, &egress, feature);
                    assert_eq!(verdict.verdict, Verdict::Blocked, "{what} {feature:?}");
                }
                assert_eq!(
                    judged(&open, &egress, Feature::Notifications).verdict,
                    Verdict::Works,
                    "{what}"
                );
            }
            let some_media = egress(&[(Udp, 40000, NoAnswer)]);
            let verdict = judged(&open, &some_media, Feature::LiveView);
            assert_eq!(verdict.verdict, Verdict::AtRisk);
            assert_eq!(verdict.ports, ["UDP 40000"]);
        }

        #[test]
        fn the_browser_reaching_a_port_overrides_a_probe_that_was_filtered() {
            let probes = report(Closed, &[(Tcp, 8557, Filtered)]);
            let egress = egress(&[]);
            assert_eq!(
                judged(&probes, &egress, Feature::Notifications).verdict,
                Verdict::Works
            );
            assert!(
                Evidence::new(&probes, &egress.results)
                    .blocked_ports()
                    .is_empty()
            );
        }

        #[test]
        fn a_blocked_verdict_names_what_it_cannot_do_without_and_what_else_is_blocked() {
            let open = report(Open, &[]);
            let egress = egress(&[
                (Tcp, 15063, NoAnswer),
                (Tcp, 15064, Failed),
                (Udp, 15063, NoAnswer),
                (Udp, 15064, NoAnswer),
                (Tcp, 9998, Failed),
            ]);
            let verdict = judged(&open, &egress, Feature::LiveView);
            assert_eq!(verdict.verdict, Verdict::Blocked);
            assert_eq!(verdict.ports, ["SIP 15063", "SIP 15064", "TCP 9998"]);
            assert!(
                verdict.reason.starts_with(
                    "Live View video cannot work without SIP 15063 and SIP 15064, and they \
                     are blocked between your network and the internet. TCP 9998 is blocked \
                     too"
                ),
                "{}",
                verdict.reason
            );
        }

        #[test]
        fn an_intercepted_beacon_is_a_block() {
            let open = report(Open, &[]);
            let egress = egress(&[(Tcp, 443, Intercepted)]);
            let verdict = judged(&open, &egress, Feature::SoftwareUpdates);
            assert_eq!(verdict.verdict, Verdict::Blocked);
            assert_eq!(verdict.ports, ["TCP 443"]);
        }

        #[test]
        fn when_nothing_gets_out_nothing_is_called_blocked() {
            let silent = report(Filtered, &[]);
            let nothing: Vec<_> = ALL_OUTBOUND
                .iter()
                .map(|&(t, p)| (t, p, NoAnswer))
                .collect();
            let egress = egress(&nothing);
            for verdict in verdicts(&silent, Some(&egress)) {
                assert_eq!(verdict.verdict, Verdict::NotTested, "{verdict:?}");
            }
            assert!(
                Evidence::new(&silent, &egress.results)
                    .blocked_ports()
                    .is_empty()
            );
        }

        #[test]
        fn the_nat_mapping_is_explained_in_the_live_view_and_audio_verdicts() {
            let open = report(Open, &[]);
            let mut egress = egress(&[]);
            egress.nat = Some(NatMapping::EndpointDependent);
            for feature in [Feature::LiveView, Feature::TwoWayAudio] {
                let reason = judged(&open, &egress, feature).reason;
                assert!(reason.contains("symmetric"), "{reason}");
            }
            assert!(
                !judged(&open, &egress, Feature::Notifications)
                    .reason
                    .contains("symmetric")
            );
        }
    }
}

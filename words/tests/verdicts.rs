//! The verdicts, judged in `ringcheck-shared` as data and put into English here: the
//! exact sentences a customer reads, for each firewall case.

use ringcheck_shared::{
    catalog::{Audience, Catalog, Endpoint, Need, Transport},
    check::{ProbeResult, ProbeState, probe_back_plan},
    egress::{EgressReport, EgressResult, EgressState, NatMapping, ReportedBy, egress_targets},
    port::Port,
    report::Report,
    verdict::{
        self as shared_verdict, Evidence, Feature, FeatureVerdict, PathState, Reading, Verdict,
    },
};

mod common;

use common::{english, speaker};

use EgressState::{Failed, Intercepted, NoAnswer, Reached};
use ProbeState::*;
use Transport::{Tcp, Udp};

/// The verdicts with their reasons and paths in English.
fn worded(mut verdicts: Vec<FeatureVerdict>) -> Vec<FeatureVerdict> {
    let speaker = speaker();
    for verdict in &mut verdicts {
        verdict.reason = ringcheck_words::judgement::reason(
            &speaker,
            verdict.feature,
            &verdict.why,
            verdict.nat,
        );
        for path in &mut verdict.paths {
            path.summary = ringcheck_words::judgement::path_summary(&speaker, &path.outcome);
        }
    }
    verdicts
}

fn verdicts(
    catalog: &Catalog,
    probes: &[ProbeResult],
    egress: Option<&EgressReport>,
) -> Vec<FeatureVerdict> {
    worded(shared_verdict::verdicts(catalog, probes, egress))
}

/// A report's verdicts, worded.
fn report_verdicts(report: &Report) -> Vec<FeatureVerdict> {
    judge(report).verdicts
}

/// A report judged and worded as the server sends it to an English reader.
fn judge(report: &Report) -> ringcheck_shared::judgement::Judgement {
    common::judge(report, "x")
}

/// The media ports the browser samples in these tests: 16, evenly spread.
const MEDIA_SAMPLE: [u16; 16] = [
    16500, 19733, 22966, 26200, 29433, 32666, 35900, 39133, 42366, 45600, 48833, 52066, 55300,
    58533, 61766, 65000,
];

/// A report where every probe answered `default`, except the ones listed.
fn probes(default: ProbeState, exceptions: &[(Transport, u16, ProbeState)]) -> Vec<ProbeResult> {
    probe_back_plan(english())
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
                family: None,
                state,
                rtt_ms: None,
                attempts: 1,
                detail: ringcheck_shared::probe_detail::ProbeDetail::default(),
            }
        })
        .collect()
}

/// Every port the browser tests, as the plan has them.
fn outbound_ports() -> Vec<(Transport, u16)> {
    let sample: Vec<Port> = MEDIA_SAMPLE.iter().map(|&p| Port::known(p)).collect();
    egress_targets(english(), &sample, |_, port| Ok(port))
        .into_iter()
        .filter(|t| t.is_testable())
        .map(|t| (t.transport, t.port.get()))
        .collect()
}

/// The browser's results: `state_of` decides each port.
fn egress_by(state_of: impl Fn(Transport, u16) -> EgressState) -> EgressReport {
    EgressReport {
        reported_by: ReportedBy::VisitorBrowser,
        received_at: String::new(),
        results: outbound_ports()
            .into_iter()
            .map(|(transport, port)| EgressResult {
                transport,
                port: Port::known(port),
                family: None,
                state: state_of(transport, port),
                rtt_ms: None,
                waited_ms: None,
            })
            .collect(),
        nat: None,
        phone: None,
    }
}

/// Every outbound test `Reached`, except the ones listed.
fn egress(exceptions: &[(Transport, u16, EgressState)]) -> EgressReport {
    egress_by(|transport, port| {
        exceptions
            .iter()
            .find(|(t, p, _)| *t == transport && *p == port)
            .map_or(Reached, |(_, _, s)| *s)
    })
}

fn inbound_only(probes: &[ProbeResult], feature: Feature) -> FeatureVerdict {
    judged(probes, None, feature)
}

fn judged(
    probes: &[ProbeResult],
    egress: Option<&EgressReport>,
    feature: Feature,
) -> FeatureVerdict {
    verdicts(english(), probes, egress)
        .into_iter()
        .find(|v| v.feature == feature)
        .unwrap()
}

fn path_states(verdict: &FeatureVerdict) -> Vec<(&str, PathState)> {
    verdict
        .paths
        .iter()
        .map(|p| (p.id.as_str(), p.state))
        .collect()
}

/// Every feature works but clock sync, which nothing here can test.
fn assert_all_work_but_clock_sync(probes: &[ProbeResult], egress: &EgressReport) {
    for verdict in verdicts(english(), probes, Some(egress)) {
        let expected = if verdict.feature == Feature::ClockSync {
            Verdict::NotTested
        } else {
            Verdict::Works
        };
        assert_eq!(verdict.verdict, expected, "{verdict:?}");
    }
}

fn is_media(transport: Transport, port: u16) -> bool {
    transport == Udp && (16500..=65000).contains(&port)
}

mod live_view_paths {
    use super::*;

    #[test]
    fn direct_works_when_the_socket_and_media_get_out() {
        let open = probes(Open, &[]);
        let egress = egress(&[]);
        for feature in [Feature::LiveView, Feature::TwoWayAudio] {
            let verdict = judged(&open, Some(&egress), feature);
            assert_eq!(verdict.verdict, Verdict::Works, "{feature:?}");
            assert!(
                verdict.reason.starts_with("Works directly."),
                "{}",
                verdict.reason
            );
            assert_eq!(
                path_states(&verdict),
                [
                    ("direct", PathState::Works),
                    ("relay", PathState::Works),
                    ("sip", PathState::Works)
                ]
            );
            assert!(
                verdict.ports.contains(&"TCP 443".to_owned()),
                "{:?}",
                verdict.ports
            );
            assert!(verdict.ports.contains(&"UDP 16500\u{2013}65000".to_owned()));
        }
    }

    #[test]
    fn only_the_relay_gets_through_when_udp_is_dropped_and_tcp_443_is_open() {
        let open = probes(Open, &[]);
        let egress = egress_by(|t, _| if t == Udp { NoAnswer } else { Reached });
        let video = judged(&open, Some(&egress), Feature::LiveView);
        assert_eq!(video.verdict, Verdict::AtRisk);
        assert!(
            video.reason.starts_with(
                "Works through Ring's relay servers, which can make video slower. Not \
                 directly: media on UDP 16500\u{2013}65000 gets through on none of 16 sampled \
                 ports."
            ),
            "{}",
            video.reason
        );
        assert_eq!(
            path_states(&video),
            [
                ("direct", PathState::Blocked),
                ("relay", PathState::Works),
                ("sip", PathState::Blocked)
            ]
        );
        assert_eq!(video.ports, ["UDP 16500\u{2013}65000"]);
        let audio = judged(&open, Some(&egress), Feature::TwoWayAudio);
        assert_eq!(audio.verdict, Verdict::AtRisk);
        assert!(
            audio.reason.contains("which can make audio lag"),
            "{}",
            audio.reason
        );
        let relay = &video.paths[1];
        assert_eq!(relay.summary, "gets through, which can make video slower");
    }

    /// The second scenario: with TCP 443 open as well, the relay gets through
    /// either way; the second half closes 443 to show UDP 4172 alone carries it.
    #[test]
    fn only_the_relay_gets_through_when_every_udp_port_but_4172_is_dropped() {
        let open = probes(Open, &[]);
        let egress = egress_by(|t, port| {
            if t == Udp && port != 4172 {
                NoAnswer
            } else {
                Reached
            }
        });
        let video = judged(&open, Some(&egress), Feature::LiveView);
        assert_eq!(video.verdict, Verdict::AtRisk);
        assert!(
            video
                .reason
                .starts_with("Works through Ring's relay servers"),
            "{}",
            video.reason
        );
        // With TCP 443 open too, the relay gets through on either.
        let no_4172 = egress_by(|t, _| if t == Udp { NoAnswer } else { Reached });
        let video = judged(&open, Some(&no_4172), Feature::LiveView);
        assert_eq!(video.paths[1].state, PathState::Works);
    }

    /// The firewall case "443 dropped, 9002 open": the socket, the relay and SIP get out,
    /// but the device cannot sign in to Ring's cloud, so nothing can work; the report
    /// never says Live View works while it says notifications are blocked.
    #[test]
    fn with_https_blocked_no_feature_that_needs_ring_s_cloud_works() {
        let silent = probes(Filtered, &[]);
        let egress = egress(&[(Tcp, 443, NoAnswer)]);
        for verdict in verdicts(english(), &silent, Some(&egress)) {
            let expected = match verdict.feature {
                // NTP needs no sign-in, and cannot be tested.
                Feature::ClockSync => Verdict::NotTested,
                _ => Verdict::Blocked,
            };
            assert_eq!(verdict.verdict, expected, "{verdict:?}");
            if expected == Verdict::Blocked {
                assert!(
                    verdict.ports.contains(&"TCP 443".to_owned()),
                    "{:?}",
                    verdict.ports
                );
            }
        }
        let video = judged(&silent, Some(&egress), Feature::LiveView);
        assert_eq!(
            video.reason,
            "Live View video cannot work without HTTPS on TCP 443, and it is blocked between \
             your network and the internet."
        );
        assert!(video.paths.iter().all(|p| p.state == PathState::Blocked));
        assert_eq!(
            video.paths[0].summary,
            "blocked: HTTPS on TCP 443 is blocked"
        );
        let alerts = judged(&silent, Some(&egress), Feature::PhoneAlerts);
        assert!(
            alerts.reason.contains(
                "Android phones: Alerts on your phone cannot get through. Through Google's \
                 push service: HTTPS on TCP 443 is blocked."
            ),
            "{}",
            alerts.reason
        );
    }

    #[test]
    fn nothing_gets_through_is_blocked_and_says_why_for_each_path() {
        let open = probes(Open, &[]);
        // UDP dropped, SIP and the socket dropped: media, relay and SIP all fail.
        let egress = egress_by(|t, port| match (t, port) {
            (Udp, _) | (Tcp, 443 | 9002 | 15063 | 15064) => NoAnswer,
            _ => Reached,
        });
        let video = judged(&open, Some(&egress), Feature::LiveView);
        assert_eq!(video.verdict, Verdict::Blocked);
        assert_eq!(
            video.reason,
            "Live View video cannot work without HTTPS on TCP 443, and it is blocked between \
             your network and the internet. Directly: the Live View socket on TCP 443 or \
             9002 is blocked and media on UDP 16500\u{2013}65000 gets through on none of 16 \
             sampled ports. Through Ring's relay servers: the Live View socket on TCP 443 or \
             9002 and Ring's relay on UDP 4172 or TCP 443 are blocked. With the older SIP \
             set-up: SIP on TCP or UDP 15063 or 15064 is blocked and media on UDP \
             16500\u{2013}65000 gets through on none of 16 sampled ports."
        );
        assert!(
            !video
                .reason
                .contains("cannot work without the Live View socket")
                && !video.reason.contains("without media"),
            "only what every way needs reads as needed"
        );
        assert!(video.paths.iter().all(|p| p.state == PathState::Blocked));
        assert_eq!(
            video.paths[2].summary,
            "blocked: HTTPS on TCP 443 and SIP on TCP or UDP 15063 or 15064 are blocked and \
             media on UDP 16500\u{2013}65000 gets through on none of 16 sampled ports"
        );
    }

    #[test]
    fn some_media_ports_blocked_works_directly_but_at_risk_and_says_how_many() {
        let open = probes(Open, &[]);
        let egress = egress_by(|t, port| {
            if is_media(t, port) && port <= 26200 {
                NoAnswer
            } else {
                Reached
            }
        });
        let video = judged(&open, Some(&egress), Feature::LiveView);
        assert_eq!(video.verdict, Verdict::AtRisk);
        assert!(
            video.reason.starts_with(
                "Works directly, but media on UDP 16500\u{2013}65000 gets through on only 12 \
                 of 16 sampled ports, so it may be delayed or fail."
            ),
            "{}",
            video.reason
        );
        assert_eq!(video.ports, ["UDP 16500\u{2013}65000"]);
    }

    #[test]
    fn a_blocked_ring_socket_service_puts_notifications_and_live_view_at_risk() {
        let probes = probes(Closed, &[(Tcp, 9998, Unreachable), (Tcp, 9999, Filtered)]);
        for feature in [
            Feature::Notifications,
            Feature::LiveView,
            Feature::TwoWayAudio,
            Feature::RingAlarm,
        ] {
            let verdict = inbound_only(&probes, feature);
            assert_eq!(verdict.verdict, Verdict::AtRisk, "{feature:?}");
            assert_eq!(verdict.ports, ["TCP 9998", "TCP 9999"], "{feature:?}");
        }
        assert_eq!(
            inbound_only(&probes, Feature::SoftwareUpdates).verdict,
            Verdict::Works
        );
        assert_eq!(
            inbound_only(&probes, Feature::Notifications).reason,
            "The Ring Socket Service on TCP 9998 and 9999 is blocked, so motion and ding \
             notifications may be delayed or fail.",
            "one service, both its ports, in one phrase"
        );
    }
}

mod phone_alerts {
    use super::*;
    use ringcheck_shared::egress::Phone;

    #[test]
    fn both_phones_are_tested_and_the_visitor_s_own_comes_first() {
        let open = probes(Open, &[]);
        let mut egress = egress(&[(Tcp, 5228, NoAnswer)]);
        let unknown = judged(&open, Some(&egress), Feature::PhoneAlerts);
        assert_eq!(
            unknown.verdict,
            Verdict::Blocked,
            "the worst when the phone is unknown"
        );
        assert!(
            unknown.reason.starts_with(
                "Tested for Android phones and iPhones. Android phones: Alerts on your phone \
                 cannot get through. Through Google's push service: the push connection on TCP \
                 5228 is blocked. iPhones: Works through Apple's push service."
            ),
            "{}",
            unknown.reason
        );
        assert_eq!(unknown.ports, ["TCP 5228"]);

        egress.phone = Some(Phone::Iphone);
        let iphone = judged(&open, Some(&egress), Feature::PhoneAlerts);
        assert_eq!(
            iphone.verdict,
            Verdict::Works,
            "an iPhone's alerts get through"
        );
        assert!(
            iphone.reason.starts_with(
                "Tested for iPhones and Android phones; yours first (this browser runs on an \
                 iPhone). iPhones: Works through Apple's push service."
            ),
            "{}",
            iphone.reason
        );
        assert_eq!(iphone.paths[0].audience, Audience::Iphones);
        assert!(
            iphone
                .reason
                .contains("Android phones: Alerts on your phone cannot get through."),
            "{}",
            iphone.reason
        );

        egress.phone = Some(Phone::Android);
        assert_eq!(
            judged(&open, Some(&egress), Feature::PhoneAlerts).verdict,
            Verdict::Blocked
        );
    }

    #[test]
    fn an_iphone_falls_back_to_443_at_risk() {
        let open = probes(Open, &[]);
        let mut egress = egress(&[(Tcp, 5223, Failed)]);
        egress.phone = Some(Phone::Iphone);
        let verdict = judged(&open, Some(&egress), Feature::PhoneAlerts);
        assert_eq!(verdict.verdict, Verdict::AtRisk);
        assert!(
            verdict.reason.contains(
                "Works through Apple's fallback on TCP 443, which iPhones use on Wi-Fi only, \
                 so alerts can arrive late."
            ),
            "{}",
            verdict.reason
        );
    }
}

mod single_path_features {
    use super::*;

    #[test]
    fn all_open_means_everything_testable_works() {
        let open = probes(Open, &[]);
        assert_all_work_but_clock_sync(&open, &egress(&[]));
        let notifications = inbound_only(&open, Feature::Notifications);
        assert!(notifications.ports.contains(&"TCP 8557".to_owned()));
        assert_eq!(notifications.reason, "Every port it needs gets through.");
    }

    #[test]
    fn a_blocked_control_port_puts_notifications_and_alarm_at_risk() {
        let probes = probes(Closed, &[(Tcp, 8557, Filtered)]);
        for feature in [Feature::Notifications, Feature::RingAlarm] {
            let verdict = inbound_only(&probes, feature);
            assert_eq!(verdict.verdict, Verdict::AtRisk, "{feature:?}");
        }
        let verdict = inbound_only(&probes, Feature::Notifications);
        assert_eq!(verdict.ports, ["TCP 8557"]);
        assert_eq!(
            verdict.reason,
            "Ring control on TCP 8557 is blocked, so motion and ding notifications may be \
             delayed or fail."
        );
        assert_eq!(
            inbound_only(&probes, Feature::LiveView).verdict,
            Verdict::Works
        );
        let evidence = Evidence::new(english(), &probes, &[]);
        assert_eq!(evidence.blocked_ports(), [Endpoint::new(Tcp, 8557)]);
    }

    #[test]
    fn blocked_https_blocks_what_depends_on_ring_s_cloud() {
        let probes = probes(Closed, &[(Tcp, 443, Filtered)]);
        for feature in [
            Feature::Notifications,
            Feature::SoftwareUpdates,
            Feature::RingAlarm,
        ] {
            let verdict = inbound_only(&probes, feature);
            assert_eq!(verdict.verdict, Verdict::Blocked, "{feature:?}");
            assert!(
                verdict.reason.ends_with(
                    "cannot work without HTTPS on TCP 443, and it is blocked between your \
                     network and the internet."
                ),
                "{}",
                verdict.reason
            );
        }
    }

    #[test]
    fn inbound_app_ports_filtered_only_still_works() {
        let probes = probes(
            Closed,
            &[
                (Tcp, 7076, Filtered),
                (Tcp, 7077, Filtered),
                (Tcp, 9078, Unreachable),
                (Tcp, 9079, Filtered),
            ],
        );
        for verdict in verdicts(english(), &probes, None) {
            assert!(
                !matches!(verdict.verdict, Verdict::Blocked | Verdict::AtRisk),
                "{verdict:?}"
            );
        }
        assert!(
            Evidence::new(english(), &probes, &[])
                .blocked_ports()
                .is_empty(),
            "app ports are never called blocked"
        );
    }

    #[test]
    fn a_router_that_answers_nothing_is_not_tested_never_blocked() {
        let probes = probes(
            Filtered,
            &[(Udp, 15063, OpenOrFiltered), (Udp, 15064, OpenOrFiltered)],
        );
        for verdict in verdicts(english(), &probes, None) {
            assert_eq!(verdict.verdict, Verdict::NotTested, "{verdict:?}");
        }
        assert!(
            inbound_only(&probes, Feature::LiveView)
                .reason
                .contains("normal")
        );
    }

    #[test]
    fn nothing_tested_is_not_tested_and_clock_sync_says_why() {
        let none = probes(Error, &[]);
        for verdict in verdicts(english(), &none, None) {
            assert_eq!(verdict.verdict, Verdict::NotTested, "{verdict:?}");
        }
        assert!(
            verdicts(english(), &[], None)
                .iter()
                .all(|v| v.verdict == Verdict::NotTested)
        );
        let clock = inbound_only(&none, Feature::ClockSync);
        assert_eq!(clock.ports, ["UDP 123"]);
        assert_eq!(
            clock.reason,
            "Clock sync needs NTP on UDP 123, which this check cannot test. Browsers refuse \
             to use port 123, and web pages cannot send NTP traffic. If your other devices \
             show the right time, it is almost certainly fine."
        );
    }

    #[test]
    fn udp_silence_alone_is_not_a_block() {
        let probes = probes(Closed, &[(Udp, 15063, OpenOrFiltered)]);
        assert_ne!(
            inbound_only(&probes, Feature::LiveView).verdict,
            Verdict::Blocked
        );
    }
}

mod outbound {
    use super::*;

    #[test]
    fn outbound_results_decide_over_a_silent_router() {
        let silent = probes(Filtered, &[]);
        assert_all_work_but_clock_sync(&silent, &egress(&[]));
    }

    #[test]
    fn outbound_control_or_rss_blocked_puts_notifications_at_risk() {
        let open = probes(Open, &[]);
        for blocked in [
            vec![(Tcp, 8557, NoAnswer)],
            vec![(Tcp, 9998, Failed), (Tcp, 9999, NoAnswer)],
        ] {
            let egress = egress(&blocked);
            let verdict = judged(&open, Some(&egress), Feature::Notifications);
            assert_eq!(verdict.verdict, Verdict::AtRisk, "{blocked:?}");
            assert_eq!(
                Evidence::new(english(), &open, &egress.results)
                    .blocked_ports()
                    .len(),
                blocked.len()
            );
        }
    }

    #[test]
    fn the_browser_reaching_a_port_overrides_a_probe_that_was_filtered() {
        let probes = probes(Closed, &[(Tcp, 8557, Filtered)]);
        let egress = egress(&[]);
        assert_eq!(
            judged(&probes, Some(&egress), Feature::Notifications).verdict,
            Verdict::Works
        );
        assert!(
            Evidence::new(english(), &probes, &egress.results)
                .blocked_ports()
                .is_empty()
        );
    }

    #[test]
    fn an_intercepted_port_is_told_apart_from_a_blocked_one() {
        let open = probes(Open, &[]);
        let egress = egress(&[(Tcp, 80, Intercepted)]);
        let verdict = judged(&open, Some(&egress), Feature::SoftwareUpdates);
        assert_eq!(verdict.verdict, Verdict::AtRisk);
        assert_eq!(verdict.ports, ["TCP 80"]);
        assert!(
            verdict.reason.starts_with(
                "HTTP on TCP 80 is answered by something else on the way (a proxy, filter or \
                 sign-in page), not by the internet"
            ),
            "{}",
            verdict.reason
        );
        let evidence = Evidence::new(english(), &open, &egress.results);
        assert!(evidence.blocked_ports().is_empty());
        assert_eq!(evidence.intercepted_ports(), [Endpoint::new(Tcp, 80)]);
    }

    #[test]
    fn when_nothing_gets_out_nothing_is_called_blocked_and_our_servers_are_suspected() {
        let silent = probes(Filtered, &[]);
        let egress = egress_by(|_, _| NoAnswer);
        for verdict in verdicts(english(), &silent, Some(&egress)) {
            assert_eq!(verdict.verdict, Verdict::NotTested, "{verdict:?}");
        }
        let evidence = Evidence::new(english(), &silent, &egress.results);
        assert!(evidence.nothing_got_out());
        assert!(evidence.blocked_ports().is_empty());
        assert!(
            judged(&silent, Some(&egress), Feature::LiveView)
                .reason
                .contains("could not reach Ring Check's own test servers")
        );
    }

    #[test]
    fn the_nat_mapping_is_explained_in_the_live_view_and_audio_verdicts() {
        let open = probes(Open, &[]);
        let mut egress = egress(&[]);
        egress.nat = Some(NatMapping::EndpointDependent);
        for feature in [Feature::LiveView, Feature::TwoWayAudio] {
            let reason = judged(&open, Some(&egress), feature).reason;
            assert!(reason.contains("symmetric"), "{reason}");
        }
        assert!(
            !judged(&open, Some(&egress), Feature::Notifications)
                .reason
                .contains("symmetric")
        );
    }
}

/// Found in review: the words say each thing once and only what the verdicts hold.
mod review {
    use super::*;
    use ringcheck_shared::{
        advice::Advice,
        check::{CheckId, CheckPlan},
        egress::{EgressMethod, Phone},
    };

    fn report(probes: Vec<ProbeResult>, egress: EgressReport, plan: Option<CheckPlan>) -> Report {
        Report {
            id: CheckId::parse("AAAAAAAAAAAAAAAAAAAAAA").unwrap(),
            created_at: String::new(),
            expires_at: String::new(),
            catalog_version: 3,
            target: "198.51.100.xxx".into(),
            local_mode: false,
            duration_ms: 1,
            probes,
            probed: Vec::new(),
            egress: Some(egress),
            plan,
            upload: None,
            judgement: None,
        }
    }

    fn advice(report: &Report) -> Advice {
        judge(report).advice
    }

    #[test]
    fn ports_no_verdict_depends_on_are_not_blamed() {
        // SIP blocked while Live View works directly: no news for the provider.
        let sip = egress(&[
            (Tcp, 15063, NoAnswer),
            (Tcp, 15064, NoAnswer),
            (Udp, 15063, NoAnswer),
            (Udp, 15064, NoAnswer),
        ]);
        let checked = report(probes(Open, &[]), sip, None);
        for verdict in report_verdicts(&checked) {
            assert!(
                matches!(verdict.verdict, Verdict::Works | Verdict::NotTested),
                "{verdict:?}"
            );
        }
        let found = advice(&checked);
        assert!(found.blocked.is_empty(), "{:?}", found.blocked);
        assert_eq!(found.isp_message, None);

        // Android push blocked on an iPhone: the iPhone's verdict decides.
        let mut android = egress(&[(Tcp, 5228, NoAnswer)]);
        android.phone = Some(Phone::Iphone);
        assert!(advice(&report(probes(Open, &[]), android.clone(), None)).is_empty());
        // On an Android phone it is the one thing to fix.
        android.phone = Some(Phone::Android);
        assert_eq!(
            advice(&report(probes(Open, &[]), android, None)).blocked,
            ["TCP 5228"]
        );
        // Once something is wrong, every blocked Ring port is named.
        let both = egress(&[
            (Tcp, 8557, NoAnswer),
            (Tcp, 15063, NoAnswer),
            (Tcp, 15064, NoAnswer),
            (Udp, 15063, NoAnswer),
            (Udp, 15064, NoAnswer),
        ]);
        assert_eq!(
            advice(&report(probes(Open, &[]), both, None)).blocked,
            [
                "TCP 8557",
                "TCP 15063",
                "TCP 15064",
                "UDP 15063",
                "UDP 15064"
            ]
        );
    }

    #[test]
    fn a_part_shared_by_every_path_is_named_once() {
        // Every Live View path blocked, and the Ring Socket Service in each of them.
        let nothing = egress_by(|t, port| match (t, port) {
            (Udp, _) | (Tcp, 443 | 9002 | 15063 | 15064 | 9998 | 9999) => NoAnswer,
            _ => Reached,
        });
        let video = judged(&probes(Open, &[]), Some(&nothing), Feature::LiveView);
        assert_eq!(video.verdict, Verdict::Blocked);
        assert_eq!(video.reason.matches("9998").count(), 1, "{}", video.reason);
        assert!(
            video
                .reason
                .ends_with("The Ring Socket Service on TCP 9998 and 9999 is blocked too, which can delay it or make it fail."),
            "{}",
            video.reason
        );
    }

    #[test]
    fn a_port_our_own_server_could_not_test_is_said_to_be_our_fault() {
        let results = egress(&[]);
        let mut plan = CheckPlan::new(
            english(),
            probe_back_plan(english()),
            egress_targets(english(), &[], |_, p| Ok(p)),
        );
        for target in &mut plan.egress {
            if matches!(target.port.get(), 5228 | 5223) {
                target.method = EgressMethod::unavailable(
                    ringcheck_shared::egress::UnavailableWhy::NotAnswering,
                );
            }
        }
        let mut without_push = results.clone();
        without_push
            .results
            .retain(|r| !matches!(r.port.get(), 5228 | 5223));
        let checked = report(probes(Filtered, &[]), without_push, Some(plan));
        let alerts = report_verdicts(&checked)
            .into_iter()
            .find(|v| v.feature == Feature::PhoneAlerts)
            .unwrap();
        assert_eq!(
            alerts.verdict,
            Verdict::NotTested,
            "Android phones could not be tested, and no phone is known"
        );
        assert!(
            alerts.reason.contains(
                "Android phones: Ring Check's own test server for these ports was not answering"
            ),
            "{}",
            alerts.reason
        );
    }

    #[test]
    fn live_view_works_at_least_through_the_relay_when_udp_could_not_be_tested() {
        // WebRTC off in the browser: every UDP test `not tested`, TCP through. Ring's
        // relay over TLS on 443 carries Live View; whether direct would is unknown, so
        // its "slower" is not claimed.
        let no_webrtc = egress_by(|t, _| {
            if t == Udp {
                EgressState::NotTested
            } else {
                Reached
            }
        });
        let video = judged(&probes(Open, &[]), Some(&no_webrtc), Feature::LiveView);
        assert_eq!(video.verdict, Verdict::Works);
        assert!(
            video.reason.starts_with(
                "Works at least through Ring's relay servers. Whether it also works directly \
                 could not be tested."
            ),
            "{}",
            video.reason
        );
    }

    #[test]
    fn a_browser_without_webrtc_says_which_paths_it_could_not_test_and_what_to_do() {
        // WebKitGTK, and some in-app web views: no RTCPeerConnection at all.
        let no_webrtc = egress_by(|t, _| {
            if t == Udp {
                EgressState::Unsupported
            } else {
                Reached
            }
        });
        let open = probes(Open, &[]);
        for feature in [Feature::LiveView, Feature::TwoWayAudio] {
            let verdict = judged(&open, Some(&no_webrtc), feature);
            assert_eq!(verdict.verdict, Verdict::Works, "{feature:?}");
            assert!(
                verdict.reason.starts_with(
                    "Works at least through Ring's relay servers. Whether it also works \
                     directly could not be tested: this browser cannot run the UDP test (it \
                     has no WebRTC): run the check in another browser"
                ),
                "{}",
                verdict.reason
            );
            assert_eq!(path_states(&verdict)[0], ("direct", PathState::Unknown));
        }
        let evidence = Evidence::new(english(), &open, &no_webrtc.results);
        assert!(!evidence.nothing_got_out());
        let udp = no_webrtc
            .results
            .iter()
            .find(|r| r.transport == Udp)
            .unwrap();
        assert_eq!(
            evidence.egress_reading(udp),
            Reading::Unknown,
            "never blocked"
        );
        assert_eq!(
            evidence.egress_meaning(udp),
            shared_verdict::RowMeaning::NotTestableInThisBrowser
        );
    }

    #[test]
    fn one_untested_part_agrees_with_its_verb() {
        // HTTPS untested (nothing answered it), the control port blocked.
        let mut only_control = egress(&[(Tcp, 8557, NoAnswer)]);
        only_control
            .results
            .retain(|r| !(r.transport == Tcp && r.port.get() == 443));
        let silent = probes(Filtered, &[]);
        let verdict = judged(&silent, Some(&only_control), Feature::Notifications);
        assert_eq!(verdict.verdict, Verdict::AtRisk);
        assert!(
            verdict
                .reason
                .ends_with("whether HTTPS on TCP 443 gets through could not be tested."),
            "{}",
            verdict.reason
        );
    }
}

/// The verdicts read the catalogue: change a copy of it and they change with it.
mod catalogue_driven {
    use super::*;

    #[test]
    fn moving_a_part_moves_the_verdict() {
        let open = probes(Open, &[]);
        let egress = egress(&[(Tcp, 8557, NoAnswer)]);
        let mut catalog = english().clone();
        let verdict = |catalog: &Catalog| {
            verdicts(catalog, &open, Some(&egress))
                .into_iter()
                .find(|v| v.feature == Feature::SoftwareUpdates)
                .unwrap()
        };
        assert_eq!(verdict(&catalog).verdict, Verdict::Works);
        // Updates now need the control port: the same results block them.
        let updates = catalog
            .features
            .iter_mut()
            .find(|r| r.feature == Feature::SoftwareUpdates)
            .unwrap();
        updates.paths[0].parts[0].need = Need::One(Endpoint::new(Tcp, 8557));
        let moved = verdict(&catalog);
        assert_eq!(moved.verdict, Verdict::Blocked);
        assert_eq!(moved.ports, ["TCP 8557"]);
        // And the relay moved to a port that is blocked: Live View now blocked with UDP.
        let udp_dropped = egress_by(|t, _| if t == Udp { NoAnswer } else { Reached });
        let mut catalog = english().clone();
        let live_view = catalog
            .features
            .iter_mut()
            .find(|r| r.feature == Feature::LiveView)
            .unwrap();
        live_view.paths[1].parts[1].need = Need::One(Endpoint::new(Udp, 4172));
        let judged = verdicts(&catalog, &open, Some(&udp_dropped))
            .into_iter()
            .find(|v| v.feature == Feature::LiveView)
            .unwrap();
        assert_eq!(judged.verdict, Verdict::Blocked);
    }

    #[test]
    fn every_feature_has_a_rule_and_every_path_a_source() {
        let catalog = english();
        for rule in &catalog.features {
            assert!(!rule.paths.is_empty(), "{:?}", rule.feature);
            for path in &rule.paths {
                assert!(!path.sources.is_empty(), "{}", path.id);
                assert!(!path.parts.is_empty(), "{}", path.id);
            }
        }
    }
}

/// Dual-stack homes: judged on the family Ring documents (IPv4), the other shown beside.
mod families {
    use super::*;
    use ringcheck_shared::{
        check::{CheckId, CheckPlan, ProbedAddress},
        family::AddressFamily::{self, Ipv4, Ipv6},
    };

    /// What the families mean, worded in English.
    fn family_judgement(
        catalog: &Catalog,
        probes: &[ProbeResult],
        egress: Option<&EgressReport>,
        plan: Option<&CheckPlan>,
    ) -> Option<shared_verdict::FamilyJudgement> {
        let mut families = shared_verdict::family_judgement(catalog, probes, egress, plan)?;
        let speaker = speaker();
        families.sentences = families
            .notes
            .iter()
            .map(|note| ringcheck_words::judgement::family_sentence(&speaker, note))
            .collect();
        Some(families)
    }

    /// `probes` and `egress` as measured over `family`.
    fn over(
        family: AddressFamily,
        mut probes: Vec<ProbeResult>,
        mut egress: EgressReport,
    ) -> (Vec<ProbeResult>, Vec<EgressResult>) {
        for probe in &mut probes {
            probe.family = Some(family);
        }
        for result in &mut egress.results {
            result.family = Some(family);
        }
        (probes, egress.results)
    }

    /// One report of both families' results.
    fn dual(
        v4: (Vec<ProbeResult>, Vec<EgressResult>),
        v6: (Vec<ProbeResult>, Vec<EgressResult>),
    ) -> (Vec<ProbeResult>, EgressReport) {
        let mut egress = egress(&[]);
        egress.results = v6.1.into_iter().chain(v4.1).collect();
        (v6.0.into_iter().chain(v4.0).collect(), egress)
    }

    fn kinds(verdicts: &[FeatureVerdict]) -> Vec<(Feature, Verdict)> {
        verdicts.iter().map(|v| (v.feature, v.verdict)).collect()
    }

    fn rss_dropped() -> EgressReport {
        egress(&[(Tcp, 9998, NoAnswer), (Tcp, 9999, NoAnswer)])
    }

    #[test]
    fn an_ipv4_firewall_is_judged_as_on_a_single_stack_line_with_ipv6_open_beside() {
        let silent = probes(Filtered, &[]);
        let single = verdicts(english(), &silent, Some(&rss_dropped()));
        let (probes, egress) = dual(
            over(Ipv4, silent.clone(), rss_dropped()),
            over(Ipv6, silent.clone(), super::egress(&[])),
        );
        let both = verdicts(english(), &probes, Some(&egress));
        assert_eq!(
            kinds(&both),
            kinds(&single),
            "IPv4 decides, as on one family"
        );
        assert_eq!(both, single, "word for word");
        let notifications = both
            .iter()
            .find(|v| v.feature == Feature::Notifications)
            .unwrap();
        assert_eq!(notifications.verdict, Verdict::AtRisk, "never works");

        let families = family_judgement(english(), &probes, Some(&egress), None)
            .expect("a report of two families says so");
        assert_eq!(families.documented, Ipv4);
        assert_eq!(
            families
                .families
                .iter()
                .map(|f| (f.family, f.judged, f.reached))
                .collect::<Vec<_>>(),
            [(Ipv4, true, true), (Ipv6, false, true)]
        );
        let notifications = both
            .iter()
            .position(|v| v.feature == Feature::Notifications)
            .unwrap();
        assert_eq!(
            families.families[1].verdicts[notifications],
            Verdict::Works,
            "IPv6 shown open"
        );
        assert_eq!(
            families.sentences,
            [
                "Your IPv6 lets TCP 9998 and 9999 through but your IPv4 does not, and IPv4 is \
                 what Ring's devices are documented to use: the verdicts are judged on IPv4.",
                "On IPv6 alone, motion and ding notifications, Live View video, two-way audio \
                 and Ring Alarm would work."
            ]
        );
        // The advice and the message for the provider are IPv4's.
        let report = Report {
            id: CheckId::parse("AAAAAAAAAAAAAAAAAAAAAA").unwrap(),
            created_at: String::new(),
            expires_at: String::new(),
            catalog_version: 4,
            target: "2001:db8:1::/48".into(),
            local_mode: false,
            duration_ms: 1,
            probes,
            probed: vec![
                ProbedAddress {
                    family: Ipv6,
                    target: "2001:db8:1::/48".into(),
                },
                ProbedAddress {
                    family: Ipv4,
                    target: "203.0.113.xxx".into(),
                },
            ],
            egress: Some(egress),
            plan: None,
            upload: None,
            judgement: None,
        };
        let judgement = judge(&report);
        assert!(
            judgement
                .summary
                .contains("from 2001:db8:1::/48 (IPv6) and 203.0.113.xxx (IPv4)"),
            "every address probed: {}",
            judgement.summary
        );
        assert_eq!(judgement.advice.blocked, ["TCP 9998", "TCP 9999"]);
        let message = judgement.advice.isp_message.unwrap();
        assert!(
            message.contains("found these ports blocked over IPv4:"),
            "{message}"
        );
        assert!(
            judgement.summary.contains("IPv4 and IPv6: Your IPv6 lets"),
            "{}",
            judgement.summary
        );
        assert!(
            judgement
                .summary
                .contains("On IPv6 alone: Motion and ding notifications (works)"),
            "{}",
            judgement.summary
        );
    }

    #[test]
    fn the_media_range_dropped_on_ipv4_only_is_named_as_a_range() {
        let silent = probes(Filtered, &[]);
        let v4 = egress_by(|t, port| if is_media(t, port) { NoAnswer } else { Reached });
        let (probes, egress) = dual(
            over(Ipv4, silent.clone(), v4.clone()),
            over(Ipv6, silent.clone(), super::egress(&[])),
        );
        let single = verdicts(english(), &silent, Some(&v4));
        assert_eq!(verdicts(english(), &probes, Some(&egress)), single);
        let live_view = single
            .iter()
            .find(|v| v.feature == Feature::LiveView)
            .unwrap();
        assert_eq!(
            live_view.verdict,
            Verdict::AtRisk,
            "through the relay, never works"
        );
        let families = family_judgement(english(), &probes, Some(&egress), None).unwrap();
        assert_eq!(
            families.sentences,
            [
                "Your IPv6 lets UDP 16500\u{2013}65000 (all 16 ports tested) through but your \
                 IPv4 does not, and IPv4 is what Ring's devices are documented to use: the \
                 verdicts are judged on IPv4.",
                "On IPv6 alone, Live View video and two-way audio would work."
            ]
        );
    }

    /// Ports of each transport together, and the groups apart with a comma, as each
    /// group may hold an "and" of its own.
    #[test]
    fn ports_of_two_transports_blocked_on_ipv4_only_are_said_in_groups() {
        let silent = probes(Filtered, &[]);
        let v4 = egress_by(|t, port| {
            if is_media(t, port) || (t == Tcp && matches!(port, 9998 | 9999)) {
                NoAnswer
            } else {
                Reached
            }
        });
        let (probes, egress) = dual(
            over(Ipv4, silent.clone(), v4),
            over(Ipv6, silent, super::egress(&[])),
        );
        let families = family_judgement(english(), &probes, Some(&egress), None).unwrap();
        assert!(
            families.sentences[0].starts_with(
                "Your IPv6 lets TCP 9998 and 9999, and UDP 16500\u{2013}65000 (all 16 ports \
                 tested) through but your IPv4 does not"
            ),
            "{:?}",
            families.sentences
        );
    }

    #[test]
    fn a_home_reached_only_over_ipv6_is_told_so_and_nothing_is_blamed() {
        let silent = probes(Filtered, &[]);
        let nothing = egress_by(|_, _| Failed);
        let (probes, egress) = dual(
            (Vec::new(), over(Ipv4, Vec::new(), nothing).1),
            over(Ipv6, silent, super::egress(&[])),
        );
        let judged = verdicts(english(), &probes, Some(&egress));
        assert!(
            judged.iter().all(|v| v.verdict == Verdict::NotTested),
            "{judged:?}"
        );
        let video = judged
            .iter()
            .find(|v| v.feature == Feature::LiveView)
            .unwrap();
        assert!(
            video.reason.starts_with(
                "Nothing got through over IPv4, which Ring's devices are documented to use \
                 (your network reached Ring Check only over IPv6)"
            ),
            "{}",
            video.reason
        );
        let families = family_judgement(english(), &probes, Some(&egress), None).unwrap();
        assert!(
            families.sentences[0].starts_with("Your network reached Ring Check only over IPv6"),
            "{:?}",
            families.sentences
        );
        let report = Report {
            id: CheckId::parse("AAAAAAAAAAAAAAAAAAAAAA").unwrap(),
            created_at: String::new(),
            expires_at: String::new(),
            catalog_version: 4,
            target: "2001:db8:1::/48".into(),
            local_mode: false,
            duration_ms: 1,
            probes,
            probed: Vec::new(),
            egress: Some(egress),
            plan: None,
            upload: None,
            judgement: None,
        };
        let advice = judge(&report).advice;
        assert!(!advice.nothing_got_out, "our servers answered over IPv6");
        assert!(
            advice.blocked.is_empty(),
            "nothing blamed: {:?}",
            advice.blocked
        );
        assert_eq!(
            advice.documented_unreached.as_deref(),
            Some(
                "This check could not test IPv4, which Ring's devices are documented to use. \
                 Ask your internet provider whether your line has IPv4 internet access; if it \
                 does, something on your network blocks IPv4 entirely."
            ),
            "what to do says what to ask, never \"nothing needs changing\""
        );
    }

    #[test]
    fn a_home_on_ipv4_alone_reads_as_before() {
        let silent = probes(Filtered, &[]);
        let v6_nothing = egress_by(|_, _| Failed);
        let (probes, egress) = dual(
            over(Ipv4, silent.clone(), rss_dropped()),
            (Vec::new(), over(Ipv6, Vec::new(), v6_nothing).1),
        );
        assert_eq!(
            verdicts(english(), &probes, Some(&egress)),
            verdicts(english(), &silent, Some(&rss_dropped()))
        );
        let families = family_judgement(english(), &probes, Some(&egress), None).unwrap();
        assert!(families.sentences.is_empty(), "{:?}", families.sentences);
    }

    #[test]
    fn ipv6_blocking_what_ipv4_lets_through_does_not_affect_ring_devices() {
        let silent = probes(Filtered, &[]);
        let (probes, egress) = dual(
            over(Ipv4, silent.clone(), super::egress(&[])),
            over(Ipv6, silent, rss_dropped()),
        );
        let judged = verdicts(english(), &probes, Some(&egress));
        assert!(
            judged
                .iter()
                .all(|v| matches!(v.verdict, Verdict::Works | Verdict::NotTested)),
            "{judged:?}"
        );
        let families = family_judgement(english(), &probes, Some(&egress), None).unwrap();
        assert_eq!(
            families.sentences,
            [
                "Your IPv6 blocks TCP 9998 and 9999, which your IPv4 lets through. Ring's \
              devices are documented to use IPv4, so this does not affect them today."
            ]
        );
    }

    #[test]
    fn both_families_alike_say_so_once() {
        let silent = probes(Filtered, &[]);
        let (probes, egress) = dual(
            over(Ipv4, silent.clone(), super::egress(&[])),
            over(Ipv6, silent, super::egress(&[])),
        );
        let families = family_judgement(english(), &probes, Some(&egress), None).unwrap();
        assert_eq!(families.sentences.len(), 1);
        assert!(families.sentences[0].contains("both let the same Ring ports through"));
    }

    #[test]
    fn a_server_that_names_no_families_says_when_it_tested_ipv6_only() {
        let mut v6 = probes(Filtered, &[]);
        for probe in &mut v6 {
            probe.family = Some(Ipv6);
        }
        let egress = super::egress(&[]);
        let families = family_judgement(english(), &v6, Some(&egress), None).unwrap();
        assert_eq!(families.families.len(), 1);
        assert!(
            families.sentences[0].starts_with("This check reached your network over IPv6 only")
        );
        // An IPv4 visitor of such a server, and an old report, have nothing to add.
        let mut v4 = v6.clone();
        for probe in &mut v4 {
            probe.family = Some(Ipv4);
        }
        assert!(family_judgement(english(), &v4, Some(&egress), None).is_none());
        // A server that names both, whose browser's results never came.
        let plan =
            CheckPlan::new(english(), Vec::new(), Vec::new()).with_families(vec![Ipv4, Ipv6]);
        let families = family_judgement(english(), &v6, None, Some(&plan)).unwrap();
        assert!(
            families.sentences[0].contains("as your browser's own results did not arrive"),
            "{:?}",
            families.sentences
        );
        // They came, with nothing in them (nothing was testable): never "did not arrive".
        let mut empty = egress.clone();
        empty.results.clear();
        let families = family_judgement(english(), &v6, Some(&empty), Some(&plan));
        assert!(
            families.is_some_and(|f| f.sentences.iter().all(|s| !s.contains("did not arrive"))),
        );
        let old = probes(Filtered, &[]);
        assert!(family_judgement(english(), &old, Some(&egress), None).is_none());
    }
}

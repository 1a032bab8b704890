//! What a report asks the customer to do, in English as the server words it: the ports
//! to open, the message for the internet provider and the plain summary.

use ringcheck_shared::{
    advice::Advice,
    catalog::{Feature, Transport},
    check::{CheckId, ProbeResult, ProbeState, probe_back_plan},
    egress::{EgressReport, EgressResult, EgressState, NatMapping, ReportedBy},
    port::Port,
    probe_detail::ProbeDetail,
    report::Report,
    verdict::{FeatureVerdict, Verdict},
};

mod common;

use common::{english, judge};

fn report_verdicts(report: &Report) -> Vec<FeatureVerdict> {
    judge(report, "x").verdicts
}

fn report(probes: Vec<ProbeResult>, egress: Option<EgressReport>) -> Report {
    Report {
        id: CheckId::parse("AAAAAAAAAAAAAAAAAAAAAA").unwrap(),
        created_at: "2026-11-24T00:00:00Z".into(),
        expires_at: "2026-12-24T00:00:00Z".into(),
        catalog_version: 3,
        target: "198.51.100.xxx".into(),
        local_mode: false,
        duration_ms: 5,
        probes,
        probed: Vec::new(),
        egress,
        plan: None,
        upload: None,
        judgement: None,
    }
}

fn probes(blocked: &[u16]) -> Vec<ProbeResult> {
    probe_back_plan(english())
        .into_iter()
        .map(|planned| ProbeResult {
            state: if blocked.contains(&planned.port.get()) && planned.transport == Transport::Tcp {
                ProbeState::Filtered
            } else {
                ProbeState::Closed
            },
            entry: planned.entry,
            transport: planned.transport,
            port: planned.port,
            family: None,
            rtt_ms: Some(12.5),
            attempts: 1,
            detail: ProbeDetail::NoAnswer {
                attempts: 1,
                waited_ms: 1500,
            },
        })
        .collect()
}

fn advice(report: &Report, link: &str) -> Advice {
    judge(report, link).advice
}

#[test]
fn the_isp_message_lists_exactly_the_blocked_ports_and_what_they_break() {
    let checked = report(probes(&[8557, 9998, 7076]), None);
    let found = advice(&checked, "https://x/r/1");
    assert_eq!(found.blocked, ["TCP 8557", "TCP 9998"]);
    let message = found.isp_message.unwrap();
    assert!(
        message.contains("  - TCP 8557\n  - TCP 9998\n\n"),
        "{message}"
    );
    assert!(
        !message.contains("  - TCP 7076\n"),
        "app ports are never reported as blocked"
    );
    assert!(
        message.contains(
            "What this breaks:\n\n  - Motion and ding notifications: At risk. Ring \
             control on TCP 8557 and the Ring Socket Service on TCP 9998 are blocked"
        ),
        "{message}"
    );
    assert!(message.contains("Ring Socket Service (RSS): TCP 9998, 9999"));
    assert!(message.contains("Android push (Firebase Cloud Messaging): TCP 5228 (Phone"));
    assert!(message.contains("https://x/r/1"));
    let clean = report(probes(&[]), None);
    assert!(advice(&clean, "x").isp_message.is_none());
}

#[test]
fn the_live_view_symptom_is_said_only_when_the_verdicts_say_so() {
    use EgressState::{NoAnswer, Reached};
    let results = |state_of: &dyn Fn(Transport, u16) -> EgressState| {
        let sample: Vec<Port> = [16500, 40000, 65000].map(Port::known).to_vec();
        ringcheck_shared::egress::egress_targets(english(), &sample, |_, p| Ok(p))
            .into_iter()
            .filter(|t| t.is_testable())
            .map(|t| EgressResult {
                transport: t.transport,
                port: t.port,
                family: None,
                state: state_of(t.transport, t.port.get()),
                rtt_ms: None,
                waited_ms: None,
            })
            .collect::<Vec<_>>()
    };
    let egress = |results| EgressReport {
        reported_by: ReportedBy::VisitorBrowser,
        received_at: String::new(),
        results,
        nat: None,
        phone: None,
    };
    // Live View blocked, notifications fine: the article's symptom.
    let live_view_blocked = report(
        probes(&[]),
        Some(egress(results(&|t, p| match (t, p) {
            (Transport::Udp, _) | (Transport::Tcp, 9002 | 15063 | 15064) => NoAnswer,
            _ => Reached,
        }))),
    );
    let verdicts = report_verdicts(&live_view_blocked);
    let live_view = verdicts
        .iter()
        .find(|v| v.feature == Feature::LiveView)
        .unwrap();
    assert_eq!(live_view.verdict, Verdict::AtRisk, "{}", live_view.reason);
    // 443 carries the relay: at risk, so no "can't connect to the video".
    assert_eq!(advice(&live_view_blocked, "x").symptom, None);
    // Every port dropped but 8557: notifications are blocked too: no "you may still
    // get motion notifications".
    let everything = report(
        probes(&[]),
        Some(egress(results(&|t, p| {
            if t == Transport::Tcp && p == 8557 {
                Reached
            } else {
                NoAnswer
            }
        }))),
    );
    let advice_all = advice(&everything, "x");
    assert_eq!(advice_all.symptom, None);
    assert!(
        advice_all
            .affected
            .contains(&"motion and ding notifications (blocked)".to_owned())
    );
    // Works everywhere: nothing to do.
    let fine = report(probes(&[]), Some(egress(results(&|_, _| Reached))));
    let fine = advice(&fine, "x");
    assert!(fine.is_empty() && fine.symptom.is_none() && fine.affected.is_empty());
}

#[test]
fn a_sampled_range_blocked_on_every_tested_port_is_named_as_a_range() {
    use EgressState::{NoAnswer, Reached};
    use Transport::{Tcp, Udp};
    let all = egress(&[
        (Tcp, 443, Reached),
        (Udp, 16500, NoAnswer),
        (Udp, 40000, NoAnswer),
        (Udp, 65000, NoAnswer),
    ]);
    let found = advice(&report(probes(&[]), Some(all)), "x");
    assert_eq!(
        found.blocked,
        ["UDP 16500\u{2013}65000 (all 3 ports tested)"]
    );
    let some = egress(&[
        (Tcp, 443, Reached),
        (Udp, 16500, NoAnswer),
        (Udp, 40000, Reached),
        (Udp, 65000, NoAnswer),
    ]);
    let found = advice(&report(probes(&[]), Some(some)), "x");
    assert_eq!(found.blocked, ["UDP 16500", "UDP 65000"]);
}

#[test]
fn a_contiguous_blocked_part_of_a_range_is_named_as_a_range_with_its_samples() {
    use EgressState::{NoAnswer, Reached};
    use Transport::{Tcp, Udp};
    // A firewall dropping UDP 16500-45000, seen through four samples of six.
    let part = egress(&[
        (Tcp, 443, Reached),
        (Udp, 16500, NoAnswer),
        (Udp, 25000, NoAnswer),
        (Udp, 35000, NoAnswer),
        (Udp, 45000, NoAnswer),
        (Udp, 55000, Reached),
        (Udp, 65000, Reached),
    ]);
    let found = advice(&report(probes(&[]), Some(part)), "x");
    assert_eq!(
        found.blocked,
        ["UDP 16500\u{2013}45000 (4 sampled ports: 16500, 25000, 35000, 45000)"]
    );
    let message = found.isp_message.unwrap();
    assert!(
        message.contains("  - UDP 16500\u{2013}45000 (4 sampled ports: 16500, "),
        "{message}"
    );
}

#[test]
fn an_interception_alone_is_told_to_the_provider_as_one() {
    use EgressState::{Intercepted, Reached};
    use Transport::Tcp;
    let egress = egress(&[(Tcp, 80, Intercepted), (Tcp, 443, Reached)]);
    let found = advice(&report(probes(&[]), Some(egress)), "x");
    assert!(found.blocked.is_empty());
    let message = found.isp_message.unwrap();
    assert!(
        message.starts_with(
            "Hello,\n\nMy Ring devices (video doorbell, cameras, alarm) cannot connect \
             properly.\n\nOn these ports something on the way answers in place of the \
             server I connect to (a proxy or filter), which Ring devices cannot work \
             through:\n\n  - TCP 80\n\nWhat this breaks:\n\n  - Software updates: At risk."
        ),
        "{message}"
    );
}

#[test]
fn the_summary_has_every_verdict_path_and_probe() {
    let checked = report(probes(&[8557]), None);
    let text = judge(&checked, "https://x/r/A").summary;
    assert!(
        text.contains("Motion and ding notifications: At risk (TCP 8557)."),
        "{text}"
    );
    assert!(text.contains("    Directly: "), "{text}");
    assert!(
        text.contains("    Through Ring's relay servers: "),
        "{text}"
    );
    assert!(
        text.contains("    iPhones, through Apple's push service: "),
        "{text}"
    );
    assert!(
        text.contains(
            "8557  TCP  filtered  12.5 ms  (no answer to 1 connection attempt in 1,500 ms)"
        ),
        "{text}"
    );
    assert!(text.contains("198.51.100.xxx"));
    assert!(text.contains("catalogue version 3"));
    assert!(
        text.ends_with(
            "Overall: At risk. Some Ring features may not work reliably on this network.\n"
        ),
        "{text}"
    );
}

fn egress(results: &[(Transport, u16, EgressState)]) -> EgressReport {
    EgressReport {
        reported_by: ReportedBy::VisitorBrowser,
        received_at: "2026-11-24T00:00:03Z".into(),
        results: results
            .iter()
            .map(|&(transport, port, state)| EgressResult {
                transport,
                port: Port::known(port),
                family: None,
                state,
                rtt_ms: (state == EgressState::Reached).then_some(7),
                waited_ms: None,
            })
            .collect(),
        nat: Some(NatMapping::EndpointIndependent),
        phone: None,
    }
}

#[test]
fn the_browser_s_findings_come_first_in_the_isp_message_and_the_summary() {
    use EgressState::{Intercepted, NoAnswer, Reached};
    use Transport::{Tcp, Udp};
    let egress = egress(&[
        (Tcp, 80, Intercepted),
        (Tcp, 443, Reached),
        (Tcp, 8557, Reached),
        (Udp, 16500, NoAnswer),
    ]);
    // Inbound says 8557 is filtered, outbound reached it: the outbound finding wins.
    let report = report(probes(&[8557, 9998]), Some(egress));
    let found = advice(&report, "x");
    assert_eq!(found.intercepted, ["TCP 80"]);
    let message = found.isp_message.unwrap();
    assert!(
        message.contains("  - UDP 16500\n  - TCP 9998\n\n"),
        "{message}"
    );
    assert!(!message.contains("  - TCP 8557\n"), "{message}");
    assert!(
        message.contains("answers in place of the server I connect to (a proxy or filter), which Ring devices cannot work through:\n\n  - TCP 80\n"),
        "{message}"
    );

    let text = judge(&report, "x").summary;
    assert!(text.contains("as reported by the browser"), "{text}");
    assert!(text.contains("16500  UDP  no answer  -\n"), "{text}");
    assert!(text.contains("443  TCP  reached  7 ms\n"), "{text}");
    assert!(text.contains("NAT mapping: Your router keeps the same outside port"));
}

//! Texts made from a report: the message for the internet provider and the plain summary
//! a support agent pastes into a ticket.

use crate::{
    catalog::{Catalog, Direction},
    check::Report,
    egress::rtt_label,
    verdict::{Evidence, FeatureVerdict, Verdict, nat_sentence},
};

/// A ready-to-send message for the ISP listing exactly the ports found blocked, with
/// Ring's full port list for reference; `None` when nothing was found blocked.
pub fn isp_message(report: &Report, catalog: &Catalog, report_link: &str) -> Option<String> {
    let blocked = Evidence::new(&report.probes, report.egress_results()).blocked_ports();
    if blocked.is_empty() {
        return None;
    }
    let mut text = String::from(
        "Hello,\n\nMy Ring devices (video doorbell, cameras, alarm) cannot connect properly. \
         A network check from my home connection found these ports blocked:\n\n",
    );
    for port in &blocked {
        text.push_str(&format!("  - {port}\n"));
    }
    text.push_str(
        "\nRing devices need outbound access to the following ports. Could you check \
         whether your network blocks any of them, and unblock them for my connection?\n\n",
    );
    for entry in &catalog.entries {
        if entry.direction == Direction::InternetToApp {
            continue;
        }
        text.push_str(&format!(
            "  - {}: {} {} ({})\n",
            entry.name,
            entry.transport_label(),
            entry.ports,
            entry.direction.label()
        ));
    }
    text.push_str(&format!(
        "\nThe full results are here: {report_link}\n\nThank you."
    ));
    Some(text)
}

/// The whole result as plain text, for a support ticket.
pub fn plain_summary(report: &Report, verdicts: &[FeatureVerdict], report_link: &str) -> String {
    let mut text = format!(
        "Ring Check result {link}\nChecked {when} from {target}{local}\n\n",
        link = report_link,
        when = report.created_at,
        target = report.target,
        local = if report.local_mode {
            " (local mode)"
        } else {
            ""
        },
    );
    for verdict in verdicts {
        let ports = if verdict.ports.is_empty() {
            String::new()
        } else {
            format!(" ({})", verdict.ports.join(", "))
        };
        text.push_str(&format!(
            "{}: {}{ports}. {}\n",
            verdict.feature.title(),
            verdict.verdict.label(),
            verdict.reason
        ));
    }
    if let Some(egress) = &report.egress {
        text.push_str("\nFrom the visitor's browser, outward (as reported by the browser)\n");
        text.push_str("Port  Protocol  Result  Round trip\n");
        for result in &egress.results {
            let rtt = rtt_label(result).unwrap_or_else(|| "-".to_owned());
            text.push_str(&format!(
                "{}  {}  {}  {}\n",
                result.port,
                result.transport.label(),
                result.state.label(),
                rtt
            ));
        }
        if let Some(nat) = egress.nat {
            text.push_str(&format!("NAT mapping: {}\n", nat_sentence(nat)));
        }
    }
    text.push_str("\nFrom Ring Check's server, inward\n");
    text.push_str("Port  Protocol  Result  Round trip\n");
    for probe in &report.probes {
        let rtt = probe.rtt_label().unwrap_or_else(|| "-".to_owned());
        text.push_str(&format!(
            "{}  {}  {}  {}  ({})\n",
            probe.port,
            probe.transport.label(),
            probe.state.label(),
            rtt,
            probe.detail
        ));
    }
    let worst = verdicts
        .iter()
        .map(|v| v.verdict)
        .max()
        .unwrap_or(Verdict::NotTested);
    text.push_str(&format!("\nOverall: {}\n", worst.label()));
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        catalog::{self, Transport},
        check::{CheckId, ProbeResult, ProbeState, probe_back_plan},
        egress::{EgressReport, EgressResult, EgressState, NatMapping, ReportedBy},
        port::Port,
        verdict::verdicts,
    };

    fn report(probes: Vec<ProbeResult>, egress: Option<EgressReport>) -> Report {
        Report {
            id: CheckId::parse("AAAAAAAAAAAAAAAAAAAAAA").unwrap(),
            created_at: "2026-11-24T00:00:00Z".into(),
            expires_at: "2026-12-24T00:00:00Z".into(),
            catalog_version: 2,
            target: "198.51.100.xxx".into(),
            local_mode: false,
            duration_ms: 5,
            probes,
            egress,
        }
    }

    fn probes(blocked: &[u16]) -> Vec<ProbeResult> {
        probe_back_plan(catalog::catalog())
            .into_iter()
            .map(|planned| ProbeResult {
                state: if blocked.contains(&planned.port.get())
                    && planned.transport == Transport::Tcp
                {
                    ProbeState::Filtered
                } else {
                    ProbeState::Closed
                },
                entry: planned.entry,
                transport: planned.transport,
                port: planned.port,
                rtt_ms: Some(12.5),
                attempts: 1,
                detail: "detail".into(),
            })
            .collect()
    }

    #[test]
    fn the_isp_message_lists_exactly_the_blocked_ports() {
        let message = isp_message(
            &report(probes(&[8557, 9998, 7076]), None),
            catalog::catalog(),
            "https://x/r/1",
        )
        .unwrap();
        assert!(
            message.contains("  - TCP 8557\n  - TCP 9998\n\n"),
            "{message}"
        );
        assert!(
            !message.contains("  - TCP 7076\n"),
            "app ports are never reported as blocked"
        );
        assert!(message.contains("Ring Socket Service (RSS): TCP 9998, 9999"));
        assert!(message.contains("https://x/r/1"));
        assert!(isp_message(&report(probes(&[]), None), catalog::catalog(), "x").is_none());
    }

    #[test]
    fn the_summary_has_every_verdict_and_probe() {
        let probes = probes(&[8557]);
        let report = report(probes.clone(), None);
        let text = plain_summary(&report, &verdicts(&probes, None), "https://x/r/A");
        assert!(
            text.contains("Motion and ding notifications: At risk (TCP 8557)."),
            "{text}"
        );
        assert!(text.contains("8557  TCP  filtered  12.5 ms"));
        assert!(text.contains("198.51.100.xxx"));
        assert!(text.ends_with("Overall: At risk\n"));
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
                    state,
                    rtt_ms: (state == EgressState::Reached).then_some(7),
                })
                .collect(),
            nat: Some(NatMapping::EndpointIndependent),
        }
    }

    #[test]
    fn the_browser_s_findings_come_first_in_the_isp_message_and_the_summary() {
        use EgressState::{NoAnswer, Reached};
        use Transport::{Tcp, Udp};
        let egress = egress(&[
            (Tcp, 443, Reached),
            (Tcp, 8557, Reached),
            (Udp, 16500, NoAnswer),
        ]);
        // Inbound says 8557 is filtered, outbound reached it: the outbound finding wins.
        let report = report(probes(&[8557, 9998]), Some(egress));
        let message = isp_message(&report, catalog::catalog(), "x").unwrap();
        assert!(
            message.contains("  - UDP 16500\n  - TCP 9998\n\n"),
            "{message}"
        );
        assert!(!message.contains("  - TCP 8557\n"), "{message}");

        let text = plain_summary(
            &report,
            &verdicts(&report.probes, report.egress.as_ref()),
            "x",
        );
        assert!(text.contains("as reported by the browser"), "{text}");
        assert!(text.contains("16500  UDP  no answer  -\n"), "{text}");
        assert!(text.contains("443  TCP  reached  7 ms\n"), "{text}");
        assert!(text.contains("NAT mapping: Your router keeps the same outside port"));
    }
}

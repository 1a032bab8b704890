//! Texts made from a report and its verdicts: what to do, the message for the internet
//! provider and the plain summary a support agent pastes into a ticket. Every sentence
//! follows from the verdicts; none is said regardless of them.

use serde::{Deserialize, Serialize};

use crate::{
    catalog::{Audience, Catalog, Direction, Feature, Guidance},
    check::ProbeResult,
    egress::{EgressReport, EgressResult, timing_label},
    family::AddressFamily,
    text::capitalized,
    verdict::{
        Evidence, FamilyJudgement, FeatureVerdict, PathVerdict, Verdict, nat_sentence, overall,
        overall_sentence,
    },
};

/// What a report asks the customer to do.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Advice {
    /// Outbound Ring ports found blocked, as "TCP 8557".
    pub blocked: Vec<String>,
    /// Ports something on the way answered in the server's place.
    pub intercepted: Vec<String>,
    /// The features that suffer, with their verdicts: "Live View video (at risk)".
    pub affected: Vec<String>,
    /// The article's symptom, when the verdicts say it is what the customer sees.
    pub symptom: Option<String>,
    /// A ready message for the provider, when something was found blocked.
    pub isp_message: Option<String>,
    /// The browser reached none of Ring Check's own test servers: likely our fault, so
    /// nothing is blamed on the network; try again later.
    pub nothing_got_out: bool,
    /// What to do when nothing got through over the family Ring's devices are documented
    /// to use while the other reached Ring Check: ask whether the line has it at all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documented_unreached: Option<String>,
    /// The catalogue's general advice: the router first, then the provider.
    pub guidance: Guidance,
}

impl Advice {
    /// From a check's probes, the browser's results and the verdicts made of them (of
    /// the family the verdicts are judged on, when the check told families apart).
    pub fn new(
        probes: &[ProbeResult],
        egress: &[EgressResult],
        verdicts: &[FeatureVerdict],
        catalog: &Catalog,
        report_link: &str,
    ) -> Self {
        let evidence = Evidence::new(catalog, probes, egress);
        // Nothing to fix while every feature works (a blocked SIP port is no news while
        // Live View works directly); once something does not, every blocked Ring port
        // is worth opening, and the provider hears of them all.
        let something_wrong = verdicts
            .iter()
            .any(|v| matches!(v.verdict, Verdict::AtRisk | Verdict::Blocked));
        let (blocked, intercepted) = if something_wrong {
            (
                evidence.port_labels(&evidence.blocked_ports(), catalog),
                evidence.port_labels(&evidence.intercepted_ports(), catalog),
            )
        } else {
            (Vec::new(), Vec::new())
        };
        let affected = verdicts
            .iter()
            .filter(|v| matches!(v.verdict, Verdict::Blocked | Verdict::AtRisk))
            .map(|v| {
                format!(
                    "{} ({})",
                    v.feature.in_sentence(),
                    v.verdict.label().to_lowercase()
                )
            })
            .collect();
        let verdict_of = |feature| {
            verdicts
                .iter()
                .find(|v| v.feature == feature)
                .map(|v| v.verdict)
        };
        // The article's words: Live View fails while notifications still arrive.
        let symptom = (verdict_of(Feature::LiveView) == Some(Verdict::Blocked)
            && verdict_of(Feature::Notifications) != Some(Verdict::Blocked))
        .then(|| catalog.guidance.symptom.clone());
        let family = egress.iter().find_map(|r| r.family);
        let isp_message = isp_message(
            &blocked,
            &intercepted,
            family,
            verdicts,
            catalog,
            report_link,
        );
        Self {
            blocked,
            intercepted,
            affected,
            symptom,
            isp_message,
            nothing_got_out: evidence.nothing_got_out(),
            documented_unreached: None,
            guidance: catalog.guidance.clone(),
        }
    }

    /// Whether the check found anything to change.
    pub fn is_empty(&self) -> bool {
        self.blocked.is_empty() && self.intercepted.is_empty()
    }
}

/// A ready-to-send message for the ISP listing exactly the ports found blocked or
/// intercepted, what that breaks, and Ring's full port list for reference; `None` when
/// nothing was found.
fn isp_message(
    blocked: &[String],
    intercepted: &[String],
    family: Option<AddressFamily>,
    verdicts: &[FeatureVerdict],
    catalog: &Catalog,
    report_link: &str,
) -> Option<String> {
    if blocked.is_empty() && intercepted.is_empty() {
        return None;
    }
    let list = |heading: &str, items: &[String]| {
        let items: Vec<String> = items.iter().map(|item| format!("  - {item}")).collect();
        format!("{heading}\n\n{}", items.join("\n"))
    };
    let mut sections = vec!["Hello,".to_owned()];
    sections.push(if blocked.is_empty() {
        "My Ring devices (video doorbell, cameras, alarm) cannot connect properly.".to_owned()
    } else {
        let over = family.map_or_else(String::new, |f| format!(" over {}", f.label()));
        list(
            &format!(
                "My Ring devices (video doorbell, cameras, alarm) cannot connect properly. A \
                 network check from my home connection found these ports blocked{over}:"
            ),
            blocked,
        )
    });
    if !intercepted.is_empty() {
        sections.push(list(
            "On these ports something on the way answers in place of the server I connect \
             to (a proxy or filter), which Ring devices cannot work through:",
            intercepted,
        ));
    }
    let broken: Vec<String> = verdicts
        .iter()
        .filter(|v| matches!(v.verdict, Verdict::Blocked | Verdict::AtRisk))
        .map(|v| format!("{}: {}. {}", v.feature.title(), v.verdict.label(), v.reason))
        .collect();
    if !broken.is_empty() {
        sections.push(list("What this breaks:", &broken));
    }
    let mut text = sections.join("\n\n");
    text.push('\n');
    text.push_str(
        "\nRing devices and the phones that get their alerts need outbound access to the \
         following ports. Could you check whether your network blocks any of them, and \
         unblock them for my connection?\n\n",
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

/// What the summary says of the check itself, beside its results.
pub struct Checked<'a> {
    /// RFC 3339, UTC.
    pub created_at: &'a str,
    /// The masked address.
    pub target: &'a str,
    pub local_mode: bool,
    pub catalog_version: u32,
}

/// The whole result as plain text, for a support ticket.
pub fn plain_summary(
    checked: &Checked,
    probes: &[ProbeResult],
    egress: Option<&EgressReport>,
    verdicts: &[FeatureVerdict],
    families: Option<&FamilyJudgement>,
    advice: &Advice,
    report_link: &str,
) -> String {
    let mut text = format!(
        "Ring Check result {link}\nChecked {when} from {target}{local}, catalogue version \
         {version}\n\n",
        link = report_link,
        when = checked.created_at,
        target = checked.target,
        local = if checked.local_mode {
            " (local mode)"
        } else {
            ""
        },
        version = checked.catalog_version,
    );
    if advice.nothing_got_out {
        text.push_str(
            "The browser could not reach Ring Check's own test servers on any port: try \
             again later before blaming the network.\n\n",
        );
    }
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
        if verdict.paths.len() > 1 {
            for path in &verdict.paths {
                text.push_str(&format!("    {}: {}\n", path_heading(path), path.summary));
            }
        }
    }
    if let Some(families) = families.filter(|f| !f.sentences.is_empty()) {
        text.push_str(&format!(
            "\nIPv4 and IPv6: {}\n",
            families.sentences.join(" ")
        ));
        for outcome in families.families.iter().filter(|f| !f.judged && f.reached) {
            let verdicts: Vec<String> = verdicts
                .iter()
                .zip(&outcome.verdicts)
                .map(|(v, verdict)| {
                    format!("{} {}", v.feature.title(), verdict.label().to_lowercase())
                })
                .collect();
            text.push_str(&format!(
                "    On {} alone: {}.\n",
                outcome.family.label(),
                verdicts.join(", ")
            ));
        }
    }
    if let Some(egress) = egress {
        let told_apart = egress.results.iter().any(|r| r.family.is_some());
        text.push_str("\nFrom the visitor's browser, outward (as reported by the browser)\n");
        text.push_str(if told_apart {
            "Port  Protocol  Family  Result  Time\n"
        } else {
            "Port  Protocol  Result  Time\n"
        });
        for result in &egress.results {
            let rtt = timing_label(result).unwrap_or_else(|| "-".to_owned());
            text.push_str(&format!(
                "{}  {}  {}{}  {}\n",
                result.port,
                result.transport.label(),
                family_column(result.family),
                result.state.label(),
                rtt
            ));
        }
        if let Some(nat) = egress.nat {
            text.push_str(&format!("NAT mapping: {}\n", nat_sentence(nat)));
        }
    }
    // With two addresses probed, each row says whose.
    let two_families = probes
        .first()
        .is_some_and(|first| probes.iter().any(|p| p.family != first.family));
    text.push_str("\nFrom Ring Check's server, inward\n");
    text.push_str(if two_families {
        "Port  Protocol  Family  Result  Round trip\n"
    } else {
        "Port  Protocol  Result  Round trip\n"
    });
    for probe in probes {
        let rtt = probe.rtt_label().unwrap_or_else(|| "-".to_owned());
        text.push_str(&format!(
            "{}  {}  {}{}  {}  ({})\n",
            probe.port,
            probe.transport.label(),
            family_column(probe.family.filter(|_| two_families)),
            probe.state.label(),
            rtt,
            // rendered by words::probe_detail once the summary is rendered there
            probe.detail.legacy_text().unwrap_or_default()
        ));
    }
    let overall = overall(verdicts);
    text.push_str(&format!(
        "\nOverall: {} {}\n",
        overall.unwrap_or(Verdict::NotTested).label(),
        overall_sentence(overall)
    ));
    text
}

/// "IPv6  " as a column of the summary's tables, or nothing.
fn family_column(family: Option<AddressFamily>) -> String {
    family.map_or_else(String::new, |f| format!("{}  ", f.label()))
}

/// "Directly", or "iPhones, through Apple's push service" when the path is one phone's.
pub fn path_heading(path: &PathVerdict) -> String {
    match path.audience {
        Audience::Everyone => capitalized(&path.name),
        audience => format!("{}, {}", audience.label(), path.name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        catalog::{self, Transport},
        check::{CheckId, ProbeResult, ProbeState, probe_back_plan},
        egress::{EgressReport, EgressResult, EgressState, NatMapping, ReportedBy},
        port::Port,
        report::Report,
    };

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
            judgement: None,
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
                family: None,
                rtt_ms: Some(12.5),
                attempts: 1,
                detail: crate::probe_detail::ProbeDetail::Legacy("detail".into()),
            })
            .collect()
    }

    fn advice(report: &Report, link: &str) -> Advice {
        report.judge(catalog::catalog(), link).advice
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
            crate::egress::egress_targets(catalog::catalog(), &sample, |_, p| Ok(p))
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
        let verdicts = live_view_blocked.verdicts(catalog::catalog());
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
        let text = checked.judge(catalog::catalog(), "https://x/r/A").summary;
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
        assert!(text.contains("8557  TCP  filtered  12.5 ms"));
        assert!(text.contains("198.51.100.xxx"));
        assert!(text.contains("catalogue version 3"));
        assert!(
            text.ends_with(
                "Overall: At risk Some Ring features may not work reliably on this network.\n"
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

        let text = report.judge(catalog::catalog(), "x").summary;
        assert!(text.contains("as reported by the browser"), "{text}");
        assert!(text.contains("16500  UDP  no answer  -\n"), "{text}");
        assert!(text.contains("443  TCP  reached  7 ms\n"), "{text}");
        assert!(text.contains("NAT mapping: Your router keeps the same outside port"));
    }
}

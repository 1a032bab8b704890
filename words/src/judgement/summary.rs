//! The whole result as plain text, for a support ticket, in the reader's language.

use ringcheck_shared::{
    check::{ProbeState, ProbedAddress},
    egress::{EgressResult, EgressState},
    family::AddressFamily,
    judgement::Judgement,
    report::Report,
    upload::UploadVerdict,
    verdict::{Verdict, overall},
};

use super::{
    advice::{verdict_in_sentence, verdict_label},
    lists::{and_list, comma_list, sentences},
    reasons::{feature_title, nat_sentence, path_heading},
};
use crate::{Arg, Speaker};

/// The summary of `report`, judged as `judgement` (worded), linking to `link`.
pub fn summary(speaker: &Speaker, report: &Report, judgement: &Judgement, link: &str) -> String {
    let mut text = speaker.with("summary-title", &[("link", Arg::from(link))]);
    text.push('\n');
    text.push_str(&speaker.with(
        if report.local_mode {
            "summary-checked-local"
        } else {
            "summary-checked"
        },
        &[
            ("when", Arg::from(&report.created_at)),
            ("target", Arg::from(&target(speaker, report))),
            ("version", Arg::from(&report.catalog_version.to_string())),
        ],
    ));
    text.push_str("\n\n");
    if judgement.advice.nothing_got_out {
        text.push_str(&speaker.text("summary-nothing-got-out"));
        text.push_str("\n\n");
    }
    let verdicts = &judgement.verdicts;
    for verdict in verdicts {
        let (title, label) = (
            feature_title(speaker, verdict.feature),
            verdict_label(speaker, verdict.verdict),
        );
        let ports = comma_list(speaker, &verdict.ports);
        let mut args = vec![
            ("feature", Arg::from(&title)),
            ("verdict", Arg::from(&label)),
            ("reason", Arg::from(verdict.reason.as_str())),
        ];
        let id = if verdict.ports.is_empty() {
            "summary-verdict"
        } else {
            args.push(("ports", Arg::from(&ports)));
            "summary-verdict-ports"
        };
        text.push_str(&speaker.with(id, &args));
        text.push('\n');
        if verdict.paths.len() > 1 {
            for path in &verdict.paths {
                text.push_str("    ");
                text.push_str(&speaker.with(
                    "summary-path",
                    &[
                        ("path", Arg::from(&path_heading(speaker, path))),
                        ("summary", Arg::from(&path.summary)),
                    ],
                ));
                text.push('\n');
            }
        }
    }
    if let Some(upload) = &judgement.upload {
        text.push_str(&speaker.with(
            "summary-upload",
            &[
                ("title", Arg::from(&upload.words.title)),
                (
                    "verdict",
                    Arg::from(&verdict_label(speaker, verdict_of(upload.verdict))),
                ),
                ("says", Arg::from(&upload.words.says)),
                ("best", Arg::from(&upload.words.best)),
            ],
        ));
        text.push('\n');
    }
    if let Some(families) = judgement
        .families
        .as_ref()
        .filter(|f| !f.sentences.is_empty())
    {
        text.push('\n');
        text.push_str(&speaker.with(
            "summary-families",
            &[(
                "sentences",
                Arg::from(&sentences(speaker, families.sentences.iter().cloned())),
            )],
        ));
        text.push('\n');
        for outcome in families.families.iter().filter(|f| !f.judged && f.reached) {
            let each: Vec<String> = verdicts
                .iter()
                .zip(&outcome.verdicts)
                .map(|(v, verdict)| {
                    speaker.with(
                        "summary-family-verdict",
                        &[
                            ("feature", Arg::from(&feature_title(speaker, v.feature))),
                            (
                                "verdict",
                                Arg::from(&verdict_in_sentence(speaker, *verdict)),
                            ),
                        ],
                    )
                })
                .collect();
            text.push_str("    ");
            text.push_str(&speaker.with(
                "summary-family-alone",
                &[
                    ("family", Arg::from(outcome.family.label())),
                    ("verdicts", Arg::from(&comma_list(speaker, &each))),
                ],
            ));
            text.push('\n');
        }
    }
    if let Some(egress) = &report.egress {
        let told_apart = egress.results.iter().any(|r| r.family.is_some());
        text.push('\n');
        text.push_str(&speaker.text("summary-browser"));
        text.push('\n');
        text.push_str(&speaker.text(if told_apart {
            "summary-browser-columns-family"
        } else {
            "summary-browser-columns"
        }));
        text.push('\n');
        for result in &egress.results {
            text.push_str(&format!(
                "{}  {}  {}{}  {}\n",
                result.port,
                result.transport.label(),
                family_column(result.family),
                speaker.text(egress_state_id(result.state)),
                timing(speaker, result).unwrap_or_else(|| "-".to_owned())
            ));
        }
        if let Some(nat) = egress.nat {
            text.push_str(&speaker.with(
                "summary-nat",
                &[("nat", Arg::from(&nat_sentence(speaker, nat)))],
            ));
            text.push('\n');
        }
    }
    // With two addresses probed, each row says whose.
    let probes = &report.probes;
    let two_families = probes
        .first()
        .is_some_and(|first| probes.iter().any(|p| p.family != first.family));
    text.push('\n');
    text.push_str(&speaker.text("summary-server"));
    text.push('\n');
    text.push_str(&speaker.text(if two_families {
        "summary-server-columns-family"
    } else {
        "summary-server-columns"
    }));
    text.push('\n');
    for probe in probes {
        let rtt = probe.rtt_ms.map_or_else(
            || "-".to_owned(),
            |ms| {
                let tenths = (ms * 10.0).round() / 10.0;
                speaker.with("app-timing-ms", &[("ms", Arg::from(tenths))])
            },
        );
        text.push_str(&format!(
            "{}  {}  {}{}  {}  ({})\n",
            probe.port,
            probe.transport.label(),
            family_column(probe.family.filter(|_| two_families)),
            speaker.text(probe_state_id(probe.state)),
            rtt,
            crate::probe_detail(speaker, &probe.detail)
        ));
    }
    let overall = overall(verdicts);
    text.push('\n');
    text.push_str(&speaker.with(
        "summary-overall",
        &[
            (
                "verdict",
                Arg::from(&verdict_label(
                    speaker,
                    overall.unwrap_or(Verdict::NotTested),
                )),
            ),
            ("sentence", Arg::from(&speaker.text(overall_id(overall)))),
        ],
    ));
    text.push('\n');
    text
}

/// Every address probed, with its family when there are two; else the masked target.
fn target(speaker: &Speaker, report: &Report) -> String {
    match report.probed.as_slice() {
        [_, _, ..] => {
            let each: Vec<String> = report
                .probed
                .iter()
                .map(|ProbedAddress { target, family, .. }| {
                    speaker.with(
                        "summary-target",
                        &[
                            ("address", Arg::from(target)),
                            ("family", Arg::from(family.label())),
                        ],
                    )
                })
                .collect();
            and_list(speaker, &each)
        }
        _ => report.target.clone(),
    }
}

/// "12 ms", "waited 1,500 ms".
fn timing(speaker: &Speaker, result: &EgressResult) -> Option<String> {
    match (result.rtt_ms, result.waited_ms) {
        (Some(ms), _) => Some(speaker.with("app-timing-ms", &[("ms", Arg::from(ms))])),
        (None, Some(ms)) => Some(speaker.with("app-timing-waited", &[("ms", Arg::from(ms))])),
        (None, None) => None,
    }
}

/// "IPv6  " as a column of the summary's tables, or nothing.
fn family_column(family: Option<AddressFamily>) -> String {
    family.map_or_else(String::new, |f| format!("{}  ", f.label()))
}

fn egress_state_id(state: EgressState) -> &'static str {
    match state {
        EgressState::Reached => "app-out-reached",
        EgressState::Failed => "app-out-failed",
        EgressState::NoAnswer => "app-out-no-answer",
        EgressState::Intercepted => "app-out-intercepted",
        EgressState::NotTested => "app-out-not-tested",
        EgressState::Unsupported => "app-out-unsupported",
    }
}

fn probe_state_id(state: ProbeState) -> &'static str {
    match state {
        ProbeState::Open => "app-in-open",
        ProbeState::Closed => "app-in-closed",
        ProbeState::Filtered => "app-in-filtered",
        ProbeState::Unreachable => "app-in-unreachable",
        ProbeState::OpenOrFiltered => "app-in-open-or-filtered",
        ProbeState::Error => "app-in-not-tested",
    }
}

fn overall_id(overall: Option<Verdict>) -> &'static str {
    match overall {
        Some(Verdict::Blocked) => "app-overall-blocked",
        Some(Verdict::AtRisk) => "app-overall-at-risk",
        Some(_) => "app-overall-works",
        None => "app-overall-unknown",
    }
}

/// The upload test's verdict as the features' verdicts are said.
fn verdict_of(upload: UploadVerdict) -> Verdict {
    match upload {
        UploadVerdict::Works => Verdict::Works,
        UploadVerdict::AtRisk => Verdict::AtRisk,
        UploadVerdict::Blocked => Verdict::Blocked,
    }
}

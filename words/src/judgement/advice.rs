//! What to do, in words: the ports to open, the features that suffer, the step when the
//! documented family got nothing out, and the message for the internet provider.

use ringcheck_shared::{
    advice::Advice,
    catalog::{Catalog, Direction},
    family::AddressFamily,
    upload::{UploadResult, UploadVerdict},
    verdict::{FeatureVerdict, Verdict},
};

use super::{
    lists::{and_list, or_list},
    parts::port_labels,
    reasons::{feature_in_sentence, feature_title},
};
use crate::{Arg, Speaker};

/// The verdict's label: "At risk".
pub fn verdict_label(speaker: &Speaker, verdict: Verdict) -> String {
    speaker.text(verdict.message_id())
}

/// The verdict inside a sentence: "at risk".
pub fn verdict_in_sentence(speaker: &Speaker, verdict: Verdict) -> String {
    speaker.text(match verdict {
        Verdict::Works => "verdict-works-in-sentence",
        Verdict::AtRisk => "verdict-at-risk-in-sentence",
        Verdict::Blocked => "verdict-blocked-in-sentence",
        Verdict::NotTested => "verdict-not-tested-in-sentence",
    })
}

/// Fills `advice`'s words from its data; `verdicts` (worded) go into the provider's
/// message, which links to `link`.
pub fn word_advice(
    speaker: &Speaker,
    advice: &mut Advice,
    verdicts: &[FeatureVerdict],
    upload: Option<&UploadResult>,
    catalog: &Catalog,
    link: &str,
) {
    advice.blocked = port_labels(speaker, &advice.blocked_ports);
    advice.intercepted = port_labels(speaker, &advice.intercepted_ports);
    advice.affected = advice
        .affected_features
        .iter()
        .map(|&(feature, verdict)| {
            speaker.with(
                "advice-affected",
                &[
                    ("feature", Arg::from(&feature_in_sentence(speaker, feature))),
                    ("verdict", Arg::from(&verdict_in_sentence(speaker, verdict))),
                ],
            )
        })
        .collect();
    advice.affected_list = and_list(speaker, &advice.affected);
    advice.documented_unreached = advice.unreached.map(|documented| {
        speaker.with(
            "advice-documented-unreached",
            &[("documented", Arg::from(documented.label()))],
        )
    });
    // An upload that falls short is the provider's to hear of too.
    let short_upload = upload.filter(|u| u.verdict != UploadVerdict::Works);
    advice.isp_message = (advice.tells_provider() || short_upload.is_some())
        .then(|| isp_message(speaker, advice, verdicts, short_upload, catalog, link));
}

/// A ready-to-send message for the provider listing exactly the ports found blocked or
/// intercepted, what that breaks, and Ring's full port list for reference.
fn isp_message(
    speaker: &Speaker,
    advice: &Advice,
    verdicts: &[FeatureVerdict],
    upload: Option<&UploadResult>,
    catalog: &Catalog,
    link: &str,
) -> String {
    let list = |heading: String, items: &[String]| {
        let items: Vec<String> = items.iter().map(|item| format!("  - {item}")).collect();
        format!("{heading}\n\n{}", items.join("\n"))
    };
    let mut sections = vec![speaker.text("isp-hello")];
    sections.push(if advice.blocked.is_empty() {
        speaker.text("isp-cannot-connect")
    } else {
        list(blocked_heading(speaker, advice.family), &advice.blocked)
    });
    if !advice.intercepted.is_empty() {
        sections.push(list(speaker.text("isp-intercepted"), &advice.intercepted));
    }
    if let Some(upload) = upload {
        let found = [upload.words.says.clone(), upload.words.best.clone()];
        sections.push(list(speaker.text("isp-upload"), &found));
    }
    let broken: Vec<String> = verdicts
        .iter()
        .filter(|v| matches!(v.verdict, Verdict::Blocked | Verdict::AtRisk))
        .map(|v| {
            speaker.with(
                "isp-broken",
                &[
                    ("feature", Arg::from(&feature_title(speaker, v.feature))),
                    ("verdict", Arg::from(&verdict_label(speaker, v.verdict))),
                    ("reason", Arg::from(&v.reason)),
                ],
            )
        })
        .collect();
    if !broken.is_empty() {
        sections.push(list(speaker.text("isp-breaks"), &broken));
    }
    let mut text = sections.join("\n\n");
    text.push_str("\n\n");
    text.push_str(&speaker.text("isp-ports"));
    text.push_str("\n\n");
    for entry in &catalog.entries {
        if entry.direction == Direction::InternetToApp {
            continue;
        }
        let transports: Vec<String> = entry.transports.iter().map(|t| t.label().into()).collect();
        text.push_str("  - ");
        text.push_str(&speaker.with(
            "isp-port",
            &[
                ("name", Arg::from(&entry.name)),
                ("transports", Arg::from(&or_list(speaker, &transports))),
                ("ports", Arg::from(&entry.ports.to_string())),
                (
                    "direction",
                    Arg::from(&speaker.text(entry.direction.message_id())),
                ),
            ],
        ));
        text.push('\n');
    }
    text.push('\n');
    text.push_str(&speaker.with("isp-results", &[("link", Arg::from(link))]));
    text.push_str("\n\n");
    text.push_str(&speaker.text("isp-thanks"));
    text
}

fn blocked_heading(speaker: &Speaker, family: Option<AddressFamily>) -> String {
    match family {
        Some(family) => speaker.with("isp-blocked-over", &[("family", Arg::from(family.label()))]),
        None => speaker.text("isp-blocked"),
    }
}

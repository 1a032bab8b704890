//! A judged report's words as HTML, for the app to show as they are: the verdicts with
//! each path, what the address families mean, and what to do. Written by the server,
//! which words every report, so the app carries neither a reader for the judgement nor
//! the code that lays it out (kilobytes of its Wasm); the markup is the app's, which
//! its styles and the browser tests read.

use std::fmt::Write;

use ringcheck_shared::{
    app_text::AppText,
    catalog::Feature,
    judgement::Judgement,
    report::Report,
    routes::ApiPath,
    upload::{UploadResult, UploadVerdict},
    verdict::{FamilyJudgement, FeatureVerdict, PathState, PathVerdict, Verdict, overall},
};
use ringcheck_words::{Arg, Speaker};

use super::{html::text, upload_chart::ChartWidth};

/// The sections of a judged report, each shown where the app puts it.
pub struct JudgedHtml {
    /// The verdicts, and the families' section when there is one.
    pub summary: String,
    /// The card of what to do.
    pub fix: String,
    /// The video upload test's result and its chart, when one was run.
    pub upload: String,
}

/// `report`'s judgement (it must be judged) in `words`.
pub fn judged_html(report: &Report, judgement: &Judgement, words: &Speaker<'_>) -> JudgedHtml {
    let mut summary = verdict_list(&judgement.verdicts, words);
    if let Some(families) = &judgement.families {
        summary.push_str(&families_section(families, words));
    }
    let upload = match (&judgement.upload, &report.upload) {
        (Some(result), Some(figures)) => {
            // Each test's chart has an address of its own, so no cache shows an older one.
            let version = figures
                .received
                .iter()
                .fold(0u64, |sum, &bytes| sum.wrapping_add(bytes));
            let chart = format!(
                "{}?lang={}&v={version}",
                ApiPath::ReportUploadChart.with_id(report.id.as_str()),
                words.locale().tag()
            );
            upload_result(result, &chart, words)
        }
        _ => String::new(),
    };
    JudgedHtml {
        summary,
        fix: fix_it(judgement, words),
        upload,
    }
}

/// An upload test's verdict, what it means and what to do, and the server's chart.
fn upload_result(result: &UploadResult, chart: &str, words: &Speaker<'_>) -> String {
    let said = &result.words;
    // Looks and reads as a feature's verdict would.
    let verdict = match result.verdict {
        UploadVerdict::Works => Verdict::Works,
        UploadVerdict::AtRisk => Verdict::AtRisk,
        UploadVerdict::Blocked => Verdict::Blocked,
    };
    let ((class, icon), label) = (look(verdict), verdict_label(verdict));
    let mut html = format!(
        r#"<div class="upload-result verdict {class}" data-upload-verdict="{class}"><span class="verdict-icon" aria-hidden="true">{icon}</span><div><p class="verdict-label"><strong>{}</strong> &#8211; {}</p><p class="verdict-reason">{} {}</p>"#,
        app(words, label),
        text(&said.what),
        text(&said.says),
        text(&said.best)
    );
    if !said.latency.is_empty() {
        let _ = write!(
            html,
            r#"<p class="upload-latency">{}</p>"#,
            text(&said.latency)
        );
    }
    if !said.fixes.is_empty() {
        html.push_str(r#"<ul class="upload-fixes">"#);
        for fix in &said.fixes {
            let _ = write!(html, "<li>{}</li>", text(fix));
        }
        html.push_str("</ul>");
    }
    // Drawn narrower for a phone, where the wide one's labels would shrink past reading.
    let (wide, high) = ChartWidth::Wide.size();
    let (narrow, _) = ChartWidth::Narrow.size();
    let _ = write!(
        html,
        r#"</div></div><picture><source media="(max-width: 36em)" srcset="{}" width="{narrow}" height="{high}"><img class="upload-chart" src="{}" alt="{}" width="{wide}" height="{high}"></picture><p class="note">{} {}</p>"#,
        text(&format!("{chart}&width=narrow")),
        text(chart),
        app(words, AppText::UploadChartAlt),
        text(&said.scope),
        text(&said.target_note)
    );
    html
}

fn app(words: &Speaker<'_>, id: AppText) -> String {
    text(&words.text(id.id())).to_string()
}

fn app_with(words: &Speaker<'_>, id: AppText, args: &[(&str, &str)]) -> String {
    let args: Vec<(&str, Arg<'_>)> = args
        .iter()
        .map(|(name, value)| (*name, Arg::Text(value)))
        .collect();
    text(&words.with(id.id(), &args)).to_string()
}

fn verdict_list(verdicts: &[FeatureVerdict], words: &Speaker<'_>) -> String {
    let overall = match overall(verdicts) {
        Some(Verdict::Blocked) => AppText::OverallBlocked,
        Some(Verdict::AtRisk) => AppText::OverallAtRisk,
        Some(_) => AppText::OverallWorks,
        None => AppText::OverallUnknown,
    };
    let mut html = format!(
        r#"<section class="summary" aria-labelledby="summary-heading"><h2 id="summary-heading" tabindex="-1">{}</h2><p class="overall">{}</p><ul class="verdicts">"#,
        app(words, AppText::ResultsHeading),
        app(words, overall)
    );
    for verdict in verdicts {
        verdict_item(&mut html, verdict, words);
    }
    html.push_str("</ul></section>");
    html
}

/// A verdict's class and icon, in words and shape, never colour alone.
fn look(verdict: Verdict) -> (&'static str, &'static str) {
    match verdict {
        Verdict::Works => ("works", "\u{2713}"),
        Verdict::AtRisk => ("at-risk", "!"),
        Verdict::Blocked => ("blocked", "\u{2715}"),
        Verdict::NotTested => ("not-tested", "?"),
    }
}

fn verdict_item(html: &mut String, verdict: &FeatureVerdict, words: &Speaker<'_>) {
    let (class, icon) = look(verdict.verdict);
    let _ = write!(
        html,
        r#"<li class="verdict {class}" data-feature="{}" data-verdict="{class}"><span class="verdict-icon" aria-hidden="true">{icon}</span><div><h3>{}</h3><p class="verdict-label"><strong>{}</strong>"#,
        verdict.feature.slug(),
        app(words, feature_title(verdict.feature)),
        app(words, verdict_label(verdict.verdict)),
    );
    if !verdict.ports.is_empty() {
        let _ = write!(
            html,
            r#"<span class="verdict-ports"> &#8211; {}</span>"#,
            text(&verdict.ports.join(", "))
        );
    }
    let _ = write!(
        html,
        r#"</p><p class="verdict-reason">{}</p>"#,
        text(&verdict.reason)
    );
    // One path needs no list: the reason says it all.
    if verdict.paths.len() > 1 {
        let _ = write!(
            html,
            r#"<ul class="paths" aria-label="{}">"#,
            app(words, AppText::EachWayThrough)
        );
        for path in &verdict.paths {
            path_item(html, path);
        }
        html.push_str("</ul>");
    }
    html.push_str("</div></li>");
}

fn path_item(html: &mut String, path: &PathVerdict) {
    // A path looks as the verdict it would give alone.
    let (class, icon) = look(match path.state {
        PathState::Works => Verdict::Works,
        PathState::Degraded => Verdict::AtRisk,
        PathState::Blocked => Verdict::Blocked,
        PathState::Unknown => Verdict::NotTested,
    });
    let _ = write!(
        html,
        r#"<li class="path {class}" data-path="{}" data-state="{class}"><span class="path-icon" aria-hidden="true">{icon}</span><strong>{}</strong>: {}</li>"#,
        text(&path.id),
        text(&path.heading),
        text(&path.summary)
    );
}

fn feature_title(feature: Feature) -> AppText {
    match feature {
        Feature::Notifications => AppText::FeatureNotifications,
        Feature::PhoneAlerts => AppText::FeaturePhoneAlerts,
        Feature::LiveView => AppText::FeatureLiveView,
        Feature::TwoWayAudio => AppText::FeatureTwoWayAudio,
        Feature::SoftwareUpdates => AppText::FeatureSoftwareUpdates,
        Feature::ClockSync => AppText::FeatureClockSync,
        Feature::RingAlarm => AppText::FeatureRingAlarm,
    }
}

fn verdict_label(verdict: Verdict) -> AppText {
    match verdict {
        Verdict::Works => AppText::VerdictWorks,
        Verdict::AtRisk => AppText::VerdictAtRisk,
        Verdict::Blocked => AppText::VerdictBlocked,
        Verdict::NotTested => AppText::VerdictNotTested,
    }
}

/// Where the families differ, in the server's sentences, and why the verdicts are judged
/// on the family Ring documents; nothing when there is nothing to say.
fn families_section(families: &FamilyJudgement, words: &Speaker<'_>) -> String {
    if families.sentences.is_empty() {
        return String::new();
    }
    let mut html = format!(
        r#"<section class="families" data-families="" aria-labelledby="families-heading"><h2 id="families-heading">{}</h2>"#,
        app(words, AppText::FamiliesHeading)
    );
    for sentence in &families.sentences {
        let _ = write!(html, r#"<p class="family-sentence">{}</p>"#, text(sentence));
    }
    let _ = write!(
        html,
        r#"<p class="family-note">{}</p></section>"#,
        app_with(
            words,
            AppText::FamiliesWhy,
            &[
                ("family", families.documented.label()),
                ("note", &families.note)
            ]
        )
    );
    html
}

/// What to do, following from the verdicts: the router first, then the provider with a
/// ready message (its copy button is worked by the app); an interception has its own fix.
fn fix_it(judgement: &Judgement, words: &Speaker<'_>) -> String {
    let advice = &judgement.advice;
    let guidance = &advice.guidance;
    let mut html = format!(
        r#"<section class="card fix-it" aria-labelledby="fix-heading"><h2 id="fix-heading">{}</h2>"#,
        app(words, AppText::FixHeading)
    );
    if advice.nothing_got_out {
        let _ = write!(html, "<p>{}</p>", app(words, AppText::FixNothingGotOut));
    } else if let Some(step) = &advice.documented_unreached {
        let _ = write!(
            html,
            r#"<p data-advice="documented-unreached">{}</p>"#,
            text(step)
        );
    } else if advice.is_empty() {
        let _ = write!(
            html,
            "<p>{} {}</p><p>{}</p>",
            app(words, AppText::FixNothingToChange),
            text(&guidance.usually_fine),
            app(words, AppText::FixStillStuck)
        );
    } else {
        if !advice.blocked.is_empty() {
            let _ = write!(
                html,
                r#"<p data-advice="blocked">{}</p>"#,
                app_with(
                    words,
                    AppText::FixBlocked,
                    &[("ports", &advice.blocked.join(", "))]
                )
            );
        }
        if !advice.affected.is_empty() {
            let _ = write!(
                html,
                r#"<p data-advice="affected">{}</p>"#,
                app_with(
                    words,
                    AppText::FixAffects,
                    &[("features", &advice.affected_list)]
                )
            );
        }
        if let Some(symptom) = &advice.symptom {
            let _ = write!(html, r#"<p data-advice="symptom">{}</p>"#, text(symptom));
        }
        if !advice.intercepted.is_empty() {
            let _ = write!(
                html,
                r#"<p class="notice" data-advice="intercepted"><strong>{}: </strong>{}</p>"#,
                text(&advice.intercepted.join(", ")),
                app(words, AppText::Interception)
            );
        }
        let message = advice
            .isp_message
            .as_deref()
            .map(|message| provider_message(message, words))
            .unwrap_or_default();
        // The router and the provider for blocked ports; for an interception alone, the
        // provider only if nothing on the customer's side does it.
        if advice.blocked.is_empty() {
            let _ = write!(
                html,
                "<p>{}{message}</p>",
                app(words, AppText::FixProviderMay)
            );
        } else {
            let _ = write!(
                html,
                r#"<ol class="steps"><li><strong>{} </strong>{}</li><li><strong>{} </strong>{} {}{message}</li></ol>"#,
                app(words, AppText::FixCheckRouter),
                text(&guidance.router),
                app(words, AppText::FixAskProvider),
                text(&guidance.isp),
                app(words, AppText::FixHereIsAMessage),
            );
        }
        let _ = write!(
            html,
            r#"<p class="caution" role="note"><strong>{} </strong>{}</p>"#,
            app(words, AppText::FixBeforeYouChange),
            text(&guidance.caution)
        );
    }
    html.push_str("</section>");
    html
}

/// The message for the provider, to read and copy; the app copies the text of the
/// element its button's `data-copy` names, and says whether it could.
fn provider_message(message: &str, words: &Speaker<'_>) -> String {
    format!(
        r#"<textarea class="isp-message" id="isp-message" readonly rows="10" aria-label="{}">{}</textarea><span class="copy"><button type="button" class="secondary" data-copy="isp-message">{}</button><span role="status" aria-live="polite"></span></span>"#,
        app(words, AppText::ProviderMessageLabel),
        text(message),
        app(words, AppText::CopyMessage)
    )
}

#[cfg(test)]
mod tests {
    use ringcheck_shared::language::Language;
    use ringcheck_words::{Locale, Words};

    use super::*;

    #[test]
    fn words_are_escaped_and_each_verdict_is_an_item_with_its_paths() {
        let words = Words::get().speak(Locale::Language(Language::English));
        let verdict = FeatureVerdict {
            feature: Feature::LiveView,
            verdict: Verdict::AtRisk,
            ports: vec!["UDP 16500".into()],
            why: Default::default(),
            nat: None,
            reason: "Video <slower> & \"late\"".into(),
            paths: vec![
                path("direct", PathState::Blocked),
                path("relay", PathState::Works),
            ],
        };
        let html = verdict_list(&[verdict], &words);
        assert!(
            html.contains(
                r#"<li class="verdict at-risk" data-feature="live_view" data-verdict="at-risk">"#
            ),
            "{html}"
        );
        assert!(
            html.contains("Video &lt;slower&gt; &amp; &quot;late&quot;"),
            "{html}"
        );
        assert!(
            html.contains(r#"data-path="relay" data-state="works""#),
            "{html}"
        );
        assert!(html.contains(&words.text(AppText::OverallAtRisk.id())));
    }

    fn path(id: &str, state: PathState) -> PathVerdict {
        PathVerdict {
            id: id.into(),
            audience: ringcheck_shared::catalog::Audience::Everyone,
            name: String::new(),
            state,
            outcome: Default::default(),
            summary: "gets through".into(),
            heading: id.into(),
        }
    }
}

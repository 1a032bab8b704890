//! One verdict per Ring feature, in words and icon, never colour alone, with the path it
//! gets through and how each other path fared.

use ringcheck_shared::{
    app_text::AppText,
    catalog::Feature,
    verdict::{FeatureVerdict, PathState, PathVerdict, Verdict, overall},
};
use yew::prelude::*;

use crate::words::t;

/// A plain function rather than a component: it holds no state, and each component
/// costs the app kilobytes of Yew's glue.
pub fn verdict_list(verdicts: &[FeatureVerdict], heading_ref: &NodeRef) -> Html {
    let overall = t(match overall(verdicts) {
        Some(Verdict::Blocked) => AppText::OverallBlocked,
        Some(Verdict::AtRisk) => AppText::OverallAtRisk,
        Some(_) => AppText::OverallWorks,
        None => AppText::OverallUnknown,
    });
    html! {
        <section class="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading" tabindex="-1" ref={heading_ref.clone()}>{ t(AppText::ResultsHeading) }</h2>
            <p class="overall">{ overall }</p>
            <ul class="verdicts">
                { for verdicts.iter().map(verdict_item) }
            </ul>
        </section>
    }
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

fn verdict_item(verdict: &FeatureVerdict) -> Html {
    let (class, icon) = look(verdict.verdict);
    let ports = (!verdict.ports.is_empty()).then(|| {
        html! {
            <span class="verdict-ports">{ format!(" \u{2013} {}", verdict.ports.join(", ")) }</span>
        }
    });
    // One path needs no list: the reason says it all.
    let paths = (verdict.paths.len() > 1).then(|| {
        html! {
            <ul class="paths" aria-label={t(AppText::EachWayThrough)}>
                { for verdict.paths.iter().map(path_item) }
            </ul>
        }
    });
    html! {
        <li class={classes!("verdict", class)} data-feature={verdict.feature.slug()} data-verdict={class}>
            <span class="verdict-icon" aria-hidden="true">{ icon }</span>
            <div>
                <h3>{ t(feature_title(verdict.feature)) }</h3>
                <p class="verdict-label"><strong>{ t(verdict_label(verdict.verdict)) }</strong>{ for ports }</p>
                <p class="verdict-reason">{ &verdict.reason }</p>
                { for paths }
            </div>
        </li>
    }
}

fn path_item(path: &PathVerdict) -> Html {
    // A path looks as the verdict it would give alone.
    let (class, icon) = look(match path.state {
        PathState::Works => Verdict::Works,
        PathState::Degraded => Verdict::AtRisk,
        PathState::Blocked => Verdict::Blocked,
        PathState::Unknown => Verdict::NotTested,
    });
    html! {
        <li class={classes!("path", class)} data-path={path.id.clone()} data-state={class}>
            <span class="path-icon" aria-hidden="true">{ icon }</span>
            <strong>{ &path.heading }</strong>{ format!(": {}", path.summary) }
        </li>
    }
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

//! What a report means for each Ring feature: `works`, `at risk`, `blocked` or
//! `not tested`, the path it gets through, the ports responsible and one sentence why.
//! Shared, so the live page, a shared report and any other client say the same thing.
//!
//! The rules are the catalogue's ([`Catalog::features`]): a feature works when one of
//! its paths gets through, judged per audience (Android phones and iPhones apart). The
//! code here walks them and names no port.

mod evidence;
mod judge;
mod words;

use serde::{Deserialize, Serialize};

pub use evidence::{Evidence, Reading};
pub use judge::PathState;

pub use crate::catalog::Feature;
use crate::{
    catalog::{Audience, Catalog, FeatureRule, catalog},
    check::{ProbeResult, Report},
    egress::{EgressReport, NatMapping, Phone},
    text::capitalized,
};
use judge::{PathResult, judge_path};

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
    /// that got through.
    pub ports: Vec<String>,
    /// What it means, in a sentence or two, naming the path that gets through.
    pub reason: String,
    /// Every path of the feature as judged, the visitor's own phone's first.
    pub paths: Vec<PathVerdict>,
}

/// One path of a feature, judged.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PathVerdict {
    /// The catalogue's id of the path: "direct", "relay", "sip".
    pub id: String,
    pub audience: Audience,
    /// As in a sentence: "through Ring's relay servers" (see `advice::path_heading`).
    pub name: String,
    pub state: PathState,
    /// "gets through, which can make video slower", "blocked: SIP on … is blocked".
    pub summary: String,
}

/// The verdicts of a stored report, against the catalogue of this build.
pub fn report_verdicts(report: &Report) -> Vec<FeatureVerdict> {
    verdicts(catalog(), &report.probes, report.egress.as_ref())
}

/// The verdict for every feature of `catalog`, in its order.
pub fn verdicts(
    catalog: &Catalog,
    probes: &[ProbeResult],
    egress: Option<&EgressReport>,
) -> Vec<FeatureVerdict> {
    let evidence = Evidence::new(catalog, probes, egress.map_or(&[], |e| &e.results));
    let phone = egress.and_then(|e| e.phone);
    let nat = egress.and_then(|e| e.nat);
    catalog
        .features
        .iter()
        .map(|rule| {
            let mut verdict = judge_feature(rule, &evidence, catalog, phone);
            if matches!(rule.feature, Feature::LiveView | Feature::TwoWayAudio)
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

/// One audience's verdict, before the audiences are put together.
struct Judged {
    verdict: Verdict,
    ports: Vec<String>,
    reason: String,
}

fn judge_feature(
    rule: &FeatureRule,
    evidence: &Evidence,
    catalog: &Catalog,
    phone: Option<Phone>,
) -> FeatureVerdict {
    let results: Vec<PathResult> = rule
        .paths
        .iter()
        .map(|path| judge_path(path, evidence))
        .collect();
    let mut audiences: Vec<Audience> = Vec::new();
    for result in &results {
        if !audiences.contains(&result.rule.audience) {
            audiences.push(result.rule.audience);
        }
    }
    let own = phone.filter(|own| audiences.contains(&own.audience()));
    if let Some(own) = own {
        audiences.retain(|a| *a != own.audience());
        audiences.insert(0, own.audience());
    }
    let judged: Vec<(Audience, Judged)> = audiences
        .iter()
        .map(|&audience| {
            let paths: Vec<&PathResult> = results
                .iter()
                .filter(|r| r.rule.audience == audience)
                .collect();
            (audience, judge_audience(rule, &paths, evidence, catalog))
        })
        .collect();
    let paths = audiences
        .iter()
        .flat_map(|&audience| results.iter().filter(move |r| r.rule.audience == audience))
        .map(|result| PathVerdict {
            id: result.rule.id.clone(),
            audience: result.rule.audience,
            name: result.rule.name.clone(),
            state: result.state,
            summary: words::path_summary(result),
        })
        .collect();
    let (verdict, ports, reason) = match judged.as_slice() {
        [(_, only)] => (only.verdict, only.ports.clone(), only.reason.clone()),
        _ => combine_audiences(&judged, own),
    };
    FeatureVerdict {
        feature: rule.feature,
        verdict,
        ports,
        reason,
        paths,
    }
}

/// Several audiences (kinds of phone): the visitor's own decides when known, otherwise
/// the worst; the reason gives each.
fn combine_audiences(
    judged: &[(Audience, Judged)],
    own: Option<Phone>,
) -> (Verdict, Vec<String>, String) {
    let headline = match own {
        Some(_) => &judged[0].1,
        None => judged
            .iter()
            .map(|(_, j)| j)
            .max_by_key(|j| j.verdict)
            .unwrap_or(&judged[0].1),
    };
    // The ports of every audience the headline speaks for.
    let mut ports = Vec::new();
    for (_, audience) in judged {
        if own.is_none() && audience.verdict == headline.verdict {
            push_unique(&mut ports, audience.ports.clone());
        }
    }
    if own.is_some() {
        ports = headline.ports.clone();
    }
    let names: Vec<String> = judged.iter().map(|(a, _)| a.label().to_owned()).collect();
    let mut reason = match own {
        Some(own) => format!(
            "Tested for {}; yours first (this browser runs on {}).",
            crate::text::and_list(&names),
            own.label()
        ),
        None => format!("Tested for {}.", crate::text::and_list(&names)),
    };
    for (audience, judged) in judged {
        reason.push_str(&format!(" {}: {}", audience.label(), judged.reason));
    }
    (headline.verdict, ports, reason)
}

/// One audience's paths: the first that gets through decides; if none does, all blocked
/// is blocked and anything untested leaves the verdict open.
fn judge_audience(
    rule: &FeatureRule,
    paths: &[&PathResult],
    evidence: &Evidence,
    catalog: &Catalog,
) -> Judged {
    let feature = rule.feature.in_sentence();
    // One path for everyone reads best in the old short form.
    let plain = paths.len() == 1 && paths[0].rule.audience == Audience::Everyone;
    // The first path that gets through, in the catalogue's order of preference.
    let best = paths
        .iter()
        .position(|p| matches!(p.state, PathState::Works | PathState::Degraded));
    if let Some(index) = best {
        return got_through(paths, index, feature, plain);
    }
    let blocked: Vec<&&PathResult> = paths
        .iter()
        .filter(|p| p.state == PathState::Blocked)
        .collect();
    let mut ports: Vec<String> = Vec::new();
    for path in paths {
        for part in path.parts.iter().filter(|p| p.has_problem()) {
            push_unique(&mut ports, words::blocked_labels(part));
        }
    }
    if blocked.len() == paths.len() {
        let reason = if plain {
            let failed: Vec<String> = paths[0]
                .failed()
                .map(|p| {
                    if p.intercepted {
                        format!(
                            "{} (answered by something else on the way)",
                            p.part.describe()
                        )
                    } else {
                        p.part.describe()
                    }
                })
                .collect();
            format!(
                "{} cannot work without {}, and {} blocked between your network and the \
                 internet.",
                capitalized(feature),
                crate::text::and_list(&failed),
                if failed.len() == 1 {
                    "it is"
                } else {
                    "they are"
                }
            )
        } else {
            let failures: Vec<String> = paths
                .iter()
                .map(|p| capitalized(&words::path_failure(p)))
                .collect();
            format!(
                "{} cannot get through. {}.",
                capitalized(feature),
                failures.join(". ")
            )
        };
        let extra = words::problems(
            paths
                .iter()
                .flat_map(|p| p.weakened())
                .filter(|p| p.state == judge::PartState::Blocked),
        );
        let reason = if extra.is_empty() {
            reason
        } else {
            format!(
                "{reason} {} too, which can delay it or make it fail.",
                capitalized(&extra)
            )
        };
        return Judged {
            verdict: Verdict::Blocked,
            ports,
            reason,
        };
    }
    let untested: Vec<&&PathResult> = paths
        .iter()
        .filter(|p| p.state == PathState::Unknown)
        .collect();
    if !blocked.is_empty() || paths.iter().any(|p| p.has_problem()) {
        // Something is known to be wrong, but not enough to call it blocked.
        let known = paths
            .iter()
            .flat_map(|p| p.parts.iter().filter(|q| q.has_problem()));
        let untested_parts: Vec<String> = untested
            .iter()
            .flat_map(|p| p.untested().map(|q| q.part.describe()))
            .collect();
        return Judged {
            verdict: Verdict::AtRisk,
            ports,
            reason: format!(
                "{}, so {feature} may be delayed or fail; whether {} get through could not \
                 be tested.",
                capitalized(&words::problems(known)),
                crate::text::and_list(&dedup(untested_parts)),
            ),
        };
    }
    not_tested(rule, paths, evidence, catalog)
}

/// The verdict when `paths[index]` is the best path that gets through. Its caveat
/// ("slower") only counts when every better path is known to be blocked: if one could
/// not be tested, the feature works at least this way, and may well work better.
fn got_through(paths: &[&PathResult], index: usize, feature: &str, plain: bool) -> Judged {
    let best = paths[index];
    let better = &paths[..index];
    let untested_better: Vec<String> = better
        .iter()
        .filter(|p| p.state == PathState::Unknown)
        .map(|p| p.rule.name.clone())
        .collect();
    let caveat = best
        .rule
        .caveat
        .as_ref()
        .filter(|_| untested_better.is_empty());
    let verdict = if best.state == PathState::Works && caveat.is_none() {
        Verdict::Works
    } else {
        Verdict::AtRisk
    };
    let mut ports: Vec<String> = Vec::new();
    if verdict == Verdict::Works {
        for part in &best.parts {
            push_unique(&mut ports, words::passed_labels(part));
        }
    } else {
        for path in better {
            for part in path.failed() {
                push_unique(&mut ports, words::blocked_labels(part));
            }
        }
        for part in best.weakened() {
            push_unique(&mut ports, words::blocked_labels(part));
        }
    }
    let weakened = words::problems(best.weakened());
    let reason = if plain {
        if weakened.is_empty() {
            "Every port it needs gets through.".to_owned()
        } else {
            format!(
                "{}, so {feature} may be delayed or fail.",
                capitalized(&weakened)
            )
        }
    } else {
        let mut reason = if untested_better.is_empty() {
            format!("Works {}", best.rule.name)
        } else {
            format!("Works at least {}", best.rule.name)
        };
        if let Some(caveat) = caveat {
            reason.push_str(&format!(", {caveat}"));
        }
        if !weakened.is_empty() {
            reason.push_str(&format!(", but {weakened}, so it may be delayed or fail"));
        }
        reason.push('.');
        let failures: Vec<String> = better
            .iter()
            .filter(|p| p.state == PathState::Blocked)
            .map(|p| words::path_failure(p))
            .collect();
        for failure in failures {
            reason.push_str(&format!(" Not {failure}."));
        }
        if !untested_better.is_empty() {
            reason.push_str(&format!(
                " Whether it also works {} could not be tested.",
                crate::text::or_list(&untested_better)
            ));
        }
        reason
    };
    Judged {
        verdict,
        ports,
        reason,
    }
}

/// Nothing the feature needs could be tested: say why, as precisely as we can.
fn not_tested(
    rule: &FeatureRule,
    paths: &[&PathResult],
    evidence: &Evidence,
    catalog: &Catalog,
) -> Judged {
    let feature = capitalized(rule.feature.in_sentence());
    // Parts no test of ours can reach (NTP): the catalogue says why.
    let never: Vec<(String, &str)> = paths
        .iter()
        .flat_map(|p| p.untested())
        .filter_map(|part| {
            let reason = part
                .part
                .need
                .endpoints()
                .iter()
                .map(|&e| catalog.never_testable(e))
                .collect::<Option<Vec<_>>>()?;
            Some((part.part.describe(), *reason.first()?))
        })
        .collect();
    let all_never =
        !never.is_empty() && paths.iter().flat_map(|p| p.untested()).count() == never.len();
    let (ports, mut reason) = if all_never {
        let ports = paths
            .iter()
            .flat_map(|p| p.untested())
            .flat_map(|p| p.part.need.endpoints().iter().map(ToString::to_string))
            .collect();
        let (what, why) = &never[0];
        (
            ports,
            format!("{feature} needs {what}, which this check cannot test: {why}"),
        )
    } else if evidence.nothing_got_out() {
        (
            Vec::new(),
            "Your browser could not reach Ring Check's own test servers on any port, so this \
             check cannot tell whether these ports are blocked."
                .to_owned(),
        )
    } else if evidence.has_egress() || evidence.host_answers() {
        (
            Vec::new(),
            "Neither your browser nor our server could test the ports this needs, so this \
             check cannot tell whether they are blocked."
                .to_owned(),
        )
    } else {
        (
            Vec::new(),
            "Your router did not answer from the internet on any port, which is normal and \
             safe, so this check cannot tell whether these ports are blocked."
                .to_owned(),
        )
    };
    if let Some(hint) = &rule.when_untested {
        reason.push(' ');
        reason.push_str(hint);
    }
    Judged {
        verdict: Verdict::NotTested,
        ports,
        reason,
    }
}

fn push_unique(into: &mut Vec<String>, labels: Vec<String>) {
    for label in labels {
        if !into.contains(&label) {
            into.push(label);
        }
    }
}

fn dedup(mut items: Vec<String>) -> Vec<String> {
    let mut seen = Vec::new();
    items.retain(|item| {
        let new = !seen.contains(item);
        if new {
            seen.push(item.clone());
        }
        new
    });
    items
}

#[cfg(test)]
mod tests;

//! From judged paths to a feature's verdict: per audience (everyone, or one kind of
//! phone) the best path that gets through decides; the audiences are then put together,
//! the visitor's own phone first.

use super::{
    Evidence, FeatureVerdict, PathState, PathVerdict, Verdict,
    judge::{PartResult, PartState, PathResult, judge_path},
    words,
};
use crate::{
    catalog::{Audience, Catalog, Endpoint, FeatureRule, Part},
    egress::Phone,
    text::{and_list, capitalized, or_list},
};

/// What every feature is judged with.
pub struct Context<'a> {
    pub evidence: &'a Evidence<'a>,
    pub catalog: &'a Catalog,
    /// Ports the browser did not test because our own listener was not up.
    pub unavailable: &'a [Endpoint],
    /// Ports this browser cannot test at all (UDP without WebRTC).
    pub unsupported: &'a [Endpoint],
    /// The other address family got through where the judged one got nothing out.
    pub only_other_reached: Option<crate::family::AddressFamily>,
}

/// Said after a path or part that could not be tested because this browser cannot run
/// the test.
const TRY_ANOTHER_BROWSER: &str = "this browser cannot run the UDP test (it has no WebRTC): \
    run the check in another browser, such as Chrome, Firefox, Edge or Safari on a phone, to \
    test it";

/// One audience's verdict, before the audiences are put together.
struct Judged {
    verdict: Verdict,
    blame: Blame,
    reason: String,
}

/// The ports behind a verdict, as people read them: "TCP 8557", "UDP 16500–65000".
#[derive(Default)]
struct Blame {
    labels: Vec<String>,
}

impl Blame {
    /// A part found blocked (or only partly open): its blocked ports.
    fn blocked(&mut self, part: &PartResult) {
        push_unique(&mut self.labels, words::blocked_labels(part));
    }

    /// A part that got through.
    fn passed(&mut self, part: &PartResult) {
        push_unique(&mut self.labels, words::passed_labels(part));
    }

    fn add(&mut self, other: &Blame) {
        push_unique(&mut self.labels, other.labels.clone());
    }
}

pub fn judge_feature(
    rule: &FeatureRule,
    context: &Context,
    phone: Option<Phone>,
) -> FeatureVerdict {
    let results: Vec<PathResult> = rule
        .paths
        .iter()
        .map(|path| judge_path(path, context.evidence))
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
            (audience, judge_audience(rule, &paths, context))
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
    let (verdict, blame, reason) = match judged.as_slice() {
        [(_, only)] => {
            let mut blame = Blame::default();
            blame.add(&only.blame);
            (only.verdict, blame, only.reason.clone())
        }
        _ => combine_audiences(&judged, own),
    };
    FeatureVerdict {
        feature: rule.feature,
        verdict,
        ports: blame.labels,
        reason,
        paths,
    }
}

/// Several audiences (kinds of phone): the visitor's own decides when known, otherwise
/// the worst (with the ports of every audience it speaks for); the reason gives each.
fn combine_audiences(
    judged: &[(Audience, Judged)],
    own: Option<Phone>,
) -> (Verdict, Blame, String) {
    let headline = match own {
        Some(_) => &judged[0].1,
        None => judged
            .iter()
            .map(|(_, j)| j)
            .max_by_key(|j| j.verdict)
            .unwrap_or(&judged[0].1),
    };
    let names: Vec<String> = judged.iter().map(|(a, _)| a.label().to_owned()).collect();
    let tested = judged.iter().any(|(_, j)| j.verdict != Verdict::NotTested);
    let mut reason = match own {
        Some(own) if tested => format!(
            "Tested for {}; yours first (this browser runs on {}).",
            and_list(&names),
            own.label()
        ),
        _ if tested => format!("Tested for {}.", and_list(&names)),
        _ => String::new(),
    };
    for (audience, judged) in judged {
        if !reason.is_empty() {
            reason.push(' ');
        }
        reason.push_str(&format!("{}: {}", audience.label(), judged.reason));
    }
    let mut blame = Blame::default();
    for (_, audience) in judged {
        let speaks_for = match own {
            Some(_) => std::ptr::eq(audience, headline),
            None => audience.verdict == headline.verdict,
        };
        if speaks_for {
            blame.add(&audience.blame);
        }
    }
    (headline.verdict, blame, reason)
}

/// One audience's paths: the first that gets through decides; if none does, all blocked
/// is blocked and anything untested leaves the verdict open.
fn judge_audience(rule: &FeatureRule, paths: &[&PathResult], context: &Context) -> Judged {
    let feature = rule.feature.in_sentence();
    // One path for everyone reads best in the short form.
    let plain = paths.len() == 1 && paths[0].rule.audience == Audience::Everyone;
    // The first path that gets through, in the catalogue's order of preference.
    let best = paths
        .iter()
        .position(|p| matches!(p.state, PathState::Works | PathState::Degraded));
    if let Some(index) = best {
        return got_through(paths, index, feature, plain, context);
    }
    let mut blame = Blame::default();
    for path in paths {
        for part in path.parts.iter().filter(|p| p.has_problem()) {
            blame.blocked(part);
        }
    }
    let blocked = paths
        .iter()
        .filter(|p| p.state == PathState::Blocked)
        .count();
    if blocked == paths.len() {
        // A part every way needs, blocked in each, says it all (HTTPS to Ring's cloud).
        let common: Vec<&PartResult> = paths[0]
            .failed()
            .filter(|failed| {
                paths.len() > 1
                    && paths
                        .iter()
                        .all(|p| p.failed().any(|other| other.part == failed.part))
            })
            .collect();
        let reason = if plain || !common.is_empty() {
            let failed: Vec<String> = (if plain {
                paths[0].failed().collect::<Vec<_>>()
            } else {
                common.clone()
            })
            .iter()
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
            let mut reason = format!(
                "{} cannot work without {}, and {} blocked between your network and the \
                 internet.",
                capitalized(feature),
                and_list(&failed),
                if failed.len() == 1 {
                    "it is"
                } else {
                    "they are"
                }
            );
            // What else stands in each way, the common parts apart.
            for path in paths.iter().filter(|_| !plain) {
                let others: Vec<&PartResult> = path
                    .failed()
                    .filter(|p| !common.iter().any(|c| c.part == p.part))
                    .collect();
                if !others.is_empty() {
                    reason.push_str(&format!(
                        " {}: {}.",
                        capitalized(&path.rule.name),
                        words::problems(others.into_iter())
                    ));
                }
            }
            reason
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
            unique(
                paths
                    .iter()
                    .flat_map(|p| p.weakened())
                    .filter(|p| p.state == PartState::Blocked),
            )
            .into_iter(),
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
            blame,
            reason,
        };
    }
    if blocked > 0 || paths.iter().any(|p| p.has_problem()) {
        // Something is known to be wrong, but not enough to call it blocked.
        let known = unique(
            paths
                .iter()
                .flat_map(|p| p.parts.iter().filter(|q| q.has_problem())),
        );
        let untested: Vec<String> = unique(
            paths
                .iter()
                .filter(|p| p.state == PathState::Unknown)
                .flat_map(|p| p.untested()),
        )
        .iter()
        .map(|part| part.part.describe())
        .collect();
        return Judged {
            verdict: Verdict::AtRisk,
            blame,
            reason: format!(
                "{}, so {feature} may be delayed or fail; whether {} {} through could not be \
                 tested.",
                capitalized(&words::problems(known.into_iter())),
                and_list(&untested),
                if untested.len() == 1 { "gets" } else { "get" },
            ),
        };
    }
    not_tested(rule, paths, context)
}

/// The verdict when `paths[index]` is the best path that gets through. Its caveat
/// ("slower") only counts when every better path is known to be blocked: if one could
/// not be tested, the feature works at least this way, and may well work better.
fn got_through(
    paths: &[&PathResult],
    index: usize,
    feature: &str,
    plain: bool,
    context: &Context,
) -> Judged {
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
    let mut blame = Blame::default();
    if verdict == Verdict::Works {
        for part in &best.parts {
            blame.passed(part);
        }
    } else {
        for path in better {
            for part in path.failed() {
                blame.blocked(part);
            }
        }
        for part in best.weakened() {
            blame.blocked(part);
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
        for failure in better
            .iter()
            .filter(|p| p.state == PathState::Blocked)
            .map(|p| words::path_failure(p))
        {
            reason.push_str(&format!(" Not {failure}."));
        }
        if !untested_better.is_empty() {
            // This browser could not run what those paths need (UDP without WebRTC).
            let unsupported = better
                .iter()
                .filter(|p| p.state == PathState::Unknown)
                .flat_map(|p| p.untested())
                .all(|part| untested_for(part, context.unsupported));
            if unsupported {
                reason.push_str(&format!(
                    " Whether it also works {} could not be tested: {TRY_ANOTHER_BROWSER}.",
                    or_list(&untested_better)
                ));
            } else {
                reason.push_str(&format!(
                    " Whether it also works {} could not be tested.",
                    or_list(&untested_better)
                ));
            }
        }
        reason
    };
    Judged {
        verdict,
        blame,
        reason,
    }
}

/// Nothing the feature needs could be tested: say why, as precisely as we can.
fn not_tested(rule: &FeatureRule, paths: &[&PathResult], context: &Context) -> Judged {
    let feature = capitalized(rule.feature.in_sentence());
    let untested: Vec<&PartResult> = unique(paths.iter().flat_map(|p| p.untested()));
    let endpoints: Vec<Endpoint> = untested
        .iter()
        .flat_map(|p| p.part.need.endpoints().iter().copied())
        .collect();
    let mut blame = Blame::default();
    // Parts no test of ours can reach (NTP): the catalogue says why.
    let never: Option<Vec<&str>> = endpoints
        .iter()
        .map(|&e| context.catalog.never_testable(e))
        .collect();
    let evidence = context.evidence;
    let mut reason = match never {
        Some(reasons) if !reasons.is_empty() => {
            blame.labels = endpoints.iter().map(ToString::to_string).collect();
            let what: Vec<String> = untested.iter().map(|p| p.part.describe()).collect();
            format!(
                "{feature} needs {}, which this check cannot test: {}",
                and_list(&what),
                reasons[0]
            )
        }
        _ if !untested.is_empty()
            && untested
                .iter()
                .all(|part| untested_for(part, context.unsupported)) =>
        {
            capitalized(&format!("{TRY_ANOTHER_BROWSER}."))
        }
        _ if !endpoints.is_empty() && endpoints.iter().all(|e| context.unavailable.contains(e)) => {
            blame.labels = endpoints.iter().map(ToString::to_string).collect();
            "Ring Check's own test server for these ports was not answering during this \
             check, so it cannot tell whether they are blocked. This is a problem on our \
             side, not your network: please try again later."
                .to_owned()
        }
        _ if evidence.nothing_got_out() && context.only_other_reached.is_some() => {
            let other = context.only_other_reached.map_or("", |f| f.label());
            format!(
                "Nothing got through over {documented}, which Ring's devices are documented \
                 to use (your network reached Ring Check only over {other}), so this check \
                 cannot tell whether these ports are blocked.",
                documented = context.catalog.documented_family.family.label(),
            )
        }
        _ if evidence.nothing_got_out() => {
            "Your browser could not reach Ring Check's own test servers on any port, so this \
             check cannot tell whether these ports are blocked."
                .to_owned()
        }
        _ if evidence.has_egress() || evidence.host_answers() => {
            "Neither your browser nor our server could test the ports this needs, so this \
             check cannot tell whether they are blocked."
                .to_owned()
        }
        _ => "Your router did not answer from the internet on any port, which is normal and \
              safe, so this check cannot tell whether these ports are blocked."
            .to_owned(),
    };
    if let Some(hint) = &rule.when_untested {
        reason.push(' ');
        reason.push_str(hint);
    }
    Judged {
        verdict: Verdict::NotTested,
        blame,
        reason,
    }
}

/// Whether `part` went untested for want of tests of `endpoints`: any of its endpoints
/// among them (a range: any port within it).
fn untested_for(part: &PartResult, endpoints: &[Endpoint]) -> bool {
    match part.part.need {
        crate::catalog::Need::EnoughOf {
            transport,
            first,
            last,
        } => endpoints
            .iter()
            .any(|e| e.transport == transport && (first..=last).contains(&e.port)),
        _ => part
            .part
            .need
            .endpoints()
            .iter()
            .any(|e| endpoints.contains(e)),
    }
}

/// The parts of `parts` with each part (name and need) once: the paths of a feature
/// share some (the Ring Socket Service is in each Live View path).
fn unique<'a, 'c: 'a>(parts: impl Iterator<Item = &'a PartResult<'c>>) -> Vec<&'a PartResult<'c>> {
    let mut seen: Vec<&Part> = Vec::new();
    parts
        .filter(|result| {
            let new = !seen.contains(&result.part);
            if new {
                seen.push(result.part);
            }
            new
        })
        .collect()
}

fn push_unique<T: PartialEq>(into: &mut Vec<T>, items: Vec<T>) {
    for item in items {
        if !into.contains(&item) {
            into.push(item);
        }
    }
}

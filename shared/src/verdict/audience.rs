//! From judged paths to a feature's verdict: per audience (everyone, or one kind of
//! phone) the best path that gets through decides; the audiences are then put together,
//! the visitor's own phone first.

use super::{
    Evidence, FeatureVerdict, PathState, PathVerdict, Verdict,
    judge::{PartResult, PartState, PathResult, judge_path},
    why::{FailedPart, PathFailure, Reason, Untested, Why},
    words,
};
use crate::{
    catalog::{Audience, Catalog, Endpoint, FeatureRule, Part},
    egress::Phone,
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

/// One audience's verdict, before the audiences are put together.
struct Judged {
    verdict: Verdict,
    blame: Blame,
    reason: Reason,
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
            outcome: words::path_outcome(result),
            summary: String::new(),
            heading: String::new(),
        })
        .collect();
    let (verdict, blame, why) = match judged.as_slice() {
        [(_, only)] => {
            let mut blame = Blame::default();
            blame.add(&only.blame);
            (only.verdict, blame, Why::One(only.reason.clone()))
        }
        _ => combine_audiences(judged, own),
    };
    FeatureVerdict {
        feature: rule.feature,
        verdict,
        ports: blame.labels,
        why,
        nat: None,
        reason: String::new(),
        paths,
    }
}

/// Several audiences (kinds of phone): the visitor's own decides when known, otherwise
/// the worst (with the ports of every audience it speaks for); the reason gives each.
fn combine_audiences(judged: Vec<(Audience, Judged)>, own: Option<Phone>) -> (Verdict, Blame, Why) {
    let headline = match own {
        Some(_) => 0,
        None => judged
            .iter()
            .enumerate()
            .max_by_key(|(_, (_, j))| j.verdict)
            .map_or(0, |(at, _)| at),
    };
    let headline_verdict = judged[headline].1.verdict;
    let tested = judged.iter().any(|(_, j)| j.verdict != Verdict::NotTested);
    let mut blame = Blame::default();
    for (at, (_, audience)) in judged.iter().enumerate() {
        let speaks_for = match own {
            Some(_) => at == headline,
            None => audience.verdict == headline_verdict,
        };
        if speaks_for {
            blame.add(&audience.blame);
        }
    }
    let why = Why::Audiences {
        own,
        tested,
        each: judged.into_iter().map(|(a, j)| (a, j.reason)).collect(),
    };
    (headline_verdict, blame, why)
}

/// One audience's paths: the first that gets through decides; if none does, all blocked
/// is blocked and anything untested leaves the verdict open.
fn judge_audience(rule: &FeatureRule, paths: &[&PathResult], context: &Context) -> Judged {
    // One path for everyone reads best in the short form.
    let plain = paths.len() == 1 && paths[0].rule.audience == Audience::Everyone;
    // The first path that gets through, in the catalogue's order of preference.
    let best = paths
        .iter()
        .position(|p| matches!(p.state, PathState::Works | PathState::Degraded));
    if let Some(index) = best {
        return got_through(paths, index, plain, context);
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
        // Helping parts blocked too, which can delay it or make it fail.
        let also = words::problems(
            unique(
                paths
                    .iter()
                    .flat_map(|p| p.weakened())
                    .filter(|p| p.state == PartState::Blocked),
            )
            .into_iter(),
        );
        let reason = if plain || !common.is_empty() {
            let failed: Vec<&PartResult> = if plain {
                paths[0].failed().collect()
            } else {
                common.clone()
            };
            let parts = failed
                .iter()
                .map(|p| FailedPart {
                    part: words::named(p.part),
                    intercepted: p.intercepted,
                })
                .collect();
            // What else stands in each way, the common parts apart.
            let others = paths
                .iter()
                .filter(|_| !plain)
                .filter_map(|path| {
                    let rest: Vec<&PartResult> = path
                        .failed()
                        .filter(|p| !common.iter().any(|c| c.part == p.part))
                        .collect();
                    (!rest.is_empty()).then(|| PathFailure {
                        path: path.rule.name.clone(),
                        problems: words::problems(rest.into_iter()),
                    })
                })
                .collect();
            Reason::CannotWorkWithout {
                parts,
                others,
                also,
            }
        } else {
            Reason::CannotGetThrough {
                failures: paths.iter().map(|p| words::path_failure(p)).collect(),
                also,
            }
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
        let untested = unique(
            paths
                .iter()
                .filter(|p| p.state == PathState::Unknown)
                .flat_map(|p| p.untested()),
        )
        .iter()
        .map(|part| words::named(part.part))
        .collect();
        return Judged {
            verdict: Verdict::AtRisk,
            blame,
            reason: Reason::AtRisk {
                known: words::problems(known.into_iter()),
                untested,
            },
        };
    }
    not_tested(rule, paths, context)
}

/// The verdict when `paths[index]` is the best path that gets through. Its caveat
/// ("slower") only counts when every better path is known to be blocked: if one could
/// not be tested, the feature works at least this way, and may well work better.
fn got_through(paths: &[&PathResult], index: usize, plain: bool, context: &Context) -> Judged {
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
            Reason::EveryPortGetsThrough
        } else {
            Reason::Weakened(weakened)
        }
    } else {
        // This browser could not run what the untested paths need (UDP without WebRTC).
        let needs_another_browser = !untested_better.is_empty()
            && better
                .iter()
                .filter(|p| p.state == PathState::Unknown)
                .flat_map(|p| p.untested())
                .all(|part| untested_for(part, context.unsupported));
        Reason::WorksThrough {
            path: best.rule.name.clone(),
            at_least: !untested_better.is_empty(),
            caveat: caveat.cloned(),
            weakened,
            not: better
                .iter()
                .filter(|p| p.state == PathState::Blocked)
                .map(|p| words::path_failure(p))
                .collect(),
            untested_better,
            needs_another_browser,
        }
    };
    Judged {
        verdict,
        blame,
        reason,
    }
}

/// Nothing the feature needs could be tested: say why, as precisely as we can.
fn not_tested(rule: &FeatureRule, paths: &[&PathResult], context: &Context) -> Judged {
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
    let why = match never {
        Some(reasons) if !reasons.is_empty() => {
            blame.labels = endpoints.iter().map(ToString::to_string).collect();
            Untested::NeverTestable {
                parts: untested.iter().map(|p| words::named(p.part)).collect(),
                reason: reasons[0].to_owned(),
            }
        }
        _ if !untested.is_empty()
            && untested
                .iter()
                .all(|part| untested_for(part, context.unsupported)) =>
        {
            Untested::NeedsAnotherBrowser
        }
        _ if !endpoints.is_empty() && endpoints.iter().all(|e| context.unavailable.contains(e)) => {
            blame.labels = endpoints.iter().map(ToString::to_string).collect();
            Untested::OurServerDown
        }
        _ if let Some(other) = context.only_other_reached
            && evidence.nothing_got_out() =>
        {
            Untested::OnlyOtherFamily {
                documented: context.catalog.documented_family.family,
                other,
            }
        }
        _ if evidence.nothing_got_out() => Untested::NothingGotOut,
        _ if evidence.has_egress() || evidence.host_answers() => Untested::NeitherCouldTest,
        _ => Untested::RouterSilent,
    };
    Judged {
        verdict: Verdict::NotTested,
        blame,
        reason: Reason::NotTested {
            why,
            hint: rule.when_untested.clone(),
        },
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

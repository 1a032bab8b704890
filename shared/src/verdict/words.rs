//! The judged parts and paths of a verdict as the data its sentences are made of
//! ([`super::why`]), and the port labels behind it.

use super::{
    judge::{PartResult, PartState, PathResult},
    why::{PartNamed, PathFailure, PathOutcome, Problem, Problems},
};
use crate::catalog::{Need, Part};

/// A part as a sentence names it.
pub fn named(part: &Part) -> PartNamed {
    PartNamed {
        name: part.name.clone(),
        need: part.need.clone(),
    }
}

/// The problem of a part that is more than "is blocked": a sampled range only partly
/// open or not at all, or a port answered by something else on the way.
fn special(part: &PartResult) -> Option<Problem> {
    let named = || named(part.part);
    match (part.state, part.sample) {
        (PartState::Partial, Some((got, known))) => Some(Problem::Partial {
            part: named(),
            got,
            known,
        }),
        (_, Some((0, known))) => Some(Problem::NoneOf {
            part: named(),
            known,
        }),
        _ if part.intercepted => Some(Problem::Intercepted { part: named() }),
        _ => None,
    }
}

/// Every problem of `parts`: the plainly blocked together (parts of one name as one:
/// "the Ring Socket Service on TCP 9998 and 9999"), then the rest.
pub fn problems<'a, 'c: 'a>(parts: impl Iterator<Item = &'a PartResult<'c>>) -> Problems {
    // (name, what of it is blocked), in order, one entry per name.
    let mut plain: Vec<(String, Vec<Need>)> = Vec::new();
    let mut others = Vec::new();
    for part in parts {
        match special(part) {
            Some(problem) => others.push(problem),
            None => match plain.iter_mut().find(|(name, _)| *name == part.part.name) {
                Some((_, needs)) => needs.push(part.part.need.clone()),
                None => plain.push((part.part.name.clone(), vec![part.part.need.clone()])),
            },
        }
    }
    if !plain.is_empty() {
        others.insert(0, Problem::Blocked(plain));
    }
    others
}

/// Why a path does not get through.
pub fn path_failure(path: &PathResult) -> PathFailure {
    PathFailure {
        path: path.rule.name.clone(),
        problems: problems(path.failed()),
    }
}

/// How a path fared, for its line on the verdict card.
pub fn path_outcome(path: &PathResult) -> PathOutcome {
    use super::PathState;
    match path.state {
        PathState::Works => PathOutcome::Works {
            caveat: path.rule.caveat.clone(),
        },
        PathState::Degraded => PathOutcome::Degraded(problems(path.weakened())),
        PathState::Blocked => PathOutcome::Blocked(problems(path.failed())),
        PathState::Unknown => {
            PathOutcome::Untested(path.untested().map(|p| named(p.part)).collect())
        }
    }
}

/// The labels of a part's ports worth naming: the blocked ones, or the range as a whole.
pub fn blocked_labels(part: &PartResult) -> Vec<String> {
    match part.part.need {
        Need::EnoughOf { .. } => vec![part.part.need.label()],
        _ => part.blocked.iter().map(ToString::to_string).collect(),
    }
}

/// The labels of a part's ports that got through.
pub fn passed_labels(part: &PartResult) -> Vec<String> {
    match part.part.need {
        Need::EnoughOf { .. } if !part.passed.is_empty() => vec![part.part.need.label()],
        _ => part.passed.iter().map(ToString::to_string).collect(),
    }
}

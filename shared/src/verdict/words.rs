//! The sentences of a verdict, made from judged parts and paths.

use super::judge::{PartResult, PartState, PathResult};
use crate::{catalog::Need, text::and_list as list};

/// The clause of a part whose problem is more than "is blocked": "media on UDP
/// 16500–65000 gets through on only 9 of 16 sampled ports", "HTTP on TCP 80 is answered
/// by something else on the way".
fn special(part: &PartResult) -> Option<String> {
    let what = part.part.describe();
    match (part.state, part.sample) {
        (PartState::Partial, Some((got, known))) => Some(format!(
            "{what} gets through on only {got} of {known} sampled ports"
        )),
        (_, Some((0, known))) => Some(format!(
            "{what} gets through on none of {known} sampled ports"
        )),
        _ if part.intercepted => Some(format!(
            "{what} is answered by something else on the way (a proxy, filter or sign-in \
             page), not by the internet"
        )),
        _ => None,
    }
}

/// Every problem of `parts`, as one clause: the plainly blocked together ("A and B are
/// blocked", parts of one name as one: "the Ring Socket Service on TCP 9998 and 9999"),
/// then the rest.
pub fn problems<'a, 'c: 'a>(parts: impl Iterator<Item = &'a PartResult<'c>>) -> String {
    // (name, what of it is blocked), in order, one entry per name.
    let mut plain: Vec<(&str, Vec<&Need>)> = Vec::new();
    let mut clauses = Vec::new();
    for part in parts {
        match special(part) {
            Some(clause) => clauses.push(clause),
            None => match plain.iter_mut().find(|(name, _)| *name == part.part.name) {
                Some((_, needs)) => needs.push(&part.part.need),
                None => plain.push((&part.part.name, vec![&part.part.need])),
            },
        }
    }
    if !plain.is_empty() {
        let subjects: Vec<String> = plain
            .iter()
            .map(|(name, needs)| format!("{name} on {}", needs_label(needs)))
            .collect();
        let verb = if subjects.len() == 1 { "is" } else { "are" };
        clauses.insert(0, format!("{} {verb} blocked", list(&subjects)));
    }
    list(&clauses)
}

/// Needs of one part name: "TCP 9998 and 9999" when they are single ports of one
/// transport, else each written out.
fn needs_label(needs: &[&Need]) -> String {
    let singles: Option<Vec<_>> = needs
        .iter()
        .map(|need| match need {
            Need::One(endpoint) => Some(endpoint),
            _ => None,
        })
        .collect();
    match singles {
        Some(endpoints)
            if endpoints.len() > 1
                && endpoints
                    .iter()
                    .all(|e| e.transport == endpoints[0].transport) =>
        {
            let ports: Vec<String> = endpoints.iter().map(|e| e.port.to_string()).collect();
            format!("{} {}", endpoints[0].transport.label(), list(&ports))
        }
        _ => list(&needs.iter().map(ToString::to_string).collect::<Vec<_>>()),
    }
}

/// Why a path does not get through: "directly: media on UDP … is blocked".
pub fn path_failure(path: &PathResult) -> String {
    format!("{}: {}", path.rule.name, problems(path.failed()))
}

/// One line per path for the verdict card: "gets through", "blocked: SIP on … is blocked".
pub fn path_summary(path: &PathResult) -> String {
    use super::judge::PathState;
    match path.state {
        PathState::Works => match &path.rule.caveat {
            Some(caveat) => format!("gets through, {caveat}"),
            None => "gets through".to_owned(),
        },
        PathState::Degraded => format!("gets through, but {}", problems(path.weakened())),
        PathState::Blocked => format!("blocked: {}", problems(path.failed())),
        PathState::Unknown => format!(
            "could not be tested ({})",
            list(
                &path
                    .untested()
                    .map(|p| p.part.describe())
                    .collect::<Vec<_>>()
            )
        ),
    }
}

/// The labels of a part's ports worth naming: the blocked ones, or the range as a whole.
pub fn blocked_labels(part: &PartResult) -> Vec<String> {
    match part.part.need {
        Need::EnoughOf { .. } => vec![part.part.need.to_string()],
        _ => part.blocked.iter().map(ToString::to_string).collect(),
    }
}

/// The labels of a part's ports that got through.
pub fn passed_labels(part: &PartResult) -> Vec<String> {
    match part.part.need {
        Need::EnoughOf { .. } if !part.passed.is_empty() => vec![part.part.need.to_string()],
        _ => part.passed.iter().map(ToString::to_string).collect(),
    }
}

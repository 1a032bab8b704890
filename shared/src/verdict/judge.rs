//! Judging the catalogue's paths against the evidence: each part, then each path.

use super::PathState;
use super::evidence::{Evidence, Reading};
use crate::catalog::{Endpoint, Need, Part, PathRule, Role};

/// How one part of a path fared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartState {
    Passes,
    /// Some of a sampled range gets through, some does not.
    Partial,
    Blocked,
    Unknown,
}

/// One part judged.
pub struct PartResult<'c> {
    pub part: &'c Part,
    pub state: PartState,
    /// Its ports that got through.
    pub passed: Vec<Endpoint>,
    /// Its ports found blocked, intercepted ones among them.
    pub blocked: Vec<Endpoint>,
    /// Every blocked port was answered by something else on the way.
    pub intercepted: bool,
    /// For a sampled range: how many sampled ports got through, of how many tested.
    pub sample: Option<(usize, usize)>,
}

impl PartResult<'_> {
    /// Blocked, or only partly getting through.
    pub fn has_problem(&self) -> bool {
        matches!(self.state, PartState::Blocked | PartState::Partial)
    }
}

pub fn judge_part<'c>(part: &'c Part, evidence: &Evidence) -> PartResult<'c> {
    let readings: Vec<(Endpoint, Reading)> = match &part.need {
        Need::One(_) | Need::AnyOf(_) => part
            .need
            .endpoints()
            .iter()
            .map(|&endpoint| (endpoint, evidence.endpoint(endpoint)))
            .collect(),
        Need::EnoughOf {
            transport,
            first,
            last,
        } => evidence
            .sampled(*transport, *first, *last)
            .into_iter()
            .map(|(port, reading)| {
                (
                    Endpoint {
                        transport: *transport,
                        port,
                    },
                    reading,
                )
            })
            .collect(),
    };
    let passed: Vec<Endpoint> = readings
        .iter()
        .filter(|(_, r)| *r == Reading::Passes)
        .map(|(e, _)| *e)
        .collect();
    let blocked: Vec<Endpoint> = readings
        .iter()
        .filter(|(_, r)| r.is_blocked())
        .map(|(e, _)| *e)
        .collect();
    let intercepted = !blocked.is_empty()
        && readings
            .iter()
            .filter(|(_, r)| r.is_blocked())
            .all(|(_, r)| *r == Reading::Intercepted);
    let unknown = readings.iter().any(|(_, r)| *r == Reading::Unknown);
    let (state, sample) = match part.need {
        Need::EnoughOf { .. } => {
            let known = passed.len() + blocked.len();
            let state = match (passed.len(), blocked.len()) {
                (0, 0) => PartState::Unknown,
                (_, 0) => PartState::Passes,
                (0, _) => PartState::Blocked,
                _ => PartState::Partial,
            };
            (state, Some((passed.len(), known)))
        }
        // Any one getting through is enough; blocked only when every one is.
        _ => {
            let state = if !passed.is_empty() {
                PartState::Passes
            } else if unknown || blocked.is_empty() {
                PartState::Unknown
            } else {
                PartState::Blocked
            };
            (state, None)
        }
    };
    PartResult {
        part,
        state,
        passed,
        blocked,
        intercepted,
        sample,
    }
}

pub struct PathResult<'c> {
    pub rule: &'c PathRule,
    pub state: PathState,
    pub parts: Vec<PartResult<'c>>,
}

impl<'c> PathResult<'c> {
    /// The parts it cannot do without that are blocked.
    pub fn failed(&self) -> impl Iterator<Item = &PartResult<'c>> {
        self.parts
            .iter()
            .filter(|p| p.part.role == Role::Required && p.state == PartState::Blocked)
    }

    /// Parts that make it worse without stopping it: a helping part blocked or partial,
    /// or a required range only partly open.
    pub fn weakened(&self) -> impl Iterator<Item = &PartResult<'c>> {
        self.parts.iter().filter(|p| {
            (p.part.role == Role::Helps && p.has_problem())
                || (p.part.role == Role::Required && p.state == PartState::Partial)
        })
    }

    /// The parts it cannot do without that could not be tested.
    pub fn untested(&self) -> impl Iterator<Item = &PartResult<'c>> {
        self.parts
            .iter()
            .filter(|p| p.part.role == Role::Required && p.state == PartState::Unknown)
    }

    pub fn has_problem(&self) -> bool {
        self.parts.iter().any(PartResult::has_problem)
    }
}

pub fn judge_path<'c>(rule: &'c PathRule, evidence: &Evidence) -> PathResult<'c> {
    let parts: Vec<PartResult> = rule
        .parts
        .iter()
        .map(|part| judge_part(part, evidence))
        .collect();
    let mut result = PathResult {
        rule,
        state: PathState::Works,
        parts,
    };
    result.state = if result.failed().next().is_some() {
        PathState::Blocked
    } else if result.untested().next().is_some() {
        PathState::Unknown
    } else if result.weakened().next().is_some() {
        PathState::Degraded
    } else {
        PathState::Works
    };
    result
}

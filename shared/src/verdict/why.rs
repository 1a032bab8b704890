//! Why a verdict is what it is, as data: which paths, which parts, how many of how many
//! sampled ports, which audience. The judging code builds these and writes no word; the
//! server's words crate turns them into sentences in the reader's language.
//!
//! Names inside (a path's, a part's, a caveat) come from the catalogue the verdicts were
//! judged with, which the server words in the reader's language first.

use crate::{
    catalog::{Audience, Need},
    egress::Phone,
    family::AddressFamily,
};

/// A part of a path as a sentence names it: "media on UDP 16500–65000".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartNamed {
    pub name: String,
    pub need: Need,
}

/// One problem with a part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Plainly blocked parts, said together, parts of one name as one: each name with
    /// the needs of it that are blocked ("the Ring Socket Service on TCP 9998 and 9999").
    Blocked(Vec<(String, Vec<Need>)>),
    /// A sampled range that gets through on only `got` of `known` sampled ports.
    Partial {
        part: PartNamed,
        got: usize,
        known: usize,
    },
    /// A sampled range that gets through on none of `known` sampled ports.
    NoneOf { part: PartNamed, known: usize },
    /// Answered by something else on the way (a proxy, filter or sign-in page).
    Intercepted { part: PartNamed },
}

/// Every problem of some parts, the plainly blocked first; said as one clause.
pub type Problems = Vec<Problem>;

/// Why one path does not get through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathFailure {
    /// The path's name, as in a sentence: "directly".
    pub path: String,
    pub problems: Problems,
}

/// A part every way needs, blocked in each: named with whether something on the way
/// answered in its place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FailedPart {
    pub part: PartNamed,
    pub intercepted: bool,
}

/// Why one audience's verdict is what it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The feature's only path gets through whole.
    EveryPortGetsThrough,
    /// The feature's only path gets through, weakened.
    Weakened(Problems),
    /// One of several paths gets through: the best that does.
    WorksThrough {
        path: String,
        /// A better path could not be tested, so it works at least this way.
        at_least: bool,
        /// Why getting through only this way is a risk ("which can make video slower").
        caveat: Option<String>,
        weakened: Problems,
        /// Each better path that is blocked, and why.
        not: Vec<PathFailure>,
        /// Better paths that could not be tested.
        untested_better: Vec<String>,
        /// They could not be, because this browser cannot run the UDP test.
        needs_another_browser: bool,
    },
    /// Every way is blocked by the same parts (or the only way by its own).
    CannotWorkWithout {
        parts: Vec<FailedPart>,
        /// What else stands in each way, those parts apart.
        others: Vec<PathFailure>,
        /// Helping parts blocked too.
        also: Problems,
    },
    /// Every way is blocked, each for its own reasons.
    CannotGetThrough {
        failures: Vec<PathFailure>,
        also: Problems,
    },
    /// Something is known to be wrong, and what else it needs could not be tested.
    AtRisk {
        known: Problems,
        untested: Vec<PartNamed>,
    },
    /// Nothing it needs could be tested.
    NotTested {
        why: Untested,
        /// The catalogue's hint for this feature, e.g. how else to tell.
        hint: Option<String>,
    },
}

/// Why nothing a feature needs could be tested, as precisely as we can say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Untested {
    /// No test of ours can reach these parts (NTP): the catalogue's reason.
    NeverTestable {
        parts: Vec<PartNamed>,
        reason: String,
    },
    /// This browser cannot run the UDP test (no WebRTC).
    NeedsAnotherBrowser,
    /// Our own test server for these ports was not answering.
    OurServerDown,
    /// Nothing got through over the documented family; the other reached us.
    OnlyOtherFamily {
        documented: AddressFamily,
        other: AddressFamily,
    },
    /// The browser reached none of our test servers.
    NothingGotOut,
    /// Neither the browser nor our server could test these ports.
    NeitherCouldTest,
    /// The router answered nothing from the internet (normal and safe).
    RouterSilent,
}

/// A feature's reason: one audience's, or each audience's in turn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    One(Reason),
    Audiences {
        /// The visitor's own phone, whose audience comes first.
        own: Option<Phone>,
        /// At least one audience was tested.
        tested: bool,
        each: Vec<(Audience, Reason)>,
    },
}

impl Default for Why {
    fn default() -> Self {
        Why::One(Reason::EveryPortGetsThrough)
    }
}

/// How one path fared, for its line under the verdict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathOutcome {
    /// Gets through; `caveat` says what getting through only this way costs.
    Works {
        caveat: Option<String>,
    },
    Degraded(Problems),
    Blocked(Problems),
    /// What it cannot do without could not be tested: these parts.
    Untested(Vec<PartNamed>),
}

impl Default for PathOutcome {
    fn default() -> Self {
        PathOutcome::Untested(Vec::new())
    }
}

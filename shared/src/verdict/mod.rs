//! What a report means for each Ring feature: `works`, `at risk`, `blocked` or
//! `not tested`, the path it gets through, the ports responsible and one sentence why.
//! Shared, so the live page, a shared report and any other client say the same thing.
//!
//! The rules are the catalogue's ([`Catalog::features`]): a feature works when one of
//! its paths gets through, judged per audience (Android phones and iPhones apart). The
//! code here walks them and names no port.

#[cfg(not(target_arch = "wasm32"))]
mod audience;
pub mod evidence;
pub mod families;
#[cfg(not(target_arch = "wasm32"))]
mod judge;
#[cfg(not(target_arch = "wasm32"))]
pub mod why;
#[cfg(not(target_arch = "wasm32"))]
mod words;

use serde::{Deserialize, Serialize};

pub use evidence::{Evidence, Reading, RowMeaning};
pub use families::{FamilyJudgement, FamilyOutcome, FamilyResults};
#[cfg(not(target_arch = "wasm32"))]
pub use why::{PathOutcome, Reason, Why};

use crate::catalog::Audience;
pub use crate::catalog::Feature;
// The server judges; the app reads the words.
#[cfg(not(target_arch = "wasm32"))]
use crate::{
    catalog::{Catalog, Endpoint},
    check::{CheckPlan, ProbeResult},
    egress::{EgressMethod, EgressReport, EgressState, NatMapping, UnavailableWhy},
};

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
    /// The id of its label among the messages (the app's, which the server shares).
    pub fn message_id(self) -> &'static str {
        match self {
            Verdict::Works => "app-verdict-works",
            Verdict::NotTested => "app-verdict-not-tested",
            Verdict::AtRisk => "app-verdict-at-risk",
            Verdict::Blocked => "app-verdict-blocked",
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
    #[cfg(not(target_arch = "wasm32"))]
    /// Why, as data: the server words it into `reason`.
    #[serde(skip)]
    pub why: Why,
    #[cfg(not(target_arch = "wasm32"))]
    /// The router's NAT mapping, said with the Live View and two-way audio verdicts.
    #[serde(skip)]
    pub nat: Option<NatMapping>,
    /// What it means, in a sentence or two, naming the path that gets through: `why`
    /// in the reader's language (empty until worded).
    #[serde(default)]
    pub reason: String,
    /// Every path of the feature as judged, the visitor's own phone's first.
    pub paths: Vec<PathVerdict>,
}

/// How one path fared.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PathState {
    /// Everything it needs gets through.
    Works,
    /// It gets through, but a part that helps is blocked, or only some of a range gets
    /// through.
    Degraded,
    /// A part it cannot do without is blocked.
    Blocked,
    /// What it cannot do without could not be tested.
    Unknown,
}

/// One path of a feature, judged.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PathVerdict {
    /// The catalogue's id of the path: "direct", "relay", "sip".
    pub id: String,
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub audience: Audience,
    /// As in a sentence: "through Ring's relay servers", from the worded catalogue.
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub name: String,
    pub state: PathState,
    #[cfg(not(target_arch = "wasm32"))]
    /// How it fared, as data: the server words it into `summary`.
    #[serde(skip)]
    pub outcome: PathOutcome,
    /// "gets through, which can make video slower", "blocked: SIP on … is blocked":
    /// `outcome` in the reader's language (empty until worded).
    #[serde(default)]
    pub summary: String,
    /// Its heading: "Directly", "iPhones, through Apple's push service" (empty until
    /// worded).
    #[serde(default)]
    pub heading: String,
}

#[cfg(not(target_arch = "wasm32"))]
/// The verdict for every feature of `catalog`, in its order.
pub fn verdicts(
    catalog: &Catalog,
    probes: &[ProbeResult],
    egress: Option<&EgressReport>,
) -> Vec<FeatureVerdict> {
    planned_verdicts(catalog, probes, egress, None)
}

#[cfg(not(target_arch = "wasm32"))]
/// The same, with the check's plan saying which ports our own test servers could not
/// test (so their silence is our fault, said as such). A report that tells address
/// families apart is judged on the family Ring documents for its devices
/// ([`families::judged_results`]).
pub fn planned_verdicts(
    catalog: &Catalog,
    probes: &[ProbeResult],
    egress: Option<&EgressReport>,
    plan: Option<&CheckPlan>,
) -> Vec<FeatureVerdict> {
    let all_egress = egress.map_or(&[][..], |e| &e.results);
    let judged = families::judged_results(catalog, probes, all_egress);
    let only_other_reached = families::only_other_reached(catalog, probes, all_egress);
    verdicts_of(catalog, &judged, egress, plan, only_other_reached)
}

#[cfg(not(target_arch = "wasm32"))]
/// The verdicts on one family's `results` (or all of a report's); the NAT mapping and the
/// visitor's phone come from `egress`.
pub fn verdicts_of(
    catalog: &Catalog,
    results: &FamilyResults,
    egress: Option<&EgressReport>,
    plan: Option<&CheckPlan>,
    only_other_reached: Option<crate::family::AddressFamily>,
) -> Vec<FeatureVerdict> {
    let evidence = Evidence::new(catalog, &results.probes, &results.egress);
    // The ports the browser did not test because our own listener was not up.
    let unavailable: Vec<Endpoint> = plan.map_or_else(Vec::new, |plan| {
        plan.egress
            .iter()
            // A plan rebuilt for an old report marks what the browser sent nothing for:
            // not known to be our fault.
            .filter(|t| {
                matches!(t.method, EgressMethod::Unavailable { why, .. }
                    if why != Some(UnavailableWhy::NotTested))
            })
            .map(|t| Endpoint {
                transport: t.transport,
                port: t.port,
            })
            .collect()
    });
    // The ports this browser cannot test at all (UDP without WebRTC).
    let unsupported: Vec<Endpoint> = results
        .egress
        .iter()
        .filter(|r| r.state == EgressState::Unsupported)
        .map(|r| Endpoint {
            transport: r.transport,
            port: r.port,
        })
        .collect();
    let context = audience::Context {
        evidence: &evidence,
        catalog,
        unavailable: &unavailable,
        unsupported: &unsupported,
        only_other_reached,
    };
    let phone = egress.and_then(|e| e.phone);
    let nat = egress.and_then(|e| e.nat);
    catalog
        .features
        .iter()
        .map(|rule| {
            let mut verdict = audience::judge_feature(rule, &context, phone);
            if matches!(rule.feature, Feature::LiveView | Feature::TwoWayAudio) {
                verdict.nat = nat;
            }
            verdict
        })
        .collect()
}

#[cfg(not(target_arch = "wasm32"))]
/// What the report says of each address family beside its verdicts (see
/// [`families::judge_families`]).
pub fn family_judgement(
    catalog: &Catalog,
    probes: &[ProbeResult],
    egress: Option<&EgressReport>,
    plan: Option<&CheckPlan>,
) -> Option<FamilyJudgement> {
    let all_egress = egress.map_or(&[][..], |e| &e.results);
    // A plan that named both, whose browser's results never came.
    let planned = egress.is_none() && plan.is_some_and(|plan| !plan.families.is_empty());
    families::judge_families(catalog, probes, all_egress, planned, |results| {
        verdicts_of(catalog, results, egress, plan, None)
            .into_iter()
            .map(|v| v.verdict)
            .collect()
    })
}

/// The overall verdict people read first: the worst that was tested, or `None` when
/// nothing could be.
pub fn overall(verdicts: &[FeatureVerdict]) -> Option<Verdict> {
    verdicts
        .iter()
        .map(|v| v.verdict)
        .filter(|v| *v != Verdict::NotTested)
        .max()
}

//! A dual-stack report: which address family's results the verdicts read (the one Ring
//! documents for its devices), and what the other family's results say beside them.
//!
//! A report tells the families apart when its browser results carry one (the server
//! named a host per family), or when it probed addresses of both. Older reports, and
//! those of a server that names none, are judged on all their results, as before; when
//! those were all IPv6, the report says the documented family was not tested.

use serde::{Deserialize, Serialize};

use super::Verdict;
// The server judges; the app reads the words.
#[cfg(not(target_arch = "wasm32"))]
use super::{Evidence, Reading, evidence::PortLabel};
#[cfg(not(target_arch = "wasm32"))]
use crate::catalog::{Endpoint, Feature};
use crate::{
    catalog::Catalog,
    check::ProbeResult,
    egress::{EgressResult, EgressState},
    family::AddressFamily,
};

/// One family's results; in a report that does not tell families apart, all of them.
#[derive(Clone, Debug, Default)]
pub struct FamilyResults {
    /// `None` when the results' family is not known (an older report).
    pub family: Option<AddressFamily>,
    pub probes: Vec<ProbeResult>,
    pub egress: Vec<EgressResult>,
}

impl FamilyResults {
    /// Whether the browser reached Ring Check at least once.
    pub fn reached(&self) -> bool {
        self.egress.iter().any(|r| r.state == EgressState::Reached)
    }
}

/// Whether the results tell the families apart: the browser's carry one, or the probes
/// went to addresses of both.
pub fn told_apart(probes: &[ProbeResult], egress: &[EgressResult]) -> bool {
    let mut probed = probes.iter().filter_map(|p| p.family);
    let first = probed.next();
    egress.iter().any(|r| r.family.is_some()) || probed.any(|family| Some(family) != first)
}

/// The results the verdicts are judged on: the documented family's when the report tells
/// the families apart, else all of them.
pub fn judged_results(
    catalog: &Catalog,
    probes: &[ProbeResult],
    egress: &[EgressResult],
) -> FamilyResults {
    if told_apart(probes, egress) {
        return family_results(catalog.documented_family.family, probes, egress);
    }
    let mut families = probes.iter().map(|p| p.family);
    let first = families.next().flatten();
    FamilyResults {
        family: families.all(|f| f == first).then_some(first).flatten(),
        probes: probes.to_vec(),
        egress: egress.to_vec(),
    }
}

/// The results of `family` alone.
pub fn family_results(
    family: AddressFamily,
    probes: &[ProbeResult],
    egress: &[EgressResult],
) -> FamilyResults {
    FamilyResults {
        family: Some(family),
        probes: probes
            .iter()
            .filter(|p| p.family == Some(family))
            .cloned()
            .collect(),
        egress: egress
            .iter()
            .filter(|r| r.family == Some(family))
            .cloned()
            .collect(),
    }
}

/// The other family, when it got through where the judged one got nothing out at all:
/// the judged family is unreachable from this network, not Ring Check.
pub fn only_other_reached(
    catalog: &Catalog,
    probes: &[ProbeResult],
    egress: &[EgressResult],
) -> Option<AddressFamily> {
    if !told_apart(probes, egress) {
        return None;
    }
    let documented = catalog.documented_family.family;
    let other = documented.other();
    let judged = family_results(documented, probes, egress);
    (!judged.reached() && family_results(other, probes, egress).reached()).then_some(other)
}

/// What a report says of each address family, beside the verdicts.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FamilyJudgement {
    /// The family Ring documents for its devices; the verdicts are judged on it whenever
    /// the check tested it.
    pub documented: AddressFamily,
    /// Why that family, from the catalogue.
    pub note: String,
    /// Each family the check tested, the one the verdicts are judged on first (the page
    /// shows the sentences instead).
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub families: Vec<FamilyOutcome>,
    #[cfg(not(target_arch = "wasm32"))]
    /// What the families mean together, as data: where they differ, or one missing.
    /// Empty when there is nothing to say (a home reached over the documented family
    /// only).
    #[serde(skip)]
    pub notes: Vec<FamilyNote>,
    /// The notes in the reader's language (empty until worded).
    #[serde(default)]
    pub sentences: Vec<String>,
}

#[cfg(not(target_arch = "wasm32"))]
/// One thing the families mean together; `documented` is the family Ring documents for
/// its devices, `other` the other one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FamilyNote {
    /// A report that does not tell families apart reached the home over `tested` only;
    /// `planned`: the plan named both, but the browser's results never came.
    OnlyOneTested {
        tested: AddressFamily,
        documented: AddressFamily,
        planned: bool,
    },
    /// Nothing got through over `documented`; `other` reached Ring Check.
    OnlyOtherReached {
        documented: AddressFamily,
        other: AddressFamily,
    },
    /// `other` lets `ports` through, `documented` does not.
    BetterOnOther {
        documented: AddressFamily,
        other: AddressFamily,
        ports: Vec<PortLabel>,
    },
    /// `other` blocks `ports`, which `documented` lets through.
    WorseOnOther {
        documented: AddressFamily,
        other: AddressFamily,
        ports: Vec<PortLabel>,
    },
    /// Both reached Ring Check and let the same Ring ports through.
    Alike {
        documented: AddressFamily,
        other: AddressFamily,
    },
    /// On `family` alone, `features` would work.
    WouldWorkOn {
        family: AddressFamily,
        features: Vec<Feature>,
    },
}

/// One family as the check found it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FamilyOutcome {
    pub family: AddressFamily,
    /// The verdicts are judged on this family's results.
    pub judged: bool,
    /// The browser reached Ring Check over it at least once.
    pub reached: bool,
    /// Each feature's verdict on this family's results alone, in the order of the
    /// report's verdicts (the catalogue's); a list of verdicts rather than of pairs keeps
    /// the page small.
    pub verdicts: Vec<Verdict>,
}

#[cfg(not(target_arch = "wasm32"))]
/// What the check found per family, or `None` when there is nothing to tell (a report
/// that does not tell families apart and was not all IPv6). `planned` says the check's
/// plan named a host per family but the browser's results did not come; `verdicts_of`
/// judges one family's results.
pub fn judge_families(
    catalog: &Catalog,
    probes: &[ProbeResult],
    egress: &[EgressResult],
    planned: bool,
    verdicts_of: impl Fn(&FamilyResults) -> Vec<Verdict>,
) -> Option<FamilyJudgement> {
    let documented = catalog.documented_family.family;
    let outcome = |results: &FamilyResults, family: AddressFamily, judged: bool| FamilyOutcome {
        family,
        judged,
        reached: results.reached(),
        verdicts: verdicts_of(results),
    };
    let mut notes = Vec::new();
    let families: Vec<FamilyOutcome> = if told_apart(probes, egress) {
        let ours = family_results(documented, probes, egress);
        let theirs = family_results(documented.other(), probes, egress);
        notes.extend(compare(catalog, &ours, &theirs));
        let families: Vec<FamilyOutcome> = [(ours, true), (theirs, false)]
            .into_iter()
            .filter(|(results, _)| !results.egress.is_empty() || !results.probes.is_empty())
            .map(|(results, judged)| {
                let family = results.family.unwrap_or(documented);
                outcome(&results, family, judged)
            })
            .collect();
        notes.extend(better_features(catalog, &families));
        families
    } else {
        let all = judged_results(catalog, probes, egress);
        let family = all.family.filter(|family| *family != documented)?;
        notes.push(FamilyNote::OnlyOneTested {
            tested: family,
            documented,
            planned,
        });
        vec![outcome(&all, family, true)]
    };
    Some(FamilyJudgement {
        documented,
        note: catalog.documented_family.note.clone(),
        families,
        notes,
        sentences: Vec::new(),
    })
}

#[cfg(not(target_arch = "wasm32"))]
/// "On IPv6 alone, motion and ding notifications and Ring Alarm would work.": the
/// features the other family would let work where the documented one does not, when
/// both got through to us.
fn better_features(catalog: &Catalog, families: &[FamilyOutcome]) -> Option<FamilyNote> {
    let [ours, theirs] = families else {
        return None;
    };
    if !(ours.reached && theirs.reached) {
        return None;
    }
    let better: Vec<Feature> = catalog
        .features
        .iter()
        .zip(ours.verdicts.iter().zip(&theirs.verdicts))
        .filter(|(_, (ours, theirs))| {
            **theirs == Verdict::Works && matches!(ours, Verdict::AtRisk | Verdict::Blocked)
        })
        .map(|(rule, _)| rule.feature)
        .collect();
    (!better.is_empty()).then_some(FamilyNote::WouldWorkOn {
        family: theirs.family,
        features: better,
    })
}

#[cfg(not(target_arch = "wasm32"))]
/// Sentences comparing the documented family's results (`ours`) with the other's.
fn compare(catalog: &Catalog, ours: &FamilyResults, theirs: &FamilyResults) -> Vec<FamilyNote> {
    let (Some(documented), Some(other)) = (ours.family, theirs.family) else {
        return Vec::new();
    };
    match (ours.reached(), theirs.reached()) {
        (false, true) => {
            return vec![FamilyNote::OnlyOtherReached { documented, other }];
        }
        (true, true) => {}
        // Only the documented family reached us (most homes), or neither: nothing to add.
        _ => return Vec::new(),
    }
    let ours_evidence = Evidence::new(catalog, &ours.probes, &ours.egress);
    let theirs_evidence = Evidence::new(catalog, &theirs.probes, &theirs.egress);
    let mut better_there = Vec::new();
    let mut worse_there = Vec::new();
    for endpoint in outbound_endpoints(catalog, ours, theirs) {
        match (
            ours_evidence.endpoint(endpoint),
            theirs_evidence.endpoint(endpoint),
        ) {
            (here, Reading::Passes) if here.is_blocked() => better_there.push(endpoint),
            (Reading::Passes, there) if there.is_blocked() => worse_there.push(endpoint),
            _ => {}
        }
    }
    let mut notes = Vec::new();
    if !better_there.is_empty() {
        notes.push(FamilyNote::BetterOnOther {
            documented,
            other,
            ports: ours_evidence.port_labels(&better_there, catalog),
        });
    }
    if !worse_there.is_empty() {
        notes.push(FamilyNote::WorseOnOther {
            documented,
            other,
            ports: theirs_evidence.port_labels(&worse_there, catalog),
        });
    }
    if notes.is_empty() {
        notes.push(FamilyNote::Alike { documented, other });
    }
    notes
}

#[cfg(not(target_arch = "wasm32"))]
/// Every outbound Ring port either family tested, in the order the results came: the
/// browser's, then the probes' (the app's listening ports, inbound only, apart).
fn outbound_endpoints(
    catalog: &Catalog,
    ours: &FamilyResults,
    theirs: &FamilyResults,
) -> Vec<Endpoint> {
    let mut endpoints: Vec<Endpoint> = Vec::new();
    let egress = ours.egress.iter().chain(&theirs.egress);
    let probes = ours.probes.iter().chain(&theirs.probes);
    let found = egress
        .map(|r| Endpoint {
            transport: r.transport,
            port: r.port,
        })
        .chain(
            probes
                .filter(|p| !super::evidence::Entries::inbound_only(catalog, &p.entry))
                .map(|p| Endpoint {
                    transport: p.transport,
                    port: p.port,
                }),
        );
    for endpoint in found {
        if !endpoints.contains(&endpoint) {
            endpoints.push(endpoint);
        }
    }
    endpoints
}

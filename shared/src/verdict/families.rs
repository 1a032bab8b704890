//! A dual-stack report: which address family's results the verdicts read (the one Ring
//! documents for its devices), and what the other family's results say beside them.
//!
//! A report tells the families apart when its browser results carry one (the server
//! named a host per family), or when it probed addresses of both. Older reports, and
//! those of a server that names none, are judged on all their results, as before; when
//! those were all IPv6, the report says the documented family was not tested.

use serde::{Deserialize, Serialize};

use super::{Evidence, Reading, Verdict};
use crate::{
    catalog::{Catalog, Endpoint},
    check::ProbeResult,
    egress::{EgressResult, EgressState},
    family::AddressFamily,
    text::and_list,
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

/// What to do when nothing got through over `documented` (the family Ring's devices are
/// documented to use) while the other family reached Ring Check.
pub fn unreached_step(documented: AddressFamily) -> String {
    let d = documented.label();
    format!(
        "Ask your internet provider whether your line has {d} internet access; if it does, \
         something on your network blocks {d} entirely."
    )
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
    /// What the families mean together: where they differ, or one missing. Empty when
    /// there is nothing to say (a home reached over the documented family only).
    pub sentences: Vec<String>,
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
    let mut sentences = Vec::new();
    let families: Vec<FamilyOutcome> = if told_apart(probes, egress) {
        let ours = family_results(documented, probes, egress);
        let theirs = family_results(documented.other(), probes, egress);
        sentences.extend(compare(catalog, &ours, &theirs));
        let families: Vec<FamilyOutcome> = [(ours, true), (theirs, false)]
            .into_iter()
            .filter(|(results, _)| !results.egress.is_empty() || !results.probes.is_empty())
            .map(|(results, judged)| {
                let family = results.family.unwrap_or(documented);
                outcome(&results, family, judged)
            })
            .collect();
        sentences.extend(better_features(catalog, &families));
        families
    } else {
        let all = judged_results(catalog, probes, egress);
        let family = all.family.filter(|family| *family != documented)?;
        let (tested, documented) = (family.label(), documented.label());
        sentences.push(if planned {
            // The plan named both, but the browser's results never came.
            format!(
                "This check reached your network over {tested} only, as your browser's own \
                 results did not arrive: Ring's devices are documented to use {documented}, \
                 so they may see other results. Run the check again to test both."
            )
        } else {
            format!(
                "This check reached your network over {tested} only: Ring's devices are \
                 documented to use {documented}, which this Ring Check server is not set up \
                 to test apart, so your Ring devices may see other results."
            )
        });
        vec![outcome(&all, family, true)]
    };
    Some(FamilyJudgement {
        documented,
        note: catalog.documented_family.note.clone(),
        families,
        sentences,
    })
}

/// "On IPv6 alone, motion and ding notifications and Ring Alarm would work.": the
/// features the other family would let work where the documented one does not, when
/// both got through to us.
fn better_features(catalog: &Catalog, families: &[FamilyOutcome]) -> Option<String> {
    let [ours, theirs] = families else {
        return None;
    };
    if !(ours.reached && theirs.reached) {
        return None;
    }
    let better: Vec<String> = catalog
        .features
        .iter()
        .zip(ours.verdicts.iter().zip(&theirs.verdicts))
        .filter(|(_, (ours, theirs))| {
            **theirs == Verdict::Works && matches!(ours, Verdict::AtRisk | Verdict::Blocked)
        })
        .map(|(rule, _)| rule.feature.in_sentence().to_owned())
        .collect();
    (!better.is_empty()).then(|| {
        format!(
            "On {} alone, {} would work.",
            theirs.family.label(),
            and_list(&better)
        )
    })
}

/// Sentences comparing the documented family's results (`ours`) with the other's.
fn compare(catalog: &Catalog, ours: &FamilyResults, theirs: &FamilyResults) -> Vec<String> {
    let (Some(documented), Some(other)) = (ours.family, theirs.family) else {
        return Vec::new();
    };
    let (d, o) = (documented.label(), other.label());
    match (ours.reached(), theirs.reached()) {
        (false, true) => {
            return vec![format!(
                "Your network reached Ring Check only over {o}: nothing got through over {d}, \
                 which Ring's devices are documented to use, so this check cannot tell \
                 whether they can connect. {}",
                unreached_step(documented)
            )];
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
    let mut sentences = Vec::new();
    if !better_there.is_empty() {
        let ports = grouped(&ours_evidence.port_labels(&better_there, catalog));
        sentences.push(format!(
            "Your {o} lets {ports} through but your {d} does not, and {d} is what Ring's \
             devices are documented to use: the verdicts are judged on {d}."
        ));
    }
    if !worse_there.is_empty() {
        let ports = grouped(&theirs_evidence.port_labels(&worse_there, catalog));
        sentences.push(format!(
            "Your {o} blocks {ports}, which your {d} lets through. Ring's devices are \
             documented to use {d}, so this does not affect them today."
        ));
    }
    if sentences.is_empty() {
        sentences.push(format!(
            "Your network reached Ring Check over both {d} and {o}, and both let the same \
             Ring ports through. The verdicts are judged on {d}, which Ring's devices are \
             documented to use."
        ));
    }
    sentences
}

/// Port labels as a sentence says them, plain ports of one transport together: "TCP
/// 9998 and 9999", "TCP 80 and 8557, and UDP 16500–40000 (…)".
fn grouped(labels: &[String]) -> String {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for label in labels {
        let plain = label
            .split_once(' ')
            .filter(|(_, port)| port.bytes().all(|b| b.is_ascii_digit()));
        match plain {
            Some((transport, port)) => match groups.iter_mut().find(|(t, _)| t == transport) {
                Some((_, ports)) => ports.push(port.to_owned()),
                None => groups.push((transport.to_owned(), vec![port.to_owned()])),
            },
            None => groups.push((label.clone(), Vec::new())),
        }
    }
    let groups: Vec<String> = groups
        .into_iter()
        .map(|(head, ports)| {
            if ports.is_empty() {
                head
            } else {
                format!("{head} {}", and_list(&ports))
            }
        })
        .collect();
    match groups.as_slice() {
        [rest @ .., last] if !rest.is_empty() => format!("{}, and {last}", rest.join(", ")),
        _ => groups.concat(),
    }
}

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

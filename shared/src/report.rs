//! A finished check as it is stored and shared, and what it means: the verdicts, the
//! advice and the summary are made here from its results, by the server when it sends it.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::{
    catalog::Catalog,
    check::{CheckId, CheckPlan, ProbeResult, ProbedAddress},
    egress::{EgressReport, EgressResult},
    judgement::Judgement,
};
// The server judges; the app reads the words.
#[cfg(not(target_arch = "wasm32"))]
use crate::{
    advice::Advice,
    verdict::{
        FeatureVerdict,
        families::{judged_results, only_other_reached},
        family_judgement, planned_verdicts,
    },
};

/// A report's judgement as HTML in the reader's language, written by the server for the
/// app to show as it is (`GET /api/reports/{id}/view`): the app carries neither a reader
/// for the judgement's words nor the code that lays them out.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportView {
    /// The verdicts with each path, and what the address families mean.
    pub summary: String,
    /// What to do: the router, the provider and the message for it.
    pub fix: String,
    /// The video upload test's verdict, words and chart; empty when none was run.
    #[serde(default)]
    pub upload: String,
}

/// A finished check, as stored and shared. The address is masked.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Report {
    pub id: CheckId,
    /// RFC 3339, UTC.
    pub created_at: String,
    /// RFC 3339, UTC; the report is deleted after this.
    pub expires_at: String,
    /// The catalogue version the probes were planned from (see `GET /api/catalog`).
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub catalog_version: u32,
    /// The probed address with its host part hidden, e.g. `203.0.113.xxx`.
    pub target: String,
    pub local_mode: bool,
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub duration_ms: u64,
    /// Every probe's result, in the order of the plan, each address's in turn; the inputs
    /// of the verdicts.
    pub probes: Vec<ProbeResult>,
    /// Every address probed back, with its family, the request's own (`target`) first;
    /// absent in reports from before address families.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub probed: Vec<ProbedAddress>,
    /// What the visitor's browser found outward, once it has submitted its results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress: Option<EgressReport>,
    /// What the check set out to test; absent in reports from before plans were stored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<CheckPlan>,
    /// The video upload test's figures, when the visitor ran one after the check.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub upload: Option<crate::upload::UploadFigures>,
    /// What it means, judged by the server when it sends the report (never stored).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub judgement: Option<Judgement>,
}

impl Report {
    /// The browser's outward results; empty when it sent none.
    pub fn egress_results(&self) -> &[EgressResult] {
        self.egress.as_ref().map_or(&[], |e| &e.results)
    }

    /// The stored plan, or for an older report the one rebuilt from its results.
    pub fn plan(&self, catalog: &Catalog) -> Cow<'_, CheckPlan> {
        match &self.plan {
            Some(plan) => Cow::Borrowed(plan),
            None => Cow::Owned(CheckPlan::rebuilt(
                catalog,
                &self.probes,
                self.egress_results(),
            )),
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    /// The verdict for every feature of `catalog`; the plan says which ports our own
    /// test servers could not test.
    pub fn verdicts(&self, catalog: &Catalog) -> Vec<FeatureVerdict> {
        planned_verdicts(
            catalog,
            &self.probes,
            self.egress.as_ref(),
            self.plan.as_ref(),
        )
    }

    #[cfg(not(target_arch = "wasm32"))]
    /// What the report means by `catalog`'s rules, as data: the server words it for its
    /// reader (the verdicts' reasons, the advice's texts, the summary). `catalog` is the
    /// catalogue worded in the reader's language: the names inside the reasons (paths,
    /// parts, caveats) are its.
    pub fn judge(&self, catalog: &Catalog) -> Judgement {
        let verdicts = self.verdicts(catalog);
        // Advice is for the family the verdicts are judged on.
        let judged = judged_results(catalog, &self.probes, self.egress_results());
        let families = family_judgement(
            catalog,
            &self.probes,
            self.egress.as_ref(),
            self.plan.as_ref(),
        );
        let mut advice = Advice::new(&judged.probes, &judged.egress, &verdicts, catalog);
        // Our servers answered over the other family: the judged one is the network's.
        if families
            .as_ref()
            .is_some_and(|f| f.families.iter().any(|outcome| outcome.reached))
        {
            advice.nothing_got_out = false;
        }
        if only_other_reached(catalog, &self.probes, self.egress_results()).is_some() {
            advice.unreached = Some(catalog.documented_family.family);
        }
        Judgement {
            catalog_version: catalog.version,
            verdicts,
            advice,
            summary: String::new(),
            families,
            upload: None,
        }
    }
}

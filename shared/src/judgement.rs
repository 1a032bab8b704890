//! What a report means, as the server sends it with every report: the verdicts, what to
//! do, and the plain-text summary (made by `Report::judge`). Judged when the report is
//! sent, against the server's catalogue, and never stored, so an old report is read by
//! today's rules.

use serde::{Deserialize, Serialize};

use crate::{
    advice::Advice,
    verdict::{FamilyJudgement, FeatureVerdict},
};

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Judgement {
    /// The catalogue the verdicts come from (the report's own `catalog_version` says
    /// which one planned its tests).
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub catalog_version: u32,
    /// One per Ring feature, in the catalogue's order (the app shows them as the server's
    /// HTML, `ReportView`, and skips them).
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub verdicts: Vec<FeatureVerdict>,
    pub advice: Advice,
    /// The whole result as plain text, for a support ticket, in the reader's language
    /// (empty until worded).
    #[serde(default)]
    pub summary: String,
    /// Each address family the check tested and what they mean together; absent when the
    /// check could not tell families apart and has nothing to say of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub families: Option<FamilyJudgement>,
    /// The video upload test's verdict and words, when the visitor ran one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub upload: Option<crate::upload::UploadResult>,
}

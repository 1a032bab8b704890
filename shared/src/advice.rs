//! What a report asks the customer to do, as data made from the verdicts: the ports to
//! open, the features that suffer, whether to tell the provider. Every item follows from
//! the verdicts; none is said regardless of them. The server words it (the message for
//! the internet provider, the plain summary) in the reader's language.

use serde::{Deserialize, Serialize};

use crate::catalog::Guidance;
// The server judges; the app reads the words.
#[cfg(not(target_arch = "wasm32"))]
use crate::{
    catalog::{Catalog, Feature},
    check::ProbeResult,
    egress::EgressResult,
    family::AddressFamily,
    verdict::{Evidence, FeatureVerdict, Verdict, evidence::PortLabel},
};

/// What a report asks the customer to do. The app reads only `nothing_got_out`: the
/// rest it shows as the server's HTML (`ReportView`), so its Wasm skips them.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Advice {
    #[cfg(not(target_arch = "wasm32"))]
    /// Outbound Ring ports found blocked, as data.
    #[serde(skip)]
    pub blocked_ports: Vec<PortLabel>,
    #[cfg(not(target_arch = "wasm32"))]
    /// Ports something on the way answered in the server's place, as data.
    #[serde(skip)]
    pub intercepted_ports: Vec<PortLabel>,
    /// `blocked_ports` in words: "TCP 8557", "UDP 16500–65000 (all 16 ports tested)".
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub blocked: Vec<String>,
    /// `intercepted_ports` in words.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub intercepted: Vec<String>,
    #[cfg(not(target_arch = "wasm32"))]
    /// The features that suffer, with their verdicts, in the verdicts' order.
    #[serde(skip)]
    pub affected_features: Vec<(Feature, Verdict)>,
    /// `affected_features` in words: "Live View video (at risk)".
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub affected: Vec<String>,
    /// `affected` as one list, as a sentence says it: "a, b and c".
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub affected_list: String,
    /// The article's symptom, when the verdicts say it is what the customer sees.
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub symptom: Option<String>,
    #[cfg(not(target_arch = "wasm32"))]
    /// The family the browser's results came over, which the provider hears of.
    #[serde(skip)]
    pub family: Option<AddressFamily>,
    /// A ready message for the provider, when something was found blocked (worded by
    /// the server).
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub isp_message: Option<String>,
    /// The browser reached none of Ring Check's own test servers: likely our fault, so
    /// nothing is blamed on the network; try again later.
    pub nothing_got_out: bool,
    #[cfg(not(target_arch = "wasm32"))]
    /// Nothing got through over this family, which Ring's devices are documented to use,
    /// while the other reached Ring Check: ask whether the line has it at all.
    #[serde(skip)]
    pub unreached: Option<AddressFamily>,
    /// `unreached` in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub documented_unreached: Option<String>,
    /// The catalogue's general advice: the router first, then the provider.
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub guidance: Guidance,
}

#[cfg(not(target_arch = "wasm32"))]
impl Advice {
    /// From a check's probes, the browser's results and the verdicts made of them (of
    /// the family the verdicts are judged on, when the check told families apart).
    pub fn new(
        probes: &[ProbeResult],
        egress: &[EgressResult],
        verdicts: &[FeatureVerdict],
        catalog: &Catalog,
    ) -> Self {
        let evidence = Evidence::new(catalog, probes, egress);
        // Nothing to fix while every feature works (a blocked SIP port is no news while
        // Live View works directly); once something does not, every blocked Ring port
        // is worth opening, and the provider hears of them all.
        let something_wrong = verdicts
            .iter()
            .any(|v| matches!(v.verdict, Verdict::AtRisk | Verdict::Blocked));
        let (blocked_ports, intercepted_ports) = if something_wrong {
            (
                evidence.port_labels(&evidence.blocked_ports(), catalog),
                evidence.port_labels(&evidence.intercepted_ports(), catalog),
            )
        } else {
            (Vec::new(), Vec::new())
        };
        let affected_features = verdicts
            .iter()
            .filter(|v| matches!(v.verdict, Verdict::Blocked | Verdict::AtRisk))
            .map(|v| (v.feature, v.verdict))
            .collect();
        let verdict_of = |feature| {
            verdicts
                .iter()
                .find(|v| v.feature == feature)
                .map(|v| v.verdict)
        };
        // The article's words: Live View fails while notifications still arrive.
        let symptom = (verdict_of(Feature::LiveView) == Some(Verdict::Blocked)
            && verdict_of(Feature::Notifications) != Some(Verdict::Blocked))
        .then(|| catalog.guidance.symptom.clone());
        Self {
            blocked_ports,
            intercepted_ports,
            blocked: Vec::new(),
            intercepted: Vec::new(),
            affected_features,
            affected: Vec::new(),
            affected_list: String::new(),
            symptom,
            family: egress.iter().find_map(|r| r.family),
            isp_message: None,
            nothing_got_out: evidence.nothing_got_out(),
            unreached: None,
            documented_unreached: None,
            guidance: catalog.guidance.clone(),
        }
    }

    /// Whether the provider is to hear of it: something was found blocked or answered
    /// by something else on the way.
    pub fn tells_provider(&self) -> bool {
        !(self.blocked_ports.is_empty() && self.intercepted_ports.is_empty())
    }
}

impl Advice {
    /// Whether the check found anything to change (once worded, as the app reads it).
    pub fn is_empty(&self) -> bool {
        self.blocked.is_empty() && self.intercepted.is_empty()
    }
}

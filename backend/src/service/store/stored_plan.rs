//! A check's plan as its report is stored: the catalogue version it was made from and
//! only what that catalogue does not already say: the ports of the sampled range the
//! browser tested, and the tests this server served on another port or not at all (and
//! why, as a code). The whole plan repeats every entry's name and source, several
//! kilobytes a report; this is a few hundred bytes. It is expanded back only by a build
//! that expands it to the same plan: one whose catalogue and plan-making code make the
//! same plans, as a fingerprint of what they make says (a catalogue's version changes
//! only when its meaning does; a renamed entry changes the fingerprint too). A plan
//! stored before reasons were codes, with their English, still expands: see
//! [`BEFORE_CODES`].

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use ringcheck_shared::{
    catalog::{Catalog, Transport},
    check::{CheckPlan, PlannedProbe, probe_back_plan},
    egress::{EgressMethod, EgressTarget, Served, UnavailableWhy, egress_targets},
    family::AddressFamily,
    port::{Port, PortSpec},
};

/// A [`CheckPlan`] as stored: see the module's comment.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct StoredPlan {
    /// The catalogue version the plan was made from.
    pub catalog_version: u32,
    /// What this build's catalogue and code make of plans ([`fingerprint`]): it expands
    /// only where they make the same.
    pub fingerprint: u64,
    /// The server's probes, only when they are not the catalogue's probe-back plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    probes: Option<Vec<PlannedProbe>>,
    /// The ports of the sampled range (the media range) the browser tested.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    sample: Vec<Port>,
    /// Each browser test not served on its own Ring port.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    exceptions: Vec<Exception>,
    /// In a plan stored before reasons were codes: the English of the exceptions'
    /// reasons, each once. Read, never written.
    #[serde(default, skip_serializing)]
    reasons: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    families: Vec<AddressFamily>,
}

/// A browser test served on another public port, or not testable here, and why.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
struct Exception {
    transport: Transport,
    port: Port,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    public_port: Option<Port>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    why: Option<UnavailableWhy>,
    /// In a plan stored before reasons were codes: an index into
    /// [`StoredPlan::reasons`]. Read, never written.
    #[serde(default, skip_serializing)]
    reason: Option<usize>,
}

impl StoredPlan {
    /// `plan` as stored, made from `catalog`; `None` when it cannot be expanded back
    /// exactly (a plan not made from this catalogue), so the whole plan is stored instead.
    pub fn of(plan: &CheckPlan, catalog: &Catalog) -> Option<Self> {
        let probes = (plan.probes != probe_back_plan(catalog)).then(|| plan.probes.clone());
        let mut sample: Vec<Port> = Vec::new();
        let mut exceptions = Vec::new();
        for target in &plan.egress {
            let in_range = catalog
                .entry(target.entry.as_str())
                .is_some_and(|entry| matches!(entry.ports, PortSpec::Range { .. }));
            if in_range && !sample.contains(&target.port) {
                sample.push(target.port);
            }
            let exception = |public_port, why| Exception {
                transport: target.transport,
                port: target.port,
                public_port,
                why,
                reason: None,
            };
            match &target.method {
                EgressMethod::Beacon { public_port } | EgressMethod::Stun { public_port }
                    if *public_port != target.port =>
                {
                    exceptions.push(exception(Some(*public_port), None));
                }
                // A reason without a code, or with words, is not stored this way.
                EgressMethod::Unavailable { why, .. } => exceptions.push(exception(None, *why)),
                // Served on its own port, or never testable: the catalogue says so.
                _ => {}
            }
        }
        let stored = Self {
            catalog_version: catalog.version,
            fingerprint: fingerprint(catalog),
            probes,
            sample,
            exceptions,
            reasons: Vec::new(),
            families: plan.families.clone(),
        };
        (stored.expand(catalog).as_ref() == Some(plan)).then_some(stored)
    }

    /// The whole plan, when this build makes plans from `catalog` as the one that stored
    /// it did; `None` otherwise (the report's plan is then rebuilt from its results, as
    /// for a report stored before plans were).
    pub fn expand(&self, catalog: &Catalog) -> Option<CheckPlan> {
        let own = fingerprint(catalog);
        let same_plans = own == self.fingerprint
            || (self.fingerprint, own) == (BEFORE_CODES.before, BEFORE_CODES.since);
        if catalog.version != self.catalog_version || !same_plans {
            return None;
        }
        Some(self.expanded(catalog))
    }

    /// The whole plan `catalog` and this build's code make of it.
    fn expanded(&self, catalog: &Catalog) -> CheckPlan {
        let probes = self
            .probes
            .clone()
            .unwrap_or_else(|| probe_back_plan(catalog));
        let mut egress: Vec<EgressTarget> =
            egress_targets(catalog, &self.sample, |transport, port| {
                self.served(transport, port)
            });
        // Reasons stored as English, before they were codes, stay as they were.
        for target in &mut egress {
            if let Some(english) = self.exception(target.transport, target.port).and_then(|e| {
                let index = e.reason.filter(|_| e.why.is_none())?;
                self.reasons.get(index)
            }) {
                target.method = EgressMethod::Unavailable {
                    why: None,
                    reason: english.clone(),
                };
            }
        }
        CheckPlan::new(catalog, probes, egress).with_families(self.families.clone())
    }

    fn exception(&self, transport: Transport, port: Port) -> Option<&Exception> {
        self.exceptions
            .iter()
            .find(|e| e.transport == transport && e.port == port)
    }

    /// Where the stored plan says the browser test of `port` over `transport` was served
    /// (for a reason stored as English, any: [`Self::expanded`] puts the English back).
    fn served(&self, transport: Transport, port: Port) -> Served {
        match self.exception(transport, port) {
            None => Ok(port),
            Some(Exception {
                public_port: Some(public),
                ..
            }) => Ok(*public),
            Some(Exception { why, .. }) => Err(why.unwrap_or(UnavailableWhy::NotTested)),
        }
    }
}

/// The fingerprints of the last build that stored the reasons of a plan as English, and
/// of this build, for the catalogue they share: a plan that build stored expands in this
/// one, its reasons English, while this build makes the plans it made then (the reasons
/// aside). Once the catalogue or the plans change, plans stored before then expand no
/// more, as ever, and these can go, with the test that reads such a plan.
const BEFORE_CODES: Fingerprints = Fingerprints {
    before: 0xb5cc_1542_d09c_2f7e,
    since: 0xd999_622a_88c3_e594,
};

struct Fingerprints {
    before: u64,
    since: u64,
}

/// A fingerprint of the plans this build makes from `catalog`: FNV-1a of the JSON of a
/// plan expanded from a stored one that uses every part of the expansion (every entry,
/// a sampled port, a test served on another port, one not testable here, both
/// families). Any change to the catalogue's names or to the code that makes plans from
/// it changes the fingerprint. Computed once for the build's own catalogue.
fn fingerprint(catalog: &Catalog) -> u64 {
    static OWN: LazyLock<u64> =
        LazyLock::new(|| of_expansion(ringcheck_shared::catalog::catalog()));
    if std::ptr::eq(catalog, ringcheck_shared::catalog::catalog()) {
        *OWN
    } else {
        of_expansion(catalog)
    }
}

fn of_expansion(catalog: &Catalog) -> u64 {
    let first_sampled = catalog.entries.iter().find_map(|entry| match entry.ports {
        PortSpec::Range { first, .. } => Some(first),
        PortSpec::List { .. } => None,
    });
    let every_part = StoredPlan {
        catalog_version: catalog.version,
        fingerprint: 0,
        probes: None,
        sample: first_sampled.into_iter().collect(),
        exceptions: vec![
            Exception {
                transport: Transport::Tcp,
                port: Port::known(443),
                public_port: Some(Port::known(8443)),
                why: None,
                reason: None,
            },
            Exception {
                transport: Transport::Udp,
                port: Port::known(15063),
                public_port: None,
                why: Some(UnavailableWhy::NotAnswering),
                reason: None,
            },
        ],
        reasons: Vec::new(),
        families: vec![AddressFamily::Ipv4, AddressFamily::Ipv6],
    };
    let json = serde_json::to_vec(&every_part.expanded(catalog)).unwrap_or_default();
    json.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ringcheck_shared::catalog::catalog;

    /// A plan as a server makes one: every port served on its own, but for the ports
    /// below 1024 on other public ports and the STUN ports while shedding.
    fn served_plan(sample: &[Port]) -> CheckPlan {
        let egress = egress_targets(catalog(), sample, |transport, port| {
            match (transport, port.get()) {
                (Transport::Tcp, low) if low < 1024 => Ok(Port::known(low + 9000)),
                (Transport::Udp, 3478 | 19302) => Err(UnavailableWhy::Busy),
                (Transport::Tcp, 9999) => Err(UnavailableWhy::NotAnswering),
                _ => Ok(port),
            }
        });
        CheckPlan::new(catalog(), probe_back_plan(catalog()), egress)
            .with_families(vec![AddressFamily::Ipv4, AddressFamily::Ipv6])
    }

    fn sample() -> Vec<Port> {
        (0..16).map(|i| Port::known(20000 + i * 900)).collect()
    }

    #[test]
    fn a_stored_plan_expands_to_exactly_the_plan_and_is_a_fraction_of_its_size() {
        let plan = served_plan(&sample());
        let stored = StoredPlan::of(&plan, catalog()).expect("made from this catalogue");
        assert_eq!(stored.expand(catalog()).as_ref(), Some(&plan));
        let (whole, compact) = (
            serde_json::to_string(&plan).unwrap().len(),
            serde_json::to_string(&stored).unwrap().len(),
        );
        assert!(
            compact * 5 < whole,
            "stored {compact} bytes for a plan of {whole}"
        );
        // And through JSON, as it is read back.
        let read: StoredPlan =
            serde_json::from_str(&serde_json::to_string(&stored).unwrap()).unwrap();
        assert_eq!(read.expand(catalog()), Some(plan));
    }

    #[test]
    fn a_stored_plan_keeps_its_reasons_as_codes() {
        let plan = served_plan(&sample());
        let stored = serde_json::to_string(&StoredPlan::of(&plan, catalog()).unwrap()).unwrap();
        assert!(
            stored.contains(r#"{"transport":"tcp","port":9999,"why":"not-answering"}"#),
            "{stored}"
        );
        assert!(!stored.contains("reason"), "no words: {stored}");
        let whole = serde_json::to_string(&plan).unwrap();
        assert!(
            whole.contains(r#""method":{"unavailable":{"why":"not-answering"}}"#)
                && whole.contains(r#""method":{"not_testable":{}}"#)
                && !whole.contains("reason"),
            "the whole plan, where one is stored, holds codes only too: {whole}"
        );
    }

    #[test]
    fn a_plan_with_words_is_not_one_a_stored_plan_expands_to() {
        let mut plan = served_plan(&sample());
        ringcheck_shared::egress::word_reasons(&mut plan.egress, &|id, _| id.to_owned());
        assert_eq!(StoredPlan::of(&plan, catalog()), None);
    }

    /// As the build before reasons were codes stored a plan: TCP 80 not configured, 443
    /// on 8443, 9998's listener down, 16500 while STUN shed load.
    const STORED_WITH_ENGLISH: &str = r#"{"catalog_version":4,"fingerprint":13099868792825851774,"sample":[16500,40000],"exceptions":[{"transport":"tcp","port":80,"reason":0},{"transport":"tcp","port":443,"public_port":8443},{"transport":"tcp","port":9998,"reason":1},{"transport":"udp","port":16500,"reason":2}],"reasons":["This Ring Check server is not set up to test TCP 80 from your browser.","Ring Check's own test server for TCP 9998 is not answering right now, so your browser cannot test this port here. This is a problem on our side, not your network.","Ring Check's own test server for UDP 16500 is too busy right now (it is turning requests away), so your browser cannot test this port here. This is a problem on our side, not your network."],"families":["ipv4","ipv6"]}"#;

    #[test]
    fn a_plan_stored_before_reasons_were_codes_expands_with_its_english() {
        assert_eq!(
            fingerprint(catalog()),
            BEFORE_CODES.since,
            "this build makes other plans than the one that stored reasons as English: \
             such plans expand no more, so BEFORE_CODES and this test can go"
        );
        let stored: StoredPlan = serde_json::from_str(STORED_WITH_ENGLISH).unwrap();
        let plan = stored
            .expand(catalog())
            .expect("the same catalogue and plans");
        let method = |transport, port: u16| {
            plan.egress
                .iter()
                .find(|t| t.transport == transport && t.port.get() == port)
                .map(|t| t.method.clone())
                .unwrap()
        };
        let english = |index: usize| EgressMethod::Unavailable {
            why: None,
            reason: stored.reasons[index].clone(),
        };
        assert_eq!(method(Transport::Tcp, 80), english(0));
        assert_eq!(method(Transport::Tcp, 9998), english(1));
        assert_eq!(method(Transport::Udp, 16500), english(2));
        assert_eq!(
            method(Transport::Tcp, 443),
            EgressMethod::Beacon {
                public_port: Port::known(8443)
            }
        );
        assert_eq!(
            method(Transport::Udp, 123),
            EgressMethod::not_testable(),
            "the catalogue says why, in the reader's words"
        );
        assert_eq!(plan.families, [AddressFamily::Ipv4, AddressFamily::Ipv6]);
        // Any other plan of that build's expands no more.
        let mut other = stored;
        other.fingerprint ^= 1;
        assert_eq!(other.expand(catalog()), None);
    }

    #[test]
    fn probes_other_than_the_catalogue_s_are_kept() {
        let whole = served_plan(&sample());
        let plan = CheckPlan::new(catalog(), whole.probes[..2].to_vec(), whole.egress)
            .with_families(whole.families);
        let stored = StoredPlan::of(&plan, catalog()).unwrap();
        assert_eq!(stored.expand(catalog()), Some(plan));
    }

    #[test]
    fn a_plan_the_catalogue_cannot_make_again_is_not_stored_this_way() {
        let mut plan = served_plan(&sample());
        plan.entries[0].name = "Renamed since".to_owned();
        assert_eq!(StoredPlan::of(&plan, catalog()), None);
    }

    #[test]
    fn another_catalogue_version_expands_to_nothing() {
        let plan = served_plan(&sample());
        let mut stored = StoredPlan::of(&plan, catalog()).unwrap();
        stored.catalog_version += 1;
        assert_eq!(stored.expand(catalog()), None);
    }

    #[test]
    fn a_catalogue_reworded_under_the_same_version_expands_to_nothing() {
        let plan = served_plan(&sample());
        let stored = StoredPlan::of(&plan, catalog()).unwrap();
        let mut reworded = catalog().clone();
        reworded.entries[0].name.push_str(" (renamed)");
        assert_ne!(fingerprint(&reworded), fingerprint(catalog()));
        assert_eq!(stored.expand(&reworded), None);
        assert_eq!(
            fingerprint(&catalog().clone()),
            fingerprint(catalog()),
            "the same catalogue, the same fingerprint"
        );
    }
}

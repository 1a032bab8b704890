//! A check: the probes it runs, their results as they stream in, and the stored report.

use std::{
    fmt,
    net::{IpAddr, Ipv6Addr},
};

use serde::{Deserialize, Serialize};

use crate::{
    catalog::{Catalog, EntryId, TestMethod, Transport},
    egress::{EgressPlan, EgressResult, EgressTarget, UnavailableWhy, egress_targets},
    family::AddressFamily,
    port::{Port, PortSpec},
    probe_detail::ProbeDetail,
    wire::wire_names,
};

/// The unguessable id of a check and of its stored report: 128 random bits as 22
/// characters of URL-safe base64 (`A-Z a-z 0-9 - _`).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(value_type = String, example = "q3vX0bL8Tn2cYh5W9aKzRg"))]
#[serde(try_from = "String", into = "String")]
pub struct CheckId(String);

#[derive(thiserror::Error, Debug, Clone, PartialEq, Eq)]
#[error("\"{0}\" is not a Ring Check id: ids are 22 letters, digits, '-' or '_'")]
pub struct CheckIdError(String);

impl CheckIdError {
    /// The text that is not an id (at most its first 40 characters).
    pub fn text(&self) -> &str {
        &self.0
    }
}

impl CheckId {
    pub const LEN: usize = 22;

    pub fn parse(text: &str) -> Result<Self, CheckIdError> {
        let valid = text.len() == Self::LEN
            && text
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if valid {
            Ok(Self(text.to_owned()))
        } else {
            // Never echo a huge input back in full.
            Err(CheckIdError(text.chars().take(40).collect()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for CheckId {
    type Error = CheckIdError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text)
    }
}

impl From<CheckId> for String {
    fn from(id: CheckId) -> Self {
        id.0
    }
}

impl fmt::Display for CheckId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

wire_names! {
    /// What one probe found. Never more than the packets said.
    #[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub enum ProbeState {
        /// The handshake completed (TCP), or something answered (UDP).
        Open = "open",
        /// Refused: a TCP reset, or an ICMP port-unreachable for UDP.
        Closed = "closed",
        /// No answer at all, even after retrying.
        Filtered = "filtered",
        /// An ICMP host, network or administratively-prohibited error came back.
        Unreachable = "unreachable",
        /// UDP with no answer: a silent service and a dropping firewall look the same.
        OpenOrFiltered = "open|filtered",
        /// Ring Check could not run the probe (e.g. the server was too busy); says nothing
        /// about the visitor's network.
        Error = "error",
    }
}

impl ProbeState {
    pub fn label(self) -> &'static str {
        match self {
            ProbeState::Open => "open",
            ProbeState::Closed => "closed",
            ProbeState::Filtered => "filtered",
            ProbeState::Unreachable => "unreachable",
            ProbeState::OpenOrFiltered => "open|filtered",
            ProbeState::Error => "not tested",
        }
    }
}

/// A probe the server will run against the visitor's address.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlannedProbe {
    pub entry: EntryId,
    pub transport: Transport,
    pub port: Port,
}

/// The probes of a check, from every catalogue entry that is probed back, in catalogue order.
pub fn probe_back_plan(catalog: &Catalog) -> Vec<PlannedProbe> {
    let mut plan = Vec::new();
    for entry in &catalog.entries {
        let PortSpec::List { ports } = &entry.ports else {
            continue; // a range is sampled from the browser, never swept from the server
        };
        for test in &entry.tests {
            if let TestMethod::ProbeBack { transport } = test {
                plan.extend(ports.iter().map(|&port| PlannedProbe {
                    entry: entry.id.clone(),
                    transport: *transport,
                    port,
                }));
            }
        }
    }
    plan
}

/// One probe's outcome, sent as a `probe` event the moment it is known.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProbeResult {
    pub entry: EntryId,
    pub transport: Transport,
    pub port: Port,
    /// The family of the address probed; absent in reports from before families.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<AddressFamily>,
    pub state: ProbeState,
    /// Round-trip time of the answer, in milliseconds; absent when nothing answered.
    pub rtt_ms: Option<f64>,
    /// Attempts made (a silent port is tried again before it is called filtered).
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub attempts: u8,
    /// What happened beyond the state, as data for the words crate to word (a report
    /// stored before kept an English sentence: [`ProbeDetail::Legacy`]).
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub detail: ProbeDetail,
}

/// An address a check probed back, masked: the request's own, and the visitor's address
/// in the other family when their browser reached Ring Check over that one too.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProbedAddress {
    pub family: AddressFamily,
    /// As [`mask_address`] writes it.
    pub target: String,
}

/// Everything a check set out to test: the server's probes and the browser's tests, with
/// why any port could not be tested, and how to name what was tested. Stored with the
/// report (without the browser's token), so a shared report shows exactly what was
/// tested and why not.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CheckPlan {
    pub probes: Vec<PlannedProbe>,
    pub egress: Vec<EgressTarget>,
    /// The catalogue entries tested, in catalogue order.
    #[serde(default)]
    pub entries: Vec<EntryLabel>,
    /// The address families the browser tests apart, the one Ring documents for its
    /// devices first; empty when it tests only the page's own host.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub families: Vec<AddressFamily>,
}

/// What a page needs to show one catalogue entry's tests: its name, where it comes from,
/// and how its ports are read. Sent with the plan, so the page carries no catalogue.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EntryLabel {
    pub id: EntryId,
    pub name: String,
    /// A range tested by sample (the media range): its first and last port.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sampled: Option<[Port; 2]>,
    /// Its ports only carry connections in (the Ring app's), normally closed, and fine.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub inbound_only: bool,
    /// The source that named it first.
    pub source: SourceLink,
}

/// A source, as a link: "Ring, 2019".
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SourceLink {
    pub label: String,
    pub title: String,
    pub address: String,
}

impl EntryLabel {
    /// The labels of `catalog`'s entries that `ids` name, in catalogue order.
    pub fn of<'a>(catalog: &Catalog, ids: impl Iterator<Item = &'a EntryId> + Clone) -> Vec<Self> {
        catalog
            .entries
            .iter()
            .filter(|entry| ids.clone().any(|id| *id == entry.id))
            .map(|entry| {
                let source = entry.sources.first().and_then(|id| catalog.source(*id));
                Self {
                    id: entry.id.clone(),
                    name: entry.name.clone(),
                    sampled: match entry.ports {
                        PortSpec::Range { first, last } => Some([first, last]),
                        PortSpec::List { .. } => None,
                    },
                    inbound_only: entry.direction.is_inbound_only(),
                    source: SourceLink {
                        label: source.map(|s| s.label.clone()).unwrap_or_default(),
                        title: source.map(|s| s.title.clone()).unwrap_or_default(),
                        address: source.map(|s| s.address.clone()).unwrap_or_default(),
                    },
                }
            })
            .collect()
    }
}

impl CheckPlan {
    /// The plan of `probes` and `egress`, with the labels of the entries they test.
    pub fn new(catalog: &Catalog, probes: Vec<PlannedProbe>, egress: Vec<EgressTarget>) -> Self {
        let ids = probes
            .iter()
            .map(|p| &p.entry)
            .chain(egress.iter().map(|t| &t.entry));
        let entries = EntryLabel::of(catalog, ids);
        Self {
            probes,
            egress,
            entries,
            families: Vec::new(),
        }
    }

    /// The same plan, the browser testing `families` apart.
    pub fn with_families(mut self, families: Vec<AddressFamily>) -> Self {
        self.families = families;
        self
    }

    /// The label of entry `id`.
    pub fn entry(&self, id: &EntryId) -> Option<&EntryLabel> {
        self.entries.iter().find(|entry| entry.id == *id)
    }

    /// The plan a report from before plans were stored must have had: its probes, and
    /// the browser tests it has results for (every other port said why not).
    pub fn rebuilt(catalog: &Catalog, probes: &[ProbeResult], egress: &[EgressResult]) -> Self {
        let media_sample: Vec<Port> = egress
            .iter()
            .filter(|r| catalog.in_sampled_range(r.transport, r.port))
            .map(|r| r.port)
            .collect();
        let egress = egress_targets(catalog, &media_sample, |transport, port| {
            if egress
                .iter()
                .any(|r| r.transport == transport && r.port == port)
            {
                Ok(port)
            } else {
                Err(UnavailableWhy::NotTested)
            }
        });
        let probes = probes
            .iter()
            .map(|p| PlannedProbe {
                entry: p.entry.clone(),
                transport: p.transport,
                port: p.port,
            })
            .collect();
        Self::new(catalog, probes, egress)
    }
}

/// `202` answer to `POST /api/checks`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CheckStarted {
    pub id: CheckId,
    /// The address being probed: always the one the request came from.
    #[cfg_attr(feature = "openapi", schema(example = "203.0.113.7"))]
    pub target: String,
    /// The server accepts private addresses (a local or test set-up), so results may not
    /// describe a home network.
    pub local_mode: bool,
    pub probes: Vec<PlannedProbe>,
    /// How to name the catalogue entries the probes and the browser's tests cover.
    pub entries: Vec<EntryLabel>,
    /// The longest a check takes, in milliseconds.
    pub deadline_ms: u64,
    /// The tests the browser runs outward, in parallel with the probes; submit their
    /// results to `egress_url`.
    pub egress: EgressPlan,
    pub egress_url: String,
    /// Server-Sent Events: one `probe` event per result, then `report`.
    pub events_url: String,
    /// Where the stored report can be read once the check has finished.
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub report_url: String,
}

impl CheckStarted {
    /// What the check sets out to test, as its report will store it.
    pub fn plan(&self) -> CheckPlan {
        CheckPlan {
            probes: self.probes.clone(),
            egress: self.egress.targets.clone(),
            entries: self.entries.clone(),
            families: self.egress.families.iter().map(|f| f.family).collect(),
        }
    }
}

/// Hides the part of an address that points at one household: the last octet of IPv4,
/// the last 80 bits of IPv6.
pub fn mask_address(address: IpAddr) -> String {
    match address {
        IpAddr::V4(v4) => {
            let [a, b, c, _] = v4.octets();
            format!("{a}.{b}.{c}.xxx")
        }
        IpAddr::V6(v6) => {
            let segments = v6.segments();
            let kept = Ipv6Addr::new(segments[0], segments[1], segments[2], 0, 0, 0, 0, 0);
            format!("{kept}/48")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog;

    #[test]
    fn ids_are_22_url_safe_characters() {
        assert!(CheckId::parse("q3vX0bL8Tn2cYh5W9aKzRg").is_ok());
        assert!(CheckId::parse("q3vX0bL8Tn2cYh5W9aKz-_").is_ok());
        assert!(CheckId::parse("short").is_err());
        assert!(CheckId::parse("q3vX0bL8Tn2cYh5W9aKzR/").is_err());
        assert!(CheckId::parse("q3vX0bL8Tn2cYh5W9aKzRgg").is_err());
        assert!(CheckId::parse("../../../etc/passwd000").is_err());
    }

    #[test]
    fn the_plan_probes_back_every_fixed_ring_port_and_app_port() {
        let plan = probe_back_plan(catalog());
        // The one place the count is pinned; every other test reads it from the plan.
        assert_eq!(plan.len(), 13, "11 TCP ports and SIP's 2 over UDP");
        let tcp: Vec<u16> = plan
            .iter()
            .filter(|p| p.transport == Transport::Tcp)
            .map(|p| p.port.get())
            .collect();
        assert_eq!(
            tcp,
            [
                80, 443, 8557, 9998, 9999, 15063, 15064, 7076, 7077, 9078, 9079
            ]
        );
        let udp: Vec<u16> = plan
            .iter()
            .filter(|p| p.transport == Transport::Udp)
            .map(|p| p.port.get())
            .collect();
        assert_eq!(udp, [15063, 15064]);
    }

    #[test]
    fn masks_the_household_part_of_an_address() {
        assert_eq!(
            mask_address("203.0.113.77".parse().unwrap()),
            "203.0.113.xxx"
        );
        assert_eq!(
            mask_address("2001:db8:85a3:1234:5678:9abc:def0:1".parse().unwrap()),
            "2001:db8:85a3::/48"
        );
    }

    #[test]
    fn open_or_filtered_is_written_as_nmap_writes_it() {
        let json = serde_json::to_string(&ProbeState::OpenOrFiltered).unwrap();
        assert_eq!(json, "\"open|filtered\"");
    }

    #[test]
    fn each_state_s_slug_is_its_json() {
        for state in [
            ProbeState::Open,
            ProbeState::Closed,
            ProbeState::Filtered,
            ProbeState::Unreachable,
            ProbeState::OpenOrFiltered,
            ProbeState::Error,
        ] {
            let json = serde_json::to_string(&state).unwrap();
            assert_eq!(json, format!("\"{}\"", state.slug()));
        }
    }
}

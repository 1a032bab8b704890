//! The Ring port catalogue: what Ring devices need from a home network, typed.
//!
//! The data lives in [`ring`], transcribed from Ring's support article "The protocols and
//! ports used by Ring devices"; this module holds the types that describe it.

mod ring;

use std::{fmt, sync::LazyLock};

use serde::{Deserialize, Serialize};

use crate::port::{Port, PortSpec};

/// Bumped whenever an entry is added, removed or changes meaning, so a stored report
/// says which catalogue it was judged against.
pub const CATALOG_VERSION: u32 = 2;

/// The whole catalogue, built once.
pub fn catalog() -> &'static Catalog {
    static CATALOG: LazyLock<Catalog> = LazyLock::new(ring::catalog);
    &CATALOG
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Catalog {
    pub version: u32,
    /// Why Ring devices need the internet at all, in the article's words.
    pub about: String,
    pub sources: Vec<Source>,
    pub entries: Vec<PortEntry>,
    pub wifi: WifiRequirement,
    pub guidance: Guidance,
}

impl Catalog {
    pub fn entry(&self, id: &str) -> Option<&PortEntry> {
        self.entries.iter().find(|entry| entry.id.as_str() == id)
    }

    pub fn entries_in(&self, group: Group) -> impl Iterator<Item = &PortEntry> {
        self.entries
            .iter()
            .filter(move |entry| entry.group == group)
    }

    pub fn source(&self, id: SourceId) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }
}

/// One row of the port table: a service, its ports and what depends on it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PortEntry {
    pub id: EntryId,
    pub name: String,
    pub group: Group,
    /// Any of these may carry the traffic ("TCP or UDP").
    pub transports: Vec<Transport>,
    pub ports: PortSpec,
    pub direction: Direction,
    pub applies_to: Vec<Device>,
    pub purpose: String,
    /// What the customer notices when this is blocked.
    pub when_blocked: String,
    /// Caveats the article attaches to this row.
    pub notes: Vec<String>,
    /// How Ring Check tests it, in the order the results are most telling.
    pub tests: Vec<TestMethod>,
    pub source: SourceId,
}

impl PortEntry {
    /// "TCP", "UDP or TCP", …
    pub fn transport_label(&self) -> String {
        self.transports
            .iter()
            .map(Transport::label)
            .collect::<Vec<_>>()
            .join(" or ")
    }

    pub fn carries(&self, transport: Transport, port: Port) -> bool {
        self.transports.contains(&transport) && self.ports.contains(port)
    }
}

/// A stable, URL-safe name for an entry: lowercase ASCII letters, digits and dashes.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(value_type = String, example = "ring-socket-service"))]
#[serde(try_from = "String", into = "String")]
pub struct EntryId(String);

#[derive(thiserror::Error, Debug, Clone, PartialEq, Eq)]
#[error("\"{0}\" is not a catalogue entry id: use 1-40 lowercase letters, digits and dashes")]
pub struct EntryIdError(String);

impl EntryId {
    pub fn parse(text: &str) -> Result<Self, EntryIdError> {
        let valid = (1..=40).contains(&text.len())
            && text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !text.starts_with('-')
            && !text.ends_with('-');
        if valid {
            Ok(Self(text.to_owned()))
        } else {
            Err(EntryIdError(text.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for EntryId {
    type Error = EntryIdError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        Self::parse(&text)
    }
}

impl From<EntryId> for String {
    fn from(id: EntryId) -> Self {
        id.0
    }
}

impl fmt::Display for EntryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What the ports are for; the port table is grouped by this, in this order.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Group {
    CoreServices,
    AppConnection,
    LiveView,
    RingApp,
}

impl Group {
    pub const ALL: [Group; 4] = [
        Group::CoreServices,
        Group::AppConnection,
        Group::LiveView,
        Group::RingApp,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Group::CoreServices => "Core internet services",
            Group::AppConnection => "Staying connected to the Ring app",
            Group::LiveView => "Live View video and two-way audio",
            Group::RingApp => "The Ring app on your phone",
        }
    }

    pub fn summary(self) -> &'static str {
        match self {
            Group::CoreServices => {
                "These are well-known ports and it is unlikely that your device will have \
                 trouble reaching them."
            }
            Group::AppConnection => {
                "Keeps a path open between your Ring device and the Ring app, so the app can \
                 reach the device when you open it."
            }
            Group::LiveView => {
                "Live View is set up with SIP, then audio and video flow over UDP ports \
                 that SIP negotiates."
            }
            Group::RingApp => {
                "Ports the Ring app listens on. Behind a home router these are normally \
                 closed to the internet, and that is fine."
            }
        }
    }
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum Transport {
    Tcp,
    Udp,
}

impl Transport {
    /// "tcp" or "udp", as in the JSON.
    pub fn slug(&self) -> &'static str {
        match self {
            Transport::Tcp => "tcp",
            Transport::Udp => "udp",
        }
    }

    pub fn label(&self) -> &'static str {
        match self {
            Transport::Tcp => "TCP",
            Transport::Udp => "UDP",
        }
    }
}

/// Who opens the connection.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// The Ring device connects out to Ring's services.
    DeviceToInternet,
    /// Media flows both ways once SIP has negotiated the ports.
    DeviceAndInternet,
    /// Connections come in from the internet to the Ring app.
    InternetToApp,
}

impl Direction {
    pub fn label(self) -> &'static str {
        match self {
            Direction::DeviceToInternet => "Device \u{2192} internet",
            Direction::DeviceAndInternet => "Device \u{2194} internet",
            Direction::InternetToApp => "Internet \u{2192} Ring app",
        }
    }

    /// Inbound-only ports are normally closed behind a home router, and that is fine.
    pub fn is_inbound_only(self) -> bool {
        self == Direction::InternetToApp
    }
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Device {
    VideoDoorbell,
    SecurityCamera,
    AlarmBaseStation,
    RingApp,
}

impl Device {
    pub fn label(self) -> &'static str {
        match self {
            Device::VideoDoorbell => "Video Doorbells",
            Device::SecurityCamera => "Security Cameras",
            Device::AlarmBaseStation => "Alarm Base Station",
            Device::RingApp => "Ring app",
        }
    }
}

/// How Ring Check finds out whether an entry's traffic gets through.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "method", rename_all = "snake_case")]
pub enum TestMethod {
    /// The server connects back to the visitor's public address.
    ProbeBack { transport: Transport },
    /// The visitor's browser connects out to the server: TCP by fetch, UDP by WebRTC STUN.
    FromBrowser { transport: Transport },
    /// Browsers cannot reach this port at all; `reason` says why, in plain words.
    NotTestableFromBrowser { reason: String },
}

impl TestMethod {
    pub fn label(&self) -> String {
        match self {
            TestMethod::ProbeBack { transport } => {
                format!("Probed back from our server ({})", transport.label())
            }
            TestMethod::FromBrowser {
                transport: Transport::Tcp,
            } => "From your browser (TCP)".to_owned(),
            TestMethod::FromBrowser {
                transport: Transport::Udp,
            } => "From your browser (UDP, via WebRTC STUN)".to_owned(),
            TestMethod::NotTestableFromBrowser { reason } => {
                format!("Not testable from a browser: {reason}")
            }
        }
    }
}

/// Where a catalogue entry comes from, so later additions are never mistaken for the article.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SourceId {
    RingPortsArticle,
    /// Ring documentation newer than the article (the Live View socket, WebRTC media).
    NewerRingDocumentation,
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Source {
    pub id: SourceId,
    pub title: String,
    pub publisher: String,
}

/// The Wi-Fi security that the Ring Alarm Base Station can join.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WifiRequirement {
    pub device: Device,
    pub supported: String,
    pub supported_encryption: Vec<String>,
    pub unsupported: Vec<String>,
    pub summary: String,
}

/// The article's advice for when something is blocked.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Guidance {
    /// Blocked ports are the exception, not the rule.
    pub usually_fine: String,
    /// What a customer sees when these ports are blocked.
    pub symptom: String,
    pub router: String,
    pub isp: String,
    /// The article's warning before changing anything.
    pub caution: String,
}

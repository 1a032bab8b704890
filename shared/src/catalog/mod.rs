//! The Ring port catalogue: what Ring devices need from a home network, typed, with
//! where each fact comes from.
//!
//! The data lives in [`ring`]: every row and caveat of Ring's support article "The
//! protocols and ports used by Ring devices" (the version Ring Check was founded on),
//! what Ring and others have documented since, each entry marked with its sources, and
//! the network paths each Ring feature can take ([`paths`]). The verdicts walk this data;
//! no port number is written anywhere else.

mod paths;
mod ring;

use std::{fmt, sync::LazyLock};

use serde::{Deserialize, Serialize};

use crate::{
    family::AddressFamily,
    port::{Port, PortSpec},
    wire::wire_names,
};

pub use paths::{Audience, Endpoint, FeatureRule, Need, Part, PathRule, Role};

/// Bumped whenever an entry or a path is added, removed or changes meaning, so a stored
/// report says which catalogue it was judged against.
pub const CATALOG_VERSION: u32 = 4;

/// The whole catalogue, built once.
pub fn catalog() -> &'static Catalog {
    static CATALOG: LazyLock<Catalog> = LazyLock::new(ring::catalog);
    &CATALOG
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Catalog {
    pub version: u32,
    /// The day the catalogue was last checked against its sources (YYYY-MM-DD).
    pub checked_on: String,
    /// Why Ring devices need the internet at all, in the article's words (the message
    /// `catalogue-about`; empty until [`Catalog::worded`]).
    #[serde(default)]
    pub about: String,
    pub sources: Vec<Source>,
    pub entries: Vec<PortEntry>,
    /// Every Ring feature and the paths that can carry it, in the order verdicts are shown.
    pub features: Vec<FeatureRule>,
    pub wifi: WifiRequirement,
    pub guidance: Guidance,
    /// The address family Ring's devices are documented to use: verdicts are judged on it.
    pub documented_family: DocumentedFamily,
}

/// The address family Ring documents for its devices, and why we say so. A check that
/// reaches a home over both families judges Ring's features on this one and shows the
/// other as information; when Ring documents another, this changes and nothing else.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DocumentedFamily {
    pub family: AddressFamily,
    /// Why, paraphrased from the sources (the message `catalogue-documented-family`;
    /// empty until [`Catalog::worded`]).
    #[serde(default)]
    pub note: String,
    pub sources: Vec<SourceId>,
}

/// A message's words by its id and its variables' values.
pub type Wording<'a> = dyn Fn(&str, &[(&str, String)]) -> String + 'a;

impl Catalog {
    /// The catalogue with its words in a language: each text filled with `word(id,
    /// variables)`, the message of that id (a path's name gets `ports`, the ports it names:
    /// the iPhone's fallback "on TCP 443"). The facts are data here; the words are the
    /// message catalogues' (a server renders them), so the built catalogue holds none.
    pub fn worded(&self, word: &Wording<'_>) -> Catalog {
        let mut worded = self.clone();
        let word_of = |id: &str| word(id, &[]);
        for rule in &mut worded.features {
            let feature = rule.feature.message_slug();
            if rule.when_untested.is_some() {
                rule.when_untested = Some(word_of(&format!("feature-{feature}-when-untested")));
            }
            for path in &mut rule.paths {
                let id = format!("path-{feature}-{}", path.id);
                let ports = path
                    .parts
                    .last()
                    .map(|part| part.need.label())
                    .unwrap_or_default();
                path.name = word(&id, &[("ports", ports)]);
                if path.caveat.is_some() {
                    path.caveat = Some(word_of(&format!("{id}-caveat")));
                }
                for part in &mut path.parts {
                    part.name = word_of(&format!("part-{}", part.id));
                }
            }
        }
        let word = word_of;
        worded.about = word("catalogue-about");
        worded.wifi.summary = word("catalogue-wifi-summary");
        worded.documented_family.note = word("catalogue-documented-family");
        worded.guidance = Guidance {
            usually_fine: word("guidance-usually-fine"),
            symptom: word("guidance-symptom"),
            router: word("guidance-router"),
            isp: word("guidance-isp"),
            caution: word("guidance-caution"),
        };
        for entry in &mut worded.entries {
            entry.name = word(&entry.message_id("name"));
            let id = entry.message_id("not-testable");
            for test in &mut entry.tests {
                if let TestMethod::NotTestableFromBrowser { reason } = test {
                    *reason = word(&id);
                }
            }
            entry.words = EntryWords {
                purpose: word(&entry.message_id("purpose")),
                when_blocked: word(&entry.message_id("when-blocked")),
            };
            let id = entry.id.clone();
            for (at, note) in entry.notes.iter_mut().enumerate() {
                note.text = word(&format!("entry-{id}-note-{}", at + 1));
            }
        }
        worded
    }

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

    pub fn feature(&self, feature: Feature) -> Option<&FeatureRule> {
        self.features.iter().find(|rule| rule.feature == feature)
    }

    /// The entry that carries `port` over `transport`, if any.
    pub fn entry_for(&self, transport: Transport, port: Port) -> Option<&PortEntry> {
        self.entries
            .iter()
            .find(|entry| entry.carries(transport, port))
    }

    /// Whether `port` lies in a range the catalogue samples rather than lists (the media
    /// range), for `transport`.
    pub fn in_sampled_range(&self, transport: Transport, port: Port) -> bool {
        self.entries.iter().any(|entry| {
            matches!(entry.ports, PortSpec::Range { .. }) && entry.carries(transport, port)
        })
    }

    /// The sampled range of `transport` (its first and last port), if there is one.
    pub fn sampled_range(&self, transport: Transport) -> Option<(Port, Port)> {
        self.entries.iter().find_map(|entry| match entry.ports {
            PortSpec::Range { first, last } if entry.transports.contains(&transport) => {
                Some((first, last))
            }
            _ => None,
        })
    }

    /// Why `endpoint` can never be tested by Ring Check, if it cannot (DNS, NTP): the
    /// reason of an entry no test reaches.
    pub fn never_testable(&self, endpoint: Endpoint) -> Option<&str> {
        let entry = self.entry_for(endpoint.transport, endpoint.port)?;
        let probed = entry.tests.iter().any(
            |t| matches!(t, TestMethod::ProbeBack { transport } if *transport == endpoint.transport),
        );
        let reason = entry.tests.iter().find_map(|t| match t {
            TestMethod::NotTestableFromBrowser { reason } => Some(reason.as_str()),
            _ => None,
        })?;
        (!probed).then_some(reason)
    }

    /// Every path whose parts use one of `entry`'s ports, as `(feature, path)`.
    pub fn paths_using<'a>(
        &'a self,
        entry: &'a PortEntry,
    ) -> impl Iterator<Item = (&'a FeatureRule, &'a PathRule)> + 'a {
        self.features.iter().flat_map(move |rule| {
            rule.paths
                .iter()
                .filter(move |path| path.parts.iter().any(|part| part.need.overlaps(entry)))
                .map(move |path| (rule, path))
        })
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
    /// What it is for and what breaks without it, in words: empty in the built
    /// catalogue, filled from a language's messages by [`Catalog::worded`].
    #[serde(flatten)]
    pub words: EntryWords,
    /// Caveats attached to this row, each with where it comes from.
    pub notes: Vec<Note>,
    /// How Ring Check tests it, in the order the results are most telling.
    pub tests: Vec<TestMethod>,
    /// Where the row comes from, the first source the one that named it first.
    pub sources: Vec<SourceId>,
}

/// An entry's words, as a language says them (the messages `entry-<id>-purpose` and
/// `entry-<id>-when-blocked`).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EntryWords {
    #[serde(default)]
    pub purpose: String,
    /// What the customer notices when this is blocked.
    #[serde(default)]
    pub when_blocked: String,
}

/// A caveat on a catalogue entry, and the source that makes it. Its words are the
/// message `entry-<id>-note-<n>` (the entry's notes counted from 1), in `text` once
/// [`Catalog::worded`].
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Note {
    #[serde(default)]
    pub text: String,
    pub source: SourceId,
}

impl PortEntry {
    /// The id of one of its messages: `entry-<id>-<what>`.
    pub fn message_id(&self, what: &str) -> String {
        format!("entry-{}-{what}", self.id)
    }

    /// "TCP", "UDP or TCP", …
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
    PhoneAlerts,
    RingApp,
}

impl Group {
    pub const ALL: [Group; 5] = [
        Group::CoreServices,
        Group::AppConnection,
        Group::LiveView,
        Group::PhoneAlerts,
        Group::RingApp,
    ];

    /// Its messages' ids begin `group-<this>-`: `group-live-view-title`, `-summary`.
    pub fn message_id(self, what: &str) -> String {
        let name = match self {
            Group::CoreServices => "core-services",
            Group::AppConnection => "app-connection",
            Group::LiveView => "live-view",
            Group::PhoneAlerts => "phone-alerts",
            Group::RingApp => "ring-app",
        };
        format!("group-{name}-{what}")
    }
}

wire_names! {
    #[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub enum Transport {
        Tcp = "tcp",
        Udp = "udp",
    }
}

impl Transport {
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
    /// The phone connects out to its push service (Google's or Apple's).
    PhoneToInternet,
}

impl Direction {
    /// The id of its label among the messages: "Device → internet".
    pub fn message_id(self) -> &'static str {
        match self {
            Direction::DeviceToInternet => "direction-device-to-internet",
            Direction::DeviceAndInternet => "direction-device-and-internet",
            Direction::InternetToApp => "direction-internet-to-app",
            Direction::PhoneToInternet => "direction-phone-to-internet",
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
    AndroidPhone,
    Iphone,
}

impl Device {
    /// The id of its name among the messages.
    pub fn message_id(self) -> &'static str {
        match self {
            Device::VideoDoorbell => "device-video-doorbell",
            Device::SecurityCamera => "device-security-camera",
            Device::AlarmBaseStation => "device-alarm-base-station",
            Device::RingApp => "device-ring-app",
            Device::AndroidPhone => "device-android-phone",
            Device::Iphone => "device-iphone",
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
    /// Browsers cannot reach this port at all; `reason` says why, in plain words (the
    /// message `entry-{id}-not-testable`; empty until [`Catalog::worded`]).
    NotTestableFromBrowser {
        #[serde(default)]
        reason: String,
    },
}

wire_names! {
    /// A source of Ring Check's facts: Ring's documentation, Google's or Apple's, or what
    /// open-source Ring clients observe.
    #[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub enum SourceId {
        /// The version of Ring's ports article Ring Check was founded on.
        Article2019 = "article-2019",
        /// The current US version of the same article.
        ArticleCurrentUs = "article-current-us",
        /// The current Italian version of the same article.
        ArticleCurrentIt = "article-current-it",
        /// What open-source Ring clients (ring-client-api) observe of Ring's WebRTC.
        RingClients = "ring-clients",
        /// Google's Firebase Cloud Messaging documentation.
        Fcm = "fcm",
        /// Apple's "Use Apple products on enterprise networks".
        Apns = "apns",
        /// Reports of Live View with Ring Edge on an Alarm Pro base station.
        RingEdge = "ring-edge",
    }
}

/// How much weight a source carries.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    RingDocumentation,
    GoogleOrAppleDocumentation,
    /// Seen by open-source clients talking to Ring, not documented by Ring.
    ObservedByOpenSourceClients,
}

impl SourceKind {
    /// The id of its label among the messages: "Ring documentation".
    pub fn message_id(self) -> &'static str {
        match self {
            SourceKind::RingDocumentation => "source-kind-ring-documentation",
            SourceKind::GoogleOrAppleDocumentation => "source-kind-google-or-apple",
            SourceKind::ObservedByOpenSourceClients => "source-kind-observed",
        }
    }
}

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Source {
    pub id: SourceId,
    /// A few words for a link beside a row: "Ring, 2019".
    pub label: String,
    pub title: String,
    /// Where to read it.
    pub address: String,
    pub kind: SourceKind,
    /// What it tells us, paraphrased.
    pub says: String,
}

/// The Wi-Fi security that the Ring Alarm Base Station can join.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WifiRequirement {
    pub device: Device,
    pub supported: String,
    pub supported_encryption: Vec<String>,
    pub unsupported: Vec<String>,
    /// In words (the message `catalogue-wifi-summary`; empty until [`Catalog::worded`]).
    #[serde(default)]
    pub summary: String,
}

/// The article's advice for when something is blocked, in words: the messages
/// `guidance-*`, empty until [`Catalog::worded`].
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(default)]
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

wire_names! {
    /// What a customer uses a Ring device for; each has its paths in [`Catalog::features`].
    #[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub enum Feature {
        Notifications = "notifications",
        PhoneAlerts = "phone_alerts",
        LiveView = "live_view",
        TwoWayAudio = "two_way_audio",
        SoftwareUpdates = "software_updates",
        ClockSync = "clock_sync",
        RingAlarm = "ring_alarm",
    }
}

impl Feature {
    /// Its name in message ids: "live-view".
    pub fn message_slug(self) -> String {
        self.slug().replace('_', "-")
    }
}

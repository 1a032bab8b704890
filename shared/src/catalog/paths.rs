//! The network paths a Ring feature can take. A feature works when at least one of its
//! paths gets through (per audience: Android phones and iPhones each have their own); a
//! path needs all of its parts; a part is one port, any one of a group, or enough of a
//! sampled range. The verdicts walk these; they name no port themselves.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{Feature, PortEntry, SourceId, Transport};
use crate::port::{Port, PortSpec};

/// A Ring feature and every path that can carry it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeatureRule {
    pub feature: Feature,
    /// Best first: the verdict names the first that gets through.
    pub paths: Vec<PathRule>,
    /// Said when nothing this feature needs can be tested, e.g. how else to tell: `Some`
    /// when the feature has the message `feature-{feature}-when-untested`, worded by
    /// [`super::Catalog::worded`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when_untested: Option<String>,
}

/// One way through the network for a feature.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PathRule {
    /// Stable within the feature: "direct", "relay", "sip".
    pub id: String,
    /// As the verdict says it: "directly", "through Ring's relay servers" (the message
    /// `path-{feature}-{id}`; empty until [`super::Catalog::worded`]).
    #[serde(default)]
    pub name: String,
    /// Whose path it is; paths of different audiences are judged apart.
    pub audience: Audience,
    /// Why getting through only this way is a risk, as a clause that follows the name
    /// ("which can make video slower"); `None` when this path is as good as any. Worded
    /// like the name (the message `path-{feature}-{id}-caveat`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caveat: Option<String>,
    pub parts: Vec<Part>,
    pub sources: Vec<SourceId>,
}

/// Who a path serves: everyone with a Ring device, or one kind of phone.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// The default only where the app leaves a verdict's audience unread.
    #[default]
    Everyone,
    AndroidPhones,
    Iphones,
}

impl Audience {
    /// The id of its name among the messages (the app's, which the server shares).
    pub fn message_id(self) -> &'static str {
        match self {
            Audience::Everyone => "verdict-audience-everyone",
            Audience::AndroidPhones => "app-audience-android",
            Audience::Iphones => "app-audience-iphone",
        }
    }
}

/// Something a path needs from the network.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Part {
    /// Stable: "https", "media"; its name is the message `part-{id}`.
    pub id: String,
    /// What it is, for sentences: "the Live View socket", "SIP", "media" (empty until
    /// [`super::Catalog::worded`]).
    #[serde(default)]
    pub name: String,
    pub need: Need,
    pub role: Role,
}

/// Whether a path can do without a part.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Without it the path does not work.
    Required,
    /// Without it the path works, but can be delayed or fail now and then.
    Helps,
}

/// The ports a part needs.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Need {
    /// This one port.
    One(Endpoint),
    /// Any one of these is enough.
    AnyOf(Vec<Endpoint>),
    /// A range used port by port (media negotiated per session): judged from the ports
    /// sampled in it; the more of them get through, the better.
    EnoughOf {
        transport: Transport,
        first: Port,
        last: Port,
    },
}

impl Need {
    /// Whether `transport` and `port` belong to this need.
    pub fn includes(&self, transport: Transport, port: Port) -> bool {
        match self {
            Need::One(endpoint) => endpoint.is(transport, port),
            Need::AnyOf(endpoints) => endpoints.iter().any(|e| e.is(transport, port)),
            Need::EnoughOf {
                transport: t,
                first,
                last,
            } => *t == transport && (*first..=*last).contains(&port),
        }
    }

    /// Whether any port of `entry` belongs to this need.
    pub fn overlaps(&self, entry: &PortEntry) -> bool {
        match self {
            Need::EnoughOf {
                transport,
                first,
                last,
            } => {
                entry.transports.contains(transport)
                    && entry.ports
                        == PortSpec::Range {
                            first: *first,
                            last: *last,
                        }
            }
            _ => self
                .endpoints()
                .iter()
                .any(|e| entry.carries(e.transport, e.port)),
        }
    }

    /// The listed ports (none for a range).
    pub fn endpoints(&self) -> &[Endpoint] {
        match self {
            Need::One(endpoint) => std::slice::from_ref(endpoint),
            Need::AnyOf(endpoints) => endpoints,
            Need::EnoughOf { .. } => &[],
        }
    }
}

impl Need {
    /// The range as a label, "UDP 16500–65000"; a list of ports is said in words (the
    /// words crate's `need`), with the language's "or".
    pub fn label(&self) -> String {
        match self {
            Need::EnoughOf {
                transport,
                first,
                last,
            } => format!("{} {first}\u{2013}{last}", transport.label()),
            _ => self
                .endpoints()
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        }
    }

    /// The listed ports grouped as people say them, in order: each group is some
    /// transports and the ports they share. "TCP or UDP 15063 or 15064" is one group of
    /// two transports; "UDP 4172 or TCP 443" two groups. A range is one group.
    pub fn alternatives(&self) -> Vec<(Vec<Transport>, Vec<Port>)> {
        if let Need::EnoughOf { transport, .. } = self {
            return vec![(vec![*transport], Vec::new())];
        }
        let mut groups: Vec<(Transport, Vec<Port>)> = Vec::new();
        for endpoint in self.endpoints() {
            match groups.iter_mut().find(|(t, _)| *t == endpoint.transport) {
                Some((_, ports)) => ports.push(endpoint.port),
                None => groups.push((endpoint.transport, vec![endpoint.port])),
            }
        }
        let same_ports = groups.windows(2).all(|pair| pair[0].1 == pair[1].1);
        if same_ports && groups.len() > 1 {
            let transports = groups.iter().map(|(t, _)| *t).collect();
            return vec![(transports, groups[0].1.clone())];
        }
        groups
            .into_iter()
            .map(|(transport, ports)| (vec![transport], ports))
            .collect()
    }
}

/// One transport and port: "TCP 443".
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Endpoint {
    pub transport: Transport,
    pub port: Port,
}

impl Endpoint {
    pub const fn new(transport: Transport, port: u16) -> Self {
        Self {
            transport,
            port: Port::known(port),
        }
    }

    pub fn is(&self, transport: Transport, port: Port) -> bool {
        self.transport == transport && self.port == port
    }
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.transport.label(), self.port)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Transport::{Tcp, Udp};

    #[test]
    fn needs_are_grouped_as_people_say_them() {
        let sip = Need::AnyOf(vec![
            Endpoint::new(Tcp, 15063),
            Endpoint::new(Tcp, 15064),
            Endpoint::new(Udp, 15063),
            Endpoint::new(Udp, 15064),
        ]);
        let ports = |list: &[u16]| list.iter().map(|&p| Port::known(p)).collect::<Vec<_>>();
        assert_eq!(
            sip.alternatives(),
            [(vec![Tcp, Udp], ports(&[15063, 15064]))]
        );
        let socket = Need::AnyOf(vec![Endpoint::new(Tcp, 443), Endpoint::new(Tcp, 9002)]);
        assert_eq!(socket.alternatives(), [(vec![Tcp], ports(&[443, 9002]))]);
        let relay = Need::AnyOf(vec![Endpoint::new(Udp, 4172), Endpoint::new(Tcp, 443)]);
        assert_eq!(
            relay.alternatives(),
            [(vec![Udp], ports(&[4172])), (vec![Tcp], ports(&[443]))]
        );
        let media = Need::EnoughOf {
            transport: Udp,
            first: Port::known(16500),
            last: Port::known(65000),
        };
        assert_eq!(media.label(), "UDP 16500\u{2013}65000");
        assert!(media.includes(Udp, Port::known(20000)));
        assert!(!media.includes(Tcp, Port::known(20000)));
        assert!(!media.includes(Udp, Port::known(4172)));
    }
}

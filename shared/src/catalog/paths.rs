//! The network paths a Ring feature can take. A feature works when at least one of its
//! paths gets through (per audience: Android phones and iPhones each have their own); a
//! path needs all of its parts; a part is one port, any one of a group, or enough of a
//! sampled range. The verdicts walk these; they name no port themselves.

use std::fmt::{self, Write as _};

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
    /// Said when nothing this feature needs can be tested, e.g. how else to tell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when_untested: Option<String>,
}

/// One way through the network for a feature.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PathRule {
    /// Stable within the feature: "direct", "relay", "sip".
    pub id: String,
    /// As the verdict says it: "directly", "through Ring's relay servers".
    pub name: String,
    /// Whose path it is; paths of different audiences are judged apart.
    pub audience: Audience,
    /// Why getting through only this way is a risk, as a clause that follows the name
    /// ("which can make video slower"); `None` when this path is as good as any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caveat: Option<String>,
    pub parts: Vec<Part>,
    pub sources: Vec<SourceId>,
}

/// Who a path serves: everyone with a Ring device, or one kind of phone.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    Everyone,
    AndroidPhones,
    Iphones,
}

impl Audience {
    pub fn label(self) -> &'static str {
        match self {
            Audience::Everyone => "Everyone",
            Audience::AndroidPhones => "Android phones",
            Audience::Iphones => "iPhones",
        }
    }
}

/// Something a path needs from the network.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Part {
    /// What it is, for sentences: "the Live View socket", "SIP", "media".
    pub name: String,
    pub need: Need,
    pub role: Role,
}

impl Part {
    /// "SIP on TCP or UDP 15063 or 15064".
    pub fn describe(&self) -> String {
        format!("{} on {}", self.name, self.need)
    }
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
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
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

impl fmt::Display for Need {
    /// "TCP 443", "TCP or UDP 15063 or 15064", "UDP 4172 or TCP 443", "UDP 16500–65000".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Need::EnoughOf {
                transport,
                first,
                last,
            } => write!(f, "{} {first}\u{2013}{last}", transport.label()),
            _ => f.write_str(&alternatives(self.endpoints())),
        }
    }
}

/// Endpoints grouped by transport, in order: "TCP 443 or 9002"; when every transport has
/// the same ports, "TCP or UDP 15063 or 15064".
fn alternatives(endpoints: &[Endpoint]) -> String {
    let mut groups: Vec<(Transport, Vec<Port>)> = Vec::new();
    for endpoint in endpoints {
        match groups.iter_mut().find(|(t, _)| *t == endpoint.transport) {
            Some((_, ports)) => ports.push(endpoint.port),
            None => groups.push((endpoint.transport, vec![endpoint.port])),
        }
    }
    let ports = |ports: &[Port]| {
        ports
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(" or ")
    };
    let same_ports = groups.windows(2).all(|pair| pair[0].1 == pair[1].1);
    let mut text = String::new();
    if same_ports && groups.len() > 1 {
        let transports: Vec<&str> = groups.iter().map(|(t, _)| t.label()).collect();
        let _ = write!(text, "{} {}", transports.join(" or "), ports(&groups[0].1));
    } else {
        for (index, (transport, group)) in groups.iter().enumerate() {
            if index > 0 {
                text.push_str(" or ");
            }
            let _ = write!(text, "{} {}", transport.label(), ports(group));
        }
    }
    text
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
    fn needs_are_written_as_people_say_them() {
        let sip = Need::AnyOf(vec![
            Endpoint::new(Tcp, 15063),
            Endpoint::new(Tcp, 15064),
            Endpoint::new(Udp, 15063),
            Endpoint::new(Udp, 15064),
        ]);
        assert_eq!(sip.to_string(), "TCP or UDP 15063 or 15064");
        let socket = Need::AnyOf(vec![Endpoint::new(Tcp, 443), Endpoint::new(Tcp, 9002)]);
        assert_eq!(socket.to_string(), "TCP 443 or 9002");
        let relay = Need::AnyOf(vec![Endpoint::new(Udp, 4172), Endpoint::new(Tcp, 443)]);
        assert_eq!(relay.to_string(), "UDP 4172 or TCP 443");
        assert_eq!(Need::One(Endpoint::new(Tcp, 8557)).to_string(), "TCP 8557");
        let media = Need::EnoughOf {
            transport: Udp,
            first: Port::known(16500),
            last: Port::known(65000),
        };
        assert_eq!(media.to_string(), "UDP 16500\u{2013}65000");
        assert!(media.includes(Udp, Port::known(20000)));
        assert!(!media.includes(Tcp, Port::known(20000)));
        assert!(!media.includes(Udp, Port::known(4172)));
    }
}

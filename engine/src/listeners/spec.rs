//! `--egress-listener` values: which Ring port the browser tests, on which public port,
//! served from which local address.
//!
//! `<tcp|udp>/<Ring port>[@<public port>][=<bind address:port>]`, e.g.
//! - `tcp/9998`: listen on the main `--bind` address, port 9998, as the public port 9998;
//! - `tcp/443=0.0.0.0:8443`: a load balancer or NAT forwards public 443 to local 8443;
//! - `udp/15063=127.0.0.1:0`: any free local port, published as itself (tests).

use std::{fmt, net::SocketAddr, str::FromStr};

use ringcheck_shared::{catalog, catalog::Transport, egress::egress_targets, port::Port};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListenerSpec {
    pub transport: Transport,
    /// The Ring port the browser tests through this listener.
    pub ring_port: Port,
    /// The port the browser connects to; by default the Ring port, or the bound port when
    /// binding port 0.
    pub public_port: Option<Port>,
    /// Where to listen; by default the main server's address with the Ring port.
    pub bind: Option<SocketAddr>,
}

#[derive(thiserror::Error, Debug, Clone, PartialEq, Eq)]
pub enum SpecError {
    #[error(
        "\"{0}\" is not an egress listener: write <tcp|udp>/<Ring port>[@<public port>]\
         [=<address:port>], e.g. tcp/9998 or udp/15063=0.0.0.0:15063"
    )]
    Syntax(String),
    #[error("\"{0}\": {1}")]
    Port(String, String),
    #[error("\"{0}\": \"{1}\" is not an address:port such as 0.0.0.0:9998 or [::]:9998")]
    Address(String, String),
    #[error("\"{0}\": {1} {2} is not a Ring port tested from the browser ({3})")]
    NotARingPort(String, &'static str, Port, String),
}

impl FromStr for ListenerSpec {
    type Err = SpecError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let syntax = || SpecError::Syntax(text.to_owned());
        let (head, bind) = match text.trim().split_once('=') {
            Some((head, bind)) => (head, Some(bind)),
            None => (text.trim(), None),
        };
        let (transport, ports) = head.split_once('/').ok_or_else(syntax)?;
        let transport = match transport.to_ascii_lowercase().as_str() {
            "tcp" => Transport::Tcp,
            "udp" => Transport::Udp,
            _ => return Err(syntax()),
        };
        let (ring_port, public_port) = match ports.split_once('@') {
            Some((ring, public)) => (ring, Some(public)),
            None => (ports, None),
        };
        let port = |value: &str| {
            Port::parse(value).map_err(|error| SpecError::Port(text.to_owned(), error.to_string()))
        };
        let ring_port = port(ring_port)?;
        let public_port = public_port.map(port).transpose()?;
        let bind = bind
            .map(|bind| {
                bind.trim()
                    .parse::<SocketAddr>()
                    .map_err(|_| SpecError::Address(text.to_owned(), bind.to_owned()))
            })
            .transpose()?;
        if !is_tested_from_browser(transport, ring_port) {
            return Err(SpecError::NotARingPort(
                text.to_owned(),
                transport.label(),
                ring_port,
                tested_from_browser(),
            ));
        }
        Ok(Self {
            transport,
            ring_port,
            public_port,
            bind,
        })
    }
}

impl fmt::Display for ListenerSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.transport.slug(), self.ring_port)?;
        if let Some(public) = self.public_port {
            write!(f, "@{public}")?;
        }
        if let Some(bind) = self.bind {
            write!(f, "={bind}")?;
        }
        Ok(())
    }
}

/// Whether the catalogue tests this port from the browser (any port of the media range
/// counts: the sample is the operator's choice).
fn is_tested_from_browser(transport: Transport, port: Port) -> bool {
    // As the media sample: `egress_targets` keeps it only if it lies in the range.
    egress_targets(catalog(), &[port], |_, port| Ok(port))
        .iter()
        .any(|t| t.is_testable() && t.transport == transport && t.port == port)
}

/// The Ring ports the browser tests, from the catalogue, for people: "TCP 80, 443; UDP
/// 15063 and 16500–65000".
fn tested_from_browser() -> String {
    let catalog = catalog();
    let mut by_transport: Vec<String> = Vec::new();
    for transport in [Transport::Tcp, Transport::Udp] {
        let mut ports: Vec<String> = egress_targets(catalog, &[], |_, port| Ok(port))
            .into_iter()
            .filter(|t| t.is_testable() && t.transport == transport)
            .map(|t| t.port.to_string())
            .collect();
        if let Some((first, last)) = catalog.sampled_range(transport) {
            ports.push(format!("{first}\u{2013}{last}"));
        }
        if !ports.is_empty() {
            by_transport.push(format!("{} {}", transport.label(), ports.join(", ")));
        }
    }
    by_transport.join("; ")
}

/// Every Ring port the browser tests, with the media range sampled at `media_sample`:
/// the listeners a server has when none are configured.
pub fn default_specs(media_sample: &[Port]) -> Vec<ListenerSpec> {
    egress_targets(catalog(), media_sample, |_, port| Ok(port))
        .into_iter()
        .filter(|target| target.is_testable())
        .map(|target| ListenerSpec {
            transport: target.transport,
            ring_port: target.port,
            public_port: None,
            bind: None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(text: &str) -> Result<ListenerSpec, String> {
        text.parse::<ListenerSpec>().map_err(|e| e.to_string())
    }

    #[test]
    fn the_short_and_long_forms_parse() {
        let short = spec("tcp/9998").unwrap();
        assert_eq!(short.transport, Transport::Tcp);
        assert_eq!(short.ring_port.get(), 9998);
        assert_eq!((short.public_port, short.bind), (None, None));

        let forwarded = spec("TCP/443=0.0.0.0:8443").unwrap();
        assert_eq!(forwarded.bind, Some("0.0.0.0:8443".parse().unwrap()));

        let full = spec("udp/16500@26500=[::]:0").unwrap();
        assert_eq!(full.public_port.map(Port::get), Some(26500));
        assert_eq!(full.bind, Some("[::]:0".parse().unwrap()));
        assert_eq!(full.to_string(), "udp/16500@26500=[::]:0");
    }

    #[test]
    fn mistakes_say_what_to_write() {
        for (text, expected) in [
            ("9998", "write <tcp|udp>/<Ring port>"),
            ("sctp/9998", "write <tcp|udp>/<Ring port>"),
            ("tcp/99999", "outside 1-65535"),
            ("tcp/9998@x", "not a port number"),
            ("tcp/9998=localhost:9998", "not an address:port"),
            (
                "tcp/22",
                "TCP 22 is not a Ring port tested from the browser",
            ),
            ("udp/9998", "UDP 9998 is not a Ring port"),
            ("tcp/16500", "TCP 16500 is not a Ring port"),
            ("udp/16000", "UDP 16000 is not a Ring port"),
            ("tcp/53", "TCP 53 is not a Ring port"),
        ] {
            let error = spec(text).unwrap_err();
            assert!(error.contains(expected), "{text}: {error}");
        }
        assert!(spec("udp/40000").is_ok(), "any port of the media range");
    }

    #[test]
    fn a_port_that_is_not_tested_lists_the_ones_that_are_from_the_catalogue() {
        let error = spec("tcp/22").unwrap_err();
        assert!(
            error.ends_with(
                "(TCP 80, 443, 8557, 9998, 9999, 15063, 15064, 9002, 5228, 5223; UDP 15063, \
                 15064, 4172, 16500\u{2013}65000)"
            ),
            "{error}"
        );
    }

    #[test]
    fn the_defaults_cover_every_port_the_browser_tests() {
        let sample = [Port::known(16500), Port::known(65000)];
        let defaults: Vec<String> = default_specs(&sample)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            defaults,
            [
                "tcp/80",
                "tcp/443",
                "tcp/8557",
                "tcp/9998",
                "tcp/9999",
                "tcp/15063",
                "tcp/15064",
                "udp/15063",
                "udp/15064",
                "tcp/9002",
                "udp/16500",
                "udp/65000",
                "udp/4172",
                "tcp/5228",
                "tcp/5223"
            ]
        );
    }
}

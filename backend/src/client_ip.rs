//! The address a check probes: the TCP peer of the request, or, behind proxies the
//! operator named, the address the one header they named says the nearest proxy saw.
//! Nothing else: no fallback from one header to another, and a header that cannot be
//! read means the peer, never a guess from it.

use std::{net::IpAddr, num::NonZeroU8};

use forwarded_header_value::ForwardedHeaderValue;
use http::{HeaderMap, HeaderName, header::FORWARDED};
use ipnet::IpNet;

use crate::engine::canonical;

const X_FORWARDED_FOR: HeaderName = HeaderName::from_static("x-forwarded-for");

/// The header a reverse proxy writes the visitor's address into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ProxyHeader {
    /// `X-Forwarded-For: client, proxy1, …` (nginx, Caddy, most load balancers).
    #[value(name = "x-forwarded-for")]
    XForwardedFor,
    /// `Forwarded: for=client, for=proxy1` (RFC 7239).
    #[value(name = "forwarded")]
    Forwarded,
}

impl ProxyHeader {
    fn name(self) -> HeaderName {
        match self {
            ProxyHeader::XForwardedFor => X_FORWARDED_FOR,
            ProxyHeader::Forwarded => FORWARDED,
        }
    }
}

/// Which proxies are believed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProxyTrust {
    /// Peers in these networks are proxies; the visitor is the rightmost address of the
    /// header that is not one of them.
    Networks(Vec<IpNet>),
    /// Exactly this many proxies stand in front of the server, and nothing reaches it
    /// but through them; the visitor is that many addresses from the header's right end.
    Hops(NonZeroU8),
}

/// How the visitor's address is found.
#[derive(Clone, Debug, Default)]
pub enum ClientIp {
    /// The TCP peer: no proxy in front.
    #[default]
    Peer,
    /// Behind proxies, from `header`.
    Behind {
        header: ProxyHeader,
        trust: ProxyTrust,
    },
}

impl ClientIp {
    /// The visitor's address for a request from `peer` with `headers`.
    pub fn client_address(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let peer = canonical(peer);
        let ClientIp::Behind { header, trust } = self else {
            return peer;
        };
        if let ProxyTrust::Networks(networks) = trust
            && !contains(networks, peer)
        {
            return peer;
        }
        match forwarded_address(*header, trust, headers) {
            Ok(address) => address,
            Err(problem) => {
                tracing::warn!(
                    header = header.name().as_str(),
                    problem,
                    "the proxy's header gives no visitor address: the proxy itself is used"
                );
                peer
            }
        }
    }
}

fn contains(networks: &[IpNet], address: IpAddr) -> bool {
    networks.iter().any(|network| network.contains(&address))
}

/// The visitor's address from `header`, or why it gives none.
fn forwarded_address(
    header: ProxyHeader,
    trust: &ProxyTrust,
    headers: &HeaderMap,
) -> Result<IpAddr, &'static str> {
    let value = joined(headers, &header.name()).ok_or("missing")?;
    let parsed = match header {
        ProxyHeader::XForwardedFor => ForwardedHeaderValue::from_x_forwarded_for(&value),
        ProxyHeader::Forwarded => ForwardedHeaderValue::from_forwarded(&value),
    }
    .map_err(|_| "unreadable")?;
    let hops: Vec<Option<IpAddr>> = parsed
        .iter()
        .map(|stanza| stanza.forwarded_for_ip().map(canonical))
        .collect();
    match trust {
        ProxyTrust::Networks(networks) => {
            // From the right, past our own proxies: the first other address is the
            // visitor, as the nearest untrusted party told our proxy.
            for hop in hops.iter().rev() {
                let hop = hop.ok_or("an address that is not an IP")?;
                if !contains(networks, hop) {
                    return Ok(hop);
                }
            }
            Err("only proxies")
        }
        ProxyTrust::Hops(count) => {
            let count = usize::from(count.get());
            let at = hops
                .len()
                .checked_sub(count)
                .ok_or("fewer addresses than proxies")?;
            hops[at].ok_or("an address that is not an IP")
        }
    }
}

/// All values of a header that may appear several times, in order, as one list.
fn joined(headers: &HeaderMap, name: &HeaderName) -> Option<String> {
    let values: Vec<&str> = headers
        .get_all(name)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .collect();
    (!values.is_empty()).then(|| values.join(", "))
}

#[cfg(test)]
mod tests {
    use http::HeaderValue;

    use super::*;

    fn behind(header: ProxyHeader, cidrs: &[&str]) -> ClientIp {
        ClientIp::Behind {
            header,
            trust: ProxyTrust::Networks(cidrs.iter().map(|c| c.parse().unwrap()).collect()),
        }
    }

    fn hops(header: ProxyHeader, count: u8) -> ClientIp {
        ClientIp::Behind {
            header,
            trust: ProxyTrust::Hops(NonZeroU8::new(count).unwrap()),
        }
    }

    fn headers(pairs: &[(&HeaderName, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append((*name).clone(), HeaderValue::from_str(value).unwrap());
        }
        map
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn without_proxies_headers_are_ignored() {
        let spoofed = headers(&[(&X_FORWARDED_FOR, "8.8.8.8"), (&FORWARDED, "for=1.1.1.1")]);
        assert_eq!(
            ClientIp::Peer.client_address(ip("203.0.113.5"), &spoofed),
            ip("203.0.113.5")
        );
    }

    #[test]
    fn headers_from_a_peer_that_is_not_a_trusted_proxy_are_ignored() {
        let rule = behind(ProxyHeader::XForwardedFor, &["10.0.0.0/8"]);
        let spoofed = headers(&[(&X_FORWARDED_FOR, "8.8.8.8")]);
        assert_eq!(
            rule.client_address(ip("203.0.113.5"), &spoofed),
            ip("203.0.113.5")
        );
    }

    #[test]
    fn a_trusted_proxy_gives_the_rightmost_untrusted_hop() {
        let rule = behind(ProxyHeader::XForwardedFor, &["10.0.0.0/8"]);
        // The visitor wrote 6.6.6.6 themselves; the proxies appended the real peer.
        let forwarded = headers(&[(&X_FORWARDED_FOR, "6.6.6.6, 198.51.100.20, 10.0.0.3")]);
        assert_eq!(
            rule.client_address(ip("10.0.0.2"), &forwarded),
            ip("198.51.100.20")
        );
    }

    #[test]
    fn only_the_named_header_counts_whatever_the_visitor_adds() {
        // nginx appends to X-Forwarded-For and passes the visitor's own Forwarded on.
        let xff = behind(ProxyHeader::XForwardedFor, &["10.0.0.0/8"]);
        let forged = headers(&[
            (&FORWARDED, "for=8.8.8.8"),
            (&X_FORWARDED_FOR, "198.51.100.20"),
        ]);
        assert_eq!(
            xff.client_address(ip("10.0.0.2"), &forged),
            ip("198.51.100.20")
        );
        // And the other way round: a named Forwarded is not replaced by X-Forwarded-For.
        let forwarded = behind(ProxyHeader::Forwarded, &["10.0.0.0/8"]);
        let only_xff = headers(&[(&X_FORWARDED_FOR, "8.8.8.8")]);
        assert_eq!(
            forwarded.client_address(ip("10.0.0.2"), &only_xff),
            ip("10.0.0.2"),
            "no fallback to another header"
        );
        let rfc = headers(&[(&FORWARDED, r#"for="[2001:db8:cafe::17]:4711";proto=https"#)]);
        assert_eq!(
            forwarded.client_address(ip("10.0.0.2"), &rfc),
            ip("2001:db8:cafe::17")
        );
    }

    #[test]
    fn several_header_lines_are_one_list() {
        let rule = behind(ProxyHeader::XForwardedFor, &["10.0.0.0/8"]);
        let forwarded = headers(&[
            (&X_FORWARDED_FOR, "6.6.6.6"),
            (&X_FORWARDED_FOR, "198.51.100.20"),
        ]);
        assert_eq!(
            rule.client_address(ip("10.0.0.2"), &forwarded),
            ip("198.51.100.20")
        );
    }

    #[test]
    fn a_header_that_cannot_be_read_means_the_peer_never_a_guess() {
        let rule = behind(ProxyHeader::XForwardedFor, &["10.0.0.0/8"]);
        for value in [
            "not an address",
            "198.51.100.20, garbage",
            "10.0.0.9",
            "unknown, 10.0.0.3",
        ] {
            assert_eq!(
                rule.client_address(ip("10.0.0.2"), &headers(&[(&X_FORWARDED_FOR, value)])),
                ip("10.0.0.2"),
                "{value}"
            );
        }
        assert_eq!(
            rule.client_address(ip("10.0.0.2"), &HeaderMap::new()),
            ip("10.0.0.2")
        );
        let forwarded = behind(ProxyHeader::Forwarded, &["10.0.0.0/8"]);
        let unknown = headers(&[(&FORWARDED, "for=unknown")]);
        assert_eq!(
            forwarded.client_address(ip("10.0.0.2"), &unknown),
            ip("10.0.0.2")
        );
    }

    #[test]
    fn a_number_of_hops_counts_from_the_right() {
        let one = hops(ProxyHeader::XForwardedFor, 1);
        let forged = headers(&[(&X_FORWARDED_FOR, "8.8.8.8, 198.51.100.20")]);
        assert_eq!(
            one.client_address(ip("10.0.0.2"), &forged),
            ip("198.51.100.20")
        );
        let two = hops(ProxyHeader::XForwardedFor, 2);
        let chain = headers(&[(&X_FORWARDED_FOR, "8.8.8.8, 198.51.100.20, 10.0.0.5")]);
        assert_eq!(
            two.client_address(ip("10.0.0.2"), &chain),
            ip("198.51.100.20")
        );
        let short = headers(&[(&X_FORWARDED_FOR, "198.51.100.20")]);
        assert_eq!(
            two.client_address(ip("10.0.0.2"), &short),
            ip("10.0.0.2"),
            "fewer addresses than proxies: the header is not what the proxies write"
        );
    }

    #[test]
    fn ipv4_mapped_peers_and_hops_are_ipv4() {
        let rule = behind(ProxyHeader::XForwardedFor, &["10.0.0.0/8"]);
        let forwarded = headers(&[(&X_FORWARDED_FOR, "::ffff:198.51.100.20")]);
        assert_eq!(
            rule.client_address(ip("::ffff:10.0.0.2"), &forwarded),
            ip("198.51.100.20")
        );
        assert_eq!(
            ClientIp::Peer.client_address(ip("::ffff:8.8.4.4"), &HeaderMap::new()),
            ip("8.8.4.4")
        );
    }
}

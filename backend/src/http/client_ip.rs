//! The address a check probes: the TCP peer of the request, or, only when that peer is a
//! configured trusted proxy, the address the proxy says it forwarded for.

use std::net::IpAddr;

use axum::http::{HeaderMap, HeaderName, header::FORWARDED};
use forwarded_header_value::ForwardedHeaderValue;
use ipnet::IpNet;

use crate::engine::canonical;

const X_FORWARDED_FOR: HeaderName = HeaderName::from_static("x-forwarded-for");

#[derive(Debug, Clone, Default)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    pub fn new(networks: Vec<IpNet>) -> Self {
        Self(networks)
    }

    fn trusts(&self, address: IpAddr) -> bool {
        let address = canonical(address);
        self.0.iter().any(|network| network.contains(&address))
    }

    /// The visitor's address. Headers count only when `peer` is a trusted proxy; then the
    /// rightmost forwarded hop that is not itself a trusted proxy is the visitor (every
    /// hop further left could have been written by the visitor). `Forwarded` wins over
    /// `X-Forwarded-For`. A header we cannot read leaves the peer as the answer.
    pub fn client_address(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let peer = canonical(peer);
        if !self.trusts(peer) {
            return peer;
        }
        let forwarded = joined(headers, &FORWARDED)
            .and_then(|value| ForwardedHeaderValue::from_forwarded(&value).ok())
            .or_else(|| {
                joined(headers, &X_FORWARDED_FOR)
                    .and_then(|value| ForwardedHeaderValue::from_x_forwarded_for(&value).ok())
            });
        let Some(forwarded) = forwarded else {
            return peer;
        };
        let mut leftmost = peer;
        for stanza in forwarded.iter().rev() {
            let Some(hop) = stanza.forwarded_for_ip().map(canonical) else {
                // "unknown" or an obfuscated name: nothing further left can be believed.
                return leftmost;
            };
            if !self.trusts(hop) {
                return hop;
            }
            leftmost = hop;
        }
        leftmost
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
    use axum::http::HeaderValue;

    use super::*;

    fn proxies(cidrs: &[&str]) -> TrustedProxies {
        TrustedProxies::new(cidrs.iter().map(|c| c.parse().unwrap()).collect())
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
    fn headers_from_an_untrusted_peer_are_ignored() {
        let trusted = proxies(&["10.0.0.0/8"]);
        let spoofed = headers(&[(&X_FORWARDED_FOR, "8.8.8.8"), (&FORWARDED, "for=1.1.1.1")]);
        assert_eq!(
            trusted.client_address(ip("203.0.113.5"), &spoofed),
            ip("203.0.113.5")
        );
        assert_eq!(
            TrustedProxies::default().client_address(ip("127.0.0.1"), &spoofed),
            ip("127.0.0.1")
        );
    }

    #[test]
    fn a_trusted_proxy_gives_the_rightmost_untrusted_hop() {
        let trusted = proxies(&["10.0.0.0/8"]);
        // The visitor wrote 6.6.6.6 themselves; the proxy appended the real peer.
        let forwarded = headers(&[(&X_FORWARDED_FOR, "6.6.6.6, 198.51.100.20, 10.0.0.3")]);
        assert_eq!(
            trusted.client_address(ip("10.0.0.2"), &forwarded),
            ip("198.51.100.20")
        );
    }

    #[test]
    fn several_header_lines_are_one_list() {
        let trusted = proxies(&["10.0.0.0/8"]);
        let forwarded = headers(&[
            (&X_FORWARDED_FOR, "6.6.6.6"),
            (&X_FORWARDED_FOR, "198.51.100.20"),
        ]);
        assert_eq!(
            trusted.client_address(ip("10.0.0.2"), &forwarded),
            ip("198.51.100.20")
        );
    }

    #[test]
    fn forwarded_wins_and_ipv6_and_ports_are_understood() {
        let trusted = proxies(&["10.0.0.0/8"]);
        let forwarded = headers(&[
            (&FORWARDED, r#"for="[2001:db8:cafe::17]:4711";proto=https"#),
            (&X_FORWARDED_FOR, "8.8.8.8"),
        ]);
        assert_eq!(
            trusted.client_address(ip("10.0.0.2"), &forwarded),
            ip("2001:db8:cafe::17")
        );
    }

    #[test]
    fn unreadable_or_missing_headers_leave_the_proxy_itself() {
        let trusted = proxies(&["10.0.0.0/8"]);
        assert_eq!(
            trusted.client_address(ip("10.0.0.2"), &HeaderMap::new()),
            ip("10.0.0.2")
        );
        let garbage = headers(&[(&X_FORWARDED_FOR, "not an address")]);
        assert_eq!(
            trusted.client_address(ip("10.0.0.2"), &garbage),
            ip("10.0.0.2")
        );
        let unknown = headers(&[(&FORWARDED, "for=unknown")]);
        assert_eq!(
            trusted.client_address(ip("10.0.0.2"), &unknown),
            ip("10.0.0.2")
        );
    }

    #[test]
    fn ipv4_mapped_peers_are_ipv4() {
        let trusted = proxies(&["10.0.0.0/8"]);
        let forwarded = headers(&[(&X_FORWARDED_FOR, "198.51.100.20")]);
        assert_eq!(
            trusted.client_address(ip("::ffff:10.0.0.2"), &forwarded),
            ip("198.51.100.20")
        );
        assert_eq!(
            TrustedProxies::default().client_address(ip("::ffff:8.8.4.4"), &HeaderMap::new()),
            ip("8.8.4.4")
        );
    }
}

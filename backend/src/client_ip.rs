//! The address a check probes: the TCP peer of the request, or, behind proxies the
//! operator named, the address the one header they named says the nearest proxy saw.
//! Nothing else: no fallback from one header to another, and a header that cannot be
//! read means the peer, never a guess from it.

use std::{
    net::IpAddr,
    num::NonZeroU8,
    sync::atomic::{AtomicU64, Ordering},
    time::{SystemTime, UNIX_EPOCH},
};

use http::{HeaderMap, HeaderName, header::FORWARDED};
use ipnet::IpNet;

use ringcheck_engine::{canonical, check_public};
use ringcheck_shared::check::mask_address;

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
    /// Whether `peer` is one of the proxies in front. Counted in hops, the proxies are not
    /// named: any peer that is not a public address is taken for one (a load balancer
    /// reaches the server over a private network), so a public one that gets past them
    /// is never spared the per-address bounds.
    pub fn is_trusted_proxy(&self, peer: IpAddr) -> bool {
        match self {
            ClientIp::Peer => false,
            ClientIp::Behind {
                trust: ProxyTrust::Networks(networks),
                ..
            } => contains(networks, canonical(peer)),
            ClientIp::Behind {
                trust: ProxyTrust::Hops(_),
                ..
            } => check_public(canonical(peer)).is_err(),
        }
    }

    /// The visitor's address for a request from `peer` with `headers`. Counted in hops,
    /// a public peer got past the proxies the operator said are the one way in: its
    /// header is its own words, so it is refused rather than believed (it would name
    /// anybody as the address to probe) or taken for the visitor (the operator said no
    /// visitor connects directly).
    pub fn client_address(
        &self,
        peer: IpAddr,
        headers: &HeaderMap,
    ) -> Result<IpAddr, BypassedProxies> {
        let peer = canonical(peer);
        let ClientIp::Behind { header, trust } = self else {
            return Ok(peer);
        };
        match trust {
            ProxyTrust::Networks(networks) if !contains(networks, peer) => return Ok(peer),
            ProxyTrust::Hops(_) if !self.is_trusted_proxy(peer) => {
                warn_bypassed(peer);
                return Err(BypassedProxies);
            }
            _ => {}
        }
        match forwarded_address(*header, trust, headers) {
            Ok(address) => Ok(address),
            Err(problem) => {
                warn_unreadable(*header, problem);
                Ok(peer)
            }
        }
    }
}

/// A request that reached a server behind `--trusted-hops` from a public address, not
/// through its proxies.
#[derive(thiserror::Error, Debug, Clone, Copy, PartialEq, Eq)]
#[error("the request came from a public address, not through the proxies in front")]
pub struct BypassedProxies;

fn contains(networks: &[IpNet], address: IpAddr) -> bool {
    networks.iter().any(|network| network.contains(&address))
}

/// The visitor's address from `header`, or why it gives none. Read from the right, as far
/// as needed: the right end is what our own proxies wrote, and whatever the visitor put
/// further left (garbage, an unmatched quote, bytes that are not ASCII) cannot make it
/// unreadable.
fn forwarded_address(
    header: ProxyHeader,
    trust: &ProxyTrust,
    headers: &HeaderMap,
) -> Result<IpAddr, &'static str> {
    let hops = hops_from_right(header, headers);
    if hops.is_empty() {
        return Err("missing");
    }
    let mut hops = hops.into_iter();
    match trust {
        ProxyTrust::Networks(networks) => {
            // Past our own proxies: the first other address is the visitor, as the
            // nearest untrusted party told our proxy.
            for hop in hops {
                let hop = hop.ok_or("an address that is not an IP")?;
                if !contains(networks, hop) {
                    return Ok(hop);
                }
            }
            Err("only proxies")
        }
        ProxyTrust::Hops(count) => hops
            .nth(usize::from(count.get()) - 1)
            .ok_or("fewer addresses than proxies")?
            .ok_or("an address that is not an IP"),
    }
}

/// The addresses in every line of `header`, nearest proxy first: the last line first, and
/// each line split from its end, so nothing on the left changes how the right reads.
/// Bytes that are not text are read as replacement characters, not dropped with their
/// line.
fn hops_from_right(header: ProxyHeader, headers: &HeaderMap) -> Vec<Option<IpAddr>> {
    let mut hops = Vec::new();
    for line in headers.get_all(header.name()).iter().rev() {
        let text = String::from_utf8_lossy(line.as_bytes());
        match header {
            // No quoting in X-Forwarded-For: a quote is just a visitor's garbage.
            ProxyHeader::XForwardedFor => hops.extend(text.rsplit(',').map(node_address)),
            ProxyHeader::Forwarded => hops.extend(
                split_from_right_outside_quotes(&text, ',')
                    .into_iter()
                    .map(forwarded_for),
            ),
        }
    }
    hops
}

/// `text` split at `separator`s that are not inside double quotes, the rightmost part
/// first. Quotes are matched from the right, so the parts proxies appended read right
/// however the left end is quoted.
fn split_from_right_outside_quotes(text: &str, separator: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut end, mut quoted) = (text.len(), false);
    let mut chars = text.char_indices().rev().peekable();
    while let Some((at, c)) = chars.next() {
        match c {
            // Inside quotes, `\"` is a quote escaped, not the string's start.
            '"' if quoted && chars.peek().is_some_and(|&(_, before)| before == '\\') => {
                chars.next();
            }
            '"' => quoted = !quoted,
            c if c == separator && !quoted => {
                parts.push(&text[at + c.len_utf8()..end]);
                end = at;
            }
            _ => {}
        }
    }
    parts.push(&text[..end]);
    parts
}

/// `text` split at `separator`s that are not inside double quotes.
fn split_outside_quotes(text: &str, separator: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut start, mut quoted, mut escaped) = (0, false, false);
    for (at, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            c if c == separator && !quoted => {
                parts.push(&text[start..at]);
                start = at + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

/// The `for=` node of one `Forwarded` element, as an address.
fn forwarded_for(element: &str) -> Option<IpAddr> {
    split_outside_quotes(element, ';')
        .into_iter()
        .find_map(|pair| {
            let (name, value) = pair.split_once('=')?;
            name.trim()
                .eq_ignore_ascii_case("for")
                .then(|| node_address(value))?
        })
}

/// A node as proxies write it: `192.0.2.7`, `192.0.2.7:4711`, `2001:db8::7`,
/// `[2001:db8::7]`, `[2001:db8::7]:4711`, possibly quoted; `None` for anything else
/// (`unknown`, an obfuscated name, garbage).
fn node_address(node: &str) -> Option<IpAddr> {
    let node = node.trim().trim_matches('"').trim();
    if let Some(rest) = node.strip_prefix('[') {
        let (address, _port) = rest.split_once(']')?;
        return address
            .parse::<std::net::Ipv6Addr>()
            .ok()
            .map(IpAddr::V6)
            .map(canonical);
    }
    if let Ok(address) = node.parse::<IpAddr>() {
        return Some(canonical(address));
    }
    let (address, port) = node.rsplit_once(':')?;
    port.parse::<u16>().ok()?;
    address.parse::<std::net::Ipv4Addr>().ok().map(IpAddr::V4)
}

/// Logs a header problem at most once a minute: a visitor can cause one per request.
fn warn_unreadable(header: ProxyHeader, problem: &'static str) {
    static LAST: AtomicU64 = AtomicU64::new(0);
    if once_a_minute(&LAST) {
        tracing::warn!(
            header = header.name().as_str(),
            problem,
            "the proxy's header gives no visitor address: the proxy itself is used \
             (said at most once a minute)"
        );
    }
}

/// Tells the operator, at most once a minute, that the main port is reachable other
/// than through the proxies: the set-up `--trusted-hops` relies on is not there.
fn warn_bypassed(peer: IpAddr) {
    static LAST: AtomicU64 = AtomicU64::new(0);
    if once_a_minute(&LAST) {
        tracing::warn!(
            peer = %mask_address(peer),
            "a public address reached this server directly, not through the proxies \
             --trusted-hops counts: its requests are refused. Bind the main port where \
             only the proxy reaches it (said at most once a minute)"
        );
    }
}

/// Whether a minute has passed since `last` (seconds since the epoch) was set, setting it.
#[allow(clippy::disallowed_methods)] // this host's own pace of warnings
fn once_a_minute(last: &AtomicU64) -> bool {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_secs());
    let before = last.load(Ordering::Relaxed);
    now >= before + 60
        && last
            .compare_exchange(before, now, Ordering::Relaxed, Ordering::Relaxed)
            .is_ok()
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
            ClientIp::Peer
                .client_address(ip("203.0.113.5"), &spoofed)
                .unwrap(),
            ip("203.0.113.5")
        );
    }

    #[test]
    fn headers_from_a_peer_that_is_not_a_trusted_proxy_are_ignored() {
        let rule = behind(ProxyHeader::XForwardedFor, &["10.0.0.0/8"]);
        let spoofed = headers(&[(&X_FORWARDED_FOR, "8.8.8.8")]);
        assert_eq!(
            rule.client_address(ip("203.0.113.5"), &spoofed).unwrap(),
            ip("203.0.113.5")
        );
    }

    #[test]
    fn a_trusted_proxy_gives_the_rightmost_untrusted_hop() {
        let rule = behind(ProxyHeader::XForwardedFor, &["10.0.0.0/8"]);
        // The visitor wrote 6.6.6.6 themselves; the proxies appended the real peer.
        let forwarded = headers(&[(&X_FORWARDED_FOR, "6.6.6.6, 198.51.100.20, 10.0.0.3")]);
        assert_eq!(
            rule.client_address(ip("10.0.0.2"), &forwarded).unwrap(),
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
            xff.client_address(ip("10.0.0.2"), &forged).unwrap(),
            ip("198.51.100.20")
        );
        // And the other way round: a named Forwarded is not replaced by X-Forwarded-For.
        let forwarded = behind(ProxyHeader::Forwarded, &["10.0.0.0/8"]);
        let only_xff = headers(&[(&X_FORWARDED_FOR, "8.8.8.8")]);
        assert_eq!(
            forwarded.client_address(ip("10.0.0.2"), &only_xff).unwrap(),
            ip("10.0.0.2"),
            "no fallback to another header"
        );
        let rfc = headers(&[(&FORWARDED, r#"for="[2001:db8:cafe::17]:4711";proto=https"#)]);
        assert_eq!(
            forwarded.client_address(ip("10.0.0.2"), &rfc).unwrap(),
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
            rule.client_address(ip("10.0.0.2"), &forwarded).unwrap(),
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
                rule.client_address(ip("10.0.0.2"), &headers(&[(&X_FORWARDED_FOR, value)]))
                    .unwrap(),
                ip("10.0.0.2"),
                "{value}"
            );
        }
        assert_eq!(
            rule.client_address(ip("10.0.0.2"), &HeaderMap::new())
                .unwrap(),
            ip("10.0.0.2")
        );
        let forwarded = behind(ProxyHeader::Forwarded, &["10.0.0.0/8"]);
        let unknown = headers(&[(&FORWARDED, "for=unknown")]);
        assert_eq!(
            forwarded.client_address(ip("10.0.0.2"), &unknown).unwrap(),
            ip("10.0.0.2")
        );
    }

    #[test]
    fn a_number_of_hops_counts_from_the_right() {
        let one = hops(ProxyHeader::XForwardedFor, 1);
        let forged = headers(&[(&X_FORWARDED_FOR, "8.8.8.8, 198.51.100.20")]);
        assert_eq!(
            one.client_address(ip("10.0.0.2"), &forged).unwrap(),
            ip("198.51.100.20")
        );
        let two = hops(ProxyHeader::XForwardedFor, 2);
        let chain = headers(&[(&X_FORWARDED_FOR, "8.8.8.8, 198.51.100.20, 10.0.0.5")]);
        assert_eq!(
            two.client_address(ip("10.0.0.2"), &chain).unwrap(),
            ip("198.51.100.20")
        );
        let short = headers(&[(&X_FORWARDED_FOR, "198.51.100.20")]);
        assert_eq!(
            two.client_address(ip("10.0.0.2"), &short).unwrap(),
            ip("10.0.0.2"),
            "fewer addresses than proxies: the header is not what the proxies write"
        );
    }

    #[test]
    fn what_the_visitor_writes_on_the_left_cannot_make_the_header_unreadable() {
        let rule = behind(ProxyHeader::XForwardedFor, &["10.0.0.0/8"]);
        for forged in [
            "garbage",
            "unknown",
            "\"a,b\"",
            "\"",
            "[2001:db8::1",
            "1.2.3.4:x",
        ] {
            let value = format!("{forged}, 198.51.100.20");
            assert_eq!(
                rule.client_address(ip("10.0.0.2"), &headers(&[(&X_FORWARDED_FOR, &value)]))
                    .unwrap(),
                ip("198.51.100.20"),
                "{value}"
            );
        }
        let mut not_ascii = HeaderMap::new();
        not_ascii.append(
            X_FORWARDED_FOR,
            HeaderValue::from_bytes(b"\xff\xfe, 198.51.100.20").unwrap(),
        );
        assert_eq!(
            rule.client_address(ip("10.0.0.2"), &not_ascii).unwrap(),
            ip("198.51.100.20")
        );
        let forwarded = behind(ProxyHeader::Forwarded, &["10.0.0.0/8"]);
        let quoted = headers(&[(
            &FORWARDED,
            r#"for="evil, with a comma";proto=https, for="[2001:db8:cafe::17]:4711""#,
        )]);
        assert_eq!(
            forwarded.client_address(ip("10.0.0.2"), &quoted).unwrap(),
            ip("2001:db8:cafe::17")
        );
        // An unmatched quote, before what the proxy appended on the same line or on a
        // line of its own; and a quote escaped inside the proxy's own value.
        for lines in [
            &[r#"for=", for=198.51.100.20"#][..],
            &[r#"for="1.2.3.4"#, "for=198.51.100.20"][..],
            &[r#"for=", for="198.51.100.20";by="a \"b\"""#][..],
        ] {
            let map = headers(&lines.iter().map(|l| (&FORWARDED, *l)).collect::<Vec<_>>());
            assert_eq!(
                forwarded.client_address(ip("10.0.0.2"), &map).unwrap(),
                ip("198.51.100.20"),
                "{lines:?}"
            );
        }
        let xff_lines = headers(&[
            (&X_FORWARDED_FOR, "\"1.2.3.4"),
            (&X_FORWARDED_FOR, "198.51.100.20"),
        ]);
        assert_eq!(
            rule.client_address(ip("10.0.0.2"), &xff_lines).unwrap(),
            ip("198.51.100.20")
        );
    }

    #[test]
    fn proxies_that_write_ports_are_understood() {
        let rule = behind(ProxyHeader::XForwardedFor, &["10.0.0.0/8"]);
        for (value, visitor) in [
            ("198.51.100.20:4711", "198.51.100.20"),
            ("[2001:db8::7]:4711", "2001:db8::7"),
            ("[2001:db8::7]", "2001:db8::7"),
        ] {
            assert_eq!(
                rule.client_address(ip("10.0.0.2"), &headers(&[(&X_FORWARDED_FOR, value)]))
                    .unwrap(),
                ip(visitor),
                "{value}"
            );
        }
    }

    #[test]
    fn counted_in_hops_a_public_peer_is_refused_whatever_its_header_says() {
        let one = hops(ProxyHeader::XForwardedFor, 1);
        let forged = headers(&[(&X_FORWARDED_FOR, "11.9.9.9")]);
        assert_eq!(
            one.client_address(ip("11.9.9.8"), &forged),
            Err(BypassedProxies),
            "a public peer is not a proxy: its header could name anybody"
        );
        assert_eq!(
            one.client_address(ip("11.9.9.8"), &HeaderMap::new()),
            Err(BypassedProxies),
            "nor is it a visitor: with hops, nobody connects directly"
        );
        assert_eq!(
            one.client_address(ip("::ffff:10.0.0.2"), &forged),
            Ok(ip("11.9.9.9"))
        );
        // Named networks say exactly who the proxies are: anyone else is the visitor.
        let named = behind(ProxyHeader::XForwardedFor, &["10.0.0.0/8"]);
        assert_eq!(
            named.client_address(ip("11.9.9.8"), &forged),
            Ok(ip("11.9.9.8"))
        );
    }

    #[test]
    fn proxies_are_the_named_networks_or_with_hops_any_private_peer() {
        let named = behind(ProxyHeader::XForwardedFor, &["10.0.0.0/8"]);
        assert!(named.is_trusted_proxy(ip("10.0.0.2")));
        assert!(named.is_trusted_proxy(ip("::ffff:10.0.0.2")));
        assert!(!named.is_trusted_proxy(ip("172.16.0.2")));
        let counted = hops(ProxyHeader::XForwardedFor, 1);
        assert!(counted.is_trusted_proxy(ip("10.0.0.2")));
        assert!(counted.is_trusted_proxy(ip("fd00::2")));
        assert!(
            !counted.is_trusted_proxy(ip("8.8.8.8")),
            "a public peer that got past the proxies is bounded as a visitor"
        );
        assert!(!ClientIp::Peer.is_trusted_proxy(ip("10.0.0.2")));
    }

    #[test]
    fn ipv4_mapped_peers_and_hops_are_ipv4() {
        let rule = behind(ProxyHeader::XForwardedFor, &["10.0.0.0/8"]);
        let forwarded = headers(&[(&X_FORWARDED_FOR, "::ffff:198.51.100.20")]);
        assert_eq!(
            rule.client_address(ip("::ffff:10.0.0.2"), &forwarded)
                .unwrap(),
            ip("198.51.100.20")
        );
        assert_eq!(
            ClientIp::Peer
                .client_address(ip("::ffff:8.8.4.4"), &HeaderMap::new())
                .unwrap(),
            ip("8.8.4.4")
        );
    }
}

//! A minimal, valid SIP OPTIONS request (RFC 3261 §11): the one datagram a SIP service
//! on 15063/15064 is expected to answer. It names the server by a placeholder host that
//! reveals nothing (`.invalid`, reserved never to resolve: RFC 6761 §6.4), never by the
//! address it sends from, which behind NAT is the machine's internal one; the answer still
//! comes back, as `rport` (RFC 3581) asks for it at the datagram's source, and without
//! `rport` a SIP server answers the source address anyway (`received`, RFC 3261 §18.2.2)
//! at the port the Via names.

use std::net::SocketAddr;

/// The host the request names the server by, in its Via, From and Contact.
pub const PLACEHOLDER_HOST: &str = "ringcheck.invalid";

/// The request to `target` from local port `local_port`, with fresh random branch, tag
/// and Call-ID.
pub fn options_request(local_port: u16, target: SocketAddr) -> String {
    let branch = random_token();
    let tag = random_token();
    let call_id = random_token();
    let host = host_of(target);
    let port = target.port();
    format!(
        "OPTIONS sip:{host}:{port} SIP/2.0\r\n\
         Via: SIP/2.0/UDP {PLACEHOLDER_HOST}:{local_port};branch=z9hG4bK{branch};rport\r\n\
         Max-Forwards: 70\r\n\
         From: <sip:ringcheck@{PLACEHOLDER_HOST}>;tag={tag}\r\n\
         To: <sip:{host}:{port}>\r\n\
         Call-ID: {call_id}@ringcheck\r\n\
         CSeq: 1 OPTIONS\r\n\
         Contact: <sip:ringcheck@{PLACEHOLDER_HOST}:{local_port}>\r\n\
         Accept: application/sdp\r\n\
         User-Agent: RingCheck/{version}\r\n\
         Content-Length: 0\r\n\r\n",
        version = env!("CARGO_PKG_VERSION"),
    )
}

/// An IPv6 host goes in brackets in a SIP URI.
fn host_of(address: SocketAddr) -> String {
    match address {
        SocketAddr::V4(v4) => v4.ip().to_string(),
        SocketAddr::V6(v6) => format!("[{}]", v6.ip()),
    }
}

fn random_token() -> String {
    let mut bytes = [0u8; 8];
    // Uniqueness, not secrecy: a failing RNG only makes the token all zeros.
    let _ = getrandom::fill(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use std::{collections::HashMap, time::Duration};

    use tokio::net::UdpSocket;

    use super::*;
    use crate::probe::network::{Network, SystemNetwork};

    /// The request read as a SIP server reads it (RFC 3261 §7, §8.1.1, §20): its
    /// Request-URI, and each header by name (every one a mandatory request has, once).
    fn parse_options(request: &str) -> (String, HashMap<String, String>) {
        let (head, body) = request.split_once("\r\n\r\n").expect("a head, then a body");
        let mut lines = head.split("\r\n");
        let request_line = lines.next().unwrap();
        let [method, uri, version] = request_line.split(' ').collect::<Vec<_>>()[..] else {
            panic!("not a request line: {request_line}");
        };
        assert_eq!((method, version), ("OPTIONS", "SIP/2.0"));
        assert!(uri.starts_with("sip:"), "{uri}");
        let mut headers = HashMap::new();
        for line in lines {
            let (name, value) = line.split_once(": ").expect("Name: value");
            assert!(
                name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'),
                "{name}"
            );
            let again = headers.insert(name.to_owned(), value.to_owned());
            assert!(again.is_none(), "{name} twice");
        }
        for name in ["Via", "Max-Forwards", "From", "To", "Call-ID", "CSeq"] {
            assert!(headers.contains_key(name), "no {name}");
        }
        assert_eq!(headers["CSeq"], "1 OPTIONS");
        assert_eq!(headers["Content-Length"], body.len().to_string());
        let via = headers["Via"]
            .strip_prefix("SIP/2.0/UDP ")
            .expect("sent over UDP");
        let (sent_by, params) = via.split_once(';').expect("Via parameters");
        let (host, port) = sent_by.rsplit_once(':').expect("host:port");
        assert!(port.parse::<u16>().is_ok(), "{sent_by}");
        assert!(
            host.split('.').all(|label| !label.is_empty()
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')),
            "the sent-by host is a host name: {host}"
        );
        assert!(params.starts_with("branch=z9hG4bK"), "RFC 3261 branch");
        assert!(
            params.split(';').any(|p| p == "rport"),
            "answered at the source"
        );
        (uri.to_owned(), headers)
    }

    #[test]
    fn builds_a_complete_options_request() {
        let request = options_request(40000, "198.51.100.7:15063".parse().unwrap());
        let (uri, headers) = parse_options(&request);
        assert_eq!(uri, "sip:198.51.100.7:15063");
        assert!(headers["Via"].starts_with("SIP/2.0/UDP ringcheck.invalid:40000;branch=z9hG4bK"));
        assert_eq!(headers["Max-Forwards"], "70");
        assert!(
            headers["From"].starts_with("<sip:ringcheck@ringcheck.invalid>;tag="),
            "{}",
            headers["From"]
        );
        assert_eq!(headers["To"], "<sip:198.51.100.7:15063>");
        assert_eq!(
            headers["Contact"],
            "<sip:ringcheck@ringcheck.invalid:40000>"
        );
        assert_eq!(headers["Content-Length"], "0");
    }

    #[test]
    fn ipv6_hosts_are_bracketed() {
        let request = options_request(40000, "[2001:db8::2]:15064".parse().unwrap());
        let (uri, headers) = parse_options(&request);
        assert_eq!(uri, "sip:[2001:db8::2]:15064");
        assert_eq!(headers["To"], "<sip:[2001:db8::2]:15064>");
    }

    #[test]
    fn each_request_is_a_new_transaction() {
        let a = options_request(1, "10.0.0.2:2".parse().unwrap());
        let b = options_request(1, "10.0.0.2:2".parse().unwrap());
        assert_ne!(a, b);
    }

    /// What the probe really sends, received by a SIP service of the test's own at
    /// `service`: a valid OPTIONS that names no address of the machine it came from.
    async fn received_from_a_real_probe(service: &str) {
        let service = match UdpSocket::bind(service).await {
            Ok(bound) => bound,
            Err(error) => {
                return crate::test_skip::skip(&format!("cannot bind {service} here: {error}"));
            }
        };
        let target = service.local_addr().unwrap();
        let probe = tokio::spawn(async move { SystemNetwork.sip_options(target).await });
        let mut datagram = [0u8; 2048];
        let (len, from) =
            tokio::time::timeout(Duration::from_secs(5), service.recv_from(&mut datagram))
                .await
                .expect("the probe's datagram within 5 s")
                .unwrap();
        let request = std::str::from_utf8(&datagram[..len]).unwrap();
        let (_, headers) = parse_options(request);
        // The target is named (Request-URI, To): on loopback it may be the source's
        // own address, so the whole request is searched only when they differ.
        let machine = from.ip().to_string();
        if from.ip() != target.ip() {
            assert!(
                !request.contains(&machine),
                "the request names the machine's {machine}:\n{request}"
            );
        }
        for name in ["Via", "From", "Contact", "Call-ID"] {
            assert!(
                !headers[name].contains(&machine),
                "{name} names the machine's {machine}:\n{request}"
            );
        }
        assert!(
            request.contains(&format!("{PLACEHOLDER_HOST}:{}", from.port())),
            "the Via names the port answers come back to:\n{request}"
        );
        // Answered at the address it came from, as a SIP service answers it.
        service
            .send_to(b"SIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n", from)
            .await
            .unwrap();
        tokio::time::timeout(Duration::from_secs(5), probe)
            .await
            .expect("the probe ends once answered")
            .unwrap()
            .expect("the answer reaches the probe");
    }

    #[tokio::test]
    async fn a_real_probe_over_ipv4_names_no_address_of_the_machine() {
        // Sent from 127.0.0.1, the source the kernel picks for the rest of 127/8.
        received_from_a_real_probe("127.0.0.2:0").await;
    }

    #[tokio::test]
    async fn a_real_probe_over_ipv6_names_no_address_of_the_machine() {
        received_from_a_real_probe("[::1]:0").await;
    }
}

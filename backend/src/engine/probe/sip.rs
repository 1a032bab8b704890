//! A minimal, valid SIP OPTIONS request (RFC 3261 §11): the one datagram a SIP service
//! on 15063/15064 is expected to answer.

use std::net::SocketAddr;

/// The request from `local` to `target`, with fresh random branch, tag and Call-ID.
pub fn options_request(local: SocketAddr, target: SocketAddr) -> String {
    let branch = random_token();
    let tag = random_token();
    let call_id = random_token();
    let host = host_of(target);
    let port = target.port();
    let local_host = host_of(local);
    let local_port = local.port();
    format!(
        "OPTIONS sip:{host}:{port} SIP/2.0\r\n\
         Via: SIP/2.0/UDP {local_host}:{local_port};branch=z9hG4bK{branch};rport\r\n\
         Max-Forwards: 70\r\n\
         From: <sip:ringcheck@{local_host}>;tag={tag}\r\n\
         To: <sip:{host}:{port}>\r\n\
         Call-ID: {call_id}@ringcheck\r\n\
         CSeq: 1 OPTIONS\r\n\
         Contact: <sip:ringcheck@{local_host}:{local_port}>\r\n\
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
    use super::*;

    #[test]
    fn builds_a_complete_options_request() {
        let request = options_request(
            "10.0.0.1:40000".parse().unwrap(),
            "198.51.100.7:15063".parse().unwrap(),
        );
        assert!(request.starts_with("OPTIONS sip:198.51.100.7:15063 SIP/2.0\r\n"));
        for header in [
            "Via: SIP/2.0/UDP 10.0.0.1:40000;branch=z9hG4bK",
            "Max-Forwards: 70",
            "From: <sip:ringcheck@10.0.0.1>;tag=",
            "To: <sip:198.51.100.7:15063>",
            "Call-ID: ",
            "CSeq: 1 OPTIONS",
            "Content-Length: 0",
        ] {
            assert!(request.contains(header), "missing {header}");
        }
        assert!(request.ends_with("\r\n\r\n"));
    }

    #[test]
    fn ipv6_hosts_are_bracketed() {
        let request = options_request(
            "[2001:db8::1]:40000".parse().unwrap(),
            "[2001:db8::2]:15064".parse().unwrap(),
        );
        assert!(request.starts_with("OPTIONS sip:[2001:db8::2]:15064 SIP/2.0\r\n"));
        assert!(request.contains("Via: SIP/2.0/UDP [2001:db8::1]:40000;"));
    }

    #[test]
    fn each_request_is_a_new_transaction() {
        let a = options_request("10.0.0.1:1".parse().unwrap(), "10.0.0.2:2".parse().unwrap());
        let b = options_request("10.0.0.1:1".parse().unwrap(), "10.0.0.2:2".parse().unwrap());
        assert_ne!(a, b);
    }
}

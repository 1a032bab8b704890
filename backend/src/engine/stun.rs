//! STUN Binding responders (RFC 8489) for the browser's UDP test: a browser that gets a
//! server-reflexive candidate from one of these knows the UDP port is open outbound.
//!
//! Only well-formed Binding requests are answered, with the smallest possible response
//! (the mapped address alone, at most 44 bytes), each source (IPv6: each /64) is
//! rate-limited and so are all responders together, so a responder is no use for
//! reflecting traffic at somebody else, and memory stays bounded under a spoofed flood.

use std::{
    net::{IpAddr, Ipv6Addr, SocketAddr},
    num::NonZeroU32,
    sync::Arc,
    time::Duration,
};

use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota, RateLimiter};
use stun_types::{
    attribute::XorMappedAddress,
    message::{BINDING, Message, MessageClass, MessageWriteVec},
    prelude::*,
};
use tokio::net::UdpSocket;

/// A Binding success with an IPv6 XOR-MAPPED-ADDRESS is 44 bytes; nothing bigger leaves.
pub const MAX_RESPONSE_BYTES: usize = 44;

/// The answer to `request` from `source`: a Binding success carrying `source` as the
/// mapped address, or `None` for anything that is not a well-formed Binding request.
pub fn binding_response(request: &[u8], source: SocketAddr) -> Option<Vec<u8>> {
    let message = Message::from_bytes(request).ok()?;
    if !(message.has_class(MessageClass::Request) && message.has_method(BINDING)) {
        return None;
    }
    let mut response = Message::builder_success(&message, MessageWriteVec::new());
    response
        .add_attribute(&XorMappedAddress::new(source, message.transaction_id()))
        .ok()?;
    let bytes = response.finish();
    (bytes.len() <= MAX_RESPONSE_BYTES).then_some(bytes)
}

/// How many requests are answered: per source, and for all sources together.
#[derive(Debug, Clone, Copy)]
pub struct StunLimits {
    pub per_second: NonZeroU32,
    pub burst: NonZeroU32,
    pub overall_per_second: NonZeroU32,
}

impl Default for StunLimits {
    /// A browser's ICE gathering sends a handful of requests per port with retransmits;
    /// a check tests under twenty ports. All together, 2,000 answers a second (at most
    /// 88 KB/s) carry hundreds of checks at once.
    fn default() -> Self {
        Self {
            per_second: NonZeroU32::new(10).unwrap_or(NonZeroU32::MIN),
            burst: NonZeroU32::new(60).unwrap_or(NonZeroU32::MIN),
            overall_per_second: NonZeroU32::new(2000).unwrap_or(NonZeroU32::MIN),
        }
    }
}

/// How often sources whose allowance is full again are forgotten: with the overall
/// limit checked first, at most `overall_per_second` × this many sources are tracked.
pub const FORGET_IDLE_EVERY: Duration = Duration::from_secs(10);

/// Shared by every responder, so the limits are per source, not per port.
pub struct StunLimiter {
    per_source: DefaultKeyedRateLimiter<IpAddr>,
    overall: DefaultDirectRateLimiter,
}

impl StunLimiter {
    pub fn new(limits: StunLimits) -> Arc<Self> {
        let quota = Quota::per_second(limits.per_second).allow_burst(limits.burst);
        Arc::new(Self {
            per_source: RateLimiter::keyed(quota),
            overall: RateLimiter::direct(Quota::per_second(limits.overall_per_second)),
        })
    }

    /// The overall limit first, so a flood from spoofed sources never reaches the
    /// per-source table.
    fn allows(&self, source: IpAddr) -> bool {
        self.overall.check().is_ok() && self.per_source.check_key(&source_key(source)).is_ok()
    }

    /// Forgets sources whose allowance is full again, so memory stays bounded.
    pub fn forget_idle(&self) {
        self.per_source.retain_recent();
        self.per_source.shrink_to_fit();
    }
}

/// An IPv4 address, or the /64 of an IPv6 one (a household gets a whole /64).
fn source_key(source: IpAddr) -> IpAddr {
    match source {
        IpAddr::V4(_) => source,
        IpAddr::V6(v6) => {
            let [a, b, c, d, ..] = v6.segments();
            IpAddr::V6(Ipv6Addr::new(a, b, c, d, 0, 0, 0, 0))
        }
    }
}

/// Calls [`StunLimiter::forget_idle`] every [`FORGET_IDLE_EVERY`] until dropped.
pub async fn forget_idle_regularly(limiter: Arc<StunLimiter>) {
    let mut ticks = tokio::time::interval(FORGET_IDLE_EVERY);
    loop {
        ticks.tick().await;
        limiter.forget_idle();
    }
}

/// Answers Binding requests on `socket` until the task is dropped.
pub async fn serve_stun(socket: UdpSocket, limiter: Arc<StunLimiter>) {
    let mut request = [0u8; 1500];
    loop {
        let (length, source) = match socket.recv_from(&mut request).await {
            Ok(received) => received,
            // ICMP errors from earlier answers surface here; they concern one peer only.
            Err(error) => {
                tracing::debug!(%error, "stun receive error");
                continue;
            }
        };
        // Every datagram counts, well-formed or not: the cheap check comes first.
        if !limiter.allows(source.ip()) {
            continue;
        }
        let Some(response) = binding_response(&request[..length], source) else {
            continue;
        };
        if let Err(error) = socket.send_to(&response, source).await {
            tracing::debug!(%error, %source, "stun send error");
        }
    }
}

#[cfg(test)]
mod tests {
    use std::net::Ipv4Addr;

    use stun_types::message::TransactionId;

    use super::*;

    fn binding_request() -> (Vec<u8>, TransactionId) {
        let request = Message::builder_request(BINDING, MessageWriteVec::new()).finish();
        let id = Message::from_bytes(&request).unwrap().transaction_id();
        (request, id)
    }

    /// One datagram, or a failed test after 5 s: never a hang.
    async fn recv(socket: &UdpSocket, buffer: &mut [u8]) -> usize {
        tokio::time::timeout(std::time::Duration::from_secs(5), socket.recv(buffer))
            .await
            .expect("an answer within 5 s")
            .unwrap()
    }

    fn mapped_address(response: &[u8], id: TransactionId) -> SocketAddr {
        let message = Message::from_bytes(response).expect("a STUN message");
        assert!(message.has_class(MessageClass::Success) && message.has_method(BINDING));
        assert_eq!(
            message.transaction_id(),
            id,
            "the answer is to that request"
        );
        message
            .attribute::<XorMappedAddress>()
            .expect("a mapped address")
            .addr(id)
    }

    #[test]
    fn a_binding_request_gets_its_source_back_ipv4_and_ipv6() {
        for source in ["198.51.100.7:40000", "[2001:db8::7]:40000"] {
            let source: SocketAddr = source.parse().unwrap();
            let (request, id) = binding_request();
            let response = binding_response(&request, source).expect("an answer");
            assert_eq!(mapped_address(&response, id), source);
            assert!(response.len() <= MAX_RESPONSE_BYTES);
        }
    }

    #[test]
    fn anything_else_gets_no_answer() {
        let source: SocketAddr = "198.51.100.7:40000".parse().unwrap();
        let (request, _) = binding_request();
        let not_binding = Message::builder_request(
            stun_types::message::Method::new(0x0003),
            MessageWriteVec::new(),
        )
        .finish();
        let indication = Message::builder_indication(BINDING, MessageWriteVec::new()).finish();
        let mut no_cookie = request.clone();
        no_cookie[4] ^= 0xff;
        let mut bad_length = request.clone();
        bad_length[3] = 8; // claims an attribute that is not there
        let cases: [(&str, &[u8]); 7] = [
            ("empty", &[]),
            ("short", &request[..12]),
            ("not STUN", b"GET / HTTP/1.1\r\n\r\n"),
            ("no magic cookie", &no_cookie),
            ("wrong length", &bad_length),
            ("not a Binding", &not_binding),
            ("an indication", &indication),
        ];
        for (what, datagram) in cases {
            assert_eq!(binding_response(datagram, source), None, "{what}");
        }
    }

    #[test]
    fn a_household_s_ipv6_64_shares_one_allowance_and_a_flood_stops_at_the_overall_limit() {
        let one = NonZeroU32::new(1).unwrap();
        let limiter = StunLimiter::new(StunLimits {
            per_second: one,
            burst: one,
            overall_per_second: NonZeroU32::new(3).unwrap(),
        });
        let first: IpAddr = "2001:db8:1:2::1".parse().unwrap();
        let same_64: IpAddr = "2001:db8:1:2:ffff::9".parse().unwrap();
        let other_64: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert!(limiter.allows(first));
        assert!(!limiter.allows(same_64), "the same /64 is one source");
        // That refused datagram still counted towards the overall limit of 3.
        assert!(limiter.allows(other_64));
        let spoofed: IpAddr = "198.51.100.1".parse().unwrap();
        assert!(
            !limiter.allows(spoofed),
            "over the overall limit, whoever it is"
        );
    }

    #[tokio::test]
    async fn the_responder_answers_real_sockets_and_limits_each_source() {
        let server = UdpSocket::bind((Ipv4Addr::LOCALHOST, 0)).await.unwrap();
        let address = server.local_addr().unwrap();
        let limiter = StunLimiter::new(StunLimits {
            per_second: NonZeroU32::new(1).unwrap(),
            burst: NonZeroU32::new(3).unwrap(),
            ..StunLimits::default()
        });
        let responder = tokio::spawn(serve_stun(server, limiter));

        let client = UdpSocket::bind((Ipv4Addr::LOCALHOST, 0)).await.unwrap();
        client.connect(address).await.unwrap();
        // Garbage first: ignored (it still counts against the source's allowance), and
        // the responder carries on.
        client.send(b"garbage").await.unwrap();
        let mut ids = Vec::new();
        for _ in 0..3 {
            let (request, id) = binding_request();
            client.send(&request).await.unwrap();
            ids.push(id);
        }
        let mut buffer = [0u8; 1500];
        for id in &ids[..2] {
            let length = recv(&client, &mut buffer).await;
            assert_eq!(
                mapped_address(&buffer[..length], *id),
                client.local_addr().unwrap()
            );
        }
        // Another source is answered; by then the third request above has been handled
        // (one loop, in order) and, over the limit, dropped.
        let other = UdpSocket::bind((Ipv4Addr::new(127, 0, 0, 2), 0))
            .await
            .unwrap();
        other.connect(address).await.unwrap();
        let (request, id) = binding_request();
        other.send(&request).await.unwrap();
        let length = recv(&other, &mut buffer).await;
        assert_eq!(
            mapped_address(&buffer[..length], id),
            other.local_addr().unwrap()
        );
        assert_eq!(
            client.try_recv(&mut buffer).map_err(|e| e.kind()),
            Err(std::io::ErrorKind::WouldBlock),
            "the fourth datagram from one source within a second got no answer"
        );
        responder.abort();
    }
}

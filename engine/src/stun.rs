//! STUN Binding responders (RFC 8489) for the browser's UDP test: a browser that gets a
//! server-reflexive candidate from one of these knows the UDP port is open outbound.
//!
//! Only well-formed Binding requests are answered, with the smallest possible response
//! (the mapped address alone, at most 44 bytes). A datagram is parsed first, then
//! charged to its source's allowance (IPv6: its /64; an IPv4-mapped address is IPv4),
//! then to its network's (IPv4 /24, IPv6 /48), and only a request within both to the
//! allowance of all responders together. So garbage costs nobody anything, one host or
//! one network flooding uses up only its own allowance, a responder is no use for
//! reflecting traffic at somebody else, and the tables stay bounded under a spoofed
//! flood. (A flood spoofing sources in many networks can still use up the overall
//! allowance: that bound is what keeps the responders from amplifying anything.)
//!
//! A household with a check running is answered from an allowance of its own instead
//! (a [`StunPass`] while the check lives), so such a flood cannot make its UDP tests
//! time out; there are only as many as checks admitted. While everybody's allowance is
//! being refused ([`StunLimiter::shedding`]) new checks are told UDP is not testable
//! here, and a check whose requests may have been shed is never told UDP is blocked
//! ([`StunPass::shed_since_start`]).

use std::{
    collections::HashMap,
    net::{IpAddr, SocketAddr},
    num::NonZeroU32,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use ipnet::IpNet;
use stun_types::{
    attribute::XorMappedAddress,
    message::{BINDING, Message, MessageClass, MessageWriteVec},
    prelude::*,
};
use tokio::net::UdpSocket;

use super::{allowance::Allowances, canonical, household_of, network_of};

/// What happened to a datagram on a STUN port.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StunOutcome {
    Answered,
    /// Not a STUN Binding request: dropped without a word.
    NotStun,
    /// Over its source's, its network's or everybody's allowance.
    OverAllowance,
}

/// Where the responders count what they did with each datagram: the server's metrics,
/// which the engine does not know.
pub trait StunCounter: Send + Sync {
    fn stun_datagram(&self, outcome: StunOutcome);
}

/// A Binding success with an IPv6 XOR-MAPPED-ADDRESS is 44 bytes; nothing bigger leaves.
pub const MAX_RESPONSE_BYTES: usize = 44;

/// The answer to `request` from `source`: a Binding success carrying `source` as the
/// mapped address (an IPv4-mapped source as the IPv4 address it is), or `None` for
/// anything that is not a well-formed Binding request.
pub fn binding_response(request: &[u8], source: SocketAddr) -> Option<Vec<u8>> {
    let message = Message::from_bytes(request).ok()?;
    if !(message.has_class(MessageClass::Request) && message.has_method(BINDING)) {
        return None;
    }
    let mapped = SocketAddr::new(canonical(source.ip()), source.port());
    let mut response = Message::builder_success(&message, MessageWriteVec::new());
    response
        .add_attribute(&XorMappedAddress::new(mapped, message.transaction_id()))
        .ok()?;
    let bytes = response.finish();
    (bytes.len() <= MAX_RESPONSE_BYTES).then_some(bytes)
}

/// How many requests are answered: per source, and for all sources together.
#[derive(Debug, Clone, Copy)]
pub struct StunLimits {
    pub per_second: NonZeroU32,
    pub burst: NonZeroU32,
    /// One network's (IPv4 /24, IPv6 /48).
    pub network_per_second: NonZeroU32,
    pub network_burst: NonZeroU32,
    pub overall_per_second: NonZeroU32,
    /// Sources remembered at once; beyond, new ones wait until idle ones are forgotten.
    pub max_sources: usize,
}

impl Default for StunLimits {
    /// A check's browser asks every STUN responder about twice (one gathering per port,
    /// one for the NAT mapping), about 40 requests with few retransmits; a household may
    /// start three checks in a row (the admission's burst), each of which must be answered
    /// at once, or its UDP tests would time out as blocked. All together, 2,000 answers a
    /// second (at most 88 KB/s) carry hundreds of checks at once.
    fn default() -> Self {
        Self {
            per_second: NonZeroU32::new(20).unwrap_or(NonZeroU32::MIN),
            burst: NonZeroU32::new(240).unwrap_or(NonZeroU32::MIN),
            // A tenth of everybody's: a household's many devices, or a few households.
            network_per_second: NonZeroU32::new(200).unwrap_or(NonZeroU32::MIN),
            network_burst: NonZeroU32::new(600).unwrap_or(NonZeroU32::MIN),
            overall_per_second: NonZeroU32::new(2000).unwrap_or(NonZeroU32::MIN),
            // A few megabytes at most.
            max_sources: 65_536,
        }
    }
}

/// How often sources whose allowance is full again are forgotten.
pub const FORGET_IDLE_EVERY: Duration = Duration::from_secs(10);

/// How long after a request was last refused for lack of everybody's allowance the
/// responders still count as shedding load: a flood comes in waves.
pub const SHEDDING_LINGERS: Duration = Duration::from_secs(10);

/// Shared by every responder, so the limits are per source, not per port.
pub struct StunLimiter {
    allowances: Mutex<Allowed>,
}

struct Allowed {
    per_source: Allowances<IpNet>,
    per_network: Allowances<IpNet>,
    overall: Allowances<()>,
    /// Households with a check running, answered from `per_running` alone.
    running: HashMap<IpNet, RunningHousehold>,
    per_running: Allowances<IpNet>,
    /// When a valid request was last refused for lack of everybody's allowance.
    overall_refused_at: Option<Instant>,
}

struct RunningHousehold {
    /// The passes held for it: its checks running or just finished.
    passes: usize,
    /// When a request of it was last refused over its own allowance.
    refused_at: Option<Instant>,
}

impl StunLimiter {
    pub fn new(limits: StunLimits) -> Arc<Self> {
        let overall = limits.overall_per_second.get();
        Arc::new(Self {
            allowances: Mutex::new(Allowed {
                per_source: Allowances::per_second(
                    limits.per_second.get(),
                    limits.burst.get(),
                    limits.max_sources,
                ),
                per_network: Allowances::per_second(
                    limits.network_per_second.get(),
                    limits.network_burst.get(),
                    limits.max_sources,
                ),
                overall: Allowances::per_second(overall, overall, 1),
                running: HashMap::new(),
                // As much as one source's: a check asks about forty times.
                per_running: Allowances::per_second(
                    limits.per_second.get(),
                    limits.burst.get(),
                    limits.max_sources,
                ),
                overall_refused_at: None,
            }),
        })
    }

    /// Whether a valid request from `source` is answered: a household with a check
    /// running, within its own allowance; any other within its source's allowance, its
    /// network's, and all responders' (a flood from one host or network spends only its
    /// own). Nothing is spent on a request that is not answered.
    pub fn allows(&self, source: IpAddr) -> bool {
        let now = Instant::now();
        let (host, network) = (household_of(source), network_of(source));
        let allowed = &mut *self.lock();
        if let Some(running) = allowed.running.get_mut(&host) {
            let within = allowed.per_running.check_and_take(host, now).is_ok();
            if !within {
                running.refused_at = Some(now);
            }
            return within;
        }
        if allowed.per_source.check(&host, now).is_err()
            || allowed.per_network.check(&network, now).is_err()
        {
            return false;
        }
        if allowed.overall.check(&(), now).is_err() {
            allowed.overall_refused_at = Some(now);
            return false;
        }
        allowed.per_source.take(host, now);
        allowed.per_network.take(network, now);
        allowed.overall.take((), now);
        true
    }

    /// Whether the responders are shedding load: they refused a valid request for lack
    /// of everybody's allowance within [`SHEDDING_LINGERS`]. A check's UDP tests might
    /// then go unanswered whatever its network does.
    pub fn shedding(&self) -> bool {
        self.lock()
            .overall_refused_at
            .is_some_and(|at| at.elapsed() < SHEDDING_LINGERS)
    }

    /// Whether a request was refused for lack of everybody's allowance since `since`.
    pub fn shed_since(&self, since: Instant) -> bool {
        self.lock().overall_refused_at.is_some_and(|at| at >= since)
    }

    /// An allowance of its own for `address`'s household while the pass lives: its
    /// check's requests are answered whatever floods the others.
    pub fn pass_for(self: &Arc<Self>, address: IpAddr) -> StunPass {
        let household = household_of(address);
        self.lock()
            .running
            .entry(household)
            .or_insert(RunningHousehold {
                passes: 0,
                refused_at: None,
            })
            .passes += 1;
        StunPass {
            limiter: self.clone(),
            household,
            since: Instant::now(),
        }
    }

    /// Forgets sources and networks whose allowance is full again, so memory stays
    /// bounded.
    pub fn forget_idle(&self) {
        let now = Instant::now();
        let allowed = &mut *self.lock();
        allowed.per_source.forget_idle(now);
        allowed.per_network.forget_idle(now);
        allowed.per_running.forget_idle(now);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Allowed> {
        self.allowances.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// A household's own STUN allowance, for as long as its check may ask.
pub struct StunPass {
    limiter: Arc<StunLimiter>,
    household: IpNet,
    since: Instant,
}

impl StunPass {
    /// Whether a request that may have been this check's went unanswered for lack of an
    /// allowance since the pass was given: its household's own, or everybody's (the
    /// browser may ask from an address of its household the check does not know).
    pub fn shed_since_start(&self) -> bool {
        let allowed = self.limiter.lock();
        let own = allowed
            .running
            .get(&self.household)
            .and_then(|running| running.refused_at)
            .is_some_and(|at| at >= self.since);
        own || allowed
            .overall_refused_at
            .is_some_and(|at| at >= self.since)
    }
}

impl Drop for StunPass {
    fn drop(&mut self) {
        let allowed = &mut *self.limiter.lock();
        if let Some(running) = allowed.running.get_mut(&self.household) {
            running.passes -= 1;
            if running.passes == 0 {
                allowed.running.remove(&self.household);
            }
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
pub async fn serve_stun(
    socket: UdpSocket,
    limiter: Arc<StunLimiter>,
    counter: Arc<dyn StunCounter>,
) {
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
        // Garbage is dropped before it is charged to anyone.
        let Some(response) = binding_response(&request[..length], source) else {
            counter.stun_datagram(StunOutcome::NotStun);
            continue;
        };
        if !limiter.allows(source.ip()) {
            counter.stun_datagram(StunOutcome::OverAllowance);
            continue;
        }
        counter.stun_datagram(StunOutcome::Answered);
        if let Err(error) = socket.send_to(&response, source).await {
            tracing::debug!(%error, "stun send error");
        }
    }
}

#[cfg(test)]
mod tests {
    use std::net::Ipv4Addr;

    use stun_types::message::TransactionId;

    use super::*;

    /// Every outcome, in order, as the server's metrics would count them.
    #[derive(Default)]
    struct Outcomes(Mutex<Vec<StunOutcome>>);

    impl StunCounter for Outcomes {
        fn stun_datagram(&self, outcome: StunOutcome) {
            self.0.lock().unwrap().push(outcome);
        }
    }

    impl Outcomes {
        fn count(&self, outcome: StunOutcome) -> usize {
            self.0
                .lock()
                .unwrap()
                .iter()
                .filter(|o| **o == outcome)
                .count()
        }
    }

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
    fn an_ipv4_mapped_source_is_answered_as_the_ipv4_address_it_is() {
        let source: SocketAddr = "[::ffff:198.51.100.7]:40000".parse().unwrap();
        let (request, id) = binding_request();
        let response = binding_response(&request, source).unwrap();
        assert_eq!(
            mapped_address(&response, id),
            "198.51.100.7:40000".parse::<SocketAddr>().unwrap()
        );
    }

    fn limiter(per_second: u32, overall: u32, max_sources: usize) -> Arc<StunLimiter> {
        let per_second = NonZeroU32::new(per_second).unwrap();
        StunLimiter::new(StunLimits {
            per_second,
            burst: per_second,
            overall_per_second: NonZeroU32::new(overall).unwrap(),
            max_sources,
            ..StunLimits::default()
        })
    }

    #[test]
    fn one_network_spends_its_own_allowance_from_however_many_sources() {
        let limiter = StunLimiter::new(StunLimits {
            network_per_second: NonZeroU32::new(3).unwrap(),
            network_burst: NonZeroU32::new(3).unwrap(),
            overall_per_second: NonZeroU32::new(5).unwrap(),
            ..StunLimits::default()
        });
        // Three /64s of one /48, then more: the network's three are spent.
        for i in 1..=3 {
            assert!(limiter.allows(ip(&format!("2001:db8:7:{i}::1"))));
        }
        for i in 4..100 {
            assert!(!limiter.allows(ip(&format!("2001:db8:7:{i}::1"))));
        }
        // The refused ones spent none of everybody's five: two are left for the others.
        assert!(limiter.allows(ip("2001:db8:8:1::1")), "another /48");
        assert!(limiter.allows(ip("198.51.100.1")));
        assert!(
            !limiter.allows(ip("198.51.101.1")),
            "everybody's allowance is spent now"
        );
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn one_host_spends_its_own_allowance_not_everybody_s() {
        let limiter = limiter(1, 4, 100);
        assert!(limiter.allows(ip("2001:db8:1:2::1")));
        // The same /64, and the same IPv4 address written as IPv6: the same source.
        for _ in 0..100 {
            assert!(!limiter.allows(ip("2001:db8:1:2:ffff::9")));
        }
        assert!(limiter.allows(ip("198.51.100.7")));
        assert!(!limiter.allows(ip("::ffff:198.51.100.7")));
        // On a dual-stack socket every IPv4 visitor is IPv4-mapped: each is its own source.
        assert!(limiter.allows(ip("::ffff:203.0.113.9")));
        // Those 100 refusals took nothing from the others.
        assert!(limiter.allows(ip("2001:db8:1:3::1")));
        assert!(
            !limiter.allows(ip("198.51.100.8")),
            "past the overall limit of 4, whoever it is"
        );
    }

    #[test]
    fn a_household_with_a_check_running_is_answered_whatever_floods_the_others() {
        let limiter = StunLimiter::new(StunLimits {
            per_second: NonZeroU32::new(3).unwrap(),
            burst: NonZeroU32::new(3).unwrap(),
            overall_per_second: NonZeroU32::new(2).unwrap(),
            ..StunLimits::default()
        });
        let visitor = ip("2001:db8:5:6::1");
        let pass = limiter.pass_for(ip("2001:db8:5:6::2"));
        // A flood forged from many networks spends everybody's allowance.
        for network in 0..50 {
            limiter.allows(ip(&format!("198.51.{network}.1")));
        }
        assert!(limiter.shedding());
        assert!(!limiter.allows(ip("203.0.113.9")), "others are shed");
        for _ in 0..3 {
            assert!(limiter.allows(visitor), "the check's household has its own");
        }
        assert!(
            pass.shed_since_start(),
            "everybody's was refused since the check started: its browser may have asked \
             from an address of its household the check does not know"
        );
        // Its own allowance is a household's, not unbounded.
        assert!(!limiter.allows(visitor));
        drop(pass);
        assert!(
            limiter.lock().running.is_empty(),
            "forgotten with its check"
        );
    }

    #[test]
    fn a_pass_says_whether_its_own_requests_were_turned_away() {
        let one = NonZeroU32::MIN;
        let limiter = StunLimiter::new(StunLimits {
            per_second: one,
            burst: one,
            ..StunLimits::default()
        });
        let visitor = ip("198.51.100.7");
        let first = limiter.pass_for(visitor);
        let second = limiter.pass_for(visitor);
        assert!(limiter.allows(visitor));
        assert!(!first.shed_since_start());
        assert!(!limiter.allows(visitor), "its own allowance is spent");
        assert!(first.shed_since_start() && second.shed_since_start());
        // A later check of the household is judged from its own start.
        let later = limiter.pass_for(visitor);
        assert!(!later.shed_since_start());
        assert!(!limiter.shedding(), "one household is not everybody");
        drop((first, second, later));
        assert!(limiter.lock().running.is_empty());
    }

    #[test]
    fn the_table_of_sources_is_bounded() {
        let limiter = limiter(10, 1000, 2);
        assert!(limiter.allows(ip("198.51.100.1")));
        assert!(limiter.allows(ip("198.51.100.2")));
        assert!(
            !limiter.allows(ip("198.51.100.3")),
            "full of sources still spending their allowance"
        );
        assert!(limiter.allows(ip("198.51.100.1")), "known sources go on");
        assert!(limiter.lock().per_source.len() <= 2);
    }

    #[tokio::test]
    async fn the_responder_answers_real_sockets_and_limits_each_source() {
        let server = UdpSocket::bind((Ipv4Addr::LOCALHOST, 0)).await.unwrap();
        let address = server.local_addr().unwrap();
        let limiter = StunLimiter::new(StunLimits {
            per_second: NonZeroU32::new(1).unwrap(),
            burst: NonZeroU32::new(2).unwrap(),
            overall_per_second: NonZeroU32::new(3).unwrap(),
            ..StunLimits::default()
        });
        let outcomes = Arc::new(Outcomes::default());
        let responder = tokio::spawn(serve_stun(server, limiter, outcomes.clone()));

        let client = UdpSocket::bind((Ipv4Addr::LOCALHOST, 0)).await.unwrap();
        client.connect(address).await.unwrap();
        // A garbage flood first: ignored, charged to nobody, and the responder carries on.
        for _ in 0..100 {
            client.send(b"garbage").await.unwrap();
        }
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
            "the third request from one source within a second got no answer"
        );
        for (outcome, times) in [
            (StunOutcome::NotStun, 100),
            (StunOutcome::Answered, 3),
            (StunOutcome::OverAllowance, 1),
        ] {
            assert_eq!(outcomes.count(outcome), times, "{outcome:?}");
        }
        responder.abort();
    }
}

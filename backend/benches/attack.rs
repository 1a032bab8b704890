//! Attacks on a real server, each while a real visitor checks, between network
//! namespaces this program creates (root only). Every flood is bounded in count and
//! time and stays inside the namespaces. For each attack it prints what held: the
//! visitor's check still ends with the states it has without the attack and every
//! browser test reached, the forged target is never probed, refusals are what they
//! should be, and the server's memory and open files stay bounded.
//!
//! 1. slowloris: 2,000 trickling connections from 16 hosts (8 of them in one /24), on the
//!    main port and a beacon;
//! 2. a TLS flood: 2,000 full handshakes from one host, 32 at a time, while 1,000
//!    connections from 8 hosts never say hello;
//! 3. a one-host UDP flood on STUN 15063: up to 100,000 datagrams in 5 s, half garbage;
//! 4. a forged `Forwarded` behind a trusted proxy that appends `X-Forwarded-For`;
//! 5. checks from 1,000 /64s of one /48 at once;
//! 6. cross-site starts, as another site's form or `no-cors` fetch sends them;
//! 7. a STUN flood forged from 256 sources in 16 /24s, beside a check that started before
//!    it and one that starts during it: neither may read UDP as blocked.
//!
//! Run: `cargo xtask attack` (or `cargo bench -p ringcheck-backend --bench attack`).

// Shared with the tests, which use more of it than the benchmark does.
#[allow(dead_code)]
#[path = "../tests/common/netns.rs"]
mod netns;
#[path = "../tests/common/process.rs"]
mod process;

use std::{
    collections::HashMap,
    net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr},
    process::ExitCode,
    process::{Command, Stdio},
    sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};

use http_body_util::{BodyExt, Full};
use hyper::{Request, body::Bytes};
use hyper_util::rt::TokioIo;
use netns::{NamespacedServer, SERVER_ADDRESS, SERVER_PORT, TestNetwork, VISITOR_ADDRESS};
use ringcheck_engine::{StunLimits, self_check::tls_connector};
use ringcheck_shared::{
    catalog::Transport,
    check::{CheckStarted, ProbeState},
    egress::{EgressMethod, EgressResult, EgressState, EgressSubmission, UnavailableWhy},
    report::Report,
};
use stun_types::{
    message::{BINDING, Message, MessageClass, MessageWriteVec},
    prelude::*,
};
use tokio::{
    io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt},
    net::{TcpSocket, TcpStream, UdpSocket},
};
use tokio_rustls::TlsConnector;

/// The attacking host, the proxy the server trusts, and the address a forged header
/// names, all on the visitor host's loopback; more attacking hosts come from
/// [`attackers`].
const ATTACKER: Ipv4Addr = Ipv4Addr::new(10, 110, 0, 1);
const PROXY: Ipv4Addr = Ipv4Addr::new(10, 120, 0, 1);
const VICTIM: Ipv4Addr = Ipv4Addr::new(10, 130, 0, 1);
/// A second visitor's household, on the visitor host's loopback too.
const SECOND_VISITOR: Ipv4Addr = Ipv4Addr::new(10, 140, 0, 1);
/// The server's and visitor's IPv6 addresses on the link, and the /48 the 1,000 /64s
/// come from.
const SERVER_V6: Ipv6Addr = Ipv6Addr::new(0xfd00, 0x99, 0, 0, 0, 0, 0, 1);
const VISITOR_V6: Ipv6Addr = Ipv6Addr::new(0xfd00, 0x99, 0, 0, 0, 0, 0, 2);
const SLASH_64S: u16 = 1000;

const SLOWLORIS_CONNECTIONS: usize = 2000;
const SILENT_TLS_CONNECTIONS: usize = 1000;
const TLS_HANDSHAKES: usize = 2000;
const UDP_DATAGRAMS: usize = 100_000;
const FORGED_STARTS: usize = 20;
const CROSS_SITE_STARTS: usize = 100;
/// The forged STUN flood: its sources (per /24, and /24s), and its bounds.
const FORGED_HOSTS_PER_NETWORK: u8 = 16;
const FORGED_NETWORKS: u8 = 16;
const FORGED_STUN_DATAGRAMS: usize = 200_000;
const FORGED_STUN_FOR: Duration = Duration::from_secs(20);
/// The TCP ports the server probes back: the victim listens on all of them.
const PROBED_TCP: [u16; 11] = [
    80, 443, 8557, 9998, 9999, 15063, 15064, 7076, 7077, 9078, 9079,
];

/// Returns rather than exits, so the namespaces and servers are dropped either way.
fn main() -> ExitCode {
    if let Err(why) = netns::available() {
        println!("attack benchmark skipped: {why}");
        return ExitCode::SUCCESS;
    }
    let network = TestNetwork::new();
    prepare(&network);
    let certificate = tempfile::tempdir().unwrap();
    let (cert, key) = write_certificate(certificate.path());
    let visitor_ns = network.visitor.clone();
    let outcomes = std::thread::scope(|scope| {
        scope
            .spawn(|| {
                netns::enter(&visitor_ns);
                let runtime = tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(2)
                    .enable_all()
                    .build()
                    .unwrap();
                runtime.block_on(run_all(&network, &cert, &key))
            })
            .join()
            .expect("the attacks run to the end")
    });
    println!("\nRing Check attack benchmark (server, visitor and attackers in network namespaces)");
    let mut all_held = true;
    for outcome in &outcomes {
        all_held &= outcome.held;
        let verdict = if outcome.held { "held" } else { "NOT HELD" };
        println!("{}: {verdict}: {}", outcome.attack, outcome.figures);
    }
    if !all_held {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// What one attack did, and whether everything held.
struct Outcome {
    attack: &'static str,
    held: bool,
    figures: String,
}

/// The attackers' addresses, IPv6 on the link and the 1,000 /64s, routed from the server.
fn prepare(network: &TestNetwork) {
    for setting in [
        "net.core.somaxconn=8192",
        "net.ipv4.icmp_msgs_per_sec=100000",
        "net.ipv4.icmp_msgs_burst=100000",
    ] {
        network.sysctl_visitor(setting);
    }
    let server_link = veth_of(&network.server);
    let visitor_link = veth_of(&network.visitor);
    let mut batch = String::new();
    for address in
        attackers()
            .into_iter()
            .chain(forged_sources())
            .chain([PROXY, VICTIM, SECOND_VISITOR])
    {
        batch.push_str(&format!("addr add {address}/32 dev lo\n"));
    }
    batch.push_str(&format!(
        "addr add {VISITOR_V6}/64 dev {visitor_link} nodad\n"
    ));
    for i in 0..SLASH_64S {
        batch.push_str(&format!("addr add {}/128 dev lo\n", slash_64(i)));
    }
    ip_batch(&network.visitor, &batch);
    ip_batch(
        &network.server,
        &format!(
            "addr add {SERVER_V6}/64 dev {server_link} nodad\n\
             route add 10.110.0.0/16 via {VISITOR_ADDRESS}\n\
             route add 10.111.0.0/16 via {VISITOR_ADDRESS}\n\
             route add 10.120.0.0/16 via {VISITOR_ADDRESS}\n\
             route add 10.130.0.0/16 via {VISITOR_ADDRESS}\n\
             route add 10.112.0.0/16 via {VISITOR_ADDRESS}\n\
             route add 10.140.0.0/16 via {VISITOR_ADDRESS}\n\
             route add fd00:99:1::/48 via {VISITOR_V6}\n"
        ),
    );
}

/// Sixteen attacking hosts: eight in one /24 (the first is [`ATTACKER`]), eight in /24s
/// of their own.
fn attackers() -> Vec<Ipv4Addr> {
    (1..=8)
        .map(|host| Ipv4Addr::new(10, 110, 0, host))
        .chain((0..8).map(|network| Ipv4Addr::new(10, 111, network, 1)))
        .collect()
}

/// The sources a STUN flood is forged from: sixteen hosts in each of sixteen /24s.
fn forged_sources() -> Vec<Ipv4Addr> {
    (0..FORGED_NETWORKS)
        .flat_map(|network| {
            (1..=FORGED_HOSTS_PER_NETWORK).map(move |host| Ipv4Addr::new(10, 112, network, host))
        })
        .collect()
}

/// The `i`-th /64 of the attacking /48, as one address in it.
fn slash_64(i: u16) -> Ipv6Addr {
    Ipv6Addr::new(0xfd00, 0x99, 1, i, 0, 0, 0, 1)
}

/// The veth device of namespace `ns`.
fn veth_of(ns: &str) -> String {
    let output = Command::new("ip")
        .args(["-n", ns, "-o", "link", "show", "type", "veth"])
        .output()
        .unwrap();
    let listing = String::from_utf8_lossy(&output.stdout);
    let name = listing
        .split(": ")
        .nth(1)
        .and_then(|name| name.split('@').next())
        .expect("the namespace has its veth");
    name.to_owned()
}

fn ip_batch(ns: &str, batch: &str) {
    let mut ip = Command::new("ip")
        .args(["-n", ns, "-batch", "-"])
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut ip.stdin.take().unwrap(), batch.as_bytes()).unwrap();
    assert!(ip.wait().unwrap().success(), "ip -batch in {ns}");
}

fn write_certificate(dir: &std::path::Path) -> (String, String) {
    let pair = rcgen::generate_simple_self_signed(vec![SERVER_ADDRESS.to_string()]).unwrap();
    let (cert, key) = (dir.join("server.crt"), dir.join("server.key"));
    std::fs::write(&cert, pair.cert.pem()).unwrap();
    std::fs::write(&key, pair.key_pair.serialize_pem()).unwrap();
    (
        cert.to_string_lossy().into_owned(),
        key.to_string_lossy().into_owned(),
    )
}

async fn run_all(network: &TestNetwork, cert: &str, key: &str) -> Vec<Outcome> {
    let plain = Server::http(SocketAddr::from((SERVER_ADDRESS, SERVER_PORT)));
    let baseline = {
        let _server = NamespacedServer::start(network, &[]);
        plain
            .visitor_check(VISITOR_ADDRESS.into())
            .await
            .expect("a check without any attack")
    };
    let mut outcomes = Vec::new();
    {
        let server = NamespacedServer::start(network, &[]);
        outcomes.push(slowloris(&plain, &baseline, &server).await);
    }
    {
        let server = NamespacedServer::start(network, &["--tls-cert", cert, "--tls-key", key]);
        let tls = Server::https(SocketAddr::from((SERVER_ADDRESS, SERVER_PORT)));
        outcomes.push(tls_flood(&tls, &baseline, &server, network).await);
    }
    {
        let server = NamespacedServer::start(network, &[]);
        outcomes.push(udp_flood(&plain, &baseline, &server).await);
    }
    {
        let server = NamespacedServer::start(
            network,
            &[
                "--trusted-proxy",
                &format!("{PROXY}/32"),
                "--forwarded-header",
                "x-forwarded-for",
                "--public-url",
                "https://ringcheck.example",
                // Twenty checks of one household in a row: its rate must not refuse them.
                "--checks-per-minute",
                "1000",
                "--check-burst",
                "1000",
            ],
        );
        outcomes.push(forged_forwarded(&plain, &baseline, &server).await);
    }
    {
        let bind = format!("[::]:{SERVER_PORT}");
        let server =
            NamespacedServer::start(network, &["--bind", &bind, "--private-targets", "fd00::/8"]);
        outcomes.push(many_slash_64s(&plain, &baseline, &server).await);
    }
    {
        let server = NamespacedServer::start(network, &[]);
        outcomes.push(cross_site(&plain, &baseline, &server).await);
    }
    {
        let server = NamespacedServer::start(network, &[]);
        outcomes.push(forged_stun_flood(&plain, &server).await);
    }
    outcomes
}

/// The server as a client reaches it, plain or TLS.
#[derive(Clone)]
struct Server {
    addr: SocketAddr,
    tls: Option<TlsConnector>,
}

/// What a visitor's check found, as the page would show it.
struct Seen {
    took: Duration,
    probes: HashMap<(Transport, u16), ProbeState>,
    reached: usize,
    tested: usize,
    /// The stored states of its UDP tests.
    udp: Vec<EgressState>,
    /// Its STUN ports, and those its plan said were not testable here for our load.
    stun_ports: usize,
    udp_shed_in_plan: usize,
}

impl Server {
    fn http(addr: SocketAddr) -> Self {
        Self { addr, tls: None }
    }

    fn https(addr: SocketAddr) -> Self {
        Self {
            addr,
            tls: Some(tls_connector()),
        }
    }

    fn at_port(&self, port: u16) -> Self {
        Self {
            addr: SocketAddr::new(self.addr.ip(), port),
            tls: self.tls.clone(),
        }
    }

    /// One request from `from` on its own connection; the status and the whole body.
    async fn request(
        &self,
        from: IpAddr,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &str,
    ) -> Result<(u16, String), String> {
        let tcp = connect(from, self.addr).await.map_err(|e| e.to_string())?;
        match &self.tls {
            None => exchange(tcp, self.addr, method, path, headers, body).await,
            Some(connector) => {
                let name = rustls::pki_types::ServerName::IpAddress(self.addr.ip().into());
                let tls = connector
                    .connect(name, tcp)
                    .await
                    .map_err(|e| format!("TLS: {e}"))?;
                exchange(tls, self.addr, method, path, headers, body).await
            }
        }
    }

    /// A whole check from `from`, the browser's part emulated: every beacon fetched,
    /// every STUN responder asked, the results sent.
    async fn visitor_check(&self, from: IpAddr) -> Result<Seen, String> {
        self.visitor_check_with(from, async {}).await
    }

    /// The same, `meanwhile` done once the check started and before its browser tests.
    async fn visitor_check_with(
        &self,
        from: IpAddr,
        meanwhile: impl std::future::Future<Output = ()>,
    ) -> Result<Seen, String> {
        let clock = Instant::now();
        let json = [("Content-Type", "application/json")];
        let (status, body) = self
            .request(from, "POST", "/api/checks", &json, "{}")
            .await?;
        if status != 202 {
            return Err(format!("POST /api/checks answered {status}: {body}"));
        }
        let started: CheckStarted = serde_json::from_str(&body).map_err(|e| e.to_string())?;
        meanwhile.await;
        let (browser, events) = tokio::join!(
            self.browser_tests(from, &started),
            self.request(from, "GET", &started.events_url, &[], "")
        );
        let (_, events) = events?;
        if !events.contains("event: report") {
            return Err(format!("the check ended without its report: {events}"));
        }
        let results = browser;
        let tested = results.len();
        let reached = results
            .iter()
            .filter(|r| r.state == EgressState::Reached)
            .count();
        let submission = EgressSubmission {
            token: started.egress.token.clone(),
            results,
            nat: None,
            phone: None,
        };
        let body = serde_json::to_string(&submission).map_err(|e| e.to_string())?;
        let (status, stored) = self
            .request(from, "POST", &started.egress_url, &json, &body)
            .await?;
        if status != 201 {
            return Err(format!(
                "the browser's results were refused: {status} {stored}"
            ));
        }
        let report: Report = serde_json::from_str(&stored).map_err(|e| e.to_string())?;
        let stun_ports = started
            .egress
            .targets
            .iter()
            .filter(|t| {
                t.transport == Transport::Udp
                    && matches!(
                        t.method,
                        EgressMethod::Stun { .. } | EgressMethod::Unavailable { .. }
                    )
            })
            .count();
        let udp_shed_in_plan = started
            .egress
            .targets
            .iter()
            .filter(|t| {
                matches!(
                    t.method,
                    EgressMethod::Unavailable {
                        why: Some(UnavailableWhy::Busy),
                        ..
                    }
                )
            })
            .count();
        Ok(Seen {
            took: clock.elapsed(),
            probes: report
                .probes
                .iter()
                .map(|p| ((p.transport, p.port.get()), p.state))
                .collect(),
            reached,
            tested,
            udp: report
                .egress
                .iter()
                .flat_map(|egress| &egress.results)
                .filter(|r| r.transport == Transport::Udp)
                .map(|r| r.state)
                .collect(),
            stun_ports,
            udp_shed_in_plan,
        })
    }

    /// What the page's outward tests would find, each target at once.
    async fn browser_tests(&self, from: IpAddr, started: &CheckStarted) -> Vec<EgressResult> {
        let token = started.egress.token.clone();
        let tests = started.egress.targets.iter().map(|target| {
            let (transport, port) = (target.transport, target.port);
            let token = token.clone();
            let server = self.clone();
            async move {
                let state = match target.method {
                    EgressMethod::Beacon { public_port } => {
                        let path = format!("/beacon?token={token}");
                        let beacon = server.at_port(public_port.get());
                        match beacon.request(from, "GET", &path, &[], "").await {
                            Ok((200, echoed)) if echoed == token => EgressState::Reached,
                            _ => EgressState::Failed,
                        }
                    }
                    EgressMethod::Stun { public_port } => {
                        stun_state(from, SocketAddr::new(server.addr.ip(), public_port.get())).await
                    }
                    _ => return None,
                };
                Some(EgressResult {
                    transport,
                    port,
                    family: None,
                    state,
                    rtt_ms: None,
                    waited_ms: None,
                })
            }
        });
        futures_util::future::join_all(tests)
            .await
            .into_iter()
            .flatten()
            .collect()
    }
}

/// A TCP connection from `from` (an address of the visitor host) to `to`.
async fn connect(from: IpAddr, to: SocketAddr) -> std::io::Result<TcpStream> {
    let socket = if from.is_ipv4() {
        TcpSocket::new_v4()?
    } else {
        TcpSocket::new_v6()?
    };
    socket.bind(SocketAddr::new(from, 0))?;
    tokio::time::timeout(Duration::from_secs(10), socket.connect(to))
        .await
        .map_err(|_| std::io::Error::other("connect timed out"))?
}

/// One HTTP/1.1 exchange on `stream`, through hyper's client, within 30 s.
async fn exchange<S>(
    stream: S,
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Result<(u16, String), String>
where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let work = async {
        let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .map_err(|e| e.to_string())?;
        tokio::spawn(connection);
        let mut request = Request::builder()
            .method(method)
            .uri(path)
            .header("Host", addr.to_string());
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let request = request
            .body(Full::new(Bytes::from(body.to_owned())))
            .map_err(|e| e.to_string())?;
        let response = sender
            .send_request(request)
            .await
            .map_err(|e| e.to_string())?;
        let status = response.status().as_u16();
        let bytes = response
            .into_body()
            .collect()
            .await
            .map_err(|e| e.to_string())?
            .to_bytes();
        Ok((status, String::from_utf8_lossy(&bytes).into_owned()))
    };
    tokio::time::timeout(Duration::from_secs(30), work)
        .await
        .map_err(|_| format!("{method} {path}: no answer within 30 s"))?
}

/// A browser's STUN test: Binding requests, retransmitted, until an answer or 2 s.
async fn stun_state(from: IpAddr, to: SocketAddr) -> EgressState {
    let Ok(socket) = UdpSocket::bind(SocketAddr::new(from, 0)).await else {
        return EgressState::NotTested;
    };
    let request = Message::builder_request(BINDING, MessageWriteVec::new()).finish();
    let mut answer = [0u8; 1500];
    for _ in 0..5 {
        let _ = socket.send_to(&request, to).await;
        if let Ok(Ok((length, _))) =
            tokio::time::timeout(Duration::from_millis(400), socket.recv_from(&mut answer)).await
            && Message::from_bytes(&answer[..length])
                .is_ok_and(|m| m.has_class(MessageClass::Success))
        {
            return EgressState::Reached;
        }
    }
    EgressState::NoAnswer
}

/// Whether the visitor's check during an attack saw what it sees without one; what it
/// saw, in words.
fn same_as_baseline(seen: &Result<Seen, String>, baseline: &Seen) -> (bool, String) {
    match seen {
        Err(error) => (false, format!("the visitor's check failed: {error}")),
        Ok(seen) => {
            let same = seen.probes == baseline.probes;
            let all_reached = seen.reached == seen.tested && seen.tested == baseline.tested;
            (
                same && all_reached,
                format!(
                    "the visitor's check took {} ms, {} probe states {}, {}/{} browser tests reached",
                    seen.took.as_millis(),
                    seen.probes.len(),
                    if same {
                        "as without the attack"
                    } else {
                        "DIFFERENT from without the attack"
                    },
                    seen.reached,
                    seen.tested
                ),
            )
        }
    }
}

/// The server's resident and peak memory and its open files, in words; whether they
/// stayed within bounds (256 MB, 4,096 files).
fn resources(server: &NamespacedServer) -> (bool, String) {
    let pid = server.process.id();
    let files = std::fs::read_dir(format!("/proc/{pid}/fd"))
        .map(|entries| entries.count())
        .unwrap_or(0);
    let (rss, peak) = (
        server.status_kb("VmRSS:") / 1024,
        server.status_kb("VmHWM:") / 1024,
    );
    (
        peak <= 256 && files <= 4096,
        format!("server RSS {rss} MB (peak {peak} MB), {files} open files"),
    )
}

/// 1. Slow request heads, half on the main port, half on beacon 9998, from 16 hosts.
async fn slowloris(server: &Server, baseline: &Seen, process: &NamespacedServer) -> Outcome {
    let started = Instant::now();
    let hosts = attackers();
    let trickles: Vec<_> = (0..SLOWLORIS_CONNECTIONS)
        .map(|i| {
            let to = if i % 2 == 0 {
                server.addr
            } else {
                SocketAddr::new(server.addr.ip(), 9998)
            };
            tokio::spawn(trickle(hosts[i % hosts.len()].into(), to))
        })
        .collect();
    tokio::time::sleep(Duration::from_secs(1)).await;
    let seen = server.visitor_check(VISITOR_ADDRESS.into()).await;
    let (resources_held, resources) = resources(process);
    let mut refused = 0;
    let mut cut = Vec::new();
    let mut still_open = 0;
    for trickle in trickles {
        match trickle.await.unwrap() {
            Some(after) if after < Duration::from_millis(500) => refused += 1,
            Some(after) => cut.push(after),
            None => still_open += 1,
        }
    }
    let longest = cut.iter().max().copied().unwrap_or_default();
    let (visitor_held, visitor) = same_as_baseline(&seen, baseline);
    Outcome {
        attack: "slowloris (2,000 trickling connections from 16 hosts, 8 of them in one /24, main port and beacon 9998)",
        held: visitor_held && resources_held && still_open == 0,
        figures: format!(
            "{} accepted and cut off after at most {:.1} s, {refused} refused at once, \
             {still_open} still open after 20 s; {visitor}; {resources}; {:.1} s in all",
            cut.len(),
            longest.as_secs_f64(),
            started.elapsed().as_secs_f64()
        ),
    }
}

/// One slow request head: a byte a second for up to 20 s; how long until the server
/// closed it (`None`: it never did).
async fn trickle(from: IpAddr, to: SocketAddr) -> Option<Duration> {
    let started = Instant::now();
    let Ok(mut stream) = connect(from, to).await else {
        return Some(Duration::ZERO);
    };
    if stream
        .write_all(b"GET / HTTP/1.1\r\nHost: 10.99.0.1\r\n")
        .await
        .is_err()
    {
        return Some(started.elapsed());
    }
    let mut buffer = [0u8; 512];
    while started.elapsed() < Duration::from_secs(20) {
        tokio::select! {
            read = stream.read(&mut buffer) => {
                if matches!(read, Ok(0) | Err(_)) {
                    return Some(started.elapsed());
                }
            }
            () = tokio::time::sleep(Duration::from_secs(1)) => {
                if stream.write_all(b"X").await.is_err() {
                    return Some(started.elapsed());
                }
            }
        }
    }
    None
}

/// 2. Full TLS handshakes, 32 at a time, from one host, while connections from 8 more
///    hosts never say hello.
async fn tls_flood(
    server: &Server,
    baseline: &Seen,
    process: &NamespacedServer,
    network: &TestNetwork,
) -> Outcome {
    let done = Arc::new(AtomicUsize::new(0));
    let failed = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let silent: Vec<_> = attackers()
        .into_iter()
        .skip(8)
        .cycle()
        .take(SILENT_TLS_CONNECTIONS)
        .map(|host| {
            let to = server.addr;
            tokio::spawn(async move {
                let mut stream = connect(host.into(), to).await.ok()?;
                let mut byte = [0u8; 1];
                let opened = Instant::now();
                // Until the server closes it, at most 20 s.
                let _ = tokio::time::timeout(Duration::from_secs(20), stream.read(&mut byte)).await;
                Some(opened.elapsed())
            })
        })
        .collect();
    let workers: Vec<_> = (0..32)
        .map(|_| {
            let (done, failed) = (done.clone(), failed.clone());
            let server = server.clone();
            tokio::spawn(async move {
                let connector = server.tls.clone().expect("a TLS server");
                while done.load(Ordering::Relaxed) + failed.load(Ordering::Relaxed) < TLS_HANDSHAKES
                    && started.elapsed() < Duration::from_secs(20)
                {
                    let name = rustls::pki_types::ServerName::IpAddress(server.addr.ip().into());
                    let handshake = async {
                        let tcp = connect(ATTACKER.into(), server.addr).await.ok()?;
                        connector.connect(name, tcp).await.ok()
                    };
                    match handshake.await {
                        Some(_) => done.fetch_add(1, Ordering::Relaxed),
                        None => failed.fetch_add(1, Ordering::Relaxed),
                    };
                }
            })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let seen = server.visitor_check(VISITOR_ADDRESS.into()).await;
    let (resources_held, resources) = resources(process);
    for worker in workers {
        worker.await.unwrap();
    }
    let mut held_open = Duration::ZERO;
    let mut silent_connected = 0;
    for connection in silent {
        if let Some(open) = connection.await.unwrap() {
            silent_connected += 1;
            held_open = held_open.max(open);
        }
    }
    let overflows = netns::listen_overflows(&network.server);
    let (visitor_held, visitor) = same_as_baseline(&seen, baseline);
    Outcome {
        attack: "TLS flood (2,000 full handshakes from one host, 32 at a time; 1,000 connections from 8 hosts that never say hello)",
        held: visitor_held && resources_held && held_open < Duration::from_secs(8),
        figures: format!(
            "{} handshakes done and {} refused in {:.1} s; {silent_connected} silent \
             connections, closed after at most {:.1} s; {overflows} connections the \
             kernel's accept queue could not hold; {visitor} (over TLS); {resources}",
            done.load(Ordering::Relaxed),
            failed.load(Ordering::Relaxed),
            started.elapsed().as_secs_f64(),
            held_open.as_secs_f64()
        ),
    }
}

/// The most answers one source may get in `took`: its burst, its rate, and a little for
/// timing.
fn one_source_allowance(took: Duration) -> usize {
    let limits = StunLimits::default();
    let (burst, per_second) = (limits.burst.get(), limits.per_second.get());
    (burst + per_second * (took.as_secs() as u32 + 1)) as usize
}

/// 3. Binding requests and garbage at STUN 15063 as fast as one host sends them.
async fn udp_flood(server: &Server, baseline: &Seen, process: &NamespacedServer) -> Outcome {
    let flood = tokio::spawn({
        let to = SocketAddr::new(server.addr.ip(), 15063);
        async move {
            let socket = UdpSocket::bind(SocketAddr::from((ATTACKER, 0)))
                .await
                .unwrap();
            let request = Message::builder_request(BINDING, MessageWriteVec::new()).finish();
            let started = Instant::now();
            let (mut sent, mut answered) = (0usize, 0usize);
            let mut answer = [0u8; 1500];
            while sent < UDP_DATAGRAMS && started.elapsed() < Duration::from_secs(5) {
                let datagram: &[u8] = if sent % 2 == 0 { &request } else { b"garbage" };
                if socket.send_to(datagram, to).await.is_ok() {
                    sent += 1;
                }
                while socket.try_recv_from(&mut answer).is_ok() {
                    answered += 1;
                }
                if sent % 64 == 0 {
                    tokio::task::yield_now().await;
                }
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
            while socket.try_recv_from(&mut answer).is_ok() {
                answered += 1;
            }
            (sent, answered, started.elapsed())
        }
    });
    tokio::time::sleep(Duration::from_millis(500)).await;
    let seen = server.visitor_check(VISITOR_ADDRESS.into()).await;
    let (resources_held, resources) = resources(process);
    let (sent, answered, took) = flood.await.unwrap();
    let (visitor_held, visitor) = same_as_baseline(&seen, baseline);
    Outcome {
        attack: "UDP flood on STUN 15063 (one host, half Binding requests, half garbage)",
        // One source gets its own allowance (a burst of 60, then 10 a second), no more.
        held: visitor_held && resources_held && answered <= one_source_allowance(took),
        figures: format!(
            "{sent} datagrams in {:.1} s, {answered} answered to the attacker; {visitor}; {resources}",
            took.as_secs_f64()
        ),
    }
}

/// 4. A visitor behind the trusted proxy names another address in `Forwarded`, and
///    spoofs the left of `X-Forwarded-For`; the proxy appends the real peer, as nginx
///    does.
async fn forged_forwarded(server: &Server, baseline: &Seen, process: &NamespacedServer) -> Outcome {
    let knocks = Arc::new(AtomicUsize::new(0));
    let victim = victim(knocks.clone()).await;
    let forged = format!("for={VICTIM}");
    let spoofed = format!("{VICTIM}, {VISITOR_ADDRESS}");
    let appended = VISITOR_ADDRESS.to_string();
    let mut targets = HashMap::<String, usize>::new();
    let mut errors = Vec::new();
    for i in 0..FORGED_STARTS {
        let headers: Vec<(&str, &str)> = if i % 2 == 0 {
            vec![("Forwarded", &forged), ("X-Forwarded-For", &appended)]
        } else {
            vec![("X-Forwarded-For", &spoofed)]
        };
        let mut all = vec![("Content-Type", "application/json")];
        all.extend(headers);
        match server
            .request(PROXY.into(), "POST", "/api/checks", &all, "{}")
            .await
        {
            Ok((202, body)) => {
                let started: CheckStarted = serde_json::from_str(&body).unwrap();
                *targets.entry(started.target).or_default() += 1;
                // One check of an address at a time: wait for this one to end.
                let _ = server
                    .request(PROXY.into(), "GET", &started.events_url, &[], "")
                    .await;
            }
            Ok((status, body)) => errors.push(format!("{status} {body}")),
            Err(error) => errors.push(error),
        }
    }
    let seen = server.visitor_check(VISITOR_ADDRESS.into()).await;
    let (resources_held, resources) = resources(process);
    let knocked = knocks.load(Ordering::Relaxed);
    for listener in victim {
        listener.abort();
    }
    let only_the_visitor = targets.len() == 1 && targets.contains_key(&VISITOR_ADDRESS.to_string());
    let (visitor_held, visitor) = same_as_baseline(&seen, baseline);
    Outcome {
        attack: "forged Forwarded behind a trusted proxy (20 starts naming another address)",
        held: visitor_held && resources_held && only_the_visitor && knocked == 0,
        figures: format!(
            "targets probed: {targets:?}, {} refused {errors:?}; the named address saw \
             {knocked} connections or datagrams; {visitor}; {resources}",
            errors.len()
        ),
    }
}

/// Listeners at the victim's address on every probed port, counting who knocks.
async fn victim(knocks: Arc<AtomicUsize>) -> Vec<tokio::task::JoinHandle<()>> {
    let mut tasks = Vec::new();
    for port in PROBED_TCP {
        let listener = tokio::net::TcpListener::bind((VICTIM, port)).await.unwrap();
        let knocks = knocks.clone();
        tasks.push(tokio::spawn(async move {
            while listener.accept().await.is_ok() {
                knocks.fetch_add(1, Ordering::Relaxed);
            }
        }));
    }
    for port in [15063, 15064] {
        let socket = UdpSocket::bind((VICTIM, port)).await.unwrap();
        let knocks = knocks.clone();
        tasks.push(tokio::spawn(async move {
            let mut buffer = [0u8; 2048];
            while socket.recv_from(&mut buffer).await.is_ok() {
                knocks.fetch_add(1, Ordering::Relaxed);
            }
        }));
    }
    tasks
}

/// 5. One start from each of 1,000 /64s of one /48, all at once.
async fn many_slash_64s(server: &Server, baseline: &Seen, process: &NamespacedServer) -> Outcome {
    let v6 = Server::http(SocketAddr::new(SERVER_V6.into(), SERVER_PORT));
    let starts: Vec<_> = (0..SLASH_64S)
        .map(|i| {
            let v6 = v6.clone();
            tokio::spawn(async move {
                let json = [("Content-Type", "application/json")];
                v6.request(slash_64(i).into(), "POST", "/api/checks", &json, "{}")
                    .await
            })
        })
        .collect();
    let mut answers = HashMap::<String, usize>::new();
    for start in starts {
        let answer = match start.await.unwrap() {
            Ok((202, _)) => "202 started".to_owned(),
            Ok((status, body)) => {
                let code = serde_json::from_str::<serde_json::Value>(&body)
                    .ok()
                    .and_then(|v| v["error"].as_str().map(str::to_owned))
                    .unwrap_or_default();
                format!("{status} {code}")
            }
            Err(error) => format!("error {error}"),
        };
        *answers.entry(answer).or_default() += 1;
    }
    let started = answers.get("202 started").copied().unwrap_or(0);
    let seen = server.visitor_check(VISITOR_ADDRESS.into()).await;
    let (resources_held, resources) = resources(process);
    let (visitor_held, visitor) = same_as_baseline(&seen, baseline);
    let mut answers: Vec<_> = answers.into_iter().collect();
    answers.sort();
    Outcome {
        attack: "checks from 1,000 /64s of one /48 at once",
        // A network runs 32 checks at once and starts 30 in a burst.
        held: visitor_held && resources_held && started <= 32,
        figures: format!("answers {answers:?}; {visitor}; {resources}"),
    }
}

/// 6. Starts as another site's page sends them: a form, and a `no-cors` fetch.
async fn cross_site(server: &Server, baseline: &Seen, process: &NamespacedServer) -> Outcome {
    let mut answers = HashMap::<u16, usize>::new();
    for i in 0..CROSS_SITE_STARTS {
        let form = [
            ("Origin", "https://evil.example"),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ];
        let no_cors = [("Origin", "https://evil.example")];
        let (headers, body): (&[(&str, &str)], &str) = if i % 2 == 0 {
            (&form, "")
        } else {
            (&no_cors, "")
        };
        let status = server
            .request(ATTACKER.into(), "POST", "/api/checks", headers, body)
            .await
            .map_or(0, |(status, _)| status);
        *answers.entry(status).or_default() += 1;
    }
    let seen = server.visitor_check(VISITOR_ADDRESS.into()).await;
    let (resources_held, resources) = resources(process);
    let (visitor_held, visitor) = same_as_baseline(&seen, baseline);
    let refused = answers.get(&403).copied().unwrap_or(0);
    Outcome {
        attack: "cross-site starts (100, as a form or a no-cors fetch of another site)",
        held: visitor_held && resources_held && refused == CROSS_SITE_STARTS,
        figures: format!("answers {answers:?}; {visitor}; {resources}"),
    }
}

/// 7. Valid Binding requests at STUN 15063 forged from 256 sources in 16 /24s, paced at
///    about 10,000 a second, more than everybody's allowance: one visitor's check starts
///    before the flood and runs its browser tests during it, another starts during it.
async fn forged_stun_flood(server: &Server, process: &NamespacedServer) -> Outcome {
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let (sent, answered) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let to = SocketAddr::new(server.addr.ip(), 15063);
    let flood = {
        let (stop, sent, answered) = (stop.clone(), sent.clone(), answered.clone());
        async move {
            let mut sockets = Vec::new();
            for source in forged_sources() {
                sockets.push(UdpSocket::bind((source, 0)).await.unwrap());
            }
            let request = Message::builder_request(BINDING, MessageWriteVec::new()).finish();
            let started = Instant::now();
            let mut answer = [0u8; 1500];
            while !stop.load(Ordering::Relaxed)
                && sent.load(Ordering::Relaxed) < FORGED_STUN_DATAGRAMS
                && started.elapsed() < FORGED_STUN_FOR
            {
                for socket in &sockets {
                    if socket.send_to(&request, to).await.is_ok() {
                        sent.fetch_add(1, Ordering::Relaxed);
                    }
                    while socket.try_recv_from(&mut answer).is_ok() {
                        answered.fetch_add(1, Ordering::Relaxed);
                    }
                }
                tokio::time::sleep(Duration::from_millis(25)).await;
            }
            started.elapsed()
        }
    };
    let flood = tokio::spawn(flood);
    let before = {
        let (sent, answered) = (sent.clone(), answered.clone());
        server
            .visitor_check_with(VISITOR_ADDRESS.into(), async move {
                // Until everybody's allowance is spent and a thousand requests were
                // turned away: the responders shed load.
                let give_up = Instant::now() + Duration::from_secs(10);
                while sent.load(Ordering::Relaxed) < answered.load(Ordering::Relaxed) + 1000
                    && Instant::now() < give_up
                {
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            })
            .await
    };
    let during = server.visitor_check(SECOND_VISITOR.into()).await;
    stop.store(true, Ordering::Relaxed);
    let took = flood.await.unwrap();
    let (sent, answered) = (
        sent.load(Ordering::Relaxed),
        answered.load(Ordering::Relaxed),
    );
    let (resources_held, resources) = resources(process);
    // Everybody's allowance, and no more, went to the forged sources.
    let limits = StunLimits::default();
    let overall = limits.overall_per_second.get() as usize;
    let bound = overall + overall * (took.as_secs() as usize + 1);
    let blocked = |seen: &Seen| {
        seen.udp
            .iter()
            .filter(|state| matches!(state, EgressState::NoAnswer | EgressState::Failed))
            .count()
    };
    let (before_held, before_words) = match &before {
        Ok(seen) => (
            seen.udp_shed_in_plan == 0
                && seen.udp.len() == seen.stun_ports
                && seen.udp.iter().all(|s| *s == EgressState::Reached),
            format!(
                "the check started before it: {}/{} UDP tests reached",
                seen.udp
                    .iter()
                    .filter(|s| **s == EgressState::Reached)
                    .count(),
                seen.stun_ports
            ),
        ),
        Err(error) => (
            false,
            format!("the check started before it failed: {error}"),
        ),
    };
    let (during_held, during_words) = match &during {
        Ok(seen) => (
            blocked(seen) == 0 && seen.stun_ports > 0 && seen.udp_shed_in_plan == seen.stun_ports,
            format!(
                "the check started during it: {}/{} UDP ports not testable here, {} UDP \
                 results blocked",
                seen.udp_shed_in_plan,
                seen.stun_ports,
                blocked(seen)
            ),
        ),
        Err(error) => (
            false,
            format!("the check started during it failed: {error}"),
        ),
    };
    Outcome {
        attack: "STUN flood forged from 256 sources in 16 /24s (Binding requests at 15063)",
        held: before_held && during_held && resources_held && answered <= bound,
        figures: format!(
            "{sent} datagrams in {:.1} s, {answered} answered to the forged sources (at most \
             {bound}); {before_words}; {during_words}; {resources}",
            took.as_secs_f64()
        ),
    }
}

//! The probe engine against a real firewall: the server runs in one network namespace,
//! the visitor in another, and nftables rules on the visitor accept, reset, reject with
//! ICMP or drop. Every probe's state must be exactly what its rule makes the packets say.
//! Needs root; `cargo xtask test` runs it (and requires it) when run as root.

use crate::common;

use std::{
    collections::HashMap,
    net::{Ipv4Addr, SocketAddr},
    time::Duration,
};

use common::netns::{
    self, NamespacedServer, SERVER_ADDRESS, SERVER_PORT, TestNetwork, VISITOR_ADDRESS,
};
use common::skip::skip;
use ringcheck_shared::{
    catalog::Transport::{self, Tcp, Udp},
    check::{
        CheckStarted,
        ProbeState::{self, *},
    },
    report::Report,
};

/// One firewall set-up and the states it must produce.
struct Round {
    name: &'static str,
    rules: &'static str,
    expected: &'static [((Transport, u16), ProbeState)],
}

const ROUNDS: &[Round] = &[
    Round {
        name: "tcp rules, udp answer and drop",
        rules: "tcp dport 8557 reject with icmpx type admin-prohibited\n\
                tcp dport 9998 drop\n\
                tcp dport 9999 reject with tcp reset\n\
                tcp dport 15063 reject with icmpx type host-unreachable\n\
                tcp dport 7076 drop\n\
                tcp dport 9079 reject with icmpx type port-unreachable\n\
                udp dport 15064 drop",
        expected: &[
            ((Tcp, 80), Open),              // listening, accepted
            ((Tcp, 443), Closed),           // accepted, nothing listening: reset
            ((Tcp, 8557), Unreachable),     // admin-prohibited
            ((Tcp, 9998), Filtered),        // dropped
            ((Tcp, 9999), Closed),          // listening, but the rule resets
            ((Tcp, 15063), Unreachable),    // host-unreachable
            ((Tcp, 15064), Open),           // listening
            ((Tcp, 7076), Filtered),        // dropped
            ((Tcp, 7077), Closed),          // nothing listening
            ((Tcp, 9078), Open),            // listening
            ((Tcp, 9079), Closed),          // ICMP port unreachable refuses TCP too
            ((Udp, 15063), Open),           // a service answers
            ((Udp, 15064), OpenOrFiltered), // dropped: silence
        ],
    },
    Round {
        name: "udp reject and closed, tcp accept all",
        rules: "udp dport 15063 reject with icmpx type admin-prohibited\n\
                tcp dport 80 drop",
        expected: &[
            ((Tcp, 80), Filtered),
            ((Tcp, 443), Closed),
            ((Tcp, 8557), Closed),
            ((Tcp, 9998), Closed),
            ((Tcp, 9999), Open),
            ((Tcp, 15063), Closed),
            ((Tcp, 15064), Open),
            ((Tcp, 7076), Closed),
            ((Tcp, 7077), Closed),
            ((Tcp, 9078), Open),
            ((Tcp, 9079), Closed),
            ((Udp, 15063), Unreachable), // admin-prohibited, although a service listens
            ((Udp, 15064), Closed),      // nothing listening: ICMP port unreachable
        ],
    },
    Round {
        name: "udp host and network unreachable",
        rules: "udp dport 15063 reject with icmpx type host-unreachable\n\
                meta nfproto ipv4 udp dport 15064 reject with icmp type net-unreachable",
        expected: &[
            ((Tcp, 80), Open),
            ((Tcp, 443), Closed),
            ((Tcp, 8557), Closed),
            ((Tcp, 9998), Closed),
            ((Tcp, 9999), Open),
            ((Tcp, 15063), Closed),
            ((Tcp, 15064), Open),
            ((Tcp, 7076), Closed),
            ((Tcp, 7077), Closed),
            ((Tcp, 9078), Open),
            ((Tcp, 9079), Closed),
            ((Udp, 15063), Unreachable), // host unreachable: not silence
            ((Udp, 15064), Unreachable), // network unreachable
        ],
    },
];

#[test]
fn every_probe_state_matches_the_visitors_firewall_rule() {
    if let Err(why) = netns::available() {
        return skip(&format!("{why}. Run `cargo xtask test` as root to run it."));
    }
    let network = TestNetwork::new();
    let _server = NamespacedServer::start(&network, &["--probe-timeout-ms", "400"]);

    let visitor_ns = network.visitor.clone();
    let reports = std::thread::spawn(move || {
        // From here on this thread, and the runtime it builds, live in the visitor host.
        common::netns::enter(&visitor_ns);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(visit(&visitor_ns))
    })
    .join()
    .expect("the visitor thread finishes");

    for (round, report) in ROUNDS.iter().zip(reports) {
        let found: HashMap<_, _> = report
            .probes
            .iter()
            .map(|r| ((r.transport, r.port.get()), r.state))
            .collect();
        for &(probe, expected) in round.expected {
            assert_eq!(
                found[&probe],
                expected,
                "{}: {probe:?} ({:?})",
                round.name,
                report
                    .probes
                    .iter()
                    .find(|r| (r.transport, r.port.get()) == probe)
            );
        }
        assert_eq!(
            found.len(),
            round.expected.len(),
            "{}: every probe is checked",
            round.name
        );
        assert_eq!(report.target, "10.99.0.xxx");
    }
}

/// The visitor's side: services on some Ring ports, then one check per round.
async fn visit(visitor_ns: &str) -> Vec<Report> {
    let _services = serve_some_ring_ports().await;
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap();
    let mut reports = Vec::new();
    for round in ROUNDS {
        netns::firewall(visitor_ns, round.rules);
        reports.push(check(&client).await);
    }
    reports
}

/// Listeners on TCP 80, 9999, 15064 and 9078 and a SIP responder on UDP 15063, on every
/// address of the visitor host, for as long as the runtime runs.
async fn serve_some_ring_ports() -> Vec<tokio::task::JoinHandle<()>> {
    let mut tasks = Vec::new();
    for port in [80, 9999, 15064, 9078] {
        let listener = tokio::net::TcpListener::bind((Ipv4Addr::UNSPECIFIED, port))
            .await
            .unwrap();
        tasks.push(tokio::spawn(async move {
            while let Ok((connection, _)) = listener.accept().await {
                drop(connection);
            }
        }));
    }
    let sip = tokio::net::UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 15063))
        .await
        .unwrap();
    tasks.push(tokio::spawn(async move {
        let mut buffer = [0u8; 2048];
        while let Ok((_, from)) = sip.recv_from(&mut buffer).await {
            let _ = sip
                .send_to(b"SIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n", from)
                .await;
        }
    }));
    tasks
}

/// One check of the visitor, to its report.
async fn check(client: &reqwest::Client) -> Report {
    let server = SocketAddr::from((SERVER_ADDRESS, SERVER_PORT));
    let response = client
        .post(format!("http://{server}/api/checks"))
        .header("Content-Type", "application/json")
        .body("{}")
        .send()
        .await
        .unwrap();
    let status = response.status();
    let body = response.text().await.unwrap();
    assert_eq!(status, reqwest::StatusCode::ACCEPTED, "{body}");
    let started: CheckStarted = serde_json::from_str(&body).unwrap();
    assert_eq!(started.target, VISITOR_ADDRESS.to_string());
    let events = common::sse::read_to_end(
        client
            .get(format!("http://{server}{}", started.events_url))
            .send()
            .await
            .unwrap(),
    )
    .await;
    events.last().expect("a report").json()
}

/// 5 % of packets lost each way, as a poor Wi-Fi link loses them, on everything but the
/// page's own connection to the server (whose losses TCP hides anyway, only slower).
const LOSSY_LINK: &str = "flush ruleset\n\
     table inet ringcheck_test {\n\
       chain input {\n\
         type filter hook input priority 0; policy accept;\n\
         tcp sport 8080 accept\n\
         numgen random mod 100 < 5 drop\n\
       }\n\
       chain output {\n\
         type filter hook output priority 0; policy accept;\n\
         tcp dport 8080 accept\n\
         numgen random mod 100 < 5 drop\n\
       }\n\
     }\n";

/// Each attempt of a probe is lost with a chance of about one in ten here, so a probe is
/// called filtered falsely about once in 100,000 (measured at 20 % loss each way, 440 TCP
/// probes: 1 to 5 attempts 286, 104, 33, 12, 5 times, as independent losses predict).
#[test]
fn a_lossy_link_gives_no_false_filtered() {
    if let Err(why) = netns::available() {
        return skip(&format!("{why}. Run `cargo xtask test` as root to run it."));
    }
    let network = TestNetwork::new();
    // The server's default waits, learnt from the visitor's round trips; five checks in
    // a row from one household allowed.
    let _server = NamespacedServer::start(
        &network,
        &["--checks-per-minute", "100", "--check-burst", "100"],
    );
    let visitor_ns = network.visitor.clone();
    let reports = std::thread::spawn(move || {
        common::netns::enter(&visitor_ns);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            let _services = serve_some_ring_ports().await;
            netns::load_ruleset(&visitor_ns, LOSSY_LINK);
            let client = reqwest::Client::builder()
                .timeout(Duration::from_secs(20))
                .build()
                .unwrap();
            let mut reports = Vec::new();
            for _ in 0..5 {
                reports.push(check(&client).await);
            }
            reports
        })
    })
    .join()
    .expect("the visitor thread finishes");
    for report in reports {
        let wrong: Vec<_> = report
            .probes
            .iter()
            .filter(|probe| {
                let listening = match probe.transport {
                    Tcp => [80, 9999, 15064, 9078].contains(&probe.port.get()),
                    Udp => probe.port.get() == 15063,
                };
                let expected = if listening { Open } else { Closed };
                probe.state != expected
            })
            .map(|probe| {
                format!(
                    "{} {}: {:?}, {:?}",
                    probe.transport.label(),
                    probe.port,
                    probe.state,
                    probe.detail
                )
            })
            .collect();
        assert!(
            wrong.is_empty(),
            "lost packets taken for a firewall: {wrong:?}"
        );
    }
}

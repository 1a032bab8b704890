//! The video upload test over a shaped uplink: the server in one network namespace, the
//! visitor in another whose outgoing link is a token bucket (`tc … tbf`), as a home's
//! upload. The server's figures must say what the shaper allows, and the verdict what a
//! camera would see. Needs root; `cargo xtask test` runs it (and requires it) as root.

use std::{
    io::{Read, Write},
    net::{SocketAddr, TcpListener, TcpStream},
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
    time::Duration,
};

use ringcheck_shared::upload::{UploadJudgement, UploadVerdict};

use crate::{
    common::{
        netns::{self, NamespacedServer, SERVER_ADDRESS, SERVER_PORT, TestNetwork},
        skip::skip,
    },
    upload_client,
};

/// A test of one stream from the visitor, over its uplink shaped as `tbf`; with `bulk`,
/// other uploads flat out beside it from its `go` (someone backing up photos: three
/// connections, as backup apps open).
fn judged_over(rate: &str, burst: &str, latency: &str, bulk: bool) -> Option<UploadJudgement> {
    if let Err(why) = netns::available() {
        skip(&format!("{why}. Run `cargo xtask test` as root to run it."));
        return None;
    }
    let network = TestNetwork::new();
    let _server = NamespacedServer::start(&network, &[]);
    network.shape_visitor_uplink(rate, burst, latency);
    let sink = bulk.then(|| bulk_sink(&network.server));
    let visitor = network.visitor.clone();
    let judged = std::thread::spawn(move || {
        netns::enter(&visitor);
        let stop = Arc::new(AtomicBool::new(false));
        let mut senders = Vec::new();
        // The other upload starts with the test's sending: the idle round trips are idle.
        let start_bulk = || {
            if let Some(sink) = sink {
                for _ in 0..BULK_CONNECTIONS {
                    let stop = stop.clone();
                    // Threads started here stay in the visitor's namespace.
                    senders.push(std::thread::spawn(move || send_flat_out(sink, &stop)));
                }
            }
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let host = SocketAddr::from((SERVER_ADDRESS, SERVER_PORT)).to_string();
        // The camera's phone or computer sends with CUBIC too.
        let outcome = runtime.block_on(upload_client::run_with(
            &host,
            "streams=1",
            1.0,
            Some("cubic"),
            start_bulk,
        ));
        stop.store(true, Ordering::SeqCst);
        let bulk: u64 = senders.into_iter().map(|s| s.join().unwrap()).sum();
        if bulk > 0 {
            eprintln!("the other uploads sent {bulk} bytes");
        }
        let judged = outcome.figures.judge();
        assert_eq!(
            outcome.result.verdict, judged.verdict,
            "the server's own result"
        );
        judged
    })
    .join()
    .expect("the visitor's test finishes");
    eprintln!("tbf rate {rate} burst {burst} latency {latency}, bulk {bulk}: {judged:?}");
    Some(judged)
}

const BULK_CONNECTIONS: usize = 1;

/// A TCP sink in the server's namespace that reads and drops everything from each
/// connection; its address.
fn bulk_sink(server_ns: &str) -> SocketAddr {
    let server_ns = server_ns.to_owned();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        netns::enter(&server_ns);
        let listener = TcpListener::bind((SERVER_ADDRESS, 0)).unwrap();
        tx.send(listener.local_addr().unwrap()).unwrap();
        for _ in 0..BULK_CONNECTIONS {
            let Ok((mut connection, _)) = listener.accept() else {
                return;
            };
            std::thread::spawn(move || {
                let mut buffer = vec![0u8; 64 * 1024];
                while matches!(connection.read(&mut buffer), Ok(n) if n > 0) {}
            });
        }
    });
    rx.recv_timeout(Duration::from_secs(5)).unwrap()
}

/// Sends as fast as the link takes until `stop`; the bytes it sent.
fn send_flat_out(to: SocketAddr, stop: &AtomicBool) -> u64 {
    let mut connection = TcpStream::connect(to).unwrap();
    // As a home's phones and computers send: CUBIC fills a deep queue, where this
    // machine's default (BBR) keeps it nearly empty. Set per socket (as root may), not
    // for the namespace, which may only choose among the host's allowed ones.
    nix::sys::socket::setsockopt(
        &connection,
        nix::sys::socket::sockopt::TcpCongestion,
        &std::ffi::OsString::from("cubic"),
    )
    .expect("CUBIC for the other upload");
    connection
        .set_write_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    let buffer = vec![0u8; 64 * 1024];
    let mut sent = 0;
    while !stop.load(Ordering::SeqCst) {
        match connection.write(&buffer) {
            Ok(n) => sent += n as u64,
            Err(error) if error.kind() == std::io::ErrorKind::WouldBlock => {}
            Err(error) if error.kind() == std::io::ErrorKind::TimedOut => {}
            Err(error) => panic!("the other upload: {error}"),
        }
    }
    sent
}

#[test]
fn a_1_mbit_uplink_cannot_hold_a_2_mbit_stream_and_the_server_counts_what_it_allows() {
    let Some(judged) = judged_over("1mbit", "32kbit", "100ms", false) else {
        return;
    };
    assert_eq!(judged.verdict, UploadVerdict::Blocked, "{judged:?}");
    // The shaper passes 1,000 kbit/s of packets; the server counts the payload in them.
    assert!(
        (900..=1_100).contains(&judged.hold_kbps),
        "the server counted {} kbit/s through a 1,000 kbit/s shaper: {judged:?}",
        judged.hold_kbps
    );
    // The best second may also hold the bucket's burst and a queued chunk that landed
    // at its edge.
    assert!(judged.best_kbps <= 1_150, "{judged:?}");
}

#[test]
fn a_10_mbit_uplink_with_a_short_queue_carries_a_stream_smoothly() {
    let Some(judged) = judged_over("10mbit", "64kbit", "20ms", false) else {
        return;
    };
    assert_eq!(judged.verdict, UploadVerdict::Works, "{judged:?}");
    assert_eq!(judged.held_seconds, judged.hold_seconds);
    // The ramp asks for twice the stream, which the line carries.
    assert!(judged.best_kbps >= 3_600, "{judged:?}");
}

#[test]
fn a_deep_queue_under_another_upload_holds_the_rate_but_lags() {
    let Some(judged) = judged_over("10mbit", "64kbit", "1s", true) else {
        return;
    };
    assert_eq!(judged.verdict, UploadVerdict::AtRisk, "{judged:?}");
    let rise = judged.rtt_rise_ms.expect("round trips measured");
    assert!(
        rise >= 100.0,
        "latency under load rose {rise} ms: {judged:?}"
    );
}

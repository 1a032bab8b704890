//! The engine's self-check against the server's own beacons, plain and over TLS: a
//! serving beacon is up, a stuck or closed socket is down with why, and one that answers
//! again is up again. (The engine's own unit tests cover its STUN responders.)

use std::net::{Ipv4Addr, SocketAddr};

use ringcheck_backend::{
    config::Config,
    http::{
        beacon_router,
        serve::{Connections, HttpListener, PeerHints, serve},
        tls::{self, Tls},
    },
};
use ringcheck_engine::{
    ListenerHealth,
    self_check::{Listener, check, check_all, tls_connector},
};
use ringcheck_shared::{catalog::Transport, port::Port};
use tokio::net::TcpListener;

fn listener(ring_port: u16, addr: SocketAddr, tls: bool) -> Listener {
    Listener {
        transport: Transport::Tcp,
        ring_port: Port::known(ring_port),
        addr,
        tls,
    }
}

/// A beacon server as start-up runs one, on `tcp`.
fn serve_beacon(tcp: TcpListener, tls: Option<&Tls>) {
    let listener = HttpListener::new(tcp, tls);
    let connections = Connections::new(
        Config::defaults().connections.limits(),
        PeerHints::default(),
    );
    tokio::spawn(serve(
        listener,
        beacon_router(),
        connections,
        std::future::pending(),
    ));
}

#[tokio::test]
async fn a_serving_beacon_is_up_and_stuck_or_closed_sockets_are_down_with_why() {
    let tcp = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let beacon = tcp.local_addr().unwrap();
    serve_beacon(tcp, None);
    // Bound but never served: the kernel accepts the connection, nobody answers.
    let stuck = TcpListener::bind("127.0.0.1:0").await.unwrap();
    // Nothing bound at all: refused.
    let closed = {
        let gone = TcpListener::bind("127.0.0.1:0").await.unwrap();
        gone.local_addr().unwrap()
    };
    let health = ListenerHealth::new();
    let listeners = [
        listener(9998, beacon, false),
        listener(9999, stuck.local_addr().unwrap(), false),
        listener(8557, closed, false),
    ];
    check_all(&health, &listeners, &tls_connector()).await;
    let down: Vec<u16> = health.down().into_iter().map(|(_, p, _)| p.get()).collect();
    assert_eq!(down, [8557, 9999]);
    let why = |port| {
        health
            .down_reason(Transport::Tcp, Port::known(port))
            .unwrap()
    };
    assert!(why(9999).contains("no answer within"), "{}", why(9999));
    assert!(why(8557).contains("cannot connect"), "{}", why(8557));
    assert!(
        health
            .down_reason(Transport::Tcp, Port::known(9998))
            .is_none()
    );

    // Once it answers again, it is up again.
    drop(stuck);
    check_all(&health, &[listener(9999, beacon, false)], &tls_connector()).await;
    assert!(
        health
            .down_reason(Transport::Tcp, Port::known(9999))
            .is_none()
    );
}

#[tokio::test]
async fn an_unspecified_address_is_asked_on_loopback_and_tls_beacons_over_tls() {
    let dir = tempfile::tempdir().unwrap();
    let pair = rcgen::generate_simple_self_signed(vec!["localhost".into()]).unwrap();
    let (cert, key) = (dir.path().join("c.pem"), dir.path().join("k.pem"));
    std::fs::write(&cert, pair.cert.pem()).unwrap();
    std::fs::write(&key, pair.key_pair.serialize_pem()).unwrap();
    let config = tls::load(&cert, &key).unwrap();
    let tcp = TcpListener::bind((Ipv4Addr::UNSPECIFIED, 0)).await.unwrap();
    let addr = tcp.local_addr().unwrap();
    serve_beacon(tcp, Some(&config));
    assert_eq!(
        check(&listener(443, addr, true), &tls_connector()).await,
        Ok(())
    );
    assert!(
        check(&listener(443, addr, false), &tls_connector())
            .await
            .is_err(),
        "plain HTTP to a TLS beacon gets no token"
    );
}

//! The accept loop against slow, stalled and numerous clients, over real sockets: a head
//! sent too slowly or too large, a kept-alive connection that sends nothing, one address
//! opening more connections than it may, and TLS clients stalling in the handshake. Each
//! time, the server goes on answering everybody else.

use std::{
    net::{IpAddr, SocketAddr},
    time::{Duration, Instant},
};

use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{TcpSocket, TcpStream},
};

use crate::common::{self, TestApp, visitor::Visitor};

/// A TCP connection to `app` from `from`.
async fn connect_from(from: IpAddr, app: &TestApp) -> TcpStream {
    let socket = TcpSocket::new_v4().unwrap();
    socket.bind(SocketAddr::new(from, 0)).unwrap();
    socket.connect(app.addr).await.unwrap()
}

/// Reads until the server closes the connection (or resets it), at most `within`;
/// what it sent, or `None` if it was still open then.
async fn read_until_closed(stream: &mut TcpStream, within: Duration) -> Option<String> {
    let mut received = Vec::new();
    let read = tokio::time::timeout(within, async {
        let mut chunk = [0u8; 4096];
        loop {
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => received.extend_from_slice(&chunk[..n]),
            }
        }
    })
    .await;
    read.ok()
        .map(|()| String::from_utf8_lossy(&received).into_owned())
}

/// `GET /healthz` answers 200 for a new visitor: the server still serves others.
async fn others_are_served(app: &TestApp) {
    let visitor = Visitor::new();
    let response = visitor
        .client
        .get(app.url("/healthz"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
}

#[tokio::test]
async fn a_head_sent_too_slowly_is_cut_off_and_others_are_served() {
    let app = common::spawn_app_with(|c| c.connections.header_read_timeout_secs = 1).await;
    let visitor = Visitor::new();
    let mut slow = connect_from(visitor.address, &app).await;
    let started = Instant::now();
    // A byte every 300 ms: the head would take minutes. The sleep is the slow client
    // itself, not a wait for the server.
    let trickle = async {
        for byte in b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: " {
            if slow.write_all(&[*byte]).await.is_err() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(300)).await;
        }
    };
    let _ = tokio::time::timeout(Duration::from_secs(4), trickle).await;
    let closed_after = read_until_closed(&mut slow, Duration::from_secs(3)).await;
    assert!(closed_after.is_some(), "the slow head is cut off");
    assert!(
        started.elapsed() < Duration::from_secs(6),
        "{:?}",
        started.elapsed()
    );
    others_are_served(&app).await;
}

#[tokio::test]
async fn a_kept_alive_connection_that_sends_nothing_is_closed() {
    let app = common::spawn_app_with(|c| c.connections.header_read_timeout_secs = 1).await;
    let visitor = Visitor::new();
    let mut idle = connect_from(visitor.address, &app).await;
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await
        .unwrap();
    let mut first = [0u8; 12];
    idle.read_exact(&mut first).await.unwrap();
    assert_eq!(&first, b"HTTP/1.1 200");
    // Kept alive, then silence: closed within the head deadline, not held for ever.
    let started = Instant::now();
    assert!(
        read_until_closed(&mut idle, Duration::from_secs(5))
            .await
            .is_some()
    );
    assert!(started.elapsed() < Duration::from_secs(4));
}

#[tokio::test]
async fn a_head_too_large_gets_431() {
    let app = common::spawn_app().await;
    let visitor = Visitor::new();
    let mut stream = connect_from(visitor.address, &app).await;
    let big = "a".repeat(200 * 1024);
    let request = format!("GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Big: {big}\r\n\r\n");
    // The server may stop reading and answer before all of it is written.
    let _ = stream.write_all(request.as_bytes()).await;
    let answer = read_until_closed(&mut stream, Duration::from_secs(5))
        .await
        .expect("answered and closed");
    assert!(
        answer.starts_with("HTTP/1.1 431"),
        "{}",
        answer.lines().next().unwrap_or_default()
    );
    // A normal head still gets through.
    let normal = format!(
        "GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Small: {}\r\n\r\n",
        "a".repeat(8000)
    );
    let mut stream = connect_from(visitor.address, &app).await;
    stream.write_all(normal.as_bytes()).await.unwrap();
    let mut status = [0u8; 12];
    stream.read_exact(&mut status).await.unwrap();
    assert_eq!(&status, b"HTTP/1.1 200");
}

#[tokio::test]
async fn one_address_cannot_hold_more_connections_than_its_share() {
    let app = common::spawn_app_with(|c| c.connections.max_connections_per_address = 4).await;
    let hog = Visitor::new();
    let mut held = Vec::new();
    for _ in 0..4 {
        let mut connection = connect_from(hog.address, &app).await;
        // Answered, so the server has counted it, and it stays open (kept alive).
        connection
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
            .await
            .unwrap();
        let mut status = [0u8; 12];
        connection.read_exact(&mut status).await.unwrap();
        assert_eq!(&status, b"HTTP/1.1 200");
        held.push(connection);
    }
    let mut fifth = connect_from(hog.address, &app).await;
    let _ = fifth
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await;
    let answer = read_until_closed(&mut fifth, Duration::from_secs(2))
        .await
        .expect("closed at once");
    assert!(answer.is_empty(), "no answer, only a close: {answer}");
    others_are_served(&app).await;
    // One of them closes: the address gets its connection back, once the server has
    // seen the close (until then a new one is closed at once, unanswered).
    drop(held.pop());
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        match hog.client.get(app.url("/healthz")).send().await {
            Ok(response) => {
                assert_eq!(response.status(), 200);
                break;
            }
            Err(error) => assert!(
                Instant::now() < deadline,
                "the address has no connection back 5 s after one closed: {error}"
            ),
        }
        // Between tries, so the refused ones do not flood the server.
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::test]
async fn clients_that_stall_in_the_tls_handshake_hold_no_slot_and_are_closed() {
    let dir = tempfile::tempdir().unwrap();
    let pair = rcgen::generate_simple_self_signed(vec!["127.0.0.1".into()]).unwrap();
    let (cert, key) = (dir.path().join("c.pem"), dir.path().join("k.pem"));
    std::fs::write(&cert, pair.cert.pem()).unwrap();
    std::fs::write(&key, pair.key_pair.serialize_pem()).unwrap();
    let app = common::spawn_app_with(move |c| {
        c.tls.tls_cert = Some(cert);
        c.tls.tls_key = Some(key);
        c.connections.max_tls_handshakes = 1;
    })
    .await;
    let mut roots = rustls::RootCertStore::empty();
    roots.add(pair.cert.der().clone()).unwrap();
    let config = std::sync::Arc::new(
        rustls::ClientConfig::builder_with_provider(std::sync::Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth(),
    );
    let name = rustls::pki_types::ServerName::try_from("127.0.0.1").unwrap();
    // With one handshake slot: clients that connect and never say hello, and clients
    // that say hello and then never answer the server's part. Neither may hold it.
    let mut stalled = Vec::new();
    for _ in 0..4 {
        stalled.push(connect_from(Visitor::new().address, &app).await);
    }
    for _ in 0..4 {
        let mut stream = connect_from(Visitor::new().address, &app).await;
        let mut client = rustls::ClientConnection::new(config.clone(), name.clone()).unwrap();
        let mut hello = Vec::new();
        client.write_tls(&mut hello).unwrap();
        stream.write_all(&hello).await.unwrap();
        // The server's part, computed: the handshake now waits on this client alone. The
        // silent ones connected earlier, so the server has accepted them too.
        let mut first = [0u8; 1];
        tokio::time::timeout(Duration::from_secs(5), stream.read_exact(&mut first))
            .await
            .expect("the server answers a hello within 5 s")
            .expect("the server's part of the handshake");
        stalled.push(stream);
    }
    let connector = tokio_rustls::TlsConnector::from(config);
    let tcp = connect_from(Visitor::new().address, &app).await;
    let mut tls = tokio::time::timeout(Duration::from_secs(5), connector.connect(name, tcp))
        .await
        .expect("handshake within 5 s")
        .expect("a client that answers gets its handshake");
    tls.write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut status = [0u8; 12];
    tls.read_exact(&mut status).await.unwrap();
    assert_eq!(&status, b"HTTP/1.1 200");
    // All are closed: the silent ones when their hello is overdue (5 s), the others when
    // their handshake is (10 s after the hello).
    for mut stream in stalled {
        assert!(
            read_until_closed(&mut stream, Duration::from_secs(13))
                .await
                .is_some()
        );
    }
}

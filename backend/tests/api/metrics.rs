//! The operator's metrics: served on a listener of their own, never on the visitors' port,
//! and counting what really happened.

use std::time::Duration;

use reqwest::{StatusCode, header};
use ringcheck_shared::routes::ApiPath;
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{TcpSocket, TcpStream},
};

use crate::common::{self, sse, visitor::Visitor};

#[tokio::test]
async fn a_scrape_after_a_check_counts_it_its_probes_a_refusal_and_the_requests() {
    let app = common::spawn_app_with(|config| {
        config.metrics.metrics_bind = Some("127.0.0.1:0".parse().unwrap());
    })
    .await;
    let metrics = app.metrics_addr.expect("metrics are served");
    let mut visitor = Visitor::new();
    visitor.open_tcp(8557).await;

    let started = visitor.start_check(&app).await;
    let events = sse::read_to_end(app.get(&started.events_url).await).await;
    assert_eq!(events.last().unwrap().event, "report");
    let refused = app
        .client
        .post(app.url(ApiPath::Checks.route()))
        .header(header::ORIGIN, "https://evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);

    let scrape = app
        .client
        .get(format!("http://{metrics}/metrics"))
        .send()
        .await
        .unwrap();
    assert_eq!(scrape.status(), StatusCode::OK);
    assert!(
        scrape.headers()[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("application/openmetrics-text"),
    );
    let text = scrape.text().await.unwrap();
    for line in [
        "ringcheck_checks_started_total 1",
        "ringcheck_checks_refused_total{reason=\"cross_site\"} 1",
        "ringcheck_checks_finished_total 1",
        "ringcheck_checks_failed_total 0",
        "ringcheck_checks_in_flight 0",
        "ringcheck_probe_results_total{transport=\"tcp\",port=\"8557\",state=\"open\"} 1",
        "ringcheck_probe_results_total{transport=\"tcp\",port=\"9998\",state=\"closed\"} 1",
        "ringcheck_http_requests_total{method=\"POST\",route=\"/api/checks\",status=\"202\"} 1",
        "ringcheck_http_requests_total{method=\"POST\",route=\"/api/checks\",status=\"403\"} 1",
        "ringcheck_http_request_duration_seconds_count{method=\"GET\",route=\"/api/checks/{id}/events\"} 1",
    ] {
        assert!(text.contains(line), "{line} missing from:\n{text}");
    }
    // The visitors' port has no metrics.
    assert_eq!(app.get("/metrics").await.status(), StatusCode::NOT_FOUND);
}

/// A connection to `addr` that has had one answer and stays open: counted by the
/// server for sure.
async fn held_connection(from: std::net::IpAddr, addr: std::net::SocketAddr) -> TcpStream {
    let socket = TcpSocket::new_v4().unwrap();
    socket.bind(std::net::SocketAddr::new(from, 0)).unwrap();
    let mut stream = socket.connect(addr).await.unwrap();
    stream
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await
        .unwrap();
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        let read = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut byte))
            .await
            .expect("an answer within 5 s")
            .unwrap();
        assert_eq!(read, 1, "closed before answering: {head:?}");
        head.push(byte[0]);
    }
    assert!(head.starts_with(b"HTTP/1.1 200"), "{head:?}");
    stream
}

#[tokio::test]
async fn a_scrape_is_answered_while_visitors_hold_every_connection() {
    let app = common::spawn_app_with(|config| {
        config.metrics.metrics_bind = Some("127.0.0.1:0".parse().unwrap());
        config.connections.max_connections = 16;
    })
    .await;
    let metrics = app.metrics_addr.expect("metrics are served");
    // Sixteen visitors (no check running, so no reserve) hold the server's sixteen.
    let mut held = Vec::new();
    for _ in 0..16 {
        held.push(held_connection(Visitor::new().address, app.addr).await);
    }
    let mut refused = TcpStream::connect(app.addr).await.unwrap();
    let _ = refused
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await;
    let mut answer = Vec::new();
    let closed = tokio::time::timeout(Duration::from_secs(5), refused.read_to_end(&mut answer))
        .await
        .expect("closed at once");
    assert!(
        closed.is_err() || answer.is_empty(),
        "the visitors' port is full: {answer:?}"
    );

    let scrape = tokio::time::timeout(
        Duration::from_secs(5),
        app.client.get(format!("http://{metrics}/metrics")).send(),
    )
    .await
    .expect("the scrape is answered within 5 s")
    .expect("the metrics listener takes the connection");
    assert_eq!(scrape.status(), StatusCode::OK);
    drop(held);
}

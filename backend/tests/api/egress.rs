//! The server's side of the browser's outward tests, over real sockets: the beacons, the
//! STUN responders, TLS, and `POST /api/checks/{id}/egress`.

use crate::common;

use std::{net::SocketAddr, sync::Arc, time::Duration};

use common::{TestApp, serve_egress_on_free_ports, sse, visitor::Visitor};
use reqwest::{StatusCode, header};
use ringcheck_shared::{
    api::ErrorBody,
    catalog::Transport,
    check::CheckStarted,
    egress::{
        EgressMethod, EgressResult, EgressState, EgressSubmission, NatMapping, Phone, ReportedBy,
    },
    port::Port,
    report::Report,
    routes::ApiPath,
};
use stun_types::{
    attribute::XorMappedAddress,
    message::{BINDING, Message, MessageClass, MessageWriteVec},
    prelude::*,
};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{TcpStream, UdpSocket},
};

async fn spawn() -> TestApp {
    common::spawn_app_with(serve_egress_on_free_ports).await
}

/// The public port the plan gives for a Ring port.
fn public_port(started: &CheckStarted, transport: Transport, ring_port: u16) -> u16 {
    let target = started
        .egress
        .targets
        .iter()
        .find(|t| t.transport == transport && t.port.get() == ring_port)
        .unwrap_or_else(|| panic!("{transport:?} {ring_port} is planned"));
    match target.method {
        EgressMethod::Beacon { public_port } | EgressMethod::Stun { public_port } => {
            public_port.get()
        }
        EgressMethod::NotTestable { ref reason } | EgressMethod::Unavailable { ref reason, .. } => {
            panic!("{ring_port} not testable: {reason}")
        }
    }
}

#[tokio::test]
async fn the_plan_points_at_a_listener_for_every_port_a_browser_can_test() {
    let app = spawn().await;
    let visitor = Visitor::new();
    let started = visitor.start_check(&app).await;
    let plan = &started.egress;
    assert_eq!(plan.token.len(), 22);
    assert_ne!(
        plan.token,
        started.id.to_string(),
        "the token is not the id"
    );
    assert_eq!(
        started.egress_url,
        format!("/api/checks/{}/egress", started.id)
    );
    let testable = plan.targets.iter().filter(|t| t.is_testable()).count();
    assert_eq!(
        testable,
        common::default_browser_tests(),
        "a beacon or STUN responder for every Ring port the browser tests, by default"
    );
    let untestable: Vec<String> = plan
        .targets
        .iter()
        .filter(|t| !t.is_testable())
        .map(|t| format!("{:?} {}", t.transport, t.port))
        .collect();
    assert_eq!(untestable, ["Udp 53", "Tcp 53", "Udp 123"], "DNS and NTP");
    // Every beacon port is in the page's connect-src.
    let csp = app.get("/").await.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .to_owned();
    let beacon = public_port(&started, Transport::Tcp, 9998);
    assert!(csp.contains(&format!("http://*:{beacon}")), "{csp}");
}

#[tokio::test]
async fn beacons_echo_the_token_to_any_page_and_nothing_else() {
    let app = spawn().await;
    let visitor = Visitor::new();
    let started = visitor.start_check(&app).await;
    let token = &started.egress.token;
    let port = public_port(&started, Transport::Tcp, 8557);
    for base in [format!("http://127.0.0.1:{port}"), app.address.clone()] {
        let response = visitor
            .client
            .get(format!("{base}/beacon?token={token}"))
            .header(header::ORIGIN, "http://elsewhere.example")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{base}");
        assert_eq!(response.headers()[header::ACCESS_CONTROL_ALLOW_ORIGIN], "*");
        assert_eq!(response.headers()[header::CACHE_CONTROL], "no-store");
        assert_eq!(response.text().await.unwrap(), *token, "{base}");

        for bad in ["", "?token=short", "?token=<script>alert(1)</script>aaaaa"] {
            let response = visitor
                .client
                .get(format!("{base}/beacon{bad}"))
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{base} {bad}");
            assert!(!response.text().await.unwrap().contains("<script>"));
        }
    }
    let other = visitor
        .client
        .get(format!("http://127.0.0.1:{port}/api/catalog"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        other.status(),
        StatusCode::NOT_FOUND,
        "a beacon port serves only the beacon"
    );
}

fn binding_request() -> (Vec<u8>, stun_types::message::TransactionId) {
    let request = Message::builder_request(BINDING, MessageWriteVec::new()).finish();
    let id = Message::from_bytes(&request).unwrap().transaction_id();
    (request, id)
}

/// A datagram within `wait`, or `None`.
async fn receive(socket: &UdpSocket, wait: Duration) -> Option<Vec<u8>> {
    let mut buffer = [0u8; 1500];
    let length = tokio::time::timeout(wait, socket.recv(&mut buffer))
        .await
        .ok()?
        .ok()?;
    Some(buffer[..length].to_vec())
}

#[tokio::test]
async fn stun_responders_on_the_planned_ports_give_the_mapped_address_and_ignore_the_rest() {
    let app = spawn().await;
    let visitor = Visitor::new();
    let started = visitor.start_check(&app).await;
    for ring_port in [15063, 15064, 16500, 65000] {
        let port = public_port(&started, Transport::Udp, ring_port);
        let client = UdpSocket::bind(SocketAddr::new(visitor.address, 0))
            .await
            .unwrap();
        client.connect(("127.0.0.1", port)).await.unwrap();

        client
            .send(b"OPTIONS sip:ring SIP/2.0\r\n\r\n")
            .await
            .unwrap();
        let mut truncated = binding_request().0;
        truncated.truncate(10);
        client.send(&truncated).await.unwrap();
        let (request, id) = binding_request();
        client.send(&request).await.unwrap();
        // Datagrams are handled in order, so the first answer is to the Binding request.
        let answer = receive(&client, Duration::from_secs(5))
            .await
            .unwrap_or_else(|| panic!("UDP {ring_port} answers a Binding request"));
        let message = Message::from_bytes(&answer).unwrap();
        assert!(message.has_class(MessageClass::Success));
        assert_eq!(message.transaction_id(), id);
        let mapped = message.attribute::<XorMappedAddress>().unwrap().addr(id);
        assert_eq!(mapped, client.local_addr().unwrap(), "UDP {ring_port}");
        assert!(answer.len() <= 44, "never larger than needed");
        assert_eq!(
            receive(&client, Duration::from_millis(300)).await,
            None,
            "nothing for the malformed datagrams"
        );
    }
}

fn complete_submission(started: &CheckStarted, state: EgressState) -> EgressSubmission {
    EgressSubmission {
        token: started.egress.token.clone(),
        results: started
            .egress
            .targets
            .iter()
            .filter(|t| t.is_testable())
            .map(|t| EgressResult {
                transport: t.transport,
                port: t.port,
                family: None,
                state,
                rtt_ms: (state == EgressState::Reached).then_some(5),
                waited_ms: None,
            })
            .collect(),
        // A NAT mapping needs two STUN responders reached.
        nat: (state == EgressState::Reached).then_some(NatMapping::EndpointIndependent),
        phone: Some(Phone::Iphone),
    }
}

async fn submit(
    app: &TestApp,
    visitor: &Visitor,
    started: &CheckStarted,
    body: &impl serde::Serialize,
) -> reqwest::Response {
    visitor
        .client
        .post(app.url(&started.egress_url))
        .json(body)
        .send()
        .await
        .unwrap()
}

async fn refused(response: reqwest::Response, status: StatusCode, code: &str) -> String {
    assert_eq!(response.status(), status);
    common::json_error(response, code).await.message
}

#[tokio::test]
async fn browser_results_are_stored_once_with_the_report_and_marked_as_the_browser_s() {
    let app = spawn().await;
    let visitor = Visitor::new();
    let started = visitor.start_check(&app).await;
    let events = sse::read_to_end(app.get(&started.events_url).await).await;
    let streamed: Report = events.last().unwrap().json();
    assert_eq!(streamed.egress, None, "the probes finished first");

    // The browser finishes its tests in any order; they are kept in plan order.
    let mut submission = complete_submission(&started, EgressState::Reached);
    submission.results.reverse();
    let response = submit(&app, &visitor, &started, &submission).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let location = response.headers()[header::LOCATION]
        .to_str()
        .unwrap()
        .to_owned();
    assert_eq!(location, started.report_url);
    let answered: Report = response.json().await.unwrap();
    let report: Report = app.get(&location).await.json().await.unwrap();
    assert_eq!(
        answered, report,
        "the answer is the stored report, no second request needed"
    );
    let plan = report.plan.as_ref().expect("the report carries its plan");
    assert_eq!(plan.probes, started.probes);
    assert_eq!(plan.egress, started.egress.targets);
    assert!(
        !serde_json::to_string(&report)
            .unwrap()
            .contains(&started.egress.token),
        "the stored plan leaves the token out"
    );
    let egress = report
        .egress
        .expect("the report carries the browser's results");
    assert_eq!(egress.phone, Some(Phone::Iphone));
    assert_eq!(egress.reported_by, ReportedBy::VisitorBrowser);
    let stored: Vec<_> = egress
        .results
        .iter()
        .map(|r| (r.transport, r.port))
        .collect();
    let planned: Vec<_> = started
        .egress
        .targets
        .iter()
        .filter(|t| t.is_testable())
        .map(|t| (t.transport, t.port))
        .collect();
    assert_eq!(stored, planned, "in plan order");
    assert_eq!(egress.nat, Some(NatMapping::EndpointIndependent));
    assert_eq!(report.probes, streamed.probes);

    let again = submit(
        &app,
        &visitor,
        &started,
        &complete_submission(&started, EgressState::NoAnswer),
    )
    .await;
    refused(again, StatusCode::CONFLICT, "egress_already_submitted").await;
    let report: Report = app.get(&location).await.json().await.unwrap();
    assert_eq!(
        report.egress.unwrap().results[0].state,
        EgressState::Reached,
        "the first results stand"
    );
}

#[tokio::test]
async fn submissions_that_do_not_answer_the_plan_get_a_clear_error_and_change_nothing() {
    let app = spawn().await;
    let visitor = Visitor::new();
    let started = visitor.start_check(&app).await;
    let good = complete_submission(&started, EgressState::Reached);

    let mut wrong_token = good.clone();
    wrong_token.token = "A".repeat(22);
    refused(
        submit(&app, &visitor, &started, &wrong_token).await,
        StatusCode::FORBIDDEN,
        "wrong_token",
    )
    .await;

    let mut unknown_port = good.clone();
    unknown_port.results[0].port = Port::known(22);
    let message = refused(
        submit(&app, &visitor, &started, &unknown_port).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_egress",
    )
    .await;
    assert!(
        message.contains("TCP 22 is not a port this check tests"),
        "{message}"
    );

    let mut dns = good.clone();
    dns.results[0].transport = Transport::Udp;
    dns.results[0].port = Port::known(53);
    refused(
        submit(&app, &visitor, &started, &dns).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_egress",
    )
    .await;

    let mut missing = good.clone();
    missing.results.pop();
    let message = refused(
        submit(&app, &visitor, &started, &missing).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid_egress",
    )
    .await;
    assert!(message.contains("has no result"), "{message}");

    let bogus_state = serde_json::json!({
        "token": good.token, "results": [{"transport": "tcp", "port": 443, "state": "great"}]
    });
    let response = submit(&app, &visitor, &started, &bogus_state).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: ErrorBody = response.json().await.unwrap();
    assert!(
        body.message.contains("great"),
        "says what was wrong: {}",
        body.message
    );

    let oversized = serde_json::json!({ "token": "x".repeat(10_000), "results": [] });
    let response = submit(&app, &visitor, &started, &oversized).await;
    refused(response, StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large").await;

    let unknown_check = visitor
        .client
        .post(app.url(&ApiPath::CheckEgress.with_id("AAAAAAAAAAAAAAAAAAAAAA")))
        .json(&good)
        .send()
        .await
        .unwrap();
    refused(unknown_check, StatusCode::NOT_FOUND, "check_not_found").await;

    // None of that used up the check's one submission.
    let response = submit(&app, &visitor, &started, &good).await;
    assert_eq!(response.status(), StatusCode::CREATED);
}

#[tokio::test]
async fn results_sent_before_the_probes_end_are_answered_with_the_finished_report() {
    let app = spawn().await;
    let mut visitor = Visitor::new();
    // A SIP port that never answers keeps the probes busy for their timeouts.
    visitor.silent_udp(15063).await;
    let started = visitor.start_check(&app).await;
    let response = submit(
        &app,
        &visitor,
        &started,
        &complete_submission(&started, EgressState::Reached),
    )
    .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let report: Report = response.json().await.unwrap();
    assert_eq!(
        report.probes.len(),
        started.probes.len(),
        "the answer waited for every probe"
    );
    assert!(report.egress.is_some());
    // Whoever follows the check's events now reads the same report, results and all.
    let events = sse::read_to_end(app.get(&started.events_url).await).await;
    let streamed: Report = events.last().unwrap().json();
    assert_eq!(streamed.egress, report.egress);
    assert_eq!(
        streamed.judgement.map(|j| j.verdicts),
        report.judgement.map(|j| j.verdicts)
    );
}

/// A self-signed certificate for 127.0.0.1, written to `dir`.
fn certificate(
    dir: &std::path::Path,
) -> (rcgen::CertifiedKey, std::path::PathBuf, std::path::PathBuf) {
    let pair =
        rcgen::generate_simple_self_signed(vec!["127.0.0.1".into(), "localhost".into()]).unwrap();
    let cert = dir.join("server.crt");
    let key = dir.join("server.key");
    std::fs::write(&cert, pair.cert.pem()).unwrap();
    std::fs::write(&key, pair.key_pair.serialize_pem()).unwrap();
    (pair, cert, key)
}

/// `GET path` over TLS trusting only `pair`; the raw HTTP/1.1 response.
async fn https_get(addr: SocketAddr, path: &str, pair: &rcgen::CertifiedKey) -> String {
    let mut roots = rustls::RootCertStore::empty();
    roots.add(pair.cert.der().clone()).unwrap();
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth();
    // As a browser does: HTTP/2 preferred. The server must pick what it speaks.
    let mut config = config;
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    let connector = tokio_rustls::TlsConnector::from(Arc::new(config));
    let tcp = TcpStream::connect(addr).await.unwrap();
    let name = rustls::pki_types::ServerName::try_from("127.0.0.1").unwrap();
    let mut tls = tokio::time::timeout(Duration::from_secs(5), connector.connect(name, tcp))
        .await
        .expect("handshake within 5 s")
        .expect("the certificate is trusted");
    assert_eq!(
        tls.get_ref().1.alpn_protocol(),
        Some(&b"http/1.1"[..]),
        "the server agrees on the protocol it speaks"
    );
    let request = format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    tls.write_all(request.as_bytes()).await.unwrap();
    let mut response = String::new();
    tokio::time::timeout(Duration::from_secs(5), tls.read_to_string(&mut response))
        .await
        .expect("an answer within 5 s")
        .unwrap();
    response
}

#[tokio::test]
async fn with_a_certificate_the_server_and_the_beacons_speak_https() {
    let dir = tempfile::tempdir().unwrap();
    let (pair, cert, key) = certificate(dir.path());
    let app = common::spawn_app_with(|config| {
        serve_egress_on_free_ports(config);
        config.tls.tls_cert = Some(cert);
        config.tls.tls_key = Some(key);
    })
    .await;
    let health = https_get(app.addr, "/healthz", &pair).await;
    assert!(health.starts_with("HTTP/1.1 200"), "{health}");
    assert!(
        health
            .to_ascii_lowercase()
            .contains("strict-transport-security: max-age=31536000"),
        "over TLS, browsers are told to stay on https: {health}"
    );

    let catalog = https_get(app.addr, ApiPath::Catalog.route(), &pair).await;
    assert!(catalog.starts_with("HTTP/1.1 200"), "{catalog}");

    let csp = https_get(app.addr, "/", &pair).await;
    let beacon_port: u16 = csp
        .split("https://*:")
        .nth(1)
        .and_then(|rest| rest.split([' ', ';']).next())
        .and_then(|port| port.parse().ok())
        .unwrap_or_else(|| panic!("the CSP lets the page reach https beacons: {csp}"));
    let token = "q3vX0bL8Tn2cYh5W9aKzRg";
    let beacon = https_get(
        SocketAddr::from(([127, 0, 0, 1], beacon_port)),
        &format!("/beacon?token={token}"),
        &pair,
    )
    .await;
    assert!(beacon.starts_with("HTTP/1.1 200"), "{beacon}");
    assert!(beacon.ends_with(token), "{beacon}");
    // Plain HTTP to a TLS port gets nowhere.
    let plain = reqwest::Client::new()
        .get(format!(
            "http://127.0.0.1:{beacon_port}/beacon?token={token}"
        ))
        .timeout(Duration::from_secs(5))
        .send()
        .await;
    assert!(plain.is_err() || !plain.unwrap().status().is_success());
}

#[tokio::test]
async fn a_missing_certificate_stops_start_up_with_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let dist = common::fake_dist();
    let mut config = common::test_config(dist.path(), dir.path());
    config.tls.tls_cert = Some(dir.path().join("nope.crt"));
    config.tls.tls_key = Some(dir.path().join("nope.key"));
    let error = ringcheck_backend::startup::Application::build(&config)
        .await
        .err()
        .expect("no start without the certificate")
        .to_string();
    assert!(
        error.contains("cannot read the TLS certificate file") && error.contains("nope.crt"),
        "{error}"
    );
}

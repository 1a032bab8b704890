//! Checks end to end over HTTP against real sockets: a visitor on its own loopback
//! address runs services on some Ring ports, and the server probes it back.

use crate::common;

use std::collections::HashMap;

use common::{TestApp, sse, visitor::Visitor};
use reqwest::{StatusCode, header};
use ringcheck_backend::{client_ip::ProxyHeader, config::Config};
use ringcheck_shared::{
    api::ErrorBody,
    catalog::Transport::{self, Tcp, Udp},
    check::{CheckStarted, ProbeResult, ProbeState},
    report::Report,
    routes::ApiPath,
};

/// `POST /api/checks` from the visitor's address, as Ring Check's own page sends it
/// (with its origin), ready for headers or a body.
fn check_request(app: &TestApp, visitor: &Visitor) -> reqwest::RequestBuilder {
    visitor
        .client
        .post(app.url(ApiPath::Checks.route()))
        .header(header::ORIGIN, &app.address)
}

#[tokio::test]
async fn a_start_another_site_s_page_could_send_is_refused() {
    let app =
        common::spawn_app_with(|c| c.embedding.embed_origins = vec!["https://help.example".into()])
            .await;
    let post = || Visitor::new().client.post(app.url(ApiPath::Checks.route()));
    // A form or a no-cors fetch from another site: its origin, no JSON.
    for request in [
        post().header(header::ORIGIN, "https://evil.example"),
        post()
            .header(header::ORIGIN, "https://evil.example")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded"),
        post(),
    ] {
        let refused = request.send().await.unwrap();
        let (body, _) = error(refused, StatusCode::FORBIDDEN, "cross_site").await;
        assert!(
            body.message.contains("application/json"),
            "{}",
            body.message
        );
    }
    // JSON with another site's origin (a browser would have asked first, and been
    // refused): the origin gives it away.
    let foreign_json = post()
        .header(header::ORIGIN, "https://evil.example")
        .header(header::CONTENT_TYPE, "application/json")
        .send()
        .await
        .unwrap();
    error(foreign_json, StatusCode::FORBIDDEN, "cross_site").await;
    // The page itself, an allowed embedding site, a browser saying same-origin, and a
    // program sending JSON (a browser would need a preflight, never granted) all start.
    for request in [
        post().header(header::ORIGIN, &app.address),
        post().header(header::ORIGIN, "https://help.example"),
        post().header("Sec-Fetch-Site", "same-origin"),
        post().header(header::CONTENT_TYPE, "application/json"),
    ] {
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), StatusCode::ACCEPTED);
        let started: CheckStarted = response.json().await.unwrap();
        follow(&app, &started).await;
    }
    let preflight = app
        .client
        .request(reqwest::Method::OPTIONS, app.url(ApiPath::Checks.route()))
        .header(header::ORIGIN, "https://evil.example")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "content-type")
        .send()
        .await
        .unwrap();
    assert!(
        preflight
            .headers()
            .get(header::ACCESS_CONTROL_ALLOW_ORIGIN)
            .is_none(),
        "no CORS preflight is ever granted"
    );
}

#[tokio::test]
async fn with_a_public_url_a_rebound_name_cannot_start_checks() {
    let app = common::spawn_app_with(|c| {
        c.probes.allow_private_targets = false;
        c.probes.private_targets = vec!["127.0.0.0/8".parse().unwrap()];
        c.public_url = Some("https://ringcheck.example".to_owned());
    })
    .await;
    let post = || {
        Visitor::new()
            .client
            .post(app.url(ApiPath::Checks.route()))
            .header(header::CONTENT_TYPE, "application/json")
    };
    // A page at evil.example whose name now points at this server: to its browser the
    // start is same-origin, so JSON goes without asking; Host and Origin both say so.
    let rebound = post()
        .header(header::HOST, "evil.example")
        .header(header::ORIGIN, "http://evil.example")
        .send()
        .await
        .unwrap();
    error(rebound, StatusCode::FORBIDDEN, "cross_site").await;
    // The real page, whatever Host the proxy passes on.
    let own = post()
        .header(header::HOST, "127.0.0.1:8080")
        .header(header::ORIGIN, "https://ringcheck.example")
        .send()
        .await
        .unwrap();
    assert_eq!(own.status(), StatusCode::ACCEPTED);
    let started: CheckStarted = own.json().await.unwrap();
    follow(&app, &started).await;
}

/// Follows the check's events to the end: the probe results, then the report.
async fn follow(app: &TestApp, started: &CheckStarted) -> (Vec<ProbeResult>, Report) {
    let events = sse::read_to_end(app.get(&started.events_url).await).await;
    let (last, probes) = events.split_last().expect("events");
    assert_eq!(
        last.event, "report",
        "the stream ends with the report: {events:?}"
    );
    assert!(probes.iter().all(|e| e.event == "probe"), "{events:?}");
    let ids: Vec<_> = events.iter().map(|e| e.id.clone().unwrap()).collect();
    let expected: Vec<_> = (0..events.len()).map(|i| i.to_string()).collect();
    assert_eq!(ids, expected, "events are numbered in order");
    (probes.iter().map(|e| e.json()).collect(), last.json())
}

fn states(results: &[ProbeResult]) -> HashMap<(Transport, u16), ProbeState> {
    results
        .iter()
        .map(|r| ((r.transport, r.port.get()), r.state))
        .collect()
}

#[tokio::test]
async fn a_check_reports_each_port_as_the_visitors_network_answers() {
    let app = common::spawn_app().await;
    let mut visitor = Visitor::new();
    for port in [8557, 9999, 7076] {
        visitor.open_tcp(port).await;
    }
    visitor.answer_udp(15063).await;

    let started = visitor.start_check(&app).await;
    assert_eq!(
        started.target,
        visitor.address.to_string(),
        "the server probes the requester"
    );
    assert!(started.local_mode);
    assert_eq!(started.probes.len(), common::probes_per_check());

    let (streamed, report) = follow(&app, &started).await;
    assert_eq!(
        streamed.len(),
        common::probes_per_check(),
        "one event per probe"
    );
    let found = states(&report.probes);
    let expected = [
        ((Tcp, 80), ProbeState::Closed),
        ((Tcp, 443), ProbeState::Closed),
        ((Tcp, 8557), ProbeState::Open),
        ((Tcp, 9998), ProbeState::Closed),
        ((Tcp, 9999), ProbeState::Open),
        ((Tcp, 15063), ProbeState::Closed),
        ((Tcp, 15064), ProbeState::Closed),
        ((Tcp, 7076), ProbeState::Open),
        ((Tcp, 7077), ProbeState::Closed),
        ((Tcp, 9078), ProbeState::Closed),
        ((Tcp, 9079), ProbeState::Closed),
        ((Udp, 15063), ProbeState::Open),
        ((Udp, 15064), ProbeState::Closed),
    ];
    assert_eq!(found, expected.into_iter().collect());
    assert_eq!(states(&streamed), found, "the stream and the report agree");
    for result in &report.probes {
        assert!(
            result.rtt_ms.is_some_and(|rtt| rtt >= 0.0),
            "every answer has a round-trip time: {result:?}"
        );
        assert!(
            result.detail.legacy_text().is_none(),
            "a new report's detail is data, never a sentence: {result:?}"
        );
    }

    let IpAddrV4Octets([a, b, c, _]) = octets(&visitor);
    assert_eq!(
        report.target,
        format!("{a}.{b}.{c}.xxx"),
        "the address is masked"
    );
    assert_eq!(report.id, started.id);
    assert!(report.duration_ms < 3000);

    let stored: Report = app.get(&started.report_url).await.json().await.unwrap();
    assert_eq!(stored, report, "the report is stored as it was sent");
}

struct IpAddrV4Octets([u8; 4]);

fn octets(visitor: &Visitor) -> IpAddrV4Octets {
    match visitor.address {
        std::net::IpAddr::V4(v4) => IpAddrV4Octets(v4.octets()),
        std::net::IpAddr::V6(_) => panic!("an IPv4 visitor"),
    }
}

#[tokio::test]
async fn a_udp_service_that_stays_silent_is_open_or_filtered_after_a_retry() {
    let app = common::spawn_app_with(|c| c.probes.probe_timeout_ms = 300).await;
    let mut visitor = Visitor::new();
    visitor.silent_udp(15063).await;
    let started = visitor.start_check(&app).await;
    let (_, report) = follow(&app, &started).await;
    let sip = report
        .probes
        .iter()
        .find(|r| r.transport == Udp && r.port.get() == 15063)
        .unwrap();
    assert_eq!(sip.state, ProbeState::OpenOrFiltered);
    assert_eq!(sip.attempts, 2);
    assert_eq!(sip.rtt_ms, None);
}

#[tokio::test]
async fn events_of_a_finished_check_still_end_with_its_report() {
    let app = common::spawn_app().await;
    let visitor = Visitor::new();
    let started = visitor.start_check(&app).await;
    let (_, report) = follow(&app, &started).await;

    // Reconnecting from scratch soon after: the whole stream again.
    // A probe event each, numbered from 0, then the report.
    let last = common::probes_per_check();
    let again = sse::read_to_end(app.get(&started.events_url).await).await;
    assert_eq!(again.len(), last + 1);
    assert_eq!(again[last].event, "report");
    assert_eq!(again[last].json::<Report>(), report);

    // Resuming from an event id: what came after it.
    let resumed = app
        .client
        .get(app.url(&started.events_url))
        .header("Last-Event-ID", (last - 2).to_string())
        .send()
        .await
        .unwrap();
    let resumed = sse::read_to_end(resumed).await;
    let ids: Vec<_> = resumed.iter().map(|e| e.id.clone().unwrap()).collect();
    assert_eq!(ids, [(last - 1).to_string(), last.to_string()]);

    // Reconnecting after the report was received: nothing more.
    let after = app
        .client
        .get(app.url(&started.events_url))
        .header("Last-Event-ID", last.to_string())
        .send()
        .await
        .unwrap();
    assert!(sse::read_to_end(after).await.is_empty());
}

#[tokio::test]
async fn a_report_survives_a_restart_of_the_server_on_the_same_database() {
    let dist = common::fake_dist();
    let data = tempfile::tempdir().unwrap();
    let config = common::test_config(dist.path(), data.path());
    let app = common::spawn(&config).await;
    let visitor = Visitor::new();
    let started = visitor.start_check(&app).await;
    let (_, report) = follow(&app, &started).await;
    app.stop().await;

    let restarted = common::spawn(&config).await;
    // Events of a check from before the restart: its report, numbered as it was.
    let replay = sse::read_to_end(restarted.get(&started.events_url).await).await;
    assert_eq!(replay.len(), 1);
    let numbered = common::probes_per_check().to_string();
    assert_eq!(
        (replay[0].event.as_str(), replay[0].id.as_deref()),
        ("report", Some(numbered.as_str()))
    );
    let (report, judged) = as_stored(report);
    let (replayed, replay_judged) = as_stored(replay[0].json::<Report>());
    assert_eq!(replayed, report);
    assert_eq!(replay_judged.verdicts, judged.verdicts);

    let response = restarted.get(&started.report_url).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()[header::CACHE_CONTROL],
        "private, no-cache"
    );
    let (read, read_judged) = as_stored(response.json::<Report>().await.unwrap());
    assert_eq!(read, report);
    assert_eq!(read_judged.verdicts, judged.verdicts);
}

/// The report as stored, and the judgement the server sent it with: every report is
/// sent judged, and its texts link to the server that sent it.
fn as_stored(mut report: Report) -> (Report, ringcheck_shared::judgement::Judgement) {
    let judgement = report
        .judgement
        .take()
        .expect("every report is sent judged");
    (report, judgement)
}

#[tokio::test]
async fn an_ipv6_visitor_is_probed_over_ipv6() {
    let app = common::spawn_app_with(|c| c.bind = "[::1]:0".parse().unwrap()).await;
    let mut visitor = Visitor::at("::1".parse().unwrap());
    visitor.open_tcp(9998).await;
    let started = visitor.start_check(&app).await;
    assert_eq!(started.target, visitor.address.to_string());
    let (_, report) = follow(&app, &started).await;
    assert_eq!(report.target, "::/48");
    let found = states(&report.probes);
    assert_eq!(found[&(Tcp, 9998)], ProbeState::Open);
    assert_eq!(found[&(Tcp, 9999)], ProbeState::Closed);
    assert_eq!(found[&(Udp, 15064)], ProbeState::Closed);
}

async fn error(
    response: reqwest::Response,
    status: StatusCode,
    code: &str,
) -> (ErrorBody, Option<u64>) {
    assert_eq!(response.status(), status);
    let retry_after = response
        .headers()
        .get(header::RETRY_AFTER)
        .map(|v| v.to_str().unwrap().parse().unwrap());
    let body = common::json_error(response, code).await;
    (body, retry_after)
}

#[tokio::test]
async fn a_second_check_while_one_runs_is_refused_until_it_ends() {
    let app = common::spawn_app_with(|c| c.probes.probe_timeout_ms = 500).await;
    let mut visitor = Visitor::new();
    visitor.silent_udp(15063).await; // keeps the first check running for a second
    let started = visitor.start_check(&app).await;

    let second = check_request(&app, &visitor).send().await.unwrap();
    let (body, retry_after) =
        error(second, StatusCode::TOO_MANY_REQUESTS, "check_in_progress").await;
    assert!(body.message.contains("already running"));
    assert!(retry_after.is_some_and(|s| s >= 1));

    follow(&app, &started).await;
    visitor.start_check(&app).await;
}

#[tokio::test]
async fn the_server_wide_cap_answers_503_with_retry_after() {
    let app = common::spawn_app_with(|c| {
        c.admission.max_checks_in_flight = 1;
        c.probes.probe_timeout_ms = 500;
    })
    .await;
    let mut first = Visitor::new();
    first.silent_udp(15063).await;
    let started = first.start_check(&app).await;
    let other = Visitor::new();
    let refused = check_request(&app, &other).send().await.unwrap();
    let (body, retry_after) = error(refused, StatusCode::SERVICE_UNAVAILABLE, "server_busy").await;
    assert!(body.message.contains("busy"));
    assert!(retry_after.is_some_and(|s| s >= 1));
    follow(&app, &started).await;
}

#[tokio::test]
async fn one_network_running_its_share_of_checks_answers_429() {
    let app = common::spawn_app_with(|c| {
        c.admission.network_checks_in_flight = 1;
        c.probes.probe_timeout_ms = 500;
    })
    .await;
    // Two households of one /24.
    let mut bytes = [0u8; 3];
    getrandom::fill(&mut bytes).unwrap();
    let [a, b, host] = bytes;
    let household = |host: u8| Visitor::at(std::net::IpAddr::from([127, a.max(1), b, host]));
    let mut first = household(host.clamp(2, 200));
    first.silent_udp(15063).await;
    let started = first.start_check(&app).await;
    let neighbour = household(host.clamp(2, 200) + 1);
    let refused = check_request(&app, &neighbour).send().await.unwrap();
    let (body, retry_after) = error(refused, StatusCode::TOO_MANY_REQUESTS, "network_busy").await;
    assert!(body.message.contains("your network"), "{}", body.message);
    assert!(retry_after.is_some());
    // Another network is not held up.
    Visitor::new().start_check(&app).await;
    follow(&app, &started).await;
}

#[tokio::test]
async fn a_nearly_full_disk_refuses_new_checks_with_503() {
    let app =
        common::spawn_app_with(|c| c.storage.min_free_disk_mb = u64::MAX / (1024 * 1024)).await;
    let visitor = Visitor::new();
    let refused = check_request(&app, &visitor).send().await.unwrap();
    let (body, retry_after) = error(refused, StatusCode::SERVICE_UNAVAILABLE, "storage_full").await;
    assert!(body.message.contains("try again later"), "{}", body.message);
    assert!(retry_after.is_some());
}

#[tokio::test]
async fn the_per_address_rate_limit_answers_429_with_retry_after() {
    let app = common::spawn_app_with(|c| {
        c.admission.checks_per_minute = 1;
        c.admission.check_burst = 1;
    })
    .await;
    let visitor = Visitor::new();
    let started = visitor.start_check(&app).await;
    follow(&app, &started).await;
    let refused = check_request(&app, &visitor).send().await.unwrap();
    let (body, retry_after) = error(refused, StatusCode::TOO_MANY_REQUESTS, "rate_limited").await;
    assert!(
        retry_after.is_some_and(|s| (30..=60).contains(&s)),
        "{retry_after:?}"
    );
    assert!(body.message.contains("wait"));
    // Another address is not limited.
    Visitor::new().start_check(&app).await;
}

#[tokio::test]
async fn non_public_visitors_are_refused_unless_local_mode_is_on() {
    let app = common::spawn_app_with(|c| c.probes.allow_private_targets = false).await;
    let visitor = Visitor::new();
    let refused = check_request(&app, &visitor).send().await.unwrap();
    let (body, _) = error(refused, StatusCode::FORBIDDEN, "target_not_public").await;
    assert!(
        body.message.contains(&visitor.address.to_string()),
        "{}",
        body.message
    );
    assert!(
        body.message.contains("loopback") && body.message.contains("VPN"),
        "{}",
        body.message
    );
}

#[tokio::test]
async fn a_spoofed_forwarded_header_from_an_untrusted_peer_is_ignored() {
    let app = common::spawn_app().await; // local mode, no trusted proxies
    let visitor = Visitor::new();
    let response = check_request(&app, &visitor)
        .header("X-Forwarded-For", "127.1.2.3")
        .header("Forwarded", "for=127.1.2.4")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::ACCEPTED);
    let started: CheckStarted = response.json().await.unwrap();
    assert_eq!(started.target, visitor.address.to_string());
    follow(&app, &started).await;
}

/// Settings for a server behind a proxy at `proxy`, which writes X-Forwarded-For; the
/// loopback visitors may be probed as a test network, not in local mode.
fn behind_proxy(config: &mut Config, proxy: std::net::IpAddr) {
    config.probes.allow_private_targets = false;
    config.probes.private_targets = vec!["127.0.0.0/8".parse().unwrap()];
    config.proxies.trusted_proxies = vec![ipnet::IpNet::from(proxy)];
    config.proxies.forwarded_header = Some(ProxyHeader::XForwardedFor);
    config.public_url = Some(PUBLIC_URL.to_owned());
}

/// Where the proxied test servers say visitors reach them.
const PUBLIC_URL: &str = "https://ringcheck.example";

/// A start as the app's page sends it through the proxy: from the public URL's origin.
fn through_proxy(app: &TestApp, proxy: &Visitor) -> reqwest::RequestBuilder {
    proxy
        .client
        .post(app.url(ApiPath::Checks.route()))
        .header(header::ORIGIN, PUBLIC_URL)
}

#[tokio::test]
async fn a_trusted_proxys_forwarded_address_is_the_target() {
    let proxy = Visitor::new();
    let proxy_address = proxy.address;
    let app = common::spawn_app_with(move |c| behind_proxy(c, proxy_address)).await;
    let visitor = Visitor::new();
    let response = through_proxy(&app, &proxy)
        .header("X-Forwarded-For", format!("127.9.9.9, {}", visitor.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::ACCEPTED);
    let started: CheckStarted = response.json().await.unwrap();
    assert_eq!(
        started.target,
        visitor.address.to_string(),
        "the rightmost untrusted hop, not the spoofable left"
    );
    follow(&app, &started).await;

    // The forwarded address is what is judged: never the proxy's.
    let refused = through_proxy(&app, &proxy)
        .header("X-Forwarded-For", "198.51.100.7")
        .send()
        .await
        .unwrap();
    let (body, _) = error(refused, StatusCode::FORBIDDEN, "target_not_public").await;
    assert!(body.message.contains("198.51.100.7"), "{}", body.message);
}

#[tokio::test]
async fn behind_a_proxy_the_visitor_cannot_choose_the_target() {
    // nginx appends the peer to X-Forwarded-For and passes the visitor's own Forwarded
    // header on: the forged one must not be read.
    let proxy = Visitor::new();
    let proxy_address = proxy.address;
    let app = common::spawn_app_with(move |c| behind_proxy(c, proxy_address)).await;
    let visitor = Visitor::new();
    let victim = Visitor::new();
    let response = through_proxy(&app, &proxy)
        .header("Forwarded", format!("for={}", victim.address))
        .header("X-Forwarded-For", visitor.address.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::ACCEPTED);
    let started: CheckStarted = response.json().await.unwrap();
    assert_eq!(started.target, visitor.address.to_string());
    follow(&app, &started).await;

    // A header the proxy did not write sensibly: the proxy itself, never a guess.
    let garbled = through_proxy(&app, &proxy)
        .header(
            "X-Forwarded-For",
            format!("{}, not-an-address", victim.address),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(garbled.status(), StatusCode::ACCEPTED);
    let started: CheckStarted = garbled.json().await.unwrap();
    assert_eq!(started.target, proxy_address.to_string());
    follow(&app, &started).await;
}

#[tokio::test]
async fn behind_counted_hops_the_named_forwarded_header_gives_the_visitor() {
    let app = common::spawn_app_with(|c| {
        c.probes.allow_private_targets = false;
        c.probes.private_targets = vec!["127.0.0.0/8".parse().unwrap()];
        c.proxies.trusted_hops = Some(1);
        c.proxies.forwarded_header = Some(ProxyHeader::Forwarded);
        c.public_url = Some(PUBLIC_URL.to_owned());
    })
    .await;
    let proxy = Visitor::new();
    let visitor = Visitor::new();
    // What the visitor wrote, then what the one proxy appended, with the port it saw.
    let forwarded = format!("for=8.8.8.8;proto=https, for=\"{}:4711\"", visitor.address);
    let response = through_proxy(&app, &proxy)
        .header("Forwarded", forwarded)
        .header("X-Forwarded-For", "8.8.4.4")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::ACCEPTED);
    let started: CheckStarted = response.json().await.unwrap();
    assert_eq!(started.target, visitor.address.to_string());
    follow(&app, &started).await;
}

#[tokio::test]
async fn bad_input_to_every_endpoint_gets_a_clear_json_4xx() {
    let app = common::spawn_app().await;
    let visitor = Visitor::new();
    let post = |body: &'static str, content_type: &'static str| {
        check_request(&app, &visitor)
            .header(header::CONTENT_TYPE, content_type)
            .body(body)
            .send()
    };
    error(
        post("nope", "application/json").await.unwrap(),
        StatusCode::BAD_REQUEST,
        "invalid_body",
    )
    .await;
    let (body, _) = error(
        post(r#"{"target":"1.2.3.4"}"#, "application/json")
            .await
            .unwrap(),
        StatusCode::BAD_REQUEST,
        "invalid_body",
    )
    .await;
    assert!(
        body.message.contains("target") && body.message.contains("address your request comes from")
    );
    error(
        post("{}", "text/plain").await.unwrap(),
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "unsupported_media_type",
    )
    .await;
    let oversized = check_request(&app, &visitor)
        .header(header::CONTENT_TYPE, "application/json")
        .body(" ".repeat(100_000))
        .send()
        .await
        .unwrap();
    error(
        oversized,
        StatusCode::PAYLOAD_TOO_LARGE,
        "payload_too_large",
    )
    .await;
    error(
        app.client
            .put(app.url(ApiPath::Checks.route()))
            .send()
            .await
            .unwrap(),
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
    )
    .await;

    for path in [
        ApiPath::Report.with_id("short"),
        ApiPath::Report.with_id("AAAAAAAAAAAAAAAAAAAAA%2F"),
        ApiPath::CheckEvents.with_id("nope"),
    ] {
        error(app.get(&path).await, StatusCode::BAD_REQUEST, "invalid_id").await;
    }
    error(
        app.get(&ApiPath::Report.with_id("AAAAAAAAAAAAAAAAAAAAAA"))
            .await,
        StatusCode::NOT_FOUND,
        "report_not_found",
    )
    .await;
    error(
        app.get(&ApiPath::CheckEvents.with_id("AAAAAAAAAAAAAAAAAAAAAA"))
            .await,
        StatusCode::NOT_FOUND,
        "check_not_found",
    )
    .await;
    let huge_id = ApiPath::Report.with_id(&"A".repeat(5000));
    let (body, _) = error(
        app.get(&huge_id).await,
        StatusCode::BAD_REQUEST,
        "invalid_id",
    )
    .await;
    assert!(
        body.message.len() < 400,
        "bad input is not echoed back in full"
    );

    // An empty body and `{}` both start a check.
    let empty = check_request(&app, &visitor).send().await.unwrap();
    assert_eq!(empty.status(), StatusCode::ACCEPTED);
    let started: CheckStarted = empty.json().await.unwrap();
    follow(&app, &started).await;
    let braces = check_request(&app, &visitor)
        .header(header::CONTENT_TYPE, "application/json; charset=utf-8")
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(braces.status(), StatusCode::ACCEPTED);
}

#[tokio::test]
async fn openapi_describes_every_endpoint() {
    let app = common::spawn_app().await;
    let response = app.get("/api/openapi.json").await;
    assert_eq!(response.status(), StatusCode::OK);
    let doc: serde_json::Value = response.json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().unwrap();
    for (path, method) in [
        ("/api/catalog", "get"),
        ("/api/checks", "post"),
        ("/api/checks/{id}/events", "get"),
        ("/api/checks/{id}/egress", "post"),
        ("/api/reports/{id}", "get"),
        ("/api/openapi.json", "get"),
        ("/healthz", "get"),
    ] {
        assert!(
            paths.get(path).and_then(|p| p.get(method)).is_some(),
            "{method} {path} is described"
        );
    }
    for path in ApiPath::ALL {
        assert!(paths.contains_key(path.route()), "{path:?} is described");
    }
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    for schema in [
        "CheckStarted",
        "Report",
        "ProbeResult",
        "ProbeState",
        "ErrorBody",
        "Catalog",
    ] {
        assert!(schemas.contains_key(schema), "schema {schema}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_visitor_may_start_again_as_soon_as_its_report_arrives_under_load_too() {
    let app = std::sync::Arc::new(
        common::spawn_app_with(|c| {
            c.admission.checks_per_minute = 10_000;
            c.admission.check_burst = 10_000;
            c.admission.network_checks_per_minute = 10_000;
            c.admission.network_check_burst = 10_000;
            c.admission.overall_checks_per_minute = 10_000;
            c.admission.overall_check_burst = 10_000;
        })
        .await,
    );
    // Sixteen visitors, each starting its next check the moment the last one's report
    // event arrives, twenty times over.
    let visitors: Vec<_> = (0..16)
        .map(|_| {
            let app = app.clone();
            tokio::spawn(async move {
                let visitor = Visitor::new();
                let mut refused = Vec::new();
                for _ in 0..20 {
                    let response = check_request(&app, &visitor)
                        .header(header::CONTENT_TYPE, "application/json")
                        .body("{}")
                        .send()
                        .await
                        .unwrap();
                    if response.status() != StatusCode::ACCEPTED {
                        refused.push(response.text().await.unwrap());
                        continue;
                    }
                    let started: CheckStarted = response.json().await.unwrap();
                    let events = sse::read_to_end(app.get(&started.events_url).await).await;
                    assert_eq!(events.last().unwrap().event, "report");
                }
                refused
            })
        })
        .collect();
    for visitor in visitors {
        let refused = visitor.await.unwrap();
        assert!(refused.is_empty(), "refused: {refused:?}");
    }
}

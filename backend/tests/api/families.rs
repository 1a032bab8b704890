//! A dual-stack visitor: the check starts over one address family, the page calls the
//! check's address endpoint at the other family's host, and the server probes that
//! address too: proven by the request, tied to the check by its token, never taken from a
//! field. Real sockets on IPv4 and IPv6 loopback.

use crate::common;

use std::net::{IpAddr, Ipv6Addr};

use common::{TestApp, visitor::Visitor};
use reqwest::{StatusCode, header};
use ringcheck_shared::{
    catalog::Transport,
    check::{CheckStarted, ProbeState},
    egress::EgressSubmission,
    family::AddressFamily::{Ipv4, Ipv6},
    report::Report,
    routes::ApiPath,
};

const IPV6_LOOPBACK: IpAddr = IpAddr::V6(Ipv6Addr::LOCALHOST);

/// A server on both loopbacks that names a host per family, probing loopback visitors.
async fn dual_stack_app() -> TestApp {
    common::spawn_app_with(|config| {
        config.bind = "[::]:0".parse().unwrap();
        config.probes.allow_private_targets = false;
        config.probes.private_targets =
            vec!["127.0.0.0/8".parse().unwrap(), "::1/128".parse().unwrap()];
        config.families.ipv4_host = Some("127.0.0.1".into());
        config.families.ipv6_host = Some("::1".into());
    })
    .await
}

/// `path` on `app` as `visitor` reaches it: at the loopback of the visitor's family (the
/// server listens on both).
fn url(app: &TestApp, visitor: &Visitor, path: &str) -> String {
    let host = match visitor.address {
        IpAddr::V4(_) => "127.0.0.1",
        IpAddr::V6(_) => "[::1]",
    };
    format!("http://{host}:{}{path}", app.addr.port())
}

/// The origin of the page `visitor` opened: the host of its family.
fn page(app: &TestApp, visitor: &Visitor) -> String {
    url(app, visitor, "")
}

/// Starts a check of `visitor`'s address, as the page does at the host of its family.
async fn start_check(app: &TestApp, visitor: &Visitor) -> CheckStarted {
    let response = visitor
        .client
        .post(url(app, visitor, ApiPath::Checks.route()))
        .header(header::ORIGIN, page(app, visitor))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::ACCEPTED);
    response.json().await.unwrap()
}

/// `POST /api/checks/{id}/address` from `visitor` with `body`, as the page at `origin`
/// sends it to another origin (plain text, so no preflight); no `Origin` as a program.
async fn tell_address_from(
    app: &TestApp,
    visitor: &Visitor,
    origin: Option<&str>,
    id: &str,
    body: &str,
) -> reqwest::Response {
    let mut request = visitor
        .client
        .post(url(app, visitor, &ApiPath::CheckAddress.with_id(id)))
        .header(header::CONTENT_TYPE, "text/plain")
        .body(body.to_owned());
    if let Some(origin) = origin {
        request = request.header(header::ORIGIN, origin);
    }
    request.send().await.unwrap()
}

/// As [`tell_address_from`], from the page of IPv4 visitors, where these tests start.
async fn tell_address(app: &TestApp, visitor: &Visitor, id: &str, body: &str) -> reqwest::Response {
    let origin = page(app, &Visitor::new());
    tell_address_from(app, visitor, Some(&origin), id, body).await
}

fn token_body(started: &CheckStarted) -> String {
    format!("{{\"token\":\"{}\"}}", started.egress.token)
}

/// The report, once the check and every probe run of it have ended: the answer to the
/// browser's results (none here: this server opens no listeners to test).
async fn final_report(app: &TestApp, visitor: &Visitor, started: &CheckStarted) -> Report {
    let submission = EgressSubmission {
        token: started.egress.token.clone(),
        results: Vec::new(),
        nat: None,
        phone: None,
    };
    let response = visitor
        .client
        .post(url(app, visitor, &started.egress_url))
        .json(&submission)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    response.json().await.unwrap()
}

#[tokio::test]
async fn the_other_family_s_address_is_probed_once_the_browser_reaches_us_over_it() {
    let app = dual_stack_app().await;
    let mut v4 = Visitor::new();
    v4.open_tcp(9998).await;
    let mut v6 = Visitor::at(IPV6_LOOPBACK);
    v6.open_tcp(8557).await;
    let started = start_check(&app, &v4).await;
    assert_eq!(
        started
            .egress
            .families
            .iter()
            .map(|f| (f.family, f.host.as_str()))
            .collect::<Vec<_>>(),
        [(Ipv4, "127.0.0.1"), (Ipv6, "[::1]")],
        "the plan names each family's host, Ring's documented one first"
    );

    let taken = tell_address(&app, &v6, started.id.as_str(), &token_body(&started)).await;
    assert_eq!(taken.status(), StatusCode::OK);
    assert_eq!(
        taken.headers()[header::ACCESS_CONTROL_ALLOW_ORIGIN],
        page(&app, &v4).as_str(),
        "the page calls it from another origin, and may read the answer"
    );
    assert_eq!(taken.headers()[header::VARY], "Origin");
    let answer: serde_json::Value = taken.json().await.unwrap();
    assert_eq!(
        answer,
        serde_json::json!({"family": "ipv6", "probing": true})
    );
    // Once per family: again, or from the family the check started over, changes nothing.
    for visitor in [&v6, &v4, &Visitor::new()] {
        let again = tell_address(&app, visitor, started.id.as_str(), &token_body(&started)).await;
        let answer: serde_json::Value = again.json().await.unwrap();
        assert_eq!(answer["probing"], false, "{answer}");
    }

    let report = final_report(&app, &v4, &started).await;
    let families: Vec<_> = report
        .probed
        .iter()
        .map(|p| (p.family, p.target.as_str()))
        .collect();
    assert_eq!(families[0].0, Ipv4);
    assert_eq!(families[1], (Ipv6, "::/48"));
    let state = |family, port: u16| {
        report
            .probes
            .iter()
            .find(|p| {
                p.family == Some(family) && p.transport == Transport::Tcp && p.port.get() == port
            })
            .unwrap_or_else(|| panic!("{family:?} {port} was probed"))
            .state
    };
    assert_eq!(state(Ipv4, 9998), ProbeState::Open);
    assert_eq!(state(Ipv4, 8557), ProbeState::Closed);
    assert_eq!(
        state(Ipv6, 8557),
        ProbeState::Open,
        "the IPv6 address itself"
    );
    assert_eq!(state(Ipv6, 9998), ProbeState::Closed);
    let judgement = report.judgement.expect("judged");
    let families = judgement.families.expect("both families are told apart");
    assert_eq!(families.documented, Ipv4);

    // The shared report has both, read from the store.
    let stored: Report = v4
        .client
        .get(url(&app, &v4, &started.report_url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(stored.probed.len(), 2);
    assert_eq!(stored.probes.len(), report.probes.len());
}

#[tokio::test]
async fn an_address_is_taken_only_with_the_check_s_token_and_while_it_runs() {
    let app = dual_stack_app().await;
    let v4 = Visitor::new();
    let v6 = Visitor::at(IPV6_LOOPBACK);
    let started = start_check(&app, &v4).await;
    let id = started.id.as_str();
    let refused = tell_address(
        &app,
        &v6,
        id,
        &format!("{{\"token\":\"{}\"}}", "A".repeat(22)),
    )
    .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        refused.headers()[header::ACCESS_CONTROL_ALLOW_ORIGIN],
        page(&app, &v4).as_str(),
        "the page may read why"
    );
    common::json_error(refused, "wrong_token").await;
    for body in [
        "",
        "token",
        "{\"token\":1}",
        "{\"token\":\"x\",\"address\":\"198.51.100.7\"}",
    ] {
        let refused = tell_address(&app, &v6, id, body).await;
        assert_eq!(refused.status(), StatusCode::BAD_REQUEST, "{body}");
        common::json_error(refused, "invalid_body").await;
    }
    let unknown = tell_address(&app, &v6, &"B".repeat(22), &token_body(&started)).await;
    common::json_error(unknown, "check_not_found").await;
    let huge = tell_address(
        &app,
        &v6,
        id,
        &format!("{{\"token\":\"{}\"}}", "x".repeat(4096)),
    )
    .await;
    assert_eq!(huge.status(), StatusCode::PAYLOAD_TOO_LARGE);

    // Once the browser's results are in, the check's report is final.
    final_report(&app, &v4, &started).await;
    let late = tell_address(&app, &v6, id, &token_body(&started)).await;
    assert_eq!(late.status(), StatusCode::GONE);
    common::json_error(late, "check_closed").await;
}

#[tokio::test]
async fn an_address_that_may_not_be_probed_is_refused_and_changes_nothing() {
    // IPv6 loopback is not among the networks this server may probe.
    let app = common::spawn_app_with(|config| {
        config.bind = "[::]:0".parse().unwrap();
        config.probes.allow_private_targets = false;
        config.probes.private_targets = vec!["127.0.0.0/8".parse().unwrap()];
        config.families.ipv4_host = Some("127.0.0.1".into());
        config.families.ipv6_host = Some("::1".into());
    })
    .await;
    let v4 = Visitor::new();
    let started = start_check(&app, &v4).await;
    let refused = tell_address(
        &app,
        &Visitor::at(IPV6_LOOPBACK),
        started.id.as_str(),
        &token_body(&started),
    )
    .await;
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    common::json_error(refused, "target_not_public").await;
    let report = final_report(&app, &v4, &started).await;
    assert_eq!(report.probed.len(), 1, "only the request's own address");
    assert!(report.probes.iter().all(|p| p.family == Some(Ipv4)));
}

#[tokio::test]
async fn a_server_that_names_no_families_takes_no_other_address() {
    let app = common::spawn_app().await;
    let v4 = Visitor::new();
    let started = start_check(&app, &v4).await;
    assert!(started.egress.families.is_empty());
    let refused = tell_address(&app, &v4, started.id.as_str(), &token_body(&started)).await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    common::json_error(refused, "not_found").await;
}

#[tokio::test]
async fn only_the_page_that_started_the_check_may_add_an_address() {
    let app = dual_stack_app().await;
    let v4 = Visitor::new();
    let v6 = Visitor::at(IPV6_LOOPBACK);
    let started = start_check(&app, &v4).await;
    let (id, body) = (started.id.as_str(), token_body(&started));
    // Another site that learnt the token, and a program without a page.
    for origin in [Some("http://page.example"), None] {
        let refused = tell_address_from(&app, &v6, origin, id, &body).await;
        assert_eq!(refused.status(), StatusCode::FORBIDDEN, "{origin:?}");
        common::json_error(refused, "cross_site").await;
    }
    let report = final_report(&app, &v4, &started).await;
    assert_eq!(report.probed.len(), 1, "nothing was added");

    // A check a program started (no page) is the program's: a page may not add to it.
    let program = v4
        .client
        .post(url(&app, &v4, ApiPath::Checks.route()))
        .json(&serde_json::json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(program.status(), StatusCode::ACCEPTED);
    let started: CheckStarted = program.json().await.unwrap();
    let (id, body) = (started.id.as_str(), token_body(&started));
    let refused = tell_address_from(&app, &v6, Some(&page(&app, &v4)), id, &body).await;
    common::json_error(refused, "cross_site").await;
    let taken = tell_address_from(&app, &v6, None, id, &body).await;
    assert_eq!(taken.status(), StatusCode::OK, "the program itself may");
    let answer: serde_json::Value = taken.json().await.unwrap();
    assert_eq!(answer["probing"], true);
    final_report(&app, &v4, &started).await;
}

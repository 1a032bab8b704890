//! The checker page end to end in headless Chromium: one click to a verdict per feature,
//! a share link that opens the same report elsewhere, and clear errors.

use crate::common;

use crate::driver::{
    Browser, E2e, Viewport, attribute_pairs, cdp, click, eval, exists, open_report_fitting,
    text_of, value_of, verdicts, wait_for_element, wait_until,
};
use common::visitor::Visitor;
use fantoccini::{Client, Locator};

/// The browser's requests come from 127.0.0.1, so its checks probe 127.0.0.1: tests that
/// run services on Ring ports there take turns.
pub(crate) static LOOPBACK_PORTS: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Clicks "Check my network" and waits for the result.
async fn run_check(client: &Client) -> String {
    click(client, "#check-button").await;
    let result = wait_for_element(
        client,
        "[data-report]",
        "the check finishes and its result shows",
    )
    .await;
    result
        .attr("data-report")
        .await
        .unwrap()
        .expect("the report id")
}

/// Each row's `(port, inbound state)`.
async fn probe_states(client: &Client) -> Vec<(String, String)> {
    row_attributes(client, "data-state").await
}

/// Each row's `(port, outbound state)`.
async fn outbound_states(client: &Client) -> Vec<(String, String)> {
    row_attributes(client, "data-outbound").await
}

/// Every port's row, and each sampled media port's chip in the media range's row.
async fn row_attributes(client: &Client, attribute: &str) -> Vec<(String, String)> {
    attribute_pairs(
        client,
        "#probe-table [data-probe]",
        ["data-probe", attribute],
    )
    .await
}

fn state_of<'a>(states: &'a [(String, String)], probe: &str) -> &'a str {
    &states
        .iter()
        .find(|(p, _)| p == probe)
        .unwrap_or_else(|| panic!("row {probe}"))
        .1
}

async fn assert_accessible(e2e: &E2e, client: &Client, page: &str) {
    let violations = e2e.env.axe_violations(client).await;
    assert!(
        violations.is_empty(),
        "{page}: serious or critical accessibility violations:\n{}",
        violations.join("\n")
    );
}

#[tokio::test]
async fn one_click_gives_a_verdict_per_feature_and_a_link_that_opens_the_same_report() {
    one_click(Browser::Chromium).await;
}

#[tokio::test]
async fn in_firefox_one_click_gives_a_verdict_per_feature_and_a_link_that_opens_the_same_report() {
    one_click(Browser::Firefox).await;
}

async fn one_click(browser: Browser) {
    let Some(mut e2e) = E2e::start_in(browser, |_| {}).await else {
        return;
    };
    let shot = |name: &str| browser.shot(name);
    let _ports = LOOPBACK_PORTS.lock().await;
    let mut visitor = Visitor::at("127.0.0.1".parse().unwrap());
    for port in [8557, 9999, 15064] {
        visitor.open_tcp(port).await;
    }
    visitor.answer_udp(15063).await;

    let client = e2e.driver.session(Viewport::DESKTOP).await;
    client.goto(&e2e.app.address).await.unwrap();
    wait_for_element(&client, "#check-button", "the checker renders").await;
    assert_accessible(&e2e, &client, "home page").await;

    let id = run_check(&client).await;
    let states = probe_states(&client).await;
    assert_eq!(
        states.len(),
        36,
        "a row per port and transport, a chip per sampled media port: {states:?}"
    );
    let inbound = states.iter().filter(|(_, s)| s != "none").count();
    assert_eq!(
        inbound,
        common::probes_per_check(),
        "a row per probe back: {states:?}"
    );
    let outbound = outbound_states(&client).await;
    for (row, state) in &outbound {
        let expected = match row.as_str() {
            "udp-53" | "tcp-53" | "udp-123" => "not_testable",
            "tcp-7076" | "tcp-7077" | "tcp-9078" | "tcp-9079" => "none",
            _ => "reached",
        };
        assert_eq!(state, expected, "outbound {row}: {outbound:?}");
    }
    let dns = text_of(&client, "#probe-table tr[data-probe='udp-53']").await;
    assert!(dns.contains("Browsers refuse"), "DNS says why: {dns}");
    for (probe, expected) in [
        ("tcp-8557", "open"),
        ("tcp-9999", "open"),
        ("tcp-15064", "open"),
        ("udp-15063", "open"),
        ("tcp-9998", "closed"),
        ("tcp-15063", "closed"),
        ("udp-15064", "closed"),
        ("tcp-7077", "closed"),
    ] {
        assert_eq!(state_of(&states, probe), expected, "{probe}");
    }
    let features = verdicts(&client).await;
    assert_eq!(
        features,
        [
            ("notifications", "works"),
            ("phone_alerts", "works"),
            ("live_view", "works"),
            ("two_way_audio", "works"),
            ("software_updates", "works"),
            ("clock_sync", "not-tested"),
            ("ring_alarm", "works"),
        ]
        .map(|(f, v)| (f.to_owned(), v.to_owned()))
    );
    // Live View names the path it gets through, and how each other path fares.
    let live_view = text_of(&client, "li.verdict[data-feature='live_view']").await;
    assert!(live_view.contains("Works directly."), "{live_view}");
    let paths = attribute_pairs(
        &client,
        "li.verdict[data-feature='live_view'] li.path",
        ["data-path", "data-state"],
    )
    .await;
    assert_eq!(
        paths,
        [("direct", "works"), ("relay", "works"), ("sip", "works")]
            .map(|(p, s)| (p.to_owned(), s.to_owned()))
    );
    // Each row says where it comes from.
    let push = text_of(&client, "#probe-table tr[data-probe='tcp-5228'] a.source").await;
    assert_eq!(push, "Google FCM");
    let media = text_of(&client, "#probe-table tr[data-sample]").await;
    let sampled = ringcheck_engine::defaults::MEDIA_SAMPLE_SIZE;
    assert!(
        media.contains(&format!(
            "{sampled} ports sampled across 16500\u{2013}65000, about one every 3,200"
        )) && media.contains(&format!("{sampled} of {sampled} got out")),
        "the media sample says how dense it is: {media}"
    );
    let status = text_of(&client, ".status").await;
    assert!(status.contains("Check finished"), "{status}");
    let focused = eval(&client, "return document.activeElement.id").await;
    assert_eq!(
        focused.as_str(),
        Some("summary-heading"),
        "focus moves to the results"
    );
    assert!(
        exists(&client, "[data-notice='local-mode']").await,
        "local mode is said"
    );

    let link = value_of(&client, "#share-link").await;
    assert_eq!(link, format!("{}/r/{id}", e2e.app.address));
    e2e.env
        .save_screenshot(&client, &shot("check-finished-desktop"))
        .await;
    assert_accessible(&e2e, &client, "finished check").await;

    // A support agent opens the link in a browser of their own.
    let agent = e2e.driver.session(Viewport::DESKTOP).await;
    agent.goto(&link).await.unwrap();
    wait_for_element(&agent, "[data-report]", "the shared report renders").await;
    assert_eq!(probe_states(&agent).await, states, "the same results");
    assert_eq!(
        outbound_states(&agent).await,
        outbound,
        "the browser's results are shared too"
    );
    assert_eq!(verdicts(&agent).await, features, "the same verdicts");
    let lead = text_of(&agent, ".lead").await;
    assert!(
        lead.contains("127.0.0.xxx"),
        "the address is masked: {lead}"
    );
    e2e.env
        .save_screenshot(&agent, &shot("report-shared-desktop"))
        .await;
    assert_accessible(&e2e, &agent, "shared report").await;
    agent.close().await.unwrap();
    client.close().await.unwrap();

    // Phones are emulated by Chromium alone.
    if browser == Browser::Chromium {
        let phone = open_report_fitting(&mut e2e.driver, Viewport::PHONE.dark(), &link).await;
        e2e.env
            .save_screenshot(&phone, "report-shared-phone-dark")
            .await;
        phone.close().await.unwrap();
    }
    visitor.stop().await;
}

#[tokio::test]
async fn unknown_and_malformed_report_links_get_a_friendly_page() {
    let Some(mut e2e) = E2e::start().await else {
        return;
    };
    let client = e2e.driver.session(Viewport::DESKTOP).await;
    for (path, title) in [
        (
            "/r/AAAAAAAAAAAAAAAAAAAAAA",
            "This report doesn't exist or has expired",
        ),
        ("/r/not-an-id", "This link isn't a valid Ring Check link"),
    ] {
        client.goto(&e2e.app.url(path)).await.unwrap();
        let error = wait_for_element(&client, ".error-box", "the error shows").await;
        let text = error.text().await.unwrap();
        assert!(text.contains(title), "{path}: {text}");
        let new_check = client
            .find(Locator::Css(".new-check a[href='/']"))
            .await
            .unwrap();
        assert!(new_check.text().await.unwrap().contains("new check"));
    }
    e2e.env.save_screenshot(&client, "report-unknown").await;
    assert_accessible(&e2e, &client, "unknown report").await;
    client.close().await.unwrap();
}

#[tokio::test]
async fn a_rate_limited_second_run_says_when_to_try_again() {
    let Some(mut e2e) = E2e::start_with(|config| {
        config.admission.checks_per_minute = 1;
        config.admission.check_burst = 1;
    })
    .await
    else {
        return;
    };
    let client = e2e.driver.session(Viewport::DESKTOP).await;
    client.goto(&e2e.app.address).await.unwrap();
    wait_for_element(&client, "#check-button", "the checker renders").await;
    run_check(&client).await;

    click(&client, "#check-button").await;
    let error = wait_for_element(
        &client,
        ".error-box[data-error='rate_limited']",
        "the rate limit is explained",
    )
    .await;
    let text = error.text().await.unwrap();
    assert!(
        text.contains("Please wait a moment") && text.contains(" seconds and try again"),
        "{text}"
    );
    assert!(exists(&client, ".error-box button").await, "a retry button");
    wait_until("the earlier result to be replaced", || async {
        client.find(Locator::Css("[data-report]")).await.is_err()
    })
    .await;
    e2e.env.save_screenshot(&client, "check-rate-limited").await;
    client.close().await.unwrap();
}

#[tokio::test]
async fn rows_fill_in_live_while_progress_is_announced() {
    let Some(mut e2e) = E2e::start_with(|config| config.probes.probe_timeout_ms = 1000).await
    else {
        return;
    };
    let _ports = LOOPBACK_PORTS.lock().await;
    // A SIP service that never answers keeps the check running for two attempts.
    let mut visitor = Visitor::at("127.0.0.1".parse().unwrap());
    visitor.silent_udp(15064).await;

    let client = e2e.driver.session(Viewport::DESKTOP).await;
    client.goto(&e2e.app.address).await.unwrap();
    wait_for_element(&client, "#check-button", "the checker renders").await;
    click(&client, "#check-button").await;

    // Mid-check: the quick probes are in, the silent one is still pending.
    let pending = wait_for_element(
        &client,
        "#probe-table tr[data-probe='udp-15064'][data-state='pending']",
        "a pending row",
    )
    .await;
    assert!(pending.text().await.unwrap().contains("Testing"));
    wait_until("every other row to fill in", || async {
        let pending = client
            .find_all(Locator::Css(
                "#probe-table tr[data-state='pending'], #probe-table tr[data-outbound='pending']",
            ))
            .await;
        pending.map(|rows| rows.len()).ok() == Some(1)
    })
    .await;
    let status = text_of(&client, ".status[aria-live='polite']").await;
    let tests = common::probes_per_check() + common::default_browser_tests();
    assert_eq!(
        status,
        format!("Testing: {} of {tests} done", tests - 1),
        "every probe and browser test"
    );
    assert!(
        exists(&client, "progress.check-progress").await,
        "a progress bar"
    );
    let disabled = client
        .find(Locator::Id("check-button"))
        .await
        .unwrap()
        .attr("disabled")
        .await
        .unwrap();
    assert!(disabled.is_some(), "no second check while one runs");
    e2e.env.save_screenshot(&client, "check-running").await;

    wait_for_element(&client, "[data-report]", "the check finishes").await;
    let states = probe_states(&client).await;
    assert_eq!(state_of(&states, "udp-15064"), "open|filtered");
    client.close().await.unwrap();
    visitor.stop().await;
}

/// When the browser's results cannot be stored, the page still shows them, and says the
/// verdicts and the share link have only the server's tests.
#[tokio::test]
async fn browser_results_that_cannot_be_stored_are_shown_and_said_to_be_missing() {
    let Some(mut e2e) = E2e::start().await else {
        return;
    };
    let client = e2e.driver.session(Viewport::DESKTOP).await;
    client.goto(&e2e.app.address).await.unwrap();
    wait_for_element(&client, "#check-button", "the checker renders").await;
    // The submission never reaches the server, as on a connection that just dropped.
    cdp(&client, "Network.enable", serde_json::json!({})).await;
    cdp(
        &client,
        "Network.setBlockedURLs",
        serde_json::json!({ "urls": ["*/egress"] }),
    )
    .await;
    run_check(&client).await;
    let notice = text_of(&client, "[data-notice='egress-unsaved']").await;
    assert!(
        notice.contains("the report could not include them"),
        "{notice}"
    );
    let outbound = outbound_states(&client).await;
    assert_eq!(
        state_of(&outbound, "tcp-443"),
        "reached",
        "the browser's results are still shown"
    );
    client.close().await.unwrap();
}

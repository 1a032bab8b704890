//! A dual-stack home: the visitor's namespace has IPv4 and IPv6, reaches the server by a
//! name with an A and an AAAA record, and the server names a host per family. A firewall
//! that drops Ring's ports on IPv4 only must give the verdicts a single-stack line with
//! those IPv4 rules gives (never "works"), say IPv4 is what Ring's devices are
//! documented to use, and show IPv6 open beside; with nothing blocked, every row of both
//! families reads reached; a home whose IPv4 does not reach us is told so, and one with
//! IPv4 alone sees one family. In Chromium and in Firefox. Needs root and the browsers;
//! `cargo xtask test` runs it (and requires it) as root.

use crate::common;

use common::netns::{self, DUAL_STACK_NAME, NamespacedServer, SERVER_PORT, TestNetwork};
use fantoccini::Client;

use crate::driver::{
    Browser, BrowserEnv, Driver, Viewport, attribute_pairs, open_report_fitting, owned,
    run_check_at, text_of, value_of, verdicts, wait_for_element,
};
use crate::firewall::{expected_outbound, outbound_firewall};

/// What every test here needs, or `None` after saying why it skips.
fn set_up(browser: Browser) -> Option<(BrowserEnv, TestNetwork)> {
    if let Err(why) = netns::available() {
        common::skip::skip(&why);
        return None;
    }
    let env = BrowserEnv::from_env()?;
    if !env.has(browser) {
        return None;
    }
    Some((env, TestNetwork::dual_stack()))
}

/// The server on both families, naming a host per family, probing the visitor's
/// addresses of both.
fn dual_stack_server(env: &BrowserEnv, network: &TestNetwork) -> NamespacedServer {
    NamespacedServer::start_dual_stack(
        network,
        Some(&env.dist),
        &["--egress-timeout-ms", "3000", "--check-burst", "5"],
    )
}

/// Opens the checker at the dual-stack name, runs a check and waits for its result.
async fn run_check(client: &Client) {
    run_check_at(client, &format!("http://{DUAL_STACK_NAME}:{SERVER_PORT}/")).await;
}

/// Each outbound row's and media chip's state over `family` ("" for the column the
/// verdicts read), failures read as "blocked".
async fn outbound(client: &Client, family: &str) -> Vec<(String, String)> {
    let (selector, attribute) = match family {
        "" => ("#probe-table [data-probe]", "data-outbound".to_owned()),
        family => (
            "#probe-table [data-outbound-ipv6], #probe-table [data-outbound-ipv4]",
            format!("data-outbound-{family}"),
        ),
    };
    let mut found = Vec::new();
    for element in client
        .find_all(fantoccini::Locator::Css(selector))
        .await
        .unwrap()
    {
        let key = match element.attr("data-probe").await.unwrap() {
            Some(key) => key,
            None => element.attr("data-chip").await.unwrap().unwrap_or_default(),
        };
        let Some(state) = element.attr(&attribute).await.unwrap() else {
            continue;
        };
        let state = match state.as_str() {
            "failed" | "no_answer" => "blocked".to_owned(),
            _ => state,
        };
        found.push((key, state));
    }
    found
}

/// The outbound rows that carry a test, with `blocked` deciding each: as they must read.
fn expected(blocked: impl Fn(&str, u16) -> bool) -> Vec<(String, String)> {
    tested_only(expected_outbound(blocked))
}

/// Only the rows that carry an outbound test, in order.
fn tested_only(rows: Vec<(String, String)>) -> Vec<(String, String)> {
    rows.into_iter()
        .filter(|(_, state)| !matches!(state.as_str(), "none" | "not_testable"))
        .collect()
}

async fn ipv4_firewall_is_judged_as_on_a_single_stack_line(browser: Browser) {
    let Some((env, network)) = set_up(browser) else {
        return;
    };
    let _server = dual_stack_server(&env, &network);
    let mut driver = Driver::start_in_namespace(&env, &network.visitor, browser);
    let client = driver.session(Viewport::DESKTOP).await;
    let shot = |name: &str| format!("dual-stack-{name}-{}", browser.name());

    // 1. The Ring Socket Service dropped on IPv4 only, IPv6 open.
    outbound_firewall(
        &network.visitor,
        "meta nfproto ipv4 tcp dport { 9998, 9999 } drop",
    );
    run_check(&client).await;
    let rss = |transport: &str, port: u16| transport == "tcp" && matches!(port, 9998 | 9999);
    assert_eq!(
        tested_only(outbound(&client, "").await),
        expected(rss),
        "{browser:?}: the column the verdicts read is IPv4's"
    );
    assert_eq!(
        tested_only(outbound(&client, "ipv6").await),
        expected(|_, _| false),
        "{browser:?}: IPv6 is shown open beside"
    );
    // As on a single-stack line with the same IPv4 rules: never "works".
    let single_stack_rss = owned(&[
        ("notifications", "at-risk"),
        ("phone_alerts", "works"),
        ("live_view", "at-risk"),
        ("two_way_audio", "at-risk"),
        ("software_updates", "works"),
        ("clock_sync", "not-tested"),
        ("ring_alarm", "at-risk"),
    ]);
    assert_eq!(verdicts(&client).await, single_stack_rss, "{browser:?}");
    let families = text_of(&client, "[data-families]").await;
    assert!(
        families.contains(
            "Your IPv6 lets TCP 9998 and 9999 through but your IPv4 does not, and IPv4 is \
             what Ring's devices are documented to use"
        ),
        "{browser:?}: {families}"
    );
    assert!(
        families.contains(
            "On IPv6 alone, motion and ding notifications, Live View video, two-way audio \
             and Ring Alarm would work."
        ),
        "{browser:?}: what IPv6 alone would let work: {families}"
    );
    // Both addresses were probed back: the visitor's IPv4 and IPv6.
    let inbound = attribute_pairs(
        &client,
        "#probe-table tr[data-probe='tcp-8557']",
        ["data-state-ipv4", "data-state-ipv6"],
    )
    .await;
    assert_eq!(inbound, owned(&[("closed", "closed")]), "{browser:?}");
    let message = value_of(&client, ".isp-message").await;
    assert!(
        message.contains("found these ports blocked over IPv4:\n\n  - TCP 9998\n  - TCP 9999\n"),
        "{browser:?}: {message}"
    );
    env.save_screenshot(&client, &shot("ipv4-rss-dropped"))
        .await;
    // A support agent's link shows both families too.
    let link = value_of(&client, "#share-link").await;
    client.goto(&link).await.unwrap();
    wait_for_element(&client, "[data-families]", "the shared report shows both").await;
    assert_eq!(
        tested_only(outbound(&client, "ipv6").await),
        expected(|_, _| false),
        "{browser:?}: the shared report's IPv6"
    );
    // Both families fit a 320 px phone (emulated by Chromium alone).
    if browser == Browser::Chromium {
        let phone = open_report_fitting(&mut driver, Viewport::PHONE, &link).await;
        env.save_screenshot(&phone, "dual-stack-report-phone").await;
        phone.close().await.unwrap();
    }

    // 2. The media range dropped on IPv4 only: through Ring's relay, named as a range.
    outbound_firewall(
        &network.visitor,
        "meta nfproto ipv4 udp dport 16500-65000 drop",
    );
    run_check(&client).await;
    let media = |transport: &str, port: u16| transport == "udp" && (16500..=65000).contains(&port);
    assert_eq!(
        tested_only(outbound(&client, "").await),
        expected(media),
        "{browser:?}"
    );
    assert_eq!(
        tested_only(outbound(&client, "ipv6").await),
        expected(|_, _| false),
        "{browser:?}"
    );
    let live_view = verdicts(&client).await;
    assert!(
        live_view.contains(&("live_view".to_owned(), "at-risk".to_owned())),
        "{browser:?}: Live View through the relay on IPv4, never works: {live_view:?}"
    );
    let message = value_of(&client, ".isp-message").await;
    assert!(
        message.contains("  - UDP 16500\u{2013}65000 (all 16 ports tested)\n"),
        "{browser:?}: {message}"
    );
    env.save_screenshot(&client, &shot("ipv4-media-dropped"))
        .await;

    // 3. Nothing blocked: every row of both families reads reached.
    outbound_firewall(&network.visitor, "");
    run_check(&client).await;
    assert_eq!(
        tested_only(outbound(&client, "").await),
        expected(|_, _| false),
        "{browser:?}: IPv4"
    );
    assert_eq!(
        tested_only(outbound(&client, "ipv6").await),
        expected(|_, _| false),
        "{browser:?}: IPv6"
    );
    let all = verdicts(&client).await;
    assert!(
        all.iter()
            .all(|(f, v)| v == "works" || (f == "clock_sync" && v == "not-tested")),
        "{browser:?}: {all:?}"
    );
    let families = text_of(&client, "[data-families]").await;
    assert!(
        families.contains("both let the same Ring ports through"),
        "{browser:?}: {families}"
    );
    env.save_screenshot(&client, &shot("open")).await;

    // 4. A home whose IPv4 does not reach Ring Check at all (DNS and the loopback, where
    //    the WebDriver listens, aside), IPv6 open: said plainly, and nothing blamed on a
    //    family that says nothing. In a browser of its own, with no connection kept.
    client.close().await.unwrap();
    outbound_firewall(
        &network.visitor,
        "oifname \"lo\" accept
         meta nfproto ipv4 udp dport != 53 drop
         meta nfproto ipv4 tcp dport 0-65535 drop",
    );
    let client = driver.session(Viewport::DESKTOP).await;
    run_check(&client).await;
    assert!(
        tested_only(outbound(&client, "").await)
            .iter()
            .all(|(_, state)| state == "blocked"),
        "{browser:?}: nothing gets out over IPv4"
    );
    assert_eq!(
        tested_only(outbound(&client, "ipv6").await),
        expected(|_, _| false),
        "{browser:?}: IPv6 is shown open beside"
    );
    let all = verdicts(&client).await;
    assert!(
        all.iter().all(|(_, v)| v == "not-tested"),
        "{browser:?}: nothing can be told of IPv4, so nothing works or is blocked: {all:?}"
    );
    let families = text_of(&client, "[data-families]").await;
    assert!(
        families.contains(
            "Your network reached Ring Check only over IPv6: nothing got through over IPv4"
        ),
        "{browser:?}: {families}"
    );
    let step = text_of(&client, "[data-advice='documented-unreached']").await;
    assert!(
        step.contains("Ask your internet provider whether your line has IPv4 internet access"),
        "{browser:?}: what to do says what to ask: {step}"
    );
    env.save_screenshot(&client, &shot("ipv6-only-towards-us"))
        .await;
    outbound_firewall(&network.visitor, "");

    // 5. A home with IPv4 alone (IPv6 link-local only, no route), as many are: one
    //    family, as on a server that names none; nothing said of IPv6, nothing blamed.
    //    In a browser of its own: one that had IPv6 would keep trying its connections.
    client.close().await.unwrap();
    network.take_visitor_ipv6_away();
    let client = driver.session(Viewport::DESKTOP).await;
    run_check(&client).await;
    assert_eq!(
        tested_only(outbound(&client, "").await),
        expected(|_, _| false),
        "{browser:?}: IPv4-only home"
    );
    assert_eq!(
        outbound(&client, "ipv6").await,
        [],
        "{browser:?}: no IPv6 side in a home without IPv6"
    );
    let all = verdicts(&client).await;
    assert!(
        all.iter()
            .all(|(f, v)| v == "works" || (f == "clock_sync" && v == "not-tested")),
        "{browser:?}: {all:?}"
    );
    let families = client
        .find_all(fantoccini::Locator::Css("[data-families]"))
        .await
        .unwrap();
    assert!(families.is_empty(), "{browser:?}: nothing to say of IPv6");
    env.save_screenshot(&client, &shot("ipv4-only-home")).await;
    client.close().await.unwrap();
}

#[tokio::test]
async fn chromium_on_a_dual_stack_line_judges_ipv4_and_shows_ipv6_beside() {
    ipv4_firewall_is_judged_as_on_a_single_stack_line(Browser::Chromium).await;
}

#[tokio::test]
async fn firefox_on_a_dual_stack_line_judges_ipv4_and_shows_ipv6_beside() {
    ipv4_firewall_is_judged_as_on_a_single_stack_line(Browser::Firefox).await;
}

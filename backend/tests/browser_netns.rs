//! The browser's outward tests against a real firewall: headless Chromium runs inside a
//! visitor network namespace whose nftables `output` rules drop or reject some Ring
//! ports, the real `ringcheck` serves the built app from a server namespace on the real
//! Ring ports, and the page must find exactly those ports blocked, in both transports,
//! with verdicts that follow. The server has a namespace of its own rather than the
//! machine's, so the test can take ports 80 and 443 and leaves the host's network alone.
//! Needs root and a browser; `cargo xtask test` runs it (and requires it) as root.

mod common;

use common::{
    browser::{
        BrowserEnv, ChromeDriver, Viewport, attribute_pairs, click, text_of, value_of,
        wait_for_element,
    },
    netns::{self, NamespacedServer, SERVER_ADDRESS, SERVER_PORT, TestNetwork},
};
use fantoccini::Client;

/// What the visitor's network blocks on the way out: resets, and silent drops.
const OUTBOUND_RULES: &str = "\
    tcp dport 8557 reject with tcp reset\n\
    tcp dport 9998 drop\n\
    tcp dport 15063-15064 drop\n\
    udp dport 15063-15064 drop\n\
    udp dport 16500-45000 drop";

/// Silence further along, as from a provider's firewall: dropped where it arrives, so
/// the browser hears nothing until its timeout.
const UPSTREAM_RULES: &str = "tcp dport 9999 drop";

/// Every outbound row and what the page must show for it. "blocked" is either failure
/// the page reports: `failed` (the connection failed before the timeout: a reset, a
/// local drop, or Chromium giving up on a silent connect, which it does here after about
/// a second) or `no_answer` (nothing until the timeout).
const EXPECTED_OUTBOUND: &[(&str, &str)] = &[
    ("tcp-80", "reached"),
    ("tcp-443", "reached"),
    ("tcp-53", "not_testable"),
    ("udp-53", "not_testable"),
    ("udp-123", "not_testable"),
    ("tcp-8557", "blocked"),
    ("tcp-9998", "blocked"),
    ("tcp-9999", "blocked"),
    ("tcp-15063", "blocked"),
    ("tcp-15064", "blocked"),
    ("udp-15063", "blocked"),
    ("udp-15064", "blocked"),
    ("tcp-9002", "reached"),
    ("udp-16500", "blocked"),
    ("udp-25000", "blocked"),
    ("udp-35000", "blocked"),
    ("udp-45000", "blocked"),
    ("udp-55000", "reached"),
    ("udp-65000", "reached"),
    ("tcp-7076", "none"),
    ("tcp-7077", "none"),
    ("tcp-9078", "none"),
    ("tcp-9079", "none"),
];

/// Each row's outbound state, with both kinds of failure read as "blocked".
async fn outbound_column(client: &Client) -> Vec<(String, String)> {
    let rows = attribute_pairs(
        client,
        "#probe-table tr[data-probe]",
        ["data-probe", "data-outbound"],
    )
    .await;
    rows.into_iter()
        .map(|(row, state)| match state.as_str() {
            "failed" | "no_answer" => (row, "blocked".to_owned()),
            _ => (row, state),
        })
        .collect()
}

fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[tokio::test]
async fn chromium_behind_a_firewall_finds_exactly_the_blocked_ports_in_both_transports() {
    if let Err(why) = netns::available() {
        eprintln!("SKIPPED namespace browser test: {why}");
        return;
    }
    let Some(env) = BrowserEnv::from_env() else {
        return;
    };
    let network = TestNetwork::new();
    netns::outbound_firewall(&network.visitor, OUTBOUND_RULES);
    netns::firewall(&network.server, UPSTREAM_RULES);
    let _server = NamespacedServer::start_serving(
        &network,
        Some(&env.dist),
        &["--egress-timeout-ms", "3000"],
    );
    let mut driver = ChromeDriver::start_in_namespace(&env, &network.visitor);
    let client = driver.session(Viewport::DESKTOP).await;
    client
        .goto(&format!("http://{SERVER_ADDRESS}:{SERVER_PORT}/"))
        .await
        .unwrap();
    wait_for_element(
        &client,
        "#check-button",
        "the page loads inside the namespace",
    )
    .await;
    click(&client, "#check-button").await;
    wait_for_element(&client, "[data-report]", "the check finishes").await;

    let outbound = outbound_column(&client).await;
    assert_eq!(outbound, owned(EXPECTED_OUTBOUND), "the outbound column");
    let verdicts = attribute_pairs(&client, "li.verdict", ["data-feature", "data-verdict"]).await;
    assert_eq!(
        verdicts,
        owned(&[
            ("notifications", "at-risk"), // 8557 and 9998 refused, 9999 silent
            ("live_view", "blocked"),     // SIP blocked on both transports
            ("two_way_audio", "blocked"),
            ("software_updates", "works"), // 443 and 80 get out
            ("clock_sync", "not-tested"),
            ("ring_alarm", "at-risk"),
        ]),
        "the verdicts follow the browser's findings"
    );
    let live_view = text_of(&client, "li.verdict[data-feature='live_view']").await;
    assert!(
        live_view.contains("same outside port"),
        "no NAT between the namespaces: endpoint-independent mapping, said in words: {live_view}"
    );
    let message = value_of(&client, ".isp-message").await;
    let listed: Vec<&str> = message
        .lines()
        .filter_map(|line| line.strip_prefix("  - "))
        .take_while(|line| !line.contains(':'))
        .collect();
    assert_eq!(
        listed,
        [
            "TCP 8557",
            "TCP 9998",
            "TCP 9999",
            "TCP 15063",
            "TCP 15064",
            "UDP 15063",
            "UDP 15064",
            "UDP 16500",
            "UDP 25000",
            "UDP 35000",
            "UDP 45000",
        ],
        "the message for the provider lists exactly the blocked ports"
    );
    env.save_screenshot(&client, "check-behind-firewall").await;

    // The shared report carries the browser's results, marked as the browser's.
    let link = value_of(&client, "#share-link").await;
    client.goto(&link).await.unwrap();
    wait_for_element(&client, "[data-report]", "the shared report renders").await;
    let shared = outbound_column(&client).await;
    assert_eq!(
        shared,
        owned(EXPECTED_OUTBOUND),
        "the shared report's outbound column"
    );
    client.close().await.unwrap();
}

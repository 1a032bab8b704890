//! The browser's outward tests against a real firewall: headless Chromium runs inside a
//! visitor network namespace whose nftables `output` rules drop or reject some Ring
//! ports, the real `ringcheck` serves the built app from a server namespace on the real
//! Ring ports, and the page must find exactly those ports blocked, in both transports,
//! with verdicts that follow: the path each feature still gets through (Ring's relay when
//! UDP is dropped), and "not testable here", never "blocked", for a test server of ours
//! that is down. The server has a namespace of its own rather than the machine's, so the
//! test can take ports 80 and 443 and leaves the host's network alone.
//! Needs root and a browser; `cargo xtask test` runs it (and requires it) as root.

use crate::common;

use std::{
    io::{Read, Write},
    net::TcpListener,
    time::{Duration, Instant},
};

use crate::driver::{
    Browser, BrowserEnv, Driver, Viewport, attribute_pairs, open_report_fitting, owned,
    run_check_at, text_of, value_of, verdicts, wait_for_element,
};
use common::netns::{
    self, NamespacedServer, SERVER_ADDRESS, SERVER_PORT, TestNetwork, VISITOR_ADDRESS,
};
use fantoccini::Client;

/// What the visitor's network blocks on the way out: resets, and silent drops.
const OUTBOUND_RULES: &str = "\
    tcp dport 8557 reject with tcp reset\n\
    tcp dport 9998 drop\n\
    tcp dport 15063-15064 drop\n\
    udp dport 15063-15064 drop\n\
    udp dport 16500-45000 drop";

/// Silence further along, as from a provider's firewall: dropped where it arrives from
/// the visitor, so the browser hears nothing until its timeout (the server's own
/// self-check over loopback still gets through: the listener is up).
const UPSTREAM_RULES: &str = "iifname != \"lo\" tcp dport 9999 drop";

/// The media ports the server samples by default: 16, evenly spread over 16500–65000.
pub(crate) const MEDIA_SAMPLE: [u16; 16] = [
    16500, 19733, 22966, 26200, 29433, 32666, 35900, 39133, 42366, 45600, 48833, 52066, 55300,
    58533, 61766, 65000,
];

/// Every outbound row (and media chip) and what the page must show for it. "blocked"
/// is either failure the page reports: `failed` (the connection failed before the
/// timeout: a reset, a local drop, or Chromium giving up on a silent connect, which it
/// does here after about a second) or `no_answer` (nothing until the timeout).
pub(crate) fn expected_outbound(blocked: impl Fn(&str, u16) -> bool) -> Vec<(String, String)> {
    let mut rows: Vec<(&str, u16)> = vec![
        ("tcp", 80),
        ("tcp", 443),
        ("tcp", 53),
        ("udp", 53),
        ("udp", 123),
        ("tcp", 8557),
        ("tcp", 9998),
        ("tcp", 9999),
        ("tcp", 15063),
        ("tcp", 15064),
        ("udp", 15063),
        ("udp", 15064),
        ("tcp", 9002),
    ];
    rows.extend(MEDIA_SAMPLE.map(|port| ("udp", port)));
    rows.extend([("udp", 4172), ("tcp", 5228), ("tcp", 5223)]);
    rows.extend([7076, 7077, 9078, 9079].map(|port| ("tcp", port)));
    rows.into_iter()
        .map(|(transport, port)| {
            let state = match (transport, port) {
                (_, 53 | 123) => "not_testable",
                (_, 7076 | 7077 | 9078 | 9079) => "none",
                _ if blocked(transport, port) => "blocked",
                _ => "reached",
            };
            (format!("{transport}-{port}"), state.to_owned())
        })
        .collect()
}

/// Each row's (and media chip's) outbound state, with both kinds of failure read as
/// "blocked".
async fn outbound_column(client: &Client) -> Vec<(String, String)> {
    let rows = attribute_pairs(
        client,
        "#probe-table [data-probe]",
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

/// How each path of a feature fared: `(path, state)`.
async fn paths_of(client: &Client, feature: &str) -> Vec<(String, String)> {
    attribute_pairs(
        client,
        &format!("li.verdict[data-feature='{feature}'] li.path"),
        ["data-path", "data-state"],
    )
    .await
}

/// What every test here needs, or `None` after saying why it skips.
pub(crate) fn set_up(browser: Browser) -> Option<(BrowserEnv, TestNetwork)> {
    if let Err(why) = netns::available() {
        common::skip::skip(&why);
        return None;
    }
    let env = BrowserEnv::from_env()?;
    env.has(browser).then(|| (env, TestNetwork::new()))
}

/// Opens the checker, runs a check and waits for its result.
async fn run_check(client: &Client) {
    run_check_at(client, &format!("http://{SERVER_ADDRESS}:{SERVER_PORT}/")).await;
}

/// Where the visitor's sign-in page listens; port 80 on the way out is sent to it.
const SIGN_IN_PORT: u16 = 8081;

/// Something on the visitor's network that answers web requests itself, without the
/// beacon's CORS header or token, as a Wi-Fi sign-in page or a filter does. It answers at
/// most `answers` requests, for at most a minute.
fn sign_in_page(ns: &str, answers: usize) {
    let ns = ns.to_owned();
    let (ready, listening) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        netns::enter(&ns);
        let listener = TcpListener::bind((VISITOR_ADDRESS, SIGN_IN_PORT)).unwrap();
        listener.set_nonblocking(true).unwrap();
        ready.send(()).unwrap();
        let deadline = Instant::now() + Duration::from_secs(60);
        let mut answered = 0;
        while answered < answers && Instant::now() < deadline {
            let Ok((mut stream, _)) = listener.accept() else {
                std::thread::sleep(Duration::from_millis(20));
                continue;
            };
            let _ = stream.set_nonblocking(false);
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            let mut request = [0u8; 4096];
            let _ = stream.read(&mut request);
            let page = "<p>Please sign in to use this Wi-Fi.</p>";
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\n\
                 Connection: close\r\n\r\n{page}",
                page.len()
            );
            answered += 1;
        }
    });
    listening
        .recv_timeout(Duration::from_secs(5))
        .expect("the sign-in page listens");
}

/// The ports the message for the provider lists as blocked: the list under its first
/// heading, up to the blank line after it.
async fn listed_for_the_provider(client: &Client) -> Vec<String> {
    let message = value_of(client, ".isp-message").await;
    message
        .lines()
        .skip_while(|line| !line.contains("found these ports blocked"))
        .skip(2)
        .map_while(|line| line.strip_prefix("  - "))
        .map(ToOwned::to_owned)
        .collect()
}

#[tokio::test]
async fn chromium_behind_a_firewall_finds_the_blocked_ports_and_the_paths_that_still_work() {
    behind_a_firewall(Browser::Chromium).await;
}

#[tokio::test]
async fn firefox_behind_a_firewall_finds_the_blocked_ports_and_the_paths_that_still_work() {
    behind_a_firewall(Browser::Firefox).await;
}

async fn behind_a_firewall(browser: Browser) {
    let Some((env, network)) = set_up(browser) else {
        return;
    };
    let shot = |name: &str| browser.shot(name);
    outbound_firewall(&network.visitor, OUTBOUND_RULES);
    netns::firewall(&network.server, UPSTREAM_RULES);
    // Four checks from one visitor in a minute.
    let _server = NamespacedServer::start_serving(
        &network,
        Some(&env.dist),
        &["--egress-timeout-ms", "3000", "--check-burst", "5"],
    );
    let mut driver = Driver::start_in_namespace(&env, &network.visitor, browser);
    let client = driver.session(Viewport::DESKTOP).await;

    // 1. Some TCP and UDP ports blocked on the way out, one silently further along.
    run_check(&client).await;
    let blocked_first = |transport: &str, port: u16| match (transport, port) {
        ("tcp", 8557 | 9998 | 9999 | 15063 | 15064) => true,
        ("udp", 15063 | 15064) => true,
        ("udp", port) => (16500..=45000).contains(&port),
        _ => false,
    };
    let expected = expected_outbound(blocked_first);
    assert_eq!(
        outbound_column(&client).await,
        expected,
        "the outbound column"
    );
    assert_eq!(
        verdicts(&client).await,
        owned(&[
            ("notifications", "at-risk"), // 8557 and 9998 refused, 9999 silent
            ("phone_alerts", "works"),    // 5228 and 5223 get out
            ("live_view", "at-risk"),     // directly, on 7 of the sampled media ports
            ("two_way_audio", "at-risk"),
            ("software_updates", "works"), // 443 and 80 get out
            ("clock_sync", "not-tested"),
            ("ring_alarm", "at-risk"),
        ]),
        "the verdicts follow the browser's findings"
    );
    let live_view = text_of(&client, "li.verdict[data-feature='live_view']").await;
    assert!(
        live_view.contains("Works directly, but")
            && live_view.contains(&format!(
                "gets through on only 7 of {} sampled ports",
                ringcheck_engine::defaults::MEDIA_SAMPLE_SIZE
            )),
        "Live View still works directly, on part of the media range: {live_view}"
    );
    assert!(
        !live_view.contains("cannot work without"),
        "never as if every port were needed: {live_view}"
    );
    assert!(
        live_view.contains("same outside port"),
        "no NAT between the namespaces: endpoint-independent mapping, said in words: {live_view}"
    );
    let mut expected_listed: Vec<String> = [
        "TCP 8557",
        "TCP 9998",
        "TCP 9999",
        "TCP 15063",
        "TCP 15064",
        "UDP 15063",
        "UDP 15064",
    ]
    .map(ToOwned::to_owned)
    .to_vec();
    // The part of the media range the firewall drops, as one range with its samples.
    let dropped: Vec<String> = MEDIA_SAMPLE
        .iter()
        .filter(|port| **port <= 45000)
        .map(ToString::to_string)
        .collect();
    expected_listed.push(format!(
        "UDP 16500\u{2013}{} ({} sampled ports: {})",
        dropped.last().unwrap(),
        dropped.len(),
        dropped.join(", ")
    ));
    assert_eq!(
        listed_for_the_provider(&client).await,
        expected_listed,
        "the message for the provider lists exactly the blocked ports"
    );
    let advice = text_of(&client, ".fix-it").await;
    assert!(
        !advice.contains("can't connect to the video"),
        "no Live View symptom while Live View works: {advice}"
    );
    env.save_screenshot(&client, &shot("check-behind-firewall"))
        .await;

    // The shared report carries the browser's results, marked as the browser's.
    let link = value_of(&client, "#share-link").await;
    client.goto(&link).await.unwrap();
    wait_for_element(&client, "[data-report]", "the shared report renders").await;
    assert_eq!(
        outbound_column(&client).await,
        expected,
        "the shared report's outbound column"
    );

    // 2. All outbound UDP dropped, TCP open: Live View goes through Ring's relay.
    netns::firewall(&network.server, "");
    outbound_firewall(&network.visitor, "meta l4proto udp drop");
    run_check(&client).await;
    assert_eq!(
        outbound_column(&client).await,
        expected_outbound(|transport, _| transport == "udp"),
        "every UDP test blocked, every TCP test through"
    );
    let relay_works = owned(&[
        ("direct", "blocked"),
        ("relay", "works"),
        ("sip", "blocked"),
    ]);
    for feature in ["live_view", "two_way_audio"] {
        let card = text_of(&client, &format!("li.verdict[data-feature='{feature}']")).await;
        assert!(
            card.contains(if feature == "live_view" {
                "Live View video\nAt risk"
            } else {
                "Two-way audio\nAt risk"
            }) && card.contains("Works through Ring's relay servers, which can make"),
            "{feature} is at risk through the relay, not blocked: {card}"
        );
        assert_eq!(paths_of(&client, feature).await, relay_works, "{feature}");
    }
    env.save_screenshot(&client, &shot("check-udp-dropped-relay"))
        .await;
    // The same result on a 320 px phone: the path lines and the media chips fit (phones
    // are emulated by Chromium alone).
    if browser == Browser::Chromium {
        let link = value_of(&client, "#share-link").await;
        let phone = open_report_fitting(&mut driver, Viewport::PHONE, &link).await;
        env.save_screenshot(&phone, "report-relay-phone").await;
        phone.close().await.unwrap();
    }

    // 3. UDP dropped except 4172: the relay still carries Live View.
    outbound_firewall(&network.visitor, "udp dport != 4172 drop");
    run_check(&client).await;
    assert_eq!(
        outbound_column(&client).await,
        expected_outbound(|transport, port| transport == "udp" && port != 4172),
        "every UDP test but the relay's blocked"
    );
    let verdicts_now = verdicts(&client).await;
    for feature in ["live_view", "two_way_audio"] {
        assert!(
            verdicts_now.contains(&(feature.to_owned(), "at-risk".to_owned())),
            "{feature}: {verdicts_now:?}"
        );
        assert_eq!(paths_of(&client, feature).await, relay_works, "{feature}");
    }

    // 4. Port 80 answered on the way by a sign-in page that sends no CORS header: told
    // apart from a block, and worded as what it is.
    outbound_firewall(&network.visitor, "");
    sign_in_page(&network.visitor, 10);
    outbound_nat(
        &network.visitor,
        &format!("ip daddr {SERVER_ADDRESS} tcp dport 80 dnat to {VISITOR_ADDRESS}:{SIGN_IN_PORT}"),
    );
    run_check(&client).await;
    assert_eq!(
        outbound_column(&client).await,
        expected_outbound(|_, _| false)
            .into_iter()
            .map(|(row, state)| match row.as_str() {
                "tcp-80" => (row, "intercepted".to_owned()),
                _ => (row, state),
            })
            .collect::<Vec<_>>(),
        "only port 80 is answered by something else"
    );
    let updates = text_of(&client, "li.verdict[data-feature='software_updates']").await;
    assert!(
        updates.contains("At risk") && updates.contains("answered by something else on the way"),
        "{updates}"
    );
    let advice = text_of(&client, "[data-advice='intercepted']").await;
    assert!(
        advice.contains("TCP 80") && advice.contains("sign-in page"),
        "{advice}"
    );
    let message = value_of(&client, ".isp-message").await;
    assert!(
        message.contains("answers in place of the server I connect to")
            && message.contains("  - TCP 80\n")
            && !message.contains("found these ports blocked"),
        "interception, not a block, for the provider: {message}"
    );
    env.save_screenshot(&client, &shot("check-intercepted"))
        .await;

    // 5. HTTPS 443 dropped, 9002 open: the Live View socket, the relay and SIP get out,
    // but the device cannot sign in to Ring's cloud, so nothing that needs it works, and
    // Live View never reads "works" beside notifications blocked.
    netns::load_ruleset(&network.visitor, "flush ruleset\n");
    outbound_firewall(&network.visitor, "tcp dport 443 drop");
    run_check(&client).await;
    assert_eq!(
        outbound_column(&client).await,
        expected_outbound(|transport, port| transport == "tcp" && port == 443),
        "only TCP 443 is blocked"
    );
    assert_eq!(
        verdicts(&client).await,
        owned(&[
            ("notifications", "blocked"),
            ("phone_alerts", "blocked"),
            ("live_view", "blocked"),
            ("two_way_audio", "blocked"),
            ("software_updates", "blocked"),
            ("clock_sync", "not-tested"),
            ("ring_alarm", "blocked"),
        ]),
        "no feature that needs Ring's cloud works without 443"
    );
    let live_view = text_of(&client, "li.verdict[data-feature='live_view']").await;
    assert!(
        live_view.contains("cannot work without HTTPS on TCP 443") && !live_view.contains("Works"),
        "{live_view}"
    );
    env.save_screenshot(&client, &shot("check-https-dropped"))
        .await;
    client.close().await.unwrap();
}

#[tokio::test]
async fn a_test_server_of_ours_that_is_down_is_not_testable_here_never_blocked() {
    listener_down(Browser::Chromium).await;
}

#[tokio::test]
async fn in_firefox_a_test_server_of_ours_that_is_down_is_not_testable_here_never_blocked() {
    listener_down(Browser::Firefox).await;
}

async fn listener_down(browser: Browser) {
    let Some((env, network)) = set_up(browser) else {
        return;
    };
    // The beacon on TCP 9998 answers nobody, its own server's self-check included.
    netns::firewall(&network.server, "tcp dport 9998 drop");
    let _server = NamespacedServer::start_serving(
        &network,
        Some(&env.dist),
        &["--egress-timeout-ms", "3000"],
    );
    let mut driver = Driver::start_in_namespace(&env, &network.visitor, browser);
    let client = driver.session(Viewport::DESKTOP).await;

    client
        .goto(&format!("http://{SERVER_ADDRESS}:{SERVER_PORT}/healthz"))
        .await
        .unwrap();
    let health = text_of(&client, "body").await;
    assert!(
        health.contains("\"status\":\"degraded\"")
            && health.contains("\"transport\":\"tcp\",\"port\":9998"),
        "/healthz names the listener that is down: {health}"
    );

    run_check(&client).await;
    let row = attribute_pairs(
        &client,
        "#probe-table tr[data-probe='tcp-9998']",
        ["data-probe", "data-outbound"],
    )
    .await;
    assert_eq!(row, owned(&[("tcp-9998", "unavailable")]));
    let text = text_of(&client, "#probe-table tr[data-probe='tcp-9998']").await;
    assert!(
        text.contains("Not testable here") && text.contains("a problem on our side"),
        "{text}"
    );
    let outbound = outbound_column(&client).await;
    assert!(
        !outbound.iter().any(|(_, state)| state == "blocked"),
        "nothing is blocked on the visitor's side: {outbound:?}"
    );
    let notifications = verdicts(&client)
        .await
        .into_iter()
        .find(|(feature, _)| feature == "notifications")
        .unwrap();
    assert_ne!(notifications.1, "blocked");
    assert_ne!(notifications.1, "at-risk", "our fault is not the network's");
    let name = match browser {
        Browser::Chromium => "check-listener-down".to_owned(),
        other => format!("check-listener-down-{}", other.name()),
    };
    env.save_screenshot(&client, &name).await;
    client.close().await.unwrap();
}

/// Replaces the firewall of namespace `ns` with `rules` on what leaves it (the body of an
/// inet output chain), as a home router or provider blocking Ring's ports would.
pub(crate) fn outbound_firewall(ns: &str, rules: &str) {
    netns::replace_firewall(ns, "output", rules);
}

/// Adds `rules` as the NAT of what leaves namespace `ns` (the body of an ip nat output
/// chain), beside its firewall, e.g. to send a port to something else, as a captive
/// portal or a filtering proxy does.
fn outbound_nat(ns: &str, rules: &str) {
    netns::load_ruleset(
        ns,
        &format!(
            "table ip ringcheck_nat {{\n\
               chain output {{\n\
                 type nat hook output priority -100; policy accept;\n\
                 {rules}\n\
               }}\n\
             }}\n"
        ),
    );
}

/// A browser without WebRTC (WebKitGTK here, as some in-app web views): every UDP test
/// reads "not testable in this browser" with a hint to try another, never blocked, and a
/// feature judged without its UDP paths says which of them could not be tested; the TCP
/// tests still find what is blocked.
#[tokio::test]
async fn webkit_without_webrtc_reads_udp_as_not_testable_in_this_browser_never_blocked() {
    let Some((env, network)) = set_up(Browser::WebKit) else {
        return;
    };
    let _server = NamespacedServer::start_serving(
        &network,
        Some(&env.dist),
        &["--egress-timeout-ms", "3000"],
    );
    let mut driver = Driver::start_in_namespace(&env, &network.visitor, Browser::WebKit);
    let client = driver.session(Viewport::DESKTOP).await;
    let no_webrtc = |blocked: &dyn Fn(&str, u16) -> bool| {
        expected_outbound(|transport, port| blocked(transport, port))
            .into_iter()
            .map(
                |(row, state)| match (row.starts_with("udp-"), state.as_str()) {
                    (true, "blocked" | "reached") => (row, "unsupported".to_owned()),
                    _ => (row, state),
                },
            )
            .collect::<Vec<_>>()
    };

    // 1. Nothing blocked.
    run_check(&client).await;
    assert_eq!(outbound_column(&client).await, no_webrtc(&|_, _| false));
    let row = text_of(&client, "#probe-table tr[data-probe='udp-15063']").await;
    assert!(row.contains("not testable in this browser"), "{row}");
    let media = text_of(&client, "#probe-table tr[data-sample]").await;
    assert!(
        media.contains("This browser cannot run this test") && media.contains("another browser"),
        "{media}"
    );
    let notice = text_of(&client, "[data-notice='no-webrtc']").await;
    assert!(
        notice.contains("open Ring Check in another browser"),
        "{notice}"
    );
    assert_eq!(
        verdicts(&client).await,
        owned(&[
            ("notifications", "works"),
            ("phone_alerts", "works"),
            ("live_view", "works"),
            ("two_way_audio", "works"),
            ("software_updates", "works"),
            ("clock_sync", "not-tested"),
            ("ring_alarm", "works"),
        ])
    );
    let live_view = text_of(&client, "li.verdict[data-feature='live_view']").await;
    assert!(
        live_view.contains("Works at least through Ring's relay servers")
            && live_view.contains("Whether it also works directly could not be tested")
            && live_view.contains("this browser cannot run the UDP test")
            && live_view.contains("another browser"),
        "which path could not be tested, and what to do: {live_view}"
    );
    env.save_screenshot(&client, "check-no-webrtc-webkit").await;

    // 2. The Ring Socket Service dropped: found over TCP; UDP still not testable here.
    outbound_firewall(&network.visitor, "tcp dport { 9998, 9999 } drop");
    run_check(&client).await;
    assert_eq!(
        outbound_column(&client).await,
        no_webrtc(&|transport, port| transport == "tcp" && matches!(port, 9998 | 9999))
    );
    let notifications = verdicts(&client)
        .await
        .into_iter()
        .find(|(feature, _)| feature == "notifications")
        .unwrap();
    assert_eq!(notifications.1, "at-risk");
    env.save_screenshot(&client, "check-no-webrtc-rss-dropped-webkit")
        .await;
    client.close().await.unwrap();
}

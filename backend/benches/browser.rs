//! A customer's whole check as they see it: a headless browser in the visitor's network
//! namespace clicks "Check my network" on the real app served by the real `ringcheck` in
//! the server's namespace, and the time from the click until every result is shown is
//! measured in the page (median of 3), per browser (Chromium, Firefox, and WebKitGTK at
//! 30 ms: it has no WebRTC, so its UDP rows read "not testable in this browser") and per
//! scenario:
//!
//! - nothing blocked; some TCP dropped on the way out; all UDP dropped on the way out;
//!   unsolicited inbound dropped, as a home router does;
//! - each at 30 ms round trip (a userspace relay holds every packet of the visitor's for
//!   30 ms through netfilter's queue: this kernel has no `netem`), and the first two also
//!   with 5 % loss each way and at 300 ms;
//! - on a dual-stack line whose server names a host per family (Chromium and Firefox, at
//!   30 ms): nothing blocked, and TCP 9998 and 9999 dropped on IPv4 only; then a home
//!   with IPv4 alone on that server.
//!
//! Every run's rows and inbound states are checked against what its firewall explains:
//! a port called blocked that is not, or the other way round, is an error, and any error
//! fails the benchmark. Times are printed, never judged.
//!
//! Run: `cargo xtask bench` (root; it builds the app and installs the browser), or
//! `cargo bench -p ringcheck-backend --bench browser` with the `RINGCHECK_*` browser
//! variables `cargo xtask test` sets.

// Shared with the tests, which use more of them than the benchmark does.
#[allow(dead_code)]
#[path = "../tests/common/mod.rs"]
mod common;
#[allow(dead_code)]
#[path = "../tests/browser/driver.rs"]
mod driver;

use std::{
    process::ExitCode,
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
    time::{Duration, Instant},
};

use common::netns::{
    self, DUAL_STACK_NAME, NamespacedServer, SERVER_ADDRESS, SERVER_PORT, TestNetwork,
};
use driver::{Browser, BrowserEnv, Driver, Viewport, attribute_pairs, wait_for_element};
use fantoccini::Client;

const RUNS: usize = 3;

/// One network the visitor may be on.
struct Scenario {
    name: &'static str,
    /// Rules on what leaves the visitor's network, applied where it arrives (the server's
    /// input), so the browser hears silence as from a provider's firewall.
    upstream: &'static str,
    /// Rules on what reaches the visitor's network (its input).
    home: &'static str,
    /// Which rows (`tcp-9998`) must show outward blocked, and which inbound ports
    /// (`tcp-9998`) must not answer.
    blocked_out: fn(&str, u16) -> bool,
    blocked_in: fn(&str, u16) -> bool,
}

/// Round trip and loss of the visitor's link.
#[derive(Clone, Copy)]
struct Link {
    name: &'static str,
    delay: Duration,
    loss_percent: u8,
}

const SCENARIOS: [Scenario; 4] = [
    Scenario {
        name: "nothing blocked",
        upstream: "",
        home: "",
        blocked_out: |_, _| false,
        blocked_in: |_, _| false,
    },
    Scenario {
        name: "some TCP dropped (9998, 9999)",
        upstream: "tcp dport { 9998, 9999 } drop",
        home: "tcp dport { 9998, 9999 } drop",
        blocked_out: |transport, port| transport == "tcp" && matches!(port, 9998 | 9999),
        blocked_in: |transport, port| transport == "tcp" && matches!(port, 9998 | 9999),
    },
    Scenario {
        name: "all UDP dropped",
        upstream: "meta l4proto udp drop",
        home: "meta l4proto udp ct state new drop",
        blocked_out: |transport, _| transport == "udp",
        blocked_in: |transport, _| transport == "udp",
    },
    Scenario {
        name: "unsolicited inbound dropped",
        upstream: "",
        home: "ct state new drop",
        blocked_out: |_, _| false,
        blocked_in: |_, _| true,
    },
];

/// A dual-stack line's scenarios: every rule on IPv4 alone, IPv6 open.
const DUAL_SCENARIOS: [Scenario; 2] = [
    Scenario {
        name: "nothing blocked",
        upstream: "",
        home: "",
        blocked_out: |_, _| false,
        blocked_in: |_, _| false,
    },
    Scenario {
        name: "TCP 9998 and 9999 dropped on IPv4 only",
        upstream: "meta nfproto ipv4 tcp dport { 9998, 9999 } drop",
        home: "meta nfproto ipv4 tcp dport { 9998, 9999 } drop",
        blocked_out: |transport, port| transport == "tcp" && matches!(port, 9998 | 9999),
        blocked_in: |transport, port| transport == "tcp" && matches!(port, 9998 | 9999),
    },
];

const FAST: Link = Link {
    name: "30 ms",
    delay: Duration::from_millis(30),
    loss_percent: 0,
};
const LOSSY: Link = Link {
    name: "30 ms, 5 % loss each way",
    delay: Duration::from_millis(30),
    loss_percent: 5,
};
const SLOW: Link = Link {
    name: "300 ms",
    delay: Duration::from_millis(300),
    loss_percent: 0,
};

/// Returns rather than exits, so the namespaces and servers are dropped either way.
fn main() -> ExitCode {
    if let Err(why) = netns::available() {
        println!("browser benchmark skipped: {why}");
        return ExitCode::SUCCESS;
    }
    let Some(env) = BrowserEnv::from_env() else {
        println!("browser benchmark skipped: no browser (run it through cargo xtask bench)");
        return ExitCode::SUCCESS;
    };
    let network = TestNetwork::new();
    let _server = NamespacedServer::start_serving(
        &network,
        Some(&env.dist),
        &[
            "--checks-per-minute",
            "1000",
            "--check-burst",
            "1000",
            "--log",
            "warn,ringcheck_backend::startup=info",
        ],
    );
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let mut lines = Vec::new();
    let mut errors = Vec::new();
    let browsers = [Browser::Chromium, Browser::Firefox, Browser::WebKit];
    for browser in browsers.into_iter().filter(|&browser| env.has(browser)) {
        runtime.block_on(async {
            let mut driver = Driver::start_in_namespace(&env, &network.visitor, browser);
            let client = driver.session(Viewport::DESKTOP).await;
            let mut plan: Vec<(&Scenario, Link)> = SCENARIOS.iter().map(|s| (s, FAST)).collect();
            if browser != Browser::WebKit {
                plan.extend(SCENARIOS[..2].iter().map(|s| (s, LOSSY)));
                plan.extend(SCENARIOS[..2].iter().map(|s| (s, SLOW)));
            }
            let page = format!("http://{SERVER_ADDRESS}:{SERVER_PORT}/");
            for (scenario, link) in plan {
                let run = Run {
                    network: &network,
                    page: &page,
                    scenario,
                    link,
                    browser,
                    line: Line::SingleStack,
                };
                lines.push(run.measure(&client, &mut errors).await);
            }
            client.close().await.ok();
        });
    }
    netns::load_ruleset(&network.visitor, "flush ruleset");
    netns::load_ruleset(&network.server, "flush ruleset");
    dual_stack(&env, &runtime, &mut lines, &mut errors);
    println!("\nRing Check browser benchmark (each browser in the visitor's namespace)");
    for line in &lines {
        println!("{line}");
    }
    for error in &errors {
        println!("  error: {error}");
    }
    if !errors.is_empty() {
        println!("\nbrowser benchmark FAILED: results its firewall does not explain");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// A dual-stack line, at 30 ms both ways, in Chromium and Firefox: the server names a
/// host per family, the page is opened at the name with both records, and every outward
/// test runs over each family (WebKit is left out: its UDP is not testable anyway); then
/// the same server for a home with IPv4 alone.
fn dual_stack(
    env: &BrowserEnv,
    runtime: &tokio::runtime::Runtime,
    lines: &mut Vec<String>,
    errors: &mut Vec<String>,
) {
    let network = TestNetwork::dual_stack();
    let _server = NamespacedServer::start_dual_stack(
        &network,
        Some(&env.dist),
        &[
            "--checks-per-minute",
            "1000",
            "--check-burst",
            "1000",
            "--log",
            "warn,ringcheck_backend::startup=info",
        ],
    );
    let page = format!("http://{DUAL_STACK_NAME}:{SERVER_PORT}/");
    let browsers: Vec<Browser> = [Browser::Chromium, Browser::Firefox]
        .into_iter()
        .filter(|&browser| env.has(browser))
        .collect();
    // Every line first with both families, then with the visitor's IPv6 taken away: a
    // home with IPv4 alone on a server that names both, in browsers of their own (one
    // that had IPv6 keeps trying its connections).
    let passes: [(Line, &[Scenario]); 2] = [
        (Line::DualStack, &DUAL_SCENARIOS),
        (Line::Ipv4OnlyHome, &DUAL_SCENARIOS[..1]),
    ];
    for (line, scenarios) in passes {
        if line == Line::Ipv4OnlyHome {
            network.take_visitor_ipv6_away();
        }
        for &browser in &browsers {
            runtime.block_on(async {
                let mut driver = Driver::start_in_namespace(env, &network.visitor, browser);
                let client = driver.session(Viewport::DESKTOP).await;
                for scenario in scenarios {
                    let run = Run {
                        network: &network,
                        page: &page,
                        scenario,
                        link: FAST,
                        browser,
                        line,
                    };
                    lines.push(run.measure(&client, errors).await);
                }
                client.close().await.ok();
            });
        }
    }
    netns::load_ruleset(&network.visitor, "flush ruleset");
    netns::load_ruleset(&network.server, "flush ruleset");
}

/// The visitor's line: which families it has, and which the server names.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Line {
    /// One family, on a server that names none.
    SingleStack,
    /// Both, on a server that names both: every IPv6 row must read reached too.
    DualStack,
    /// IPv4 alone, on a server that names both: no IPv6 side may show.
    Ipv4OnlyHome,
}

impl Line {
    fn label(self) -> &'static str {
        match self {
            Line::SingleStack => "",
            Line::DualStack => "dual-stack, ",
            Line::Ipv4OnlyHome => "IPv4-only home on a dual-stack server, ",
        }
    }
}

/// One scenario's runs in one browser.
struct Run<'a> {
    network: &'a TestNetwork,
    page: &'a str,
    scenario: &'a Scenario,
    link: Link,
    browser: Browser,
    line: Line,
}

impl Run<'_> {
    /// Sets the scenario up, runs its checks and says the median; what its firewall does
    /// not explain goes to `errors`.
    async fn measure(&self, client: &Client, errors: &mut Vec<String>) -> String {
        set_up(self.network, self.scenario, self.link);
        let relay = Relay::start(&self.network.visitor, self.link.delay);
        let what = format!(
            "{}{} at {}",
            self.line.label(),
            self.scenario.name,
            self.link.name
        );
        let mut times = Vec::new();
        for _ in 0..RUNS {
            match one_check(client, self).await {
                Ok(took) => times.push(took),
                Err(wrong) => errors.push(format!("{what} in {}: {wrong}", self.browser.name())),
            }
        }
        relay.stop();
        times.sort();
        let median = times.get(times.len() / 2).copied().unwrap_or_default();
        format!(
            "{}: {what}: click to finished median {} ms (runs: {})",
            self.browser.name(),
            median.as_millis(),
            times
                .iter()
                .map(|t| t.as_millis().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )
    }
}

/// The firewalls of a scenario, the link's loss, and the visitor's packets queued for the
/// relay that delays them.
fn set_up(network: &TestNetwork, scenario: &Scenario, link: Link) {
    let loss = if link.loss_percent > 0 {
        format!("numgen random mod 100 < {} drop", link.loss_percent)
    } else {
        String::new()
    };
    // The server's input: the visitor's packets as they arrive, lost on the way or
    // dropped by the provider.
    netns::firewall(
        &network.server,
        &format!("iifname \"lo\" accept\n{loss}\n{}", scenario.upstream),
    );
    // The visitor's side: what arrives, lost or dropped by the home router. What leaves
    // is held by the relay (its rule is added when it starts).
    netns::firewall(
        &network.visitor,
        &format!(
            "iifname \"lo\" accept\n{loss}\nct state established,related accept\n{}",
            scenario.home
        ),
    );
}

/// Clicks "Check my network" on a fresh page and measures, in the page, the time until
/// the finished report is shown; then checks every row against the scenario and line.
async fn one_check(client: &Client, run: &Run<'_>) -> Result<Duration, String> {
    let (scenario, browser) = (run.scenario, run.browser);
    client.goto(run.page).await.map_err(|e| e.to_string())?;
    wait_for_element(client, "#check-button", "the page loads").await;
    let took = client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const started = performance.now();
             document.querySelector('#check-button').click();
             const poll = () => document.querySelector('[data-report]')
               ? done(performance.now() - started)
               : setTimeout(poll, 5);
             poll();",
            vec![],
        )
        .await
        .map_err(|e| format!("the check did not finish: {e}"))?;
    let took = Duration::from_secs_f64(took.as_f64().unwrap_or_default() / 1000.0);
    let rows = attribute_pairs(
        client,
        "#probe-table [data-probe]",
        ["data-probe", "data-outbound"],
    )
    .await;
    let inbound = attribute_pairs(
        client,
        "#probe-table tr[data-probe]",
        ["data-probe", "data-state"],
    )
    .await;
    let mut wrong = Vec::new();
    if rows.is_empty() || inbound.is_empty() {
        wrong.push("no rows".to_owned());
    }
    let ipv6 = attribute_pairs(
        client,
        "#probe-table tr[data-outbound-ipv6]",
        ["data-probe", "data-outbound-ipv6"],
    )
    .await;
    match run.line {
        Line::SingleStack => {}
        Line::DualStack if ipv6.is_empty() => wrong.push("no IPv6 side".to_owned()),
        Line::DualStack => {
            for (row, state) in ipv6 {
                if !matches!(state.as_str(), "reached" | "not_testable" | "none") {
                    wrong.push(format!("{row} over IPv6 {state}"));
                }
            }
        }
        Line::Ipv4OnlyHome if !ipv6.is_empty() => {
            wrong.push("an IPv6 side in a home without IPv6".to_owned());
        }
        Line::Ipv4OnlyHome => {}
    }
    let unsaved = client
        .find_all(fantoccini::Locator::Css("[data-notice='egress-unsaved']"))
        .await
        .map_or(0, |found| found.len());
    if unsaved > 0 {
        wrong.push("the browser's results were not saved with the report".to_owned());
    }
    for (row, state) in rows {
        let Some((transport, port)) = parse_row(&row) else {
            continue;
        };
        let blocked = matches!(state.as_str(), "failed" | "no_answer");
        let expected = (scenario.blocked_out)(transport, port);
        let tested = matches!(state.as_str(), "reached" | "failed" | "no_answer");
        // Rows the page never tests say so from the plan, as does UDP in a browser
        // without WebRTC; anything else must be tested.
        let untested_by_plan = matches!(state.as_str(), "not_testable" | "none")
            || (browser == Browser::WebKit && transport == "udp" && state == "unsupported");
        if (tested && blocked != expected) || (!tested && !untested_by_plan) {
            wrong.push(format!("{row} outward {state}"));
        }
    }
    for (row, state) in inbound {
        let Some((transport, port)) = parse_row(&row) else {
            continue;
        };
        let silent = matches!(state.as_str(), "filtered" | "open|filtered");
        let answered = matches!(state.as_str(), "open" | "closed");
        let expected = (scenario.blocked_in)(transport, port);
        let probed = silent || answered;
        // Rows the server does not probe say "none".
        if (expected && answered) || (!expected && silent) || (!probed && state != "none") {
            wrong.push(format!("{row} inbound {state}"));
        }
    }
    if wrong.is_empty() {
        Ok(took)
    } else {
        Err(wrong.join(", "))
    }
}

/// `tcp-9998` as `("tcp", 9998)`.
fn parse_row(row: &str) -> Option<(&str, u16)> {
    let (transport, port) = row.split_once('-')?;
    Some((transport, port.parse().ok()?))
}

/// Holds every packet the visitor sends for `delay` before letting it go, through
/// netfilter's queue 0 in the visitor's namespace (an iptables NFQUEUE rule: this kernel
/// has no nftables `queue`); stops when told, within ten minutes at most.
struct Relay {
    ns: String,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// The iptables rule (after `-A` or `-D`) that hands the visitor's packets, all but
/// loopback's, to the relay; without the relay, they go straight through.
const QUEUE_RULE: [&str; 9] = [
    "OUTPUT",
    "!",
    "-o",
    "lo",
    "-j",
    "NFQUEUE",
    "--queue-num",
    "0",
    "--queue-bypass",
];

/// Adds (`-A`) or deletes (`-D`) [`QUEUE_RULE`] in namespace `ns`, for IPv4 and IPv6.
fn queue_rule(ns: &str, action: &str) {
    for iptables in ["iptables", "ip6tables"] {
        let mut args = vec!["netns", "exec", ns, iptables, action];
        args.extend(QUEUE_RULE);
        netns::run("ip", &args);
    }
}

impl Relay {
    fn start(ns: &str, delay: Duration) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let (ready, listening) = std::sync::mpsc::channel();
        queue_rule(ns, "-A");
        let thread = std::thread::spawn({
            let (ns, stop) = (ns.to_owned(), stop.clone());
            move || {
                netns::enter(&ns);
                let mut queue = nfq::Queue::open().expect("a netfilter queue");
                queue.bind(0).expect("queue 0");
                let _ = queue.set_queue_max_len(0, 8192);
                queue.set_nonblocking(true);
                ready.send(()).unwrap();
                let until = Instant::now() + Duration::from_secs(600);
                let mut held = std::collections::VecDeque::new();
                while !stop.load(Ordering::Relaxed) && Instant::now() < until {
                    let mut busy = false;
                    while let Ok(mut message) = queue.recv() {
                        message.set_verdict(nfq::Verdict::Accept);
                        held.push_back((Instant::now() + delay, message));
                        busy = true;
                    }
                    while held.front().is_some_and(|(due, _)| *due <= Instant::now()) {
                        let (_, message) = held.pop_front().unwrap();
                        let _ = queue.verdict(message);
                        busy = true;
                    }
                    if !busy {
                        std::thread::sleep(Duration::from_micros(200));
                    }
                }
                for (_, message) in held {
                    let _ = queue.verdict(message);
                }
            }
        });
        listening
            .recv_timeout(Duration::from_secs(5))
            .expect("the relay listens");
        Self {
            ns: ns.to_owned(),
            stop,
            thread: Some(thread),
        }
    }

    fn stop(mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            thread.join().expect("the relay stops");
        }
        queue_rule(&self.ns, "-D");
    }
}

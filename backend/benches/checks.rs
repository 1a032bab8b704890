//! How long a check takes and how many one server carries at once, measured between
//! network namespaces this program creates (root only):
//!
//! 1. one check of a visitor whose ports all answer, and of one with ports dropped, each
//!    port's state checked;
//! 2. 1,000 and then 10,000 checks at once (or `--load N`), each on a server of its own
//!    with its caps raised by flag, each check from its own visitor address in a /24 of
//!    its own, with the server's peak memory, CPU time and every error counted.
//!
//! It exits with an error when any check fails or reports a wrong state; times are
//! printed, never judged. `--quick` runs a few checks and a burst of 100, for CI.
//!
//! Run: `cargo xtask bench [--quick]` (or `cargo bench -p ringcheck-backend --bench checks
//! [-- --quick]`).

// Shared with the tests, which use more of it than the benchmark does.
#[allow(dead_code)]
#[path = "../tests/common/netns.rs"]
mod netns;
#[path = "../tests/common/process.rs"]
mod process;
#[path = "../tests/common/sse.rs"]
mod sse;

use std::{
    net::{IpAddr, Ipv4Addr, SocketAddr},
    process::ExitCode,
    process::{Command, Stdio},
    time::{Duration, Instant},
};

use netns::{NamespacedServer, SERVER_ADDRESS, SERVER_PORT, TestNetwork};
use ringcheck_shared::{
    catalog::Transport,
    check::{CheckStarted, ProbeState},
    report::Report,
};

/// How much the benchmark runs.
#[derive(Clone, Copy)]
struct Scale {
    single_runs: usize,
    dropped_runs: usize,
    /// Each a burst of checks at once, on a server of its own.
    loads: &'static [usize],
}

const FULL: Scale = Scale {
    single_runs: 10,
    dropped_runs: 3,
    loads: &[1000, 10_000],
};
const QUICK: Scale = Scale {
    single_runs: 3,
    dropped_runs: 2,
    loads: &[100],
};

/// Loads up to this many follow their events at once; larger ones ask for them
/// [`FOLLOW_AFTER`] after the start (see [`timed_check`]).
const FOLLOW_AT_ONCE_UP_TO: usize = 2000;
/// After a dropped port's last attempt (1.25 s) when the check's turn came at once, so a
/// visitor's connection is brief.
const FOLLOW_AFTER: Duration = Duration::from_millis(1400);
/// How long the starts of a large burst are spread over.
const LARGE_BURST_SPREAD: Duration = Duration::from_secs(1);
const TCP_PORTS: [u16; 11] = [
    80, 443, 8557, 9998, 9999, 15063, 15064, 7076, 7077, 9078, 9079,
];
/// One TCP and one UDP port the visitor's firewall drops, as a strict router would.
const DROP_SOME: &str = "tcp dport 9998 drop\nudp dport 15064 drop";

/// Returns rather than exits, so the namespaces and servers are dropped either way.
fn main() -> ExitCode {
    if let Err(why) = netns::available() {
        println!("checks benchmark skipped: {why}");
        return ExitCode::SUCCESS;
    }
    let args: Vec<String> = std::env::args().collect();
    let mut scale = if args.iter().any(|arg| arg == "--quick") {
        QUICK
    } else {
        FULL
    };
    // `--load N`: one burst of N checks instead.
    if let Some(checks) = args
        .iter()
        .position(|arg| arg == "--load")
        .and_then(|at| args.get(at + 1))
        .and_then(|n| n.parse::<usize>().ok())
    {
        scale.loads = Vec::leak(vec![checks.clamp(1, 40_000)]);
    }
    let network = TestNetwork::new();
    for setting in [
        "net.core.somaxconn=65535",
        "net.ipv4.icmp_msgs_per_sec=1000000",
        "net.ipv4.icmp_msgs_burst=1000000",
    ] {
        network.sysctl_visitor(setting);
    }
    // The server's accept queues as long as a burst of visitors needs (see
    // `ringcheck_engine::bind_tcp`); the rest of its settings stay the kernel's.
    network.sysctl_server("net.core.somaxconn=65535");
    let most = scale.loads.iter().copied().max().unwrap_or(0);
    let load_addresses = add_load_addresses(&network, most);

    let (singles, stored_size) = {
        let server = NamespacedServer::start(
            &network,
            &[
                "--checks-per-minute",
                "10000",
                "--check-burst",
                "10000",
                "--log",
                "warn,ringcheck_backend::startup=info",
            ],
        );
        let singles = on_the_visitor(&network.visitor, move |visitor| async move {
            let _services = Services::start().await;
            singles(&visitor, scale).await
        });
        (singles, stored_size(&server.database()))
    };
    let mut loads = Vec::new();
    for &checks in scale.loads {
        let args = load_server_args(checks);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let server = NamespacedServer::start(&network, &args);
        let overflows_before = netns::listen_overflows(&network.server);
        let server_cpu_before = server.cpu_time();
        let visitors_cpu_before = netns::cpu_time("/proc/self/stat");
        let addresses = load_addresses[..checks].to_vec();
        let load = on_the_visitor(&network.visitor, move |visitor| async move {
            let _services = Services::start().await;
            netns::firewall(&visitor, "tcp dport 9998 drop");
            load(addresses).await
        });
        let peak_rss_mb = server.status_kb("VmHWM:") as f64 / 1024.0;
        let cpu = Cpu {
            server: server.cpu_time().saturating_sub(server_cpu_before),
            visitors: netns::cpu_time("/proc/self/stat").saturating_sub(visitors_cpu_before),
        };
        let overflows = netns::listen_overflows(&network.server).saturating_sub(overflows_before);
        loads.push((load, peak_rss_mb, overflows, cpu));
    }

    // Every figure printed, whatever failed.
    let singles_failed = singles.print();
    println!("{stored_size}");
    let failed = loads
        .iter()
        .fold(singles_failed, |failed, (load, rss, overflows, cpu)| {
            load.print(*rss, *overflows, cpu) | failed
        });
    if failed {
        println!("\nchecks benchmark FAILED: checks failed or reported wrong states");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// The server's caps raised for `checks` at once, each from a visitor of its own.
fn load_server_args(checks: usize) -> Vec<String> {
    let many = (checks * 2).to_string();
    let args: Vec<String> = [
        "--checks-per-minute",
        "10000",
        "--check-burst",
        "10000",
        "--max-checks-in-flight",
        &many,
        "--overall-check-burst",
        &many,
        "--overall-checks-per-minute",
        "1000000",
        // The 20,000 open files shared about evenly (the split is in proportion): 10,000
        // checks' probe sockets, and the visitors' connections arriving together.
        "--max-probe-sockets",
        "16384",
        // A burst this large takes the server longer than a check's usual turn wait.
        "--check-turn-wait-ms",
        "30000",
        "--max-connections",
        "16384",
        "--log",
        "warn,ringcheck_backend::startup=info",
    ]
    .map(ToOwned::to_owned)
    .to_vec();
    args
}

/// Runs `work` on a thread in the visitor's namespace, with a runtime of its own.
fn on_the_visitor<F, Fut, T>(ns: &str, work: F) -> T
where
    F: FnOnce(String) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = T>,
    T: Send + 'static,
{
    let ns = ns.to_owned();
    std::thread::spawn(move || {
        netns::enter(&ns);
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(work(ns))
    })
    .join()
    .expect("the visitor side finishes")
}

/// Addresses for the load visitors on the visitor host's loopback, routed from the server
/// host through the veth, so the server needs one neighbour entry, not a thousand. Each
/// is in a /24 of its own (10.128.0.1, 10.128.1.1, …): as many households of as many
/// networks, as the server's per-network limits count them.
fn add_load_addresses(network: &TestNetwork, count: usize) -> Vec<Ipv4Addr> {
    let addresses: Vec<Ipv4Addr> = (0..count)
        .map(|i| Ipv4Addr::new(10, 128 + (i / 250) as u8, (i % 250) as u8, 1))
        .collect();
    let batch: String = addresses
        .iter()
        .map(|a| format!("addr add {a}/32 dev lo\n"))
        .collect();
    let mut ip = Command::new("ip")
        .args(["-n", &network.visitor, "-batch", "-"])
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut ip.stdin.take().unwrap(), batch.as_bytes()).unwrap();
    assert!(ip.wait().unwrap().success());
    netns::run(
        "ip",
        &[
            "-n",
            &network.server,
            "route",
            "add",
            "10.128.0.0/10",
            "via",
            &netns::VISITOR_ADDRESS.to_string(),
        ],
    );
    addresses
}

/// One check at a time, as one visitor runs them.
struct Singles {
    all_answer: Vec<Duration>,
    some_dropped: Vec<Duration>,
    /// Checks that failed or reported a state their firewall does not explain.
    errors: Vec<String>,
}

/// CPU time spent during a load, by the server and by this process's emulated visitors
/// (their kernel work included, as far as it runs in their threads).
struct Cpu {
    server: Duration,
    visitors: Duration,
}

struct Load {
    /// When the visitors asked for their events, if not at once.
    follow_after: Option<Duration>,
    checks: usize,
    started: usize,
    peak_in_flight: usize,
    wall: Duration,
    slowest: Duration,
    errors: Vec<String>,
}

impl Singles {
    /// Prints the figures; whether anything failed.
    fn print(&self) -> bool {
        println!("\nRing Check checks benchmark (server and visitor in network namespaces)");
        println!(
            "one check, every port answers ({} runs): median {} ms, max {} ms",
            self.all_answer.len(),
            ms(median(&self.all_answer)),
            ms(max(&self.all_answer))
        );
        println!(
            "one check, TCP 9998 and UDP 15064 dropped ({} runs): median {} ms, max {} ms",
            self.some_dropped.len(),
            ms(median(&self.some_dropped)),
            ms(max(&self.some_dropped))
        );
        for error in &self.errors {
            println!("  error: {error}");
        }
        !self.errors.is_empty()
    }
}

impl Load {
    /// Prints the figures; whether anything failed.
    fn print(&self, peak_rss_mb: f64, listen_overflows: u64, cpu: &Cpu) -> bool {
        let following = match self.follow_after {
            None => String::new(),
            Some(after) => format!(
                " (events asked for {} ms after the start; slowest by the server's clock)",
                after.as_millis()
            ),
        };
        println!(
            "{} checks at once (TCP 9998 dropped){following}: started {}, peak in flight {}, all done in {} ms, slowest {} ms, errors {}, server peak RSS {peak_rss_mb:.1} MB, connections dropped from a full accept queue {listen_overflows}",
            self.checks,
            self.started,
            self.peak_in_flight,
            ms(self.wall),
            ms(self.slowest),
            self.errors.len()
        );
        println!(
            "  CPU time: server {:.1} s, emulated visitors {:.1} s (two cores, {:.1} s of wall time each)",
            cpu.server.as_secs_f64(),
            cpu.visitors.as_secs_f64(),
            self.wall.as_secs_f64()
        );
        // Each kind of error once, with how often it came (numbers aside) and its first
        // occurrence whole.
        let mut kinds: Vec<(String, usize, &str)> = Vec::new();
        for error in &self.errors {
            for part in error.split("; ") {
                let kind: String = part.chars().filter(|c| !c.is_ascii_digit()).collect();
                match kinds.iter_mut().find(|(known, ..)| *known == kind) {
                    Some((_, count, _)) => *count += 1,
                    None => kinds.push((kind, 1, part)),
                }
            }
        }
        kinds.sort_by_key(|(_, count, _)| std::cmp::Reverse(*count));
        for (_, count, first) in kinds.iter().take(8) {
            println!("  error ({count}×), e.g.: {first}");
        }
        !self.errors.is_empty()
    }
}

/// What the reports of the single checks take in the database, each on average.
fn stored_size(database: &std::path::Path) -> String {
    let measured = rusqlite::Connection::open(database).and_then(|db| {
        db.query_row(
            "SELECT count(*), coalesce(avg(length(CAST(body AS BLOB))), 0), coalesce(max(length(CAST(body AS BLOB))), 0)
             FROM reports",
            [],
            |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, f64>(1)?,
                    row.get::<_, i64>(2)?,
                ))
            },
        )
    });
    match measured {
        Ok((reports, average, largest)) => format!(
            "stored report (the server's probes and the plan, without the browser's results): \
             {average:.0} bytes on average, {largest} at most ({reports} reports)"
        ),
        Err(error) => format!("stored report size: could not be read: {error}"),
    }
}

fn ms(duration: Duration) -> u128 {
    duration.as_millis()
}

fn median(durations: &[Duration]) -> Duration {
    let mut sorted = durations.to_vec();
    sorted.sort();
    sorted.get(sorted.len() / 2).copied().unwrap_or_default()
}

fn max(durations: &[Duration]) -> Duration {
    durations.iter().max().copied().unwrap_or_default()
}

/// What the main visitor serves: every probed TCP port but 9998, and SIP on UDP 15063.
struct Services {
    _tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl Services {
    async fn start() -> Self {
        let mut tasks = serve_every_tcp_port().await;
        // On the main visitor's address only: an unbound socket would answer the load
        // visitors from the link's address, which their probes would not take as the
        // answer (they get port unreachable instead: closed).
        let sip = tokio::net::UdpSocket::bind((netns::VISITOR_ADDRESS, 15063))
            .await
            .unwrap();
        tasks.push(tokio::spawn(async move {
            let mut buffer = [0u8; 2048];
            while let Ok((_, from)) = sip.recv_from(&mut buffer).await {
                let _ = sip.send_to(b"SIP/2.0 200 OK\r\n\r\n", from).await;
            }
        }));
        Self { _tasks: tasks }
    }
}

/// The single checks: every port answering, then two dropped.
async fn singles(visitor: &str, scale: Scale) -> Singles {
    let main_address = IpAddr::V4(netns::VISITOR_ADDRESS);
    let mut errors = Vec::new();
    netns::firewall(visitor, "");
    let all_answer = single_checks(main_address, scale.single_runs, &[], &mut errors).await;
    netns::firewall(visitor, DROP_SOME);
    let dropped = [(Transport::Tcp, 9998), (Transport::Udp, 15064)];
    let some_dropped = single_checks(main_address, scale.dropped_runs, &dropped, &mut errors).await;
    Singles {
        all_answer,
        some_dropped,
        errors,
    }
}

/// The probes of `report` whose state its firewall does not explain: every port answers
/// (open or closed) but the `dropped` ones, which are silent.
fn wrong_states(report: &Report, dropped: &[(Transport, u16)]) -> Vec<String> {
    report
        .probes
        .iter()
        .filter(|probe| {
            let is_dropped = dropped.contains(&(probe.transport, probe.port.get()));
            !match probe.state {
                // Silence on UDP is all a dropped datagram gives.
                ProbeState::Filtered | ProbeState::OpenOrFiltered => is_dropped,
                ProbeState::Open | ProbeState::Closed => !is_dropped,
                _ => false,
            }
        })
        .map(|probe| {
            format!(
                "{} {} reported {:?}: {:?}",
                probe.transport.label(),
                probe.port,
                probe.state,
                probe.detail
            )
        })
        .collect()
}

/// `runs` checks one after another, each as soon as the last one's report arrives; every
/// port must answer (open or closed) but the `dropped` ones, which must be filtered.
async fn single_checks(
    address: IpAddr,
    runs: usize,
    dropped: &[(Transport, u16)],
    errors: &mut Vec<String>,
) -> Vec<Duration> {
    let mut times = Vec::new();
    for _ in 0..runs {
        match one_check(address).await {
            Ok((took, report)) => {
                times.push(took);
                errors.extend(wrong_states(&report, dropped));
            }
            Err(error) => errors.push(error),
        }
    }
    times
}

/// Listeners on every probed TCP port but 9998, accepting (and closing) as fast as they
/// can, on the main visitor's address. The load visitors' ports are closed: the kernel
/// answers for them, as a home router does, and the emulated visitors leave the cores to
/// the server.
async fn serve_every_tcp_port() -> Vec<tokio::task::JoinHandle<()>> {
    TCP_PORTS
        .iter()
        .filter(|&&port| port != 9998)
        .map(|&port| {
            let socket = tokio::net::TcpSocket::new_v4().unwrap();
            socket.set_reuseaddr(true).unwrap();
            socket.bind((netns::VISITOR_ADDRESS, port).into()).unwrap();
            let listener = socket.listen(65535).unwrap();
            tokio::spawn(async move {
                while let Ok((connection, _)) = listener.accept().await {
                    drop(connection);
                }
            })
        })
        .collect()
}

/// When a check was running: from its `202 Accepted` to its report (or, for visitors that
/// follow late, to the end the server's clock gives it).
#[derive(Clone, Copy)]
struct Span {
    accepted: Instant,
    reported: Instant,
}

/// The most spans that were open at one instant.
fn peak_overlap(spans: &[Span]) -> usize {
    let mut edges: Vec<(Instant, i32)> = spans
        .iter()
        .flat_map(|s| [(s.accepted, 1), (s.reported, -1)])
        .collect();
    // Ends before starts at the same instant: touching spans do not overlap.
    edges.sort_by_key(|&(at, delta)| (at, delta));
    let (mut open, mut peak) = (0i32, 0i32);
    for (_, delta) in edges {
        open += delta;
        peak = peak.max(open);
    }
    peak as usize
}

/// Runs one check from `address`; its wall time from request to report.
async fn one_check(address: IpAddr) -> Result<(Duration, Report), String> {
    timed_check(address, None)
        .await
        .map(|(clock, span, report)| (span.reported - clock, report))
}

/// One check from `address`, to its report. With `follow_after`, the visitor closes its
/// connection once the check is accepted and asks for the events only that long after:
/// this machine allows a process 20,000 open files, and 10,000 visitors each holding a
/// connection beside their checks' probe sockets would take more on the server.
async fn timed_check(
    address: IpAddr,
    follow_after: Option<Duration>,
) -> Result<(Instant, Span, Report), String> {
    let mut client = reqwest::Client::builder()
        .local_address(address)
        .timeout(Duration::from_secs(30));
    if follow_after.is_some() {
        client = client.pool_max_idle_per_host(0);
    }
    let client = client.build().map_err(|e| e.to_string())?;
    let server = SocketAddr::from((SERVER_ADDRESS, SERVER_PORT));
    let clock = Instant::now();
    let response = client
        .post(format!("http://{server}/api/checks"))
        .header("Content-Type", "application/json")
        .body("{}")
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if response.status() != reqwest::StatusCode::ACCEPTED {
        return Err(format!("POST answered {}", response.status()));
    }
    let accepted = Instant::now();
    let started: CheckStarted = response.json().await.map_err(|e| e.to_string())?;
    if let Some(after) = follow_after {
        tokio::time::sleep_until((clock + after).into()).await;
    }
    let events = client
        .get(format!("http://{server}{}", started.events_url))
        .send()
        .await
        .map_err(|e| e.to_string())?;
    let events = sse::read_to_end(events).await;
    let last = events.last().ok_or("no events")?;
    if last.event != "report" {
        return Err(format!(
            "the check ended with {}: {}",
            last.event, last.data
        ));
    }
    let span = Span {
        accepted,
        reported: Instant::now(),
    };
    Ok((clock, span, last.json()))
}

async fn load(addresses: Vec<Ipv4Addr>) -> Load {
    let large = addresses.len() > FOLLOW_AT_ONCE_UP_TO;
    let follow_after = large.then_some(FOLLOW_AFTER);
    // A large burst arrives over a second rather than in one instant, as many visitors
    // do: still all in flight together, since each check lasts longer than that.
    let spread = if large {
        LARGE_BURST_SPREAD / addresses.len() as u32
    } else {
        Duration::ZERO
    };
    let clock = Instant::now();
    let checks: Vec<_> = addresses
        .into_iter()
        .enumerate()
        .map(|(index, address)| {
            tokio::spawn(async move {
                tokio::time::sleep(spread * index as u32).await;
                let outcome = timed_check(IpAddr::V4(address), follow_after).await;
                outcome.and_then(|(clock, span, report)| {
                    let wrong = wrong_states(&report, &[(Transport::Tcp, 9998)]);
                    // Following late, the visitor sees the report late: the server's own
                    // time for the check is what counts then.
                    let (took, span) = match follow_after {
                        None => (span.reported - clock, span),
                        Some(_) => {
                            let ran = Duration::from_millis(report.duration_ms);
                            let ended = Span {
                                accepted: span.accepted,
                                reported: span.accepted + ran,
                            };
                            (ran, ended)
                        }
                    };
                    if wrong.is_empty() {
                        Ok((took, span))
                    } else {
                        Err(wrong.join("; "))
                    }
                })
            })
        })
        .collect();
    let mut errors = Vec::new();
    let mut slowest = Duration::ZERO;
    let mut spans = Vec::new();
    for check in checks {
        match check.await.expect("check task") {
            Ok((took, span)) => {
                slowest = slowest.max(took);
                spans.push(span);
            }
            Err(error) => errors.push(error),
        }
    }
    Load {
        checks: spans.len() + errors.len(),
        started: spans.len(),
        peak_in_flight: peak_overlap(&spans),
        follow_after,
        wall: clock.elapsed(),
        slowest,
        errors,
    }
}

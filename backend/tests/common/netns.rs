//! Test hosts in network namespaces the test creates and removes itself: a server host
//! and a visitor host joined by a veth pair, with nftables rules on the visitor. Traffic
//! stays between them; nothing leaves the machine.

use std::{
    fs::File,
    io::Write,
    net::{Ipv4Addr, Ipv6Addr},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::atomic::{AtomicU32, Ordering},
    time::Duration,
};

use super::process::wait_until_listening;

/// The server host's address on the link.
pub const SERVER_ADDRESS: Ipv4Addr = Ipv4Addr::new(10, 99, 0, 1);
/// The visitor host's address on the link.
pub const VISITOR_ADDRESS: Ipv4Addr = Ipv4Addr::new(10, 99, 0, 2);
/// Where the server host's `ringcheck` listens.
pub const SERVER_PORT: u16 = 8080;

/// The server host's IPv6 address on a dual-stack link (unique-local, as nothing is
/// routed beyond the link).
#[allow(dead_code)] // the browser tests' dual-stack link
pub const SERVER_ADDRESS6: Ipv6Addr = Ipv6Addr::new(0xfd99, 0, 0, 0, 0, 0, 0, 1);
/// The visitor host's IPv6 address on a dual-stack link.
#[allow(dead_code)] // the browser tests' dual-stack link
pub const VISITOR_ADDRESS6: Ipv6Addr = Ipv6Addr::new(0xfd99, 0, 0, 0, 0, 0, 0, 2);
/// On a dual-stack link, the visitor's name for the server with an A and an AAAA record:
/// the page's host, as a dual-stack site has one.
#[allow(dead_code)] // the browser tests' dual-stack link
pub const DUAL_STACK_NAME: &str = "ringcheck.test";
/// The visitor's name for the server with an A record only.
#[allow(dead_code)] // the browser tests' dual-stack link
pub const IPV4_NAME: &str = "ipv4.ringcheck.test";
/// The visitor's name for the server with an AAAA record only.
#[allow(dead_code)] // the browser tests' dual-stack link
pub const IPV6_NAME: &str = "ipv6.ringcheck.test";

/// The real `ringcheck` binary in the server host on `SERVER_ADDRESS:SERVER_PORT`, probing
/// visitors in the test networks (10.0.0.0/8), with a database of its own; killed when
/// dropped.
pub struct NamespacedServer {
    /// The `ip netns exec` process that runs it, for measuring it.
    pub process: Child,
    files: tempfile::TempDir,
}

impl NamespacedServer {
    /// Starts it serving a minimal app, with `args` added to the defaults, and waits until
    /// it listens.
    pub fn start(network: &TestNetwork, args: &[&str]) -> Self {
        Self::start_serving(network, None, args)
    }

    /// A figure in kB from the server's `/proc` status (`VmRSS:`, `VmHWM:`), 0 when it
    /// cannot be read.
    #[allow(dead_code)] // The benchmarks' measure; the tests do not use it.
    pub fn status_kb(&self, field: &str) -> u64 {
        std::fs::read_to_string(format!("/proc/{}/status", self.process.id()))
            .unwrap_or_default()
            .lines()
            .find_map(|line| line.strip_prefix(field))
            .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    }

    /// The SQLite file the server stores its reports in.
    #[allow(dead_code)] // The benchmarks' measure; the tests do not use it.
    pub fn database(&self) -> std::path::PathBuf {
        self.files.path().join("reports.db")
    }

    /// The CPU time the server has used, user and system together.
    #[allow(dead_code)] // The benchmarks' measure; the tests do not use it.
    pub fn cpu_time(&self) -> Duration {
        cpu_time(&format!("/proc/{}/stat", self.process.id()))
    }

    /// The same on a dual-stack line ([`TestNetwork::dual_stack`]): on both families,
    /// naming a host per family, probing the visitor's addresses of both; with `args`.
    #[allow(dead_code)] // Not every test binary runs a dual-stack line.
    pub fn start_dual_stack(network: &TestNetwork, dist: Option<&Path>, args: &[&str]) -> Self {
        let bind = format!("[::]:{SERVER_PORT}");
        let mut all = vec![
            "--bind",
            &bind,
            "--private-targets",
            "fd99::/64",
            "--ipv4-host",
            IPV4_NAME,
            "--ipv6-host",
            IPV6_NAME,
        ];
        all.extend(args);
        Self::start_serving(network, dist, &all)
    }

    /// The same, serving the app in `dist` if given.
    pub fn start_serving(network: &TestNetwork, dist: Option<&Path>, args: &[&str]) -> Self {
        let files = tempfile::tempdir().unwrap();
        std::fs::write(
            files.path().join("index.html"),
            "<!doctype html><title>test</title>",
        )
        .unwrap();
        let dist = dist.unwrap_or(files.path()).to_owned();
        let mut process = Command::new("ip")
            .args([
                "netns",
                "exec",
                &network.server,
                env!("CARGO_BIN_EXE_ringcheck"),
            ])
            // `args` may bind elsewhere (`[::]:8080` for IPv6 visitors too).
            .args(if args.contains(&"--bind") {
                vec![]
            } else {
                vec![
                    "--bind".to_owned(),
                    format!("{SERVER_ADDRESS}:{SERVER_PORT}"),
                ]
            })
            .args(["--private-targets", "10.0.0.0/8"])
            .arg("--dist")
            .arg(&dist)
            .arg("--database")
            .arg(files.path().join("reports.db"))
            .args(args)
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        assert!(
            wait_until_listening(&mut process),
            "the server starts in its namespace"
        );
        Self { process, files }
    }
}

impl Drop for NamespacedServer {
    fn drop(&mut self) {
        let _ = self.process.kill();
        let _ = self.process.wait();
    }
}

/// Whether namespace tests can run here; `Err` says why not. When `cargo xtask test`
/// runs as root it sets `RINGCHECK_NETNS=required`, and then a missing piece fails.
pub fn available() -> Result<(), String> {
    let why = if !is_root() {
        Some("they need root (network namespaces and nftables)".to_owned())
    } else if !Path::new("/usr/sbin/nft").exists() && which("nft").is_none() {
        Some("nft (Debian package nftables) is not installed".to_owned())
    } else if which("ip").is_none() {
        Some("ip (Debian package iproute2) is not installed".to_owned())
    } else if !Path::new("/usr/sbin/dnsmasq").exists() && which("dnsmasq").is_none() {
        Some("dnsmasq (Debian package dnsmasq-base) is not installed".to_owned())
    } else {
        None
    };
    match why {
        None => Ok(()),
        Some(why) => {
            assert!(
                std::env::var("RINGCHECK_NETNS").as_deref() != Ok("required"),
                "namespace tests are required but cannot run: {why}"
            );
            Err(why)
        }
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"))
}

fn which(program: &str) -> Option<String> {
    let output = Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// Runs `program args…`, panicking with its output if it fails.
pub fn run(program: &str, args: &[&str]) {
    let output = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("{program}: {e}"));
    assert!(
        output.status.success(),
        "{program} {}: {}",
        args.join(" "),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Two hosts joined by a veth pair, removed when dropped.
pub struct TestNetwork {
    pub server: String,
    pub visitor: String,
    /// On a dual-stack link: the DNS server answering the visitor, and the visitor's
    /// `/etc/netns/<visitor>/` (its `resolv.conf`), each kept the moment it exists so it
    /// is removed even if setting up the rest fails.
    dns: Option<Child>,
    resolver: Option<PathBuf>,
}

impl TestNetwork {
    pub fn new() -> Self {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let tag = format!("{}x{n}", std::process::id());
        let network = Self {
            server: format!("rcs{tag}"),
            visitor: format!("rcv{tag}"),
            dns: None,
            resolver: None,
        };
        let (server_link, visitor_link) = (format!("rs{tag}"), format!("rv{tag}"));
        // Names carry our process id: one already there was left by a killed process that
        // had the same id, so it is ours to replace.
        for ns in [&network.server, &network.visitor] {
            let _ = Command::new("ip")
                .args(["netns", "del", ns])
                .stderr(Stdio::null())
                .status();
        }
        run("ip", &["netns", "add", &network.server]);
        run("ip", &["netns", "add", &network.visitor]);
        run(
            "ip",
            &[
                "link",
                "add",
                &server_link,
                "netns",
                &network.server,
                "type",
                "veth",
                "peer",
                "name",
                &visitor_link,
                "netns",
                &network.visitor,
            ],
        );
        for (ns, link, address) in [
            (&network.server, &server_link, SERVER_ADDRESS),
            (&network.visitor, &visitor_link, VISITOR_ADDRESS),
        ] {
            run(
                "ip",
                &[
                    "-n",
                    ns,
                    "addr",
                    "add",
                    &format!("{address}/24"),
                    "dev",
                    link,
                ],
            );
            run("ip", &["-n", ns, "link", "set", link, "up"]);
            run("ip", &["-n", ns, "link", "set", "lo", "up"]);
        }
        // A home network has a default route, and Chromium's WebRTC wants one: without
        // it the first ICE gathering of a browser waits seconds (measured here: 1.6 to
        // 3.8 s, against 6 ms with it). Nothing is routed on from the server's side.
        run(
            "ip",
            &[
                "-n",
                &network.visitor,
                "route",
                "add",
                "default",
                "via",
                &SERVER_ADDRESS.to_string(),
            ],
        );
        // Without this, the kernel stops answering closed UDP ports after a few ICMP
        // errors, and they would look filtered.
        network.sysctl_visitor("net.ipv4.icmp_ratelimit=0");
        network
    }

    /// Two hosts on a link with IPv4 and IPv6, as a dual-stack home and site: the visitor
    /// has a default route in each family, and a DNS server on the server's host (which
    /// `ip netns exec` makes the visitor's through its `resolv.conf`) names the server
    /// [`DUAL_STACK_NAME`] (A and AAAA), [`IPV4_NAME`] (A only) and [`IPV6_NAME`] (AAAA
    /// only). A DNS server, not a hosts file: Chromium's WebRTC looks STUN servers' names
    /// up in DNS alone, as it would on a real line.
    /// Shapes what the visitor sends with a token bucket (`tc … tbf`), as a home's
    /// uplink: its `rate` ("1mbit"), `burst` ("32kbit") and `latency`, the longest a
    /// packet may wait in its queue (a deep queue: "1s").
    #[allow(dead_code)] // the upload tests'
    pub fn shape_visitor_uplink(&self, rate: &str, burst: &str, latency: &str) {
        let link = format!("rv{}", &self.visitor[3..]);
        run(
            "tc",
            &[
                "-n",
                &self.visitor,
                "qdisc",
                "replace",
                "dev",
                &link,
                "root",
                "tbf",
                "rate",
                rate,
                "burst",
                burst,
                "latency",
                latency,
            ],
        );
    }

    #[allow(dead_code)] // the browser tests'
    pub fn dual_stack() -> Self {
        let mut network = Self::new();
        let (server_link, visitor_link) = (
            format!("rs{}", &network.server[3..]),
            format!("rv{}", &network.visitor[3..]),
        );
        for (ns, link, address) in [
            (&network.server, &server_link, SERVER_ADDRESS6),
            (&network.visitor, &visitor_link, VISITOR_ADDRESS6),
        ] {
            // No duplicate address detection: the address is usable at once.
            run(
                "ip",
                &[
                    "-n",
                    ns,
                    "-6",
                    "addr",
                    "add",
                    &format!("{address}/64"),
                    "dev",
                    link,
                    "nodad",
                ],
            );
        }
        run(
            "ip",
            &[
                "-n",
                &network.visitor,
                "-6",
                "route",
                "add",
                "default",
                "via",
                &SERVER_ADDRESS6.to_string(),
            ],
        );
        // As for IPv4: closed UDP ports must keep answering with ICMPv6 errors.
        network.sysctl_visitor("net.ipv6.icmp.ratelimit=0");
        network.dns = Some(start_dns(&network.server));
        let resolver = PathBuf::from("/etc/netns").join(&network.visitor);
        network.resolver = Some(resolver.clone());
        std::fs::create_dir_all(&resolver).unwrap();
        std::fs::write(
            resolver.join("resolv.conf"),
            format!("nameserver {SERVER_ADDRESS}\n"),
        )
        .unwrap();
        network
    }

    /// Takes the visitor's IPv6 away but its link-local address: a home with IPv4 alone.
    #[allow(dead_code)] // Not every test binary runs a dual-stack line.
    pub fn take_visitor_ipv6_away(&self) {
        let visitor = self.visitor.as_str();
        run(
            "ip",
            &["-n", visitor, "-6", "addr", "flush", "scope", "global"],
        );
        run("ip", &["-n", visitor, "-6", "route", "del", "default"]);
    }

    pub fn sysctl_visitor(&self, setting: &str) {
        run(
            "ip",
            &["netns", "exec", &self.visitor, "sysctl", "-qw", setting],
        );
    }

    #[allow(dead_code)] // used by the benches, not by every test binary
    pub fn sysctl_server(&self, setting: &str) {
        run(
            "ip",
            &["netns", "exec", &self.server, "sysctl", "-qw", setting],
        );
    }
}

/// A DNS server (dnsmasq) on the server's host, authoritative for the test names and for
/// nothing else; it answers once it says it has started.
fn start_dns(ns: &str) -> Child {
    let mut dns = Command::new("ip")
        .args(["netns", "exec", ns, "dnsmasq"])
        .args([
            "--keep-in-foreground",
            "--log-facility=-",
            // Nothing of the system's: no configuration, no pid file, no resolvers, no
            // hosts file.
            "--conf-file=/dev/null",
            "--pid-file",
            "--no-resolv",
            "--no-hosts",
            "--bind-interfaces",
            &format!("--listen-address={SERVER_ADDRESS}"),
            // Every other question about these names is answered "none", at once, as a
            // real zone answers (not "refused", after which browsers ask elsewhere).
            "--local=/test/",
            // Exact names: `--address` would give a domain's records to its subdomains.
            &format!("--host-record={DUAL_STACK_NAME},{SERVER_ADDRESS},{SERVER_ADDRESS6}"),
            &format!("--host-record={IPV4_NAME},{SERVER_ADDRESS}"),
            &format!("--host-record={IPV6_NAME},{SERVER_ADDRESS6}"),
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dnsmasq starts (Debian package dnsmasq-base)");
    let log = std::io::BufReader::new(dns.stderr.take().unwrap());
    let mut lines = std::io::BufRead::lines(log);
    let started = lines
        .by_ref()
        .take(20)
        .map_while(Result::ok)
        .any(|line| line.contains("started"));
    if !started {
        let _ = dns.kill();
        let _ = dns.wait();
        panic!("dnsmasq did not start");
    }
    std::thread::spawn(move || lines.for_each(drop));
    dns
}

/// Replaces the firewall of namespace `ns` with `rules` (the body of an inet input chain).
pub fn firewall(ns: &str, rules: &str) {
    replace_firewall(ns, "input", rules);
}

/// Replaces the firewall of namespace `ns` with `rules`, the body of an inet chain on
/// `hook` (`input`, `output`).
pub fn replace_firewall(ns: &str, hook: &str, rules: &str) {
    load_ruleset(
        ns,
        &format!(
            "flush ruleset\n\
             table inet ringcheck_test {{\n\
               chain {hook} {{\n\
                 type filter hook {hook} priority 0; policy accept;\n\
                 {rules}\n\
               }}\n\
             }}\n"
        ),
    );
}

/// Runs `nft -f -` in namespace `ns` with `ruleset`, panicking with nft's words if it fails.
pub fn load_ruleset(ns: &str, ruleset: &str) {
    let mut nft = Command::new("ip")
        .args(["netns", "exec", ns, "nft", "-f", "-"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    nft.stdin
        .take()
        .unwrap()
        .write_all(ruleset.as_bytes())
        .unwrap();
    let output = nft.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "nft: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[allow(dead_code)] // used by the benches, not by every test binary
/// User and system CPU time from a `/proc/…/stat` file (the whole process), zero when it
/// cannot be read.
pub fn cpu_time(stat_path: &str) -> Duration {
    let stat = std::fs::read_to_string(stat_path).unwrap_or_default();
    // The fields after the command name, which is in parentheses and may hold spaces.
    let Some((_, fields)) = stat.rsplit_once(')') else {
        return Duration::ZERO;
    };
    let ticks: u64 = fields
        .split_whitespace()
        .skip(11) // state … cmajflt; then utime and stime
        .take(2)
        .filter_map(|field| field.parse::<u64>().ok())
        .sum();
    // Linux counts in USER_HZ, 100 a second on every architecture it runs on.
    Duration::from_millis(ticks * 10)
}

/// How many completed connections the server host's kernel dropped because a
/// listener's accept queue was full (`TcpExtListenOverflows`).
#[allow(dead_code)] // used by the benches, not by every test binary
pub fn listen_overflows(ns: &str) -> u64 {
    let output = Command::new("ip")
        .args(["netns", "exec", ns, "cat", "/proc/net/netstat"])
        .output()
        .expect("ip netns exec runs");
    let text = String::from_utf8_lossy(&output.stdout);
    // Pairs of lines: "TcpExt: <names>" then "TcpExt: <values>".
    let rows: Vec<_> = text
        .lines()
        .filter_map(|line| line.strip_prefix("TcpExt:"))
        .collect();
    let [names, values] = rows[..] else {
        return 0;
    };
    names
        .split_whitespace()
        .zip(values.split_whitespace())
        .find(|(name, _)| *name == "ListenOverflows")
        .and_then(|(_, value)| value.parse().ok())
        .unwrap_or(0)
}

/// Moves the calling thread into namespace `ns`: sockets it opens from now on, and
/// threads it starts, belong there. Call it on a thread of its own.
pub fn enter(ns: &str) {
    let namespace = File::open(format!("/var/run/netns/{ns}")).unwrap();
    nix::sched::setns(namespace, nix::sched::CloneFlags::CLONE_NEWNET)
        .expect("setns into the namespace");
}

impl Drop for TestNetwork {
    fn drop(&mut self) {
        if let Some(dns) = &mut self.dns {
            let _ = dns.kill();
            let _ = dns.wait();
        }
        if let Some(resolver) = &self.resolver {
            let _ = std::fs::remove_dir_all(resolver);
        }
        // Deleting a namespace deletes its end of the veth pair, and so the pair.
        for ns in [&self.server, &self.visitor] {
            let _ = Command::new("ip").args(["netns", "del", ns]).status();
        }
    }
}

//! Command-line flags, each also settable through an environment variable. The defaults
//! work out of the box; every limit is bounded so a typo cannot make the server unsafe.

use std::{net::SocketAddr, num::NonZeroU8, path::PathBuf, time::Duration};

use clap::Parser;
use ipnet::IpNet;

use ringcheck_engine::{self as engine, ListenerSpec, ProbeConfig, TargetPolicy, default_specs};
use ringcheck_shared::{catalog, catalog::Transport, port::Port};

use crate::{
    client_ip::{ClientIp, ProxyHeader, ProxyTrust},
    connection_limits::{self, ConnectionLimits},
    origin::parse_origin,
    service,
};

#[derive(Parser, Debug, Clone)]
#[command(
    name = "ringcheck",
    version,
    about = "Ring Check: tells whether a home network lets Ring devices do their job."
)]
pub struct Config {
    /// Address and port to listen on.
    #[arg(long, env = "RINGCHECK_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,

    /// Directory of the built SPA (`trunk build` output, holding index.html).
    #[arg(long, env = "RINGCHECK_DIST", default_value = "dist")]
    pub dist: PathBuf,

    /// Log filter, in `tracing` EnvFilter syntax (e.g. `info`, `ringcheck_backend=debug`).
    /// The PostgreSQL client logs at `info` at most, whatever it says, as its debug lines
    /// quote every query's parameters.
    #[arg(long, env = "RINGCHECK_LOG", default_value = "info")]
    pub log: String,

    /// SQLite file for stored reports (WAL; created if missing), or the PostgreSQL
    /// database servers share: postgres://USER@HOST:PORT/DATABASE, over TLS as its
    /// ?sslmode= says (the password best in --database-password-file). Migrated at start
    /// (PostgreSQL: once, however many servers start together). --help never shows its
    /// value.
    #[arg(
        long,
        env = "RINGCHECK_DATABASE",
        default_value = "ringcheck.db",
        hide_env_values = true
    )]
    pub database: PathBuf,

    /// A file holding the password of the PostgreSQL --database, such as a systemd
    /// credential (LoadCredential=database-password:… then
    /// /run/credentials/ringcheck.service/database-password), so the settings hold none.
    #[arg(long, env = "RINGCHECK_DATABASE_PASSWORD_FILE")]
    pub database_password_file: Option<PathBuf>,

    /// Days a report stays readable through its share link.
    #[arg(long, env = "RINGCHECK_REPORT_TTL_DAYS", default_value_t = service::defaults::REPORT_TTL_DAYS,
          value_parser = clap::value_parser!(u32).range(1..=365))]
    pub report_ttl_days: u32,

    /// Seconds between purges of expired reports.
    #[arg(long, env = "RINGCHECK_PURGE_INTERVAL_SECS", default_value_t = service::defaults::PURGE_INTERVAL_SECS,
          value_parser = clap::value_parser!(u64).range(10..=86_400))]
    pub purge_interval_secs: u64,

    /// Local mode: accept loopback, private, CGNAT and other non-public visitors as probe
    /// targets. Only for a developer's own machine: it needs a loopback --bind and no
    /// proxy settings, as anyone else who could reach the server could make it probe
    /// their network, and it answers only requests for localhost or a loopback address.
    #[arg(long, env = "RINGCHECK_ALLOW_PRIVATE_TARGETS")]
    pub allow_private_targets: bool,

    /// A private network whose visitors may be probed (CIDR, repeatable), e.g. a test
    /// network; unlike --allow-private-targets it works on any --bind.
    #[arg(
        long = "private-targets",
        env = "RINGCHECK_PRIVATE_TARGETS",
        value_delimiter = ','
    )]
    pub private_targets: Vec<IpNet>,

    /// Checks one network (IPv4 /24, IPv6 /48) may run at once; more get 429
    /// (network_busy).
    #[arg(long, env = "RINGCHECK_NETWORK_CHECKS_IN_FLIGHT",
          default_value_t = service::defaults::NETWORK_CHECKS_IN_FLIGHT,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub network_checks_in_flight: u32,

    /// Checks one network (IPv4 /24, IPv6 /48) may start per minute.
    #[arg(long, env = "RINGCHECK_NETWORK_CHECKS_PER_MINUTE",
          default_value_t = service::defaults::NETWORK_CHECKS_PER_MINUTE,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub network_checks_per_minute: u32,

    /// Checks one network may start in a quick burst.
    #[arg(long, env = "RINGCHECK_NETWORK_CHECK_BURST",
          default_value_t = service::defaults::NETWORK_CHECK_BURST,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub network_check_burst: u32,

    /// Reports one network (IPv4 /24, IPv6 /48) may store in a day; past it, its checks
    /// get 429 (rate_limited) with Retry-After until the oldest of the day is a day old.
    /// Counted in the database, so servers sharing one count together.
    #[arg(long, env = "RINGCHECK_NETWORK_REPORTS_PER_DAY",
          default_value_t = service::defaults::NETWORK_REPORTS_PER_DAY,
          value_parser = clap::value_parser!(u32).range(1..=10_000_000))]
    pub network_reports_per_day: u32,

    /// Checks everybody together may start per minute; more get 503 (server_busy).
    #[arg(long, env = "RINGCHECK_OVERALL_CHECKS_PER_MINUTE",
          default_value_t = service::defaults::OVERALL_CHECKS_PER_MINUTE,
          value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub overall_checks_per_minute: u32,

    /// Checks everybody together may start in a quick burst.
    #[arg(long, env = "RINGCHECK_OVERALL_CHECK_BURST",
          default_value_t = service::defaults::OVERALL_CHECK_BURST,
          value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub overall_check_burst: u32,

    /// Stored reports one address may look up per minute (IPv6: per /64): a share link's
    /// report, /oembed for one, a check's events or browser results looked for in the
    /// database (a check this server is not running); more get 429 (rate_limited) with
    /// Retry-After.
    #[arg(long, env = "RINGCHECK_REPORT_LOOKUPS_PER_MINUTE",
          default_value_t = service::defaults::REPORT_LOOKUPS_PER_MINUTE,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub report_lookups_per_minute: u32,

    /// Stored reports one address may look up in a quick burst.
    #[arg(long, env = "RINGCHECK_REPORT_LOOKUP_BURST",
          default_value_t = service::defaults::REPORT_LOOKUP_BURST,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub report_lookup_burst: u32,

    /// Megabytes the disk holding a SQLite --database must keep free; below, new checks
    /// get 503 (storage_full; reports already stored stay readable). Not used with
    /// PostgreSQL.
    #[arg(long, env = "RINGCHECK_MIN_FREE_DISK_MB",
          default_value_t = service::defaults::MIN_FREE_DISK_MB,
          value_parser = clap::value_parser!(u64).range(0..=u64::MAX / (1024 * 1024)))]
    pub min_free_disk_mb: u64,

    /// Megabytes the reports may take in the PostgreSQL --database (their rows as it
    /// stores them, indexes aside, from its statistics, read at most every 30 s); at it,
    /// new checks get 503 (storage_full) until purges make room. The database's files
    /// keep their largest size: leave the disk room beyond this. 0: no limit. Not used
    /// with SQLite.
    #[arg(long, env = "RINGCHECK_DATABASE_MAX_MB",
          default_value_t = service::defaults::DATABASE_MAX_MB,
          value_parser = clap::value_parser!(u64).range(0..=u64::MAX / (1024 * 1024)))]
    pub database_max_mb: u64,

    /// A reverse proxy (CIDR, repeatable) whose --forwarded-header is believed; the
    /// visitor is the rightmost address in it that is not one of these proxies. From any
    /// other peer the header is ignored.
    #[arg(
        long = "trusted-proxy",
        env = "RINGCHECK_TRUSTED_PROXIES",
        value_delimiter = ',',
        conflicts_with = "trusted_hops"
    )]
    pub trusted_proxies: Vec<IpNet>,

    /// Instead of --trusted-proxy: exactly this many proxies stand in front of the server
    /// and nothing reaches it but through them; the visitor is that many addresses from
    /// the right of --forwarded-header.
    #[arg(long, env = "RINGCHECK_TRUSTED_HOPS",
          value_parser = clap::value_parser!(u8).range(1..=10))]
    pub trusted_hops: Option<u8>,

    /// The one header your proxy writes the visitor's address into. Needed with
    /// --trusted-proxy or --trusted-hops; no other header is ever read.
    #[arg(long, env = "RINGCHECK_FORWARDED_HEADER", value_enum)]
    pub forwarded_header: Option<ProxyHeader>,

    /// How long one probe attempt waits for an answer before any port of the check has
    /// answered, and the most it ever waits, in milliseconds.
    #[arg(long, env = "RINGCHECK_PROBE_TIMEOUT_MS", default_value_t = engine::defaults::PROBE_TIMEOUT_MS,
          value_parser = clap::value_parser!(u64).range(100..=10_000))]
    pub probe_timeout_ms: u64,

    /// The least a probe attempt waits, however fast the visitor's other ports answered,
    /// in milliseconds.
    #[arg(long, env = "RINGCHECK_PROBE_MIN_TIMEOUT_MS", default_value_t = engine::defaults::PROBE_MIN_TIMEOUT_MS,
          value_parser = clap::value_parser!(u64).range(50..=10_000))]
    pub probe_min_timeout_ms: u64,

    /// Extra attempts for a probe that got no answer, at the full wait: silence is listened
    /// to for --probe-timeout-ms × (1 + this) in all, in up to five shorter attempts when
    /// the visitor's network answers fast.
    #[arg(long, env = "RINGCHECK_PROBE_RETRIES", default_value_t = engine::defaults::PROBE_RETRIES,
          value_parser = clap::value_parser!(u8).range(0..=3))]
    pub probe_retries: u8,

    /// The longest a check's probes may take from its turn on, in milliseconds; it must
    /// fit every attempt of a probe.
    #[arg(long, env = "RINGCHECK_CHECK_DEADLINE_MS", default_value_t = engine::defaults::CHECK_DEADLINE_MS,
          value_parser = clap::value_parser!(u64).range(500..=30_000))]
    pub check_deadline_ms: u64,

    /// How long a check may wait for its turn, in milliseconds, when the server is short
    /// of CPU (its timers run over 40 ms late) or of probe sockets: its deadline counts
    /// from its turn; past this wait it ends with its ports "not tested".
    #[arg(long, env = "RINGCHECK_CHECK_TURN_WAIT_MS", default_value_t = engine::defaults::CHECK_TURN_WAIT_MS,
          value_parser = clap::value_parser!(u64).range(0..=30_000))]
    pub check_turn_wait_ms: u64,

    /// Serve Prometheus metrics at http://ADDRESS/metrics, and /healthz, on a listener of
    /// their own (off by default). Refused on the port visitors use: bind it where only
    /// your monitoring reaches, e.g. 127.0.0.1:9464.
    #[arg(long, env = "RINGCHECK_METRICS_BIND")]
    pub metrics_bind: Option<SocketAddr>,

    /// Probe sockets open at once, server-wide: at least as many as the ports one check
    /// probes, and lowered at start-up to fit the open-files limit.
    #[arg(long, env = "RINGCHECK_MAX_PROBE_SOCKETS", default_value_t = engine::defaults::MAX_PROBE_SOCKETS,
          value_parser = clap::value_parser!(u32).range(1..=65_536))]
    pub max_probe_sockets: u32,

    /// Checks running at once, server-wide; more get 503 with Retry-After.
    #[arg(long, env = "RINGCHECK_MAX_CHECKS_IN_FLIGHT", default_value_t = service::defaults::MAX_CHECKS_IN_FLIGHT,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub max_checks_in_flight: u32,

    /// Checks one address may start per minute (IPv6: per /64).
    #[arg(long, env = "RINGCHECK_CHECKS_PER_MINUTE", default_value_t = service::defaults::CHECKS_PER_MINUTE,
          value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub checks_per_minute: u32,

    /// Checks one address may start in a quick burst before the per-minute rate applies.
    #[arg(long, env = "RINGCHECK_CHECK_BURST", default_value_t = service::defaults::CHECK_BURST,
          value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub check_burst: u32,

    /// A Ring port the visitor's browser tests outward, served by a beacon (TCP) or a STUN
    /// responder (UDP) (repeatable; replaces the defaults):
    /// `<tcp|udp>/<Ring port>[@<public port>][=<address:port>]`, e.g.
    /// `tcp/9998`, `tcp/443=0.0.0.0:8443` behind a load balancer, `udp/15063=127.0.0.1:0`.
    /// By default every Ring port the browser can test is served on the --bind address;
    /// the ones that cannot be opened (80 and 443 need root) are shown as not testable.
    #[arg(
        long = "egress-listener",
        env = "RINGCHECK_EGRESS_LISTENERS",
        value_delimiter = ','
    )]
    pub egress_listeners: Vec<ListenerSpec>,

    /// Open no egress listeners: the browser then tests nothing outward.
    #[arg(
        long,
        env = "RINGCHECK_NO_EGRESS_LISTENERS",
        conflicts_with = "egress_listeners"
    )]
    pub no_egress_listeners: bool,

    /// The ports of the media range the default listeners sample, each with a STUN
    /// responder; by default 16, evenly spread over the range.
    #[arg(long, env = "RINGCHECK_MEDIA_SAMPLE", value_delimiter = ',',
          default_values_t = engine::defaults::media_sample(), value_parser = media_port)]
    pub media_sample: Vec<u16>,

    /// Seconds between self-checks of the beacons and STUN responders (one also runs at
    /// start-up, before the server says it listens); a listener that fails one is shown
    /// to visitors as not testable here.
    #[arg(long, env = "RINGCHECK_SELF_CHECK_INTERVAL_SECS",
          default_value_t = engine::defaults::SELF_CHECK_INTERVAL_SECS,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub self_check_interval_secs: u64,

    /// Where browsers reach this server over IPv4 only: an IPv4 address, or a name with A
    /// records alone. With --ipv6-host, a dual-stack visitor is tested over both families
    /// and judged on IPv4, the one Ring documents for its devices; the main port must
    /// answer there too (the page calls it from each family).
    #[arg(long, env = "RINGCHECK_IPV4_HOST")]
    pub ipv4_host: Option<String>,

    /// Where browsers reach this server over IPv6 only: an IPv6 address, or a name with
    /// AAAA records alone (see --ipv4-host).
    #[arg(long, env = "RINGCHECK_IPV6_HOST")]
    pub ipv6_host: Option<String>,

    /// The longest the browser waits for an outward test, in milliseconds: until the
    /// first answers tell it how fast the visitor's network is.
    #[arg(long, env = "RINGCHECK_EGRESS_TIMEOUT_MS", default_value_t = service::defaults::EGRESS_TIMEOUT_MS,
          value_parser = clap::value_parser!(u32).range(1000..=20_000))]
    pub egress_timeout_ms: u32,

    /// Seconds a client has to send a whole request head; it also closes a kept-alive
    /// connection that sends nothing for as long (slow or stalled clients).
    #[arg(long, env = "RINGCHECK_HEADER_READ_TIMEOUT_SECS",
          default_value_t = connection_limits::defaults::HEADER_READ_TIMEOUT_SECS,
          value_parser = clap::value_parser!(u64).range(1..=120))]
    pub header_read_timeout_secs: u64,

    /// Seconds without a byte moving either way before a connection is closed; more than
    /// the 30 s any request may take.
    #[arg(long, env = "RINGCHECK_IDLE_TIMEOUT_SECS",
          default_value_t = connection_limits::defaults::IDLE_TIMEOUT_SECS,
          value_parser = clap::value_parser!(u64).range(35..=3600))]
    pub idle_timeout_secs: u64,

    /// Largest request head (request line and headers) in bytes; larger gets 431.
    #[arg(long, env = "RINGCHECK_MAX_HEADER_BYTES",
          default_value_t = connection_limits::defaults::MAX_HEADER_BYTES,
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1024..=1_048_576))]
    pub max_header_bytes: usize,

    /// HTTP connections open at once, on all ports visitors reach together (a tenth more
    /// for visitors whose check runs; the metrics listener has 16 of its own); more are
    /// closed at once (lowered at start-up, with a warning, to fit the open-files limit
    /// beside the probe sockets).
    #[arg(long, env = "RINGCHECK_MAX_CONNECTIONS",
          default_value_t = connection_limits::defaults::MAX_CONNECTIONS,
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(16..=65_536))]
    pub max_connections: usize,

    /// HTTP connections open at once from one address (IPv6: one /64); trusted proxies
    /// are bounded by the total only.
    #[arg(long, env = "RINGCHECK_MAX_CONNECTIONS_PER_ADDRESS",
          default_value_t = connection_limits::defaults::MAX_CONNECTIONS_PER_ADDRESS,
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(4..=65_536))]
    pub max_connections_per_address: usize,

    /// HTTP connections open at once from one network (IPv4 /24, IPv6 /48).
    #[arg(long, env = "RINGCHECK_MAX_CONNECTIONS_PER_NETWORK",
          default_value_t = connection_limits::defaults::MAX_CONNECTIONS_PER_NETWORK,
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(4..=1_000_000))]
    pub max_connections_per_network: usize,

    /// TLS handshakes computing their costly part (key exchange, signature) at once; a
    /// client waits at most 1 s for its turn, and one that has not said hello holds none.
    #[arg(long, env = "RINGCHECK_MAX_TLS_HANDSHAKES",
          default_value_t = connection_limits::defaults::MAX_TLS_HANDSHAKES,
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..=65_536))]
    pub max_tls_handshakes: usize,

    /// PEM certificate chain: serve HTTPS (rustls) on --bind and on the TCP beacons (needs
    /// --tls-key).
    #[arg(long, env = "RINGCHECK_TLS_CERT", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,

    /// PEM private key of --tls-cert.
    #[arg(long, env = "RINGCHECK_TLS_KEY", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,

    /// Serve HTTPS with a certificate for this domain from an ACME server (repeatable;
    /// instead of --tls-cert): obtained with TLS-ALPN-01 on --bind, which must be reached
    /// on port 443 of the domain, and renewed while the server runs. On one host only:
    /// several share a certificate through --tls-cert.
    #[arg(
        long = "acme-domain",
        env = "RINGCHECK_ACME_DOMAINS",
        value_delimiter = ',',
        conflicts_with = "tls_cert"
    )]
    pub acme_domains: Vec<String>,

    /// Where the ACME server writes about the certificates (repeatable), e.g.
    /// ops@example.com.
    #[arg(
        long = "acme-contact",
        env = "RINGCHECK_ACME_CONTACTS",
        value_delimiter = ','
    )]
    pub acme_contacts: Vec<String>,

    /// Folder keeping the ACME account and certificates (needed with --acme-domain), so
    /// restarts reuse them.
    #[arg(long, env = "RINGCHECK_ACME_CACHE")]
    pub acme_cache: Option<PathBuf>,

    /// The ACME server's directory URL.
    #[arg(
        long,
        env = "RINGCHECK_ACME_DIRECTORY",
        default_value = "https://acme-v02.api.letsencrypt.org/directory"
    )]
    pub acme_directory: String,

    /// A PEM CA to trust for the ACME directory's HTTPS, for a private ACME server
    /// (instead of the web's roots).
    #[arg(long, env = "RINGCHECK_ACME_DIRECTORY_CA")]
    pub acme_directory_ca: Option<PathBuf>,

    /// An origin allowed to show /embed in a frame, e.g. https://help.example.com
    /// (repeatable), written into /embed's CSP frame-ancestors. With none, /embed may be
    /// framed anywhere; other pages never are.
    #[arg(long = "embed-origin", env = "RINGCHECK_EMBED_ORIGINS", value_delimiter = ',',
          value_parser = parse_origin)]
    pub embed_origins: Vec<String>,

    /// Where visitors reach this server, e.g. https://ringcheck.example.com, for its links
    /// (in oEmbed answers, discovery links, the copied summary and the message for the
    /// provider) and to tell its own pages' check starts from other sites'; needed behind
    /// a proxy. By default taken from each request's Host header.
    #[arg(long, env = "RINGCHECK_PUBLIC_URL", value_parser = parse_origin)]
    pub public_url: Option<String>,
}

fn media_port(text: &str) -> Result<u16, String> {
    let port = Port::parse(text).map_err(|e| e.to_string())?;
    if catalog().in_sampled_range(Transport::Udp, port) {
        return Ok(port.get());
    }
    Err(match catalog().sampled_range(Transport::Udp) {
        Some((first, last)) => format!("{port} is outside the media range {first}-{last}"),
        None => "the catalogue samples no UDP range".to_owned(),
    })
}

/// Time a check needs beyond its probes' attempts (sockets, bookkeeping), so that a slow
/// probe ends as filtered by its own timeout, not as "not tested" by the deadline.
const DEADLINE_MARGIN_MS: u64 = 200;

/// A host name as DNS has it: dot-separated labels of letters, digits and inner hyphens.
fn is_domain_name(name: &str) -> bool {
    name.len() <= 253
        && name.split('.').all(|label| {
            (1..=63).contains(&label.len())
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        })
}

/// Settings that contradict each other or would make the server unsafe.
#[derive(thiserror::Error, Debug)]
pub enum ConfigError {
    #[error(
        "--check-deadline-ms ({deadline_ms}) must leave room for every attempt of a probe \
         and the server's own work: at least --probe-timeout-ms × (1 + --probe-retries) + \
         200 = {needed_ms}"
    )]
    DeadlineTooShort { deadline_ms: u64, needed_ms: u64 },

    #[error(
        "--max-probe-sockets ({asked}) must be at least the {needed} ports one check probes: \
         a check's turn comes when it has a socket for each"
    )]
    TooFewProbeSockets { asked: u32, needed: usize },

    #[error(
        "--metrics-bind ({metrics}) is the port visitors use (--bind {bind}): serve the \
         metrics on a port of their own that only your monitoring reaches, e.g. \
         127.0.0.1:9464"
    )]
    MetricsOnPublicPort {
        metrics: SocketAddr,
        bind: SocketAddr,
    },

    #[error(
        "--acme-contact, --acme-cache and --acme-directory-ca need --acme-domain: the domain \
         visitors reach this server at"
    )]
    AcmeWithoutDomain,

    #[error(
        "--acme-domain needs --acme-cache: a folder the server may write, which keeps the \
         account and certificates across restarts (ACME servers limit how often they issue)"
    )]
    AcmeWithoutCache,

    #[error(
        "--acme-domain {0:?} is not a domain name: write it as visitors type it, e.g. \
         ringcheck.example.com"
    )]
    AcmeBadDomain(String),

    #[error(
        "--trusted-proxy and --trusted-hops need --forwarded-header: name the one header \
         your proxy writes the visitor's address into (x-forwarded-for or forwarded)"
    )]
    ProxyWithoutHeader,

    #[error(
        "--forwarded-header needs --trusted-proxy or --trusted-hops: without them the \
         header could be written by anyone, so it is never read"
    )]
    HeaderWithoutProxy,

    #[error(
        "--allow-private-targets needs a loopback --bind (it is {bind}): on any other \
         address, everyone who can reach the server could make it probe their network. \
         Bind to 127.0.0.1, or name the networks that may be probed with --private-targets"
    )]
    LocalModeExposed { bind: SocketAddr },

    #[error(
        "--allow-private-targets cannot be used behind a proxy (--trusted-proxy or \
         --trusted-hops): a proxied server is reachable by others. Use --private-targets \
         for a test network"
    )]
    LocalModeBehindProxy,

    #[error("{flag} {value:?} cannot be used: {why}")]
    BadFamilyHost {
        flag: &'static str,
        value: String,
        why: String,
    },

    #[error(
        "--ipv4-host and --ipv6-host are both {0:?}: give each family a host of its own (a \
         name with A records only, and one with AAAA records only), or leave one out"
    )]
    SameFamilyHost(String),

    #[error(
        "{flag} {host} needs a certificate: with --acme-domain, name it with --acme-domain \
         {host} too (an address cannot have one from ACME: give a name)"
    )]
    FamilyHostWithoutCertificate { flag: &'static str, host: String },

    #[error(
        "--database-password-file is for a PostgreSQL --database (postgres://USER@HOST/DB); \
         a SQLite file has no password"
    )]
    PasswordFileWithoutPostgres,

    #[error(
        "--database already carries a password, and --database-password-file gives another: \
         keep it in the file only, and write --database as postgres://USER@HOST:PORT/DATABASE"
    )]
    TwoDatabasePasswords,

    #[error("cannot read --database-password-file {path}: {reason}")]
    UnreadablePasswordFile { path: PathBuf, reason: String },

    #[error(
        "behind a proxy (--trusted-proxy or --trusted-hops), set --public-url to the \
         address visitors use, such as https://ringcheck.example: the Host and scheme the \
         proxy passes on need not be theirs, and the server needs the real one for its \
         links and to tell its own pages' check starts from other sites'"
    )]
    ProxyWithoutPublicUrl,
}

impl Config {
    /// Defaults as the binary would have them with no flags and no environment.
    pub fn defaults() -> Self {
        Self::parse_from(["ringcheck"])
    }

    /// The ACME settings, checked: `None` without `--acme-domain`; else the contacts as
    /// `mailto:` URLs and the cache folder.
    pub fn acme(&self) -> Result<Option<(Vec<String>, PathBuf)>, ConfigError> {
        if self.acme_domains.is_empty() {
            let extra = !self.acme_contacts.is_empty()
                || self.acme_cache.is_some()
                || self.acme_directory_ca.is_some();
            return if extra {
                Err(ConfigError::AcmeWithoutDomain)
            } else {
                Ok(None)
            };
        }
        if let Some(bad) = self.acme_domains.iter().find(|d| !is_domain_name(d)) {
            return Err(ConfigError::AcmeBadDomain(bad.clone()));
        }
        let cache = self
            .acme_cache
            .clone()
            .ok_or(ConfigError::AcmeWithoutCache)?;
        let contacts = self
            .acme_contacts
            .iter()
            .map(|contact| {
                if contact.starts_with("mailto:") {
                    contact.clone()
                } else {
                    format!("mailto:{contact}")
                }
            })
            .collect();
        Ok(Some((contacts, cache)))
    }

    /// Where the reports are stored: `--database`, with the password of
    /// `--database-password-file` written into a PostgreSQL URL.
    pub fn database(&self) -> Result<PathBuf, ConfigError> {
        let Some(file) = &self.database_password_file else {
            return Ok(self.database.clone());
        };
        let mut url = self
            .database
            .to_str()
            .and_then(|text| url::Url::parse(text).ok())
            .filter(|url| matches!(url.scheme(), "postgres" | "postgresql"))
            .ok_or(ConfigError::PasswordFileWithoutPostgres)?;
        if url.password().is_some() {
            return Err(ConfigError::TwoDatabasePasswords);
        }
        let unreadable = |reason: String| ConfigError::UnreadablePasswordFile {
            path: file.clone(),
            reason,
        };
        let password =
            std::fs::read_to_string(file).map_err(|error| unreadable(error.to_string()))?;
        // One line, as `echo` or an editor leaves it.
        let password = password.strip_suffix('\n').unwrap_or(&password);
        let password = password.strip_suffix('\r').unwrap_or(password);
        if password.is_empty() {
            return Err(unreadable("it is empty".into()));
        }
        // Written percent-encoded, as a URL's user information must be.
        url.set_password(Some(password))
            .map_err(|()| unreadable("the URL takes no password".into()))?;
        Ok(PathBuf::from(url.as_str()))
    }

    /// Where the metrics are served, if anywhere: never the visitors' port.
    pub fn metrics_bind(&self) -> Result<Option<SocketAddr>, ConfigError> {
        let Some(metrics) = self.metrics_bind else {
            return Ok(None);
        };
        let same_port = metrics.port() == self.bind.port() && self.bind.port() != 0;
        let overlapping = metrics.ip() == self.bind.ip()
            || metrics.ip().is_unspecified()
            || self.bind.ip().is_unspecified();
        if same_port && overlapping {
            return Err(ConfigError::MetricsOnPublicPort {
                metrics,
                bind: self.bind,
            });
        }
        Ok(Some(metrics))
    }

    /// The probe engine's settings, checked against each other.
    pub fn probe_config(&self) -> Result<ProbeConfig, ConfigError> {
        let needed_ms =
            self.probe_timeout_ms * (1 + u64::from(self.probe_retries)) + DEADLINE_MARGIN_MS;
        if needed_ms > self.check_deadline_ms {
            return Err(ConfigError::DeadlineTooShort {
                deadline_ms: self.check_deadline_ms,
                needed_ms,
            });
        }
        let needed = ringcheck_shared::check::probe_back_plan(catalog()).len();
        if (self.max_probe_sockets as usize) < needed {
            return Err(ConfigError::TooFewProbeSockets {
                asked: self.max_probe_sockets,
                needed,
            });
        }
        Ok(ProbeConfig {
            attempt_timeout: Duration::from_millis(self.probe_timeout_ms),
            min_attempt_timeout: Duration::from_millis(self.probe_min_timeout_ms),
            retries: self.probe_retries,
            deadline: Duration::from_millis(self.check_deadline_ms),
            turn_wait: Duration::from_millis(self.check_turn_wait_ms),
            max_sockets: self.max_probe_sockets as usize,
        })
    }

    /// The egress listeners to open, and whether each must open (configured) or may
    /// fail with a warning (the defaults).
    pub fn egress_specs(&self) -> (Vec<ListenerSpec>, bool) {
        if self.no_egress_listeners {
            (Vec::new(), true)
        } else if self.egress_listeners.is_empty() {
            let mut sample: Vec<Port> = self
                .media_sample
                .iter()
                .filter_map(|&port| Port::try_from(port).ok())
                .collect();
            sample.sort();
            sample.dedup();
            (default_specs(&sample), false)
        } else {
            (self.egress_listeners.clone(), true)
        }
    }

    /// How the visitor's address is found: the peer, or the named header of the named
    /// proxies.
    pub fn client_ip(&self) -> Result<ClientIp, ConfigError> {
        let trust = match (self.trusted_proxies.is_empty(), self.trusted_hops) {
            (true, None) => None,
            (false, _) => Some(ProxyTrust::Networks(self.trusted_proxies.clone())),
            (true, Some(hops)) => NonZeroU8::new(hops).map(ProxyTrust::Hops),
        };
        match (trust, self.forwarded_header) {
            (None, None) => Ok(ClientIp::Peer),
            (Some(_), Some(_)) if self.public_url.is_none() => {
                Err(ConfigError::ProxyWithoutPublicUrl)
            }
            (Some(trust), Some(header)) => Ok(ClientIp::Behind { header, trust }),
            (Some(_), None) => Err(ConfigError::ProxyWithoutHeader),
            (None, Some(_)) => Err(ConfigError::HeaderWithoutProxy),
        }
    }

    /// Which visitors may be probed; local mode only where nobody else can reach the
    /// server.
    pub fn target_policy(&self) -> Result<TargetPolicy, ConfigError> {
        if self.allow_private_targets {
            if !self.bind.ip().is_loopback() {
                return Err(ConfigError::LocalModeExposed { bind: self.bind });
            }
            if !self.trusted_proxies.is_empty() || self.trusted_hops.is_some() {
                return Err(ConfigError::LocalModeBehindProxy);
            }
        }
        Ok(TargetPolicy {
            any_private: self.allow_private_targets,
            private_networks: self.private_targets.clone(),
        })
    }

    /// The bounds of every HTTP connection.
    pub fn connection_limits(&self) -> ConnectionLimits {
        ConnectionLimits {
            header_read_timeout: Duration::from_secs(self.header_read_timeout_secs),
            idle_timeout: Duration::from_secs(self.idle_timeout_secs),
            max_header_bytes: self.max_header_bytes,
            max_connections: self.max_connections,
            max_connections_per_address: self.max_connections_per_address,
            max_connections_per_network: self.max_connections_per_network,
            max_tls_handshakes: self.max_tls_handshakes,
        }
    }

    /// Where the browser tests each address family apart, if the operator says: checked
    /// (see `config/families.rs`).
    pub fn family_hosts(&self) -> Result<Vec<ringcheck_shared::egress::FamilyHost>, ConfigError> {
        families::family_hosts(
            self.ipv4_host.as_deref(),
            self.ipv6_host.as_deref(),
            &self.acme_domains,
        )
    }

    pub fn report_ttl(&self) -> Duration {
        Duration::from_secs(u64::from(self.report_ttl_days) * 24 * 3600)
    }
}

/// `/etc/default/ringcheck` of the Debian package, checked against these flags.
#[cfg(test)]
mod environment_file;
mod families;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_are_consistent() {
        let config = Config::defaults()
            .probe_config()
            .expect("defaults are valid");
        assert_eq!(config.attempt_timeout, Duration::from_millis(1200));
        assert_eq!(config.deadline, Duration::from_millis(3000));
    }

    #[test]
    fn the_database_password_comes_from_its_file_into_the_url() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("database-password");
        let with_file = |database: &str| {
            Config::try_parse_from([
                "ringcheck",
                "--database",
                database,
                "--database-password-file",
                file.to_str().unwrap(),
            ])
            .unwrap()
            .database()
        };
        std::fs::write(&file, "p@ss:w/rd #1\n").unwrap();
        let url = with_file("postgres://ringcheck@db.example:5432/reports").unwrap();
        let parsed: tokio_postgres::Config = url.to_str().unwrap().parse().unwrap();
        assert_eq!(parsed.get_password(), Some(&b"p@ss:w/rd #1"[..]));
        assert_eq!(parsed.get_user(), Some("ringcheck"));
        assert_eq!(parsed.get_dbname(), Some("reports"));

        let refused = |database: &str| with_file(database).unwrap_err().to_string();
        assert!(refused("/var/lib/ringcheck/reports.db").contains("a SQLite file"));
        assert!(refused("postgres://ringcheck:other@db.example/r").contains("already carries"));
        std::fs::write(&file, "\n").unwrap();
        assert!(refused("postgres://ringcheck@db.example/r").contains("empty"));
        std::fs::remove_file(&file).unwrap();
        assert!(refused("postgres://ringcheck@db.example/r").contains("cannot read"));
        // Without the file, --database as given.
        let plain = Config::try_parse_from(["ringcheck", "--database", "r.db"]).unwrap();
        assert_eq!(plain.database().unwrap(), PathBuf::from("r.db"));
    }

    #[test]
    fn acme_needs_a_domain_and_a_cache_and_writes_contacts_as_mailto() {
        assert_eq!(Config::defaults().acme().unwrap(), None);
        let parse = |args: &[&str]| {
            let mut all = vec!["ringcheck"];
            all.extend_from_slice(args);
            Config::try_parse_from(all).map(|config| config.acme())
        };
        let no_domain = parse(&["--acme-contact", "ops@example.com"]).unwrap();
        assert!(
            no_domain
                .unwrap_err()
                .to_string()
                .contains("need --acme-domain")
        );
        let no_cache = parse(&["--acme-domain", "ringcheck.example.com"]).unwrap();
        assert!(
            no_cache
                .unwrap_err()
                .to_string()
                .contains("needs --acme-cache")
        );
        for bad in [
            "https://ringcheck.example.com",
            "ringcheck.example.com:443",
            "a-.example",
            "ring check.example",
        ] {
            let error = parse(&["--acme-domain", bad, "--acme-cache", "/var/lib/x"]).unwrap();
            assert!(
                error.unwrap_err().to_string().contains("not a domain name"),
                "{bad}"
            );
        }
        let both = parse(&[
            "--acme-domain",
            "ringcheck.example.com",
            "--tls-cert",
            "c.pem",
            "--tls-key",
            "k.pem",
        ]);
        assert!(
            both.is_err(),
            "a certificate from files or from ACME, not both"
        );
        let good = parse(&[
            "--acme-domain",
            "ringcheck.example.com",
            "--acme-cache",
            "/var/lib/ringcheck/acme",
            "--acme-contact",
            "ops@example.com",
        ])
        .unwrap()
        .unwrap()
        .unwrap();
        assert_eq!(good.0, ["mailto:ops@example.com"]);
    }

    #[test]
    fn metrics_are_off_by_default_and_never_on_the_visitors_port() {
        assert_eq!(Config::defaults().metrics_bind().unwrap(), None);
        for (bind, metrics) in [
            ("127.0.0.1:8080", "127.0.0.1:8080"),
            ("0.0.0.0:443", "127.0.0.1:443"),
            ("127.0.0.1:443", "0.0.0.0:443"),
        ] {
            let config =
                Config::parse_from(["ringcheck", "--bind", bind, "--metrics-bind", metrics]);
            let error = config.metrics_bind().unwrap_err().to_string();
            assert!(error.contains("only your monitoring"), "{error}");
        }
        let config = Config::parse_from([
            "ringcheck",
            "--bind",
            "0.0.0.0:443",
            "--metrics-bind",
            "127.0.0.1:9464",
        ]);
        assert_eq!(
            config.metrics_bind().unwrap(),
            Some("127.0.0.1:9464".parse().unwrap())
        );
    }

    #[test]
    fn the_media_sample_defaults_to_the_engines() {
        assert_eq!(
            Config::defaults().media_sample,
            engine::defaults::media_sample()
        );
    }

    #[test]
    fn a_deadline_that_cuts_probes_short_is_refused() {
        let mut config = Config::defaults();
        config.probe_timeout_ms = 1500;
        let error = config.probe_config().unwrap_err().to_string();
        assert!(error.contains("3200"), "{error}");
        config.check_deadline_ms = 3200;
        assert!(config.probe_config().is_ok());
    }

    #[test]
    fn fewer_probe_sockets_than_one_check_probes_are_refused() {
        let mut config = Config::defaults();
        config.max_probe_sockets = 12;
        let error = config.probe_config().unwrap_err().to_string();
        assert!(error.contains("the 13 ports one check probes"), "{error}");
        config.max_probe_sockets = 13;
        assert!(config.probe_config().is_ok());
    }

    #[test]
    fn egress_listeners_default_to_every_ring_port_and_can_be_replaced_or_turned_off() {
        let (defaults, required) = Config::defaults().egress_specs();
        assert!(!required, "defaults that cannot open only warn");
        assert_eq!(
            defaults.len(),
            29,
            "10 TCP beacons (8 Ring ports, 2 phone push), 2 SIP, the relay and 16 media STUN \
             responders"
        );

        let config = Config::parse_from([
            "ringcheck",
            "--egress-listener",
            "tcp/9998=127.0.0.1:0,udp/15063",
        ]);
        let (specs, required) = config.egress_specs();
        assert!(required);
        assert_eq!(specs.len(), 2);

        let off = Config::parse_from(["ringcheck", "--no-egress-listeners"]);
        assert!(off.egress_specs().0.is_empty());
    }

    #[test]
    fn proxies_need_the_header_they_write_the_header_needs_proxies_and_both_a_public_url() {
        let parse = |args: &[&str]| {
            let mut all = vec!["ringcheck"];
            all.extend_from_slice(args);
            Config::parse_from(all).client_ip()
        };
        assert!(matches!(parse(&[]), Ok(ClientIp::Peer)));
        assert!(matches!(
            parse(&["--trusted-proxy", "10.0.0.0/8"]),
            Err(ConfigError::ProxyWithoutHeader)
        ));
        assert!(matches!(
            parse(&["--forwarded-header", "forwarded"]),
            Err(ConfigError::HeaderWithoutProxy)
        ));
        assert!(matches!(
            parse(&[
                "--trusted-hops",
                "1",
                "--forwarded-header",
                "x-forwarded-for"
            ]),
            Err(ConfigError::ProxyWithoutPublicUrl)
        ));
        assert!(matches!(
            parse(&[
                "--trusted-hops",
                "1",
                "--forwarded-header",
                "x-forwarded-for",
                "--public-url",
                "https://ringcheck.example"
            ]),
            Ok(ClientIp::Behind {
                header: ProxyHeader::XForwardedFor,
                trust: ProxyTrust::Hops(_)
            })
        ));
    }

    #[test]
    fn local_mode_is_refused_where_others_can_reach_the_server() {
        let policy = |args: &[&str]| {
            let mut all = vec!["ringcheck", "--allow-private-targets"];
            all.extend_from_slice(args);
            Config::parse_from(all).target_policy()
        };
        assert!(policy(&[]).is_ok_and(|p| p.any_private));
        assert!(policy(&["--bind", "[::1]:8080"]).is_ok());
        let exposed = policy(&["--bind", "0.0.0.0:8080"]).unwrap_err().to_string();
        assert!(exposed.contains("--private-targets"), "{exposed}");
        assert!(matches!(
            policy(&[
                "--trusted-proxy",
                "127.0.0.1/32",
                "--forwarded-header",
                "x-forwarded-for"
            ]),
            Err(ConfigError::LocalModeBehindProxy)
        ));
        let test_network = Config::parse_from([
            "ringcheck",
            "--bind",
            "10.99.0.1:8080",
            "--private-targets",
            "10.99.0.0/24",
        ])
        .target_policy()
        .unwrap();
        assert!(!test_network.any_private && test_network.is_local());
    }

    #[test]
    fn flags_that_make_no_sense_are_refused() {
        for args in [
            &["ringcheck", "--media-sample", "16000"][..],
            &["ringcheck", "--egress-listener", "tcp/22"],
            &["ringcheck", "--tls-cert", "cert.pem"],
            &[
                "ringcheck",
                "--no-egress-listeners",
                "--egress-listener",
                "tcp/443",
            ],
            &["ringcheck", "--embed-origin", "help.example.com"],
            &["ringcheck", "--public-url", "https://ringcheck.example/app"],
            &["ringcheck", "--forwarded-header", "x-real-ip"],
            &[
                "ringcheck",
                "--trusted-proxy",
                "10.0.0.0/8",
                "--trusted-hops",
                "1",
            ],
        ] {
            assert!(Config::try_parse_from(args).is_err(), "{args:?}");
        }
    }
}

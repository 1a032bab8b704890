//! The bounds of every HTTP connection: its deadlines, its head, and how many may be
//! open at once.

use std::time::Duration;

use clap::Args;

use crate::connection_limits::{self, ConnectionLimits};

#[derive(Args, Debug, Clone)]
#[command(next_help_heading = "Connections")]
pub struct Connections {
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
}

impl Connections {
    /// The bounds of every HTTP connection.
    pub fn limits(&self) -> ConnectionLimits {
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
}

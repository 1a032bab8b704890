//! The bounds of every HTTP connection on every TCP port, and their defaults: what a
//! server on the open internet needs against slow, stalled or numerous clients.

use std::time::Duration;

/// The bounds out of the box, as the command line shows them.
pub mod defaults {
    /// Seconds to send a whole request head, or to start one on a kept-alive connection.
    pub const HEADER_READ_TIMEOUT_SECS: u64 = 10;
    /// Seconds without a byte moving before a connection is closed: longer than any
    /// request may take (30 s), as a request that waits moves nothing meanwhile.
    pub const IDLE_TIMEOUT_SECS: u64 = 60;
    /// Bytes of request line and headers: a browser sends about 1 KB here.
    pub const MAX_HEADER_BYTES: usize = 16 * 1024;
    /// Connections on all ports together (lowered at start-up to fit the open-files
    /// limit beside the probe sockets): a check's browser holds about 15 for seconds.
    pub const MAX_CONNECTIONS: usize = 8192;
    /// Connections from one address (IPv6: one /64): a check takes about 15, and a
    /// shared address (a provider's NAT) may carry several households.
    pub const MAX_CONNECTIONS_PER_ADDRESS: usize = 128;
    /// Connections from one network (IPv4 /24, IPv6 /48), so a handful of networks
    /// cannot hold them all.
    pub const MAX_CONNECTIONS_PER_NETWORK: usize = 1024;
    /// TLS handshakes computing at once (a client that has not said hello holds none).
    pub const MAX_TLS_HANDSHAKES: usize = 256;
    /// Connections the metrics listener holds, on its own: outside the visitors' total
    /// (a flood of visitors never blinds monitoring), and a flood of the metrics port
    /// never takes theirs. A scraper or two needs one each.
    pub const METRICS_MAX_CONNECTIONS: usize = 16;
}

/// The bounds of every HTTP connection, on every TCP port.
#[derive(Clone, Debug)]
pub struct ConnectionLimits {
    /// From when the server waits for a request until its whole head has arrived; it
    /// also ends a kept-alive connection that sends nothing.
    pub header_read_timeout: Duration,
    /// A connection on which no byte moves either way for this long is closed.
    pub idle_timeout: Duration,
    /// A request head (request line and headers) larger than this gets 431.
    pub max_header_bytes: usize,
    /// Connections open at once, on all ports together.
    pub max_connections: usize,
    /// Connections open at once from one address (IPv6: one /64).
    pub max_connections_per_address: usize,
    /// Connections open at once from one network (IPv4 /24, IPv6 /48).
    pub max_connections_per_network: usize,
    /// TLS handshakes running at once.
    pub max_tls_handshakes: usize,
}

impl ConnectionLimits {
    /// How many more than `max_connections` visitors with a running check may open, so
    /// their browser's tests are not refused on a full server: a tenth.
    pub fn reserve(&self) -> usize {
        self.max_connections / 10
    }

    /// Connections open at most, the reserve included: the open files they may need.
    pub fn most_open(&self) -> usize {
        self.max_connections + self.reserve()
    }

    /// The metrics listener's own bounds: the same deadlines and head size, and
    /// [`defaults::METRICS_MAX_CONNECTIONS`] connections, from one address or many.
    pub fn for_metrics(&self) -> Self {
        Self {
            max_connections: defaults::METRICS_MAX_CONNECTIONS,
            max_connections_per_address: defaults::METRICS_MAX_CONNECTIONS,
            max_connections_per_network: defaults::METRICS_MAX_CONNECTIONS,
            // Plain HTTP: no handshake ever computes.
            max_tls_handshakes: 1,
            ..self.clone()
        }
    }
}

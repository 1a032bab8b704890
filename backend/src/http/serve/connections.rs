//! How many connections the server holds, in all and per visitor, and how many TLS
//! handshakes run at once: every listener shares these bounds, so open connections can
//! never crowd out the probe sockets.

use std::{
    collections::HashMap,
    net::IpAddr,
    sync::{
        Arc, Mutex,
        atomic::{AtomicUsize, Ordering},
    },
};

use ipnet::IpNet;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::{connection_limits::ConnectionLimits, engine::block};

/// The open connections, shared by every listener.
pub struct Connections {
    limits: ConnectionLimits,
    total: AtomicUsize,
    per_address: Mutex<HashMap<IpNet, usize>>,
    handshakes: Arc<Semaphore>,
}

/// One admitted connection; it counts until dropped.
pub struct Slot {
    connections: Arc<Connections>,
    key: IpNet,
}

impl Connections {
    pub fn new(limits: ConnectionLimits) -> Arc<Self> {
        Arc::new(Self {
            handshakes: Arc::new(Semaphore::new(limits.max_tls_handshakes)),
            limits,
            total: AtomicUsize::new(0),
            per_address: Mutex::new(HashMap::new()),
        })
    }

    pub fn limits(&self) -> &ConnectionLimits {
        &self.limits
    }

    /// A slot for a connection from `peer`, or `None` when the server or that address
    /// already has as many as it may.
    pub fn admit(self: &Arc<Self>, peer: IpAddr) -> Option<Slot> {
        let key = block(peer, 32, 64);
        let mut per_address = self.lock();
        let from_peer = per_address.entry(key).or_insert(0);
        if *from_peer >= self.limits.max_connections_per_address
            || self.total.load(Ordering::Relaxed) >= self.limits.max_connections
        {
            if *from_peer == 0 {
                per_address.remove(&key);
            }
            return None;
        }
        *from_peer += 1;
        self.total.fetch_add(1, Ordering::Relaxed);
        Some(Slot {
            connections: self.clone(),
            key,
        })
    }

    /// A permit to run one TLS handshake, or `None` when as many run as may.
    pub fn handshake(&self) -> Option<OwnedSemaphorePermit> {
        self.handshakes.clone().try_acquire_owned().ok()
    }

    /// Connections open now.
    pub fn open(&self) -> usize {
        self.total.load(Ordering::Relaxed)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<IpNet, usize>> {
        self.per_address.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut per_address = self.connections.lock();
        if let Some(count) = per_address.get_mut(&self.key) {
            *count -= 1;
            if *count == 0 {
                per_address.remove(&self.key);
            }
        }
        self.connections.total.fetch_sub(1, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn limits(total: usize, per_address: usize) -> ConnectionLimits {
        ConnectionLimits {
            header_read_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(60),
            max_header_bytes: 16 * 1024,
            max_connections: total,
            max_connections_per_address: per_address,
            max_tls_handshakes: 1,
        }
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn one_address_gets_its_share_and_no_more_and_gets_it_back() {
        let connections = Connections::new(limits(10, 2));
        let first = connections.admit(ip("198.51.100.7")).unwrap();
        let _second = connections.admit(ip("198.51.100.7")).unwrap();
        assert!(connections.admit(ip("198.51.100.7")).is_none());
        // One /64 is one visitor.
        let _v6 = connections.admit(ip("2001:db8::1")).unwrap();
        let _v6_again = connections.admit(ip("2001:db8::2")).unwrap();
        assert!(connections.admit(ip("2001:db8::3")).is_none());
        assert!(
            connections.admit(ip("198.51.100.8")).is_some(),
            "others still get in"
        );
        drop(first);
        assert!(connections.admit(ip("198.51.100.7")).is_some());
    }

    #[test]
    fn the_server_wide_bound_holds_and_refusals_leave_nothing_behind() {
        let connections = Connections::new(limits(2, 5));
        let _a = connections.admit(ip("198.51.100.1")).unwrap();
        let _b = connections.admit(ip("198.51.100.2")).unwrap();
        assert!(connections.admit(ip("198.51.100.3")).is_none());
        assert_eq!(connections.open(), 2);
        assert_eq!(
            connections.lock().len(),
            2,
            "no entry for the refused address"
        );
    }

    #[test]
    fn handshakes_are_bounded() {
        let connections = Connections::new(limits(10, 10));
        let permit = connections.handshake().unwrap();
        assert!(connections.handshake().is_none());
        drop(permit);
        assert!(connections.handshake().is_some());
    }
}

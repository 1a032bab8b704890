//! How many connections the server holds, in all, per address and per network, and how
//! many TLS handshakes compute at once: every listener visitors reach shares these
//! bounds, so open connections can never crowd out the probe sockets, and a few
//! addresses or networks cannot hold them all (the operator's metrics listener has a
//! small set of its own, so a flood of visitors never blinds monitoring). Two kinds of peer are treated apart: a trusted proxy carries
//! many visitors, so only the total bounds it; and a visitor whose check is running may
//! go a little past a full server, so its browser's tests are not refused and reported
//! as blocked ports.

use std::{
    collections::HashMap,
    net::IpAddr,
    sync::{Arc, Mutex, MutexGuard},
    time::Duration,
};

use ipnet::IpNet;
use ringcheck_engine::{household_of, network_of};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::connection_limits::ConnectionLimits;

/// How long a client that has said hello may wait for a handshake slot.
const HANDSHAKE_QUEUE: Duration = Duration::from_secs(1);

/// What the bounds know about a peer, from the layers that know it.
pub struct PeerHints {
    /// A trusted proxy: bounded only by the total.
    pub is_proxy: Box<dyn Fn(IpAddr) -> bool + Send + Sync>,
    /// A visitor with a check running: may use the reserve past the total.
    pub has_check_running: Box<dyn Fn(IpAddr) -> bool + Send + Sync>,
}

impl Default for PeerHints {
    fn default() -> Self {
        Self {
            is_proxy: Box::new(|_| false),
            has_check_running: Box::new(|_| false),
        }
    }
}

/// The open connections, shared by every listener.
pub struct Connections {
    limits: ConnectionLimits,
    hints: PeerHints,
    open: Mutex<Open>,
    handshakes: Arc<Semaphore>,
}

#[derive(Default)]
struct Open {
    total: usize,
    per_address: HashMap<IpNet, usize>,
    per_network: HashMap<IpNet, usize>,
}

/// One admitted connection; it counts until dropped.
pub struct Slot {
    connections: Arc<Connections>,
    keys: Option<(IpNet, IpNet)>,
}

impl Connections {
    pub fn new(limits: ConnectionLimits, hints: PeerHints) -> Arc<Self> {
        Arc::new(Self {
            handshakes: Arc::new(Semaphore::new(limits.max_tls_handshakes)),
            limits,
            hints,
            open: Mutex::new(Open::default()),
        })
    }

    pub fn limits(&self) -> &ConnectionLimits {
        &self.limits
    }

    /// A slot for a connection from `peer`, or `None` when the server, that address or
    /// its network already holds as many as it may.
    pub fn admit(self: &Arc<Self>, peer: IpAddr) -> Option<Slot> {
        let proxy = (self.hints.is_proxy)(peer);
        let keys = (!proxy).then(|| (household_of(peer), network_of(peer)));
        let mut open = self.lock();
        if let Some((address, network)) = keys {
            let count = |map: &HashMap<IpNet, usize>, key| map.get(&key).copied().unwrap_or(0);
            if count(&open.per_address, address) >= self.limits.max_connections_per_address
                || count(&open.per_network, network) >= self.limits.max_connections_per_network
            {
                return None;
            }
        }
        if open.total >= self.limits.max_connections {
            // The reserve is for the browsers of running checks, whose tests must not fail.
            let checking = (self.hints.has_check_running)(peer);
            if !checking || open.total >= self.limits.most_open() {
                return None;
            }
        }
        open.total += 1;
        if let Some((address, network)) = keys {
            *open.per_address.entry(address).or_insert(0) += 1;
            *open.per_network.entry(network).or_insert(0) += 1;
        }
        Some(Slot {
            connections: self.clone(),
            keys,
        })
    }

    /// A permit to compute one TLS handshake, waiting a moment for one; `None` when
    /// none came free.
    pub async fn handshake(&self) -> Option<OwnedSemaphorePermit> {
        tokio::time::timeout(HANDSHAKE_QUEUE, self.handshakes.clone().acquire_owned())
            .await
            .ok()?
            .ok()
    }

    /// Connections open now.
    pub fn open(&self) -> usize {
        self.lock().total
    }

    fn lock(&self) -> MutexGuard<'_, Open> {
        self.open.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut open = self.connections.lock();
        open.total -= 1;
        if let Some((address, network)) = self.keys {
            release(&mut open.per_address, address);
            release(&mut open.per_network, network);
        }
    }
}

fn release(map: &mut HashMap<IpNet, usize>, key: IpNet) {
    if let Some(count) = map.get_mut(&key) {
        *count -= 1;
        if *count == 0 {
            map.remove(&key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(total: usize, per_address: usize, per_network: usize) -> ConnectionLimits {
        ConnectionLimits {
            header_read_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(60),
            max_header_bytes: 16 * 1024,
            max_connections: total,
            max_connections_per_address: per_address,
            max_connections_per_network: per_network,
            max_tls_handshakes: 1,
        }
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn one_address_gets_its_share_and_no_more_and_gets_it_back() {
        let connections = Connections::new(limits(10, 2, 10), PeerHints::default());
        let first = connections.admit(ip("198.51.100.7")).unwrap();
        let _second = connections.admit(ip("198.51.100.7")).unwrap();
        assert!(connections.admit(ip("198.51.100.7")).is_none());
        // One /64 is one visitor.
        let _v6 = connections.admit(ip("2001:db8::1")).unwrap();
        let _v6_again = connections.admit(ip("2001:db8::2")).unwrap();
        assert!(connections.admit(ip("2001:db8::3")).is_none());
        assert!(
            connections.admit(ip("198.51.101.8")).is_some(),
            "others still get in"
        );
        drop(first);
        assert!(connections.admit(ip("198.51.100.7")).is_some());
    }

    #[test]
    fn one_network_gets_its_share_from_however_many_addresses() {
        let connections = Connections::new(limits(100, 10, 3), PeerHints::default());
        let held: Vec<_> = (1..=3)
            .map(|host| {
                connections
                    .admit(ip(&format!("198.51.100.{host}")))
                    .unwrap()
            })
            .collect();
        assert!(
            connections.admit(ip("198.51.100.4")).is_none(),
            "the /24 is full"
        );
        let _first = connections.admit(ip("2001:db8:1:1::1")).unwrap();
        let _a = connections.admit(ip("2001:db8:1:2::1")).unwrap();
        let _b = connections.admit(ip("2001:db8:1:3::1")).unwrap();
        assert!(
            connections.admit(ip("2001:db8:1:4::1")).is_none(),
            "the /48 is full"
        );
        drop(held);
        assert!(connections.admit(ip("198.51.100.4")).is_some());
    }

    #[test]
    fn the_server_wide_bound_holds_and_refusals_leave_nothing_behind() {
        let connections = Connections::new(limits(2, 5, 5), PeerHints::default());
        let _a = connections.admit(ip("198.51.100.1")).unwrap();
        let _b = connections.admit(ip("198.51.101.2")).unwrap();
        assert!(connections.admit(ip("198.51.102.3")).is_none());
        assert_eq!(connections.open(), 2);
        let open = connections.lock();
        assert_eq!((open.per_address.len(), open.per_network.len()), (2, 2));
    }

    #[test]
    fn a_proxy_is_bounded_by_the_total_only() {
        let hints = PeerHints {
            is_proxy: Box::new(|peer| peer == "10.0.0.2".parse::<IpAddr>().unwrap()),
            ..PeerHints::default()
        };
        let connections = Connections::new(limits(20, 2, 3), hints);
        let through_proxy: Vec<_> = (0..20)
            .map(|_| {
                connections
                    .admit(ip("10.0.0.2"))
                    .expect("the proxy carries many")
            })
            .collect();
        assert!(
            connections.admit(ip("10.0.0.2")).is_none(),
            "but not past the total"
        );
        drop(through_proxy);
    }

    #[test]
    fn a_visitor_with_a_running_check_gets_the_reserve_of_a_full_server() {
        let hints = PeerHints {
            has_check_running: Box::new(|peer| peer == "203.0.113.9".parse::<IpAddr>().unwrap()),
            ..PeerHints::default()
        };
        let connections = Connections::new(limits(20, 100, 100), hints);
        let _full: Vec<_> = (0..20)
            .map(|i| connections.admit(ip(&format!("198.51.{i}.1"))).unwrap())
            .collect();
        assert!(connections.admit(ip("198.51.200.1")).is_none());
        let _reserve: Vec<_> = (0..2)
            .map(|_| {
                connections
                    .admit(ip("203.0.113.9"))
                    .expect("within the reserve")
            })
            .collect();
        assert!(
            connections.admit(ip("203.0.113.9")).is_none(),
            "the reserve is a tenth of the total"
        );
    }

    // Paused time: the clock moves only when every task waits, so the second handshake is
    // waiting for a slot when the first frees it, 100 ms into its wait.
    #[tokio::test(start_paused = true)]
    async fn handshakes_are_bounded_and_wait_a_moment_for_a_slot() {
        let connections = Connections::new(limits(10, 10, 10), PeerHints::default());
        let permit = connections.handshake().await.unwrap();
        let waiting = tokio::spawn({
            let connections = connections.clone();
            async move { connections.handshake().await.is_some() }
        });
        tokio::time::sleep(Duration::from_millis(100)).await;
        drop(permit);
        assert!(
            waiting.await.unwrap(),
            "a slot freed within the wait is taken"
        );
        let _held = connections.handshake().await.unwrap();
        assert!(
            connections.handshake().await.is_none(),
            "no slot within a second"
        );
    }
}

//! Opens the sockets behind the egress listeners, and records for each Ring port where
//! the browser reaches it, or why it cannot.

pub mod self_check;
pub mod spec;

use std::{collections::HashMap, io, net::SocketAddr};

use ringcheck_shared::{
    catalog::Transport,
    egress::{Served, UnavailableWhy},
    port::Port,
};
use tokio::net::{TcpListener, TcpSocket, UdpSocket};

use super::Error;
use spec::ListenerSpec;

/// A beacon needing its own HTTP server.
pub struct BeaconListener {
    pub ring_port: Port,
    pub listener: TcpListener,
}

/// A STUN responder's socket.
pub struct StunSocket {
    pub ring_port: Port,
    pub socket: UdpSocket,
}

/// The bound sockets, and where each Ring port is served.
#[derive(Default)]
pub struct EgressListeners {
    pub beacons: Vec<BeaconListener>,
    pub stun: Vec<StunSocket>,
    /// TCP Ring ports whose beacon is the main server itself.
    pub served_by_main: Vec<Port>,
    pub served: HashMap<(Transport, Port), Served>,
}

impl EgressListeners {
    /// Every beacon and STUN responder as the self-check reaches it, the beacons the main
    /// server (at `main`) serves included; with `tls`, the beacons speak HTTPS.
    pub fn self_check_targets(&self, main: SocketAddr, tls: bool) -> Vec<self_check::Listener> {
        let beacons = self
            .beacons
            .iter()
            .filter_map(|b| Some((Transport::Tcp, b.ring_port, b.listener.local_addr().ok()?)));
        let by_main = self
            .served_by_main
            .iter()
            .map(|&port| (Transport::Tcp, port, main));
        let stun = self
            .stun
            .iter()
            .filter_map(|s| Some((Transport::Udp, s.ring_port, s.socket.local_addr().ok()?)));
        beacons
            .chain(by_main)
            .chain(stun)
            .map(|(transport, ring_port, addr)| self_check::Listener {
                transport,
                ring_port,
                addr,
                tls: tls && transport == Transport::Tcp,
            })
            .collect()
    }
}

/// Binds every spec. `main` is the main server's configured and bound address: a TCP
/// spec for the same address is served by the main server itself. With `required`, a
/// socket that cannot be opened stops start-up (the operator asked for it); otherwise
/// (the defaults) it is logged and the port reported to visitors as not testable here.
pub async fn bind_listeners(
    specs: &[ListenerSpec],
    main: (SocketAddr, SocketAddr),
    required: bool,
) -> Result<EgressListeners, Error> {
    let (main_configured, main_bound) = main;
    let mut bound = EgressListeners::default();
    for spec in specs {
        let addr = spec
            .bind
            .unwrap_or_else(|| SocketAddr::new(main_configured.ip(), spec.ring_port.get()));
        let key = (spec.transport, spec.ring_port);
        if bound.served.contains_key(&key) {
            return Err(Error::DuplicateListener {
                spec: spec.to_string(),
            });
        }
        let served_by_main = spec.transport == Transport::Tcp
            && addr.port() != 0
            && (addr == main_configured || addr == main_bound);
        let opened = if served_by_main {
            bound.served_by_main.push(spec.ring_port);
            Ok(main_bound.port())
        } else {
            open(spec, addr, &mut bound).await
        };
        let served = match opened {
            Ok(local_port) => Ok(public_port(spec, addr, local_port)),
            Err(source) if required => {
                return Err(Error::Listener {
                    spec: spec.to_string(),
                    addr,
                    source,
                });
            }
            Err(error) => {
                tracing::warn!(%addr, %error, listener = %spec, "egress listener not opened: \
                    visitors will see this port as not testable");
                Err(not_opened_reason(&error))
            }
        };
        bound.served.insert(key, served);
    }
    Ok(bound)
}

/// Connections the kernel may hold complete for each TCP listener until the server
/// accepts them. A flood of handshakes can keep the accept loop behind for a moment;
/// with the usual 1,024 the queue overflows and visitors' connections wait for the
/// kernel's retries. Linux takes at most `net.core.somaxconn` (4,096 by default), so the
/// operator sets the queue with that one setting: a burst of 10,000 visitors overflowed
/// 4,096 17,441 times (checks bench), each a second's wait for a visitor.
const ACCEPT_BACKLOG: u32 = 65_535;

/// A TCP listener on `addr` (dual-stack for `[::]`, as the system sets it), with a
/// backlog a public server needs.
pub fn bind_tcp(addr: SocketAddr) -> io::Result<TcpListener> {
    let socket = match addr {
        SocketAddr::V4(_) => TcpSocket::new_v4()?,
        SocketAddr::V6(_) => TcpSocket::new_v6()?,
    };
    // As the standard library's bind does: a restarted server gets its port back at once.
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(ACCEPT_BACKLOG)
}

/// Opens the socket for `spec`; returns the local port it got.
async fn open(
    spec: &ListenerSpec,
    addr: SocketAddr,
    bound: &mut EgressListeners,
) -> io::Result<u16> {
    match spec.transport {
        Transport::Tcp => {
            let listener = bind_tcp(addr)?;
            let port = listener.local_addr()?.port();
            bound.beacons.push(BeaconListener {
                ring_port: spec.ring_port,
                listener,
            });
            Ok(port)
        }
        Transport::Udp => {
            let socket = UdpSocket::bind(addr).await?;
            let port = socket.local_addr()?.port();
            bound.stun.push(StunSocket {
                ring_port: spec.ring_port,
                socket,
            });
            Ok(port)
        }
    }
}

/// The port the browser connects to: as configured, else the bound port when a free
/// one was asked for, else the Ring port itself.
fn public_port(spec: &ListenerSpec, addr: SocketAddr, local_port: u16) -> Port {
    spec.public_port.unwrap_or_else(|| {
        if addr.port() == 0 {
            Port::try_from(local_port).unwrap_or(spec.ring_port)
        } else {
            spec.ring_port
        }
    })
}

/// Why a visitor sees a port whose listener could not be opened as not testable here.
fn not_opened_reason(error: &io::Error) -> UnavailableWhy {
    match error.kind() {
        io::ErrorKind::PermissionDenied => UnavailableWhy::NeedsRights,
        io::ErrorKind::AddrInUse => UnavailableWhy::InUse,
        _ => UnavailableWhy::CannotOpen,
    }
}

#[cfg(test)]
mod tests {
    use std::net::Ipv4Addr;

    use super::*;

    fn spec(text: &str) -> ListenerSpec {
        text.parse().unwrap()
    }

    const MAIN: (SocketAddr, SocketAddr) = (
        SocketAddr::new(std::net::IpAddr::V4(Ipv4Addr::LOCALHOST), 0),
        SocketAddr::new(std::net::IpAddr::V4(Ipv4Addr::LOCALHOST), 40000),
    );

    #[tokio::test]
    async fn free_ports_are_published_as_themselves_and_fixed_ones_as_the_ring_port() {
        let bound = bind_listeners(
            &[
                spec("tcp/9998=127.0.0.1:0"),
                spec("udp/15063=127.0.0.1:0"),
                spec("tcp/443@8443=127.0.0.1:0"),
            ],
            MAIN,
            true,
        )
        .await
        .unwrap();
        let tcp = bound.beacons[0].listener.local_addr().unwrap().port();
        let udp = bound.stun[0].socket.local_addr().unwrap().port();
        let served = |t, p| bound.served[&(t, Port::known(p))].unwrap().get();
        assert_eq!(served(Transport::Tcp, 9998), tcp);
        assert_eq!(served(Transport::Udp, 15063), udp);
        assert_eq!(served(Transport::Tcp, 443), 8443);
    }

    #[tokio::test]
    async fn the_main_address_is_served_by_the_main_server() {
        let bound = bind_listeners(&[spec("tcp/443=127.0.0.1:40000")], MAIN, true)
            .await
            .unwrap();
        assert!(bound.beacons.is_empty(), "no second socket");
        assert_eq!(
            bound.served[&(Transport::Tcp, Port::known(443))],
            Ok(Port::known(443))
        );
    }

    #[tokio::test]
    async fn a_ring_port_given_twice_is_refused() {
        let specs = [spec("udp/16500=127.0.0.1:0"), spec("udp/16500=127.0.0.1:0")];
        let error = bind_listeners(&specs, MAIN, true)
            .await
            .err()
            .expect("refused")
            .to_string();
        assert!(
            error.contains("udp/16500") && error.contains("twice"),
            "{error}"
        );
    }

    #[tokio::test]
    async fn a_taken_port_stops_start_up_when_asked_for_and_is_reported_otherwise() {
        let taken = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = taken.local_addr().unwrap();
        let wanted = spec(&format!("tcp/9999={addr}"));
        let error = bind_listeners(std::slice::from_ref(&wanted), MAIN, true)
            .await
            .err()
            .expect("a taken port is an error")
            .to_string();
        assert!(error.contains("tcp/9999"), "{error}");
        assert!(error.contains(&addr.to_string()), "{error}");

        let bound = bind_listeners(&[wanted], MAIN, false).await.unwrap();
        let reason = bound.served[&(Transport::Tcp, Port::known(9999))].unwrap_err();
        assert_eq!(reason, UnavailableWhy::InUse);
    }
}

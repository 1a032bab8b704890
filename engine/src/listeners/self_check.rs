//! Our own test servers proven up before the network is blamed: every beacon and STUN
//! responder is asked, over this machine's own addresses, what a browser would ask it,
//! at start-up and then regularly. One that does not answer is offered to visitors as
//! "not testable here" (`UnavailableWhy::NotAnswering`), and `/healthz` names it with
//! what went wrong.

use std::{
    collections::HashMap,
    net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr},
    sync::{Arc, RwLock},
    time::Duration,
};

use http_body_util::{BodyExt, Empty, Limited};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use ringcheck_shared::{catalog::Transport, port::Port, routes::server::BEACON};
use rustls::{ClientConfig, pki_types::ServerName};
use stun_types::{
    message::{BINDING, Message, MessageClass, MessageWriteVec},
    prelude::*,
};
use tokio::net::{TcpStream, UdpSocket};
use tokio_rustls::TlsConnector;

/// A listener answers in well under this over loopback; one that does not is down.
pub const ANSWER_WITHIN: Duration = Duration::from_secs(2);
/// A STUN request is sent again after this, as a browser would, in case one is lost.
const STUN_RETRANSMIT: Duration = Duration::from_millis(400);
/// The token the self-check asks the beacons to echo: any 22 URL-safe characters do.
const TOKEN: &str = "ringcheck-self-check00";

/// One listener to check: where it answers on this machine.
#[derive(Clone, Debug)]
pub struct Listener {
    pub transport: Transport,
    pub ring_port: Port,
    /// Where the listener is bound; an unspecified address is asked on loopback.
    pub addr: SocketAddr,
    /// A beacon speaking HTTPS.
    pub tls: bool,
}

/// What the last self-check found, per listener (transport and Ring port).
#[derive(Default)]
pub struct ListenerHealth {
    down: RwLock<HashMap<(Transport, Port), String>>,
}

impl ListenerHealth {
    pub fn new() -> Arc<Self> {
        Arc::new(Self::default())
    }

    /// Why the listener for `transport` and `ring_port` is down, if it is; `None` before
    /// the first self-check too.
    pub fn down_reason(&self, transport: Transport, ring_port: Port) -> Option<String> {
        self.read().get(&(transport, ring_port)).cloned()
    }

    /// Every listener that failed its last self-check, with why, in port order.
    pub fn down(&self) -> Vec<(Transport, Port, String)> {
        let mut down: Vec<_> = self
            .read()
            .iter()
            .map(|(&(transport, port), why)| (transport, port, why.clone()))
            .collect();
        down.sort_by_key(|(transport, port, _)| (*port, *transport));
        down
    }

    /// Records one self-check of every listener, logging what changed.
    fn record(&self, outcomes: Vec<(&Listener, Result<(), String>)>) {
        let mut down = self.down.write().unwrap_or_else(|p| p.into_inner());
        for (listener, outcome) in outcomes {
            let key = (listener.transport, listener.ring_port);
            let (transport, port, addr) =
                (listener.transport.slug(), listener.ring_port, listener.addr);
            match outcome {
                Ok(()) => {
                    if down.remove(&key).is_some() {
                        tracing::info!(%transport, %port, %addr, "listener answers its self-check again");
                    }
                }
                Err(why) => {
                    if !down.contains_key(&key) {
                        tracing::warn!(%transport, %port, %addr, %why, "listener failed its self-check: visitors will see the port as not testable here");
                    }
                    down.insert(key, why);
                }
            }
        }
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, HashMap<(Transport, Port), String>> {
        self.down.read().unwrap_or_else(|p| p.into_inner())
    }
}

/// Checks every listener at once and records the outcome.
pub async fn check_all(health: &ListenerHealth, listeners: &[Listener], tls: &TlsConnector) {
    let outcomes = futures_util::future::join_all(
        listeners
            .iter()
            .map(|listener| async move { (listener, check(listener, tls).await) }),
    )
    .await;
    health.record(outcomes);
}

/// Checks every listener every `every` (the first time after `every`: start-up has just
/// checked them), until dropped.
pub async fn check_regularly(
    health: Arc<ListenerHealth>,
    listeners: Vec<Listener>,
    tls: TlsConnector,
    every: Duration,
) {
    let mut ticks = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        check_all(&health, &listeners, &tls).await;
    }
}

/// Asks one listener what a browser would; `Err` says what went wrong, for operators.
pub async fn check(listener: &Listener, tls: &TlsConnector) -> Result<(), String> {
    let addr = SocketAddr::new(local(listener.addr.ip()), listener.addr.port());
    let asked = async {
        match (listener.transport, listener.tls) {
            (Transport::Tcp, false) => {
                beacon(
                    TcpStream::connect(addr)
                        .await
                        .map_err(|e| format!("cannot connect: {e}"))?,
                )
                .await
            }
            (Transport::Tcp, true) => {
                let tcp = TcpStream::connect(addr)
                    .await
                    .map_err(|e| format!("cannot connect: {e}"))?;
                let name = ServerName::IpAddress(addr.ip().into());
                let stream = tls
                    .connect(name, tcp)
                    .await
                    .map_err(|e| format!("TLS handshake failed: {e}"))?;
                beacon(stream).await
            }
            (Transport::Udp, _) => stun(addr).await,
        }
    };
    match tokio::time::timeout(ANSWER_WITHIN, asked).await {
        Ok(outcome) => outcome,
        Err(_) => Err(format!("no answer within {} s", ANSWER_WITHIN.as_secs())),
    }
}

/// Where to reach a listener bound to `ip` from this machine.
fn local(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(v4) if v4.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(v6) if v6.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    }
}

/// `GET /beacon?token=…` over `stream`: the answer must be 200 with the token.
async fn beacon<S>(stream: S) -> Result<(), String>
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|e| format!("HTTP handshake failed: {e}"))?;
    let connection = tokio::spawn(connection);
    let request = hyper::Request::get(format!("{BEACON}?token={TOKEN}"))
        .header(hyper::header::HOST, "localhost")
        .body(Empty::<Bytes>::new())
        .map_err(|e| e.to_string())?;
    let response = sender
        .send_request(request)
        .await
        .map_err(|e| format!("no HTTP answer: {e}"))?;
    let status = response.status();
    let body = Limited::new(response.into_body(), 1024)
        .collect()
        .await
        .map_err(|e| format!("the answer broke off: {e}"))?
        .to_bytes();
    connection.abort();
    if status == hyper::StatusCode::OK && body == TOKEN.as_bytes() {
        Ok(())
    } else {
        Err(format!("answered {status} without the token"))
    }
}

/// A STUN Binding request to `addr`: the answer must be a Binding success for it.
async fn stun(addr: SocketAddr) -> Result<(), String> {
    let bind_to = match addr {
        SocketAddr::V4(_) => SocketAddr::new(IpAddr::V4(Ipv4Addr::UNSPECIFIED), 0),
        SocketAddr::V6(_) => SocketAddr::new(IpAddr::V6(Ipv6Addr::UNSPECIFIED), 0),
    };
    let socket = UdpSocket::bind(bind_to)
        .await
        .map_err(|e| format!("cannot open a socket: {e}"))?;
    socket
        .connect(addr)
        .await
        .map_err(|e| format!("cannot reach it: {e}"))?;
    let request = Message::builder_request(BINDING, MessageWriteVec::new()).finish();
    let id = Message::from_bytes(&request)
        .map_err(|e| e.to_string())?
        .transaction_id();
    let mut answer = [0u8; 1500];
    loop {
        socket
            .send(&request)
            .await
            .map_err(|e| format!("cannot send: {e}"))?;
        let Ok(received) = tokio::time::timeout(STUN_RETRANSMIT, socket.recv(&mut answer)).await
        else {
            continue; // lost: send again, until the caller's timeout
        };
        let length = received.map_err(|e| format!("refused: {e}"))?;
        let response = Message::from_bytes(&answer[..length])
            .map_err(|e| format!("not a STUN answer: {e}"))?;
        return if response.has_class(MessageClass::Success)
            && response.has_method(BINDING)
            && response.transaction_id() == id
        {
            Ok(())
        } else {
            Err("answered, but not with a Binding success".to_owned())
        };
    }
}

/// A TLS client for the self-check. It accepts whatever certificate the beacon shows:
/// it is our own process on our own address, and what is checked is that the listener
/// answers, not the certificate (a bad one would fail the page itself first).
pub fn tls_connector() -> TlsConnector {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let verifier = Arc::new(AnyCertificate(provider.clone()));
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map(|builder| {
            builder
                .dangerous()
                .with_custom_certificate_verifier(verifier)
                .with_no_client_auth()
        });
    let mut config = match config {
        Ok(config) => config,
        // The ring provider supports the default versions; this cannot happen.
        Err(_) => ClientConfig::builder()
            .with_root_certificates(rustls::RootCertStore::empty())
            .with_no_client_auth(),
    };
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    TlsConnector::from(Arc::new(config))
}

/// Accepts any certificate, but checks the handshake's signatures properly: for the
/// self-check, and for a database reached with `sslmode=require` and no root.
#[derive(Debug)]
pub struct AnyCertificate(pub Arc<rustls::crypto::CryptoProvider>);

impl rustls::client::danger::ServerCertVerifier for AnyCertificate {
    fn verify_server_cert(
        &self,
        _end_entity: &rustls::pki_types::CertificateDer<'_>,
        _intermediates: &[rustls::pki_types::CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: rustls::pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        Ok(rustls::client::danger::ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &rustls::pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use tokio::net::TcpListener;

    use super::*;
    use crate::{StunCounter, StunLimiter, StunLimits, StunOutcome, serve_stun};

    /// The responder's outcomes are not what this test is about.
    struct Uncounted;

    impl StunCounter for Uncounted {
        fn stun_datagram(&self, _: StunOutcome) {}
    }

    fn listener(transport: Transport, ring_port: u16, addr: SocketAddr) -> Listener {
        Listener {
            transport,
            ring_port: Port::known(ring_port),
            addr,
            tls: false,
        }
    }

    /// A serving beacon, and one over TLS, are checked in the integration tests, which
    /// run the server's HTTP side; here the engine's own responders and dead sockets.
    #[tokio::test]
    async fn a_serving_responder_is_up_and_silent_or_closed_sockets_are_down_with_why() {
        let udp = UdpSocket::bind("127.0.0.1:0").await.unwrap();
        let stun_addr = udp.local_addr().unwrap();
        tokio::spawn(serve_stun(
            udp,
            StunLimiter::new(StunLimits::default()),
            Arc::new(Uncounted),
        ));
        // Bound but never served: the kernel accepts the connection, nobody answers.
        let stuck = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let silent_udp = UdpSocket::bind("127.0.0.1:0").await.unwrap();
        // Nothing bound at all: refused.
        let closed = {
            let gone = TcpListener::bind("127.0.0.1:0").await.unwrap();
            gone.local_addr().unwrap()
        };
        let listeners = [
            listener(Transport::Udp, 15063, stun_addr),
            listener(Transport::Tcp, 9999, stuck.local_addr().unwrap()),
            listener(Transport::Udp, 15064, silent_udp.local_addr().unwrap()),
            listener(Transport::Tcp, 8557, closed),
        ];
        let health = ListenerHealth::new();
        check_all(&health, &listeners, &tls_connector()).await;
        let down: Vec<(Transport, u16)> = health
            .down()
            .into_iter()
            .map(|(t, p, _)| (t, p.get()))
            .collect();
        assert_eq!(
            down,
            [
                (Transport::Tcp, 8557),
                (Transport::Tcp, 9999),
                (Transport::Udp, 15064)
            ]
        );
        let why = |t, p| health.down_reason(t, Port::known(p)).unwrap();
        assert!(
            why(Transport::Tcp, 9999).contains("no answer within"),
            "{}",
            why(Transport::Tcp, 9999)
        );
        assert!(
            why(Transport::Tcp, 8557).contains("cannot connect"),
            "{}",
            why(Transport::Tcp, 8557)
        );
        assert!(
            health
                .down_reason(Transport::Udp, Port::known(15063))
                .is_none()
        );

        // Once it answers again, it is up again.
        drop(silent_udp);
        let fixed = [listener(Transport::Udp, 15064, stun_addr)];
        check_all(&health, &fixed, &tls_connector()).await;
        assert!(
            health
                .down_reason(Transport::Udp, Port::known(15064))
                .is_none()
        );
    }
}

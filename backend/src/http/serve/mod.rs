//! Serving a router on a TCP port, plain or TLS, through the one accept loop every port
//! uses (the main server and each beacon), with what a server on the open internet needs:
//! connections bounded per address and in all, TLS handshakes bounded and timed, a
//! deadline for each request head (which also ends kept-alive connections that send
//! nothing), a cap on the head's size (431), and an idle deadline for connections on
//! which nothing moves. HTTP itself is hyper's.

mod connections;
mod idle;

use std::{future::Future, io, net::SocketAddr, sync::Arc, time::Duration};

use axum::{Router, extract::ConnectInfo};
use hyper::{Request, body::Incoming, server::conn::http1, service::service_fn};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::{
    io::{AsyncRead, AsyncWrite},
    net::{TcpListener, TcpStream},
};
use tokio_rustls::{LazyConfigAcceptor, server::TlsStream};
use tower::ServiceExt;

use connections::Slot;
pub use connections::{Connections, PeerHints};
use idle::{Activity, Watched};

use super::tls::Tls;

/// A client gets this long to say hello (its TLS ClientHello), holding nothing meanwhile.
const HELLO_TIMEOUT: Duration = Duration::from_secs(5);
/// And this long to finish the handshake once the server computes its part.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
/// How long requests under way may take to finish once the server is told to stop.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(35);

/// The address of the peer that opened the connection (a proxy, if there is one).
#[derive(Clone, Copy, Debug)]
pub struct PeerAddr(pub SocketAddr);

/// A bound TCP socket, speaking TLS when it has a configuration.
pub struct HttpListener {
    tcp: TcpListener,
    tls: Option<Tls>,
}

impl HttpListener {
    /// Plain TCP, or TLS when `tls` is given.
    pub fn new(tcp: TcpListener, tls: Option<&Tls>) -> Self {
        Self {
            tcp,
            tls: tls.cloned(),
        }
    }

    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        self.tcp.local_addr()
    }
}

/// Serves `router` until `shutdown` completes, then lets requests under way finish
/// (for up to 35 s); `connections` bounds what every listener holds together.
pub async fn serve(
    listener: HttpListener,
    router: Router,
    connections: Arc<Connections>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    let limits = connections.limits().clone();
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_read_timeout)
        .max_header_size(limits.max_header_bytes);
    // Each connection holds a sender: when every one is dropped, every connection has
    // ended. `stopping` tells them to finish what they serve and close.
    let (alive, mut all_ended) = tokio::sync::mpsc::channel::<()>(1);
    let (stopping, stop) = tokio::sync::watch::channel(false);
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.tcp.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of file descriptors and the like: wait rather than spin.
                    tracing::warn!(%error, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Some(slot) = connections.admit(peer.ip()) else {
            // Closed at once: the server, or this address, holds as many as it may.
            continue;
        };
        let _ = stream.set_nodelay(true);
        let connection = Connection {
            peer,
            router: router.clone(),
            http: http.clone(),
            stop: stop.clone(),
            _alive: alive.clone(),
            idle_timeout: limits.idle_timeout,
        };
        let tls = listener.tls.clone();
        let connections = connections.clone();
        tokio::spawn(async move {
            match tls {
                None => connection.run(stream, slot).await,
                Some(tls) => {
                    if let Some(tls) = handshake(tls, stream, &connections).await {
                        connection.run(tls, slot).await;
                    }
                }
            }
        });
    }
    drop(listener);
    drop(alive);
    stopping.send_replace(true);
    if tokio::time::timeout(SHUTDOWN_GRACE, all_ended.recv())
        .await
        .is_err()
    {
        tracing::warn!("requests still under way at shutdown are given up");
    }
    Ok(())
}

/// The TLS handshake of one connection: its hello first, within a short time and
/// holding nothing, then the server's part, a bounded number computing at once, then the
/// client's answer, within a deadline.
async fn handshake(
    tls: Tls,
    stream: TcpStream,
    connections: &Connections,
) -> Option<TlsStream<TcpStream>> {
    let hello = LazyConfigAcceptor::new(rustls::server::Acceptor::default(), stream);
    let start = match tokio::time::timeout(HELLO_TIMEOUT, hello).await {
        Ok(Ok(start)) => start,
        Ok(Err(error)) => {
            tracing::debug!(%error, "no TLS hello");
            return None;
        }
        Err(_) => {
            tracing::debug!("no TLS hello in time");
            return None;
        }
    };
    // An ACME server validating the domain: the challenge's certificate, then nothing.
    let challenge = tls
        .acme_challenge
        .filter(|_| rustls_acme::is_tls_alpn_challenge(&start.client_hello()));
    let is_challenge = challenge.is_some();
    let config = challenge.unwrap_or(tls.server);
    // The server's costly part (key exchange, signature) runs in `into_stream` itself;
    // the permit covers only that, so a client that stalls after its hello holds none
    // while the handshake waits for its answer.
    let accept = {
        let Some(_permit) = connections.handshake().await else {
            tracing::debug!("TLS handshake refused: as many run as may");
            return None;
        };
        start.into_stream(config)
    };
    if is_challenge {
        if let Ok(Ok(mut answered)) = tokio::time::timeout(HANDSHAKE_TIMEOUT, accept).await {
            // Anyone may offer `acme-tls/1`: at debug level, a flood of them stays out of
            // the log.
            tracing::debug!("answered an ACME TLS-ALPN-01 validation");
            let _ = tokio::io::AsyncWriteExt::shutdown(&mut answered).await;
        }
        return None;
    }
    match tokio::time::timeout(HANDSHAKE_TIMEOUT, accept).await {
        Ok(Ok(tls)) => Some(tls),
        Ok(Err(error)) => {
            tracing::debug!(%error, "TLS handshake failed");
            None
        }
        Err(_) => {
            tracing::debug!("TLS handshake timed out");
            None
        }
    }
}

/// One accepted connection and what serving it needs.
struct Connection {
    peer: SocketAddr,
    router: Router,
    http: http1::Builder,
    /// True once the server stops: finish the request under way, then close.
    stop: tokio::sync::watch::Receiver<bool>,
    /// Dropped when the connection ends, so the server knows when all have.
    _alive: tokio::sync::mpsc::Sender<()>,
    idle_timeout: Duration,
}

impl Connection {
    /// Serves HTTP/1.1 on `io` until the client or the server ends it, or nothing moves
    /// on it for the idle timeout. `slot`, its place in the connection bounds, is held by
    /// the IO itself, as is the server's wait for it at shutdown: a connection a
    /// WebSocket took over keeps both until it closes.
    async fn run<I>(self, io: I, slot: Slot)
    where
        I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
    {
        let Connection {
            peer,
            router,
            http,
            mut stop,
            _alive: alive,
            idle_timeout,
        } = self;
        let activity = Activity::new();
        let service = service_fn(move |mut request: Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(PeerAddr(peer)));
            router.clone().oneshot(request)
        });
        // With upgrades: the video upload test's WebSockets take their connection over,
        // bounded by the test's own time limits.
        let io = Watched::new(io, activity.clone()).holding(Box::new((slot, alive)));
        let served = http
            .serve_connection(TokioIo::new(io), service)
            .with_upgrades();
        tokio::pin!(served);
        let ended = async {
            tokio::select! {
                ended = served.as_mut() => ended,
                () = async { drop(stop.wait_for(|stop| *stop).await) } => {
                    served.as_mut().graceful_shutdown();
                    served.await
                }
            }
        };
        tokio::select! {
            ended = ended => {
                if let Err(error) = ended {
                    tracing::debug!(%error, "connection ended with an error");
                }
            }
            () = activity.idle_for(idle_timeout) => {
                tracing::debug!("idle connection closed");
            }
        }
    }
}

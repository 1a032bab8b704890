//! Serving a router on a plain or TLS listener, with the client's address available to
//! handlers as [`PeerAddr`] either way.

use std::{future::Future, io, net::SocketAddr, sync::Arc};

use axum::{Router, extract::connect_info::Connected, serve::IncomingStream};
use rustls::ServerConfig;
use tokio::net::TcpListener;

use super::tls::TlsListener;

/// The address of the peer that opened the connection (a proxy, if there is one).
#[derive(Clone, Copy, Debug)]
pub struct PeerAddr(pub SocketAddr);

impl Connected<IncomingStream<'_, TcpListener>> for PeerAddr {
    fn connect_info(stream: IncomingStream<'_, TcpListener>) -> Self {
        Self(*stream.remote_addr())
    }
}

impl Connected<IncomingStream<'_, TlsListener>> for PeerAddr {
    fn connect_info(stream: IncomingStream<'_, TlsListener>) -> Self {
        Self(*stream.remote_addr())
    }
}

pub enum HttpListener {
    Plain(TcpListener),
    Tls(TlsListener),
}

impl HttpListener {
    /// Plain TCP, or TLS when `tls` is given.
    pub fn new(tcp: TcpListener, tls: Option<&Arc<ServerConfig>>) -> io::Result<Self> {
        Ok(match tls {
            Some(config) => Self::Tls(TlsListener::new(tcp, config.clone())?),
            None => Self::Plain(tcp),
        })
    }
}

/// Serves `router` until `shutdown` completes, then lets requests under way finish.
pub async fn serve(
    listener: HttpListener,
    router: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> io::Result<()> {
    let service = router.into_make_service_with_connect_info::<PeerAddr>();
    match listener {
        HttpListener::Plain(listener) => {
            axum::serve(listener, service)
                .with_graceful_shutdown(shutdown)
                .await
        }
        HttpListener::Tls(listener) => {
            axum::serve(listener, service)
                .with_graceful_shutdown(shutdown)
                .await
        }
    }
}

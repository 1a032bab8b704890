//! Why the server could not start, worded for the person who started it.

use std::{io, net::SocketAddr};

use ringcheck_engine as engine;

use crate::{
    config::ConfigError,
    http::{acme::AcmeError, spa::SpaError, tls::TlsError},
    service::StoreError,
};

/// Why the server could not start, worded for the person who started it.
#[derive(thiserror::Error, Debug)]
pub enum StartupError {
    #[error(
        "cannot listen on {addr}: the address is already in use. Stop the other program \
         using it, or start Ring Check on another port, e.g. --bind 127.0.0.1:8081"
    )]
    AddressInUse { addr: SocketAddr },

    #[error("cannot listen on {addr}: {source}. Choose another address with --bind")]
    Bind { addr: SocketAddr, source: io::Error },

    #[error(transparent)]
    Spa(#[from] SpaError),

    #[error(transparent)]
    Config(#[from] ConfigError),

    #[error(transparent)]
    Store(#[from] StoreError),

    #[error(transparent)]
    Listeners(#[from] engine::Error),

    #[error(transparent)]
    Tls(#[from] TlsError),

    #[error(transparent)]
    Acme(#[from] AcmeError),

    #[error("the server stopped with an error: {0}")]
    Serve(#[source] io::Error),
}

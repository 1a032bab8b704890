//! What can go wrong in the engine, worded for the operator who configured it.

use std::{io, net::SocketAddr};

#[derive(thiserror::Error, Debug)]
pub enum Error {
    #[error(
        "cannot open the egress listener {spec} on {addr}: {source}. Free the port, choose \
         another address (--egress-listener {spec_head}=<address:port>), or leave the \
         listener out"
    , spec_head = spec.split('=').next().unwrap_or(spec))]
    Listener {
        spec: String,
        addr: SocketAddr,
        source: io::Error,
    },

    #[error(
        "the egress listener {spec} is given twice: each Ring port can have one listener \
         (check --egress-listener and --media-sample)"
    )]
    DuplicateListener { spec: String },
}

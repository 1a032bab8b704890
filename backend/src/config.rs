//! Command-line flags, each also settable through an environment variable.

use std::{net::SocketAddr, path::PathBuf};

use clap::Parser;

#[derive(Parser, Debug, Clone)]
#[command(
    name = "ringcheck",
    version,
    about = "Ring Check: tells whether a home network lets Ring devices do their job."
)]
pub struct Config {
    /// Address and port to listen on.
    #[arg(long, env = "RINGCHECK_BIND", default_value = "127.0.0.1:8080")]
    pub bind: SocketAddr,

    /// Directory of the built SPA (`trunk build` output, holding index.html).
    #[arg(long, env = "RINGCHECK_DIST", default_value = "dist")]
    pub dist: PathBuf,

    /// Log filter, in `tracing` EnvFilter syntax (e.g. `info`, `ringcheck_backend=debug`).
    #[arg(long, env = "RINGCHECK_LOG", default_value = "info")]
    pub log: String,
}

impl Config {
    /// Defaults as the binary would have them with no flags and no environment.
    pub fn defaults() -> Self {
        Self::parse_from(["ringcheck"])
    }
}

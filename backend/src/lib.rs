//! The Ring Check server, in three layers that only look down:
//!
//! - the engine, the crate [`ringcheck_engine`] below this one: probing a visitor's
//!   address, the outward tests' listeners, which addresses may be probed. No HTTP.
//! - [`service`]: running checks and storing their reports, on the engine. No HTTP.
//! - [`http`]: the routes, the app's pages, embedding, TLS serving, on the service.
//!
//! [`startup`] builds them from the [`config`] and runs them; `main.rs` only reads the
//! configuration and calls it, so the integration tests drive the very same server.
//! ARCHITECTURE.md at the repository root draws the whole map.

pub mod client_ip;
pub mod config;
pub mod connection_limits;
pub mod http;
pub mod metrics;
pub mod origin;
pub mod service;
pub mod startup;
pub mod telemetry;

#[cfg(test)]
mod architecture;
#[cfg(test)]
mod docs_tables;
/// How a test that cannot run here says so, shared with the integration tests.
#[cfg(test)]
#[path = "../tests/common/skip.rs"]
pub(crate) mod test_skip;
#[cfg(test)]
mod words_used;

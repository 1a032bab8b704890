//! The Ring Check server: the JSON API and the single-page app, behind one router.
//!
//! `main.rs` only reads the configuration and runs [`startup::Application`]; everything
//! else lives here so the integration tests drive the very same server.

pub mod address;
pub mod checks;
pub mod client_ip;
pub mod config;
pub mod egress;
pub mod embed;
pub mod error;
pub mod ids;
pub mod pages;
pub mod probe;
pub mod routes;
pub mod security;
pub mod serve;
pub mod spa;
pub mod startup;
pub mod state;
pub mod store;
pub mod stun;
pub mod telemetry;
pub mod tls;

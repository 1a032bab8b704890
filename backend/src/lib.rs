//! The Ring Check server: the JSON API and the single-page app, behind one router.
//!
//! `main.rs` only reads the configuration and runs [`startup::Application`]; everything
//! else lives here so the integration tests drive the very same server.

pub mod config;
pub mod error;
pub mod routes;
pub mod security;
pub mod spa;
pub mod startup;
pub mod state;
pub mod telemetry;

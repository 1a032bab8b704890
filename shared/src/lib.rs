//! Everything the Ring Check server and its browser app must agree on: the Ring port
//! catalogue, the wire types of the JSON API and the client-side routes.
//!
//! Only serde and small pure crates here, so this compiles for the server and for
//! `wasm32-unknown-unknown` alike and is tested natively.
//!
//! A field the browser app never reads is `skip_deserializing` on wasm32: every field
//! deserialized costs the app's transfer-size budget, and the JSON still carries it for
//! other clients (the page's "Copy as JSON" hands out the JSON as received).

pub mod advice;
pub mod api;
pub mod app_text;
pub mod catalog;
pub mod check;
pub mod egress;
pub mod family;
pub mod judgement;
pub mod language;
pub mod port;
pub mod probe_detail;
pub mod report;
pub mod routes;
pub mod rows;
pub mod upload;
pub mod verdict;
mod wire;

pub use catalog::{Catalog, catalog};
pub use port::{Port, PortSpec};

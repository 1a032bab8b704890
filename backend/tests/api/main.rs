//! The server over HTTP and real sockets, without a browser: the API and its errors,
//! checks against real listeners, the outward tests' listeners, serving the app,
//! embedding, start-up, and the probe engine against a real firewall (as root).
//! One binary, so the backend is linked once for all of them.

#[path = "../common/mod.rs"]
mod common;
#[path = "../common/upload_client.rs"]
mod upload_client;

mod acme;
mod catalog;
mod checks;
mod connections;
mod deb;
mod egress;
mod embed;
mod families;
mod firewall;
mod languages;
mod logs;
mod metrics;
mod reports;
mod self_check;
mod shared;
mod spa;
mod startup;
mod upload_shaping;
mod uploads;

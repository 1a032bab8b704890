//! The network engine: probing a visitor's address back, the outward tests' listeners
//! (TCP beacon sockets, STUN responders) and their self-check, and which addresses may be
//! probed at all. It knows no HTTP framework: it takes configuration, opens sockets,
//! returns data and never prints (it logs through `tracing`). Modelled on trippy's
//! `trippy-core`: a config struct with [`defaults`], its own [`Error`], I/O behind a small
//! trait ([`Network`]) so its logic is unit-tested.
//!
//! A crate of its own, below the server (`ringcheck-backend`), so the compiler keeps the
//! layers: it cannot name the server's service, HTTP, configuration or metrics. What it
//! counts goes through a trait it defines ([`StunCounter`]), which the server's metrics
//! implement. What the server may use is re-exported here; the modules are private, but
//! for the allowances, the defaults and the self-check (`self_check::check_all`, its
//! `Listener`).

mod address;
pub mod allowance;
pub mod defaults;
mod error;
mod listeners;
mod probe;
mod stun;
/// How a test that cannot run here says so, as every test of the workspace does.
#[cfg(test)]
#[path = "../../backend/tests/common/skip.rs"]
mod test_skip;

pub use address::{
    NonPublic, TargetPolicy, canonical, check_public, household_of, network_of, prefix_of,
};
pub use error::Error;
pub use listeners::{
    BeaconListener, EgressListeners, StunSocket, bind_listeners, bind_tcp,
    self_check::{self, ListenerHealth},
    spec::{ListenerSpec, SpecError, default_specs},
};
pub use probe::{Network, ProbeConfig, Prober, RoundTrips, SystemNetwork};
pub use stun::{
    StunCounter, StunLimiter, StunLimits, StunOutcome, StunPass, forget_idle_regularly, serve_stun,
};

//! The real server and the real built app in headless Chromium: the checker, shared
//! results, embedding in another site, and the browser's outward tests against a real
//! firewall (as root). One binary, so the backend is linked once for all of them.

// The api binary uses every helper of `common`, so an unused one shows up there; these
// tests use only the ones that start servers, not those that call the API themselves.
#[allow(dead_code)]
#[path = "../common/mod.rs"]
mod common;
mod driver;

mod check;
mod dual_stack;
mod embed;
mod firewall;
mod home;
mod languages;
mod upload;

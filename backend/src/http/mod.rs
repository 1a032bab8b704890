//! Everything HTTP: the routes and their handlers, serving the built app and its pages,
//! embedding, security headers, serving on plain or TLS listeners. It calls the check
//! service and, for addresses and listeners, the engine; neither knows it exists.

pub mod acme;
pub mod embed;
mod error;
mod extract;
pub(crate) mod language;
mod layers;
pub mod metrics;
mod pages;
mod routes;
mod security;
pub mod serve;
pub mod spa;
mod state;
pub mod tls;
mod trace;

#[cfg(test)]
mod tests;

use std::time::Duration;

use axum::{
    Router,
    extract::DefaultBodyLimit,
    http::StatusCode,
    middleware::{from_fn, from_fn_with_state},
};
use tower_http::{
    catch_panic::CatchPanicLayer, compression::CompressionLayer, limit::RequestBodyLimitLayer,
    timeout::TimeoutLayer, trace::TraceLayer,
};

use layers::{MAX_REQUEST_BODY_BYTES, REQUEST_TIMEOUT};
pub use security::content_security_policy;
pub use state::AppState;

// The browser's results are answered well within a request's time (5 s to spare), so
// results that were stored are never answered by a timeout.
const _: () = assert!(
    crate::service::checks::EGRESS_ANSWER_WITHIN.as_secs() + 5 <= REQUEST_TIMEOUT.as_secs()
);

/// A beacon answers at once; nothing should keep its connection longer.
const BEACON_TIMEOUT: Duration = Duration::from_secs(10);

/// The whole HTTP surface: the API (JSON everywhere, refusals included), then the site
/// (health check, beacon, embedding, the app), with the layers every response passes.
/// `connect_src` lists where the page may connect besides itself.
pub fn router(state: AppState, connect_src: &[String]) -> Router {
    let csp = content_security_policy(state.spa.inline_script_hashes(), connect_src, "'self'");
    let https = state.embed.is_https();
    let egress_limit = state.checks.egress_body_limit();
    let api = routes::api(egress_limit)
        .layer(DefaultBodyLimit::max(MAX_REQUEST_BODY_BYTES))
        .layer(from_fn_with_state(
            MAX_REQUEST_BODY_BYTES.max(egress_limit),
            layers::refuse_oversized_body,
        ))
        .layer(from_fn_with_state(REQUEST_TIMEOUT, layers::time_limit));
    let site = routes::site(state.clone())
        .layer(RequestBodyLimitLayer::new(MAX_REQUEST_BODY_BYTES))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ));
    let loopback_only = state.loopback_only;
    let metrics = state.metrics.clone();
    let mut app = api
        .merge(site)
        .with_state(state)
        .layer(from_fn_with_state(metrics, layers::record_request));
    if loopback_only {
        app = app.layer(from_fn(layers::loopback_host_only));
    }
    security::add_headers(app, &csp, https)
        .layer(from_fn(language::speak_errors))
        .layer(CompressionLayer::new())
        .layer(CatchPanicLayer::custom(layers::panic_response))
        .layer(TraceLayer::new_for_http().make_span_with(trace::request_span))
}

/// The beacon alone, for the ports that serve nothing else.
pub fn beacon_router() -> Router {
    routes::beacon::standalone()
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            BEACON_TIMEOUT,
        ))
        .layer(TraceLayer::new_for_http().make_span_with(trace::request_span))
}

//! The guards around the handlers: a body too large and a request too slow are refused
//! in the API's JSON shape before (or instead of) the handler, and a handler that panics
//! still answers. Guards, not rewrites: no response body is ever read and replaced.

use std::{
    any::Any,
    sync::Arc,
    time::{Duration, Instant},
};

use axum::{
    extract::{MatchedPath, Request, State},
    http::{Method, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

use super::error::ApiError;
use crate::metrics::Metrics;

/// No request needs more than this; the API's bodies are a few hundred bytes.
pub const MAX_REQUEST_BODY_BYTES: usize = 16 * 1024;
/// Upper bound on any one request, so nothing holds a connection forever.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Counts each request and times it to its response's head, by the router's pattern and
/// a known method: what a visitor writes in the path or the method never makes a new
/// series.
pub async fn record_request(
    State(metrics): State<Arc<Metrics>>,
    request: Request,
    next: Next,
) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("other", MatchedPath::as_str)
        .to_owned();
    let method = match *request.method() {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    };
    let started = Instant::now();
    let response = next.run(request).await;
    metrics.http_request(
        method,
        &route,
        response.status().as_u16(),
        started.elapsed(),
    );
    response
}

/// Refuses a body whose declared length is over `limit` (the largest any API route
/// takes) before any handler runs, whatever the method. A body without a declared length
/// is bounded where it is read (`DefaultBodyLimit`, answered by the `Api` extractors).
pub async fn refuse_oversized_body(
    State(limit): State<usize>,
    request: Request,
    next: Next,
) -> Response {
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.trim().parse::<u64>().ok());
    if declared.is_some_and(|length| length > limit as u64) {
        return ApiError::PayloadTooLarge.into_response();
    }
    next.run(request).await
}

/// Answers [`ApiError::Timeout`] when the handler has not answered within `limit` (an
/// event stream counts as answered once its headers are out).
pub async fn time_limit(State(limit): State<Duration>, request: Request, next: Next) -> Response {
    match tokio::time::timeout(limit, next.run(request)).await {
        Ok(response) => response,
        Err(_) => ApiError::Timeout.into_response(),
    }
}

/// In local mode, answers only requests addressed to this machine by name or loopback
/// address: a page elsewhere whose name was pointed at 127.0.0.1 (DNS rebinding) must
/// not read the results of probing the developer's own network.
pub async fn loopback_host_only(request: Request, next: Next) -> Response {
    // The request line's authority, when it has one, is what the request is for.
    let host = request
        .uri()
        .authority()
        .map(|authority| authority.as_str())
        .or_else(|| {
            request
                .headers()
                .get(header::HOST)
                .and_then(|value| value.to_str().ok())
        });
    if host.is_some_and(is_loopback_host) {
        next.run(request).await
    } else {
        ApiError::WrongHost.into_response()
    }
}

/// `localhost`, `*.localhost` or a loopback address, with or without a port.
fn is_loopback_host(host: &str) -> bool {
    let Ok(authority) = host.parse::<axum::http::uri::Authority>() else {
        return false;
    };
    let name = authority
        .host()
        .trim_start_matches('[')
        .trim_end_matches(']');
    let name = name.to_ascii_lowercase();
    name == "localhost"
        || name.ends_with(".localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|address| address.is_loopback())
}

/// A bug must still answer with our JSON error, not a dropped connection.
pub fn panic_response(panic: Box<dyn Any + Send + 'static>) -> Response {
    let detail = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    ApiError::Internal(format!("handler panicked: {detail}")).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_this_machine_s_names_are_loopback_hosts() {
        for host in [
            "localhost",
            "localhost:8080",
            "app.localhost:1",
            "127.0.0.1:8080",
            "[::1]:8080",
            "127.9.9.9",
        ] {
            assert!(is_loopback_host(host), "{host}");
        }
        for host in [
            "evil.example",
            "evil.example:8080",
            "localhost.evil.example",
            "10.0.0.1:8080",
            "",
            "[::1",
        ] {
            assert!(!is_loopback_host(host), "{host}");
        }
    }
}

//! The guards around the handlers: a body too large and a request too slow are refused
//! in the API's JSON shape before (or instead of) the handler, and a handler that panics
//! still answers. Guards, not rewrites: no response body is ever read and replaced.

use std::{any::Any, time::Duration};

use axum::{
    extract::{Request, State},
    http::header,
    middleware::Next,
    response::{IntoResponse, Response},
};

use super::error::ApiError;

/// No request needs more than this; the API's bodies are a few hundred bytes.
pub const MAX_REQUEST_BODY_BYTES: usize = 16 * 1024;
/// Upper bound on any one request, so nothing holds a connection forever.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Refuses a body whose declared length is over [`MAX_REQUEST_BODY_BYTES`] before any
/// handler runs, whatever the method. A body without a declared length is bounded where
/// it is read (`DefaultBodyLimit`, answered by the `Api` extractors).
pub async fn refuse_oversized_body(request: Request, next: Next) -> Response {
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.trim().parse::<u64>().ok());
    if declared.is_some_and(|length| length > MAX_REQUEST_BODY_BYTES as u64) {
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

/// A bug must still answer with our JSON error, not a dropped connection.
pub fn panic_response(panic: Box<dyn Any + Send + 'static>) -> Response {
    let detail = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    ApiError::Internal(format!("handler panicked: {detail}")).into_response()
}

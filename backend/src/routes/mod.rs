//! The JSON API, one module per resource, merged under `/api`.

mod catalog;
mod checks;
mod health;
pub mod openapi;
mod reports;

pub(crate) use reports::judged;

use axum::{
    Router,
    body::{Body, to_bytes},
    extract::{OriginalUri, Request},
    http::{Method, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

use crate::{error::ApiError, state::AppState};

pub use health::router as health_router;

/// Longest error body from the framework that we keep as the detail of a JSON error.
const MAX_DETAIL_BYTES: usize = 1024;

pub fn api_router() -> Router<AppState> {
    Router::new()
        .merge(catalog::router())
        .merge(checks::router())
        .merge(reports::router())
        .merge(openapi::router())
        .fallback(unknown_endpoint)
}

async fn unknown_endpoint(OriginalUri(uri): OriginalUri) -> ApiError {
    // The original URI: inside `nest("/api")` the request's own has lost its prefix.
    ApiError::UnknownEndpoint {
        path: uri.path().to_owned(),
    }
}

/// Paths whose errors are JSON: the API, and oEmbed (whose consumers are programs too).
fn is_api_path(path: &str) -> bool {
    path == "/api" || path.starts_with("/api/") || path == "/oembed"
}

/// Every error under `/api` leaves as JSON, including the ones axum and the tower layers
/// write as plain text (wrong method, oversized body, malformed JSON, timeout). It wraps
/// those layers, so it sits outside them in the stack.
pub async fn json_errors(request: Request, next: Next) -> Response {
    if !is_api_path(request.uri().path()) {
        return next.run(request).await;
    }
    let method: Method = request.method().clone();
    let path = request.uri().path().to_owned();
    let response = next.run(request).await;
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let (parts, body) = response.into_parts();
    let detail = read_detail(body).await;
    let mut json = ApiError::from_status(status, &method, &path, detail).into_response();
    // Keep what tells the client how to go on (`Allow`, `Retry-After`).
    for name in [header::ALLOW, header::RETRY_AFTER] {
        if let Some(value) = parts.headers.get(&name) {
            json.headers_mut().insert(name, value.clone());
        }
    }
    json
}

async fn read_detail(body: Body) -> Option<String> {
    let bytes = to_bytes(body, MAX_DETAIL_BYTES).await.ok()?;
    let text = String::from_utf8(bytes.to_vec()).ok()?;
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

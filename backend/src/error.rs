//! Errors, one enum per layer: what the API answers, and what stops the server starting.

use std::{io, net::SocketAddr, path::PathBuf};

use axum::{
    Json,
    http::{Method, StatusCode},
    response::{IntoResponse, Response},
};
use ringcheck_shared::api::ErrorBody;

/// An error the API reports as `{ "error": code, "message": text }`.
#[derive(thiserror::Error, Debug)]
pub enum ApiError {
    #[error(
        "There is no API endpoint at {path}. Check the address; the catalogue is at /api/catalog."
    )]
    UnknownEndpoint { path: String },

    #[error("{method} is not allowed here. Use the method this endpoint documents.")]
    MethodNotAllowed { method: Method },

    #[error("The request body is too large. Send at most a few kilobytes of JSON.")]
    PayloadTooLarge,

    #[error("The server took too long to answer. Please try again in a moment.")]
    Timeout,

    /// A request the framework rejected (bad JSON, wrong content type, …), with its reason.
    #[error("The request could not be used: {detail}")]
    BadRequest { status: StatusCode, detail: String },

    #[error(
        "Something went wrong on our side. Please try again; if it keeps happening, contact support."
    )]
    Internal(String),
}

impl ApiError {
    pub fn status_code(&self) -> StatusCode {
        match self {
            ApiError::UnknownEndpoint { .. } => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::Timeout => StatusCode::REQUEST_TIMEOUT,
            ApiError::BadRequest { status, .. } => *status,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The stable, machine-readable code clients switch on.
    pub fn code(&self) -> &'static str {
        match self {
            ApiError::UnknownEndpoint { .. } => "not_found",
            ApiError::MethodNotAllowed { .. } => "method_not_allowed",
            ApiError::PayloadTooLarge => "payload_too_large",
            ApiError::Timeout => "timeout",
            ApiError::BadRequest { status, .. } => match *status {
                StatusCode::UNSUPPORTED_MEDIA_TYPE => "unsupported_media_type",
                StatusCode::UNPROCESSABLE_ENTITY => "invalid_body",
                _ => "bad_request",
            },
            ApiError::Internal(_) => "internal",
        }
    }

    /// Turns a plain error response from the framework or a middleware into our shape.
    /// `detail` is the original text body, kept for 4xx where it helps the caller.
    pub fn from_status(
        status: StatusCode,
        method: &Method,
        path: &str,
        detail: Option<String>,
    ) -> Self {
        match status {
            StatusCode::NOT_FOUND => ApiError::UnknownEndpoint {
                path: path.to_owned(),
            },
            StatusCode::METHOD_NOT_ALLOWED => ApiError::MethodNotAllowed {
                method: method.clone(),
            },
            StatusCode::PAYLOAD_TOO_LARGE => ApiError::PayloadTooLarge,
            StatusCode::REQUEST_TIMEOUT => ApiError::Timeout,
            status if status.is_client_error() => ApiError::BadRequest {
                status,
                detail: detail.unwrap_or_else(|| {
                    status
                        .canonical_reason()
                        .unwrap_or("invalid request")
                        .to_owned()
                }),
            },
            status => ApiError::Internal(format!("{status}: {}", detail.unwrap_or_default())),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if let ApiError::Internal(detail) = &self {
            // The details stay in the log; the caller gets a message it can act on.
            tracing::error!(%detail, "internal error");
        }
        let body = ErrorBody {
            error: self.code().to_owned(),
            message: self.to_string(),
        };
        (self.status_code(), Json(body)).into_response()
    }
}

/// Why the server could not start, worded for the person who started it.
#[derive(thiserror::Error, Debug)]
pub enum StartupError {
    #[error(
        "cannot listen on {addr}: the address is already in use. Stop the other program \
         using it, or start Ring Check on another port, e.g. --bind 127.0.0.1:8081"
    )]
    AddressInUse { addr: SocketAddr },

    #[error("cannot listen on {addr}: {source}. Choose another address with --bind")]
    Bind { addr: SocketAddr, source: io::Error },

    #[error(
        "the web app is missing: {path} has no index.html. Build it first with \
         `cargo xtask serve` (or `trunk build --release`), or point --dist at the built app"
    )]
    MissingSpa { path: PathBuf },

    #[error("cannot read the web app at {path}: {source}")]
    UnreadableSpa { path: PathBuf, source: io::Error },

    #[error("the server stopped with an error: {0}")]
    Serve(#[source] io::Error),
}

//! Errors, one enum per layer: what the API answers, and what stops the server starting.

use std::{
    io,
    net::{IpAddr, SocketAddr},
    path::PathBuf,
    time::Duration,
};

use axum::{
    Json,
    http::{HeaderValue, Method, StatusCode, header},
    response::{IntoResponse, Response},
};
use ringcheck_shared::{api::ErrorBody, check::CheckIdError};

use crate::{
    address::NonPublic,
    checks::{StartError, admission::Refusal},
    config::ConfigError,
    store::StoreError,
    tls::TlsError,
};

/// How long a visitor refused because the server is full should wait.
const BUSY_RETRY_AFTER: Duration = Duration::from_secs(10);

/// An error the API reports as `{ "error": code, "message": text }`.
#[derive(thiserror::Error, Debug)]
pub enum ApiError {
    #[error(
        "There is no API endpoint at {path}. Check the address; the API is described at \
         /api/openapi.json."
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
        "The request body must be empty or {{}}: {detail}. Ring Check always tests the \
         address your request comes from, so there is nothing to send."
    )]
    InvalidStartBody { detail: String },

    #[error("Send the request body as JSON (Content-Type: application/json), or send no body.")]
    UnsupportedMediaType,

    #[error(
        "Ring Check can only test a public internet address, and your request came from \
         {address}, {why}. This happens when Ring Check runs on the same machine or network \
         as you, or when a VPN or proxy hides your public address. Turn off any VPN or \
         proxy and open Ring Check on the Wi-Fi your Ring device uses.",
        why = why.describe()
    )]
    TargetNotPublic { address: IpAddr, why: NonPublic },

    #[error(
        "A check of your network is already running. Wait for it to finish (a few \
         seconds), then try again."
    )]
    CheckInProgress { retry_after: Duration },

    #[error(
        "You have started several checks in a short time. Please wait {} seconds and try \
         again.",
        whole_seconds(*retry_after)
    )]
    RateLimited { retry_after: Duration },

    #[error(
        "Ring Check is very busy right now. Please try again in {} seconds.",
        BUSY_RETRY_AFTER.as_secs()
    )]
    ServerBusy,

    #[error("{0}. Check the link: it may be cut short or mistyped.")]
    InvalidId(#[from] CheckIdError),

    #[error(
        "There is no check with this id. It may have been mistyped, or it finished long \
         ago: its report, if any, is at /api/reports/{{id}}."
    )]
    CheckNotFound,

    #[error(
        "There is no report with this id. Reports are kept for a limited time, so the link \
         may have expired, or it may be mistyped. Run a new check to get a fresh link."
    )]
    ReportNotFound,

    #[error(
        "These browser results do not belong to this check. Run the check again from this \
         page."
    )]
    EgressWrongToken,

    #[error("The browser results could not be used: {detail}.")]
    EgressInvalid { detail: String },

    #[error("This check already has its browser results; they are sent once per check.")]
    EgressAlreadySubmitted,

    #[error(
        "This check finished too long ago to add browser results. Run a new check to \
         include them."
    )]
    EgressTooLate,

    #[error(
        "Your browser's results were saved, but the check ended without a report to show \
         them in. Please run the check again."
    )]
    ReportUnavailable,

    #[error("oEmbed is offered as JSON only (format=json), not \"{format}\".")]
    OEmbedFormat { format: String },

    #[error(
        "There is nothing to embed at {url}: give this Ring Check server's home page or a \
         /r/{{id}} result link."
    )]
    NoEmbed { url: String },

    #[error(
        "Something went wrong on our side. Please try again; if it keeps happening, contact support."
    )]
    Internal(String),
}

impl From<StartError> for ApiError {
    fn from(error: StartError) -> Self {
        match error {
            StartError::Refused(Refusal::AlreadyRunning) => ApiError::CheckInProgress {
                retry_after: Duration::from_secs(3),
            },
            StartError::Refused(Refusal::Busy) => ApiError::ServerBusy,
            StartError::Refused(Refusal::RateLimited { retry_after }) => {
                ApiError::RateLimited { retry_after }
            }
            StartError::NoRandomness(error) => {
                ApiError::Internal(format!("no randomness: {error}"))
            }
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        ApiError::Internal(error.to_string())
    }
}

impl ApiError {
    pub fn status_code(&self) -> StatusCode {
        match self {
            ApiError::UnknownEndpoint { .. } => StatusCode::NOT_FOUND,
            ApiError::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::Timeout => StatusCode::REQUEST_TIMEOUT,
            ApiError::BadRequest { status, .. } => *status,
            ApiError::InvalidStartBody { .. } | ApiError::InvalidId(_) => StatusCode::BAD_REQUEST,
            ApiError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::TargetNotPublic { .. } => StatusCode::FORBIDDEN,
            ApiError::CheckInProgress { .. } | ApiError::RateLimited { .. } => {
                StatusCode::TOO_MANY_REQUESTS
            }
            ApiError::ServerBusy | ApiError::ReportUnavailable => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::CheckNotFound | ApiError::ReportNotFound => StatusCode::NOT_FOUND,
            ApiError::EgressWrongToken => StatusCode::FORBIDDEN,
            ApiError::EgressInvalid { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::EgressAlreadySubmitted => StatusCode::CONFLICT,
            ApiError::EgressTooLate => StatusCode::GONE,
            ApiError::OEmbedFormat { .. } => StatusCode::NOT_IMPLEMENTED,
            ApiError::NoEmbed { .. } => StatusCode::NOT_FOUND,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// When a refused client may try again, for the `Retry-After` header.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            ApiError::CheckInProgress { retry_after } | ApiError::RateLimited { retry_after } => {
                Some(*retry_after)
            }
            ApiError::ServerBusy => Some(BUSY_RETRY_AFTER),
            _ => None,
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
            ApiError::InvalidStartBody { .. } => "invalid_body",
            ApiError::UnsupportedMediaType => "unsupported_media_type",
            ApiError::TargetNotPublic { .. } => "target_not_public",
            ApiError::CheckInProgress { .. } => "check_in_progress",
            ApiError::RateLimited { .. } => "rate_limited",
            ApiError::ServerBusy => "server_busy",
            ApiError::InvalidId(_) => "invalid_id",
            ApiError::CheckNotFound => "check_not_found",
            ApiError::ReportNotFound => "report_not_found",
            ApiError::EgressWrongToken => "wrong_token",
            ApiError::EgressInvalid { .. } => "invalid_egress",
            ApiError::EgressAlreadySubmitted => "egress_already_submitted",
            ApiError::EgressTooLate => "check_closed",
            ApiError::ReportUnavailable => "report_unavailable",
            ApiError::OEmbedFormat { .. } => "format_not_supported",
            ApiError::NoEmbed { .. } => "no_embed",
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
        let mut response = (self.status_code(), Json(body)).into_response();
        if let Some(retry_after) = self.retry_after() {
            response.headers_mut().insert(
                header::RETRY_AFTER,
                HeaderValue::from(whole_seconds(retry_after)),
            );
        }
        response
    }
}

/// Whole seconds, rounded up and never 0, as `Retry-After` and the messages say them.
fn whole_seconds(duration: Duration) -> u64 {
    (duration.as_secs() + u64::from(duration.subsec_nanos() > 0)).max(1)
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

    #[error(transparent)]
    Config(#[from] ConfigError),

    #[error(transparent)]
    Store(#[from] StoreError),

    #[error(
        "cannot open the egress listener {spec} on {addr}: {source}. Free the port, choose \
         another address (--egress-listener {spec_head}=<address:port>), or leave the \
         listener out"
    , spec_head = spec.split('=').next().unwrap_or(spec))]
    EgressListener {
        spec: String,
        addr: SocketAddr,
        source: io::Error,
    },

    #[error(
        "the egress listener {spec} is given twice: each Ring port can have one listener \
         (check --egress-listener and --media-sample)"
    )]
    DuplicateEgressListener { spec: String },

    #[error(transparent)]
    Tls(#[from] TlsError),

    #[error("the server stopped with an error: {0}")]
    Serve(#[source] io::Error),
}

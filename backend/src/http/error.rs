//! What the API answers when it refuses: `{ "error": code, "message": text }` with its
//! status. Every refusal is an [`ApiError`]; [`ApiError::status_and_code`] is the one
//! table of statuses and codes, the codes being the shared [`ErrorCode`]s that the page
//! words for people.

use std::{net::IpAddr, time::Duration};

use axum::{
    Json,
    extract::rejection::{BytesRejection, JsonRejection, PathRejection, QueryRejection},
    http::{HeaderValue, Method, StatusCode, header},
    response::{IntoResponse, Response},
};
use ringcheck_engine::NonPublic;
use ringcheck_shared::{
    api::{ErrorBody, ErrorCode},
    check::CheckIdError,
    egress::EgressError,
};

use crate::{
    client_ip::BypassedProxies,
    service::{AddressRefusal, EgressRefusal, LookupRefusal, Refusal, StartError, StoreError},
};

/// How long a visitor refused because the server is full should wait.
const BUSY_RETRY_AFTER: Duration = Duration::from_secs(10);
/// The longest extractor's explanation passed on to the client.
const MAX_DETAIL_BYTES: usize = 1024;
/// How long a visitor should wait when the disk is nearly full.
const STORAGE_RETRY_AFTER: Duration = Duration::from_secs(300);
/// How long a visitor whose check is still running should wait.
const IN_PROGRESS_RETRY_AFTER: Duration = Duration::from_secs(3);
/// How long to wait when the report database cannot be reached.
const STORE_RETRY_AFTER: Duration = Duration::from_secs(60);

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

    /// A request whose body or parameters could not be read: the extractor's status and
    /// words.
    #[error("The request could not be used: {detail}")]
    Unreadable { status: StatusCode, detail: String },

    #[error(
        "The request body must be empty or {{}}: {detail}. Ring Check always tests the \
         address your request comes from, so there is nothing to send."
    )]
    InvalidStartBody { detail: String },

    #[error("Send the request body as JSON (Content-Type: application/json), or send no body.")]
    UnsupportedMediaType,

    #[error("The request body must be {{\"token\": \"…\"}} with the check's token: {detail}.")]
    InvalidAddressBody { detail: String },

    #[error(
        "This Ring Check server tests one address family only, so there is no other \
         address to add to a check."
    )]
    NoFamilies,

    #[error("This token does not belong to this check. Run the check again from this page.")]
    AddressWrongToken,

    #[error(
        "This request does not come from the page that started the check, so its address \
         is not added to it. Run the check from the Ring Check page itself."
    )]
    AddressFromOtherPage,

    #[error(
        "This check is too far along to add your address in another family. Run a new \
         check to include it."
    )]
    AddressTooLate,

    #[error(
        "Ring Check can only test a public internet address, and your request came from \
         {address}, {why}. This happens when Ring Check runs on the same machine or network \
         as you, or when a VPN or proxy hides your public address. Turn off any VPN or \
         proxy and open Ring Check on the Wi-Fi your Ring device uses.",
        why = non_public_words(*why)
    )]
    TargetNotPublic { address: IpAddr, why: NonPublic },

    #[error(
        "This request reached Ring Check directly instead of through the web address it is \
         published at, so Ring Check cannot tell which address to test. Open Ring Check at \
         its usual address. (If you run this server: let only your proxy reach its main \
         port.)"
    )]
    NotThroughProxy,

    #[error(
        "A check can only be started from the Ring Check page itself. If you are calling the \
         API from a program, send the request with Content-Type: application/json."
    )]
    CrossSiteStart,

    #[error(
        "This Ring Check runs in local mode and answers only at localhost or 127.0.0.1. \
         Open it by that address."
    )]
    WrongHost,

    #[error(
        "A check of your network is already running. Wait for it to finish (a few \
         seconds), then try again."
    )]
    CheckInProgress,

    #[error(
        "Many checks from your network are running right now. Please try again in a few \
         seconds."
    )]
    NetworkBusy,

    #[error(
        "Ring Check cannot store new results right now. Please try again later; results \
         you were sent links to are still there."
    )]
    StorageFull,

    #[error(
        "You have started several checks in a short time. Please wait {} seconds and try \
         again.",
        whole_seconds(*retry_after)
    )]
    RateLimited { retry_after: Duration },

    #[error(
        "Many checks have come from your network lately. Please wait {} seconds and try \
         again.",
        whole_seconds(*retry_after)
    )]
    NetworkRateLimited { retry_after: Duration },

    #[error(
        "Your network has saved {limit} Ring Check reports in the last day, as many as \
         this server keeps for one network in a day. Please try again in {}. The reports \
         already saved stay readable from their links.",
        in_words(*retry_after)
    )]
    NetworkDailyLimit { limit: u32, retry_after: Duration },

    #[error(
        "Ring Check is very busy right now. Please try again in {} seconds.",
        BUSY_RETRY_AFTER.as_secs()
    )]
    ServerBusy,

    #[error(
        "You have opened many Ring Check reports in a short time. Please wait {} seconds \
         and open this one again.",
        whole_seconds(*retry_after)
    )]
    LookupRateLimited { retry_after: Duration },

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

    #[error(
        "Your browser's results were saved, but the check's report was not ready in the \
         time this request may wait (the check may still be running). It will be at the \
         report's link, with your results: open it in a minute. There is no need to send \
         the results again."
    )]
    ReportPending,

    #[error(
        "The request could not be used: give the page to embed as ?url=… (the home page or \
         a /r/{{id}} link)"
    )]
    OEmbedWithoutUrl,

    #[error("The request could not be used: the request has no usable Host header")]
    NoUsableHost,

    #[error("oEmbed is offered as JSON only (format=json), not \"{format}\".")]
    OEmbedFormat { format: String },

    #[error(
        "There is nothing to embed at {url}: give this Ring Check server's home page or a \
         /r/{{id}} result link."
    )]
    NoEmbed { url: String },

    #[error(
        "Ring Check cannot reach its report database right now, so it cannot start a \
         check. Please try again in a minute."
    )]
    StoreUnavailable(String),

    #[error(
        "Something went wrong on our side. Please try again; if it keeps happening, contact support."
    )]
    Internal(String),
}

impl ApiError {
    /// The one table: each refusal's status, and the stable code clients switch on.
    pub fn status_and_code(&self) -> (StatusCode, ErrorCode) {
        use ErrorCode as Code;
        use StatusCode as Status;
        match self {
            ApiError::UnknownEndpoint { .. } => (Status::NOT_FOUND, Code::NotFound),
            ApiError::MethodNotAllowed { .. } => {
                (Status::METHOD_NOT_ALLOWED, Code::MethodNotAllowed)
            }
            ApiError::PayloadTooLarge => (Status::PAYLOAD_TOO_LARGE, Code::PayloadTooLarge),
            ApiError::Timeout => (Status::REQUEST_TIMEOUT, Code::Timeout),
            ApiError::Unreadable { status, .. } => (*status, unreadable_code(*status)),
            ApiError::InvalidStartBody { .. } | ApiError::InvalidAddressBody { .. } => {
                (Status::BAD_REQUEST, Code::InvalidBody)
            }
            ApiError::NoFamilies => (Status::NOT_FOUND, Code::NotFound),
            ApiError::AddressWrongToken => (Status::FORBIDDEN, Code::WrongToken),
            ApiError::AddressFromOtherPage => (Status::FORBIDDEN, Code::CrossSite),
            ApiError::AddressTooLate => (Status::GONE, Code::CheckClosed),
            ApiError::UnsupportedMediaType => {
                (Status::UNSUPPORTED_MEDIA_TYPE, Code::UnsupportedMediaType)
            }
            ApiError::TargetNotPublic { .. } => (Status::FORBIDDEN, Code::TargetNotPublic),
            ApiError::NotThroughProxy => (Status::FORBIDDEN, Code::NotThroughProxy),
            ApiError::CrossSiteStart => (Status::FORBIDDEN, Code::CrossSite),
            ApiError::WrongHost => (Status::MISDIRECTED_REQUEST, Code::WrongHost),
            ApiError::CheckInProgress => (Status::TOO_MANY_REQUESTS, Code::CheckInProgress),
            ApiError::NetworkBusy => (Status::TOO_MANY_REQUESTS, Code::NetworkBusy),
            ApiError::StorageFull => (Status::SERVICE_UNAVAILABLE, Code::StorageFull),
            ApiError::RateLimited { .. }
            | ApiError::NetworkRateLimited { .. }
            | ApiError::NetworkDailyLimit { .. }
            | ApiError::LookupRateLimited { .. } => (Status::TOO_MANY_REQUESTS, Code::RateLimited),
            ApiError::ServerBusy => (Status::SERVICE_UNAVAILABLE, Code::ServerBusy),
            ApiError::InvalidId(_) => (Status::BAD_REQUEST, Code::InvalidId),
            ApiError::CheckNotFound => (Status::NOT_FOUND, Code::CheckNotFound),
            ApiError::ReportNotFound => (Status::NOT_FOUND, Code::ReportNotFound),
            ApiError::EgressWrongToken => (Status::FORBIDDEN, Code::WrongToken),
            ApiError::EgressInvalid { .. } => (Status::UNPROCESSABLE_ENTITY, Code::InvalidEgress),
            ApiError::EgressAlreadySubmitted => (Status::CONFLICT, Code::EgressAlreadySubmitted),
            ApiError::EgressTooLate => (Status::GONE, Code::CheckClosed),
            ApiError::ReportUnavailable | ApiError::ReportPending => {
                (Status::SERVICE_UNAVAILABLE, Code::ReportUnavailable)
            }
            ApiError::OEmbedWithoutUrl | ApiError::NoUsableHost => {
                (Status::BAD_REQUEST, Code::BadRequest)
            }
            ApiError::OEmbedFormat { .. } => (Status::NOT_IMPLEMENTED, Code::FormatNotSupported),
            ApiError::NoEmbed { .. } => (Status::NOT_FOUND, Code::NoEmbed),
            ApiError::Internal(_) => (Status::INTERNAL_SERVER_ERROR, Code::Internal),
            ApiError::StoreUnavailable(_) => (Status::SERVICE_UNAVAILABLE, Code::ServerBusy),
        }
    }

    /// When a refused client may try again, for the `Retry-After` header.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            ApiError::CheckInProgress | ApiError::NetworkBusy => Some(IN_PROGRESS_RETRY_AFTER),
            ApiError::StorageFull => Some(STORAGE_RETRY_AFTER),
            ApiError::RateLimited { retry_after }
            | ApiError::NetworkRateLimited { retry_after }
            | ApiError::NetworkDailyLimit { retry_after, .. }
            | ApiError::LookupRateLimited { retry_after } => Some(*retry_after),
            ApiError::ServerBusy => Some(BUSY_RETRY_AFTER),
            ApiError::StoreUnavailable(_) => Some(STORE_RETRY_AFTER),
            _ => None,
        }
    }
}

impl From<BypassedProxies> for ApiError {
    fn from(_: BypassedProxies) -> Self {
        ApiError::NotThroughProxy
    }
}

impl From<Refusal> for ApiError {
    fn from(refusal: Refusal) -> Self {
        match refusal {
            Refusal::AlreadyRunning => ApiError::CheckInProgress,
            Refusal::Busy => ApiError::ServerBusy,
            Refusal::NetworkBusy => ApiError::NetworkBusy,
            Refusal::RateLimited { retry_after } => ApiError::RateLimited { retry_after },
            Refusal::NetworkRateLimited { retry_after } => {
                ApiError::NetworkRateLimited { retry_after }
            }
        }
    }
}

impl From<LookupRefusal> for ApiError {
    fn from(refusal: LookupRefusal) -> Self {
        match refusal {
            LookupRefusal::RateLimited { retry_after } => {
                ApiError::LookupRateLimited { retry_after }
            }
            LookupRefusal::Busy => ApiError::ServerBusy,
        }
    }
}

impl From<AddressRefusal> for ApiError {
    fn from(refusal: AddressRefusal) -> Self {
        match refusal {
            AddressRefusal::UnknownCheck => ApiError::CheckNotFound,
            AddressRefusal::NoFamilies => ApiError::NoFamilies,
            AddressRefusal::WrongToken => ApiError::AddressWrongToken,
            AddressRefusal::OtherPage => ApiError::AddressFromOtherPage,
            AddressRefusal::TooLate => ApiError::AddressTooLate,
            AddressRefusal::NotPublic { address, why } => {
                ApiError::TargetNotPublic { address, why }
            }
            AddressRefusal::Refused(refusal) => refusal.into(),
        }
    }
}

impl From<StartError> for ApiError {
    fn from(error: StartError) -> Self {
        match error {
            StartError::NotPublic { address, why } => ApiError::TargetNotPublic { address, why },
            StartError::Refused(refusal) => refusal.into(),
            StartError::StorageFull { .. } => ApiError::StorageFull,
            StartError::NetworkDailyLimit { limit, retry_after } => {
                ApiError::NetworkDailyLimit { limit, retry_after }
            }
            StartError::NoRandomness(error) => {
                ApiError::Internal(format!("no randomness: {error}"))
            }
            StartError::Store(error) => ApiError::StoreUnavailable(error.to_string()),
        }
    }
}

impl From<EgressRefusal> for ApiError {
    fn from(refusal: EgressRefusal) -> Self {
        match refusal {
            EgressRefusal::UnknownCheck => ApiError::CheckNotFound,
            EgressRefusal::TooLate => ApiError::EgressTooLate,
            EgressRefusal::Invalid(EgressError::WrongToken) => ApiError::EgressWrongToken,
            EgressRefusal::Invalid(error) => ApiError::EgressInvalid {
                detail: error.to_string(),
            },
            EgressRefusal::AlreadySubmitted => ApiError::EgressAlreadySubmitted,
            EgressRefusal::Store(error) => error.into(),
            EgressRefusal::ReportUnavailable => ApiError::ReportUnavailable,
            EgressRefusal::ReportPending => ApiError::ReportPending,
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(error: StoreError) -> Self {
        ApiError::Internal(error.to_string())
    }
}

/// The code of a request an extractor could not take, by the status it gave.
fn unreadable_code(status: StatusCode) -> ErrorCode {
    match status {
        StatusCode::UNSUPPORTED_MEDIA_TYPE => ErrorCode::UnsupportedMediaType,
        StatusCode::UNPROCESSABLE_ENTITY => ErrorCode::InvalidBody,
        _ => ErrorCode::BadRequest,
    }
}

/// A request an extractor could not take: its status and words, in our shape. Words
/// longer than [`MAX_DETAIL_BYTES`] (they may quote the input) give way to the status's
/// own name.
fn rejected(status: StatusCode, detail: String) -> ApiError {
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        return ApiError::PayloadTooLarge;
    }
    if status.is_server_error() {
        return ApiError::Internal(detail);
    }
    let detail = detail.trim();
    let detail = if detail.is_empty() || detail.len() > MAX_DETAIL_BYTES {
        status.canonical_reason().unwrap_or("invalid request")
    } else {
        detail
    };
    ApiError::Unreadable {
        status,
        detail: detail.to_owned(),
    }
}

impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> Self {
        rejected(rejection.status(), rejection.body_text())
    }
}

impl From<BytesRejection> for ApiError {
    fn from(rejection: BytesRejection) -> Self {
        rejected(rejection.status(), rejection.body_text())
    }
}

impl From<PathRejection> for ApiError {
    fn from(rejection: PathRejection) -> Self {
        rejected(rejection.status(), rejection.body_text())
    }
}

impl From<QueryRejection> for ApiError {
    fn from(rejection: QueryRejection) -> Self {
        rejected(rejection.status(), rejection.body_text())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        match &self {
            // The details stay in the log; the caller gets a message it can act on.
            ApiError::Internal(detail) => tracing::error!(%detail, "internal error"),
            ApiError::StoreUnavailable(detail) => {
                tracing::error!(%detail, "a check could not start for the report database");
            }
            _ => {}
        }
        let (status, code) = self.status_and_code();
        let body = ErrorBody {
            error: code,
            message: self.to_string(),
        };
        let mut response = (status, Json(body)).into_response();
        if let Some(retry_after) = self.retry_after() {
            response.headers_mut().insert(
                header::RETRY_AFTER,
                HeaderValue::from(whole_seconds(retry_after)),
            );
        }
        response
    }
}

/// Why an address may not be probed, as the customer reads it: "a loopback address, …",
/// finishing "your request came from X, …". The engine says which kind; the words are
/// this layer's.
fn non_public_words(why: NonPublic) -> &'static str {
    match why {
        NonPublic::Unspecified => "an unspecified address",
        NonPublic::Loopback => "a loopback address, which means the same machine as Ring Check",
        NonPublic::Private => "a private (home or office network) address",
        NonPublic::SharedCgnat => {
            "a carrier-grade NAT address, shared by many customers of your provider"
        }
        NonPublic::LinkLocal => "a link-local address",
        NonPublic::Documentation => "an address reserved for documentation",
        NonPublic::Benchmarking => "an address reserved for network benchmarking",
        NonPublic::Multicast => "a multicast address",
        NonPublic::Reserved => "a reserved address",
        NonPublic::UniqueLocal => "a private (unique local) IPv6 address",
        NonPublic::Tunnel => {
            "a tunnel's address (6to4 or Teredo), which hides the network behind it"
        }
        NonPublic::SiteLocal => "a private (site-local) IPv6 address",
    }
}

/// Whole seconds, rounded up and never 0, as `Retry-After` and the messages say them.
fn whole_seconds(duration: Duration) -> u64 {
    (duration.as_secs() + u64::from(duration.subsec_nanos() > 0)).max(1)
}

/// A wait of up to a day, rounded up, as a customer reads it: "40 minutes", "3 hours".
fn in_words(duration: Duration) -> String {
    let minutes = whole_seconds(duration).div_ceil(60);
    match minutes {
        1 => "a minute".to_owned(),
        ..=90 => format!("{minutes} minutes"),
        _ => format!("{} hours", minutes.div_ceil(60)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_the_status_of_its_kind() {
        for (error, status) in [
            (ApiError::CheckInProgress, 429),
            (ApiError::ServerBusy, 503),
            (ApiError::EgressTooLate, 410),
            (ApiError::EgressWrongToken, 403),
            (ApiError::PayloadTooLarge, 413),
            (ApiError::Internal("x".into()), 500),
        ] {
            assert_eq!(error.status_and_code().0.as_u16(), status, "{error:?}");
        }
        assert_eq!(
            ApiError::CheckInProgress.retry_after(),
            Some(IN_PROGRESS_RETRY_AFTER)
        );
    }

    #[test]
    fn a_refused_address_is_named_in_the_customer_s_words() {
        let refused = ApiError::TargetNotPublic {
            address: "192.168.1.20".parse().unwrap(),
            why: NonPublic::Private,
        };
        let message = refused.to_string();
        assert!(
            message.contains("came from 192.168.1.20, a private (home or office network) address."),
            "{message}"
        );
    }

    #[test]
    fn a_daily_limit_says_how_long_in_words_a_customer_reads() {
        let wait = |seconds| in_words(Duration::from_secs(seconds));
        assert_eq!(wait(1), "a minute");
        assert_eq!(wait(61), "2 minutes");
        assert_eq!(wait(90 * 60), "90 minutes");
        assert_eq!(wait(90 * 60 + 1), "2 hours");
        assert_eq!(wait(23 * 3600 + 1), "24 hours");
        let limited = ApiError::NetworkDailyLimit {
            limit: 500,
            retry_after: Duration::from_secs(3 * 3600),
        };
        assert_eq!(
            limited.status_and_code(),
            (StatusCode::TOO_MANY_REQUESTS, ErrorCode::RateLimited)
        );
        assert_eq!(limited.retry_after(), Some(Duration::from_secs(3 * 3600)));
        assert!(
            limited
                .to_string()
                .contains("500 Ring Check reports in the last day")
        );
        assert!(limited.to_string().contains("try again in 3 hours"));
    }

    #[test]
    fn a_rejection_keeps_its_status_and_gets_the_code_for_it() {
        let code = |status| rejected(status, "why".into()).status_and_code();
        for (status, expected) in [
            (StatusCode::BAD_REQUEST, ErrorCode::BadRequest),
            (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                ErrorCode::UnsupportedMediaType,
            ),
            (StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidBody),
            (StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::PayloadTooLarge),
        ] {
            assert_eq!(code(status), (status, expected));
        }
        let long = rejected(StatusCode::UNPROCESSABLE_ENTITY, "x".repeat(5000));
        assert_eq!(
            long.to_string(),
            "The request could not be used: Unprocessable Entity",
            "long words may quote the input: not sent back"
        );
        assert_eq!(
            code(StatusCode::INTERNAL_SERVER_ERROR),
            (StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::Internal),
            "a server-side failure is ours, and its details stay in the log"
        );
    }

    #[test]
    fn retry_after_is_whole_seconds_never_zero() {
        assert_eq!(whole_seconds(Duration::from_millis(10)), 1);
        assert_eq!(whole_seconds(Duration::from_millis(1500)), 2);
        assert_eq!(whole_seconds(Duration::from_secs(12)), 12);
    }
}

//! What the API answers when it refuses: `{ "error": code, "message": text }` with its
//! status. Every refusal is an [`ApiError`]; [`ApiError::status_and_code`] is the one
//! table of statuses and codes, the codes being the shared [`ErrorCode`]s that the page
//! words for people.

use std::{net::IpAddr, sync::Arc, time::Duration};

use axum::{
    Json,
    extract::{
        rejection::{BytesRejection, JsonRejection, PathRejection, QueryRejection},
        ws::rejection::WebSocketUpgradeRejection,
    },
    http::{HeaderValue, Method, StatusCode, header},
    response::{IntoResponse, Response},
};
use ringcheck_engine::NonPublic;
use ringcheck_shared::{
    api::{ErrorBody, ErrorCode},
    check::CheckIdError,
    egress::EgressError,
    upload::MAX_STREAMS,
};
use ringcheck_words::{Locale, Speaker, Words};

use crate::{
    client_ip::BypassedProxies,
    service::{
        AddressRefusal, EgressRefusal, LookupRefusal, Refusal, StartError, StoreError,
        uploads::UploadRefusal,
    },
};

/// How long a visitor refused because the server is full should wait.
const BUSY_RETRY_AFTER: Duration = Duration::from_secs(10);
/// The longest extractor's explanation passed on to the client.
const MAX_DETAIL_BYTES: usize = 1024;
/// How long a visitor should wait when the disk is nearly full.
const STORAGE_RETRY_AFTER: Duration = Duration::from_secs(300);
/// How long a visitor whose check is still running should wait.
const IN_PROGRESS_RETRY_AFTER: Duration = Duration::from_secs(3);
/// An upload test lasts about 15 s.
const UPLOAD_RETRY_AFTER: Duration = Duration::from_secs(15);
/// "Busy, try in a minute": the tests under way take that long to free the line.
const UPLOAD_BUSY_RETRY_AFTER: Duration = Duration::from_secs(60);
/// How long to wait when the report database cannot be reached.
const STORE_RETRY_AFTER: Duration = Duration::from_secs(60);

/// An error the API reports as `{ "error": code, "message": text }`.
#[derive(Debug)]
pub enum ApiError {
    UnknownEndpoint {
        path: String,
    },
    MethodNotAllowed {
        method: Method,
    },
    PayloadTooLarge,
    Timeout,
    /// A request whose body or parameters could not be read: the extractor's status and
    /// words.
    Unreadable {
        status: StatusCode,
        detail: String,
    },
    InvalidStartBody {
        detail: String,
    },
    UnsupportedMediaType,
    InvalidAddressBody {
        detail: String,
    },
    NoFamilies,
    AddressWrongToken,
    AddressFromOtherPage,
    AddressTooLate,
    TargetNotPublic {
        address: IpAddr,
        why: NonPublic,
    },
    NotThroughProxy,
    CrossSiteStart,
    WrongHost,
    CheckInProgress,
    NetworkBusy,
    StorageFull,
    RateLimited {
        retry_after: Duration,
    },
    NetworkRateLimited {
        retry_after: Duration,
    },
    NetworkDailyLimit {
        limit: u32,
        retry_after: Duration,
    },
    ServerBusy,
    /// This household already has a video upload test running.
    UploadInProgress,
    /// Its network has as many upload tests running as it may.
    UploadNetworkBusy,
    /// The server takes in as much upload as it may.
    UploadBusy,
    /// More or fewer streams than a test may have.
    UploadStreams,
    /// No running upload test has that id and token.
    UploadNotFound,
    /// The report to keep the figures with is not this visitor's (or not there).
    UploadNotYours,
    /// This household started many upload tests lately.
    UploadRateLimited {
        retry_after: Duration,
    },
    /// Its network started many upload tests lately.
    UploadNetworkRateLimited {
        retry_after: Duration,
    },
    LookupRateLimited {
        retry_after: Duration,
    },
    InvalidId(CheckIdError),
    CheckNotFound,
    ReportNotFound,
    EgressWrongToken,
    EgressInvalid {
        detail: String,
    },
    EgressAlreadySubmitted,
    EgressTooLate,
    ReportUnavailable,
    ReportPending,
    OEmbedWithoutUrl,
    NoUsableHost,
    OEmbedFormat {
        format: String,
    },
    NoEmbed {
        url: String,
    },
    StoreUnavailable(String),
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
            | ApiError::LookupRateLimited { .. }
            | ApiError::UploadRateLimited { .. }
            | ApiError::UploadNetworkRateLimited { .. } => {
                (Status::TOO_MANY_REQUESTS, Code::RateLimited)
            }
            ApiError::ServerBusy => (Status::SERVICE_UNAVAILABLE, Code::ServerBusy),
            ApiError::UploadInProgress => (Status::TOO_MANY_REQUESTS, Code::UploadInProgress),
            ApiError::UploadNetworkBusy => (Status::TOO_MANY_REQUESTS, Code::NetworkBusy),
            ApiError::UploadBusy => (Status::SERVICE_UNAVAILABLE, Code::ServerBusy),
            ApiError::UploadStreams => (Status::BAD_REQUEST, Code::BadRequest),
            ApiError::UploadNotFound => (Status::NOT_FOUND, Code::UploadNotFound),
            ApiError::UploadNotYours => (Status::FORBIDDEN, Code::WrongToken),
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
            | ApiError::LookupRateLimited { retry_after }
            | ApiError::UploadRateLimited { retry_after }
            | ApiError::UploadNetworkRateLimited { retry_after } => Some(*retry_after),
            ApiError::ServerBusy => Some(BUSY_RETRY_AFTER),
            ApiError::UploadInProgress | ApiError::UploadNetworkBusy => Some(UPLOAD_RETRY_AFTER),
            ApiError::UploadBusy => Some(UPLOAD_BUSY_RETRY_AFTER),
            ApiError::StoreUnavailable(_) => Some(STORE_RETRY_AFTER),
            _ => None,
        }
    }
}

impl ApiError {
    /// What the caller reads, in `words`' language: what went wrong and what to do.
    pub fn message(&self, words: Speaker<'_>) -> String {
        let wait = |duration: &Duration| wait_in_words(*duration, words);
        match self {
            ApiError::UnknownEndpoint { path } => {
                words.with("error-unknown-endpoint", &[("path", path.into())])
            }
            ApiError::MethodNotAllowed { method } => words.with(
                "error-method-not-allowed",
                &[("method", method.as_str().into())],
            ),
            ApiError::PayloadTooLarge => words.text("error-payload-too-large"),
            ApiError::Timeout => words.text("error-timeout"),
            ApiError::Unreadable { detail, .. } => {
                words.with("error-unreadable", &[("detail", detail.into())])
            }
            ApiError::InvalidStartBody { detail } => {
                words.with("error-invalid-start-body", &[("detail", detail.into())])
            }
            ApiError::UnsupportedMediaType => words.text("error-unsupported-media-type"),
            ApiError::InvalidAddressBody { detail } => {
                words.with("error-invalid-address-body", &[("detail", detail.into())])
            }
            ApiError::NoFamilies => words.text("error-no-families"),
            ApiError::AddressWrongToken => words.text("error-address-wrong-token"),
            ApiError::AddressFromOtherPage => words.text("error-address-other-page"),
            ApiError::AddressTooLate => words.text("error-address-too-late"),
            ApiError::TargetNotPublic { address, why } => words.with(
                "error-target-not-public",
                &[
                    ("address", address.to_string().as_str().into()),
                    ("why", words.text(not_public_message(*why)).as_str().into()),
                ],
            ),
            ApiError::NotThroughProxy => words.text("error-not-through-proxy"),
            ApiError::CrossSiteStart => words.text("error-cross-site-start"),
            ApiError::WrongHost => words.text("error-wrong-host"),
            ApiError::CheckInProgress => words.text("error-check-in-progress"),
            ApiError::NetworkBusy => words.text("error-network-busy"),
            ApiError::StorageFull => words.text("error-storage-full"),
            ApiError::RateLimited { retry_after } => words.with(
                "error-rate-limited",
                &[("wait", wait(retry_after).as_str().into())],
            ),
            ApiError::NetworkRateLimited { retry_after } => words.with(
                "error-network-rate-limited",
                &[("wait", wait(retry_after).as_str().into())],
            ),
            ApiError::NetworkDailyLimit { limit, retry_after } => words.with(
                "error-network-daily-limit",
                &[
                    ("limit", (*limit).into()),
                    ("wait", wait(retry_after).as_str().into()),
                ],
            ),
            ApiError::ServerBusy => words.with(
                "error-server-busy",
                &[("wait", wait(&BUSY_RETRY_AFTER).as_str().into())],
            ),
            ApiError::UploadInProgress => words.text("error-upload-in-progress"),
            ApiError::UploadNetworkBusy => words.text("error-upload-network-busy"),
            ApiError::UploadBusy => words.with(
                "error-upload-busy",
                &[("wait", wait(&UPLOAD_BUSY_RETRY_AFTER).as_str().into())],
            ),
            ApiError::UploadStreams => {
                words.with("error-upload-streams", &[("most", MAX_STREAMS.into())])
            }
            ApiError::UploadNotFound => words.text("error-upload-not-found"),
            ApiError::UploadNotYours => words.text("error-upload-not-yours"),
            ApiError::UploadRateLimited { retry_after } => words.with(
                "error-upload-rate-limited",
                &[("wait", wait(retry_after).as_str().into())],
            ),
            ApiError::UploadNetworkRateLimited { retry_after } => words.with(
                "error-upload-network-rate-limited",
                &[("wait", wait(retry_after).as_str().into())],
            ),
            ApiError::LookupRateLimited { retry_after } => words.with(
                "error-lookup-rate-limited",
                &[("wait", wait(retry_after).as_str().into())],
            ),
            ApiError::InvalidId(error) => {
                words.with("error-invalid-id", &[("id", error.text().into())])
            }
            ApiError::CheckNotFound => words.text("error-check-not-found"),
            ApiError::ReportNotFound => words.text("error-report-not-found"),
            ApiError::EgressWrongToken => words.text("error-egress-wrong-token"),
            ApiError::EgressInvalid { detail } => {
                words.with("error-egress-invalid", &[("detail", detail.into())])
            }
            ApiError::EgressAlreadySubmitted => words.text("error-egress-already-submitted"),
            ApiError::EgressTooLate => words.text("error-egress-too-late"),
            ApiError::ReportUnavailable => words.text("error-report-unavailable"),
            ApiError::ReportPending => words.text("error-report-pending"),
            ApiError::OEmbedWithoutUrl => words.text("error-oembed-without-url"),
            ApiError::NoUsableHost => words.text("error-no-usable-host"),
            ApiError::OEmbedFormat { format } => {
                words.with("error-oembed-format", &[("format", format.into())])
            }
            ApiError::NoEmbed { url } => words.with("error-no-embed", &[("url", url.into())]),
            ApiError::StoreUnavailable(_) => words.text("error-store-unavailable"),
            ApiError::Internal(_) => words.text("error-internal"),
        }
    }

    /// The body the caller gets, in `words`' language.
    pub fn body(&self, words: Speaker<'_>) -> ErrorBody {
        ErrorBody {
            error: self.status_and_code().1,
            message: self.message(words),
        }
    }
}

/// In English, as the log and the tests read it.
impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Words::get().speak(Locale::ENGLISH)))
    }
}

impl std::error::Error for ApiError {}

impl From<CheckIdError> for ApiError {
    fn from(error: CheckIdError) -> Self {
        ApiError::InvalidId(error)
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

impl From<UploadRefusal> for ApiError {
    fn from(refusal: UploadRefusal) -> Self {
        match refusal {
            UploadRefusal::InProgress => ApiError::UploadInProgress,
            UploadRefusal::NetworkBusy => ApiError::UploadNetworkBusy,
            UploadRefusal::Busy => ApiError::UploadBusy,
            UploadRefusal::Streams => ApiError::UploadStreams,
            UploadRefusal::RateLimited { retry_after } => {
                ApiError::UploadRateLimited { retry_after }
            }
            UploadRefusal::NetworkRateLimited { retry_after } => {
                ApiError::UploadNetworkRateLimited { retry_after }
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

impl From<WebSocketUpgradeRejection> for ApiError {
    fn from(rejection: WebSocketUpgradeRejection) -> Self {
        ApiError::Unreadable {
            status: rejection.status(),
            detail: rejection.body_text(),
        }
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
        let (status, _) = self.status_and_code();
        let body = self.body(Words::get().speak(Locale::ENGLISH));
        let mut response = (status, Json(body)).into_response();
        if let Some(retry_after) = self.retry_after() {
            response.headers_mut().insert(
                header::RETRY_AFTER,
                HeaderValue::from(whole_seconds(retry_after)),
            );
        }
        // In English; `language::speak_errors` words it again in the caller's language.
        response.extensions_mut().insert(Arc::new(self));
        response
    }
}

/// The message of why an address may not be probed, finishing "your request came from
/// X, …". The engine says which kind; the words are the catalogue's.
fn not_public_message(why: NonPublic) -> &'static str {
    match why {
        NonPublic::Unspecified => "not-public-unspecified",
        NonPublic::Loopback => "not-public-loopback",
        NonPublic::Private => "not-public-private",
        NonPublic::SharedCgnat => "not-public-shared-cgnat",
        NonPublic::LinkLocal => "not-public-link-local",
        NonPublic::Documentation => "not-public-documentation",
        NonPublic::Benchmarking => "not-public-benchmarking",
        NonPublic::Multicast => "not-public-multicast",
        NonPublic::Reserved => "not-public-reserved",
        NonPublic::UniqueLocal => "not-public-unique-local",
        NonPublic::Tunnel => "not-public-tunnel",
        NonPublic::SiteLocal => "not-public-site-local",
    }
}

/// Whole seconds, rounded up and never 0, as `Retry-After` and the messages say them.
fn whole_seconds(duration: Duration) -> u64 {
    (duration.as_secs() + u64::from(duration.subsec_nanos() > 0)).max(1)
}

/// A wait as a customer reads it, rounded up: seconds up to a minute and a half,
/// minutes up to an hour and a half, then hours ("12 seconds", "40 minutes", "3 hours").
fn wait_in_words(duration: Duration, words: Speaker<'_>) -> String {
    let seconds = whole_seconds(duration);
    let minutes = seconds.div_ceil(60);
    if seconds <= 90 {
        words.with("wait-seconds", &[("seconds", seconds.into())])
    } else if minutes <= 90 {
        words.with("wait-minutes", &[("minutes", minutes.into())])
    } else {
        words.with("wait-hours", &[("hours", minutes.div_ceil(60).into())])
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
        let english = Words::get().speak(Locale::ENGLISH);
        let wait = |seconds| wait_in_words(Duration::from_secs(seconds), english);
        assert_eq!(wait(1), "1 second");
        assert_eq!(wait(12), "12 seconds");
        assert_eq!(wait(61), "61 seconds");
        assert_eq!(wait(91), "2 minutes");
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

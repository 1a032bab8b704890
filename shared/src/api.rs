//! Bodies of the JSON API that both sides read or write.

use serde::{Deserialize, Serialize};

use crate::{catalog::Transport, port::Port};

/// Every API error: a machine-readable `error` code and a `message` for people that says
/// what went wrong and what to do.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ErrorBody {
    pub error: ErrorCode,
    pub message: String,
}

/// Declares [`ErrorCode`] from one list: each variant with its wire name, so the enum,
/// [`ErrorCode::ALL`] and [`ErrorCode::as_str`] cannot drift apart.
macro_rules! error_codes {
    ($($(#[$doc:meta])* $variant:ident = $wire:literal,)*) => {
        /// The stable, machine-readable codes of API errors, which clients switch on. The
        /// server gives each its HTTP status; the page words them for people.
        #[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        pub enum ErrorCode {
            $($(#[$doc])* #[serde(rename = $wire)] $variant,)*
        }

        impl ErrorCode {
            /// Every code this build knows.
            pub const ALL: &[ErrorCode] = &[$(ErrorCode::$variant,)*];

            /// The code as the wire writes it, e.g. `rate_limited`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ErrorCode::$variant => $wire,)*
                }
            }
        }
    };
}

error_codes! {
    /// No such API endpoint.
    NotFound = "not_found",
    MethodNotAllowed = "method_not_allowed",
    PayloadTooLarge = "payload_too_large",
    Timeout = "timeout",
    /// A body that is not JSON.
    UnsupportedMediaType = "unsupported_media_type",
    /// JSON that does not say what the endpoint needs.
    InvalidBody = "invalid_body",
    /// A request that cannot be read at all (malformed JSON, a bad parameter).
    BadRequest = "bad_request",
    /// The request came from an address Ring Check may not probe.
    TargetNotPublic = "target_not_public",
    /// A request that reached a server behind proxies without passing through them.
    NotThroughProxy = "not_through_proxy",
    /// A start another site's page could have sent (no JSON content type, no own origin).
    CrossSite = "cross_site",
    /// A local-mode server asked under a name that is not this machine's.
    WrongHost = "wrong_host",
    CheckInProgress = "check_in_progress",
    /// A video upload test of this address is already running.
    UploadInProgress = "upload_in_progress",
    /// No running upload test has that id and token.
    UploadNotFound = "upload_not_found",
    /// Many households of the visitor's network are checking at once.
    NetworkBusy = "network_busy",
    RateLimited = "rate_limited",
    ServerBusy = "server_busy",
    /// The server's disk is nearly full: no new report would fit.
    StorageFull = "storage_full",
    /// That cannot be a check or report id.
    InvalidId = "invalid_id",
    CheckNotFound = "check_not_found",
    ReportNotFound = "report_not_found",
    /// The browser's results carry another check's token.
    WrongToken = "wrong_token",
    /// The browser's results do not answer the check's plan.
    InvalidEgress = "invalid_egress",
    EgressAlreadySubmitted = "egress_already_submitted",
    /// Too late to add the browser's results.
    CheckClosed = "check_closed",
    /// The browser's results were stored, but there is no report to show them in.
    ReportUnavailable = "report_unavailable",
    /// oEmbed in a format other than JSON.
    FormatNotSupported = "format_not_supported",
    /// oEmbed for a page that cannot be embedded.
    NoEmbed = "no_embed",
    /// A check that ran but could not finish (in its `failed` event).
    CheckFailed = "check_failed",
    Internal = "internal",
    /// A code this build does not know (from a newer server).
    #[serde(other)]
    Unknown = "unknown",
}

/// The event names of a check's stream (`GET /api/checks/{id}/events`).
pub mod events {
    /// One per probe result, as it is known (data: a `ProbeResult`).
    pub const PROBE: &str = "probe";
    /// The last event of a finished check (data: the judged `Report`).
    pub const REPORT: &str = "report";
    /// The last event of a check that could not finish (data: an `ErrorBody`).
    pub const FAILED: &str = "failed";
}

/// `GET /healthz`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    /// `ok`, or `degraded` when a test listener failed its last self-check or the server
    /// speaks TLS without a certificate.
    pub status: String,
    pub version: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub listeners_down: Vec<ListenerDown>,
    /// With TLS only: whether the server has a certificate to serve.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls: Option<TlsHealth>,
    /// When the served certificate expires (its notAfter), in Unix seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tls_expires_at: Option<i64>,
}

/// Whether a server speaking TLS has a certificate to serve.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum TlsHealth {
    /// A certificate is served.
    Ok,
    /// None yet (ACME has not obtained the first): every TLS handshake fails.
    NoCertificate,
}

/// A beacon or STUN responder that failed its last self-check.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ListenerDown {
    pub transport: Transport,
    /// The Ring port it tests.
    pub port: Port,
    /// What the self-check found, for operators.
    pub reason: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_written_as_serde_writes_it_and_read_back() {
        for &code in ErrorCode::ALL {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            assert_eq!(serde_json::from_str::<ErrorCode>(&json).unwrap(), code);
        }
        let newer: ErrorCode = serde_json::from_str("\"from_a_newer_server\"").unwrap();
        assert_eq!(newer, ErrorCode::Unknown);
    }

    #[test]
    fn health_without_tls_is_written_as_before_and_read_either_way() {
        let plain = Health {
            status: "ok".into(),
            version: "0.1.0".into(),
            listeners_down: Vec::new(),
            tls: None,
            tls_expires_at: None,
        };
        let json = serde_json::to_string(&plain).unwrap();
        assert_eq!(json, r#"{"status":"ok","version":"0.1.0"}"#);
        assert_eq!(serde_json::from_str::<Health>(&json).unwrap(), plain);
        let waiting: Health = serde_json::from_str(
            r#"{"status":"degraded","version":"0.1.0","tls":"no_certificate"}"#,
        )
        .unwrap();
        assert_eq!(waiting.tls, Some(TlsHealth::NoCertificate));
        let served = Health {
            tls: Some(TlsHealth::Ok),
            tls_expires_at: Some(1_936_742_400),
            ..plain
        };
        assert_eq!(
            serde_json::to_string(&served).unwrap(),
            r#"{"status":"ok","version":"0.1.0","tls":"ok","tls_expires_at":1936742400}"#
        );
    }
}

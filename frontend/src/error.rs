//! Errors as the customer sees them: a short title, what happened and what to do.

use ringcheck_shared::{
    api::{ErrorBody, ErrorCode},
    app_text::AppText,
    check::CheckIdError,
};

use crate::words::{t, t_with};

#[derive(Clone, Debug, PartialEq)]
pub struct UiError {
    pub title: String,
    pub message: String,
    /// The API's error code, when the server sent one.
    pub code: Option<ErrorCode>,
}

impl UiError {
    /// An error answer from the API.
    /// The server's message says when to try again, where that matters.
    pub fn from_api(status: u16, body: Option<ErrorBody>) -> Self {
        let code = body.as_ref().map(|b| b.error);
        let title = match code {
            Some(ErrorCode::TargetNotPublic) => AppText::ErrorNotPublic,
            Some(ErrorCode::RateLimited | ErrorCode::NetworkBusy | ErrorCode::UploadInProgress) => {
                AppText::ErrorWait
            }
            Some(ErrorCode::CheckInProgress) => AppText::ErrorInProgress,
            Some(ErrorCode::ServerBusy) => AppText::ErrorBusy,
            Some(ErrorCode::ReportNotFound) => AppText::ErrorNoReport,
            Some(ErrorCode::InvalidId) => AppText::ErrorBadLink,
            _ if status >= 500 => AppText::ErrorServer,
            _ => AppText::ErrorOther,
        };
        let message = match body {
            Some(body) if status < 500 || body.error != ErrorCode::Internal => body.message,
            _ => t(AppText::ErrorServerWhat),
        };
        Self {
            title: t(title),
            message,
            code,
        }
    }

    /// The request never reached the server.
    pub fn offline() -> Self {
        Self::plain(AppText::ErrorOffline, AppText::ErrorOfflineWhat)
    }

    /// The server answered something we cannot read.
    pub fn unexpected() -> Self {
        Self::plain(AppText::ErrorUnexpected, AppText::ErrorUnexpectedWhat)
    }

    /// The results stopped arriving.
    pub fn lost_connection() -> Self {
        Self::plain(AppText::ErrorLost, AppText::ErrorLostWhat)
    }

    /// The check did not finish within its deadline and a margin.
    pub fn timed_out() -> Self {
        Self::plain(AppText::ErrorTimedOut, AppText::ErrorTimedOutWhat)
    }

    /// The server ran the check but could not finish it; its message says why.
    pub fn check_failed(message: String) -> Self {
        Self {
            title: t(AppText::ErrorCheckFailed),
            message,
            code: Some(ErrorCode::CheckFailed),
        }
    }

    /// A link that cannot be a report id, explained without asking the server.
    pub fn invalid_link(error: &CheckIdError) -> Self {
        Self::from_api(
            400,
            Some(ErrorBody {
                error: ErrorCode::InvalidId,
                message: t_with(AppText::ErrorBadLinkWhat, &[("id", error.text())]),
            }),
        )
    }

    /// The code as the API writes it (`rate_limited`), for the page's markup.
    pub fn code_name(&self) -> Option<&'static str> {
        self.code.map(ErrorCode::as_str)
    }

    pub fn plain(title: AppText, message: AppText) -> Self {
        Self {
            title: t(title),
            message: t(message),
            code: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use ringcheck_shared::check::CheckId;

    use super::*;

    fn body(error: ErrorCode, message: &str) -> Option<ErrorBody> {
        Some(ErrorBody {
            error,
            message: message.to_owned(),
        })
    }

    #[test]
    fn known_codes_get_their_own_title_and_keep_the_servers_words() {
        let error = UiError::from_api(429, body(ErrorCode::RateLimited, "Wait 12 seconds."));
        assert_eq!(error.title, t(AppText::ErrorWait));
        assert_eq!(error.message, "Wait 12 seconds.");
        assert_eq!(error.code_name(), Some("rate_limited"));
    }

    #[test]
    fn an_internal_error_is_not_shown_as_the_server_worded_it() {
        let error = UiError::from_api(500, body(ErrorCode::Internal, "database is locked"));
        assert_eq!(error.title, t(AppText::ErrorServer));
        assert_eq!(
            error.message,
            t(AppText::ErrorServerWhat),
            "not the server's words"
        );
    }

    #[test]
    fn a_code_from_a_newer_server_still_reads_as_an_error() {
        let body: ErrorBody =
            serde_json::from_str(r#"{"error":"brand_new","message":"Try later."}"#).unwrap();
        let error = UiError::from_api(409, Some(body));
        assert_eq!(error.code, Some(ErrorCode::Unknown));
        assert_eq!(error.title, t(AppText::ErrorOther));
        assert_eq!(error.message, "Try later.");
    }

    #[test]
    fn a_bad_link_is_explained_as_one() {
        let error = UiError::invalid_link(&CheckId::parse("abc").unwrap_err());
        assert_eq!(error.code, Some(ErrorCode::InvalidId));
        assert_eq!(error.title, t(AppText::ErrorBadLink));
        assert_eq!(
            error.message,
            t(AppText::ErrorBadLinkWhat),
            "natively, the id alone"
        );
    }
}

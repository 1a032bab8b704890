//! Errors as the customer sees them: a short title, what happened and what to do.

use ringcheck_shared::api::{ErrorBody, ErrorCode};

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
            Some(ErrorCode::TargetNotPublic) => "Ring Check can't see your home's internet address",
            Some(ErrorCode::RateLimited | ErrorCode::NetworkBusy) => "Please wait a moment",
            Some(ErrorCode::CheckInProgress) => "A check is already running",
            Some(ErrorCode::ServerBusy) => "Ring Check is busy right now",
            Some(ErrorCode::ReportNotFound) => "This report doesn't exist or has expired",
            Some(ErrorCode::InvalidId) => "This link isn't a valid Ring Check link",
            _ if status >= 500 => "Ring Check is having trouble",
            _ => "Something went wrong",
        };
        let message = match body {
            Some(body) if status < 500 || body.error != ErrorCode::Internal => body.message,
            _ => "Please try again in a minute. If it keeps happening, contact Ring support \
                  and mention Ring Check."
                .to_owned(),
        };
        Self {
            title: title.to_owned(),
            message,
            code,
        }
    }

    /// The request never reached the server.
    pub fn offline() -> Self {
        Self::plain(
            "Can't reach Ring Check",
            "Check that this phone or computer is online, then try again.",
        )
    }

    /// The server answered something we cannot read.
    pub fn unexpected() -> Self {
        Self::plain(
            "Ring Check sent an answer it shouldn't have",
            "Please reload the page and try again.",
        )
    }

    /// The results stopped arriving.
    pub fn lost_connection() -> Self {
        Self::plain(
            "The connection was lost",
            "The check stopped sending results before it finished. Check your connection \
             and run it again.",
        )
    }

    /// The check did not finish within its deadline and a margin.
    pub fn timed_out() -> Self {
        Self::plain(
            "The check took too long",
            "Ring Check did not finish in time; your connection may be very slow or \
             interrupted. Please run it again.",
        )
    }

    /// The server ran the check but could not finish it; its message says why.
    pub fn check_failed(message: String) -> Self {
        Self {
            title: "The check could not finish".into(),
            message,
            code: Some(ErrorCode::CheckFailed),
        }
    }

    /// A link that cannot be a report id, explained without asking the server.
    pub fn invalid_link(why: impl std::fmt::Display) -> Self {
        Self::from_api(
            400,
            Some(ErrorBody {
                error: ErrorCode::InvalidId,
                message: format!("{why}. Check the link: it may be cut short or mistyped."),
            }),
        )
    }

    /// The code as the API writes it (`rate_limited`), for the page's markup.
    pub fn code_name(&self) -> Option<&'static str> {
        self.code.map(ErrorCode::as_str)
    }

    fn plain(title: &str, message: &str) -> Self {
        Self {
            title: title.into(),
            message: message.into(),
            code: None,
        }
    }
}

#[cfg(test)]
mod tests {
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
        assert_eq!(error.title, "Please wait a moment");
        assert_eq!(error.message, "Wait 12 seconds.");
        assert_eq!(error.code_name(), Some("rate_limited"));
    }

    #[test]
    fn an_internal_error_is_not_shown_as_the_server_worded_it() {
        let error = UiError::from_api(500, body(ErrorCode::Internal, "database is locked"));
        assert_eq!(error.title, "Ring Check is having trouble");
        assert!(!error.message.contains("database"), "{}", error.message);
        assert!(error.message.contains("try again"));
    }

    #[test]
    fn a_code_from_a_newer_server_still_reads_as_an_error() {
        let body: ErrorBody =
            serde_json::from_str(r#"{"error":"brand_new","message":"Try later."}"#).unwrap();
        let error = UiError::from_api(409, Some(body));
        assert_eq!(error.code, Some(ErrorCode::Unknown));
        assert_eq!(error.title, "Something went wrong");
        assert_eq!(error.message, "Try later.");
    }

    #[test]
    fn a_bad_link_is_explained_as_one() {
        let error = UiError::invalid_link("the id is 3 characters long, not 22");
        assert_eq!(error.code, Some(ErrorCode::InvalidId));
        assert_eq!(error.title, "This link isn't a valid Ring Check link");
        assert!(error.message.starts_with("the id is 3 characters"));
    }
}

//! Errors as the customer sees them: a short title, what happened and what to do.

use ringcheck_shared::api::ErrorBody;

#[derive(Clone, Debug, PartialEq)]
pub struct UiError {
    pub title: String,
    pub message: String,
    /// The API's error code, when the server sent one.
    pub code: Option<String>,
}

impl UiError {
    /// An error answer from the API.
    /// The server's message says when to try again, where that matters.
    pub fn from_api(status: u16, body: Option<ErrorBody>) -> Self {
        let code = body.as_ref().map(|b| b.error.clone());
        let title = match code.as_deref() {
            Some("target_not_public") => "Ring Check can't see your home's internet address",
            Some("rate_limited") => "Please wait a moment",
            Some("check_in_progress") => "A check is already running",
            Some("server_busy") => "Ring Check is busy right now",
            Some("report_not_found") => "This report doesn't exist or has expired",
            Some("invalid_id") => "This link isn't a valid Ring Check link",
            _ if status >= 500 => "Ring Check is having trouble",
            _ => "Something went wrong",
        };
        let message = match body {
            Some(body) if status < 500 || body.error != "internal" => body.message,
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
            code: Some("check_failed".into()),
        }
    }

    fn plain(title: &str, message: &str) -> Self {
        Self {
            title: title.into(),
            message: message.into(),
            code: None,
        }
    }
}

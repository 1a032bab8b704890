//! What the request log records of a request: its method and its path, with every id
//! replaced by its log label; never its query (a beacon's token, an oEmbed URL), its
//! headers or the visitor's address.

use axum::http::Request;
use ringcheck_shared::check::CheckId;
use tracing::Span;

use crate::service::log_label;

/// Longer path segments are left out: nothing of ours is that long.
const MAX_SEGMENT: usize = 40;

/// The span every request is logged in.
pub fn request_span<B>(request: &Request<B>) -> Span {
    tracing::debug_span!(
        "request",
        method = %request.method(),
        path = %redacted_path(request.uri().path()),
    )
}

/// `path` with ids as `~<label>` and overlong segments as `…`.
fn redacted_path(path: &str) -> String {
    path.split('/')
        .map(|segment| {
            if CheckId::parse(segment).is_ok() {
                format!("~{}", log_label(segment))
            } else if segment.len() > MAX_SEGMENT {
                "…".to_owned()
            } else {
                segment.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_logged_as_labels_and_queries_not_at_all() {
        let id = "q3vX0bL8Tn2cYh5W9aKzRg";
        assert_eq!(
            redacted_path(&format!("/api/checks/{id}/events")),
            format!("/api/checks/~{}/events", log_label(id))
        );
        assert_eq!(
            redacted_path(&format!("/r/{id}")),
            format!("/r/~{}", log_label(id))
        );
        assert_eq!(redacted_path("/beacon"), "/beacon");
        assert_eq!(redacted_path(&format!("/x/{}", "a".repeat(100))), "/x/…");
        let request = Request::get(format!("/beacon?token={id}"))
            .body(())
            .unwrap();
        assert_eq!(redacted_path(request.uri().path()), "/beacon");
    }
}

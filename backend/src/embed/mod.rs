//! Ring Check inside other sites' pages: `/embed` (the checker in a compact layout, with
//! its own `frame-ancestors`), `/embed.js` (the loader that creates and sizes the frame),
//! `/oembed` and the oEmbed discovery link in the app's pages.

mod oembed;
pub mod origin;

use axum::{
    Router,
    extract::State,
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};

use crate::state::AppState;

/// The loader script, served as it is.
const LOADER: &str = include_str!("../../assets/embed.js");

/// What the embedding routes need, fixed at start-up.
#[derive(Debug)]
pub struct EmbedSettings {
    /// The CSP of `/embed`: the app's, with `frame-ancestors` set to the allowed origins.
    pub page_csp: HeaderValue,
    /// `--public-url`: where visitors reach this server, if not from `Host`.
    pub public_url: Option<String>,
    /// Whether this server speaks https (for origins taken from `Host`).
    pub tls: bool,
}

impl EmbedSettings {
    /// This server's origin as the request addresses it.
    pub fn site_origin(&self, headers: &HeaderMap) -> Option<String> {
        origin::site_origin(self.public_url.as_deref(), self.tls, headers)
    }
}

/// `frame-ancestors` for `/embed`: the listed origins, or anywhere when none are.
pub fn frame_ancestors(origins: &[String]) -> String {
    if origins.is_empty() {
        "*".to_owned()
    } else {
        origins.join(" ")
    }
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/embed", get(embed_page))
        .route("/embed/", get(embed_page))
        .route("/embed.js", get(loader))
        .route("/oembed", get(oembed::oembed))
}

async fn embed_page(State(state): State<AppState>) -> Response {
    let mut page = state.spa.page(
        StatusCode::OK,
        Some(&ringcheck_shared::routes::ClientRoute::Embed),
        None,
        None,
    );
    let headers = page.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        state.embed.page_csp.clone(),
    );
    // It names the hashed assets of this build: always ask again, as for `/`.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    page
}

async fn loader() -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/javascript; charset=utf-8"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        LOADER,
    )
        .into_response()
}

/// The oEmbed discovery link for the page at `page_url`, for the page's `<head>`.
pub fn discovery_link(origin: &str, page_url: &str) -> String {
    format!(
        "<link rel=alternate type=application/json+oembed href=\"{origin}/oembed?url={}&amp;format=json\" title=\"Ring Check\">",
        percent_encode(page_url)
    )
}

/// Everything but unreserved URL characters percent-encoded, so the value is also safe
/// inside an HTML attribute.
fn percent_encode(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_discovery_link_escapes_the_page_url() {
        let link = discovery_link("https://rc.example", "https://rc.example/r/a\"b");
        assert_eq!(
            link,
            "<link rel=alternate type=application/json+oembed \
             href=\"https://rc.example/oembed?url=https%3A%2F%2Frc.example%2Fr%2Fa%22b&amp;format=json\" \
             title=\"Ring Check\">"
        );
    }

    #[test]
    fn frame_ancestors_are_the_listed_origins_or_anywhere() {
        assert_eq!(frame_ancestors(&[]), "*");
        assert_eq!(
            frame_ancestors(&["https://a.example".into(), "https://b.example".into()]),
            "https://a.example https://b.example"
        );
    }
}

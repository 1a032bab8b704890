//! What Ring Check needs to live inside other sites' pages: the embedding settings fixed
//! at start-up (the `/embed` page's CSP, this server's public origin) and the oEmbed
//! discovery link. The routes that serve them are in `routes::embed`.

use axum::http::{HeaderMap, HeaderValue};
use ringcheck_shared::routes::server::OEMBED;

use crate::origin;

/// What the embedding routes need, fixed at start-up.
#[derive(Debug)]
pub struct EmbedSettings {
    /// The CSP of `/embed`: the app's, with `frame-ancestors` set to the allowed origins.
    pub page_csp: HeaderValue,
    /// `--public-url`: where visitors reach this server, if not from `Host`.
    pub public_url: Option<String>,
    /// Whether this server speaks https (for origins taken from `Host`).
    pub tls: bool,
    /// `--embed-origin`: the sites allowed to show `/embed`, as parsed origins.
    pub allowed_origins: Vec<String>,
}

impl EmbedSettings {
    /// This server's origin as the request addresses it.
    pub fn site_origin(&self, headers: &HeaderMap) -> Option<String> {
        origin::site_origin(self.public_url.as_deref(), self.tls, headers)
    }

    /// Whether visitors reach the site over https: it serves TLS, or its public URL says
    /// so (a TLS-terminating proxy).
    pub fn is_https(&self) -> bool {
        self.tls
            || self
                .public_url
                .as_deref()
                .is_some_and(|url| url.starts_with("https://"))
    }

    /// Whether `origin` (a parsed origin) is this server's own (its public URL when set,
    /// which it must be behind a proxy; else as the request addresses it), or one allowed
    /// to embed it (`https://*.example.com` as CSP
    /// reads it: any subdomain).
    pub fn is_own_or_allowed(&self, origin: &str, headers: &HeaderMap) -> bool {
        self.site_origin(headers).as_deref() == Some(origin)
            || self
                .allowed_origins
                .iter()
                .any(|allowed| origin_matches(allowed, origin))
    }
}

/// Whether `origin` is `allowed`, or a subdomain of an `allowed` written `scheme://*.host`.
fn origin_matches(allowed: &str, origin: &str) -> bool {
    if allowed == origin {
        return true;
    }
    let (Some((scheme, wild)), Some((origin_scheme, host))) =
        (allowed.split_once("://*."), origin.split_once("://"))
    else {
        return false;
    };
    scheme == origin_scheme && host.ends_with(&format!(".{wild}"))
}

/// `frame-ancestors` for `/embed`: the listed origins, or anywhere when none are.
pub fn frame_ancestors(origins: &[String]) -> String {
    if origins.is_empty() {
        "*".to_owned()
    } else {
        origins.join(" ")
    }
}

/// The oEmbed discovery link for the page at `page_url`, for the page's `<head>`.
pub fn discovery_link(origin: &str, page_url: &str) -> String {
    format!(
        "<link rel=alternate type=application/json+oembed href=\"{origin}{OEMBED}?url={}&amp;format=json\" title=\"Ring Check\">",
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
    fn an_allowed_origin_with_a_wildcard_allows_its_subdomains_only() {
        assert!(origin_matches(
            "https://help.example",
            "https://help.example"
        ));
        assert!(origin_matches(
            "https://*.example.com",
            "https://a.example.com"
        ));
        assert!(origin_matches(
            "https://*.example.com",
            "https://a.b.example.com"
        ));
        assert!(!origin_matches(
            "https://*.example.com",
            "https://example.com"
        ));
        assert!(!origin_matches(
            "https://*.example.com",
            "http://a.example.com"
        ));
        assert!(!origin_matches(
            "https://*.example.com",
            "https://evilexample.com"
        ));
        assert!(!origin_matches(
            "https://*.example.com",
            "https://a.example.com.evil"
        ));
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

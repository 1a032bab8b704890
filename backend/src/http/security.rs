//! Security headers on every response.

use axum::{
    Router,
    body::Body,
    http::{HeaderName, HeaderValue, Response, header},
};
use tower_http::set_header::SetResponseHeaderLayer;

/// The CSP for the app: its own scripts and Wasm (`'wasm-unsafe-eval'` lets it compile),
/// its own styles and API, the beacons in `connect_src` (e.g. `http://*:9998`: the page
/// reaches them on its own host name, which the server may not know), and the hashes of
/// trunk's inline boot script; nothing else.
/// `frame_ancestors` says who may frame the page: `'self'` for the app's own pages.
pub fn content_security_policy(
    inline_script_hashes: &[String],
    connect_src: &[String],
    frame_ancestors: &str,
) -> String {
    let mut script_src = vec!["'self'", "'wasm-unsafe-eval'"];
    script_src.extend(inline_script_hashes.iter().map(String::as_str));
    let mut connect = vec!["'self'"];
    connect.extend(connect_src.iter().map(String::as_str));
    [
        "default-src 'none'".to_owned(),
        format!("script-src {}", script_src.join(" ")),
        "style-src 'self'".to_owned(),
        "img-src 'self'".to_owned(),
        format!("connect-src {}", connect.join(" ")),
        "base-uri 'none'".to_owned(),
        "form-action 'self'".to_owned(),
        format!("frame-ancestors {frame_ancestors}"),
    ]
    .join("; ")
}

/// Adds the headers to every response of `router`. The CSP is only set where a route has
/// not set its own (the embeddable page will); HSTS only when the site is `https`.
pub fn add_headers<S: Clone + Send + Sync + 'static>(
    router: Router<S>,
    csp: &str,
    https: bool,
) -> Router<S> {
    let csp = HeaderValue::from_str(csp).expect("CSP is built from header-safe text");
    // Over https, browsers are told to come back over https only, for a year.
    let hsts = https.then(|| HeaderValue::from_static("max-age=31536000"));
    router
        .layer(SetResponseHeaderLayer::overriding(
            header::STRICT_TRANSPORT_SECURITY,
            move |_: &Response<Body>| hsts.clone(),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            csp,
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            HeaderName::from_static("cross-origin-opener-policy"),
            HeaderValue::from_static("same-origin"),
        ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csp_allows_wasm_and_the_boot_script_and_nothing_inline_else() {
        let csp = content_security_policy(&["'sha256-abc='".to_owned()], &[], "'self'");
        assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='"));
        assert!(csp.contains("default-src 'none'"));
        assert!(csp.contains("frame-ancestors 'self'"));
        assert!(!csp.contains("unsafe-inline"));
    }

    #[test]
    fn csp_lets_the_page_reach_the_beacons_and_nothing_else() {
        let csp = content_security_policy(&[], &["http://*:9998".to_owned()], "'self'");
        assert!(csp.contains("connect-src 'self' http://*:9998;"), "{csp}");
    }
}

//! Web origins as flags take them and as pages are addressed: `scheme://host[:port]`.

use http::{
    HeaderMap, Uri, header,
    uri::{Authority, Scheme},
};

/// `https://help.example.com` from `https://Help.Example.com/`: http or https, a host,
/// an optional port, nothing else. Safe to put into a CSP or an HTML attribute.
pub fn parse_origin(text: &str) -> Result<String, String> {
    let uri: Uri = text
        .trim()
        .parse()
        .map_err(|_| format!("\"{text}\" is not a web origin such as https://help.example.com"))?;
    let scheme = uri.scheme_str().unwrap_or_default().to_ascii_lowercase();
    let bare = uri.path() == "/" || uri.path().is_empty();
    match (
        scheme.as_str(),
        uri.authority(),
        bare && uri.query().is_none(),
    ) {
        ("http" | "https", Some(authority), true) if plain_authority(authority.as_str()) => {
            let authority = authority.as_str().to_ascii_lowercase();
            // The default port is the same origin as none; browsers and CSP compare them so.
            let default_port = if scheme == "https" { ":443" } else { ":80" };
            let authority = authority.strip_suffix(default_port).unwrap_or(&authority);
            Ok(format!("{scheme}://{authority}"))
        }
        _ => Err(format!(
            "\"{text}\" is not a web origin: write the scheme and host only, such as \
             https://help.example.com or http://127.0.0.1:8080"
        )),
    }
}

/// The port of a web origin such as `--public-url` gives: its own, or its scheme's.
pub fn origin_port(origin: &str) -> Option<u16> {
    let uri: Uri = origin.trim().parse().ok()?;
    uri.port_u16().or(match uri.scheme_str()? {
        "https" => Some(443),
        "http" => Some(80),
        _ => None,
    })
}

/// A host (optionally `*.`-prefixed, as CSP allows) and port: letters, digits, `.`, `-`,
/// `:` and IPv6 brackets only, so nothing else can reach a CSP or an HTML attribute.
fn plain_authority(authority: &str) -> bool {
    let host = authority.strip_prefix("*.").unwrap_or(authority);
    !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b))
}

/// The origin visitors reach this server at: `--public-url` if set, else the request's
/// `Host` with the scheme the server speaks. `None` for a missing or malformed `Host`.
pub fn site_origin(public_url: Option<&str>, tls: bool, headers: &HeaderMap) -> Option<String> {
    if let Some(url) = public_url {
        return Some(url.to_owned());
    }
    let host = headers.get(header::HOST)?.to_str().ok()?;
    let authority: Authority = host.parse().ok()?;
    if !plain_authority(authority.as_str()) || authority.as_str().starts_with('*') {
        return None;
    }
    let scheme = if tls { Scheme::HTTPS } else { Scheme::HTTP };
    let authority = authority.as_str().to_ascii_lowercase();
    // As a browser names the origin: without the scheme's default port.
    let default_port = if tls { ":443" } else { ":80" };
    let authority = authority.strip_suffix(default_port).unwrap_or(&authority);
    Some(format!("{scheme}://{authority}"))
}

#[cfg(test)]
mod tests {
    use http::HeaderValue;

    use super::*;

    #[test]
    fn an_origin_s_port_is_its_own_or_its_scheme_s() {
        assert_eq!(origin_port("https://ringcheck.example.com"), Some(443));
        assert_eq!(origin_port("http://ringcheck.example.com"), Some(80));
        assert_eq!(
            origin_port("https://ringcheck.example.com:8443"),
            Some(8443)
        );
        assert_eq!(origin_port("http://[2001:db8::1]:8080"), Some(8080));
        assert_eq!(origin_port("http://[2001:db8::1]"), Some(80));
        assert_eq!(origin_port("not an origin"), None);
    }

    #[test]
    fn origins_are_scheme_and_host_only() {
        assert_eq!(
            parse_origin("https://Help.Example.com/").unwrap(),
            "https://help.example.com"
        );
        assert_eq!(
            parse_origin("http://127.0.0.1:8080").unwrap(),
            "http://127.0.0.1:8080"
        );
        assert_eq!(
            parse_origin("https://ring.example:443").unwrap(),
            "https://ring.example",
            "the default port is no port"
        );
        assert_eq!(
            parse_origin("https://*.zendesk.com").unwrap(),
            "https://*.zendesk.com",
            "CSP wildcards for help-center subdomains"
        );
        for bad in [
            "help.example.com",
            "ftp://example.com",
            "https://example.com/path",
            "https://example.com/?q=1",
            "https://user@example.com",
            "https://exa mple.com",
            "https://example.com; script-src *",
            "https://a.example;script-src",
            "https://a.example'",
            "https://*",
        ] {
            assert!(parse_origin(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_site_origin_comes_from_the_flag_or_the_host_header() {
        let mut headers = HeaderMap::new();
        headers.insert(header::HOST, HeaderValue::from_static("Ring.Example:8443"));
        assert_eq!(
            site_origin(None, true, &headers).as_deref(),
            Some("https://ring.example:8443")
        );
        assert_eq!(
            site_origin(Some("https://public.example"), false, &headers).as_deref(),
            Some("https://public.example")
        );
        headers.insert(header::HOST, HeaderValue::from_static("ring.example:443"));
        assert_eq!(
            site_origin(None, true, &headers).as_deref(),
            Some("https://ring.example"),
            "the default port is no port, as in the browser's Origin"
        );
        assert_eq!(
            site_origin(None, false, &headers).as_deref(),
            Some("http://ring.example:443")
        );
        headers.insert(header::HOST, HeaderValue::from_static("\"><script>"));
        assert_eq!(site_origin(None, false, &headers), None);
    }
}

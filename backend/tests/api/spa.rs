//! Serving the built app: pages, assets, caching, compression and security headers.

use crate::common;

use base64::{Engine, engine::general_purpose::STANDARD};
use reqwest::{StatusCode, header};
use sha2::{Digest, Sha256};

#[tokio::test]
async fn the_home_page_is_the_app_and_is_never_cached() {
    let app = common::spawn_app().await;
    let response = app.get("/").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()[header::CONTENT_TYPE],
        "text/html; charset=utf-8"
    );
    assert_eq!(response.headers()[header::CACHE_CONTROL], "no-cache");
    assert!(response.text().await.unwrap().contains("fake app"));
}

/// The page reads before and without the app: the server writes the header, the port
/// table from the catalogue, the advice, the sources and the place where the app renders.
#[tokio::test]
async fn the_home_page_reads_without_the_app() {
    let app = common::spawn_app().await;
    let page = app.get("/").await.text().await.unwrap();
    assert!(page.contains("<div id=\"app\">"), "{page}");
    assert!(page.contains("id=\"port-table\""));
    for entry in &ringcheck_shared::catalog::catalog().entries {
        assert!(
            page.contains(&format!("data-entry=\"{}\"", entry.id)),
            "{}",
            entry.id
        );
    }
    assert!(page.contains("If something is blocked"));
    assert!(page.contains("WPA2 Enterprise"));
    assert!(
        page.contains(&format!("{}/embed.js", app.address)),
        "the embed snippet names this server"
    );
    assert!(
        page.contains("class=\"site-footer\"") && page.contains("checked against these sources on")
    );
    let report = app
        .get("/r/AAAAAAAAAAAAAAAAAAAAAA")
        .await
        .text()
        .await
        .unwrap();
    assert!(report.contains("<div id=\"app\">") && !report.contains("port-table"));
    let missing = app.get("/no/such/page").await.text().await.unwrap();
    assert!(missing.contains("Page not found") && !missing.contains("id=\"app\""));
}

/// Every page is in the visitor's language: `?lang=` first (and remembered), then the
/// remembered choice, then `Accept-Language`; a share link in the viewer's, not the
/// customer's; the page says which, and names itself in the others.
#[tokio::test]
async fn pages_speak_the_visitor_s_language() {
    let app = common::spawn_app().await;
    let page = |path: &str, headers: &[(&'static str, &'static str)]| {
        let mut request = app.client.get(app.url(path));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        async move { request.send().await.unwrap() }
    };
    let italian_browser = ("accept-language", "it-IT,it;q=0.9,en;q=0.8");
    let response = page("/", &[italian_browser]).await;
    assert_eq!(response.headers()[header::CONTENT_LANGUAGE], "it");
    let vary: Vec<_> = response.headers().get_all(header::VARY).iter().collect();
    assert!(
        vary.iter()
            .any(|v| v.to_str().unwrap().contains("Accept-Language, Cookie")),
        "{vary:?}"
    );
    assert!(!response.headers().contains_key(header::SET_COOKIE));
    let html = response.text().await.unwrap();
    assert!(html.contains("<html lang=\"it\">"), "{html}");
    assert!(html.contains("aria-current=\"true\">Italiano</a>"));
    assert!(html.contains("hreflang=\"ja\" href=\""));

    let response = page("/?lang=ja", &[italian_browser]).await;
    let cookie = response.headers()[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("ringcheck_lang=ja;"), "{cookie}");
    assert!(
        response
            .text()
            .await
            .unwrap()
            .contains("<html lang=\"ja\">")
    );

    // A support agent whose browser is in English opens an Italian customer's link.
    let shared = "/r/AAAAAAAAAAAAAAAAAAAAAA";
    let english_agent = ("accept-language", "en-GB,en;q=0.9");
    let html = page(shared, &[english_agent]).await.text().await.unwrap();
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains("href=\"?lang=it\""), "a way to switch");
    let remembered = ("cookie", "ringcheck_lang=de");
    let html = page(shared, &[english_agent, remembered])
        .await
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("<html lang=\"de\">"),
        "the remembered choice first"
    );

    let html = page("/embed?theme=dark&lang=fr", &[])
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("<html lang=\"fr\">"));
    assert!(
        html.contains("href=\"?theme=dark&amp;lang=nl\""),
        "the frame's options kept"
    );

    let missing = page("/no/such/page?lang=nl", &[]).await;
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    assert!(missing.text().await.unwrap().contains("<html lang=\"nl\">"));
}

/// The pseudo-language: every word of the server's pages came through a catalogue, so
/// each text is accented and in brackets. A visible text outside brackets must be a
/// name or a number the catalogue holds as data (a port, a protocol, a source's
/// citation), listed here; this list can only shrink.
#[tokio::test]
async fn every_word_of_the_pages_comes_through_a_catalogue() {
    let app = common::spawn_app().await;
    let catalog = ringcheck_shared::catalog::catalog();
    let mut data: Vec<String> = vec![
        "Ring Check".into(),
        "\u{25C9}".into(),
        "WPA2 Personal".into(),
        "TKIP, AES, TKIP + AES".into(),
        "WPA2 Enterprise".into(),
        // The tests' stand-in for the built app.
        "fake app".into(),
    ];
    for entry in &catalog.entries {
        // A protocol alone, and the port numbers, are data.
        for transport in &entry.transports {
            data.push(transport.label().to_owned());
        }
        data.push(entry.ports.to_string());
    }
    for source in &catalog.sources {
        // Citations of other pages, by their own titles.
        data.push(source.title.clone());
        data.push(source.label.clone());
        data.push(format!("({})", source.label));
    }
    for path in [
        "/?lang=en-XA",
        "/no/such/page?lang=en-XA",
        "/embed?lang=en-XA",
        "/r/AAAAAAAAAAAAAAAAAAAAAA?lang=en-XA",
    ] {
        let html = app.get(path).await.text().await.unwrap();
        assert!(html.contains("<html lang=\"en-XA\">"), "{path}");
        let body = &html[html.find("<body").unwrap()..];
        let outside: Vec<String> = visible_texts(body)
            .into_iter()
            .filter(|text| !text.contains('[') && !text.contains(']'))
            .filter(|text| text.chars().any(char::is_alphabetic))
            .filter(|text| !data.contains(text))
            .collect();
        assert!(
            outside.is_empty(),
            "{path}: text that did not come through a catalogue: {outside:?}"
        );
    }
}

/// The texts between tags, outside `<script>`, `<style>`, `<pre>` and `<code>` (the
/// embed snippets and options, which are code), trimmed and unescaped enough to compare.
fn visible_texts(html: &str) -> Vec<String> {
    let mut texts = Vec::new();
    let mut rest = html;
    let mut skip_until: Option<&str> = None;
    while let Some(open) = rest.find('<') {
        let text = rest[..open].trim();
        if skip_until.is_none() && !text.is_empty() {
            texts.push(text.replace("&amp;", "&").replace("&#39;", "'"));
        }
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        let tag = &rest[open + 1..open + close];
        match skip_until {
            Some(end) if tag.starts_with(end) => skip_until = None,
            Some(_) => {}
            None => {
                for (start, end) in [
                    ("script", "/script"),
                    ("style", "/style"),
                    ("pre", "/pre"),
                    ("code", "/code"),
                ] {
                    if tag.starts_with(start) {
                        skip_until = Some(end);
                    }
                }
            }
        }
        rest = &rest[open + close + 1..];
    }
    texts
}

#[tokio::test]
async fn hashed_assets_are_cached_for_a_year_with_their_content_type() {
    let app = common::spawn_app().await;
    let response = app.get(&format!("/{}", common::HASHED_ASSET)).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(response.headers()[header::CONTENT_TYPE], "text/javascript");
    assert_eq!(response.text().await.unwrap(), common::HASHED_ASSET_BODY);
}

#[tokio::test]
async fn files_without_a_hash_must_revalidate() {
    let app = common::spawn_app().await;
    let response = app.get("/robots.txt").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[header::CACHE_CONTROL], "no-cache");
}

#[tokio::test]
async fn precompressed_assets_are_sent_as_they_are() {
    let app = common::spawn_app().await;
    let response = app
        .client
        .get(app.url(&format!("/{}", common::HASHED_ASSET)))
        .header(header::ACCEPT_ENCODING, "br")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[header::CONTENT_ENCODING], "br");
    assert_eq!(response.bytes().await.unwrap().as_ref(), b"brotli bytes");
}

#[tokio::test]
async fn unknown_pages_get_the_app_with_a_404_status() {
    let app = common::spawn_app().await;
    let response = app.get("/no/such/page").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        response.headers()[header::CONTENT_TYPE],
        "text/html; charset=utf-8"
    );
    assert!(response.text().await.unwrap().contains("fake app"));
}

#[tokio::test]
async fn missing_files_get_a_plain_404_not_the_app() {
    let app = common::spawn_app().await;
    let response = app.get("/app-fedcba9876543210.js").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert_eq!(response.headers()[header::CACHE_CONTROL], "no-cache");
    assert!(!response.text().await.unwrap().contains("fake app"));
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = common::spawn_app().await;
    let boot_hash = format!(
        "'sha256-{}'",
        STANDARD.encode(Sha256::digest(common::BOOT_SCRIPT))
    );
    for path in [
        "/",
        "/api/catalog",
        "/api/nope",
        "/healthz",
        "/no/such/page",
        "/robots.txt",
    ] {
        let response = app.get(path).await;
        let headers = response.headers();
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff", "{path}");
        assert_eq!(headers[header::REFERRER_POLICY], "no-referrer", "{path}");
        let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
        assert!(csp.contains("'wasm-unsafe-eval'"), "{path}: {csp}");
        assert!(
            csp.contains(&boot_hash),
            "{path}: the boot script's hash is allowed: {csp}"
        );
        assert!(csp.contains("default-src 'none'"), "{path}: {csp}");
        assert!(csp.contains("frame-ancestors 'self'"), "{path}: {csp}");
        assert!(!csp.contains("'unsafe-inline'"), "{path}: {csp}");
        assert!(
            !headers.contains_key(header::STRICT_TRANSPORT_SECURITY),
            "{path}: no HSTS on a plain-http site"
        );
    }
}

#[tokio::test]
async fn local_mode_answers_only_at_this_machine_s_names() {
    // DNS rebinding: a page at evil.example, its name now pointing at 127.0.0.1.
    let local = common::spawn_app().await;
    let rebound = local
        .client
        .get(local.url("/api/catalog"))
        .header(header::HOST, "evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(rebound.status(), StatusCode::MISDIRECTED_REQUEST);
    common::json_error(rebound, "wrong_host").await;
    let by_name = local
        .client
        .get(local.url("/healthz"))
        .header(header::HOST, format!("localhost:{}", local.addr.port()))
        .send()
        .await
        .unwrap();
    assert_eq!(by_name.status(), StatusCode::OK);
    // A public server answers whatever name it is reached by.
    let public = common::spawn_app_with(|c| c.probes.allow_private_targets = false).await;
    let named = public
        .client
        .get(public.url("/healthz"))
        .header(header::HOST, "ringcheck.example")
        .send()
        .await
        .unwrap();
    assert_eq!(named.status(), StatusCode::OK);
}

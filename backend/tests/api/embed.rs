//! Embedding over HTTP: who may frame which page, the loader script, oEmbed answers and
//! the discovery links in the pages.

use crate::common;

use common::TestApp;
use reqwest::{StatusCode, header};
use serde_json::Value;

fn csp(response: &reqwest::Response) -> String {
    response.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .to_owned()
}

fn frame_ancestors(csp: &str) -> String {
    csp.split(';')
        .map(str::trim)
        .find_map(|directive| directive.strip_prefix("frame-ancestors "))
        .unwrap_or_else(|| panic!("a frame-ancestors directive: {csp}"))
        .to_owned()
}

#[tokio::test]
async fn only_embed_may_be_framed_elsewhere_and_only_where_allowed() {
    let open = common::spawn_app().await;
    for path in ["/", "/r/AAAAAAAAAAAAAAAAAAAAAA", "/nope"] {
        assert_eq!(
            frame_ancestors(&csp(&open.get(path).await)),
            "'self'",
            "{path}"
        );
    }
    let embed = open.get("/embed?theme=dark&hide=table").await;
    assert_eq!(embed.status(), StatusCode::OK);
    assert_eq!(
        frame_ancestors(&csp(&embed)),
        "*",
        "anywhere when none is configured"
    );
    assert_eq!(embed.headers()[header::CACHE_CONTROL], "no-cache");
    let slash = open.get("/embed/").await;
    assert_eq!(
        frame_ancestors(&csp(&slash)),
        "*",
        "/embed/ is the same page"
    );
    assert!(
        csp(&embed).contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-"),
        "the app still runs: {}",
        csp(&embed)
    );
    assert!(embed.text().await.unwrap().contains(common::BOOT_SCRIPT));

    let restricted = common::spawn_app_with(|config| {
        config.embedding.embed_origins = vec![
            "https://help.example.com".into(),
            "http://127.0.0.1:9".into(),
        ];
    })
    .await;
    assert_eq!(
        frame_ancestors(&csp(&restricted.get("/embed").await)),
        "https://help.example.com http://127.0.0.1:9"
    );
    assert_eq!(frame_ancestors(&csp(&restricted.get("/").await)), "'self'");
}

#[tokio::test]
async fn the_loader_script_is_served_as_javascript() {
    let app = common::spawn_app().await;
    let response = app.get("/embed.js").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()[header::CONTENT_TYPE],
        "text/javascript; charset=utf-8"
    );
    let script = response.text().await.unwrap();
    assert!(script.contains("\"ringcheck:resize\"") && script.contains("event.origin !== origin"));
}

/// Runs a check and returns its id once its report is stored.
async fn stored_report(app: &TestApp) -> String {
    let started = common::visitor::Visitor::new().start_check(app).await;
    let events = common::sse::read_to_end(app.get(&started.events_url).await).await;
    assert_eq!(events.last().unwrap().event, "report");
    started.id.to_string()
}

async fn oembed(app: &TestApp, query: &str) -> reqwest::Response {
    app.get(&format!("/oembed?{query}")).await
}

fn encoded(url: &str) -> String {
    url::form_urlencoded::byte_serialize(url.as_bytes()).collect()
}

#[tokio::test]
async fn oembed_gives_the_iframe_for_the_home_page_and_result_links() {
    let app = common::spawn_app().await;
    let home = oembed(&app, &format!("url={}&format=json", encoded(&app.url("/")))).await;
    assert_eq!(home.status(), StatusCode::OK);
    let home: Value = home.json().await.unwrap();
    assert_eq!(home["version"], "1.0");
    assert_eq!(home["type"], "rich");
    assert_eq!(home["provider_name"], "Ring Check");
    assert_eq!(home["width"], 560);
    assert_eq!(home["height"], 720);
    let html = home["html"].as_str().unwrap();
    assert!(
        html.starts_with(&format!("<iframe src=\"{}\"", app.url("/embed"))),
        "{html}"
    );
    assert!(html.contains("width=\"560\" height=\"720\""), "{html}");

    let id = stored_report(&app).await;
    let report_url = encoded(&app.url(&format!("/r/{id}")));
    let report: Value = oembed(
        &app,
        &format!("url={report_url}&maxwidth=400&maxheight=5000"),
    )
    .await
    .json()
    .await
    .unwrap();
    let html = report["html"].as_str().unwrap();
    assert!(
        html.contains(&format!(
            "src=\"{}\"",
            app.url(&format!("/embed?report={id}"))
        )),
        "{html}"
    );
    assert_eq!(report["width"], 400, "maxwidth is respected");
    assert_eq!(report["height"], 720, "never taller than needed");

    // A link in a language gives a frame in that language, titled in it.
    let italian = encoded(&app.url(&format!("/r/{id}?lang=it")));
    let report: Value = oembed(&app, &format!("url={italian}"))
        .await
        .json()
        .await
        .unwrap();
    let html = report["html"].as_str().unwrap();
    assert!(
        html.contains(&format!(
            "src=\"{}\"",
            app.url(&format!("/embed?report={id}&amp;lang=it"))
        )),
        "{html}"
    );
    assert_ne!(report["title"], "Ring Check result", "titled in Italian");
}

#[tokio::test]
async fn oembed_refuses_other_formats_and_urls_with_json() {
    let app = common::spawn_app().await;
    let home = encoded(&app.url("/"));
    for (query, status, code) in [
        (
            format!("url={home}&format=xml"),
            StatusCode::NOT_IMPLEMENTED,
            "format_not_supported",
        ),
        (
            "url=https%3A%2F%2Felsewhere.example%2F".to_owned(),
            StatusCode::NOT_FOUND,
            "no_embed",
        ),
        (
            format!("url={}", encoded(&app.url("/nope"))),
            StatusCode::NOT_FOUND,
            "no_embed",
        ),
        (
            format!("url={}", encoded(&app.url("/r/not-an-id"))),
            StatusCode::NOT_FOUND,
            "no_embed",
        ),
        (
            format!("url={}", encoded(&app.url("/api/catalog"))),
            StatusCode::NOT_FOUND,
            "no_embed",
        ),
        (
            "format=json".to_owned(),
            StatusCode::BAD_REQUEST,
            "bad_request",
        ),
        (
            format!("url={}", encoded(&app.url("/r/q3vX0bL8Tn2cYh5W9aKzRg"))),
            StatusCode::NOT_FOUND,
            "no_embed",
        ),
        (
            format!("url={home}&maxwidth=200"),
            StatusCode::NOT_FOUND,
            "no_embed",
        ),
        (
            format!("url={home}&maxheight=100"),
            StatusCode::NOT_FOUND,
            "no_embed",
        ),
        (
            format!("url={}", encoded(&app.url("/?theme=dark"))),
            StatusCode::NOT_FOUND,
            "no_embed",
        ),
        (
            format!("url={}", encoded(&app.url("/?lang=pt"))),
            StatusCode::NOT_FOUND,
            "no_embed",
        ),
        (
            format!("url={home}&url={home}"),
            StatusCode::BAD_REQUEST,
            "bad_request",
        ),
    ] {
        let response = oembed(&app, &query).await;
        assert_eq!(response.status(), status, "{query}");
        common::json_error(response, code).await;
    }
    let post = app.client.post(app.url("/oembed")).send().await.unwrap();
    assert_eq!(post.status(), StatusCode::METHOD_NOT_ALLOWED);
    common::json_error(post, "method_not_allowed").await;
}

#[tokio::test]
async fn pages_link_their_oembed_and_the_public_url_wins_over_host() {
    let app = common::spawn_app().await;
    let home = app.get("/").await.text().await.unwrap();
    let expected = format!(
        "<link rel=alternate type=application/json+oembed href=\"{}/oembed?url={}&amp;format=json\" title=\"Ring Check\">",
        app.address,
        encoded(&app.url("/")).replace('+', "%20")
    );
    assert!(home.contains(&expected), "{home}");
    let report = app
        .get("/r/q3vX0bL8Tn2cYh5W9aKzRg")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        report.contains("%2Fr%2Fq3vX0bL8Tn2cYh5W9aKzRg&amp;format=json"),
        "{report}"
    );
    let embed = app.get("/embed").await.text().await.unwrap();
    assert!(
        !embed.contains("json+oembed"),
        "the embedded page is not offered again"
    );

    let public = common::spawn_app_with(|config| {
        config.public_url = Some("https://ringcheck.example".into());
    })
    .await;
    let home = public.get("/").await.text().await.unwrap();
    assert!(
        home.contains(
            "href=\"https://ringcheck.example/oembed?url=https%3A%2F%2Fringcheck.example%2F&amp;"
        ),
        "{home}"
    );
    let answer: Value = oembed(&public, "url=https%3A%2F%2Fringcheck.example%2F")
        .await
        .json()
        .await
        .unwrap();
    assert!(
        answer["html"]
            .as_str()
            .unwrap()
            .contains("src=\"https://ringcheck.example/embed\"")
    );
}

//! `GET /api/catalog` and the JSON shape of API errors.

use crate::common;

use reqwest::{StatusCode, header};
use ringcheck_shared::{Catalog, api::ErrorBody, catalog, language::Language, routes::ApiPath};
use ringcheck_words::{Locale, Words};

#[tokio::test]
async fn the_catalog_is_served_as_json_with_every_port_of_the_article() {
    let app = common::spawn_app().await;
    let response = app.get(ApiPath::Catalog.route()).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.headers()[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    assert_eq!(response.headers()[header::CONTENT_LANGUAGE], "en");
    let served: Catalog = response.json().await.unwrap();
    let english = Words::get().speak(Locale::ENGLISH);
    assert_eq!(
        served,
        ringcheck_words::worded_catalogue(&english, catalog()),
        "worded in English"
    );
    assert!(
        served
            .entry("https")
            .unwrap()
            .words
            .purpose
            .contains("Ring's cloud")
    );
    let all_ports: Vec<u16> = served
        .entries
        .iter()
        .flat_map(|entry| entry.ports.named_ports())
        .map(u16::from)
        .collect();
    for port in [
        80, 443, 53, 123, 8557, 9998, 9999, 15063, 15064, 16500, 65000, 7076, 7077, 9078, 9079,
    ] {
        assert!(
            all_ports.contains(&port),
            "port {port} missing from /api/catalog"
        );
    }
}

/// The facts are the same in every language; the words follow `?lang=` or
/// `Accept-Language`.
#[tokio::test]
async fn the_catalog_s_words_follow_the_caller_s_language() {
    let app = common::spawn_app().await;
    let served = |path: String, accept: &'static str| {
        let request = app
            .client
            .get(app.url(&path))
            .header(header::ACCEPT_LANGUAGE, accept);
        async move {
            let response = request.send().await.unwrap();
            let language = response.headers()[header::CONTENT_LANGUAGE].clone();
            (language, response.json::<Catalog>().await.unwrap())
        }
    };
    let route = ApiPath::Catalog.route().to_owned();
    let (language, italian) = served(route.clone(), "it-IT,it;q=0.9").await;
    assert_eq!(language, "it");
    let italian_words = Words::get().speak(Locale::Language(Language::Italian));
    assert_eq!(
        italian,
        ringcheck_words::worded_catalogue(&italian_words, catalog())
    );
    let (language, japanese) = served(format!("{route}?lang=ja"), "it").await;
    assert_eq!(language, "ja");
    let https = |c: &Catalog| c.entry("https").unwrap().words.purpose.clone();
    assert_ne!(https(&italian), https(&japanese), "worded in each language");
    assert_eq!(italian.entries.len(), japanese.entries.len());
    for (a, b) in italian.entries.iter().zip(&japanese.entries) {
        assert_eq!(
            (&a.id, &a.ports, a.direction),
            (&b.id, &b.ports, b.direction)
        );
    }
}

#[tokio::test]
async fn the_catalog_is_compressed_for_clients_that_accept_it() {
    let app = common::spawn_app().await;
    let response = app
        .client
        .get(app.url(ApiPath::Catalog.route()))
        .header(header::ACCEPT_ENCODING, "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[header::CONTENT_ENCODING], "gzip");
}

async fn assert_json_error(
    response: reqwest::Response,
    status: StatusCode,
    code: &str,
) -> ErrorBody {
    assert_eq!(response.status(), status);
    assert!(
        response.headers()[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("application/json"),
        "errors are JSON"
    );
    let body = common::json_error(response, code).await;
    assert!(
        body.message.len() > 20,
        "message explains: {:?}",
        body.message
    );
    body
}

#[tokio::test]
async fn unknown_api_paths_get_a_json_404_never_the_app() {
    let app = common::spawn_app().await;
    for path in [
        "/api",
        "/api/",
        "/api/nope",
        "/api/catalog/extra",
        "/api/reports",
        "/api/checks/AAAAAAAAAAAAAAAAAAAAAA/nope",
    ] {
        let body = assert_json_error(app.get(path).await, StatusCode::NOT_FOUND, "not_found").await;
        assert!(
            body.message.contains("/api/openapi.json"),
            "{path}: {}",
            body.message
        );
    }
}

#[tokio::test]
async fn wrong_methods_get_a_json_405_that_keeps_the_allow_header() {
    let app = common::spawn_app().await;
    for method in [
        reqwest::Method::POST,
        reqwest::Method::PUT,
        reqwest::Method::DELETE,
    ] {
        let response = app
            .client
            .request(method, app.url(ApiPath::Catalog.route()))
            .send()
            .await
            .unwrap();
        let allow = response.headers().get(header::ALLOW).cloned();
        assert_json_error(
            response,
            StatusCode::METHOD_NOT_ALLOWED,
            "method_not_allowed",
        )
        .await;
        assert!(allow.is_some_and(|v| v.to_str().unwrap().contains("GET")));
    }
}

#[tokio::test]
async fn oversized_bodies_get_a_json_413() {
    let app = common::spawn_app().await;
    let response = app
        .client
        .post(app.url(ApiPath::Catalog.route()))
        .header(header::CONTENT_TYPE, "application/json")
        .body(vec![b'x'; 64 * 1024])
        .send()
        .await
        .unwrap();
    assert_json_error(response, StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large").await;
}

#[tokio::test]
async fn health_check_answers() {
    let app = common::spawn_app().await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), StatusCode::OK);
    let health: ringcheck_shared::api::Health = response.json().await.unwrap();
    assert_eq!(health.status, "ok");
}

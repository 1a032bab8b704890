//! A refusal reads in the caller's language: `?lang=`, else `Accept-Language` (the app
//! sends its page's), else English; the code, the status and the headers stay the same,
//! so a program switching on the code never notices.

use crate::common;

use reqwest::{StatusCode, header};
use ringcheck_shared::{api::ErrorBody, language::Language};
use ringcheck_words::{Locale, Words};

async fn refusal(app: &common::TestApp, path: &str, accept: Option<&str>) -> ErrorBody {
    let mut request = app.client.get(app.url(path));
    if let Some(accept) = accept {
        request = request.header(header::ACCEPT_LANGUAGE, accept);
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{path}");
    assert_eq!(
        response.headers()[header::CONTENT_TYPE],
        "application/json",
        "{path}"
    );
    response.json().await.unwrap()
}

#[tokio::test]
async fn a_refusal_reads_in_the_caller_s_language_with_the_same_code() {
    let app = common::spawn_app().await;
    let bad_link = "/api/reports/abc";
    let in_english = refusal(&app, bad_link, None).await;
    assert!(
        in_english
            .message
            .starts_with("\"abc\" is not a Ring Check id"),
        "{}",
        in_english.message
    );
    for (language, accept) in [
        (Language::Italian, "it-IT,it;q=0.9,en;q=0.8"),
        (Language::Japanese, "ja"),
        (Language::German, "de-AT"),
    ] {
        let worded = refusal(&app, bad_link, Some(accept)).await;
        assert_eq!(worded.error, in_english.error, "{accept}");
        let expected = Words::get()
            .speak(Locale::Language(language))
            .with("error-invalid-id", &[("id", "abc".into())]);
        assert_eq!(worded.message, expected, "{accept}");
        assert_ne!(worded.message, in_english.message, "{accept}: translated");
    }
    let asked = refusal(&app, &format!("{bad_link}?lang=fr"), Some("it")).await;
    assert!(asked.message.contains("abc"));
    assert_eq!(
        asked.message,
        Words::get()
            .speak(Locale::Language(Language::French))
            .with("error-invalid-id", &[("id", "abc".into())]),
        "?lang= first"
    );
    let unknown = refusal(&app, bad_link, Some("pt-BR")).await;
    assert_eq!(
        unknown.message, in_english.message,
        "a language we lack: English"
    );
}

#[tokio::test]
async fn a_wait_is_said_in_the_caller_s_language_and_retry_after_kept() {
    let app = common::spawn_app_with(|config| {
        config.admission.report_lookups_per_minute = 6;
        config.admission.report_lookup_burst = 3;
    })
    .await;
    // Open report links until the household's lookup rate refuses one.
    let mut refused = None;
    for _ in 0..10 {
        let response = app
            .client
            .get(app.url("/api/reports/AAAAAAAAAAAAAAAAAAAAAA"))
            .header(header::ACCEPT_LANGUAGE, "nl")
            .send()
            .await
            .unwrap();
        if response.status() == StatusCode::TOO_MANY_REQUESTS {
            refused = Some(response);
            break;
        }
    }
    let response = refused.expect("the lookup rate refuses past its burst of 3");
    let seconds: u32 = response.headers()[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    let body: ErrorBody = response.json().await.unwrap();
    let dutch = Words::get().speak(Locale::Language(Language::Dutch));
    let wait = dutch.with("wait-seconds", &[("seconds", seconds.into())]);
    assert_eq!(
        body.message,
        dutch.with(
            "error-lookup-rate-limited",
            &[("wait", wait.as_str().into())]
        )
    );
    assert!(
        body.message.contains(&seconds.to_string()),
        "{}",
        body.message
    );
}

/// A stored report is judged for its reader: the article's advice in the language the
/// reader asks for, the verdicts the same in every language.
#[tokio::test]
async fn a_report_s_advice_is_in_the_reader_s_language() {
    let app = common::spawn_app().await;
    let started = common::visitor::Visitor::new().start_check(&app).await;
    let events = common::sse::read_to_end(app.get(&started.events_url).await).await;
    assert_eq!(events.last().unwrap().event, "report");
    let path = ringcheck_shared::routes::ApiPath::Report.with_id(started.id.as_str());
    let judged = |accept: &'static str| {
        let request = app
            .client
            .get(app.url(&path))
            .header(header::ACCEPT_LANGUAGE, accept);
        async move {
            let report: ringcheck_shared::report::Report =
                request.send().await.unwrap().json().await.unwrap();
            report.judgement.expect("judged")
        }
    };
    let (english, italian) = (judged("en").await, judged("it-IT").await);
    let in_italian = Words::get().speak(Locale::Language(Language::Italian));
    assert_eq!(
        italian.advice.guidance.router,
        in_italian.text("guidance-router")
    );
    assert_ne!(
        italian.advice.guidance.router,
        english.advice.guidance.router
    );
    let verdicts = |judgement: &ringcheck_shared::judgement::Judgement| {
        judgement
            .verdicts
            .iter()
            .map(|v| (v.feature, v.verdict))
            .collect::<Vec<_>>()
    };
    assert_eq!(verdicts(&italian), verdicts(&english), "the same meaning");
}

/// The judgement as the page shows it, written by the server: the verdicts and what to
/// do, in the reader's language, escaped, with the markup the page's styles read.
#[tokio::test]
async fn a_report_s_view_is_the_judgement_in_the_reader_s_words() {
    let app = common::spawn_app().await;
    let started = common::visitor::Visitor::new().start_check(&app).await;
    common::sse::read_to_end(app.get(&started.events_url).await).await;
    let path = ringcheck_shared::routes::ApiPath::ReportView.with_id(started.id.as_str());
    let view: ringcheck_shared::report::ReportView = app
        .get(&format!("{path}?lang=it"))
        .await
        .json()
        .await
        .unwrap();
    let italian = Words::get().speak(Locale::Language(Language::Italian));
    // As HTML writes it.
    let heading = italian
        .text("app-results-heading")
        .replace('&', "&amp;")
        .replace('\'', "&#39;");
    assert!(
        view.summary.starts_with(r#"<section class="summary""#)
            && view.summary.contains(&format!(">{heading}</h2>")),
        "{}",
        view.summary
    );
    // One item per Ring feature.
    assert_eq!(
        view.summary.matches(r#"<li class="verdict "#).count(),
        ringcheck_shared::catalog::catalog().features.len()
    );
    assert!(view.fix.contains(r#"class="card fix-it""#), "{}", view.fix);
    assert!(view.fix.contains(&italian.text("app-fix-heading")));
    assert!(view.upload.is_empty(), "no upload test was run");
    let missing = app
        .get(&ringcheck_shared::routes::ApiPath::ReportView.with_id("q3vX0bL8Tn2cYh5W9aKzRg"))
        .await;
    assert_eq!(missing.status(), 404);
    app.stop().await;
}

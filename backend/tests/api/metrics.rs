//! The operator's metrics: served on a listener of their own, never on the visitors' port,
//! and counting what really happened.

use reqwest::{StatusCode, header};
use ringcheck_shared::routes::ApiPath;

use crate::common::{self, sse, visitor::Visitor};

#[tokio::test]
async fn a_scrape_after_a_check_counts_it_its_probes_a_refusal_and_the_requests() {
    let app = common::spawn_app_with(|config| {
        config.metrics_bind = Some("127.0.0.1:0".parse().unwrap());
    })
    .await;
    let metrics = app.metrics_addr.expect("metrics are served");
    let mut visitor = Visitor::new();
    visitor.open_tcp(8557).await;

    let started = visitor.start_check(&app).await;
    let events = sse::read_to_end(app.get(&started.events_url).await).await;
    assert_eq!(events.last().unwrap().event, "report");
    let refused = app
        .client
        .post(app.url(ApiPath::Checks.route()))
        .header(header::ORIGIN, "https://evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);

    let scrape = app
        .client
        .get(format!("http://{metrics}/metrics"))
        .send()
        .await
        .unwrap();
    assert_eq!(scrape.status(), StatusCode::OK);
    assert!(
        scrape.headers()[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("application/openmetrics-text"),
    );
    let text = scrape.text().await.unwrap();
    for line in [
        "ringcheck_checks_started_total 1",
        "ringcheck_checks_refused_total{reason=\"cross_site\"} 1",
        "ringcheck_checks_finished_total 1",
        "ringcheck_checks_failed_total 0",
        "ringcheck_checks_in_flight 0",
        "ringcheck_probe_results_total{transport=\"tcp\",port=\"8557\",state=\"open\"} 1",
        "ringcheck_probe_results_total{transport=\"tcp\",port=\"9998\",state=\"closed\"} 1",
        "ringcheck_http_requests_total{method=\"POST\",route=\"/api/checks\",status=\"202\"} 1",
        "ringcheck_http_requests_total{method=\"POST\",route=\"/api/checks\",status=\"403\"} 1",
        "ringcheck_http_request_duration_seconds_count{method=\"GET\",route=\"/api/checks/{id}/events\"} 1",
    ] {
        assert!(text.contains(line), "{line} missing from:\n{text}");
    }
    // The visitors' port has no metrics.
    assert_eq!(app.get("/metrics").await.status(), StatusCode::NOT_FOUND);
}

//! Reading stored reports: `GET /api/reports/{id}`, `/oembed` for a result link and the
//! events of a check this server does not run all read the database, so each household
//! (an IPv4 address, an IPv6 /64) has a rate of lookups; others read on.

use reqwest::{StatusCode, header};
use ringcheck_shared::routes::ApiPath;

use crate::common::{self, sse, visitor::Visitor};

#[tokio::test]
async fn a_flood_of_lookups_from_one_address_is_refused_while_another_still_reads() {
    let app = common::spawn_app_with(|config| {
        config.admission.report_lookups_per_minute = 6;
        config.admission.report_lookup_burst = 3;
    })
    .await;
    let owner = Visitor::new();
    let started = owner.start_check(&app).await;
    // Following one's own check on the server that runs it reads no stored report.
    let events = owner
        .client
        .get(app.url(&started.events_url))
        .send()
        .await
        .unwrap();
    assert!(!sse::read_to_end(events).await.is_empty());
    let id = started.id.as_str();
    let report = app.url(&ApiPath::Report.with_id(id));

    let flood = Visitor::new();
    for _ in 0..3 {
        let read = flood.client.get(&report).send().await.unwrap();
        assert_eq!(read.status(), StatusCode::OK, "the burst is read");
    }
    let refused = flood.client.get(&report).send().await.unwrap();
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry_after: u64 = refused.headers()[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        (1..=10).contains(&retry_after),
        "one lookup every 10 s: {retry_after}"
    );
    let body = common::json_error(refused, "rate_limited").await;
    assert!(
        body.message.contains("opened many Ring Check reports")
            && body
                .message
                .contains(&format!("wait {retry_after} seconds")),
        "{}",
        body.message
    );
    // The household's other reads of the database wait as well.
    let link: String =
        url::form_urlencoded::byte_serialize(app.url(&format!("/r/{id}")).as_bytes()).collect();
    let unknown = ApiPath::CheckEvents.with_id("AAAAAAAAAAAAAAAAAAAAAA");
    for path in [format!("/oembed?url={link}&format=json"), unknown] {
        let refused = flood.client.get(app.url(&path)).send().await.unwrap();
        assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS, "{path}");
        assert!(
            refused.headers().contains_key(header::RETRY_AFTER),
            "{path}"
        );
        common::json_error(refused, "rate_limited").await;
    }

    for reader in [&owner, &Visitor::new()] {
        let read = reader.client.get(&report).send().await.unwrap();
        assert_eq!(read.status(), StatusCode::OK, "another address reads on");
    }
}

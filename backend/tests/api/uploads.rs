//! The video upload test against the real server on loopback: the server counts what
//! the streams send and measures round trips with pings, one test per household at a
//! time, and refuses other sites' pages, wrong tokens and extra streams.

use ringcheck_shared::upload::{INTERVAL_MS, UploadVerdict};
use tokio_tungstenite::tungstenite::{self, http::StatusCode};

use crate::{common, upload_client};

fn host(app: &common::TestApp) -> String {
    app.addr.to_string()
}

// Two threads: the server's samples and the client's sending do not wait on each other.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_counts_every_byte_the_streams_send_and_measures_round_trips() {
    let app = common::spawn_app().await;
    let outcome = upload_client::run(&host(&app), 2, 1.0).await;
    let figures = &outcome.figures;
    let counted: u64 = figures.received.iter().sum();
    // What was sent before the server's last count; the streams stop at the end.
    assert!(
        counted <= outcome.sent && counted * 100 >= outcome.sent * 97,
        "counted {counted} of {} sent",
        outcome.sent
    );
    let phases: u32 = outcome.plan.phases.iter().map(|p| p.ms / INTERVAL_MS).sum();
    assert_eq!(figures.received.len() as u32, phases);
    assert_eq!(
        outcome.samples.len() as u32,
        phases,
        "a sample per interval"
    );
    assert!(figures.idle_rtt_ms.len() >= 10, "{:?}", figures.idle_rtt_ms);
    assert!(
        figures.loaded_rtt_ms.len() >= 35,
        "{:?}",
        figures.loaded_rtt_ms
    );
    // Loopback carries two streams easily, with no queue to speak of.
    let judged = figures.judge();
    assert_eq!(judged.verdict, UploadVerdict::Works, "{judged:?}");
    assert_eq!(judged.held_seconds, judged.hold_seconds);
    // The server's last message: the same verdict, said.
    let result = &outcome.result;
    assert_eq!(result.verdict, UploadVerdict::Works);
    assert_eq!(
        result.words.what,
        "2 cameras' Live View video at 2,000 kbit/s each"
    );
    assert!(
        result
            .words
            .says
            .starts_with("Your upload carries it steadily"),
        "{result:?}"
    );
    assert!(result.words.fixes.is_empty(), "nothing to fix");
    app.stop().await;
}

#[tokio::test]
async fn the_result_is_said_in_the_page_s_language_with_what_to_do() {
    let app = common::spawn_app().await;
    let outcome = upload_client::run_with(&host(&app), "streams=1&lang=it", 0.5, None, || {}).await;
    let words = &outcome.result.words;
    assert_eq!(outcome.result.verdict, UploadVerdict::Blocked);
    let italian = ringcheck_words::Words::get().speak(ringcheck_words::Locale::Language(
        ringcheck_shared::language::Language::Italian,
    ));
    assert_eq!(words.title, italian.text("upload-title"));
    assert_eq!(
        words.fixes.len(),
        2,
        "other uploads, a faster plan: {words:?}"
    );
    assert_eq!(words.fixes[0], italian.text("upload-fix-others"));
    app.stop().await;
}

#[tokio::test]
async fn a_line_that_sends_half_the_rate_cannot_hold_a_stream() {
    let app = common::spawn_app().await;
    let outcome = upload_client::run(&host(&app), 1, 0.5).await;
    let judged = outcome.figures.judge();
    assert_eq!(judged.verdict, UploadVerdict::Blocked, "{judged:?}");
    // Half of 2,000 kbit/s, within 10 %.
    assert!((900..=1_100).contains(&judged.hold_kbps), "{judged:?}");
    app.stop().await;
}

/// The handshake's refusal: its status and the JSON error code.
async fn refused(url: &str, origin: &str) -> (StatusCode, String) {
    match tokio_tungstenite::connect_async(upload_client::request(url, origin)).await {
        Err(tungstenite::Error::Http(response)) => {
            let body = response.body().clone().unwrap_or_default();
            let body: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
            (
                response.status(),
                body["error"].as_str().unwrap_or("").to_owned(),
            )
        }
        Ok(_) => panic!("{url} was accepted"),
        Err(error) => panic!("{url}: {error}"),
    }
}

#[tokio::test]
async fn one_test_at_a_time_per_household_and_no_other_site_no_stranger_no_extra_stream() {
    let app = common::spawn_app().await;
    let host = host(&app);
    let own = format!("http://{host}");
    let control_url = format!("ws://{host}/api/uploads?streams=1");
    let (mut first, _) =
        tokio_tungstenite::connect_async(upload_client::request(&control_url, &own))
            .await
            .unwrap();
    use futures_util::StreamExt;
    let plan = match first.next().await {
        Some(Ok(tungstenite::Message::Text(text))) => match serde_json::from_str(&text).unwrap() {
            ringcheck_shared::upload::UploadMessage::Plan(plan) => plan,
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    };
    assert_eq!(
        refused(&control_url, &own).await,
        (
            StatusCode::TOO_MANY_REQUESTS,
            "upload_in_progress".to_owned()
        )
    );
    assert_eq!(
        refused(&control_url, "https://elsewhere.example").await,
        (StatusCode::FORBIDDEN, "cross_site".to_owned())
    );
    assert_eq!(
        refused(&format!("ws://{host}/api/uploads?streams=9"), &own).await,
        (StatusCode::BAD_REQUEST, "bad_request".to_owned()),
        "at most four streams"
    );
    let stranger = plan.stream_path.replace("token=", "token=x");
    assert_eq!(
        refused(&format!("ws://{host}{stranger}"), &own).await,
        (StatusCode::NOT_FOUND, "upload_not_found".to_owned())
    );
    let stream = format!("ws://{host}{}", plan.stream_path);
    assert_eq!(
        refused(&stream, &own).await,
        (StatusCode::NOT_FOUND, "upload_not_found".to_owned()),
        "no stream before the idle round trips are measured"
    );
    // Reading answers the server's pings; the idle round trips end with `Go`.
    loop {
        match first.next().await {
            Some(Ok(tungstenite::Message::Text(text))) => {
                match serde_json::from_str(&text).unwrap() {
                    ringcheck_shared::upload::UploadMessage::Go => break,
                    other => panic!("{other:?}"),
                }
            }
            Some(Ok(_)) => {}
            other => panic!("{other:?}"),
        }
    }
    let (_one, _) = tokio_tungstenite::connect_async(upload_client::request(&stream, &own))
        .await
        .expect("the test's one stream");
    assert_eq!(
        refused(&stream, &own).await.0,
        StatusCode::NOT_FOUND,
        "a second stream of a one-stream test"
    );
    drop(first);
    app.stop().await;
}

/// A flood of starts from many networks at once (loopback's 127.x.0.1, each its own /24)
/// against a server that may take in 12 Mbit/s: three tests of one stream (each counted
/// at its 4 Mbit/s ramp) are admitted, every other start is told the server is busy and
/// when to come back, and the places come back when the tests end.
#[tokio::test]
async fn a_flood_of_starts_gets_the_capacity_and_no_more() {
    let app = common::spawn_app_with(|config| config.admission.upload_capacity_mbps = 12).await;
    let port = app.addr.port();
    let starts = (1..=60u8).map(|n| {
        tokio::spawn(async move {
            let from: std::net::IpAddr = format!("127.{n}.0.1").parse().unwrap();
            let socket = tokio::net::TcpSocket::new_v4().unwrap();
            socket.bind((from, 0).into()).unwrap();
            let tcp = socket.connect(([127, 0, 0, 1], port).into()).await.unwrap();
            let request = upload_client::request(
                &format!("ws://127.0.0.1:{port}/api/uploads?streams=1"),
                &format!("http://127.0.0.1:{port}"),
            );
            match tokio_tungstenite::client_async(request, tcp).await {
                Ok((socket, _)) => Ok(socket),
                Err(tungstenite::Error::Http(response)) => Err((
                    response.status(),
                    response
                        .headers()
                        .get("retry-after")
                        .and_then(|v| v.to_str().ok())
                        .map(str::to_owned),
                )),
                Err(error) => panic!("{error}"),
            }
        })
    });
    let mut admitted = Vec::new();
    let mut busy = 0;
    for start in starts {
        match start.await.unwrap() {
            Ok(socket) => admitted.push(socket),
            Err((status, retry_after)) => {
                assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
                assert_eq!(retry_after.as_deref(), Some("60"));
                busy += 1;
            }
        }
    }
    assert_eq!((admitted.len(), busy), (3, 57));
    // Ending the tests gives their places back: a new start is admitted.
    drop(admitted);
    let again = async {
        loop {
            let request = upload_client::request(
                &format!("ws://127.0.0.1:{port}/api/uploads?streams=1"),
                &format!("http://127.0.0.1:{port}"),
            );
            if tokio_tungstenite::connect_async(request).await.is_ok() {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    };
    tokio::time::timeout(std::time::Duration::from_secs(5), again)
        .await
        .expect("the places come back once the tests are gone");
    app.stop().await;
}

/// A test run for a finished check, with its token, is kept with its report: the share
/// link then has its figures, its verdict and words, its line in the summary and, as it
/// falls short, the provider's message. Anyone else's token is refused.
#[tokio::test]
async fn a_test_run_for_a_check_is_kept_with_its_report_and_only_by_its_visitor() {
    use ringcheck_shared::report::Report;

    let app = common::spawn_app().await;
    let host = host(&app);
    let own = format!("http://{host}");
    let visitor = common::visitor::Visitor::new();
    let started = visitor.start_check(&app).await;
    // The check's events end with its report: it is stored.
    common::sse::read_to_end(app.get(&started.events_url).await).await;
    let id = started.id.as_str();
    assert_eq!(
        refused(
            &format!("ws://{host}/api/uploads?streams=1&check={id}&token=not-the-token"),
            &own
        )
        .await,
        (StatusCode::FORBIDDEN, "wrong_token".to_owned())
    );
    let query = format!("streams=1&check={id}&token={}", started.egress.token);
    let outcome = upload_client::run_with(&host, &query, 0.5, None, || {}).await;
    // Kept as the test ends; read it back as a share link does.
    let report = async {
        loop {
            let report: Report = app
                .get(&format!("/api/reports/{id}"))
                .await
                .json()
                .await
                .unwrap();
            if report.upload.is_some() {
                return report;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    };
    let report = tokio::time::timeout(std::time::Duration::from_secs(5), report)
        .await
        .expect("the figures are kept within moments of the test's end");
    assert_eq!(report.upload.as_ref(), Some(&outcome.figures));
    let judgement = report.judgement.expect("judged");
    let upload = judgement.upload.expect("the upload judged");
    assert_eq!(upload.verdict, UploadVerdict::Blocked);
    assert!(
        judgement
            .summary
            .contains("Live View video upload: Blocked. Your upload carried"),
        "{}",
        judgement.summary
    );
    let message = judgement
        .advice
        .isp_message
        .expect("the provider hears of it");
    assert!(
        message.contains("as a Ring camera sends its video, found:\n\n  - Your upload carried"),
        "{message}"
    );
    app.stop().await;
}

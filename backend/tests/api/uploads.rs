//! The video upload test against the real server on loopback: the server counts what
//! the streams send and measures round trips with pings, one test per household at a
//! time, and refuses other sites' pages, wrong tokens and extra streams; a kept test's
//! chart is drawn for its share link.

use futures_util::StreamExt;
use ringcheck_shared::upload::{INTERVAL_MS, UploadMessage, UploadVerdict};
use tokio_tungstenite::{
    WebSocketStream,
    tungstenite::{self, http::StatusCode},
};

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
    assert!(
        result.words.latency.starts_with("Your line's delay: ")
            && result
                .words
                .latency
                .contains("nine round trips in ten under"),
        "{result:?}"
    );
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

/// What the first message of a control connection was: the plan, or a refusal said on
/// the connection (as a browser, which cannot read a refused handshake, hears it) with
/// its error code and the close code after it.
enum Start<S> {
    Planned(Box<WebSocketStream<S>>),
    Refused { error: String, close: u16 },
}

async fn start_on<S>(mut socket: WebSocketStream<S>) -> Start<S>
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    let first = match socket.next().await {
        Some(Ok(tungstenite::Message::Text(text))) => serde_json::from_str(&text).unwrap(),
        other => panic!("a first message, not {other:?}"),
    };
    let body = match first {
        UploadMessage::Plan(_) => return Start::Planned(Box::new(socket)),
        UploadMessage::Refused(body) => body,
        other => panic!("a plan or a refusal first, not {other:?}"),
    };
    assert!(!body.message.is_empty(), "the refusal says what to do");
    let close = match socket.next().await {
        Some(Ok(tungstenite::Message::Close(Some(frame)))) => u16::from(frame.code),
        other => panic!("closed after the refusal, not {other:?}"),
    };
    Start::Refused {
        error: body.error.as_str().to_owned(),
        close,
    }
}

/// A start refused on the connection: its error code and close code.
async fn refused_in_band(url: &str, origin: &str) -> (String, u16) {
    let (socket, _) = tokio_tungstenite::connect_async(upload_client::request(url, origin))
        .await
        .unwrap_or_else(|error| panic!("{url} is upgraded to say why: {error}"));
    match start_on(socket).await {
        Start::Refused { error, close } => (error, close),
        Start::Planned(_) => panic!("{url} was admitted"),
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
    let plan = match first.next().await {
        Some(Ok(tungstenite::Message::Text(text))) => match serde_json::from_str(&text).unwrap() {
            ringcheck_shared::upload::UploadMessage::Plan(plan) => plan,
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    };
    assert_eq!(
        refused_in_band(&control_url, &own).await,
        ("upload_in_progress".to_owned(), 1013),
        "one at a time, and waiting helps"
    );
    assert_eq!(
        refused(&control_url, "https://elsewhere.example").await,
        (StatusCode::FORBIDDEN, "cross_site".to_owned())
    );
    assert_eq!(
        refused_in_band(&format!("ws://{host}/api/uploads?streams=9"), &own).await,
        ("bad_request".to_owned(), 1008),
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
            let (socket, _) = tokio_tungstenite::client_async(request, tcp)
                .await
                .expect("upgraded, to start or to say why not");
            start_on(socket).await
        })
    });
    let mut admitted = Vec::new();
    let mut busy = 0;
    for start in starts {
        match start.await.unwrap() {
            Start::Planned(socket) => admitted.push(socket),
            Start::Refused { error, close } => {
                assert_eq!((error.as_str(), close), ("server_busy", 1013));
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
            let (socket, _) = tokio_tungstenite::connect_async(request).await.unwrap();
            if let Start::Planned(_) = start_on(socket).await {
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
        refused_in_band(
            &format!("ws://{host}/api/uploads?streams=1&check={id}&token=not-the-token"),
            &own
        )
        .await,
        ("wrong_token".to_owned(), 1008)
    );
    let query = format!("streams=1&check={id}&token={}", started.egress.token);
    let outcome = upload_client::run_with(&host, &query, 0.5, None, || {}).await;
    // Kept before the result is said: the page that hears it finds the figures.
    let report: Report = app
        .get(&format!("/api/reports/{id}"))
        .await
        .json()
        .await
        .unwrap();
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
    // Its result and chart as the page shows them.
    let view: ringcheck_shared::report::ReportView = app
        .get(&format!("/api/reports/{id}/view"))
        .await
        .json()
        .await
        .unwrap();
    assert!(
        view.upload.contains(r#"data-upload-verdict="blocked""#)
            && view
                .upload
                .contains(&format!("/api/reports/{id}/upload.svg?lang=en&amp;v=")),
        "{}",
        view.upload
    );
    // Its chart, for the page, the share link and the embed.
    let chart = app
        .get(&format!("/api/reports/{id}/upload.svg?lang=de"))
        .await;
    assert_eq!(chart.status(), 200);
    assert_eq!(chart.headers()["content-type"], "image/svg+xml");
    let svg = chart.text().await.unwrap();
    assert!(
        svg.starts_with("<svg") && svg.contains("2.000 kbit/s"),
        "{svg}"
    );
    assert_eq!(svg.matches("<rect").count(), outcome.figures.received.len());
    app.stop().await;
}

#[tokio::test]
async fn a_report_without_an_upload_test_has_no_chart() {
    let app = common::spawn_app().await;
    let visitor = common::visitor::Visitor::new();
    let started = visitor.start_check(&app).await;
    common::sse::read_to_end(app.get(&started.events_url).await).await;
    let chart = app
        .get(&format!("/api/reports/{}/upload.svg", started.id.as_str()))
        .await;
    assert_eq!(chart.status(), 404);
    let body: serde_json::Value = chart.json().await.unwrap();
    assert_eq!(body["error"], "report_not_found");
    app.stop().await;
}

/// A household that starts test after test is told to wait once its burst is spent:
/// four starts (each ended at once), then a refusal that says so, in its language.
#[tokio::test]
async fn a_household_starting_test_after_test_is_told_to_wait() {
    let app = common::spawn_app().await;
    let host = host(&app);
    let own = format!("http://{host}");
    let url = format!("ws://{host}/api/uploads?streams=1&lang=de");
    // Once the last test has given its place back (it ends as its connection closes),
    // what the next start hears.
    let next_start = || async {
        loop {
            let (socket, _) = tokio_tungstenite::connect_async(upload_client::request(&url, &own))
                .await
                .unwrap();
            match start_on(socket).await {
                Start::Refused { error, .. } if error == "upload_in_progress" => {
                    tokio::time::sleep(std::time::Duration::from_millis(20)).await;
                }
                started => return started,
            }
        }
    };
    let waited = async {
        for n in 1..=4 {
            match next_start().await {
                Start::Planned(socket) => drop(socket),
                Start::Refused { error, .. } => panic!("start {n} refused: {error}"),
            }
        }
        next_start().await
    };
    let fifth = tokio::time::timeout(std::time::Duration::from_secs(10), waited)
        .await
        .expect("each ended test gives its place back within moments");
    match fifth {
        Start::Refused { error, close } => {
            assert_eq!((error.as_str(), close), ("rate_limited", 1013));
        }
        Start::Planned(_) => panic!("a fifth start within moments was admitted"),
    }
    app.stop().await;
}

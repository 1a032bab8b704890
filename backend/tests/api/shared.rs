//! Several servers on one PostgreSQL, as behind a load balancer that does not keep a
//! visitor on one of them: two real `ringcheck` processes on two loopback addresses; a
//! check started on one is followed, given its browser results and read on the other.

use std::{
    process::{Child, Command, Stdio},
    time::Duration,
};

use reqwest::StatusCode;
use ringcheck_shared::{
    check::CheckStarted,
    egress::{EgressResult, EgressState, EgressSubmission},
    report::Report,
    routes::ApiPath,
};

use crate::common::{
    self, postgres, process,
    sse::{self, SseEvent},
    visitor::Visitor,
};

/// The shortest turn and deadline a server takes, so the end of a check comes soon.
const SHORT: [&str; 4] = ["--check-turn-wait-ms", "0", "--check-deadline-ms", "2600"];

/// A `ringcheck` process, stopped when dropped.
struct Server {
    child: Child,
    url: String,
}

impl Server {
    fn start(ip: &str, database: &str, dist: &std::path::Path) -> Self {
        Self::start_with(ip, database, dist, &[])
    }

    fn start_with(ip: &str, database: &str, dist: &std::path::Path, args: &[&str]) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_ringcheck"))
            .args(["--bind", &format!("{ip}:0"), "--log", "info"])
            .args(args)
            .args(["--allow-private-targets", "--database", database])
            // One beacon, on a port of its own: the browser's plan has a target to answer.
            .args(["--egress-listener", &format!("tcp/9998={ip}:0")])
            .arg("--dist")
            .arg(dist)
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let address = process::wait_until_listening_at(&mut child).expect("the server listens");
        Self {
            child,
            url: format!("http://{address}"),
        }
    }
    /// Starts a check of `client`'s address here, as its page does; it must be accepted.
    async fn start_check(&self, client: &reqwest::Client) -> CheckStarted {
        let response = client
            .post(format!("{}{}", self.url, ApiPath::Checks.route()))
            .header("Content-Type", "application/json")
            .body("{}")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::ACCEPTED);
        response.json().await.unwrap()
    }

    /// The events of `started`, as this server streams them, to their end.
    async fn events(&self, client: &reqwest::Client, started: &CheckStarted) -> Vec<SseEvent> {
        sse::read_to_end(
            client
                .get(format!("{}{}", self.url, started.events_url))
                .timeout(Duration::from_secs(30))
                .send()
                .await
                .unwrap(),
        )
        .await
    }
}

/// Returns once the database's clock, which the servers keep, is past the time by which
/// the server running `started` must have stored its report (`checks.ends_at`).
async fn past_the_end(db: &tokio_postgres::Client, started: &CheckStarted) {
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    loop {
        let row = db
            .query_one(
                "SELECT floor(extract(epoch FROM clock_timestamp()))::bigint > ends_at
                 FROM checks WHERE id = $1",
                &[&started.id.as_str()],
            )
            .await
            .unwrap();
        if row.get::<_, bool>(0) {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the check's end is not past 30 s later"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test]
async fn a_check_started_on_one_server_is_followed_finished_and_read_on_another() {
    let Some(database) = postgres::new_database().await else {
        return;
    };
    let dist = common::fake_dist();
    // A keeps reports a day, B a month: the results B takes are kept as A's report.
    let a_args = [&SHORT[..], &["--report-ttl-days", "1"]].concat();
    let a = Server::start_with("127.0.0.1", &database, dist.path(), &a_args);
    let b = Server::start("127.0.0.2", &database, dist.path());
    let mut visitor = Visitor::new();
    visitor.open_tcp(8557).await;
    let client = &visitor.client;

    let started = a.start_check(client).await;

    // Followed on B from the start: every probe as A runs it, then the report.
    let events = b.events(client, &started).await;
    let (last, probes) = events.split_last().expect("events");
    assert_eq!(last.event, "report", "{events:?}");
    assert_eq!(
        probes.len(),
        started.probes.len(),
        "every probe: {events:?}"
    );
    let ids: Vec<_> = events.iter().map(|e| e.id.clone().unwrap()).collect();
    let expected: Vec<_> = (0..events.len()).map(|i| i.to_string()).collect();
    assert_eq!(ids, expected, "numbered as on A");

    // The browser's results go to B, with A's token.
    let submission = EgressSubmission {
        token: started.egress.token.clone(),
        results: started
            .egress
            .targets
            .iter()
            .filter(|target| target.is_testable())
            .map(|target| EgressResult {
                transport: target.transport,
                port: target.port,
                family: None,
                state: EgressState::Reached,
                rtt_ms: Some(5),
                waited_ms: None,
            })
            .collect(),
        nat: None,
        phone: None,
    };
    assert!(!submission.results.is_empty(), "A's plan has its beacon");
    let submitted = client
        .post(format!("{}{}", b.url, started.egress_url))
        .json(&submission)
        .send()
        .await
        .unwrap();
    assert_eq!(submitted.status(), StatusCode::CREATED);
    let again = client
        .post(format!("{}{}", a.url, started.egress_url))
        .json(&submission)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::CONFLICT, "once, across servers");
    let (db, connection) = tokio_postgres::connect(&database, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    let expiries = db
        .query_one(
            "SELECT r.expires_at, e.expires_at FROM reports r JOIN egress e ON e.check_id = r.id
             WHERE r.id = $1",
            &[&started.id.as_str()],
        )
        .await
        .unwrap();
    let (report_expires, egress_expires): (i64, i64) = (expiries.get(0), expiries.get(1));
    assert_eq!(
        egress_expires, report_expires,
        "the browser's results expire with A's report, not by B's retention"
    );

    // Both read the same report, with the browser's results.
    for server in [&a, &b] {
        let report: Report = client
            .get(format!("{}{}", server.url, started.report_url))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(report.id, started.id);
        assert_eq!(report.probes.len(), started.probes.len());
        assert_eq!(
            report.egress.expect("the browser's results").results,
            submission.results
        );
    }
    assert_eq!(
        started.target,
        visitor.address.to_string(),
        "A probed the visitor"
    );

    // A follower arriving on B long after the end (past the latest A could have stored
    // the report: 2.6 s and 5 s of grace) gets the whole stream too, not a failure.
    past_the_end(&db, &started).await;
    let late = b.events(client, &started).await;
    assert_eq!(late.len(), events.len(), "{late:?}");
    assert_eq!(late.last().unwrap().event, "report");
}

#[tokio::test]
async fn a_check_whose_server_stops_ends_with_a_clear_failure_on_another() {
    let Some(database) = postgres::new_database().await else {
        return;
    };
    let dist = common::fake_dist();
    let mut a = Server::start_with("127.0.0.1", &database, dist.path(), &SHORT);
    let b = Server::start("127.0.0.2", &database, dist.path());
    let mut visitor = Visitor::new();
    // A silent service: its probe listens for the whole deadline.
    visitor.silent_udp(15063).await;
    let started = a.start_check(&visitor.client).await;
    let _ = a.child.kill();
    let _ = a.child.wait();
    let events = b.events(&visitor.client, &started).await;
    let last = events.last().expect("events");
    assert_eq!(last.event, "failed", "{events:?}");
    assert!(
        last.data.contains("stopped before it finished"),
        "{}",
        last.data
    );
}

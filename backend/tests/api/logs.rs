//! The server's log keeps the visitor private: the real binary, logging everything it
//! logs (`--log trace`), runs a whole check with a beacon test, the browser's results and
//! the share link opened; its log then names the check by a label and the visitor by a
//! masked address, and holds no id, no token, no full address and no stored report.
//! Once on SQLite, once on PostgreSQL (whose client crate logs every query's parameters
//! at debug, unless the server holds it back).

use std::{
    ffi::OsString,
    io::{BufRead, BufReader},
    process::{Command, Stdio},
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use reqwest::header;
use ringcheck_backend::service::log_label;
use ringcheck_shared::{
    check::{CheckStarted, mask_address},
    egress::{EgressMethod, EgressResult, EgressState, EgressSubmission},
    routes::ApiPath,
};

use crate::common::{self, postgres, sse, visitor::Visitor};

#[tokio::test]
async fn the_log_names_no_visitor_no_share_link_and_no_token() {
    let dist = common::fake_dist();
    let database = dist.path().join("r.db").into_os_string();
    a_whole_check_leaves_nothing_private_in_the_log(dist, database).await;
}

#[tokio::test]
async fn on_postgres_the_log_names_no_visitor_no_share_link_and_no_token() {
    let Some(database) = postgres::new_database().await else {
        return;
    };
    a_whole_check_leaves_nothing_private_in_the_log(common::fake_dist(), database.into()).await;
}

async fn a_whole_check_leaves_nothing_private_in_the_log(
    dist: tempfile::TempDir,
    database: OsString,
) {
    let mut server = Command::new(env!("CARGO_BIN_EXE_ringcheck"))
        .args([
            "--bind",
            "127.0.0.1:0",
            "--log",
            // Everything, and the database client's statements asked for by name.
            "trace,tokio_postgres::query=trace",
            "--allow-private-targets",
        ])
        .args(["--egress-listener", "tcp/9998=127.0.0.1:0"])
        .arg("--dist")
        .arg(dist.path())
        .arg("--database")
        .arg(&database)
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let log = Arc::new(Mutex::new(Vec::<String>::new()));
    let (address_sender, address) = std::sync::mpsc::channel::<String>();
    let readers = [
        Box::new(server.stdout.take().unwrap()) as Box<dyn std::io::Read + Send>,
        Box::new(server.stderr.take().unwrap()),
    ]
    .map(|pipe| {
        let log = log.clone();
        let address_sender = address_sender.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(pipe).lines().map_while(Result::ok) {
                if let Some((_, listening)) = line.split_once("listening on http://") {
                    let _ = address_sender.send(listening.trim().to_owned());
                }
                log.lock().unwrap().push(line);
            }
        })
    });
    let address = address
        .recv_timeout(Duration::from_secs(20))
        .expect("the server says where it listens");
    let base = format!("http://{address}");

    let visitor = Visitor::new();
    let response = visitor
        .client
        .post(format!("{base}{}", ApiPath::Checks.route()))
        .header(header::ORIGIN, &base)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 202);
    let started: CheckStarted = response.json().await.unwrap();
    let token = started.egress.token.clone();
    let beacon = started
        .egress
        .targets
        .iter()
        .find_map(|t| match t.method {
            EgressMethod::Beacon { public_port } => Some(public_port),
            _ => None,
        })
        .expect("a beacon is planned");
    let echoed = visitor
        .client
        .get(format!("http://127.0.0.1:{beacon}/beacon?token={token}"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(echoed, token);
    let submission = EgressSubmission {
        token: token.clone(),
        results: started
            .egress
            .targets
            .iter()
            .filter(|t| t.is_testable())
            .map(|t| EgressResult {
                transport: t.transport,
                port: t.port,
                family: None,
                state: EgressState::Reached,
                rtt_ms: Some(3),
                waited_ms: None,
            })
            .collect(),
        nat: None,
        phone: None,
    };
    let stored = visitor
        .client
        .post(format!("{base}{}", started.egress_url))
        .json(&submission)
        .send()
        .await
        .unwrap();
    assert_eq!(stored.status(), 201);
    let events = visitor
        .client
        .get(format!("{base}{}", started.events_url))
        .send()
        .await
        .unwrap();
    assert!(!sse::read_to_end(events).await.is_empty());
    let id = started.id.as_str().to_owned();
    for path in [ApiPath::Report.with_id(&id), format!("/r/{id}")] {
        let page = visitor
            .client
            .get(format!("{base}{path}"))
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), 200, "{path}");
    }
    // What the stored report's JSON holds, as any log would quote it.
    let stored_body = format!(r#""target":"{}""#, mask_address(visitor.address));

    let _ = Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status();
    let deadline = Instant::now() + Duration::from_secs(10);
    while server.try_wait().unwrap().is_none() {
        assert!(Instant::now() < deadline, "the server stops on SIGTERM");
        std::thread::sleep(Duration::from_millis(20));
    }
    for reader in readers {
        reader.join().unwrap();
    }

    let log = log.lock().unwrap().join("\n");
    assert!(
        log.contains(&log_label(&id)) && log.contains(&mask_address(visitor.address)),
        "the check is logged, by its label and the masked address:\n{log}"
    );
    for (secret, what) in [
        (id.as_str(), "the share id"),
        (token.as_str(), "the token"),
        (&visitor.address.to_string(), "the visitor's address"),
    ] {
        let found: Vec<&str> = log.lines().filter(|line| line.contains(secret)).collect();
        assert!(
            found.is_empty(),
            "{what} is in the log:\n{}",
            found.join("\n")
        );
    }
    // Quoted as Debug escapes it, or as it is.
    let found: Vec<&str> = log
        .lines()
        .filter(|line| line.replace('\\', "").contains(&stored_body))
        .collect();
    assert!(
        found.is_empty(),
        "the stored report is in the log:\n{}",
        found.join("\n")
    );
}

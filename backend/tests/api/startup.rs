//! Starting and stopping the server: clear errors instead of panics, graceful shutdown.

use crate::common;

use std::{
    process::{Command, Stdio},
    time::{Duration, Instant},
};

use ringcheck_backend::{
    http::spa::SpaError,
    service::ReportStore,
    startup::{Application, StartupError},
};
use ringcheck_shared::check::CheckStarted;

#[tokio::test]
async fn a_taken_port_is_a_clear_error() {
    let dist = common::fake_dist();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let data = tempfile::tempdir().unwrap();
    let mut config = common::test_config(dist.path(), data.path());
    config.bind = taken.local_addr().unwrap();
    let error = Application::build(&config)
        .await
        .err()
        .expect("bind must fail");
    assert!(
        matches!(error, StartupError::AddressInUse { .. }),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(
        message.contains("already in use") && message.contains("--bind"),
        "{message}"
    );
}

#[tokio::test]
async fn a_missing_app_is_a_clear_error() {
    let empty = tempfile::tempdir().unwrap();
    let config = common::test_config(&empty.path().join("dist"), empty.path());
    let error = Application::build(&config).await.err().expect("must fail");
    assert!(
        matches!(error, StartupError::Spa(SpaError::Missing { .. })),
        "{error:?}"
    );
    assert!(error.to_string().contains("cargo xtask serve"), "{error}");
}

#[test]
fn the_binary_reports_a_missing_app_and_exits_without_panicking() {
    let empty = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_ringcheck"))
        .args(["--bind", "127.0.0.1:0", "--dist"])
        .arg(empty.path().join("dist"))
        .arg("--database")
        .arg(empty.path().join("r.db"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("the web app is missing"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn help_never_shows_the_database_url_it_was_given() {
    let output = Command::new(env!("CARGO_BIN_EXE_ringcheck"))
        .arg("--help")
        .env(
            "RINGCHECK_DATABASE",
            "postgres://ringcheck:s3cret-pw@db.example/reports",
        )
        .output()
        .unwrap();
    assert!(output.status.success());
    let help = String::from_utf8_lossy(&output.stdout);
    assert!(help.contains("--database-password-file"), "{help}");
    assert!(!help.contains("s3cret-pw"), "{help}");
}

#[test]
fn the_binary_rejects_a_bad_log_filter_clearly() {
    let dist = common::fake_dist();
    let output = Command::new(env!("CARGO_BIN_EXE_ringcheck"))
        .args(["--bind", "127.0.0.1:0", "--log", "info,[[["])
        .arg("--dist")
        .arg(dist.path())
        .arg("--database")
        .arg(dist.path().join("r.db"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("log filter"), "{stderr}");
}

/// Starts the real binary, waits for it to listen, sends SIGTERM and expects a clean exit.
#[test]
fn the_binary_shuts_down_gracefully_on_sigterm() {
    let dist = common::fake_dist();
    let mut server = Command::new(env!("CARGO_BIN_EXE_ringcheck"))
        .args(["--bind", "127.0.0.1:0", "--log", "info"])
        .arg("--dist")
        .arg(dist.path())
        .arg("--database")
        .arg(dist.path().join("r.db"))
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    assert!(
        common::process::wait_until_listening(&mut server),
        "the server says where it listens"
    );

    let killed = Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = server.try_wait().unwrap() {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "server did not stop within 10 s of SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "graceful shutdown exits 0, got {status}");
}

/// SIGTERM while a check runs: the server stores its report before it exits.
#[tokio::test]
async fn a_check_running_at_sigterm_is_stored_before_the_server_exits() {
    let dist = common::fake_dist();
    let database = dist.path().join("r.db");
    let mut server = Command::new(env!("CARGO_BIN_EXE_ringcheck"))
        .args([
            "--bind",
            "127.0.0.1:0",
            "--log",
            "info",
            "--allow-private-targets",
        ])
        .args(["--probe-timeout-ms", "1000", "--no-egress-listeners"])
        .arg("--dist")
        .arg(dist.path())
        .arg("--database")
        .arg(&database)
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let address = common::process::wait_until_listening_at(&mut server).expect("it listens");
    // A silent UDP service: the check takes its probes' whole two seconds.
    let mut visitor = common::visitor::Visitor::new();
    visitor.silent_udp(15063).await;
    let response = visitor
        .client
        .post(format!("http://{address}/api/checks"))
        .header("Origin", format!("http://{address}"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 202);
    let started: CheckStarted = response.json().await.unwrap();
    let killed = Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let deadline = Instant::now() + Duration::from_secs(15);
    while server.try_wait().unwrap().is_none() {
        assert!(
            Instant::now() < deadline,
            "the server stops after its checks"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let store = ReportStore::open_sqlite(&database).unwrap();
    let stored = store.get(&started.id, 0).await.unwrap();
    assert!(stored.is_some(), "the running check's report was stored");
}

use std::net::{IpAddr, Ipv4Addr};

use std::{sync::Arc, time::Duration};

use ringcheck_shared::{
    catalog::Transport,
    check::{CheckStarted, mask_address},
    egress::{EgressState, EgressSubmission},
};

use super::*;
use super::{results::unanswered_udp_not_tested, testing::test_service_on};

#[test]
fn udp_tests_without_an_answer_are_not_tested_when_stun_was_shed() {
    use ringcheck_shared::{egress::EgressResult, port::Port};
    let result = |transport, port, state| EgressResult {
        transport,
        port: Port::known(port),
        family: None,
        state,
        rtt_ms: None,
        waited_ms: (state == EgressState::NoAnswer).then_some(4000),
    };
    let mut submission = EgressSubmission {
        token: "t".repeat(22),
        results: vec![
            result(Transport::Udp, 4172, EgressState::NoAnswer),
            result(Transport::Udp, 15063, EgressState::Reached),
            result(Transport::Udp, 15064, EgressState::Failed),
            result(Transport::Tcp, 9998, EgressState::NoAnswer),
        ],
        nat: None,
        phone: None,
    };
    assert_eq!(unanswered_udp_not_tested(&mut submission), 2);
    let states: Vec<_> = submission.results.iter().map(|r| r.state).collect();
    assert_eq!(
        states,
        [
            EgressState::NotTested,
            EgressState::Reached,
            EgressState::NotTested,
            EgressState::NoAnswer
        ],
        "what was reached stays reached, and TCP is not the responders' doing"
    );
    assert_eq!(submission.results[0].waited_ms, None);
}

#[tokio::test]
async fn only_a_public_address_is_probed_unless_in_local_mode() {
    let (service, _data) = test_service(false);
    for address in ["10.0.0.7", "127.0.0.1", "100.64.1.1", "::1", "fe80::1"] {
        let target: IpAddr = address.parse().unwrap();
        match service.start(target, None).await {
            Err(StartError::NotPublic { address, .. }) => assert_eq!(address, target),
            other => panic!("{address}: {other:?}"),
        }
    }
    assert_eq!(service.admission().in_flight(), 0, "nothing was admitted");

    let (local, _data) = test_service(true);
    let started = local
        .start(IpAddr::V4(Ipv4Addr::LOCALHOST), None)
        .await
        .expect("local mode probes loopback");
    assert!(started.local_mode);
    assert_eq!(
        started.events_url,
        format!("/api/checks/{}/events", started.id)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_visitor_s_place_is_free_before_its_final_event() {
    let (service, _data) = test_service(true);
    let target = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 9));
    for _ in 0..10 {
        let started = service.start(target, None).await.unwrap();
        let log = service.events(&started.id).unwrap();
        // A thread that looks the instant the final event is there, as a visitor whose
        // browser starts again at once would.
        let watcher = std::thread::spawn({
            let service = service.clone();
            move || {
                let give_up = std::time::Instant::now() + Duration::from_secs(10);
                while !log.is_finished() {
                    assert!(std::time::Instant::now() < give_up, "the check never ended");
                    std::hint::spin_loop();
                }
                service.admission().is_running(target)
            }
        });
        let still_running = tokio::task::spawn_blocking(move || watcher.join().unwrap())
            .await
            .unwrap();
        assert!(
            !still_running,
            "the final event came before the place was freed"
        );
    }
}

/// A network where nothing ever answers: a check on it runs to its deadline.
struct Silent;

impl Network for Silent {
    async fn connect_tcp(&self, _: std::net::SocketAddr) -> std::io::Result<()> {
        std::future::pending().await
    }

    async fn sip_options(&self, _: std::net::SocketAddr) -> std::io::Result<()> {
        std::future::pending().await
    }
}

/// The browser's results for `started`: none, as its plan has nothing testable here.
fn no_results(started: &CheckStarted) -> EgressSubmission {
    assert!(!started.egress.targets.iter().any(|t| t.is_testable()));
    EgressSubmission {
        token: started.egress.token.clone(),
        results: Vec::new(),
        nat: None,
        phone: None,
    }
}

/// Two stores on one new PostgreSQL database, as two servers have.
async fn two_postgres_stores() -> Option<(ReportStore, ReportStore)> {
    let url = crate::service::store::test_postgres::new_database().await?;
    let database = crate::service::Database::Postgres(url);
    let connect = || ReportStore::connect(&database);
    Some((connect().await.unwrap(), connect().await.unwrap()))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_whose_clock_is_off_still_takes_another_server_s_check() {
    let Some((store_a, store_b)) = two_postgres_stores().await else {
        return;
    };
    // B's host clock ten minutes fast: by it, A's check expired long ago.
    let ReportStore::Postgres(postgres_b) = &store_b else {
        unreachable!()
    };
    postgres_b.clock().skew_local_clock(600_000);
    store_b.purge_expired(0).await.unwrap();
    let short = Duration::from_millis(500);
    let a = test_service_on(SystemNetwork, store_a, true, short);
    let b = test_service_on(SystemNetwork, store_b, true, short);

    let started = a
        .start(IpAddr::V4(Ipv4Addr::LOCALHOST), None)
        .await
        .unwrap();
    let id = &started.id;
    assert!(
        b.shared_events(id).await.unwrap().is_some(),
        "B follows A's check"
    );
    let report = b
        .submit_egress(id, no_results(&started))
        .await
        .expect("B takes the browser's results of A's check");
    assert_eq!(report.id, *id);
    assert!(report.egress.is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn results_sent_to_another_server_are_answered_while_the_check_runs_on() {
    let Some((store_a, store_b)) = two_postgres_stores().await else {
        return;
    };
    // A's check runs for a minute; B may answer a request for 2 s.
    let a = test_service_on(Silent, store_a, true, Duration::from_secs(60));
    let mut b = test_service_on(SystemNetwork, store_b, true, Duration::from_millis(500));
    Arc::get_mut(&mut b).unwrap().report_wait = Duration::from_secs(2);

    let started = a
        .start(IpAddr::V4(Ipv4Addr::LOCALHOST), None)
        .await
        .unwrap();
    let asked = std::time::Instant::now();
    let answer = b.submit_egress(&started.id, no_results(&started)).await;
    assert!(
        matches!(answer, Err(EgressRefusal::ReportPending)),
        "{answer:?}"
    );
    assert!(
        asked.elapsed() < Duration::from_secs(10),
        "answered after {:?}, when the report wait is 2 s",
        asked.elapsed()
    );
    // Kept all the same: a second submission finds them.
    let again = b.submit_egress(&started.id, no_results(&started)).await;
    assert!(
        matches!(again, Err(EgressRefusal::AlreadySubmitted)),
        "{again:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn results_are_answered_while_this_server_s_own_check_runs_on() {
    let data = tempfile::tempdir().unwrap();
    let store = ReportStore::open_sqlite(&data.path().join("reports.db")).unwrap();
    let mut service = test_service_on(Silent, store, true, Duration::from_secs(60));
    Arc::get_mut(&mut service).unwrap().report_wait = Duration::from_secs(1);
    let started = service
        .start(IpAddr::V4(Ipv4Addr::LOCALHOST), None)
        .await
        .unwrap();
    let asked = std::time::Instant::now();
    let answer = service
        .submit_egress(&started.id, no_results(&started))
        .await;
    assert!(
        matches!(answer, Err(EgressRefusal::ReportPending)),
        "{answer:?}"
    );
    assert!(
        asked.elapsed() < Duration::from_secs(10),
        "{:?}",
        asked.elapsed()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_check_s_report_is_stored_with_its_plan_made_small() {
    let (service, data) = test_service(true);
    let started = service
        .start(IpAddr::V4(Ipv4Addr::LOCALHOST), None)
        .await
        .unwrap();
    service.events(&started.id).unwrap().finished().await;
    let db = rusqlite::Connection::open(data.path().join("reports.db")).unwrap();
    let body: String = db
        .query_row("SELECT body FROM reports", [], |row| row.get(0))
        .unwrap();
    assert!(
        body.contains("\"stored_plan\"") && !body.contains("\"plan\""),
        "{body}"
    );
    let report = service.stored_report(&started.id).await.unwrap().unwrap();
    assert_eq!(report.plan, Some(service.check_plan(&started.egress)));
}

#[test]
fn a_report_s_masked_target_is_the_network_its_daily_cap_counts() {
    for address in ["203.0.113.7", "2001:db8:1:2::7", "::ffff:198.51.100.9"] {
        let address: IpAddr = address.parse().unwrap();
        let network = ringcheck_engine::network_of(address).to_string();
        let masked = mask_address(ringcheck_engine::canonical(address));
        assert_eq!(masked.replace(".xxx", ".0/24"), network, "{address}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_network_stores_no_more_reports_a_day_than_its_cap() {
    let data = tempfile::tempdir().unwrap();
    let store = ReportStore::open_sqlite(&data.path().join("reports.db")).unwrap();
    let mut service = test_service_on(SystemNetwork, store, true, Duration::from_millis(500));
    Arc::get_mut(&mut service)
        .unwrap()
        .retention
        .network_reports_per_day = 2;
    let run = async |address: [u8; 4]| {
        let started = service.start(IpAddr::from(address), None).await?;
        service.events(&started.id).unwrap().finished().await;
        Ok::<_, StartError>(())
    };
    run([127, 0, 0, 1]).await.unwrap();
    run([127, 0, 0, 2]).await.unwrap();
    match run([127, 0, 0, 3]).await {
        Err(StartError::NetworkDailyLimit { limit, retry_after }) => {
            assert_eq!(limit, 2);
            assert!(
                retry_after > DAY - Duration::from_secs(60) && retry_after <= DAY,
                "{retry_after:?}: when the first of the day is a day old"
            );
        }
        other => panic!("a third report of 127.0.0.0/24 in a day: {other:?}"),
    }
    assert_eq!(
        service.admission().in_flight(),
        0,
        "its place is free again"
    );
    run([127, 0, 1, 1])
        .await
        .expect("another network has its own cap");
}

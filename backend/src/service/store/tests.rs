use ringcheck_shared::{
    catalog::Transport,
    check::CheckId,
    egress::{EgressReport, EgressResult, EgressState, ReportedBy},
    port::Port,
    report::Report,
};

use std::{path::Path, task::Poll, time::Duration};

use rusqlite::Connection;

use super::{sqlite::SqliteStore, *};

fn report(id: &str) -> Report {
    Report {
        id: CheckId::parse(id).unwrap(),
        created_at: "2026-11-24T00:00:00Z".into(),
        expires_at: "2026-12-24T00:00:00Z".into(),
        catalog_version: 1,
        target: "198.51.100.xxx".into(),
        local_mode: false,
        duration_ms: 2400,
        probes: vec![],
        probed: vec![],
        egress: None,
        plan: None,
        upload: None,
        judgement: None,
    }
}

const A: &str = "AAAAAAAAAAAAAAAAAAAAAA";
const B: &str = "BBBBBBBBBBBBBBBBBBBBBB";

#[tokio::test]
async fn saved_reports_survive_reopening_and_expire() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reports.db");
    {
        let store = SqliteStore::open(&path).unwrap();
        store.save(&report(A), 100, 200).await.unwrap();
        store.save(&report(B), 100, 150).await.unwrap();
    }
    let store = SqliteStore::open(&path).unwrap();
    let a = CheckId::parse(A).unwrap();
    assert_eq!(store.get(&a, 120).await.unwrap(), Some(report(A)));
    assert_eq!(
        store.get(&a, 200).await.unwrap(),
        None,
        "expired at its expiry time"
    );
    assert_eq!(
        store.purge_expired(160).await.unwrap(),
        1,
        "only B had expired"
    );
    assert_eq!(
        store.get(&CheckId::parse(B).unwrap(), 0).await.unwrap(),
        None,
        "B is gone"
    );
    assert!(store.get(&a, 120).await.unwrap().is_some());
}

#[tokio::test]
async fn migrations_run_once_and_the_schema_is_current() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reports.db");
    SqliteStore::open(&path).unwrap();
    SqliteStore::open(&path).unwrap();
    let db = Connection::open(&path).unwrap();
    let version: i64 = db
        .pragma_query_value(None, "user_version", |row| row.get(0))
        .unwrap();
    assert_eq!(version, migrations::latest() as i64);
    let mode: String = db
        .pragma_query_value(None, "journal_mode", |row| row.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[tokio::test]
async fn a_database_from_a_newer_build_is_refused_not_used() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reports.db");
    SqliteStore::open(&path).unwrap();
    Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let error = SqliteStore::open(&path).err().expect("refused").to_string();
    assert!(
        error.contains("newer Ring Check") && error.contains("schema 99"),
        "{error}"
    );
    Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", -1)
        .unwrap();
    let error = SqliteStore::open(&path).err().expect("refused").to_string();
    assert!(error.contains("schema -1"), "{error}");
}

#[test]
fn servers_starting_together_on_one_database_migrate_it_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reports.db");
    let opened: Vec<_> = (0..4)
        .map(|_| {
            let path = path.clone();
            std::thread::spawn(move || SqliteStore::open(&path).map(drop))
        })
        .collect();
    for opening in opened {
        opening
            .join()
            .unwrap()
            .expect("each opens the database, one migrating it");
    }
    let version: i64 = Connection::open(&path)
        .unwrap()
        .pragma_query_value(None, "user_version", |row| row.get(0))
        .unwrap();
    assert_eq!(version, migrations::latest() as i64);
}

#[tokio::test]
async fn a_purge_of_many_reports_deletes_them_all_in_batches() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("reports.db")).unwrap();
    let expired = PURGE_BATCH * 2 + 7;
    for n in 0..expired + 3 {
        let id = format!("{n:0>22}");
        let expires = if n < expired { 150 } else { 500 };
        store.save(&report(&id), 100, expires).await.unwrap();
    }
    assert_eq!(store.purge_expired(200).await.unwrap(), expired);
    assert_eq!(store.purge_expired(200).await.unwrap(), 0);
    let kept = CheckId::parse(&format!("{:0>22}", expired)).unwrap();
    assert!(store.get(&kept, 200).await.unwrap().is_some());
}

#[tokio::test]
async fn an_unwritable_path_is_a_clear_error() {
    let error = SqliteStore::open(Path::new("/nonexistent-dir/reports.db"))
        .err()
        .unwrap();
    assert!(
        error.to_string().contains("/nonexistent-dir/reports.db"),
        "{error}"
    );
}

#[tokio::test]
async fn a_duplicate_id_is_an_error_not_an_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("r.db")).unwrap();
    store.save(&report(A), 1, 2).await.unwrap();
    assert!(store.save(&report(A), 1, 2).await.is_err());
}

fn egress() -> EgressReport {
    EgressReport {
        reported_by: ReportedBy::VisitorBrowser,
        received_at: "2026-11-24T00:00:04Z".into(),
        results: vec![EgressResult {
            transport: Transport::Tcp,
            port: Port::known(9998),
            family: None,
            state: EgressState::Reached,
            rtt_ms: Some(4),
            waited_ms: None,
        }],
        nat: None,
        phone: None,
    }
}

#[tokio::test]
async fn browser_results_are_kept_once_joined_to_their_report_and_purged_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("reports.db")).unwrap();
    let a = CheckId::parse(A).unwrap();
    // The browser may finish before the probes: its results wait for the report.
    assert!(store.save_egress(&a, &egress(), 100, 200).await.unwrap());
    assert!(
        !store.save_egress(&a, &egress(), 101, 200).await.unwrap(),
        "once per check"
    );
    assert_eq!(store.get(&a, 120).await.unwrap(), None, "no report yet");
    store.save(&report(A), 100, 200).await.unwrap();
    let joined = store.get(&a, 120).await.unwrap().unwrap();
    assert_eq!(joined.egress, Some(egress()));
    assert_eq!(joined.probes, report(A).probes);

    store.purge_expired(200).await.unwrap();
    assert!(
        store.save_egress(&a, &egress(), 201, 300).await.unwrap(),
        "the old results went with the report"
    );
}

/// 22 URL-safe characters, different for each `n`.
fn numbered_id(n: usize) -> String {
    format!("{n:0>22}")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn writes_arriving_together_are_each_answered_for_themselves() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reports.db");
    let store = SqliteStore::open(&path).unwrap();
    // Another connection holds the write lock meanwhile, so the writes pile up behind the
    // first and share batches; one of them stores an id twice.
    let other = Connection::open(&path).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let mut writes: Vec<_> = (0..400)
        .map(|n| {
            let store = store.clone();
            let id = numbered_id(if n == 399 { 7 } else { n });
            Box::pin(async move { store.save(&report(&id), 100, 200).await })
        })
        .collect();
    // A write is queued for the writer thread when first polled: once each has been,
    // all 400 wait, and the lock can go.
    for write in &mut writes {
        let first = std::future::poll_fn(|cx| Poll::Ready(write.as_mut().poll(cx))).await;
        assert!(
            first.is_pending(),
            "no write commits while the lock is held"
        );
    }
    other.execute_batch("ROLLBACK").unwrap();
    let mut failed = Vec::new();
    for (n, write) in writes.into_iter().enumerate() {
        if write.await.is_err() {
            failed.push(n);
        }
    }
    // The second write of id 7 (whichever of the two came second) fails alone.
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert!(failed[0] == 7 || failed[0] == 399, "{failed:?}");
    for n in 0..399 {
        let id = CheckId::parse(&numbered_id(n)).unwrap();
        assert!(
            store.get(&id, 120).await.unwrap().is_some(),
            "report {n} stored"
        );
    }
}

#[tokio::test]
async fn a_write_that_cannot_commit_is_told_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reports.db");
    let store = SqliteStore::open(&path).unwrap();
    // Another connection holds the write lock past the busy timeout.
    let other = Connection::open(&path).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    let started = std::time::Instant::now();
    let error = store.save(&report(A), 100, 200).await.unwrap_err();
    assert!(
        matches!(error, StoreError::NotCommitted(_)),
        "{error:?} after {:?}",
        started.elapsed()
    );
    other.execute_batch("ROLLBACK").unwrap();
    store.save(&report(A), 100, 200).await.unwrap();
    assert!(
        store
            .get(&CheckId::parse(A).unwrap(), 120)
            .await
            .unwrap()
            .is_some()
    );
}

#[tokio::test]
async fn a_write_that_panics_is_an_error_and_the_writer_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("reports.db")).unwrap();
    let panicked = store
        .write(|_| -> Result<(), StoreError> { panic!("a bug in a write") })
        .await;
    assert!(
        matches!(panicked, Err(StoreError::NotCommitted(_))),
        "{panicked:?}"
    );
    store.save(&report(A), 100, 200).await.unwrap();
    assert!(
        store
            .get(&CheckId::parse(A).unwrap(), 120)
            .await
            .unwrap()
            .is_some()
    );
}

/// Every store the server can use, empty: SQLite, and PostgreSQL when it is installed
/// (required under `cargo xtask test`). The folder holds SQLite's file.
async fn every_store() -> (Vec<(&'static str, ReportStore)>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut stores = vec![(
        "sqlite",
        ReportStore::connect(&Database::Sqlite(dir.path().join("reports.db")))
            .await
            .unwrap(),
    )];
    if let Some(url) = test_postgres::new_database().await {
        stores.push((
            "postgres",
            ReportStore::connect(&Database::Postgres(url.clone()))
                .await
                .unwrap(),
        ));
    }
    (stores, dir)
}

#[tokio::test]
async fn each_store_keeps_reports_until_they_expire_and_purges_them() {
    let (stores, _dir) = every_store().await;
    for (name, store) in stores {
        store.save(&report(A), 100, 200).await.unwrap();
        store.save(&report(B), 100, 150).await.unwrap();
        let a = CheckId::parse(A).unwrap();
        assert_eq!(store.get(&a, 120).await.unwrap(), Some(report(A)), "{name}");
        assert_eq!(
            store.get(&a, 200).await.unwrap(),
            None,
            "{name}: expired at its time"
        );
        assert!(
            store.save(&report(A), 100, 200).await.is_err(),
            "{name}: no overwrite"
        );
        assert_eq!(store.purge_expired(160).await.unwrap(), 1, "{name}: only B");
        let b = CheckId::parse(B).unwrap();
        assert_eq!(store.get(&b, 0).await.unwrap(), None, "{name}: B is gone");
        assert!(store.get(&a, 120).await.unwrap().is_some(), "{name}");
    }
}

#[tokio::test]
async fn each_store_takes_browser_results_once_and_joins_them_to_the_report() {
    let (stores, _dir) = every_store().await;
    for (name, store) in stores {
        let a = CheckId::parse(A).unwrap();
        assert!(
            store.save_egress(&a, &egress(), 100, 200).await.unwrap(),
            "{name}"
        );
        assert!(
            !store.save_egress(&a, &egress(), 101, 200).await.unwrap(),
            "{name}: once per check"
        );
        assert_eq!(
            store.get(&a, 120).await.unwrap(),
            None,
            "{name}: no report yet"
        );
        store.save(&report(A), 100, 200).await.unwrap();
        let joined = store.get(&a, 120).await.unwrap().unwrap();
        assert_eq!(joined.egress, Some(egress()), "{name}");
        store.purge_expired(200).await.unwrap();
        assert!(
            store.save_egress(&a, &egress(), 201, 300).await.unwrap(),
            "{name}: the old results went with the report"
        );
    }
}

/// The probes of the visitor's IPv6 address, as a dual-stack check stores them.
fn ipv6_probes() -> FamilyProbes {
    use ringcheck_shared::{
        catalog::EntryId,
        check::{ProbeResult, ProbeState},
        family::AddressFamily,
    };
    FamilyProbes {
        family: AddressFamily::Ipv6,
        target: "2001:db8:1::/48".into(),
        probes: vec![ProbeResult {
            entry: EntryId::parse("ring-control").unwrap(),
            transport: Transport::Tcp,
            port: Port::known(8557),
            family: Some(AddressFamily::Ipv6),
            state: ProbeState::Closed,
            rtt_ms: Some(3.5),
            attempts: 1,
            detail: ringcheck_shared::probe_detail::ProbeDetail::Refused,
        }],
    }
}

#[tokio::test]
async fn each_store_keeps_the_other_family_s_probes_once_beside_the_report() {
    let (stores, _dir) = every_store().await;
    for (name, store) in stores {
        let a = CheckId::parse(A).unwrap();
        // They may end before or after the report is stored.
        assert!(
            store
                .save_family_probes(&a, &ipv6_probes(), 200)
                .await
                .unwrap(),
            "{name}"
        );
        assert!(
            !store
                .save_family_probes(&a, &ipv6_probes(), 200)
                .await
                .unwrap(),
            "{name}: once per family"
        );
        store.save(&report(A), 100, 200).await.unwrap();
        store.save_egress(&a, &egress(), 100, 200).await.unwrap();
        let joined = store.get(&a, 120).await.unwrap().unwrap();
        assert_eq!(joined.probes, ipv6_probes().probes, "{name}");
        assert_eq!(joined.probed.len(), 1, "{name}");
        assert_eq!(joined.probed[0].target, "2001:db8:1::/48", "{name}");
        assert_eq!(joined.egress, Some(egress()), "{name}: joined to both");
        store.purge_expired(200).await.unwrap();
        assert!(
            store
                .save_family_probes(&a, &ipv6_probes(), 300)
                .await
                .unwrap(),
            "{name}: purged with the report"
        );
    }
}

#[tokio::test]
async fn each_store_purges_more_than_a_batch() {
    let (stores, _dir) = every_store().await;
    for (name, store) in stores {
        let writes: Vec<_> = (0..1_200)
            .map(|n| {
                let store = store.clone();
                tokio::spawn(async move { store.save(&report(&numbered_id(n)), 0, 10).await })
            })
            .collect();
        for write in writes {
            write.await.unwrap().unwrap();
        }
        assert_eq!(store.purge_expired(10).await.unwrap(), 1_200, "{name}");
    }
}

#[tokio::test]
async fn servers_starting_together_on_one_postgres_database_migrate_it_once() {
    let Some(url) = test_postgres::new_database().await else {
        return;
    };
    let starts: Vec<_> = (0..6)
        .map(|_| {
            let url = url.clone();
            tokio::spawn(async move {
                ReportStore::connect(&Database::Postgres(url))
                    .await
                    .map(drop)
            })
        })
        .collect();
    for start in starts {
        start.await.unwrap().unwrap();
    }
    let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    let rows = client
        .query("SELECT version FROM ringcheck_schema", &[])
        .await
        .unwrap();
    assert_eq!(rows.len(), 1, "one version row");
    assert_eq!(rows[0].get::<_, i64>(0), migrations::latest() as i64);
}

#[tokio::test]
async fn a_postgres_url_that_cannot_be_used_says_how_to_write_it_or_where_it_failed() {
    let error = ReportStore::connect(&Database::Postgres(
        "postgres://ringcheck@127.0.0.1:notaport/db".into(),
    ))
    .await
    .err()
    .unwrap()
    .to_string();
    assert!(
        error.contains("postgres://USER:PASSWORD@HOST:PORT/DATABASE"),
        "{error}"
    );
    // Nothing listens on port 1 of this machine.
    let error = ReportStore::connect(&Database::Postgres(
        "postgres://ringcheck@127.0.0.1:1/db".into(),
    ))
    .await
    .err()
    .unwrap()
    .to_string();
    assert!(
        error.contains("cannot reach the PostgreSQL report database at 127.0.0.1:1"),
        "{error}"
    );
}

#[test]
fn postgres_reads_the_migrations_with_64_bit_integers_and_without_strict() {
    let sql = "CREATE TABLE t (\n    at  INTEGER NOT NULL,\n    end INTEGER\n) STRICT;";
    assert_eq!(
        migrations::postgres_dialect(sql),
        "CREATE TABLE t (\n    at  BIGINT NOT NULL,\n    end BIGINT\n);"
    );
}

/// The store at `url`, and whether the database sees its connection encrypted.
async fn postgres_encrypted(url: &str) -> Result<bool, String> {
    let store = postgres::PostgresStore::connect(url)
        .await
        .map_err(|error| error.to_string())?;
    store.encrypted().await.map_err(|error| error.to_string())
}

#[tokio::test]
async fn postgres_is_reached_over_tls_as_sslmode_says() {
    let Some((url, ca)) = test_postgres::new_tls_database().await else {
        return;
    };
    let ca = ca.display();
    let by_name = url.replace("127.0.0.1", "localhost");
    for (url, encrypted) in [
        (url.clone(), true), // libpq's default, prefer: TLS when the server offers it
        (format!("{url}?sslmode=disable"), false),
        (format!("{url}?sslmode=prefer"), true),
        (format!("{url}?sslmode=require"), true),
        (format!("{url}?sslmode=verify-ca&sslrootcert={ca}"), true),
        (
            format!("{by_name}?sslmode=verify-full&sslrootcert={ca}"),
            true,
        ),
    ] {
        assert_eq!(postgres_encrypted(&url).await, Ok(encrypted), "{url}");
    }

    // Reports go through it like any other connection.
    let store = ReportStore::connect(&Database::Postgres(format!(
        "{by_name}?sslmode=verify-full&sslrootcert={ca}"
    )))
    .await
    .unwrap();
    store.save(&report(A), 100, 200).await.unwrap();
    let a = CheckId::parse(A).unwrap();
    assert_eq!(store.get(&a, 120).await.unwrap(), Some(report(A)));
}

#[tokio::test]
async fn a_postgres_certificate_that_fails_verification_is_a_clear_error() {
    let Some((url, ca)) = test_postgres::new_tls_database().await else {
        return;
    };
    // The certificate names localhost, not 127.0.0.1.
    let error = postgres_encrypted(&format!(
        "{url}?sslmode=verify-full&sslrootcert={}",
        ca.display()
    ))
    .await
    .unwrap_err();
    assert!(error.contains("certificate is not accepted"), "{error}");
    assert!(error.contains("for the host the URL names"), "{error}");

    // Another CA than the one that signed it.
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other-ca.pem");
    let key = rcgen::KeyPair::generate().unwrap();
    let mut params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    std::fs::write(&other, params.self_signed(&key).unwrap().pem()).unwrap();
    let by_name = url.replace("127.0.0.1", "localhost");
    for mode in ["verify-ca", "verify-full", "require"] {
        let error = postgres_encrypted(&format!(
            "{by_name}?sslmode={mode}&sslrootcert={}",
            other.display()
        ))
        .await
        .unwrap_err();
        assert!(
            error.contains("certificate is not accepted"),
            "{mode}: {error}"
        );
        assert!(
            error.contains(&format!("a CA in sslrootcert={}", other.display())),
            "{mode}: {error}"
        );
    }
}

#[tokio::test]
async fn sslmode_require_against_a_server_without_tls_is_a_clear_start_up_error() {
    let Some(url) = test_postgres::new_database().await else {
        return;
    };
    assert_eq!(
        postgres_encrypted(&url).await,
        Ok(false),
        "prefer falls back"
    );
    let error = ReportStore::connect(&Database::Postgres(format!("{url}?sslmode=require")))
        .await
        .err()
        .unwrap()
        .to_string();
    assert!(
        error.contains("cannot reach the PostgreSQL report database at 127.0.0.1:"),
        "{error}"
    );
    assert!(error.contains("does not accept it: turn on ssl"), "{error}");
}

#[tokio::test]
async fn postgres_writes_go_on_while_reads_fill_the_pool() {
    let Some(url) = test_postgres::new_database().await else {
        return;
    };
    let store = ReportStore::connect(&Database::Postgres(url.clone()))
        .await
        .unwrap();
    store.save(&report(A), 100, 200).await.unwrap();
    // Every read waits on a lock of a table reads join and writes never touch.
    let (admin, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    admin
        .batch_execute("BEGIN; LOCK TABLE family_probes IN ACCESS EXCLUSIVE MODE")
        .await
        .unwrap();
    let a = CheckId::parse(A).unwrap();
    let reads: Vec<_> = (0..40)
        .map(|_| {
            let (store, a) = (store.clone(), a.clone());
            tokio::spawn(async move { store.get(&a, 120).await })
        })
        .collect();
    // Until the reads hold as many connections as they may, all waiting on the lock.
    let waiting = async {
        loop {
            let row = admin
                .query_one(
                    // pg_locks, not pg_stat_activity, which a transaction sees once.
                    "SELECT count(*) FROM pg_locks
                     WHERE relation = 'family_probes'::regclass AND NOT granted",
                    &[],
                )
                .await
                .unwrap();
            if row.get::<_, i64>(0) >= 12 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    };
    tokio::time::timeout(Duration::from_secs(5), waiting)
        .await
        .expect("the reads reach the database and wait on the lock");

    let b = report(B);
    tokio::time::timeout(Duration::from_secs(3), store.save(&b, 100, 200))
        .await
        .expect("a write does not wait behind the reads")
        .unwrap();

    admin.batch_execute("COMMIT").await.unwrap();
    for read in reads {
        assert_eq!(
            read.await.unwrap().unwrap(),
            Some(report(A)),
            "each read ends"
        );
    }
}

#[tokio::test]
async fn a_postgres_database_migrated_by_the_first_0003_is_repaired() {
    let Some(url) = test_postgres::new_database().await else {
        return;
    };
    // As the build that first shipped 0003 (without `checks.ends_at`) left it.
    let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    let first = [
        include_str!("../../../migrations/0001_create_reports.sql"),
        include_str!("../../../migrations/0002_create_egress.sql"),
        include_str!("fixtures/0003_create_checks.first.sql"),
    ];
    for sql in first {
        client
            .batch_execute(&migrations::postgres_dialect(sql))
            .await
            .unwrap();
    }
    client
        .batch_execute(
            "CREATE TABLE ringcheck_schema (version BIGINT NOT NULL);
             INSERT INTO ringcheck_schema (version) VALUES (3);",
        )
        .await
        .unwrap();
    let store = ReportStore::connect(&Database::Postgres(url.clone()))
        .await
        .unwrap();
    let times = CheckTimes {
        created_at: 1_000,
        ends_at: 1_010,
        expires_at: 1_070,
        report_expires_at: 3_000,
    };
    store
        .cluster()
        .expect("PostgreSQL has the cluster's tables")
        .register_check(&CheckId::parse(&numbered_id(1)).unwrap(), times, "{}")
        .await
        .expect("a check the servers share can be written down again");
}

/// A report as a check stores one: with the plan of every catalogue port, its media
/// range sampled, and a UDP port not testable here.
fn report_with_plan(id: &str) -> Report {
    use ringcheck_shared::{
        catalog::catalog,
        check::{CheckPlan, probe_back_plan},
        egress::{UnavailableWhy, egress_targets},
    };
    let sample: Vec<Port> = (0..16).map(|i| Port::known(20_000 + i * 900)).collect();
    let egress = egress_targets(catalog(), &sample, |transport, port| {
        match (transport, port.get()) {
            (Transport::Udp, 3478) => Err(UnavailableWhy::Busy),
            _ => Ok(port),
        }
    });
    let probes = probe_back_plan(catalog())
        .into_iter()
        .map(|planned| ringcheck_shared::check::ProbeResult {
            entry: planned.entry,
            transport: planned.transport,
            port: planned.port,
            family: Some(ringcheck_shared::family::AddressFamily::Ipv4),
            state: ringcheck_shared::check::ProbeState::Closed,
            rtt_ms: Some(23.4),
            attempts: 1,
            detail: ringcheck_shared::probe_detail::ProbeDetail::Refused,
        })
        .collect();
    Report {
        catalog_version: catalog().version,
        probes,
        plan: Some(CheckPlan::new(
            catalog(),
            probe_back_plan(catalog()),
            egress,
        )),
        ..report(id)
    }
}

/// The browser's results for every test of `report`'s plan, each reached.
fn every_result_of(report: &Report) -> EgressReport {
    let results = report
        .plan
        .iter()
        .flat_map(|plan| &plan.egress)
        .filter(|target| target.is_testable())
        .map(|target| EgressResult {
            transport: target.transport,
            port: target.port,
            family: None,
            state: EgressState::Reached,
            rtt_ms: Some(31),
            waited_ms: None,
        })
        .collect();
    EgressReport {
        results,
        ..egress()
    }
}

#[test]
fn a_report_is_stored_with_its_plan_as_what_the_catalogue_does_not_say() {
    let report = report_with_plan(A);
    let whole = serde_json::to_string(&report).unwrap();
    let stored = report_body(&report).unwrap();
    assert!(stored.contains("\"stored_plan\"") && !stored.contains("\"plan\""));
    let results = serde_json::to_string(&every_result_of(&report)).unwrap();
    println!(
        "stored: report {} bytes (with its whole plan {}), the browser's results {} bytes",
        stored.len(),
        whole.len(),
        results.len()
    );
    assert!(
        stored.len() * 3 < whole.len(),
        "stored in {} bytes, the whole report is {}",
        stored.len(),
        whole.len()
    );
    assert_eq!(joined(&stored, None, [], None).unwrap(), report);
    // As a build before the stored plan wrote it: the whole plan.
    assert_eq!(joined(&whole, None, [], None).unwrap(), report);
    // Made from another catalogue version: rebuilt from its results, as before plans.
    let other_version = stored.replace(
        &format!("\"catalog_version\":{}", report.catalog_version),
        "\"catalog_version\":1",
    );
    assert_eq!(joined(&other_version, None, [], None).unwrap().plan, None);
}

#[tokio::test]
async fn each_store_reads_a_report_back_with_its_whole_plan() {
    let (stores, _dir) = every_store().await;
    for (name, store) in stores {
        store.save(&report_with_plan(A), 100, 200).await.unwrap();
        let read = store.get(&CheckId::parse(A).unwrap(), 120).await.unwrap();
        assert_eq!(read, Some(report_with_plan(A)), "{name}");
    }
}

#[tokio::test]
async fn each_store_tells_a_network_s_newest_reports_since_a_time() {
    let (stores, _dir) = every_store().await;
    for (name, store) in stores {
        let stored = |id: String, created_at, target: &str| {
            let report = Report {
                target: target.to_owned(),
                ..report(&id)
            };
            let store = store.clone();
            async move {
                store
                    .save(&report, created_at, created_at + 1000)
                    .await
                    .unwrap()
            }
        };
        stored(numbered_id(1), 100, "198.51.100.xxx").await;
        stored(numbered_id(2), 150, "198.51.100.xxx").await;
        stored(numbered_id(3), 200, "198.51.100.xxx").await;
        stored(numbered_id(4), 250, "198.51.100.xxx").await;
        stored(numbered_id(5), 200, "203.0.113.xxx").await;
        let newest = |since, most| store.newest_network_reports("198.51.100.xxx", since, most);
        assert_eq!(
            newest(120, 10).await.unwrap(),
            [250, 200, 150],
            "{name}: only this network's, and only since then"
        );
        assert_eq!(
            newest(0, 2).await.unwrap(),
            [250, 200],
            "{name}: the newest"
        );
        let none = store.newest_network_reports("192.0.2.xxx", 0, 10).await;
        assert_eq!(none.unwrap(), Vec::<i64>::new(), "{name}");
    }
}

#[tokio::test]
async fn the_reports_in_postgres_are_held_to_their_limit_and_purging_makes_room() {
    let Some(url) = test_postgres::new_database().await else {
        return;
    };
    let store = ReportStore::connect(&Database::Postgres(url.clone()))
        .await
        .unwrap();
    let ReportStore::Postgres(postgres) = &store else {
        unreachable!()
    };
    let (admin, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    let limits = |max_database_bytes| StorageLimits {
        min_free_disk_bytes: u64::MAX,
        max_database_bytes,
    };
    assert_eq!(store.has_room(limits(1 << 20)).await, Ok(()), "empty");

    for n in 0..300 {
        let report = report_with_plan(&numbered_id(n));
        store.save(&report, 100, 200).await.unwrap();
        store
            .save_egress(&report.id, &every_result_of(&report), 100, 200)
            .await
            .unwrap();
    }
    // The statistics as autovacuum would leave them.
    admin.batch_execute("ANALYZE").await.unwrap();
    let full = postgres.reports_bytes().await.unwrap();
    assert!(full > 300 * 1000, "300 checks take {full} bytes");
    postgres.forget_reports_size().await;
    assert_eq!(store.has_room(limits(0)).await, Ok(()), "0: no limit");
    assert_eq!(store.has_room(limits(full * 2)).await, Ok(()));
    postgres.forget_reports_size().await;
    assert_eq!(
        store.has_room(limits(full / 2)).await,
        Err(StorageShort::Database {
            size_bytes: full,
            limit_bytes: full / 2
        }),
        "SQLite's disk is not asked: only the reports' room"
    );

    assert_eq!(store.purge_expired(200).await.unwrap(), 300);
    admin.batch_execute("ANALYZE").await.unwrap();
    postgres.forget_reports_size().await;
    assert_eq!(
        store.has_room(limits(full / 2)).await,
        Ok(()),
        "purged reports free their room, though the files keep it"
    );
}

#[tokio::test]
async fn a_postgres_store_keeps_the_database_s_time_whatever_its_host_s_clock_says() {
    let Some(url) = test_postgres::new_database().await else {
        return;
    };
    let ReportStore::Postgres(store) = ReportStore::connect(&Database::Postgres(url.clone()))
        .await
        .unwrap()
    else {
        unreachable!()
    };
    // This host's clock an hour fast, as another host's may be: measured again, the
    // store still tells the database's time.
    store.clock().skew_local_clock(3_600_000);
    store.purge_expired(0).await.unwrap();
    let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    let database: f64 = client
        .query_one("SELECT extract(epoch FROM clock_timestamp())::float8", &[])
        .await
        .unwrap()
        .get(0);
    let store_now = store
        .now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs_f64();
    assert!(
        (store_now - database).abs() < 2.0,
        "the store says {store_now}, the database {database}"
    );
}

/// A report as this build stores it, written by a real check (a router dropping the SIP
/// ports) with the browser's results beside it: the probes' details and the plan's
/// reasons are codes, and it reads back and is worded in every language, with the same
/// verdicts in each and no message missing.
#[test]
fn a_report_stored_today_reads_and_is_worded_in_every_language() {
    use ringcheck_shared::{catalog::catalog, verdict::Verdict};
    use ringcheck_words::{Locale, Words, judgement::judged, worded_catalogue};

    const BODY: &str = include_str!("fixtures/report-body-catalog-v4.json");
    const EGRESS: &str = include_str!("fixtures/egress-catalog-v4.json");
    let report = joined(BODY, Some(EGRESS), [], None).unwrap();
    assert!(
        report
            .probes
            .iter()
            .all(|p| p.detail.legacy_text().is_none()),
        "every detail a code"
    );
    assert!(!BODY.contains("reason"), "no reason stored in words");
    let words = Words::fresh();
    let mut english: Option<Vec<Verdict>> = None;
    for locale in Locale::ALL {
        let speaker = words.speak(locale);
        let worded = worded_catalogue(&speaker, catalog());
        let judgement = judged(&speaker, &report, &worded, "https://x/r/C");
        let verdicts: Vec<Verdict> = judgement.verdicts.iter().map(|v| v.verdict).collect();
        assert!(
            verdicts.contains(&Verdict::AtRisk),
            "{locale:?}: {verdicts:?}"
        );
        match &english {
            None => english = Some(verdicts),
            Some(english) => assert_eq!(&verdicts, english, "{locale:?}"),
        }
        assert!(judgement.verdicts.iter().all(|v| !v.reason.is_empty()));
        assert!(judgement.advice.isp_message.is_some(), "{locale:?}");
        assert!(judgement.summary.contains("15063"), "{locale:?}");
    }
    assert_eq!(words.problems(), 0, "a message was missing: see the log");
    let italian = words.speak(Locale::Language(
        ringcheck_shared::language::Language::Italian,
    ));
    let summary = judged(
        &italian,
        &report,
        &worded_catalogue(&italian, catalog()),
        "https://x/r/C",
    )
    .summary;
    assert!(summary.contains("Esito complessivo"), "{summary}");
    assert!(
        !summary.contains("no answer to"),
        "details in Italian: {summary}"
    );
}

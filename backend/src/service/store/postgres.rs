//! Reports in PostgreSQL, for several servers sharing one database: a small pool of
//! connections (reads never take the last few, kept for writes), every call bounded in
//! time. TLS to the database as the URL's `sslmode` says (`postgres_tls.rs`); start-up
//! logs whether the connection is encrypted.

use std::{
    future::Future,
    sync::Arc,
    time::{Duration, Instant, SystemTime},
};

use deadpool_postgres::{
    Manager, ManagerConfig, Pool, PoolError, RecyclingMethod, Runtime, Timeouts,
};
use ringcheck_shared::{check::CheckId, egress::EgressReport, report::Report};
use tokio::sync::{Mutex, Semaphore};

use super::{
    CheckTimes, FamilyProbes, PURGE_BATCH, SharedCheck, StoreError, StoredEvent,
    clock::DatabaseClock,
    joined, migrations,
    postgres_tls::{self, SslMode, TlsSettings, Verification},
    report_body,
};

/// Connections to the database from one server.
const POOL_SIZE: usize = 16;
/// Connections reads may never take: storing a report, a browser's results or a
/// check's events never waits behind a flood of share-link reads.
const WRITE_RESERVE: usize = 4;
/// The longest one call to the database may take, a wait for a connection included.
const CALL_TIMEOUT: Duration = Duration::from_secs(10);
/// How old the database's size and clock may be before a check's start measures them
/// again: a full database is noticed within this, at one query per interval.
const MEASURE_EVERY: Duration = Duration::from_secs(30);
/// The longest a reading of the database's clock may take to be believed: it is taken
/// somewhere within it, and counted as halfway.
const CLOCK_READ_LIMIT: Duration = Duration::from_millis(500);

#[derive(Clone)]
pub struct PostgresStore {
    pool: Pool,
    /// Reads at once: the pool less [`WRITE_RESERVE`].
    reads: Arc<Semaphore>,
    /// Host and port, for messages.
    host: String,
    /// The database's clock, which every server sharing it writes and compares times by.
    clock: Arc<DatabaseClock>,
    /// The room the reports take, in bytes, and when it was measured; held while
    /// measuring, so checks starting together measure once.
    size: Arc<Mutex<Option<(Instant, u64)>>>,
}

impl PostgresStore {
    /// Connects to `url` and migrates the database.
    pub async fn connect(url: &str) -> Result<Self, StoreError> {
        let (url, tls) = TlsSettings::from_url(url)?;
        let mut config: tokio_postgres::Config = url
            .parse()
            .map_err(|error: tokio_postgres::Error| StoreError::PostgresUrl(error.to_string()))?;
        config.ssl_mode(tls.tokio_mode());
        let host = describe_host(&config);
        let on_socket = matches!(
            config.get_hosts().first(),
            Some(tokio_postgres::config::Host::Unix(_))
        );
        let manager = Manager::from_config(
            config,
            tls.connector()?,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(POOL_SIZE)
            .runtime(Runtime::Tokio1)
            .timeouts(Timeouts {
                wait: Some(CALL_TIMEOUT),
                create: Some(CALL_TIMEOUT),
                recycle: Some(CALL_TIMEOUT),
            })
            .build()
            .map_err(|error| StoreError::PostgresUrl(error.to_string()))?;
        let mut client = pool
            .get()
            .await
            .map_err(|error| connect_error(&host, &tls, error))?;
        bounded(migrations::apply_postgres(&mut client))
            .await?
            .map_err(|source| StoreError::Migrate {
                path: host.clone().into(),
                source,
            })?;
        drop(client);
        let store = Self {
            pool,
            reads: Arc::new(Semaphore::new(POOL_SIZE - WRITE_RESERVE)),
            host,
            clock: Arc::default(),
            size: Arc::default(),
        };
        store.read_clock().await?;
        *store.size.lock().await = Some((Instant::now(), store.reports_bytes().await?));
        if !on_socket {
            store.log_encryption(&tls).await?;
        }
        Ok(store)
    }

    /// The time by the database's clock.
    pub fn now(&self) -> SystemTime {
        self.clock.now()
    }

    #[cfg(test)]
    pub fn clock(&self) -> &DatabaseClock {
        &self.clock
    }

    /// Makes the next [`Self::reports_size`] measure.
    #[cfg(test)]
    pub async fn forget_reports_size(&self) {
        *self.size.lock().await = None;
    }

    /// The room the reports take ([`Self::reports_bytes`]), measured at most
    /// [`MEASURE_EVERY`] ago, with the database's clock read again at the same pace. A
    /// measurement that fails is logged and the last one kept.
    pub async fn reports_size(&self) -> u64 {
        let mut size = self.size.lock().await;
        match *size {
            Some((at, bytes)) if at.elapsed() < MEASURE_EVERY => return bytes,
            _ => {}
        }
        let last = size.map_or(0, |(_, bytes)| bytes);
        self.refresh_clock().await;
        let bytes = match self.reports_bytes().await {
            Ok(bytes) => bytes,
            Err(error) => {
                tracing::warn!(%error, "the room the reports take in PostgreSQL could not be read");
                last
            }
        };
        *size = Some((Instant::now(), bytes));
        bytes
    }

    /// The room the rows of Ring Check's tables take, as PostgreSQL stores them (their
    /// bodies compressed), indexes aside: each table's live rows by its statistics times
    /// the size of its first rows. Unlike the database's files, which keep the room of
    /// purged rows for new ones, it falls as reports are purged.
    pub async fn reports_bytes(&self) -> Result<u64, StoreError> {
        let row = self
            .read(async |client| {
                Ok(client
                    .query_one(
                        "WITH sampled (name, row_bytes) AS (VALUES
                             ('reports', (SELECT avg(pg_column_size(t.*))
                                          FROM (SELECT * FROM reports LIMIT 100) t)),
                             ('egress', (SELECT avg(pg_column_size(t.*))
                                         FROM (SELECT * FROM egress LIMIT 100) t)),
                             ('family_probes', (SELECT avg(pg_column_size(t.*))
                                                FROM (SELECT * FROM family_probes LIMIT 100) t)),
                             ('uploads', (SELECT avg(pg_column_size(t.*))
                                          FROM (SELECT * FROM uploads LIMIT 100) t)),
                             ('checks', (SELECT avg(pg_column_size(t.*))
                                         FROM (SELECT * FROM checks LIMIT 100) t)),
                             ('check_events', (SELECT avg(pg_column_size(t.*))
                                               FROM (SELECT * FROM check_events LIMIT 100) t)))
                         SELECT coalesce(sum(s.n_live_tup * coalesce(sampled.row_bytes, 0)), 0)::bigint
                         FROM sampled JOIN pg_stat_user_tables s
                           ON s.relid = to_regclass(sampled.name)",
                        &[],
                    )
                    .await?)
            })
            .await?;
        Ok(u64::try_from(row.get::<_, i64>(0)).unwrap_or(0))
    }

    /// Reads the database's clock again; a failure keeps the last reading, and says so.
    async fn refresh_clock(&self) {
        if let Err(error) = self.read_clock().await {
            tracing::warn!(%error, "the PostgreSQL report database's clock could not be read");
        }
    }

    /// Reads the database's clock into [`DatabaseClock`], on a connection already held
    /// and by itself, so the reading is taken close to halfway; one whose answer took
    /// longer than [`CLOCK_READ_LIMIT`] cannot say when it was taken and is dropped.
    async fn read_clock(&self) -> Result<(), StoreError> {
        let clock = &self.clock;
        self.read(async |client| {
            let asked = clock.local_now();
            let row = client
                .query_one(
                    "SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint",
                    &[],
                )
                .await?;
            let answered = clock.local_now();
            let took = answered.duration_since(asked).unwrap_or(Duration::MAX);
            if took <= CLOCK_READ_LIMIT {
                clock.set(asked, row.get(0), answered);
            }
            Ok(())
        })
        .await
    }

    /// Whether this server's connections to the database are encrypted, as the database
    /// sees one of them.
    pub async fn encrypted(&self) -> Result<bool, StoreError> {
        let row = self
            .read(async |client| {
                Ok(client
                    .query_one(
                        "SELECT coalesce(
                             (SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false)",
                        &[],
                    )
                    .await?)
            })
            .await?;
        Ok(row.get(0))
    }

    /// Says once, at start-up, what protects the connection (a Unix socket needs nothing).
    async fn log_encryption(&self, tls: &TlsSettings) -> Result<(), StoreError> {
        let (host, mode) = (&self.host, tls.mode.as_str());
        match (self.encrypted().await?, tls.verification()) {
            (true, Verification::Full) => tracing::info!(
                "the connection to the PostgreSQL report database at {host} is encrypted,                  its certificate verified for this host (sslmode={mode})"
            ),
            (true, Verification::Ca) => tracing::info!(
                "the connection to the PostgreSQL report database at {host} is encrypted,                  its certificate verified but not its host name (sslmode={mode})"
            ),
            (true, Verification::None) => tracing::info!(
                "the connection to the PostgreSQL report database at {host} is encrypted,                  its certificate not verified (sslmode={mode}): add sslmode=verify-full and                  sslrootcert=PATH to be sure it is your database"
            ),
            (false, _) if tls.mode == SslMode::Disable => tracing::info!(
                "the connection to the PostgreSQL report database at {host} is not encrypted                  (sslmode=disable)"
            ),
            (false, _) => tracing::warn!(
                "the connection to the PostgreSQL report database at {host} is not encrypted:                  the server offers no TLS. Keep the database on this host or a private                  network, or turn on its ssl and add sslmode=verify-full to --database"
            ),
        }
        Ok(())
    }

    pub async fn save(
        &self,
        report: &Report,
        created_at: i64,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        self.insert(report, None, created_at, expires_at).await
    }

    /// Stores `report`, with the hash of its `owner`'s token.
    pub async fn insert(
        &self,
        report: &Report,
        owner: Option<String>,
        created_at: i64,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        let body = report_body(report)?;
        let catalog_version = i64::from(report.catalog_version);
        self.write(async |client| {
            client
                .execute(
                    "INSERT INTO reports
                         (id, created_at, expires_at, catalog_version, body, network, owner)
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                    &[
                        &report.id.as_str(),
                        &created_at,
                        &expires_at,
                        &catalog_version,
                        &body,
                        &report.target,
                        &owner,
                    ],
                )
                .await?;
            Ok(())
        })
        .await
    }

    pub async fn save_egress(
        &self,
        id: &CheckId,
        egress: &EgressReport,
        received_at: i64,
        expires_at: i64,
    ) -> Result<bool, StoreError> {
        let body = serde_json::to_string(egress)?;
        self.write(async |client| {
            let inserted = client
                .execute(
                    "INSERT INTO egress (check_id, received_at, expires_at, body)
                     VALUES ($1, $2, $3, $4) ON CONFLICT (check_id) DO NOTHING",
                    &[&id.as_str(), &received_at, &expires_at, &body],
                )
                .await?;
            Ok(inserted == 1)
        })
        .await
    }

    pub async fn save_family_probes(
        &self,
        id: &CheckId,
        probes: &FamilyProbes,
        expires_at: i64,
    ) -> Result<bool, StoreError> {
        let body = serde_json::to_string(probes)?;
        self.write(async |client| {
            let inserted = client
                .execute(
                    "INSERT INTO family_probes (check_id, family, expires_at, body)
                     VALUES ($1, $2, $3, $4) ON CONFLICT (check_id, family) DO NOTHING",
                    &[&id.as_str(), &probes.family.slug(), &expires_at, &body],
                )
                .await?;
            Ok(inserted == 1)
        })
        .await
    }

    pub async fn get(&self, id: &CheckId, now: i64) -> Result<Option<Report>, StoreError> {
        let rows = self
            .read(async |client| {
                Ok(client
                    .query(
                        "SELECT r.body, e.body, f.body, u.body FROM reports r
                         LEFT JOIN egress e ON e.check_id = r.id
                         LEFT JOIN family_probes f ON f.check_id = r.id
                         LEFT JOIN uploads u ON u.check_id = r.id
                         WHERE r.id = $1 AND r.expires_at > $2
                         ORDER BY f.family",
                        &[&id.as_str(), &now],
                    )
                    .await?)
            })
            .await?;
        let Some(first) = rows.first() else {
            return Ok(None);
        };
        let families = rows.iter().filter_map(|row| row.get::<_, Option<&str>>(2));
        joined(first.get(0), first.get(1), families, first.get(3)).map(Some)
    }

    /// The owner hash and expiry of report `id`, unless it is unknown or expired.
    pub async fn owner(
        &self,
        id: &CheckId,
        now: i64,
    ) -> Result<Option<(Option<String>, i64)>, StoreError> {
        let rows = self
            .read(async |client| {
                Ok(client
                    .query(
                        "SELECT owner, expires_at FROM reports WHERE id = $1 AND expires_at > $2",
                        &[&id.as_str(), &now],
                    )
                    .await?)
            })
            .await?;
        Ok(rows.first().map(|row| (row.get(0), row.get(1))))
    }

    /// Stores an upload test's figures for report `id`, in place of any before.
    pub async fn save_upload(
        &self,
        id: &CheckId,
        figures: String,
        tested_at: i64,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        self.write(async |client| {
            client
                .execute(
                    "INSERT INTO uploads (check_id, tested_at, expires_at, body)
                     VALUES ($1, $2, $3, $4)
                     ON CONFLICT (check_id) DO UPDATE
                     SET tested_at = excluded.tested_at, body = excluded.body",
                    &[&id.as_str(), &tested_at, &expires_at, &figures],
                )
                .await?;
            Ok(())
        })
        .await
    }

    pub async fn newest_network_reports(
        &self,
        network: &str,
        since: i64,
        most: u32,
    ) -> Result<Vec<i64>, StoreError> {
        let rows = self
            .read(async |client| {
                Ok(client
                    .query(
                        "SELECT created_at FROM reports
                         WHERE network = $1 AND created_at > $2
                         ORDER BY created_at DESC LIMIT $3",
                        &[&network, &since, &i64::from(most)],
                    )
                    .await?)
            })
            .await?;
        Ok(rows.iter().map(|row| row.get(0)).collect())
    }

    pub async fn purge_expired(&self, now: i64) -> Result<usize, StoreError> {
        // Also keeps the clock of a server that starts no checks read.
        self.refresh_clock().await;
        self.purge_table("check_events", now).await?;
        self.purge_table("checks", now).await?;
        self.purge_table("egress", now).await?;
        self.purge_table("family_probes", now).await?;
        self.purge_table("uploads", now).await?;
        self.purge_table("reports", now).await
    }

    pub async fn register_check(
        &self,
        id: &CheckId,
        times: CheckTimes,
        egress_plan: &str,
    ) -> Result<(), StoreError> {
        self.write(async |client| {
            client
                .execute(
                    "INSERT INTO checks
                         (id, created_at, ends_at, expires_at, egress_plan, report_expires_at)
                     VALUES ($1, $2, $3, $4, $5, $6)",
                    &[
                        &id.as_str(),
                        &times.created_at,
                        &times.ends_at,
                        &times.expires_at,
                        &egress_plan,
                        &times.report_expires_at,
                    ],
                )
                .await?;
            Ok(())
        })
        .await
    }

    pub async fn add_check_event(
        &self,
        id: &CheckId,
        event: &StoredEvent,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        self.write(async |client| {
            client
                .execute(
                    "INSERT INTO check_events (check_id, seq, name, data, expires_at)
                     VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
                    &[
                        &id.as_str(),
                        &event.seq,
                        &event.name,
                        &event.data,
                        &expires_at,
                    ],
                )
                .await?;
            Ok(())
        })
        .await
    }

    pub async fn finish_check(&self, id: &CheckId, finished_at: i64) -> Result<(), StoreError> {
        self.write(async |client| {
            client
                .execute(
                    "UPDATE checks SET finished_at = $2 WHERE id = $1",
                    &[&id.as_str(), &finished_at],
                )
                .await?;
            Ok(())
        })
        .await
    }

    pub async fn shared_check(
        &self,
        id: &CheckId,
        now: i64,
    ) -> Result<Option<SharedCheck>, StoreError> {
        let row = self
            .read(async |client| {
                Ok(client
                    .query_opt(
                        "SELECT created_at, ends_at, finished_at, egress_plan, report_expires_at
                         FROM checks
                         WHERE id = $1 AND expires_at > $2",
                        &[&id.as_str(), &now],
                    )
                    .await?)
            })
            .await?;
        Ok(row.map(|row| SharedCheck {
            created_at: row.get(0),
            ends_at: row.get(1),
            finished_at: row.get(2),
            egress_plan: row.get(3),
            report_expires_at: row.get(4),
        }))
    }

    /// The check's events from `from` on, in order, as many as are stored in a row
    /// (one written later than the next is left for the next read).
    pub async fn check_events(
        &self,
        id: &CheckId,
        from: i64,
    ) -> Result<Vec<StoredEvent>, StoreError> {
        let rows = self
            .read(async |client| {
                Ok(client
                    .query(
                        "SELECT seq, name, data FROM check_events
                         WHERE check_id = $1 AND seq >= $2 ORDER BY seq LIMIT 100",
                        &[&id.as_str(), &from],
                    )
                    .await?)
            })
            .await?;
        let mut events = Vec::new();
        for row in rows {
            let seq: i64 = row.get(0);
            if seq != from + events.len() as i64 {
                break;
            }
            events.push(StoredEvent {
                seq,
                name: row.get(1),
                data: row.get(2),
            });
        }
        Ok(events)
    }

    /// Deletes in batches, each its own short statement.
    async fn purge_table(&self, table: &'static str, now: i64) -> Result<usize, StoreError> {
        let sql = format!(
            "DELETE FROM {table} WHERE ctid IN \
             (SELECT ctid FROM {table} WHERE expires_at <= $1 LIMIT {PURGE_BATCH})"
        );
        let mut purged = 0;
        loop {
            let deleted = self
                .write(async |client| Ok(client.execute(&sql, &[&now]).await?))
                .await? as usize;
            purged += deleted;
            if deleted < PURGE_BATCH {
                return Ok(purged);
            }
        }
    }

    /// Runs a write on a pooled connection, within [`CALL_TIMEOUT`].
    async fn write<T>(
        &self,
        work: impl AsyncFnOnce(&deadpool_postgres::Client) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        bounded(async { work(&self.client().await?).await }).await?
    }

    /// Runs a read on a pooled connection once one of the reads' turns is free, all
    /// within [`CALL_TIMEOUT`], so reads leave [`WRITE_RESERVE`] connections to writes.
    async fn read<T>(
        &self,
        work: impl AsyncFnOnce(&deadpool_postgres::Client) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        bounded(async {
            // Never closed, so this waits and does not fail.
            let _turn = self.reads.acquire().await.map_err(|_| StoreError::Task)?;
            work(&self.client().await?).await
        })
        .await?
    }

    async fn client(&self) -> Result<deadpool_postgres::Client, StoreError> {
        self.pool
            .get()
            .await
            .map_err(|error| StoreError::PostgresConnect {
                host: self.host.clone(),
                detail: error.to_string(),
            })
    }
}

/// Why the first connection failed, with every cause (tokio-postgres's own message
/// leaves its cause out) and, when TLS is why, what to change.
fn connect_error(host: &str, tls: &TlsSettings, error: PoolError) -> StoreError {
    let PoolError::Backend(error) = error else {
        return StoreError::PostgresConnect {
            host: host.to_owned(),
            detail: error.to_string(),
        };
    };
    let mut causes: Vec<&(dyn std::error::Error + 'static)> = Vec::new();
    let mut next: Option<&(dyn std::error::Error + 'static)> = Some(&error);
    while let Some(cause) = next {
        causes.push(cause);
        // An `io::Error`'s `source` skips the error it wraps.
        next = match cause
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
        {
            Some(inner) => Some(inner),
            None => cause.source(),
        };
    }
    let mut detail = String::new();
    for cause in &causes {
        let text = cause.to_string();
        if !detail.contains(&text) {
            if !detail.is_empty() {
                detail.push_str(": ");
            }
            detail.push_str(&text);
        }
    }
    if let Some(hint) = postgres_tls::hint(tls, &causes) {
        detail = format!("{detail}. {hint}");
    }
    StoreError::PostgresConnect {
        host: host.to_owned(),
        detail,
    }
}

async fn bounded<T>(work: impl Future<Output = T>) -> Result<T, StoreError> {
    tokio::time::timeout(CALL_TIMEOUT, work)
        .await
        .map_err(|_| StoreError::PostgresTimeout)
}

/// The host and port of the URL, never its password, for messages.
fn describe_host(config: &tokio_postgres::Config) -> String {
    let host = config
        .get_hosts()
        .first()
        .map(|host| match host {
            tokio_postgres::config::Host::Tcp(name) => name.clone(),
            tokio_postgres::config::Host::Unix(path) => path.display().to_string(),
        })
        .unwrap_or_else(|| "localhost".into());
    let port = config.get_ports().first().copied().unwrap_or(5432);
    format!("{host}:{port}")
}

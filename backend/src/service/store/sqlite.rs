//! Reports in SQLite, the default: one writer connection on a thread of its own,
//! committing waiting writes together, and a few readers (WAL lets them read while it
//! writes) used from blocking threads, so the async runtime never waits on disk.

use std::{
    path::{Path, PathBuf},
    sync::{
        Arc, Mutex,
        atomic::{AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};

use ringcheck_shared::{check::CheckId, egress::EgressReport, report::Report};

use super::{
    FamilyProbes, PURGE_BATCH, StorageShort, StoreError, joined, migrations, report_body, writer,
};
use rusqlite::{Connection, ErrorCode, OpenFlags, OptionalExtension, params};

/// Readers besides the writer; WAL lets each read while the writer commits.
const READERS: usize = 4;

#[derive(Clone)]
pub struct SqliteStore {
    inner: Arc<Inner>,
}

struct Inner {
    writer: writer::Writer,
    readers: Vec<Mutex<Connection>>,
    next_reader: AtomicUsize,
    /// The database file, for the free space of its disk.
    path: PathBuf,
}

impl SqliteStore {
    /// Opens (creating if needed) and migrates the database at `path`.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let open_error = |source| StoreError::Open {
            path: path.to_owned(),
            source,
        };
        let mut writer = Connection::open(path).map_err(open_error)?;
        configure(&writer, true).map_err(open_error)?;
        migrations::apply(&mut writer).map_err(|source| StoreError::Migrate {
            path: path.to_owned(),
            source,
        })?;
        let readers = (0..READERS)
            .map(|_| {
                let reader = Connection::open_with_flags(
                    path,
                    OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
                )?;
                configure(&reader, false)?;
                Ok(Mutex::new(reader))
            })
            .collect::<Result<Vec<_>, rusqlite::Error>>()
            .map_err(open_error)?;
        let writer = writer::Writer::start(writer).map_err(StoreError::WriterThread)?;
        Ok(Self {
            inner: Arc::new(Inner {
                writer,
                readers,
                next_reader: AtomicUsize::new(0),
                path: path.to_owned(),
            }),
        })
    }

    /// `Ok` when the disk holding the database has at least `needed_bytes` free for
    /// unprivileged writers. Asked of the database's folder, which stays while the file
    /// might be replaced; a disk whose space cannot be read counts as having room (a
    /// failed write then says what happened).
    pub fn has_room(&self, needed_bytes: u64) -> Result<(), StorageShort> {
        let folder = match self.inner.path.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        };
        let Ok(stats) = nix::sys::statvfs::statvfs(folder) else {
            return Ok(());
        };
        let free_bytes = stats
            .blocks_available()
            .saturating_mul(stats.fragment_size());
        if free_bytes >= needed_bytes {
            Ok(())
        } else {
            Err(StorageShort::Disk {
                free_bytes,
                needed_bytes,
            })
        }
    }

    /// Stores `report` with no owner; returns once it is committed to disk.
    pub async fn save(
        &self,
        report: &Report,
        created_at: i64,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        self.insert(report, None, created_at, expires_at).await
    }

    /// Stores `report`, with the hash of its `owner`'s token; returns once it is
    /// committed to disk.
    pub async fn insert(
        &self,
        report: &Report,
        owner: Option<String>,
        created_at: i64,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        let body = report_body(report)?;
        let id = report.id.to_string();
        let catalog_version = report.catalog_version;
        let network = report.target.clone();
        self.write(move |db| {
            db.execute(
                "INSERT INTO reports
                     (id, created_at, expires_at, catalog_version, body, network, owner)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    id,
                    created_at,
                    expires_at,
                    catalog_version,
                    body,
                    network,
                    owner
                ],
            )?;
            Ok(())
        })
        .await
    }

    /// The owner hash and expiry of report `id`, unless it is unknown or expired.
    pub async fn owner(
        &self,
        id: &CheckId,
        now: i64,
    ) -> Result<Option<(Option<String>, i64)>, StoreError> {
        let id = id.to_string();
        self.read(move |db| {
            db.prepare_cached(
                "SELECT owner, expires_at FROM reports WHERE id = ?1 AND expires_at > ?2",
            )?
            .query_row(params![id, now], |row| Ok((row.get(0)?, row.get(1)?)))
            .optional()
        })
        .await
    }

    /// Stores an upload test's figures for report `id`, in place of any before.
    pub async fn save_upload(
        &self,
        id: &CheckId,
        figures: String,
        tested_at: i64,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        let id = id.to_string();
        self.write(move |db| {
            db.execute(
                "INSERT INTO uploads (check_id, tested_at, expires_at, body)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (check_id) DO UPDATE
                 SET tested_at = excluded.tested_at, body = excluded.body",
                params![id, tested_at, expires_at, figures],
            )?;
            Ok(())
        })
        .await
    }

    /// Stores the browser's results for check `id`; `false` if it already has some.
    pub async fn save_egress(
        &self,
        id: &CheckId,
        egress: &EgressReport,
        received_at: i64,
        expires_at: i64,
    ) -> Result<bool, StoreError> {
        let body = serde_json::to_string(egress)?;
        let id = id.to_string();
        self.write(move |db| {
            let inserted = db.execute(
                "INSERT INTO egress (check_id, received_at, expires_at, body)
                 VALUES (?1, ?2, ?3, ?4)",
                params![id, received_at, expires_at, body],
            );
            inserted_once(inserted)
        })
        .await
    }

    /// Stores the other family's probes for check `id`; `false` if it has that family's.
    pub async fn save_family_probes(
        &self,
        id: &CheckId,
        probes: &FamilyProbes,
        expires_at: i64,
    ) -> Result<bool, StoreError> {
        let body = serde_json::to_string(probes)?;
        let (id, family) = (id.to_string(), probes.family.slug());
        self.write(move |db| {
            let inserted = db.execute(
                "INSERT INTO family_probes (check_id, family, expires_at, body)
                 VALUES (?1, ?2, ?3, ?4)",
                params![id, family, expires_at, body],
            );
            inserted_once(inserted)
        })
        .await
    }

    /// The report with the browser's results and the other family's probes if any,
    /// unless it is unknown or expired at `now` (unix seconds).
    pub async fn get(&self, id: &CheckId, now: i64) -> Result<Option<Report>, StoreError> {
        let id = id.to_string();
        type Bodies = (String, Option<String>, Option<String>, Vec<String>);
        let bodies: Option<Bodies> = self
            .read(move |db| {
                let found: Option<(String, Option<String>, Option<String>)> = db
                    .prepare_cached(
                        "SELECT r.body, e.body, u.body FROM reports r
                         LEFT JOIN egress e ON e.check_id = r.id
                         LEFT JOIN uploads u ON u.check_id = r.id
                         WHERE r.id = ?1 AND r.expires_at > ?2",
                    )?
                    .query_row(params![id, now], |row| {
                        Ok((row.get(0)?, row.get(1)?, row.get(2)?))
                    })
                    .optional()?;
                let Some((report, egress, upload)) = found else {
                    return Ok(None);
                };
                let families = db
                    .prepare_cached(
                        "SELECT body FROM family_probes WHERE check_id = ?1 ORDER BY family",
                    )?
                    .query_map(params![id], |row| row.get(0))?
                    .collect::<rusqlite::Result<Vec<String>>>()?;
                Ok(Some((report, egress, upload, families)))
            })
            .await?;
        let Some((report, egress, upload, families)) = bodies else {
            return Ok(None);
        };
        joined(
            &report,
            egress.as_deref(),
            families.iter().map(String::as_str),
            upload.as_deref(),
        )
        .map(Some)
    }

    /// When the newest `most` reports of `network` stored after `since` were, newest
    /// first.
    pub async fn newest_network_reports(
        &self,
        network: &str,
        since: i64,
        most: u32,
    ) -> Result<Vec<i64>, StoreError> {
        let network = network.to_owned();
        self.read(move |db| {
            db.prepare_cached(
                "SELECT created_at FROM reports
                 WHERE network = ?1 AND created_at > ?2
                 ORDER BY created_at DESC LIMIT ?3",
            )?
            .query_map(params![network, since, most], |row| row.get(0))?
            .collect()
        })
        .await
    }

    /// Deletes every report and browser result expired at `now`; returns how many reports
    /// went. It deletes in
    /// batches, each its own short write, so checks finishing meanwhile can store their
    /// reports between them.
    pub async fn purge_expired(&self, now: i64) -> Result<usize, StoreError> {
        self.purge_table("egress", now).await?;
        self.purge_table("family_probes", now).await?;
        self.purge_table("uploads", now).await?;
        self.purge_table("reports", now).await
    }

    async fn purge_table(&self, table: &'static str, now: i64) -> Result<usize, StoreError> {
        let sql = format!(
            "DELETE FROM {table} WHERE rowid IN \
             (SELECT rowid FROM {table} WHERE expires_at <= ?1 LIMIT {PURGE_BATCH})"
        );
        let mut purged = 0;
        loop {
            let sql = sql.clone();
            let deleted = self
                .write(move |db| Ok(db.execute(&sql, params![now])?))
                .await?;
            purged += deleted;
            if deleted < PURGE_BATCH {
                return Ok(purged);
            }
            tokio::task::yield_now().await;
        }
    }

    pub(super) async fn write<T: Send + 'static>(
        &self,
        job: impl FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        self.inner.writer.write(job).await
    }

    async fn read<T: Send + 'static>(
        &self,
        job: impl FnOnce(&Connection) -> rusqlite::Result<T> + Send + 'static,
    ) -> Result<T, StoreError> {
        let inner = self.inner.clone();
        tokio::task::spawn_blocking(move || {
            let index = inner.next_reader.fetch_add(1, Ordering::Relaxed) % inner.readers.len();
            let db = inner.readers[index]
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            Ok(job(&db)?)
        })
        .await
        .map_err(|_| StoreError::Task)?
    }
}

/// How long opening waits for another server holding the database.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// WAL for concurrent readers; `synchronous = FULL` so a report the visitor was shown
/// survives a crash of the machine, not only of the process.
fn configure(db: &Connection, writer: bool) -> rusqlite::Result<()> {
    db.busy_timeout(BUSY_TIMEOUT)?;
    if writer {
        use_wal(db)?;
        db.pragma_update(None, "synchronous", "FULL")?;
    }
    Ok(())
}

/// Switches to WAL. SQLite does not wait on its busy handler for this switch, so while
/// another server opens the same database it is tried again, within the busy timeout.
fn use_wal(db: &Connection) -> rusqlite::Result<()> {
    let deadline = Instant::now() + BUSY_TIMEOUT;
    loop {
        match db.pragma_update(None, "journal_mode", "WAL") {
            Err(rusqlite::Error::SqliteFailure(error, _))
                if error.code == ErrorCode::DatabaseBusy && Instant::now() < deadline =>
            {
                std::thread::sleep(Duration::from_millis(20));
            }
            done => return done,
        }
    }
}

/// Whether an insert took place: `false` when a row with its key was there already.
fn inserted_once(inserted: rusqlite::Result<usize>) -> Result<bool, StoreError> {
    match inserted {
        Ok(_) => Ok(true),
        Err(rusqlite::Error::SqliteFailure(error, _))
            if error.code == ErrorCode::ConstraintViolation =>
        {
            Ok(false)
        }
        Err(error) => Err(error.into()),
    }
}

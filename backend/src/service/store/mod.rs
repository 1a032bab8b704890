//! Stored reports: SQLite in a file by default, or PostgreSQL for several servers sharing
//! one database (`--database postgres://…`). One interface, [`ReportStore`], two
//! implementations with the same schema and migrations.

mod migrations;
mod postgres;
mod postgres_tls;
mod sqlite;
mod writer;

#[cfg(test)]
#[path = "../../../tests/common/postgres.rs"]
mod test_postgres;
#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};

use ringcheck_shared::{
    check::{CheckId, ProbeResult, ProbedAddress},
    egress::EgressReport,
    family::AddressFamily,
    report::Report,
};
use serde::{Deserialize, Serialize};

use postgres::PostgresStore;
use sqlite::SqliteStore;

#[derive(thiserror::Error, Debug)]
pub enum StoreError {
    #[error("cannot open the report database {path}: {source}")]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("the report database {path} could not be brought up to date: {source}")]
    Migrate {
        path: PathBuf,
        source: migrations::MigrationError,
    },
    #[error("report database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("a stored report could not be read: {0}")]
    Corrupt(#[from] serde_json::Error),
    #[error("the database task stopped unexpectedly")]
    Task,
    #[error("cannot start the report database's writer thread: {0}")]
    WriterThread(std::io::Error),
    #[error("the write was not committed: {0}")]
    NotCommitted(String),
    #[error(
        "--database is not a usable PostgreSQL URL ({0}): write it as \
         postgres://USER:PASSWORD@HOST:PORT/DATABASE"
    )]
    PostgresUrl(String),
    #[error("cannot reach the PostgreSQL report database at {host}: {detail}")]
    PostgresConnect { host: String, detail: String },
    #[error("cannot set up TLS to the PostgreSQL report database: {0}")]
    PostgresTls(String),
    #[error(
        "cannot use the CA certificates of the PostgreSQL URL's sslrootcert={}: {detail}",
        path.display()
    )]
    PostgresRootCert { path: PathBuf, detail: String },
    #[error("PostgreSQL report database error: {0}")]
    Postgres(#[from] tokio_postgres::Error),
    #[error("the PostgreSQL report database did not answer in time")]
    PostgresTimeout,
}

/// The free space of the disk holding the database, when it is short.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DiskShort {
    pub free_bytes: u64,
    pub needed_bytes: u64,
}

/// A check under way, as the servers sharing the database see it.
#[derive(Debug, Clone, PartialEq)]
pub struct SharedCheck {
    pub created_at: i64,
    /// When its report is stored at the latest, by the running server's own settings.
    pub ends_at: i64,
    pub finished_at: Option<i64>,
    /// The `EgressPlan` as JSON, its token included.
    pub egress_plan: String,
    /// When its report expires, by the running server's own retention (`None` when an
    /// older build wrote it down).
    pub report_expires_at: Option<i64>,
}

/// When a check shared with the other servers began, must end, and is forgotten (unix
/// seconds).
#[derive(Debug, Clone, Copy)]
pub struct CheckTimes {
    pub created_at: i64,
    pub ends_at: i64,
    pub expires_at: i64,
    /// When its report, and the browser's results with it, expire.
    pub report_expires_at: i64,
}

/// One event of a check as the servers sharing the database see it.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredEvent {
    pub seq: i64,
    /// `probe`, `report` or `failed`.
    pub name: String,
    /// A `ProbeResult` or the failure's message, as JSON; empty for `report`.
    pub data: String,
}

/// Where the reports are kept; cheap to clone.
#[derive(Clone)]
pub enum ReportStore {
    Sqlite(SqliteStore),
    Postgres(PostgresStore),
}

impl ReportStore {
    /// `--database`: a `postgres://` or `postgresql://` URL, or else a SQLite file
    /// (created if needed). Either is migrated before this returns.
    pub async fn connect(database: &Path) -> Result<Self, StoreError> {
        match database.to_str() {
            Some(url) if is_postgres_url(url) => {
                Ok(Self::Postgres(PostgresStore::connect(url).await?))
            }
            _ => Self::open_sqlite(database),
        }
    }

    /// The SQLite file at `path`, created if needed, and migrated.
    pub fn open_sqlite(path: &Path) -> Result<Self, StoreError> {
        Ok(Self::Sqlite(SqliteStore::open(path)?))
    }

    /// `Ok` when the disk holding the database has at least `needed_bytes` free; a
    /// PostgreSQL server's disk is its operator's to watch, so always `Ok` there.
    pub fn has_room(&self, needed_bytes: u64) -> Result<(), DiskShort> {
        match self {
            Self::Sqlite(store) => store.has_room(needed_bytes),
            Self::Postgres(_) => Ok(()),
        }
    }

    /// Stores `report`; returns once it is committed.
    pub async fn save(
        &self,
        report: &Report,
        created_at: i64,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        match self {
            Self::Sqlite(store) => store.save(report, created_at, expires_at).await,
            Self::Postgres(store) => store.save(report, created_at, expires_at).await,
        }
    }

    /// Stores the browser's results for check `id`; `false` if it already has some.
    pub async fn save_egress(
        &self,
        id: &CheckId,
        egress: &EgressReport,
        received_at: i64,
        expires_at: i64,
    ) -> Result<bool, StoreError> {
        match self {
            Self::Sqlite(store) => store.save_egress(id, egress, received_at, expires_at).await,
            Self::Postgres(store) => store.save_egress(id, egress, received_at, expires_at).await,
        }
    }

    /// Stores the probes of the visitor's address in another family for check `id`;
    /// `false` if it already has that family's.
    pub async fn save_family_probes(
        &self,
        id: &CheckId,
        probes: &FamilyProbes,
        expires_at: i64,
    ) -> Result<bool, StoreError> {
        match self {
            Self::Sqlite(store) => store.save_family_probes(id, probes, expires_at).await,
            Self::Postgres(store) => store.save_family_probes(id, probes, expires_at).await,
        }
    }

    /// The report with the browser's results and the other family's probes if any,
    /// unless it is unknown or expired at `now` (unix seconds).
    pub async fn get(&self, id: &CheckId, now: i64) -> Result<Option<Report>, StoreError> {
        match self {
            Self::Sqlite(store) => store.get(id, now).await,
            Self::Postgres(store) => store.get(id, now).await,
        }
    }

    /// Deletes every report and browser result expired at `now`, in batches; returns how
    /// many reports went.
    pub async fn purge_expired(&self, now: i64) -> Result<usize, StoreError> {
        match self {
            Self::Sqlite(store) => store.purge_expired(now).await,
            Self::Postgres(store) => store.purge_expired(now).await,
        }
    }
}

/// The checks under way, shared with the other servers on the same database: only
/// PostgreSQL is shared (SQLite is one server's file), so these do nothing on SQLite.
impl ReportStore {
    pub fn is_shared(&self) -> bool {
        matches!(self, Self::Postgres(_))
    }

    pub async fn register_check(
        &self,
        id: &CheckId,
        times: CheckTimes,
        egress_plan: &str,
    ) -> Result<(), StoreError> {
        match self {
            Self::Sqlite(_) => Ok(()),
            Self::Postgres(store) => store.register_check(id, times, egress_plan).await,
        }
    }

    pub async fn add_check_event(
        &self,
        id: &CheckId,
        event: &StoredEvent,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        match self {
            Self::Sqlite(_) => Ok(()),
            Self::Postgres(store) => store.add_check_event(id, event, expires_at).await,
        }
    }

    pub async fn finish_check(&self, id: &CheckId, finished_at: i64) -> Result<(), StoreError> {
        match self {
            Self::Sqlite(_) => Ok(()),
            Self::Postgres(store) => store.finish_check(id, finished_at).await,
        }
    }

    /// A check another server runs or ran lately, unless unknown or expired at `now`.
    pub async fn shared_check(
        &self,
        id: &CheckId,
        now: i64,
    ) -> Result<Option<SharedCheck>, StoreError> {
        match self {
            Self::Sqlite(_) => Ok(None),
            Self::Postgres(store) => store.shared_check(id, now).await,
        }
    }

    /// The events of a check from `from` on, in order, without gaps.
    pub async fn check_events(
        &self,
        id: &CheckId,
        from: i64,
    ) -> Result<Vec<StoredEvent>, StoreError> {
        match self {
            Self::Sqlite(_) => Ok(Vec::new()),
            Self::Postgres(store) => store.check_events(id, from).await,
        }
    }
}

/// The probes of the visitor's address in another family than the request's, as stored
/// beside the report.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct FamilyProbes {
    pub family: AddressFamily,
    /// Masked.
    pub target: String,
    pub probes: Vec<ProbeResult>,
}

/// A stored report's JSON with its browser results' JSON, if any, and the other family's
/// probes, as one report.
fn joined<'a>(
    report: &str,
    egress: Option<&str>,
    families: impl IntoIterator<Item = &'a str>,
) -> Result<Report, StoreError> {
    let mut report: Report = serde_json::from_str(report)?;
    report.egress = egress.map(serde_json::from_str).transpose()?;
    for body in families {
        let other: FamilyProbes = serde_json::from_str(body)?;
        report.probed.push(ProbedAddress {
            family: other.family,
            target: other.target,
        });
        report.probes.extend(other.probes);
    }
    Ok(report)
}

fn is_postgres_url(database: &str) -> bool {
    database.starts_with("postgres://") || database.starts_with("postgresql://")
}

/// Rows deleted per write when purging.
const PURGE_BATCH: usize = 500;

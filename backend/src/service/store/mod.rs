//! Stored reports: SQLite in a file by default, or PostgreSQL for several servers sharing
//! one database (`--database postgres://…`). One interface, [`ReportStore`], two
//! implementations with the same schema and migrations.

mod clock;
mod database;
mod migrations;
mod postgres;
mod postgres_tls;
mod sqlite;
mod stored_plan;
mod writer;

#[cfg(test)]
#[path = "../../../tests/common/postgres.rs"]
pub(crate) mod test_postgres;
/// Where `test_postgres` records a test's skip, as the integration tests' `common::skip`.
#[cfg(test)]
use crate::test_skip as skip;
#[cfg(test)]
mod tests;

use std::{
    path::{Path, PathBuf},
    time::SystemTime,
};

use ringcheck_shared::{
    catalog::catalog,
    check::{CheckId, ProbeResult, ProbedAddress},
    egress::EgressReport,
    family::AddressFamily,
    report::Report,
    upload::UploadFigures,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

pub use database::Database;
use postgres::PostgresStore;
use sqlite::SqliteStore;
use stored_plan::StoredPlan;

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

/// Why no new report may be stored now.
#[derive(thiserror::Error, Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageShort {
    /// The disk holding SQLite's file has less free than it must keep.
    #[error(
        "the disk holding the reports has {} MB free, less than the {} MB kept free \
         (--min-free-disk-mb)",
        free_bytes / MB,
        needed_bytes / MB
    )]
    Disk { free_bytes: u64, needed_bytes: u64 },
    /// The reports in the PostgreSQL database take as much room as they may.
    #[error(
        "the reports in the PostgreSQL database take about {} MB, no less than the {} MB \
         they may (--database-max-mb): new checks start again as expired reports are \
         purged, or with a higher limit",
        size_bytes / MB,
        limit_bytes / MB
    )]
    Database { size_bytes: u64, limit_bytes: u64 },
}

/// A megabyte as the flags count them.
const MB: u64 = 1024 * 1024;

/// How much room stored reports may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StorageLimits {
    /// Bytes the disk holding SQLite's file keeps free.
    pub min_free_disk_bytes: u64,
    /// The largest the PostgreSQL database may grow; 0 for no limit.
    pub max_database_bytes: u64,
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
    /// `--database`: PostgreSQL at its URL, or a SQLite file (created if needed).
    /// Either is migrated before this returns.
    pub async fn connect(database: &Database) -> Result<Self, StoreError> {
        match database {
            Database::Postgres(url) => Ok(Self::Postgres(PostgresStore::connect(url).await?)),
            Database::Sqlite(path) => Self::open_sqlite(path),
        }
    }

    /// The SQLite file at `path`, created if needed, and migrated.
    pub fn open_sqlite(path: &Path) -> Result<Self, StoreError> {
        Ok(Self::Sqlite(SqliteStore::open(path)?))
    }

    /// `Ok` while a new report may be stored: the disk holding SQLite's file keeps its
    /// free space; the reports in PostgreSQL (measured at most 30 s ago, when its clock
    /// is read again too) take less than their limit.
    pub async fn has_room(&self, limits: StorageLimits) -> Result<(), StorageShort> {
        match self {
            Self::Sqlite(store) => store.has_room(limits.min_free_disk_bytes),
            Self::Postgres(store) => match store.reports_size().await {
                _ if limits.max_database_bytes == 0 => Ok(()),
                size_bytes if size_bytes < limits.max_database_bytes => Ok(()),
                size_bytes => Err(StorageShort::Database {
                    size_bytes,
                    limit_bytes: limits.max_database_bytes,
                }),
            },
        }
    }

    /// The time by the clock of the servers sharing the database: the database's
    /// (PostgreSQL's, as last measured), or this host's for SQLite, one server's file.
    /// Every time written to the store or compared with one read from it is by it.
    pub fn now(&self) -> SystemTime {
        match self {
            Self::Sqlite(_) => clock::host_now(),
            Self::Postgres(store) => store.now(),
        }
    }

    /// When the newest `most` reports of `network` (as a report's masked target names
    /// it) stored after `since` (unix seconds) were, newest first: `most` of them when
    /// the network stored as many as it may.
    pub async fn newest_network_reports(
        &self,
        network: &str,
        since: i64,
        most: u32,
    ) -> Result<Vec<i64>, StoreError> {
        match self {
            Self::Sqlite(store) => store.newest_network_reports(network, since, most).await,
            Self::Postgres(store) => store.newest_network_reports(network, since, most).await,
        }
    }

    /// Stores `report` (under its masked target, its network); returns once it is
    /// committed.
    pub async fn save(
        &self,
        report: &Report,
        created_at: i64,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        self.save_owned(report, None, created_at, expires_at).await
    }

    /// The same, with its owner: the check's token, of which only a hash is kept, so
    /// only the visitor who ran the check may add to its report (an upload test).
    pub async fn save_owned(
        &self,
        report: &Report,
        token: Option<&str>,
        created_at: i64,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        let owner = token.map(owner_hash);
        match self {
            Self::Sqlite(store) => store.insert(report, owner, created_at, expires_at).await,
            Self::Postgres(store) => store.insert(report, owner, created_at, expires_at).await,
        }
    }

    /// When report `id` may be added to by whoever holds `token`: its expiry (unix
    /// seconds); `None` when it is unknown, expired, or not theirs.
    pub async fn owned_until(
        &self,
        id: &CheckId,
        token: &str,
        now: i64,
    ) -> Result<Option<i64>, StoreError> {
        let found = match self {
            Self::Sqlite(store) => store.owner(id, now).await?,
            Self::Postgres(store) => store.owner(id, now).await?,
        };
        Ok(found.and_then(|(owner, expires_at)| {
            let owner = owner?;
            let matches: bool = owner.as_bytes().ct_eq(owner_hash(token).as_bytes()).into();
            matches.then_some(expires_at)
        }))
    }

    /// Stores an upload test's figures with report `id` (in place of any before).
    pub async fn save_upload(
        &self,
        id: &CheckId,
        figures: &UploadFigures,
        tested_at: i64,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        let body = serde_json::to_string(figures)?;
        match self {
            Self::Sqlite(store) => store.save_upload(id, body, tested_at, expires_at).await,
            Self::Postgres(store) => store.save_upload(id, body, tested_at, expires_at).await,
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

/// The tables of checks under way that the servers sharing one PostgreSQL database read
/// of each other's (`service/checks/cluster.rs`): the checks, their browser plans and
/// their events. SQLite is one server's file and has none.
pub type ClusterTables = PostgresStore;

impl ReportStore {
    /// The cluster's tables, on PostgreSQL; `None` on SQLite.
    pub fn cluster(&self) -> Option<&ClusterTables> {
        match self {
            Self::Sqlite(_) => None,
            Self::Postgres(store) => Some(store),
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

/// A report as it is written: its plan as the catalogue version plus what differs
/// ([`StoredPlan`]) wherever that expands back to exactly the plan.
#[derive(Serialize)]
struct ReportOut<'a> {
    #[serde(flatten)]
    report: &'a Report,
    stored_plan: StoredPlan,
}

/// A report as it is read: with its whole plan (reports stored before the stored plan,
/// and plans it could not describe), its stored plan, or neither (before plans). A
/// stored plan this build cannot read (a later build's) is no plan, not a lost report.
#[derive(Deserialize)]
struct ReportIn {
    #[serde(flatten)]
    report: Report,
    #[serde(default)]
    stored_plan: Option<serde_json::Value>,
}

/// The JSON a report is stored as.
fn report_body(report: &Report) -> Result<String, StoreError> {
    let stored_plan = report
        .plan
        .as_ref()
        .and_then(|plan| StoredPlan::of(plan, catalog()));
    Ok(match stored_plan {
        Some(stored_plan) => {
            let without_plan = Report {
                plan: None,
                ..report.clone()
            };
            serde_json::to_string(&ReportOut {
                report: &without_plan,
                stored_plan,
            })?
        }
        None => serde_json::to_string(report)?,
    })
}

/// The hash of a check's token kept with its report (hex SHA-256): the token itself is
/// never stored.
fn owner_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// A stored report's JSON with its browser results' JSON, if any, the other family's
/// probes, and an upload test's figures, as one report. A stored plan made from another catalogue version than this
/// server's is left out: the report's plan is then rebuilt from its results.
fn joined<'a>(
    report: &str,
    egress: Option<&str>,
    families: impl IntoIterator<Item = &'a str>,
    upload: Option<&str>,
) -> Result<Report, StoreError> {
    let ReportIn {
        mut report,
        stored_plan,
    } = serde_json::from_str(report)?;
    if report.plan.is_none() {
        report.plan = stored_plan
            .and_then(|stored| serde_json::from_value::<StoredPlan>(stored).ok())
            .and_then(|stored| stored.expand(catalog()));
    }
    report.egress = egress.map(serde_json::from_str).transpose()?;
    for body in families {
        let other: FamilyProbes = serde_json::from_str(body)?;
        report.probed.push(ProbedAddress {
            family: other.family,
            target: other.target,
        });
        report.probes.extend(other.probes);
    }
    report.upload = upload.map(serde_json::from_str).transpose()?;
    Ok(report)
}

/// Rows deleted per write when purging.
const PURGE_BATCH: usize = 500;

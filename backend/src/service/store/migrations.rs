//! Schema migrations from `backend/migrations/`, applied in order, each once, the same
//! for SQLite and PostgreSQL: they are written for SQLite, and PostgreSQL reads them
//! with 64-bit `INTEGER`s and without `STRICT` ([`postgres_dialect`]).
//!
//! SQLite's `user_version` records how many have run; PostgreSQL's
//! `ringcheck_schema`. The version is read and the migrations run in one transaction
//! that holds a lock from its start (SQLite's write lock, a PostgreSQL advisory lock),
//! so servers starting together on one database never both migrate it; a database
//! from a newer build is refused, not used half understood.

use rusqlite::{Connection, TransactionBehavior};

const MIGRATIONS: &[&str] = &[
    include_str!("../../../migrations/0001_create_reports.sql"),
    include_str!("../../../migrations/0002_create_egress.sql"),
    include_str!("../../../migrations/0003_create_checks.sql"),
    include_str!("../../../migrations/0004_create_family_probes.sql"),
    include_str!("../../../migrations/0005_repair_checks.sql"),
    include_str!("../../../migrations/0006_add_checks_report_expires_at.sql"),
    include_str!("../../../migrations/0007_add_reports_network.sql"),
    include_str!("../../../migrations/0008_mark_reports_as_codes.sql"),
    include_str!("../../../migrations/0009_create_uploads.sql"),
];

/// The SHA-256 of each migration as released. A database migrated by a build runs none
/// of them again, so a released migration that changed would leave it behind the code
/// (as the first 0003 did): change the schema with a new migration instead.
#[cfg(test)]
const RELEASED: &[&str] = &[
    "ac6d0d4c8ebee0276672f2145c17c747a8c4fd87500879a667c6de043f84d506",
    "60595b4d851ec8cab1b229c1b784186875da689d7599e5d73a3c41df1d72a9a7",
    "332906cf42e565f414d8cbb7bc716c4ab84230882a443fc12df836a771f0cf19",
    "5dece3da56a805385b6beb18253cb1445c0483f6b9bdf04dd9219aeaea2d3857",
    "b07540762a0212c481a98c95db8eb0ba26d4b522ba39416481358f94b2997d2d",
    "f89d772a2484b891f965b20b647738341ad0db46369344773f211d91e03042c1",
    "446bf0fbfea7745f11d0a6718b29c4d5250d721815135e217c29a48d9ab098c6",
    "6211abc672da0e98c04b588dab8e07455aae0d563d116f11d76d4faf2db374b9",
    "ad21209aa72398d0908e9836c0132e92d124ac5d154815629c1ab75b6ab8d873",
];

#[derive(thiserror::Error, Debug)]
pub enum MigrationError {
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    #[error(transparent)]
    Postgres(#[from] tokio_postgres::Error),
    #[error(
        "it was written by a newer Ring Check, or by something else (schema {found}; this \
         one knows 0 to {known}): run that version, or point --database at another file"
    )]
    Unknown { found: i64, known: usize },
}

/// The migrations a database at schema `version` has not run yet; a version this build
/// does not know is refused.
fn pending(version: i64) -> Result<&'static [&'static str], MigrationError> {
    match usize::try_from(version) {
        Ok(applied) if applied <= MIGRATIONS.len() => Ok(&MIGRATIONS[applied..]),
        _ => Err(MigrationError::Unknown {
            found: version,
            known: MIGRATIONS.len(),
        }),
    }
}

pub fn apply(db: &mut Connection) -> Result<(), MigrationError> {
    let tx = db.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let version: i64 = tx.pragma_query_value(None, "user_version", |row| row.get(0))?;
    for sql in pending(version)? {
        tx.execute_batch(sql)?;
    }
    tx.pragma_update(None, "user_version", MIGRATIONS.len() as i64)?;
    tx.commit()?;
    Ok(())
}

/// Any number, the same in every Ring Check: the advisory lock migrations hold.
const POSTGRES_LOCK: i64 = 0x5249_4e47_4348_4b31; // "RINGCHK1"

/// A migration as PostgreSQL reads it: SQLite's `INTEGER` is 64-bit, PostgreSQL's is
/// not; `STRICT` is SQLite's alone.
pub fn postgres_dialect(sql: &str) -> String {
    sql.replace("INTEGER", "BIGINT").replace(") STRICT;", ");")
}

pub async fn apply_postgres(client: &mut tokio_postgres::Client) -> Result<(), MigrationError> {
    let tx = client.transaction().await?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&POSTGRES_LOCK])
        .await?;
    tx.batch_execute("CREATE TABLE IF NOT EXISTS ringcheck_schema (version BIGINT NOT NULL)")
        .await?;
    let version: i64 = match tx
        .query_opt("SELECT version FROM ringcheck_schema", &[])
        .await?
    {
        Some(row) => row.get(0),
        None => {
            tx.execute("INSERT INTO ringcheck_schema (version) VALUES (0)", &[])
                .await?;
            0
        }
    };
    for sql in pending(version)? {
        tx.batch_execute(&postgres_dialect(sql)).await?;
    }
    tx.execute(
        "UPDATE ringcheck_schema SET version = $1",
        &[&(MIGRATIONS.len() as i64)],
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// How many migrations this build knows.
#[cfg(test)]
pub fn latest() -> usize {
    MIGRATIONS.len()
}

#[cfg(test)]
mod tests {
    use sha2::{Digest, Sha256};

    use super::*;

    #[test]
    fn released_migrations_never_change() {
        assert_eq!(
            MIGRATIONS.len(),
            RELEASED.len(),
            "a new migration: pin its SHA-256 in RELEASED as it ships"
        );
        for (number, (sql, pinned)) in MIGRATIONS.iter().zip(RELEASED).enumerate() {
            let hash: String = Sha256::digest(sql.as_bytes())
                .iter()
                .map(|byte| format!("{byte:02x}"))
                .collect();
            assert_eq!(
                &hash,
                pinned,
                "migration {} changed after it was released: databases that ran it will \
                 not run it again. Undo the change and write a new migration",
                number + 1
            );
        }
    }
}

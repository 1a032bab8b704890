//! Schema migrations from `backend/migrations/`, applied in order, each once; SQLite's
//! `user_version` records how many have run. The version is read and the migrations
//! run in one transaction that holds the write lock from its start, so two servers
//! starting on one database never both migrate it; a database from a newer build is
//! refused, not used half understood.

use rusqlite::{Connection, TransactionBehavior};

const MIGRATIONS: &[&str] = &[
    include_str!("../../../migrations/0001_create_reports.sql"),
    include_str!("../../../migrations/0002_create_egress.sql"),
];

#[derive(thiserror::Error, Debug)]
pub enum MigrationError {
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    #[error(
        "it was written by a newer Ring Check, or by something else (schema {found}; this \
         one knows 0 to {known}): run that version, or point --database at another file"
    )]
    Unknown { found: i64, known: usize },
}

pub fn apply(db: &mut Connection) -> Result<(), MigrationError> {
    let tx = db.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let version: i64 = tx.pragma_query_value(None, "user_version", |row| row.get(0))?;
    let applied = match usize::try_from(version) {
        Ok(applied) if applied <= MIGRATIONS.len() => applied,
        _ => {
            return Err(MigrationError::Unknown {
                found: version,
                known: MIGRATIONS.len(),
            });
        }
    };
    for sql in &MIGRATIONS[applied..] {
        tx.execute_batch(sql)?;
    }
    tx.pragma_update(None, "user_version", MIGRATIONS.len() as i64)?;
    tx.commit()?;
    Ok(())
}

/// How many migrations this build knows.
#[cfg(test)]
pub fn latest() -> usize {
    MIGRATIONS.len()
}

//! Schema migrations from `backend/migrations/`, applied in order, each once; SQLite's
//! `user_version` records how many have run.

use rusqlite::Connection;

const MIGRATIONS: &[&str] = &[
    include_str!("../../../migrations/0001_create_reports.sql"),
    include_str!("../../../migrations/0002_create_egress.sql"),
];

pub fn apply(db: &mut Connection) -> rusqlite::Result<()> {
    let applied: i64 = db.pragma_query_value(None, "user_version", |row| row.get(0))?;
    let applied = usize::try_from(applied).unwrap_or(0);
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(applied) {
        let tx = db.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

/// How many migrations this build knows.
#[cfg(test)]
pub fn latest() -> usize {
    MIGRATIONS.len()
}

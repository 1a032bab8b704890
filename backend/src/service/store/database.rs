//! `--database`: which store keeps the reports, told apart once, when the flag is read.

use std::{ffi::OsString, path::PathBuf};

/// Where the reports are kept. Its `Debug` never shows a PostgreSQL URL, which may hold
/// the password.
#[derive(Clone, PartialEq, Eq)]
pub enum Database {
    /// A SQLite file, created if missing; one server's own.
    Sqlite(PathBuf),
    /// A PostgreSQL URL (`postgres://` or `postgresql://`), which several servers may
    /// share.
    Postgres(String),
}

impl Database {
    /// `text` as `--database` gives it: a PostgreSQL URL when it starts as one, else
    /// (any other text, a path that is not UTF-8 too) a SQLite file.
    pub fn parse(text: OsString) -> Self {
        match text.into_string() {
            Ok(url) if is_postgres_url(&url) => Self::Postgres(url),
            Ok(path) => Self::Sqlite(PathBuf::from(path)),
            Err(path) => Self::Sqlite(PathBuf::from(path)),
        }
    }
}

impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Sqlite(path) => f.debug_tuple("Sqlite").field(path).finish(),
            Self::Postgres(_) => f.write_str("Postgres(<URL hidden>)"),
        }
    }
}

fn is_postgres_url(database: &str) -> bool {
    database.starts_with("postgres://") || database.starts_with("postgresql://")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_never_shows_a_postgres_url() {
        let database = Database::Postgres("postgres://ringcheck:s3cret@db/reports".into());
        let shown = format!("{database:?}");
        assert!(
            !shown.contains("s3cret") && !shown.contains("db/reports"),
            "{shown}"
        );
    }

    #[test]
    fn a_postgres_url_is_postgres_and_anything_else_a_sqlite_file() {
        let parse = |text: &str| Database::parse(text.into());
        for url in [
            "postgres://u@h/db",
            "postgresql://u@h:5432/db?sslmode=require",
        ] {
            assert_eq!(parse(url), Database::Postgres(url.to_owned()));
        }
        for path in [
            "ringcheck.db",
            "/var/lib/ringcheck/reports.db",
            "postgres.db",
        ] {
            assert_eq!(parse(path), Database::Sqlite(PathBuf::from(path)));
        }
    }
}

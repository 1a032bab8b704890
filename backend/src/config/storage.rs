//! Where the reports are kept, for how long, and the room they may take.

use std::{path::PathBuf, time::Duration};

use clap::{Args, builder::OsStringValueParser, builder::TypedValueParser};

use crate::service::{self, Database};

use super::ConfigError;

#[derive(Args, Debug, Clone)]
#[command(next_help_heading = "Storage")]
pub struct Storage {
    /// SQLite file for stored reports (WAL; created if missing), or the PostgreSQL
    /// database servers share: postgres://USER@HOST:PORT/DATABASE, over TLS as its
    /// ?sslmode= says (the password best in --database-password-file). Migrated at start
    /// (PostgreSQL: once, however many servers start together). --help never shows its
    /// value.
    #[arg(
        long,
        env = "RINGCHECK_DATABASE",
        default_value = "ringcheck.db",
        hide_env_values = true,
        value_parser = OsStringValueParser::new().map(Database::parse)
    )]
    pub database: Database,

    /// A file holding the password of the PostgreSQL --database, such as a systemd
    /// credential (LoadCredential=database-password:… then
    /// /run/credentials/ringcheck.service/database-password), so the settings hold none.
    #[arg(long, env = "RINGCHECK_DATABASE_PASSWORD_FILE")]
    pub database_password_file: Option<PathBuf>,

    /// Days a report stays readable through its share link.
    #[arg(long, env = "RINGCHECK_REPORT_TTL_DAYS", default_value_t = service::defaults::REPORT_TTL_DAYS,
          value_parser = clap::value_parser!(u32).range(1..=365))]
    pub report_ttl_days: u32,

    /// Seconds between purges of expired reports.
    #[arg(long, env = "RINGCHECK_PURGE_INTERVAL_SECS", default_value_t = service::defaults::PURGE_INTERVAL_SECS,
          value_parser = clap::value_parser!(u64).range(10..=86_400))]
    pub purge_interval_secs: u64,

    /// Megabytes the disk holding a SQLite --database must keep free; below, new checks
    /// get 503 (storage_full; reports already stored stay readable). Not used with
    /// PostgreSQL.
    #[arg(long, env = "RINGCHECK_MIN_FREE_DISK_MB",
          default_value_t = service::defaults::MIN_FREE_DISK_MB,
          value_parser = clap::value_parser!(u64).range(0..=u64::MAX / (1024 * 1024)))]
    pub min_free_disk_mb: u64,

    /// Megabytes the reports may take in the PostgreSQL --database (their rows as it
    /// stores them, indexes aside, from its statistics, read at most every 30 s); at it,
    /// new checks get 503 (storage_full) until purges make room. The database's files
    /// keep their largest size: leave the disk room beyond this. 0: no limit. Not used
    /// with SQLite.
    #[arg(long, env = "RINGCHECK_DATABASE_MAX_MB",
          default_value_t = service::defaults::DATABASE_MAX_MB,
          value_parser = clap::value_parser!(u64).range(0..=u64::MAX / (1024 * 1024)))]
    pub database_max_mb: u64,
}

impl Storage {
    /// Where the reports are stored: `--database`, with the password of
    /// `--database-password-file` written into a PostgreSQL URL.
    pub(super) fn database(&self) -> Result<Database, ConfigError> {
        let Some(file) = &self.database_password_file else {
            return Ok(self.database.clone());
        };
        let Database::Postgres(url) = &self.database else {
            return Err(ConfigError::PasswordFileWithoutPostgres);
        };
        let mut url = url::Url::parse(url).map_err(|_| ConfigError::PasswordFileWithoutPostgres)?;
        if url.password().is_some() {
            return Err(ConfigError::TwoDatabasePasswords);
        }
        let unreadable = |reason: String| ConfigError::UnreadablePasswordFile {
            path: file.clone(),
            reason,
        };
        let password =
            std::fs::read_to_string(file).map_err(|error| unreadable(error.to_string()))?;
        // One line, as `echo` or an editor leaves it.
        let password = password.strip_suffix('\n').unwrap_or(&password);
        let password = password.strip_suffix('\r').unwrap_or(password);
        if password.is_empty() {
            return Err(unreadable("it is empty".into()));
        }
        // Written percent-encoded, as a URL's user information must be.
        url.set_password(Some(password))
            .map_err(|()| unreadable("the URL takes no password".into()))?;
        Ok(Database::Postgres(url.into()))
    }

    pub fn report_ttl(&self) -> Duration {
        Duration::from_secs(u64::from(self.report_ttl_days) * 24 * 3600)
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;
    use crate::config::Config;

    #[test]
    fn the_database_password_comes_from_its_file_into_the_url() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("database-password");
        let with_file = |database: &str| {
            Config::try_parse_from([
                "ringcheck",
                "--database",
                database,
                "--database-password-file",
                file.to_str().unwrap(),
            ])
            .unwrap()
            .storage
            .database()
        };
        std::fs::write(&file, "p@ss:w/rd #1\n").unwrap();
        let Database::Postgres(url) =
            with_file("postgres://ringcheck@db.example:5432/reports").unwrap()
        else {
            panic!("a PostgreSQL URL stays one");
        };
        let parsed: tokio_postgres::Config = url.parse().unwrap();
        assert_eq!(parsed.get_password(), Some(&b"p@ss:w/rd #1"[..]));
        assert_eq!(parsed.get_user(), Some("ringcheck"));
        assert_eq!(parsed.get_dbname(), Some("reports"));

        let refused = |database: &str| with_file(database).unwrap_err().to_string();
        assert!(refused("/var/lib/ringcheck/reports.db").contains("a SQLite file"));
        assert!(refused("postgres://ringcheck:other@db.example/r").contains("already carries"));
        std::fs::write(&file, "\n").unwrap();
        assert!(refused("postgres://ringcheck@db.example/r").contains("empty"));
        std::fs::remove_file(&file).unwrap();
        assert!(refused("postgres://ringcheck@db.example/r").contains("cannot read"));
        // Without the file, --database as given.
        let plain = Config::try_parse_from(["ringcheck", "--database", "r.db"]).unwrap();
        assert_eq!(
            plain.storage.database().unwrap(),
            Database::Sqlite(PathBuf::from("r.db"))
        );
    }
}

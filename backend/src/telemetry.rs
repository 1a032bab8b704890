//! Logging through `tracing`, filtered by the `--log` flag.
//!
//! Crates that log through `log` (rustls, rustls-acme, tokio-postgres) reach the same
//! log through tracing's bridge. The database crates are held at `info` whatever `--log`
//! says: at `debug`, tokio-postgres writes every query's parameters (share ids, tokens,
//! reports) to the log.

use tracing_subscriber::{
    EnvFilter, filter::LevelFilter, filter::Targets, fmt, layer::SubscriberExt,
    util::SubscriberInitExt,
};

/// Crates whose logs below `info` hold what visitors sent (query parameters), by the
/// start of their target: `postgres` covers `postgres_protocol` and `postgres_types`.
/// (rusqlite and deadpool log no statements.)
const DATABASE_CRATES: [&str; 2] = ["tokio_postgres", "postgres"];

#[derive(thiserror::Error, Debug)]
#[error("the log filter {filter:?} is not valid ({reason}); try --log info")]
pub struct TelemetryError {
    filter: String,
    reason: String,
}

/// Installs the global subscriber. A second call (as in tests) keeps the first one.
pub fn init(filter: &str) -> Result<(), TelemetryError> {
    let env_filter = EnvFilter::try_new(filter).map_err(|error| TelemetryError {
        filter: filter.to_owned(),
        reason: error.to_string(),
    })?;
    // A filter of its own beside the operator's: no directive of theirs, however
    // specific, can open the database crates' debug logs again.
    let _ = fmt()
        .with_env_filter(env_filter)
        .finish()
        .with(database_cap())
        .try_init();
    Ok(())
}

/// Everything passes but the database crates' logs below `info`.
fn database_cap() -> Targets {
    DATABASE_CRATES.iter().fold(
        Targets::new().with_default(LevelFilter::TRACE),
        |targets, target| targets.with_target(*target, LevelFilter::INFO),
    )
}

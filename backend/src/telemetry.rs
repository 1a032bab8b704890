//! Logging through `tracing`, filtered by the `--log` flag.

use tracing_subscriber::{EnvFilter, fmt};

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
    let _ = fmt().with_env_filter(env_filter).try_init();
    Ok(())
}

use std::process::ExitCode;

use clap::Parser;
use ringcheck_backend::{config::Config, startup::Application, telemetry};

#[tokio::main]
async fn main() -> ExitCode {
    let config = Config::parse();
    if let Err(error) = telemetry::init(&config.log) {
        eprintln!("ringcheck: {error}");
        return ExitCode::FAILURE;
    }
    let result = match Application::build(&config).await {
        Ok(app) => app.run_until_stopped().await,
        Err(error) => Err(error),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!(%error, "ringcheck stopped");
            eprintln!("ringcheck: {error}");
            ExitCode::FAILURE
        }
    }
}

//! The operator's Prometheus metrics, on a port of their own.

use std::net::SocketAddr;

use clap::Args;

use super::ConfigError;

#[derive(Args, Debug, Clone)]
#[command(next_help_heading = "Metrics")]
pub struct Metrics {
    /// Serve Prometheus metrics at http://ADDRESS/metrics, and /healthz, on a listener of
    /// their own (off by default). Refused on the port visitors use: bind it where only
    /// your monitoring reaches, e.g. 127.0.0.1:9464.
    #[arg(long, env = "RINGCHECK_METRICS_BIND")]
    pub metrics_bind: Option<SocketAddr>,
}

impl Metrics {
    /// Where the metrics are served, if anywhere: never the visitors' port (`bind`).
    pub(super) fn bind(&self, bind: SocketAddr) -> Result<Option<SocketAddr>, ConfigError> {
        let Some(metrics) = self.metrics_bind else {
            return Ok(None);
        };
        let same_port = metrics.port() == bind.port() && bind.port() != 0;
        let overlapping = metrics.ip() == bind.ip()
            || metrics.ip().is_unspecified()
            || bind.ip().is_unspecified();
        if same_port && overlapping {
            return Err(ConfigError::MetricsOnPublicPort { metrics, bind });
        }
        Ok(Some(metrics))
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use crate::config::Config;

    #[test]
    fn metrics_are_off_by_default_and_never_on_the_visitors_port() {
        let metrics_bind = |config: Config| config.validate().map(|s| s.metrics_bind);
        assert_eq!(metrics_bind(Config::defaults()).unwrap(), None);
        for (bind, metrics) in [
            ("127.0.0.1:8080", "127.0.0.1:8080"),
            ("0.0.0.0:443", "127.0.0.1:443"),
            ("127.0.0.1:443", "0.0.0.0:443"),
        ] {
            let config =
                Config::parse_from(["ringcheck", "--bind", bind, "--metrics-bind", metrics]);
            let error = metrics_bind(config).unwrap_err().to_string();
            assert!(error.contains("only your monitoring"), "{error}");
        }
        let config = Config::parse_from([
            "ringcheck",
            "--bind",
            "0.0.0.0:443",
            "--metrics-bind",
            "127.0.0.1:9464",
        ]);
        assert_eq!(
            metrics_bind(config).unwrap(),
            Some("127.0.0.1:9464".parse().unwrap())
        );
    }
}

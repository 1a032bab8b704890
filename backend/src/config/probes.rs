//! Who may be probed, and how long each probe and check may take.

use std::{net::SocketAddr, time::Duration};

use clap::Args;
use ipnet::IpNet;
use ringcheck_shared::catalog;

use ringcheck_engine::{self as engine, ProbeConfig, TargetPolicy};

use super::ConfigError;

/// Time a check needs beyond its probes' attempts (sockets, bookkeeping), so that a slow
/// probe ends as filtered by its own timeout, not as "not tested" by the deadline.
pub(super) const DEADLINE_MARGIN_MS: u64 = 200;

#[derive(Args, Debug, Clone)]
#[command(next_help_heading = "Probes")]
pub struct Probes {
    /// Local mode: accept loopback, private, CGNAT and other non-public visitors as probe
    /// targets. Only for a developer's own machine: it needs a loopback --bind and no
    /// proxy settings, as anyone else who could reach the server could make it probe
    /// their network, and it answers only requests for localhost or a loopback address.
    #[arg(long, env = "RINGCHECK_ALLOW_PRIVATE_TARGETS")]
    pub allow_private_targets: bool,

    /// A private network whose visitors may be probed (CIDR, repeatable), e.g. a test
    /// network; unlike --allow-private-targets it works on any --bind.
    #[arg(
        long = "private-targets",
        env = "RINGCHECK_PRIVATE_TARGETS",
        value_delimiter = ','
    )]
    pub private_targets: Vec<IpNet>,

    /// How long one probe attempt waits for an answer before any port of the check has
    /// answered, and the most it ever waits, in milliseconds.
    #[arg(long, env = "RINGCHECK_PROBE_TIMEOUT_MS", default_value_t = engine::defaults::PROBE_TIMEOUT_MS,
          value_parser = clap::value_parser!(u64).range(100..=10_000))]
    pub probe_timeout_ms: u64,

    /// The least a probe attempt waits, however fast the visitor's other ports answered,
    /// in milliseconds.
    #[arg(long, env = "RINGCHECK_PROBE_MIN_TIMEOUT_MS", default_value_t = engine::defaults::PROBE_MIN_TIMEOUT_MS,
          value_parser = clap::value_parser!(u64).range(50..=10_000))]
    pub probe_min_timeout_ms: u64,

    /// Extra attempts for a probe that got no answer, at the full wait: silence is listened
    /// to for --probe-timeout-ms × (1 + this) in all, in up to five shorter attempts when
    /// the visitor's network answers fast.
    #[arg(long, env = "RINGCHECK_PROBE_RETRIES", default_value_t = engine::defaults::PROBE_RETRIES,
          value_parser = clap::value_parser!(u8).range(0..=3))]
    pub probe_retries: u8,

    /// The longest a check's probes may take from its turn on, in milliseconds; it must
    /// fit every attempt of a probe.
    #[arg(long, env = "RINGCHECK_CHECK_DEADLINE_MS", default_value_t = engine::defaults::CHECK_DEADLINE_MS,
          value_parser = clap::value_parser!(u64).range(500..=30_000))]
    pub check_deadline_ms: u64,

    /// How long a check may wait for its turn, in milliseconds, when the server is short
    /// of CPU (its timers run over 40 ms late) or of probe sockets: its deadline counts
    /// from its turn; past this wait it ends with its ports "not tested".
    #[arg(long, env = "RINGCHECK_CHECK_TURN_WAIT_MS", default_value_t = engine::defaults::CHECK_TURN_WAIT_MS,
          value_parser = clap::value_parser!(u64).range(0..=30_000))]
    pub check_turn_wait_ms: u64,

    /// Probe sockets open at once, server-wide: at least as many as the ports one check
    /// probes, and lowered at start-up to fit the open-files limit.
    #[arg(long, env = "RINGCHECK_MAX_PROBE_SOCKETS", default_value_t = engine::defaults::MAX_PROBE_SOCKETS,
          value_parser = clap::value_parser!(u32).range(1..=65_536))]
    pub max_probe_sockets: u32,
}

impl Probes {
    /// The probe engine's settings, checked against each other.
    pub(super) fn probe_config(&self) -> Result<ProbeConfig, ConfigError> {
        let needed_ms =
            self.probe_timeout_ms * (1 + u64::from(self.probe_retries)) + DEADLINE_MARGIN_MS;
        if needed_ms > self.check_deadline_ms {
            return Err(ConfigError::DeadlineTooShort {
                deadline_ms: self.check_deadline_ms,
                needed_ms,
            });
        }
        let needed = ringcheck_shared::check::probe_back_plan(catalog()).len();
        if (self.max_probe_sockets as usize) < needed {
            return Err(ConfigError::TooFewProbeSockets {
                asked: self.max_probe_sockets,
                needed,
            });
        }
        Ok(ProbeConfig {
            attempt_timeout: Duration::from_millis(self.probe_timeout_ms),
            min_attempt_timeout: Duration::from_millis(self.probe_min_timeout_ms),
            retries: self.probe_retries,
            deadline: Duration::from_millis(self.check_deadline_ms),
            turn_wait: Duration::from_millis(self.check_turn_wait_ms),
            max_sockets: self.max_probe_sockets as usize,
        })
    }

    /// Which visitors may be probed; local mode only where nobody else can reach the
    /// server: on a loopback `bind`, not `behind_proxies`.
    pub(super) fn target_policy(
        &self,
        bind: SocketAddr,
        behind_proxies: bool,
    ) -> Result<TargetPolicy, ConfigError> {
        if self.allow_private_targets {
            if !bind.ip().is_loopback() {
                return Err(ConfigError::LocalModeExposed { bind });
            }
            if behind_proxies {
                return Err(ConfigError::LocalModeBehindProxy);
            }
        }
        Ok(TargetPolicy {
            any_private: self.allow_private_targets,
            private_networks: self.private_targets.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;
    use crate::config::Config;

    #[test]
    fn the_defaults_are_consistent() {
        let config = Config::defaults()
            .probes
            .probe_config()
            .expect("defaults are valid");
        assert_eq!(config.attempt_timeout, Duration::from_millis(1200));
        assert_eq!(config.deadline, Duration::from_millis(3000));
    }

    #[test]
    fn a_deadline_that_cuts_probes_short_is_refused() {
        let mut config = Config::defaults();
        config.probes.probe_timeout_ms = 1500;
        let error = config.probes.probe_config().unwrap_err().to_string();
        assert!(error.contains("+ 200 = 3200"), "{error}");
        config.probes.check_deadline_ms = 3200;
        assert!(config.probes.probe_config().is_ok());
    }

    #[test]
    fn fewer_probe_sockets_than_one_check_probes_are_refused() {
        let probes = ringcheck_shared::check::probe_back_plan(catalog::catalog()).len();
        let mut config = Config::defaults();
        config.probes.max_probe_sockets = probes as u32 - 1;
        let error = config.probes.probe_config().unwrap_err().to_string();
        let expected = format!("the {probes} ports one check probes");
        assert!(error.contains(&expected), "{error}");
        config.probes.max_probe_sockets = probes as u32;
        assert!(config.probes.probe_config().is_ok());
    }

    #[test]
    fn local_mode_is_refused_where_others_can_reach_the_server() {
        let policy = |args: &[&str]| {
            let mut all = vec!["ringcheck", "--allow-private-targets"];
            all.extend_from_slice(args);
            Config::parse_from(all).validate().map(|s| s.targets)
        };
        assert!(policy(&[]).is_ok_and(|p| p.any_private));
        assert!(policy(&["--bind", "[::1]:8080"]).is_ok());
        let exposed = policy(&["--bind", "0.0.0.0:8080"]).unwrap_err().to_string();
        assert!(exposed.contains("--private-targets"), "{exposed}");
        assert!(matches!(
            policy(&[
                "--trusted-proxy",
                "127.0.0.1/32",
                "--forwarded-header",
                "x-forwarded-for"
            ]),
            Err(ConfigError::LocalModeBehindProxy)
        ));
        let test_network = Config::parse_from([
            "ringcheck",
            "--bind",
            "10.99.0.1:8080",
            "--private-targets",
            "10.99.0.0/24",
        ])
        .validate()
        .unwrap()
        .targets;
        assert!(!test_network.any_private && test_network.is_local());
    }
}

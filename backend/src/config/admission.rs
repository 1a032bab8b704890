//! How many checks may run and start: per household, per network and in all; and how
//! often one household may look up stored reports.

use clap::Args;

use crate::service::{self, uploads::UploadLimits};

#[derive(Args, Debug, Clone)]
#[command(next_help_heading = "Admission")]
pub struct Admission {
    /// Checks running at once, server-wide; more get 503 with Retry-After.
    #[arg(long, env = "RINGCHECK_MAX_CHECKS_IN_FLIGHT", default_value_t = service::defaults::MAX_CHECKS_IN_FLIGHT,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub max_checks_in_flight: u32,

    /// Checks one address may start per minute (IPv6: per /64).
    #[arg(long, env = "RINGCHECK_CHECKS_PER_MINUTE", default_value_t = service::defaults::CHECKS_PER_MINUTE,
          value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub checks_per_minute: u32,

    /// Checks one address may start in a quick burst before the per-minute rate applies.
    #[arg(long, env = "RINGCHECK_CHECK_BURST", default_value_t = service::defaults::CHECK_BURST,
          value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub check_burst: u32,

    /// Checks one network (IPv4 /24, IPv6 /48) may run at once; more get 429
    /// (network_busy).
    #[arg(long, env = "RINGCHECK_NETWORK_CHECKS_IN_FLIGHT",
          default_value_t = service::defaults::NETWORK_CHECKS_IN_FLIGHT,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub network_checks_in_flight: u32,

    /// Checks one network (IPv4 /24, IPv6 /48) may start per minute.
    #[arg(long, env = "RINGCHECK_NETWORK_CHECKS_PER_MINUTE",
          default_value_t = service::defaults::NETWORK_CHECKS_PER_MINUTE,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub network_checks_per_minute: u32,

    /// Checks one network may start in a quick burst.
    #[arg(long, env = "RINGCHECK_NETWORK_CHECK_BURST",
          default_value_t = service::defaults::NETWORK_CHECK_BURST,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub network_check_burst: u32,

    /// Reports one network (IPv4 /24, IPv6 /48) may store in a day; past it, its checks
    /// get 429 (rate_limited) with Retry-After until the oldest of the day is a day old.
    /// Counted in the database, so servers sharing one count together.
    #[arg(long, env = "RINGCHECK_NETWORK_REPORTS_PER_DAY",
          default_value_t = service::defaults::NETWORK_REPORTS_PER_DAY,
          value_parser = clap::value_parser!(u32).range(1..=10_000_000))]
    pub network_reports_per_day: u32,

    /// Checks everybody together may start per minute; more get 503 (server_busy).
    #[arg(long, env = "RINGCHECK_OVERALL_CHECKS_PER_MINUTE",
          default_value_t = service::defaults::OVERALL_CHECKS_PER_MINUTE,
          value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub overall_checks_per_minute: u32,

    /// Checks everybody together may start in a quick burst.
    #[arg(long, env = "RINGCHECK_OVERALL_CHECK_BURST",
          default_value_t = service::defaults::OVERALL_CHECK_BURST,
          value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub overall_check_burst: u32,

    /// Stored reports one address may look up per minute (IPv6: per /64): a share link's
    /// report, /oembed for one, a check's events or browser results looked for in the
    /// database (a check this server is not running); more get 429 (rate_limited) with
    /// Retry-After.
    #[arg(long, env = "RINGCHECK_REPORT_LOOKUPS_PER_MINUTE",
          default_value_t = service::defaults::REPORT_LOOKUPS_PER_MINUTE,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub report_lookups_per_minute: u32,

    /// Stored reports one address may look up in a quick burst.
    #[arg(long, env = "RINGCHECK_REPORT_LOOKUP_BURST",
          default_value_t = service::defaults::REPORT_LOOKUP_BURST,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub report_lookup_burst: u32,

    /// One Live View stream's rate in the video upload test, kbit/s: Ring publishes none,
    /// so this is Ring Check's own (a 1080p stream held smoothly).
    #[arg(long, env = "RINGCHECK_UPLOAD_TARGET_KBPS",
          default_value_t = service::defaults::UPLOAD_TARGET_KBPS,
          value_parser = clap::value_parser!(u32).range(100..=50_000))]
    pub upload_target_kbps: u32,

    /// What all video upload tests together may send this server, Mbit/s (each counted
    /// at its ramp, twice its streams' rate); past it, tests get 503 (server_busy) with
    /// Retry-After.
    #[arg(long, env = "RINGCHECK_UPLOAD_CAPACITY_MBPS",
          default_value_t = service::defaults::UPLOAD_CAPACITY_MBPS,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub upload_capacity_mbps: u32,

    /// Video upload tests at once, server-wide; more get 503 (server_busy).
    #[arg(long, env = "RINGCHECK_UPLOAD_TESTS_IN_FLIGHT",
          default_value_t = service::defaults::UPLOAD_TESTS_IN_FLIGHT,
          value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub upload_tests_in_flight: u32,

    /// Video upload tests at once from one network (IPv4 /24, IPv6 /48); more get 429
    /// (network_busy). One household runs one at a time.
    #[arg(long, env = "RINGCHECK_NETWORK_UPLOAD_TESTS_IN_FLIGHT",
          default_value_t = service::defaults::NETWORK_UPLOAD_TESTS_IN_FLIGHT,
          value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub network_upload_tests_in_flight: u32,

    /// Video upload tests one household (IPv4 address, IPv6 /64) may start an hour, after
    /// a burst of --upload-tests-burst; more are told to wait (rate_limited).
    #[arg(long, env = "RINGCHECK_UPLOAD_TESTS_PER_HOUR",
          default_value_t = service::defaults::UPLOAD_TESTS_PER_HOUR,
          value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub upload_tests_per_hour: u32,

    /// Video upload tests one household may start at once before the hourly rate holds.
    #[arg(long, env = "RINGCHECK_UPLOAD_TESTS_BURST",
          default_value_t = service::defaults::UPLOAD_TESTS_BURST,
          value_parser = clap::value_parser!(u32).range(1..=1_000))]
    pub upload_tests_burst: u32,

    /// Video upload tests one network (IPv4 /24, IPv6 /48) may start an hour, after a
    /// burst of --network-upload-tests-burst; more are told to wait (rate_limited).
    #[arg(long, env = "RINGCHECK_NETWORK_UPLOAD_TESTS_PER_HOUR",
          default_value_t = service::defaults::NETWORK_UPLOAD_TESTS_PER_HOUR,
          value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    pub network_upload_tests_per_hour: u32,

    /// Video upload tests one network may start at once before its hourly rate holds.
    #[arg(long, env = "RINGCHECK_NETWORK_UPLOAD_TESTS_BURST",
          default_value_t = service::defaults::NETWORK_UPLOAD_TESTS_BURST,
          value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub network_upload_tests_burst: u32,
}

impl Admission {
    /// The video upload test's bounds as the operator set them.
    pub fn upload_limits(&self) -> UploadLimits {
        UploadLimits {
            target_kbps: self.upload_target_kbps,
            capacity_kbps: u64::from(self.upload_capacity_mbps) * 1000,
            tests_in_flight: self.upload_tests_in_flight,
            network_tests_in_flight: self.network_upload_tests_in_flight,
            household_tests_per_hour: self.upload_tests_per_hour,
            household_tests_burst: self.upload_tests_burst,
            network_tests_per_hour: self.network_upload_tests_per_hour,
            network_tests_burst: self.network_upload_tests_burst,
        }
    }
}

//! The check service's settings out of the box, as the command line shows them.

/// Checks running at once, server-wide.
pub const MAX_CHECKS_IN_FLIGHT: u32 = 1024;
/// Checks one address may start per minute (IPv6: per /64).
pub const CHECKS_PER_MINUTE: u32 = 5;
/// Checks one address may start in a quick burst.
pub const CHECK_BURST: u32 = 3;
/// Checks one network (IPv4 /24, IPv6 /48) may run at once.
pub const NETWORK_CHECKS_IN_FLIGHT: u32 = 32;
/// Checks one network may start per minute, and in a quick burst.
pub const NETWORK_CHECKS_PER_MINUTE: u32 = 60;
pub const NETWORK_CHECK_BURST: u32 = 30;
/// Checks everybody together may start per minute, and in a quick burst (as many as
/// may run at once).
pub const OVERALL_CHECKS_PER_MINUTE: u32 = 1200;
pub const OVERALL_CHECK_BURST: u32 = 1024;
/// Reports one network may store in a day: a household checking over and over, or an
/// office of Ring customers, stays far below it; a script cannot fill the database.
pub const NETWORK_REPORTS_PER_DAY: u32 = 500;
/// Stored reports one address may look up per minute (IPv6: per /64), and in a quick
/// burst: enough for a support agent opening link after link.
pub const REPORT_LOOKUPS_PER_MINUTE: u32 = 60;
pub const REPORT_LOOKUP_BURST: u32 = 30;
/// One Live View stream as the upload test sends it, kbit/s (Ring Check's own figure:
/// see `ringcheck_shared::upload::DEFAULT_TARGET_KBPS`).
pub const UPLOAD_TARGET_KBPS: u32 = ringcheck_shared::upload::DEFAULT_TARGET_KBPS;
/// What every upload test together may send this server, Mbit/s.
pub const UPLOAD_CAPACITY_MBPS: u32 = 200;
/// Upload tests at once, server-wide and per network.
pub const UPLOAD_TESTS_IN_FLIGHT: u32 = 16;
pub const NETWORK_UPLOAD_TESTS_IN_FLIGHT: u32 = 2;
/// Upload tests one household may start an hour, after a burst of a few (one for each
/// number of cameras it may try): each sends up to 14 MB.
pub const UPLOAD_TESTS_PER_HOUR: u32 = 12;
pub const UPLOAD_TESTS_BURST: u32 = 4;
/// Upload tests one network (IPv4 /24, IPv6 /48) may start an hour, after a burst: a
/// household that changes its IPv6 /64 (a /48 holds 65,536) is still held.
pub const NETWORK_UPLOAD_TESTS_PER_HOUR: u32 = 60;
pub const NETWORK_UPLOAD_TESTS_BURST: u32 = 12;
/// Megabytes the disk holding the database must keep free for new checks to start.
pub const MIN_FREE_DISK_MB: u64 = 256;
/// Megabytes the PostgreSQL database may hold for new checks to start: about 2.5 million
/// checks at their stored size of 2026-12 (BENCHMARKS.md).
pub const DATABASE_MAX_MB: u64 = 10_240;
/// Days a report stays readable through its share link.
pub const REPORT_TTL_DAYS: u32 = 30;
/// Seconds between purges of expired reports.
pub const PURGE_INTERVAL_SECS: u64 = 3600;
/// How long the browser waits for each outward test.
pub const EGRESS_TIMEOUT_MS: u32 = 4000;

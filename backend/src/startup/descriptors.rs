//! The open-files limit, shared between probe sockets and visitors' connections.

use crate::{
    config::Settings,
    connection_limits::{ConnectionLimits, defaults::METRICS_MAX_CONNECTIONS},
};
use ringcheck_engine::ProbeConfig;

/// The probe engine's settings and the bounds of HTTP connections, both within what the
/// open-files limit allows.
pub(super) fn budgets(settings: &Settings) -> (ProbeConfig, ConnectionLimits) {
    let mut probe_config = settings.probes;
    let mut limits = settings.connection_limits.clone();
    let limit = rlimit::increase_nofile_limit(u64::MAX).unwrap_or(1024);
    let (probes, connections) =
        split_descriptors(limit, probe_config.max_sockets, limits.most_open());
    if (probes, connections) != (probe_config.max_sockets, limits.most_open()) {
        tracing::warn!(
            limit,
            probes,
            connections,
            "the open files limit is low: fewer probe sockets and connections than asked"
        );
    }
    if connections < limits.most_open() {
        // What fits, the reserve included.
        limits.max_connections = connections * 10 / 11;
    }
    // Never fewer than one check probes, or no check's turn would ever come.
    let one_check = ringcheck_shared::check::probe_back_plan(ringcheck_shared::catalog()).len();
    probe_config.max_sockets = probes.max(one_check);
    (probe_config, limits)
}

/// File descriptors kept for everything but probes and visitors' connections: the
/// database, the listeners, the self-check, and the metrics listener's own connections.
const RESERVED_DESCRIPTORS: u64 = 256 + METRICS_MAX_CONNECTIONS as u64;

/// Probe sockets and connections within `limit` open files: as many as wanted if they
/// fit, else the room shared in proportion, never fewer than 16 of either.
fn split_descriptors(limit: u64, probes: usize, connections: usize) -> (usize, usize) {
    let room = limit.saturating_sub(RESERVED_DESCRIPTORS) as usize;
    if probes + connections <= room {
        return (probes, connections);
    }
    let connections_share =
        (room as u128 * connections as u128 / (probes + connections).max(1) as u128) as usize;
    let connections = connections_share.max(16);
    (room.saturating_sub(connections).max(16), connections)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probes_and_connections_share_the_open_files_limit() {
        assert_eq!(split_descriptors(1_048_576, 8192, 8192), (8192, 8192));
        let (probes, connections) = split_descriptors(10_272, 8192, 8192);
        assert_eq!((probes, connections), (5000, 5000));
        assert_eq!(
            split_descriptors(100, 8192, 8192),
            (16, 16),
            "never below 16"
        );
    }
}

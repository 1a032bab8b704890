//! Check services for the tests of the service and of the routes.

use std::{collections::HashMap, sync::Arc, time::Duration};

use ringcheck_engine::{Network, Prober, SystemNetwork, TargetPolicy};

use super::admission::Admission;
use crate::{
    metrics::Metrics,
    service::{
        egress_plan::EgressSetup,
        store::{ReportStore, StorageLimits},
    },
};

use super::{CheckService, Retention};

/// A check service on a database of its own, as the tests of it and of the routes need.
#[cfg(test)]
pub(crate) fn test_service(local_mode: bool) -> (Arc<CheckService>, tempfile::TempDir) {
    let data = tempfile::tempdir().unwrap();
    let store = ReportStore::open_sqlite(&data.path().join("reports.db")).unwrap();
    let service = test_service_on(SystemNetwork, store, local_mode, Duration::from_millis(500));
    (service, data)
}

/// A check service on `network` and `store`, whose checks end by `deadline`.
#[cfg(test)]
pub(crate) fn test_service_on<N: Network>(
    network: N,
    store: ReportStore,
    local_mode: bool,
    deadline: Duration,
) -> Arc<CheckService<N>> {
    use std::num::NonZeroU32;

    use ringcheck_engine::{ListenerHealth, ProbeConfig, StunLimiter};

    let prober = Prober::new(
        network,
        ProbeConfig {
            // A long check's probes wait as long as it lasts.
            attempt_timeout: if deadline > Duration::from_secs(1) {
                deadline
            } else {
                Duration::from_millis(200)
            },
            min_attempt_timeout: Duration::from_millis(100),
            retries: 0,
            deadline,
            turn_wait: Duration::from_millis(500),
            max_sockets: 64,
        },
    );
    let many = NonZeroU32::new(1000).unwrap();
    let admission = Admission::new(super::admission::Limits {
        max_in_flight: 8,
        per_minute: NonZeroU32::new(60).unwrap(),
        burst: NonZeroU32::new(10).unwrap(),
        network_in_flight: 8,
        network_per_minute: many,
        network_burst: many,
        overall_per_minute: many,
        overall_burst: many,
    });
    let egress = EgressSetup::new(
        &HashMap::new(),
        false,
        4000,
        ListenerHealth::new(),
        StunLimiter::new(Default::default()),
    );
    CheckService::new(
        prober,
        store,
        admission,
        egress,
        Retention {
            report_ttl: Duration::from_secs(3600),
            storage: StorageLimits {
                min_free_disk_bytes: 0,
                max_database_bytes: 0,
            },
            network_reports_per_day: 1000,
        },
        TargetPolicy {
            any_private: local_mode,
            private_networks: Vec::new(),
        },
        Arc::new(Metrics::new()),
    )
}

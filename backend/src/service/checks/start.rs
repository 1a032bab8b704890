//! Starting a check: the address rule, the storage's room, admission and the
//! network's daily cap, then the check written down (for the servers sharing the
//! database) and run in the background.

use std::{
    net::IpAddr,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, Ordering},
    },
    time::Duration,
};

use ringcheck_engine::{Network, NonPublic};
use ringcheck_shared::{
    check::{CheckStarted, mask_address},
    family::AddressFamily,
    routes::ApiPath,
};
use tokio::sync::watch;

use super::admission::Refusal;
use super::events::EventLog;
use crate::service::{
    ids,
    store::{CheckTimes, StorageShort, StoreError},
};

use super::{CheckService, DAY, RunningCheck, cluster, unix};

/// Why a check did not start.
#[derive(thiserror::Error, Debug)]
pub enum StartError {
    /// The request came from an address Ring Check may not probe.
    #[error("{address} is not public ({why:?})")]
    NotPublic { address: IpAddr, why: NonPublic },
    #[error(transparent)]
    Refused(Refusal),
    /// The disk holding the reports is nearly full, or the reports take as much room
    /// as they may: a new report might not fit.
    #[error("{short}")]
    StorageFull { short: StorageShort },
    /// Its network stored as many reports in the last day as one network may.
    #[error(
        "the network of this address stored {limit} reports in the last day, as many as \
         it may; the next may start in {} s",
        retry_after.as_secs()
    )]
    NetworkDailyLimit { limit: u32, retry_after: Duration },
    /// No randomness for an unguessable id.
    #[error("no randomness for an id: {0}")]
    NoRandomness(getrandom::Error),
    /// The report database could not be read or written for the check: telling the other
    /// servers about it, or counting its network's reports.
    #[error("the report database could not be used for the check: {0}")]
    Store(StoreError),
}

impl<N: Network> CheckService<N> {
    /// Starts probing `target` in the background: the address the request came from,
    /// which the target policy must allow (public, unless the server runs in local mode).
    /// `page` is the request's `Origin`, if it had one.
    pub async fn start(
        self: &Arc<Self>,
        target: IpAddr,
        page: Option<String>,
    ) -> Result<CheckStarted, StartError> {
        self.targets
            .check(target)
            .map_err(|why| StartError::NotPublic {
                address: target,
                why,
            })?;
        let room = self.store.has_room(self.retention.storage).await;
        // Said when it changes, not for every refused visitor: the log may share the disk.
        if self.storage_short.swap(room.is_err(), Ordering::Relaxed) != room.is_err() {
            match room {
                Err(short) => tracing::warn!("{short}: new checks are refused"),
                Ok(()) => tracing::info!("the reports have room again"),
            }
        }
        room.map_err(|short| StartError::StorageFull { short })?;
        let in_flight = self.admission.admit(target).map_err(StartError::Refused)?;
        // Read after admission, whose rates bound how often a network has it read.
        self.within_daily_cap(target).await?;
        let id = ids::new_check_id().map_err(StartError::NoRandomness)?;
        let token = ids::new_check_id().map_err(StartError::NoRandomness)?;
        let created = self.store.now();
        let stun_pass = self.egress.stun_pass(target);
        let egress = self.egress.plan(token.to_string());
        // Servers sharing the database can take its browser results and stream its
        // events: it is written down before anyone is told it started.
        let log = if let Some(tables) = self.store.cluster() {
            let times = CheckTimes {
                created_at: unix(created),
                ends_at: unix(created + self.stored_within()),
                expires_at: unix(created + self.shared_window()),
                report_expires_at: unix(self.report_expiry(created)),
            };
            let plan = serde_json::to_string(&egress).unwrap_or_default();
            tables
                .register_check(&id, times, &plan)
                .await
                .map_err(StartError::Store)?;
            EventLog::with_mirror(Some(cluster::mirror(
                tables.clone(),
                id.clone(),
                times.expires_at,
            )))
        } else {
            EventLog::new()
        };
        let running = Arc::new(RunningCheck {
            log,
            egress: egress.clone(),
            created,
            egress_received: AtomicBool::new(false),
            round_trips: self.prober.round_trips(),
            accepted: std::time::Instant::now(),
            followed: AtomicBool::new(false),
            families: Mutex::new(vec![AddressFamily::of(target)]),
            family_runs: watch::Sender::new(0),
            page,
            stun_passes: Mutex::new(vec![stun_pass]),
        });
        self.lock_running().insert(id.clone(), running.clone());
        let plan = self.check_plan(&egress);
        let started = CheckStarted {
            events_url: ApiPath::CheckEvents.with_id(id.as_str()),
            report_url: ApiPath::Report.with_id(id.as_str()),
            egress_url: ApiPath::CheckEgress.with_id(id.as_str()),
            id: id.clone(),
            target: target.to_string(),
            local_mode: self.targets.is_local(),
            probes: plan.probes.clone(),
            entries: plan.entries.clone(),
            deadline_ms: self.prober.longest_check().as_millis() as u64,
            egress,
        };
        tokio::spawn(self.clone().run(id, target, running, in_flight));
        Ok(started)
    }

    /// `Ok` while the network of `target` stored fewer reports in the last day than
    /// one network may. Checks of the network running now are not counted yet, so it
    /// may go over by as many as it may run at once.
    async fn within_daily_cap(&self, target: IpAddr) -> Result<(), StartError> {
        let limit = self.retention.network_reports_per_day;
        let now = unix(self.store.now());
        let day = DAY.as_secs() as i64;
        let newest = self
            .store
            .newest_network_reports(&mask_address(target), now - day, limit)
            .await
            .map_err(StartError::Store)?;
        // The day's newest `limit`: it may store another once the oldest of them is a
        // day old.
        match newest.last() {
            Some(&frees_at) if newest.len() >= limit as usize => {
                Err(StartError::NetworkDailyLimit {
                    limit,
                    retry_after: Duration::from_secs((frees_at + day - now).clamp(1, day) as u64),
                })
            }
            _ => Ok(()),
        }
    }
}

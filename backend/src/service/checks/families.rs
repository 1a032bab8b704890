//! The visitor's address in the other address family. A dual-stack browser starts a
//! check over one family (usually IPv6); when the server names a host per family, the
//! page then calls the check's address endpoint at the other family's host, and the
//! address that request comes from is probed back too. Nothing names an address: the
//! request's own is the proof, as for the check itself; the check's token ties it to the
//! check, and its `Origin` to the page that started it, so another site cannot have its
//! visitors' browsers add their addresses to a check of its own.
//!
//! Its probes are stored beside the report when they end, which may be after the report:
//! the browser's results wait for them, so the report it is answered with has them.

use std::{
    net::IpAddr,
    sync::{Arc, atomic::Ordering},
    time::Duration,
};

use ringcheck_engine::{Network, NonPublic};
use ringcheck_shared::{
    check::{CheckId, mask_address},
    family::AddressFamily,
};

use super::{CheckService, RunningCheck, admission::InFlight, admission::Refusal, unix};
use crate::service::{ids, store::FamilyProbes};

/// How long after its start a check takes another family's address: the page asks one
/// round trip (and a new connection) after the start; a run begun later than this might
/// outlast the browser's wait for the report.
const ADDRESS_WINDOW: Duration = Duration::from_secs(5);

/// What became of the request's address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressTaken {
    /// A new family for this check: its probes run now.
    Probing(AddressFamily),
    /// The check already probes an address of this family.
    AlreadyProbed(AddressFamily),
}

/// Why the request's address was not taken.
#[derive(thiserror::Error, Debug)]
pub enum AddressRefusal {
    #[error("no check with this id is running on this server")]
    UnknownCheck,
    #[error("this server names no host per address family")]
    NoFamilies,
    #[error("the token does not belong to this check")]
    WrongToken,
    #[error("the request does not come from the page that started the check")]
    OtherPage,
    #[error("the check is too far along to add an address")]
    TooLate,
    #[error("{address} is not public ({why:?})")]
    NotPublic { address: IpAddr, why: NonPublic },
    #[error(transparent)]
    Refused(Refusal),
}

impl<N: Network> CheckService<N> {
    /// Takes `address`, which a request carrying the check's `token` came from (from a
    /// page of `origin`, its `Origin`), as the visitor's address in its family, and
    /// probes it back if the check has none of that family yet.
    pub fn add_address(
        self: &Arc<Self>,
        id: &CheckId,
        token: &str,
        origin: Option<&str>,
        address: IpAddr,
    ) -> Result<AddressTaken, AddressRefusal> {
        let check = self
            .lock_running()
            .get(id)
            .cloned()
            .ok_or(AddressRefusal::UnknownCheck)?;
        if check.egress.families.is_empty() {
            return Err(AddressRefusal::NoFamilies);
        }
        if !check.egress.accepts_token(token) {
            return Err(AddressRefusal::WrongToken);
        }
        if origin != check.page.as_deref() {
            return Err(AddressRefusal::OtherPage);
        }
        let family = AddressFamily::of(address);
        self.targets
            .check(address)
            .map_err(|why| AddressRefusal::NotPublic { address, why })?;
        {
            // Held while the browser's results may arrive: a run starts before they are
            // taken, or not at all.
            let mut families = check.lock_families();
            let late = check.accepted.elapsed() > ADDRESS_WINDOW;
            if late || check.egress_received.load(Ordering::SeqCst) {
                return Err(AddressRefusal::TooLate);
            }
            if families.contains(&family) {
                return Ok(AddressTaken::AlreadyProbed(family));
            }
            // Counted as a check of its own household and network, within every limit.
            let in_flight = self
                .admission
                .admit(address)
                .map_err(AddressRefusal::Refused)?;
            families.push(family);
            check
                .stun_passes
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push(self.egress.stun_pass(address));
            check.family_runs.send_modify(|runs| *runs += 1);
            tokio::spawn(
                self.clone()
                    .run_family(id.clone(), address, check.clone(), in_flight),
            );
        }
        tracing::info!(
            check = %ids::log_label(id.as_str()),
            target = %mask_address(address),
            "check reached over {}", family.label()
        );
        Ok(AddressTaken::Probing(family))
    }

    /// Probes the visitor's address of another family and stores what it found beside
    /// the report; its probes stream with the check's while the check runs.
    async fn run_family(
        self: Arc<Self>,
        id: CheckId,
        target: IpAddr,
        check: Arc<RunningCheck>,
        in_flight: InFlight,
    ) {
        // Whatever happens, the browser's wait for this run ends.
        let _done = RunDone(check.clone());
        // Its own round trips: the other family's path may be slower or faster. Its
        // results stream with the check's until the check has ended (the stored report
        // has them).
        let round_trips = self.prober.round_trips();
        let probes = self.probe_back(target, &round_trips, &check.log).await;
        let probes = FamilyProbes {
            family: AddressFamily::of(target),
            target: mask_address(target),
            probes,
        };
        let expires = self.report_expiry(check.created);
        if let Err(error) = self
            .store
            .save_family_probes(&id, &probes, unix(expires))
            .await
        {
            tracing::error!(%error, check = %ids::log_label(id.as_str()), "could not store the other family's probes");
        }
        // Its place is freed once its probes are stored, as a check's is: shutting down
        // waits for it.
        drop(in_flight);
    }
}

/// Marks a family run ended when dropped.
struct RunDone(Arc<RunningCheck>);

impl Drop for RunDone {
    fn drop(&mut self) {
        self.0
            .family_runs
            .send_modify(|runs| *runs = runs.saturating_sub(1));
    }
}

impl RunningCheck {
    fn lock_families(&self) -> std::sync::MutexGuard<'_, Vec<AddressFamily>> {
        self.families.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Marks the browser's results taken; `true` if they already were.
    pub(super) fn take_egress(&self) -> bool {
        let _families = self.lock_families();
        self.egress_received.swap(true, Ordering::SeqCst)
    }

    /// Resolves once every run of another family's address has ended, or at `until`.
    pub(super) async fn family_runs_ended(&self, until: tokio::time::Instant) {
        let mut runs = self.family_runs.subscribe();
        let _ = tokio::time::timeout_at(until, runs.wait_for(|runs| *runs == 0)).await;
    }
}

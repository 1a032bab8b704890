//! The probe engine: connects back to one address on a fixed list of ports and says what
//! the packets said. No HTTP types here; the caller decides what to do with results.
//!
//! A check waits for its turn: in the order checks came, once the server keeps time (see
//! [`lag`]) and has a socket for each of its probes (a semaphore bounds them server-wide).
//! Then every probe of the check runs at once. An attempt waits as long as the visitor's
//! round trips say (learnt from the probes of the same check that were answered, see
//! [`timing`]), and silence is tried again within a budget; the check's probes are bounded
//! by a deadline counted from its turn.

mod lag;
mod network;
mod sip;
mod timing;

use std::{
    io,
    net::{IpAddr, SocketAddr},
    sync::Arc,
    time::Duration,
};

use futures_util::{StreamExt, stream::FuturesUnordered};
use ringcheck_shared::{
    catalog::Transport,
    check::{PlannedProbe, ProbeResult, ProbeState},
    family::AddressFamily,
    probe_detail::{NotRunWhy, ProbeDetail},
};
use tokio::{
    sync::Semaphore,
    task::JoinSet,
    time::{Instant, timeout_at},
};

use lag::Lag;
pub use network::{Network, SystemNetwork};
use timing::MAX_ATTEMPTS;
pub use timing::RoundTrips;

#[derive(Debug, Clone, Copy)]
pub struct ProbeConfig {
    /// How long one attempt waits for any answer before another port of the check has
    /// answered, and the most it ever waits.
    pub attempt_timeout: Duration,
    /// The least an attempt waits, however fast the visitor's network answers.
    pub min_attempt_timeout: Duration,
    /// Further attempts after silence at the full wait; silence is listened to for
    /// `attempt_timeout × (1 + retries)` in all, in as many shorter attempts as fit (at
    /// most five). An explicit answer is never retried.
    pub retries: u8,
    /// Bound on a check's probes from their turn on.
    pub deadline: Duration,
    /// How long a check waits for its turn (sockets for all its probes, in the order
    /// checks arrived) before its probes are given up as not run.
    pub turn_wait: Duration,
    /// Probe sockets open at once, server-wide.
    pub max_sockets: usize,
}

/// Runs checks; one per server, shared by every check so the socket bound is global.
pub struct Prober<N = SystemNetwork> {
    network: Arc<N>,
    config: ProbeConfig,
    sockets: Arc<Semaphore>,
    /// Checks waiting for their turn, in the order they came.
    line: tokio::sync::Mutex<()>,
    lag: Arc<Lag>,
}

impl<N: Network> Prober<N> {
    pub fn new(network: N, config: ProbeConfig) -> Self {
        Self {
            network: Arc::new(network),
            sockets: Arc::new(Semaphore::new(config.max_sockets)),
            config,
            line: tokio::sync::Mutex::new(()),
            lag: Arc::new(Lag::default()),
        }
    }

    pub fn config(&self) -> &ProbeConfig {
        &self.config
    }

    /// The longest a check's probes may take: waiting for their turn, then running.
    pub fn longest_check(&self) -> Duration {
        self.config.turn_wait + self.config.deadline
    }

    /// The round trips of one check, empty: what its probes learn, and whatever else
    /// tells the visitor's round trip, sets their waits.
    pub fn round_trips(&self) -> Arc<RoundTrips> {
        Arc::new(RoundTrips::new(
            self.config.min_attempt_timeout,
            self.config.attempt_timeout,
        ))
    }

    /// Probes `target` on every port of `plan` at once, waiting as `round_trips` say (see
    /// [`Prober::round_trips`]). `on_result` sees each result as soon as it is known; the
    /// returned list is in plan order.
    pub async fn run(
        &self,
        target: IpAddr,
        plan: &[PlannedProbe],
        round_trips: &Arc<RoundTrips>,
        mut on_result: impl FnMut(&ProbeResult),
    ) -> Vec<ProbeResult> {
        // A check's turn comes in the order checks arrived, when the server keeps time (see
        // [`lag`]) and has sockets for all its probes; its deadline counts from then: behind
        // a burst a check waits, and is then measured as carefully as if there had been
        // none.
        let family = AddressFamily::of(target);
        let wanted = plan.len().min(self.config.max_sockets);
        let turn = timeout_at(Instant::now() + self.config.turn_wait, async {
            let _first_in_line = self.line.lock().await;
            self.lag.on_time().await;
            self.sockets.clone().acquire_many_owned(wanted as u32).await
        })
        .await;
        let mut turn = match turn {
            Ok(Ok(sockets)) => sockets,
            Ok(Err(_closed)) => {
                return not_run(plan, family, NotRunWhy::ShuttingDown, on_result);
            }
            Err(_late) => {
                return not_run(plan, family, NotRunWhy::TooBusy, on_result);
            }
        };
        let deadline = Instant::now() + self.config.deadline;
        let mut probes = JoinSet::new();
        for (index, planned) in plan.iter().enumerate() {
            let network = self.network.clone();
            let sockets = self.sockets.clone();
            let config = self.config;
            let round_trips = round_trips.clone();
            let address = SocketAddr::new(target, planned.port.get());
            let transport = planned.transport;
            // Only with fewer sockets in all than the plan has probes does one wait alone.
            let socket = turn.split(1);
            probes.spawn(async move {
                let bounded = timeout_at(deadline, async {
                    let socket = match socket {
                        Some(socket) => Ok(socket),
                        None => sockets.clone().acquire_owned().await,
                    };
                    let Ok(_socket) = socket else {
                        return Outcome::not_run(NotRunWhy::ShuttingDown);
                    };
                    probe(
                        &*network,
                        &config,
                        &round_trips,
                        &sockets,
                        transport,
                        address,
                    )
                    .await
                });
                let outcome = bounded
                    .await
                    .unwrap_or_else(|_| Outcome::not_run(NotRunWhy::TooBusy));
                (index, outcome)
            });
        }

        let mut results: Vec<Option<ProbeResult>> = vec![None; plan.len()];
        while let Some(joined) = probes.join_next().await {
            let Ok((index, outcome)) = joined else {
                continue; // a panicked probe is reported below as not run
            };
            let result = outcome.into_result(&plan[index], family);
            on_result(&result);
            results[index] = Some(result);
        }
        results
            .into_iter()
            .zip(plan)
            .map(|(result, planned)| {
                result.unwrap_or_else(|| {
                    let outcome = Outcome::not_run(NotRunWhy::ProbeFailed);
                    let result = outcome.into_result(planned, family);
                    on_result(&result);
                    result
                })
            })
            .collect()
    }
}

/// Every probe of `plan` as not run, for `why`.
fn not_run(
    plan: &[PlannedProbe],
    family: AddressFamily,
    why: NotRunWhy,
    mut on_result: impl FnMut(&ProbeResult),
) -> Vec<ProbeResult> {
    plan.iter()
        .map(|planned| {
            let result = Outcome::not_run(why).into_result(planned, family);
            on_result(&result);
            result
        })
        .collect()
}

/// What one probe found, before it is tied to its plan entry.
#[derive(Debug, Clone, PartialEq)]
struct Outcome {
    state: ProbeState,
    rtt: Option<Duration>,
    attempts: u8,
    detail: ProbeDetail,
}

impl Outcome {
    fn not_run(why: NotRunWhy) -> Self {
        Self {
            state: ProbeState::Error,
            rtt: None,
            attempts: 0,
            detail: ProbeDetail::NotRun(why),
        }
    }

    fn into_result(self, planned: &PlannedProbe, family: AddressFamily) -> ProbeResult {
        ProbeResult {
            entry: planned.entry.clone(),
            transport: planned.transport,
            port: planned.port,
            family: Some(family),
            state: self.state,
            rtt_ms: self
                .rtt
                .map(|rtt| (rtt.as_secs_f64() * 10_000.0).round() / 10.0),
            attempts: self.attempts,
            detail: self.detail,
        }
    }
}

/// Tries until something answers or the silence budget is spent. Each attempt waits as
/// long as the check's round trips say at that moment (a wait that shrinks when the first
/// answers come in ends an attempt under way sooner), never past the budget; a further
/// attempt is made only if it fits the budget whole. Earlier attempts stay open while a
/// socket is free for them, so an answer slower than the wait still counts.
async fn probe<N: Network>(
    network: &N,
    config: &ProbeConfig,
    round_trips: &RoundTrips,
    sockets: &Arc<Semaphore>,
    transport: Transport,
    address: SocketAddr,
) -> Outcome {
    let budget = config.attempt_timeout * (1 + u32::from(config.retries));
    let probe_started = Instant::now();
    let budget_ends = probe_started + budget;
    let mut pending = FuturesUnordered::new();
    let mut extra_sockets = Vec::new();
    let mut attempts = 0;
    loop {
        attempts += 1;
        let started = Instant::now();
        pending.push(attempt(network, transport, address));
        if let Some(Some((started, answer))) =
            within_wait(round_trips, started, budget_ends, pending.next()).await
        {
            let rtt = started.elapsed();
            let outcome = match answer {
                Ok(()) => Outcome {
                    state: ProbeState::Open,
                    rtt: Some(rtt),
                    attempts,
                    detail: match transport {
                        Transport::Tcp => ProbeDetail::Handshake,
                        Transport::Udp => ProbeDetail::SipReply,
                    },
                },
                Err(error) => classify(transport, &error, Some(rtt), attempts),
            };
            if outcome.state != ProbeState::Error {
                round_trips.record(rtt);
            }
            return outcome;
        }
        let listened = probe_started.elapsed();
        if attempts >= MAX_ATTEMPTS || listened + round_trips.wait() > budget {
            break;
        }
        // The attempts so far stay open beside the next while sockets are plentiful: a
        // quarter stays for the first attempts of other probes, which a busy server must
        // not starve for the sake of retries.
        let spare = sockets.available_permits() > config.max_sockets / 4;
        match spare.then(|| sockets.clone().try_acquire_owned()) {
            Some(Ok(socket)) => extra_sockets.push(socket),
            _ => pending.clear(),
        }
    }
    let waited_ms = u64::try_from(probe_started.elapsed().as_millis()).unwrap_or(u64::MAX);
    match transport {
        Transport::Tcp => Outcome {
            state: ProbeState::Filtered,
            rtt: None,
            attempts,
            detail: ProbeDetail::NoAnswer {
                attempts,
                waited_ms,
            },
        },
        Transport::Udp => Outcome {
            state: ProbeState::OpenOrFiltered,
            rtt: None,
            attempts,
            detail: ProbeDetail::NoSipReply {
                attempts,
                waited_ms,
            },
        },
    }
}

/// One attempt on its own socket: when it began, and what came back.
async fn attempt<N: Network>(
    network: &N,
    transport: Transport,
    address: SocketAddr,
) -> (Instant, io::Result<()>) {
    let started = Instant::now();
    let answer = match transport {
        Transport::Tcp => network.connect_tcp(address).await,
        Transport::Udp => network.sip_options(address).await,
    };
    (started, answer)
}

/// The attempt's answer, or `None` once it has waited as long as the round trips say (the
/// wait is read again whenever it changes), and never past `ends`.
async fn within_wait<T>(
    round_trips: &RoundTrips,
    started: Instant,
    ends: Instant,
    attempt: impl Future<Output = T>,
) -> Option<T> {
    let mut wait = round_trips.watch();
    tokio::pin!(attempt);
    loop {
        let until = (started + *wait.borrow_and_update()).min(ends);
        tokio::select! {
            biased;
            answer = &mut attempt => return Some(answer),
            () = tokio::time::sleep_until(until) => return None,
            changed = wait.changed() => {
                if changed.is_err() {
                    return timeout_at(until, attempt).await.ok();
                }
            }
        }
    }
}

/// An explicit answer from the network, by the error the socket reported.
fn classify(
    transport: Transport,
    error: &io::Error,
    rtt: Option<Duration>,
    attempts: u8,
) -> Outcome {
    let (state, detail) = match (error.kind(), transport) {
        (io::ErrorKind::ConnectionRefused, Transport::Tcp) => {
            (ProbeState::Closed, ProbeDetail::Refused)
        }
        (io::ErrorKind::ConnectionRefused, Transport::Udp) => {
            (ProbeState::Closed, ProbeDetail::PortUnreachable)
        }
        (io::ErrorKind::HostUnreachable, _) => {
            (ProbeState::Unreachable, ProbeDetail::HostUnreachable)
        }
        (io::ErrorKind::NetworkUnreachable, _) => {
            (ProbeState::Unreachable, ProbeDetail::NetworkUnreachable)
        }
        _ => {
            // The server's own trouble: for its operator, never in the visitor's report.
            tracing::warn!(
                transport = transport.label(),
                %error,
                "a probe could not run: its port is reported as not tested"
            );
            (ProbeState::Error, ProbeDetail::CouldNotRun)
        }
    };
    let rtt = (state != ProbeState::Error).then_some(rtt).flatten();
    Outcome {
        state,
        rtt,
        attempts,
        detail,
    }
}

#[cfg(test)]
mod tests;

//! The probe engine: connects back to one address on a fixed list of ports and says what
//! the packets said. No HTTP types here; the caller decides what to do with results.
//!
//! Every probe of a check runs at once, each bounded by a per-attempt timeout with a
//! retry for silence, the whole check by a deadline, and all probes server-wide by a
//! socket semaphore.

mod network;
mod sip;

use std::{
    io,
    net::{IpAddr, SocketAddr},
    sync::Arc,
    time::Duration,
};

use ringcheck_shared::{
    catalog::Transport,
    check::{PlannedProbe, ProbeResult, ProbeState},
};
use tokio::{
    sync::Semaphore,
    task::JoinSet,
    time::{Instant, timeout, timeout_at},
};

pub use network::{Network, SystemNetwork};

#[derive(Debug, Clone, Copy)]
pub struct ProbeConfig {
    /// How long one attempt waits for any answer.
    pub attempt_timeout: Duration,
    /// Further attempts after silence; an explicit answer is never retried.
    pub retries: u8,
    /// Bound on the whole check, queueing for sockets included.
    pub deadline: Duration,
    /// Probe sockets open at once, server-wide.
    pub max_sockets: usize,
}

/// Runs checks; one per server, shared by every check so the socket bound is global.
pub struct Prober<N = SystemNetwork> {
    network: Arc<N>,
    config: ProbeConfig,
    sockets: Arc<Semaphore>,
}

impl<N: Network> Prober<N> {
    pub fn new(network: N, config: ProbeConfig) -> Self {
        Self {
            network: Arc::new(network),
            sockets: Arc::new(Semaphore::new(config.max_sockets)),
            config,
        }
    }

    pub fn config(&self) -> &ProbeConfig {
        &self.config
    }

    /// Probes `target` on every port of `plan` at once. `on_result` sees each result as
    /// soon as it is known; the returned list is in plan order.
    pub async fn run(
        &self,
        target: IpAddr,
        plan: &[PlannedProbe],
        mut on_result: impl FnMut(&ProbeResult),
    ) -> Vec<ProbeResult> {
        let deadline = Instant::now() + self.config.deadline;
        let mut probes = JoinSet::new();
        for (index, planned) in plan.iter().enumerate() {
            let network = self.network.clone();
            let sockets = self.sockets.clone();
            let config = self.config;
            let address = SocketAddr::new(target, planned.port.get());
            let transport = planned.transport;
            probes.spawn(async move {
                let bounded = timeout_at(deadline, async {
                    let Ok(_permit) = sockets.acquire_owned().await else {
                        return Outcome::not_run("the server is shutting down");
                    };
                    probe(&*network, &config, transport, address).await
                });
                let outcome = bounded.await.unwrap_or_else(|_| {
                    Outcome::not_run("the server was too busy to run this probe in time")
                });
                (index, outcome)
            });
        }

        let mut results: Vec<Option<ProbeResult>> = vec![None; plan.len()];
        while let Some(joined) = probes.join_next().await {
            let Ok((index, outcome)) = joined else {
                continue; // a panicked probe is reported below as not run
            };
            let result = outcome.into_result(&plan[index]);
            on_result(&result);
            results[index] = Some(result);
        }
        results
            .into_iter()
            .zip(plan)
            .map(|(result, planned)| {
                result.unwrap_or_else(|| {
                    let outcome = Outcome::not_run("the probe failed inside Ring Check");
                    let result = outcome.into_result(planned);
                    on_result(&result);
                    result
                })
            })
            .collect()
    }
}

/// What one probe found, before it is tied to its plan entry.
#[derive(Debug, Clone, PartialEq)]
struct Outcome {
    state: ProbeState,
    rtt: Option<Duration>,
    attempts: u8,
    detail: String,
}

impl Outcome {
    fn not_run(why: &str) -> Self {
        Self {
            state: ProbeState::Error,
            rtt: None,
            attempts: 0,
            detail: format!("not tested: {why}"),
        }
    }

    fn into_result(self, planned: &PlannedProbe) -> ProbeResult {
        ProbeResult {
            entry: planned.entry.clone(),
            transport: planned.transport,
            port: planned.port,
            state: self.state,
            rtt_ms: self
                .rtt
                .map(|rtt| (rtt.as_secs_f64() * 10_000.0).round() / 10.0),
            attempts: self.attempts,
            detail: self.detail,
        }
    }
}

/// Tries until something answers or the attempts run out.
async fn probe<N: Network>(
    network: &N,
    config: &ProbeConfig,
    transport: Transport,
    address: SocketAddr,
) -> Outcome {
    let attempts = 1 + config.retries;
    for attempt in 1..=attempts {
        let started = Instant::now();
        let answer = match transport {
            Transport::Tcp => timeout(config.attempt_timeout, network.connect_tcp(address)).await,
            Transport::Udp => timeout(config.attempt_timeout, network.sip_options(address)).await,
        };
        let rtt = Some(started.elapsed());
        match answer {
            Ok(Ok(())) => {
                let detail = match transport {
                    Transport::Tcp => "the TCP handshake completed",
                    Transport::Udp => "a reply came back to the SIP OPTIONS request",
                };
                return Outcome {
                    state: ProbeState::Open,
                    rtt,
                    attempts: attempt,
                    detail: detail.into(),
                };
            }
            Ok(Err(error)) => return classify(transport, &error, rtt, attempt),
            Err(_silence) => {}
        }
    }
    let waited = config.attempt_timeout.as_millis();
    match transport {
        Transport::Tcp => Outcome {
            state: ProbeState::Filtered,
            rtt: None,
            attempts,
            detail: format!("no answer to {attempts} connection attempts of {waited} ms each"),
        },
        Transport::Udp => Outcome {
            state: ProbeState::OpenOrFiltered,
            rtt: None,
            attempts,
            detail: format!(
                "no reply to {attempts} SIP OPTIONS datagrams of {waited} ms each: a silent \
                 service and a firewall that drops look the same"
            ),
        },
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
        (io::ErrorKind::ConnectionRefused, Transport::Tcp) => (
            ProbeState::Closed,
            "connection refused (TCP reset)".to_owned(),
        ),
        (io::ErrorKind::ConnectionRefused, Transport::Udp) => {
            (ProbeState::Closed, "ICMP port unreachable".to_owned())
        }
        (io::ErrorKind::HostUnreachable, _) => (
            ProbeState::Unreachable,
            "ICMP host unreachable or administratively prohibited".to_owned(),
        ),
        (io::ErrorKind::NetworkUnreachable, _) => {
            (ProbeState::Unreachable, "network unreachable".to_owned())
        }
        _ => (
            ProbeState::Error,
            format!("not tested: the probe could not run ({error})"),
        ),
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

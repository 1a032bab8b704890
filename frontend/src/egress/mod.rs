//! The browser's outward tests, run in parallel: a beacon fetch per TCP port, an ICE
//! gathering per UDP port, and one gathering with every STUN responder at once for the
//! NAT mapping (outside ports compared across destinations). Where the plan names a host
//! per address family, every test runs once per family, at that family's host, and the
//! page tells the server its address in each (the check's address endpoint, called at
//! that host), so it probes each back too.
//! Every test ends by its own wait, learnt from the first answers ([`waits`]); none can
//! hang the check.

mod beacon;
mod ice;
mod waits;

use waits::{FamilyWaits, Waits};

use futures_util::{
    FutureExt, StreamExt,
    future::{Either, LocalBoxFuture, join, join_all, select},
    stream::FuturesUnordered,
};
use gloo_timers::future::TimeoutFuture;
use ringcheck_shared::{
    catalog::Transport,
    egress::{EgressMethod, EgressPlan, EgressResult, EgressState, MAX_RTT_MS, NatMapping},
    family::AddressFamily,
    port::Port,
    routes::server::BEACON,
};

/// Runs every testable target of `plan`, once per address family it names, reporting
/// each result the moment it is known, and tells the server the visitor's address in
/// each family at `address_path` (the check's address endpoint); returns the results with
/// the NAT mapping, if two STUN responders told it.
pub async fn run(
    plan: &EgressPlan,
    address_path: &str,
    on_result: impl Fn(EgressResult),
) -> (Vec<EgressResult>, Option<NatMapping>) {
    // Where to test: each family's host, or the page's own (whichever family it takes).
    let hosts: Vec<(Option<AddressFamily>, String)> = if plan.families.is_empty() {
        vec![(None, crate::browser::hostname())]
    } else {
        plan.families
            .iter()
            .map(|host| (Some(host.family), host.host.clone()))
            .collect()
    };
    let mixed_content = !plan.beacons_tls && crate::browser::is_https();
    let beacons = plan
        .targets
        .iter()
        .filter(|t| matches!(t.method, EgressMethod::Beacon { .. }))
        .count();
    // Beacon tests each family runs: none where the browser would block them.
    let beacons = if mixed_content { 0 } else { beacons as u32 };
    let waits = Waits::new(plan.timeout_ms, beacons);
    let waits = &waits;
    let scheme = if plan.beacons_tls { "https" } else { "http" };
    let tests: FuturesUnordered<_> = hosts
        .iter()
        .flat_map(|(family, host)| {
            plan.targets
                .iter()
                .map(move |target| (*family, host.as_str(), target))
        })
        .filter_map(|(family, host, target)| {
            let url = match target.method {
                EgressMethod::Beacon { public_port } => format!(
                    "{scheme}://{host}:{public_port}{BEACON}?token={}",
                    plan.token
                ),
                EgressMethod::Stun { public_port } => format!("stun:{host}:{public_port}"),
                EgressMethod::NotTestable { .. } | EgressMethod::Unavailable { .. } => return None,
            };
            let (transport, port) = (target.transport, target.port);
            let waits = waits.of(family);
            Some(async move {
                // Boxed, so the tests are not inlined into this loop: kilobytes of Wasm.
                let test: LocalBoxFuture<Tested> = match transport {
                    // An https page may not fetch http: the browser would block it unseen.
                    Transport::Tcp if mixed_content => Box::pin(async { Tested::Not }),
                    Transport::Tcp => Box::pin(beacon::test(&url, &plan.token, waits)),
                    Transport::Udp => Box::pin(ice::reachable(&url, waits)),
                };
                let (state, rtt_ms, waited_ms) = match test.await {
                    Tested::Reached(rtt) => {
                        let rtt = rtt.min(MAX_RTT_MS);
                        waits.record(transport, rtt);
                        (EgressState::Reached, Some(rtt), None)
                    }
                    // A computer that slept mid-check may have waited longer than
                    // any wait the server takes.
                    Tested::NoAnswer(waited) => {
                        (EgressState::NoAnswer, None, Some(waited.min(MAX_RTT_MS)))
                    }
                    Tested::Other(state) => {
                        if transport == Transport::Tcp && state == EgressState::Failed {
                            waits.tcp_failed();
                        }
                        (state, None, None)
                    }
                    Tested::Not => (EgressState::NotTested, None, None),
                    Tested::Unsupported => (EgressState::Unsupported, None, None),
                };
                EgressResult {
                    transport,
                    port,
                    family,
                    state,
                    rtt_ms,
                    waited_ms,
                }
            })
        })
        .collect();
    let results = tests
        .map(|result| {
            on_result(result.clone());
            result
        })
        .collect::<Vec<_>>();
    // The mapping is the first family's: Ring's documented one, where NAT is.
    let (first_family, first_host) = &hosts[0];
    let stun_ports: Vec<Port> = plan
        .targets
        .iter()
        .filter_map(|t| match t.method {
            EgressMethod::Stun { public_port } => Some(public_port),
            _ => None,
        })
        .collect();
    let nat = nat_mapping(first_host, &stun_ports, waits.of(*first_family));
    let addresses: Vec<LocalBoxFuture<()>> = if plan.families.is_empty() {
        Vec::new()
    } else {
        hosts
            .iter()
            .map(|(family, host)| -> LocalBoxFuture<()> {
                Box::pin(tell_address(
                    host,
                    address_path,
                    &plan.token,
                    waits.of(*family),
                ))
            })
            .collect()
    };
    let ((results, mapped_ports), _) = join(join(results, nat), join_all(addresses)).await;
    let responders_reached = results
        .iter()
        .filter(|r| r.family == *first_family)
        .filter(|r| r.transport == Transport::Udp && r.state == EgressState::Reached)
        .count();
    let nat = mapped_ports.and_then(|ports| judge_nat(&ports, responders_reached));
    (results, nat)
}

/// Calls the check's address endpoint at `host`, so the server learns (from the request
/// itself) the visitor's address in that host's family; within the family's ceiling, and
/// never an error to the visitor: a family the home lacks simply fails. Its answer is the
/// family's first TCP round trip, a first lookup of the host's name included, which the
/// family's tests still under way then wait on; its failure says the host cannot be
/// reached over the family, whose tests then wait no longer than the floors.
async fn tell_address(host: &str, address_path: &str, token: &str, waits: FamilyWaits<'_>) {
    let url = format!("{}{address_path}", crate::browser::origin_at(host));
    let started = js_sys::Date::now();
    let ceiling = waits.ceiling_ms();
    let told = within_wait(started, &|| ceiling, crate::api::tell_address(&url, token)).await;
    match told {
        Some(true) => {
            let took = (js_sys::Date::now() - started).max(0.0) as u32;
            waits.record(Transport::Tcp, took.min(MAX_RTT_MS));
        }
        Some(false) => waits.unreachable(),
        // Still waiting at the ceiling: the tests have waited as long already.
        None => {}
    }
}

/// The distinct `(network, outside port)`s one connection got from every STUN responder
/// at once.
async fn nat_mapping(
    host: &str,
    stun_ports: &[Port],
    waits: FamilyWaits<'_>,
) -> Option<Vec<ice::Mapped>> {
    if stun_ports.len() < 2 {
        return None;
    }
    let servers: Vec<String> = stun_ports
        .iter()
        .map(|public| format!("stun:{host}:{public}"))
        .collect();
    let gathered = ice::gather(&servers, waits, two_ports_on_one_network).await?;
    Some(gathered.found)
}

/// Whether one network (interface and address family) got two outside ports. Across
/// networks ports always differ (Wi-Fi and a VPN, IPv4 and IPv6), and say nothing.
fn two_ports_on_one_network(found: &[ice::Mapped]) -> bool {
    found.iter().any(|a| {
        found
            .iter()
            .any(|b| a.network == b.network && a.port != b.port)
    })
}

/// Needs two responders reachable on their own. Then two outside ports on one network:
/// a new port per destination; one: the same for all (Chromium merges identical
/// candidates). Anything else says nothing.
fn judge_nat(mapped: &[ice::Mapped], responders_reached: usize) -> Option<NatMapping> {
    if responders_reached < 2 || mapped.is_empty() {
        None
    } else if two_ports_on_one_network(mapped) {
        Some(NatMapping::EndpointDependent)
    } else {
        Some(NatMapping::EndpointIndependent)
    }
}

/// What one outward test found.
enum Tested {
    /// Answered, after this many milliseconds.
    Reached(u32),
    /// Nothing came in this many milliseconds.
    NoAnswer(u32),
    /// Failed, intercepted, or not tested.
    Other(EgressState),
    /// Not run at all.
    Not,
    /// This browser cannot run this kind of test (no WebRTC).
    Unsupported,
}

/// `future`'s output, or `None` once `wait()` milliseconds have passed since `started`
/// (a clock reading); the wait is read again every 100 ms, as first answers shorten it.
/// An answer that came while the page was too busy to look is still an answer: the
/// future is asked once more before it is given up.
async fn within_wait<T>(
    started: f64,
    wait: &dyn Fn() -> u32,
    future: impl std::future::Future<Output = T>,
) -> Option<T> {
    let mut future = std::pin::pin!(future);
    loop {
        let left = started + f64::from(wait()) - js_sys::Date::now();
        if left <= 0.0 {
            return future.as_mut().now_or_never();
        }
        let slice = TimeoutFuture::new((left as u32).clamp(1, 100));
        if let Either::Left((output, _)) = select(future.as_mut(), slice).await {
            return Some(output);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mapped(network: &str, port: u16) -> ice::Mapped {
        ice::Mapped {
            network: network.to_owned(),
            port,
        }
    }

    #[test]
    fn a_new_outside_port_per_destination_is_endpoint_dependent() {
        let found = [mapped("1", 40000), mapped("1", 40002)];
        assert!(two_ports_on_one_network(&found));
        assert_eq!(judge_nat(&found, 2), Some(NatMapping::EndpointDependent));
    }

    #[test]
    fn one_outside_port_for_every_destination_is_endpoint_independent() {
        assert_eq!(
            judge_nat(&[mapped("1", 40000)], 2),
            Some(NatMapping::EndpointIndependent)
        );
    }

    #[test]
    fn ports_on_different_networks_are_not_a_new_port_per_destination() {
        let found = [mapped("1", 40000), mapped("2", 50000)];
        assert!(!two_ports_on_one_network(&found));
        assert_eq!(judge_nat(&found, 2), Some(NatMapping::EndpointIndependent));
    }

    #[test]
    fn without_two_responders_reached_or_any_mapping_there_is_no_verdict() {
        let found = [mapped("1", 40000), mapped("1", 40002)];
        assert_eq!(judge_nat(&found, 1), None);
        assert_eq!(judge_nat(&[], 3), None);
    }
}

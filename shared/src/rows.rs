//! The rows of "Every test": each transport and port a check tested, outbound (from the
//! browser) and inbound (from our server) side by side, with what it means; on a check
//! that tells address families apart, a side per family, the one Ring documents for its
//! devices first. The live page and a shared report render the same rows, made here from
//! the plan (which names its entries, so no catalogue is needed) and the results so far.

use crate::{
    catalog::Transport,
    check::{CheckPlan, EntryLabel, ProbeResult},
    egress::{EgressMethod, EgressResult, EgressState},
    family::AddressFamily,
    port::Port,
    verdict::{Evidence, Reading, RowMeaning},
};

/// One row: a transport and port, and what each direction found so far over each family.
pub struct TestRow<'a> {
    /// "tcp-443": unique within a check.
    pub key: String,
    pub entry: &'a EntryLabel,
    pub transport: Transport,
    pub port: Port,
    /// The family the verdicts are judged on, or the only side of a check that did not
    /// tell families apart.
    pub main: Side<'a>,
    /// The other family, once it has reached Ring Check (a home with one family shows
    /// one side).
    pub other: Option<Side<'a>>,
}

/// What one family's tests found for a row.
pub struct Side<'a> {
    /// `None` when the check did not tell families apart.
    pub family: Option<AddressFamily>,
    pub outbound: Outbound<'a>,
    pub inbound: Inbound<'a>,
    /// What the browser's result says, once there is one.
    pub outbound_reading: Reading,
    /// What it means for the customer.
    pub meaning: Meaning<'a>,
}

/// What a row means: what the tests say, or why the browser could not test it (the
/// plan's reason), or nothing yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Meaning<'a> {
    Said(RowMeaning),
    Reason(&'a str),
    Nothing,
}

/// How far a sampled range's test has got, or what it found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SampleOutcome {
    /// `done` of `of` ports tested so far.
    Testing { done: usize, of: usize },
    /// `passed` of `of` ports got out.
    GotOut { passed: usize, of: usize },
}

impl TestRow<'_> {
    /// Whether the row is one port of a range tested by sample (the media range).
    pub fn is_sampled(&self) -> bool {
        self.entry.sampled.is_some()
    }

    /// Each side, the main one first.
    pub fn sides(&self) -> impl Iterator<Item = &Side<'_>> {
        std::iter::once(&self.main).chain(&self.other)
    }
}

/// The browser's side of a row.
pub enum Outbound<'a> {
    /// The browser does not test this port (the server probes it inward).
    NotPlanned,
    /// Planned, no result yet.
    Pending,
    /// Browsers cannot test it at all (DNS, NTP), and why, in the words the plan came with.
    NotTestable(&'a str),
    /// This server cannot test it right now, and why, in the words the plan came with.
    Unavailable(&'a str),
    Done(&'a EgressResult),
}

/// The server's side of a row.
pub enum Inbound<'a> {
    NotPlanned,
    Pending,
    /// The check ended without an address of this family to probe (the browser did not
    /// reach Ring Check over it).
    NoAddress,
    Done(&'a ProbeResult),
}

/// Every transport and port of either direction, grouped by catalogue entry, TCP first.
/// `finished`: the check has ended, so a family without probes had no address to probe.
pub fn test_rows<'a>(
    plan: &'a CheckPlan,
    probes: &'a [ProbeResult],
    egress: &'a [EgressResult],
    finished: bool,
) -> Vec<TestRow<'a>> {
    let Some(&main_family) = plan.families.first() else {
        let all = Results::all(plan, probes, egress);
        return rows_of(plan, |entry, transport, port, planned| TestRow {
            key: key(transport, port),
            entry,
            transport,
            port,
            main: all.side(transport, port, planned),
            other: None,
        });
    };
    let main = Results::of(plan, main_family, probes, egress, finished);
    // Another family is shown once something came of it: most homes have one.
    let other = plan
        .families
        .iter()
        .skip(1)
        .map(|&family| Results::of(plan, family, probes, egress, finished))
        .find(Results::came);
    rows_of(plan, |entry, transport, port, planned| TestRow {
        key: key(transport, port),
        entry,
        transport,
        port,
        main: main.side(transport, port, planned),
        other: other
            .as_ref()
            .map(|other| other.side(transport, port, planned)),
    })
}

/// Which directions plan a row: the browser's target's method, and whether it is probed.
#[derive(Clone, Copy)]
struct Planned<'a> {
    outbound: Option<&'a EgressMethod>,
    inbound: bool,
}

/// The rows of `plan` in order, each made by `row`.
fn rows_of<'a>(
    plan: &'a CheckPlan,
    row: impl Fn(&'a EntryLabel, Transport, Port, Planned<'a>) -> TestRow<'a>,
) -> Vec<TestRow<'a>> {
    let mut rows: Vec<TestRow> = Vec::new();
    for entry in &plan.entries {
        for transport in [Transport::Tcp, Transport::Udp] {
            let mut ports: Vec<(Port, Planned)> = Vec::new();
            for target in plan
                .egress
                .iter()
                .filter(|t| t.entry == entry.id && t.transport == transport)
            {
                ports.push((
                    target.port,
                    Planned {
                        outbound: Some(&target.method),
                        inbound: false,
                    },
                ));
            }
            for planned in plan
                .probes
                .iter()
                .filter(|p| p.entry == entry.id && p.transport == transport)
            {
                match ports.iter_mut().find(|(port, _)| *port == planned.port) {
                    Some((_, both)) => both.inbound = true,
                    None => ports.push((
                        planned.port,
                        Planned {
                            outbound: None,
                            inbound: true,
                        },
                    )),
                }
            }
            rows.extend(
                ports
                    .into_iter()
                    .map(|(port, planned)| row(entry, transport, port, planned)),
            );
        }
    }
    rows
}

fn key(transport: Transport, port: Port) -> String {
    format!("{}-{port}", transport.slug())
}

/// One family's results (or all of them), read once.
struct Results<'a> {
    family: Option<AddressFamily>,
    probes: Vec<&'a ProbeResult>,
    egress: Vec<&'a EgressResult>,
    evidence: Evidence<'a>,
    /// The check ended and no address of this family was probed.
    no_address: bool,
}

impl<'a> Results<'a> {
    fn all(plan: &'a CheckPlan, probes: &'a [ProbeResult], egress: &'a [EgressResult]) -> Self {
        Self {
            family: None,
            probes: probes.iter().collect(),
            egress: egress.iter().collect(),
            evidence: Evidence::new(plan, probes, egress),
            no_address: false,
        }
    }

    fn of(
        plan: &'a CheckPlan,
        family: AddressFamily,
        all_probes: &'a [ProbeResult],
        all_egress: &'a [EgressResult],
        finished: bool,
    ) -> Self {
        let probes: Vec<&ProbeResult> = all_probes
            .iter()
            .filter(|p| p.family == Some(family))
            .collect();
        let egress: Vec<&EgressResult> = all_egress
            .iter()
            .filter(|r| r.family == Some(family))
            .collect();
        Self {
            family: Some(family),
            evidence: Evidence::of_family(plan, all_probes, all_egress, Some(family)),
            no_address: finished && probes.is_empty(),
            probes,
            egress,
        }
    }

    /// Whether anything came of this family: a browser test reached us over it, or its
    /// address was probed.
    fn came(&self) -> bool {
        !self.probes.is_empty() || self.egress.iter().any(|r| r.state == EgressState::Reached)
    }

    fn side(&self, transport: Transport, port: Port, planned: Planned<'a>) -> Side<'a> {
        let result = self
            .egress
            .iter()
            .find(|r| r.transport == transport && r.port == port)
            .copied();
        let outbound = match (planned.outbound, result) {
            (None, _) => Outbound::NotPlanned,
            (_, Some(result)) => Outbound::Done(result),
            (Some(EgressMethod::NotTestable { reason }), None) => Outbound::NotTestable(reason),
            (Some(EgressMethod::Unavailable { reason, .. }), None) => Outbound::Unavailable(reason),
            _ => Outbound::Pending,
        };
        let inbound = match self
            .probes
            .iter()
            .find(|r| r.transport == transport && r.port == port)
        {
            _ if !planned.inbound => Inbound::NotPlanned,
            Some(probe) => Inbound::Done(probe),
            None if self.no_address => Inbound::NoAddress,
            None => Inbound::Pending,
        };
        let outbound_reading = match outbound {
            Outbound::Done(result) => self.evidence.egress_reading(result),
            _ => Reading::Unknown,
        };
        Side {
            family: self.family,
            meaning: meaning(&self.evidence, &outbound, &inbound),
            outbound,
            inbound,
            outbound_reading,
        }
    }
}

/// The ports of a sampled range, told together, for one side.
pub struct Sample {
    pub first: Port,
    pub last: Port,
    pub tested: usize,
    pub done: usize,
    pub passed: usize,
    pub blocked: usize,
    /// Ports this browser could not test at all (no WebRTC).
    pub unsupported: usize,
}

impl Sample {
    /// The sampled rows of one range (consecutive in [`test_rows`]), as `side` of each
    /// found them.
    pub fn of<'r, 'a: 'r>(
        rows: &[&'r TestRow<'a>],
        side: impl Fn(&'r TestRow<'a>) -> Option<&'r Side<'a>>,
    ) -> Option<Self> {
        let [first, last] = rows.first()?.entry.sampled?;
        let sides: Vec<&Side> = rows.iter().filter_map(|row| side(row)).collect();
        let count = |wanted: Reading| {
            sides
                .iter()
                .filter(|s| s.outbound_reading == wanted)
                .count()
        };
        Some(Self {
            first,
            last,
            tested: rows.len(),
            done: sides
                .iter()
                .filter(|s| matches!(s.outbound, Outbound::Done(_)))
                .count(),
            passed: count(Reading::Passes),
            blocked: count(Reading::Blocked) + count(Reading::Intercepted),
            unsupported: sides
                .iter()
                .filter(|s| {
                    matches!(s.outbound, Outbound::Done(r) if r.state == EgressState::Unsupported)
                })
                .count(),
        })
    }

    /// How many of its ports got out ("12 of 16"), or how far the test has got.
    pub fn outcome(&self) -> SampleOutcome {
        if self.done < self.tested {
            SampleOutcome::Testing {
                done: self.done,
                of: self.tested,
            }
        } else {
            SampleOutcome::GotOut {
                passed: self.passed,
                of: self.tested,
            }
        }
    }

    /// What it means, as a row's meaning says it; nothing until every port is tested.
    pub fn meaning(&self) -> Option<RowMeaning> {
        Some(match (self.passed, self.blocked) {
            _ if self.done < self.tested => return None,
            (0, 0) if self.unsupported == self.tested => RowMeaning::NotTestableInThisBrowser,
            (0, 0) => RowMeaning::NothingGotOut,
            (_, 0) => RowMeaning::GetsOut,
            (0, _) => RowMeaning::BlockedOnTheWayOut,
            _ => RowMeaning::SomePortsOnly,
        })
    }

    /// About how many ports apart the sampled ones are.
    pub fn spacing(&self) -> u32 {
        sample_spacing(self.first, self.last, self.tested)
    }
}

/// The outbound reading decides when it tells; else the probe; else why it was not tested.
fn meaning<'a>(evidence: &Evidence, outbound: &Outbound<'a>, inbound: &Inbound<'a>) -> Meaning<'a> {
    match (outbound, inbound) {
        (Outbound::Done(result), _) if evidence.egress_reading(result) != Reading::Unknown => {
            Meaning::Said(evidence.egress_meaning(result))
        }
        (_, Inbound::Done(probe)) => Meaning::Said(evidence.probe_meaning(probe)),
        (Outbound::NotTestable(reason) | Outbound::Unavailable(reason), _) => {
            Meaning::Reason(reason)
        }
        (Outbound::Done(result), _) => Meaning::Said(evidence.egress_meaning(result)),
        _ => Meaning::Nothing,
    }
}

/// About how many ports apart `sampled` ports across `first`–`last` are, rounded to the
/// hundred: the spacing is a rough guide, not a measurement ("about one every 3,200").
pub fn sample_spacing(first: Port, last: Port, sampled: usize) -> u32 {
    let span = u32::from(last.get()) - u32::from(first.get());
    let gaps = u32::try_from(sampled.saturating_sub(1)).unwrap_or(1).max(1);
    (span / gaps + 50) / 100 * 100
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        catalog::catalog,
        check::{ProbeState, probe_back_plan},
        egress::{EgressState, EgressTarget, UnavailableWhy, egress_targets, word_reasons},
        family::AddressFamily,
    };

    /// A plan as the server sends it: its reasons worded (here, as their message ids).
    fn plan(media: &[u16]) -> CheckPlan {
        let sample: Vec<Port> = media.iter().map(|&p| Port::known(p)).collect();
        let mut plan = CheckPlan::new(
            catalog(),
            probe_back_plan(catalog()),
            egress_targets(catalog(), &sample, |t, p| {
                if t == Transport::Tcp && p.get() == 9999 {
                    Err(UnavailableWhy::NotAnswering)
                } else {
                    Ok(p)
                }
            }),
        );
        word_reasons(&mut plan.egress, &|id, port| format!("{id} ({port})"));
        plan
    }

    fn reached(port: u16, family: Option<AddressFamily>) -> EgressResult {
        EgressResult {
            transport: Transport::Tcp,
            port: Port::known(port),
            family,
            state: EgressState::Reached,
            rtt_ms: Some(4),
            waited_ms: None,
        }
    }

    fn closed(port: u16, family: Option<AddressFamily>) -> ProbeResult {
        ProbeResult {
            entry: crate::catalog::EntryId::parse("https").unwrap(),
            transport: Transport::Tcp,
            port: Port::known(port),
            family,
            state: ProbeState::Closed,
            rtt_ms: Some(1.0),
            attempts: 1,
            detail: crate::probe_detail::ProbeDetail::default(),
        }
    }

    #[test]
    fn rows_join_both_directions_and_say_what_is_pending_and_why_not() {
        let plan = plan(&[16500, 65000]);
        let egress = [reached(443, None)];
        let probes = [closed(443, None)];
        let rows = test_rows(&plan, &probes, &egress, false);
        let https = rows.iter().find(|r| r.key == "tcp-443").unwrap();
        assert!(matches!(https.main.outbound, Outbound::Done(_)));
        assert!(matches!(https.main.inbound, Inbound::Done(_)));
        assert_eq!(https.main.meaning, Meaning::Said(RowMeaning::GetsOut));
        assert!(https.other.is_none(), "one side without families");
        let http = rows.iter().find(|r| r.key == "tcp-80").unwrap();
        assert!(matches!(http.main.outbound, Outbound::Pending));
        assert!(matches!(http.main.inbound, Inbound::Pending));
        let rss = rows.iter().find(|r| r.key == "tcp-9999").unwrap();
        assert!(matches!(
            rss.main.outbound,
            Outbound::Unavailable("plan-unavailable-not-answering (TCP 9999)")
        ));
        assert_eq!(
            rss.main.meaning,
            Meaning::Reason("plan-unavailable-not-answering (TCP 9999)")
        );
        let ntp = rows.iter().find(|r| r.key == "udp-123").unwrap();
        assert!(matches!(
            ntp.main.outbound,
            Outbound::NotTestable("entry-ntp-not-testable (UDP 123)")
        ));
        assert_eq!(
            ntp.main.meaning,
            Meaning::Reason("entry-ntp-not-testable (UDP 123)")
        );
        let app = rows.iter().find(|r| r.key == "tcp-7076").unwrap();
        assert!(matches!(app.main.outbound, Outbound::NotPlanned));
        let media: Vec<&str> = rows
            .iter()
            .filter(|r| r.is_sampled())
            .map(|r| r.key.as_str())
            .collect();
        assert_eq!(media, ["udp-16500", "udp-65000"]);
        let keys: Vec<&str> = rows.iter().map(|r| r.key.as_str()).collect();
        let mut unique = keys.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), keys.len(), "each port once: {keys:?}");
    }

    #[test]
    fn a_plan_stored_before_reasons_were_codes_shows_its_english() {
        let mut plan = plan(&[]);
        let old = "Ring Check's own test server for TCP 9999 is not answering right now.";
        let rss: &mut EgressTarget = plan
            .egress
            .iter_mut()
            .find(|t| t.port.get() == 9999)
            .unwrap();
        rss.method =
            serde_json::from_str(&format!(r#"{{"unavailable":{{"reason":"{old}"}}}}"#)).unwrap();
        let rows = test_rows(&plan, &[], &[], false);
        let rss = rows.iter().find(|r| r.key == "tcp-9999").unwrap();
        assert!(matches!(rss.main.outbound, Outbound::Unavailable(reason) if reason == old));
        assert_eq!(rss.main.meaning, Meaning::Reason(old));
    }

    #[test]
    fn a_check_that_tells_families_apart_has_a_side_for_each_that_reached_us() {
        use AddressFamily::{Ipv4, Ipv6};
        let plan = plan(&[16500]).with_families(vec![Ipv4, Ipv6]);
        let egress = [reached(443, Some(Ipv6)), reached(443, Some(Ipv4))];
        // Only the IPv6 address was probed: IPv4 reached us by its beacons alone.
        let probes = [closed(443, Some(Ipv6))];
        let rows = test_rows(&plan, &probes, &egress, true);
        let https = rows.iter().find(|r| r.key == "tcp-443").unwrap();
        assert_eq!(
            https.main.family,
            Some(Ipv4),
            "Ring's documented family first"
        );
        assert!(matches!(https.main.inbound, Inbound::NoAddress));
        let ipv6 = https.other.as_ref().expect("IPv6 reached us");
        assert_eq!(ipv6.family, Some(Ipv6));
        assert!(matches!(ipv6.inbound, Inbound::Done(_)));
        assert!(matches!(ipv6.outbound, Outbound::Done(r) if r.family == Some(Ipv6)));

        // A home on IPv4 alone: IPv6 never got through, so it has no side.
        let mut failed = reached(443, Some(Ipv6));
        failed.state = EgressState::Failed;
        failed.rtt_ms = None;
        let egress = [reached(443, Some(Ipv4)), failed];
        let probes = [closed(443, Some(Ipv4))];
        let rows = test_rows(&plan, &probes, &egress, true);
        assert!(rows.iter().all(|r| r.other.is_none()));
    }

    #[test]
    fn the_spacing_of_a_sample_is_a_round_number() {
        let (first, last) = (Port::known(16500), Port::known(65000));
        assert_eq!(sample_spacing(first, last, 16), 3200);
        assert_eq!(sample_spacing(first, last, 6), 9700);
        assert_eq!(
            sample_spacing(first, last, 1),
            48500,
            "one port: the whole span"
        );
    }
}

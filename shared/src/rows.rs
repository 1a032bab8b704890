//! The rows of "Every test": each transport and port a check tested, outbound (from the
//! browser) and inbound (from our server) side by side, with what it means. The live page
//! and a shared report render the same rows, made here from the plan (which names its
//! entries, so no catalogue is needed) and the results so far.

use crate::{
    catalog::Transport,
    check::{CheckPlan, EntryLabel, ProbeResult},
    egress::{EgressMethod, EgressResult},
    port::Port,
    verdict::{Evidence, Reading},
};

/// One row: a transport and port, and what each direction found so far.
pub struct TestRow<'a> {
    /// "tcp-443": unique within a check.
    pub key: String,
    pub entry: &'a EntryLabel,
    pub transport: Transport,
    pub port: Port,
    pub outbound: Outbound<'a>,
    pub inbound: Inbound<'a>,
    /// What the browser's result says, once there is one.
    pub outbound_reading: Reading,
    /// What it means for the customer, in a few words.
    pub meaning: &'a str,
}

impl TestRow<'_> {
    /// Whether the row is one port of a range tested by sample (the media range).
    pub fn is_sampled(&self) -> bool {
        self.entry.sampled.is_some()
    }
}

/// The browser's side of a row.
pub enum Outbound<'a> {
    /// The browser does not test this port (the server probes it inward).
    NotPlanned,
    /// Planned, no result yet.
    Pending,
    /// Browsers cannot test it at all (DNS, NTP).
    NotTestable(&'a str),
    /// This server cannot test it right now, and why.
    Unavailable(&'a str),
    Done(&'a EgressResult),
}

/// The server's side of a row.
pub enum Inbound<'a> {
    NotPlanned,
    Pending,
    Done(&'a ProbeResult),
}

/// Every transport and port of either direction, grouped by catalogue entry, TCP first.
pub fn test_rows<'a>(
    plan: &'a CheckPlan,
    probes: &'a [ProbeResult],
    egress: &'a [EgressResult],
) -> Vec<TestRow<'a>> {
    let evidence = Evidence::new(plan, probes, egress);
    let mut rows: Vec<TestRow> = Vec::new();
    for entry in &plan.entries {
        for transport in [Transport::Tcp, Transport::Udp] {
            let start = rows.len();
            for target in plan
                .egress
                .iter()
                .filter(|t| t.entry == entry.id && t.transport == transport)
            {
                let result = egress
                    .iter()
                    .find(|r| r.transport == transport && r.port == target.port);
                let outbound = match (&target.method, result) {
                    (_, Some(result)) => Outbound::Done(result),
                    (EgressMethod::NotTestable { reason }, None) => Outbound::NotTestable(reason),
                    (EgressMethod::Unavailable { reason }, None) => Outbound::Unavailable(reason),
                    _ => Outbound::Pending,
                };
                rows.push(row(
                    entry,
                    transport,
                    target.port,
                    outbound,
                    Inbound::NotPlanned,
                ));
            }
            for planned in plan
                .probes
                .iter()
                .filter(|p| p.entry == entry.id && p.transport == transport)
            {
                let inbound = probes
                    .iter()
                    .find(|r| r.transport == transport && r.port == planned.port)
                    .map_or(Inbound::Pending, Inbound::Done);
                match rows[start..].iter_mut().find(|r| r.port == planned.port) {
                    Some(row) => row.inbound = inbound,
                    None => rows.push(row(
                        entry,
                        transport,
                        planned.port,
                        Outbound::NotPlanned,
                        inbound,
                    )),
                }
            }
        }
    }
    for row in &mut rows {
        row.meaning = meaning(&evidence, &row.outbound, &row.inbound);
        if let Outbound::Done(result) = row.outbound {
            row.outbound_reading = evidence.egress_reading(result);
        }
    }
    rows
}

/// The ports of a sampled range, told together.
pub struct Sample {
    pub first: Port,
    pub last: Port,
    pub tested: usize,
    pub done: usize,
    pub passed: usize,
    pub blocked: usize,
}

impl Sample {
    /// The sampled rows of one range (consecutive in [`test_rows`]).
    pub fn of(rows: &[&TestRow]) -> Option<Self> {
        let [first, last] = rows.first()?.entry.sampled?;
        let count = |wanted: Reading| rows.iter().filter(|r| r.outbound_reading == wanted).count();
        Some(Self {
            first,
            last,
            tested: rows.len(),
            done: rows
                .iter()
                .filter(|r| matches!(r.outbound, Outbound::Done(_)))
                .count(),
            passed: count(Reading::Passes),
            blocked: count(Reading::Blocked) + count(Reading::Intercepted),
        })
    }

    /// "12 of 16 got out", or how far the test has got.
    pub fn outcome(&self) -> String {
        if self.done < self.tested {
            format!("{} of {} tested", self.done, self.tested)
        } else {
            format!("{} of {} got out", self.passed, self.tested)
        }
    }

    /// What it means, as a row's meaning says it.
    pub fn meaning(&self) -> &'static str {
        match (self.passed, self.blocked) {
            _ if self.done < self.tested => "",
            (0, 0) => "Nothing got out: can't tell",
            (_, 0) => "Gets out",
            (0, _) => "Blocked on the way out",
            _ => "Gets out on some ports only: sessions on the others need Ring's relay",
        }
    }

    pub fn density(&self) -> String {
        sample_density(self.first, self.last, self.tested)
    }
}

fn row<'a>(
    entry: &'a EntryLabel,
    transport: Transport,
    port: Port,
    outbound: Outbound<'a>,
    inbound: Inbound<'a>,
) -> TestRow<'a> {
    TestRow {
        key: format!("{}-{port}", transport.slug()),
        entry,
        transport,
        port,
        outbound,
        inbound,
        outbound_reading: Reading::Unknown,
        meaning: "",
    }
}

/// The outbound reading decides when it tells; else the probe; else why it was not tested.
fn meaning<'a>(evidence: &Evidence, outbound: &Outbound<'a>, inbound: &Inbound<'a>) -> &'a str {
    match (outbound, inbound) {
        (Outbound::Done(result), _) if evidence.egress_reading(result) != Reading::Unknown => {
            evidence.egress_words(result)
        }
        (_, Inbound::Done(probe)) => evidence.probe_words(probe),
        (Outbound::NotTestable(reason) | Outbound::Unavailable(reason), _) => reason,
        (Outbound::Done(result), _) => evidence.egress_words(result),
        _ => "",
    }
}

/// How densely a range was sampled, for people: "16 ports sampled across
/// 16500–65000, about one every 3,200".
pub fn sample_density(first: Port, last: Port, sampled: usize) -> String {
    let span = u32::from(last.get()) - u32::from(first.get());
    let gaps = u32::try_from(sampled.saturating_sub(1)).unwrap_or(1).max(1);
    // Rounded to the hundred: the spacing is a rough guide, not a measurement.
    let every = (span / gaps + 50) / 100 * 100;
    let thousands = every / 1000;
    let every = if thousands > 0 {
        format!("{thousands},{:03}", every % 1000)
    } else {
        every.to_string()
    };
    format!("{sampled} ports sampled across {first}\u{2013}{last}, about one every {every}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        catalog::catalog,
        check::{ProbeState, probe_back_plan},
        egress::{EgressState, egress_targets},
    };

    fn plan(media: &[u16]) -> CheckPlan {
        let sample: Vec<Port> = media.iter().map(|&p| Port::known(p)).collect();
        CheckPlan::new(
            catalog(),
            probe_back_plan(catalog()),
            egress_targets(catalog(), &sample, |t, p| {
                if t == Transport::Tcp && p.get() == 9999 {
                    Err("Ring Check's own test server for TCP 9999 is down.".into())
                } else {
                    Ok(p)
                }
            }),
        )
    }

    #[test]
    fn rows_join_both_directions_and_say_what_is_pending_and_why_not() {
        let plan = plan(&[16500, 65000]);
        let egress = [EgressResult {
            transport: Transport::Tcp,
            port: Port::known(443),
            state: EgressState::Reached,
            rtt_ms: Some(4),
            waited_ms: None,
        }];
        let probes = [ProbeResult {
            entry: crate::catalog::EntryId::parse("https").unwrap(),
            transport: Transport::Tcp,
            port: Port::known(443),
            state: ProbeState::Closed,
            rtt_ms: Some(1.0),
            attempts: 1,
            detail: String::new(),
        }];
        let rows = test_rows(&plan, &probes, &egress);
        let https = rows.iter().find(|r| r.key == "tcp-443").unwrap();
        assert!(matches!(https.outbound, Outbound::Done(_)));
        assert!(matches!(https.inbound, Inbound::Done(_)));
        assert_eq!(https.meaning, "Gets out");
        let http = rows.iter().find(|r| r.key == "tcp-80").unwrap();
        assert!(matches!(http.outbound, Outbound::Pending));
        assert!(matches!(http.inbound, Inbound::Pending));
        let rss = rows.iter().find(|r| r.key == "tcp-9999").unwrap();
        assert!(matches!(rss.outbound, Outbound::Unavailable(_)));
        assert_eq!(
            rss.meaning,
            "Ring Check's own test server for TCP 9999 is down."
        );
        let ntp = rows.iter().find(|r| r.key == "udp-123").unwrap();
        assert!(matches!(ntp.outbound, Outbound::NotTestable(_)));
        let app = rows.iter().find(|r| r.key == "tcp-7076").unwrap();
        assert!(matches!(app.outbound, Outbound::NotPlanned));
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
    fn the_density_of_a_sample_is_said_in_round_numbers() {
        let (first, last) = (Port::known(16500), Port::known(65000));
        assert_eq!(
            sample_density(first, last, 16),
            "16 ports sampled across 16500\u{2013}65000, about one every 3,200"
        );
        assert_eq!(
            sample_density(first, last, 6),
            "6 ports sampled across 16500\u{2013}65000, about one every 9,700"
        );
    }
}

//! What one report's tests say about each port, read once.
//!
//! Two kinds of evidence, read in this order:
//! - the visitor's browser connecting *out* to our beacons and STUN responders: the
//!   direction Ring devices use, so it decides whenever it could test a port;
//! - the server's probes *into* the visitor's network. A port that answers (open or
//!   refused) shows the path carries that port. A port that gets no answer while others
//!   on the same address do shows a firewall that singles it out, which usually blocks
//!   both directions. When nothing answers at all, the router simply drops unsolicited
//!   connections, as most do; that is normal and says nothing about outbound traffic.
//!
//! Either way, a failure only counts as a block when something else got through, so a
//! fault on our side or a network that lets nothing through reads "can't tell".

use crate::{
    catalog::{Catalog, Endpoint, EntryId, Transport},
    check::{CheckPlan, ProbeResult, ProbeState},
    egress::{EgressResult, EgressState},
    family::AddressFamily,
    port::Port,
};

/// What the evidence needs to know of the catalogue: which entries only carry
/// connections in (the Ring app's ports), so their silence is normal. The catalogue knows;
/// so does a check's plan, which the page has without a catalogue of its own.
pub trait Entries {
    fn inbound_only(&self, entry: &EntryId) -> bool;
}

impl Entries for Catalog {
    fn inbound_only(&self, entry: &EntryId) -> bool {
        self.entry(entry.as_str())
            .is_some_and(|entry| entry.direction.is_inbound_only())
    }
}

impl Entries for CheckPlan {
    fn inbound_only(&self, entry: &EntryId) -> bool {
        self.entry(entry).is_some_and(|entry| entry.inbound_only)
    }
}

/// What one test means for the customer, as a row of the results says it; the words are
/// the app's, in the page's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowMeaning {
    GetsOut,
    BlockedOnTheWayOut,
    /// Some ports of a sampled range get out, others not.
    SomePortsOnly,
    NothingGotOut,
    NotTested,
    /// UDP without WebRTC: another browser can test it.
    NotTestableInThisBrowser,
    /// Answered by something else on the way (a proxy, filter or sign-in page).
    Intercepted,
    /// An inbound-only port, open.
    OpenToTheInternet,
    /// An inbound-only port, closed: normal.
    ClosedToTheInternet,
    NotBlocked,
    BlockedByAFirewall,
    /// No reply to a UDP probe: can't tell.
    NoReply,
    /// The router drops what it does not expect: can't tell.
    RouterSilent,
}

/// What the tests say about one transport and port.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    Passes,
    Blocked,
    /// Something on the way answered in the server's place (a proxy, filter or sign-in
    /// page): as good as blocked for a Ring device, and fixed differently.
    Intercepted,
    Unknown,
}

impl Reading {
    pub fn is_blocked(self) -> bool {
        matches!(self, Reading::Blocked | Reading::Intercepted)
    }
}

/// The evidence of one report.
pub struct Evidence<'a> {
    entries: &'a dyn Entries,
    probes: &'a [ProbeResult],
    egress: &'a [EgressResult],
    /// Only this family's results count (one side of a report telling families apart).
    family: Option<AddressFamily>,
    /// Some port answered a probe, so silence elsewhere is selective.
    host_answers: bool,
    /// Some browser test got out, so failures elsewhere are selective.
    browser_gets_out: bool,
}

impl<'a> Evidence<'a> {
    /// From the probes and the browser's results (empty when it sent none).
    pub fn new(
        entries: &'a dyn Entries,
        probes: &'a [ProbeResult],
        egress: &'a [EgressResult],
    ) -> Self {
        Self::of_family(entries, probes, egress, None)
    }

    /// The same, of `family`'s results alone when one is given.
    pub fn of_family(
        entries: &'a dyn Entries,
        probes: &'a [ProbeResult],
        egress: &'a [EgressResult],
        family: Option<AddressFamily>,
    ) -> Self {
        let mut evidence = Self {
            entries,
            probes,
            egress,
            family,
            host_answers: false,
            browser_gets_out: false,
        };
        let host_answers = evidence.probes().any(|p| {
            p.transport == Transport::Tcp
                && matches!(p.state, ProbeState::Open | ProbeState::Closed)
        });
        let browser_gets_out = evidence.egress().any(|r| r.state == EgressState::Reached);
        evidence.host_answers = host_answers;
        evidence.browser_gets_out = browser_gets_out;
        evidence
    }

    /// The probes that count.
    fn probes(&self) -> impl Iterator<Item = &'a ProbeResult> + '_ {
        let family = self.family;
        self.probes
            .iter()
            .filter(move |p| family.is_none_or(|f| p.family == Some(f)))
    }

    /// The browser's results that count.
    fn egress(&self) -> impl Iterator<Item = &'a EgressResult> + '_ {
        let family = self.family;
        self.egress
            .iter()
            .filter(move |r| family.is_none_or(|f| r.family == Some(f)))
    }

    /// Whether the router answered anything: if not, inbound silence is its policy.
    pub fn host_answers(&self) -> bool {
        self.host_answers
    }

    /// Whether the visitor's browser ran outward tests at all.
    pub fn has_egress(&self) -> bool {
        self.egress().next().is_some()
    }

    /// The browser ran its outward tests and not one reached Ring Check's own test
    /// servers: more likely a fault on our side (or a network that lets only this page
    /// through) than a network blocking every Ring port, so nothing is called blocked.
    pub fn nothing_got_out(&self) -> bool {
        !self.browser_gets_out
            && self
                .egress()
                .any(|r| !matches!(r.state, EgressState::NotTested | EgressState::Unsupported))
    }

    /// One probe's reading (inbound).
    pub fn probe_reading(&self, probe: &ProbeResult) -> Reading {
        match probe.state {
            ProbeState::Open | ProbeState::Closed => Reading::Passes,
            ProbeState::Filtered | ProbeState::Unreachable if self.host_answers => Reading::Blocked,
            _ => Reading::Unknown,
        }
    }

    /// One browser test's reading (outbound).
    pub fn egress_reading(&self, result: &EgressResult) -> Reading {
        match result.state {
            EgressState::Reached => Reading::Passes,
            EgressState::Intercepted if self.browser_gets_out => Reading::Intercepted,
            EgressState::Failed | EgressState::NoAnswer if self.browser_gets_out => {
                Reading::Blocked
            }
            _ => Reading::Unknown,
        }
    }

    /// One transport and port: the browser's result if it tells, else the probe's.
    pub fn endpoint(&self, endpoint: Endpoint) -> Reading {
        let outbound = self
            .egress()
            .find(|r| endpoint.is(r.transport, r.port))
            .map_or(Reading::Unknown, |r| self.egress_reading(r));
        if outbound != Reading::Unknown {
            return outbound;
        }
        self.probes()
            .find(|p| endpoint.is(p.transport, p.port))
            .map_or(Reading::Unknown, |p| self.probe_reading(p))
    }

    /// The ports tested in `first..=last` over `transport` (a sampled range), each read.
    pub fn sampled(&self, transport: Transport, first: Port, last: Port) -> Vec<(Port, Reading)> {
        let mut ports: Vec<Port> = self
            .egress()
            .map(|r| (r.transport, r.port))
            .chain(self.probes().map(|p| (p.transport, p.port)))
            .filter(|&(t, port)| t == transport && (first..=last).contains(&port))
            .map(|(_, port)| port)
            .collect();
        ports.sort();
        ports.dedup();
        ports
            .into_iter()
            .map(|port| (port, self.endpoint(Endpoint { transport, port })))
            .collect()
    }

    /// Whether a probe tested a port that only ever carries connections *in* (the Ring
    /// app's listening ports), which are normally closed behind a router.
    fn inbound_only(&self, probe: &ProbeResult) -> bool {
        self.entries.inbound_only(&probe.entry)
    }

    /// What one probe means for the customer, in a few words.
    pub fn probe_meaning(&self, probe: &ProbeResult) -> RowMeaning {
        let inbound_only = self.inbound_only(probe);
        match (self.probe_reading(probe), probe.state) {
            (_, ProbeState::Error) => RowMeaning::NotTested,
            (_, ProbeState::Open) if inbound_only => RowMeaning::OpenToTheInternet,
            (_, ProbeState::Closed | ProbeState::Filtered | ProbeState::Unreachable)
                if inbound_only =>
            {
                RowMeaning::ClosedToTheInternet
            }
            (Reading::Passes, _) => RowMeaning::NotBlocked,
            (Reading::Blocked | Reading::Intercepted, _) => RowMeaning::BlockedByAFirewall,
            (Reading::Unknown, ProbeState::OpenOrFiltered) => RowMeaning::NoReply,
            (Reading::Unknown, _) => RowMeaning::RouterSilent,
        }
    }

    /// What one browser test means for the customer, in a few words.
    pub fn egress_meaning(&self, result: &EgressResult) -> RowMeaning {
        match (self.egress_reading(result), result.state) {
            (Reading::Passes, _) => RowMeaning::GetsOut,
            (_, EgressState::NotTested) => RowMeaning::NotTested,
            (_, EgressState::Unsupported) => RowMeaning::NotTestableInThisBrowser,
            (Reading::Intercepted, _) => RowMeaning::Intercepted,
            (Reading::Blocked, _) => RowMeaning::BlockedOnTheWayOut,
            (_, _) => RowMeaning::NothingGotOut,
        }
    }

    /// The outbound Ring ports this report shows blocked (intercepted ones apart): the
    /// browser's findings, then the probes' for the ports the browser could not test.
    pub fn blocked_ports(&self) -> Vec<Endpoint> {
        self.outbound_with(Reading::Blocked)
    }

    /// The ports something on the way answered in the server's place.
    pub fn intercepted_ports(&self) -> Vec<Endpoint> {
        self.outbound_with(Reading::Intercepted)
    }

    #[cfg(not(target_arch = "wasm32"))]
    /// How `ports` (one kind: all blocked, or all open) read for people and providers:
    /// "TCP 8557"; ports of a sampled range that follow one another in the sample as one
    /// range, with the sampled ports as evidence ("UDP 16500–42366 (9 sampled ports:
    /// 16500, …)"), and the whole range when every sampled port is listed ("UDP
    /// 16500–65000 (all 16 ports tested)"). A provider needs to hear the range, not a list
    /// of samples.
    pub fn port_labels(&self, ports: &[Endpoint], catalog: &Catalog) -> Vec<PortLabel> {
        let mut labels = Vec::new();
        let mut ranges_done = Vec::new();
        for endpoint in ports {
            let range = catalog
                .sampled_range(endpoint.transport)
                .filter(|(first, last)| (*first..=*last).contains(&endpoint.port));
            let Some((first, last)) = range else {
                labels.push(PortLabel::One(*endpoint));
                continue;
            };
            if ranges_done.contains(&(endpoint.transport, first)) {
                continue;
            }
            ranges_done.push((endpoint.transport, first));
            let transport = endpoint.transport;
            let listed = |port: Port| ports.iter().any(|e| e.is(transport, port));
            let sampled: Vec<Port> = self
                .sampled(transport, first, last)
                .into_iter()
                .map(|(port, _)| port)
                .collect();
            if sampled.len() > 1 && sampled.iter().all(|&port| listed(port)) {
                labels.push(PortLabel::WholeRange {
                    transport,
                    first,
                    last,
                    tested: sampled.len(),
                });
                continue;
            }
            // Runs of listed ports with no unlisted sampled port between them.
            for run in sampled.split(|&port| !listed(port)) {
                match run {
                    [] => {}
                    [one] => labels.push(PortLabel::One(Endpoint {
                        transport,
                        port: *one,
                    })),
                    _ => labels.push(PortLabel::Run {
                        transport,
                        sampled: run.to_vec(),
                    }),
                }
            }
        }
        labels
    }

    fn outbound_with(&self, wanted: Reading) -> Vec<Endpoint> {
        let mut found: Vec<Endpoint> = Vec::new();
        let mut add = |transport: Transport, port: Port| {
            let endpoint = Endpoint { transport, port };
            if !found.contains(&endpoint) {
                found.push(endpoint);
            }
        };
        for result in self.egress() {
            if self.egress_reading(result) == wanted {
                add(result.transport, result.port);
            }
        }
        for probe in self.probes() {
            let tested_outbound = self.egress().any(|r| {
                r.transport == probe.transport
                    && r.port == probe.port
                    && self.egress_reading(r) != Reading::Unknown
            });
            if !tested_outbound && !self.inbound_only(probe) && self.probe_reading(probe) == wanted
            {
                add(probe.transport, probe.port);
            }
        }
        found
    }
}

#[cfg(not(target_arch = "wasm32"))]
/// A port or ports as a provider needs to hear them, as data: one port; a sampled range
/// whose every tested port is meant ("UDP 16500–65000 (all 16 ports tested)"); or a run
/// of sampled ports with no other sampled port between them ("UDP 16500–45000 (4
/// sampled ports: 16500, …)").
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PortLabel {
    One(Endpoint),
    WholeRange {
        transport: Transport,
        first: Port,
        last: Port,
        tested: usize,
    },
    Run {
        transport: Transport,
        /// At least two, in order.
        sampled: Vec<Port>,
    },
}

//! Tests from the visitor's browser *outward*, the direction Ring devices connect in:
//! TCP by fetching a beacon that echoes the check's token, UDP by gathering a WebRTC
//! server-reflexive candidate from a STUN responder, and the router's NAT mapping.
//!
//! The server plans them ([`EgressPlan`], part of the `202` that starts a check), the
//! browser runs them and submits an [`EgressSubmission`], and the stored report carries
//! them as an [`EgressReport`], marked as reported by the visitor's browser.

use serde::{Deserialize, Serialize};

use crate::wire::wire_names;
use subtle::ConstantTimeEq;

use crate::{
    catalog::{Catalog, EntryId, TestMethod, Transport},
    family::AddressFamily,
    port::{Port, PortSpec},
};

/// The longest one browser test may wait, in milliseconds; anything claiming longer is
/// not a real measurement.
pub const MAX_RTT_MS: u32 = 60_000;

/// What the browser should test, and where.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EgressPlan {
    /// Echoed by every beacon and required to submit results: 22 URL-safe characters.
    pub token: String,
    /// Whether the beacons speak HTTPS (an `https` page cannot fetch `http` beacons).
    pub beacons_tls: bool,
    /// How long the browser gives each test before calling the port blocked.
    pub timeout_ms: u32,
    pub targets: Vec<EgressTarget>,
    /// Where to run the tests once per address family, the family Ring documents for its
    /// devices first; empty when this server names none, and the browser tests the page's
    /// own host (whichever family it takes).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub families: Vec<FamilyHost>,
}

/// Where the browser reaches this server over one address family: a name with addresses
/// of that family only, or an address, as a URL writes its host (`[2001:db8::1]`).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FamilyHost {
    pub family: AddressFamily,
    pub host: String,
}

impl EgressPlan {
    /// The families the browser must report on, each once per testable target; `[None]`
    /// when the plan names none (the page's own host).
    pub fn result_families(&self) -> Vec<Option<AddressFamily>> {
        if self.families.is_empty() {
            vec![None]
        } else {
            self.families.iter().map(|f| Some(f.family)).collect()
        }
    }

    /// Whether `token` is this plan's: every place that takes the token asks here. Compared
    /// in constant time, so how long a refusal takes says nothing of how much of a guess
    /// was right (only whether its length was, and every token has the same).
    pub fn accepts_token(&self, token: &str) -> bool {
        token.as_bytes().ct_eq(self.token.as_bytes()).into()
    }
}

/// One Ring port, and how the browser reaches it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EgressTarget {
    pub entry: EntryId,
    pub transport: Transport,
    /// The Ring port under test.
    pub port: Port,
    pub method: EgressMethod,
}

/// As JSON, `{"beacon": {"public_port": 9998}}` and so on: externally tagged, which the
/// browser app decodes with far less code than an internally tagged enum.
///
/// Why a target is not tested is data: a code (`why`), or for `not_testable` the target's
/// catalogue entry. Its words, `reason`, are filled in the reader's language only as the
/// server sends a plan ([`word_reasons`]); a stored plan keeps the codes alone:
/// `{"unavailable": {"why": "not-answering"}}` as stored,
/// `{"unavailable": {"why": "not-answering", "reason": "Ring Check's own test server…"}}`
/// as sent. A plan stored before reasons were codes has its English in `reason` and no
/// `why`: `{"unavailable": {"reason": "…"}}`, `{"not_testable": {"reason": "…"}}`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum EgressMethod {
    /// `GET {http|https}://{the page's host}:{public_port}/beacon?token={token}`; the
    /// answer's body is the token.
    Beacon { public_port: Port },
    /// ICE gathering with `stun:{the page's host}:{public_port}` as the only ICE server.
    Stun { public_port: Port },
    /// Not testable from a browser at all (DNS, NTP): the target's catalogue entry says
    /// why, in its message `entry-<id>-not-testable`.
    NotTestable {
        /// Why, in the reader's language, as the server sends a plan; empty as stored.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        reason: String,
    },
    /// Testable, but not here: this server does not listen on the port, or its listener
    /// failed its last self-check, or is turning requests away.
    Unavailable {
        /// Why, as a code; none in a plan stored before reasons were codes. The app reads
        /// the words only, and skips the code: less Wasm to decode it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
        why: Option<UnavailableWhy>,
        /// Why, in the reader's language, as the server sends a plan; empty as stored,
        /// except in a plan stored before reasons were codes: the English it was given.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        reason: String,
    },
}

impl EgressMethod {
    /// Not testable from a browser: the entry says why.
    pub fn not_testable() -> Self {
        EgressMethod::NotTestable {
            reason: String::new(),
        }
    }

    /// Not testable here, for `why`.
    pub fn unavailable(why: UnavailableWhy) -> Self {
        EgressMethod::Unavailable {
            why: Some(why),
            reason: String::new(),
        }
    }
}

wire_names! {
    /// Why this server cannot have the browser test a port it could test: its words are
    /// the message `plan-unavailable-<name>`, whose variable `port` is the target's
    /// ("TCP 9998").
    #[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub enum UnavailableWhy {
        /// No listener is configured for the port.
        NotConfigured = "not-configured",
        /// Its listener could not be opened: that needs administrator rights.
        NeedsRights = "needs-rights",
        /// Its listener could not be opened: another program is using the port.
        InUse = "in-use",
        /// Its listener could not be opened, for another reason.
        CannotOpen = "cannot-open",
        /// Its listener failed its last self-check.
        NotAnswering = "not-answering",
        /// The STUN responders are shedding load.
        Busy = "busy",
        /// A report from before plans were stored: the browser sent no result for it.
        NotTested = "not-tested",
    }
}

impl EgressTarget {
    pub fn is_testable(&self) -> bool {
        matches!(
            self.method,
            EgressMethod::Beacon { .. } | EgressMethod::Stun { .. }
        )
    }

    /// The id of the message that says why the browser does not test this target here
    /// (its variable `port` is the target's, "TCP 9998"); `None` for a target it tests,
    /// and for one stored before reasons were codes, which keeps the English it had.
    pub fn reason_message(&self) -> Option<String> {
        match &self.method {
            EgressMethod::NotTestable { .. } => Some(format!("entry-{}-not-testable", self.entry)),
            EgressMethod::Unavailable { why: Some(why), .. } => {
                Some(format!("plan-unavailable-{}", why.slug()))
            }
            _ => None,
        }
    }
}

/// Fills in why the browser does not test each of `targets` here, in a language:
/// `word(id, port)` is message `id` with its variable `port` ("TCP 9998"). The server
/// words a plan as it sends it, in the language of the request; the app shows the words
/// as they come.
pub fn word_reasons(targets: &mut [EgressTarget], word: &dyn Fn(&str, &str) -> String) {
    for target in targets {
        let Some(id) = target.reason_message() else {
            continue;
        };
        let words = word(
            &id,
            &format!("{} {}", target.transport.label(), target.port),
        );
        if let EgressMethod::NotTestable { reason } | EgressMethod::Unavailable { reason, .. } =
            &mut target.method
        {
            *reason = words;
        }
    }
}

/// Where this server answers a Ring port from the browser: the public port, or why not.
pub type Served = Result<Port, UnavailableWhy>;

/// The browser tests for a check, in catalogue order: every port of an entry tested
/// from the browser (a range by `media_sample`), and every entry a browser cannot test.
/// `served` says where the server listens for a transport and Ring port.
pub fn egress_targets(
    catalog: &Catalog,
    media_sample: &[Port],
    served: impl Fn(Transport, Port) -> Served,
) -> Vec<EgressTarget> {
    let mut targets = Vec::new();
    for entry in &catalog.entries {
        let ports: Vec<Port> = match &entry.ports {
            PortSpec::List { ports } => ports.clone(),
            PortSpec::Range { .. } => media_sample
                .iter()
                .copied()
                .filter(|&port| entry.ports.contains(port))
                .collect(),
        };
        for test in &entry.tests {
            let transport = match test {
                TestMethod::FromBrowser { transport } => *transport,
                TestMethod::NotTestableFromBrowser { .. } => {
                    for &transport in &entry.transports {
                        targets.extend(ports.iter().map(|&port| EgressTarget {
                            entry: entry.id.clone(),
                            transport,
                            port,
                            method: EgressMethod::not_testable(),
                        }));
                    }
                    continue;
                }
                TestMethod::ProbeBack { .. } => continue,
            };
            targets.extend(ports.iter().map(|&port| EgressTarget {
                entry: entry.id.clone(),
                transport,
                port,
                method: match (served(transport, port), transport) {
                    (Ok(public_port), Transport::Tcp) => EgressMethod::Beacon { public_port },
                    (Ok(public_port), Transport::Udp) => EgressMethod::Stun { public_port },
                    (Err(why), _) => EgressMethod::unavailable(why),
                },
            }));
        }
    }
    targets
}

wire_names! {
    /// What one browser test found.
    #[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub enum EgressState {
        /// Our beacon echoed the token, or our STUN responder gave a mapped address.
        Reached = "reached",
        /// The connection failed before the timeout: refused or reset on the way, or given up
        /// by the browser (TCP). Browsers do not say which.
        Failed = "failed",
        /// Nothing came back before the timeout.
        NoAnswer = "no_answer",
        /// Something answered, but not our beacon: a proxy, filter or sign-in page in the way
        /// (an answer without the token, or one the page may not read where ours would be).
        Intercepted = "intercepted",
        /// The browser could not run the test.
        NotTested = "not_tested",
        /// This browser cannot run this kind of test at all (one without WebRTC cannot test
        /// UDP); another browser can.
        Unsupported = "unsupported",
    }
}

/// One browser test's outcome.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct EgressResult {
    pub transport: Transport,
    /// The Ring port tested.
    pub port: Port,
    /// The address family tested, when the plan named one (see [`EgressPlan::families`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<AddressFamily>,
    pub state: EgressState,
    /// Milliseconds until the answer; only for `reached`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rtt_ms: Option<u32>,
    /// Milliseconds the browser waited for an answer that did not come; only for
    /// `no_answer` (the wait depends on how fast the visitor's other tests answered).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waited_ms: Option<u32>,
}

wire_names! {
    /// How the visitor's router maps outgoing UDP, from one WebRTC connection asking two STUN
    /// responders on different ports.
    #[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub enum NatMapping {
        /// The same outside port for every destination: peers can reach the device back.
        EndpointIndependent = "endpoint_independent",
        /// A new outside port per destination (a "symmetric" NAT).
        EndpointDependent = "endpoint_dependent",
    }
}

wire_names! {
    /// The kind of phone the browser runs on, read from its user agent, so verdicts about
    /// the phone's own push path can put the visitor's first.
    #[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    pub enum Phone {
        Android = "android",
        Iphone = "iphone",
    }
}

impl Phone {
    /// Whose paths in the catalogue this phone takes.
    pub fn audience(self) -> crate::catalog::Audience {
        match self {
            Phone::Android => crate::catalog::Audience::AndroidPhones,
            Phone::Iphone => crate::catalog::Audience::Iphones,
        }
    }

    /// From a browser's user agent; `None` for computers and tablets we cannot tell.
    pub fn from_user_agent(user_agent: &str) -> Option<Self> {
        if user_agent.contains("Android") {
            Some(Phone::Android)
        } else if user_agent.contains("iPhone") || user_agent.contains("iPod") {
            Some(Phone::Iphone)
        } else {
            None
        }
    }
}

/// `POST /api/checks/{id}/egress`: what the visitor's browser found.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct EgressSubmission {
    /// The check's egress token, from its `202` answer.
    pub token: String,
    /// One result per testable target of the plan, each once.
    pub results: Vec<EgressResult>,
    /// Absent when fewer than two STUN responders answered.
    #[serde(default)]
    pub nat: Option<NatMapping>,
    /// The phone the browser runs on, if it is one.
    #[serde(default)]
    pub phone: Option<Phone>,
}

/// Who measured the egress results: always the visitor's browser, never the server.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReportedBy {
    #[default]
    VisitorBrowser,
}

/// The browser's results as stored with a report.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EgressReport {
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub reported_by: ReportedBy,
    /// RFC 3339, UTC.
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub received_at: String,
    pub results: Vec<EgressResult>,
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub nat: Option<NatMapping>,
    /// The phone the browser ran on, if it said so; absent in reports before issue 10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub phone: Option<Phone>,
}

#[derive(thiserror::Error, Debug, Clone, PartialEq, Eq)]
pub enum EgressError {
    #[error("the token does not belong to this check")]
    WrongToken,
    #[error("{transport} {port}{family} is not a port this check tests from the browser")]
    UnknownPort {
        transport: &'static str,
        port: Port,
        family: FamilyLabel,
    },
    #[error("{transport} {port}{family} is reported twice")]
    Duplicate {
        transport: &'static str,
        port: Port,
        family: FamilyLabel,
    },
    #[error("{transport} {port}{family} has no result; every planned test needs one")]
    Missing {
        transport: &'static str,
        port: Port,
        family: FamilyLabel,
    },
    #[error(
        "{transport} {port}: a round-trip time belongs only to a reached port, and is at most {MAX_RTT_MS} ms"
    )]
    BadRtt { transport: &'static str, port: Port },
    #[error(
        "{transport} {port}: a wait belongs only to a port that did not answer, and is at most {MAX_RTT_MS} ms"
    )]
    BadWait { transport: &'static str, port: Port },
    #[error("a NAT mapping needs at least two STUN responders reached")]
    NatWithoutResponders,
}

/// " over IPv6" in an error message, or nothing for a plan without families.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FamilyLabel(pub Option<AddressFamily>);

impl std::fmt::Display for FamilyLabel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Some(family) => write!(f, " over {}", family.label()),
            None => Ok(()),
        }
    }
}

impl EgressSubmission {
    /// The JSON serde would write, written by hand so the browser app carries no JSON
    /// serializer (kilobytes of Wasm). Every value is a slug or a number except the token,
    /// which is escaped.
    pub fn to_json(&self) -> String {
        let mut json = String::from("{\"token\":\"");
        for c in self.token.chars() {
            match c {
                '"' => json.push_str("\\\""),
                '\\' => json.push_str("\\\\"),
                c if c.is_control() => json.push_str(&format!("\\u{:04x}", u32::from(c))),
                c => json.push(c),
            }
        }
        json.push_str("\",\"results\":[");
        for (index, result) in self.results.iter().enumerate() {
            if index > 0 {
                json.push(',');
            }
            json.push_str(&format!(
                "{{\"transport\":\"{}\",\"port\":{},\"state\":\"{}\"",
                result.transport.slug(),
                result.port,
                result.state.slug()
            ));
            if let Some(family) = result.family {
                json.push_str(&format!(",\"family\":\"{}\"", family.slug()));
            }
            if let Some(ms) = result.rtt_ms {
                json.push_str(&format!(",\"rtt_ms\":{ms}"));
            }
            if let Some(ms) = result.waited_ms {
                json.push_str(&format!(",\"waited_ms\":{ms}"));
            }
            json.push('}');
        }
        json.push_str("],\"nat\":");
        match self.nat {
            Some(nat) => json.push_str(&format!("\"{}\"", nat.slug())),
            None => json.push_str("null"),
        }
        json.push_str(",\"phone\":");
        match self.phone {
            Some(phone) => json.push_str(&format!("\"{}\"", phone.slug())),
            None => json.push_str("null"),
        }
        json.push('}');
        json
    }

    /// Checks the submission against the plan it answers: the right token, and exactly
    /// one sane result for every testable target.
    pub fn validate(&self, plan: &EgressPlan) -> Result<(), EgressError> {
        if !plan.accepts_token(&self.token) {
            return Err(EgressError::WrongToken);
        }
        let families = plan.result_families();
        let testable: Vec<&EgressTarget> =
            plan.targets.iter().filter(|t| t.is_testable()).collect();
        type Key = (Transport, Port, Option<AddressFamily>);
        let mut seen: Vec<Key> = Vec::with_capacity(self.results.len());
        for result in &self.results {
            let key = (result.transport, result.port, result.family);
            let (transport, port, family) = (
                result.transport.label(),
                result.port,
                FamilyLabel(result.family),
            );
            let planned = families.contains(&result.family)
                && testable
                    .iter()
                    .any(|t| t.transport == key.0 && t.port == key.1);
            if !planned {
                return Err(EgressError::UnknownPort {
                    transport,
                    port,
                    family,
                });
            }
            if seen.contains(&key) {
                return Err(EgressError::Duplicate {
                    transport,
                    port,
                    family,
                });
            }
            seen.push(key);
            let rtt_ok = match result.rtt_ms {
                None => true,
                Some(ms) => result.state == EgressState::Reached && ms <= MAX_RTT_MS,
            };
            if !rtt_ok {
                return Err(EgressError::BadRtt { transport, port });
            }
            let waited_ok = match result.waited_ms {
                None => true,
                Some(ms) => result.state == EgressState::NoAnswer && ms <= MAX_RTT_MS,
            };
            if !waited_ok {
                return Err(EgressError::BadWait { transport, port });
            }
        }
        for &family in &families {
            if let Some(missing) = testable
                .iter()
                .find(|t| !seen.contains(&(t.transport, t.port, family)))
            {
                return Err(EgressError::Missing {
                    transport: missing.transport.label(),
                    port: missing.port,
                    family: FamilyLabel(family),
                });
            }
        }
        // The mapping is told from the family the plan names first (or the only one).
        let responders_reached = self
            .results
            .iter()
            .filter(|r| r.family == families[0])
            .filter(|r| r.transport == Transport::Udp && r.state == EgressState::Reached)
            .count();
        if self.nat.is_some() && responders_reached < 2 {
            return Err(EgressError::NatWithoutResponders);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog;

    fn port(n: u16) -> Port {
        Port::known(n)
    }

    fn sample() -> Vec<Port> {
        [16500, 25000, 65000].map(port).to_vec()
    }

    fn plan() -> EgressPlan {
        EgressPlan {
            token: "q3vX0bL8Tn2cYh5W9aKzRg".into(),
            beacons_tls: false,
            timeout_ms: 4000,
            targets: egress_targets(catalog(), &sample(), |transport, p| {
                if transport == Transport::Tcp && p.get() == 80 {
                    Err(UnavailableWhy::NotConfigured)
                } else {
                    Ok(port(p.get() + 1))
                }
            }),
            families: Vec::new(),
        }
    }

    fn keys(plan: &EgressPlan, testable: bool) -> Vec<String> {
        plan.targets
            .iter()
            .filter(|t| t.is_testable() == testable)
            .map(|t| format!("{} {}", t.transport.label(), t.port))
            .collect()
    }

    #[test]
    fn the_plan_tests_every_outbound_ring_port_and_says_why_not_for_the_rest() {
        let plan = plan();
        assert_eq!(
            keys(&plan, true),
            [
                "TCP 443",
                "TCP 8557",
                "TCP 9998",
                "TCP 9999",
                "TCP 15063",
                "TCP 15064",
                "UDP 15063",
                "UDP 15064",
                "TCP 9002",
                "UDP 16500",
                "UDP 25000",
                "UDP 65000",
                "UDP 4172",
                "TCP 5228",
                "TCP 5223"
            ]
        );
        assert_eq!(
            keys(&plan, false),
            ["TCP 80", "UDP 53", "TCP 53", "UDP 123"],
            "DNS and NTP cannot be tested; TCP 80 is not served here"
        );
        let dns = plan.targets.iter().find(|t| t.port.get() == 53).unwrap();
        assert_eq!(dns.method, EgressMethod::not_testable());
        assert_eq!(
            dns.reason_message().as_deref(),
            Some("entry-dns-not-testable"),
            "the catalogue entry says why"
        );
        let http = plan.targets.iter().find(|t| t.port.get() == 80).unwrap();
        assert_eq!(
            http.method,
            EgressMethod::unavailable(UnavailableWhy::NotConfigured)
        );
        assert_eq!(
            http.reason_message().as_deref(),
            Some("plan-unavailable-not-configured")
        );
        let sip = plan
            .targets
            .iter()
            .find(|t| t.transport == Transport::Udp && t.port.get() == 15063)
            .unwrap();
        assert_eq!(
            sip.method,
            EgressMethod::Stun {
                public_port: port(15064)
            }
        );
    }

    fn complete(plan: &EgressPlan) -> EgressSubmission {
        EgressSubmission {
            token: plan.token.clone(),
            results: plan
                .targets
                .iter()
                .filter(|t| t.is_testable())
                .map(|t| EgressResult {
                    transport: t.transport,
                    port: t.port,
                    family: None,
                    state: EgressState::Reached,
                    rtt_ms: Some(3),
                    waited_ms: None,
                })
                .collect(),
            nat: Some(NatMapping::EndpointIndependent),
            phone: None,
        }
    }

    #[test]
    fn a_complete_submission_is_valid() {
        let plan = plan();
        assert_eq!(complete(&plan).validate(&plan), Ok(()));
    }

    #[test]
    fn only_the_plans_own_token_is_accepted() {
        let plan = plan();
        let token = plan.token.clone();
        assert!(plan.accepts_token(&token));
        let mut first = token.clone().into_bytes();
        first[0] ^= 1;
        let mut last = token.clone().into_bytes();
        last[21] ^= 1;
        for other in [
            String::from_utf8(first).unwrap(),
            String::from_utf8(last).unwrap(),
            token[..21].to_owned(),
            format!("{token}x"),
            token.to_uppercase(),
            String::new(),
        ] {
            assert!(!plan.accepts_token(&other), "{other:?} accepted");
        }
    }

    #[test]
    fn submissions_that_do_not_answer_the_plan_are_refused() {
        let plan = plan();
        let mut wrong_token = complete(&plan);
        wrong_token.token = "A".repeat(22);
        assert_eq!(wrong_token.validate(&plan), Err(EgressError::WrongToken));

        let mut unknown = complete(&plan);
        unknown.results[0].port = port(22);
        assert!(matches!(
            unknown.validate(&plan),
            Err(EgressError::UnknownPort { .. })
        ));

        let mut not_served = complete(&plan);
        not_served.results[0].port = port(80);
        assert!(
            matches!(
                not_served.validate(&plan),
                Err(EgressError::UnknownPort { .. })
            ),
            "a port the server does not serve cannot have been reached"
        );

        let mut twice = complete(&plan);
        let first = twice.results[0].clone();
        twice.results.push(first);
        assert!(matches!(
            twice.validate(&plan),
            Err(EgressError::Duplicate { .. })
        ));

        let mut missing = complete(&plan);
        missing.results.pop();
        assert_eq!(
            missing.validate(&plan).unwrap_err().to_string(),
            "TCP 5223 has no result; every planned test needs one"
        );

        let mut slow = complete(&plan);
        slow.results[0].rtt_ms = Some(MAX_RTT_MS + 1);
        assert!(matches!(
            slow.validate(&plan),
            Err(EgressError::BadRtt { .. })
        ));

        let mut nat_from_nothing = complete(&plan);
        for result in &mut nat_from_nothing.results {
            result.state = EgressState::NoAnswer;
            result.rtt_ms = None;
        }
        assert_eq!(
            nat_from_nothing.validate(&plan),
            Err(EgressError::NatWithoutResponders)
        );

        let mut timed_blocked = complete(&plan);
        timed_blocked.results[0].state = EgressState::NoAnswer;
        assert!(matches!(
            timed_blocked.validate(&plan),
            Err(EgressError::BadRtt { .. })
        ));

        let mut waited_for_an_answer = complete(&plan);
        waited_for_an_answer.results[0].waited_ms = Some(1500);
        assert!(matches!(
            waited_for_an_answer.validate(&plan),
            Err(EgressError::BadWait { .. })
        ));
        let mut waited = complete(&plan);
        waited.results[0].state = EgressState::NoAnswer;
        waited.results[0].rtt_ms = None;
        waited.results[0].waited_ms = Some(1500);
        assert_eq!(waited.validate(&plan), Ok(()));
        waited.results[0].waited_ms = Some(MAX_RTT_MS + 1);
        assert!(matches!(
            waited.validate(&plan),
            Err(EgressError::BadWait { .. })
        ));
    }

    #[test]
    fn a_plan_with_families_takes_one_result_per_target_and_family() {
        use crate::family::AddressFamily::{Ipv4, Ipv6};
        let mut plan = plan();
        plan.families = vec![
            FamilyHost {
                family: Ipv4,
                host: "v4.example.com".into(),
            },
            FamilyHost {
                family: Ipv6,
                host: "[2001:db8::1]".into(),
            },
        ];
        let single = complete(&plan);
        assert!(
            matches!(
                single.validate(&plan),
                Err(EgressError::UnknownPort {
                    family: FamilyLabel(None),
                    ..
                })
            ),
            "results without a family do not answer a plan with families"
        );
        let mut both = single.clone();
        both.results = [Ipv4, Ipv6]
            .into_iter()
            .flat_map(|family| {
                single.results.iter().cloned().map(move |mut r| {
                    r.family = Some(family);
                    r
                })
            })
            .collect();
        assert_eq!(both.validate(&plan), Ok(()));
        let mut v4_only = both.clone();
        v4_only.results.retain(|r| r.family == Some(Ipv4));
        assert_eq!(
            v4_only.validate(&plan).unwrap_err().to_string(),
            "TCP 443 over IPv6 has no result; every planned test needs one"
        );
        let mut twice = both.clone();
        let first = twice.results[0].clone();
        twice.results.push(first);
        assert_eq!(
            twice.validate(&plan).unwrap_err().to_string(),
            "TCP 443 over IPv4 is reported twice"
        );
        // The mapping is IPv4's: two IPv6 responders alone do not tell it.
        let mut nat_from_v6 = both.clone();
        for result in &mut nat_from_v6.results {
            if result.family == Some(Ipv4) {
                result.state = EgressState::NoAnswer;
                result.rtt_ms = None;
            }
        }
        assert_eq!(
            nat_from_v6.validate(&plan),
            Err(EgressError::NatWithoutResponders)
        );
    }

    #[test]
    fn the_hand_written_json_is_what_serde_writes() {
        let plan = plan();
        let mut submission = complete(&plan);
        submission.results[1].state = EgressState::NoAnswer;
        submission.results[1].rtt_ms = None;
        submission.results[1].waited_ms = Some(1500);
        submission.results[2].state = EgressState::Intercepted;
        submission.results[2].rtt_ms = None;
        submission.results[3].state = EgressState::Failed;
        submission.results[3].rtt_ms = None;
        submission.results[4].state = EgressState::NotTested;
        submission.results[4].rtt_ms = None;
        submission.results[5].state = EgressState::Unsupported;
        submission.results[5].rtt_ms = None;
        submission.results[6].family = Some(crate::family::AddressFamily::Ipv6);
        for nat in [
            None,
            Some(NatMapping::EndpointIndependent),
            Some(NatMapping::EndpointDependent),
        ] {
            submission.nat = nat;
            submission.phone = match nat {
                None => None,
                Some(NatMapping::EndpointIndependent) => Some(Phone::Android),
                Some(NatMapping::EndpointDependent) => Some(Phone::Iphone),
            };
            for token in [plan.token.as_str(), "odd \"token\" \\ \u{1}"] {
                submission.token = token.to_owned();
                let by_hand: serde_json::Value =
                    serde_json::from_str(&submission.to_json()).unwrap();
                assert_eq!(by_hand, serde_json::to_value(&submission).unwrap());
            }
        }
    }

    fn target(entry: &str, transport: Transport, port: u16, method: EgressMethod) -> EgressTarget {
        EgressTarget {
            entry: EntryId::parse(entry).unwrap(),
            transport,
            port: Port::known(port),
            method,
        }
    }

    #[test]
    fn a_plan_keeps_its_reasons_as_codes_and_is_worded_as_it_is_sent() {
        let mut targets = vec![
            target("ntp", Transport::Udp, 123, EgressMethod::not_testable()),
            target(
                "ring-socket-service",
                Transport::Tcp,
                9998,
                EgressMethod::unavailable(UnavailableWhy::NotAnswering),
            ),
        ];
        let json = |targets: &[EgressTarget]| -> Vec<String> {
            targets
                .iter()
                .map(|t| serde_json::to_string(&t.method).unwrap())
                .collect()
        };
        assert_eq!(
            json(&targets),
            [
                r#"{"not_testable":{}}"#,
                r#"{"unavailable":{"why":"not-answering"}}"#
            ],
            "codes only, as stored"
        );
        word_reasons(&mut targets, &|id, port| format!("[{id}: {port}]"));
        assert_eq!(
            json(&targets),
            [
                r#"{"not_testable":{"reason":"[entry-ntp-not-testable: UDP 123]"}}"#,
                r#"{"unavailable":{"why":"not-answering","reason":"[plan-unavailable-not-answering: TCP 9998]"}}"#
            ],
            "the code and its words, as sent"
        );
        for target in &targets {
            let read: EgressMethod =
                serde_json::from_str(&serde_json::to_string(&target.method).unwrap()).unwrap();
            assert_eq!(read, target.method);
        }
    }

    #[test]
    fn a_plan_stored_before_reasons_were_codes_still_reads_with_its_english() {
        let old_busy = "Ring Check's own test server for UDP 16500 is too busy right now (it is \
            turning requests away), so your browser cannot test this port here. This is a \
            problem on our side, not your network.";
        let unavailable: EgressMethod =
            serde_json::from_str(&format!(r#"{{"unavailable":{{"reason":"{old_busy}"}}}}"#))
                .unwrap();
        assert_eq!(
            unavailable,
            EgressMethod::Unavailable {
                why: None,
                reason: old_busy.to_owned()
            }
        );
        let old_ntp = "Browsers refuse to use port 123, and web pages cannot send NTP traffic.";
        let not_testable: EgressMethod =
            serde_json::from_str(&format!(r#"{{"not_testable":{{"reason":"{old_ntp}"}}}}"#))
                .unwrap();
        assert_eq!(
            not_testable,
            EgressMethod::NotTestable {
                reason: old_ntp.to_owned()
            }
        );
        // Worded again: the entry's words replace the old English; a reason without a
        // code keeps it, in every language.
        let mut targets = vec![
            target("ntp", Transport::Udp, 123, not_testable),
            target("media", Transport::Udp, 16500, unavailable.clone()),
        ];
        word_reasons(&mut targets, &|id, _| id.to_owned());
        assert_eq!(
            targets[0].method,
            EgressMethod::NotTestable {
                reason: "entry-ntp-not-testable".to_owned()
            }
        );
        assert_eq!(targets[1].method, unavailable);
    }

    #[test]
    fn every_reason_has_its_name_on_the_wire() {
        for why in UnavailableWhy::ALL {
            let json = serde_json::to_string(&why).unwrap();
            assert_eq!(json, format!("\"{}\"", why.slug()));
            assert_eq!(serde_json::from_str::<UnavailableWhy>(&json).unwrap(), why);
        }
        assert!(
            serde_json::from_str::<EgressMethod>(r#"{"unavailable":{"why":"bored"}}"#).is_err(),
            "a code this build does not know is not read as another"
        );
    }

    #[test]
    fn unknown_fields_and_states_do_not_parse() {
        let extra = r#"{"token":"x","results":[],"nat":null,"admin":true}"#;
        assert!(serde_json::from_str::<EgressSubmission>(extra).is_err());
        let state = r#"{"transport":"tcp","port":443,"state":"maybe"}"#;
        assert!(serde_json::from_str::<EgressResult>(state).is_err());
    }
}

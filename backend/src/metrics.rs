//! What an operator watches: Prometheus metrics of one server, in a registry of its own
//! (never a process-wide one, so servers in one process, as the tests run them, count
//! apart). Beside the layers: the engine (through its `StunCounter`, which [`Metrics`]
//! implements), the service and the HTTP layer each record through [`Metrics`]; only
//! start-up serves it, on a listener of its own.

use std::time::Duration;

use prometheus_client::{
    encoding::{EncodeLabelSet, LabelSetEncoder, text::encode},
    metrics::{
        counter::Counter,
        family::Family,
        gauge::Gauge,
        histogram::{Histogram, exponential_buckets},
    },
    registry::Registry,
};
use ringcheck_engine::{StunCounter, StunOutcome};

/// The content type of [`Metrics::render`]'s text.
pub const CONTENT_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Reason {
    reason: &'static str,
}

/// A port's state, as the probes or the browser found it.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PortState {
    transport: &'static str,
    port: u16,
    state: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Outcome {
    outcome: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Listener {
    transport: &'static str,
    port: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Request {
    method: String,
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Route {
    method: String,
    route: String,
}

/// No labels, for a series that exists only once it is set (the TLS ones, on a server
/// with TLS only).
#[derive(Clone, Debug, Hash, PartialEq, Eq)]
struct Unlabelled;

impl EncodeLabelSet for Unlabelled {
    fn encode(&self, _: &mut LabelSetEncoder) -> Result<(), std::fmt::Error> {
        Ok(())
    }
}

/// The label of each STUN outcome.
fn stun_slug(outcome: StunOutcome) -> &'static str {
    match outcome {
        StunOutcome::Answered => "answered",
        StunOutcome::NotStun => "dropped_not_stun",
        StunOutcome::OverAllowance => "dropped_over_allowance",
    }
}

pub struct Metrics {
    registry: Registry,
    checks_started: Counter,
    checks_refused: Family<Reason, Counter>,
    checks_finished: Counter,
    checks_failed: Counter,
    checks_in_flight: Gauge,
    probe_results: Family<PortState, Counter>,
    outward_results: Family<PortState, Counter>,
    stun_datagrams: Family<Outcome, Counter>,
    listener_up: Family<Listener, Gauge>,
    http_requests: Family<Request, Counter>,
    http_seconds: Family<Route, Histogram>,
    tls_certificate_present: Family<Unlabelled, Gauge>,
    tls_certificate_expiry: Family<Unlabelled, Gauge>,
    uploads_started: Counter,
    uploads_refused: Family<Reason, Counter>,
    upload_bytes: Counter,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("ringcheck");
        let checks_started = Counter::default();
        registry.register(
            "checks_started",
            "Checks accepted (202)",
            checks_started.clone(),
        );
        let checks_refused = Family::<Reason, Counter>::default();
        registry.register(
            "checks_refused",
            "Check starts refused, by the error code of the answer",
            checks_refused.clone(),
        );
        let checks_finished = Counter::default();
        registry.register(
            "checks_finished",
            "Checks whose report was stored",
            checks_finished.clone(),
        );
        let checks_failed = Counter::default();
        registry.register(
            "checks_failed",
            "Checks that ended without a report",
            checks_failed.clone(),
        );
        let checks_in_flight = Gauge::default();
        registry.register(
            "checks_in_flight",
            "Checks admitted and not yet ended, waiting for their turn included",
            checks_in_flight.clone(),
        );
        let probe_results = Family::<PortState, Counter>::default();
        registry.register(
            "probe_results",
            "Probes back to visitors, by transport, Ring port and state",
            probe_results.clone(),
        );
        let outward_results = Family::<PortState, Counter>::default();
        registry.register(
            "outward_results",
            "Browsers' outward tests, by transport, Ring port and state",
            outward_results.clone(),
        );
        let stun_datagrams = Family::<Outcome, Counter>::default();
        registry.register(
            "stun_datagrams",
            "Datagrams on the STUN ports, answered or dropped and why",
            stun_datagrams.clone(),
        );
        let listener_up = Family::<Listener, Gauge>::default();
        registry.register(
            "listener_up",
            "Whether a beacon or STUN responder passed its last self-check (1) or not (0)",
            listener_up.clone(),
        );
        let http_requests = Family::<Request, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP requests, by method, route and status",
            http_requests.clone(),
        );
        let http_seconds = Family::<Route, Histogram>::new_with_constructor(
            // 1 ms to about 16 s: a page's files to an event stream that lasts a check.
            (|| Histogram::new(exponential_buckets(0.001, 2.0, 15))) as fn() -> Histogram,
        );
        registry.register(
            "http_request_duration_seconds",
            "Time from a request to its response's head, by method and route",
            http_seconds.clone(),
        );
        let tls_certificate_present = Family::<Unlabelled, Gauge>::default();
        registry.register(
            "tls_certificate_present",
            "With TLS: whether a certificate is served (1) or none yet (0), as while ACME \
             orders the first",
            tls_certificate_present.clone(),
        );
        let tls_certificate_expiry = Family::<Unlabelled, Gauge>::default();
        registry.register(
            "tls_certificate_expiry_timestamp_seconds",
            "When the served TLS certificate expires (its notAfter), in Unix seconds",
            tls_certificate_expiry.clone(),
        );
        let uploads_started = Counter::default();
        registry.register(
            "uploads_started",
            "Video upload tests admitted",
            uploads_started.clone(),
        );
        let uploads_refused = Family::<Reason, Counter>::default();
        registry.register(
            "uploads_refused",
            "Video upload tests refused, by the error code of the answer",
            uploads_refused.clone(),
        );
        let upload_bytes = Counter::default();
        registry.register(
            "upload_bytes",
            "Bytes the video upload tests' streams received",
            upload_bytes.clone(),
        );
        Self {
            registry,
            checks_started,
            checks_refused,
            checks_finished,
            checks_failed,
            checks_in_flight,
            probe_results,
            outward_results,
            stun_datagrams,
            listener_up,
            http_requests,
            http_seconds,
            tls_certificate_present,
            tls_certificate_expiry,
            uploads_started,
            uploads_refused,
            upload_bytes,
        }
    }

    /// Every metric in the OpenMetrics text format ([`CONTENT_TYPE`]).
    pub fn render(&self) -> String {
        let mut text = String::new();
        // Writing to a String cannot fail.
        let _ = encode(&mut text, &self.registry);
        text
    }

    pub fn check_started(&self) {
        self.checks_started.inc();
    }

    /// `reason`: the error code the visitor was answered with, e.g. `rate_limited`.
    pub fn check_refused(&self, reason: &'static str) {
        self.checks_refused.get_or_create(&Reason { reason }).inc();
    }

    pub fn upload_started(&self) {
        self.uploads_started.inc();
    }

    /// `reason`: the error code an upload test's start was answered with.
    pub fn upload_refused(&self, reason: &'static str) {
        self.uploads_refused.get_or_create(&Reason { reason }).inc();
    }

    pub fn upload_bytes(&self, bytes: u64) {
        self.upload_bytes.inc_by(bytes);
    }

    pub fn check_finished(&self) {
        self.checks_finished.inc();
    }

    pub fn check_failed(&self) {
        self.checks_failed.inc();
    }

    pub fn set_checks_in_flight(&self, checks: usize) {
        self.checks_in_flight
            .set(i64::try_from(checks).unwrap_or(i64::MAX));
    }

    /// `transport` and `state` as the JSON writes them.
    pub fn probe_result(&self, transport: &'static str, port: u16, state: &'static str) {
        let labels = PortState {
            transport,
            port,
            state,
        };
        self.probe_results.get_or_create(&labels).inc();
    }

    /// `transport` and `state` as the JSON writes them.
    pub fn outward_result(&self, transport: &'static str, port: u16, state: &'static str) {
        let labels = PortState {
            transport,
            port,
            state,
        };
        self.outward_results.get_or_create(&labels).inc();
    }

    pub fn listener_health(&self, transport: &'static str, port: u16, up: bool) {
        self.listener_up
            .get_or_create(&Listener { transport, port })
            .set(i64::from(up));
    }

    /// With TLS: whether a certificate is served, and when it expires (Unix seconds) if
    /// that is known.
    pub fn tls_certificate(&self, present: bool, expires_at: Option<i64>) {
        self.tls_certificate_present
            .get_or_create(&Unlabelled)
            .set(i64::from(present));
        match expires_at {
            Some(at) => {
                self.tls_certificate_expiry
                    .get_or_create(&Unlabelled)
                    .set(at);
            }
            None => {
                self.tls_certificate_expiry.remove(&Unlabelled);
            }
        }
    }

    /// `route`: the router's pattern (`/api/checks/{id}`), never the path a visitor wrote,
    /// so visitors cannot add series.
    pub fn http_request(&self, method: &str, route: &str, status: u16, took: Duration) {
        let (method, route) = (method.to_owned(), route.to_owned());
        self.http_seconds
            .get_or_create(&Route {
                method: method.clone(),
                route: route.clone(),
            })
            .observe(took.as_secs_f64());
        self.http_requests
            .get_or_create(&Request {
                method,
                route,
                status,
            })
            .inc();
    }
}

/// The engine's STUN responders count through this.
impl StunCounter for Metrics {
    fn stun_datagram(&self, outcome: StunOutcome) {
        let labels = Outcome {
            outcome: stun_slug(outcome),
        };
        self.stun_datagrams.get_or_create(&labels).inc();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_metric_is_written_with_its_labels_and_an_end() {
        let metrics = Metrics::new();
        metrics.check_started();
        metrics.check_refused("rate_limited");
        metrics.probe_result("tcp", 8557, "open");
        metrics.probe_result("tcp", 8557, "open");
        metrics.stun_datagram(StunOutcome::OverAllowance);
        metrics.stun_datagram(StunOutcome::Answered);
        metrics.stun_datagram(StunOutcome::NotStun);
        metrics.listener_health("udp", 15063, false);
        metrics.http_request("GET", "/api/reports/{id}", 404, Duration::from_millis(3));
        let text = metrics.render();
        for line in [
            "ringcheck_checks_started_total 1",
            "ringcheck_checks_refused_total{reason=\"rate_limited\"} 1",
            "ringcheck_probe_results_total{transport=\"tcp\",port=\"8557\",state=\"open\"} 2",
            "ringcheck_stun_datagrams_total{outcome=\"dropped_over_allowance\"} 1",
            "ringcheck_stun_datagrams_total{outcome=\"answered\"} 1",
            "ringcheck_stun_datagrams_total{outcome=\"dropped_not_stun\"} 1",
            "ringcheck_listener_up{transport=\"udp\",port=\"15063\"} 0",
            "ringcheck_http_requests_total{method=\"GET\",route=\"/api/reports/{id}\",status=\"404\"} 1",
            "ringcheck_http_request_duration_seconds_count{method=\"GET\",route=\"/api/reports/{id}\"} 1",
        ] {
            assert!(text.contains(line), "{line} missing from:\n{text}");
        }
        assert!(text.ends_with("# EOF\n"));
    }

    #[test]
    fn the_tls_certificate_shows_only_with_tls_and_its_expiry_only_when_known() {
        let metrics = Metrics::new();
        let series = |text: &str| {
            text.lines()
                .filter(|line| line.starts_with("ringcheck_tls_"))
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        assert_eq!(series(&metrics.render()), Vec::<String>::new());
        metrics.tls_certificate(false, None);
        assert_eq!(
            series(&metrics.render()),
            ["ringcheck_tls_certificate_present 0"]
        );
        metrics.tls_certificate(true, Some(1_936_742_400));
        assert_eq!(
            series(&metrics.render()),
            [
                "ringcheck_tls_certificate_present 1",
                "ringcheck_tls_certificate_expiry_timestamp_seconds 1936742400"
            ]
        );
        metrics.tls_certificate(true, None);
        assert_eq!(
            series(&metrics.render()),
            ["ringcheck_tls_certificate_present 1"]
        );
    }

    #[test]
    fn servers_in_one_process_count_apart() {
        let (one, other) = (Metrics::new(), Metrics::new());
        one.check_started();
        assert!(other.render().contains("ringcheck_checks_started_total 0"));
    }
}

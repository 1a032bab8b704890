//! The video upload test: whether the home's uplink carries Live View's video steadily
//! while the line is busy. The browser sends at a paced rate over WebSockets; the
//! **server** counts what arrives every [`INTERVAL_MS`] and measures the round trip on a
//! connection of its own (WebSocket pings, which every browser answers by itself), so
//! no figure is the browser's own counting. These are the messages both sides agree on
//! and the verdict the figures give.

use serde::{Deserialize, Serialize};

/// How often the server counts what arrived.
pub const INTERVAL_MS: u32 = 250;

/// The most streams (Ring cameras streaming at once) a customer may ask to test.
pub const MAX_STREAMS: u8 = 4;

/// Live View's video, as Ring Check assumes it: Ring publishes no bitrate per camera, so
/// this is Ring Check's own figure (a 1080p stream held smoothly), set by the operator's
/// `--upload-target-mbps`; another doorbell maker documents "less than 2 Mbps upload →
/// not consistent, fluid video" (SkyBell).
pub const DEFAULT_TARGET_KBPS: u32 = 2_000;

/// The phases every test runs after its idle round trips: a warm-up at the target, the
/// judged hold, and a short ramp to twice the target to say what the line holds.
pub const WARMUP_MS: u32 = 2_000;
pub const HOLD_MS: u32 = 8_000;
pub const RAMP_MS: u32 = 2_000;

/// How long a test takes, as the page says before it starts: the phases and about a
/// second and a half of idle round trips before them.
pub const ABOUT_SECONDS: u32 = (WARMUP_MS + HOLD_MS + RAMP_MS + 1_500).div_ceil(1000);

/// A second held when at least this share of the target arrived in it.
pub const HELD_SHARE_PERCENT: u64 = 90;

/// Loaded latency this much above idle (median to median) makes video lag or freeze:
/// Cloudflare's test judges loaded latency in buckets of 10/20/50/100/500 ms, and past
/// 100 ms a two-way conversation is felt.
pub const LATENCY_RISE_AT_RISK_MS: f64 = 100.0;

/// The names in the control connection's messages that the app reads with the browser's
/// own JSON parser, so its Wasm carries no deserializer for them; a test holds them to
/// what serde writes for [`UploadMessage`].
pub mod keys {
    pub const PLAN: &str = "plan";
    pub const GO: &str = "go";
    pub const SAMPLE: &str = "sample";
    pub const RESULT: &str = "result";
    pub const REFUSED: &str = "refused";
    pub const STREAMS: &str = "streams";
    pub const STREAM_PATH: &str = "stream_path";
    pub const PHASES: &str = "phases";
    pub const MS: &str = "ms";
    pub const KBPS: &str = "kbps";
    pub const CHUNK_BYTES: &str = "chunk_bytes";
    pub const AT_MS: &str = "at_ms";
    pub const BYTES: &str = "bytes";
    pub const ERROR: &str = "error";
    pub const MESSAGE: &str = "message";
}

/// What the server tells the browser, one JSON text message at a time, on the test's
/// control connection (externally tagged: `{"plan": {...}}`).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum UploadMessage {
    /// First: what to send, and where. The browser opens `streams` upload connections at
    /// `stream_path` once it gets [`UploadMessage::Go`].
    Plan(UploadPlan),
    /// The idle round trips are measured: send now, each phase in turn.
    Go,
    /// What arrived in one interval, and the last round trip measured in it.
    Sample(UploadSample),
    /// Every figure.
    Figures(UploadFigures),
    /// Last: what the figures mean, in the words of the page's language; the server
    /// closes the connection after it.
    Result(UploadResult),
    /// Instead of everything else: why the test cannot start (busy, one already running,
    /// not this visitor's check), said on the connection because a browser cannot read
    /// a refused handshake; the server closes the connection after it.
    Refused(crate::api::ErrorBody),
}

/// The figures judged and said.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UploadResult {
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub judgement: Option<UploadJudgement>,
    pub verdict: UploadVerdict,
    pub words: UploadWords,
}

/// What a test's result says, in the reader's language.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UploadWords {
    /// "Live View video upload".
    pub title: String,
    /// What was sent: "One camera's Live View video at 2,000 kbit/s".
    pub what: String,
    /// The verdict in a sentence.
    pub says: String,
    /// What the line carried at most.
    pub best: String,
    /// The round trips idle and busy, median and 90th percentile; empty when either
    /// could not be measured.
    #[serde(default)]
    pub latency: String,
    /// What to do, when anything.
    pub fixes: Vec<String>,
    /// What the test measures, and what not.
    pub scope: String,
    /// Where the target rate comes from.
    pub target_note: String,
}

/// The test as the server set it up.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UploadPlan {
    /// Streams to send at once (cameras), 1 to [`MAX_STREAMS`].
    pub streams: u8,
    /// One stream's target, in kbit/s.
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub target_kbps: u32,
    /// Where each stream connects, with the test's token: a WebSocket path on this host.
    pub stream_path: String,
    /// What to send, in order, after [`UploadMessage::Go`].
    pub phases: Vec<UploadPhase>,
    /// The most a test may send in all; the server closes a stream past it.
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub max_bytes: u64,
    /// Each binary message's size the browser should send, in bytes.
    pub chunk_bytes: u32,
}

/// One stretch of sending.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UploadPhase {
    pub kind: PhaseKind,
    pub ms: u32,
    /// All streams together, in kbit/s.
    pub kbps: u32,
}

/// What a phase is for.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PhaseKind {
    /// The first seconds, while queues fill and TCP finds its pace: not judged.
    Warmup,
    /// At the target: judged.
    Hold,
    /// Past the target, to say what the line holds.
    Ramp,
}

/// One interval as the server counted it.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UploadSample {
    /// Since [`UploadMessage::Go`].
    pub at_ms: u32,
    pub bytes: u64,
    /// The last round trip answered in the interval, if one was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rtt_ms: Option<f32>,
}

/// Every figure of a test: what arrived per interval, and the round trips. The app reads
/// none of them (the server draws the chart), so its Wasm carries no reader for them.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UploadFigures {
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub streams: u8,
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub target_kbps: u32,
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub interval_ms: u32,
    /// Bytes received in each interval after `Go`, through every phase in turn.
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub received: Vec<u64>,
    /// How many of `received` each phase took: warm-up, hold, ramp.
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub warmup_intervals: u32,
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub hold_intervals: u32,
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub ramp_intervals: u32,
    /// Round trips before sending, in ms.
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub idle_rtt_ms: Vec<f32>,
    /// Round trips while sending at the target (the hold), in ms.
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub loaded_rtt_ms: Vec<f32>,
}

/// What the figures mean for Live View's video.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum UploadVerdict {
    /// Every second held the streams' rate, and latency stayed low.
    Works,
    /// It held, but latency rose a lot (video lags, and two-way audio with it), or some
    /// seconds fell short (video drops in quality now and then).
    AtRisk,
    /// Not even one stream's rate was held: video falls to lower quality or freezes.
    Blocked,
}

/// The figures judged.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UploadJudgement {
    pub verdict: UploadVerdict,
    /// Seconds of the hold that carried at least [`HELD_SHARE_PERCENT`] of the target.
    pub held_seconds: u32,
    pub hold_seconds: u32,
    /// The median rate over the hold, kbit/s.
    pub hold_kbps: u32,
    /// The best second of the hold and the ramp, kbit/s: what the line holds.
    pub best_kbps: u32,
    pub idle_rtt: Option<Spread>,
    pub loaded_rtt: Option<Spread>,
    /// Loaded median above idle median, ms.
    pub rtt_rise_ms: Option<f64>,
}

/// A median and 90th percentile, ms.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Spread {
    pub median: f64,
    pub p90: f64,
}

impl Spread {
    fn of(samples: &[f32]) -> Option<Self> {
        let mut sorted: Vec<f64> = samples.iter().map(|&s| f64::from(s)).collect();
        if sorted.is_empty() {
            return None;
        }
        sorted.sort_by(f64::total_cmp);
        let at = |share: f64| sorted[((sorted.len() - 1) as f64 * share).round() as usize];
        Some(Self {
            median: at(0.5),
            p90: at(0.9),
        })
    }
}

impl UploadFigures {
    /// Bytes of each whole second of the intervals `from..to`.
    fn seconds(&self, from: usize, to: usize) -> Vec<u64> {
        let per_second = (1000 / self.interval_ms.max(1)) as usize;
        self.received[from.min(self.received.len())..to.min(self.received.len())]
            .chunks_exact(per_second.max(1))
            .map(|second| second.iter().sum())
            .collect()
    }

    /// What the figures mean: each second of the hold against the streams' rate, the
    /// ramp's best second, and the round trips' rise.
    pub fn judge(&self) -> UploadJudgement {
        let warmup = self.warmup_intervals as usize;
        let hold_end = warmup + self.hold_intervals as usize;
        let ramp_end = hold_end + self.ramp_intervals as usize;
        let hold = self.seconds(warmup, hold_end);
        let ramp = self.seconds(hold_end, ramp_end);
        let kbps = |bytes: u64| u32::try_from(bytes * 8 / 1000).unwrap_or(u32::MAX);
        let target = u64::from(self.target_kbps) * 1000 / 8;
        let all_streams = target * u64::from(self.streams.max(1));
        let held = |bytes: &&u64, of: u64| **bytes * 100 >= of * HELD_SHARE_PERCENT;
        let held_seconds = hold.iter().filter(|b| held(b, all_streams)).count() as u32;
        let one_stream_held = hold.iter().filter(|b| held(b, target)).count();
        let mut sorted = hold.clone();
        sorted.sort_unstable();
        let hold_kbps = sorted.get(sorted.len() / 2).map_or(0, |&b| kbps(b));
        let best_kbps = ramp.iter().chain(&hold).max().map_or(0, |&b| kbps(b));
        let idle_rtt = Spread::of(&self.idle_rtt_ms);
        let loaded_rtt = Spread::of(&self.loaded_rtt_ms);
        let rtt_rise_ms = idle_rtt
            .zip(loaded_rtt)
            .map(|(idle, loaded)| (loaded.median - idle.median).max(0.0));
        let hold_seconds = hold.len() as u32;
        let verdict = if hold.is_empty() || one_stream_held * 2 < hold.len() {
            // Not one stream's rate for most of the hold.
            UploadVerdict::Blocked
        } else if held_seconds == hold_seconds
            && rtt_rise_ms.is_some_and(|rise| rise < LATENCY_RISE_AT_RISK_MS)
        {
            UploadVerdict::Works
        } else {
            UploadVerdict::AtRisk
        };
        UploadJudgement {
            verdict,
            held_seconds,
            hold_seconds,
            hold_kbps,
            best_kbps,
            idle_rtt,
            loaded_rtt,
            rtt_rise_ms,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_names_the_app_reads_are_the_names_serde_writes() {
        let json = |message: &UploadMessage| serde_json::to_value(message).unwrap();
        let plan = json(&UploadMessage::Plan(UploadPlan {
            streams: 2,
            target_kbps: 2_000,
            stream_path: "/s".into(),
            phases: vec![UploadPhase {
                kind: PhaseKind::Hold,
                ms: 8_000,
                kbps: 4_000,
            }],
            max_bytes: 1,
            chunk_bytes: 7_812,
        }));
        let plan = &plan[keys::PLAN];
        assert_eq!(plan[keys::STREAMS], 2);
        assert_eq!(plan[keys::STREAM_PATH], "/s");
        assert_eq!(plan[keys::CHUNK_BYTES], 7_812);
        assert_eq!(plan[keys::PHASES][0][keys::MS], 8_000);
        assert_eq!(plan[keys::PHASES][0][keys::KBPS], 4_000);
        assert_eq!(json(&UploadMessage::Go), keys::GO);
        let sample = json(&UploadMessage::Sample(UploadSample {
            at_ms: 250,
            bytes: 9,
            rtt_ms: None,
        }));
        assert_eq!(sample[keys::SAMPLE][keys::AT_MS], 250);
        assert_eq!(sample[keys::SAMPLE][keys::BYTES], 9);
        let refused = json(&UploadMessage::Refused(crate::api::ErrorBody {
            error: crate::api::ErrorCode::ServerBusy,
            message: "Try in a minute.".into(),
        }));
        assert_eq!(refused[keys::REFUSED][keys::ERROR], "server_busy");
        assert_eq!(refused[keys::REFUSED][keys::MESSAGE], "Try in a minute.");
        let result = json(&UploadMessage::Result(UploadResult {
            judgement: None,
            verdict: UploadVerdict::Works,
            words: UploadWords::default(),
        }));
        assert!(result.get(keys::RESULT).is_some());
    }

    /// Four seconds of hold at `hold` bytes a second (one interval a quarter of it), one
    /// second of warm-up and one of ramp.
    fn figures(hold: u64, idle: &[f32], loaded: &[f32]) -> UploadFigures {
        let quarter = hold / 4;
        let mut received = vec![quarter / 2; 4];
        received.extend([quarter; 16]);
        received.extend([quarter * 2; 4]);
        UploadFigures {
            streams: 1,
            target_kbps: 2_000,
            interval_ms: INTERVAL_MS,
            received,
            warmup_intervals: 4,
            hold_intervals: 16,
            ramp_intervals: 4,
            idle_rtt_ms: idle.to_vec(),
            loaded_rtt_ms: loaded.to_vec(),
        }
    }

    const TARGET_BYTES: u64 = 2_000_000 / 8;

    #[test]
    fn the_target_held_with_latency_low_works() {
        let judged = figures(TARGET_BYTES, &[20.0; 10], &[30.0; 40]).judge();
        assert_eq!(judged.verdict, UploadVerdict::Works);
        assert_eq!((judged.held_seconds, judged.hold_seconds), (4, 4));
        assert_eq!(judged.hold_kbps, 2_000);
        assert_eq!(judged.best_kbps, 4_000);
        assert_eq!(judged.rtt_rise_ms, Some(10.0));
    }

    #[test]
    fn the_target_held_but_latency_rising_is_at_risk() {
        let judged = figures(TARGET_BYTES, &[20.0; 10], &[400.0; 40]).judge();
        assert_eq!(judged.verdict, UploadVerdict::AtRisk);
        assert_eq!(judged.rtt_rise_ms, Some(380.0));
    }

    #[test]
    fn short_of_one_stream_is_blocked_and_short_of_all_streams_at_risk() {
        let half = figures(TARGET_BYTES / 2, &[20.0; 10], &[30.0; 40]).judge();
        assert_eq!(half.verdict, UploadVerdict::Blocked);
        let most = figures(TARGET_BYTES * 85 / 100, &[20.0; 10], &[30.0; 40]).judge();
        assert_eq!(
            most.verdict,
            UploadVerdict::Blocked,
            "short of 90 % of one stream"
        );
        // Two cameras on a line that carries one and a half.
        let mut two = figures(TARGET_BYTES * 3 / 2, &[20.0; 10], &[30.0; 40]);
        two.streams = 2;
        let two = two.judge();
        assert_eq!(
            two.verdict,
            UploadVerdict::AtRisk,
            "one stream held, not two"
        );
        assert_eq!(two.held_seconds, 0);
    }

    #[test]
    fn without_round_trips_it_is_never_called_working() {
        let judged = figures(TARGET_BYTES, &[], &[]).judge();
        assert_eq!(judged.verdict, UploadVerdict::AtRisk);
    }

    #[test]
    fn spreads_are_the_median_and_the_90th_percentile() {
        let samples: Vec<f32> = (1..=10).map(|n| n as f32).collect();
        let spread = Spread::of(&samples).unwrap();
        assert_eq!((spread.median, spread.p90), (6.0, 9.0));
    }

    #[test]
    fn messages_are_externally_tagged() {
        let go = serde_json::to_string(&UploadMessage::Go).unwrap();
        assert_eq!(go, "\"go\"");
        let sample = UploadMessage::Sample(UploadSample {
            at_ms: 250,
            bytes: 62_500,
            rtt_ms: None,
        });
        assert_eq!(
            serde_json::to_string(&sample).unwrap(),
            r#"{"sample":{"at_ms":250,"bytes":62500}}"#
        );
    }
}

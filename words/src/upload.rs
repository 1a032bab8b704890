//! The video upload test's result in words: the verdict as the customer will see it,
//! and what to do.

use ringcheck_shared::upload::{
    LATENCY_RISE_AT_RISK_MS, UploadJudgement, UploadVerdict, UploadWords,
};

use crate::{Arg, Speaker};

/// `judged` (a test of `streams` at `target_kbps` each) in `speaker`'s words.
pub fn upload_words(
    speaker: &Speaker,
    judged: &UploadJudgement,
    streams: u8,
    target_kbps: u32,
) -> UploadWords {
    let ms = |value: f64| Arg::from(value.round() as u64);
    let says = match judged.verdict {
        UploadVerdict::Works => speaker.with(
            "upload-verdict-works",
            &[("rise", ms(judged.rtt_rise_ms.unwrap_or(0.0)))],
        ),
        UploadVerdict::Blocked => speaker.with(
            "upload-verdict-short",
            &[
                ("kbps", Arg::from(judged.hold_kbps)),
                ("target", Arg::from(target_kbps)),
            ],
        ),
        UploadVerdict::AtRisk if judged.held_seconds < judged.hold_seconds => speaker.with(
            "upload-verdict-dips",
            &[
                ("held", Arg::from(judged.held_seconds)),
                ("seconds", Arg::from(judged.hold_seconds)),
            ],
        ),
        UploadVerdict::AtRisk => match (judged.idle_rtt, judged.loaded_rtt) {
            (Some(idle), Some(loaded)) => speaker.with(
                "upload-verdict-lags",
                &[("idle", ms(idle.median)), ("loaded", ms(loaded.median))],
            ),
            _ => speaker.text("upload-no-round-trips"),
        },
    };
    let lags = judged
        .rtt_rise_ms
        .is_some_and(|rise| rise >= LATENCY_RISE_AT_RISK_MS);
    let mut fixes = Vec::new();
    if judged.verdict != UploadVerdict::Works {
        fixes.push(speaker.text("upload-fix-others"));
        if lags {
            fixes.push(speaker.text("upload-fix-qos"));
        }
        if judged.held_seconds < judged.hold_seconds {
            fixes.push(speaker.text("upload-fix-plan"));
        }
    }
    UploadWords {
        title: speaker.text("upload-title"),
        what: speaker.with(
            "upload-what",
            &[
                ("streams", Arg::from(streams)),
                ("target", Arg::from(target_kbps)),
            ],
        ),
        says,
        best: speaker.with("upload-best", &[("best", Arg::from(judged.best_kbps))]),
        latency: latency(speaker, judged),
        fixes,
        scope: speaker.text("upload-scope"),
        target_note: speaker.with("upload-target-note", &[("target", Arg::from(target_kbps))]),
    }
}

/// The round trips as figures: idle and busy, each median and 90th percentile.
fn latency(speaker: &Speaker, judged: &UploadJudgement) -> String {
    let (Some(idle), Some(loaded)) = (judged.idle_rtt, judged.loaded_rtt) else {
        return String::new();
    };
    // A tenth of a millisecond is as fine as a round trip is worth saying.
    let ms = |value: f64| Arg::from((value * 10.0).round() / 10.0);
    speaker.with(
        "upload-latency",
        &[
            ("idle", ms(idle.median)),
            ("idle90", ms(idle.p90)),
            ("loaded", ms(loaded.median)),
            ("loaded90", ms(loaded.p90)),
        ],
    )
}

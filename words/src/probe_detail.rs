//! A probe's detail in words: each [`ProbeDetail`] is a `probe-detail-*` message of
//! `probes.ftl`, its numbers written as the language writes them; an old report's English
//! sentence is shown as it was stored.

use ringcheck_shared::probe_detail::{NotRunWhy, ProbeDetail};

use crate::Speaker;

/// `detail` in `speaker`'s language.
pub fn probe_detail(speaker: &Speaker, detail: &ProbeDetail) -> String {
    let silence = |id: &str, attempts: u8, waited_ms: u64| {
        speaker.with(
            id,
            &[
                ("attempts", attempts.into()),
                ("milliseconds", waited_ms.into()),
            ],
        )
    };
    match detail {
        ProbeDetail::Handshake => speaker.text("probe-detail-handshake"),
        ProbeDetail::SipReply => speaker.text("probe-detail-sip-reply"),
        ProbeDetail::NoAnswer {
            attempts,
            waited_ms,
        } => silence("probe-detail-no-answer", *attempts, *waited_ms),
        ProbeDetail::NoSipReply {
            attempts,
            waited_ms,
        } => silence("probe-detail-no-sip-reply", *attempts, *waited_ms),
        ProbeDetail::Refused => speaker.text("probe-detail-refused"),
        ProbeDetail::PortUnreachable => speaker.text("probe-detail-port-unreachable"),
        ProbeDetail::HostUnreachable => speaker.text("probe-detail-host-unreachable"),
        ProbeDetail::NetworkUnreachable => speaker.text("probe-detail-network-unreachable"),
        ProbeDetail::CouldNotRun => speaker.text("probe-detail-could-not-run"),
        ProbeDetail::NotRun(why) => speaker.text(match why {
            NotRunWhy::ShuttingDown => "probe-detail-not-run-shutting-down",
            NotRunWhy::TooBusy => "probe-detail-not-run-too-busy",
            NotRunWhy::ProbeFailed => "probe-detail-not-run-probe-failed",
        }),
        ProbeDetail::Legacy(text) => text.clone(),
    }
}

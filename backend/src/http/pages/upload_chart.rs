//! An upload test's figures drawn as an SVG image: above, what the server received in
//! each quarter second against the rate the cameras need; below, the round trips idle
//! and while the line was busy. Drawn by the server, so the app, the share link and the
//! embed show it with an `<img>` and the Wasm carries no drawing code; presentation
//! attributes only (no `style`), so no content security policy blocks it.

use std::fmt::Write;

use ringcheck_shared::upload::{HELD_SHARE_PERCENT, UploadFigures};
use ringcheck_words::{Arg, Speaker};

use super::html::text;

const RATE_TOP: f64 = 28.0;
const RATE_BOTTOM: f64 = 188.0;
const RTT_TOP: f64 = 232.0;
const RTT_BOTTOM: f64 = 284.0;
const HEIGHT: f64 = 306.0;

const INK: &str = "#333";
const HELD: &str = "#2e7d32";
const SHORT: &str = "#c62828";
const UNJUDGED: &str = "#90a4ae";
const TARGET: &str = "#1565c0";

/// How wide the chart is drawn: for a desktop, or for a phone, where a wide one would
/// shrink its labels past reading (the page picks one with `<picture>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartWidth {
    Wide,
    Narrow,
}

/// The horizontal frame of a chart of some width.
#[derive(Clone, Copy)]
struct Frame {
    width: f64,
    left: f64,
    right: f64,
}

impl ChartWidth {
    fn frame(self) -> Frame {
        match self {
            ChartWidth::Wide => Frame {
                width: 640.0,
                left: 64.0,
                right: 628.0,
            },
            ChartWidth::Narrow => Frame {
                width: 340.0,
                left: 52.0,
                right: 332.0,
            },
        }
    }

    /// Its name in the chart's address (`?width=`).
    pub fn parse(name: Option<&str>) -> Self {
        match name {
            Some("narrow") => ChartWidth::Narrow,
            _ => ChartWidth::Wide,
        }
    }

    pub fn size(self) -> (u32, u32) {
        (self.frame().width as u32, HEIGHT as u32)
    }
}

/// The chart of `figures`, its labels in `words`' language.
pub fn upload_chart(figures: &UploadFigures, words: &Speaker<'_>, width: ChartWidth) -> String {
    let frame = width.frame();
    let mut svg = String::with_capacity(8 * 1024);
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {HEIGHT}" width="{w}" height="{HEIGHT}" role="img" font-family="system-ui, sans-serif" font-size="13" fill="{INK}"><title>{}</title>"#,
        text(&words.text("upload-title")),
        w = frame.width
    );
    rate_panel(&mut svg, figures, words, frame);
    rtt_panel(&mut svg, figures, words, frame);
    svg.push_str("</svg>");
    svg
}

/// kbit/s of `bytes` received in one interval of `interval_ms`.
fn kbps(bytes: u64, interval_ms: u32) -> f64 {
    bytes as f64 * 8.0 / f64::from(interval_ms.max(1))
}

/// A round top for an axis that must show `value`: 1, 2 or 5 times a power of ten.
fn nice_ceiling(value: f64) -> f64 {
    let value = value.max(1.0);
    let power = 10f64.powf(value.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|step| step * power)
        .find(|top| *top >= value)
        .unwrap_or(10.0 * power)
}

fn rate_panel(svg: &mut String, figures: &UploadFigures, words: &Speaker<'_>, frame: Frame) {
    let Frame { left, right, .. } = frame;
    let intervals = figures.received.len().max(1);
    let target = f64::from(figures.target_kbps) * f64::from(figures.streams.max(1));
    let highest = figures
        .received
        .iter()
        .map(|&bytes| kbps(bytes, figures.interval_ms))
        .fold(target, f64::max);
    let top = nice_ceiling(highest * 1.05);
    let y = |value: f64| RATE_BOTTOM - (value / top) * (RATE_BOTTOM - RATE_TOP);
    let step = (right - left) / intervals as f64;
    let warmup = figures.warmup_intervals as usize;
    let hold_end = warmup + figures.hold_intervals as usize;
    let _ = write!(
        svg,
        r#"<text x="{left}" y="16">{}</text>"#,
        text(&words.text("upload-chart-rate"))
    );
    axis(
        svg,
        frame,
        RATE_TOP,
        RATE_BOTTOM,
        &words.number(top.round()),
    );
    // The hold is judged a second at a time, so each bar takes its second's colour: a
    // short quarter that the rest of its second made up for is not shown as a miss.
    let per_second = (1000 / figures.interval_ms.max(1)).max(1) as usize;
    let second_held = |n: usize| {
        let start = warmup + (n - warmup) / per_second * per_second;
        let end = (start + per_second)
            .min(hold_end)
            .min(figures.received.len());
        let bytes: u64 = figures.received[start..end].iter().sum();
        let seconds = (end - start) as f64 * f64::from(figures.interval_ms) / 1000.0;
        bytes as f64 * 8.0 / 1000.0 * 100.0 >= target * seconds * HELD_SHARE_PERCENT as f64
    };
    for (n, &bytes) in figures.received.iter().enumerate() {
        let rate = kbps(bytes, figures.interval_ms);
        let colour = if !(warmup..hold_end).contains(&n) {
            UNJUDGED
        } else if second_held(n) {
            HELD
        } else {
            SHORT
        };
        let x = left + step * n as f64;
        let _ = write!(
            svg,
            r#"<rect x="{x:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="{colour}"/>"#,
            y(rate),
            (step - 1.0).max(1.0),
            RATE_BOTTOM - y(rate)
        );
    }
    let target_y = y(target);
    let _ = write!(
        svg,
        r#"<line x1="{left}" y1="{target_y:.1}" x2="{right}" y2="{target_y:.1}" stroke="{TARGET}" stroke-width="2" stroke-dasharray="6 4"/><text x="{right}" y="{:.1}" text-anchor="end" fill="{TARGET}">{}</text>"#,
        (target_y - 5.0).max(RATE_TOP + 10.0),
        text(&words.with(
            "upload-chart-target",
            &[("target", Arg::from(target.round() as u64))]
        ))
    );
    // The phases, named under the bars, with a line where each begins.
    let phases = [
        (0, warmup, "upload-chart-warmup"),
        (warmup, hold_end, "upload-chart-hold"),
        (hold_end, figures.received.len(), "upload-chart-ramp"),
    ];
    for (from, to, id) in phases.into_iter().filter(|(from, to, _)| to > from) {
        let start = left + step * from as f64;
        let middle = left + step * (from + to) as f64 / 2.0;
        if from > 0 {
            let _ = write!(
                svg,
                r#"<line x1="{start:.1}" y1="{RATE_TOP}" x2="{start:.1}" y2="{RATE_BOTTOM}" stroke="{INK}" stroke-opacity="0.3"/>"#
            );
        }
        // The first and last are held inside the frame, whatever their words' length.
        let (x, anchor) = match (from, to) {
            (0, _) => (start, "start"),
            (_, end) if end == figures.received.len() => (left + step * end as f64, "end"),
            _ => (middle, "middle"),
        };
        let _ = write!(
            svg,
            r#"<text x="{x:.1}" y="{}" text-anchor="{anchor}">{}</text>"#,
            RATE_BOTTOM + 16.0,
            text(&words.text(id))
        );
    }
}

fn rtt_panel(svg: &mut String, figures: &UploadFigures, words: &Speaker<'_>, frame: Frame) {
    let Frame { left, right, .. } = frame;
    let _ = write!(
        svg,
        r#"<text x="{left}" y="{}">{}</text>"#,
        RTT_TOP - 8.0,
        text(&words.text("upload-chart-round-trip"))
    );
    let highest = figures
        .idle_rtt_ms
        .iter()
        .chain(&figures.loaded_rtt_ms)
        .fold(1.0f32, |a, &b| a.max(b));
    let top = nice_ceiling(f64::from(highest) * 1.05);
    axis(svg, frame, RTT_TOP, RTT_BOTTOM, &words.number(top.round()));
    let step = (right - left) / figures.received.len().max(1) as f64;
    let warmup_end = left + step * figures.warmup_intervals as f64;
    let hold_end = warmup_end + step * figures.hold_intervals as f64;
    // Idle round trips were measured before sending: drawn over the warm-up's width;
    // the busy ones in order over the hold, as they were taken at an even pace.
    let spans = [
        (&figures.idle_rtt_ms, left, warmup_end, "upload-chart-idle"),
        (
            &figures.loaded_rtt_ms,
            warmup_end,
            hold_end,
            "upload-chart-busy",
        ),
    ];
    for (samples, from, to, id) in spans {
        let gap = (to - from) / samples.len().max(1) as f64;
        for (n, &ms) in samples.iter().enumerate() {
            let x = from + gap * (n as f64 + 0.5);
            let y = RTT_BOTTOM - (f64::from(ms) / top) * (RTT_BOTTOM - RTT_TOP);
            let _ = write!(
                svg,
                r#"<circle cx="{x:.1}" cy="{y:.1}" r="2.5" fill="{TARGET}"/>"#
            );
        }
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="{}" text-anchor="middle">{}</text>"#,
            (from + to) / 2.0,
            RTT_BOTTOM + 14.0,
            text(&words.text(id))
        );
    }
}

/// A vertical axis from `top` to `bottom` at `x`, its highest value written beside it
/// and zero at its foot.
fn axis(svg: &mut String, frame: Frame, top: f64, bottom: f64, highest: &str) {
    let Frame { left: x, right, .. } = frame;
    let _ = write!(
        svg,
        r#"<line x1="{x}" y1="{top}" x2="{x}" y2="{bottom}" stroke="{INK}"/><line x1="{x}" y1="{bottom}" x2="{right}" y2="{bottom}" stroke="{INK}"/><text x="{}" y="{}" text-anchor="end">{}</text><text x="{}" y="{}" text-anchor="end">0</text>"#,
        x - 6.0,
        top + 4.0,
        text(highest),
        x - 6.0,
        bottom + 4.0
    );
}

#[cfg(test)]
mod tests {
    use ringcheck_shared::language::Language;
    use ringcheck_words::{Locale, Words};

    use super::*;

    fn figures() -> UploadFigures {
        let mut received = vec![31_250; 8];
        received.extend([62_500; 32]);
        received.extend([20_000; 8]);
        UploadFigures {
            streams: 1,
            target_kbps: 2_000,
            interval_ms: 250,
            received,
            warmup_intervals: 8,
            hold_intervals: 32,
            ramp_intervals: 8,
            idle_rtt_ms: vec![20.0; 12],
            loaded_rtt_ms: vec![130.0; 40],
        }
    }

    #[test]
    fn every_interval_is_a_bar_coloured_by_whether_the_hold_held_it() {
        let svg = upload_chart(
            &figures(),
            &Words::get().speak(Locale::Language(Language::English)),
            ChartWidth::Wide,
        );
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert_eq!(svg.matches("<rect").count(), 48);
        assert_eq!(svg.matches(&format!(r#"fill="{HELD}""#)).count(), 32);
        assert_eq!(svg.matches("<circle").count(), 52, "12 idle, 40 busy");
        assert!(svg.contains("Needed: 2,000 kbit/s"), "{svg}");
        assert!(!svg.contains("style="), "presentation attributes only");
    }

    #[test]
    fn a_short_quarter_in_a_second_that_held_is_not_shown_as_a_miss() {
        let mut figures = figures();
        // One quarter of the hold's first second at half, the next one's all at half.
        figures.received[8] = 31_250;
        for quarter in 12..16 {
            figures.received[quarter] = 31_250;
        }
        figures.received[9] = 93_750;
        let svg = upload_chart(
            &figures,
            &Words::get().speak(Locale::Language(Language::English)),
            ChartWidth::Wide,
        );
        assert_eq!(
            svg.matches(&format!(r#"fill="{SHORT}""#)).count(),
            4,
            "{svg}"
        );
        assert_eq!(svg.matches(&format!(r#"fill="{HELD}""#)).count(), 28);
    }

    #[test]
    fn its_words_are_the_reader_s_language_s_and_escaped() {
        let svg = upload_chart(
            &figures(),
            &Words::get().speak(Locale::Language(Language::German)),
            ChartWidth::Narrow,
        );
        assert!(svg.contains("2.000"), "German thousands: {svg}");
        let words = Words::get().speak(Locale::Language(Language::German));
        assert!(svg.contains(&text(&words.text("upload-chart-rate")).to_string()));
    }

    #[test]
    fn an_axis_tops_at_a_round_number_above_its_highest_value() {
        assert_eq!(nice_ceiling(2_100.0), 5_000.0);
        assert_eq!(nice_ceiling(1_900.0), 2_000.0);
        assert_eq!(nice_ceiling(0.4), 1.0);
        assert_eq!(nice_ceiling(131.0), 200.0);
    }
}

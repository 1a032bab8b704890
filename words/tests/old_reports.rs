//! A report stored before the catalogue's paths and the stored plan (catalogue version 2,
//! as `fixtures/report-catalog-v2.json` was written then) still reads, renders and is
//! judged by today's rules.

use ringcheck_shared::{
    catalog::{self, Catalog},
    judgement::Judgement,
    language::Language,
    report::Report,
    rows::{Inbound, Outbound, test_rows},
    verdict::{Feature, PathState, Verdict},
};
use ringcheck_words::{Locale, Words, judgement::judged, worded_catalogue};

mod common;

/// The report judged and worded for a reader of `language`.
fn judged_in(report: &Report, language: Language) -> Judgement {
    let speaker = Words::get().speak(Locale::Language(language));
    judged(
        &speaker,
        report,
        &worded_catalogue(&speaker, catalog::catalog()),
        "https://x/r/1",
    )
}

fn catalog() -> &'static Catalog {
    common::english()
}

const OLD_REPORT: &str = include_str!("fixtures/report-catalog-v2.json");

fn old_report() -> Report {
    serde_json::from_str(OLD_REPORT).expect("a catalogue-2 report still parses")
}

#[test]
fn it_parses_and_writes_back_the_same_json() {
    let report = old_report();
    assert_eq!(report.catalog_version, 2);
    assert!(report.plan.is_none());
    let again: serde_json::Value = serde_json::to_value(&report).unwrap();
    let original: serde_json::Value = serde_json::from_str(OLD_REPORT).unwrap();
    assert_eq!(
        again, original,
        "nothing added to, or lost from, an old report"
    );
}

#[test]
fn its_rows_come_from_a_rebuilt_plan_with_every_result_in_place() {
    let report = old_report();
    let catalog = catalog();
    let plan = report.plan(catalog);
    let rows = test_rows(&plan, &report.probes, report.egress_results(), true);
    for probe in &report.probes {
        let row = rows
            .iter()
            .find(|r| r.transport == probe.transport && r.port == probe.port)
            .unwrap_or_else(|| panic!("no row for {} {}", probe.transport.label(), probe.port));
        assert!(matches!(row.main.inbound, Inbound::Done(_)));
    }
    for result in report.egress_results() {
        let row = rows
            .iter()
            .find(|r| r.transport == result.transport && r.port == result.port)
            .unwrap();
        assert!(
            matches!(row.main.outbound, Outbound::Done(_)),
            "{}",
            row.key
        );
    }
    let relay = rows.iter().find(|r| r.key == "udp-4172").unwrap();
    assert!(
        matches!(relay.main.outbound, Outbound::Unavailable(_)),
        "ports the old check did not test say so"
    );
    let media: Vec<&str> = rows
        .iter()
        .filter(|r| r.is_sampled())
        .map(|r| r.key.as_str())
        .collect();
    assert_eq!(
        media,
        [
            "udp-16500",
            "udp-25000",
            "udp-35000",
            "udp-45000",
            "udp-55000",
            "udp-65000"
        ]
    );
}

#[test]
fn it_is_judged_by_today_s_paths_and_advised_and_summarised() {
    let report = old_report();
    let judgement = judged_in(&report, Language::English);
    let verdicts = &judgement.verdicts;
    let live_view = verdicts
        .iter()
        .find(|v| v.feature == Feature::LiveView)
        .unwrap();
    // SIP blocked, two of six media ports open: direct with part of the range.
    assert_eq!(live_view.verdict, Verdict::AtRisk);
    assert_eq!(live_view.paths[0].state, PathState::Degraded);
    assert!(
        live_view
            .reason
            .contains("gets through on only 2 of 6 sampled ports"),
        "{}",
        live_view.reason
    );
    let alerts = verdicts
        .iter()
        .find(|v| v.feature == Feature::PhoneAlerts)
        .unwrap();
    assert_eq!(
        alerts.verdict,
        Verdict::NotTested,
        "the old check never tested the phones' push ports"
    );
    assert!(judgement.advice.blocked.contains(&"TCP 8557".to_owned()));
    let text = &judgement.summary;
    assert!(text.contains("catalogue version 2"), "{text}");
}

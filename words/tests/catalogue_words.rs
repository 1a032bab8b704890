//! The Ring catalogue's words, which live in the message catalogues: every entry, note,
//! group and device has its message in every language (the other test holds every
//! language to English's), no message names a thing the catalogue lacks, and the
//! article's caveats are still said in English.

use ringcheck_shared::catalog::{
    Device, Direction, Group, PortEntry, SourceId, SourceKind, TestMethod, catalog,
};
use ringcheck_words::{Catalogue, Locale, Words, catalogues};

fn english_catalogue_file() -> &'static Catalogue {
    catalogues()
        .iter()
        .find(|c| c.language.slug() == "en" && c.file == "catalogue")
        .expect("English has catalogue.ftl")
}

/// Why no browser can test `entry`, as the built catalogue says it for the verdicts, if
/// none can.
fn not_testable_reason(entry: &PortEntry) -> Option<&str> {
    entry.tests.iter().find_map(|test| match test {
        TestMethod::NotTestableFromBrowser { reason } => Some(reason.as_str()),
        _ => None,
    })
}

/// Every message id the catalogue's words need.
fn needed() -> Vec<String> {
    let catalog = catalog();
    let mut ids: Vec<String> = [
        "catalogue-about",
        "catalogue-wifi-summary",
        "catalogue-documented-family",
        "guidance-usually-fine",
        "guidance-symptom",
        "guidance-router",
        "guidance-isp",
        "guidance-caution",
    ]
    .map(str::to_owned)
    .to_vec();
    for entry in &catalog.entries {
        ids.push(entry.message_id("name"));
        ids.push(entry.message_id("purpose"));
        ids.push(entry.message_id("when-blocked"));
        for at in 1..=entry.notes.len() {
            ids.push(format!("entry-{}-note-{at}", entry.id));
        }
        if not_testable_reason(entry).is_some() {
            ids.push(entry.message_id("not-testable"));
        }
    }
    for direction in [
        Direction::DeviceToInternet,
        Direction::DeviceAndInternet,
        Direction::InternetToApp,
        Direction::PhoneToInternet,
    ] {
        ids.push(direction.message_id().to_owned());
    }
    for rule in &catalog.features {
        let feature = rule.feature.message_slug();
        if rule.when_untested.is_some() {
            ids.push(format!("feature-{feature}-when-untested"));
        }
        for path in &rule.paths {
            let id = format!("path-{feature}-{}", path.id);
            if path.caveat.is_some() {
                ids.push(format!("{id}-caveat"));
            }
            ids.push(id);
            for part in &path.parts {
                let id = format!("part-{}", part.id);
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
    }
    for kind in [
        SourceKind::RingDocumentation,
        SourceKind::GoogleOrAppleDocumentation,
        SourceKind::ObservedByOpenSourceClients,
    ] {
        ids.push(kind.message_id().to_owned());
    }
    for group in Group::ALL {
        ids.push(group.message_id("title"));
        ids.push(group.message_id("summary"));
    }
    for device in [
        Device::VideoDoorbell,
        Device::SecurityCamera,
        Device::AlarmBaseStation,
        Device::RingApp,
        Device::AndroidPhone,
        Device::Iphone,
    ] {
        ids.push(device.message_id().to_owned());
    }
    ids
}

#[test]
fn every_text_the_catalogue_needs_is_a_message_and_no_message_is_orphaned() {
    let shape = english_catalogue_file().shape().unwrap();
    let needed = needed();
    let missing: Vec<&String> = needed
        .iter()
        .filter(|id| !shape.contains_key(*id))
        .collect();
    assert!(missing.is_empty(), "messages missing: {missing:?}");
    let orphans: Vec<&String> = shape.keys().filter(|id| !needed.contains(id)).collect();
    assert!(
        orphans.is_empty(),
        "messages for nothing in the catalogue: {orphans:?}"
    );
}

#[test]
fn every_entry_is_worded_in_every_language() {
    // Words of its own, so no other test has already reported a missing message.
    let words = Words::fresh();
    for locale in Locale::ALL {
        let speaker = words.speak(locale);
        let worded = ringcheck_words::worded_catalogue(&speaker, catalog());
        assert!(!worded.about.is_empty() && !worded.wifi.summary.is_empty());
        let guidance = &worded.guidance;
        for text in [
            &guidance.usually_fine,
            &guidance.symptom,
            &guidance.router,
            &guidance.isp,
            &guidance.caution,
            &worded.documented_family.note,
        ] {
            assert!(!text.is_empty(), "{locale:?}");
        }
        for entry in &worded.entries {
            assert!(
                !entry.words.purpose.is_empty() && !entry.words.when_blocked.is_empty(),
                "{locale:?} {}",
                entry.id
            );
            assert!(entry.notes.iter().all(|note| !note.text.is_empty()));
            if not_testable_reason(entry).is_some() {
                assert!(!speaker.text(&entry.message_id("not-testable")).is_empty());
            }
        }
    }
    assert_eq!(words.problems(), 0, "a message was missing: see the log");
}

#[test]
fn the_article_s_caveats_are_said_in_english() {
    let english = Words::get().speak(Locale::ENGLISH);
    let worded = ringcheck_words::worded_catalogue(&english, catalog());
    let http = worded.entry("http").unwrap();
    assert!(http.notes.iter().any(|note| {
        note.text.contains("Alarm Base Station") && note.source == SourceId::Article2019
    }));
    assert!(worded.about.contains("cellular backup"));
    assert!(worded.entries.iter().any(|e| e.notes.iter().any(|n| {
        n.text.contains("negotiated")
            && n.text.contains("via SIP")
            && n.source == SourceId::Article2019
    })));
    assert!(worded.wifi.summary.contains("WPA2 Enterprise"));
    let guidance = &worded.guidance;
    assert!(guidance.router.contains("firewall"));
    assert!(guidance.isp.contains("Internet Service Provider"));
    assert!(guidance.caution.contains("security settings"));
    assert!(guidance.symptom.contains("motion notifications"));
    assert!(worded.documented_family.note.contains("IPv6"));
}

/// Why a browser cannot test DNS and NTP is the article's: browsers refuse those ports.
/// The worded catalogue carries it for the verdicts, as the plan does for its rows.
#[test]
fn why_a_browser_cannot_test_a_port_is_the_article_s() {
    let english = Words::get().speak(Locale::ENGLISH);
    let worded = ringcheck_words::worded_catalogue(&english, catalog());
    let mut told = 0;
    for entry in &worded.entries {
        if let Some(reason) = not_testable_reason(entry) {
            assert!(
                reason.starts_with("Browsers refuse"),
                "{}: {reason}",
                entry.id
            );
            assert_eq!(reason, english.text(&entry.message_id("not-testable")));
            told += 1;
        }
    }
    assert_eq!(told, 2, "DNS and NTP");
}

//! Holds the catalogue to Ring's article: every port it names, with the right transport
//! and direction, and every caveat it makes; and to the later sources, each marked.

/// The backend's tests' way to skip, so `cargo xtask test` counts these skips too.
#[path = "../../backend/tests/common/skip.rs"]
mod skip;

use std::path::PathBuf;

use ringcheck_shared::{
    Port, catalog,
    catalog::{Device, Direction, SourceId, SourceKind, TestMethod, Transport},
};

use SourceId::Article2019;

use Direction::{DeviceAndInternet, DeviceToInternet, InternetToApp};
use Transport::{Tcp, Udp};

/// The article, row by row: (port, transports, direction).
const ARTICLE_PORTS: &[(u16, &[Transport], Direction)] = &[
    (80, &[Tcp], DeviceToInternet),
    (443, &[Tcp], DeviceToInternet),
    (53, &[Udp, Tcp], DeviceToInternet),
    (123, &[Udp], DeviceToInternet),
    (8557, &[Tcp], DeviceToInternet),
    (9998, &[Tcp], DeviceToInternet),
    (9999, &[Tcp], DeviceToInternet),
    (15063, &[Tcp, Udp], DeviceToInternet),
    (15064, &[Tcp, Udp], DeviceToInternet),
    (16500, &[Udp], DeviceAndInternet),
    (40000, &[Udp], DeviceAndInternet),
    (65000, &[Udp], DeviceAndInternet),
    (7076, &[Tcp], InternetToApp),
    (7077, &[Tcp], InternetToApp),
    (9078, &[Tcp], InternetToApp),
    (9079, &[Tcp], InternetToApp),
];

#[test]
fn every_port_of_the_article_is_present_with_its_transport_and_direction() {
    let catalog = catalog();
    for &(number, transports, direction) in ARTICLE_PORTS {
        let port = Port::known(number);
        for &transport in transports {
            let entry = catalog
                .entries
                .iter()
                .find(|entry| entry.carries(transport, port))
                .unwrap_or_else(|| panic!("{} {number} is missing", transport.label()));
            assert_eq!(entry.direction, direction, "direction of {number}");
        }
    }
}

#[test]
fn the_media_range_is_exactly_16500_to_65000() {
    let media = catalog().entry("media").expect("media entry");
    assert!(media.carries(Udp, Port::known(16500)));
    assert!(media.carries(Udp, Port::known(65000)));
    assert!(!media.carries(Udp, Port::known(16499)));
    assert!(!media.carries(Udp, Port::known(65001)));
    assert!(!media.carries(Tcp, Port::known(20000)));
}

#[test]
fn http_is_not_used_by_the_alarm_base_station_and_says_so() {
    let http = catalog().entry("http").expect("http entry");
    assert!(!http.applies_to.contains(&Device::AlarmBaseStation));
    // Its note's words are the message catalogues' (`words/tests/catalogue_words.rs`).
    assert!(http.notes.iter().any(|note| note.source == Article2019));
}

#[test]
fn dns_and_ntp_are_marked_not_testable_from_a_browser() {
    for id in ["dns", "ntp"] {
        let entry = catalog().entry(id).expect(id);
        assert!(
            entry
                .tests
                .iter()
                .any(|test| matches!(test, TestMethod::NotTestableFromBrowser { .. })),
            "{id} must say a browser cannot test it (why: `words/tests/catalogue_words.rs`)"
        );
        assert!(
            !entry
                .tests
                .iter()
                .any(|test| matches!(test, TestMethod::FromBrowser { .. })),
            "{id} must not claim a browser test"
        );
    }
}

#[test]
fn every_entry_is_complete() {
    let catalog = catalog();
    let mut ids = std::collections::HashSet::new();
    for entry in &catalog.entries {
        assert!(ids.insert(entry.id.clone()), "duplicate id {}", entry.id);
        // Its purpose and symptom are messages, held to it in `words/tests/`.
        assert!(!entry.name.is_empty());
        assert!(!entry.transports.is_empty() && !entry.applies_to.is_empty());
        assert!(
            !entry.tests.is_empty(),
            "{} must say how it is tested",
            entry.id
        );
        assert!(!entry.sources.is_empty(), "{} needs a source", entry.id);
        for source in entry
            .sources
            .iter()
            .chain(entry.notes.iter().map(|note| &note.source))
        {
            assert!(
                catalog.source(*source).is_some(),
                "{}: {source:?}",
                entry.id
            );
        }
    }
}

#[test]
fn the_wifi_note_and_the_advice_carry_the_articles_caveats() {
    let catalog = catalog();
    assert_eq!(catalog.wifi.device, Device::AlarmBaseStation);
    assert_eq!(catalog.wifi.supported, "WPA2 Personal");
    assert_eq!(
        catalog.wifi.supported_encryption,
        ["TKIP", "AES", "TKIP + AES"]
    );
    assert_eq!(catalog.wifi.unsupported, ["WPA2 Enterprise"]);
    // The advice, the about text and the SIP caveat are messages:
    // `words/tests/catalogue_words.rs` holds them to the article.
}

#[test]
fn entries_from_later_sources_are_marked_as_such() {
    let catalog = catalog();
    let later: Vec<&str> = catalog
        .entries
        .iter()
        .filter(|e| !e.sources.contains(&Article2019))
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(
        later,
        [
            "live-view-socket",
            "ring-relay",
            "android-push",
            "iphone-push"
        ],
        "the rows the 2019 article does not have"
    );
    for id in later {
        let entry = catalog.entry(id).unwrap();
        assert!(
            !entry.notes.is_empty() && entry.notes.iter().all(|n| n.source != Article2019),
            "{id} must say where it comes from, and not claim the article"
        );
    }
    let socket = catalog
        .entry("live-view-socket")
        .expect("the Live View socket");
    assert!(socket.carries(Tcp, Port::known(9002)));
    assert_eq!(socket.direction, DeviceToInternet);
    assert_eq!(socket.sources, [SourceId::ArticleCurrentUs]);
    let relay = catalog.entry("ring-relay").unwrap();
    assert!(relay.carries(Udp, Port::known(4172)));
    assert_eq!(
        catalog.source(relay.sources[0]).unwrap().kind,
        SourceKind::ObservedByOpenSourceClients
    );
    for (id, port, source) in [
        ("android-push", 5228, SourceId::Fcm),
        ("iphone-push", 5223, SourceId::Apns),
    ] {
        let push = catalog.entry(id).unwrap();
        assert!(push.carries(Tcp, Port::known(port)), "{id}");
        assert_eq!(push.direction, Direction::PhoneToInternet);
        assert_eq!(push.sources, [source]);
    }
}

/// Every source `ring-sources.md` lists is in the catalogue, with an address and what it
/// says, and every one of them backs some entry, note or path.
#[test]
fn every_listed_source_is_in_the_catalogue_and_used() {
    let catalog = catalog();
    let ids: Vec<&str> = catalog.sources.iter().map(|s| s.id.slug()).collect();
    for source in &catalog.sources {
        assert!(source.address.starts_with("https://"), "{:?}", source.id);
        assert!(!source.says.is_empty() && !source.label.is_empty());
        let used = catalog.entries.iter().any(|e| {
            e.sources.contains(&source.id) || e.notes.iter().any(|n| n.source == source.id)
        }) || catalog
            .features
            .iter()
            .any(|f| f.paths.iter().any(|p| p.sources.contains(&source.id)));
        assert!(used, "{:?} backs nothing", source.id);
    }
    let path = reference("ring-sources.md");
    let Ok(text) = std::fs::read_to_string(&path) else {
        return skip::skip(&format!("the sources list not found at {}", path.display()));
    };
    for line in text.lines().filter(|line| line.starts_with("| `")) {
        let id = line.split('`').nth(1).unwrap();
        assert!(
            ids.contains(&id),
            "ring-sources.md lists {id}, the catalogue does not"
        );
    }
}

/// Every outbound entry a test reaches takes part in some feature's path, so no tested
/// port is left out of the verdicts.
#[test]
fn every_tested_outbound_entry_belongs_to_a_path() {
    let catalog = catalog();
    for entry in &catalog.entries {
        let tested = entry
            .tests
            .iter()
            .any(|t| !matches!(t, TestMethod::NotTestableFromBrowser { .. }));
        if entry.direction.is_inbound_only() || !tested {
            continue;
        }
        assert!(
            catalog.paths_using(entry).next().is_some(),
            "{} is in no path",
            entry.id
        );
    }
}

#[test]
fn the_catalogue_round_trips_through_json() {
    let json = serde_json::to_string(catalog()).unwrap();
    let back: ringcheck_shared::Catalog = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, catalog());
}

/// Reads the article itself, where it is checked out beside the repository, and checks
/// that no port number in it is missing from the catalogue.
#[test]
fn no_number_in_the_article_text_is_missing() {
    let path = std::env::var_os("RINGCHECK_ARTICLE")
        .map(PathBuf::from)
        .unwrap_or_else(|| reference("ring-ports-article.txt"));
    let Ok(text) = std::fs::read_to_string(&path) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have the article at {}",
            path.display()
        );
        return skip::skip(&format!("Ring's article not found at {}", path.display()));
    };
    let numbers = standalone_numbers(&text);
    assert!(
        numbers.len() >= 15,
        "expected the article's ports, found {numbers:?}"
    );
    let catalog = catalog();
    for number in numbers {
        let named = catalog
            .entries
            .iter()
            .any(|entry| entry.ports.named_ports().contains(&Port::known(number)));
        assert!(named, "the article names {number}, the catalogue does not");
    }
}

/// Numbers that stand alone as words ("7076/7077" gives both; "WPA2" gives none).
fn standalone_numbers(text: &str) -> Vec<u16> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()))
        .filter_map(|word| word.parse().ok())
        .collect()
}

/// A file of `../shared/reference/`, checked out beside the repository.
fn reference(name: &str) -> PathBuf {
    // At run time: a test binary may have been built in another clone.
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from)
        .join("../../shared/reference")
        .join(name)
}

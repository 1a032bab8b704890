//! Every message the server's code names exists in English, the catalogue every other
//! language is held to: read from the source, so a typo in an id fails here, not as an
//! empty text in front of a customer. Ids built at run time are held by the tests of
//! what builds them (the catalogue's, the check failures', the languages' names).

use std::path::Path;

use ringcheck_words::catalogues;

/// The string literals passed as the first argument of `.text(`, `.with(` and
/// `.template(` in `code`.
fn named_ids(code: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for call in [".text(", ".with(", ".template("] {
        let mut rest = code;
        while let Some(at) = rest.find(call) {
            rest = &rest[at + call.len()..];
            let argument = rest.trim_start();
            if let Some(literal) = argument.strip_prefix('"')
                && let Some(end) = literal.find('"')
            {
                ids.push(literal[..end].to_owned());
            }
        }
    }
    ids
}

#[test]
fn every_message_the_code_names_is_in_english() {
    // Every English message, parsed once.
    let known: Vec<String> = catalogues()
        .iter()
        .filter(|c| c.language.slug() == "en")
        .flat_map(|c| c.shape().unwrap().into_keys())
        .collect();
    let known = |id: &str| known.iter().any(|k| k == id);
    let named: Vec<(String, String)> =
        crate::architecture::sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"))
            .into_iter()
            .flat_map(|path| {
                let code = std::fs::read_to_string(&path).unwrap();
                let at = path.display().to_string();
                named_ids(&code).into_iter().map(move |id| (at.clone(), id))
            })
            .collect();
    // Ids that look like messages; anything else passed to `.text(` (a test's
    // fixture, an HTTP body) is not one of ours.
    let named: Vec<_> = named
        .into_iter()
        .filter(|(_, id)| {
            id.contains('-')
                && id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'-' || b == b'.' || b.is_ascii_digit())
        })
        .collect();
    assert!(
        named.len() > 40,
        "the scan finds the pages' and errors' ids: {}",
        named.len()
    );
    let missing: Vec<_> = named.iter().filter(|(_, id)| !known(id)).collect();
    assert!(missing.is_empty(), "messages not in English: {missing:?}");
}

#[test]
fn the_scan_reads_calls_split_over_lines() {
    let code = "words.text(\"a-b\"); words.with(\n    \"c-d\",\n    &[]); x.template(\"e-f\")";
    assert_eq!(named_ids(code), ["a-b", "c-d", "e-f"]);
}

#[test]
fn every_check_failure_has_its_message() {
    let english = ringcheck_words::Words::fresh();
    let speaker = english.speak(ringcheck_words::Locale::ENGLISH);
    for failure in crate::service::CheckFailure::ALL {
        assert!(
            !speaker
                .text(&format!("check-failed-{}", failure.slug()))
                .is_empty()
        );
    }
    assert_eq!(english.problems(), 0, "a check failure without its message");
}

#[test]
fn every_reason_a_port_is_not_tested_has_its_message() {
    use ringcheck_shared::{
        catalog::{EntryId, Transport},
        egress::{EgressMethod, EgressTarget, UnavailableWhy},
        port::Port,
    };
    let english = ringcheck_words::Words::fresh();
    let speaker = english.speak(ringcheck_words::Locale::ENGLISH);
    for why in UnavailableWhy::ALL {
        let target = EgressTarget {
            entry: EntryId::parse("https").unwrap(),
            transport: Transport::Tcp,
            port: Port::known(443),
            method: EgressMethod::unavailable(why),
        };
        let id = target.reason_message().unwrap();
        assert!(
            speaker
                .with(&id, &[("port", "TCP 443".into())])
                .contains("TCP 443")
                || why == UnavailableWhy::NotTested,
            "{id} names the port"
        );
    }
    assert_eq!(english.problems(), 0, "a reason without its message");
}

//! A probe's detail in words: every kind has its message in every language, English says
//! what the engine used to write, numbers and plurals follow the language, and an old
//! report's sentence is shown as it was stored.

use ringcheck_shared::{
    language::Language,
    probe_detail::{NotRunWhy, ProbeDetail},
};
use ringcheck_words::{Locale, Words, probe_detail};

/// Every kind of detail a new report writes, with the numbers of a silent port.
fn every_kind() -> Vec<ProbeDetail> {
    let mut all = vec![
        ProbeDetail::Handshake,
        ProbeDetail::SipReply,
        ProbeDetail::NoAnswer {
            attempts: 2,
            waited_ms: 1500,
        },
        ProbeDetail::NoSipReply {
            attempts: 2,
            waited_ms: 1500,
        },
        ProbeDetail::Refused,
        ProbeDetail::PortUnreachable,
        ProbeDetail::HostUnreachable,
        ProbeDetail::NetworkUnreachable,
        ProbeDetail::CouldNotRun,
    ];
    all.extend(NotRunWhy::ALL.map(ProbeDetail::NotRun));
    for detail in &all {
        // A new kind of detail fails to compile here until it is added above.
        match detail {
            ProbeDetail::Handshake
            | ProbeDetail::SipReply
            | ProbeDetail::NoAnswer { .. }
            | ProbeDetail::NoSipReply { .. }
            | ProbeDetail::Refused
            | ProbeDetail::PortUnreachable
            | ProbeDetail::HostUnreachable
            | ProbeDetail::NetworkUnreachable
            | ProbeDetail::CouldNotRun
            | ProbeDetail::NotRun(_)
            | ProbeDetail::Legacy(_) => {}
        }
    }
    all
}

#[test]
fn every_detail_is_worded_in_every_language_each_its_own_way() {
    // Words of its own, so no other test has already reported a missing message.
    let words = Words::fresh();
    for locale in Locale::ALL {
        let speaker = words.speak(locale);
        let texts: Vec<String> = every_kind()
            .iter()
            .map(|detail| probe_detail(&speaker, detail))
            .collect();
        for (detail, text) in every_kind().iter().zip(&texts) {
            assert!(!text.trim().is_empty(), "{locale:?} {detail:?}");
            assert!(!text.contains("probe-detail"), "never the key: {text}");
        }
        let mut distinct = texts.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), texts.len(), "{locale:?}: {texts:#?}");
    }
    assert_eq!(words.problems(), 0, "a message was missing: see the log");
}

#[test]
fn english_says_what_the_engine_used_to_write() {
    let words = Words::fresh();
    let english = words.speak(Locale::ENGLISH);
    let say = |detail: ProbeDetail| probe_detail(&english, &detail);
    assert_eq!(say(ProbeDetail::Handshake), "the TCP handshake completed");
    assert_eq!(
        say(ProbeDetail::SipReply),
        "a reply came back to the SIP OPTIONS request"
    );
    assert_eq!(
        say(ProbeDetail::NoAnswer {
            attempts: 2,
            waited_ms: 1500
        }),
        "no answer to 2 connection attempts in 1,500 ms"
    );
    assert_eq!(
        say(ProbeDetail::NoSipReply {
            attempts: 5,
            waited_ms: 1250
        }),
        "no reply to 5 SIP OPTIONS datagrams in 1,250 ms: a silent service and a firewall \
         that drops look the same"
    );
    assert_eq!(say(ProbeDetail::Refused), "connection refused (TCP reset)");
    assert_eq!(say(ProbeDetail::PortUnreachable), "ICMP port unreachable");
    assert_eq!(
        say(ProbeDetail::HostUnreachable),
        "ICMP host unreachable or administratively prohibited"
    );
    assert_eq!(say(ProbeDetail::NetworkUnreachable), "network unreachable");
    assert_eq!(
        say(ProbeDetail::CouldNotRun),
        "not tested: the probe could not run",
        "the server's error stays in its log"
    );
    assert_eq!(
        say(ProbeDetail::NotRun(NotRunWhy::ShuttingDown)),
        "not tested: the server is shutting down"
    );
    assert_eq!(
        say(ProbeDetail::NotRun(NotRunWhy::TooBusy)),
        "not tested: the server was too busy to run this probe in time"
    );
    assert_eq!(
        say(ProbeDetail::NotRun(NotRunWhy::ProbeFailed)),
        "not tested: the probe failed inside Ring Check"
    );
    assert_eq!(words.problems(), 0);
}

#[test]
fn one_attempt_is_singular_and_numbers_are_the_language_s() {
    let words = Words::fresh();
    let once = ProbeDetail::NoAnswer {
        attempts: 1,
        waited_ms: 1000,
    };
    let twice = ProbeDetail::NoSipReply {
        attempts: 2,
        waited_ms: 1500,
    };
    let say = |language, detail: &ProbeDetail| {
        probe_detail(&words.speak(Locale::Language(language)), detail)
    };
    assert_eq!(
        say(Language::English, &once),
        "no answer to 1 connection attempt in 1,000 ms"
    );
    assert!(say(Language::Italian, &once).contains("1 tentativo di connessione in 1.000 ms"));
    assert!(say(Language::German, &once).contains("1 Verbindungsversuch in 1.000 ms"));
    assert!(say(Language::German, &twice).contains("2 SIP-OPTIONS-Datagramme in 1.500 ms"));
    assert!(say(Language::French, &twice).contains("2 datagrammes SIP OPTIONS en 1\u{202F}500 ms"));
    assert!(say(Language::Spanish, &once).contains("1 intento de conexión en 1000 ms"));
    assert!(say(Language::Dutch, &twice).contains("2 SIP OPTIONS-datagrammen in 1.500 ms"));
    assert!(say(Language::Japanese, &twice).contains("2回送り、1,500 ms"));
    assert_eq!(words.problems(), 0);
}

#[test]
fn an_old_report_s_sentence_is_shown_as_it_was_stored_in_every_language() {
    let words = Words::fresh();
    let old = ProbeDetail::Legacy("no answer to 2 connection attempts in 1500 ms".into());
    for locale in Locale::ALL {
        assert_eq!(
            probe_detail(&words.speak(locale), &old),
            "no answer to 2 connection attempts in 1500 ms",
            "{locale:?}: not through a catalogue, so not even the pseudo-language's brackets"
        );
    }
    assert_eq!(
        probe_detail(&words.speak(Locale::ENGLISH), &ProbeDetail::default()),
        ""
    );
    let pseudo = probe_detail(&words.speak(Locale::Pseudo), &ProbeDetail::Refused);
    assert!(pseudo.starts_with('[') && pseudo.ends_with(']'), "{pseudo}");
    assert_eq!(words.problems(), 0);
}

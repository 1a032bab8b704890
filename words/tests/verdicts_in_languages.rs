//! The verdicts' sentences in Italian and Japanese for a few firewall cases, word for
//! word: the same data as the English tests, put into other languages' words. Each
//! judged with the catalogue worded in that language, on a `Words` of its own that must
//! report no missing message.

use ringcheck_shared::{
    catalog::{self, Catalog, Transport},
    check::{ProbeResult, ProbeState, probe_back_plan},
    egress::{EgressReport, EgressResult, EgressState, ReportedBy, egress_targets},
    language::Language,
    port::Port,
    verdict::{Feature, FeatureVerdict, verdicts},
};
use ringcheck_words::{Locale, Words, judgement, worded_catalogue};

use EgressState::{NoAnswer, Reached};
use Transport::{Tcp, Udp};

/// Every probe closed (a router that answers), as the inbound half of each case.
fn probes(catalog: &Catalog) -> Vec<ProbeResult> {
    probe_back_plan(catalog)
        .into_iter()
        .map(|planned| ProbeResult {
            entry: planned.entry,
            transport: planned.transport,
            port: planned.port,
            family: None,
            state: ProbeState::Closed,
            rtt_ms: None,
            attempts: 1,
            detail: Default::default(),
        })
        .collect()
}

/// The browser's results over 16 media samples: `state_of` decides each port.
fn egress(catalog: &Catalog, state_of: impl Fn(Transport, u16) -> EgressState) -> EgressReport {
    let sample: Vec<Port> = (0..16u16).map(|i| Port::known(16500 + i * 3233)).collect();
    EgressReport {
        reported_by: ReportedBy::VisitorBrowser,
        received_at: String::new(),
        results: egress_targets(catalog, &sample, |_, port| Ok(port))
            .into_iter()
            .filter(|t| t.is_testable())
            .map(|t| EgressResult {
                transport: t.transport,
                port: t.port,
                family: None,
                state: state_of(t.transport, t.port.get()),
                rtt_ms: None,
                waited_ms: None,
            })
            .collect(),
        nat: None,
        phone: None,
    }
}

/// `feature`'s reason and each path's line, in `language`, for a firewall that
/// answers each outbound port as `state_of` says.
fn said(
    language: Language,
    feature: Feature,
    state_of: impl Fn(Transport, u16) -> EgressState,
) -> (String, Vec<String>) {
    let words = Words::fresh();
    let speaker = words.speak(Locale::Language(language));
    let catalog = worded_catalogue(&speaker, catalog::catalog());
    let egress = egress(&catalog, state_of);
    let verdict: FeatureVerdict = verdicts(&catalog, &probes(&catalog), Some(&egress))
        .into_iter()
        .find(|v| v.feature == feature)
        .unwrap();
    let reason = judgement::reason(&speaker, feature, &verdict.why, verdict.nat);
    let paths = verdict
        .paths
        .iter()
        .map(|path| {
            format!(
                "{}: {}",
                judgement::path_heading(&speaker, path),
                judgement::path_summary(&speaker, &path.outcome)
            )
        })
        .collect();
    assert_eq!(words.problems(), 0, "a message is missing in {language:?}");
    (reason, paths)
}

/// UDP dropped, TCP open: Live View only through Ring's relay.
fn udp_dropped(transport: Transport, _: u16) -> EgressState {
    if transport == Udp { NoAnswer } else { Reached }
}

/// HTTPS blocked: nothing that needs Ring's cloud works.
fn https_blocked(transport: Transport, port: u16) -> EgressState {
    if transport == Tcp && port == 443 {
        NoAnswer
    } else {
        Reached
    }
}

/// The control port and the Ring Socket Service blocked.
fn control_blocked(transport: Transport, port: u16) -> EgressState {
    if transport == Tcp && matches!(port, 8557 | 9998) {
        NoAnswer
    } else {
        Reached
    }
}

/// Half the media range dropped.
fn half_the_media(transport: Transport, port: u16) -> EgressState {
    if transport == Udp && (16500..=40000).contains(&port) {
        NoAnswer
    } else {
        Reached
    }
}

/// (language, case, feature, the reason word for word, the first path's line).
type Expected = (
    Language,
    fn(Transport, u16) -> EgressState,
    Feature,
    &'static str,
    &'static str,
);

const TABLE: &[Expected] = &[
    (
        Language::Italian,
        udp_dropped,
        Feature::LiveView,
        "Funziona tramite i server relay di Ring, il che può rallentare il video. Non \
         direttamente: il traffico audio e video su UDP 16500–65000 non riesce a passare su \
         nessuna delle 16 porte campionate.",
        "Direttamente: bloccato: il traffico audio e video su UDP 16500–65000 non riesce a \
         passare su nessuna delle 16 porte campionate",
    ),
    (
        Language::Italian,
        https_blocked,
        Feature::Notifications,
        "Per le notifiche di movimento e del campanello è indispensabile HTTPS su TCP 443, che \
         però è bloccato tra la tua rete e internet.",
        "Tramite il cloud di Ring: bloccato: HTTPS su TCP 443 è bloccato",
    ),
    (
        Language::Italian,
        control_blocked,
        Feature::Notifications,
        "Il controllo Ring su TCP 8557 e il Ring Socket Service su TCP 9998 sono bloccati, \
         quindi per le notifiche di movimento e del campanello potrebbero esserci ritardi o \
         malfunzionamenti.",
        "Tramite il cloud di Ring: riesce a passare, ma il controllo Ring su TCP 8557 e il \
         Ring Socket Service su TCP 9998 sono bloccati",
    ),
    (
        Language::Italian,
        half_the_media,
        Feature::LiveView,
        "Funziona direttamente, ma il traffico audio e video su UDP 16500–65000 riesce a \
         passare solo su 8 delle 16 porte campionate, quindi potrebbero esserci ritardi o \
         malfunzionamenti.",
        "Direttamente: riesce a passare, ma il traffico audio e video su UDP 16500–65000 \
         riesce a passare solo su 8 delle 16 porte campionate",
    ),
    (
        Language::Japanese,
        udp_dropped,
        Feature::LiveView,
        "Ringのリレーサーバー経由で動作します。ただし、映像が遅くなることがあります。直接接続では、\
         音声と映像（UDP 16500–65000）は、サンプルとしてテストした16個のポートのどれでも通信できない\
         ため、動作しません。",
        "直接接続: 音声と映像（UDP 16500–65000）は、サンプルとしてテストした16個のポートのどれでも\
         通信できないため、接続できません",
    ),
    (
        Language::Japanese,
        https_blocked,
        Feature::Notifications,
        "モーション通知と呼び出し通知にはHTTPS（TCP 443）が必要ですが、これがお使いのネットワーク\
         とインターネットの間でブロックされています。",
        "Ringのクラウド経由: HTTPS（TCP 443）がブロックされているため、接続できません",
    ),
    (
        Language::Japanese,
        control_blocked,
        Feature::Notifications,
        "Ringの制御接続（TCP 8557）、Ring Socket Service（TCP 9998）がブロックされているため、\
         モーション通知と呼び出し通知が遅れたり失敗したりすることがあります。",
        "Ringのクラウド経由: 通信できます（ただし、Ringの制御接続（TCP 8557）、Ring Socket \
         Service（TCP 9998）がブロックされている）",
    ),
    (
        Language::Japanese,
        half_the_media,
        Feature::LiveView,
        "直接接続で動作しますが、音声と映像（UDP 16500–65000）は、サンプルとしてテストした16個の\
         ポートのうち8個でしか通信できないため、遅れたり失敗したりすることがあります。",
        "直接接続: 通信できます（ただし、音声と映像（UDP 16500–65000）は、サンプルとしてテストした\
         16個のポートのうち8個でしか通信できない）",
    ),
];

#[test]
fn italian_and_japanese_verdicts_read_word_for_word() {
    for (at, (language, case, feature, reason, first_path)) in TABLE.iter().enumerate() {
        let (said_reason, paths) = said(*language, *feature, case);
        assert_eq!(said_reason, *reason, "row {at}: {language:?} {feature:?}");
        assert_eq!(paths[0], *first_path, "row {at}: {language:?} {feature:?}");
    }
}

#[test]
fn every_language_says_the_case_in_its_own_words() {
    let english = said(Language::English, Feature::LiveView, udp_dropped).0;
    assert!(
        english.starts_with("Works through Ring's relay servers"),
        "{english}"
    );
    for language in Language::ALL {
        let (reason, _) = said(language, Feature::LiveView, udp_dropped);
        assert!(reason.contains("16500"), "{language:?}: {reason}");
        if language != Language::English {
            assert_ne!(reason, english, "{language:?} is its own");
        }
    }
}

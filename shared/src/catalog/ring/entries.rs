//! The port table: every row of the 2019 article, and the rows later sources add.
//!
//! Each entry's `name` here is the article's English, the built label stored plans keep
//! (their fingerprint depends on it); what a reader sees is the message
//! `entry-{id}-name` in their language, which [`crate::catalog::Catalog::worded`] puts
//! in its place.

use crate::{
    catalog::{
        Device, Direction, EntryId, EntryWords, Group, Note, PortEntry, SourceId, TestMethod,
        Transport,
    },
    port::PortSpec,
};

use Device::{AlarmBaseStation, AndroidPhone, Iphone, RingApp, SecurityCamera, VideoDoorbell};
use SourceId::{Apns, Article2019, ArticleCurrentIt, ArticleCurrentUs, Fcm, RingClients, RingEdge};
use Transport::{Tcp, Udp};

const ALL_RING_DEVICES: [Device; 3] = [VideoDoorbell, SecurityCamera, AlarmBaseStation];
const VIDEO_DEVICES: [Device; 2] = [VideoDoorbell, SecurityCamera];

pub(super) fn entries() -> Vec<PortEntry> {
    vec![
        PortEntry {
            id: id("http"),
            name: "HTTP".into(),
            group: Group::CoreServices,
            transports: vec![Tcp],
            ports: PortSpec::list(&[80]),
            direction: Direction::DeviceToInternet,
            applies_to: VIDEO_DEVICES.to_vec(),
            notes: vec![note(Article2019)],
            words: EntryWords::default(),
            tests: vec![probe_back(Tcp), from_browser(Tcp)],
            sources: vec![Article2019],
        },
        PortEntry {
            id: id("https"),
            name: "HTTPS".into(),
            group: Group::CoreServices,
            transports: vec![Tcp],
            ports: PortSpec::list(&[443]),
            direction: Direction::DeviceToInternet,
            applies_to: ALL_RING_DEVICES.to_vec(),
            notes: vec![note(ArticleCurrentUs), note(RingClients), note(Apns)],
            words: EntryWords::default(),
            tests: vec![probe_back(Tcp), from_browser(Tcp)],
            sources: vec![Article2019, ArticleCurrentUs, RingClients, Apns],
        },
        PortEntry {
            id: id("dns"),
            name: "DNS".into(),
            group: Group::CoreServices,
            transports: vec![Udp, Tcp],
            ports: PortSpec::list(&[53]),
            direction: Direction::DeviceToInternet,
            applies_to: ALL_RING_DEVICES.to_vec(),
            notes: vec![],
            words: EntryWords::default(),
            tests: vec![not_testable()],
            sources: vec![Article2019],
        },
        PortEntry {
            id: id("ntp"),
            name: "NTP".into(),
            group: Group::CoreServices,
            transports: vec![Udp],
            ports: PortSpec::list(&[123]),
            direction: Direction::DeviceToInternet,
            applies_to: ALL_RING_DEVICES.to_vec(),
            notes: vec![],
            words: EntryWords::default(),
            tests: vec![not_testable()],
            sources: vec![Article2019],
        },
        PortEntry {
            id: id("ring-control"),
            name: "Ring control".into(),
            group: Group::CoreServices,
            transports: vec![Tcp],
            ports: PortSpec::list(&[8557]),
            direction: Direction::DeviceToInternet,
            applies_to: ALL_RING_DEVICES.to_vec(),
            notes: vec![],
            words: EntryWords::default(),
            tests: vec![probe_back(Tcp), from_browser(Tcp)],
            sources: vec![Article2019],
        },
        PortEntry {
            id: id("ring-socket-service"),
            name: "Ring Socket Service (RSS)".into(),
            group: Group::AppConnection,
            transports: vec![Tcp],
            ports: PortSpec::list(&[9998, 9999]),
            direction: Direction::DeviceToInternet,
            applies_to: ALL_RING_DEVICES.to_vec(),
            notes: vec![],
            words: EntryWords::default(),
            tests: vec![probe_back(Tcp), from_browser(Tcp)],
            sources: vec![Article2019],
        },
        PortEntry {
            id: id("sip"),
            name: "Live View set-up (SIP)".into(),
            group: Group::LiveView,
            transports: vec![Tcp, Udp],
            ports: PortSpec::list(&[15063, 15064]),
            direction: Direction::DeviceToInternet,
            applies_to: VIDEO_DEVICES.to_vec(),
            notes: vec![note(ArticleCurrentUs), note(RingEdge)],
            words: EntryWords::default(),
            tests: vec![
                probe_back(Tcp),
                probe_back(Udp),
                from_browser(Tcp),
                from_browser(Udp),
            ],
            sources: vec![Article2019, RingEdge],
        },
        PortEntry {
            id: id("live-view-socket"),
            name: "Live View socket".into(),
            group: Group::LiveView,
            transports: vec![Tcp],
            ports: PortSpec::list(&[9002]),
            direction: Direction::DeviceToInternet,
            applies_to: VIDEO_DEVICES.to_vec(),
            notes: vec![note(ArticleCurrentUs)],
            words: EntryWords::default(),
            tests: vec![from_browser(Tcp)],
            sources: vec![ArticleCurrentUs],
        },
        PortEntry {
            id: id("media"),
            name: "Audio and video (RTP)".into(),
            group: Group::LiveView,
            transports: vec![Udp],
            ports: PortSpec::range(16500, 65000),
            direction: Direction::DeviceAndInternet,
            applies_to: VIDEO_DEVICES.to_vec(),
            notes: vec![note(Article2019), note(ArticleCurrentIt)],
            words: EntryWords::default(),
            tests: vec![from_browser(Udp)],
            sources: vec![Article2019, ArticleCurrentIt],
        },
        PortEntry {
            id: id("ring-relay"),
            name: "Ring's relay servers (TURN)".into(),
            group: Group::LiveView,
            transports: vec![Udp],
            ports: PortSpec::list(&[4172]),
            direction: Direction::DeviceToInternet,
            applies_to: vec![VideoDoorbell, SecurityCamera, RingApp],
            notes: vec![note(RingClients), note(RingClients)],
            words: EntryWords::default(),
            tests: vec![from_browser(Udp)],
            sources: vec![RingClients],
        },
        PortEntry {
            id: id("android-push"),
            name: "Android push (Firebase Cloud Messaging)".into(),
            group: Group::PhoneAlerts,
            transports: vec![Tcp],
            ports: PortSpec::list(&[5228]),
            direction: Direction::PhoneToInternet,
            applies_to: vec![AndroidPhone],
            notes: vec![note(Fcm)],
            words: EntryWords::default(),
            tests: vec![from_browser(Tcp)],
            sources: vec![Fcm],
        },
        PortEntry {
            id: id("iphone-push"),
            name: "iPhone push (Apple Push Notification service)".into(),
            group: Group::PhoneAlerts,
            transports: vec![Tcp],
            ports: PortSpec::list(&[5223]),
            direction: Direction::PhoneToInternet,
            applies_to: vec![Iphone],
            notes: vec![note(Apns)],
            words: EntryWords::default(),
            tests: vec![from_browser(Tcp)],
            sources: vec![Apns],
        },
        PortEntry {
            id: id("app-listening"),
            name: "Ring app listening ports".into(),
            group: Group::RingApp,
            transports: vec![Tcp, Udp],
            ports: PortSpec::list(&[7076, 7077, 9078, 9079]),
            direction: Direction::InternetToApp,
            applies_to: vec![RingApp],
            notes: vec![note(Article2019)],
            words: EntryWords::default(),
            tests: vec![probe_back(Tcp)],
            sources: vec![Article2019],
        },
    ]
}

fn id(text: &str) -> EntryId {
    EntryId::parse(text).expect("catalogue ids are valid")
}

/// A caveat from `source`; its words are the message `entry-<id>-note-<n>`.
fn note(source: SourceId) -> Note {
    Note {
        text: String::new(),
        source,
    }
}

fn probe_back(transport: Transport) -> TestMethod {
    TestMethod::ProbeBack { transport }
}

fn from_browser(transport: Transport) -> TestMethod {
    TestMethod::FromBrowser { transport }
}

/// Why is the message `entry-{id}-not-testable`.
fn not_testable() -> TestMethod {
    TestMethod::NotTestableFromBrowser {
        reason: String::new(),
    }
}

//! The port table: every row of the 2019 article, and the rows later sources add.

use super::LIVE_VIEW_FAILS;
use crate::{
    catalog::{
        Device, Direction, EntryId, Group, Note, PortEntry, SourceId, TestMethod, Transport,
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
            purpose: "Plain web requests from doorbells and cameras to Ring's services.".into(),
            when_blocked: "The device may fail to reach some of Ring's services, such as \
                           software downloads."
                .into(),
            notes: vec![note(
                "Not applicable to the Ring Alarm Base Station.",
                Article2019,
            )],
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
            purpose: "Encrypted connections to Ring's cloud: set-up, events, notifications \
                      and software updates."
                .into(),
            when_blocked: "The device can't reach Ring: it shows as offline, and \
                           notifications, recordings and updates stop."
                .into(),
            notes: vec![
                note(
                    "Current Ring devices also set up Live View through their socket \
                     connection on this port (or 9002).",
                    ArticleCurrentUs,
                ),
                note(
                    "Ring's WebRTC signals over a WebSocket on this port, and offers its relay \
                     servers over TLS here when UDP cannot get out.",
                    RingClients,
                ),
                note(
                    "iPhones fall back to this port for push alerts on Wi-Fi when TCP 5223 is \
                     blocked.",
                    Apns,
                ),
            ],
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
            purpose: "Looks up the addresses of Ring's servers by name.".into(),
            when_blocked: "The device can't find Ring's servers and shows as offline.".into(),
            notes: vec![],
            tests: vec![not_testable(
                "browsers refuse to connect to port 53. If websites load on this network, \
                 DNS is almost certainly working.",
            )],
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
            purpose: "Keeps the device's clock right; secure connections and event times \
                      depend on it."
                .into(),
            when_blocked: "The clock drifts: event times can be wrong and secure connections \
                           can fail."
                .into(),
            notes: vec![],
            tests: vec![not_testable(
                "browsers refuse to use port 123, and web pages cannot send NTP traffic.",
            )],
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
            purpose: "The device's control connection to Ring's services (plain TCP 8557 \
                      in the article)."
                .into(),
            when_blocked: "Motion and ding notifications and settings changes can be delayed \
                           or lost."
                .into(),
            notes: vec![],
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
            purpose: "Maintains the communication path between the Ring device and your \
                      mobile device."
                .into(),
            when_blocked: "The app may not reach the device: Live View requests and \
                           notifications can fail or arrive late."
                .into(),
            notes: vec![],
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
            purpose: "Sets up Live View video with the Session Initiation Protocol (SIP), on \
                      older devices and firmware."
                .into(),
            when_blocked: LIVE_VIEW_FAILS.into(),
            notes: vec![
                note(
                    "Ring's current article no longer names SIP: current devices set up Live \
                     View through the socket on TCP 443 or 9002.",
                    ArticleCurrentUs,
                ),
                note(
                    "With Ring Edge on an Alarm Pro base station, Live View can go to the base \
                     station's local address on 15064, so Wi-Fi client isolation or separate \
                     networks for cameras and phones break it; a check from the internet \
                     cannot see that.",
                    RingEdge,
                ),
            ],
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
            purpose: "Carries the socket connection that sets up Live View on current Ring \
                      devices, beside TCP 443."
                .into(),
            when_blocked: "Live View is set up over TCP 443 instead; if that is blocked too, \
                           current devices cannot start Live View."
                .into(),
            notes: vec![note(
                "Not in the 2019 article: Ring's current article names it, with 443, for the \
                 Live View socket.",
                ArticleCurrentUs,
            )],
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
            purpose: "Carries Live View video and two-way audio.".into(),
            when_blocked: "Live View starts but shows no video, or the picture and two-way \
                           audio stall, unless Ring's relay servers can carry them."
                .into(),
            notes: vec![
                note(
                    "The ports are negotiated for each session (via SIP in the 2019 article) \
                     and can be anywhere from 16500 to 65000; Ring Check tests a sample spread \
                     evenly across the range.",
                    Article2019,
                ),
                note(
                    "Ring's current documentation: WebRTC negotiates them, still from 16500 to \
                     65000; in rare cases STUN servers are used for media.",
                    ArticleCurrentIt,
                ),
            ],
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
            purpose: "When audio and video cannot flow directly, Ring's WebRTC relays them \
                      through its own servers, which also answer STUN on this port."
                .into(),
            when_blocked: "Live View has one way fewer to connect when direct UDP is blocked: \
                           it then needs the relay over TLS on TCP 443."
                .into(),
            notes: vec![
                note(
                    "The relay is also offered over TLS on TCP 443 (the HTTPS row).",
                    RingClients,
                ),
                note(
                    "Seen by open-source Ring clients in Ring's WebRTC set-up; Ring's own \
                     articles do not name it.",
                    RingClients,
                ),
            ],
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
            purpose: "Android phones keep a connection to Google's push service open on this \
                      port; Ring's motion and ding alerts arrive through it."
                .into(),
            when_blocked: "Ring's alerts reach an Android phone on this Wi-Fi late or not at \
                           all (they still arrive on mobile data)."
                .into(),
            notes: vec![note(
                "Google also names TCP 5229 and 5230, and sometimes 443.",
                Fcm,
            )],
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
            purpose: "iPhones keep a connection to Apple's push service open on this port; \
                      Ring's motion and ding alerts arrive through it."
                .into(),
            when_blocked: "On Wi-Fi, iPhones fall back to TCP 443, so alerts usually still \
                           arrive; if 443 is blocked too, they arrive late or not at all."
                .into(),
            notes: vec![note("Apple uses 443 as a fallback on Wi-Fi only.", Apns)],
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
            purpose: "The Ring app listens for connections on these ports.".into(),
            when_blocked: "Usually nothing you would notice: behind a home router these ports \
                           are normally closed to the internet, and that is expected."
                .into(),
            notes: vec![note(
                "Primarily 7076 and 7077, as well as 9078 and 9079.",
                Article2019,
            )],
            tests: vec![probe_back(Tcp)],
            sources: vec![Article2019],
        },
    ]
}

fn id(text: &str) -> EntryId {
    EntryId::parse(text).expect("catalogue ids are valid")
}

fn note(text: &str, source: SourceId) -> Note {
    Note {
        text: text.into(),
        source,
    }
}

fn probe_back(transport: Transport) -> TestMethod {
    TestMethod::ProbeBack { transport }
}

fn from_browser(transport: Transport) -> TestMethod {
    TestMethod::FromBrowser { transport }
}

fn not_testable(reason: &str) -> TestMethod {
    TestMethod::NotTestableFromBrowser {
        reason: reason.into(),
    }
}

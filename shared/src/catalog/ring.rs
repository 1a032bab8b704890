//! The data: every row and caveat of Ring's article "The protocols and ports used by Ring
//! devices". Wording follows the article; where we add an explanation, it says what a
//! customer would notice, not how Ring works inside.

use super::{
    CATALOG_VERSION, Catalog, Device, Direction, EntryId, Group, Guidance, PortEntry, Source,
    SourceId, TestMethod, Transport, WifiRequirement,
};
use crate::port::PortSpec;

use Device::{AlarmBaseStation, RingApp, SecurityCamera, VideoDoorbell};
use Transport::{Tcp, Udp};

const ALL_RING_DEVICES: [Device; 3] = [VideoDoorbell, SecurityCamera, AlarmBaseStation];
const VIDEO_DEVICES: [Device; 2] = [VideoDoorbell, SecurityCamera];

/// The symptom the article gives for blocked Live View ports.
const LIVE_VIEW_FAILS: &str = "The device can't answer Live View requests from your phone: you \
    may still get motion notifications (or dings from a doorbell) but can't connect to the video.";

pub(super) fn catalog() -> Catalog {
    Catalog {
        version: CATALOG_VERSION,
        about: "Ring devices use your internet connection to send video and audio, to send \
                Alarm notifications (when the Base Station is not on cellular backup), to keep \
                your phone connected to them, and to receive software updates."
            .into(),
        sources: vec![
            Source {
                id: SourceId::RingPortsArticle,
                title: "The protocols and ports used by Ring devices".into(),
                publisher: "Ring support".into(),
            },
            Source {
                id: SourceId::NewerRingDocumentation,
                title: "newer Ring documentation (the Live View socket, WebRTC media)".into(),
                publisher: "Ring".into(),
            },
        ],
        entries: entries(),
        wifi: WifiRequirement {
            device: AlarmBaseStation,
            supported: "WPA2 Personal".into(),
            supported_encryption: vec!["TKIP".into(), "AES".into(), "TKIP + AES".into()],
            unsupported: vec!["WPA2 Enterprise".into()],
            summary: "Ring Alarm supports WPA2 Personal, with encryption types TKIP, AES or \
                      TKIP + AES. Ring Alarm does not support WPA2 Enterprise."
                .into(),
        },
        guidance: Guidance {
            usually_fine: "Generally, Ring devices and the Ring app can reach the ports they \
                           need without any problems. Occasionally a firewall on your router \
                           (gateway), or your Internet Service Provider, blocks one or more \
                           of them."
                .into(),
            symptom: LIVE_VIEW_FAILS.into(),
            router: "If your router is blocking the ports, change its firewall settings to \
                     allow the protocols and ports listed here, or make its firewall settings \
                     less strict."
                .into(),
            isp: "If the router is not the problem, your Internet Service Provider may be \
                  blocking these ports. Contact them, explain the problem and give them the \
                  ports listed here, so they can help unblock them."
                .into(),
            caution: "These recommendations involve changing security settings for your \
                      network. Make sure you understand the reason for a change before you \
                      make it."
                .into(),
        },
    }
}

fn entries() -> Vec<PortEntry> {
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
            notes: vec!["Not applicable to the Ring Alarm Base Station.".into()],
            tests: vec![probe_back(Tcp), from_browser(Tcp)],
            source: SourceId::RingPortsArticle,
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
            notes: vec![],
            tests: vec![probe_back(Tcp), from_browser(Tcp)],
            source: SourceId::RingPortsArticle,
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
            source: SourceId::RingPortsArticle,
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
            source: SourceId::RingPortsArticle,
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
            source: SourceId::RingPortsArticle,
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
            source: SourceId::RingPortsArticle,
        },
        PortEntry {
            id: id("sip"),
            name: "Live View set-up (SIP)".into(),
            group: Group::LiveView,
            transports: vec![Tcp, Udp],
            ports: PortSpec::list(&[15063, 15064]),
            direction: Direction::DeviceToInternet,
            applies_to: VIDEO_DEVICES.to_vec(),
            purpose: "Sets up Live View video with the Session Initiation Protocol (SIP).".into(),
            when_blocked: LIVE_VIEW_FAILS.into(),
            notes: vec![],
            tests: vec![
                probe_back(Tcp),
                probe_back(Udp),
                from_browser(Tcp),
                from_browser(Udp),
            ],
            source: SourceId::RingPortsArticle,
        },
        PortEntry {
            id: id("live-view-socket"),
            name: "Live View socket".into(),
            group: Group::LiveView,
            transports: vec![Tcp],
            ports: PortSpec::list(&[9002]),
            direction: Direction::DeviceToInternet,
            applies_to: VIDEO_DEVICES.to_vec(),
            purpose: "Carries the Live View connection on newer Ring devices and apps.".into(),
            when_blocked: "On devices that use it, Live View may fail to start.".into(),
            notes: vec![
                "Not in Ring's ports article: newer Ring documentation names it for the Live \
                 View socket."
                    .into(),
            ],
            tests: vec![from_browser(Tcp)],
            source: SourceId::NewerRingDocumentation,
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
                           audio stall."
                .into(),
            notes: vec![
                "The ports are negotiated via SIP for each session and can be anywhere from \
                 16500 to 65000; Ring Check tests a sample spread across the range."
                    .into(),
            ],
            tests: vec![from_browser(Udp)],
            source: SourceId::RingPortsArticle,
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
            notes: vec!["Primarily 7076 and 7077, as well as 9078 and 9079.".into()],
            tests: vec![probe_back(Tcp)],
            source: SourceId::RingPortsArticle,
        },
    ]
}

fn id(text: &str) -> EntryId {
    EntryId::parse(text).expect("catalogue ids are valid")
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

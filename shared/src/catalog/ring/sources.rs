//! Where the catalogue's facts come from, paraphrased (`ring-sources.md`).

use crate::catalog::{Source, SourceId, SourceKind};

pub(super) fn sources() -> Vec<Source> {
    vec![
        source(
            SourceId::Article2019,
            "Ring, 2019",
            "The protocols and ports used by Ring devices (the version Ring Check was founded on)",
            "https://web.archive.org/web/2019/https://support.ring.com/hc/en-us/articles/205385394",
            SourceKind::RingDocumentation,
            "HTTP 80 (not the Alarm Base Station), HTTPS 443, DNS 53, NTP 123 and TCP 8557; the \
             Ring Socket Service on TCP 9998 and 9999; Live View set up with SIP on TCP or UDP \
             15063 or 15064; audio and video over UDP ports negotiated by SIP, from 16500 to \
             65000; the Ring app listening on 7076/7077 and 9078/9079; Ring Alarm on WPA2 \
             Personal only. The en-GB version still reads like this.",
        ),
        source(
            SourceId::ArticleCurrentUs,
            "Ring, current (US)",
            "The protocols and ports used by Ring devices (current US version)",
            "https://support.help.ring.com/hc/en-us/articles/205385394",
            SourceKind::RingDocumentation,
            "Live View video is set up through the socket connection to Ring's servers on TCP \
             443 and 9002; SIP is no longer named for set-up.",
        ),
        source(
            SourceId::ArticleCurrentIt,
            "Ring, current (Italy)",
            "The protocols and ports used by Ring devices (current Italian version)",
            "https://ring.com/it/it/support/articles/xws8s",
            SourceKind::RingDocumentation,
            "Audio and video travel over UDP ports negotiated by WebRTC, still from 16500 to \
             65000; in rare cases STUN servers may be used for media.",
        ),
        source(
            SourceId::RingClients,
            "ring-client-api",
            "ring-client-api (dgreif/ring): issue 1282, streaming/peer-connection.ts, \
             streaming/ring-edge-connection.ts",
            "https://github.com/dgreif/ring",
            SourceKind::ObservedByOpenSourceClients,
            "Ring's WebRTC offers relays (TURN) on UDP 4172 and over TLS on TCP 443, and STUN \
             on 4172; signalling is a WebSocket over TLS on 443; since 2022 Live View is \
             WebRTC, with audio and video as separate UDP flows.",
        ),
        source(
            SourceId::Fcm,
            "Google FCM",
            "Firebase Cloud Messaging: configure your network",
            "https://firebase.google.com/docs/cloud-messaging/network-configuration",
            SourceKind::GoogleOrAppleDocumentation,
            "Android phones receive push notifications, Ring's alerts among them, over TCP \
             5228 (5229 and 5230 are also named), sometimes 443.",
        ),
        source(
            SourceId::Apns,
            "Apple APNs",
            "Use Apple products on enterprise networks",
            "https://support.apple.com/en-us/101555",
            SourceKind::GoogleOrAppleDocumentation,
            "iPhones receive push notifications from the Apple Push Notification service over \
             TCP 5223, with 443 as a fallback on Wi-Fi only.",
        ),
        source(
            SourceId::RingEdge,
            "Ring Edge reports",
            "Live View with Ring Edge (dgreif/ring issues 876, 818, 830; tsightler/ring-mqtt \
             issue 338)",
            "https://github.com/dgreif/ring/issues/876",
            SourceKind::ObservedByOpenSourceClients,
            "With Ring Edge on an Alarm Pro base station, Live View can go to the base \
             station's local address on 15064, so Wi-Fi client isolation or separate networks \
             (VLANs) for cameras and phones break it.",
        ),
    ]
}

fn source(
    id: SourceId,
    label: &str,
    title: &str,
    address: &str,
    kind: SourceKind,
    says: &str,
) -> Source {
    Source {
        id,
        label: label.into(),
        title: title.into(),
        address: address.into(),
        kind,
        says: says.into(),
    }
}

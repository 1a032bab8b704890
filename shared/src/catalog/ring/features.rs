//! Each Ring feature and the paths that can carry it (the model in `ring-sources.md`):
//! a feature works when one of its paths gets through, best first. Every path that needs
//! the device signed in to Ring's cloud (all but NTP's: sign-in, set-up, events and the
//! alerts Ring sends to phones start there) has HTTPS on TCP 443 as a part it cannot do
//! without, so no other port can make such a feature work while 443 is blocked.

use crate::catalog::{
    Audience, Endpoint, Feature, FeatureRule, Need, Part, PathRule, Role, SourceId, Transport,
};

use SourceId::{Apns, Article2019, ArticleCurrentIt, ArticleCurrentUs, Fcm, RingClients};
use Transport::{Tcp, Udp};

pub(super) fn features() -> Vec<FeatureRule> {
    vec![
        rule(Feature::Notifications, vec![ring_cloud()]),
        rule(
            Feature::PhoneAlerts,
            vec![
                path(
                    "android",
                    "through Google's push service",
                    Audience::AndroidPhones,
                    None,
                    vec![https(), required("the push connection", one(Tcp, 5228))],
                    &[Fcm],
                ),
                path(
                    "iphone",
                    "through Apple's push service",
                    Audience::Iphones,
                    None,
                    vec![https(), required("the push connection", one(Tcp, 5223))],
                    &[Apns],
                ),
                path(
                    "iphone-fallback",
                    "through Apple's fallback on TCP 443",
                    Audience::Iphones,
                    Some("which iPhones use on Wi-Fi only, so alerts can arrive late"),
                    vec![https(), required("the fallback connection", one(Tcp, 443))],
                    &[Apns],
                ),
            ],
        ),
        rule(
            Feature::LiveView,
            live_view_paths("which can make video slower"),
        ),
        rule(
            Feature::TwoWayAudio,
            live_view_paths("which can make audio lag"),
        ),
        rule(
            Feature::SoftwareUpdates,
            vec![path(
                "cloud",
                "through Ring's cloud",
                Audience::Everyone,
                None,
                vec![https(), helps("HTTP", one(Tcp, 80))],
                &[Article2019],
            )],
        ),
        FeatureRule {
            feature: Feature::ClockSync,
            paths: vec![path(
                "ntp",
                "with NTP",
                Audience::Everyone,
                None,
                vec![required("NTP", one(Udp, 123))],
                &[Article2019],
            )],
            when_untested: Some(
                "If your other devices show the right time, it is almost certainly fine.".into(),
            ),
        },
        rule(Feature::RingAlarm, vec![ring_cloud()]),
    ]
}

/// Live View video and two-way audio: directly, through Ring's relay, or with the 2019
/// article's SIP set-up. `relay_caveat` says what the relay costs.
fn live_view_paths(relay_caveat: &str) -> Vec<PathRule> {
    let socket = || {
        required(
            "the Live View socket",
            Need::AnyOf(vec![Endpoint::new(Tcp, 443), Endpoint::new(Tcp, 9002)]),
        )
    };
    let media = || {
        required(
            "media",
            Need::EnoughOf {
                transport: Udp,
                first: crate::port::Port::known(16500),
                last: crate::port::Port::known(65000),
            },
        )
    };
    // Every way needs the device signed in to Ring's cloud over HTTPS first.
    let with_rss = |parts: Vec<Part>| {
        let mut all = vec![https()];
        all.extend(parts);
        all.extend(ring_socket_service());
        all
    };
    vec![
        path(
            "direct",
            "directly",
            Audience::Everyone,
            None,
            with_rss(vec![socket(), media()]),
            &[ArticleCurrentUs, ArticleCurrentIt, Article2019],
        ),
        path(
            "relay",
            "through Ring's relay servers",
            Audience::Everyone,
            Some(relay_caveat),
            with_rss(vec![
                socket(),
                required(
                    "Ring's relay",
                    Need::AnyOf(vec![Endpoint::new(Udp, 4172), Endpoint::new(Tcp, 443)]),
                ),
            ]),
            &[RingClients, ArticleCurrentUs, Article2019],
        ),
        path(
            "sip",
            "with the older SIP set-up",
            Audience::Everyone,
            Some("which only older Ring devices and firmware use"),
            with_rss(vec![
                required(
                    "SIP",
                    Need::AnyOf(vec![
                        Endpoint::new(Tcp, 15063),
                        Endpoint::new(Tcp, 15064),
                        Endpoint::new(Udp, 15063),
                        Endpoint::new(Udp, 15064),
                    ]),
                ),
                media(),
            ]),
            &[Article2019],
        ),
    ]
}

/// What a Ring device needs to stay in touch with Ring: HTTPS, and for its events the
/// control port and the Ring Socket Service.
fn ring_cloud() -> PathRule {
    let mut parts = vec![https(), helps("Ring control", one(Tcp, 8557))];
    parts.extend(ring_socket_service());
    path(
        "cloud",
        "through Ring's cloud",
        Audience::Everyone,
        None,
        parts,
        &[Article2019],
    )
}

/// The Ring Socket Service keeps the path to the app open; either port blocked makes
/// requests from the app late or lost.
fn ring_socket_service() -> [Part; 2] {
    [
        helps("the Ring Socket Service", one(Tcp, 9998)),
        helps("the Ring Socket Service", one(Tcp, 9999)),
    ]
}

/// The device's connection to Ring's cloud.
fn https() -> Part {
    required("HTTPS", one(Tcp, 443))
}

fn rule(feature: Feature, paths: Vec<PathRule>) -> FeatureRule {
    FeatureRule {
        feature,
        paths,
        when_untested: None,
    }
}

fn path(
    id: &str,
    name: &str,
    audience: Audience,
    caveat: Option<&str>,
    parts: Vec<Part>,
    sources: &[SourceId],
) -> PathRule {
    PathRule {
        id: id.into(),
        name: name.into(),
        audience,
        caveat: caveat.map(Into::into),
        parts,
        sources: sources.to_vec(),
    }
}

fn one(transport: Transport, port: u16) -> Need {
    Need::One(Endpoint::new(transport, port))
}

fn required(name: &str, need: Need) -> Part {
    Part {
        name: name.into(),
        need,
        role: Role::Required,
    }
}

fn helps(name: &str, need: Need) -> Part {
    Part {
        name: name.into(),
        need,
        role: Role::Helps,
    }
}

//! Each Ring feature and the paths that can carry it (the model in `ring-sources.md`):
//! a feature works when one of its paths gets through, best first. Every path that needs
//! the device signed in to Ring's cloud (all but NTP's: sign-in, set-up, events and the
//! alerts Ring sends to phones start there) has HTTPS on TCP 443 as a part it cannot do
//! without, so no other port can make such a feature work while 443 is blocked.
//!
//! A path names the catalogue entries its parts use, never a port: the ports are the
//! entries' own, so a port changed in the table changes every path that uses it.

use crate::{
    catalog::{
        Audience, Endpoint, Feature, FeatureRule, Need, Part, PathRule, PortEntry, Role, SourceId,
    },
    port::PortSpec,
};

use SourceId::{Apns, Article2019, ArticleCurrentIt, ArticleCurrentUs, Fcm, RingClients};

pub(super) fn features(entries: &[PortEntry]) -> Vec<FeatureRule> {
    let at = Entries(entries);
    vec![
        rule(Feature::Notifications, vec![ring_cloud(&at)]),
        rule(
            Feature::PhoneAlerts,
            vec![
                path(
                    "android",
                    Audience::AndroidPhones,
                    vec![https(&at), required("push", at.need("android-push"))],
                    &[Fcm],
                ),
                path(
                    "iphone",
                    Audience::Iphones,
                    vec![https(&at), required("push", at.need("iphone-push"))],
                    &[Apns],
                ),
                // Its name says the port: the message has it as `$ports`.
                caveated(path(
                    "iphone-fallback",
                    Audience::Iphones,
                    vec![https(&at), required("fallback", at.need("https"))],
                    &[Apns],
                )),
            ],
        ),
        rule(Feature::LiveView, live_view_paths(&at)),
        rule(Feature::TwoWayAudio, live_view_paths(&at)),
        rule(
            Feature::SoftwareUpdates,
            vec![path(
                "cloud",
                Audience::Everyone,
                vec![https(&at), helps("http", at.need("http"))],
                &[Article2019],
            )],
        ),
        FeatureRule {
            feature: Feature::ClockSync,
            paths: vec![path(
                "ntp",
                Audience::Everyone,
                vec![required("ntp", at.need("ntp"))],
                &[Article2019],
            )],
            // Worded by the message `feature-clock-sync-when-untested`.
            when_untested: Some(String::new()),
        },
        rule(Feature::RingAlarm, vec![ring_cloud(&at)]),
    ]
}

/// Live View video and two-way audio: directly, through Ring's relay (whose caveat
/// says what it costs each feature), or with the 2019 article's SIP set-up.
fn live_view_paths(at: &Entries) -> Vec<PathRule> {
    let socket = || {
        required(
            "live-view-socket",
            at.any_of(&["https", "live-view-socket"]),
        )
    };
    let media = || required("media", at.need("media"));
    // Every way needs the device signed in to Ring's cloud over HTTPS first.
    let with_rss = |parts: Vec<Part>| {
        let mut all = vec![https(at)];
        all.extend(parts);
        all.extend(ring_socket_service(at));
        all
    };
    vec![
        path(
            "direct",
            Audience::Everyone,
            with_rss(vec![socket(), media()]),
            &[ArticleCurrentUs, ArticleCurrentIt, Article2019],
        ),
        caveated(path(
            "relay",
            Audience::Everyone,
            with_rss(vec![
                socket(),
                required("relay", at.any_of(&["ring-relay", "https"])),
            ]),
            &[RingClients, ArticleCurrentUs, Article2019],
        )),
        caveated(path(
            "sip",
            Audience::Everyone,
            with_rss(vec![required("sip", at.need("sip")), media()]),
            &[Article2019],
        )),
    ]
}

/// What a Ring device needs to stay in touch with Ring: HTTPS, and for its events the
/// control port and the Ring Socket Service.
fn ring_cloud(at: &Entries) -> PathRule {
    let mut parts = vec![https(at), helps("ring-control", at.need("ring-control"))];
    parts.extend(ring_socket_service(at));
    path("cloud", Audience::Everyone, parts, &[Article2019])
}

/// The Ring Socket Service keeps the path to the app open; either port blocked makes
/// requests from the app late or lost.
fn ring_socket_service(at: &Entries) -> Vec<Part> {
    at.each("ring-socket-service")
        .map(|need| helps("ring-socket-service", need))
        .collect()
}

/// The device's connection to Ring's cloud.
fn https(at: &Entries) -> Part {
    required("https", at.need("https"))
}

fn rule(feature: Feature, paths: Vec<PathRule>) -> FeatureRule {
    FeatureRule {
        feature,
        paths,
        when_untested: None,
    }
}

/// A path; its name and caveat are the messages `path-{feature}-{id}` and
/// `path-{feature}-{id}-caveat` (see [`crate::catalog::Catalog::worded`]).
fn path(id: &str, audience: Audience, parts: Vec<Part>, sources: &[SourceId]) -> PathRule {
    PathRule {
        id: id.into(),
        name: String::new(),
        audience,
        caveat: None,
        parts,
        sources: sources.to_vec(),
    }
}

/// A path that is a risk to get through by only: its caveat says why (the message
/// `path-{feature}-{id}-caveat`).
fn caveated(path: PathRule) -> PathRule {
    PathRule {
        caveat: Some(String::new()),
        ..path
    }
}

/// The catalogue's entries, as the paths' parts name them.
struct Entries<'a>(&'a [PortEntry]);

impl Entries<'_> {
    fn entry(&self, id: &str) -> &PortEntry {
        self.0
            .iter()
            .find(|entry| entry.id.as_str() == id)
            .unwrap_or_else(|| panic!("a path names {id}, which is no catalogue entry"))
    }

    /// Every transport and port of entry `id`, in the entry's order.
    fn endpoints(&self, ids: &[&str]) -> Vec<Endpoint> {
        let mut endpoints = Vec::new();
        for id in ids {
            let entry = self.entry(id);
            let PortSpec::List { ports } = &entry.ports else {
                panic!("{id} is a range: name it alone");
            };
            for &transport in &entry.transports {
                endpoints.extend(ports.iter().map(|&port| Endpoint { transport, port }));
            }
        }
        endpoints
    }

    /// What entry `id` gives a part: its one port, any of its ports, or its range.
    fn need(&self, id: &str) -> Need {
        let entry = self.entry(id);
        match (&entry.ports, entry.transports.as_slice()) {
            (PortSpec::Range { first, last }, &[transport]) => Need::EnoughOf {
                transport,
                first: *first,
                last: *last,
            },
            (PortSpec::Range { .. }, _) => panic!("{id}: a range has one transport"),
            (PortSpec::List { .. }, _) => self.any_of(&[id]),
        }
    }

    /// Any one port of the entries `ids`, in their order (one port: that one).
    fn any_of(&self, ids: &[&str]) -> Need {
        match self.endpoints(ids).as_slice() {
            [one] => Need::One(*one),
            all => Need::AnyOf(all.to_vec()),
        }
    }

    /// Each port of entry `id`, for parts that need every one of them.
    fn each(&self, id: &str) -> impl Iterator<Item = Need> {
        self.endpoints(&[id]).into_iter().map(Need::One)
    }
}

/// A part; its name is the message `part-{id}`.
fn required(id: &str, need: Need) -> Part {
    Part {
        id: id.into(),
        name: String::new(),
        need,
        role: Role::Required,
    }
}

fn helps(id: &str, need: Need) -> Part {
    Part {
        id: id.into(),
        name: String::new(),
        need,
        role: Role::Helps,
    }
}

//! The data. Every row and caveat of Ring's article "The protocols and ports used by Ring
//! devices" as Ring Check was founded on it, what Ring and others have documented since,
//! and the paths each feature can take, every fact marked with its source
//! (`../shared/reference/ring-sources.md` lists them). Wording follows the sources; where
//! we add an explanation, it says what a customer would notice.

mod entries;
mod features;
mod sources;

use super::{
    CATALOG_VERSION, Catalog, Device, DocumentedFamily, Guidance, SourceId, WifiRequirement,
};
use crate::family::AddressFamily;

/// The day the catalogue was last checked against every source.
const CHECKED_ON: &str = "2026-12-06";

/// The symptom the article gives for blocked Live View ports.
pub(super) const LIVE_VIEW_FAILS: &str = "The device can't answer Live View requests from your \
    phone: you may still get motion notifications (or dings from a doorbell) but can't connect \
    to the video.";

pub(super) fn catalog() -> Catalog {
    let entries = entries::entries();
    Catalog {
        version: CATALOG_VERSION,
        checked_on: CHECKED_ON.into(),
        // Words, like every text of the catalogue, are the messages' (`catalogue-about`).
        about: String::new(),
        sources: sources::sources(),
        features: features::features(&entries),
        entries,
        wifi: WifiRequirement {
            device: Device::AlarmBaseStation,
            supported: "WPA2 Personal".into(),
            supported_encryption: vec!["TKIP".into(), "AES".into(), "TKIP + AES".into()],
            unsupported: vec!["WPA2 Enterprise".into()],
            summary: String::new(),
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
        // `ring-sources.md`, "Address family".
        documented_family: DocumentedFamily {
            family: AddressFamily::Ipv4,
            note: "None of Ring's versions of its ports article (US, UK, Italian, Japanese) \
                   names IPv6, and no Ring page documents IPv6 for its devices: the path they \
                   are known to use is IPv4."
                .into(),
            sources: vec![
                SourceId::Article2019,
                SourceId::ArticleCurrentUs,
                SourceId::ArticleCurrentIt,
            ],
        },
    }
}

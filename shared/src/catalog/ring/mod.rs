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
        // The article's advice, in words: the messages' (`guidance-*`).
        guidance: Guidance::default(),
        // `ring-sources.md`, "Address family".
        documented_family: DocumentedFamily {
            family: AddressFamily::Ipv4,
            note: String::new(),
            sources: vec![
                SourceId::Article2019,
                SourceId::ArticleCurrentUs,
                SourceId::ArticleCurrentIt,
            ],
        },
    }
}

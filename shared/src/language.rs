//! The languages Ring Check speaks, and which one a visitor gets: the page's `?lang=`
//! first, then the choice the visitor's browser remembers, then the languages it
//! accepts (`Accept-Language`, negotiated by quality: `it-CH` is Italian, `pt` is none of
//! ours), else English. Only the choosing lives here; the words are the server's.

use serde::{Deserialize, Serialize};

use crate::wire::wire_names;

wire_names! {
    /// A language of Ring Check's, by its BCP 47 primary tag; English, the fallback,
    /// first.
    #[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Language {
        English = "en",
        Italian = "it",
        German = "de",
        French = "fr",
        Spanish = "es",
        Dutch = "nl",
        Japanese = "ja",
    }
}

/// The longest `Accept-Language` read; browsers send a few dozen bytes, and a longer
/// header is read only this far, never refused.
const MAX_ACCEPT_LANGUAGE: usize = 512;

impl Language {
    /// The language a tag names by its primary subtag, whatever its region or script
    /// (`it-CH`, `de-AT`, `ja-JP`), in any case; `None` for one we do not speak.
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Self::ALL
            .into_iter()
            .find(|language| language.slug().eq_ignore_ascii_case(primary))
    }

    /// The language for a visitor: `query` (the page's `?lang=`), then `remembered` (their
    /// browser's saved choice), then the best of `accept_language` we speak, else
    /// English. A tag we do not speak is passed over, never an error.
    pub fn negotiate(
        query: Option<&str>,
        remembered: Option<&str>,
        accept_language: Option<&str>,
    ) -> Self {
        query
            .and_then(Self::from_tag)
            .or_else(|| remembered.and_then(Self::from_tag))
            .or_else(|| accept_language.and_then(best_accepted))
            .unwrap_or(Language::English)
    }
}

/// The most wanted language of an `Accept-Language` value that we speak: by quality,
/// the earlier of equals first; `q=0` means "not this one"; `*` adds nothing (English
/// is the fallback anyway).
fn best_accepted(header: &str) -> Option<Language> {
    let header = match header.char_indices().nth(MAX_ACCEPT_LANGUAGE) {
        Some((cut, _)) => &header[..cut],
        None => header,
    };
    let mut best: Option<(u16, Language)> = None;
    for item in header.split(',') {
        let mut parts = item.split(';');
        let Some(language) = parts.next().and_then(Language::from_tag) else {
            continue;
        };
        let quality = parts
            .find_map(|parameter| parameter.trim().strip_prefix("q="))
            .map_or(Some(1000), quality_in_thousandths);
        match quality {
            Some(q) if q > 0 && best.is_none_or(|(best_q, _)| q > best_q) => {
                best = Some((q, language));
            }
            _ => {}
        }
    }
    best.map(|(_, language)| language)
}

/// A quality value (`1`, `0.8`, `0.125`) in thousandths; `None` when it is not one.
fn quality_in_thousandths(text: &str) -> Option<u16> {
    let (whole, fraction) = text.trim().split_once('.').unwrap_or((text.trim(), ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = format!("{fraction:0<3}").parse::<u16>().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepted(header: &str) -> Language {
        Language::negotiate(None, None, Some(header))
    }

    #[test]
    fn a_region_or_script_keeps_its_language() {
        assert_eq!(Language::from_tag("it-CH"), Some(Language::Italian));
        assert_eq!(Language::from_tag("DE-at"), Some(Language::German));
        assert_eq!(Language::from_tag("ja_JP"), Some(Language::Japanese));
        assert_eq!(Language::from_tag("pt-BR"), None);
        assert_eq!(Language::from_tag(""), None);
    }

    #[test]
    fn the_page_s_choice_comes_first_then_the_remembered_one_then_the_browser_s() {
        let header = Some("fr-FR,fr;q=0.9");
        assert_eq!(
            Language::negotiate(Some("ja"), Some("de"), header),
            Language::Japanese
        );
        assert_eq!(
            Language::negotiate(None, Some("de"), header),
            Language::German
        );
        assert_eq!(Language::negotiate(None, None, header), Language::French);
        assert_eq!(
            Language::negotiate(Some("xx"), Some("nope"), header),
            Language::French,
            "a tag we do not speak is passed over"
        );
        assert_eq!(Language::negotiate(None, None, None), Language::English);
    }

    #[test]
    fn accept_language_is_read_by_quality() {
        assert_eq!(accepted("it-IT,it;q=0.9"), Language::Italian);
        assert_eq!(accepted("pt-BR,pt;q=0.9,es;q=0.8"), Language::Spanish);
        assert_eq!(accepted("pt"), Language::English, "none of ours");
        assert_eq!(accepted("de;q=0.5, nl;q=0.8"), Language::Dutch);
        assert_eq!(
            accepted("fr;q=0.7, ja;q=0.7"),
            Language::French,
            "equals: the first"
        );
        assert_eq!(accepted("ja;q=0, de"), Language::German, "q=0 is a refusal");
        assert_eq!(accepted("*, ja;q=0.1"), Language::Japanese);
        assert_eq!(accepted("es;q=2, it;q=abc, nl;q=0.5"), Language::Dutch);
        assert_eq!(accepted(";;,,q=1, ,"), Language::English);
    }

    #[test]
    fn a_huge_header_is_read_only_so_far() {
        let header = format!("{}ja", "x-long;q=0.1,".repeat(1000));
        assert_eq!(accepted(&header), Language::English);
        let header = format!("ja,{}", "é".repeat(10_000));
        assert_eq!(accepted(&header), Language::Japanese, "cut on a character");
    }

    #[test]
    fn qualities_are_read_as_http_writes_them() {
        assert_eq!(quality_in_thousandths("1"), Some(1000));
        assert_eq!(quality_in_thousandths("1.000"), Some(1000));
        assert_eq!(quality_in_thousandths("0.125"), Some(125));
        assert_eq!(quality_in_thousandths("0.5"), Some(500));
        assert_eq!(quality_in_thousandths("0"), Some(0));
        assert_eq!(quality_in_thousandths("1.5"), None);
        assert_eq!(quality_in_thousandths("0.1234"), None);
        assert_eq!(quality_in_thousandths("-0.5"), None);
    }
}

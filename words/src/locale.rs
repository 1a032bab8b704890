//! What the words are rendered in: one of Ring Check's languages, or the pseudo-language
//! that shows which texts came through the catalogues (`?lang=en-XA`: English with every
//! letter accented and every message in brackets). The pseudo-language is asked for by
//! name only: no browser's languages ever pick it, and it is never remembered.

use ringcheck_shared::language::Language;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Locale {
    Language(Language),
    Pseudo,
}

/// The pseudo-language's tag: English, in a private-use region.
const PSEUDO_TAG: &str = "en-XA";

impl Locale {
    /// Every language, English first, then the pseudo-language.
    pub const ALL: [Locale; Language::ALL.len() + 1] = {
        let mut all = [Locale::Pseudo; Language::ALL.len() + 1];
        let mut at = 0;
        while at < Language::ALL.len() {
            all[at] = Locale::Language(Language::ALL[at]);
            at += 1;
        }
        all
    };

    pub const ENGLISH: Locale = Locale::Language(Language::English);

    /// Its BCP 47 tag, for `lang` attributes, `hreflang` and `?lang=`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::Language(language) => language.slug(),
            Locale::Pseudo => PSEUDO_TAG,
        }
    }

    /// The language whose rules (plurals, numbers) it follows.
    pub fn language(self) -> Language {
        match self {
            Locale::Language(language) => language,
            Locale::Pseudo => Language::English,
        }
    }

    /// The locale for a visitor: the pseudo-language when `query` names it, else
    /// [`Language::negotiate`] on `query`, `remembered` and `accept_language`.
    pub fn negotiate(
        query: Option<&str>,
        remembered: Option<&str>,
        accept_language: Option<&str>,
    ) -> Self {
        if query.is_some_and(|tag| tag.trim().eq_ignore_ascii_case(PSEUDO_TAG)) {
            return Locale::Pseudo;
        }
        Locale::Language(Language::negotiate(query, remembered, accept_language))
    }

    /// The language a `?lang=` value names and that is worth remembering: one of ours,
    /// never the pseudo-language.
    pub fn to_remember(query: &str) -> Option<Language> {
        if query.trim().eq_ignore_ascii_case(PSEUDO_TAG) {
            return None;
        }
        Language::from_tag(query)
    }

    /// A rendered message as this locale shows it: the pseudo-language brackets each,
    /// so a text outside brackets did not come through a catalogue.
    pub(crate) fn finish(self, text: String) -> String {
        match self {
            Locale::Language(_) => text,
            Locale::Pseudo => format!("[{text}]"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pseudo_language_is_had_by_asking_for_it_alone() {
        assert_eq!(Locale::negotiate(Some("en-XA"), None, None), Locale::Pseudo);
        assert_eq!(Locale::negotiate(Some("EN-xa"), None, None), Locale::Pseudo);
        assert_eq!(
            Locale::negotiate(None, Some("en-XA"), Some("en-XA")),
            Locale::ENGLISH,
            "never remembered, never from the browser's languages"
        );
        assert_eq!(Locale::to_remember("en-XA"), None);
        assert_eq!(Locale::to_remember("it-CH"), Some(Language::Italian));
    }

    #[test]
    fn every_language_then_the_pseudo_one() {
        let tags: Vec<_> = Locale::ALL.iter().map(|l| l.tag()).collect();
        assert_eq!(tags, ["en", "it", "de", "fr", "es", "nl", "ja", "en-XA"]);
    }
}

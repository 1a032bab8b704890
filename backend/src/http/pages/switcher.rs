//! The language switcher on every page: links to the same page in each language, each
//! named in its own language, in a disclosure that opens without scripts and fits a
//! phone's header. Following one remembers the choice (`language.rs`).

use std::fmt::Write as _;

use ringcheck_shared::language::Language;
use ringcheck_words::{Locale, Words};

use super::html::text;
use crate::http::language::PageLanguage;

pub fn switcher(page: &PageLanguage) -> String {
    let words = Words::get();
    let here = words.speak(page.locale);
    // Each language's name in that language; the pseudo-language accents them all, so
    // they too show as having come through a catalogue.
    let name = |language: Language| {
        let speaker = match page.locale {
            Locale::Pseudo => here,
            Locale::Language(_) => words.speak(Locale::Language(language)),
        };
        speaker.text(&format!("language-name-{}", language.slug()))
    };
    let current = match page.locale {
        Locale::Language(language) => name(language),
        Locale::Pseudo => here.text("language-name-en"),
    };
    let mut html = format!(
        "<nav class=\"languages\" aria-label=\"{label}\"><details><summary><span \
         class=\"languages-label\">{label}: </span>{current}</summary><ul>",
        label = text(&here.text("languages-label")),
        current = text(&current),
    );
    for language in Language::ALL {
        let is_current = page.locale == Locale::Language(language);
        let _ = write!(
            html,
            "<li><a href=\"{href}\" hreflang=\"{tag}\" lang=\"{tag}\"{current}>{name}</a></li>",
            href = text(&page.query_in(language)),
            tag = language.slug(),
            current = if is_current {
                " aria-current=\"true\""
            } else {
                ""
            },
            name = text(&name(language)),
        );
    }
    html.push_str("</ul></details></nav>");
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_is_offered_in_its_own_words_and_the_current_one_marked() {
        let italian = PageLanguage::in_locale(Locale::Language(Language::Italian));
        let html = switcher(&italian);
        for (tag, name) in [("en", "English"), ("it", "Italiano"), ("ja", "日本語")] {
            assert!(
                html.contains(&format!(
                    "href=\"?lang={tag}\" hreflang=\"{tag}\" lang=\"{tag}\""
                )),
                "{tag}: {html}"
            );
            assert!(html.contains(&format!(">{name}</a>")), "{name}");
        }
        assert!(html.contains("lang=\"it\" aria-current=\"true\">Italiano</a>"));
        assert_eq!(html.matches("aria-current").count(), 1);
    }
}

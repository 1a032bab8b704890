//! Ring Check's words. Every customer-facing text is a message in one Fluent catalogue
//! per language (`locales/<tag>/*.ftl`, built into the binary); English is one of them,
//! and the fallback for a message a catalogue lacks, which is logged, never shown as its
//! key. The server renders with these; the app is handed the words it needs and carries
//! no catalogue of its own.

mod catalogues;
pub mod judgement;
mod locale;
mod numbers;
mod probe_detail;
mod pseudo;
pub mod upload;

use std::{
    collections::HashSet,
    sync::{LazyLock, Mutex},
};

use fluent_bundle::{
    FluentArgs, FluentError, FluentResource, FluentValue, concurrent::FluentBundle,
};

pub use catalogues::{Catalogue, MessageShape, catalogues};
pub use judgement::worded_catalogue;
pub use locale::Locale;
pub use probe_detail::probe_detail;

type Bundle = FluentBundle<FluentResource>;

/// Every language's messages, ready to render.
pub struct Words {
    bundles: Vec<(Locale, Bundle)>,
    /// Each English message's variables: every language's are the same (a test holds
    /// them to it).
    variables: MessageShape,
    /// Each (locale, message) found missing or broken, so it is logged once.
    reported: Mutex<HashSet<(Locale, String)>>,
}

/// A value for a message's variable.
pub enum Arg<'a> {
    Text(&'a str),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(text)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(text)
    }
}

macro_rules! number_args {
    ($($number:ty),*) => {$(
        impl From<$number> for Arg<'_> {
            fn from(number: $number) -> Self {
                Arg::Number(number as f64)
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i32, i64, f64);

static WORDS: LazyLock<Words> = LazyLock::new(|| Words::load(catalogues()));

impl Words {
    /// The catalogues built into this binary.
    pub fn get() -> &'static Words {
        &WORDS
    }

    /// The same catalogues in an instance of its own, whose [`Words::problems`] count
    /// only what it was asked: for tests that must see every missing message.
    pub fn fresh() -> Words {
        Words::load(catalogues())
    }

    fn load(catalogues: &[Catalogue]) -> Self {
        let bundles = Locale::ALL
            .into_iter()
            .map(|locale| (locale, catalogues::bundle(locale, catalogues)))
            .collect();
        let variables = catalogues
            .iter()
            .filter(|c| c.language == ringcheck_shared::language::Language::English)
            .filter_map(|c| c.shape().ok())
            .flatten()
            .collect();
        Self {
            bundles,
            variables,
            reported: Mutex::new(HashSet::new()),
        }
    }

    /// The words of `locale`.
    pub fn speak(&self, locale: Locale) -> Speaker<'_> {
        Speaker {
            words: self,
            locale,
        }
    }

    fn bundle(&self, locale: Locale) -> &Bundle {
        let (_, bundle) = self
            .bundles
            .iter()
            .find(|(of, _)| *of == locale)
            .unwrap_or(&self.bundles[0]);
        bundle
    }

    /// Logs a message missing from `locale` or broken in it, once.
    fn report(&self, locale: Locale, id: &str, what: &str) {
        let mut reported = self.reported.lock().unwrap_or_else(|p| p.into_inner());
        if reported.insert((locale, id.to_owned())) {
            tracing::warn!(language = locale.tag(), message = id, "{what}");
        }
    }

    /// How many (locale, message) were found missing or broken since start.
    pub fn problems(&self) -> usize {
        self.reported
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .len()
    }
}

/// The words of one language.
#[derive(Clone, Copy)]
pub struct Speaker<'a> {
    words: &'a Words,
    locale: Locale,
}

impl Speaker<'_> {
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// `value` as this language writes a quantity ("2,000", "2.000"), outside a message.
    pub fn number(&self, value: f64) -> String {
        let options = fluent_bundle::types::FluentNumberOptions::default();
        numbers::NumberStyle::of(self.locale.language())
            .write(&fluent_bundle::types::FluentNumber::new(value, options))
    }

    /// Message `id` (`id.attribute` for an attribute) without variables.
    pub fn text(&self, id: &str) -> String {
        self.with(id, &[])
    }

    /// Message `id` with its variables; English where this language lacks it (logged),
    /// and an empty text, logged, where English lacks it too: never the key.
    pub fn with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let args = fluent_args(args);
        if let Some(text) = self.render(self.locale, id, &args) {
            return text;
        }
        self.words.report(
            self.locale,
            id,
            "message missing in this language: English is shown",
        );
        let english = Locale::Language(ringcheck_shared::language::Language::English);
        self.render(english, id, &args).unwrap_or_else(|| {
            self.words
                .report(english, id, "message missing in English too");
            String::new()
        })
    }

    /// Message `id` with `{name}` where each of its variables goes, for a renderer
    /// without the catalogues (the app) to fill in.
    pub fn template(&self, id: &str) -> String {
        let marks: Vec<(String, String)> = self
            .words
            .variables
            .get(id)
            .into_iter()
            .flatten()
            .map(|name| (name.clone(), format!("{{{name}}}")))
            .collect();
        let args: Vec<(&str, Arg<'_>)> = marks
            .iter()
            .map(|(name, mark)| (name.as_str(), Arg::Text(mark)))
            .collect();
        self.with(id, &args)
    }

    fn render(&self, locale: Locale, id: &str, args: &FluentArgs<'_>) -> Option<String> {
        let bundle = self.words.bundle(locale);
        let (message_id, attribute) = match id.split_once('.') {
            Some((message, attribute)) => (message, Some(attribute)),
            None => (id, None),
        };
        let message = bundle.get_message(message_id)?;
        let pattern = match attribute {
            Some(attribute) => message.get_attribute(attribute)?.value(),
            None => message.value()?,
        };
        let mut errors: Vec<FluentError> = Vec::new();
        let text = bundle.format_pattern(pattern, Some(args), &mut errors);
        if !errors.is_empty() {
            self.words.report(
                locale,
                id,
                &format!("message rendered with errors: {errors:?}"),
            );
        }
        Some(self.locale.finish(text.into_owned()))
    }
}

fn fluent_args<'a>(args: &[(&'a str, Arg<'a>)]) -> FluentArgs<'a> {
    let mut fluent = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let value = match value {
            Arg::Text(text) => FluentValue::from(*text),
            Arg::Number(number) => FluentValue::from(*number),
        };
        fluent.set(*name, value);
    }
    fluent
}

#[cfg(test)]
mod tests {
    use ringcheck_shared::language::Language;

    use super::*;

    const ENGLISH: &str =
        "greeting = Hello, { $name }!\nwait = Waited { $ms } ms\n    .short = { $ms } ms\n";
    const ITALIAN: &str = "greeting = Ciao, { $name }!\n";

    fn words() -> Words {
        let catalogue = |language, source| Catalogue {
            language,
            file: "test",
            source,
        };
        Words::load(&[
            catalogue(Language::English, ENGLISH),
            catalogue(Language::Italian, ITALIAN),
        ])
    }

    #[test]
    fn a_message_renders_in_its_language_with_its_numbers() {
        let words = words();
        let italian = words.speak(Locale::Language(Language::Italian));
        assert_eq!(
            italian.with("greeting", &[("name", "Ada".into())]),
            "Ciao, Ada!"
        );
        let english = words.speak(Locale::ENGLISH);
        assert_eq!(
            english.with("wait", &[("ms", 1500u32.into())]),
            "Waited 1,500 ms"
        );
        assert_eq!(english.with("wait.short", &[("ms", 2.5.into())]), "2.5 ms");
        assert_eq!(words.problems(), 0);
        assert_eq!(english.template("wait.short"), "{ms} ms");
        assert_eq!(italian.template("greeting"), "Ciao, {name}!");
    }

    #[test]
    fn a_message_a_language_lacks_is_english_and_logged_never_its_key() {
        let words = words();
        let italian = words.speak(Locale::Language(Language::Italian));
        assert_eq!(
            italian.with("wait", &[("ms", 1500u32.into())]),
            "Waited 1,500 ms"
        );
        assert_eq!(words.problems(), 1);
        assert_eq!(italian.text("no-such-message"), "", "never the key");
        assert_eq!(italian.text("wait.no-such-attribute"), "");
        assert_eq!(
            words.problems(),
            5,
            "each missing message logged once, in each language"
        );
        italian.text("no-such-message");
        assert_eq!(words.problems(), 5);
    }

    #[test]
    fn the_pseudo_language_accents_the_words_and_brackets_each_message() {
        let words = words();
        let pseudo = words.speak(Locale::Pseudo);
        assert_eq!(
            pseudo.with("greeting", &[("name", "Ada".into())]),
            "[Hélló, Ada!]",
            "a variable is left as it is"
        );
    }
}

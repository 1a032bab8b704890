//! Every language's catalogue parses and has exactly the messages English has, each with
//! exactly English's variables: a translation can neither lose a message (which would
//! show English) nor drop or invent a variable (which would lose a number or show an
//! error), and every file is built in for every language.

use std::collections::BTreeSet;

use ringcheck_shared::language::Language;
use ringcheck_words::{Catalogue, catalogues};

fn english(file: &str) -> &'static Catalogue {
    catalogues()
        .iter()
        .find(|c| c.language == Language::English && c.file == file)
        .unwrap_or_else(|| panic!("English has no {file}.ftl"))
}

#[test]
fn every_catalogue_parses() {
    for catalogue in catalogues() {
        if let Err(errors) = catalogue.parse() {
            panic!(
                "{}/{}.ftl: {errors}",
                catalogue.language.slug(),
                catalogue.file
            );
        }
    }
}

#[test]
fn every_language_has_every_file() {
    let files: BTreeSet<&str> = catalogues().iter().map(|c| c.file).collect();
    for language in Language::ALL {
        let has: BTreeSet<&str> = catalogues()
            .iter()
            .filter(|c| c.language == language)
            .map(|c| c.file)
            .collect();
        assert_eq!(has, files, "{}", language.slug());
    }
}

#[test]
fn every_language_has_english_s_messages_and_variables() {
    let mut problems = Vec::new();
    for catalogue in catalogues() {
        let english = english(catalogue.file).shape().unwrap();
        let shape = catalogue.shape().unwrap();
        let at = format!("{}/{}.ftl", catalogue.language.slug(), catalogue.file);
        for (id, variables) in &english {
            match shape.get(id) {
                None => problems.push(format!("{at}: lacks {id}")),
                Some(own) if own != variables => {
                    problems.push(format!("{at}: {id} uses {own:?}, English {variables:?}"))
                }
                Some(_) => {}
            }
        }
        for id in shape.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{at}: has {id}, which English has not"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_shape_sees_variables_inside_selectors_and_functions() {
    let catalogue = Catalogue {
        language: Language::English,
        file: "test",
        source: "a = { $count ->\n    [one] one { $what }\n   *[other] { NUMBER($count) } { $what }\n}\n    .hint = { -term(case: \"x\") } { $extra }\n-term = T\n",
    };
    let shape = catalogue.shape().unwrap();
    let names = |id: &str| -> Vec<&str> { shape[id].iter().map(String::as_str).collect() };
    assert_eq!(names("a"), ["count", "what"]);
    assert_eq!(names("a.hint"), ["extra"]);
    assert!(
        !shape.contains_key("-term"),
        "terms are each language's own"
    );
}

/// The app's texts are named by `AppText` and handed over in its order: each has its
/// message, and every `app-` message is one of them.
#[test]
fn every_app_text_has_its_message_and_every_app_message_a_text() {
    use ringcheck_shared::app_text::AppText;
    let shape = english("app").shape().unwrap();
    let ids: BTreeSet<&str> = AppText::ALL.iter().map(|text| text.id()).collect();
    assert_eq!(ids.len(), AppText::ALL.len(), "each id once");
    let missing: Vec<_> = ids.iter().filter(|id| !shape.contains_key(**id)).collect();
    assert!(missing.is_empty(), "no message: {missing:?}");
    let orphans: Vec<_> = shape
        .keys()
        .filter(|id| !ids.contains(id.as_str()))
        .collect();
    assert!(orphans.is_empty(), "no AppText: {orphans:?}");
}

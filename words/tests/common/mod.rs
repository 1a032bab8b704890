//! What the words crate's tests share: a report judged and worded as the server sends
//! it to an English reader.

// Each test file that includes this uses some of it.
#![allow(dead_code)]

use std::sync::LazyLock;

use ringcheck_shared::{
    catalog::{self, Catalog},
    judgement::Judgement,
    language::Language,
    report::Report,
};
use ringcheck_words::{Locale, Speaker, Words, judgement::word_judgement};

pub fn speaker() -> Speaker<'static> {
    Words::get().speak(Locale::Language(Language::English))
}

/// The catalogue worded in English, as the server judges an English reader's report.
pub fn english() -> &'static Catalog {
    static ENGLISH: LazyLock<Catalog> =
        LazyLock::new(|| ringcheck_words::worded_catalogue(&speaker(), catalog::catalog()));
    &ENGLISH
}

/// `report` judged and worded for an English reader, its texts linking to `link`.
pub fn judge(report: &Report, link: &str) -> Judgement {
    let mut judgement = report.judge(english());
    word_judgement(&speaker(), &mut judgement, report, english(), link);
    judgement
}

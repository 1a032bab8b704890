//! How a language strings words together: lists with its "and" and "or", one sentence
//! after another, and a sentence's first letter in capitals.

use crate::{Arg, Speaker};

/// "a, b and c".
pub fn and_list(speaker: &Speaker, items: &[String]) -> String {
    joined(speaker, items, "list-and")
}

/// Clauses that each say what is wrong, in one: "A is blocked and B gets through on only
/// …" (some languages join clauses unlike nouns).
pub fn clause_list(speaker: &Speaker, items: &[String]) -> String {
    joined(speaker, items, "list-and-clauses")
}

/// Groups that each may hold an "and" of their own: "TCP 80 and 8557, and UDP …".
pub fn group_list(speaker: &Speaker, items: &[String]) -> String {
    joined(speaker, items, "list-and-groups")
}

/// "a, b or c".
pub fn or_list(speaker: &Speaker, items: &[String]) -> String {
    joined(speaker, items, "list-or")
}

/// Items with the language's comma between them and nothing before the last: "a, b".
pub fn comma_list(speaker: &Speaker, items: &[String]) -> String {
    let mut items = items.iter();
    let Some(first) = items.next() else {
        return String::new();
    };
    items.fold(first.clone(), |head, next| {
        speaker.with(
            "list-comma",
            &[("head", Arg::from(&head)), ("next", Arg::from(next))],
        )
    })
}

fn joined(speaker: &Speaker, items: &[String], last_id: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => {
            let rest = comma_list(speaker, rest);
            speaker.with(
                last_id,
                &[("rest", Arg::from(&rest)), ("last", Arg::from(last))],
            )
        }
    }
}

/// Sentences one after the other, as the language writes them; empty ones left out.
pub fn sentences(speaker: &Speaker, sentences: impl IntoIterator<Item = String>) -> String {
    sentences
        .into_iter()
        .filter(|sentence| !sentence.is_empty())
        .reduce(|first, next| {
            speaker.with(
                "sentence-next",
                &[("first", Arg::from(&first)), ("next", Arg::from(&next))],
            )
        })
        .unwrap_or_default()
}

/// `text` with its first letter in capitals, in any script that has them: a message
/// that begins with a name ("media on UDP …") begins a sentence.
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

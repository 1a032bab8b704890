//! Small text helpers shared by the modules that write sentences.

/// `text` with its first letter in capitals: "browsers refuse…" becomes "Browsers
/// refuse…"; "Live View…" stays as it is.
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// "a, b and c".
pub fn and_list(items: &[String]) -> String {
    joined(items, "and")
}

/// "a, b or c".
pub fn or_list(items: &[String]) -> String {
    joined(items, "or")
}

fn joined(items: &[String], word: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {word} {last}", rest.join(", ")),
    }
}

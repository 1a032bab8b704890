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

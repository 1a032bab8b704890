//! The app's words, as the server handed them over in the page, in its language (a JSON
//! array in the order of [`AppText::ALL`]): the app carries no catalogue of its own.

use ringcheck_shared::app_text::AppText;
#[cfg(target_arch = "wasm32")]
use ringcheck_shared::app_text::ELEMENT_ID;

thread_local! {
    static TEXTS: Vec<String> = load();
}

#[cfg(target_arch = "wasm32")]
fn load() -> Vec<String> {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(ELEMENT_ID))
        .and_then(|element| element.text_content())
        .and_then(|json| crate::json::from_str(&json))
        .unwrap_or_default()
}

/// Natively (the unit tests), each text is its message id.
#[cfg(not(target_arch = "wasm32"))]
fn load() -> Vec<String> {
    AppText::ALL
        .iter()
        .map(|text| text.id().to_owned())
        .collect()
}

/// `text` in the page's language.
pub fn t(text: AppText) -> String {
    TEXTS.with(|texts| texts.get(text as usize).cloned().unwrap_or_default())
}

/// `text` with each `{name}` filled in by its value, in one pass: a value is never read
/// for marks of its own.
pub fn t_with(text: AppText, values: &[(&str, &str)]) -> String {
    fill(&t(text), values)
}

fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut written = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        written.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, value)| (*value, close))
        });
        match value {
            Some((value, close)) => {
                written.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                written.push('{');
                rest = after;
            }
        }
    }
    written.push_str(rest);
    written
}

/// `value` as the page's language writes numbers ("1,500", "1.500", "1 500").
#[cfg(target_arch = "wasm32")]
pub fn number(value: f64) -> String {
    String::from(js_sys::Number::from(value).to_locale_string(&crate::browser::page_language()))
}

/// Natively (the unit tests), as Rust writes it.
#[cfg(not(target_arch = "wasm32"))]
pub fn number(value: f64) -> String {
    value.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_filled_once_and_unknown_ones_kept() {
        assert_eq!(
            fill(
                "Testing: {done} of {total} done",
                &[("done", "3"), ("total", "29")]
            ),
            "Testing: 3 of 29 done"
        );
        assert_eq!(
            fill("\"{id}\" is not an id", &[("id", "{id}{x}")]),
            "\"{id}{x}\" is not an id",
            "a value's own marks are not filled"
        );
        assert_eq!(fill("{a} {b", &[("a", "1")]), "1 {b");
        assert_eq!(fill("日本{x}語", &[("x", "・")]), "日本・語");
    }
}

//! The few browser facts and actions the app needs, behind plain functions so components
//! stay declarative.

use wasm_bindgen_futures::JsFuture;
use yew::NodeRef;

/// The path of the current page, e.g. `/` or `/r/abc`.
pub fn current_path() -> String {
    web_sys::window()
        .and_then(|window| window.location().pathname().ok())
        .unwrap_or_else(|| "/".to_owned())
}

/// `https://host:port`, for links people share.
pub fn origin() -> String {
    web_sys::window()
        .and_then(|window| window.location().origin().ok())
        .unwrap_or_default()
}

/// The page's host name as URLs write it (`example.com`, `[2001:db8::1]`), so the
/// browser's tests go where the page came from.
pub fn hostname() -> String {
    web_sys::window()
        .and_then(|window| window.location().hostname().ok())
        .unwrap_or_default()
}

/// Whether the page came over https (and may then only fetch https).
pub fn is_https() -> bool {
    web_sys::window()
        .and_then(|window| window.location().protocol().ok())
        .is_some_and(|protocol| protocol == "https:")
}

/// Puts `text` on the clipboard; `false` when the browser refuses (no permission, or a
/// page that is not https), so the caller can show the text to copy by hand.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.is_ok()
}

/// Moves keyboard and screen-reader focus to `node` (it needs `tabindex="-1"`).
pub fn focus(node: &NodeRef) {
    if let Some(element) = node.cast::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

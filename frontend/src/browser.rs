//! The few browser facts and actions the app needs, behind plain functions so components
//! stay declarative.

use wasm_bindgen::{JsCast, JsValue, prelude::Closure};
use wasm_bindgen_futures::JsFuture;

/// Where the app renders: the server's `<div id="app">`, emptied of what it shows
/// browsers without scripts.
pub fn app_root() -> Option<web_sys::Element> {
    let root = web_sys::window()?.document()?.get_element_by_id("app")?;
    root.set_inner_html("");
    Some(root)
}

/// The page's language, as the server wrote it in `<html lang>` (English if none).
pub fn page_language() -> String {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .and_then(|html| html.get_attribute("lang"))
        .unwrap_or_else(|| "en".to_owned())
}

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

/// Whether the browser has WebRTC at all (some builds and in-app web views have none).
pub fn has_webrtc() -> bool {
    web_sys::window().is_some_and(|window| {
        js_sys::Reflect::has(&window, &JsValue::from_str("RTCPeerConnection")).unwrap_or(false)
    })
}

/// `https://host:port` of `host` on the page's own scheme and port: where this server
/// answers at another host name (another address family's).
pub fn origin_at(host: &str) -> String {
    let Some(location) = web_sys::window().map(|window| window.location()) else {
        return String::new();
    };
    let protocol = location.protocol().unwrap_or_default();
    let port = location.port().unwrap_or_default();
    if port.is_empty() {
        format!("{protocol}//{host}")
    } else {
        format!("{protocol}//{host}:{port}")
    }
}

/// The browser's user agent, to tell which kind of phone it runs on.
pub fn user_agent() -> String {
    web_sys::window()
        .and_then(|window| window.navigator().user_agent().ok())
        .unwrap_or_default()
}

/// Whether the page came over https (and may then only fetch https).
pub fn is_https() -> bool {
    web_sys::window()
        .and_then(|window| window.location().protocol().ok())
        .is_some_and(|protocol| protocol == "https:")
}

/// The value of `name` in the page's query string, decoded; an empty one counts as none.
pub fn query_value(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
        .filter(|value| !value.is_empty())
}

/// Forces the light or dark colours, whatever the device prefers.
pub fn set_theme(theme: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    {
        let _ = root.set_attribute("data-theme", theme);
    }
}

/// Posts `{type: "ringcheck:resize", height}` to the host page now and whenever the
/// page's height changes, so the host's loader can size the frame to fit. The height
/// says nothing private, so any host page may read it.
pub fn post_height_to_host_page() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(root) = window
        .document()
        .and_then(|document| document.document_element())
        .and_then(|root| root.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let observed = root.clone();
    let post = Closure::<dyn FnMut()>::new(move || {
        let Ok(Some(host)) = window.parent() else {
            return;
        };
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"ringcheck:resize".into());
        // Rounded up, so the frame is never a fraction too short (which would show a
        // scroll bar, narrow the page, change its height, and so on).
        let height = root.get_bounding_client_rect().height().ceil();
        let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from_f64(height));
        let _ = host.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&observed);
    }
    // Observes for the life of the page.
    post.forget();
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

/// The page's element with this id.
pub fn element_by_id(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// Moves keyboard and screen-reader focus to the element with this id (it needs
/// `tabindex="-1"`).
pub fn focus_id(id: &str) {
    if let Some(element) = element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

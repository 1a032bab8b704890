//! Reading the server's JSON: the browser's own parser, then serde over its values, which
//! costs the app far less Wasm than a JSON parser of its own.

use serde::de::DeserializeOwned;

/// `text` read as a `T`; `None` when it is not JSON or not a `T`.
#[cfg(target_arch = "wasm32")]
pub fn from_str<T: DeserializeOwned>(text: &str) -> Option<T> {
    let value = js_sys::JSON::parse(text).ok()?;
    serde_wasm_bindgen::from_value(value).ok()
}

/// Natively (the unit tests), with serde_json.
#[cfg(not(target_arch = "wasm32"))]
pub fn from_str<T: DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_str(text).ok()
}

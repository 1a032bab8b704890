//! The few browser facts the app reads, behind plain functions so components stay declarative.

/// The path of the current page, e.g. `/` or `/r/abc`.
pub fn current_path() -> String {
    web_sys::window()
        .and_then(|window| window.location().pathname().ok())
        .unwrap_or_else(|| "/".to_owned())
}

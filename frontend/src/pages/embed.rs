//! `/embed`: the checker (or, with `?report=<id>`, a stored result) for another site's
//! frame, in the server's page without the site's header and footer. The theme and the
//! height messages for the host page are set up once, before the first render (see
//! `main.rs`).

use yew::prelude::*;

use super::report::ReportPage;
use crate::{browser, components::checker::Checker};

/// A plain function, not a component: it renders once and needs no state of its own.
pub fn embed_page() -> Html {
    match browser::query_value("report") {
        Some(id) => html! { <ReportPage id={AttrValue::from(id)} /> },
        None => html! { <Checker /> },
    }
}

/// What the embedded page sets up in the browser: the host page's theme, and the
/// height messages that let the host page size the frame.
pub fn prepare() {
    if let Some(theme) = browser::query_value("theme")
        && matches!(theme.as_str(), "light" | "dark")
    {
        browser::set_theme(&theme);
    }
    browser::post_height_to_host_page();
}

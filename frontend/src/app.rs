//! What the app renders into the server's page (`<div id="app">`): the live parts only.
//! The server writes the rest of each page (header, footer, the home page's port table),
//! so the app carries no catalogue.

use ringcheck_shared::routes::ClientRoute;
use yew::prelude::*;

use crate::{
    browser,
    components::checker::Checker,
    pages::{embed::embed_page, report::ReportPage},
};

#[component]
pub fn App() -> Html {
    // Every page is its own load (share links open in a new tab), so the route is read once.
    let route = use_memo((), |()| ClientRoute::parse(&browser::current_path()));
    match &*route {
        Some(ClientRoute::Home) => html! { <Checker /> },
        Some(ClientRoute::Report(id)) => html! { <ReportPage id={id.clone()} /> },
        // Another site's frame: the checker, or a result, in the compact layout.
        Some(ClientRoute::Embed) => embed_page(),
        // The server wrote the "page not found" page itself.
        None => html! {},
    }
}

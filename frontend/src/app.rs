//! The app shell: header, the page for the current path, footer.

use ringcheck_shared::routes::ClientRoute;
use yew::prelude::*;

use crate::{
    browser,
    components::{site_footer::SiteFooter, site_header::SiteHeader},
    pages::{embed::embed_page, home::HomePage, not_found::NotFoundPage, report::ReportPage},
};

#[component]
pub fn App() -> Html {
    // Every page is its own load (share links open in a new tab), so the route is read once.
    let route = use_memo((), |()| ClientRoute::parse(&browser::current_path()));
    let page = match &*route {
        // Another site's frame: the checker alone, without the site around it.
        Some(ClientRoute::Embed) => return embed_page(),
        Some(ClientRoute::Home) => html! { <HomePage /> },
        Some(ClientRoute::Report(id)) => html! { <ReportPage id={id.clone()} /> },
        None => html! { <NotFoundPage /> },
    };
    html! {
        <>
            <a class="skip-link" href="#main">{ "Skip to content" }</a>
            <SiteHeader />
            <main id="main" tabindex="-1">{ page }</main>
            <SiteFooter />
        </>
    }
}

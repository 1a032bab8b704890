use ringcheck_shared::{catalog, catalog::SourceId};
use yew::prelude::*;

#[component]
pub fn SiteFooter() -> Html {
    let catalog = catalog();
    let article = catalog
        .source(SourceId::RingPortsArticle)
        .map(|source| format!("\u{201C}{}\u{201D} ({})", source.title, source.publisher))
        .unwrap_or_default();
    let later = catalog
        .source(SourceId::NewerRingDocumentation)
        .map(|source| format!(" Entries marked so come from {}.", source.title))
        .unwrap_or_default();
    html! {
        <footer class="site-footer">
            <p>
                { format!("Port list from {article}.{later} Catalogue version {}.", catalog.version) }
            </p>
            <p>{ "Ring Check is open source." }</p>
        </footer>
    }
}

use yew::prelude::*;

#[component]
pub fn SiteHeader() -> Html {
    html! {
        <header class="site-header">
            <a class="brand" href="/">
                <span class="brand-mark" aria-hidden="true">{ "\u{25C9}" }</span>
                { "Ring Check" }
            </a>
        </header>
    }
}

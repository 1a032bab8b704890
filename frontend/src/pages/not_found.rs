use yew::prelude::*;

#[component]
pub fn NotFoundPage() -> Html {
    html! {
        <section class="intro" aria-labelledby="page-heading">
            <h1 id="page-heading">{ "Page not found" }</h1>
            <p>{ "There is nothing at this address. The link may be mistyped or out of date." }</p>
            <p><a href="/">{ "Go to the Ring Check home page" }</a></p>
        </section>
    }
}

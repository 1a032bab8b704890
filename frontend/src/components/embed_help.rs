//! "Embed Ring Check": the copy-paste snippets for help-center articles.

use yew::prelude::*;

use crate::browser;

/// A plain function, not a component: it has no state and renders once.
pub fn embed_help() -> Html {
    let origin = browser::origin();
    let script =
        format!("<div data-ringcheck></div>\n<script src=\"{origin}/embed.js\" async></script>");
    let iframe = format!(
        "<iframe src=\"{origin}/embed\" title=\"Ring Check\" width=\"100%\" height=\"720\" style=\"border:0\" allow=\"clipboard-write\"></iframe>"
    );
    html! {
        <section class="card embed-help" aria-labelledby="embed-heading">
            <h2 id="embed-heading">{ "Embed Ring Check" }</h2>
            <p>{ "Put the checker in a help-center article. With the script, the frame grows and shrinks with its content:" }</p>
            <pre><code>{ script }</code></pre>
            <p>
                { "Options on the placeholder: " }<code>{ "data-theme=\"light|dark|auto\"" }</code>{ ", " }
                <code>{ "data-hide=\"table,advice,share\"" }</code>{ ". Where scripts are not allowed, a plain frame works at a fixed height:" }
            </p>
            <pre><code>{ iframe }</code></pre>
            <p>
                { "Pages of this site also offer oEmbed (" }<code>{ "/oembed?url=…" }</code>
                { "). Whoever runs this server can limit which sites may show the frame with " }
                <code>{ "--embed-origin https://help.example.com" }</code>{ "." }
            </p>
        </section>
    }
}

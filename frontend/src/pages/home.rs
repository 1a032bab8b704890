//! The page a customer lands on.

use ringcheck_shared::catalog;
use yew::prelude::*;

use crate::components::{
    checker::Checker, embed_help::embed_help, guidance::Guidance, port_table::PortTable,
    wifi_note::WifiNote,
};

#[component]
pub fn HomePage() -> Html {
    // Compiled in, so the table shows without waiting for the API.
    let catalog = catalog();
    html! {
        <>
            <section class="intro" aria-labelledby="page-heading">
                <h1 id="page-heading">{ "Is your home network ready for Ring?" }</h1>
                <p class="lead">{ &catalog.about }</p>
                <p>
                    { "They need a handful of ports to get through your router. When a router \
                       firewall or your internet provider blocks one, the symptoms are \
                       confusing: motion alerts may still arrive while Live View never \
                       connects. Ring Check tests your connection and tells you which Ring \
                       features will work, which port is to blame, and what to change." }
                </p>
            </section>
            <Checker />
            <section class="port-list" aria-labelledby="ports-heading">
                <h2 id="ports-heading">{ "The ports Ring devices use" }</h2>
                <PortTable catalog={catalog} />
            </section>
            <div class="cards">
                <Guidance guidance={&catalog.guidance} />
                <WifiNote wifi={&catalog.wifi} />
            </div>
            { embed_help() }
        </>
    }
}

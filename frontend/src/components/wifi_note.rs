use ringcheck_shared::catalog::WifiRequirement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WifiNoteProps {
    pub wifi: &'static WifiRequirement,
}

/// The Ring Alarm Wi-Fi security requirement.
#[component]
pub fn WifiNote(props: &WifiNoteProps) -> Html {
    let wifi = props.wifi;
    html! {
        <section class="card" aria-labelledby="wifi-heading">
            <h2 id="wifi-heading">{ format!("{} and Wi-Fi security", wifi.device.label()) }</h2>
            <p>{ &wifi.summary }</p>
            <dl class="facts">
                <dt>{ "Supported" }</dt>
                <dd>
                    { format!("{} with {}", wifi.supported, wifi.supported_encryption.join(", ")) }
                </dd>
                <dt>{ "Not supported" }</dt>
                <dd>{ wifi.unsupported.join(", ") }</dd>
            </dl>
        </section>
    }
}

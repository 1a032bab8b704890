use ringcheck_shared::catalog::Guidance as GuidanceText;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GuidanceProps {
    pub guidance: &'static GuidanceText,
}

/// The article's advice for a blocked port: the router first, then the ISP.
#[component]
pub fn Guidance(props: &GuidanceProps) -> Html {
    let guidance = props.guidance;
    html! {
        <section class="card" aria-labelledby="advice-heading">
            <h2 id="advice-heading">{ "If something is blocked" }</h2>
            <p>{ &guidance.usually_fine }</p>
            <p>{ &guidance.symptom }</p>
            <ol class="steps">
                <li><strong>{ "Check your router. " }</strong>{ &guidance.router }</li>
                <li><strong>{ "Ask your internet provider. " }</strong>{ &guidance.isp }</li>
            </ol>
            <p class="caution" role="note">
                <strong>{ "Before you change anything: " }</strong>{ &guidance.caution }
            </p>
        </section>
    }
}

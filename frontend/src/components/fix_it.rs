//! What to do about a result: the router first, then the ISP, with a ready message.

use ringcheck_shared::{advice::isp_message, catalog, check::Report, verdict::Evidence};
use yew::prelude::*;

use super::copy_button::CopyButton;

#[derive(Properties, PartialEq)]
pub struct FixItProps {
    pub report: std::rc::Rc<Report>,
    pub link: AttrValue,
}

#[component]
pub fn FixIt(props: &FixItProps) -> Html {
    let guidance = &catalog().guidance;
    let report = &props.report;
    let blocked = Evidence::new(&report.probes, report.egress_results()).blocked_ports();
    let Some(message) = isp_message(report, catalog(), &props.link) else {
        return html! {
            <section class="card fix-it" aria-labelledby="fix-heading">
                <h2 id="fix-heading">{ "What to do" }</h2>
                <p>{ "Nothing this check found needs changing. " }{ &guidance.usually_fine }</p>
                <p>{ "If Live View still won't connect, share this result with Ring support." }</p>
            </section>
        };
    };
    html! {
        <section class="card fix-it" aria-labelledby="fix-heading">
            <h2 id="fix-heading">{ "What to do" }</h2>
            <p>{ format!("Blocked: {}. ", blocked.join(", ")) }{ &guidance.symptom }</p>
            <ol class="steps">
                <li><strong>{ "Check your router. " }</strong>{ &guidance.router }</li>
                <li>
                    <strong>{ "Ask your internet provider. " }</strong>{ &guidance.isp }
                    { " Here is a message you can send them:" }
                    <textarea class="isp-message" readonly=true rows="10" aria-label="Message for your internet provider" value={message.clone()} />
                    <CopyButton label="Copy the message" text={message} />
                </li>
            </ol>
            <p class="caution" role="note">
                <strong>{ "Before you change anything: " }</strong>{ &guidance.caution }
            </p>
        </section>
    }
}

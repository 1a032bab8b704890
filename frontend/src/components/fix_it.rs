//! What to do about a result, following from its verdicts: the router first, then the
//! provider, with a ready message; an interception has its own fix.

use ringcheck_shared::{advice::INTERCEPTION, judgement::Judgement, text::and_list};
use yew::prelude::*;

use super::copy_button::CopyButton;

/// A plain function rather than a component: it holds no state, and each component
/// costs the app kilobytes of Yew's glue.
pub fn fix_it(judgement: &Judgement) -> Html {
    let advice = &judgement.advice;
    let guidance = &advice.guidance;
    let body = if advice.nothing_got_out {
        html! {
            <p>{ "Ring Check could not reach its own test servers from your browser, so this check cannot tell what to change. Please try again later. If it keeps happening on this network only, the network may let nothing but web pages through." }</p>
        }
    } else if let Some(step) = &advice.documented_unreached {
        html! { <p data-advice="documented-unreached">{ step }</p> }
    } else if advice.is_empty() {
        html! {
            <>
                <p>{ "Nothing this check found needs changing. " }{ &guidance.usually_fine }</p>
                <p>{ "If Live View still won't connect, share this result with Ring support." }</p>
            </>
        }
    } else {
        let blocked = (!advice.blocked.is_empty()).then(|| {
            html! {
                <p data-advice="blocked">{ format!("Blocked: {}.", advice.blocked.join(", ")) }</p>
            }
        });
        let affected = (!advice.affected.is_empty()).then(|| html! {
            <p data-advice="affected">{ format!("This affects {}.", and_list(&advice.affected)) }</p>
        });
        let symptom = advice
            .symptom
            .as_ref()
            .map(|symptom| html! { <p data-advice="symptom">{ symptom }</p> });
        let intercepted = (!advice.intercepted.is_empty()).then(|| html! {
            <p class="notice" data-advice="intercepted">
                <strong>{ format!("{}: ", advice.intercepted.join(", ")) }</strong>{ INTERCEPTION }
            </p>
        });
        let message = advice.isp_message.clone().map(|message| html! {
            <>
                <textarea class="isp-message" readonly=true rows="10" aria-label="Message for your internet provider" value={message.clone()} />
                <CopyButton label="Copy the message" text={message} />
            </>
        });
        // The router and the provider for blocked ports; for an interception alone, the
        // provider only if nothing on the customer's side does it.
        let steps = if advice.blocked.is_empty() {
            html! {
                <p>{ "If nothing on your side does this, your internet provider may: here is a message you can send them." }{ for message }</p>
            }
        } else {
            html! {
                <ol class="steps">
                    <li><strong>{ "Check your router. " }</strong>{ &guidance.router }</li>
                    <li>
                        <strong>{ "Ask your internet provider. " }</strong>{ &guidance.isp }
                        { " Here is a message you can send them:" }
                        { for message }
                    </li>
                </ol>
            }
        };
        html! {
            <>
                { for blocked }
                { for affected }
                { for symptom }
                { for intercepted }
                { steps }
                <p class="caution" role="note">
                    <strong>{ "Before you change anything: " }</strong>{ &guidance.caution }
                </p>
            </>
        }
    };
    html! {
        <section class="card fix-it" aria-labelledby="fix-heading">
            <h2 id="fix-heading">{ "What to do" }</h2>
            { body }
        </section>
    }
}

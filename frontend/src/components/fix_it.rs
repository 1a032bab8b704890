//! What to do about a result, following from its verdicts: the router first, then the
//! provider, with a ready message; an interception has its own fix.

use ringcheck_shared::{app_text::AppText, judgement::Judgement};
use yew::prelude::*;

use super::copy_button::CopyButton;
use crate::words::{t, t_with};

/// A plain function rather than a component: it holds no state, and each component
/// costs the app kilobytes of Yew's glue.
pub fn fix_it(judgement: &Judgement) -> Html {
    let advice = &judgement.advice;
    let guidance = &advice.guidance;
    let body = if advice.nothing_got_out {
        html! {
            <p>{ t(AppText::FixNothingGotOut) }</p>
        }
    } else if let Some(step) = &advice.documented_unreached {
        html! { <p data-advice="documented-unreached">{ step }</p> }
    } else if advice.is_empty() {
        html! {
            <>
                <p>{ t(AppText::FixNothingToChange) }{ " " }{ &guidance.usually_fine }</p>
                <p>{ t(AppText::FixStillStuck) }</p>
            </>
        }
    } else {
        let blocked = (!advice.blocked.is_empty()).then(|| {
            html! {
                <p data-advice="blocked">{ t_with(AppText::FixBlocked, &[("ports", &advice.blocked.join(", "))]) }</p>
            }
        });
        let affected = (!advice.affected.is_empty()).then(|| html! {
            <p data-advice="affected">{ t_with(AppText::FixAffects, &[("features", &advice.affected_list)]) }</p>
        });
        let symptom = advice
            .symptom
            .as_ref()
            .map(|symptom| html! { <p data-advice="symptom">{ symptom }</p> });
        let intercepted = (!advice.intercepted.is_empty()).then(|| html! {
            <p class="notice" data-advice="intercepted">
                <strong>{ format!("{}: ", advice.intercepted.join(", ")) }</strong>{ t(AppText::Interception) }
            </p>
        });
        let message = advice.isp_message.clone().map(|message| html! {
            <>
                <textarea class="isp-message" readonly=true rows="10" aria-label={t(AppText::ProviderMessageLabel)} value={message.clone()} />
                <CopyButton label={t(AppText::CopyMessage)} text={message} />
            </>
        });
        // The router and the provider for blocked ports; for an interception alone, the
        // provider only if nothing on the customer's side does it.
        let steps = if advice.blocked.is_empty() {
            html! {
                <p>{ t(AppText::FixProviderMay) }{ for message }</p>
            }
        } else {
            html! {
                <ol class="steps">
                    <li><strong>{ t(AppText::FixCheckRouter) }{ " " }</strong>{ &guidance.router }</li>
                    <li>
                        <strong>{ t(AppText::FixAskProvider) }{ " " }</strong>{ &guidance.isp }
                        { " " }{ t(AppText::FixHereIsAMessage) }
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
                    <strong>{ t(AppText::FixBeforeYouChange) }{ " " }</strong>{ &guidance.caution }
                </p>
            </>
        }
    };
    html! {
        <section class="card fix-it" aria-labelledby="fix-heading">
            <h2 id="fix-heading">{ t(AppText::FixHeading) }</h2>
            { body }
        </section>
    }
}

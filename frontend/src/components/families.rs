//! What a check found per address family, beside the verdicts: where the families
//! differ, in the server's sentences, and why the verdicts are judged on the family Ring
//! documents for its devices. Shown only when there is something to say (a home reached
//! over one family alone reads as before).

use ringcheck_shared::verdict::FamilyJudgement;
use yew::prelude::*;

/// The section for `families`. A plain function rather than a component: it holds no
/// state, and each component costs the app kilobytes of Yew's glue.
pub fn families(families: &FamilyJudgement) -> Html {
    if families.sentences.is_empty() {
        return html! {};
    }
    html! {
        <section class="families" data-families="" aria-labelledby="families-heading">
            <h2 id="families-heading">{ "IPv4 and IPv6" }</h2>
            { for families.sentences.iter().map(|sentence| html! {
                <p class="family-sentence">{ sentence }</p>
            }) }
            <p class="family-note">
                { format!("Why {}: {}", families.documented.label(), families.note) }
            </p>
        </section>
    }
}

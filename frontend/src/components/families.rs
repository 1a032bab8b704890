//! What a check found per address family, beside the verdicts: where the families
//! differ, in the server's sentences, and why the verdicts are judged on the family Ring
//! documents for its devices. Shown only when there is something to say (a home reached
//! over one family alone reads as before).

use ringcheck_shared::{app_text::AppText, verdict::FamilyJudgement};
use yew::prelude::*;

use crate::words::{t, t_with};

/// The section for `families`. A plain function rather than a component: it holds no
/// state, and each component costs the app kilobytes of Yew's glue.
pub fn families(families: &FamilyJudgement) -> Html {
    if families.sentences.is_empty() {
        return html! {};
    }
    html! {
        <section class="families" data-families="" aria-labelledby="families-heading">
            <h2 id="families-heading">{ t(AppText::FamiliesHeading) }</h2>
            { for families.sentences.iter().map(|sentence| html! {
                <p class="family-sentence">{ sentence }</p>
            }) }
            <p class="family-note">
                { t_with(AppText::FamiliesWhy, &[("family", families.documented.label()), ("note", &families.note)]) }
            </p>
        </section>
    }
}

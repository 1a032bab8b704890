//! What a check found per address family, beside the verdicts: why they are judged on
//! the family Ring documents for its devices, where the families differ, and each
//! family's verdicts side by side. Shown only when there is something to say (a home
//! reached over one family alone reads as before).

use std::rc::Rc;

use ringcheck_shared::verdict::{FamilyJudgement, FamilyOutcome, Verdict};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FamiliesProps {
    pub families: Rc<FamilyJudgement>,
}

#[component]
pub fn Families(props: &FamiliesProps) -> Html {
    let families = &props.families;
    if families.sentences.is_empty() {
        return html! {};
    }
    // Side by side once more than one family got through to us.
    let shown: Vec<&FamilyOutcome> = families
        .families
        .iter()
        .filter(|outcome| outcome.judged || outcome.reached)
        .collect();
    let table = (shown.len() > 1).then(|| {
        let features = shown[0].verdicts.iter().map(|first| {
            let cells = shown.iter().map(|outcome| {
                let verdict = outcome
                    .verdicts
                    .iter()
                    .find(|v| v.feature == first.feature)
                    .map_or(Verdict::NotTested, |v| v.verdict);
                html! {
                    <td data-family={outcome.family.slug()} data-verdict={verdict_slug(verdict)}>
                        { verdict.label() }
                    </td>
                }
            });
            html! {
                <tr data-feature={first.feature.slug()}>
                    <th scope="row">{ first.feature.title() }</th>
                    { for cells }
                </tr>
            }
        });
        let headings = shown.iter().map(|outcome| {
            let judged = outcome.judged.then_some(" (judged)");
            html! { <th scope="col">{ outcome.family.label() }{ for judged }</th> }
        });
        html! {
            <div class="table-wrap">
                <table class="family-verdicts">
                    <caption>{ "Each feature on each address family's results alone" }</caption>
                    <thead><tr><th scope="col">{ "Feature" }</th>{ for headings }</tr></thead>
                    <tbody>{ for features }</tbody>
                </table>
            </div>
        }
    });
    html! {
        <section class="families" data-families="" aria-labelledby="families-heading">
            <h2 id="families-heading">{ "IPv4 and IPv6" }</h2>
            { for families.sentences.iter().map(|sentence| html! {
                <p class="family-sentence">{ sentence }</p>
            }) }
            { for table }
            <p class="family-note">
                { format!("Why {}: {}", families.documented.label(), families.note) }
            </p>
        </section>
    }
}

fn verdict_slug(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Works => "works",
        Verdict::AtRisk => "at-risk",
        Verdict::Blocked => "blocked",
        Verdict::NotTested => "not-tested",
    }
}

//! One verdict per Ring feature, in words and icon, never colour alone.

use std::rc::Rc;

use ringcheck_shared::verdict::{FeatureVerdict, Verdict};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VerdictListProps {
    pub verdicts: Rc<Vec<FeatureVerdict>>,
    #[prop_or_default]
    pub heading_ref: NodeRef,
}

#[component]
pub fn VerdictList(props: &VerdictListProps) -> Html {
    let worst = props
        .verdicts
        .iter()
        .map(|v| v.verdict)
        .filter(|v| *v != Verdict::NotTested)
        .max();
    let overall = match worst {
        Some(Verdict::Blocked) => "Some Ring features are blocked on this network.",
        Some(Verdict::AtRisk) => "Some Ring features may not work reliably on this network.",
        Some(_) => "Your network lets Ring devices do their job.",
        None => "This check could not tell whether the ports Ring needs are blocked.",
    };
    html! {
        <section class="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading" tabindex="-1" ref={props.heading_ref.clone()}>{ "Your results" }</h2>
            <p class="overall">{ overall }</p>
            <ul class="verdicts">
                { for props.verdicts.iter().map(verdict_item) }
            </ul>
        </section>
    }
}

fn verdict_item(verdict: &FeatureVerdict) -> Html {
    let (class, icon) = match verdict.verdict {
        Verdict::Works => ("works", "\u{2713}"),
        Verdict::AtRisk => ("at-risk", "!"),
        Verdict::Blocked => ("blocked", "\u{2715}"),
        Verdict::NotTested => ("not-tested", "?"),
    };
    let ports = (!verdict.ports.is_empty()).then(|| {
        html! {
            <span class="verdict-ports">{ format!(" \u{2013} {}", verdict.ports.join(", ")) }</span>
        }
    });
    html! {
        <li class={classes!("verdict", class)} data-feature={verdict.feature.slug()} data-verdict={class}>
            <span class="verdict-icon" aria-hidden="true">{ icon }</span>
            <div>
                <h3>{ verdict.feature.title() }</h3>
                <p class="verdict-label"><strong>{ verdict.verdict.label() }</strong>{ for ports }</p>
                <p class="verdict-reason">{ &verdict.reason }</p>
            </div>
        </li>
    }
}

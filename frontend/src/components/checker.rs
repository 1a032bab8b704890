//! The "Check my network" action: runs a check, shows it filling in, then the result.

use yew::prelude::*;

use super::{error_box::error_box, probe_table::probe_table, result_view::result_view};
use crate::{
    browser,
    hooks::use_check::{CheckState, Phase, use_check},
    layout::Layout,
};

#[component]
pub fn Checker() -> Html {
    let (check, start) = use_check();
    let layout = Layout::current();
    let summary_heading = use_node_ref();
    {
        // Move focus to the verdicts when they appear, for keyboard and screen readers.
        let summary_heading = summary_heading.clone();
        use_effect_with(check.phase.clone(), move |phase| {
            if *phase == Phase::Done {
                browser::focus(&summary_heading);
            }
        });
    }
    let on_click = {
        let start = start.clone();
        Callback::from(move |_| start.emit(()))
    };
    let label = match check.phase {
        Phase::Done | Phase::Failed => "Check again",
        _ => "Check my network",
    };
    let local = check.started.as_ref().filter(|s| s.local_mode).map(|_| {
        html! {
            <p class="notice" data-notice="local-mode">
                { "Local mode: this Ring Check server accepts private addresses, so it is testing \
                   the connection from this device to the server, not your home router." }
            </p>
        }
    });
    html! {
        <section class="checker" aria-labelledby="check-heading">
            <h2 id="check-heading">{ "Check your network" }</h2>
            <p>
                { "Run it from a phone or computer on the " }<strong>{ "same Wi-Fi as your Ring device" }</strong>
                { ", not on mobile data. It takes a few seconds." }
            </p>
            <button type="button" class="primary" id="check-button" onclick={on_click} disabled={check.is_busy()}>
                { label }
            </button>
            { for local }
            <p class="status" role="status" aria-live="polite">{ status_text(&check) }</p>
            { progress(&check) }
            { error(&check, start) }
            { body(&check, summary_heading, layout.hide_table) }
        </section>
    }
}

fn status_text(check: &CheckState) -> String {
    match check.phase {
        Phase::Idle => String::new(),
        Phase::Starting => "Starting the check\u{2026}".into(),
        Phase::Running => format!("Testing: {} of {} done", check.done(), check.total()),
        Phase::Done => "Check finished. Your results are below.".into(),
        Phase::Failed if check.started.is_none() => "The check could not start.".into(),
        Phase::Failed => "The check did not finish.".into(),
    }
}

fn progress(check: &CheckState) -> Html {
    if !check.is_busy() {
        return html! {};
    }
    html! {
        <progress class="check-progress" aria-label="Check progress" max={check.total().max(1).to_string()} value={check.done().to_string()} />
    }
}

fn error(check: &CheckState, start: Callback<()>) -> Html {
    match &check.error {
        Some(error) if check.phase == Phase::Failed => error_box(error, Some(start)),
        _ => html! {},
    }
}

fn body(check: &CheckState, summary_heading: NodeRef, hide_table: bool) -> Html {
    if let Some(report) = &check.report {
        return result_view(report, &summary_heading);
    }
    match &check.started {
        Some(started) if check.phase == Phase::Running && !hide_table => {
            probe_table(&started.plan(), &check.results, &check.egress, false)
        }
        _ => html! {},
    }
}

//! The "Check my network" action: runs a check, shows it filling in, then the result.

use std::rc::Rc;

use ringcheck_shared::app_text::AppText;
use yew::prelude::*;

use super::{error_box::error_box, probe_table::probe_table, result_view::result_view};
use crate::{
    browser,
    hooks::use_check::{CheckState, Phase, use_check},
    layout::Layout,
    report::LoadedReport,
    words::{number, t, t_with},
};

#[component]
pub fn Checker() -> Html {
    let (check, start, refresh) = use_check();
    let layout = Layout::current();
    // Move focus to the verdicts when they appear, for keyboard and screen readers.
    use_effect_with(check.phase.clone(), move |phase| {
        if *phase == Phase::Done {
            browser::focus_id("summary-heading");
        }
    });
    let on_click = {
        let start = start.clone();
        Callback::from(move |_| start.emit(()))
    };
    let label = t(match check.phase {
        Phase::Done | Phase::Failed => AppText::CheckAgain,
        _ => AppText::CheckButton,
    });
    let local = check.started.as_ref().filter(|s| s.local_mode).map(|_| {
        html! {
            <p class="notice" data-notice="local-mode">
                { t(AppText::LocalModeNotice) }
            </p>
        }
    });
    html! {
        <section class="checker" aria-labelledby="check-heading">
            <h2 id="check-heading">{ t(AppText::CheckHeading) }</h2>
            <p>{ t(AppText::CheckIntro) }</p>
            <button type="button" class="primary" id="check-button" onclick={on_click} disabled={check.is_busy()}>
                { label }
            </button>
            { for local }
            <p class="status" role="status" aria-live="polite">{ status_text(&check) }</p>
            { progress(&check) }
            { error(&check, start) }
            { body(&check, layout.hide_table, refresh) }
        </section>
    }
}

fn status_text(check: &CheckState) -> String {
    match check.phase {
        Phase::Idle => String::new(),
        Phase::Starting => t(AppText::StatusStarting),
        Phase::Running => t_with(
            AppText::StatusRunning,
            &[
                ("done", &number(check.done() as f64)),
                ("total", &number(check.total() as f64)),
            ],
        ),
        Phase::Done => t(AppText::StatusDone),
        Phase::Failed if check.started.is_none() => t(AppText::StatusNotStarted),
        Phase::Failed => t(AppText::StatusNotFinished),
    }
}

fn progress(check: &CheckState) -> Html {
    if !check.is_busy() {
        return html! {};
    }
    html! {
        <progress class="check-progress" aria-label={t(AppText::ProgressLabel)} max={check.total().max(1).to_string()} value={check.done().to_string()} />
    }
}

fn error(check: &CheckState, start: Callback<()>) -> Html {
    match &check.error {
        Some(error) if check.phase == Phase::Failed => error_box(error, Some(start)),
        _ => html! {},
    }
}

fn body(check: &CheckState, hide_table: bool, refresh: Callback<Rc<LoadedReport>>) -> Html {
    if let Some(report) = &check.report {
        // The visitor's own check: they may run the upload test and keep it with it.
        let token = check
            .started
            .as_ref()
            .map(|s| AttrValue::from(s.egress.token.clone()));
        return result_view(report, token, refresh);
    }
    match &check.started {
        Some(started) if check.phase == Phase::Running && !hide_table => {
            probe_table(&started.plan(), &check.results, &check.egress, false)
        }
        _ => html! {},
    }
}

//! "Will Live View stream smoothly?": the video upload test's card. On the visitor's own
//! finished check it offers the test (how many cameras stream at once; it is said to
//! take about 14 s), shows it running, then its result; on a share link or an embed,
//! the result the report keeps. The result and its chart are the server's HTML and
//! image: the app lays out and draws nothing of them.

use std::{cell::Cell, rc::Rc};

use ringcheck_shared::{
    app_text::AppText,
    upload::{ABOUT_SECONDS, MAX_STREAMS},
};
use yew::{platform::spawn_local, prelude::*};

use super::error_box::error_box;
use crate::{
    api,
    error::UiError,
    report::LoadedReport,
    upload::{self, Progress},
    words::{number, t, t_with},
};

#[derive(Properties, PartialEq)]
pub struct UploadTestProps {
    /// The check's id: the report the figures are kept with.
    pub id: AttrValue,
    /// The check's token, on the visitor's own finished check only: who may run a test.
    pub token: Option<AttrValue>,
    /// The result the report keeps, as the server's HTML; empty when none was run.
    pub kept: AttrValue,
    /// Told the report read again once a new result is kept (its summary and JSON then
    /// carry the figures).
    pub on_kept: Callback<Rc<LoadedReport>>,
}

#[derive(Clone, PartialEq)]
enum Run {
    Ready,
    Running(Progress),
    Failed(UiError),
}

#[component]
pub fn UploadTest(props: &UploadTestProps) -> Html {
    let run = use_state(|| Run::Ready);
    let streams = use_state(|| 1u8);
    // The newest result, shown at once (the report it came with may not replace the one
    // shown, when that one holds browser results the server could not keep).
    let fresh = use_state(AttrValue::default);
    // Set when the card goes (a new check clears it): a running test stops sending.
    let cancelled = use_memo((), |()| Rc::new(Cell::new(false)));
    {
        let cancelled = (*cancelled).clone();
        use_effect_with((), move |()| move || cancelled.set(true));
    }
    let running = matches!(*run, Run::Running(_));
    let start = {
        let (run, fresh, streams) = (run.clone(), fresh.clone(), *streams);
        let cancelled = (*cancelled).clone();
        let (id, token, on_kept) = (props.id.clone(), props.token.clone(), props.on_kept.clone());
        Callback::from(move |_| {
            let Some(token) = token.clone() else { return };
            let (run, fresh, id, on_kept) =
                (run.clone(), fresh.clone(), id.clone(), on_kept.clone());
            let cancelled = cancelled.clone();
            run.set(Run::Running(Progress::Idle));
            spawn_local(async move {
                let told = {
                    let run = run.clone();
                    move |progress| run.set(Run::Running(progress))
                };
                // The result is read where it is kept, in the page's language.
                let kept = match upload::run(&id, &token, streams, cancelled, told).await {
                    Ok(()) => api::report(&id).await,
                    Err(error) => Err(error),
                };
                let said = kept.as_ref().ok().and_then(|report| {
                    let view = report.view.as_ref()?;
                    (!view.upload.is_empty()).then(|| view.upload.clone())
                });
                match (kept, said) {
                    (Ok(report), Some(said)) => {
                        fresh.set(said.into());
                        run.set(Run::Ready);
                        on_kept.emit(Rc::new(report));
                    }
                    // Sent, but not kept or not readable: the report as shown stays.
                    (Ok(_), None) => run.set(Run::Failed(UiError::unexpected())),
                    (Err(error), _) => run.set(Run::Failed(error)),
                }
            });
        })
    };
    let shown = if fresh.is_empty() {
        props.kept.clone()
    } else {
        (*fresh).clone()
    };
    if props.token.is_none() && shown.is_empty() {
        return html! {};
    }
    let offer = props.token.is_some().then(|| {
        let seconds = number(f64::from(ABOUT_SECONDS));
        html! {
            <>
                <p>{ t_with(AppText::UploadIntro, &[("seconds", &seconds)]) }</p>
                { cameras(&streams, running) }
                <button type="button" class="primary" id="upload-button" onclick={start} disabled={running}>
                    { t(if shown.is_empty() { AppText::UploadButton } else { AppText::UploadAgain }) }
                </button>
            </>
        }
    });
    let status = match &*run {
        Run::Running(progress) => running_status(progress),
        Run::Failed(error) => error_box(error, None),
        Run::Ready => html! {},
    };
    let result = (!running && !shown.is_empty()).then(|| Html::from_html_unchecked(shown));
    html! {
        <section class="card upload-test" id="upload-test" aria-labelledby="upload-heading">
            <h2 id="upload-heading">{ t(AppText::UploadHeading) }</h2>
            { for offer }
            { status }
            { for result }
        </section>
    }
}

/// One button per number of cameras: a tap on a phone, no list to open.
fn cameras(streams: &UseStateHandle<u8>, running: bool) -> Html {
    let buttons = (1..=MAX_STREAMS).map(|n| {
        let streams = streams.clone();
        let pressed = *streams == n;
        html! {
            <button type="button" class="secondary" aria-pressed={if pressed { "true" } else { "false" }}
                data-streams={n.to_string()} disabled={running} onclick={move |_| streams.set(n)}>{ n }</button>
        }
    });
    html! {
        <div class="upload-cameras" role="group" aria-labelledby="upload-cameras-label">
            <span id="upload-cameras-label">{ t(AppText::UploadCameras) }</span>
            { for buttons }
        </div>
    }
}

fn running_status(progress: &Progress) -> Html {
    let (text, max, value) = match *progress {
        Progress::Idle => (t(AppText::UploadMeasuringIdle), 1, 0),
        Progress::Sending {
            at_ms,
            total_ms,
            kbps,
        } => {
            let left = total_ms.saturating_sub(at_ms).div_ceil(1000);
            let text = t_with(
                AppText::UploadSending,
                &[
                    ("seconds", &number(f64::from(left))),
                    ("kbps", &number(f64::from(kbps))),
                ],
            );
            (text, total_ms.max(1), at_ms)
        }
    };
    html! {
        <>
            <progress class="check-progress" aria-label={t(AppText::UploadProgressLabel)} max={max.to_string()} value={value.to_string()} />
            <p class="status" role="status" aria-live="polite">{ text }</p>
        </>
    }
}

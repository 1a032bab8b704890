//! `/r/{id}`: a shared report, read-only, for anyone with the link.

use std::rc::Rc;

use ringcheck_shared::{app_text::AppText, check::CheckId};
use yew::{platform::spawn_local, prelude::*};

use crate::{
    api,
    components::{error_box::error_box, result_view::result_view},
    error::UiError,
    layout::Layout,
    report::LoadedReport,
    words::{t, t_with},
};

#[derive(Properties, PartialEq)]
pub struct ReportPageProps {
    pub id: AttrValue,
}

#[derive(Clone, PartialEq)]
enum Loaded {
    Loading,
    Report(Rc<LoadedReport>),
    Failed(UiError),
}

#[component]
pub fn ReportPage(props: &ReportPageProps) -> Html {
    let loaded = use_state(|| Loaded::Loading);
    let embedded = Layout::current().embedded;
    {
        let loaded = loaded.clone();
        use_effect_with(props.id.clone(), move |id| {
            let id = id.clone();
            spawn_local(async move {
                // A link that cannot be an id is explained without asking the server.
                let result = match CheckId::parse(&id) {
                    Ok(id) => api::report(id.as_str()).await,
                    Err(error) => Err(UiError::invalid_link(&error)),
                };
                loaded.set(match result {
                    Ok(report) => Loaded::Report(Rc::new(report)),
                    Err(error) => Loaded::Failed(error),
                });
            });
        });
    }
    let body = match &*loaded {
        Loaded::Loading => html! { <p role="status">{ t(AppText::ReportLoading) }</p> },
        Loaded::Report(report) => html! {
            <>
                <p class="lead">{ checked_on(&report.report.created_at, &report.report.target) }</p>
                { result_view(report, None, Callback::noop()) }
            </>
        },
        Loaded::Failed(error) => error_box(error, None),
    };
    html! {
        <>
            <section class="intro" aria-labelledby="page-heading">
                <h1 id="page-heading">{ t(AppText::ReportHeading) }</h1>
                { body }
            </section>
            <p class="new-check"><a href="/" target={embedded.then_some("_blank")}>{ t(AppText::NewCheck) }</a></p>
        </>
    }
}

/// When and from where: "2026-11-24T01:15:35Z" as its date and its time in UTC.
fn checked_on(rfc3339: &str, address: &str) -> String {
    let (date, time) = match (rfc3339.get(..10), rfc3339.get(11..16)) {
        (Some(date), Some(time)) => (date, time),
        _ => (rfc3339, ""),
    };
    t_with(
        AppText::ReportCheckedOn,
        &[("date", date), ("time", time), ("address", address)],
    )
}

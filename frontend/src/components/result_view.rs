//! A finished check: verdicts first, then what to do, how to share, and every test. The
//! verdicts and what to do are the server's HTML (`ReportView`), shown as it is; the
//! app works the copy button in it.

use std::rc::Rc;

use ringcheck_shared::{app_text::AppText, egress::EgressState, routes::ClientRoute};
use wasm_bindgen::JsCast;
use yew::{platform::spawn_local, prelude::*};

use super::{
    error_box::error_box, probe_table::probe_table, share_panel::share_panel,
    upload_test::UploadTest,
};
use crate::{browser, error::UiError, layout::Layout, report::LoadedReport, words::t};

/// The finished check `loaded`; `token`, on the visitor's own check, lets them run the
/// video upload test, after which `on_upload_kept` is told. A plain function rather than
/// a component: it holds no state, and each component costs the app kilobytes of Yew's
/// glue.
pub fn result_view(
    loaded: &LoadedReport,
    token: Option<AttrValue>,
    on_upload_kept: Callback<Rc<LoadedReport>>,
) -> Html {
    let report = &loaded.report;
    let judgement = &loaded.judgement;
    let link: AttrValue = format!(
        "{}{}",
        browser::origin(),
        ClientRoute::report_path(report.id.as_str())
    )
    .into();
    let unsaved = loaded.egress_unsaved.then(|| {
        html! {
            <p class="notice" data-notice="egress-unsaved">{ t(AppText::EgressUnsaved) }</p>
        }
    });
    let unreachable = judgement.advice.nothing_got_out.then(|| {
        html! {
            <p class="notice" data-notice="own-servers-unreachable">
                { t(AppText::OwnServersUnreachable) }
            </p>
        }
    });
    let no_webrtc = report
        .egress_results()
        .iter()
        .any(|r| r.state == EgressState::Unsupported)
        .then(|| {
            html! {
                <p class="notice" data-notice="no-webrtc">
                    { t(AppText::NoWebrtc) }
                </p>
            }
        });
    let layout = Layout::current();
    let local = report.local_mode.then(|| {
        html! {
            <p class="notice">{ t(AppText::LocalModeResult) }</p>
        }
    });
    let (summary, fix) = match &loaded.view {
        Some(view) => (
            Html::from_html_unchecked(AttrValue::from(view.summary.clone())),
            Html::from_html_unchecked(AttrValue::from(view.fix.clone())),
        ),
        None => (error_box(&UiError::unexpected(), None), html! {}),
    };
    let kept_upload = AttrValue::from(
        loaded
            .view
            .as_ref()
            .map(|view| view.upload.clone())
            .unwrap_or_default(),
    );
    html! {
        <div class="result" data-report={report.id.to_string()}>
            { summary }
            { for unreachable }
            { for no_webrtc }
            { for local }
            { for unsaved }
            <div class="cards">
                if !layout.hide_advice {
                    <div class="fix-wrap" onclick={Callback::from(copy_from_button)}>{ fix }</div>
                }
                if !layout.hide_share {
                    { share_panel(report, &AttrValue::from(loaded.json.clone()), &AttrValue::from(judgement.summary.clone()), &link) }
                }
            </div>
            <UploadTest id={AttrValue::from(report.id.to_string())} {token}
                kept={kept_upload} on_kept={on_upload_kept} />
            if !layout.hide_table {
                <h2>{ t(AppText::EveryTest) }</h2>
                { probe_table(&loaded.plan, &report.probes, report.egress_results(), true) }
            }
        </div>
    }
}

/// A click on a button of the server's HTML that has `data-copy`: copies the text of the
/// element it names, and says in the button's status whether it could (when the browser
/// refuses, the text is there to copy by hand).
fn copy_from_button(event: MouseEvent) {
    let Some(button) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|target| target.closest("[data-copy]").ok().flatten())
    else {
        return;
    };
    let Some(text) = button
        .get_attribute("data-copy")
        .and_then(|id| browser::element_by_id(&id))
        .and_then(|source| source.text_content())
    else {
        return;
    };
    spawn_local(async move {
        let copied = browser::copy_to_clipboard(&text).await;
        if let Some(status) = button.next_element_sibling() {
            let (class, said) = if copied {
                ("copied", AppText::Copied)
            } else {
                ("copy-refused", AppText::CopyBlocked)
            };
            status.set_class_name(class);
            status.set_text_content(Some(&t(said)));
        }
    });
}

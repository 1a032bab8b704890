//! A finished check: verdicts first, then what to do, how to share, and every test.

use ringcheck_shared::{app_text::AppText, egress::EgressState, routes::ClientRoute};
use yew::prelude::*;

use super::{
    families::families, fix_it::fix_it, probe_table::probe_table, share_panel::share_panel,
    verdict_list::verdict_list,
};
use crate::{browser, layout::Layout, report::LoadedReport, words::t};

/// The finished check `loaded`; `heading_ref` is its heading, which takes the focus. A
/// plain function rather than a component: it holds no state, and each component costs
/// the app kilobytes of Yew's glue.
pub fn result_view(loaded: &LoadedReport, heading_ref: &NodeRef) -> Html {
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
    html! {
        <div class="result" data-report={report.id.to_string()}>
            { verdict_list(&judgement.verdicts, heading_ref) }
            { for judgement.families.as_ref().map(families) }
            { for unreachable }
            { for no_webrtc }
            { for local }
            { for unsaved }
            <div class="cards">
                if !layout.hide_advice {
                    { fix_it(judgement) }
                }
                if !layout.hide_share {
                    { share_panel(report, &AttrValue::from(loaded.json.clone()), &AttrValue::from(judgement.summary.clone()), &link) }
                }
            </div>
            if !layout.hide_table {
                <h2>{ t(AppText::EveryTest) }</h2>
                { probe_table(&loaded.plan, &report.probes, report.egress_results(), true) }
            }
        </div>
    }
}

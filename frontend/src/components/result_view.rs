//! A finished check: verdicts first, then what to do, how to share, and every probe.

use std::rc::Rc;

use ringcheck_shared::{routes::ClientRoute, verdict::verdicts};
use yew::prelude::*;

use super::{
    fix_it::FixIt, probe_table::ProbeTable, share_panel::SharePanel, verdict_list::VerdictList,
};
use crate::{browser, layout::Layout, report::LoadedReport};

#[derive(Properties, PartialEq)]
pub struct ResultViewProps {
    pub report: Rc<LoadedReport>,
    #[prop_or_default]
    pub heading_ref: NodeRef,
}

#[component]
pub fn ResultView(props: &ResultViewProps) -> Html {
    let loaded = props.report.clone();
    let report = Rc::new(loaded.report.clone());
    let verdicts = use_memo(report.clone(), |report| {
        verdicts(&report.probes, report.egress.as_ref())
    });
    let link: AttrValue = format!(
        "{}{}",
        browser::origin(),
        ClientRoute::report_path(report.id.as_str())
    )
    .into();
    let planned = use_memo(report.clone(), |report| {
        report
            .probes
            .iter()
            .map(|p| ringcheck_shared::check::PlannedProbe {
                entry: p.entry.clone(),
                transport: p.transport,
                port: p.port,
            })
            .collect::<Vec<_>>()
    });
    let results = use_memo(report.clone(), |report| report.probes.clone());
    let egress_targets = use_memo(loaded.clone(), |loaded| loaded.egress_targets());
    let egress = use_memo(report.clone(), |report| report.egress_results().to_vec());
    let unsaved = loaded.egress_unsaved.then(|| html! {
        <p class="notice" data-notice="egress-unsaved">{ "Your browser's results are shown here but could not be saved with the report, so the share link shows only the server's tests. Run the check again to share them." }</p>
    });
    let layout = Layout::current();
    let local = report.local_mode.then(|| html! {
        <p class="notice">{ "This check ran in local mode, on a private address: it describes this computer's connection to the Ring Check server, not a home router." }</p>
    });
    html! {
        <div class="result" data-report={report.id.to_string()}>
            <VerdictList verdicts={verdicts.clone()} heading_ref={props.heading_ref.clone()} />
            { for local }
            { for unsaved }
            <div class="cards">
                if !layout.hide_advice {
                    <FixIt report={report.clone()} link={link.clone()} />
                }
                if !layout.hide_share {
                    <SharePanel report={report.clone()} json={AttrValue::from(loaded.json.clone())} verdicts={verdicts} link={link} />
                }
            </div>
            if !layout.hide_table {
                <h2>{ "Every test" }</h2>
                <ProbeTable planned={planned} results={results} egress_targets={egress_targets} egress={egress} />
            }
        </div>
    }
}

//! A finished check: verdicts first, then what to do, how to share, and every test.

use std::rc::Rc;

use ringcheck_shared::{egress::EgressState, routes::ClientRoute};
use yew::prelude::*;

use super::{
    families::Families, fix_it::FixIt, probe_table::ProbeTable, share_panel::SharePanel,
    verdict_list::VerdictList,
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
    let judgement = loaded.judgement.clone();
    let verdicts = Rc::new(judgement.verdicts.clone());
    let link: AttrValue = format!(
        "{}{}",
        browser::origin(),
        ClientRoute::report_path(report.id.as_str())
    )
    .into();
    let plan = loaded.plan.clone();
    let probes = use_memo(report.clone(), |report| report.probes.clone());
    let egress = use_memo(report.clone(), |report| report.egress_results().to_vec());
    let unsaved = loaded.egress_unsaved.then(|| html! {
        <p class="notice" data-notice="egress-unsaved">{ "Your browser's results are shown in the table, but the report could not include them, so the verdicts and the share link use only the server's tests. Run the check again to include them." }</p>
    });
    let unreachable = judgement.advice.nothing_got_out.then(|| html! {
            <p class="notice" data-notice="own-servers-unreachable">
                { "Your browser could not reach Ring Check's own test servers on any port, so this check cannot tell whether your network blocks anything. The problem is more likely on our side than yours: please try again later." }
            </p>
        });
    let no_webrtc = report
        .egress_results()
        .iter()
        .any(|r| r.state == EgressState::Unsupported)
        .then(|| {
            html! {
                <p class="notice" data-notice="no-webrtc">
                    { "This browser cannot test UDP (it has no WebRTC), so Live View's direct \
                       video path could not be tested. For the full check, open Ring Check in \
                       another browser, such as Chrome, Firefox, Edge, or Safari on a phone." }
                </p>
            }
        });
    let layout = Layout::current();
    let local = report.local_mode.then(|| html! {
        <p class="notice">{ "This check ran in local mode, on a private address: it describes this computer's connection to the Ring Check server, not a home router." }</p>
    });
    html! {
        <div class="result" data-report={report.id.to_string()}>
            <VerdictList verdicts={verdicts.clone()} heading_ref={props.heading_ref.clone()} />
            if let Some(families) = &judgement.families {
                <Families families={Rc::new(families.clone())} />
            }
            { for unreachable }
            { for no_webrtc }
            { for local }
            { for unsaved }
            <div class="cards">
                if !layout.hide_advice {
                    <FixIt judgement={judgement.clone()} />
                }
                if !layout.hide_share {
                    <SharePanel report={report.clone()} json={AttrValue::from(loaded.json.clone())} summary={AttrValue::from(judgement.summary.clone())} link={link} />
                }
            </div>
            if !layout.hide_table {
                <h2>{ "Every test" }</h2>
                <ProbeTable plan={plan} probes={probes} egress={egress} finished={true} />
            }
        </div>
    }
}

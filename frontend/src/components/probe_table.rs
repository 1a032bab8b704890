//! Every port of a check, outbound (from the browser) and inbound (from our server) side
//! by side, filling in live as results arrive; the media range's sample as one row.
//! The rows come from the shared `rows` module, as for a stored report.

use std::rc::Rc;

use ringcheck_shared::{
    check::{CheckPlan, EntryLabel, ProbeResult, ProbeState},
    egress::{EgressResult, EgressState, timing_label},
    rows::{Inbound, Outbound, Sample, TestRow, test_rows},
};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProbeTableProps {
    pub plan: Rc<CheckPlan>,
    pub probes: Rc<Vec<ProbeResult>>,
    pub egress: Rc<Vec<EgressResult>>,
}

#[component]
pub fn ProbeTable(props: &ProbeTableProps) -> Html {
    let rows = test_rows(&props.plan, &props.probes, &props.egress);
    let html_rows = table_rows(&rows).into_iter().map(|group| match group {
        [row] if !row.is_sampled() => single_row(row),
        sampled => sample_row(&sampled.iter().collect::<Vec<_>>()),
    });
    html! {
        <div class="table-wrap">
            <table class="probe-table" id="probe-table">
                <caption>{ "Outbound: your browser connecting out, as your Ring devices do. Inbound: Ring Check's server connecting back to your network." }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Port" }</th>
                        <th scope="col">{ "Protocol" }</th>
                        <th scope="col">{ "Used for" }</th>
                        <th scope="col">{ "Outbound" }</th>
                        <th scope="col">{ "Inbound" }</th>
                        <th scope="col">{ "What it means" }</th>
                    </tr>
                </thead>
                <tbody>{ for html_rows }</tbody>
            </table>
        </div>
    }
}

fn single_row(row: &TestRow) -> Html {
    let (inbound_state, inbound_cell) = match row.inbound {
        Inbound::Done(result) => (result.state.label(), probe_cell(result)),
        Inbound::Pending => ("pending", testing()),
        Inbound::NotPlanned => ("none", dash()),
    };
    html! {
        <tr key={row.key.clone()} data-probe={row.key.clone()} data-outbound={outbound_state(row)} data-state={inbound_state}>
            <td class="port-numbers">
                { row.port.get() }
                <span class="narrow-only">{ format!(" {}", row.transport.label()) }</span>
            </td>
            <td>{ row.transport.label() }</td>
            <td>{ &row.entry.name }{ source_link(row.entry) }</td>
            <td data-label="Outbound">{ outbound_cell(row) }</td>
            <td data-label="Inbound">{ inbound_cell }</td>
            <td>{ row.meaning }</td>
        </tr>
    }
}

/// The table's rows: each port alone, but a sampled range's ports (consecutive, of one
/// entry and transport) together.
fn table_rows<'r, 'a>(rows: &'r [TestRow<'a>]) -> Vec<&'r [TestRow<'a>]> {
    let mut groups = Vec::new();
    let mut rest = rows;
    while let Some(first) = rest.first() {
        let len = if first.is_sampled() {
            rest.iter()
                .position(|r| r.entry.id != first.entry.id || r.transport != first.transport)
                .unwrap_or(rest.len())
        } else {
            1
        };
        let (group, after) = rest.split_at(len);
        groups.push(group);
        rest = after;
    }
    groups
}

/// A sampled range in one row: how many got out, and a chip per sampled port.
fn sample_row(rows: &[&TestRow]) -> Html {
    let Some(sample) = Sample::of(rows) else {
        return html! {};
    };
    let entry = rows[0].entry;
    let transport = rows[0].transport;
    let key = format!("{}-{}-{}", transport.slug(), sample.first, sample.last);
    let chips = rows.iter().map(|row| {
        let (class, icon) = match row.outbound {
            Outbound::Done(result) => state_look(result.state),
            Outbound::Pending => ("pending", "\u{2026}"),
            _ => ("unknown", "?"),
        };
        let title = match row.outbound {
            Outbound::Done(result) => result.state.label(),
            Outbound::Pending => "testing",
            Outbound::NotTestable(reason) | Outbound::Unavailable(reason) => reason,
            Outbound::NotPlanned => "",
        };
        html! {
            <li class={classes!("chip", class)} data-probe={row.key.clone()} data-outbound={outbound_state(row)} data-state="none" title={title.to_owned()}>
                <span aria-hidden="true">{ icon }</span>{ format!(" {}", row.port) }
                <span class="visually-hidden">{ format!(": {title}") }</span>
            </li>
        }
    });
    html! {
        <tr key={key.clone()} data-sample={key}>
            <td class="port-numbers">
                { format!("{}\u{2013}{}", sample.first, sample.last) }
                <span class="narrow-only">{ format!(" {}", transport.label()) }</span>
            </td>
            <td>{ transport.label() }</td>
            <td>
                { &entry.name }{ source_link(entry) }
                <span class="sample-note">{ sample.density() }</span>
            </td>
            <td data-label="Outbound">
                <span class="sample-outcome">{ sample.outcome() }</span>
                <ul class="chips">{ for chips }</ul>
            </td>
            <td data-label="Inbound">{ dash() }</td>
            <td>{ sample.meaning() }</td>
        </tr>
    }
}

/// As `data-outbound` says it, for tests and styles.
fn outbound_state(row: &TestRow) -> &'static str {
    match row.outbound {
        Outbound::Done(result) => result.state.slug(),
        Outbound::NotTestable(_) => "not_testable",
        Outbound::Unavailable(_) => "unavailable",
        Outbound::Pending => "pending",
        Outbound::NotPlanned => "none",
    }
}

fn outbound_cell(row: &TestRow) -> Html {
    match row.outbound {
        Outbound::Done(result) => egress_cell(result),
        Outbound::NotTestable(_) => {
            html! { <span class="state unknown">{ "Not testable" }</span> }
        }
        Outbound::Unavailable(reason) => {
            // Why, unless the row's meaning already says it.
            let why =
                (row.meaning != reason).then(|| html! { <span class="why">{ reason }</span> });
            html! { <><span class="state unknown">{ "Not testable here" }</span>{ for why }</> }
        }
        Outbound::Pending => testing(),
        Outbound::NotPlanned => dash(),
    }
}

/// Where the row comes from, as a short link.
fn source_link(entry: &EntryLabel) -> Html {
    let source = &entry.source;
    html! {
        <a class="source" href={source.address.clone()} title={source.title.clone()} target="_blank" rel="noopener">
            { &source.label }
        </a>
    }
}

fn testing() -> Html {
    html! { <span class="pending">{ "Testing\u{2026}" }</span> }
}

fn dash() -> Html {
    html! { <span class="muted" title="Not tested in this direction">{ "\u{2014}" }</span> }
}

fn state_look(state: EgressState) -> (&'static str, &'static str) {
    match state {
        EgressState::Reached => ("open", "\u{25CF}"),
        EgressState::Failed | EgressState::NoAnswer | EgressState::Intercepted => {
            ("silent", "\u{2715}")
        }
        EgressState::NotTested => ("unknown", "?"),
    }
}

fn egress_cell(result: &EgressResult) -> Html {
    let (class, icon) = state_look(result.state);
    state_cell(class, icon, result.state.label(), timing_label(result))
}

fn probe_cell(result: &ProbeResult) -> Html {
    let (class, icon) = match result.state {
        ProbeState::Open => ("open", "\u{25CF}"),
        ProbeState::Closed => ("closed", "\u{25CB}"),
        ProbeState::Filtered | ProbeState::Unreachable => ("silent", "\u{2715}"),
        ProbeState::OpenOrFiltered | ProbeState::Error => ("unknown", "?"),
    };
    state_cell(class, icon, result.state.label(), result.rtt_label())
}

fn state_cell(
    class: &'static str,
    icon: &'static str,
    label: &'static str,
    rtt: Option<String>,
) -> Html {
    html! {
        <span class={classes!("state", class)}>
            <span aria-hidden="true">{ icon }</span>
            { " " }{ label }
            { for rtt.map(|rtt| html! { <span class="rtt">{ format!(" ({rtt})") }</span> }) }
        </span>
    }
}

#[cfg(test)]
mod tests {
    use ringcheck_shared::{
        catalog::{Transport, catalog},
        check::probe_back_plan,
        egress::egress_targets,
        port::Port,
    };

    use super::*;

    #[test]
    fn a_sampled_range_is_one_row_and_every_other_port_its_own() {
        let sample: Vec<Port> = [16500, 30000, 65000].map(Port::known).to_vec();
        let targets = egress_targets(catalog(), &sample, |_, port| Ok(port));
        let plan = CheckPlan::new(catalog(), probe_back_plan(catalog()), targets);
        let rows = test_rows(&plan, &[], &[]);
        let groups = table_rows(&rows);

        let sampled: Vec<_> = groups.iter().filter(|g| g[0].is_sampled()).collect();
        assert_eq!(sampled.len(), 1, "one row for the media range");
        assert_eq!(sampled[0].len(), 3);
        assert!(sampled[0].iter().all(|r| r.transport == Transport::Udp));
        assert!(
            groups
                .iter()
                .filter(|g| !g[0].is_sampled())
                .all(|g| g.len() == 1),
            "ports outside the range keep a row each"
        );
        assert_eq!(groups.iter().map(|g| g.len()).sum::<usize>(), rows.len());
    }
}

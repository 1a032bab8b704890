//! Every port of a check, outbound (from the browser) and inbound (from our server) side
//! by side, filling in live as results arrive.

use std::rc::Rc;

use ringcheck_shared::{
    catalog,
    catalog::Transport,
    check::{PlannedProbe, ProbeResult, ProbeState},
    egress::{EgressMethod, EgressResult, EgressState, EgressTarget, rtt_label},
    port::Port,
    verdict::{Evidence, Path},
};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProbeTableProps {
    pub planned: Rc<Vec<PlannedProbe>>,
    pub results: Rc<Vec<ProbeResult>>,
    pub egress_targets: Rc<Vec<EgressTarget>>,
    pub egress: Rc<Vec<EgressResult>>,
}

/// One row: a transport and port, and what each direction found so far.
struct Row<'a> {
    name: &'a str,
    transport: Transport,
    port: Port,
    outbound: Option<&'a EgressTarget>,
    inbound_planned: bool,
}

#[component]
pub fn ProbeTable(props: &ProbeTableProps) -> Html {
    let evidence = Evidence::new(&props.results, &props.egress);
    let rows = rows(props).into_iter().map(|row| {
        let egress = props
            .egress
            .iter()
            .find(|r| r.transport == row.transport && r.port == row.port);
        let probe = props
            .results
            .iter()
            .find(|r| r.transport == row.transport && r.port == row.port);
        let not_testable = row.outbound.and_then(|t| match &t.method {
            EgressMethod::NotTestable { reason } => Some(reason.as_str()),
            _ => None,
        });
        let (outbound_state, outbound_cell) = match (row.outbound, egress, not_testable) {
            (_, Some(result), _) => (result.state.slug(), egress_cell(result)),
            (Some(_), None, Some(_)) => ("not_testable", html! { <span class="state unknown">{ "Not testable" }</span> }),
            (Some(_), None, None) => ("pending", testing()),
            (None, _, _) => ("none", dash()),
        };
        let (inbound_state, inbound_cell) = match (row.inbound_planned, probe) {
            (_, Some(result)) => (result.state.label(), probe_cell(result)),
            (true, None) => ("pending", testing()),
            (false, None) => ("none", dash()),
        };
        let meaning = match (egress, probe, not_testable) {
            (Some(result), _, _) if evidence.egress_path(result) != Path::Unknown => evidence.egress_reading(result),
            (_, Some(probe), _) => evidence.reading(probe),
            (_, None, Some(reason)) => reason,
            (Some(result), None, _) => evidence.egress_reading(result),
            _ => "",
        };
        let key = format!("{}-{}", row.transport.slug(), row.port);
        html! {
            <tr key={key.clone()} data-probe={key} data-outbound={outbound_state} data-state={inbound_state}>
                <td class="port-numbers">
                    { row.port.get() }
                    <span class="narrow-only">{ format!(" {}", row.transport.label()) }</span>
                </td>
                <td>{ row.transport.label() }</td>
                <td>{ row.name }</td>
                <td data-label="Outbound">{ outbound_cell }</td>
                <td data-label="Inbound">{ inbound_cell }</td>
                <td>{ meaning }</td>
            </tr>
        }
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
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

/// Every transport and port of either direction, grouped by catalogue entry, TCP first.
fn rows(props: &ProbeTableProps) -> Vec<Row<'_>> {
    let mut rows: Vec<Row> = Vec::new();
    for entry in &catalog().entries {
        for transport in [Transport::Tcp, Transport::Udp] {
            let start = rows.len();
            for target in props
                .egress_targets
                .iter()
                .filter(|t| t.entry == entry.id && t.transport == transport)
            {
                rows.push(Row {
                    name: &entry.name,
                    transport,
                    port: target.port,
                    outbound: Some(target),
                    inbound_planned: false,
                });
            }
            for planned in props
                .planned
                .iter()
                .filter(|p| p.entry == entry.id && p.transport == transport)
            {
                match rows[start..].iter_mut().find(|r| r.port == planned.port) {
                    Some(row) => row.inbound_planned = true,
                    None => rows.push(Row {
                        name: &entry.name,
                        transport,
                        port: planned.port,
                        outbound: None,
                        inbound_planned: true,
                    }),
                }
            }
        }
    }
    rows
}

fn testing() -> Html {
    html! { <span class="pending">{ "Testing\u{2026}" }</span> }
}

fn dash() -> Html {
    html! { <span class="muted" title="Not tested in this direction">{ "\u{2014}" }</span> }
}

fn egress_cell(result: &EgressResult) -> Html {
    let (class, icon) = match result.state {
        EgressState::Reached => ("open", "\u{25CF}"),
        EgressState::Failed | EgressState::NoAnswer | EgressState::Intercepted => {
            ("silent", "\u{2715}")
        }
        EgressState::NotTested => ("unknown", "?"),
    };
    state_cell(class, icon, result.state.label(), rtt_label(result))
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

//! Every probe of a check, filling in live as results arrive.

use std::rc::Rc;

use ringcheck_shared::{
    catalog,
    check::{PlannedProbe, ProbeResult, ProbeState},
    verdict::Evidence,
};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProbeTableProps {
    pub planned: Rc<Vec<PlannedProbe>>,
    pub results: Rc<Vec<ProbeResult>>,
}

#[component]
pub fn ProbeTable(props: &ProbeTableProps) -> Html {
    let evidence = Evidence::new(&props.results, None);
    let rows = props.planned.iter().map(|planned| {
        let result = props
            .results
            .iter()
            .find(|r| r.transport == planned.transport && r.port == planned.port);
        let name = catalog()
            .entry(planned.entry.as_str())
            .map_or_else(|| planned.entry.to_string(), |e| e.name.clone());
        let key = format!("{}-{}", planned.transport.slug(), planned.port);
        let (state, result_cell, meaning) = match result {
            None => ("pending", html! { <span class="pending">{ "Testing\u{2026}" }</span> }, String::new()),
            Some(result) => (
                result.state.label(),
                html! {
                    <span class={classes!("state", state_class(result.state))}>
                        <span aria-hidden="true">{ state_icon(result.state) }</span>
                        { " " }{ result.state.label() }
                        { for result.rtt_label().map(|rtt| html! { <span class="rtt">{ format!(" ({rtt})") }</span> }) }
                    </span>
                },
                evidence.reading(result).to_owned(),
            ),
        };
        html! {
            <tr data-probe={key} data-state={state}>
                <td class="port-numbers">
                    { planned.port.get() }
                    <span class="narrow-only">{ format!(" {}", planned.transport.label()) }</span>
                </td>
                <td>{ planned.transport.label() }</td>
                <td>{ name }</td>
                <td>{ result_cell }</td>
                <td>{ meaning }</td>
            </tr>
        }
    });
    html! {
        <div class="table-wrap">
            <table class="probe-table" id="probe-table">
                <caption>{ "Connections from Ring Check back to your network" }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Port" }</th>
                        <th scope="col">{ "Protocol" }</th>
                        <th scope="col">{ "Used for" }</th>
                        <th scope="col">{ "Result" }</th>
                        <th scope="col">{ "What it means" }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}

fn state_class(state: ProbeState) -> &'static str {
    match state {
        ProbeState::Open => "open",
        ProbeState::Closed => "closed",
        ProbeState::Filtered | ProbeState::Unreachable => "silent",
        ProbeState::OpenOrFiltered | ProbeState::Error => "unknown",
    }
}

fn state_icon(state: ProbeState) -> &'static str {
    match state {
        ProbeState::Open => "\u{25CF}",
        ProbeState::Closed => "\u{25CB}",
        ProbeState::Filtered | ProbeState::Unreachable => "\u{2715}",
        ProbeState::OpenOrFiltered | ProbeState::Error => "?",
    }
}

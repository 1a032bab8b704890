//! The Ring port table, grouped by what the ports are for.

use ringcheck_shared::{
    Catalog,
    catalog::{Device, Group, PortEntry},
};
use yew::prelude::*;

/// Column headings, also shown beside each value when the table stacks on a phone.
const COLUMNS: [&str; 6] = [
    "Service",
    "Protocol",
    "Ports",
    "Direction",
    "What it's for",
    "If it's blocked",
];
/// Classes that size the columns (the table has a fixed layout, so it never overflows).
const COLUMN_CLASSES: [&str; 6] = [
    "col-service",
    "col-protocol",
    "col-ports",
    "col-direction",
    "col-purpose",
    "col-blocked",
];

#[derive(Properties, PartialEq)]
pub struct PortTableProps {
    pub catalog: &'static Catalog,
}

// Explicit ARIA roles keep the table a table for screen readers when CSS stacks it.
#[component]
pub fn PortTable(props: &PortTableProps) -> Html {
    let groups = Group::ALL.into_iter().map(|group| {
        let rows = props.catalog.entries_in(group).map(entry_row);
        let group_id = format!("group-{}", group_slug(group));
        html! {
            <tbody role="rowgroup" aria-labelledby={group_id.clone()}>
                <tr role="row" class="group-row">
                    <th role="rowheader" id={group_id} colspan={COLUMNS.len().to_string()} scope="rowgroup">
                        <span class="group-title">{ group.title() }</span>
                        <span class="group-summary">{ group.summary() }</span>
                    </th>
                </tr>
                { for rows }
            </tbody>
        }
    });
    html! {
        <div class="table-wrap">
            <table role="table" class="port-table" id="port-table">
                <caption>{ "Ports and protocols used by Ring devices" }</caption>
                <colgroup>
                    { for COLUMN_CLASSES.iter().map(|c| html! { <col class={*c} /> }) }
                </colgroup>
                <thead role="rowgroup">
                    <tr role="row">
                        { for COLUMNS.iter().map(|c| html! { <th role="columnheader" scope="col">{ *c }</th> }) }
                    </tr>
                </thead>
                { for groups }
            </table>
        </div>
    }
}

fn entry_row(entry: &PortEntry) -> Html {
    let notes = entry
        .notes
        .iter()
        .map(|note| html! { <span class="note">{ note }</span> });
    html! {
        <tr role="row" class="entry-row" data-entry={entry.id.to_string()}>
            <th role="rowheader" scope="row" data-label={COLUMNS[0]}>
                <span class="entry-name">{ &entry.name }</span>
                <span class="devices">{ format!("Used by: {}", devices(&entry.applies_to)) }</span>
            </th>
            <td role="cell" data-label={COLUMNS[1]}>{ entry.transport_label() }</td>
            <td role="cell" class="port-numbers" data-label={COLUMNS[2]}>{ entry.ports.to_string() }</td>
            <td role="cell" data-label={COLUMNS[3]}>{ entry.direction.label() }</td>
            <td role="cell" data-label={COLUMNS[4]}>{ &entry.purpose }{ for notes }</td>
            <td role="cell" data-label={COLUMNS[5]}>{ &entry.when_blocked }</td>
        </tr>
    }
}

fn devices(devices: &[Device]) -> String {
    devices
        .iter()
        .map(|device| device.label())
        .collect::<Vec<_>>()
        .join(", ")
}

fn group_slug(group: Group) -> &'static str {
    match group {
        Group::CoreServices => "core",
        Group::AppConnection => "app-connection",
        Group::LiveView => "live-view",
        Group::RingApp => "ring-app",
    }
}

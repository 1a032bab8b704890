//! Every port of a check, outbound (from the browser) and inbound (from our server) side
//! by side, filling in live as results arrive; the media range's sample as one row. On a
//! check that reached the home over two address families, each cell holds both, the one
//! Ring documents for its devices first. The rows come from the shared `rows` module, as
//! for a stored report.

use ringcheck_shared::{
    app_text::AppText,
    check::{CheckPlan, EntryLabel, ProbeResult, ProbeState},
    egress::{EgressResult, EgressState},
    family::AddressFamily,
    rows::{Inbound, Meaning, Outbound, Sample, SampleOutcome, Side, TestRow, test_rows},
    verdict::RowMeaning,
};
use yew::prelude::*;

use crate::words::{number, t, t_with};

/// The table of `plan`'s tests with the results so far; `finished` once the check has
/// ended (a family without probes then had no address to probe). A plain function
/// rather than a component: it holds no state, and each component costs the app
/// kilobytes of Yew's glue.
pub fn probe_table(
    plan: &CheckPlan,
    probes: &[ProbeResult],
    egress: &[EgressResult],
    finished: bool,
) -> Html {
    let rows = test_rows(plan, probes, egress, finished);
    let html_rows = table_rows(&rows).into_iter().map(|group| match group {
        [row] if !row.is_sampled() => single_row(row),
        sampled => sample_row(&sampled.iter().collect::<Vec<_>>()),
    });
    let two_families = rows.first().is_some_and(|row| row.other.is_some());
    let caption = t(if two_families {
        AppText::TableCaption
    } else {
        AppText::TableCaptionOneWay
    });
    html! {
        <div class="table-wrap">
            <table class={classes!("probe-table", two_families.then_some("two-families"))} id="probe-table">
                <caption>{ caption }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t(AppText::ColumnPort) }</th>
                        <th scope="col">{ t(AppText::ColumnProtocol) }</th>
                        <th scope="col">{ t(AppText::ColumnUsedFor) }</th>
                        <th scope="col">{ t(AppText::ColumnOutbound) }</th>
                        <th scope="col">{ t(AppText::ColumnInbound) }</th>
                        <th scope="col">{ t(AppText::ColumnMeaning) }</th>
                    </tr>
                </thead>
                <tbody>{ for html_rows }</tbody>
            </table>
        </div>
    }
}

fn single_row(row: &TestRow) -> Html {
    let two = row.other.is_some();
    let per_family = PerFamily::of(row, two);
    // A cell that is no result in either family (not testable, not planned) reads once.
    let outbound_alike = row.other.as_ref().is_some_and(|other| {
        !matches!(row.main.outbound, Outbound::Done(_))
            && outbound_state(other) == outbound_state(&row.main)
    });
    let inbound_alike = row.other.as_ref().is_some_and(|other| {
        !matches!(row.main.inbound, Inbound::Done(_))
            && inbound_state(other) == inbound_state(&row.main)
    });
    let outbound = row
        .sides()
        .take(if outbound_alike { 1 } else { 2 })
        .map(|side| labelled(side, two && !outbound_alike, outbound_cell(side)));
    let inbound = row
        .sides()
        .take(if inbound_alike { 1 } else { 2 })
        .map(|side| labelled(side, two && !inbound_alike, inbound_cell(side)));
    // The other family's meaning, where it differs.
    let other_meaning = row
        .other
        .as_ref()
        .filter(|other| other.meaning != row.main.meaning && other.meaning != Meaning::Nothing)
        .map(|other| {
            let family = other.family.map_or("", |f| f.label());
            html! { <span class="other-family">{ format!("{family}: {}", said(other.meaning)) }</span> }
        });
    html! {
        <tr key={row.key.clone()} data-probe={row.key.clone()}
            data-outbound={outbound_state(&row.main)} data-state={inbound_state(&row.main)}
            data-outbound-ipv4={per_family.outbound[0]} data-state-ipv4={per_family.inbound[0]}
            data-outbound-ipv6={per_family.outbound[1]} data-state-ipv6={per_family.inbound[1]}>
            <td class="port-numbers">
                { row.port.get() }
                <span class="narrow-only">{ format!(" {}", row.transport.label()) }</span>
            </td>
            <td>{ row.transport.label() }</td>
            <td>{ &row.entry.name }{ source_link(row.entry) }</td>
            <td data-label={t(AppText::ColumnOutbound)}>{ for outbound }</td>
            <td data-label={t(AppText::ColumnInbound)}>{ for inbound }</td>
            <td>{ said(row.main.meaning) }{ for other_meaning }</td>
        </tr>
    }
}

/// Each family's states of a row with two, as `data-outbound-ipv4` and so on say them
/// for tests and styles: IPv4's first.
struct PerFamily {
    outbound: [Option<&'static str>; 2],
    inbound: [Option<&'static str>; 2],
}

impl PerFamily {
    fn of(row: &TestRow, two: bool) -> Self {
        let mut found = Self {
            outbound: [None; 2],
            inbound: [None; 2],
        };
        for side in row.sides().filter(|_| two) {
            let index = match side.family {
                Some(AddressFamily::Ipv4) => 0,
                Some(AddressFamily::Ipv6) => 1,
                None => continue,
            };
            found.outbound[index] = Some(outbound_state(side));
            found.inbound[index] = Some(inbound_state(side));
        }
        found
    }
}

/// A side's cell, led by its family's name when the row has two.
fn labelled(side: &Side, two: bool, cell: Html) -> Html {
    match side.family.filter(|_| two) {
        Some(family) => html! {
            <span class="family-line"><span class="family">{ family.label() }</span>{ " " }{ cell }</span>
        },
        None => cell,
    }
}

fn inbound_state(side: &Side) -> &'static str {
    match side.inbound {
        Inbound::Done(result) => result.state.label(),
        Inbound::Pending => "pending",
        Inbound::NoAddress => "no_address",
        Inbound::NotPlanned => "none",
    }
}

fn inbound_cell(side: &Side) -> Html {
    match side.inbound {
        Inbound::Done(result) => probe_cell(result),
        Inbound::Pending => testing(),
        Inbound::NoAddress => html! {
            <span class="muted" title={t(AppText::NotReachedWhy)}>{ t(AppText::NotReached) }</span>
        },
        Inbound::NotPlanned => dash(),
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

/// A sampled range in one row: how many got out, and a chip per sampled port, per family.
fn sample_row(rows: &[&TestRow]) -> Html {
    let Some(main) = Sample::of(rows, |row| Some(&row.main)) else {
        return html! {};
    };
    let two = rows[0].other.is_some();
    let entry = rows[0].entry;
    let transport = rows[0].transport;
    let key = format!("{}-{}-{}", transport.slug(), main.first, main.last);
    let chips = |other: bool| {
        let items = rows.iter().filter_map(|&row| {
            let side = if other {
                row.other.as_ref()?
            } else {
                &row.main
            };
            let (class, icon) = match side.outbound {
                Outbound::Done(result) => state_look(result.state),
                Outbound::Pending => ("pending", "\u{2026}"),
                _ => ("unknown", "?"),
            };
            let title = match side.outbound {
                Outbound::Done(result) => t(outbound_text(result.state)),
                Outbound::Pending => t(AppText::Testing),
                Outbound::NotTestable(reason) | Outbound::Unavailable(reason) => reason.to_owned(),
                Outbound::NotPlanned => String::new(),
            };
            let state = outbound_state(side);
            // The main side's chips are rows of the outbound column; the other's say
            // their family's state only.
            let main_side = (!other).then_some(row.key.clone());
            let (v4, v6) = match side.family.filter(|_| two) {
                Some(AddressFamily::Ipv4) => (Some(state), None),
                Some(AddressFamily::Ipv6) => (None, Some(state)),
                None => (None, None),
            };
            Some(html! {
                <li class={classes!("chip", class)} title={title.clone()}
                    data-probe={main_side.clone()} data-outbound={(!other).then_some(state)}
                    data-state={(!other).then_some("none")}
                    data-chip={other.then(|| row.key.clone())}
                    data-outbound-ipv4={v4} data-outbound-ipv6={v6}>
                    <span aria-hidden="true">{ icon }</span>{ format!(" {}", row.port) }
                    <span class="visually-hidden">{ format!(": {title}") }</span>
                </li>
            })
        });
        html! { <ul class="chips">{ for items }</ul> }
    };
    let outcome = |sample: &Sample| {
        let said = match sample.outcome() {
            SampleOutcome::Testing { done, of } => t_with(
                AppText::SampleTesting,
                &[
                    ("done", &number(done as f64)),
                    ("total", &number(of as f64)),
                ],
            ),
            SampleOutcome::GotOut { passed, of } => t_with(
                AppText::SampleGotOut,
                &[
                    ("passed", &number(passed as f64)),
                    ("total", &number(of as f64)),
                ],
            ),
        };
        html! { <span class="sample-outcome">{ said }</span> }
    };
    let other = two
        .then(|| Sample::of(rows, |row| row.other.as_ref()))
        .flatten();
    let outbound = match (&other, rows[0].other.as_ref().and_then(|s| s.family)) {
        (Some(other), Some(other_family)) => {
            let main_family = rows[0].main.family.map_or("", |f| f.label());
            html! {
                <>
                    <span class="family-line"><span class="family">{ main_family }</span>{ " " }{ outcome(&main) }</span>
                    { chips(false) }
                    <span class="family-line"><span class="family">{ other_family.label() }</span>{ " " }{ outcome(other) }</span>
                    { chips(true) }
                </>
            }
        }
        _ => html! { <>{ outcome(&main) }{ chips(false) }</> },
    };
    let other_meaning = other
        .as_ref()
        .filter(|other| other.meaning() != main.meaning())
        .and_then(|other| other.meaning())
        .zip(rows[0].other.as_ref().and_then(|s| s.family))
        .map(|(meaning, family)| {
            html! { <span class="other-family">{ format!("{}: {}", family.label(), t(meaning_text(meaning))) }</span> }
        });
    html! {
        <tr key={key.clone()} data-sample={key}>
            <td class="port-numbers">
                { format!("{}\u{2013}{}", main.first, main.last) }
                <span class="narrow-only">{ format!(" {}", transport.label()) }</span>
            </td>
            <td>{ transport.label() }</td>
            <td>
                { &entry.name }{ source_link(entry) }
                <span class="sample-note">{ density(&main) }</span>
            </td>
            <td data-label={t(AppText::ColumnOutbound)}>{ outbound }</td>
            <td data-label={t(AppText::ColumnInbound)}>{ dash() }</td>
            <td>{ main.meaning().map(|m| t(meaning_text(m))) }{ for other_meaning }</td>
        </tr>
    }
}

/// As `data-outbound` says it, for tests and styles.
fn outbound_state(side: &Side) -> &'static str {
    match side.outbound {
        Outbound::Done(result) => result.state.slug(),
        Outbound::NotTestable(_) => "not_testable",
        Outbound::Unavailable(_) => "unavailable",
        Outbound::Pending => "pending",
        Outbound::NotPlanned => "none",
    }
}

fn outbound_cell(side: &Side) -> Html {
    match side.outbound {
        Outbound::Done(result) => egress_cell(result),
        Outbound::NotTestable(_) => {
            html! { <span class="state unknown">{ t(AppText::NotTestable) }</span> }
        }
        Outbound::Unavailable(reason) => {
            // Why, unless the row's meaning already says it.
            let why = (side.meaning != Meaning::Reason(reason))
                .then(|| html! { <span class="why">{ reason }</span> });
            html! { <><span class="state unknown">{ t(AppText::NotTestableHere) }</span>{ for why }</> }
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
    html! { <span class="pending">{ t(AppText::Testing) }</span> }
}

fn dash() -> Html {
    html! { <span class="muted" title={t(AppText::NotThisWay)}>{ "\u{2014}" }</span> }
}

fn state_look(state: EgressState) -> (&'static str, &'static str) {
    match state {
        EgressState::Reached => ("open", "\u{25CF}"),
        EgressState::Failed | EgressState::NoAnswer | EgressState::Intercepted => {
            ("silent", "\u{2715}")
        }
        EgressState::NotTested | EgressState::Unsupported => ("unknown", "?"),
    }
}

fn egress_cell(result: &EgressResult) -> Html {
    let (class, icon) = state_look(result.state);
    let timing = match (result.rtt_ms, result.waited_ms) {
        (Some(ms), _) => Some(t_with(AppText::TimingMs, &[("ms", &number(f64::from(ms)))])),
        (None, Some(ms)) => Some(t_with(
            AppText::TimingWaited,
            &[("ms", &number(f64::from(ms)))],
        )),
        (None, None) => None,
    };
    state_cell(class, icon, t(outbound_text(result.state)), timing)
}

fn probe_cell(result: &ProbeResult) -> Html {
    let (class, icon, text) = match result.state {
        ProbeState::Open => ("open", "\u{25CF}", AppText::InOpen),
        ProbeState::Closed => ("closed", "\u{25CB}", AppText::InClosed),
        ProbeState::Filtered => ("silent", "\u{2715}", AppText::InFiltered),
        ProbeState::Unreachable => ("silent", "\u{2715}", AppText::InUnreachable),
        ProbeState::OpenOrFiltered => ("unknown", "?", AppText::InOpenOrFiltered),
        ProbeState::Error => ("unknown", "?", AppText::InNotTested),
    };
    // A tenth of a millisecond, as the probe measured it.
    let rtt = result.rtt_ms.map(|ms| {
        let ms = (ms * 10.0).round() / 10.0;
        t_with(AppText::TimingMs, &[("ms", &number(ms))])
    });
    state_cell(class, icon, t(text), rtt)
}

/// What a browser test found, in the page's words.
fn outbound_text(state: EgressState) -> AppText {
    match state {
        EgressState::Reached => AppText::OutReached,
        EgressState::Failed => AppText::OutFailed,
        EgressState::NoAnswer => AppText::OutNoAnswer,
        EgressState::Intercepted => AppText::OutIntercepted,
        EgressState::NotTested => AppText::OutNotTested,
        EgressState::Unsupported => AppText::OutUnsupported,
    }
}

/// A row's meaning in the page's words: what the tests say, or the plan's reason.
fn said(meaning: Meaning) -> String {
    match meaning {
        Meaning::Said(meaning) => t(meaning_text(meaning)),
        Meaning::Reason(reason) => reason.to_owned(),
        Meaning::Nothing => String::new(),
    }
}

fn meaning_text(meaning: RowMeaning) -> AppText {
    match meaning {
        RowMeaning::GetsOut => AppText::MeaningGetsOut,
        RowMeaning::BlockedOnTheWayOut => AppText::MeaningBlockedOnTheWayOut,
        RowMeaning::SomePortsOnly => AppText::MeaningSomePortsOnly,
        RowMeaning::NothingGotOut => AppText::MeaningNothingGotOut,
        RowMeaning::NotTested => AppText::MeaningNotTested,
        RowMeaning::NotTestableInThisBrowser => AppText::MeaningNotTestableInThisBrowser,
        RowMeaning::Intercepted => AppText::MeaningIntercepted,
        RowMeaning::OpenToTheInternet => AppText::MeaningOpenToTheInternet,
        RowMeaning::ClosedToTheInternet => AppText::MeaningClosedToTheInternet,
        RowMeaning::NotBlocked => AppText::MeaningNotBlocked,
        RowMeaning::BlockedByAFirewall => AppText::MeaningBlockedByAFirewall,
        RowMeaning::NoReply => AppText::MeaningNoReply,
        RowMeaning::RouterSilent => AppText::MeaningRouterSilent,
    }
}

/// "16 ports sampled across 16500–65000, about one every 3,200".
fn density(sample: &Sample) -> String {
    t_with(
        AppText::SampleDensity,
        &[
            ("count", &number(sample.tested as f64)),
            ("range", &format!("{}\u{2013}{}", sample.first, sample.last)),
            ("every", &number(f64::from(sample.spacing()))),
        ],
    )
}

fn state_cell(class: &'static str, icon: &'static str, label: String, rtt: Option<String>) -> Html {
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
        let rows = test_rows(&plan, &[], &[], false);
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

//! Parts, ports and their problems, as a sentence names them: "media on UDP
//! 16500–65000", "TCP or UDP 15063 or 15064", "Ring control on TCP 8557 is blocked".

use ringcheck_shared::{
    catalog::{Endpoint, Need},
    verdict::{
        evidence::PortLabel,
        why::{PartNamed, Problem},
    },
};

use super::lists::{and_list, clause_list, comma_list, group_list, or_list};
use crate::{Arg, Speaker};

/// The ports a part needs: "TCP 443 or 9002", "UDP 4172 or TCP 443", a range as it is.
pub fn need(speaker: &Speaker, need: &Need) -> String {
    if let Need::EnoughOf { .. } = need {
        return need.label();
    }
    let groups: Vec<String> = need
        .alternatives()
        .iter()
        .map(|(transports, ports)| {
            let transports: Vec<String> = transports.iter().map(|t| t.label().into()).collect();
            let ports: Vec<String> = ports.iter().map(ToString::to_string).collect();
            transport_ports(
                speaker,
                &or_list(speaker, &transports),
                &or_list(speaker, &ports),
            )
        })
        .collect();
    or_list(speaker, &groups)
}

fn transport_ports(speaker: &Speaker, transports: &str, ports: &str) -> String {
    speaker.with(
        "transport-ports",
        &[
            ("transports", Arg::from(transports)),
            ("ports", Arg::from(ports)),
        ],
    )
}

/// "media on UDP 16500–65000".
pub fn part(speaker: &Speaker, part: &PartNamed) -> String {
    part_on(speaker, &part.name, &need(speaker, &part.need))
}

fn part_on(speaker: &Speaker, name: &str, ports: &str) -> String {
    speaker.with(
        "part-on",
        &[("part", Arg::from(name)), ("ports", Arg::from(ports))],
    )
}

/// Each part, in a list with "and".
pub fn parts(speaker: &Speaker, parts: &[PartNamed]) -> String {
    let named: Vec<String> = parts.iter().map(|p| part(speaker, p)).collect();
    and_list(speaker, &named)
}

/// Needs of one part name: "TCP 9998 and 9999" when they are single ports of one
/// transport, else each written out.
fn needs_label(speaker: &Speaker, needs: &[Need]) -> String {
    let singles: Option<Vec<&Endpoint>> = needs
        .iter()
        .map(|need| match need {
            Need::One(endpoint) => Some(endpoint),
            _ => None,
        })
        .collect();
    match singles {
        Some(endpoints)
            if endpoints.len() > 1
                && endpoints
                    .iter()
                    .all(|e| e.transport == endpoints[0].transport) =>
        {
            let ports: Vec<String> = endpoints.iter().map(|e| e.port.to_string()).collect();
            transport_ports(
                speaker,
                endpoints[0].transport.label(),
                &and_list(speaker, &ports),
            )
        }
        _ => {
            let each: Vec<String> = needs.iter().map(|n| need(speaker, n)).collect();
            and_list(speaker, &each)
        }
    }
}

/// Every problem as one clause: "Ring control on TCP 8557 and the Ring Socket Service on
/// TCP 9998 are blocked, and media … gets through on only 9 of 16 sampled ports".
pub fn problems(speaker: &Speaker, problems: &[Problem]) -> String {
    let clauses: Vec<String> = problems.iter().map(|p| problem(speaker, p)).collect();
    clause_list(speaker, &clauses)
}

fn problem(speaker: &Speaker, problem: &Problem) -> String {
    match problem {
        Problem::Blocked(subjects) => {
            let named: Vec<String> = subjects
                .iter()
                .map(|(name, needs)| part_on(speaker, name, &needs_label(speaker, needs)))
                .collect();
            speaker.with(
                "problem-blocked",
                &[
                    ("subjects", Arg::from(&and_list(speaker, &named))),
                    ("count", Arg::from(named.len())),
                ],
            )
        }
        Problem::Partial {
            part: p,
            got,
            known,
        } => speaker.with(
            "problem-partial",
            &[
                ("part", Arg::from(&part(speaker, p))),
                ("got", Arg::from(*got)),
                ("known", Arg::from(*known)),
            ],
        ),
        Problem::NoneOf { part: p, known } => speaker.with(
            "problem-none-of",
            &[
                ("part", Arg::from(&part(speaker, p))),
                ("known", Arg::from(*known)),
            ],
        ),
        Problem::Intercepted { part: p } => speaker.with(
            "problem-intercepted",
            &[("part", Arg::from(&part(speaker, p)))],
        ),
    }
}

/// A port or ports as a provider needs to hear them: "TCP 8557", "UDP 16500–65000 (all
/// 16 ports tested)", "UDP 16500–45000 (4 sampled ports: 16500, 25000, 35000, 45000)".
pub fn port_label(speaker: &Speaker, label: &PortLabel) -> String {
    match label {
        PortLabel::One(endpoint) => endpoint.to_string(),
        PortLabel::WholeRange {
            transport,
            first,
            last,
            tested,
        } => speaker.with(
            "port-whole-range",
            &[
                ("range", Arg::from(&range(transport.label(), *first, *last))),
                ("tested", Arg::from(*tested)),
            ],
        ),
        PortLabel::Run { transport, sampled } => {
            let (Some(first), Some(last)) = (sampled.first(), sampled.last()) else {
                return String::new();
            };
            let ports: Vec<String> = sampled.iter().map(ToString::to_string).collect();
            speaker.with(
                "port-run",
                &[
                    ("range", Arg::from(&range(transport.label(), *first, *last))),
                    ("count", Arg::from(sampled.len())),
                    ("ports", Arg::from(&comma_list(speaker, &ports))),
                ],
            )
        }
    }
}

fn range(
    transport: &str,
    first: ringcheck_shared::port::Port,
    last: ringcheck_shared::port::Port,
) -> String {
    format!("{transport} {first}\u{2013}{last}")
}

/// Each label in words.
pub fn port_labels(speaker: &Speaker, labels: &[PortLabel]) -> Vec<String> {
    labels.iter().map(|l| port_label(speaker, l)).collect()
}

/// Port labels as a sentence says them, plain ports of one transport together: "TCP
/// 9998 and 9999", "TCP 80 and 8557, and UDP 16500–40000 (…)".
pub fn grouped(speaker: &Speaker, labels: &[PortLabel]) -> String {
    let mut groups: Vec<(Option<&str>, Vec<String>)> = Vec::new();
    for label in labels {
        match label {
            PortLabel::One(endpoint) => {
                let transport = endpoint.transport.label();
                match groups.iter_mut().find(|(t, _)| *t == Some(transport)) {
                    Some((_, ports)) => ports.push(endpoint.port.to_string()),
                    None => groups.push((Some(transport), vec![endpoint.port.to_string()])),
                }
            }
            other => groups.push((None, vec![port_label(speaker, other)])),
        }
    }
    let groups: Vec<String> = groups
        .into_iter()
        .map(|(transport, items)| match transport {
            Some(transport) => transport_ports(speaker, transport, &and_list(speaker, &items)),
            None => items.concat(),
        })
        .collect();
    group_list(speaker, &groups)
}

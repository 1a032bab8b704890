//! The tables of `docs/` that state what the code knows, written from the code: the
//! server's flags (from its command line), and Ring's ports as the server probes them,
//! as the browser tests them, as each feature's paths need them and as a host's firewall
//! must let them through (from the catalogue and the default listeners). Each table sits
//! between `<!-- NAME:start -->` and `<!-- NAME:end -->` in its file, and the test below
//! fails when a committed one differs from what the code says. After changing a flag,
//! its help, or a port of the catalogue:
//!
//! ```sh
//! RINGCHECK_UPDATE_DOCS=1 cargo test -p ringcheck-backend --lib docs_tables
//! ```
//!
//! Beside them, a test that every link between the Markdown files leads somewhere.

use std::{ffi::OsStr, path::Path};

use clap::{Arg, Command, CommandFactory};
use ringcheck_engine::{default_specs, defaults::media_sample_ports};
use ringcheck_shared::{
    catalog::{Role, Transport, catalog},
    check::probe_back_plan,
    egress::{EgressMethod, egress_targets},
    language::Language,
    port::{Port, PortSpec},
};

use ringcheck_words::{Locale, Words, judgement::need};

use crate::config::Config;

/// Each file (from the repository's root) and the tables written into it.
fn files() -> Vec<(&'static str, Vec<(&'static str, String)>)> {
    vec![
        (
            "docs/operating.md",
            vec![("flags", flags()), ("firewall", firewall())],
        ),
        (
            "docs/checks.md",
            vec![
                ("probes", probes()),
                ("browser-tests", browser_tests()),
                ("paths", paths()),
            ],
        ),
    ]
}

/// Every flag: its name, variable, default, and help, with the values it takes.
fn flags() -> String {
    let mut command = Config::command();
    // Built, so that switches have their default (`false`) as `--help` shows them.
    command.build();
    let mut rows = Vec::new();
    for arg in command.get_arguments() {
        let Some(env) = arg.get_env() else {
            continue; // --help and --version
        };
        let long = arg
            .get_long()
            .expect("every flag with a variable has a long name");
        let mut variable = format!("`{}`", env.to_string_lossy());
        if arg.get_value_delimiter().is_some() {
            variable.push_str(" (comma-separated)");
        }
        rows.push(vec![
            format!("`--{long}`"),
            variable,
            default(arg),
            meaning(arg),
        ]);
    }
    table(
        &["flag", "environment variable", "default", "meaning"],
        rows,
    )
}

fn default(arg: &Arg) -> String {
    if !arg.get_action().takes_values() {
        return "off".to_owned();
    }
    let values: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|value| value.to_string_lossy().into_owned())
        .collect();
    if values.is_empty() {
        "unset".to_owned()
    } else {
        format!("`{}`", values.join(","))
    }
}

/// The help, as sentences, then the values the flag takes when its parser limits them.
fn meaning(arg: &Arg) -> String {
    let help = arg
        .get_long_help()
        .or_else(|| arg.get_help())
        .map(ToString::to_string)
        .unwrap_or_default();
    let mut text: Vec<String> = help
        .split("\n\n")
        .map(|paragraph| {
            // clap drops a one-paragraph help's last full stop.
            let words = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
            format!("{}.", words.trim_end_matches('.'))
        })
        .collect();
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .map(|value| format!("`{}`", value.get_name()))
        .collect();
    if !possible.is_empty() {
        text.push(format!("One of {}.", possible.join(", ")));
    }
    match bounds(arg) {
        Some((low, high)) if high <= u64::from(u32::MAX) => {
            text.push(format!("From {low} to {high}."));
        }
        // Past u32, the bound is the number's type or an overflow guard: none to speak of.
        Some((low, _)) if low > 0 => text.push(format!("At least {low}.")),
        _ => {}
    }
    text.join(" ")
}

/// The least and the most a numeric flag takes, asked of its own parser (clap keeps the
/// range inside it, out of sight); `None` when the flag takes no number.
fn bounds(arg: &Arg) -> Option<(u64, u64)> {
    // The parser alone, on a command of its own: the flag's ties to others stay behind.
    let parser = Arg::new("value")
        .long("value")
        .value_parser(arg.get_value_parser().clone());
    let command = Command::new("bounds").arg(parser);
    let takes = |value: &str| {
        command
            .clone()
            .try_get_matches_from(["bounds", "--value", value])
            .is_ok()
    };
    let takes_number = |number: u64| takes(&number.to_string());
    if !arg.get_action().takes_values() || takes("x") {
        return None;
    }
    let start = arg
        .get_default_values()
        .first()
        .and_then(|value| value.to_str()?.parse().ok())
        .unwrap_or(1);
    if !takes_number(start) {
        return None;
    }
    let low = if takes_number(0) {
        0
    } else {
        edge(start, 0, takes_number)
    };
    let high = if takes_number(u64::MAX) {
        u64::MAX
    } else {
        edge(start, u64::MAX, takes_number)
    };
    Some((low, high))
}

/// The last number `takes` accepts on the way from `inside` (accepted) to `outside`
/// (refused), the numbers it accepts being one run.
fn edge(mut inside: u64, mut outside: u64, takes: impl Fn(u64) -> bool) -> u64 {
    while inside.abs_diff(outside) > 1 {
        let middle = inside.min(outside) + inside.abs_diff(outside) / 2;
        if takes(middle) {
            inside = middle;
        } else {
            outside = middle;
        }
    }
    inside
}

/// What the server probes on a visitor's address: the catalogue's probe plan.
fn probes() -> String {
    let plan = probe_back_plan(catalog());
    let mut groups: Groups<(&str, Transport), Port> = Vec::new();
    for probe in &plan {
        let entry = entry_name(probe.entry.as_str());
        push(&mut groups, (entry, probe.transport), probe.port);
    }
    let rows = groups
        .into_iter()
        .map(|((entry, transport), ports)| {
            vec![transport.label().to_owned(), list(&ports), entry.to_owned()]
        })
        .collect();
    let mut out = table(&["transport", "ports", "catalogue entry"], rows);
    out.push_str(&format!("\n{} probes in all.\n", plan.len()));
    out
}

/// What the visitor's browser tests, and what it cannot: the catalogue's egress targets,
/// the media range as the default sample.
fn browser_tests() -> String {
    let mut targets = egress_targets(catalog(), &media_sample_ports(), |_, port| Ok(port));
    // Why not, as an English-speaking visitor reads it.
    crate::http::language::word_plan(&mut targets, ringcheck_words::Locale::ENGLISH);
    let mut groups: Groups<(&str, String), (Transport, Port)> = Vec::new();
    for target in &targets {
        let how = match &target.method {
            EgressMethod::Beacon { .. } => "`fetch` of a beacon".to_owned(),
            EgressMethod::Stun { .. } => "WebRTC, with a STUN responder".to_owned(),
            EgressMethod::NotTestable { reason } => format!("never: {}", lowercase(reason)),
            EgressMethod::Unavailable { .. } => unreachable!("every port is served here"),
        };
        let key = (target.entry.as_str(), how);
        push(&mut groups, key, (target.transport, target.port));
    }
    let rows = groups
        .into_iter()
        .map(|((entry, how), tested)| {
            let mut labels: Vec<&str> = Vec::new();
            let mut ports: Vec<Port> = Vec::new();
            for (transport, port) in tested {
                if !labels.contains(&transport.label()) {
                    labels.push(transport.label());
                }
                if !ports.contains(&port) {
                    ports.push(port);
                }
            }
            let entry = catalog().entry(entry).expect("a target's entry");
            let ports = match entry.ports {
                PortSpec::Range { .. } => format!("{}, by default {}", entry.ports, list(&ports)),
                PortSpec::List { .. } => list(&ports),
            };
            vec![labels.join(" or "), ports, entry.name.clone(), how]
        })
        .collect();
    let mut out = table(&["transport", "ports", "catalogue entry", "test"], rows);
    let sample = media_sample_ports();
    if let Some(gap) = sample.windows(2).map(|w| w[1].get() - w[0].get()).max() {
        out.push_str(&format!(
            "\n{}\n",
            wrap(&format!(
                "A range is tested at its sampled ports only: with the default sample, any \
                 blocked run of {gap} ports or more includes one."
            ))
        ));
    }
    out
}

/// Each feature's paths, best first, and what each needs from the network.
fn paths() -> String {
    // The docs are English: the catalogue in English's words.
    let english = Words::get().speak(Locale::Language(Language::English));
    let catalog = ringcheck_words::worded_catalogue(&english, catalog());
    let mut rows = Vec::new();
    for rule in &catalog.features {
        for path in &rule.paths {
            let parts = |role: Role| {
                let mut named: Groups<&str, String> = Vec::new();
                for part in path.parts.iter().filter(|part| part.role == role) {
                    push(&mut named, part.name.as_str(), need(&english, &part.need));
                }
                let described: Vec<String> = named
                    .into_iter()
                    .map(|(name, needs)| format!("{name} on {}", needs.join(" and ")))
                    .collect();
                if described.is_empty() {
                    "\u{2014}".to_owned()
                } else {
                    described.join("; ")
                }
            };
            rows.push(vec![
                english.text(&format!("app-feature-{}", rule.feature.message_slug())),
                path.name.clone(),
                english.text(path.audience.message_id()),
                parts(Role::Required),
                parts(Role::Helps),
                match &path.caveat {
                    Some(caveat) => format!("`at risk`, {caveat}"),
                    None => "`works`".to_owned(),
                },
            ]);
        }
    }
    let header = [
        "feature",
        "path",
        "for",
        "needs",
        "helps",
        "when it is the best way through",
    ];
    table(&header, rows)
}

/// The ports a host lets in for the default listeners, and the probes it sends out.
fn firewall() -> String {
    let mut groups: Groups<(Transport, &str), Port> = Vec::new();
    for spec in default_specs(&media_sample_ports()) {
        let entry = catalog()
            .entry_for(spec.transport, spec.ring_port)
            .expect("a default listener's entry");
        push(
            &mut groups,
            (spec.transport, entry.id.as_str()),
            spec.ring_port,
        );
    }
    let rows = groups
        .into_iter()
        .map(|((transport, entry), ports)| {
            let entry = catalog().entry(entry).expect("a listener's entry");
            let what = match transport {
                Transport::Tcp => "beacon",
                Transport::Udp => "STUN responder",
            };
            let mut what = format!("{what}: {}", entry.name);
            if let PortSpec::Range { .. } = entry.ports {
                what.push_str(&format!(", sampling {} (`--media-sample`)", entry.ports));
            }
            vec![transport.label().to_owned(), list(&ports), what]
        })
        .collect();
    let mut out = table(&["transport", "ports", "what listens"], rows);
    let plan = probe_back_plan(catalog());
    let probed: Vec<String> = [Transport::Tcp, Transport::Udp]
        .into_iter()
        .map(|transport| {
            let ports: Vec<Port> = plan
                .iter()
                .filter(|probe| probe.transport == transport)
                .map(|probe| probe.port)
                .collect();
            format!("{} {}", transport.label(), list(&ports))
        })
        .collect();
    out.push_str(&format!(
        "\n{}\n",
        wrap(&format!(
            "Out of the host go the probes, to the visitor's {} \
             ([what a check does](checks.md#what-a-check-does)).",
            probed.join(" and ")
        ))
    ));
    out
}

fn entry_name(id: &str) -> &'static str {
    &catalog().entry(id).expect("a planned entry").name
}

/// Values gathered by key, in the order the keys come first.
type Groups<K, V> = Vec<(K, Vec<V>)>;

/// Adds `value` to the group of `key`, made where it is first seen.
fn push<K: PartialEq, V>(groups: &mut Groups<K, V>, key: K, value: V) {
    match groups.iter_mut().find(|(k, _)| *k == key) {
        Some((_, values)) => values.push(value),
        None => groups.push((key, vec![value])),
    }
}

fn list(ports: &[Port]) -> String {
    ports
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// `text` in lines no wider than the docs' 88 characters, broken between words.
fn wrap(text: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.len() + 1 + word.len() <= 88 => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines.join("\n")
}

fn lowercase(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

/// A Markdown table; a `|` in a cell is escaped, as tables need even in code.
fn table(header: &[&str], rows: Vec<Vec<String>>) -> String {
    let line = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
    let mut out = line(header.iter().map(|h| (*h).to_owned()).collect());
    out.push_str(&line(header.iter().map(|_| "---".to_owned()).collect()));
    for row in rows {
        out.push_str(&line(
            row.iter().map(|cell| cell.replace('|', "\\|")).collect(),
        ));
    }
    out
}

/// `doc` with each table written again between its markers.
fn rewrite(doc: &str, tables: &[(&str, String)]) -> Result<String, String> {
    let mut out = doc.to_owned();
    for (name, table) in tables {
        let start = format!("<!-- {name}:start -->\n");
        let end = format!("<!-- {name}:end -->");
        let from = out
            .find(&start)
            .ok_or_else(|| format!("no `{}` line", start.trim_end()))?
            + start.len();
        let to = from
            + out[from..]
                .find(&end)
                .ok_or_else(|| format!("no `{end}` after `{}`", start.trim_end()))?;
        out.replace_range(from..to, table);
    }
    Ok(out)
}

/// The repository's root.
fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the backend is a folder of the workspace")
}

#[test]
fn the_docs_tables_are_written_from_the_code() {
    let mut stale = Vec::new();
    for (file, tables) in files() {
        let path = root().join(file);
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        let rendered = rewrite(&committed, &tables).unwrap_or_else(|why| panic!("{file}: {why}"));
        if std::env::var_os("RINGCHECK_UPDATE_DOCS").is_some() {
            std::fs::write(&path, &rendered).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != rendered {
            let first_difference = committed
                .lines()
                .zip(rendered.lines())
                .find(|(old, new)| old != new)
                .map(|(old, new)| format!("\n  committed: {old}\n  code says: {new}"))
                .unwrap_or_default();
            stale.push(format!(
                "{file} is not what the code says{first_difference}"
            ));
        }
    }
    assert!(
        stale.is_empty(),
        "{}\nWrite them again with `RINGCHECK_UPDATE_DOCS=1 cargo test -p ringcheck-backend \
         --lib docs_tables` and commit them",
        stale.join("\n")
    );
}

#[test]
fn a_flags_range_is_read_from_its_parser() {
    let command = Config::command();
    let arg = |id: &str| {
        command
            .get_arguments()
            .find(|arg| arg.get_id() == id)
            .unwrap()
    };
    assert_eq!(bounds(arg("report_ttl_days")), Some((1, 365)));
    assert_eq!(bounds(arg("trusted_hops")), Some((1, 10)), "no default");
    assert_eq!(bounds(arg("probe_retries")), Some((0, 3)));
    assert_eq!(bounds(arg("media_sample")), Some((16500, 65000)));
    assert_eq!(bounds(arg("bind")), None);
    assert_eq!(bounds(arg("log")), None);
}

#[test]
fn a_missing_marker_is_named() {
    let tables = [("flags", "| a |\n".to_owned())];
    let doc = "x\n<!-- flags:start -->\nold\n<!-- flags:end -->\ny\n";
    assert_eq!(
        rewrite(doc, &tables).unwrap(),
        "x\n<!-- flags:start -->\n| a |\n<!-- flags:end -->\ny\n"
    );
    let error = rewrite("x\n<!-- flags:start -->\nold\n", &tables).unwrap_err();
    assert!(error.contains("flags:end"), "{error}");
}

/// The Markdown files whose links are checked, from the repository's root.
const LINKED: &[&str] = &["README.md", "ARCHITECTURE.md", "BENCHMARKS.md", "docs"];

#[test]
fn every_link_between_the_docs_leads_somewhere() {
    let mut files = Vec::new();
    for name in LINKED {
        let path = root().join(name);
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).unwrap() {
                let path = entry.unwrap().path();
                if path.extension() == Some(OsStr::new("md")) {
                    files.push(path);
                }
            }
        } else {
            files.push(path);
        }
    }
    let mut broken = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for target in links(&text) {
            if target.contains("://") || target.starts_with("mailto:") {
                continue;
            }
            let (path, anchor) = target.split_once('#').unwrap_or((&target, ""));
            let linked = if path.is_empty() {
                file.clone()
            } else {
                file.parent().unwrap().join(path)
            };
            let found = match std::fs::read_to_string(&linked) {
                Err(_) => linked.exists() && anchor.is_empty(),
                Ok(_) if anchor.is_empty() => true,
                Ok(linked) => headings(&linked).iter().any(|h| h == anchor),
            };
            if !found {
                broken.push(format!("{}: {target}", file.display()));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "links to nowhere:\n{}",
        broken.join("\n")
    );
}

/// The targets of `[text](target)` links outside code blocks.
fn links(markdown: &str) -> Vec<String> {
    let mut targets = Vec::new();
    let mut in_code = false;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        }
        if in_code {
            continue;
        }
        for (at, _) in line.match_indices("](") {
            let rest = &line[at + 2..];
            if let Some(end) = rest.find(')') {
                targets.push(rest[..end].to_owned());
            }
        }
    }
    targets
}

/// Each heading's anchor as GitHub makes it: lowercase, spaces as dashes, other
/// punctuation dropped.
fn headings(markdown: &str) -> Vec<String> {
    markdown
        .lines()
        .filter_map(|line| line.strip_prefix('#'))
        .map(|heading| {
            heading
                .trim_start_matches('#')
                .trim()
                .to_lowercase()
                .chars()
                .filter_map(|c| match c {
                    ' ' => Some('-'),
                    c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
                    _ => None,
                })
                .collect()
        })
        .collect()
}

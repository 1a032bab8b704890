//! The layers of ARCHITECTURE.md that the compiler does not keep, checked: each module
//! imports only what its layer may. Read from the source, so a forbidden import fails here
//! before it tangles the tree. (The engine is a crate below this one: cargo keeps it from
//! the server's modules, and its manifest, checked here, from web frameworks.)

use std::path::{Path, PathBuf};

/// A folder or file of `src/`, the modules of ours it must never name, and the crates it
/// must never use.
struct Rule {
    path: &'static str,
    modules: &'static [&'static str],
    crates: &'static [&'static str],
}

const RULES: &[Rule] = &[
    Rule {
        path: "service",
        modules: &["http", "config", "startup"],
        crates: &["axum", "tower_http", "hyper"],
    },
    Rule {
        path: "http",
        modules: &["config", "startup"],
        crates: &[],
    },
    Rule {
        path: "config",
        modules: &["http", "startup"],
        crates: &["axum"],
    },
    Rule {
        path: "client_ip.rs",
        modules: &["service", "http", "config", "startup"],
        crates: &["axum"],
    },
    Rule {
        path: "connection_limits.rs",
        modules: &["service", "http", "config", "startup"],
        crates: &["axum", "ringcheck_engine"],
    },
    Rule {
        path: "metrics.rs",
        modules: &["service", "http", "config", "startup"],
        crates: &["axum", "tokio"],
    },
    Rule {
        path: "origin.rs",
        modules: &["service", "http", "config", "startup"],
        crates: &["axum", "ringcheck_engine"],
    },
];

/// Every `.rs` file at `path`, a file or a folder.
pub(crate) fn sources(path: &Path) -> Vec<PathBuf> {
    if path.is_file() {
        return vec![path.to_owned()];
    }
    let mut files = Vec::new();
    for entry in std::fs::read_dir(path).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// The first path segment after each `crate::` in `code`, and after each item of a
/// grouped `crate::{a::…, b}`.
fn crate_modules(code: &str) -> Vec<String> {
    let ident = |text: &str| -> String {
        text.trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut modules = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        let Some(group) = rest.strip_prefix('{') else {
            modules.push(ident(rest));
            continue;
        };
        // The items of the group at its own depth, up to its closing brace.
        let mut depth = 0;
        let mut item_start = true;
        for (i, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => break,
                '}' => depth -= 1,
                ',' if depth == 0 => item_start = true,
                c if item_start && !c.is_whitespace() => {
                    modules.push(ident(&group[i..]));
                    item_start = false;
                }
                _ => {}
            }
        }
    }
    modules
}

/// The code of `text` without its comment lines.
fn code_of(text: &str) -> String {
    text.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_layer_imports_only_what_it_may() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut broken = Vec::new();
    for rule in RULES {
        let files = sources(&src.join(rule.path));
        assert!(
            !files.is_empty(),
            "{} has moved: update ARCHITECTURE.md",
            rule.path
        );
        for file in files {
            let code = code_of(&std::fs::read_to_string(&file).unwrap());
            let modules = crate_modules(&code);
            for module in rule
                .modules
                .iter()
                .filter(|m| modules.iter().any(|n| n == *m))
            {
                broken.push(format!("{}: crate::{module}", file.display()));
            }
            for name in rule.crates.iter().filter(|name| code.contains(*name)) {
                broken.push(format!("{}: {name}", file.display()));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "imports against the layers:\n{}",
        broken.join("\n")
    );
}

/// Web frameworks, which the engine must never depend on.
const NOT_FOR_THE_ENGINE: &[&str] = &["axum", "tower-http"];

/// The engine is a crate below this one, so the compiler keeps it from naming the
/// server's modules; which crates it may use is up to its manifest, read here.
#[test]
fn the_engine_depends_on_no_web_framework() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("../engine/Cargo.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let mut section = "";
    let mut broken = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') {
            section = line;
            continue;
        }
        let name = line.split(['=', '.', ' ']).next().unwrap_or_default();
        if section.contains("dependencies") && NOT_FOR_THE_ENGINE.contains(&name) {
            broken.push(format!("{section} {name}"));
        }
    }
    assert!(
        broken.is_empty(),
        "the engine depends on a web framework:\n{}",
        broken.join("\n")
    );
}

/// The app carries no catalogue of words: the server hands it its texts. Its manifest
/// must name neither the words crate nor Fluent.
#[test]
fn the_app_depends_on_no_message_catalogue() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("../frontend/Cargo.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let named: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|line| line.starts_with("ringcheck-words") || line.starts_with("fluent"))
        .collect();
    assert!(named.is_empty(), "the app names a catalogue: {named:?}");
}

#[test]
fn grouped_and_nested_imports_are_read() {
    let code = "use crate::{\n    service::{self, CheckService},\n    http::X,\n};\nlet x = crate::config::y;";
    assert_eq!(crate_modules(code), ["service", "http", "config"]);
}

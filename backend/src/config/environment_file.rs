//! `/etc/default/ringcheck`, the settings the Debian package installs, written from the
//! flags themselves: every flag of `ringcheck --help` as its environment variable, with
//! its help and default, and the few values the package sets. The test below keeps the
//! committed file (`backend/debian/ringcheck.default`) the same as what this writes, so
//! it can never miss or misname a flag. After changing a flag:
//!
//! ```sh
//! RINGCHECK_UPDATE_DEBIAN=1 cargo test -p ringcheck-backend --lib environment_file
//! ```

use std::path::Path;

use clap::{Arg, CommandFactory, Parser};

use super::Config;

/// The committed file, from the backend crate's root.
const FILE: &str = "debian/ringcheck.default";

/// What the package sets: the variable, its value, and why.
const PACKAGED: &[(&str, &str, &str)] = &[
    (
        "RINGCHECK_BIND",
        "127.0.0.1:8080",
        "Packaged: this host only, until you choose (see the top of this file). For the \
         public: [::]:443 (IPv6 and IPv4) or 0.0.0.0:443 (IPv4 only).",
    ),
    (
        "RINGCHECK_DIST",
        "/usr/share/ringcheck/dist",
        "Packaged: the app this package installs.",
    ),
    (
        "RINGCHECK_DATABASE",
        "/var/lib/ringcheck/reports.db",
        "Packaged: the service's state directory (StateDirectory=ringcheck), the one \
         place it may write; purging the package deletes it.",
    ),
];

/// What the commented line shows instead of an empty default, for the settings a public
/// server needs.
const EXAMPLES: &[(&str, &str)] = &[
    ("RINGCHECK_PUBLIC_URL", "https://ringcheck.example.com"),
    (
        "RINGCHECK_TLS_CERT",
        "/run/credentials/ringcheck.service/tls.crt",
    ),
    (
        "RINGCHECK_TLS_KEY",
        "/run/credentials/ringcheck.service/tls.key",
    ),
    ("RINGCHECK_METRICS_BIND", "127.0.0.1:9464"),
];

const HEADER: &str = "\
# /etc/default/ringcheck: the settings of the Ring Check server (ringcheck.service).
#
# Every flag of `ringcheck --help` is below, under its heading there, as the
# environment variable that sets it, with its help and default. A line starting with
# `#` changes nothing: remove the `#` and set the value. Lists are comma-separated.
# Then: systemctl restart ringcheck
#
# A fresh install is safe as it is: the package neither enables nor starts the
# service, and the settings below listen on 127.0.0.1:8080 only, where nobody else
# can reach the server (and loopback visitors are never probed). To serve the public:
#
#   RINGCHECK_BIND=[::]:443                              # every address, port 443
#   RINGCHECK_PUBLIC_URL=https://ringcheck.example.com   # your domain
#   RINGCHECK_ACME_DOMAINS=ringcheck.example.com         # a certificate from Let's
#   RINGCHECK_ACME_CACHE=/var/lib/ringcheck/acme         # Encrypt, kept here and
#   RINGCHECK_ACME_CONTACTS=ops@example.com              # renewed while it runs
#
# then `systemctl enable --now ringcheck`. Or your own certificate instead of ACME:
#
#   RINGCHECK_TLS_CERT=/run/credentials/ringcheck.service/tls.crt
#   RINGCHECK_TLS_KEY=/run/credentials/ringcheck.service/tls.key
#
# Behind a reverse proxy, set RINGCHECK_FORWARDED_HEADER and RINGCHECK_TRUSTED_PROXIES
# (or RINGCHECK_TRUSTED_HOPS) instead of TLS, and keep RINGCHECK_BIND on an address
# only the proxy reaches (a private one): with RINGCHECK_TRUSTED_HOPS, a request from
# a public address is refused. The service runs as a user of its own (DynamicUser) that may bind
# ports below 1024 but cannot read files only root reads, such as a certificate's
# private key: hand them over with `systemctl edit ringcheck`:
#
#   [Service]
#   LoadCredential=tls.crt:/etc/letsencrypt/live/ringcheck.example.com/fullchain.pem
#   LoadCredential=tls.key:/etc/letsencrypt/live/ringcheck.example.com/privkey.pem
#
# and systemd shows them to the service under /run/credentials/ringcheck.service/.
#
# This file is written from the server's own flags (backend/src/config/
# environment_file.rs), so it lists each of them.
";

/// Comment lines no wider than this.
const WIDTH: usize = 88;

/// The whole file.
pub fn render() -> String {
    let mut out = String::from(HEADER);
    // Built, so that switches have their default (`false`) as `--help` shows them.
    let mut command = Config::command();
    command.build();
    let mut heading = None;
    for arg in command.get_arguments() {
        if let Some(env) = arg.get_env() {
            // The flags under the headings of `--help`, in its order.
            let this = arg.get_help_heading().unwrap_or("Options");
            if heading != Some(this) {
                render_heading(&mut out, this);
                heading = Some(this);
            }
            out.push('\n');
            render_flag(&mut out, arg, &env.to_string_lossy());
        }
    }
    out
}

/// A heading of `--help`, as a line of its own across the file.
fn render_heading(out: &mut String, heading: &str) {
    let line = format!("# ---- {heading} ");
    let rule = "-".repeat(WIDTH.saturating_sub(line.chars().count()));
    out.push_str(&format!("\n{line}{rule}\n"));
}

/// One flag: its name, help, default, and the line that sets it (commented out unless the
/// package sets it).
fn render_flag(out: &mut String, arg: &Arg, env: &str) {
    let long = arg
        .get_long()
        .expect("every flag with a variable has a long name");
    let takes_value = arg.get_action().takes_values();
    let mut usage = format!("--{long}");
    if takes_value {
        let name = arg
            .get_value_names()
            .map(|names| names.join(" "))
            .unwrap_or_else(|| arg.get_id().as_str().to_uppercase());
        usage.push_str(&format!(" <{name}>"));
    }
    if arg.get_value_delimiter().is_some() {
        usage.push_str(" (repeatable; here a comma-separated list)");
    }
    push_comment(out, &usage);
    let help = arg
        .get_long_help()
        .or_else(|| arg.get_help())
        .map(ToString::to_string)
        .unwrap_or_default();
    for paragraph in help.split("\n\n") {
        push_comment(out, &sentence(paragraph));
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .map(|value| value.get_name().to_owned())
        .collect();
    if !takes_value {
        push_comment(out, "A switch: true turns it on.");
    } else if !possible.is_empty() {
        push_comment(out, &format!("One of: {}.", possible.join(", ")));
    }
    let default = arg
        .get_default_values()
        .iter()
        .map(|value| value.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(",");
    let shown_default = if default.is_empty() { "none" } else { &default };
    // Unwrapped: a list of ports is one word.
    out.push_str(&format!("# Default: {shown_default}.\n"));
    match PACKAGED.iter().find(|(name, ..)| *name == env) {
        Some((_, value, why)) => {
            push_comment(out, why);
            out.push_str(&format!("{env}={value}\n"));
        }
        None => {
            let example = EXAMPLES
                .iter()
                .find(|(name, _)| *name == env)
                .map_or(default.as_str(), |(_, example)| example);
            out.push_str(&format!("#{env}={example}\n"));
        }
    }
}

/// `text` ending with a full stop (clap drops a one-paragraph help's last one).
fn sentence(text: &str) -> String {
    let text = text.trim();
    if text.ends_with('.') {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

/// `text` as `# ` lines, wrapped at word boundaries.
fn push_comment(out: &mut String, text: &str) {
    let mut line = String::from("#");
    for word in text.split_whitespace() {
        if line.len() > 1 && line.len() + 1 + word.len() > WIDTH {
            out.push_str(&line);
            out.push('\n');
            line = String::from("#");
        }
        line.push(' ');
        line.push_str(word);
    }
    out.push_str(&line);
    out.push('\n');
}

#[test]
fn the_packaged_environment_file_is_written_from_the_flags() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(FILE);
    let rendered = render();
    if std::env::var_os("RINGCHECK_UPDATE_DEBIAN").is_some() {
        std::fs::write(&path, &rendered).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    let first_difference = committed
        .lines()
        .zip(rendered.lines())
        .find(|(old, new)| old != new)
        .map(|(old, new)| format!("\n  committed: {old}\n  flags say: {new}"))
        .unwrap_or_default();
    assert!(
        committed == rendered,
        "{} is not what the flags say{first_difference}\nWrite it again with \
         `RINGCHECK_UPDATE_DEBIAN=1 cargo test -p ringcheck-backend --lib environment_file` \
         and commit it",
        path.display()
    );
}

#[test]
fn every_flag_has_a_variable_and_the_packaged_values_parse() {
    let mut flags = Vec::new();
    for arg in Config::command().get_arguments() {
        let id = arg.get_id().as_str();
        if ["help", "version"].contains(&id) {
            continue;
        }
        let env = arg
            .get_env()
            .unwrap_or_else(|| panic!("--{id} has no environment variable"))
            .to_string_lossy()
            .into_owned();
        assert!(env.starts_with("RINGCHECK_"), "{env}");
        flags.push((env, arg.get_long().expect("a long name").to_owned()));
    }
    let values = PACKAGED
        .iter()
        .map(|(name, value, _)| (name, value))
        .chain(EXAMPLES.iter().map(|(name, value)| (name, value)));
    let mut args = vec!["ringcheck".to_owned()];
    for (name, value) in values {
        let (_, long) = flags
            .iter()
            .find(|(env, _)| env == name)
            .unwrap_or_else(|| panic!("{name} is no flag's variable"));
        args.extend([format!("--{long}"), (*value).to_owned()]);
    }
    let parsed = Config::try_parse_from(&args);
    assert!(parsed.is_ok(), "{args:?}: {:?}", parsed.err());
}

#[test]
fn comments_are_wrapped_and_end_with_a_full_stop() {
    let mut out = String::new();
    push_comment(&mut out, &sentence(&"word ".repeat(40)));
    assert!(out.lines().count() > 1);
    assert!(
        out.lines()
            .all(|line| line.len() <= WIDTH && line.starts_with("# "))
    );
    assert!(out.trim_end().ends_with("word."));
}

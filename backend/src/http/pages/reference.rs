//! The catalogue as a reader sees it on the home page: the port table, the article's
//! advice, the Alarm's Wi-Fi note, the embed snippets, and the sources in the footer.
//! Plain HTML from the server, readable before (and without) the app.

use std::fmt::Write as _;

use ringcheck_shared::catalog::{
    Catalog, Device, Group, Guidance, PortEntry, SourceId, WifiRequirement,
};

use ringcheck_words::Speaker;

use super::html::{message_with_markup, text};

/// The messages of the column headings, also shown beside each value when the table
/// stacks on a phone.
const COLUMNS: [&str; 6] = [
    "column-service",
    "column-protocol",
    "column-ports",
    "column-direction",
    "column-purpose",
    "column-blocked",
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

/// The Ring port table, grouped by what the ports are for. Explicit ARIA roles keep it
/// a table for screen readers when CSS stacks it.
pub fn port_table(catalog: &Catalog, words: Speaker<'_>) -> String {
    let columns = COLUMNS.map(|id| text(&words.text(id)).to_string());
    let mut html = format!(
        "<div class=\"table-wrap\"><table role=\"table\" class=\"port-table\" id=\"port-table\">\
         <caption>{}</caption><colgroup>",
        text(&words.text("ports-caption"))
    );
    for class in COLUMN_CLASSES {
        let _ = write!(html, "<col class=\"{class}\">");
    }
    html.push_str("</colgroup><thead role=\"rowgroup\"><tr role=\"row\">");
    for column in &columns {
        let _ = write!(
            html,
            "<th role=\"columnheader\" scope=\"col\">{column}</th>"
        );
    }
    html.push_str("</tr></thead>");
    for group in Group::ALL {
        let id = format!("group-{}", group_slug(group));
        let _ = write!(
            html,
            "<tbody role=\"rowgroup\" aria-labelledby=\"{id}\"><tr role=\"row\" \
             class=\"group-row\"><th role=\"rowheader\" id=\"{id}\" colspan=\"{columns}\" \
             scope=\"rowgroup\"><span class=\"group-title\">{title}</span><span \
             class=\"group-summary\">{summary}</span></th></tr>",
            columns = COLUMNS.len(),
            title = text(&words.text(&group.message_id("title"))),
            summary = text(&words.text(&group.message_id("summary"))),
        );
        for entry in catalog.entries_in(group) {
            entry_row(&mut html, catalog, entry, &columns, words);
        }
        html.push_str("</tbody>");
    }
    html.push_str("</table></div>");
    // The family these ports are documented for, which the verdicts are judged on.
    let family = &catalog.documented_family;
    let _ = write!(
        html,
        "<p class=\"family-fact\" id=\"documented-family\"><strong>{over}</strong> {note}",
        over = text(&words.with(
            "documented-family",
            &[("family", family.family.label().into())]
        )),
        note = text(&family.note),
    );
    for &source in &family.sources {
        html.push(' ');
        html.push_str(&source_link(catalog, source, true, words));
    }
    html.push_str("</p>");
    html
}

fn entry_row(
    html: &mut String,
    catalog: &Catalog,
    entry: &PortEntry,
    columns: &[String; 6],
    words: Speaker<'_>,
) {
    let sources: Vec<String> = entry
        .sources
        .iter()
        .map(|id| source_link(catalog, *id, false, words))
        .collect();
    let _ = write!(
        html,
        "<tr role=\"row\" class=\"entry-row\" data-entry=\"{id}\"><th role=\"rowheader\" \
         scope=\"row\" data-label=\"{c0}\"><span class=\"entry-name\">{name}</span><span \
         class=\"devices\">{devices}</span><span class=\"sources\">{sources}</span></th><td role=\"cell\" data-label=\"{c1}\">{transport}</td><td \
         role=\"cell\" class=\"port-numbers\" data-label=\"{c2}\">{ports}</td><td role=\"cell\" \
         data-label=\"{c3}\">{direction}</td><td role=\"cell\" data-label=\"{c4}\">{purpose}",
        id = text(entry.id.as_str()),
        c0 = columns[0],
        c1 = columns[1],
        c2 = columns[2],
        c3 = columns[3],
        c4 = columns[4],
        name = text(&entry.name),
        devices = text(&words.with(
            "entry-used-by",
            &[("devices", devices(&entry.applies_to, words).as_str().into())]
        )),
        sources = message_with_markup(
            words,
            "entry-source",
            &[(
                "sources",
                &sources.join("<span aria-hidden=\"true\"> \u{B7} </span>")
            )]
        ),
        transport = text(&ringcheck_words::judgement::or_list(
            &words,
            &entry
                .transports
                .iter()
                .map(|t| t.label().to_owned())
                .collect::<Vec<_>>()
        )),
        ports = text(&entry.ports.to_string()),
        direction = text(&words.text(entry.direction.message_id())),
        purpose = text(&entry.words.purpose),
    );
    for note in &entry.notes {
        let _ = write!(
            html,
            "<span class=\"note\"><span class=\"note-label\">{} </span>{} {}</span>",
            text(&words.text("entry-note")),
            text(&note.text),
            source_link(catalog, note.source, true, words)
        );
    }
    let _ = write!(
        html,
        "</td><td role=\"cell\" data-label=\"{}\">{}</td></tr>",
        columns[5],
        text(&entry.words.when_blocked)
    );
}

/// A short link to a source; in brackets after a note.
fn source_link(catalog: &Catalog, id: SourceId, bracketed: bool, words: Speaker<'_>) -> String {
    let Some(source) = catalog.source(id) else {
        return String::new();
    };
    let label = if bracketed {
        format!("({})", source.label)
    } else {
        source.label.clone()
    };
    format!(
        "<a class=\"source\" href=\"{href}\" title=\"{title} ({kind})\" target=\"_blank\" \
         rel=\"noopener\">{label}</a>",
        href = text(&source.address),
        title = text(&source.title),
        kind = text(&words.text(source.kind.message_id())),
        label = text(&label),
    )
}

fn devices(devices: &[Device], words: Speaker<'_>) -> String {
    let names: Vec<String> = devices
        .iter()
        .map(|device| words.text(device.message_id()))
        .collect();
    ringcheck_words::judgement::comma_list(&words, &names)
}

fn group_slug(group: Group) -> &'static str {
    match group {
        Group::CoreServices => "core",
        Group::AppConnection => "app-connection",
        Group::LiveView => "live-view",
        Group::PhoneAlerts => "phone-alerts",
        Group::RingApp => "ring-app",
    }
}

/// The article's advice for a blocked port: the router first, then the provider.
pub fn guidance(guidance: &Guidance, words: Speaker<'_>) -> String {
    format!(
        "<section class=\"card\" aria-labelledby=\"advice-heading\"><h2 \
         id=\"advice-heading\">{heading}</h2><p>{usually_fine}</p><p>{symptom}</p>\
         <ol class=\"steps\"><li><strong>{check_router} </strong>{router}</li><li><strong>\
         {ask_provider} </strong>{isp}</li></ol><p class=\"caution\" \
         role=\"note\"><strong>{before} </strong>{caution}</p></section>",
        heading = text(&words.text("blocked-heading")),
        check_router = text(&words.text("blocked-router")),
        ask_provider = text(&words.text("blocked-provider")),
        before = text(&words.text("blocked-caution")),
        usually_fine = text(&guidance.usually_fine),
        symptom = text(&guidance.symptom),
        router = text(&guidance.router),
        isp = text(&guidance.isp),
        caution = text(&guidance.caution),
    )
}

/// The Ring Alarm's Wi-Fi security requirement.
pub fn wifi_note(wifi: &WifiRequirement, words: Speaker<'_>) -> String {
    let encryption = wifi.supported_encryption.join(", ");
    format!(
        "<section class=\"card\" aria-labelledby=\"wifi-heading\"><h2 id=\"wifi-heading\">\
         {heading}</h2><p>{summary}</p><dl class=\"facts\"><dt>{supported_label}</dt>\
         <dd>{supported}</dd><dt>{unsupported_label}</dt><dd>{unsupported}</dd></dl></section>",
        heading = text(&words.with(
            "wifi-heading",
            &[(
                "device",
                words.text(wifi.device.message_id()).as_str().into()
            )]
        )),
        summary = text(&wifi.summary),
        supported_label = text(&words.text("wifi-supported")),
        supported = text(&words.with(
            "wifi-supported-with",
            &[
                ("supported", wifi.supported.as_str().into()),
                ("encryption", encryption.as_str().into())
            ]
        )),
        unsupported_label = text(&words.text("wifi-unsupported")),
        unsupported = text(&wifi.unsupported.join(", ")),
    )
}

/// "Embed Ring Check": the copy-paste snippets, with this server's `origin` (empty when
/// unknown, which leaves the paths relative).
pub fn embed_help(origin: &str, words: Speaker<'_>) -> String {
    let script =
        format!("<div data-ringcheck></div>\n<script src=\"{origin}/embed.js\" async></script>");
    let iframe = format!(
        "<iframe src=\"{origin}/embed\" title=\"Ring Check\" width=\"100%\" height=\"720\" \
         style=\"border:0\" allow=\"clipboard-write\"></iframe>"
    );
    format!(
        "<section class=\"card embed-help\" aria-labelledby=\"embed-heading\"><h2 \
         id=\"embed-heading\">{heading}</h2><p>{with_script}</p><pre><code>{script}</code></pre>\
         <p>{options} <code>data-theme=&quot;light|dark|auto&quot;</code>, \
         <code>data-hide=&quot;table,advice,share&quot;</code>. {with_iframe}</p><pre><code>\
         {iframe}</code></pre><p>{oembed} {embed_origin}</p></section>",
        heading = text(&words.text("embed-heading")),
        with_script = text(&words.text("embed-script")),
        options = text(&words.text("embed-options")),
        with_iframe = text(&words.text("embed-iframe")),
        oembed = message_with_markup(
            words,
            "embed-oembed",
            &[("path", "<code>/oembed?url=…</code>")]
        ),
        embed_origin = message_with_markup(
            words,
            "embed-origin",
            &[(
                "flag",
                "<code>--embed-origin https://help.example.com</code>"
            )]
        ),
        script = text(&script),
        iframe = text(&iframe),
    )
}

/// Where the facts come from, each source a link, and how current the catalogue is.
pub fn footer(catalog: &Catalog, words: Speaker<'_>) -> String {
    let mut html = format!(
        "<footer class=\"site-footer\"><p>{sources}</p><ul class=\"source-list\">",
        sources = text(&words.with(
            "footer-sources",
            &[
                ("version", catalog.version.into()),
                ("checked", catalog.checked_on.as_str().into())
            ]
        )),
    );
    for source in &catalog.sources {
        let _ = write!(
            html,
            "<li><a href=\"{href}\" target=\"_blank\" rel=\"noopener\">{title}</a> ({label}, \
             {kind})</li>",
            href = text(&source.address),
            title = text(&source.title),
            label = text(&source.label),
            kind = text(&words.text(source.kind.message_id())),
        );
    }
    let _ = write!(
        html,
        "</ul><p>{}</p></footer>",
        text(&words.text("footer-open-source"))
    );
    html
}

//! The built single-page app as the server holds it: `index.html` in memory, into which
//! each page's server-written body goes, and the hashes of its inline scripts for the
//! CSP. The routes that serve it are in `routes::app`.

use std::{
    io,
    path::{Path, PathBuf},
};

use axum::{
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use base64::{Engine, engine::general_purpose::STANDARD as BASE64};
use ringcheck_shared::{language::Language, routes::ClientRoute};
use ringcheck_words::{Locale, Words};
use sha2::{Digest, Sha256};

use super::{language::PageLanguage, pages::Pages};

/// Why the built app cannot be served, worded for the operator.
#[derive(thiserror::Error, Debug)]
pub enum SpaError {
    #[error(
        "the web app is missing: {path} has no index.html. Build it first with \
         `cargo xtask serve` (or `trunk build --release`), or point --dist at the built app"
    )]
    Missing { path: PathBuf },

    #[error("cannot read the web app at {path}: {source}")]
    Unreadable { path: PathBuf, source: io::Error },
}

/// The built app, with `index.html` held in memory, once per language: it is served for
/// every page path, with the server's page body in it, and its inline boot script must be
/// hashed into the CSP.
#[derive(Debug)]
pub struct Spa {
    dir: PathBuf,
    /// `index.html` in each of [`Locale::ALL`], in that order.
    index_html: Vec<String>,
    inline_script_hashes: Vec<String>,
    pages: Pages,
}

impl Spa {
    pub fn load(dir: &Path) -> Result<Self, SpaError> {
        let index_path = dir.join("index.html");
        let index_html = std::fs::read_to_string(&index_path).map_err(|source| {
            if source.kind() == io::ErrorKind::NotFound {
                SpaError::Missing {
                    path: dir.to_owned(),
                }
            } else {
                SpaError::Unreadable {
                    path: index_path.clone(),
                    source,
                }
            }
        })?;
        let inline_script_hashes = inline_scripts(&index_html)
            .into_iter()
            .map(|script| format!("'sha256-{}'", BASE64.encode(Sha256::digest(script))))
            .collect();
        let words = Words::get();
        Ok(Self {
            dir: dir.to_owned(),
            index_html: Locale::ALL
                .into_iter()
                .map(|locale| localized(&index_html, locale, words))
                .collect(),
            inline_script_hashes,
            pages: Pages::new(ringcheck_shared::catalog::catalog(), words),
        })
    }

    /// Where the built files are, for serving them.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// CSP source expressions (`'sha256-…'`) for the inline scripts of `index.html`.
    pub fn inline_script_hashes(&self) -> &[String] {
        &self.inline_script_hashes
    }

    /// `index.html` in `language` with the body of `route`'s page (`None`: not found),
    /// links to it in the other languages, and `head` (e.g. a discovery link) added to its
    /// `<head>`; `origin` is this server's, if known; `path` is the page's.
    pub fn page(
        &self,
        status: StatusCode,
        route: Option<&ClientRoute>,
        head: Option<&str>,
        origin: Option<&str>,
        page: (&str, &PageLanguage),
    ) -> Response {
        let (path, language) = page;
        let head = format!(
            "{}{}",
            alternates(origin.unwrap_or_default(), path, is_a_page(route)),
            head.unwrap_or_default()
        );
        let index = Locale::ALL
            .iter()
            .position(|locale| *locale == language.locale)
            .and_then(|at| self.index_html.get(at))
            .unwrap_or(&self.index_html[0]);
        let html = with_body(index, &self.pages.body(route, origin, language), &head);
        let mut response = (status, html).into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
        language.mark(headers);
        response
    }
}

/// `index` in `locale`: its `<html lang>`, title and description, however the build
/// wrote them (trunk minifies: `<html lang=en>`, attributes in any order and unquoted);
/// what it lacks is left as it is.
fn localized(index: &str, locale: Locale, words: &Words) -> String {
    let words = words.speak(locale);
    let title = super::pages::escaped(&words.text("page-title"));
    let description = super::pages::escaped(&words.text("page-description"));
    let mut html = index.to_owned();
    if let Some((start, end)) = tag(&html, "<html", |_| true) {
        let localized = set_attribute(&html[start..end], "lang", locale.tag());
        html.replace_range(start..end, &localized);
    }
    if let Some((start, end)) = between(&html, "<title>", "</title>") {
        html.replace_range(start..end, &title);
    }
    let is_description = |tag: &str| {
        attribute(tag, "name").is_some_and(|(start, end)| &tag[start..end] == "description")
    };
    if let Some((start, end)) = tag(&html, "<meta", is_description) {
        let localized = set_attribute(&html[start..end], "content", &description);
        html.replace_range(start..end, &localized);
    }
    html
}

/// Where the first tag opening with `open` (`<meta`) that `wanted` starts and ends.
fn tag(html: &str, open: &str, wanted: impl Fn(&str) -> bool) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(at) = html[from..].find(open) {
        let start = from + at;
        let end = start + html[start..].find('>')? + 1;
        let after = html.as_bytes().get(start + open.len()).copied();
        let space_or_end = matches!(after, Some(b' ' | b'>' | b'\t' | b'\n' | b'\r'));
        if space_or_end && wanted(&html[start..end]) {
            return Some((start, end));
        }
        from = end;
    }
    None
}

/// Where the value of attribute `name` in `tag` starts and ends, quoted or not.
fn attribute(tag: &str, name: &str) -> Option<(usize, usize)> {
    let bytes = tag.as_bytes();
    let mut from = 0;
    while let Some(at) = tag[from..].find(name) {
        let start = from + at;
        let before = start.checked_sub(1).map(|b| bytes[b]);
        let value_at = start + name.len() + 1;
        if matches!(before, Some(b' ' | b'\t' | b'\n' | b'\r'))
            && bytes.get(start + name.len()) == Some(&b'=')
        {
            return match bytes.get(value_at) {
                Some(quote @ (b'"' | b'\'')) => {
                    let end = tag[value_at + 1..].find(*quote as char)?;
                    Some((value_at + 1, value_at + 1 + end))
                }
                _ => {
                    let end = tag[value_at..]
                        .find([' ', '>', '\t', '\n', '\r'])
                        .unwrap_or(tag.len() - value_at);
                    Some((value_at, value_at + end))
                }
            };
        }
        from = start + name.len();
    }
    None
}

/// `tag` with attribute `name` set to `value` (already escaped), quoted.
fn set_attribute(tag: &str, name: &str, value: &str) -> String {
    match attribute(tag, name) {
        Some((start, end)) => {
            let quoted = |at: usize| matches!(tag.as_bytes().get(at), Some(b'"' | b'\''));
            let (start, end) = if quoted(start.wrapping_sub(1)) && quoted(end) {
                (start - 1, end + 1)
            } else {
                (start, end)
            };
            format!("{}\"{value}\"{}", &tag[..start], &tag[end..])
        }
        None => {
            let at = tag.find([' ', '>']).unwrap_or(tag.len());
            format!("{} {name}=\"{value}\"{}", &tag[..at], &tag[at..])
        }
    }
}

/// Where the text between `open` and the next `close` in `html` starts and ends.
fn between(html: &str, open: &str, close: &str) -> Option<(usize, usize)> {
    let start = html.find(open)? + open.len();
    let end = start + html[start..].find(close)?;
    Some((start, end))
}

/// Whether `route` is a page of its own in every language: not a page that does not
/// exist, nor a link that cannot be a report (whose path could be anything).
fn is_a_page(route: Option<&ClientRoute>) -> bool {
    match route {
        Some(ClientRoute::Report(id)) => ringcheck_shared::check::CheckId::parse(id).is_ok(),
        Some(_) => true,
        None => false,
    }
}

/// `<link rel="alternate" hreflang>` for the page at `path` in each language, and the
/// page without a language for any other; none for a page that does not exist.
fn alternates(origin: &str, path: &str, exists: bool) -> String {
    if !exists {
        return String::new();
    }
    let mut links: String = Language::ALL
        .into_iter()
        .map(|language| {
            format!(
                "<link rel=\"alternate\" hreflang=\"{tag}\" href=\"{origin}{path}?lang={tag}\">",
                tag = language.slug(),
                origin = super::pages::escaped(origin),
                path = super::pages::escaped(path),
            )
        })
        .collect();
    links.push_str(&format!(
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}{}\">",
        super::pages::escaped(origin),
        super::pages::escaped(path)
    ));
    links
}

/// `html` with `head` at the end of its `<head>` and `body` at the start of its
/// `<body …>`; what it lacks is left out rather than put in the wrong place.
fn with_body(html: &str, body: &str, head: &str) -> String {
    let Some(head_at) = html.find("</head>") else {
        return html.to_owned();
    };
    let body_at = html[head_at..]
        .find("<body")
        .and_then(|at| {
            let tag_end = html[head_at + at..].find('>')?;
            Some(head_at + at + tag_end + 1)
        })
        .unwrap_or(head_at);
    let body = if body_at > head_at { body } else { "" };
    format!(
        "{}{head}{}{body}{}",
        &html[..head_at],
        &html[head_at..body_at],
        &html[body_at..]
    )
}

/// The bodies of `<script>` elements without a `src`, exactly as a browser hashes them.
fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after_tag = &rest[start..];
        let Some(tag_end) = after_tag.find('>') else {
            break;
        };
        let attributes = &after_tag[..tag_end];
        let body_and_rest = &after_tag[tag_end + 1..];
        let Some(close) = body_and_rest.find("</script>") else {
            break;
        };
        if !attributes.contains("src=") {
            scripts.push(&body_and_rest[..close]);
        }
        rest = &body_and_rest[close..];
    }
    scripts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_only_inline_scripts() {
        let html = r#"<head><script src="/a.js"></script><script type="module">boot();</script>
            </head><body><script>two</script></body>"#;
        assert_eq!(inline_scripts(html), ["boot();", "two"]);
    }

    #[test]
    fn the_page_body_goes_into_the_body_tag_whatever_its_attributes() {
        assert_eq!(
            with_body(
                "<html><head><title>t</title></head><body class=\"x\"></body></html>",
                "<main></main>",
                "<link>"
            ),
            "<html><head><title>t</title><link></head><body class=\"x\"><main></main></body></html>"
        );
        assert_eq!(
            with_body("<html><body></body></html>", "<main></main>", "<link>"),
            "<html><body></body></html>",
            "no head: left as it is"
        );
        assert_eq!(
            with_body("<html><head></head></html>", "<main></main>", "<link>"),
            "<html><head><link></head></html>",
            "no body: the head still gets its link"
        );
    }

    #[test]
    fn each_language_gets_its_lang_title_and_description() {
        let index = "<html lang=\"en\"><head><meta name=\"description\" content=\"Old\" />\
                     <title>Old</title></head><body></body></html>";
        let words = Words::get();
        let english = localized(index, Locale::ENGLISH, words);
        assert!(english.starts_with("<html lang=\"en\">"));
        assert!(english.contains("<title>Ring Check: is your network ready for Ring?</title>"));
        assert!(english.contains("content=\"Check whether your home network"));
        let pseudo = localized(index, Locale::Pseudo, words);
        assert!(pseudo.starts_with("<html lang=\"en-XA\">"), "{pseudo}");
        assert!(pseudo.contains("<title>[Ríñg Çhéçk"), "{pseudo}");
        assert_eq!(
            localized("<p>no head</p>", Locale::Pseudo, words),
            "<p>no head</p>"
        );
    }

    #[test]
    fn a_page_names_itself_in_every_language_and_one_for_everybody_else() {
        let links = alternates("https://rc.example", "/r/abc", true);
        assert!(links.contains(
            "<link rel=\"alternate\" hreflang=\"ja\" href=\"https://rc.example/r/abc?lang=ja\">"
        ));
        assert!(links.ends_with(
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://rc.example/r/abc\">"
        ));
        assert_eq!(links.matches("<link").count(), Language::ALL.len() + 1);
        assert_eq!(alternates("", "/nope", false), "");
    }
}

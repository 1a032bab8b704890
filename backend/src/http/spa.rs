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
use ringcheck_shared::routes::ClientRoute;
use sha2::{Digest, Sha256};

use super::pages::Pages;

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

/// The built app, with `index.html` held in memory: it is served for every page path,
/// with the server's page body in it, and its inline boot script must be hashed into the
/// CSP.
#[derive(Debug)]
pub struct Spa {
    dir: PathBuf,
    index_html: String,
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
        Ok(Self {
            dir: dir.to_owned(),
            index_html,
            inline_script_hashes,
            pages: Pages::new(ringcheck_shared::catalog::catalog()),
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

    /// `index.html` with the body of `route`'s page (`None`: not found), and `head` (e.g. a
    /// discovery link) added to its `<head>`; `origin` is this server's, if known.
    pub fn page(
        &self,
        status: StatusCode,
        route: Option<&ClientRoute>,
        head: Option<&str>,
        origin: Option<&str>,
    ) -> Response {
        let html = self.with_body(&self.pages.body(route, origin), head.unwrap_or_default());
        let mut response = (status, html).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
        response
    }
}

impl Spa {
    /// `index.html` with `head` at the end of its `<head>` and `body` at the start of its
    /// `<body …>`; what it lacks is left out rather than put in the wrong place.
    fn with_body(&self, body: &str, head: &str) -> String {
        let html = &self.index_html;
        let Some(head_at) = html.find("</head>") else {
            return html.clone();
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
        let spa = |index: &str| Spa {
            dir: PathBuf::new(),
            index_html: index.to_owned(),
            inline_script_hashes: Vec::new(),
            pages: Pages::new(ringcheck_shared::catalog::catalog()),
        };
        assert_eq!(
            spa("<html><head><title>t</title></head><body class=\"x\"></body></html>")
                .with_body("<main></main>", "<link>"),
            "<html><head><title>t</title><link></head><body class=\"x\"><main></main></body></html>"
        );
        assert_eq!(
            spa("<html><body></body></html>").with_body("<main></main>", "<link>"),
            "<html><body></body></html>",
            "no head: left as it is"
        );
        assert_eq!(
            spa("<html><head></head></html>").with_body("<main></main>", "<link>"),
            "<html><head><link></head></html>",
            "no body: the head still gets its link"
        );
    }
}

//! Serving the built single-page app: hashed assets cached for a year, `index.html`
//! never cached, and the app itself for every page path so client-side routes work.

use std::{
    convert::Infallible,
    path::{Path, PathBuf},
};

use axum::{
    Router,
    body::Body,
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::get,
};
use base64::{Engine, engine::general_purpose::STANDARD as BASE64};
use ringcheck_shared::{check::CheckId, routes::ClientRoute};
use sha2::{Digest, Sha256};
use tower::service_fn;
use tower_http::services::ServeDir;

use crate::{embed, error::StartupError, pages::Pages, state::AppState};

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";

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
    pub fn load(dir: &Path) -> Result<Self, StartupError> {
        let index_path = dir.join("index.html");
        let index_html = std::fs::read_to_string(&index_path).map_err(|source| {
            if source.kind() == std::io::ErrorKind::NotFound {
                StartupError::MissingSpa {
                    path: dir.to_owned(),
                }
            } else {
                StartupError::UnreadableSpa {
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

/// Routes for the app's pages and its static files; everything the API does not claim.
pub fn router(state: AppState) -> Router<AppState> {
    let not_found_state = state.clone();
    let missing_file = service_fn(move |request: Request| {
        let state = not_found_state.clone();
        async move { Ok::<_, Infallible>(not_found(&state, &request)) }
    });
    let files = ServeDir::new(&state.spa.dir)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(false)
        .fallback(missing_file);
    Router::new()
        .route("/", get(index))
        // The built file holds no page body: the page is always the server's.
        .route("/index.html", get(index))
        .fallback_service(files)
        .layer(middleware::from_fn(cache_control))
}

async fn index(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let origin = state.embed.site_origin(&headers);
    state.spa.page(
        StatusCode::OK,
        Some(&ClientRoute::Home),
        discovery(origin.as_deref(), "/").as_deref(),
        origin.as_deref(),
    )
}

/// The oEmbed discovery link for the page at `path`, when the server's origin is known.
fn discovery(origin: Option<&str>, path: &str) -> Option<String> {
    let origin = origin?;
    Some(embed::discovery_link(origin, &format!("{origin}{path}")))
}

/// A path no file matches: the app (which explains "page not found") for page-like paths,
/// with a 404 status unless it is one of the app's own routes; a bare 404 for file paths.
fn not_found(state: &AppState, request: &Request) -> Response {
    let path = request.uri().path();
    let origin = state.embed.site_origin(request.headers());
    if let Some(route) = ClientRoute::parse(path) {
        // Only for pages oEmbed answers for: a result link that can be an id.
        let embeddable = match &route {
            ClientRoute::Report(id) => CheckId::parse(id).is_ok(),
            ClientRoute::Home => true,
            ClientRoute::Embed => false,
        };
        let link = embeddable
            .then(|| discovery(origin.as_deref(), path))
            .flatten();
        return state.spa.page(
            StatusCode::OK,
            Some(&route),
            link.as_deref(),
            origin.as_deref(),
        );
    }
    if looks_like_file(path) {
        return (StatusCode::NOT_FOUND, "Not found\n").into_response();
    }
    state
        .spa
        .page(StatusCode::NOT_FOUND, None, None, origin.as_deref())
}

fn looks_like_file(path: &str) -> bool {
    path.rsplit('/')
        .next()
        .is_some_and(|name| name.contains('.'))
}

async fn cache_control(request: Request<Body>, next: Next) -> Response {
    let hashed = is_hashed_asset(request.uri().path());
    let mut response = next.run(request).await;
    let ok = response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED;
    let value = if hashed && ok { IMMUTABLE } else { REVALIDATE };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    response
}

/// Trunk names built assets `name-<hex hash>.ext` (or `name-<hash>_bg.wasm`), so their
/// content never changes under one name.
fn is_hashed_asset(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or_default();
    let Some((stem, _extension)) = name.rsplit_once('.') else {
        return false;
    };
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (8..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
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
    fn recognises_trunk_hashed_asset_names() {
        assert!(is_hashed_asset("/ringcheck-frontend-1c2d3e4f5a6b7c8d.js"));
        assert!(is_hashed_asset(
            "/ringcheck-frontend-1c2d3e4f5a6b7c8d_bg.wasm"
        ));
        assert!(is_hashed_asset("/style-0a1b2c3d4e5f6071.css"));
        assert!(!is_hashed_asset("/index.html"));
        assert!(!is_hashed_asset("/favicon.ico"));
        assert!(!is_hashed_asset("/r/some-id"));
        assert!(!is_hashed_asset("/ringcheck-frontend-notahash.js"));
    }

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

    #[test]
    fn page_paths_and_file_paths_are_told_apart() {
        assert!(looks_like_file("/missing-1234.js"));
        assert!(!looks_like_file("/some/page"));
    }
}

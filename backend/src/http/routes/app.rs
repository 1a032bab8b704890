//! Serving the app: its pages (each with the server's body and, where oEmbed answers
//! for it, the discovery link), its static files (hashed assets cached for a year,
//! everything else revalidated), and the app itself for every page path so client-side
//! routes work.

use std::convert::Infallible;

use axum::{
    Router,
    body::Body,
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, StatusCode, Uri, header},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::get,
};
use ringcheck_shared::{check::CheckId, routes::ClientRoute};
use tower::service_fn;
use tower_http::services::ServeDir;

use crate::http::{embed, language::PageLanguage, state::AppState};

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";

/// Routes for the app's pages and its static files; everything the API does not claim.
pub fn router(state: AppState) -> Router<AppState> {
    let not_found_state = state.clone();
    let missing_file = service_fn(move |request: Request| {
        let state = not_found_state.clone();
        async move { Ok::<_, Infallible>(not_found(&state, &request)) }
    });
    let files = ServeDir::new(state.spa.dir())
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

async fn index(State(state): State<AppState>, uri: Uri, headers: HeaderMap) -> Response {
    let origin = state.embed.site_origin(&headers);
    state.spa.page(
        StatusCode::OK,
        Some(&ClientRoute::Home),
        discovery(origin.as_deref(), "/").as_deref(),
        origin.as_deref(),
        (
            "/",
            &PageLanguage::of(&uri, &headers).over_https(state.embed.is_https()),
        ),
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
    let language =
        PageLanguage::of(request.uri(), request.headers()).over_https(state.embed.is_https());
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
            (path, &language),
        );
    }
    if looks_like_file(path) {
        return (StatusCode::NOT_FOUND, "Not found\n").into_response();
    }
    state.spa.page(
        StatusCode::NOT_FOUND,
        None,
        None,
        origin.as_deref(),
        (path, &language),
    )
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
    fn page_paths_and_file_paths_are_told_apart() {
        assert!(looks_like_file("/missing-1234.js"));
        assert!(!looks_like_file("/some/page"));
    }
}

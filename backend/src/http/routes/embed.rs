//! Ring Check inside other sites' pages: `/embed` (the checker in a compact layout, with
//! its own `frame-ancestors`) and `/embed.js` (the loader that creates and sizes the
//! frame). `/oembed` answers in JSON, so it is with the API.

use axum::{
    Router,
    extract::State,
    http::{HeaderMap, HeaderValue, StatusCode, Uri, header},
    response::{IntoResponse, Response},
    routing::get,
};
use ringcheck_shared::routes::{ClientRoute, server::EMBED_LOADER};

use crate::http::{language::PageLanguage, state::AppState};

/// The loader script, served as it is.
const LOADER: &str = include_str!("../../../assets/embed.js");

pub fn router() -> Router<AppState> {
    Router::new()
        .route(ClientRoute::EMBED_PATH, get(embed_page))
        .route(&format!("{}/", ClientRoute::EMBED_PATH), get(embed_page))
        .route(EMBED_LOADER, get(loader))
}

async fn embed_page(State(state): State<AppState>, uri: Uri, headers: HeaderMap) -> Response {
    let language = PageLanguage::of(&uri, &headers).in_a_frame();
    let mut page = state.spa.page(
        StatusCode::OK,
        Some(&ClientRoute::Embed),
        None,
        None,
        (ClientRoute::EMBED_PATH, &language),
    );
    let headers = page.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        state.embed.page_csp.clone(),
    );
    // It names the hashed assets of this build: always ask again, as for `/`.
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    page
}

async fn loader() -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/javascript; charset=utf-8"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        LOADER,
    )
        .into_response()
}

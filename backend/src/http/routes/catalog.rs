//! `GET /api/catalog`: the Ring port catalogue, its words in the caller's language.

use axum::{
    Json,
    http::{HeaderMap, HeaderValue, Uri, header},
    response::IntoResponse,
};
use ringcheck_shared::{Catalog, routes::ApiPath};

use crate::http::language;

/// The Ring port catalogue: every port, protocol and direction of Ring's article, with
/// what each is for, what breaks when it is blocked and how Ring Check tests it, in the
/// language `?lang=` or `Accept-Language` asks for (else English).
#[utoipa::path(get, path = ApiPath::Catalog.route(), tag = "catalog",
    params(("lang" = Option<String>, Query, description = "The words' language: en, it, de, fr, es, nl or ja")),
    responses((status = 200, description = "The catalogue", body = Catalog)))]
#[tracing::instrument(skip_all)]
pub(crate) async fn get_catalog(uri: Uri, headers: HeaderMap) -> impl IntoResponse {
    let locale = language::of_api_request(&uri, &headers);
    let mut response = Json(language::catalogue_in(locale)).into_response();
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(locale.tag()) {
        headers.insert(header::CONTENT_LANGUAGE, value);
    }
    headers.append(header::VARY, HeaderValue::from_static("Accept-Language"));
    response
}

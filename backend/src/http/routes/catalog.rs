//! `GET /api/catalog`: the Ring port catalogue, its words in the caller's language.

use std::sync::LazyLock;

use axum::{
    Json,
    http::{HeaderMap, HeaderValue, Uri, header},
    response::IntoResponse,
};
use ringcheck_shared::{Catalog, catalog, routes::ApiPath};
use ringcheck_words::{Locale, Words};

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
    let mut response = Json(worded(locale)).into_response();
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(locale.tag()) {
        headers.insert(header::CONTENT_LANGUAGE, value);
    }
    headers.append(header::VARY, HeaderValue::from_static("Accept-Language"));
    response
}

/// The catalogue with its words in `locale`, worded once per locale.
fn worded(locale: Locale) -> &'static Catalog {
    static WORDED: LazyLock<Vec<(Locale, Catalog)>> = LazyLock::new(|| {
        Locale::ALL
            .into_iter()
            .map(|locale| {
                let words = Words::get().speak(locale);
                (locale, catalog().worded(&|id| words.text(id)))
            })
            .collect()
    });
    WORDED
        .iter()
        .find(|(of, _)| *of == locale)
        .map_or_else(|| &WORDED[0].1, |(_, catalog)| catalog)
}

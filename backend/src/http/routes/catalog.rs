//! `GET /api/catalog`: the Ring port catalogue.

use axum::Json;
use ringcheck_shared::{Catalog, catalog, routes::ApiPath};

/// The Ring port catalogue: every port, protocol and direction of Ring's article, with
/// what each is for, what breaks when it is blocked and how Ring Check tests it.
#[utoipa::path(get, path = ApiPath::Catalog.route(), tag = "catalog",
    responses((status = 200, description = "The catalogue", body = Catalog)))]
#[tracing::instrument]
pub(crate) async fn get_catalog() -> Json<&'static Catalog> {
    Json(catalog())
}

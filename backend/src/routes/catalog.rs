//! `GET /api/catalog`: the Ring port catalogue.

use axum::{Json, Router, routing::get};
use ringcheck_shared::{Catalog, catalog};

use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/catalog", get(get_catalog))
}

/// The Ring port catalogue: every port, protocol and direction of Ring's article, with
/// what each is for, what breaks when it is blocked and how Ring Check tests it.
#[utoipa::path(get, path = "/api/catalog", tag = "catalog",
    responses((status = 200, description = "The catalogue", body = Catalog)))]
#[tracing::instrument]
pub(crate) async fn get_catalog() -> Json<&'static Catalog> {
    Json(catalog())
}

//! `GET /api/catalog`: the Ring port catalogue.

use axum::{Json, Router, routing::get};
use ringcheck_shared::{Catalog, catalog};

use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/catalog", get(get_catalog))
}

#[tracing::instrument]
async fn get_catalog() -> Json<&'static Catalog> {
    Json(catalog())
}

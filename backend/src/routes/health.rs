//! `GET /healthz`: the server is up and answering.

use axum::{Json, Router, routing::get};
use ringcheck_shared::api::Health;

use crate::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new().route("/healthz", get(health))
}

/// The server is up.
#[utoipa::path(get, path = "/healthz", tag = "meta",
    responses((status = 200, description = "Up", body = Health)))]
pub(crate) async fn health() -> Json<Health> {
    Json(Health {
        status: "ok".to_owned(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
    })
}

//! `GET /healthz`: the server is up, and whether every beacon and STUN responder passed
//! its last self-check (a listener that did not is named, and visitors see its port as
//! not testable here).

use axum::{Json, extract::State};
use ringcheck_shared::{
    api::{Health, ListenerDown},
    routes::server::HEALTH,
};

use crate::http::state::AppState;

/// The server is up; `degraded` names the test listeners that failed their self-check.
#[utoipa::path(get, path = HEALTH, tag = "meta",
    responses((status = 200, description = "Up: `ok`, or `degraded` with the listeners down", body = Health)))]
pub(crate) async fn health(State(state): State<AppState>) -> Json<Health> {
    let listeners_down: Vec<ListenerDown> = state
        .listener_health
        .down()
        .into_iter()
        .map(|(transport, port, reason)| ListenerDown {
            transport,
            port,
            reason,
        })
        .collect();
    Json(Health {
        status: if listeners_down.is_empty() {
            "ok"
        } else {
            "degraded"
        }
        .to_owned(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
        listeners_down,
    })
}

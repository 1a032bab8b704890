//! The metrics endpoint: `GET /metrics` on the operator's own listener (`--metrics-bind`),
//! never on a public port; `GET /healthz` is there too, in plain HTTP, so monitoring
//! reads it even while a TLS server has no certificate to answer with.

use std::sync::Arc;

use axum::{Router, extract::State, http::header, response::IntoResponse, routing::get};

use super::{AppState, routes};
use crate::metrics::{CONTENT_TYPE, Metrics};

/// Brings the gauges up to date just before they are read (checks in flight, listeners'
/// health), so nothing polls them in between.
pub type Refresh = Arc<dyn Fn(&Metrics) + Send + Sync>;

pub fn router(state: AppState, refresh: Refresh) -> Router {
    Router::new()
        .route("/metrics", get(render))
        .with_state((state.metrics.clone(), refresh))
        .merge(routes::health().with_state(state))
}

async fn render(State((metrics, refresh)): State<(Arc<Metrics>, Refresh)>) -> impl IntoResponse {
    refresh(&metrics);
    ([(header::CONTENT_TYPE, CONTENT_TYPE)], metrics.render())
}

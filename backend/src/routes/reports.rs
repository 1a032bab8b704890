//! `GET /api/reports/{id}`: a finished check, for share links.

use axum::{
    Json, Router,
    extract::{Path, State},
    http::{HeaderValue, header},
    response::IntoResponse,
    routing::get,
};
use ringcheck_shared::{
    api::ErrorBody,
    check::{CheckId, Report},
};

use crate::{error::ApiError, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new().route("/reports/{id}", get(get_report))
}

/// A stored report, with the visitor's address masked.
#[utoipa::path(
    get,
    path = "/api/reports/{id}",
    tag = "reports",
    params(("id" = String, Path, description = "The check's id (22 URL-safe characters).")),
    responses(
        (status = 200, description = "The report", body = Report),
        (status = 400, description = "That cannot be a report id.", body = ErrorBody),
        (status = 404, description = "No such report, or it has expired.", body = ErrorBody),
    )
)]
#[tracing::instrument(skip(state))]
pub(crate) async fn get_report(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let id = CheckId::parse(&id)?;
    let report = state
        .checks
        .stored_report(&id)
        .await?
        .ok_or(ApiError::ReportNotFound)?;
    // The browser's results may be added just after the probes' report is written, so
    // caches must ask again each time.
    let cache = HeaderValue::from_static("private, no-cache");
    Ok(([(header::CACHE_CONTROL, cache)], Json(report)))
}

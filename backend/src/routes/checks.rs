//! `POST /api/checks` starts a check of the requester's own address;
//! `GET /api/checks/{id}/events` streams its results.

use std::{convert::Infallible, net::SocketAddr};

use axum::{
    Json, Router,
    body::Bytes,
    extract::{ConnectInfo, Path, State},
    http::{HeaderMap, StatusCode, header},
    response::{
        IntoResponse, Response,
        sse::{Event, KeepAlive, Sse},
    },
    routing::{get, post},
};
use futures_util::{Stream, StreamExt, stream};
use ringcheck_shared::{
    api::ErrorBody,
    check::{CheckId, CheckStarted},
};
use serde::Deserialize;
use utoipa::ToSchema;

use crate::{address, checks::events::CheckEvent, error::ApiError, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/checks", post(start_check))
        .route("/checks/{id}/events", get(check_events))
}

/// The only body `POST /api/checks` accepts besides none: `{}`.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StartCheckRequest {}

/// Start a check of the address this request comes from.
#[utoipa::path(
    post,
    path = "/api/checks",
    tag = "checks",
    request_body(
        content = Option<StartCheckRequest>,
        content_type = "application/json",
        description = "Nothing, or `{}`. The address to probe is never taken from the request."
    ),
    responses(
        (status = 202, description = "The check is running; follow `events_url`.", body = CheckStarted),
        (status = 400, description = "The body was not empty or `{}`.", body = ErrorBody),
        (status = 403, description = "The request came from a non-public address (VPN, proxy, same machine).", body = ErrorBody),
        (status = 413, description = "The body is too large.", body = ErrorBody),
        (status = 415, description = "A body that is not JSON.", body = ErrorBody),
        (status = 429, description = "A check of this address is running, or it started too many lately.", body = ErrorBody,
            headers(("Retry-After" = u64, description = "Seconds to wait"))),
        (status = 503, description = "The server is running as many checks as it may.", body = ErrorBody,
            headers(("Retry-After" = u64, description = "Seconds to wait"))),
    )
)]
#[tracing::instrument(skip(state, headers, body))]
pub(crate) async fn start_check(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<(StatusCode, Json<CheckStarted>), ApiError> {
    check_start_body(&headers, &body)?;
    let target = state.trusted_proxies.client_address(peer.ip(), &headers);
    if !state.checks.local_mode() {
        address::check_public(target).map_err(|why| ApiError::TargetNotPublic {
            address: target,
            why,
        })?;
    }
    let started = state.checks.start(target)?;
    tracing::info!(check = %started.id, "check started");
    Ok((StatusCode::ACCEPTED, Json(started)))
}

fn check_start_body(headers: &HeaderMap, body: &[u8]) -> Result<(), ApiError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(());
    }
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .is_some_and(|mime| mime.trim().eq_ignore_ascii_case("application/json"));
    if !is_json {
        return Err(ApiError::UnsupportedMediaType);
    }
    serde_json::from_slice::<StartCheckRequest>(body)
        .map(drop)
        .map_err(|error| ApiError::InvalidStartBody {
            detail: error.to_string(),
        })
}

/// Results of a check as Server-Sent Events.
///
/// One `probe` event per result as it is known (data: a `ProbeResult`), then `report`
/// (data: the stored `Report`) or, if the check could not finish, `failed` (data: an
/// error body). Event ids count from 0; reconnecting with `Last-Event-ID` resumes after
/// it, and a check that finished long ago still yields its `report`.
#[utoipa::path(
    get,
    path = "/api/checks/{id}/events",
    tag = "checks",
    params(("id" = String, Path, description = "The check's id, from `POST /api/checks`.")),
    responses(
        (status = 200, description = "An event stream", content_type = "text/event-stream", body = String),
        (status = 400, description = "That cannot be a check id.", body = ErrorBody),
        (status = 404, description = "No such check.", body = ErrorBody),
    )
)]
#[tracing::instrument(skip(state, headers))]
pub(crate) async fn check_events(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let id = CheckId::parse(&id)?;
    let from = headers
        .get("last-event-id")
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.trim().parse::<usize>().ok())
        .map_or(0, |last| last.saturating_add(1));
    if let Some(log) = state.checks.events(&id) {
        return Ok(event_stream(log.stream(from)));
    }
    let report = state
        .checks
        .stored_report(&id)
        .await?
        .ok_or(ApiError::CheckNotFound)?;
    // A finished check: its report, numbered as it was when the check ran.
    let index = report.probes.len();
    let replay = (from <= index).then_some((index, CheckEvent::Report(Box::new(report))));
    Ok(event_stream(stream::iter(replay)))
}

fn event_stream(events: impl Stream<Item = (usize, CheckEvent)> + Send + 'static) -> Response {
    let events = events.map(|(index, event)| {
        Ok::<_, Infallible>(
            Event::default()
                .id(index.to_string())
                .event(event.name())
                .data(event.data()),
        )
    });
    Sse::new(events)
        .keep_alive(KeepAlive::default())
        .into_response()
}

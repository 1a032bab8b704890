//! `POST /api/checks` starts a check of the requester's own address;
//! `GET /api/checks/{id}/events` streams its results;
//! `POST /api/checks/{id}/egress` takes the browser's outward results;
//! `POST /api/checks/{id}/address` takes the visitor's address in another family.

use std::{convert::Infallible, net::IpAddr};

use axum::{
    Json,
    body::Bytes,
    extract::{ConnectInfo, Path, State},
    http::{HeaderMap, HeaderValue, StatusCode, Uri, header},
    response::{
        IntoResponse, Response,
        sse::{Event, KeepAlive, Sse},
    },
};
use futures_util::{Stream, StreamExt, stream};
use ringcheck_shared::{
    api::{ErrorBody, ErrorCode, events},
    check::{CheckId, CheckStarted, mask_address},
    egress::EgressSubmission,
    family::AddressFamily,
    report::Report,
    routes::ApiPath,
};
use ringcheck_words::{Locale, Speaker, Words};
use serde::Deserialize;
use utoipa::ToSchema;

use crate::{
    http::{error::ApiError, extract::Api, language, serve::PeerAddr, state::AppState},
    origin::parse_origin,
    service::{AddressTaken, CheckEvent, log_label},
};

/// The only body `POST /api/checks` accepts besides none: `{}`.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StartCheckRequest {}

/// Start a check of the address this request comes from.
#[utoipa::path(
    post,
    path = ApiPath::Checks.route(),
    tag = "checks",
    request_body(
        content = Option<StartCheckRequest>,
        content_type = "application/json",
        description = "Nothing, or `{}`. The address to probe is never taken from the request."
    ),
    responses(
        (status = 202, description = "The check is running; follow `events_url`.", body = CheckStarted),
        (status = 400, description = "The body was not empty or `{}`.", body = ErrorBody),
        (status = 403, description = "`target_not_public`: the request came from a non-public address (VPN, proxy, same machine); `cross_site`: another site's page (an `Origin` not this site's), or no origin and no `Content-Type: application/json`.", body = ErrorBody),
        (status = 413, description = "The body is too large.", body = ErrorBody),
        (status = 415, description = "A body that is not JSON.", body = ErrorBody),
        (status = 421, description = "`wrong_host`: a local-mode server asked by another name.", body = ErrorBody),
        (status = 429, description = "`check_in_progress`, `rate_limited` (this address or its network started too many lately, or its network stored as many reports in the last day as it may) or `network_busy` (its network runs as many as it may).", body = ErrorBody,
            headers(("Retry-After" = u64, description = "Seconds to wait"))),
        (status = 503, description = "`server_busy`: the server runs or starts as many checks as it may, or cannot reach its report database; `storage_full`: its disk is nearly full, or the reports take as much room in PostgreSQL as they may.", body = ErrorBody,
            headers(("Retry-After" = u64, description = "Seconds to wait"))),
    )
)]
#[tracing::instrument(skip_all)]
pub(crate) async fn start_check(
    State(state): State<AppState>,
    ConnectInfo(PeerAddr(peer)): ConnectInfo<PeerAddr>,
    uri: Uri,
    headers: HeaderMap,
    Api(body): Api<Bytes>,
) -> Result<(StatusCode, Json<CheckStarted>), ApiError> {
    let started = start(&state, peer.ip(), &headers, &body).await;
    match &started {
        Ok(_) => state.metrics.check_started(),
        Err(refusal) => state
            .metrics
            .check_refused(refusal.status_and_code().1.as_str()),
    }
    let (target, mut started) = started?;
    tracing::info!(
        check = %log_label(started.id.as_str()),
        target = %mask_address(target),
        "check started"
    );
    // Why a port is not tested, in the language the page asks for.
    let locale = language::of_api_request(&uri, &headers);
    language::word_plan(&mut started.egress.targets, locale);
    language::word_entry_names(&mut started.entries, locale);
    Ok((StatusCode::ACCEPTED, Json(started)))
}

async fn start(
    state: &AppState,
    peer: IpAddr,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<(IpAddr, CheckStarted), ApiError> {
    check_start_body(headers, body)?;
    check_same_site(state, headers)?;
    let target = state.client_ip.client_address(peer, headers)?;
    // The page's own calls at another family's host must come from the same page.
    let page = origin_of(headers).map(ToOwned::to_owned);
    Ok((target, state.checks.start(target, page).await?))
}

/// The request's `Origin`, as the browser wrote it.
fn origin_of(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::ORIGIN)
        .and_then(|value| value.to_str().ok())
}

fn check_start_body(headers: &HeaderMap, body: &[u8]) -> Result<(), ApiError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(());
    }
    if !is_json(headers) {
        return Err(ApiError::UnsupportedMediaType);
    }
    serde_json::from_slice::<StartCheckRequest>(body)
        .map(drop)
        .map_err(|error| ApiError::InvalidStartBody {
            detail: error.to_string(),
        })
}

/// Whether the request says its body is JSON, which no page of another site can send
/// without a CORS preflight (that this server never grants).
fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .is_some_and(|mime| mime.trim().eq_ignore_ascii_case("application/json"))
}

/// Refuses a start another site's page could have sent for its visitor (a form, a
/// `no-cors` fetch, or a page whose name was pointed at this server), which would spend
/// the visitor's allowance and probe their home. A browser names the page's origin on
/// every POST: it must be this site's (its `--public-url` when set) or one allowed to
/// embed it. Without an origin (a program), the body must be declared JSON, which no
/// page could send elsewhere without a CORS preflight, never granted.
fn check_same_site(state: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    if let Some(origin) = headers.get(header::ORIGIN) {
        let origin = origin
            .to_str()
            .ok()
            .and_then(|value| parse_origin(value).ok());
        return match origin {
            Some(origin) if state.embed.is_own_or_allowed(&origin, headers) => Ok(()),
            _ => Err(ApiError::CrossSiteStart),
        };
    }
    let fetch_site = headers
        .get("sec-fetch-site")
        .and_then(|value| value.to_str().ok());
    if is_json(headers) || fetch_site == Some("same-origin") {
        Ok(())
    } else {
        Err(ApiError::CrossSiteStart)
    }
}

/// Results of a check as Server-Sent Events.
///
/// One `probe` event per result as it is known (data: a `ProbeResult`), then `report`
/// (data: the stored `Report`) or, if the check could not finish, `failed` (data: an
/// error body). Event ids count from 0; reconnecting with `Last-Event-ID` resumes after
/// it, and a check that finished long ago still yields its `report`.
#[utoipa::path(
    get,
    path = ApiPath::CheckEvents.route(),
    tag = "checks",
    params(("id" = String, Path, description = "The check's id, from `POST /api/checks`.")),
    responses(
        (status = 200, description = "An event stream", content_type = "text/event-stream", body = String),
        (status = 400, description = "That cannot be a check id.", body = ErrorBody),
        (status = 404, description = "No such check.", body = ErrorBody),
        (status = 429, description = "`rate_limited`: for a check this server does not run, this address looked up many reports lately.", body = ErrorBody,
            headers(("Retry-After" = u64, description = "Seconds to wait"))),
    )
)]
#[tracing::instrument(skip_all)]
pub(crate) async fn check_events(
    State(state): State<AppState>,
    ConnectInfo(PeerAddr(peer)): ConnectInfo<PeerAddr>,
    Api(Path(id)): Api<Path<String>>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let id = CheckId::parse(&id)?;
    // An event stream cannot set headers: the app asks for its page's language by `?lang=`.
    let locale = language::of_api_request(&uri, &headers);
    let from = headers
        .get("last-event-id")
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.trim().parse::<usize>().ok())
        .map_or(0, |last| last.saturating_add(1));
    if let Some(log) = state.checks.events(&id) {
        return Ok(live_stream(log.stream(from), state, headers, (id, locale)));
    }
    // From here on the database is read: a lookup like a share link's.
    super::reports::admit_lookup(&state, peer.ip(), &headers)?;
    // Run by another server sharing the database.
    if let Some(log) = state.checks.shared_events(&id).await? {
        return Ok(live_stream(log.stream(from), state, headers, (id, locale)));
    }
    let report = state
        .checks
        .stored_report(&id)
        .await?
        .ok_or(ApiError::CheckNotFound)?;
    // A finished check: its report, numbered as it was when the check ran.
    let index = report.probes.len();
    let replay =
        (from <= index).then(|| (index, SseEvent::report(report, &state, &headers, locale)));
    Ok(event_stream(stream::iter(replay)))
}

/// A running check's events as they come. The final report is read from the store,
/// which also has the browser's results if they came first, and judged for this
/// request's address: whoever subscribes, whenever, wherever, reads the same report.
fn live_stream(
    events: impl Stream<Item = (usize, CheckEvent)> + Send + 'static,
    state: AppState,
    headers: HeaderMap,
    (id, locale): (CheckId, Locale),
) -> Response {
    let events = events.then(move |(index, event)| {
        let (state, headers, id) = (state.clone(), headers.clone(), id.clone());
        async move {
            let event = match event {
                CheckEvent::Probe(result) => SseEvent::json(events::PROBE, &result),
                CheckEvent::Report => {
                    stored_report_event(&state, &headers, &id, Words::get().speak(locale)).await
                }
                CheckEvent::Failed(failure) => SseEvent::failed(
                    Words::get()
                        .speak(locale)
                        .text(&format!("check-failed-{}", failure.slug())),
                ),
            };
            (index, event)
        }
    });
    event_stream(events)
}

/// The `report` event of a check that just stored its report.
async fn stored_report_event(
    state: &AppState,
    headers: &HeaderMap,
    id: &CheckId,
    words: Speaker<'_>,
) -> SseEvent {
    match state.checks.stored_report(id).await {
        Ok(Some(report)) => SseEvent::report(report, state, headers, words.locale()),
        // Stored moments ago: only a failing disk can lose it now.
        unreadable => {
            if let Err(error) = unreadable {
                tracing::error!(%error, check = %log_label(id.as_str()), "a stored report could not be read");
            }
            SseEvent::failed(words.with(
                "check-failed-report-unreadable",
                &[("path", ApiPath::Report.with_id(id.as_str()).as_str().into())],
            ))
        }
    }
}

/// One event of a check's stream, serialized.
struct SseEvent {
    name: &'static str,
    data: String,
}

impl SseEvent {
    fn json(name: &'static str, value: &impl serde::Serialize) -> Self {
        Self {
            name,
            data: serde_json::to_string(value).unwrap_or_default(),
        }
    }

    fn report(report: Report, state: &AppState, headers: &HeaderMap, locale: Locale) -> Self {
        Self::json(
            events::REPORT,
            &super::reports::judged(report, state, headers, locale),
        )
    }

    /// The `failed` event, with `message` in the visitor's language.
    fn failed(message: String) -> Self {
        Self::json(
            events::FAILED,
            &ErrorBody {
                error: ErrorCode::CheckFailed,
                message,
            },
        )
    }
}

/// Submit what the visitor's browser found outward (once per check).
///
/// Send one result per testable target of the check's `egress` plan, with its token,
/// within a minute of the check finishing. The results are stored with the report and
/// marked as reported by the visitor's browser; the answer is the report with them (once
/// the check has finished, so it may take until the check's deadline).
#[utoipa::path(
    post,
    path = ApiPath::CheckEgress.route(),
    tag = "checks",
    params(("id" = String, Path, description = "The check's id, from `POST /api/checks`.")),
    request_body = EgressSubmission,
    responses(
        (status = 201, description = "Stored; the report, now with them.", body = Report,
            headers(("Location" = String, description = "The report's address"))),
        (status = 400, description = "Not JSON, or that cannot be a check id.", body = ErrorBody),
        (status = 403, description = "The token is not this check's.", body = ErrorBody),
        (status = 404, description = "No such check.", body = ErrorBody),
        (status = 409, description = "This check already has browser results.", body = ErrorBody),
        (status = 410, description = "The check finished too long ago.", body = ErrorBody),
        (status = 413, description = "The body is too large.", body = ErrorBody),
        (status = 422, description = "The results do not answer the plan (unknown or missing port, bad value).", body = ErrorBody),
        (status = 429, description = "`rate_limited`: for a check this server does not run, this address looked up many reports lately.", body = ErrorBody,
            headers(("Retry-After" = u64, description = "Seconds to wait"))),
        (status = 503, description = "`report_unavailable`: stored, but the check ended without a report to show them in, or it runs on past what this request may wait (its report will be at `report_url`).", body = ErrorBody),
    )
)]
#[tracing::instrument(skip_all)]
pub(crate) async fn submit_egress(
    State(state): State<AppState>,
    ConnectInfo(PeerAddr(peer)): ConnectInfo<PeerAddr>,
    Api(Path(id)): Api<Path<String>>,
    uri: Uri,
    headers: HeaderMap,
    Api(Json(submission)): Api<Json<EgressSubmission>>,
) -> Result<Response, ApiError> {
    let id = CheckId::parse(&id)?;
    let locale = language::of_api_request(&uri, &headers);
    // A check this server does not run is looked for in the database: a lookup like a
    // share link's.
    if !state.checks.runs_here(&id) {
        super::reports::admit_lookup(&state, peer.ip(), &headers)?;
    }
    let report = state.checks.submit_egress(&id, submission).await?;
    tracing::info!(check = %log_label(id.as_str()), "browser results stored");
    let report_url = ApiPath::Report.with_id(id.as_str());
    let report = super::reports::judged(report, &state, &headers, locale);
    let mut response = (StatusCode::CREATED, Json(report)).into_response();
    if let Ok(location) = HeaderValue::from_str(&report_url) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    Ok(response)
}

/// The body of `POST /api/checks/{id}/address`: the check's egress token.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AddressRequest {
    pub token: String,
}

/// The answer: the family of the address the request came from, and whether it is
/// probed now (or was already, for this check).
#[derive(serde::Serialize, ToSchema)]
pub struct AddressAnswer {
    pub family: AddressFamily,
    pub probing: bool,
}

/// Take the address this request comes from as the visitor's in its family.
///
/// The page calls it at each address family's host the server names (`egress.families`
/// of the check's plan), so a dual-stack home's other address is probed back too. The
/// address is the request's own, never a field; the token ties it to the check, and the
/// request's `Origin` must be that of the page that started it (none for a program),
/// so another site cannot add its visitors' addresses to a check of its own. The body is
/// `{"token": "…"}` with any content type (the page, at another family's host, sends it
/// as `text/plain`, which needs no preflight); the answer lets that origin read it.
#[utoipa::path(
    post,
    path = ApiPath::CheckAddress.route(),
    tag = "checks",
    params(("id" = String, Path, description = "The check's id, from `POST /api/checks`.")),
    request_body(content = AddressRequest, description = "The check's egress token."),
    responses(
        (status = 200, description = "Taken: the family, and whether it is probed now.", body = AddressAnswer),
        (status = 400, description = "No token in the body, or that cannot be a check id.", body = ErrorBody),
        (status = 403, description = "`wrong_token`; `cross_site`: not from the page that started the check; `target_not_public`: the request's address may not be probed.", body = ErrorBody),
        (status = 404, description = "No such check running on this server, or it tests no families apart.", body = ErrorBody),
        (status = 410, description = "The check is too far along to add an address.", body = ErrorBody),
        (status = 429, description = "This address, or its network, checks as much as it may.", body = ErrorBody),
        (status = 503, description = "The server runs as many checks as it may.", body = ErrorBody),
    )
)]
#[tracing::instrument(skip_all)]
pub(crate) async fn add_address(
    State(state): State<AppState>,
    ConnectInfo(PeerAddr(peer)): ConnectInfo<PeerAddr>,
    Api(Path(id)): Api<Path<String>>,
    headers: HeaderMap,
    Api(body): Api<Bytes>,
) -> Response {
    let taken = take_address(&state, peer.ip(), &headers, &id, &body);
    let mut response = taken.map(Json).into_response();
    // The calling page may read the answer, a refusal included (it says nothing the
    // page does not know); only the page that started the check is ever taken.
    if let Some(origin) = origin_of(&headers).and_then(|o| HeaderValue::from_str(o).ok()) {
        let headers = response.headers_mut();
        headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        headers.insert(header::VARY, HeaderValue::from_static("Origin"));
    }
    response
}

fn take_address(
    state: &AppState,
    peer: IpAddr,
    headers: &HeaderMap,
    id: &str,
    body: &[u8],
) -> Result<AddressAnswer, ApiError> {
    let id = CheckId::parse(id)?;
    let request: AddressRequest =
        serde_json::from_slice(body).map_err(|error| ApiError::InvalidAddressBody {
            detail: error.to_string(),
        })?;
    let address = state.client_ip.client_address(peer, headers)?;
    let taken = state
        .checks
        .add_address(&id, &request.token, origin_of(headers), address)?;
    Ok(match taken {
        AddressTaken::Probing(family) => AddressAnswer {
            family,
            probing: true,
        },
        AddressTaken::AlreadyProbed(family) => AddressAnswer {
            family,
            probing: false,
        },
    })
}

fn event_stream(events: impl Stream<Item = (usize, SseEvent)> + Send + 'static) -> Response {
    let events = events.map(|(index, event)| {
        Ok::<_, Infallible>(
            Event::default()
                .id(index.to_string())
                .event(event.name)
                .data(event.data),
        )
    });
    Sse::new(events)
        .keep_alive(KeepAlive::default())
        .into_response()
}

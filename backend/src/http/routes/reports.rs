//! `GET /api/reports/{id}`: a finished check, for share links; and its upload test's
//! chart.

use std::net::{IpAddr, SocketAddr};

use axum::{
    Json,
    extract::{ConnectInfo, Path, Query, State},
    http::{HeaderMap, HeaderName, HeaderValue, Uri, header},
    response::IntoResponse,
};
use ringcheck_shared::{
    api::ErrorBody,
    catalog::catalog,
    check::CheckId,
    report::{Report, ReportView},
    routes::{ApiPath, ClientRoute},
};

use ringcheck_words::{Locale, Words};
use serde::Deserialize;

use crate::http::{
    error::ApiError,
    extract::Api,
    language,
    pages::{
        judged::judged_html,
        upload_chart::{ChartWidth, upload_chart},
    },
    serve::PeerAddr,
    state::AppState,
};

/// A report as the API sends it: judged by this server's catalogue, its texts linking to
/// the report on this server as the request addresses it, and with its plan (rebuilt
/// from the results for a report from before plans were stored), whose reasons are
/// worded in the reader's language.
pub(crate) fn judged(
    mut report: Report,
    state: &AppState,
    headers: &HeaderMap,
    locale: Locale,
) -> Report {
    if report.plan.is_none() {
        report.plan = Some(report.plan(catalog()).into_owned());
    }
    let path = ClientRoute::report_path(report.id.as_str());
    let link = match state.embed.site_origin(headers) {
        Some(origin) => format!("{origin}{path}"),
        None => path,
    };
    // Judged with the catalogue worded in the reader's language, and put in their words.
    let speaker = ringcheck_words::Words::get().speak(locale);
    let judgement = ringcheck_words::judgement::judged(
        &speaker,
        &report,
        language::catalogue_in(locale),
        &link,
    );
    report.judgement = Some(judgement);
    if let Some(plan) = &mut report.plan {
        language::word_plan(&mut plan.egress, locale);
        language::word_entry_names(&mut plan.entries, locale);
    }
    report
}

/// Counts a read of a stored report against the asking household's rate (the
/// visitor's address as `client_ip` reads it: a peer that went around the proxies is
/// refused, as for a check), so nobody reads the database flat out.
pub(crate) fn admit_lookup(
    state: &AppState,
    peer: IpAddr,
    headers: &HeaderMap,
) -> Result<(), ApiError> {
    let address = state.client_ip.client_address(peer, headers)?;
    Ok(state.lookups.admit(address)?)
}

/// A stored report, with the visitor's address masked, and what it means.
#[utoipa::path(
    get,
    path = ApiPath::Report.route(),
    tag = "reports",
    params(("id" = String, Path, description = "The check's id (22 URL-safe characters).")),
    responses(
        (status = 200, description = "The report", body = Report),
        (status = 400, description = "That cannot be a report id.", body = ErrorBody),
        (status = 404, description = "No such report, or it has expired.", body = ErrorBody),
        (status = 429, description = "`rate_limited`: this address looked up many reports lately.", body = ErrorBody,
            headers(("Retry-After" = u64, description = "Seconds to wait"))),
    )
)]
#[tracing::instrument(skip_all)]
pub(crate) async fn get_report(
    State(state): State<AppState>,
    ConnectInfo(PeerAddr(peer)): ConnectInfo<PeerAddr>,
    Api(Path(id)): Api<Path<String>>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<impl IntoResponse, ApiError> {
    let report = stored(&state, peer, &id, &headers).await?;
    let locale = language::of_api_request(&uri, &headers);
    Ok((
        ask_again_in_the_reader_s_language(),
        Json(judged(report, &state, &headers, locale)),
    ))
}

/// Stored report `id`, read for `peer` within its household's rate of lookups.
async fn stored(
    state: &AppState,
    peer: SocketAddr,
    id: &str,
    headers: &HeaderMap,
) -> Result<Report, ApiError> {
    let id = CheckId::parse(id)?;
    admit_lookup(state, peer.ip(), headers)?;
    state
        .checks
        .stored_report(&id)
        .await?
        .ok_or(ApiError::ReportNotFound)
}

/// What is read from a report is asked for again each time (the browser's results, and
/// an upload test's figures, may be added after the probes' report is written) and is
/// said in the reader's language.
fn ask_again_in_the_reader_s_language() -> [(HeaderName, HeaderValue); 2] {
    [
        (
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-cache"),
        ),
        (header::VARY, HeaderValue::from_static("Accept-Language")),
    ]
}

/// A stored report's judgement as HTML in the reader's language, for the app to show as
/// it is: the verdicts with their paths and the families' section, and what to do.
#[utoipa::path(
    get,
    path = ApiPath::ReportView.route(),
    tag = "reports",
    params(
        ("id" = String, Path, description = "The check's id (22 URL-safe characters)."),
        ("lang" = Option<String>, Query, description = "The language (else the browser's)."),
    ),
    responses(
        (status = 200, description = "The judgement as HTML", body = ReportView),
        (status = 400, description = "That cannot be a report id.", body = ErrorBody),
        (status = 404, description = "No such report, or it has expired.", body = ErrorBody),
        (status = 429, description = "`rate_limited`: this address looked up many reports lately.", body = ErrorBody,
            headers(("Retry-After" = u64, description = "Seconds to wait"))),
    )
)]
#[tracing::instrument(skip_all)]
pub(crate) async fn get_report_view(
    State(state): State<AppState>,
    ConnectInfo(PeerAddr(peer)): ConnectInfo<PeerAddr>,
    Api(Path(id)): Api<Path<String>>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<impl IntoResponse, ApiError> {
    let report = stored(&state, peer, &id, &headers).await?;
    let locale = language::of_api_request(&uri, &headers);
    let report = judged(report, &state, &headers, locale);
    let judgement = report
        .judgement
        .as_ref()
        .ok_or_else(|| ApiError::Internal("a judged report has no judgement".to_owned()))?;
    let html = judged_html(&report, judgement, &Words::get().speak(locale));
    Ok((
        ask_again_in_the_reader_s_language(),
        Json(ReportView {
            summary: html.summary,
            fix: html.fix,
            upload: html.upload,
        }),
    ))
}

/// The chart of a stored report's video upload test, drawn as an SVG image with its
/// labels in the reader's language: what the server received each quarter second against
/// the rate needed, and the round trips idle and busy.
#[utoipa::path(
    get,
    path = ApiPath::ReportUploadChart.route(),
    tag = "reports",
    params(
        ("id" = String, Path, description = "The check's id (22 URL-safe characters)."),
        ("lang" = Option<String>, Query, description = "The labels' language (else the browser's)."),
        ("width" = Option<String>, Query, description = "`narrow`: drawn for a phone, 340 wide instead of 640."),
    ),
    responses(
        (status = 200, description = "The chart", content_type = "image/svg+xml", body = String),
        (status = 400, description = "That cannot be a report id.", body = ErrorBody),
        (status = 404, description = "`report_not_found`: no such report, it has expired, or it has no upload test.", body = ErrorBody),
        (status = 429, description = "`rate_limited`: this address looked up many reports lately.", body = ErrorBody,
            headers(("Retry-After" = u64, description = "Seconds to wait"))),
    )
)]
#[tracing::instrument(skip_all)]
pub(crate) async fn get_upload_chart(
    State(state): State<AppState>,
    ConnectInfo(PeerAddr(peer)): ConnectInfo<PeerAddr>,
    Api(Path(id)): Api<Path<String>>,
    Api(Query(query)): Api<Query<ChartQuery>>,
    uri: Uri,
    headers: HeaderMap,
) -> Result<impl IntoResponse, ApiError> {
    let figures = stored(&state, peer, &id, &headers)
        .await?
        .upload
        .ok_or(ApiError::ReportNotFound)?;
    let locale = language::of_api_request(&uri, &headers);
    let width = ChartWidth::parse(query.width.as_deref());
    let svg = upload_chart(&figures, &Words::get().speak(locale), width);
    Ok((
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("image/svg+xml"),
        )],
        ask_again_in_the_reader_s_language(),
        svg,
    ))
}

#[derive(Deserialize)]
pub struct ChartQuery {
    /// `narrow`: drawn for a phone.
    width: Option<String>,
}

//! The handlers, one module per resource, and the two routers they make: the JSON API
//! (every path under `/api`, from the shared [`ApiPath`]s, and `/oembed`, whose clients
//! are programs too) and the site (pages, the app's files, embedding, the beacon and the
//! health check).

mod app;
pub mod beacon;
mod catalog;
mod checks;
mod embed;
mod health;
mod oembed;
mod openapi;
mod reports;
pub mod uploads;

use axum::{
    Router,
    extract::DefaultBodyLimit,
    http::{Method, Uri},
    routing::{any, get, post},
};
use ringcheck_shared::routes::{
    ApiPath,
    server::{HEALTH, OEMBED},
};

use super::{error::ApiError, state::AppState};

/// An address request is a token in JSON: a few dozen bytes.
const MAX_ADDRESS_BODY_BYTES: usize = 256;

/// Every `/api` path, and `/oembed`. Their refusals are all JSON: extractors answer through
/// [`super::extract::Api`], a wrong method and an unknown path through the handlers below.
/// The browser's results may be `egress_body_limit` bytes (the size of a complete
/// submission of this server's plans, and no more).
pub fn api(egress_body_limit: usize) -> Router<AppState> {
    let egress_body_limit = DefaultBodyLimit::max(egress_body_limit);
    Router::new()
        .route(ApiPath::Catalog.route(), get(catalog::get_catalog))
        .route(ApiPath::Checks.route(), post(checks::start_check))
        .route(ApiPath::CheckEvents.route(), get(checks::check_events))
        .route(
            ApiPath::CheckEgress.route(),
            post(checks::submit_egress).layer(egress_body_limit),
        )
        .route(
            ApiPath::CheckAddress.route(),
            post(checks::add_address).layer(DefaultBodyLimit::max(MAX_ADDRESS_BODY_BYTES)),
        )
        .route(ApiPath::Report.route(), get(reports::get_report))
        .route(ApiPath::ReportView.route(), get(reports::get_report_view))
        .route(
            ApiPath::ReportUploadChart.route(),
            get(reports::get_upload_chart),
        )
        .route(ApiPath::Uploads.route(), get(uploads::start_upload))
        .route(ApiPath::UploadStream.route(), get(uploads::upload_stream))
        .route(ApiPath::OpenApi.route(), get(openapi::openapi_json))
        .route(OEMBED, get(oembed::oembed))
        // For the routes above only; axum keeps their `Allow` header.
        .method_not_allowed_fallback(method_not_allowed)
        .route(ApiPath::PREFIX, any(unknown_endpoint))
        .route(&format!("{}/", ApiPath::PREFIX), any(unknown_endpoint))
        .route(
            &format!("{}/{{*rest}}", ApiPath::PREFIX),
            any(unknown_endpoint),
        )
}

/// Everything else: the health check, the beacon, embedding and the app, which answers
/// every path nothing else claims.
pub fn site(state: AppState) -> Router<AppState> {
    health()
        .merge(beacon::router())
        .merge(embed::router())
        .merge(app::router(state))
}

/// `GET /healthz` alone, as the metrics listener serves it too.
pub fn health() -> Router<AppState> {
    Router::new().route(HEALTH, get(health::health))
}

/// A known path asked with a method it does not take (JSON, for API clients).
async fn method_not_allowed(method: Method) -> ApiError {
    ApiError::MethodNotAllowed { method }
}

async fn unknown_endpoint(uri: Uri) -> ApiError {
    ApiError::UnknownEndpoint {
        path: uri.path().to_owned(),
    }
}

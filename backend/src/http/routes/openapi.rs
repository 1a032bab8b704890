//! `GET /api/openapi.json`: the API described as OpenAPI 3, generated from the handlers.

use axum::Json;
use ringcheck_shared::routes::ApiPath;
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Ring Check API",
        description = "Checks whether a home network lets Ring devices reach Ring's services. \
                       Errors are always `{ \"error\": code, \"message\": text }`."
    ),
    paths(
        super::catalog::get_catalog,
        super::checks::start_check,
        super::checks::check_events,
        super::checks::submit_egress,
        super::checks::add_address,
        super::reports::get_report,
        super::reports::get_report_view,
        super::reports::get_upload_chart,
        super::uploads::start_upload,
        super::uploads::upload_stream,
        super::health::health,
        openapi_json,
    )
)]
pub struct ApiDoc;

/// This document.
#[utoipa::path(get, path = ApiPath::OpenApi.route(), tag = "meta",
    responses((status = 200, description = "OpenAPI 3 document", body = Object)))]
pub(crate) async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

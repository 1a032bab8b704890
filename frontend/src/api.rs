//! The JSON API: one request helper, one line per call.

use gloo_net::http::{Request, RequestBuilder};
use ringcheck_shared::{api::ErrorBody, check::CheckStarted, egress::EgressSubmission};
use serde::de::DeserializeOwned;

use crate::{error::UiError, report::LoadedReport};

pub async fn start_check() -> Result<CheckStarted, UiError> {
    parse(&send(Request::post("/api/checks")).await?)
}

pub async fn report(id: &str) -> Result<LoadedReport, UiError> {
    report_at(&format!("/api/reports/{id}")).await
}

async fn report_at(url: &str) -> Result<LoadedReport, UiError> {
    let json = send(Request::get(url)).await?;
    LoadedReport::parse(json).map_err(|_| UiError::unexpected())
}

/// Stores the browser's results with the check; returns the report (at `report_url`)
/// that now has them, or `None` if they were stored but it could not be read back.
pub async fn submit_egress(
    url: &str,
    submission: &EgressSubmission,
    report_url: &str,
) -> Result<Option<LoadedReport>, UiError> {
    let request = Request::post(url)
        .header("Content-Type", "application/json")
        .body(submission.to_json())
        .map_err(|_| UiError::unexpected())?;
    send_request(request).await?;
    Ok(report_at(report_url).await.ok())
}

fn parse<T: DeserializeOwned>(json: &str) -> Result<T, UiError> {
    serde_json::from_str(json).map_err(|_| UiError::unexpected())
}

/// Sends `request` and returns the body of a successful answer; any failure becomes what
/// the customer should read.
async fn send(request: RequestBuilder) -> Result<String, UiError> {
    let request = request.build().map_err(|_| UiError::unexpected())?;
    send_request(request).await
}

async fn send_request(request: gloo_net::http::Request) -> Result<String, UiError> {
    let response = request.send().await.map_err(|_| UiError::offline())?;
    let body = response.text().await.map_err(|_| UiError::offline())?;
    if response.ok() {
        return Ok(body);
    }
    let error = serde_json::from_str::<ErrorBody>(&body).ok();
    Err(UiError::from_api(response.status(), error))
}

//! The JSON API: one request helper, one line per call. Each call asks for the page's
//! language, so a refusal reads in it.

use gloo_net::http::{Request, RequestBuilder};
use std::rc::Rc;

use futures_util::future::join;
use ringcheck_shared::{
    api::ErrorBody, check::CheckStarted, egress::EgressSubmission, report::ReportView,
    routes::ApiPath,
};
use serde::de::DeserializeOwned;

use crate::{browser, error::UiError, json, report::LoadedReport};

pub async fn start_check() -> Result<CheckStarted, UiError> {
    // JSON, as the server asks of any start that is not plainly from its own page.
    let request = Request::post(ApiPath::Checks.route())
        .header("Content-Type", "application/json")
        .header("Accept-Language", &browser::page_language())
        .body("{}")
        .map_err(|_| UiError::unexpected())?;
    parse(&send_request(request).await?)
}

/// A stored report with its judgement's HTML, read side by side.
pub async fn report(id: &str) -> Result<LoadedReport, UiError> {
    let request = Request::get(&ApiPath::Report.with_id(id))
        .header("Accept-Language", &browser::page_language());
    let (json, view) = join(send(request), view(id)).await;
    let mut loaded = LoadedReport::parse(json?).ok_or_else(UiError::unexpected)?;
    loaded.view = view.ok().map(Rc::new);
    Ok(loaded)
}

/// `loaded` with its judgement's HTML, when it can be read.
pub async fn with_view(mut loaded: LoadedReport) -> LoadedReport {
    loaded.view = view(loaded.report.id.as_str()).await.ok().map(Rc::new);
    loaded
}

/// The judgement of report `id` as the server writes it in HTML, in the page's language;
/// asked twice before giving up, as the verdicts are the page's point.
async fn view(id: &str) -> Result<ReportView, UiError> {
    let ask = || async {
        let request = Request::get(&ApiPath::ReportView.with_id(id))
            .header("Accept-Language", &browser::page_language());
        parse(&send(request).await?)
    };
    match ask().await {
        Ok(view) => Ok(view),
        Err(_) => ask().await,
    }
}

/// Stores the browser's results with the check; the answer is the report with them.
pub async fn submit_egress(
    url: &str,
    submission: &EgressSubmission,
) -> Result<LoadedReport, UiError> {
    let request = Request::post(url)
        .header("Content-Type", "application/json")
        .header("Accept-Language", &browser::page_language())
        .body(submission.to_json())
        .map_err(|_| UiError::unexpected())?;
    let json = send_request(request).await?;
    LoadedReport::parse(json).ok_or_else(UiError::unexpected)
}

/// Shows the server, at `url` (the check's address endpoint at another family's host),
/// the visitor's address in that family; whether it answered at all (a refusal too: the
/// host is reached). Plain text, so the other origin needs no CORS preflight.
pub async fn tell_address(url: &str, token: &str) -> bool {
    let Ok(request) = Request::post(url)
        .header("Content-Type", "text/plain")
        .body(format!("{{\"token\":\"{token}\"}}"))
    else {
        return false;
    };
    request.send().await.is_ok()
}

fn parse<T: DeserializeOwned>(text: &str) -> Result<T, UiError> {
    json::from_str(text).ok_or_else(UiError::unexpected)
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
    let error = json::from_str::<ErrorBody>(&body);
    Err(UiError::from_api(response.status(), error))
}

//! One TCP port by `fetch`: our beacon echoes the check's token, so an answer without it
//! came from something else on the way (a proxy or a sign-in page).

use gloo_net::http::Request;
use ringcheck_shared::egress::EgressState;
use web_sys::{AbortController, RequestCache, RequestCredentials, RequestMode};

use super::within;

/// The state of the port behind `url`, and the round trip when it was reached.
pub async fn test(url: &str, token: &str, timeout_ms: u32) -> (EgressState, Option<u32>) {
    let Ok(controller) = AbortController::new() else {
        return (EgressState::NotTested, None);
    };
    let started = js_sys::Date::now();
    let request = Request::get(url)
        .mode(RequestMode::Cors)
        .cache(RequestCache::NoStore)
        .credentials(RequestCredentials::Omit)
        .abort_signal(Some(&controller.signal()));
    let answer = within(timeout_ms, async {
        let response = request.send().await.ok()?;
        let elapsed = (js_sys::Date::now() - started) as u32;
        let body = response.text().await.unwrap_or_default();
        Some((response.status() == 200 && body == token, elapsed))
    })
    .await;
    match answer {
        None => {
            // Stop the request, or the browser keeps the socket waiting.
            controller.abort();
            (EgressState::NoAnswer, None)
        }
        // Refused, reset or given up on the way (Chromium fails a silent connect after
        // about a second), or an answer the page may not read (no CORS headers).
        Some(None) => (EgressState::Failed, None),
        Some(Some((true, elapsed))) => (EgressState::Reached, Some(elapsed)),
        Some(Some((false, _))) => (EgressState::Intercepted, None),
    }
}

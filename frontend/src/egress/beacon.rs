//! One TCP port by `fetch`: our beacon echoes the check's token, so an answer without it
//! came from something else on the way (a proxy, filter or sign-in page).
//!
//! A CORS fetch fails the same way when nothing answers and when something answers
//! without our CORS header (a captive or filtering page). A second, `no-cors` fetch tells
//! them apart: it gets an opaque answer from anything that answers HTTP, and an error
//! only when the connection itself fails.

use gloo_net::http::{Request, Response};
use ringcheck_shared::egress::EgressState;
use web_sys::{AbortController, AbortSignal, RequestCache, RequestCredentials, RequestMode};

use super::within;

/// The state of the port behind `url`, and the round trip when it was reached.
pub async fn test(url: &str, token: &str, timeout_ms: u32) -> (EgressState, Option<u32>) {
    let Ok(controller) = AbortController::new() else {
        return (EgressState::NotTested, None);
    };
    let signal = controller.signal();
    let answer = within(timeout_ms, async {
        let started = js_sys::Date::now();
        if let Some(reached) = read_token(url, token, &signal).await {
            return if reached {
                Ok((js_sys::Date::now() - started) as u32)
            } else {
                Err(EgressState::Intercepted)
            };
        }
        if fetch(url, RequestMode::NoCors, &signal).await.is_none() {
            // Refused, reset or given up on the way (Chromium fails a silent connect
            // after about a second).
            return Err(EgressState::Failed);
        }
        // Something answered. Ours answers with CORS, so ask once more before calling
        // it an interception: the first request may just have been lost.
        let again = js_sys::Date::now();
        match read_token(url, token, &signal).await {
            Some(true) => Ok((js_sys::Date::now() - again) as u32),
            _ => Err(EgressState::Intercepted),
        }
    })
    .await;
    match answer {
        None => {
            // Stop the request, or the browser keeps the socket waiting.
            controller.abort();
            (EgressState::NoAnswer, None)
        }
        Some(Ok(elapsed)) => (EgressState::Reached, Some(elapsed)),
        Some(Err(state)) => (state, None),
    }
}

/// Whether a readable answer carried the token; `None` when there was no readable answer.
async fn read_token(url: &str, token: &str, signal: &AbortSignal) -> Option<bool> {
    let response = fetch(url, RequestMode::Cors, signal).await?;
    let body = response.text().await.unwrap_or_default();
    Some(response.status() == 200 && body == token)
}

async fn fetch(url: &str, mode: RequestMode, signal: &AbortSignal) -> Option<Response> {
    Request::get(url)
        .mode(mode)
        .cache(RequestCache::NoStore)
        .credentials(RequestCredentials::Omit)
        .abort_signal(Some(signal))
        .send()
        .await
        .ok()
}

//! One TCP port by `fetch`: our beacon echoes the check's token, so an answer without it
//! came from something else on the way (a proxy, filter or sign-in page).
//!
//! A CORS fetch fails the same way when nothing answers and when something answers
//! without our CORS header (a captive or filtering page). A second, `no-cors` fetch tells
//! them apart: it gets an opaque answer from anything that answers HTTP, and an error
//! only when the connection itself fails.

use futures_util::{StreamExt, stream::FuturesUnordered};
use gloo_net::http::{Request, Response};
use ringcheck_shared::egress::EgressState;
use web_sys::{AbortController, AbortSignal, RequestCache, RequestCredentials, RequestMode};

use super::{
    Tested,
    waits::{FamilyWaits, TCP_ATTEMPTS},
    within_wait,
};

/// The state of the port behind `url`. Attempts are sent one after another, each when
/// the one before has waited its share, and all kept open: the first to answer counts, so
/// a lost connection attempt costs a share of the wait, not a false "blocked". A failed
/// attempt (refused, reset, or given up by the browser) sends the next at once; the port
/// failed only when every attempt did, or nothing else came.
pub async fn test(url: &str, token: &str, waits: FamilyWaits<'_>) -> Tested {
    let Ok(controller) = AbortController::new() else {
        return Tested::Not;
    };
    let signal = controller.signal();
    // Whatever ends the test, the requests still open are stopped, or the browser keeps
    // their sockets waiting.
    let _abort = AbortOnDrop(controller);
    let started = js_sys::Date::now();
    let mut attempts = FuturesUnordered::new();
    attempts.push(attempt(url, token, &signal));
    let mut sent = 1;
    let mut failed = false;
    let answer = loop {
        let more = sent < TCP_ATTEMPTS;
        // Until the next attempt is due, never past the whole wait; with all sent, the
        // whole wait.
        let due = move || {
            let total = waits.tcp_total_ms();
            if more {
                (waits.tcp_attempt_ms() * sent).min(total)
            } else {
                total
            }
        };
        let within_total = || js_sys::Date::now() - started < f64::from(waits.tcp_total_ms());
        match within_wait(started, &due, attempts.next()).await {
            Some(Some(Err(EgressState::Failed))) => {
                failed = true;
                if more && within_total() {
                    attempts.push(attempt(url, token, &signal));
                    sent += 1;
                } else if attempts.is_empty() {
                    break Some(Err(EgressState::Failed));
                }
            }
            Some(Some(answer)) => break Some(answer),
            // Every attempt ended, each a failure.
            Some(None) => break Some(Err(EgressState::Failed)),
            None if more && within_total() => {
                attempts.push(attempt(url, token, &signal));
                sent += 1;
            }
            None if failed => break Some(Err(EgressState::Failed)),
            None => break None,
        }
    };
    match answer {
        None => Tested::NoAnswer((js_sys::Date::now() - started) as u32),
        Some(Ok(elapsed)) => Tested::Reached(elapsed),
        Some(Err(state)) => Tested::Other(state),
    }
}

/// Aborts the test's requests when dropped.
struct AbortOnDrop(AbortController);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// One attempt: its round trip, or the state of a port that gave another answer.
async fn attempt(url: &str, token: &str, signal: &AbortSignal) -> Result<u32, EgressState> {
    let started = js_sys::Date::now();
    if let Some(reached) = read_token(url, token, signal).await {
        return if reached {
            Ok((js_sys::Date::now() - started) as u32)
        } else {
            Err(EgressState::Intercepted)
        };
    }
    if fetch(url, RequestMode::NoCors, signal).await.is_none() {
        // Refused, reset or given up on the way (Chromium fails a silent connect
        // after about a second).
        return Err(EgressState::Failed);
    }
    // Something answered. Ours answers with CORS, so ask once more before calling it an
    // interception: the first request may just have been lost.
    let again = js_sys::Date::now();
    match read_token(url, token, signal).await {
        Some(true) => Ok((js_sys::Date::now() - again) as u32),
        _ => Err(EgressState::Intercepted),
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

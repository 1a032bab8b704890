//! `GET /healthz`: the server is up, whether every beacon and STUN responder passed its
//! last self-check (a listener that did not is named, and visitors see its port as not
//! testable here), and with TLS whether there is a certificate to serve. Served on the
//! metrics listener too, which is plain HTTP: without a certificate no TLS port can
//! answer it.

use axum::{Json, extract::State};
use ringcheck_shared::{
    api::{Health, ListenerDown, TlsHealth},
    routes::server::HEALTH,
};

use crate::http::state::AppState;

/// The server is up; `degraded` names the test listeners that failed their self-check,
/// or says TLS has no certificate yet.
#[utoipa::path(get, path = HEALTH, tag = "meta",
    responses((status = 200, description = "Up: `ok`, or `degraded` with the listeners down or no TLS certificate yet", body = Health)))]
pub(crate) async fn health(State(state): State<AppState>) -> Json<Health> {
    let listeners_down: Vec<ListenerDown> = state
        .listener_health
        .down()
        .into_iter()
        .map(|(transport, port, reason)| ListenerDown {
            transport,
            port,
            reason,
        })
        .collect();
    let certificate = state.certificate.as_ref().map(|served| served.now());
    let tls = certificate.map(|served| match served {
        Some(_) => TlsHealth::Ok,
        None => TlsHealth::NoCertificate,
    });
    let healthy = listeners_down.is_empty() && tls != Some(TlsHealth::NoCertificate);
    Json(Health {
        status: if healthy { "ok" } else { "degraded" }.to_owned(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
        listeners_down,
        tls,
        tls_expires_at: certificate.flatten().and_then(|served| served.expires_at),
    })
}

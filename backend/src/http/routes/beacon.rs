//! The TCP beacon: `GET /beacon?token=…` answers with the token, so the page can tell
//! our answer from a proxy or captive portal that answers for any address. Served on
//! every beacon port and on the main server's port.

use axum::{
    Router,
    extract::Query,
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};
use ringcheck_shared::routes::server::BEACON;
use serde::Deserialize;

/// The token is 22 URL-safe characters; anything else is not from our page.
const TOKEN_LEN: usize = 22;

pub fn router<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new().route(BEACON, get(beacon))
}

/// The beacon alone, for the ports that serve nothing else.
pub fn standalone() -> Router {
    router().fallback(|| async {
        plain(
            StatusCode::NOT_FOUND,
            "This is a Ring Check test port. It only answers GET /beacon?token=…".to_owned(),
        )
    })
}

#[derive(Deserialize)]
struct BeaconQuery {
    token: Option<String>,
}

async fn beacon(Query(query): Query<BeaconQuery>) -> Response {
    let token = query.token.unwrap_or_default();
    let valid = token.len() == TOKEN_LEN
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if valid {
        plain(StatusCode::OK, token)
    } else {
        plain(
            StatusCode::BAD_REQUEST,
            "Send the check's token: GET /beacon?token=<22 letters, digits, - or _>".to_owned(),
        )
    }
}

/// Plain text any page may read (CORS `*`, no credentials), never cached.
fn plain(status: StatusCode, body: String) -> Response {
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

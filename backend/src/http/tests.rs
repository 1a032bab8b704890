//! The router answered without a server (`oneshot`): which handler a request reaches, and
//! how every refusal maps to its status, code and headers. The integration tests drive
//! the same router over real sockets.

use std::{
    net::{IpAddr, SocketAddr},
    num::NonZeroU32,
    sync::Arc,
    time::Duration,
};

use axum::{
    Router,
    body::Body,
    extract::ConnectInfo,
    http::{HeaderValue, Method, Request, StatusCode, header},
    middleware::from_fn_with_state,
    response::Response,
    routing::get,
};
use futures_util::stream;
use http_body_util::BodyExt;
use ringcheck_engine::ListenerHealth;
use ringcheck_shared::{
    api::{ErrorBody, ErrorCode, Health, TlsHealth},
    routes::ApiPath,
};
use tower::ServiceExt;

use super::{
    AppState, MAX_REQUEST_BODY_BYTES,
    embed::EmbedSettings,
    layers, router,
    serve::PeerAddr,
    spa::Spa,
    tls::{Certificate, ServedCertificate},
};
use crate::{
    client_ip::{ClientIp, ProxyHeader, ProxyTrust},
    service::{
        ReportLookups,
        checks::test_service,
        uploads::{UploadLimits, Uploads},
    },
};

/// The whole router over a check service of its own; `local_mode` as the flag.
struct TestRouter {
    router: Router,
    checks: Arc<crate::service::CheckService>,
    _files: Vec<tempfile::TempDir>,
}

impl TestRouter {
    fn new(local_mode: bool) -> Self {
        Self::with(local_mode, ClientIp::Peer, None)
    }

    /// The same, finding the visitor's address by `client_ip`.
    fn behind(local_mode: bool, client_ip: ClientIp) -> Self {
        Self::with(local_mode, client_ip, None)
    }

    /// With TLS serving `certificate`.
    fn serving(local_mode: bool, certificate: Option<Arc<ServedCertificate>>) -> Self {
        Self::with(local_mode, ClientIp::Peer, certificate)
    }

    fn with(
        local_mode: bool,
        client_ip: ClientIp,
        certificate: Option<Arc<ServedCertificate>>,
    ) -> Self {
        let dist = tempfile::tempdir().unwrap();
        std::fs::write(
            dist.path().join("index.html"),
            "<!doctype html><html><head></head><body></body></html>",
        )
        .unwrap();
        let (checks, data) = test_service(local_mode);
        let state = AppState {
            spa: Arc::new(Spa::load(dist.path()).unwrap()),
            metrics: checks.metrics().clone(),
            checks,
            client_ip: Arc::new(client_ip),
            loopback_only: false,
            embed: Arc::new(EmbedSettings {
                page_csp: HeaderValue::from_static("frame-ancestors *"),
                public_url: None,
                tls: false,
                allowed_origins: Vec::new(),
            }),
            listener_health: ListenerHealth::new(),
            lookups: Arc::new(ReportLookups::new(
                NonZeroU32::new(60).unwrap(),
                NonZeroU32::new(30).unwrap(),
            )),
            certificate,
            uploads: Uploads::new(UploadLimits {
                target_kbps: 2_000,
                capacity_kbps: 20_000,
                tests_in_flight: 4,
                network_tests_in_flight: 2,
                household_tests_per_hour: 12,
                household_tests_burst: 4,
                network_tests_per_hour: 60,
                network_tests_burst: 12,
            }),
            upload_sessions: Arc::default(),
        };
        Self {
            checks: state.checks.clone(),
            router: router(state, &[]),
            _files: vec![dist, data],
        }
    }

    /// `request` as if it came from `peer`.
    async fn send_from(&self, peer: IpAddr, mut request: Request<Body>) -> Response {
        request
            .extensions_mut()
            .insert(ConnectInfo(PeerAddr(SocketAddr::new(peer, 50000))));
        self.router.clone().oneshot(request).await.unwrap()
    }

    fn checks(&self) -> &crate::service::CheckService {
        &self.checks
    }

    async fn send(&self, request: Request<Body>) -> Response {
        self.send_from("127.0.0.1".parse().unwrap(), request).await
    }
}

fn request(method: Method, path: &str, body: Body) -> Request<Body> {
    Request::builder()
        .method(method)
        .uri(path)
        .body(body)
        .unwrap()
}

fn json_post(path: &str, content_type: &str, body: &'static str) -> Request<Body> {
    Request::builder()
        .method(Method::POST)
        .uri(path)
        .header(header::CONTENT_TYPE, content_type)
        .body(Body::from(body))
        .unwrap()
}

/// The error `response` carries, after checking its status and that it is our JSON.
async fn refusal(response: Response, status: StatusCode, code: ErrorCode) -> ErrorBody {
    assert_eq!(response.status(), status);
    let content_type = response.headers()[header::CONTENT_TYPE].to_str().unwrap();
    assert!(
        content_type.starts_with("application/json"),
        "{content_type}"
    );
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let body: ErrorBody = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(body.error, code, "{}", body.message);
    assert!(body.message.len() > 20, "a message that explains");
    body
}

/// `GET /healthz`, read.
async fn health(app: &TestRouter) -> Health {
    let response = app
        .send(request(Method::GET, "/healthz", Body::empty()))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    serde_json::from_slice(&bytes).unwrap()
}

#[tokio::test]
async fn health_says_whether_tls_has_a_certificate_and_until_when() {
    let plain = health(&TestRouter::new(false)).await;
    assert_eq!((plain.status.as_str(), plain.tls), ("ok", None));

    let certificate = ServedCertificate::none();
    let app = TestRouter::serving(false, Some(certificate.clone()));
    let waiting = health(&app).await;
    assert_eq!(waiting.status, "degraded", "no certificate: nobody gets in");
    assert_eq!(waiting.tls, Some(TlsHealth::NoCertificate));
    assert_eq!(waiting.tls_expires_at, None);

    certificate.set(Certificate {
        expires_at: Some(1_936_742_400),
    });
    let served = health(&app).await;
    assert_eq!(served.status, "ok");
    assert_eq!(served.tls, Some(TlsHealth::Ok));
    assert_eq!(served.tls_expires_at, Some(1_936_742_400));
}

#[tokio::test]
async fn every_api_path_the_router_declares_is_the_shared_one() {
    let app = TestRouter::new(true);
    for path in [ApiPath::Catalog, ApiPath::OpenApi] {
        let response = app
            .send(request(Method::GET, path.route(), Body::empty()))
            .await;
        assert_eq!(response.status(), StatusCode::OK, "{path:?}");
    }
    // The paths with an id reach their handlers, which check the id.
    for path in [ApiPath::CheckEvents, ApiPath::Report] {
        let response = app
            .send(request(Method::GET, &path.with_id("short"), Body::empty()))
            .await;
        refusal(response, StatusCode::BAD_REQUEST, ErrorCode::InvalidId).await;
    }
    let response = app
        .send(request(
            Method::POST,
            &ApiPath::CheckEgress.with_id("short"),
            Body::from("{}"),
        ))
        .await;
    // The body is read before the id is looked at: no JSON content type, no results.
    refusal(
        response,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        ErrorCode::UnsupportedMediaType,
    )
    .await;
}

#[tokio::test]
async fn unknown_paths_and_wrong_methods_are_json_and_keep_allow() {
    let app = TestRouter::new(true);
    for path in [
        "/api",
        "/api/",
        "/api/nope",
        "/api/reports",
        "/api/catalog/x/y",
    ] {
        let response = app.send(request(Method::GET, path, Body::empty())).await;
        let body = refusal(response, StatusCode::NOT_FOUND, ErrorCode::NotFound).await;
        assert!(body.message.contains(path), "{}", body.message);
    }
    let response = app
        .send(request(
            Method::DELETE,
            ApiPath::Checks.route(),
            Body::empty(),
        ))
        .await;
    let allow = response.headers().get(header::ALLOW).cloned();
    refusal(
        response,
        StatusCode::METHOD_NOT_ALLOWED,
        ErrorCode::MethodNotAllowed,
    )
    .await;
    assert_eq!(allow.unwrap(), "POST");
    let response = app
        .send(request(Method::POST, "/oembed", Body::empty()))
        .await;
    refusal(
        response,
        StatusCode::METHOD_NOT_ALLOWED,
        ErrorCode::MethodNotAllowed,
    )
    .await;
}

#[tokio::test]
async fn a_body_too_large_is_refused_whether_its_length_is_declared_or_not() {
    let app = TestRouter::new(true);
    let declared = Request::builder()
        .method(Method::POST)
        .uri(ApiPath::Checks.route())
        .header(header::CONTENT_LENGTH, MAX_REQUEST_BODY_BYTES + 1)
        .body(Body::from(vec![b' '; MAX_REQUEST_BODY_BYTES + 1]))
        .unwrap();
    refusal(
        app.send(declared).await,
        StatusCode::PAYLOAD_TOO_LARGE,
        ErrorCode::PayloadTooLarge,
    )
    .await;
    // Chunks with no length: refused as they are read, past the limit.
    let chunks = stream::iter((0..20).map(|_| Ok::<_, std::io::Error>(vec![b' '; 1024])));
    let streamed = request(
        Method::POST,
        ApiPath::Checks.route(),
        Body::from_stream(chunks),
    );
    refusal(
        app.send(streamed).await,
        StatusCode::PAYLOAD_TOO_LARGE,
        ErrorCode::PayloadTooLarge,
    )
    .await;
}

#[tokio::test]
async fn bodies_that_cannot_be_used_say_why() {
    let app = TestRouter::new(true);
    let checks = ApiPath::Checks.route();
    let egress = ApiPath::CheckEgress.with_id("AAAAAAAAAAAAAAAAAAAAAA");
    for (request, status, code) in [
        (
            json_post(checks, "text/plain", "{}"),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorCode::UnsupportedMediaType,
        ),
        (
            json_post(checks, "application/json", r#"{"target":"1.2.3.4"}"#),
            StatusCode::BAD_REQUEST,
            ErrorCode::InvalidBody,
        ),
        (
            json_post(&egress, "application/json", "{not json"),
            StatusCode::BAD_REQUEST,
            ErrorCode::BadRequest,
        ),
        (
            json_post(&egress, "application/json", r#"{"token":1}"#),
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::InvalidBody,
        ),
        (
            json_post(&egress, "text/plain", "{}"),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorCode::UnsupportedMediaType,
        ),
    ] {
        refusal(app.send(request).await, status, code).await;
    }
}

#[tokio::test]
async fn results_for_checks_this_server_does_not_run_count_as_lookups() {
    let app = TestRouter::new(true);
    let body = r#"{"token":"AAAAAAAAAAAAAAAAAAAAAA","results":[]}"#;
    let submit = |n: usize| {
        let id = format!("{n:0>22}");
        json_post(&ApiPath::CheckEgress.with_id(&id), "application/json", body)
    };
    // Each unknown id is looked for in the database: the burst of 30, then no more.
    for n in 0..30 {
        refusal(
            app.send(submit(n)).await,
            StatusCode::NOT_FOUND,
            ErrorCode::CheckNotFound,
        )
        .await;
    }
    let response = app.send(submit(30)).await;
    assert!(response.headers().contains_key(header::RETRY_AFTER));
    refusal(
        response,
        StatusCode::TOO_MANY_REQUESTS,
        ErrorCode::RateLimited,
    )
    .await;
    // Another household still has its own.
    let elsewhere = app
        .send_from("127.0.0.2".parse().unwrap(), submit(31))
        .await;
    refusal(elsewhere, StatusCode::NOT_FOUND, ErrorCode::CheckNotFound).await;
}

#[tokio::test]
async fn a_visitor_from_a_private_address_is_refused_by_the_service_not_probed() {
    let app = TestRouter::new(false);
    let response = app
        .send_from(
            "192.168.1.20".parse().unwrap(),
            json_post(ApiPath::Checks.route(), "application/json", "{}"),
        )
        .await;
    let body = refusal(response, StatusCode::FORBIDDEN, ErrorCode::TargetNotPublic).await;
    assert!(body.message.contains("192.168.1.20"), "{}", body.message);
}

#[tokio::test]
async fn oembed_refusals_are_json() {
    let app = TestRouter::new(true);
    for (query, status, code) in [
        (
            "format=json",
            StatusCode::BAD_REQUEST,
            ErrorCode::BadRequest,
        ),
        (
            "url=x&format=xml",
            StatusCode::NOT_IMPLEMENTED,
            ErrorCode::FormatNotSupported,
        ),
        (
            "url=x&url=y",
            StatusCode::BAD_REQUEST,
            ErrorCode::BadRequest,
        ),
    ] {
        let mut oembed = request(Method::GET, &format!("/oembed?{query}"), Body::empty());
        oembed
            .headers_mut()
            .insert(header::HOST, HeaderValue::from_static("rc.example"));
        refusal(app.send(oembed).await, status, code).await;
    }
}

#[tokio::test(start_paused = true)]
async fn a_handler_too_slow_is_answered_with_a_timeout() {
    let slow = Router::new()
        .route(
            "/slow",
            get(|| async {
                tokio::time::sleep(Duration::from_secs(60)).await;
                "late"
            }),
        )
        .layer(from_fn_with_state(
            Duration::from_secs(1),
            layers::time_limit,
        ));
    let response = slow
        .oneshot(request(Method::GET, "/slow", Body::empty()))
        .await
        .unwrap();
    refusal(response, StatusCode::REQUEST_TIMEOUT, ErrorCode::Timeout).await;
}

#[tokio::test]
async fn a_panicking_handler_still_answers_in_json() {
    let buggy = Router::new()
        .route(
            "/bug",
            get(|| async {
                if true {
                    panic!("a bug");
                }
                "never"
            }),
        )
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            layers::panic_response,
        ));
    let response = buggy
        .oneshot(request(Method::GET, "/bug", Body::empty()))
        .await
        .unwrap();
    let body = refusal(
        response,
        StatusCode::INTERNAL_SERVER_ERROR,
        ErrorCode::Internal,
    )
    .await;
    assert!(!body.message.contains("a bug"), "details stay in the log");
}

#[tokio::test]
async fn behind_counted_hops_a_public_peer_cannot_name_the_address_to_probe() {
    // Local mode, so that a forged address that were believed would be probed on
    // loopback, never elsewhere.
    let app = TestRouter::behind(
        true,
        ClientIp::Behind {
            header: ProxyHeader::XForwardedFor,
            trust: ProxyTrust::Hops(std::num::NonZeroU8::MIN),
        },
    );
    let forged = || {
        Request::builder()
            .method(Method::POST)
            .uri(ApiPath::Checks.route())
            .header(header::CONTENT_TYPE, "application/json")
            .header("x-forwarded-for", "127.0.0.9")
            .body(Body::empty())
            .unwrap()
    };
    // 11.9.9.8 is only written into the request, never contacted.
    let response = app.send_from("11.9.9.8".parse().unwrap(), forged()).await;
    let body = refusal(response, StatusCode::FORBIDDEN, ErrorCode::NotThroughProxy).await;
    assert!(body.message.contains("usual address"), "{}", body.message);
    assert_eq!(
        app.checks().admission().in_flight(),
        0,
        "nothing was started"
    );
    // Through the proxy (a private peer) the header is the visitor's address.
    let response = app.send_from("10.0.0.2".parse().unwrap(), forged()).await;
    assert_eq!(response.status(), StatusCode::ACCEPTED);
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let started: ringcheck_shared::check::CheckStarted = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(started.target, "127.0.0.9");
}

#[tokio::test]
async fn a_started_check_says_why_a_port_is_not_tested_in_the_page_s_language() {
    use ringcheck_shared::{check::CheckStarted, egress::EgressMethod};
    let app = TestRouter::new(true);
    let mut start = json_post(ApiPath::Checks.route(), "application/json", "{}");
    start
        .headers_mut()
        .insert(header::ACCEPT_LANGUAGE, HeaderValue::from_static("it"));
    let response = app.send(start).await;
    assert_eq!(response.status(), StatusCode::ACCEPTED);
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let started: CheckStarted = serde_json::from_slice(&bytes).unwrap();
    let reasons: Vec<(u16, &str)> = started
        .egress
        .targets
        .iter()
        .filter_map(|t| match &t.method {
            EgressMethod::NotTestable { reason } | EgressMethod::Unavailable { reason, .. } => {
                Some((t.port.get(), reason.as_str()))
            }
            _ => None,
        })
        .collect();
    let dns = reasons.iter().find(|(port, _)| *port == 53).unwrap().1;
    assert!(dns.starts_with("I browser si rifiutano"), "{dns}");
    assert!(
        reasons.iter().all(|(_, reason)| !reason.is_empty()),
        "every reason worded: {reasons:?}"
    );
}

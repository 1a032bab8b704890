//! The video upload test over WebSockets. `GET /api/uploads?streams=N` is its control
//! connection: the server sends the plan, measures idle round trips with WebSocket pings
//! (which the browser answers by itself), says `go`, then every 250 ms what arrived and
//! the last round trip, then every figure and what they mean; a test that cannot start
//! is told why on the connection. `GET /api/uploads/{id}/stream?token=…` is one upload
//! stream: the server counts the bytes of its binary messages. Only the figures of a
//! test kept with its visitor's report are stored.

use std::{
    collections::HashMap,
    net::{IpAddr, SocketAddr},
    sync::{
        Arc, Mutex, OnceLock,
        atomic::{AtomicU8, AtomicU64, Ordering},
    },
    time::Duration,
};

use axum::{
    extract::{
        ConnectInfo, Path, Query, State,
        ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade},
    },
    http::{HeaderMap, Uri, header},
    response::Response,
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use ringcheck_shared::{
    api::ErrorBody,
    check::CheckId,
    routes::ApiPath,
    upload::{
        INTERVAL_MS, PhaseKind, UploadFigures, UploadMessage, UploadPlan, UploadResult,
        UploadSample,
    },
};
use ringcheck_words::{Locale, Words, upload::upload_words};
use serde::Deserialize;
use subtle::ConstantTimeEq;
use tokio::{sync::watch, time::Instant};

use crate::{
    http::{error::ApiError, extract::Api, language, serve::PeerAddr, state::AppState},
    origin::parse_origin,
    service::{
        log_label, new_check_id,
        uploads::{
            IDLE_PING_EVERY, IDLE_PINGS, LOADED_PING_EVERY, MAX_TEST, UploadTicket, intervals,
        },
    },
};

/// The tests running on this server, by id, for their streams to find.
#[derive(Default)]
pub struct UploadSessions {
    running: Mutex<HashMap<String, Arc<Session>>>,
}

/// One running test, as its streams see it.
struct Session {
    token: String,
    plan: UploadPlan,
    /// When the test ends, whatever the browser does: its streams close by then.
    deadline: Instant,
    /// When the server said `go`; streams may send only after it.
    go: OnceLock<Instant>,
    /// Every byte its streams received since the test started.
    received: AtomicU64,
    /// Streams connected so far.
    connected: AtomicU8,
    /// True once the test has ended: its streams close.
    ended: watch::Sender<bool>,
}

impl Session {
    /// What the plan allows the streams to have sent `since_go` after `go`, with a
    /// quarter more and a few chunks for a browser that sends in bursts.
    fn allowed(&self, since_go: Duration) -> u64 {
        let mut left = since_go.as_millis() as u64;
        let mut allowed = 0;
        for phase in &self.plan.phases {
            let ms = left.min(u64::from(phase.ms));
            allowed += u64::from(phase.kbps) * ms / 8;
            left -= ms;
        }
        allowed + allowed / 4 + 8 * u64::from(self.plan.chunk_bytes)
    }
}

impl UploadSessions {
    fn running(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<Session>>> {
        self.running.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[derive(Deserialize)]
pub struct StartQuery {
    streams: Option<u8>,
    /// The report the figures are kept with, and the check's token that shows it is
    /// this visitor's (both, or neither: a test kept with nothing).
    check: Option<String>,
    token: Option<String>,
}

/// Start a video upload test of this address: a WebSocket (`Upgrade: websocket`) whose
/// text messages are `UploadMessage`s: the plan, `go` after the idle round trips, a
/// sample every 250 ms, the figures and their result.
#[utoipa::path(
    get,
    path = ApiPath::Uploads.route(),
    tag = "uploads",
    params(
        ("streams" = Option<u8>, Query, description = "Cameras streaming at once, 1 to 4 (1 if absent)."),
        ("check" = Option<String>, Query, description = "The check whose report keeps the figures; with `token`."),
        ("token" = Option<String>, Query, description = "That check's token, which shows it is this visitor's."),
        ("lang" = Option<String>, Query, description = "The result's language (else the browser's)."),
    ),
    responses(
        (status = 101, description = "Switching to the WebSocket; its messages are `UploadMessage`s. A test that cannot start is told why as its only message, `refused` (the API's error body: `upload_in_progress`, `network_busy`, `server_busy`, `rate_limited`, `bad_request` for the streams or a `check` that cannot be an id, `wrong_token` when `check` is not this visitor's), then closed with 1013 when waiting helps, else 1008.", body = UploadMessage),
        (status = 400, description = "`bad_request`: not a WebSocket request.", body = ErrorBody),
        (status = 403, description = "`cross_site` from another site's page.", body = ErrorBody),
    )
)]
pub async fn start_upload(
    State(state): State<AppState>,
    ConnectInfo(PeerAddr(peer)): ConnectInfo<PeerAddr>,
    headers: HeaderMap,
    uri: Uri,
    Api(Query(query)): Api<Query<StartQuery>>,
    Api(upgrade): Api<WebSocketUpgrade>,
) -> Result<Response, ApiError> {
    // Another site's page is refused before any upgrade: it hears nothing more.
    same_site(&state, &headers)?;
    // The result's words in the page's language (`?lang=`, or the browser's).
    let locale = language::of_api_request(&uri, &headers);
    let admitted = admit(&state, peer, &headers, &query)
        .await
        .inspect_err(|error| {
            state
                .metrics
                .upload_refused(error.status_and_code().1.as_str())
        });
    let limit = CONTROL_MESSAGE_BYTES as usize;
    let upgrade = upgrade.max_message_size(limit).max_frame_size(limit);
    let admitted = match admitted {
        Ok(admitted) => admitted,
        // A browser cannot read a refused handshake's status or body, only that it
        // failed: the refusal is said on the connection instead.
        Err(error) => return Ok(refuse(upgrade, &error, locale)),
    };
    state.metrics.upload_started();
    Ok(upgrade.on_upgrade(move |socket| run(state, admitted, socket, locale)))
}

/// A test admitted: its id and token, its place, and the report it is kept with.
struct Admitted {
    id: String,
    token: String,
    ticket: UploadTicket,
    keep_with: Option<(CheckId, i64)>,
}

/// Whether this household may start a test now, with these streams, kept with that
/// check.
async fn admit(
    state: &AppState,
    peer: SocketAddr,
    headers: &HeaderMap,
    query: &StartQuery,
) -> Result<Admitted, ApiError> {
    let address: IpAddr = state.client_ip.client_address(peer.ip(), headers)?;
    let id = new_check_id()
        .map_err(|error| ApiError::Internal(format!("no randomness: {error}")))?
        .to_string();
    let token = new_token()?;
    let stream_path = format!("{}?token={token}", ApiPath::UploadStream.with_id(&id));
    let ticket = state
        .uploads
        .admit(address, query.streams.unwrap_or(1), stream_path)?;
    // Only an admitted test asks the database whose report it may join.
    let keep_with = match (query.check.as_deref(), query.token.as_deref()) {
        (Some(check), Some(check_token)) => {
            let check = CheckId::parse(check)?;
            let store = state.checks.store();
            let now = unix(store.now());
            match store.owned_until(&check, check_token, now).await? {
                Some(expires_at) => Some((check, expires_at)),
                None => return Err(ApiError::UploadNotYours),
            }
        }
        (None, None) => None,
        _ => return Err(ApiError::UploadNotYours),
    };
    Ok(Admitted {
        id,
        token,
        ticket,
        keep_with,
    })
}

/// Says why the test cannot start, as its only message, and closes: code 1013 (try
/// again later) when waiting helps, else 1008 (policy).
fn refuse(upgrade: WebSocketUpgrade, error: &ApiError, locale: Locale) -> Response {
    // Never a response, so logged here as a response's error would be.
    if error.status_and_code().0.is_server_error() {
        tracing::error!(%error, "an upload test could not start");
    }
    let body = error.body(Words::get().speak(locale));
    let code = if error.retry_after().is_some() {
        TRY_AGAIN_LATER
    } else {
        POLICY
    };
    upgrade.on_upgrade(move |mut socket| async move {
        let said = say_refused(&mut socket, body, code);
        let _ = tokio::time::timeout(Duration::from_secs(2), said).await;
    })
}

/// `body` as the connection's last message, then the close with `code`.
async fn say_refused(socket: &mut WebSocket, body: ErrorBody, code: u16) {
    let _ = send(socket, &UploadMessage::Refused(body)).await;
    let close = CloseFrame {
        code,
        reason: "".into(),
    };
    let _ = socket.send(Message::Close(Some(close))).await;
}

/// WebSocket close codes (RFC 6455, 7.4.1).
const POLICY: u16 = 1008;
const TRY_AGAIN_LATER: u16 = 1013;

/// An admitted test, from the upgrade to its last message: its streams may join once it
/// is known, its figures are kept with the report before the result is said (so the page
/// that hears the result finds them there), and every wait ends at its deadline.
async fn run(state: AppState, admitted: Admitted, mut socket: WebSocket, locale: Locale) {
    let Admitted {
        id,
        token,
        ticket,
        keep_with,
    } = admitted;
    // Known to the streams only now: an upgrade that fails leaves nothing behind.
    let (ended, _) = watch::channel(false);
    let session = Arc::new(Session {
        token,
        plan: ticket.plan.clone(),
        deadline: Instant::now() + MAX_TEST,
        go: OnceLock::new(),
        received: AtomicU64::new(0),
        connected: AtomicU8::new(0),
        ended,
    });
    state
        .upload_sessions
        .running()
        .insert(id.clone(), session.clone());
    let measured =
        tokio::time::timeout_at(session.deadline, measure(&mut socket, &session, &ticket)).await;
    session.ended.send_replace(true);
    state.upload_sessions.running().remove(&id);
    state
        .metrics
        .upload_bytes(session.received.load(Ordering::Relaxed));
    drop(ticket);
    let figures = match measured {
        Ok(Some(figures)) => figures,
        Ok(None) => return,
        Err(_) => {
            tracing::info!(test = %log_label(&id), "upload test cut off at its time limit");
            return;
        }
    };
    if let Some((check, expires_at)) = &keep_with {
        let store = state.checks.store();
        let now = unix(store.now());
        let saved = tokio::time::timeout(
            SAVE_TIMEOUT,
            store.save_upload(check, &figures, now, *expires_at),
        )
        .await;
        let failed = match saved {
            Ok(Ok(())) => None,
            Ok(Err(error)) => Some(error.to_string()),
            Err(_) => Some(format!("no answer within {SAVE_TIMEOUT:?}")),
        };
        if let Some(error) = failed {
            // The page reads the result where it is kept: a result it cannot find there
            // would say nothing, so it is told plainly that the test could not be kept.
            tracing::warn!(%error, check = %log_label(check.as_str()), "could not keep an upload test's figures");
            let error = ApiError::Internal(format!("could not keep an upload test: {error}"));
            let body = error.body(Words::get().speak(locale));
            let said = say_refused(&mut socket, body, POLICY);
            let _ = tokio::time::timeout(Duration::from_secs(2), said).await;
            return;
        }
    }
    let said = say(&mut socket, figures, locale);
    let _ = tokio::time::timeout(Duration::from_secs(2), said).await;
}

/// How long keeping a test's figures may take before the test is said not kept.
const SAVE_TIMEOUT: Duration = Duration::from_secs(5);

/// The figures and what they mean, then the close.
async fn say(socket: &mut WebSocket, figures: UploadFigures, locale: Locale) {
    let judgement = figures.judge();
    let words = upload_words(
        &Words::get().speak(locale),
        &judgement,
        figures.streams,
        figures.target_kbps,
    );
    let result = UploadResult {
        verdict: judgement.verdict,
        judgement: Some(judgement),
        words,
    };
    if send(socket, &UploadMessage::Figures(figures)).await.is_ok() {
        let _ = send(socket, &UploadMessage::Result(result)).await;
    }
    let _ = socket.send(Message::Close(None)).await;
}

/// The control connection's messages from the browser: none are expected (it answers
/// pings), so anything bigger is cut off.
const CONTROL_MESSAGE_BYTES: u32 = 1024;
/// A stream's messages: a chunk, and room to spare.
const STREAM_MESSAGE_BYTES: usize = 64 * 1024;

#[derive(Deserialize)]
pub struct StreamQuery {
    token: String,
}

/// One upload stream of a running test (a WebSocket): its binary messages are counted.
/// It connects after `go`, with the plan's `stream_path`, as many times as the plan's
/// streams.
#[utoipa::path(
    get,
    path = ApiPath::UploadStream.route(),
    tag = "uploads",
    params(
        ("id" = String, Path, description = "The running test's id, from its plan."),
        ("token" = String, Query, description = "The running test's token, from its plan."),
    ),
    responses(
        (status = 101, description = "Switching to the WebSocket; send binary messages at the plan's rate."),
        (status = 403, description = "`cross_site` from another site's page.", body = ErrorBody),
        (status = 404, description = "`upload_not_found`: no such running test, a wrong token, before `go`, or all its streams are open.", body = ErrorBody),
    )
)]
pub async fn upload_stream(
    State(state): State<AppState>,
    Api(Path(id)): Api<Path<String>>,
    headers: HeaderMap,
    Api(Query(query)): Api<Query<StreamQuery>>,
    Api(upgrade): Api<WebSocketUpgrade>,
) -> Result<Response, ApiError> {
    same_site(&state, &headers)?;
    let session = state
        .upload_sessions
        .running()
        .get(&id)
        .cloned()
        .ok_or(ApiError::UploadNotFound)?;
    if !bool::from(session.token.as_bytes().ct_eq(query.token.as_bytes())) {
        return Err(ApiError::UploadNotFound);
    }
    // Streams connect after `go`, and no more than the plan's; a refused stream takes
    // no place.
    if session.go.get().is_none() {
        return Err(ApiError::UploadNotFound);
    }
    let streams = session.plan.streams;
    session
        .connected
        .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
            (n < streams).then_some(n + 1)
        })
        .map_err(|_| ApiError::UploadNotFound)?;
    Ok(upgrade
        .max_message_size(STREAM_MESSAGE_BYTES)
        .max_frame_size(STREAM_MESSAGE_BYTES)
        .on_upgrade(move |socket| async move {
            let deadline = session.deadline;
            let _ = tokio::time::timeout_at(deadline, count(socket, session)).await;
        }))
}

/// Counts what a stream sends until the test ends, or the stream sends more than the
/// plan allows so far, or anything but binary messages.
async fn count(mut socket: WebSocket, session: Arc<Session>) {
    let mut ended = session.ended.subscribe();
    loop {
        tokio::select! {
            message = socket.recv() => match message {
                Some(Ok(Message::Binary(bytes))) => {
                    let total = session.received.fetch_add(bytes.len() as u64, Ordering::Relaxed)
                        + bytes.len() as u64;
                    let since_go = session.go.get().map_or(Duration::ZERO, Instant::elapsed);
                    if total > session.plan.max_bytes || total > session.allowed(since_go) {
                        break;
                    }
                }
                // Answered by the library; a flood of them is bounded by the frame size and
                // the test's time.
                Some(Ok(Message::Ping(_) | Message::Pong(_))) => {}
                Some(Ok(_)) | Some(Err(_)) | None => break,
            },
            _ = ended.wait_for(|ended| *ended) => break,
        }
    }
    // A browser that stopped reading does not hold the connection open past a moment.
    let _ = tokio::time::timeout(Duration::from_secs(1), socket.send(Message::Close(None))).await;
}

/// The control connection's work: the plan, idle round trips, `go`, and a sample per
/// interval through every phase; returns the figures when the test ran to its end.
async fn measure(
    socket: &mut WebSocket,
    session: &Session,
    ticket: &UploadTicket,
) -> Option<UploadFigures> {
    let plan = &ticket.plan;
    send(socket, &UploadMessage::Plan(plan.clone()))
        .await
        .ok()?;
    let mut pings = Pings::default();
    let mut idle = Vec::new();
    for _ in 0..IDLE_PINGS {
        pings.send(socket).await.ok()?;
        // Answers come while the next ping waits.
        pings
            .answers(socket, IDLE_PING_EVERY, &mut idle)
            .await
            .ok()?;
    }
    // The last answers, before the line gets busy.
    pings
        .answers(socket, IDLE_PING_EVERY * 2, &mut idle)
        .await
        .ok()?;
    let _ = session.go.set(Instant::now());
    send(socket, &UploadMessage::Go).await.ok()?;
    let warmup = intervals(plan, PhaseKind::Warmup);
    let hold_ends = warmup + intervals(plan, PhaseKind::Hold);
    let total: u32 = plan.phases.iter().map(|p| p.ms / INTERVAL_MS).sum();
    let interval = Duration::from_millis(u64::from(INTERVAL_MS));
    let start = Instant::now();
    let mut counted = session.received.load(Ordering::Relaxed);
    let mut received = Vec::with_capacity(total as usize);
    let mut loaded = Vec::new();
    let mut next_ping = start;
    for n in 1..=total {
        // A browser that opened no stream within the warm-up has gone: end early.
        if n == warmup && session.connected.load(Ordering::SeqCst) == 0 {
            return None;
        }
        let due = start + interval * n;
        // Pings every 200 ms and their answers, until the interval ends; the round trips
        // judged are the hold's, at the target rate.
        let judged = (warmup..hold_ends).contains(&(n - 1));
        let mut answered = Vec::new();
        while Instant::now() < due {
            if Instant::now() >= next_ping {
                pings.send(socket).await.ok()?;
                next_ping = (next_ping + LOADED_PING_EVERY).max(Instant::now());
            }
            let until = due.min(next_ping);
            pings
                .answers(
                    socket,
                    until.saturating_duration_since(Instant::now()),
                    &mut answered,
                )
                .await
                .ok()?;
        }
        let last_rtt = answered.last().copied();
        if judged {
            loaded.extend(answered);
        }
        let now = session.received.load(Ordering::Relaxed);
        let bytes = now - counted;
        counted = now;
        received.push(bytes);
        let sample = UploadSample {
            at_ms: n * INTERVAL_MS,
            bytes,
            rtt_ms: last_rtt,
        };
        send(socket, &UploadMessage::Sample(sample)).await.ok()?;
    }
    let figures = UploadFigures {
        streams: plan.streams,
        target_kbps: plan.target_kbps,
        interval_ms: INTERVAL_MS,
        received,
        warmup_intervals: warmup,
        hold_intervals: intervals(plan, PhaseKind::Hold),
        ramp_intervals: intervals(plan, PhaseKind::Ramp),
        idle_rtt_ms: idle,
        loaded_rtt_ms: loaded,
    };
    Some(figures)
}

/// The pings sent and not yet answered, by their number.
#[derive(Default)]
struct Pings {
    next: u64,
    waiting: HashMap<u64, Instant>,
}

impl Pings {
    async fn send(&mut self, socket: &mut WebSocket) -> Result<(), axum::Error> {
        self.next += 1;
        self.waiting.insert(self.next, Instant::now());
        socket
            .send(Message::Ping(self.next.to_be_bytes().to_vec().into()))
            .await
    }

    /// Reads the connection for `wait`, putting each answered ping's round trip in `into`;
    /// an error when the browser has gone.
    async fn answers(
        &mut self,
        socket: &mut WebSocket,
        wait: Duration,
        into: &mut Vec<f32>,
    ) -> Result<(), ()> {
        let until = Instant::now() + wait;
        loop {
            match tokio::time::timeout_at(until, socket.recv()).await {
                Err(_) => return Ok(()),
                Ok(Some(Ok(Message::Pong(payload)))) => {
                    let number = <[u8; 8]>::try_from(payload.as_ref()).map(u64::from_be_bytes);
                    if let Some(sent) = number.ok().and_then(|n| self.waiting.remove(&n)) {
                        into.push(sent.elapsed().as_secs_f32() * 1000.0);
                    }
                }
                // Pings of its own are answered by the library; anything else is not the
                // protocol: the test ends.
                Ok(Some(Ok(Message::Ping(_)))) => {}
                Ok(Some(Ok(_) | Err(_))) | Ok(None) => return Err(()),
            }
        }
    }
}

async fn send(socket: &mut WebSocket, message: &UploadMessage) -> Result<(), axum::Error> {
    let text = serde_json::to_string(message).unwrap_or_default();
    socket.send(Message::Text(text.into())).await
}

/// 128 random bits, as 22 URL-safe characters.
fn new_token() -> Result<String, ApiError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)
        .map_err(|error| ApiError::Internal(format!("no randomness: {error}")))?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

/// A WebSocket from another site's page is refused: browsers send its `Origin`.
fn same_site(state: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    let origin = headers
        .get(header::ORIGIN)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| parse_origin(value).ok());
    match origin {
        Some(origin) if state.embed.is_own_or_allowed(&origin, headers) => Ok(()),
        _ => Err(ApiError::CrossSiteStart),
    }
}

/// `time` in unix seconds.
fn unix(time: std::time::SystemTime) -> i64 {
    time.duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |since| {
            i64::try_from(since.as_secs()).unwrap_or(i64::MAX)
        })
}

//! The video upload test over WebSockets. `GET /api/uploads?streams=N` is its control
//! connection: the server sends the plan, measures idle round trips with WebSocket pings
//! (which the browser answers by itself), says `go`, then every 250 ms what arrived and
//! the last round trip, and last every figure. `GET /api/uploads/{id}/stream?token=…` is
//! one upload stream: the server counts the bytes of its binary messages. Nothing is
//! stored.

use std::{
    collections::HashMap,
    net::IpAddr,
    sync::{
        Arc, Mutex,
        atomic::{AtomicU8, AtomicU64, Ordering},
    },
    time::Duration,
};

use axum::{
    extract::{
        ConnectInfo, Path, Query, State,
        ws::{Message, WebSocket, WebSocketUpgrade},
    },
    http::{HeaderMap, header},
    response::Response,
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use ringcheck_shared::{
    routes::ApiPath,
    upload::{INTERVAL_MS, PhaseKind, UploadFigures, UploadMessage, UploadSample},
};
use serde::Deserialize;
use subtle::ConstantTimeEq;
use tokio::{sync::watch, time::Instant};

use crate::{
    http::{error::ApiError, serve::PeerAddr, state::AppState},
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
    streams: u8,
    max_bytes: u64,
    /// Every byte its streams received since the test started.
    received: AtomicU64,
    /// Streams connected so far.
    connected: AtomicU8,
    /// True once the test has ended: its streams close.
    ended: watch::Sender<bool>,
}

impl UploadSessions {
    fn running(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<Session>>> {
        self.running.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[derive(Deserialize)]
pub struct StartQuery {
    streams: Option<u8>,
}

/// Start an upload test of this address: a WebSocket whose messages are
/// `UploadMessage`s.
pub async fn start_upload(
    State(state): State<AppState>,
    ConnectInfo(PeerAddr(peer)): ConnectInfo<PeerAddr>,
    headers: HeaderMap,
    Query(query): Query<StartQuery>,
    upgrade: WebSocketUpgrade,
) -> Result<Response, ApiError> {
    same_site(&state, &headers)?;
    let address: IpAddr = state.client_ip.client_address(peer.ip(), &headers)?;
    let id = new_check_id()
        .map_err(|error| ApiError::Internal(format!("no randomness: {error}")))?
        .to_string();
    let token = new_token()?;
    let stream_path = format!("{}?token={token}", ApiPath::UploadStream.with_id(&id));
    let ticket = state
        .uploads
        .admit(address, query.streams.unwrap_or(1), stream_path)
        .map_err(ApiError::from)
        .inspect_err(|error| {
            state
                .metrics
                .upload_refused(error.status_and_code().1.as_str())
        })?;
    state.metrics.upload_started();
    let (ended, _) = watch::channel(false);
    let session = Arc::new(Session {
        token,
        streams: ticket.plan.streams,
        max_bytes: ticket.plan.max_bytes,
        received: AtomicU64::new(0),
        connected: AtomicU8::new(0),
        ended,
    });
    state
        .upload_sessions
        .running()
        .insert(id.clone(), session.clone());
    Ok(upgrade
        .max_message_size(4 * 1024)
        .on_upgrade(move |socket| async move {
            let outcome = tokio::time::timeout(MAX_TEST, control(socket, &session, &ticket)).await;
            if outcome.is_err() {
                tracing::info!(test = %log_label(&id), "upload test cut off at its time limit");
            }
            session.ended.send_replace(true);
            state.upload_sessions.running().remove(&id);
            state
                .metrics
                .upload_bytes(session.received.load(Ordering::Relaxed));
            drop(ticket);
        }))
}

#[derive(Deserialize)]
pub struct StreamQuery {
    token: String,
}

/// One upload stream of a running test: its binary messages are counted.
pub async fn upload_stream(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    Query(query): Query<StreamQuery>,
    upgrade: WebSocketUpgrade,
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
    if session.connected.fetch_add(1, Ordering::SeqCst) >= session.streams {
        return Err(ApiError::UploadNotFound);
    }
    Ok(upgrade
        .max_message_size(256 * 1024)
        .on_upgrade(move |socket| count(socket, session)))
}

/// Counts what a stream sends until the test ends or the stream sends more than the
/// test may.
async fn count(mut socket: WebSocket, session: Arc<Session>) {
    let mut ended = session.ended.subscribe();
    loop {
        tokio::select! {
            message = socket.recv() => match message {
                Some(Ok(Message::Binary(bytes))) => {
                    let total = session.received.fetch_add(bytes.len() as u64, Ordering::Relaxed)
                        + bytes.len() as u64;
                    if total > session.max_bytes {
                        break;
                    }
                }
                Some(Ok(_)) => {}
                Some(Err(_)) | None => break,
            },
            _ = ended.wait_for(|ended| *ended) => break,
        }
    }
    let _ = socket.send(Message::Close(None)).await;
}

/// The control connection's work: the plan, idle round trips, `go`, a sample per
/// interval through every phase, and the figures.
async fn control(mut socket: WebSocket, session: &Session, ticket: &UploadTicket) {
    let plan = &ticket.plan;
    if send(&mut socket, &UploadMessage::Plan(plan.clone()))
        .await
        .is_err()
    {
        return;
    }
    let mut pings = Pings::default();
    let mut idle = Vec::new();
    for _ in 0..IDLE_PINGS {
        if pings.send(&mut socket).await.is_err() {
            return;
        }
        // Answers come while the next ping waits.
        if pings
            .answers(&mut socket, IDLE_PING_EVERY, &mut idle)
            .await
            .is_err()
        {
            return;
        }
    }
    // The last answers, before the line gets busy.
    if pings
        .answers(&mut socket, IDLE_PING_EVERY * 2, &mut idle)
        .await
        .is_err()
    {
        return;
    }
    if send(&mut socket, &UploadMessage::Go).await.is_err() {
        return;
    }
    let total: u32 = plan.phases.iter().map(|p| p.ms / INTERVAL_MS).sum();
    let interval = Duration::from_millis(u64::from(INTERVAL_MS));
    let start = Instant::now();
    let mut counted = session.received.load(Ordering::Relaxed);
    let mut received = Vec::with_capacity(total as usize);
    let mut loaded = Vec::new();
    let mut next_ping = start;
    for n in 1..=total {
        let due = start + interval * n;
        // Pings every 200 ms and their answers, until the interval ends.
        let mut last_rtt = None;
        while Instant::now() < due {
            if Instant::now() >= next_ping {
                if pings.send(&mut socket).await.is_err() {
                    return;
                }
                next_ping += LOADED_PING_EVERY;
            }
            let until = due.min(next_ping);
            let before = loaded.len();
            if pings
                .answers(
                    &mut socket,
                    until.saturating_duration_since(Instant::now()),
                    &mut loaded,
                )
                .await
                .is_err()
            {
                return;
            }
            if loaded.len() > before {
                last_rtt = loaded.last().copied();
            }
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
        if send(&mut socket, &UploadMessage::Sample(sample))
            .await
            .is_err()
        {
            return;
        }
    }
    let figures = UploadFigures {
        streams: plan.streams,
        target_kbps: plan.target_kbps,
        interval_ms: INTERVAL_MS,
        received,
        warmup_intervals: intervals(plan, PhaseKind::Warmup),
        hold_intervals: intervals(plan, PhaseKind::Hold),
        ramp_intervals: intervals(plan, PhaseKind::Ramp),
        idle_rtt_ms: idle,
        loaded_rtt_ms: loaded,
    };
    let _ = send(&mut socket, &UploadMessage::Figures(figures)).await;
    let _ = socket.send(Message::Close(None)).await;
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
                Ok(Some(Ok(Message::Close(_)))) | Ok(Some(Err(_))) | Ok(None) => return Err(()),
                Ok(Some(Ok(_))) => {}
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

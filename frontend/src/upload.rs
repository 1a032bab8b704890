//! The video upload test from the browser's side: open the control WebSocket, wait for
//! `go`, then send on each stream at the plan's pace, until the server's result. The
//! browser only sends: every figure is what the **server** counted, so a browser whose
//! own counting runs ahead (Safari's `bufferedAmount`) changes nothing. The messages are
//! read with the browser's own JSON parser, by the names `upload::keys` holds to the
//! server's: a deserializer for them would cost the Wasm kilobytes.

use std::{cell::Cell, rc::Rc};

use futures_channel::mpsc;
use futures_util::{
    StreamExt,
    future::{Either, select},
};
use gloo_timers::future::TimeoutFuture;
use js_sys::{JSON, Reflect};
use ringcheck_shared::{
    api::{ErrorBody, ErrorCode},
    app_text::AppText,
    routes::ApiPath,
    upload::{INTERVAL_MS, keys},
};
use wasm_bindgen::{JsCast, JsValue, prelude::Closure};
use web_sys::{BinaryType, MessageEvent, WebSocket};

use crate::{browser, error::UiError};

/// How often the streams are topped up to their pace.
const TICK_MS: u32 = 50;
/// Longer than any test the server runs (it ends each within 16 s): past this the page
/// gives up.
const GIVE_UP_MS: u32 = 25_000;

/// What the page shows while the test runs.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Progress {
    /// Measuring the quiet line's round trips.
    Idle,
    /// Sending: `at_ms` of `total_ms` since `go`, and what the server received in the
    /// last interval, in kbit/s.
    Sending {
        at_ms: u32,
        total_ms: u32,
        kbps: u32,
    },
}

/// One phase of the plan: how long, and all streams' rate in kbit/s.
#[derive(Clone, Copy, PartialEq, Debug)]
struct Phase {
    ms: u32,
    kbps: u32,
}

/// What the browser needs of the plan.
struct Plan {
    streams: u8,
    stream_path: String,
    phases: Vec<Phase>,
    chunk_bytes: u32,
}

/// Runs a test of `streams` cameras kept with check `id` (its `token` shows it is this
/// visitor's), telling `progress` as it goes, until the server has said its result (and
/// kept it with the report, where the page reads it); or what went wrong. Once
/// `cancelled` is set (the card is gone: a new check must not share the line with it),
/// it stops sending and closes everything within a tick.
pub async fn run(
    id: &str,
    token: &str,
    streams: u8,
    cancelled: Rc<Cell<bool>>,
    progress: impl Fn(Progress),
) -> Result<(), UiError> {
    let url = format!(
        "{}{}?streams={streams}&check={id}&token={token}&lang={}",
        ws_origin(),
        ApiPath::Uploads.route(),
        browser::page_language()
    );
    let control = Socket::open(&url).ok_or_else(no_websocket)?;
    let test = follow(&control, progress);
    let ends = select(Box::pin(until(cancelled)), TimeoutFuture::new(GIVE_UP_MS));
    let outcome = match select(Box::pin(test), ends).await {
        Either::Left((outcome, _)) => outcome,
        Either::Right(_) => Err(stopped()),
    };
    control.close();
    outcome
}

/// Returns once `flag` is set, looking every tick.
async fn until(flag: Rc<Cell<bool>>) {
    while !flag.get() {
        TimeoutFuture::new(TICK_MS).await;
    }
}

/// The control connection's messages, in order, until the result.
async fn follow(control: &Socket, progress: impl Fn(Progress)) -> Result<(), UiError> {
    let mut messages = control.messages();
    let mut plan: Option<Plan> = None;
    let mut sender: Option<Sender> = None;
    progress(Progress::Idle);
    while let Some(text) = messages.next().await {
        let Ok(message) = JSON::parse(&text) else {
            continue;
        };
        if message.as_string().as_deref() == Some(keys::GO) {
            let plan = plan.take().ok_or_else(UiError::unexpected)?;
            sender = Some(Sender::start(plan)?);
        } else if let Some(planned) = field(&message, keys::PLAN) {
            plan = Some(read_plan(&planned).ok_or_else(UiError::unexpected)?);
        } else if let Some(sample) = field(&message, keys::SAMPLE) {
            let bytes = number(&sample, keys::BYTES).unwrap_or(0.0);
            progress(Progress::Sending {
                at_ms: number(&sample, keys::AT_MS).unwrap_or(0.0) as u32,
                total_ms: sender.as_ref().map_or(0, |s| s.total_ms),
                kbps: (bytes * 8.0 / f64::from(INTERVAL_MS)) as u32,
            });
        } else if field(&message, keys::RESULT).is_some() {
            return Ok(());
        } else if let Some(refused) = field(&message, keys::REFUSED) {
            return Err(refusal(&refused));
        }
    }
    Err(stopped())
}

/// `value[key]`, when it is there.
fn field(value: &JsValue, key: &str) -> Option<JsValue> {
    if !value.is_object() {
        return None;
    }
    Reflect::get(value, &JsValue::from_str(key))
        .ok()
        .filter(|found| !found.is_undefined() && !found.is_null())
}

fn number(value: &JsValue, key: &str) -> Option<f64> {
    field(value, key)?.as_f64()
}

fn read_plan(plan: &JsValue) -> Option<Plan> {
    let phases: js_sys::Array = field(plan, keys::PHASES)?.dyn_into().ok()?;
    let phases = phases
        .iter()
        .map(|phase| {
            Some(Phase {
                ms: number(&phase, keys::MS)? as u32,
                kbps: number(&phase, keys::KBPS)? as u32,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Plan {
        streams: number(plan, keys::STREAMS)? as u8,
        stream_path: field(plan, keys::STREAM_PATH)?.as_string()?,
        phases,
        chunk_bytes: number(plan, keys::CHUNK_BYTES)? as u32,
    })
}

/// The server's refusal as the customer reads it, in the page's language.
fn refusal(refused: &JsValue) -> UiError {
    let code = field(refused, keys::ERROR).and_then(|code| code.as_string());
    let error = ErrorCode::ALL
        .iter()
        .copied()
        .find(|known| Some(known.as_str()) == code.as_deref());
    let message = field(refused, keys::MESSAGE).and_then(|message| message.as_string());
    match (error, message) {
        (Some(error), Some(message)) => UiError::from_api(400, Some(ErrorBody { error, message })),
        _ => UiError::unexpected(),
    }
}

fn stopped() -> UiError {
    UiError::plain(AppText::UploadStopped, AppText::UploadStoppedWhat)
}

fn no_websocket() -> UiError {
    UiError::plain(AppText::UploadStopped, AppText::UploadNoWebsocket)
}

/// `ws://host:port` or `wss://…` of the page's own origin.
fn ws_origin() -> String {
    let origin = browser::origin();
    match origin.strip_prefix("https") {
        Some(rest) => format!("wss{rest}"),
        None => format!("ws{}", origin.strip_prefix("http").unwrap_or(&origin)),
    }
}

/// A WebSocket whose text messages arrive on a channel that ends when it closes; its
/// handlers live as long as it does.
struct Socket {
    socket: WebSocket,
    messages: Cell<Option<mpsc::UnboundedReceiver<String>>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_close: Closure<dyn FnMut()>,
}

impl Socket {
    fn open(url: &str) -> Option<Self> {
        let socket = WebSocket::new(url).ok()?;
        socket.set_binary_type(BinaryType::Arraybuffer);
        let (sender, receiver) = mpsc::unbounded();
        let closed = sender.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            if let Some(text) = event.data().as_string() {
                let _ = sender.unbounded_send(text);
            }
        });
        let on_close = Closure::<dyn FnMut()>::new(move || closed.close_channel());
        socket.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        socket.set_onclose(Some(on_close.as_ref().unchecked_ref()));
        Some(Self {
            socket,
            messages: Cell::new(Some(receiver)),
            _on_message: on_message,
            _on_close: on_close,
        })
    }

    /// Its messages; taken once.
    fn messages(&self) -> mpsc::UnboundedReceiver<String> {
        self.messages.take().unwrap_or_else(|| mpsc::unbounded().1)
    }

    fn close(&self) {
        self.socket.set_onmessage(None);
        self.socket.set_onclose(None);
        let _ = self.socket.close();
    }
}

impl Drop for Socket {
    fn drop(&mut self) {
        self.close();
    }
}

/// The streams of a test, each topped up every tick to what the plan asks by now; it
/// stops when dropped.
struct Sender {
    total_ms: u32,
    stop: Rc<Cell<bool>>,
}

impl Sender {
    fn start(plan: Plan) -> Result<Self, UiError> {
        let url = format!("{}{}", ws_origin(), plan.stream_path);
        let mut streams = Vec::with_capacity(usize::from(plan.streams));
        for _ in 0..plan.streams {
            let Ok(socket) = WebSocket::new(&url) else {
                // None left holding one of the test's places.
                for opened in &streams {
                    let _ = WebSocket::close(opened);
                }
                return Err(no_websocket());
            };
            socket.set_binary_type(BinaryType::Arraybuffer);
            streams.push(socket);
        }
        let total_ms = plan.phases.iter().map(|p| p.ms).sum();
        let stop = Rc::new(Cell::new(false));
        wasm_bindgen_futures::spawn_local(pace(plan, streams, stop.clone()));
        Ok(Self { total_ms, stop })
    }
}

impl Drop for Sender {
    fn drop(&mut self) {
        self.stop.set(true);
    }
}

/// Sends on every stream what the phases ask by each tick, never ahead of the plan and
/// never piling up more than a second in the browser's buffer (on a slow line the rest
/// is simply not sent: the server counts what arrives); closes the streams at the end.
async fn pace(plan: Plan, streams: Vec<WebSocket>, stop: Rc<Cell<bool>>) {
    let chunk = filler(plan.chunk_bytes as usize);
    let mut sent = vec![0u64; streams.len()];
    let started = js_sys::Date::now();
    let total_ms: u32 = plan.phases.iter().map(|p| p.ms).sum();
    let count = streams.len().max(1) as u64;
    loop {
        let elapsed = (js_sys::Date::now() - started) as u32;
        if stop.get() || elapsed > total_ms {
            break;
        }
        let due = due_bytes(&plan.phases, elapsed) / count;
        let buffer_cap = rate_now(&plan.phases, elapsed) / count;
        for (socket, sent) in streams.iter().zip(&mut sent) {
            while socket.ready_state() == WebSocket::OPEN
                && *sent + chunk.len() as u64 <= due
                && u64::from(socket.buffered_amount()) < buffer_cap
            {
                if socket.send_with_u8_array(&chunk).is_err() {
                    break;
                }
                *sent += chunk.len() as u64;
            }
        }
        TimeoutFuture::new(TICK_MS).await;
    }
    for socket in &streams {
        let _ = socket.close();
    }
}

/// All streams' bytes due `elapsed_ms` after `go`.
fn due_bytes(phases: &[Phase], elapsed_ms: u32) -> u64 {
    let mut due = 0;
    let mut start = 0;
    for phase in phases {
        let within = elapsed_ms.saturating_sub(start).min(phase.ms);
        due += u64::from(phase.kbps) * u64::from(within) / 8;
        start += phase.ms;
    }
    due
}

/// All streams' bytes a second at `elapsed_ms`.
fn rate_now(phases: &[Phase], elapsed_ms: u32) -> u64 {
    let mut start = 0;
    for phase in phases {
        start += phase.ms;
        if elapsed_ms < start {
            return u64::from(phase.kbps) * 1000 / 8;
        }
    }
    0
}

/// A chunk of bytes that do not compress, so nothing on the way can shrink the test.
fn filler(len: usize) -> Vec<u8> {
    let mut state = 0x2545_f491_u32;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state as u8
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phases() -> Vec<Phase> {
        let phase = |ms, kbps| Phase { ms, kbps };
        vec![
            phase(2_000, 2_000),
            phase(8_000, 2_000),
            phase(2_000, 4_000),
        ]
    }

    #[test]
    fn what_is_due_follows_each_phase_s_rate() {
        assert_eq!(due_bytes(&phases(), 0), 0);
        // 2,000 kbit/s is 250,000 bytes a second.
        assert_eq!(due_bytes(&phases(), 1_000), 250_000);
        assert_eq!(due_bytes(&phases(), 10_000), 2_500_000);
        assert_eq!(due_bytes(&phases(), 11_000), 3_000_000);
        assert_eq!(
            due_bytes(&phases(), 60_000),
            3_500_000,
            "nothing past the end"
        );
        assert_eq!(rate_now(&phases(), 10_500), 500_000);
        assert_eq!(rate_now(&phases(), 12_000), 0);
    }

    #[test]
    fn the_filler_is_not_one_byte_repeated() {
        let chunk = filler(4096);
        let zeros = chunk.iter().filter(|&&b| b == 0).count();
        assert!(zeros < 64, "{zeros} zeros");
    }
}

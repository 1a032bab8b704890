//! A video upload test's client, as the browser runs it: the control WebSocket, then the
//! streams, each paced to its share of every phase's rate. The server's figures are the
//! answer; the client only counts what it sent, to compare.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use ringcheck_shared::upload::{
    UploadFigures, UploadMessage, UploadPlan, UploadResult, UploadSample,
};
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::{
    Message, client::IntoClientRequest, http::HeaderValue, protocol::WebSocketConfig,
};

/// What a test gave: the plan, every sample as it came, the figures, and the bytes sent.
#[derive(Debug)]
pub struct Outcome {
    pub plan: UploadPlan,
    pub samples: Vec<UploadSample>,
    pub figures: UploadFigures,
    /// The verdict and its words, as the server said them.
    pub result: UploadResult,
    pub sent: u64,
}

/// The handshake's request for `url` (`ws://host:port/path`), from `origin`.
pub fn request(
    url: &str,
    origin: &str,
) -> tokio_tungstenite::tungstenite::handshake::client::Request {
    let mut request = url.into_client_request().unwrap();
    request
        .headers_mut()
        .insert("origin", HeaderValue::from_str(origin).unwrap());
    request
}

/// Runs a whole test against `host` (`127.0.0.1:8080`) with `streams` streams; `pace`
/// scales what the client sends (1.0: as the plan asks).
pub async fn run(host: &str, streams: u8, pace: f64) -> Outcome {
    run_with(host, &format!("streams={streams}"), pace, None, || {}).await
}

/// The same with the start's `query` (`streams=1&lang=it`), its connections with TCP
/// congestion control `congestion` (root: any the kernel has), calling `on_go` when the
/// server says to send (to make the line busy then).
pub async fn run_with(
    host: &str,
    query: &str,
    pace: f64,
    congestion: Option<&str>,
    on_go: impl FnOnce(),
) -> Outcome {
    let origin = format!("http://{host}");
    let mut control = connect(
        host,
        &format!("ws://{host}/api/uploads?{query}"),
        &origin,
        congestion,
    )
    .await;
    let plan = match next(&mut control).await {
        Some(UploadMessage::Plan(plan)) => plan,
        other => panic!("a plan first, not {other:?}"),
    };
    // The idle round trips: reading answers the server's pings.
    match next(&mut control).await {
        Some(UploadMessage::Go) => on_go(),
        other => panic!("go after the plan, not {other:?}"),
    }
    let mut senders = Vec::new();
    for _ in 0..plan.streams {
        let url = format!("ws://{host}{}", plan.stream_path);
        let stream = connect(host, &url, &origin, congestion).await;
        let plan = plan.clone();
        senders.push(tokio::spawn(send_paced(stream, plan, pace)));
    }
    let mut samples = Vec::new();
    let figures = loop {
        match next(&mut control).await {
            Some(UploadMessage::Sample(sample)) => samples.push(sample),
            Some(UploadMessage::Figures(figures)) => break figures,
            other => panic!("samples, then figures, not {other:?}"),
        }
    };
    let result = match next(&mut control).await {
        Some(UploadMessage::Result(result)) => result,
        other => panic!("the result last, not {other:?}"),
    };
    let mut sent = 0;
    for sender in senders {
        sent += sender.await.unwrap();
    }
    Outcome {
        plan,
        samples,
        figures,
        result,
        sent,
    }
}

type Socket = tokio_tungstenite::WebSocketStream<tokio::net::TcpStream>;

/// A WebSocket to `url` on `host`, its TCP connection with `congestion` control if given.
async fn connect(host: &str, url: &str, origin: &str, congestion: Option<&str>) -> Socket {
    let address: std::net::SocketAddr = host.parse().unwrap();
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    if let Some(algorithm) = congestion {
        nix::sys::socket::setsockopt(
            &socket,
            nix::sys::socket::sockopt::TcpCongestion,
            &std::ffi::OsString::from(algorithm),
        )
        .expect("the congestion control");
    }
    let tcp = socket.connect(address).await.expect("connected");
    tcp.set_nodelay(true).unwrap();
    let (socket, _) = tokio_tungstenite::client_async_with_config(
        request(url, origin),
        tcp,
        Some(WebSocketConfig::default()),
    )
    .await
    .expect("the WebSocket opens");
    socket
}

/// The next message of the control connection (pings answered on the way), or `None`
/// when it closed.
async fn next(control: &mut Socket) -> Option<UploadMessage> {
    loop {
        match tokio::time::timeout(Duration::from_secs(20), control.next())
            .await
            .expect("the server says something within 20 s")?
        {
            Ok(Message::Text(text)) => return Some(serde_json::from_str(&text).unwrap()),
            Ok(Message::Close(_)) | Err(_) => return None,
            Ok(_) => {}
        }
    }
}

/// Sends one stream's share of each phase, paced by the clock: after each tick, as much
/// as the rate allows since the phase began. Returns the bytes sent.
async fn send_paced(mut stream: Socket, plan: UploadPlan, pace: f64) -> u64 {
    let chunk = vec![0u8; plan.chunk_bytes as usize];
    let mut sent = 0u64;
    for phase in &plan.phases {
        let bytes_per_second =
            f64::from(phase.kbps) * 1000.0 / 8.0 / f64::from(plan.streams) * pace;
        let began = Instant::now();
        let ends = began + Duration::from_millis(u64::from(phase.ms));
        let mut phase_sent = 0u64;
        let mut tick = tokio::time::interval(Duration::from_millis(5));
        while Instant::now() < ends {
            tick.tick().await;
            let due = (began.elapsed().as_secs_f64() * bytes_per_second) as u64;
            while phase_sent + chunk.len() as u64 <= due {
                if stream.send(Message::binary(chunk.clone())).await.is_err() {
                    return sent;
                }
                phase_sent += chunk.len() as u64;
                sent += chunk.len() as u64;
            }
        }
    }
    // Reads until the server closes the stream at the test's end, as it must.
    loop {
        match tokio::time::timeout(Duration::from_secs(5), stream.next()).await {
            Ok(Some(Ok(message))) if message.is_close() => break,
            Ok(Some(Ok(_))) => {}
            Ok(Some(Err(_)) | None) => break,
            Err(_) => panic!("the server did not close a stream within 5 s of its end"),
        }
    }
    sent
}

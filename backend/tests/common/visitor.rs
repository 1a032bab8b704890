//! A visitor on a loopback address of its own (127.x.y.z), so tests running at once never
//! share ports: the services it runs on Ring ports, and its requests to the server.

use std::{
    net::{IpAddr, Ipv4Addr, SocketAddr},
    time::Duration,
};

use reqwest::StatusCode;
use ringcheck_shared::{check::CheckStarted, routes::ApiPath};
use tokio::{
    net::{TcpListener, UdpSocket},
    task::JoinHandle,
};

use super::TestApp;

pub struct Visitor {
    pub address: IpAddr,
    pub client: reqwest::Client,
    services: Vec<JoinHandle<()>>,
    _listeners: Vec<TcpListener>,
}

impl Visitor {
    /// A visitor on a fresh random 127.x.y.z address.
    pub fn new() -> Self {
        let mut bytes = [0u8; 3];
        getrandom::fill(&mut bytes).unwrap();
        let [a, b, c] = bytes;
        // Never 127.0.0.x, where other programs on the machine listen.
        Self::at(IpAddr::V4(Ipv4Addr::new(127, a.max(1), b, c.clamp(2, 254))))
    }

    /// A visitor whose requests come from `address`.
    pub fn at(address: IpAddr) -> Self {
        let client = reqwest::Client::builder()
            .local_address(address)
            .timeout(Duration::from_secs(20))
            .build()
            .unwrap();
        Self {
            address,
            client,
            services: Vec::new(),
            _listeners: Vec::new(),
        }
    }

    /// Starts a check of this visitor's address on `app` as its own page does; it must be
    /// accepted.
    pub async fn start_check(&self, app: &TestApp) -> CheckStarted {
        let response = self
            .client
            .post(app.url(ApiPath::Checks.route()))
            .header("Origin", &app.address)
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            StatusCode::ACCEPTED,
            "{:?}",
            response.text().await
        );
        response.json().await.unwrap()
    }

    /// A TCP port that completes handshakes (the kernel accepts into the backlog).
    pub async fn open_tcp(&mut self, port: u16) {
        let listener = TcpListener::bind(SocketAddr::new(self.address, port))
            .await
            .unwrap_or_else(|e| panic!("visitor listens on TCP {port}: {e}"));
        self._listeners.push(listener);
    }

    /// A UDP port whose service answers every datagram, as a SIP server answers OPTIONS.
    pub async fn answer_udp(&mut self, port: u16) {
        let socket = self.udp(port).await;
        self.services.push(tokio::spawn(async move {
            let mut buffer = [0u8; 2048];
            while let Ok((_, from)) = socket.recv_from(&mut buffer).await {
                let _ = socket
                    .send_to(b"SIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n", from)
                    .await;
            }
        }));
    }

    /// A UDP port with a service that never answers: no ICMP error, no reply.
    pub async fn silent_udp(&mut self, port: u16) {
        let socket = self.udp(port).await;
        self.services.push(tokio::spawn(async move {
            let mut buffer = [0u8; 2048];
            while socket.recv_from(&mut buffer).await.is_ok() {}
        }));
    }

    async fn udp(&self, port: u16) -> UdpSocket {
        UdpSocket::bind(SocketAddr::new(self.address, port))
            .await
            .unwrap_or_else(|e| panic!("visitor listens on UDP {port}: {e}"))
    }
}

impl Visitor {
    /// Stops its services and waits until their sockets are closed, so the next test on
    /// the same address may take the same ports.
    #[allow(dead_code)] // the browser tests that share 127.0.0.1
    pub async fn stop(mut self) {
        for service in self.services.drain(..) {
            service.abort();
            let _ = service.await;
        }
        self._listeners.clear();
    }
}

impl Drop for Visitor {
    fn drop(&mut self) {
        for service in &self.services {
            service.abort();
        }
    }
}

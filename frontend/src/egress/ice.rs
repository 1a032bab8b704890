//! UDP by WebRTC: ICE gathering with our STUN responder as the only ICE server. A
//! server-reflexive candidate means a Binding request got out and its answer came back.
//! A blocked port gives no early error (Chromium's own gathering timeout is about 40 s),
//! so every gathering has its own timeout.

use super::{Tested, waits::FamilyWaits, within_wait};
use futures_util::StreamExt;
use ringcheck_shared::egress::EgressState;
use wasm_bindgen::{JsCast, prelude::Closure};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    RtcConfiguration, RtcIceServer, RtcPeerConnection, RtcPeerConnectionIceEvent,
    RtcSessionDescriptionInit,
};

/// A server-reflexive candidate: the outside port a STUN responder saw, and the network
/// it was gathered on (Chromium's `network-id`, an interface and address family, with the
/// family of the outside address, which Firefox's candidates have alone).
#[derive(PartialEq, Debug)]
pub struct Mapped {
    pub network: String,
    pub port: u16,
}

/// Whether the STUN server at `url` answers, and how long it took.
pub async fn reachable(url: &str, waits: FamilyWaits<'_>) -> Tested {
    let mut started = js_sys::Date::now();
    // One connection per port: Chromium merges identical candidates from several servers.
    let servers = [url.to_owned()];
    let answered = |found: &[Mapped]| !found.is_empty();
    let mut gathered = gather(&servers, waits, answered).await;
    // A second look, on a fresh connection, before a port is called unanswered where
    // another port of the family was answered: a busy browser gathering dozens of
    // connections at once can send a Binding request later than any wait allows, and a
    // port blocked for that is a false alarm. Where no UDP gets out, no time is spent.
    // The wait said is the last look's, as long as any one look waited.
    if matches!(&gathered, Some(g) if g.found.is_empty() && waits.udp_answered()) {
        started = js_sys::Date::now();
        gathered = gather(&servers, waits, answered).await;
    }
    match gathered {
        // Some browsers and in-app web views have no WebRTC at all: another browser can
        // run this test, so it is never a block.
        None if !crate::browser::has_webrtc() => Tested::Unsupported,
        None => Tested::Not,
        // Nothing of the family can be reached: no Binding request could get out.
        Some(gathered) if gathered.found.is_empty() && waits.gone() => {
            Tested::Other(EgressState::Failed)
        }
        Some(gathered) if gathered.found.is_empty() => {
            Tested::NoAnswer((js_sys::Date::now() - started) as u32)
        }
        Some(gathered) => Tested::Reached((js_sys::Date::now() - gathered.began) as u32),
    }
}

/// What one connection gathered, and when its gathering began (its first candidate).
pub struct Gathered {
    pub found: Vec<Mapped>,
    pub began: f64,
}

/// The distinct server-reflexive candidates one connection with `servers` as its ICE
/// servers gathers, until `enough`, the end of gathering or the UDP wait; `None` when the
/// browser cannot run WebRTC. The wait counts from the connection's first candidate:
/// Chromium starts the gatherings of many connections one after another, and a test must
/// not lose to the browser's own queue.
pub async fn gather(
    servers: &[String],
    waits: FamilyWaits<'_>,
    enough: impl Fn(&[Mapped]) -> bool,
) -> Option<Gathered> {
    let started = js_sys::Date::now();
    let began = std::cell::Cell::new(None::<f64>);
    let wait = || {
        if waits.gone() {
            return 0;
        }
        began.get().map_or(waits.ceiling_ms(), |at| {
            (at - started) as u32 + waits.udp_ms()
        })
    };
    let ice_servers = js_sys::Array::new();
    for url in servers {
        let server = RtcIceServer::new();
        server.set_urls_str(url);
        ice_servers.push(&server);
    }
    let config = RtcConfiguration::new();
    config.set_ice_servers(&ice_servers);
    let connection = RtcPeerConnection::new_with_configuration(&config).ok()?;
    let (sender, mut candidates) = futures_channel::mpsc::unbounded::<Option<String>>();
    let on_candidate = Closure::<dyn FnMut(RtcPeerConnectionIceEvent)>::new(
        move |event: RtcPeerConnectionIceEvent| {
            // `None` marks the end of gathering.
            let _ = sender.unbounded_send(event.candidate().map(|c| c.candidate()));
        },
    );
    connection.set_onicecandidate(Some(on_candidate.as_ref().unchecked_ref()));
    // Dropped before the handler (declared after it), on every way out: the connection
    // never calls a freed handler, and is closed.
    let _closes = ClosesOnDrop(connection.clone());
    // Something to negotiate, or there is nothing to gather for.
    let _channel = connection.create_data_channel("ringcheck");
    let found = async {
        let offer = JsFuture::from(connection.create_offer()).await.ok()?;
        JsFuture::from(
            connection.set_local_description(offer.unchecked_ref::<RtcSessionDescriptionInit>()),
        )
        .await
        .ok()?;
        let mut found: Vec<Mapped> = Vec::new();
        // Until the end of gathering (`None`), the channel closing, or the wait.
        while let Some(Some(Some(line))) = within_wait(started, &wait, candidates.next()).await {
            if began.get().is_none() {
                began.set(Some(js_sys::Date::now()));
            }
            if let Some(mapped) = server_reflexive(&line)
                && !found.contains(&mapped)
            {
                found.push(mapped);
                if enough(&found) {
                    break;
                }
            }
        }
        Some(found)
    }
    .await;
    found.map(|found| Gathered {
        found,
        began: began.get().unwrap_or(started),
    })
}

/// Stops and closes a peer connection when dropped.
struct ClosesOnDrop(RtcPeerConnection);

impl Drop for ClosesOnDrop {
    fn drop(&mut self) {
        self.0.set_onicecandidate(None);
        self.0.close();
    }
}

/// The outside port and network of a server-reflexive candidate line:
/// `candidate:1 1 udp 1686052607 203.0.113.7 51234 typ srflx raddr … network-id 1 …`.
fn server_reflexive(line: &str) -> Option<Mapped> {
    let fields: Vec<&str> = line.split(' ').collect();
    if fields.get(6) != Some(&"typ") || fields.get(7) != Some(&"srflx") {
        return None;
    }
    let port = fields.get(5)?.parse().ok()?;
    let family = if fields.get(4)?.contains(':') {
        "6"
    } else {
        "4"
    };
    let network = fields
        .iter()
        .position(|field| *field == "network-id")
        .and_then(|at| fields.get(at + 1))
        .map_or(String::new(), |id| (*id).to_owned());
    Some(Mapped {
        network: format!("{network}/{family}"),
        port,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_server_reflexive_candidate_gives_its_outside_port_and_network() {
        let line = "candidate:842163049 1 udp 1677729535 203.0.113.7 51234 typ srflx raddr \
                    0.0.0.0 rport 0 generation 0 ufrag EsOt network-id 3 network-cost 10";
        assert_eq!(
            server_reflexive(line),
            Some(Mapped {
                network: "3/4".into(),
                port: 51234
            })
        );
    }

    #[test]
    fn host_candidates_and_garbled_lines_are_not_mappings() {
        let host = "candidate:1 1 udp 2122260223 192.168.1.20 50000 typ host generation 0";
        assert_eq!(server_reflexive(host), None);
        assert_eq!(
            server_reflexive("candidate:1 1 udp 1 203.0.113.7 notaport typ srflx"),
            None
        );
        assert_eq!(server_reflexive(""), None);
    }

    #[test]
    fn a_candidate_without_a_network_id_is_on_its_family_s_network() {
        // Firefox's candidates name no network.
        let line = "candidate:1 1 UDP 1686052863 203.0.113.7 40000 typ srflx raddr 0.0.0.0 \
                    rport 0";
        assert_eq!(
            server_reflexive(line).map(|m| m.network),
            Some("/4".to_owned())
        );
        let line = "candidate:2 1 UDP 1686052607 2001:db8::7 40000 typ srflx raddr :: rport 0";
        assert_eq!(
            server_reflexive(line).map(|m| m.network),
            Some("/6".to_owned()),
            "an IPv6 mapping is never compared with an IPv4 one"
        );
    }
}

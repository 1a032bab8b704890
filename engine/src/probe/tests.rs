//! The engine's logic against a scripted network, in paused time: retries, states,
//! deadlines and ordering, with no sockets and no waiting.

use std::{
    collections::HashMap,
    io,
    sync::{
        Mutex,
        atomic::{AtomicU8, Ordering},
    },
};

use ringcheck_shared::{
    catalog::{EntryId, Transport},
    port::Port,
};

use super::*;

/// How the scripted network answers one port.
enum Script {
    AnswerAfter(Duration),
    FailAfter(Duration, io::ErrorKind),
    Silent,
    /// Silent for the first attempt, then answers.
    SilentOnce(AtomicU8),
    /// Silent for this many attempts (counted in the second field), then answers.
    SilentFor(u8, AtomicU8),
}

struct Scripted(HashMap<(Transport, u16), Script>);

impl Scripted {
    async fn play(&self, transport: Transport, target: SocketAddr) -> io::Result<()> {
        match self
            .0
            .get(&(transport, target.port()))
            .expect("scripted port")
        {
            Script::AnswerAfter(delay) => {
                tokio::time::sleep(*delay).await;
                Ok(())
            }
            Script::FailAfter(delay, kind) => {
                tokio::time::sleep(*delay).await;
                Err(io::Error::from(*kind))
            }
            Script::Silent => std::future::pending().await,
            Script::SilentFor(silent, calls) => {
                if calls.fetch_add(1, Ordering::SeqCst) < *silent {
                    std::future::pending::<()>().await;
                }
                tokio::time::sleep(Duration::from_millis(30)).await;
                Ok(())
            }
            Script::SilentOnce(calls) => {
                if calls.fetch_add(1, Ordering::SeqCst) == 0 {
                    std::future::pending::<()>().await;
                }
                tokio::time::sleep(Duration::from_millis(7)).await;
                Ok(())
            }
        }
    }
}

impl Network for Scripted {
    async fn connect_tcp(&self, target: SocketAddr) -> io::Result<()> {
        self.play(Transport::Tcp, target).await
    }

    async fn sip_options(&self, target: SocketAddr) -> io::Result<()> {
        self.play(Transport::Udp, target).await
    }
}

const CONFIG: ProbeConfig = ProbeConfig {
    attempt_timeout: Duration::from_millis(1000),
    min_attempt_timeout: Duration::from_millis(250),
    retries: 1,
    deadline: Duration::from_millis(3000),
    turn_wait: Duration::from_millis(5000),
    max_sockets: 64,
};

fn plan(probes: &[(Transport, u16)]) -> Vec<PlannedProbe> {
    probes
        .iter()
        .map(|&(transport, port)| PlannedProbe {
            entry: EntryId::parse("test").unwrap(),
            transport,
            port: Port::known(port),
        })
        .collect()
}

fn network(scripts: Vec<((Transport, u16), Script)>) -> Scripted {
    Scripted(scripts.into_iter().collect())
}

const TARGET: IpAddr = IpAddr::V4(std::net::Ipv4Addr::new(198, 51, 100, 7));
use Transport::{Tcp, Udp};

#[tokio::test(start_paused = true)]
async fn every_answer_maps_to_its_state_with_its_round_trip_time() {
    let ms = Duration::from_millis;
    let prober = Prober::new(
        network(vec![
            ((Tcp, 1), Script::AnswerAfter(ms(12))),
            (
                (Tcp, 2),
                Script::FailAfter(ms(3), io::ErrorKind::ConnectionRefused),
            ),
            (
                (Tcp, 3),
                Script::FailAfter(ms(4), io::ErrorKind::HostUnreachable),
            ),
            (
                (Tcp, 4),
                Script::FailAfter(ms(5), io::ErrorKind::NetworkUnreachable),
            ),
            ((Tcp, 5), Script::Silent),
            ((Udp, 6), Script::AnswerAfter(ms(20))),
            (
                (Udp, 7),
                Script::FailAfter(ms(2), io::ErrorKind::ConnectionRefused),
            ),
            ((Udp, 8), Script::Silent),
            (
                (Tcp, 9),
                Script::FailAfter(ms(1), io::ErrorKind::AddrNotAvailable),
            ),
        ]),
        CONFIG,
    );
    let the_plan = plan(&[
        (Tcp, 1),
        (Tcp, 2),
        (Tcp, 3),
        (Tcp, 4),
        (Tcp, 5),
        (Udp, 6),
        (Udp, 7),
        (Udp, 8),
        (Tcp, 9),
    ]);
    let results = prober
        .run(TARGET, &the_plan, &prober.round_trips(), |_| {})
        .await;
    let states: Vec<_> = results
        .iter()
        .map(|r| (r.port.get(), r.state, r.rtt_ms, r.attempts))
        .collect();
    assert_eq!(
        states,
        [
            (1, ProbeState::Open, Some(12.0), 1),
            (2, ProbeState::Closed, Some(3.0), 1),
            (3, ProbeState::Unreachable, Some(4.0), 1),
            (4, ProbeState::Unreachable, Some(5.0), 1),
            // Silent while the others answered within 20 ms: five attempts of 250 ms.
            (5, ProbeState::Filtered, None, 5),
            (6, ProbeState::Open, Some(20.0), 1),
            (7, ProbeState::Closed, Some(2.0), 1),
            (8, ProbeState::OpenOrFiltered, None, 5),
            (9, ProbeState::Error, None, 1),
        ]
    );
    let details: Vec<_> = results.iter().map(|r| r.detail.clone()).collect();
    assert_eq!(
        details,
        [
            ProbeDetail::Handshake,
            ProbeDetail::Refused,
            ProbeDetail::HostUnreachable,
            ProbeDetail::NetworkUnreachable,
            ProbeDetail::NoAnswer {
                attempts: 5,
                waited_ms: 1250
            },
            ProbeDetail::SipReply,
            ProbeDetail::PortUnreachable,
            ProbeDetail::NoSipReply {
                attempts: 5,
                waited_ms: 1250
            },
            ProbeDetail::CouldNotRun,
        ]
    );
}

#[tokio::test(start_paused = true)]
async fn silence_is_retried_and_a_late_answer_counts() {
    let prober = Prober::new(
        network(vec![((Tcp, 1), Script::SilentOnce(AtomicU8::new(0)))]),
        CONFIG,
    );
    let results = prober
        .run(TARGET, &plan(&[(Tcp, 1)]), &prober.round_trips(), |_| {})
        .await;
    assert_eq!(results[0].state, ProbeState::Open);
    assert_eq!(results[0].attempts, 2);
    assert_eq!(
        results[0].rtt_ms,
        Some(7.0),
        "the time of the attempt that was answered"
    );
}

#[tokio::test(start_paused = true)]
async fn no_retries_means_one_attempt() {
    let config = ProbeConfig {
        retries: 0,
        ..CONFIG
    };
    let prober = Prober::new(network(vec![((Tcp, 1), Script::Silent)]), config);
    let started = Instant::now();
    let results = prober
        .run(TARGET, &plan(&[(Tcp, 1)]), &prober.round_trips(), |_| {})
        .await;
    assert_eq!(
        (results[0].state, results[0].attempts),
        (ProbeState::Filtered, 1)
    );
    assert_eq!(started.elapsed(), Duration::from_millis(1000));
}

#[tokio::test(start_paused = true)]
async fn a_check_with_filtered_ports_ends_when_its_slowest_probe_gives_up() {
    let prober = Prober::new(
        network(vec![
            ((Tcp, 1), Script::Silent),
            ((Tcp, 2), Script::Silent),
            ((Udp, 3), Script::Silent),
        ]),
        CONFIG,
    );
    let started = Instant::now();
    prober
        .run(
            TARGET,
            &plan(&[(Tcp, 1), (Tcp, 2), (Udp, 3)]),
            &prober.round_trips(),
            |_| {},
        )
        .await;
    assert_eq!(
        started.elapsed(),
        Duration::from_millis(2000),
        "probes run at once, not in turn"
    );
}

#[tokio::test(start_paused = true)]
async fn probes_that_cannot_get_a_socket_before_the_deadline_are_not_tested() {
    let config = ProbeConfig {
        max_sockets: 1,
        ..CONFIG
    };
    let prober = Prober::new(
        network(vec![((Tcp, 1), Script::Silent), ((Tcp, 2), Script::Silent)]),
        config,
    );
    let started = Instant::now();
    let results = prober
        .run(
            TARGET,
            &plan(&[(Tcp, 1), (Tcp, 2)]),
            &prober.round_trips(),
            |_| {},
        )
        .await;
    let states: Vec<_> = results.iter().map(|r| r.state).collect();
    assert_eq!(states, [ProbeState::Filtered, ProbeState::Error]);
    assert_eq!(results[1].detail, ProbeDetail::NotRun(NotRunWhy::TooBusy));
    assert_eq!(
        started.elapsed(),
        Duration::from_millis(3000),
        "the deadline bounds the check"
    );
}

/// Two checks of two silent probes each on a server with two sockets: the second's turn
/// comes when the first ends.
async fn two_checks_on_two_sockets(turn_wait: Duration) -> (Vec<ProbeResult>, Duration) {
    let config = ProbeConfig {
        max_sockets: 2,
        turn_wait,
        ..CONFIG
    };
    let prober = std::sync::Arc::new(Prober::new(
        network(vec![((Tcp, 1), Script::Silent), ((Tcp, 2), Script::Silent)]),
        config,
    ));
    let started = Instant::now();
    let first = tokio::spawn({
        let prober = prober.clone();
        async move {
            let plan = plan(&[(Tcp, 1), (Tcp, 2)]);
            prober
                .run(TARGET, &plan, &prober.round_trips(), |_| {})
                .await
        }
    });
    tokio::task::yield_now().await;
    let second = prober
        .run(
            TARGET,
            &plan(&[(Tcp, 1), (Tcp, 2)]),
            &prober.round_trips(),
            |_| {},
        )
        .await;
    let first = first.await.unwrap();
    assert!(
        first.iter().all(|r| r.state == ProbeState::Filtered),
        "{first:?}"
    );
    (second, started.elapsed())
}

#[tokio::test(start_paused = true)]
async fn a_check_queued_for_sockets_gets_its_whole_deadline_from_its_turn() {
    let (second, took) = two_checks_on_two_sockets(Duration::from_millis(5000)).await;
    // Silence is listened to for 2 s: the second check's wait did not shorten its own.
    assert!(
        second.iter().all(|r| r.state == ProbeState::Filtered),
        "{second:?}"
    );
    assert_eq!(
        took,
        Duration::from_millis(4000),
        "2 s of turn, then 2 s of its own"
    );
}

#[tokio::test(start_paused = true)]
async fn a_check_whose_turn_does_not_come_in_time_is_not_tested() {
    let (second, took) = two_checks_on_two_sockets(Duration::from_millis(1000)).await;
    assert!(
        second
            .iter()
            .all(|r| r.state == ProbeState::Error
                && r.detail == ProbeDetail::NotRun(NotRunWhy::TooBusy)),
        "{second:?}"
    );
    assert_eq!(
        took,
        Duration::from_millis(2000),
        "the first check's own time"
    );
}

#[tokio::test(start_paused = true)]
async fn results_stream_as_they_come_and_return_in_plan_order() {
    let ms = Duration::from_millis;
    let prober = Prober::new(
        network(vec![
            ((Tcp, 1), Script::AnswerAfter(ms(30))),
            ((Tcp, 2), Script::AnswerAfter(ms(10))),
            ((Tcp, 3), Script::AnswerAfter(ms(20))),
        ]),
        CONFIG,
    );
    let seen = Mutex::new(Vec::new());
    let results = prober
        .run(
            TARGET,
            &plan(&[(Tcp, 1), (Tcp, 2), (Tcp, 3)]),
            &prober.round_trips(),
            |r| seen.lock().unwrap().push(r.port.get()),
        )
        .await;
    assert_eq!(
        *seen.lock().unwrap(),
        [2, 3, 1],
        "streamed in the order they finished"
    );
    let ports: Vec<_> = results.iter().map(|r| r.port.get()).collect();
    assert_eq!(ports, [1, 2, 3]);
}

#[tokio::test(start_paused = true)]
async fn a_silent_port_is_given_up_on_sooner_when_the_others_answer_fast() {
    let ms = Duration::from_millis;
    let prober = Prober::new(
        network(vec![
            ((Tcp, 1), Script::AnswerAfter(ms(30))),
            (
                (Tcp, 2),
                Script::FailAfter(ms(30), io::ErrorKind::ConnectionRefused),
            ),
            ((Tcp, 3), Script::Silent),
        ]),
        CONFIG,
    );
    let started = Instant::now();
    let results = prober
        .run(
            TARGET,
            &plan(&[(Tcp, 1), (Tcp, 2), (Tcp, 3)]),
            &prober.round_trips(),
            |_| {},
        )
        .await;
    assert_eq!(
        (results[2].state, results[2].attempts),
        (ProbeState::Filtered, 5)
    );
    assert_eq!(
        started.elapsed(),
        ms(1250),
        "five attempts at the floor, not two of the full second"
    );
}

#[tokio::test(start_paused = true)]
async fn handshakes_lost_four_times_are_still_found_open() {
    let ms = Duration::from_millis;
    let prober = Prober::new(
        network(vec![
            ((Tcp, 1), Script::AnswerAfter(ms(30))),
            ((Tcp, 2), Script::SilentFor(4, AtomicU8::new(0))),
        ]),
        CONFIG,
    );
    let results = prober
        .run(
            TARGET,
            &plan(&[(Tcp, 1), (Tcp, 2)]),
            &prober.round_trips(),
            |_| {},
        )
        .await;
    assert_eq!(
        (results[1].state, results[1].attempts),
        (ProbeState::Open, 5)
    );
}

#[tokio::test(start_paused = true)]
async fn on_a_slow_link_a_slow_answer_is_waited_for() {
    let ms = Duration::from_millis;
    // The visitor's ports answer in 300 ms; one takes 550 ms (jitter, a busy router).
    let prober = Prober::new(
        network(vec![
            ((Tcp, 1), Script::AnswerAfter(ms(300))),
            (
                (Tcp, 2),
                Script::FailAfter(ms(300), io::ErrorKind::ConnectionRefused),
            ),
            ((Tcp, 3), Script::AnswerAfter(ms(550))),
        ]),
        CONFIG,
    );
    let results = prober
        .run(
            TARGET,
            &plan(&[(Tcp, 1), (Tcp, 2), (Tcp, 3)]),
            &prober.round_trips(),
            |_| {},
        )
        .await;
    assert_eq!(
        (results[2].state, results[2].attempts),
        (ProbeState::Open, 1)
    );
}

#[tokio::test(start_paused = true)]
async fn a_round_trip_told_before_any_probe_answers_sets_the_waits() {
    // A router that drops everything it did not ask for: no probe ever answers, but the
    // page's own request told the round trip.
    let prober = Prober::new(
        network(vec![((Tcp, 1), Script::Silent), ((Udp, 2), Script::Silent)]),
        CONFIG,
    );
    let round_trips = prober.round_trips();
    round_trips.record(Duration::from_millis(40));
    let started = Instant::now();
    let results = prober
        .run(TARGET, &plan(&[(Tcp, 1), (Udp, 2)]), &round_trips, |_| {})
        .await;
    assert_eq!(results[0].state, ProbeState::Filtered);
    assert_eq!(
        started.elapsed(),
        Duration::from_millis(1250),
        "five attempts at the floor, not two at the ceiling"
    );
}

#[tokio::test(start_paused = true)]
async fn an_answer_slower_than_the_wait_still_counts() {
    let ms = Duration::from_millis;
    // The router answers in 30 ms; the device behind it, waking up, in 400 ms each time.
    let prober = Prober::new(
        network(vec![
            (
                (Tcp, 1),
                Script::FailAfter(ms(30), io::ErrorKind::ConnectionRefused),
            ),
            ((Tcp, 2), Script::AnswerAfter(ms(400))),
        ]),
        CONFIG,
    );
    let results = prober
        .run(
            TARGET,
            &plan(&[(Tcp, 1), (Tcp, 2)]),
            &prober.round_trips(),
            |_| {},
        )
        .await;
    assert_eq!(results[1].state, ProbeState::Open, "{:?}", results[1]);
    assert_eq!(results[1].rtt_ms, Some(400.0), "the first attempt's answer");
}

#[tokio::test(start_paused = true)]
async fn a_wait_that_grows_never_takes_an_attempt_past_the_budget() {
    // A budget of one ceiling: attempts at 0, 250, 500 and 750 ms.
    let config = ProbeConfig {
        retries: 0,
        ..CONFIG
    };
    let prober = Prober::new(
        network(vec![
            (
                (Tcp, 1),
                Script::FailAfter(Duration::from_millis(30), io::ErrorKind::ConnectionRefused),
            ),
            ((Tcp, 2), Script::Silent),
        ]),
        config,
    );
    let round_trips = prober.round_trips();
    let late = round_trips.clone();
    // A late, long round trip (a page asking for its events late) raises the wait to the
    // ceiling while the silent port's attempts are under way.
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(800)).await;
        late.record(Duration::from_millis(2000));
    });
    let started = Instant::now();
    let results = prober
        .run(TARGET, &plan(&[(Tcp, 1), (Tcp, 2)]), &round_trips, |_| {})
        .await;
    assert_eq!(results[1].state, ProbeState::Filtered);
    assert_eq!(
        started.elapsed(),
        Duration::from_millis(1000),
        "the last attempt ends with the budget, not 1,000 ms after it began"
    );
}

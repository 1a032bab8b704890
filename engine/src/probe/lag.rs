//! Whether the server keeps time. A probe's silence means something only if the server
//! would have noticed an answer: when it is short of CPU its timers fire late and answers
//! wait in queues, so a port that answered looks silent. New checks therefore start
//! probing only while the server's timers run on time, and wait for their turn otherwise.

use std::{
    sync::{Arc, OnceLock, Weak},
    time::Duration,
};

use tokio::{
    sync::watch,
    time::{Instant, sleep},
};

/// How often the server's timekeeping is measured.
const TICK: Duration = Duration::from_millis(10);
/// How late a timer may fire while checks still start: far under the shortest wait for an
/// answer (250 ms by default), so lateness cannot turn an answer into silence.
pub const LATE_LIMIT: Duration = Duration::from_millis(40);

/// How late the server's timers fire, measured by a task of its own on the runtime the
/// probes run on (started with the first check).
#[derive(Default)]
pub struct Lag {
    on_time: OnceLock<watch::Receiver<bool>>,
}

impl Lag {
    /// Returns once the server's timers fire on time (at once when they do).
    pub async fn on_time(self: &Arc<Self>) {
        let mut on_time = self
            .on_time
            .get_or_init(|| spawn_monitor(Arc::downgrade(self)))
            .clone();
        // The monitor ends only with the prober: then there is nothing left to wait for.
        let _ = on_time.wait_for(|on_time| *on_time).await;
    }
}

/// Measures, every [`TICK`], how late a timer of that length fired; ends when `lag` is
/// dropped.
fn spawn_monitor(lag: Weak<Lag>) -> watch::Receiver<bool> {
    let (report, on_time) = watch::channel(true);
    tokio::spawn(async move {
        while lag.strong_count() > 0 {
            let asked = Instant::now();
            sleep(TICK).await;
            let late = asked.elapsed().saturating_sub(TICK);
            report.send_if_modified(|on_time| {
                let now = late <= LATE_LIMIT;
                std::mem::replace(on_time, now) != now
            });
        }
    });
    on_time
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(flavor = "current_thread")]
    async fn a_server_that_keeps_time_starts_checks_at_once_and_a_late_one_waits() {
        let lag = Arc::new(Lag::default());
        tokio::time::timeout(Duration::from_secs(5), lag.on_time())
            .await
            .expect("an idle runtime is on time");

        // A task hogs the only thread again and again, each time for longer than the
        // limit, as work does on a server short of CPU (the blocking sleep is that work):
        // every tick of the monitor spans a hog and is late, until the hog ends.
        let hog = tokio::spawn(async {
            for _ in 0..5 {
                std::thread::sleep(LATE_LIMIT * 2);
                tokio::task::yield_now().await;
            }
            Instant::now()
        });
        // The check arrives once the monitor has found the server behind.
        let mut on_time = lag.on_time.get().expect("the monitor runs").clone();
        tokio::time::timeout(Duration::from_secs(5), on_time.wait_for(|on_time| !on_time))
            .await
            .expect("the monitor finds the hogged runtime late")
            .expect("the monitor runs on");
        let check = tokio::spawn({
            let lag = lag.clone();
            async move {
                lag.on_time().await;
                Instant::now()
            }
        });
        let hog_ended = hog.await.unwrap();
        let check_started = tokio::time::timeout(Duration::from_secs(5), check)
            .await
            .expect("the timers run on time again once the hog is over")
            .unwrap();
        assert!(
            check_started >= hog_ended,
            "a check arriving while the server fell behind waited for it to catch up"
        );
    }
}

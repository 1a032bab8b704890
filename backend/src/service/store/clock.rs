//! The database's clock, as one server reads it. Servers sharing a database write times
//! into it (when a check began, must end, expires) and compare them with "now"; their
//! hosts' clocks may differ by seconds or minutes. So each server reads the database's
//! clock now and then and keeps the difference: every time it writes or compares is its
//! own clock plus that difference, the database's time, the same on every host.

use std::{
    sync::atomic::{AtomicI64, Ordering},
    time::{Duration, SystemTime, UNIX_EPOCH},
};

#[derive(Debug, Default)]
pub struct DatabaseClock {
    /// The database's clock less this host's, in milliseconds.
    offset_ms: AtomicI64,
    /// How far this host's clock is off, in tests of several hosts in one process.
    #[cfg(test)]
    local_skew_ms: AtomicI64,
}

impl DatabaseClock {
    /// The time by the database's clock, as last measured.
    pub fn now(&self) -> SystemTime {
        shifted(self.local_now(), self.offset_ms.load(Ordering::Relaxed))
    }

    /// This host's own clock.
    pub fn local_now(&self) -> SystemTime {
        let now = host_now();
        #[cfg(test)]
        let now = shifted(now, self.local_skew_ms.load(Ordering::Relaxed));
        now
    }

    /// Takes a reading of the database's clock, `database_ms` since the epoch, asked at
    /// `asked` and answered at `answered` on this host's: it was read about halfway.
    pub fn set(&self, asked: SystemTime, database_ms: i64, answered: SystemTime) {
        let halfway = millis(asked) + (millis(answered) - millis(asked)) / 2;
        self.offset_ms
            .store(database_ms - halfway, Ordering::Relaxed);
    }

    /// Makes this host's clock `by_ms` off, as another host's may be.
    #[cfg(test)]
    pub fn skew_local_clock(&self, by_ms: i64) {
        self.local_skew_ms.store(by_ms, Ordering::Relaxed);
    }
}

/// This host's clock: the one place it is read for times the store keeps (SQLite's, one
/// server's file, keeps them by it).
#[allow(clippy::disallowed_methods)]
pub fn host_now() -> SystemTime {
    SystemTime::now()
}

fn millis(time: SystemTime) -> i64 {
    match time.duration_since(UNIX_EPOCH) {
        Ok(after) => after.as_millis() as i64,
        Err(before) => -(before.duration().as_millis() as i64),
    }
}

fn shifted(time: SystemTime, by_ms: i64) -> SystemTime {
    let by = Duration::from_millis(by_ms.unsigned_abs());
    if by_ms >= 0 { time + by } else { time - by }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_host_whose_clock_is_off_reads_the_database_s_time() {
        let clock = DatabaseClock::default();
        clock.skew_local_clock(-90_000);
        let database = host_now();
        let asked = clock.local_now();
        clock.set(asked, millis(database), asked + Duration::from_millis(40));
        let off = millis(clock.now()) - millis(database);
        assert!(off.abs() < 1_000, "{off} ms from the database's clock");
    }
}

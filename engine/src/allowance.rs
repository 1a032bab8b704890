//! Allowances per key: a token bucket of `burst` uses, refilled at a steady rate, in a
//! table of bounded size. A use can be looked at before it is taken, so a caller held to
//! several allowances (a household's, its network's, everybody's) spends none of them
//! when one says no.

use std::{
    collections::HashMap,
    hash::Hash,
    time::{Duration, Instant},
};

/// When the table is full, idle keys are forgotten at once, but not more often, so a
/// flood of new keys cannot make every use pay for a sweep.
const SWEEP_WHEN_FULL_EVERY: Duration = Duration::from_secs(1);

/// Why a use is not allowed now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Denied {
    /// This key's allowance is spent; it has one again after this long.
    Spent { retry_after: Duration },
    /// The table has no room for another key.
    Full,
}

/// Token buckets by key.
pub struct Allowances<K> {
    buckets: HashMap<K, Bucket>,
    per_second: f64,
    burst: f64,
    max_keys: usize,
    last_swept: Option<Instant>,
}

struct Bucket {
    tokens: f64,
    refilled: Instant,
}

impl<K: Hash + Eq + Clone> Allowances<K> {
    /// `burst` uses at once, refilled by `per_minute` a minute; at most `max_keys` keys.
    pub fn per_minute(per_minute: u32, burst: u32, max_keys: usize) -> Self {
        Self::new(f64::from(per_minute) / 60.0, burst, max_keys)
    }

    /// `burst` uses at once, refilled by `per_hour` an hour; at most `max_keys` keys.
    pub fn per_hour(per_hour: u32, burst: u32, max_keys: usize) -> Self {
        Self::new(f64::from(per_hour) / 3600.0, burst, max_keys)
    }

    /// `burst` uses at once, refilled by `per_second` a second; at most `max_keys` keys.
    pub fn per_second(per_second: u32, burst: u32, max_keys: usize) -> Self {
        Self::new(f64::from(per_second), burst, max_keys)
    }

    fn new(per_second: f64, burst: u32, max_keys: usize) -> Self {
        Self {
            buckets: HashMap::new(),
            per_second,
            burst: f64::from(burst.max(1)),
            max_keys,
            last_swept: None,
        }
    }

    /// Whether `key` may use its allowance now, without using it.
    pub fn check(&mut self, key: &K, now: Instant) -> Result<(), Denied> {
        if !self.buckets.contains_key(key) {
            return if self.has_room(now) {
                Ok(())
            } else {
                Err(Denied::Full)
            };
        }
        let (per_second, burst) = (self.per_second, self.burst);
        let bucket = self.buckets.get_mut(key).expect("present");
        bucket.refill(now, per_second, burst);
        if bucket.tokens >= 1.0 {
            return Ok(());
        }
        let retry_after = Duration::from_secs_f64((1.0 - bucket.tokens) / per_second);
        Err(Denied::Spent { retry_after })
    }

    /// Uses `key`'s allowance once; call after [`Allowances::check`] said yes.
    pub fn take(&mut self, key: K, now: Instant) {
        let (per_second, burst) = (self.per_second, self.burst);
        let bucket = self.buckets.entry(key).or_insert(Bucket {
            tokens: burst,
            refilled: now,
        });
        bucket.refill(now, per_second, burst);
        bucket.tokens = (bucket.tokens - 1.0).max(0.0);
    }

    /// Checks and, if allowed, uses `key`'s allowance.
    pub fn check_and_take(&mut self, key: K, now: Instant) -> Result<(), Denied> {
        self.check(&key, now)?;
        self.take(key, now);
        Ok(())
    }

    /// Forgets keys whose allowance is full again: they are as if never seen.
    pub fn forget_idle(&mut self, now: Instant) {
        let (per_second, burst) = (self.per_second, self.burst);
        self.buckets.retain(|_, bucket| {
            bucket.refill(now, per_second, burst);
            bucket.tokens < burst
        });
        self.buckets.shrink_to_fit();
        self.last_swept = Some(now);
    }

    /// Keys remembered now.
    pub fn len(&self) -> usize {
        self.buckets.len()
    }

    pub fn is_empty(&self) -> bool {
        self.buckets.is_empty()
    }

    fn has_room(&mut self, now: Instant) -> bool {
        let swept_lately = self
            .last_swept
            .is_some_and(|at| now.duration_since(at) < SWEEP_WHEN_FULL_EVERY);
        if self.buckets.len() >= self.max_keys && !swept_lately {
            self.forget_idle(now);
        }
        self.buckets.len() < self.max_keys
    }
}

impl Bucket {
    fn refill(&mut self, now: Instant, per_second: f64, burst: f64) {
        let elapsed = now.saturating_duration_since(self.refilled).as_secs_f64();
        self.tokens = (self.tokens + elapsed * per_second).min(burst);
        self.refilled = now;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_then_a_steady_rate_with_the_wait_said() {
        let start = Instant::now();
        let mut allowances = Allowances::per_minute(6, 2, 10);
        assert_eq!(allowances.check_and_take("a", start), Ok(()));
        assert_eq!(allowances.check_and_take("a", start), Ok(()));
        assert_eq!(
            allowances.check_and_take("a", start),
            Err(Denied::Spent {
                retry_after: Duration::from_secs(10)
            })
        );
        assert_eq!(
            allowances.check_and_take("b", start),
            Ok(()),
            "others have theirs"
        );
        let later = start + Duration::from_secs(10);
        assert_eq!(allowances.check_and_take("a", later), Ok(()));
    }

    #[test]
    fn checking_spends_nothing() {
        let now = Instant::now();
        let mut allowances = Allowances::per_minute(1, 1, 10);
        for _ in 0..5 {
            assert_eq!(allowances.check(&"a", now), Ok(()));
        }
        allowances.take("a", now);
        assert!(allowances.check(&"a", now).is_err());
    }

    #[test]
    fn the_table_is_bounded_and_idle_keys_make_room() {
        let start = Instant::now();
        let mut allowances = Allowances::per_second(1, 1, 2);
        assert_eq!(allowances.check_and_take(1, start), Ok(()));
        assert_eq!(allowances.check_and_take(2, start), Ok(()));
        assert_eq!(allowances.check_and_take(3, start), Err(Denied::Full));
        // Two seconds on, both are full again and forgotten: room for a new key.
        let later = start + Duration::from_secs(2);
        assert_eq!(allowances.check_and_take(3, later), Ok(()));
        assert!(allowances.len() <= 2);
    }
}

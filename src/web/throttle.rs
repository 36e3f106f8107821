//! Sign-in throttling: failed attempts back off per account name and per client address.

use std::collections::HashMap;
use std::hash::Hash;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::ApiError;

/// How failed sign-ins back off for one kind of key (an account name, a client address).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    /// Failures allowed before the first wait.
    pub free: u32,
    /// The wait after the first failure past the free ones; each further failure doubles it.
    pub first_wait: Duration,
    /// The longest wait.
    pub max_wait: Duration,
    /// Failures are forgotten when none came for this long.
    pub forget_after: Duration,
}

impl Backoff {
    /// The wait after `failures` failures in a row.
    fn wait(&self, failures: u32) -> Duration {
        let Some(past) = failures.checked_sub(self.free) else { return Duration::ZERO };
        self.first_wait.saturating_mul(1 << past.min(20)).min(self.max_wait)
    }
}

/// A key's recent failures.
#[derive(Debug, Clone, Copy)]
struct Failures {
    count: u32,
    last: Instant,
}

/// The failures of one kind of key, each key backing off on its own.
struct Keyed<K> {
    policy: Backoff,
    failures: Mutex<HashMap<K, Failures>>,
}

/// More keys than this and the forgotten ones are dropped (memory stays bounded under a spray of names).
const MAX_KEYS: usize = 100_000;

impl<K: Hash + Eq> Keyed<K> {
    fn new(policy: Backoff) -> Keyed<K> {
        Keyed { policy, failures: Mutex::new(HashMap::new()) }
    }

    fn failures(&self) -> std::sync::MutexGuard<'_, HashMap<K, Failures>> {
        // A panic elsewhere while holding the lock leaves counts that are still counts.
        self.failures.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// How long `key` must still wait at `now` (zero: it may try).
    fn wait(&self, key: &K, now: Instant) -> Duration {
        match self.failures().get(key) {
            Some(f) if now.saturating_duration_since(f.last) < self.policy.forget_after => {
                (f.last + self.policy.wait(f.count)).saturating_duration_since(now)
            }
            _ => Duration::ZERO,
        }
    }

    fn fail(&self, key: K, now: Instant) {
        let forget = self.policy.forget_after;
        let mut failures = self.failures();
        if failures.len() >= MAX_KEYS {
            failures.retain(|_, f| now.saturating_duration_since(f.last) < forget);
        }
        let f = failures.entry(key).or_insert(Failures { count: 0, last: now });
        if now.saturating_duration_since(f.last) >= forget {
            f.count = 0;
        }
        f.count = f.count.saturating_add(1);
        f.last = now;
    }

    fn clear(&self, key: &K) {
        self.failures().remove(key);
    }
}

/// Sign-in throttling: only failed attempts count, per account name and per client address, and each failure past
/// the free ones doubles the wait. A correct password clears its account's failures (not its address's: signing in
/// to one's own account must not reset a guesser's count).
#[derive(Clone)]
pub struct LoginThrottle {
    by_account: Arc<Keyed<String>>,
    by_address: Arc<Keyed<IpAddr>>,
}

impl std::fmt::Debug for LoginThrottle {
    // The e-mail addresses and client addresses it counts stay out of logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LoginThrottle")
    }
}

impl Default for LoginThrottle {
    /// Five failures per account, then 5 s, 10 s, 20 s … up to 15 minutes; thirty per address, then the same.
    fn default() -> Self {
        let after = |free| Backoff {
            free,
            first_wait: Duration::from_secs(5),
            max_wait: Duration::from_secs(15 * 60),
            forget_after: Duration::from_secs(60 * 60),
        };
        LoginThrottle::new(after(5), after(30))
    }
}

impl LoginThrottle {
    /// A throttle with its policies per account name and per client address.
    pub fn new(per_account: Backoff, per_address: Backoff) -> LoginThrottle {
        LoginThrottle { by_account: Arc::new(Keyed::new(per_account)), by_address: Arc::new(Keyed::new(per_address)) }
    }

    /// Whether an attempt may be made now: `TooManyRequests` with the wait while the account or the address backs
    /// off. Checking counts nothing.
    pub fn check(&self, email: &str, address: Option<IpAddr>) -> Result<(), ApiError> {
        self.check_at(email, address, Instant::now())
    }

    fn check_at(&self, email: &str, address: Option<IpAddr>, now: Instant) -> Result<(), ApiError> {
        let by_account = self.by_account.wait(&crate::storage::normalise_email(email), now);
        let by_address = address.map_or(Duration::ZERO, |ip| self.by_address.wait(&ip, now));
        let wait = by_account.max(by_address);
        if wait.is_zero() {
            Ok(())
        } else {
            Err(ApiError::TooManyRequests { retry_after_secs: wait.as_secs() + u64::from(wait.subsec_nanos() > 0) })
        }
    }

    /// Counts a failed attempt against the account name and the address.
    pub fn failed(&self, email: &str, address: Option<IpAddr>) {
        self.failed_at(email, address, Instant::now());
    }

    fn failed_at(&self, email: &str, address: Option<IpAddr>, now: Instant) {
        self.by_account.fail(crate::storage::normalise_email(email), now);
        if let Some(ip) = address {
            self.by_address.fail(ip, now);
        }
    }

    /// Clears the account's failures after a correct password.
    pub fn succeeded(&self, email: &str) {
        self.by_account.clear(&crate::storage::normalise_email(email));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_failures_count_and_each_one_past_the_free_ones_doubles_the_wait() {
        let t = LoginThrottle::default();
        let t0 = Instant::now();
        let at = |secs: u64| t0 + Duration::from_secs(secs);
        // Correct sign-ins are never counted.
        for _ in 0..20 {
            t.check_at("someone@example.ca", None, t0).unwrap();
            t.succeeded("someone@example.ca");
        }
        for _ in 0..5 {
            t.check_at("Someone@Example.ca", None, t0).unwrap();
            t.failed_at("Someone@Example.ca", None, t0);
        }
        let wait = |now| match t.check_at("someone@example.ca ", None, now) {
            Err(ApiError::TooManyRequests { retry_after_secs }) => retry_after_secs,
            other => panic!("{other:?}"),
        };
        assert_eq!(wait(t0), 5);
        t.check_at("someone@example.ca", None, at(5)).unwrap();
        t.failed_at("someone@example.ca", None, at(5));
        assert_eq!(wait(at(5)), 10, "doubled");
        t.check_at("other@example.ca", None, at(5)).unwrap();
        // A correct password clears the account; failures long past are forgotten.
        t.succeeded("someone@example.ca");
        t.check_at("someone@example.ca", None, at(5)).unwrap();
        for _ in 0..6 {
            t.failed_at("someone@example.ca", None, at(10));
        }
        assert!(t.check_at("someone@example.ca", None, at(10)).is_err());
        t.check_at("someone@example.ca", None, at(10 + 3600)).unwrap();
        assert_eq!(
            Backoff { free: 0, ..LoginThrottle::default().by_account.policy }.wait(40),
            Duration::from_secs(900)
        );
    }

    #[test]
    fn an_address_backs_off_across_accounts_and_a_success_does_not_clear_it() {
        let t = LoginThrottle::default();
        let now = Instant::now();
        let ip: IpAddr = "192.0.2.7".parse().unwrap();
        for n in 0..30 {
            let email = format!("guess{n}@example.ca");
            t.check_at(&email, Some(ip), now).unwrap();
            t.failed_at(&email, Some(ip), now);
        }
        t.succeeded("mine@example.ca");
        assert!(matches!(t.check_at("mine@example.ca", Some(ip), now), Err(ApiError::TooManyRequests { .. })));
        t.check_at("mine@example.ca", Some("192.0.2.8".parse().unwrap()), now).unwrap();
    }
}

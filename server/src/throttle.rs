//! Slowing down guessing: of passwords (keyed by username), and of receipt codes and
//! their second factor on the community review page (keyed by receipt code and by the
//! caller's address). After five failures for one key, each further attempt must wait
//! 1, 2, 4 … seconds (at most 5 minutes) — the same rule the phone applies to its
//! passphrase (`forms::vault::UnlockThrottle`). The answer is the same whether the
//! username or code exists or not, so the delay reveals nothing.

use std::collections::HashMap;
use std::sync::Mutex;

use forms::vault::UnlockThrottle;

/// Entries kept before old ones are dropped (a flood of made-up usernames must not grow
/// memory without bound).
const MAX_ENTRIES: usize = 10_000;

/// Failed attempts by normalised key (a username, `code:` + receipt, `ip:` + address).
#[derive(Default)]
pub struct Throttle {
    failures: Mutex<HashMap<String, UnlockThrottle>>,
}

fn key(username: &str) -> String {
    username.trim().to_lowercase()
}

fn now_ms() -> f64 {
    time::OffsetDateTime::now_utc().unix_timestamp_nanos() as f64 / 1e6
}

impl Throttle {
    /// Seconds to wait before this key may try again (0: go ahead).
    pub fn wait_seconds(&self, username: &str) -> u64 {
        let map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        map.get(&key(username))
            .map_or(0, |t| (t.wait_ms(now_ms()) / 1000.0).ceil() as u64)
    }

    pub fn record_failure(&self, username: &str) {
        let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        if map.len() >= MAX_ENTRIES {
            let now = now_ms();
            map.retain(|_, t| now - t.last_failure_ms < 3_600_000.0);
        }
        map.entry(key(username))
            .or_default()
            .record_failure(now_ms());
    }

    pub fn record_success(&self, username: &str) {
        let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        map.remove(&key(username));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_free_failures_then_a_wait_and_success_clears() {
        let t = Throttle::default();
        for _ in 0..5 {
            assert_eq!(t.wait_seconds("Steward"), 0);
            t.record_failure("steward ");
        }
        assert_eq!(t.wait_seconds("steward"), 1);
        t.record_success("STEWARD");
        assert_eq!(t.wait_seconds("steward"), 0);
    }
}

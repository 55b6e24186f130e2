//! How a phone paces its sync: how many records go in one batch, and how long to wait
//! before trying again after a failure. Pure arithmetic (the caller measures time and
//! draws the jitter), so it is tested here rather than in a browser.
//!
//! Batches start at [`Pace::FIRST_BATCH`] records and double while a full batch takes
//! under [`Pace::FAST_MS`], and halve when one takes over [`Pace::SLOW_MS`] or fails:
//! a good connection sends [`MAX_BATCH_RECORDS`] at a time, a poor one small batches
//! whose loss costs little. After failures in a row the next try waits 2, 4, 8 … 256 s
//! (never more than [`Pace::MAX_WAIT_S`] before jitter), times a jitter between 0.5 and
//! 1.5, so that the phones of a team coming back into coverage together do not all call
//! at the same moment.

use crate::batch::{MAX_BATCH_BYTES, MAX_BATCH_RECORDS};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pace {
    /// The batch size the connection has earned so far.
    batch: usize,
    /// Failed attempts in a row.
    failures: u32,
}

impl Default for Pace {
    fn default() -> Pace {
        Pace::new()
    }
}

impl Pace {
    pub const FIRST_BATCH: usize = 10;
    /// A full batch acknowledged faster than this doubles the next.
    pub const FAST_MS: f64 = 2000.0;
    /// A batch slower than this halves the next.
    pub const SLOW_MS: f64 = 8000.0;
    /// The longest wait before trying again, in seconds.
    pub const MAX_WAIT_S: f64 = 300.0;

    pub const fn new() -> Pace {
        Pace {
            batch: Pace::FIRST_BATCH,
            failures: 0,
        }
    }

    /// The batch size earned, within what the server takes.
    fn earned(&self) -> usize {
        self.batch.clamp(1, MAX_BATCH_RECORDS)
    }

    /// How many of `waiting` records go in the next batch.
    pub fn next_batch(&self, waiting: usize) -> usize {
        self.earned().min(waiting)
    }

    /// A batch of `size` records was acknowledged after `took_ms`. Only a full batch says
    /// how fast the link is (the last, short one of a sync must not shrink the next
    /// sync's first batch); a slow one of any size does.
    pub fn acknowledged(&mut self, size: usize, took_ms: f64) {
        let full = size == self.earned();
        if took_ms > Pace::SLOW_MS {
            self.batch = (size / 2).max(1);
        } else if took_ms < Pace::FAST_MS && full {
            self.batch = (size * 2).min(MAX_BATCH_RECORDS);
        }
    }

    /// A batch of `size` records failed (network, server, timeout): the next is half.
    pub fn batch_failed(&mut self, size: usize) {
        self.batch = (size / 2).max(1);
    }

    /// A sync ended well: the next failure waits the shortest time again.
    pub fn succeeded(&mut self) {
        self.failures = 0;
    }

    /// A sync failed: how many seconds to wait before trying again. `jitter` is a random
    /// number in [0, 1) (the caller's, so this stays pure).
    pub fn retry_after_s(&mut self, jitter: f64) -> f64 {
        self.failures = self.failures.saturating_add(1);
        let base = 2f64.powi(self.failures.min(8) as i32).min(Pace::MAX_WAIT_S);
        base * (0.5 + jitter.clamp(0.0, 1.0))
    }
}

/// How many of the waiting records go in the next batch: at most `count` (the pace's
/// choice), no more than [`MAX_BATCH_BYTES`] of them, and at least one while any waits (a
/// record larger than the budget goes alone). `sizes`: each waiting record's size when
/// sent, in sending order.
pub fn fit(sizes: impl IntoIterator<Item = usize>, count: usize) -> usize {
    let mut total = 0usize;
    let mut n = 0;
    for size in sizes.into_iter().take(count) {
        total = total.saturating_add(size);
        if n > 0 && total > MAX_BATCH_BYTES {
            break;
        }
        n += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_double_while_full_and_fast_up_to_what_the_server_takes() {
        let mut pace = Pace::new();
        assert_eq!(pace.next_batch(1000), 10);
        let mut sizes = Vec::new();
        for _ in 0..8 {
            let size = pace.next_batch(1000);
            sizes.push(size);
            pace.acknowledged(size, 500.0);
        }
        assert_eq!(sizes, [10, 20, 40, 80, 160, 200, 200, 200]);
        assert_eq!(MAX_BATCH_RECORDS, 200);
    }

    #[test]
    fn a_batch_holds_what_the_byte_budget_allows_and_a_big_record_goes_alone() {
        const MB: usize = 1024 * 1024;
        // Ten interviews of 2 MB each (a recording): two a batch, not one 20 MB request.
        assert_eq!(fit([2 * MB; 10], 10), 2);
        // Small records: the pace decides.
        assert_eq!(fit([3_000; 50], 10), 10);
        // A 6 MB record first goes alone; after small ones it waits for the next batch.
        assert_eq!(fit([6 * MB, 1_000], 10), 1);
        assert_eq!(fit([1_000, 6 * MB], 10), 1);
        assert_eq!(fit([1_000, 1_000, MB], 2), 2);
        assert_eq!(fit([MB], 0), 0);
        assert_eq!(fit(std::iter::empty(), 10), 0, "nothing waits");
    }

    #[test]
    fn a_short_last_batch_does_not_shrink_or_grow_the_next_sync() {
        let mut pace = Pace::new();
        pace.acknowledged(10, 500.0);
        assert_eq!(pace.next_batch(3), 3);
        pace.acknowledged(3, 500.0);
        assert_eq!(pace.next_batch(1000), 20, "three fast records say nothing");
        pace.acknowledged(20, 4000.0);
        assert_eq!(pace.next_batch(1000), 20, "between fast and slow: kept");
    }

    #[test]
    fn slow_or_failed_batches_halve_but_never_reach_zero() {
        let mut pace = Pace::new();
        pace.acknowledged(10, 9000.0);
        assert_eq!(pace.next_batch(1000), 5);
        pace.batch_failed(5);
        assert_eq!(pace.next_batch(1000), 2);
        pace.batch_failed(2);
        pace.batch_failed(1);
        assert_eq!(pace.next_batch(1000), 1);
        pace.acknowledged(1, 100.0);
        assert_eq!(
            pace.next_batch(1000),
            2,
            "and grow again when the link is good"
        );
    }

    #[test]
    fn retries_back_off_from_two_seconds_to_five_minutes_with_jitter() {
        let mut pace = Pace::new();
        let waits: Vec<f64> = (0..10).map(|_| pace.retry_after_s(0.5)).collect();
        assert_eq!(
            waits,
            [2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 256.0, 256.0]
        );
        let mut pace = Pace::new();
        for _ in 0..20 {
            pace.retry_after_s(0.0);
        }
        assert_eq!(pace.retry_after_s(0.0), 128.0);
        assert_eq!(pace.retry_after_s(0.999_999).round(), 384.0);
        assert_eq!(pace.retry_after_s(7.0), 384.0, "jitter is clamped");
        pace.succeeded();
        assert_eq!(pace.retry_after_s(0.0), 1.0);
    }
}

//! The `attempts` table: failed guesses counted across every server process
//! (see [`crate::throttle`]).

use super::{Db, Pool};
use crate::error::Result;
use crate::throttle::{Refusal, Rule, wait_after};

/// How many times a reservation re-reads a row that a concurrent attempt changed under
/// it before refusing (each re-read means another attempt went through meanwhile).
const RETRIES: usize = 16;

/// `next_at` of a key locked for good (its rule's cap was reached).
const LOCKED: i64 = i64::MAX;

impl Db {
    /// Reserve one attempt on `key` (already hashed) under `rule` at `now` (Unix ms): it
    /// counts as a failure from now on. Compare-and-set: the row is changed only if it
    /// still holds what was read, so concurrent attempts cannot all read the same count.
    pub async fn reserve_attempt(
        &self,
        key: &str,
        rule: &Rule,
        now: i64,
    ) -> Result<std::result::Result<(), Refusal>> {
        for _ in 0..RETRIES {
            let row: Option<(i64, i64)> = on_pool!(self, pool, Backend => {
                sqlx::query_as("SELECT failures, next_at FROM attempts WHERE key = $1")
                    .bind(key)
                    .fetch_optional(pool)
                    .await?
            });
            let Some((failures, next_at)) = row else {
                let created = on_pool!(self, pool, Backend => {
                    sqlx::query(
                        "INSERT INTO attempts (key, failures, next_at, touched)
                         VALUES ($1, 1, $2, $3) ON CONFLICT(key) DO NOTHING",
                    )
                    .bind(key)
                    .bind(next_at_after(rule, 1, now))
                    .bind(now)
                    .execute(pool)
                    .await?
                    .rows_affected()
                });
                if created == 1 {
                    return Ok(Ok(()));
                }
                continue;
            };
            if next_at == LOCKED {
                return Ok(Err(Refusal::Locked));
            }
            if now < next_at {
                let seconds = u64::try_from((next_at - now + 999) / 1000).unwrap_or(1);
                return Ok(Err(Refusal::Wait(seconds)));
            }
            let after = u32::try_from(failures)
                .unwrap_or(u32::MAX)
                .saturating_add(1);
            let changed = on_pool!(self, pool, Backend => {
                sqlx::query(
                    "UPDATE attempts SET failures = $1, next_at = $2, touched = $3
                     WHERE key = $4 AND failures = $5 AND next_at = $6",
                )
                .bind(failures + 1)
                .bind(next_at_after(rule, after, now))
                .bind(now)
                .bind(key)
                .bind(failures)
                .bind(next_at)
                .execute(pool)
                .await?
                .rows_affected()
            });
            if changed == 1 {
                return Ok(Ok(()));
            }
        }
        // Many concurrent attempts on one key: this one waits its turn.
        Ok(Err(Refusal::Wait(1)))
    }

    /// A reserved attempt was right: clear the key, or give back the one attempt (which
    /// also lifts a lock that this very attempt set).
    pub async fn attempt_succeeded(&self, key: &str, reset: bool) -> Result<()> {
        on_pool!(self, pool, Backend => {
            if reset {
                sqlx::query("DELETE FROM attempts WHERE key = $1")
                    .bind(key)
                    .execute(pool)
                    .await?;
            } else {
                sqlx::query(
                    "UPDATE attempts SET failures = failures - 1,
                       next_at = CASE WHEN next_at = $2 THEN 0 ELSE next_at END
                     WHERE key = $1 AND failures > 0",
                )
                .bind(key)
                .bind(LOCKED)
                .execute(pool)
                .await?;
            }
            Ok(())
        })
    }

    /// Forget keys idle since `before` (Unix ms), except those locked for good: the daily
    /// purge keeps the table small, and a lockout never expires by itself.
    pub async fn forget_idle_attempts(&self, before: i64) -> Result<u64> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query("DELETE FROM attempts WHERE touched < $1 AND next_at <> $2")
                .bind(before)
                .bind(LOCKED)
                .execute(pool)
                .await?
                .rows_affected())
        })
    }
}

/// When the next attempt may come after `failures` failures (locked at the cap).
fn next_at_after(rule: &Rule, failures: u32, now: i64) -> i64 {
    if rule.cap.is_some_and(|cap| failures >= cap) {
        return LOCKED;
    }
    match wait_after(rule, failures) {
        0 => 0,
        wait => now.saturating_add(wait),
    }
}

impl Db {
    /// Take the lease `name` for `holder` until `until` (Unix ms) if nobody holds it at
    /// `now`: true when taken. One statement, so two processes never both take it.
    pub async fn take_lease(&self, name: &str, holder: &str, now: i64, until: i64) -> Result<bool> {
        on_pool!(self, pool, Backend => {
            let taken = sqlx::query(
                "INSERT INTO leases (name, holder, until) VALUES ($1, $2, $3)
                 ON CONFLICT(name) DO UPDATE SET holder = excluded.holder, until = excluded.until
                 WHERE leases.until <= $4",
            )
            .bind(name)
            .bind(holder)
            .bind(until)
            .bind(now)
            .execute(pool)
            .await?
            .rows_affected();
            Ok(taken == 1)
        })
    }
}

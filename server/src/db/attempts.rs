//! The `attempts` table: failed guesses counted across every server process
//! (see [`crate::throttle`]).

use super::{Db, Pool};
use crate::error::Result;
use crate::throttle::{Refusal, Rule, wait_after};

/// `next_at` of a key locked for good (its rule's cap was reached).
const LOCKED: i64 = i64::MAX;

/// Count one more failure on a key whose wait is over, and set its next wait, in one
/// statement: the row's lock makes concurrent attempts take turns, and each sees the
/// wait the one before it set. (`failures` on the right is the value before the update.)
const COUNT_ONE: &str = "UPDATE attempts SET
    failures = failures + 1,
    touched = $1,
    next_at = CASE
      WHEN $2 > 0 AND failures + 1 >= $2 THEN $3
      WHEN failures + 1 < $4 THEN 0
      WHEN failures + 1 - $4 >= 30 THEN $1 + $5
      WHEN (CAST(1000 AS BIGINT) << CAST(failures + 1 - $4 AS INTEGER)) > $5 THEN $1 + $5
      ELSE $1 + (CAST(1000 AS BIGINT) << CAST(failures + 1 - $4 AS INTEGER))
    END
  WHERE key = $6 AND next_at <= $1";

impl Db {
    /// Reserve one attempt on `key` (already hashed) under `rule` at `now` (Unix ms): it
    /// counts as a failure from now on. One atomic statement decides, so a burst of
    /// concurrent attempts gets exactly what one caller sending them in turn would get.
    pub async fn reserve_attempt(
        &self,
        key: &str,
        rule: &Rule,
        now: i64,
    ) -> Result<std::result::Result<(), Refusal>> {
        let cap = i64::from(rule.cap.unwrap_or(0));
        let max_wait = i64::try_from(rule.max_wait_s)
            .unwrap_or(i64::MAX / 2000)
            .saturating_mul(1000);
        for _ in 0..2 {
            let counted = on_pool!(self, pool, Backend => {
                sqlx::query(COUNT_ONE)
                    .bind(now)
                    .bind(cap)
                    .bind(LOCKED)
                    .bind(i64::from(rule.free))
                    .bind(max_wait)
                    .bind(key)
                    .execute(pool)
                    .await?
                    .rows_affected()
            });
            if counted == 1 {
                return Ok(Ok(()));
            }
            let row: Option<i64> = on_pool!(self, pool, Backend => {
                sqlx::query_scalar("SELECT next_at FROM attempts WHERE key = $1")
                    .bind(key)
                    .fetch_optional(pool)
                    .await?
            });
            match row {
                Some(LOCKED) => return Ok(Err(Refusal::Locked)),
                Some(next_at) if next_at > now => {
                    let seconds = u64::try_from((next_at - now + 999) / 1000).unwrap_or(1);
                    return Ok(Err(Refusal::Wait(seconds)));
                }
                // The wait ended between the two statements: count again.
                Some(_) => continue,
                None => {
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
                    // Another attempt created the row first: count on it.
                }
            }
        }
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

//! What the community monitor's report reads (see [`crate::monitor`]): counts and dates
//! grouped in the query, so no receipt, record id or text is ever fetched for it.

use super::{Db, Pool};
use crate::error::Result;

/// One export in the ledger, with its recipient's role in the project (`None`: not a
/// member, e.g. the command line).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct LedgerLine {
    pub at: String,
    pub profile: String,
    pub recipient: String,
    pub role: Option<String>,
    pub format: String,
    pub records: i64,
    pub suppressed: i64,
}

/// The dates and state of one case: what handling times are computed from.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CaseTimes {
    pub category: String,
    pub status: String,
    pub filed_at: String,
    pub acknowledged_at: Option<String>,
    pub answered_at: Option<String>,
}

impl Db {
    /// The project's export ledger, oldest first.
    pub async fn ledger(&self, project_id: &str) -> Result<Vec<LedgerLine>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT l.at, l.profile, l.recipient, \
                 (SELECT m.role FROM memberships m JOIN users u ON u.id = m.user_id \
                  WHERE u.username = l.recipient AND m.project_id = l.project_id) AS role, \
                 l.format, CAST(l.records AS BIGINT) AS records, \
                 CAST(l.suppressed AS BIGINT) AS suppressed \
                 FROM export_ledger l WHERE l.project_id = $1 ORDER BY l.id",
            )
            .bind(project_id)
            .fetch_all(pool)
            .await?)
        })
    }

    /// Withdrawals by month: `(YYYY-MM, of one purpose, of everything)`.
    pub async fn withdrawals_by_month(&self, project_id: &str) -> Result<Vec<(String, i64, i64)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT SUBSTR(at, 1, 7) AS month, \
                 CAST(SUM(CASE WHEN purpose IS NULL THEN 0 ELSE 1 END) AS BIGINT), \
                 CAST(SUM(CASE WHEN purpose IS NULL THEN 1 ELSE 0 END) AS BIGINT) \
                 FROM withdrawals WHERE project_id = $1 \
                 GROUP BY SUBSTR(at, 1, 7) ORDER BY month",
            )
            .bind(project_id)
            .fetch_all(pool)
            .await?)
        })
    }

    /// Records deleted, by day and reason: `(YYYY-MM-DD, reason, count)`.
    pub async fn purges_by_day(&self, project_id: &str) -> Result<Vec<(String, String, i64)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT SUBSTR(at, 1, 10) AS day, reason, CAST(COUNT(*) AS BIGINT) \
                 FROM tombstones WHERE project_id = $1 \
                 GROUP BY SUBSTR(at, 1, 10), reason ORDER BY day, reason",
            )
            .bind(project_id)
            .fetch_all(pool)
            .await?)
        })
    }

    /// Every case's category, state and dates (no text).
    pub async fn case_handling(&self, project_id: &str) -> Result<Vec<CaseTimes>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT category, status, filed_at, acknowledged_at, answered_at \
                 FROM feedback WHERE project_id = $1",
            )
            .bind(project_id)
            .fetch_all(pool)
            .await?)
        })
    }
}

//! Withdrawals, tombstones and what the purge erases.

use super::names::forget_name;
use super::*;

/// A record found by its receipt code (community review).
#[derive(sqlx::FromRow)]
pub struct ReceiptRecord {
    pub id: String,
    pub project_id: String,
    pub access_hash: Option<String>,
    #[sqlx(rename = "consent")]
    pub consent_json: String,
    pub form_id: String,
    pub form_version: String,
    #[sqlx(rename = "answers")]
    pub answers_json: String,
    pub enumerator: String,
}

/// One line of a withdrawal notice: an export that included a record later withdrawn.
#[derive(sqlx::FromRow, serde::Serialize)]
pub struct NoticeRow {
    pub receipt: String,
    pub submission_id: String,
    /// None: everything was withdrawn.
    pub purpose: Option<String>,
    pub withdrawn_at: String,
    pub via: String,
    pub export_id: i64,
    pub profile: String,
    pub recipient: String,
    pub exported_at: String,
}

impl Db {
    /// Records of a project received before `before` (RFC 3339) that are not refusals,
    /// with the purposes they still hold: (id, receipt, received_at, purposes).
    pub async fn purge_candidates(
        &self,
        project_id: &str,
        before: &str,
    ) -> Result<Vec<(String, String, String, Option<String>)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT s.id, s.receipt, s.received_at,
                        (SELECT string_agg(p.purpose, ' ') FROM submission_purposes p
                          WHERE p.submission_id = s.id)
                 FROM submissions s
                 WHERE s.project_id = $1 AND NOT s.refused AND s.received_at < $2
                 ORDER BY s.received_at",
            )
            .bind(project_id)
            .bind(before)
            .fetch_all(pool)
            .await?)
        })
    }

    /// Records that hold no purpose any more (every one withdrawn), refusals aside:
    /// (id, receipt).
    pub async fn fully_withdrawn(&self, project_id: &str) -> Result<Vec<(String, String)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT s.id, s.receipt FROM submissions s
                 WHERE s.project_id = $1 AND NOT s.refused
                   AND NOT EXISTS (SELECT 1 FROM submission_purposes p WHERE p.submission_id = s.id)",
            )
            .bind(project_id)
            .fetch_all(pool)
            .await?)
        })
    }

    /// Delete records, leaving a tombstone each (id, receipt, reason, time; no answers).
    /// Their purposes, corrections and review comments go with them (cascade); the export
    /// ledger keeps their ids.
    pub async fn tombstone(
        &self,
        project_id: &str,
        records: &[(String, String)],
        reason: &str,
    ) -> Result<u64> {
        let deleted = self.tombstone_rows(project_id, records, reason).await?;
        if deleted > 0 {
            self.forget_old_pages().await?;
        }
        Ok(deleted)
    }

    async fn tombstone_rows(
        &self,
        project_id: &str,
        records: &[(String, String)],
        reason: &str,
    ) -> Result<u64> {
        if records.is_empty() {
            return Ok(0);
        }
        let at = now_rfc3339();
        on_pool!(self, pool, Backend => {
            let mut tx = pool.begin().await?;
            let mut deleted = 0;
            for chunk in records.chunks(500) {
                // The id and receipt stay taken (a phone sending the record again is told
                // it is stored). The second factor's hash does not stay: it was keyed
                // with a secret in this same database, and four digits (often a year of
                // birth) are found from it in seconds.
                let mut insert = sqlx::QueryBuilder::<Backend>::new(
                    "INSERT INTO tombstones (submission_id, project_id, receipt, reason, at, access_hash)
                     SELECT id, project_id, receipt, ",
                );
                insert
                    .push_bind(reason)
                    .push(", ")
                    .push_bind(&at)
                    .push(", NULL FROM submissions WHERE project_id = ")
                    .push_bind(project_id)
                    .push(" AND id IN (");
                let mut ids = insert.separated(", ");
                for (id, _) in chunk {
                    ids.push_bind(id);
                }
                ids.push_unseparated(") ON CONFLICT DO NOTHING");
                insert.build().execute(&mut *tx).await?;
                let mut delete = sqlx::QueryBuilder::<Backend>::new(
                    "DELETE FROM submissions WHERE project_id = ",
                );
                delete.push_bind(project_id).push(" AND id IN (");
                let mut ids = delete.separated(", ");
                for (id, _) in chunk {
                    ids.push_bind(id);
                }
                ids.push_unseparated(")");
                deleted += delete.build().execute(&mut *tx).await?.rows_affected();
            }
            tx.commit().await?;
            Ok(deleted)
        })
    }

    /// The record a receipt code belongs to, for the community review page.
    pub async fn record_by_receipt(&self, receipt: &str) -> Result<Option<ReceiptRecord>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as::<_, ReceiptRecord>(
                "SELECT s.id, s.project_id, s.access_hash, s.consent, s.form_id, s.form_version,
                        s.answers, u.username AS enumerator
                 FROM submissions s JOIN users u ON u.id = s.enumerator_id
                 WHERE s.receipt = $1",
            )
            .bind(receipt)
            .fetch_optional(pool)
            .await?)
        })
    }

    /// What is left of a withdrawn or purged record with this receipt code:
    /// (submission id, project, second factor's hash, reason, time).
    pub async fn tombstone_by_receipt(
        &self,
        receipt: &str,
    ) -> Result<Option<(String, String, Option<String>, String, String)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT submission_id, project_id, access_hash, reason, at FROM tombstones
                 WHERE receipt = $1",
            )
            .bind(receipt)
            .fetch_optional(pool)
            .await?)
        })
    }

    /// The purposes a record still holds (those accepted and not withdrawn).
    pub async fn purposes_of(&self, submission_id: &str) -> Result<Vec<String>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_scalar(
                "SELECT purpose FROM submission_purposes WHERE submission_id = $1 ORDER BY purpose",
            )
            .bind(submission_id)
            .fetch_all(pool)
            .await?)
        })
    }

    /// Withdrawals recorded for a record: (purpose, or None for everything; time).
    pub async fn withdrawals_of(
        &self,
        submission_id: &str,
    ) -> Result<Vec<(Option<String>, String)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT purpose, at FROM withdrawals WHERE submission_id = $1 ORDER BY id",
            )
            .bind(submission_id)
            .fetch_all(pool)
            .await?)
        })
    }

    /// Take purposes past their retention off a record that still serves another: it no
    /// longer holds them (not a withdrawal: nobody asked, so no withdrawal notice).
    pub async fn expire_purposes(&self, submission_id: &str, purposes: &[String]) -> Result<()> {
        on_pool!(self, pool, Backend => {
            let mut tx = pool.begin().await?;
            for purpose in purposes {
                sqlx::query("DELETE FROM submission_purposes WHERE submission_id = $1 AND purpose = $2")
                    .bind(submission_id)
                    .bind(purpose)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            Ok(())
        })
    }

    /// Withdraw purposes from a record at once: it leaves every later export for them.
    /// `purposes` empty records a withdrawal of everything (the caller then tombstones
    /// the record).
    pub async fn withdraw(
        &self,
        project_id: &str,
        submission_id: &str,
        receipt: &str,
        purposes: &[String],
        via: &str,
    ) -> Result<()> {
        let at = now_rfc3339();
        on_pool!(self, pool, Backend => {
            let mut tx = pool.begin().await?;
            let rows: Vec<Option<&str>> = if purposes.is_empty() {
                vec![None]
            } else {
                purposes.iter().map(|p| Some(p.as_str())).collect()
            };
            for purpose in rows {
                if let Some(purpose) = purpose {
                    sqlx::query("DELETE FROM submission_purposes WHERE submission_id = $1 AND purpose = $2")
                        .bind(submission_id)
                        .bind(purpose)
                        .execute(&mut *tx)
                        .await?;
                }
                sqlx::query(
                    "INSERT INTO withdrawals (project_id, submission_id, receipt, purpose, via, at)
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(project_id)
                .bind(submission_id)
                .bind(receipt)
                .bind(purpose)
                .bind(via)
                .bind(&at)
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
            Ok(())
        })
    }

    /// For the withdrawal notice: every export that included a record before its
    /// respondent withdrew, with what was withdrawn.
    pub async fn withdrawal_notice(&self, project_id: &str) -> Result<Vec<NoticeRow>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as::<_, NoticeRow>(
                "SELECT w.receipt, w.submission_id, w.purpose, w.at AS withdrawn_at, w.via,
                        l.id AS export_id, l.profile, l.recipient, l.at AS exported_at
                 FROM withdrawals w
                 JOIN export_records r ON r.submission_id = w.submission_id
                 JOIN export_ledger l ON l.id = r.export_id
                 WHERE w.project_id = $1 AND l.at <= w.at
                 ORDER BY l.recipient, w.at, w.id, l.id",
            )
            .bind(project_id)
            .fetch_all(pool)
            .await?)
        })
    }

    /// The tombstones of a project: (id, receipt, reason, when).
    pub async fn tombstones(
        &self,
        project_id: &str,
    ) -> Result<Vec<(String, String, String, String)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT submission_id, receipt, reason, at FROM tombstones
                 WHERE project_id = $1 ORDER BY at, submission_id",
            )
            .bind(project_id)
            .fetch_all(pool)
            .await?)
        })
    }

    /// A record's answers and the answers kept in its correction history, for scrubbing:
    /// (answers, [(edit id, previous answers)]).
    pub async fn answers_with_history(
        &self,
        id: &str,
    ) -> Result<Option<(String, Vec<(i64, String)>)>> {
        on_pool!(self, pool, Backend => {
            let answers: Option<String> =
                sqlx::query_scalar("SELECT answers FROM submissions WHERE id = $1")
                    .bind(id)
                    .fetch_optional(pool)
                    .await?;
            let Some(answers) = answers else {
                return Ok(None);
            };
            let history: Vec<(i64, String)> = sqlx::query_as(
                "SELECT id, previous_answers FROM submission_edits WHERE submission_id = $1",
            )
            .bind(id)
            .fetch_all(pool)
            .await?;
            Ok(Some((answers, history)))
        })
    }

    /// Replace a record's answers and its history's answers with scrubbed ones (one
    /// transaction), without marking the record edited: the data was due to go. Only if
    /// the record still holds `read` and `edits` earlier versions (what the scrub was worked
    /// out from): a correction saved meanwhile would otherwise be written over, or leave
    /// its unscrubbed earlier answers in the history. `false` when it changed: read again.
    pub async fn scrub_answers(
        &self,
        id: &str,
        read: &str,
        edits: usize,
        answers: &str,
        history: &[(i64, String)],
    ) -> Result<bool> {
        let done = self
            .scrub_answer_rows(id, read, edits, answers, history)
            .await?;
        if done {
            self.forget_old_pages().await?;
        }
        Ok(done)
    }

    async fn scrub_answer_rows(
        &self,
        id: &str,
        read: &str,
        edits: usize,
        answers: &str,
        history: &[(i64, String)],
    ) -> Result<bool> {
        on_pool!(self, pool, Backend => {
            let mut tx = pool.begin().await?;
            let updated = sqlx::query("UPDATE submissions SET answers = $1 WHERE id = $2 AND answers = $3")
                .bind(answers)
                .bind(id)
                .bind(read)
                .execute(&mut *tx)
                .await?;
            let now: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM submission_edits WHERE submission_id = $1",
            )
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
            if updated.rows_affected() != 1 || usize::try_from(now).ok() != Some(edits) {
                tx.rollback().await?;
                return Ok(false);
            }
            for (edit, previous) in history {
                sqlx::query("UPDATE submission_edits SET previous_answers = $1 WHERE id = $2")
                    .bind(previous)
                    .bind(edit)
                    .execute(&mut *tx)
                    .await?;
            }
            forget_name!(tx, id);
            tx.commit().await?;
            Ok(true)
        })
    }

    /// A project's records received before `before` (RFC 3339): (id, form id, version).
    pub async fn records_received_before(
        &self,
        project_id: &str,
        before: &str,
    ) -> Result<Vec<(String, String, String)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT id, form_id, form_version FROM submissions
                 WHERE project_id = $1 AND received_at < $2 ORDER BY id",
            )
            .bind(project_id)
            .bind(before)
            .fetch_all(pool)
            .await?)
        })
    }
}

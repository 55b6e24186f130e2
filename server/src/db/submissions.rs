//! Records: storing a batch, the review list, corrections and review states.

use super::*;

/// A record that passed validation, ready to store.
pub struct NewSubmission {
    pub id: String,
    pub project_id: String,
    pub form_id: String,
    pub form_version: String,
    pub device_id: String,
    pub enumerator_id: i64,
    pub saved_at: String,
    pub receipt: String,
    pub consent_json: String,
    pub refused: bool,
    pub answers_json: String,
    pub purposes: Vec<String>,
    /// Keyed hash of the respondent's second factor (`community::access_hash`), if given.
    pub access_hash: Option<String>,
    /// The consent template version the record was given under.
    pub template_id: String,
    pub template_version: u32,
}

impl Db {
    /// Which of these ids are already stored.
    pub async fn existing_ids(&self, ids: &[String]) -> Result<Vec<String>> {
        on_pool!(self, pool, Backend => {
            if ids.is_empty() {
                return Ok(Vec::new());
            }
            let placeholders = placeholders(ids.len());
            // A purged record's id stays taken: its tombstone holds it, so a phone sending
            // it again is told it is already stored, and it is not revived.
            let sql = format!(
                "SELECT id FROM submissions WHERE id IN ({placeholders})
                 UNION SELECT submission_id FROM tombstones WHERE submission_id IN ({placeholders})"
            );
            let mut query = sqlx::query_scalar(&sql);
            for id in ids {
                query = query.bind(id);
            }
            Ok(query.fetch_all(pool).await?)
        })
    }

    /// Which of these receipt codes are already used, each with the id of the record (or
    /// tombstone) holding it: a receipt held by the same id is the same record, not a reuse.
    pub async fn receipt_holders(&self, receipts: &[String]) -> Result<Vec<(String, String)>> {
        on_pool!(self, pool, Backend => {
            if receipts.is_empty() {
                return Ok(Vec::new());
            }
            let placeholders = placeholders(receipts.len());
            let sql = format!(
                "SELECT receipt, id FROM submissions WHERE receipt IN ({placeholders})
                 UNION SELECT receipt, submission_id FROM tombstones WHERE receipt IN ({placeholders})"
            );
            let mut query = sqlx::query_as(&sql);
            for v in receipts {
                query = query.bind(v);
            }
            Ok(query.fetch_all(pool).await?)
        })
    }

    /// Store records in one transaction; returns, per record, whether it was new.
    /// A record whose id is already stored is left untouched.
    pub async fn store_submissions(
        &self,
        records: Vec<NewSubmission>,
        device_id: &str,
    ) -> Result<Vec<bool>> {
        let records = &records;
        on_pool!(self, pool, Backend => {
            let mut tx = pool.begin().await?;
            let received_at = now_rfc3339();
            // One multi-row statement per table: the batch costs two round trips, not two
            // per record. `RETURNING` says which ids were new (the others were already stored).
            let mut new_ids: std::collections::HashSet<String> = std::collections::HashSet::new();
            if !records.is_empty() {
                let mut insert = sqlx::QueryBuilder::<Backend>::new(
                    "INSERT INTO submissions (id, project_id, form_id, form_version, device_id,
                       enumerator_id, received_at, saved_at, receipt, consent, refused, answers,
                       access_hash, template_id, template_version) ",
                );
                insert.push_values(records, |mut row, r| {
                    row.push_bind(&r.id)
                        .push_bind(&r.project_id)
                        .push_bind(&r.form_id)
                        .push_bind(&r.form_version)
                        .push_bind(&r.device_id)
                        .push_bind(r.enumerator_id)
                        .push_bind(&received_at)
                        .push_bind(&r.saved_at)
                        .push_bind(&r.receipt)
                        .push_bind(&r.consent_json)
                        .push_bind(r.refused)
                        .push_bind(&r.answers_json)
                        .push_bind(&r.access_hash)
                        .push_bind(&r.template_id)
                        .push_bind(i64::from(r.template_version));
                });
                // Any conflict leaves the row out: the same id stored by a racing copy, or
                // (rarer) another record that took the receipt code meanwhile. The caller
                // tells the two apart by id; the transaction never fails on either.
                insert.push(" ON CONFLICT DO NOTHING RETURNING id");
                let rows: Vec<String> = insert.build_query_scalar().fetch_all(&mut *tx).await?;
                new_ids.extend(rows);
                let purposes: Vec<(&str, &str)> = records
                    .iter()
                    .filter(|r| new_ids.contains(&r.id))
                    .flat_map(|r| r.purposes.iter().map(move |p| (r.id.as_str(), p.as_str())))
                    .collect();
                if !purposes.is_empty() {
                    let mut insert = sqlx::QueryBuilder::<Backend>::new(
                        "INSERT INTO submission_purposes (submission_id, purpose) ",
                    );
                    insert.push_values(purposes, |mut row, (id, purpose)| {
                        row.push_bind(id).push_bind(purpose);
                    });
                    insert.build().execute(&mut *tx).await?;
                }
            }
            let inserted = records.iter().map(|r| new_ids.contains(&r.id)).collect();
            sqlx::query("UPDATE devices SET last_sync_at = $1 WHERE id = $2")
                .bind(&received_at)
                .bind(device_id)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            Ok(inserted)
        })
    }

    /// The review list, newest first, each with the consent template (id, version) its
    /// consent was given under.
    pub async fn list_submissions(
        &self,
        project_id: &str,
    ) -> Result<Vec<(SubmissionSummary, (String, u32))>> {
        on_pool!(self, pool, Backend => {
            let rows = sqlx::query(
                "SELECT s.id, s.form_id, s.form_version, s.received_at, s.receipt, s.refused,
                        s.review_state, s.answers, s.consent, u.username,
                        (SELECT string_agg(purpose, ' ') FROM submission_purposes p
                          WHERE p.submission_id = s.id) AS purposes
                 FROM submissions s JOIN users u ON u.id = s.enumerator_id
                 WHERE s.project_id = $1 ORDER BY s.received_at DESC, s.id DESC",
            )
            .bind(project_id)
            .fetch_all(pool)
            .await?;
            rows.iter()
                .map(|r| {
                    let purposes: Option<String> = r.try_get("purposes")?;
                    let answers: String = r.try_get("answers")?;
                    // The consent is read with its one definition (`forms::consent`).
                    let consent: String = r.try_get("consent")?;
                    let explained: forms::consent::Consent =
                        serde_json::from_str(&consent)?;
                    let template = (explained.template_id, explained.template_version);
                    let summary = SubmissionSummary {
                        id: r.try_get("id")?,
                        form_id: r.try_get("form_id")?,
                        form_version: r.try_get("form_version")?,
                        received_at: r.try_get("received_at")?,
                        receipt: r.try_get("receipt")?,
                        refused: r.try_get("refused")?,
                        purposes: purposes
                            .unwrap_or_default()
                            .split_whitespace()
                            .map(str::to_string)
                            .collect(),
                        review_state: r.try_get("review_state")?,
                        enumerator: r.try_get("username")?,
                        answers: serde_json::from_str(&answers)?,
                        explained_again: explained.explained_again,
                        name: None,
                    };
                    Ok((summary, template))
                })
                .collect()
        })
    }

    /// A submission's consent record (JSON) and form version, within a project.
    pub async fn submission_consent(
        &self,
        project_id: &str,
        id: &str,
    ) -> Result<Option<(String, String, String)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT consent, form_id, form_version FROM submissions WHERE project_id = $1 AND id = $2",
            )
            .bind(project_id)
            .bind(id)
            .fetch_optional(pool)
            .await?)
        })
    }

    /// A submission's answers (JSON) and form version, within a project.
    pub async fn submission_answers(
        &self,
        project_id: &str,
        id: &str,
    ) -> Result<Option<(String, String, String, String, bool)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT answers, form_id, form_version, saved_at, refused FROM submissions
                 WHERE project_id = $1 AND id = $2",
            )
            .bind(project_id)
            .bind(id)
            .fetch_optional(pool)
            .await?)
        })
    }

    /// Replace a submission's answers with a steward's correction, keeping the previous
    /// answers and the comment in `submission_edits` (one transaction). False, and
    /// nothing written, when the answers are no longer `previous` (another steward's
    /// correction landed first): no edit is ever lost from the history.
    pub async fn edit_answers(
        &self,
        id: &str,
        previous: &str,
        answers: &str,
        editor: i64,
        comment: &str,
    ) -> Result<bool> {
        on_pool!(self, pool, Backend => {
            let at = now_rfc3339();
            let mut tx = pool.begin().await?;
            let updated = sqlx::query(
                "UPDATE submissions SET answers = $1, edited_at = $2, review_state = 'edited'
                 WHERE id = $3 AND answers = $4",
            )
            .bind(answers)
            .bind(&at)
            .bind(id)
            .bind(previous)
            .execute(&mut *tx)
            .await?;
            if updated.rows_affected() != 1 {
                return Ok(false);
            }
            sqlx::query(
                "INSERT INTO submission_edits (submission_id, edited_by, edited_at, previous_answers, comment)
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(id)
            .bind(editor)
            .bind(&at)
            .bind(previous)
            .bind(comment)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            Ok(true)
        })
    }

    /// The earlier answers of an edited submission, oldest first: (when, by whom, comment,
    /// previous answers as JSON).
    pub async fn submission_edits(
        &self,
        project_id: &str,
        id: &str,
    ) -> Result<Vec<(String, String, String, String)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT e.edited_at, u.username, e.comment, e.previous_answers
                 FROM submission_edits e JOIN submissions s ON s.id = e.submission_id
                 JOIN users u ON u.id = e.edited_by
                 WHERE s.project_id = $1 AND s.id = $2 ORDER BY e.id",
            )
            .bind(project_id)
            .bind(id)
            .fetch_all(pool)
            .await?)
        })
    }

    /// Which of these submissions a steward has edited since they were received.
    pub async fn edited_ids(&self, ids: &[String]) -> Result<Vec<String>> {
        on_pool!(self, pool, Backend => {
            if ids.is_empty() {
                return Ok(Vec::new());
            }
            let placeholders = placeholders(ids.len());
            let sql = format!(
                "SELECT id FROM submissions WHERE edited_at IS NOT NULL AND id IN ({placeholders})"
            );
            let mut query = sqlx::query_scalar(&sql);
            for id in ids {
                query = query.bind(id);
            }
            Ok(query.fetch_all(pool).await?)
        })
    }

    /// Set a submission's review state, with the reviewer's comment kept beside it;
    /// false when the project has no such submission.
    pub async fn review(
        &self,
        project_id: &str,
        id: &str,
        state: &str,
        reviewer: i64,
        comment: &str,
    ) -> Result<bool> {
        Ok(self
            .review_many(
                project_id,
                std::slice::from_ref(&id.to_string()),
                state,
                reviewer,
                comment,
            )
            .await?
            == 1)
    }

    /// Set the review state of many submissions at once (one transaction), keeping the
    /// comment with each; returns how many of the ids the project has.
    pub async fn review_many(
        &self,
        project_id: &str,
        ids: &[String],
        state: &str,
        reviewer: i64,
        comment: &str,
    ) -> Result<u64> {
        on_pool!(self, pool, Backend => {
            let mut tx = pool.begin().await?;
            let at = now_rfc3339();
            let mut changed = 0;
            for id in ids {
                let done = sqlx::query(
                    "UPDATE submissions SET review_state = $1, reviewed_by = $2, reviewed_at = $3
                     WHERE id = $4 AND project_id = $5",
                )
                .bind(state)
                .bind(reviewer)
                .bind(&at)
                .bind(id)
                .bind(project_id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if done == 1 {
                    sqlx::query(
                        "INSERT INTO review_comments (submission_id, author_id, at, review_state, comment)
                         VALUES ($1, $2, $3, $4, $5)",
                    )
                    .bind(id)
                    .bind(reviewer)
                    .bind(&at)
                    .bind(state)
                    .bind(comment)
                    .execute(&mut *tx)
                    .await?;
                }
                changed += done;
            }
            tx.commit().await?;
            Ok(changed)
        })
    }

    /// A submission's review history, oldest first: (when, who, state, comment).
    pub async fn review_comments(
        &self,
        project_id: &str,
        id: &str,
    ) -> Result<Vec<(String, String, String, String)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT c.at, u.username, c.review_state, c.comment
                 FROM review_comments c JOIN submissions s ON s.id = c.submission_id
                 JOIN users u ON u.id = c.author_id
                 WHERE s.project_id = $1 AND s.id = $2 ORDER BY c.id",
            )
            .bind(project_id)
            .bind(id)
            .fetch_all(pool)
            .await?)
        })
    }

    /// An enumerator's records a reviewer sent back, with the latest comment:
    /// (id, receipt, saved_at, when, comment).
    pub async fn records_with_issues(
        &self,
        enumerator_id: i64,
    ) -> Result<Vec<(String, String, String, String, String)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT s.id, s.receipt, s.saved_at, COALESCE(s.reviewed_at, ''),
                        COALESCE((SELECT c.comment FROM review_comments c
                                  WHERE c.submission_id = s.id ORDER BY c.id DESC LIMIT 1), '')
                 FROM submissions s
                 WHERE s.enumerator_id = $1 AND s.review_state = 'has_issues'
                 ORDER BY s.saved_at",
            )
            .bind(enumerator_id)
            .fetch_all(pool)
            .await?)
        })
    }

    /// A record's stored consent (JSON).
    pub async fn consent_json(&self, id: &str) -> Result<Option<String>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_scalar("SELECT consent FROM submissions WHERE id = $1")
                .bind(id)
                .fetch_optional(pool)
                .await?)
        })
    }

    /// Replace a record's stored consent (its proof scrubbed).
    pub async fn set_consent_json(&self, id: &str, json: &str) -> Result<()> {
        on_pool!(self, pool, Backend => {
            sqlx::query("UPDATE submissions SET consent = $1 WHERE id = $2")
                .bind(json)
                .bind(id)
                .execute(pool)
                .await?;
        });
        self.forget_old_pages().await
    }
}

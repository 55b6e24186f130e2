//! The `feedback` table: cases sent on the community page or recorded by enumerators
//! (see [`crate::feedback`]).

use super::{Db, Pool, now_rfc3339};
use crate::error::Result;

/// One stored case, as read back.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CaseRow {
    pub id: String,
    pub tracking: String,
    pub category: String,
    pub sensitive: i64,
    pub message: String,
    pub contact: Option<String>,
    pub language: String,
    pub channel: String,
    pub status: String,
    pub assigned_to: Option<String>,
    pub filed_at: String,
    pub acknowledged_at: Option<String>,
    pub answer: Option<String>,
    pub answered_at: Option<String>,
    pub resolution: Option<String>,
    pub closed_at: Option<String>,
    /// When an enumerator recorded it on the phone (the phone's clock); `None` for the web.
    pub recorded_at: Option<String>,
    /// 1 when a voice message is kept with it.
    pub voice: i64,
}

/// A case to store.
pub struct NewCase<'a> {
    pub id: &'a str,
    pub project_id: &'a str,
    pub tracking: &'a str,
    pub category: &'a str,
    pub sensitive: bool,
    pub message: &'a str,
    pub contact: Option<&'a str>,
    pub language: &'a str,
    pub channel: &'a str,
    pub recorded_at: Option<&'a str>,
}

const COLUMNS: &str = "id, tracking, category, sensitive, message, contact, language, channel, \
    status, assigned_to, filed_at, acknowledged_at, answer, answered_at, resolution, closed_at, recorded_at, \
    CAST((SELECT COUNT(*) FROM feedback_voice v WHERE v.case_id = feedback.id) AS BIGINT) AS voice";

impl Db {
    /// Store a new case; `false` when its tracking code or id is taken already (the
    /// caller draws another code, or finds the case was filed before).
    pub async fn insert_case(&self, case: &NewCase<'_>) -> Result<bool> {
        on_pool!(self, pool, Backend => {
            let done = sqlx::query(
                "INSERT INTO feedback (id, project_id, tracking, category, sensitive, message, \
                 contact, language, channel, status, filed_at, recorded_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'received', $10, $11) \
                 ON CONFLICT DO NOTHING",
            )
            .bind(case.id)
            .bind(case.project_id)
            .bind(case.tracking)
            .bind(case.category)
            .bind(i64::from(case.sensitive))
            .bind(case.message)
            .bind(case.contact)
            .bind(case.language)
            .bind(case.channel)
            .bind(now_rfc3339())
            .bind(case.recorded_at)
            .execute(pool)
            .await?;
            Ok(done.rows_affected() == 1)
        })
    }

    /// A case by its tracking code (canonical), with its project.
    pub async fn case_by_tracking(&self, tracking: &str) -> Result<Option<(String, CaseRow)>> {
        #[derive(sqlx::FromRow)]
        struct WithProject {
            project_id: String,
            #[sqlx(flatten)]
            case: CaseRow,
        }
        on_pool!(self, pool, Backend => {
            let row: Option<WithProject> = sqlx::query_as(&format!(
                "SELECT project_id, {COLUMNS} FROM feedback WHERE tracking = $1"
            ))
            .bind(tracking)
            .fetch_optional(pool)
            .await?;
            Ok(row.map(|r| (r.project_id, r.case)))
        })
    }

    /// A project's case by id.
    pub async fn case(&self, project_id: &str, id: &str) -> Result<Option<CaseRow>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(&format!(
                "SELECT {COLUMNS} FROM feedback WHERE project_id = $1 AND id = $2"
            ))
            .bind(project_id)
            .bind(id)
            .fetch_optional(pool)
            .await?)
        })
    }

    /// A project's cases in the given categories, newest first. The categories are
    /// filtered in the query, so a case the caller may not handle never leaves the
    /// database for this request.
    pub async fn cases(&self, project_id: &str, categories: &[String]) -> Result<Vec<CaseRow>> {
        if categories.is_empty() {
            return Ok(Vec::new());
        }
        // `$2, $3, …`: one placeholder per category (a policy has a handful).
        let placeholders: Vec<String> = (0..categories.len())
            .map(|i| format!("${}", i + 2))
            .collect();
        let sql = format!(
            "SELECT {COLUMNS} FROM feedback WHERE project_id = $1 AND category IN ({}) \
             ORDER BY filed_at DESC, id",
            placeholders.join(", ")
        );
        on_pool!(self, pool, Backend => {
            let mut query = sqlx::query_as::<Backend, CaseRow>(&sql).bind(project_id);
            for category in categories {
                query = query.bind(category);
            }
            Ok(query.fetch_all(pool).await?)
        })
    }

    /// Write a case's handling fields back.
    pub async fn update_case(&self, project_id: &str, case: &CaseRow) -> Result<()> {
        on_pool!(self, pool, Backend => {
            sqlx::query(
                "UPDATE feedback SET status = $1, assigned_to = $2, acknowledged_at = $3, \
                 answer = $4, answered_at = $5, resolution = $6, closed_at = $7 \
                 WHERE project_id = $8 AND id = $9",
            )
            .bind(&case.status)
            .bind(&case.assigned_to)
            .bind(&case.acknowledged_at)
            .bind(&case.answer)
            .bind(&case.answered_at)
            .bind(&case.resolution)
            .bind(&case.closed_at)
            .bind(project_id)
            .bind(&case.id)
            .execute(pool)
            .await?;
            Ok(())
        })
    }

    /// Every case of a project as `(category, filed_at, answered_at)`: what the public
    /// dashboard counts, no text.
    pub async fn case_times(
        &self,
        project_id: &str,
    ) -> Result<Vec<(String, String, Option<String>)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT category, filed_at, answered_at FROM feedback WHERE project_id = $1",
            )
            .bind(project_id)
            .fetch_all(pool)
            .await?)
        })
    }

    /// Erase the details (message, contact, answer, resolution) of a category's cases
    /// closed before `before`; the ids erased (or, `dry_run`, that would be).
    pub async fn erase_closed_cases(
        &self,
        project_id: &str,
        category: &str,
        before: &str,
        dry_run: bool,
    ) -> Result<Vec<String>> {
        on_pool!(self, pool, Backend => {
            let ids: Vec<String> = sqlx::query_scalar(
                "SELECT id FROM feedback WHERE project_id = $1 AND category = $2 \
                 AND closed_at IS NOT NULL AND closed_at < $3 AND erased_at IS NULL",
            )
            .bind(project_id)
            .bind(category)
            .bind(before)
            .fetch_all(pool)
            .await?;
            if !dry_run {
                for id in &ids {
                    // The voice message goes with the text it stood for.
                    sqlx::query("DELETE FROM feedback_voice WHERE case_id = $1")
                        .bind(id)
                        .execute(pool)
                        .await?;
                    sqlx::query(
                        "UPDATE feedback SET message = '', contact = NULL, answer = NULL, \
                         resolution = NULL, erased_at = $1 WHERE id = $2",
                    )
                    .bind(now_rfc3339())
                    .bind(id)
                    .execute(pool)
                    .await?;
                }
            }
            Ok(ids)
        })
    }

    /// Keep a case's voice message; `false` when it has one already (never replaced).
    pub async fn insert_voice(
        &self,
        case_id: &str,
        media_type: &str,
        audio: &[u8],
    ) -> Result<bool> {
        on_pool!(self, pool, Backend => {
            let done = sqlx::query(
                "INSERT INTO feedback_voice (case_id, media_type, audio, stored_at) \
                 VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
            )
            .bind(case_id)
            .bind(media_type)
            .bind(audio)
            .bind(now_rfc3339())
            .execute(pool)
            .await?;
            Ok(done.rows_affected() == 1)
        })
    }

    /// A case's voice message: (media type, bytes).
    pub async fn voice(&self, case_id: &str) -> Result<Option<(String, Vec<u8>)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT media_type, audio FROM feedback_voice WHERE case_id = $1",
            )
            .bind(case_id)
            .fetch_optional(pool)
            .await?)
        })
    }

    /// How many policy versions the database holds, all projects together: versions are
    /// only added, so a change in this number is the sign to read policies again.
    pub async fn policy_versions_stored(&self) -> Result<i64> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_scalar("SELECT CAST(COUNT(*) AS BIGINT) FROM policies")
                .fetch_one(pool)
                .await?)
        })
    }

    /// Every project's id and name.
    pub async fn project_names(&self) -> Result<Vec<(String, String)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as("SELECT id, name FROM projects ORDER BY name, id")
                .fetch_all(pool)
                .await?)
        })
    }
}

//! The `dashboard_actions` and `dashboard_action_cases` tables: what a project published
//! in response to feedback (see [`crate::dashboard::actions`]).

use super::{Db, Pool};
use crate::error::Result;

/// One stored action, as read back (`texts` and `categories` as JSON).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ActionRow {
    pub id: String,
    pub done_on: String,
    pub texts: String,
    pub categories: String,
    pub published_by: String,
    pub published_at: String,
    /// How many cases it answers.
    pub cases: i64,
}

/// An action to store.
pub struct NewActionRow<'a> {
    pub id: &'a str,
    pub project_id: &'a str,
    pub done_on: &'a str,
    pub texts: &'a str,
    pub categories: &'a str,
    pub published_by: &'a str,
    pub published_at: &'a str,
}

impl Db {
    /// Store an action and the cases it answers, together.
    pub async fn insert_action(&self, action: &NewActionRow<'_>, cases: &[String]) -> Result<()> {
        on_pool!(self, pool, Backend => {
            let mut tx = pool.begin().await?;
            sqlx::query(
                "INSERT INTO dashboard_actions (id, project_id, done_on, texts, categories, \
                 published_by, published_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(action.id)
            .bind(action.project_id)
            .bind(action.done_on)
            .bind(action.texts)
            .bind(action.categories)
            .bind(action.published_by)
            .bind(action.published_at)
            .execute(&mut *tx)
            .await?;
            for case in cases {
                sqlx::query(
                    "INSERT INTO dashboard_action_cases (action_id, case_id) VALUES ($1, $2) \
                     ON CONFLICT DO NOTHING",
                )
                .bind(action.id)
                .bind(case)
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
            Ok(())
        })
    }

    /// A project's actions, the most recently done first, each with its count of cases.
    pub async fn actions(&self, project_id: &str) -> Result<Vec<ActionRow>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT a.id, a.done_on, a.texts, a.categories, a.published_by, a.published_at, \
                 CAST((SELECT COUNT(*) FROM dashboard_action_cases c WHERE c.action_id = a.id) \
                 AS BIGINT) AS cases \
                 FROM dashboard_actions a WHERE a.project_id = $1 \
                 ORDER BY a.done_on DESC, a.published_at DESC, a.id",
            )
            .bind(project_id)
            .fetch_all(pool)
            .await?)
        })
    }

    /// Take a project's action off the dashboard; `false` when it has no such action.
    pub async fn delete_action(&self, project_id: &str, id: &str) -> Result<bool> {
        on_pool!(self, pool, Backend => {
            let mut tx = pool.begin().await?;
            let mine: Option<String> = sqlx::query_scalar(
                "SELECT id FROM dashboard_actions WHERE project_id = $1 AND id = $2",
            )
            .bind(project_id)
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
            if mine.is_none() {
                return Ok(false);
            }
            sqlx::query("DELETE FROM dashboard_action_cases WHERE action_id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM dashboard_actions WHERE id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            Ok(true)
        })
    }
}

//! Projects and their secrets.

use super::*;

impl Db {
    pub async fn has_projects(&self) -> Result<bool> {
        on_pool!(self, pool, Backend => {
            let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM projects")
                .fetch_one(pool)
                .await?;
            Ok(n > 0)
        })
    }

    pub async fn insert_project(&self, id: &str, name: &str) -> Result<()> {
        on_pool!(self, pool, Backend => {
            sqlx::query("INSERT INTO projects (id, name, created_at) VALUES ($1, $2, $3)")
                .bind(id)
                .bind(name)
                .bind(now_rfc3339())
                .execute(pool)
                .await?;
            Ok(())
        })
    }

    /// The newest form and consent template of a project, as JSON definitions.
    /// How many days phones keep synced records (project setting).
    pub async fn keep_synced_days(&self, project_id: &str) -> Result<u32> {
        on_pool!(self, pool, Backend => {
            let days: Option<i64> =
                sqlx::query_scalar("SELECT keep_synced_days FROM projects WHERE id = $1")
                    .bind(project_id)
                    .fetch_optional(pool)
                    .await?;
            Ok(days.unwrap_or(30).clamp(0, 3650) as u32)
        })
    }

    /// The digits the project's interface writes numbers in (`wire::Project::native_digits`).
    pub async fn native_digits(&self, project_id: &str) -> Result<Option<bool>> {
        on_pool!(self, pool, Backend => {
            let digits: Option<Option<i64>> =
                sqlx::query_scalar("SELECT native_digits FROM projects WHERE id = $1")
                    .bind(project_id)
                    .fetch_optional(pool)
                    .await?;
            Ok(digits.flatten().map(|d| d != 0))
        })
    }

    /// Choose the digits the project's interface writes numbers in.
    pub async fn set_native_digits(&self, project_id: &str, native: Option<bool>) -> Result<()> {
        on_pool!(self, pool, Backend => {
            sqlx::query("UPDATE projects SET native_digits = $1 WHERE id = $2")
                .bind(native.map(i64::from))
                .bind(project_id)
                .execute(pool)
                .await?;
            Ok(())
        })
    }

    /// Every project's id.
    pub async fn project_ids(&self) -> Result<Vec<String>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_scalar("SELECT id FROM projects ORDER BY id")
                .fetch_all(pool)
                .await?)
        })
    }

    /// Raw SQL for tests that tamper with the database on purpose.
    #[cfg(test)]
    pub(crate) async fn execute_for_test(&self, sql: &str) {
        on_pool!(self, pool, Backend => {
            sqlx::query(sql)
                .execute(pool)
                .await
                .expect("test SQL runs");
        })
    }

    /// The project's pseudonym secret, created (256 random bits) on first use.
    pub async fn pseudonym_key(&self, project_id: &str) -> Result<String> {
        let fresh = crate::auth::new_token()?;
        on_pool!(self, pool, Backend => {
            sqlx::query(
                "INSERT INTO project_keys (project_id, pseudonym_key) VALUES ($1, $2)
                 ON CONFLICT (project_id) DO NOTHING",
            )
            .bind(project_id)
            .bind(&fresh)
            .execute(pool)
            .await?;
            Ok(sqlx::query_scalar("SELECT pseudonym_key FROM project_keys WHERE project_id = $1")
                .bind(project_id)
                .fetch_one(pool)
                .await?)
        })
    }
}

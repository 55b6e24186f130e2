//! Versions of the data-governance policy.

use super::*;

impl Db {
    /// What a project's policy in force depends on: the newest policy, form and consent
    /// template. Cheap to read on every request, so a server process sees what another
    /// installed (several processes may share one database).
    pub async fn policy_generation(&self, project_id: &str) -> Result<(i64, i64, i64)> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT CAST((SELECT COALESCE(MAX(version), 0) FROM policies WHERE project_id = $1) AS BIGINT),
                        CAST((SELECT COALESCE(MAX(seq), 0) FROM forms WHERE project_id = $1) AS BIGINT),
                        CAST((SELECT COALESCE(MAX(version), 0) FROM consent_templates WHERE project_id = $1) AS BIGINT)",
            )
            .bind(project_id)
            .fetch_one(pool)
            .await?)
        })
    }

    /// Store a new version of a project's policy; returns its version number.
    pub async fn insert_policy(
        &self,
        project_id: &str,
        source: &str,
        sha256: &str,
        created_by: &str,
    ) -> Result<i64> {
        on_pool!(self, pool, Backend => {
            let version: i64 = sqlx::query_scalar(
                "INSERT INTO policies (project_id, version, source, sha256, created_at, created_by)
                 VALUES ($1, (SELECT COALESCE(MAX(version), 0) + 1 FROM policies WHERE project_id = $1),
                         $2, $3, $4, $5)
                 RETURNING version",
            )
            .bind(project_id)
            .bind(source)
            .bind(sha256)
            .bind(now_rfc3339())
            .bind(created_by)
            .fetch_one(pool)
            .await?;
            Ok(version)
        })
    }

    /// The newest policy of a project: (version, TOML source, SHA-256).
    pub async fn current_policy(&self, project_id: &str) -> Result<Option<(i64, String, String)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT version, source, sha256 FROM policies WHERE project_id = $1
                 ORDER BY version DESC LIMIT 1",
            )
            .bind(project_id)
            .fetch_optional(pool)
            .await?)
        })
    }

    /// Every version of a project's policy, oldest first: (version, SHA-256, when, by whom).
    pub async fn policy_versions(
        &self,
        project_id: &str,
    ) -> Result<Vec<(i64, String, String, String)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT version, sha256, created_at, created_by FROM policies
                 WHERE project_id = $1 ORDER BY version",
            )
            .bind(project_id)
            .fetch_all(pool)
            .await?)
        })
    }
}

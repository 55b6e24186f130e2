//! Form versions, consent templates and the files a project keeps (media).

use super::*;

impl Db {
    pub async fn insert_form(&self, project_id: &str, form: &forms::model::Form) -> Result<()> {
        on_pool!(self, pool, Backend => {
            sqlx::query(
                "INSERT INTO forms (project_id, form_id, version, definition, created_at, seq)
                 VALUES ($1, $2, $3, $4, $5, (SELECT COALESCE(MAX(seq), 0) + 1 FROM forms))",
            )
            .bind(project_id)
            .bind(&form.id)
            .bind(&form.version)
            .bind(serde_json::to_string(form)?)
            .bind(now_rfc3339())
            .execute(pool)
            .await?;
            Ok(())
        })
    }

    pub async fn insert_consent_template(
        &self,
        project_id: &str,
        template: &forms::consent::ConsentTemplate,
    ) -> Result<()> {
        on_pool!(self, pool, Backend => {
            sqlx::query(
                "INSERT INTO consent_templates (project_id, template_id, version, definition, created_at)
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(project_id)
            .bind(&template.id)
            .bind(i64::from(template.version))
            .bind(serde_json::to_string(template)?)
            .bind(now_rfc3339())
            .execute(pool)
            .await?;
            Ok(())
        })
    }

    /// Keep an uploaded recording under its name (a new upload replaces the name's
    /// content; templates installed before keep the address of the old content).
    pub async fn put_media(
        &self,
        project_id: &str,
        name: &str,
        sha256: &str,
        content_type: &str,
        bytes: &[u8],
    ) -> Result<()> {
        on_pool!(self, pool, Backend => {
            sqlx::query(
                "INSERT INTO media (project_id, name, sha256, content_type, bytes, uploaded_at)
                 VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT (project_id, name) DO UPDATE SET sha256 = excluded.sha256,
                     content_type = excluded.content_type, bytes = excluded.bytes,
                     uploaded_at = excluded.uploaded_at",
            )
            .bind(project_id)
            .bind(name)
            .bind(sha256)
            .bind(content_type)
            .bind(bytes)
            .bind(now_rfc3339())
            .execute(pool)
            .await?;
            Ok(())
        })
    }

    /// The content hash of a project's recording, by the name it was uploaded under.
    pub async fn media_hash(&self, project_id: &str, name: &str) -> Result<Option<String>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_scalar("SELECT sha256 FROM media WHERE project_id = $1 AND name = $2")
                .bind(project_id)
                .bind(name)
                .fetch_optional(pool)
                .await?)
        })
    }

    /// An uploaded file's content hash and type, by name.
    pub async fn media_entry(
        &self,
        project_id: &str,
        name: &str,
    ) -> Result<Option<(String, String)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT sha256, content_type FROM media WHERE project_id = $1 AND name = $2",
            )
            .bind(project_id)
            .bind(name)
            .fetch_optional(pool)
            .await?)
        })
    }

    /// The type of a project's file with this content hash, if it has one.
    pub async fn media_type(&self, project_id: &str, sha256: &str) -> Result<Option<String>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_scalar(
                "SELECT content_type FROM media WHERE project_id = $1 AND sha256 = $2 LIMIT 1",
            )
            .bind(project_id)
            .bind(sha256)
            .fetch_optional(pool)
            .await?)
        })
    }

    /// A project's uploaded files whose name ends with `suffix`: (name, bytes).
    pub async fn media_files(
        &self,
        project_id: &str,
        suffix: &str,
    ) -> Result<Vec<(String, Vec<u8>)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT name, bytes FROM media WHERE project_id = $1 AND name LIKE $2 ORDER BY name",
            )
            .bind(project_id)
            .bind(format!("%{suffix}"))
            .fetch_all(pool)
            .await?)
        })
    }

    /// A recording by its content hash: (content type, bytes).
    pub async fn media_by_hash(&self, sha256: &str) -> Result<Option<(String, Vec<u8>)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT content_type, bytes FROM media WHERE sha256 = $1 LIMIT 1",
            )
            .bind(sha256)
            .fetch_optional(pool)
            .await?)
        })
    }

    /// The project's current form: (form id, version).
    pub async fn current_form_ref(&self, project_id: &str) -> Result<Option<(String, String)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT form_id, version FROM forms WHERE project_id = $1 ORDER BY created_at DESC, seq DESC LIMIT 1",
            )
            .bind(project_id)
            .fetch_optional(pool)
            .await?)
        })
    }

    pub async fn current_bundle(&self, project_id: &str) -> Result<Option<(String, String)>> {
        on_pool!(self, pool, Backend => {
            let form: Option<String> = sqlx::query_scalar(
                "SELECT definition FROM forms WHERE project_id = $1 ORDER BY created_at DESC, seq DESC LIMIT 1",
            )
            .bind(project_id)
            .fetch_optional(pool)
            .await?;
            Ok(form.zip(self.current_template(project_id).await?))
        })
    }

    /// The newest consent template of a project (JSON), if it has one.
    pub async fn current_template(&self, project_id: &str) -> Result<Option<String>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_scalar(
                "SELECT definition FROM consent_templates WHERE project_id = $1
                 ORDER BY version DESC LIMIT 1",
            )
            .bind(project_id)
            .fetch_optional(pool)
            .await?)
        })
    }

    pub async fn form_definition(
        &self,
        project_id: &str,
        form_id: &str,
        version: &str,
    ) -> Result<Option<String>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_scalar(
                "SELECT definition FROM forms WHERE project_id = $1 AND form_id = $2 AND version = $3",
            )
            .bind(project_id)
            .bind(form_id)
            .bind(version)
            .fetch_optional(pool)
            .await?)
        })
    }

    pub async fn consent_template(
        &self,
        project_id: &str,
        template_id: &str,
        version: u32,
    ) -> Result<Option<String>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_scalar(
                "SELECT definition FROM consent_templates
                 WHERE project_id = $1 AND template_id = $2 AND version = $3",
            )
            .bind(project_id)
            .bind(template_id)
            .bind(i64::from(version))
            .fetch_optional(pool)
            .await?)
        })
    }

    /// Whether any record was given under this template version (it can then no longer
    /// change).
    pub async fn template_in_use(
        &self,
        project_id: &str,
        template_id: &str,
        version: u32,
    ) -> Result<bool> {
        on_pool!(self, pool, Backend => {
            let used: Option<i64> = sqlx::query_scalar(
                "SELECT template_version FROM submissions
                 WHERE project_id = $1 AND template_id = $2 AND template_version = $3 LIMIT 1",
            )
            .bind(project_id)
            .bind(template_id)
            .bind(i64::from(version))
            .fetch_optional(pool)
            .await?;
            Ok(used.is_some())
        })
    }

    /// A project's consent template versions, newest first: (id, version, created_at, in use).
    pub async fn template_versions(
        &self,
        project_id: &str,
    ) -> Result<Vec<(String, i64, String, bool)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT t.template_id, t.version, t.created_at,
                        EXISTS (SELECT 1 FROM submissions s WHERE s.project_id = t.project_id
                                AND s.template_id = t.template_id
                                AND s.template_version = t.version) AS in_use
                 FROM consent_templates t WHERE t.project_id = $1
                 ORDER BY t.template_id, t.version DESC",
            )
            .bind(project_id)
            .fetch_all(pool)
            .await?)
        })
    }

    /// Replace the definition of a template version no record has used yet.
    pub async fn replace_consent_template(
        &self,
        project_id: &str,
        template: &forms::consent::ConsentTemplate,
    ) -> Result<()> {
        on_pool!(self, pool, Backend => {
            sqlx::query(
                "UPDATE consent_templates SET definition = $1, created_at = $2
                 WHERE project_id = $3 AND template_id = $4 AND version = $5",
            )
            .bind(serde_json::to_string(template)?)
            .bind(now_rfc3339())
            .bind(project_id)
            .bind(&template.id)
            .bind(i64::from(template.version))
            .execute(pool)
            .await?;
            Ok(())
        })
    }

    /// Keep an uploaded form that waits for files (replacing one of the same file name).
    pub async fn put_waiting_form(
        &self,
        project_id: &str,
        file_name: &str,
        source: &[u8],
        missing: &[String],
        uploaded_by: &str,
    ) -> Result<()> {
        on_pool!(self, pool, Backend => {
            sqlx::query(
                "INSERT INTO forms_waiting (project_id, file_name, source, missing, uploaded_at, uploaded_by)
                 VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT (project_id, file_name) DO UPDATE SET source = excluded.source,
                     missing = excluded.missing, uploaded_at = excluded.uploaded_at,
                     uploaded_by = excluded.uploaded_by",
            )
            .bind(project_id)
            .bind(file_name)
            .bind(source)
            .bind(serde_json::to_string(missing)?)
            .bind(now_rfc3339())
            .bind(uploaded_by)
            .execute(pool)
            .await?;
            Ok(())
        })
    }

    /// A project's forms waiting for files, oldest first, with their workbooks.
    pub async fn waiting_forms(
        &self,
        project_id: &str,
    ) -> Result<Vec<(forms::review::FormWaiting, Vec<u8>)>> {
        let rows: Vec<(String, Vec<u8>, String, String, String)> = on_pool!(self, pool, Backend => {
            sqlx::query_as(
                "SELECT file_name, source, missing, uploaded_at, uploaded_by FROM forms_waiting
                 WHERE project_id = $1 ORDER BY uploaded_at, file_name",
            )
            .bind(project_id)
            .fetch_all(pool)
            .await?
        });
        rows.into_iter()
            .map(|(file_name, source, missing, uploaded_at, uploaded_by)| {
                let waiting = forms::review::FormWaiting {
                    file_name,
                    missing: serde_json::from_str(&missing)?,
                    uploaded_at,
                    uploaded_by,
                };
                Ok((waiting, source))
            })
            .collect()
    }

    /// A waiting form is published (or replaced by one that needs nothing): no longer waits.
    pub async fn forget_waiting_form(&self, project_id: &str, file_name: &str) -> Result<()> {
        on_pool!(self, pool, Backend => {
            sqlx::query("DELETE FROM forms_waiting WHERE project_id = $1 AND file_name = $2")
                .bind(project_id)
                .bind(file_name)
                .execute(pool)
                .await?;
            Ok(())
        })
    }
}

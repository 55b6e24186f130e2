//! Form versions, consent templates and the files a project keeps (media).

use super::*;

/// What is stored with a new form version besides its definition.
#[derive(Debug, Default)]
pub struct NewVersion<'a> {
    pub created_by: &'a str,
    pub file_name: &'a str,
    pub warnings: &'a [String],
    /// Files it reads that are not attached yet.
    pub missing: &'a [String],
    /// The uploaded workbook, kept while files are missing to read it again.
    pub source: Option<&'a [u8]>,
    /// Publish by itself once complete (`POST /forms?publish=true`).
    pub publish_when_complete: bool,
}

/// A stored form version as the admin's pages read it.
#[derive(Debug, Clone, FromRow)]
pub struct VersionRow {
    pub form_id: String,
    pub version: String,
    pub definition: String,
    /// `draft` or `published`.
    pub state: String,
    pub created_at: String,
    pub created_by: String,
    pub file_name: String,
    /// JSON list of the import's warnings.
    pub warnings: String,
    /// JSON list of the files still missing.
    pub missing: String,
    pub published_at: Option<String>,
    pub published_by: Option<String>,
    pub published_seq: Option<i64>,
}

/// A draft waiting for files, with its workbook.
#[derive(Debug, Clone, FromRow)]
pub struct WaitingDraft {
    pub form_id: String,
    pub version: String,
    pub file_name: String,
    pub source: Vec<u8>,
    /// JSON list.
    pub missing: String,
    pub created_at: String,
    pub created_by: String,
    pub publish_when_complete: i64,
}

impl Db {
    /// Store a form version published at once (the demo seed).
    pub async fn insert_form(&self, project_id: &str, form: &forms::model::Form) -> Result<()> {
        let seed = NewVersion {
            created_by: "seed",
            ..NewVersion::default()
        };
        self.insert_form_version(project_id, form, &seed).await?;
        self.publish_form(project_id, &form.id, &form.version, "seed")
            .await?;
        Ok(())
    }

    /// Store an uploaded form version as a draft.
    pub async fn insert_form_version(
        &self,
        project_id: &str,
        form: &forms::model::Form,
        new: &NewVersion<'_>,
    ) -> Result<()> {
        on_pool!(self, pool, Backend => {
            sqlx::query(
                "INSERT INTO forms (project_id, form_id, version, definition, created_at, seq,
                     state, created_by, file_name, warnings, missing, source, publish_when_complete)
                 VALUES ($1, $2, $3, $4, $5, (SELECT COALESCE(MAX(seq), 0) + 1 FROM forms),
                     'draft', $6, $7, $8, $9, $10, $11)",
            )
            .bind(project_id)
            .bind(&form.id)
            .bind(&form.version)
            .bind(serde_json::to_string(form)?)
            .bind(now_rfc3339())
            .bind(new.created_by)
            .bind(new.file_name)
            .bind(serde_json::to_string(new.warnings)?)
            .bind(serde_json::to_string(new.missing)?)
            .bind(new.source)
            .bind(i64::from(new.publish_when_complete))
            .execute(pool)
            .await?;
            Ok(())
        })
    }

    /// A waiting draft read again now that files came: its definition, warnings and what
    /// is still missing (the workbook is let go once nothing is).
    pub async fn update_draft(
        &self,
        project_id: &str,
        form: &forms::model::Form,
        warnings: &[String],
        missing: &[String],
    ) -> Result<()> {
        on_pool!(self, pool, Backend => {
            sqlx::query(
                "UPDATE forms SET definition = $1, warnings = $2, missing = $3,
                     source = CASE WHEN $3 = '[]' THEN NULL ELSE source END
                 WHERE project_id = $4 AND form_id = $5 AND version = $6 AND state = 'draft'",
            )
            .bind(serde_json::to_string(form)?)
            .bind(serde_json::to_string(warnings)?)
            .bind(serde_json::to_string(missing)?)
            .bind(project_id)
            .bind(&form.id)
            .bind(&form.version)
            .execute(pool)
            .await?;
            Ok(())
        })
    }

    /// Publish a complete draft; false when there is no such draft or files are missing.
    pub async fn publish_form(
        &self,
        project_id: &str,
        form_id: &str,
        version: &str,
        actor: &str,
    ) -> Result<bool> {
        on_pool!(self, pool, Backend => {
            let done = sqlx::query(
                "UPDATE forms SET state = 'published', published_at = $1, published_by = $2,
                     published_seq = (SELECT COALESCE(MAX(published_seq), 0) + 1 FROM forms),
                     source = NULL
                 WHERE project_id = $3 AND form_id = $4 AND version = $5
                     AND state = 'draft' AND missing = '[]'",
            )
            .bind(now_rfc3339())
            .bind(actor)
            .bind(project_id)
            .bind(form_id)
            .bind(version)
            .execute(pool)
            .await?;
            Ok(done.rows_affected() == 1)
        })
    }

    /// Delete a draft (never a published version: records may point at it).
    pub async fn delete_draft(
        &self,
        project_id: &str,
        form_id: &str,
        version: &str,
    ) -> Result<bool> {
        on_pool!(self, pool, Backend => {
            let done = sqlx::query(
                "DELETE FROM forms WHERE project_id = $1 AND form_id = $2 AND version = $3
                     AND state = 'draft'",
            )
            .bind(project_id)
            .bind(form_id)
            .bind(version)
            .execute(pool)
            .await?;
            Ok(done.rows_affected() == 1)
        })
    }

    /// Every version of the project's forms, for the admin's list: oldest first.
    pub async fn form_versions(&self, project_id: &str) -> Result<Vec<VersionRow>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT form_id, version, definition, state, created_at, created_by, file_name,
                     warnings, missing, published_at, published_by, published_seq
                 FROM forms WHERE project_id = $1 ORDER BY seq",
            )
            .bind(project_id)
            .fetch_all(pool)
            .await?)
        })
    }

    /// One version of a form, in any state.
    pub async fn form_version(
        &self,
        project_id: &str,
        form_id: &str,
        version: &str,
    ) -> Result<Option<VersionRow>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT form_id, version, definition, state, created_at, created_by, file_name,
                     warnings, missing, published_at, published_by, published_seq
                 FROM forms WHERE project_id = $1 AND form_id = $2 AND version = $3",
            )
            .bind(project_id)
            .bind(form_id)
            .bind(version)
            .fetch_optional(pool)
            .await?)
        })
    }

    /// Records stored per form version: (form id, version, count).
    pub async fn records_per_version(
        &self,
        project_id: &str,
    ) -> Result<Vec<(String, String, i64)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT form_id, form_version, COUNT(*) FROM submissions WHERE project_id = $1
                 GROUP BY form_id, form_version",
            )
            .bind(project_id)
            .fetch_all(pool)
            .await?)
        })
    }

    /// Drafts that wait for files, with their workbooks: (form id, version, file name,
    /// workbook, uploaded by, publish when complete).
    pub async fn waiting_drafts(&self, project_id: &str) -> Result<Vec<WaitingDraft>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT form_id, version, file_name, source, missing, created_at, created_by,
                     publish_when_complete
                 FROM forms WHERE project_id = $1 AND state = 'draft' AND missing <> '[]'
                     AND source IS NOT NULL
                 ORDER BY seq",
            )
            .bind(project_id)
            .fetch_all(pool)
            .await?)
        })
    }

    /// The newest published version of each of the project's forms (what phones get),
    /// the one published last first.
    pub async fn published_forms(&self, project_id: &str) -> Result<Vec<String>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_scalar(
                "SELECT definition FROM forms f WHERE project_id = $1 AND state = 'published'
                     AND published_seq = (SELECT MAX(published_seq) FROM forms g
                         WHERE g.project_id = f.project_id AND g.form_id = f.form_id
                             AND g.state = 'published')
                 ORDER BY published_seq DESC",
            )
            .bind(project_id)
            .fetch_all(pool)
            .await?)
        })
    }

    /// Every published version of one form, oldest first: (version, definition).
    pub async fn published_versions(
        &self,
        project_id: &str,
        form_id: &str,
    ) -> Result<Vec<(String, String)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT version, definition FROM forms WHERE project_id = $1 AND form_id = $2
                     AND state = 'published' ORDER BY published_seq",
            )
            .bind(project_id)
            .bind(form_id)
            .fetch_all(pool)
            .await?)
        })
    }

    /// Every version of every form of the project, drafts too (what a policy may name).
    pub async fn all_form_definitions(&self, project_id: &str) -> Result<Vec<String>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_scalar(
                "SELECT definition FROM forms WHERE project_id = $1
                 ORDER BY (state = 'published') DESC, published_seq DESC, seq DESC",
            )
            .bind(project_id)
            .fetch_all(pool)
            .await?)
        })
    }

    /// A published version's definition (records, phones and exports use only these).
    pub async fn published_definition(
        &self,
        project_id: &str,
        form_id: &str,
        version: &str,
    ) -> Result<Option<String>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_scalar(
                "SELECT definition FROM forms WHERE project_id = $1 AND form_id = $2
                     AND version = $3 AND state = 'published'",
            )
            .bind(project_id)
            .bind(form_id)
            .bind(version)
            .fetch_optional(pool)
            .await?)
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

    /// Keep an uploaded file under its name. A recording, picture or video is kept by its
    /// hash for good: a new upload under the same name points the name at the new content,
    /// and every version that addressed the old content (`/media/<sha256>`) still finds it
    /// (what earlier respondents heard stays playable). A choice file replaced (a CSV of
    /// preloads that may list people) is deleted: forms read it only at import. One
    /// transaction: the name never points at content that is not there.
    pub async fn put_media(
        &self,
        project_id: &str,
        name: &str,
        sha256: &str,
        content_type: &str,
        bytes: &[u8],
    ) -> Result<()> {
        let now = now_rfc3339();
        on_pool!(self, pool, Backend => {
            let mut tx = pool.begin().await?;
            sqlx::query(
                "INSERT INTO media_content (project_id, sha256, content_type, bytes, stored_at)
                 VALUES ($1, $2, $3, $4, $5)
                 ON CONFLICT (project_id, sha256) DO NOTHING",
            )
            .bind(project_id)
            .bind(sha256)
            .bind(content_type)
            .bind(bytes)
            .bind(&now)
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO media (project_id, name, sha256, content_type, uploaded_at)
                 VALUES ($1, $2, $3, $4, $5)
                 ON CONFLICT (project_id, name) DO UPDATE SET sha256 = excluded.sha256,
                     content_type = excluded.content_type,
                     uploaded_at = excluded.uploaded_at",
            )
            .bind(project_id)
            .bind(name)
            .bind(sha256)
            .bind(content_type)
            .bind(&now)
            .execute(&mut *tx)
            .await?;
            // Content no name holds any more that phones are never served (a CSV of
            // preloads may list people): gone with its name, not kept for good.
            let private: Vec<(String, String)> = sqlx::query_as(
                "SELECT sha256, content_type FROM media_content c WHERE c.project_id = $1
                 AND NOT EXISTS (SELECT 1 FROM media m
                                 WHERE m.project_id = c.project_id AND m.sha256 = c.sha256)",
            )
            .bind(project_id)
            .fetch_all(&mut *tx)
            .await?;
            for (sha, _) in private.iter().filter(|(_, t)| !crate::media::is_public(t)) {
                sqlx::query("DELETE FROM media_content WHERE project_id = $1 AND sha256 = $2")
                    .bind(project_id)
                    .bind(sha)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
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
                "SELECT content_type FROM media_content WHERE project_id = $1 AND sha256 = $2",
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
                "SELECT m.name, c.bytes FROM media m
                 JOIN media_content c ON c.project_id = m.project_id AND c.sha256 = m.sha256
                 WHERE m.project_id = $1 AND m.name LIKE $2 ORDER BY m.name",
            )
            .bind(project_id)
            .bind(format!("%{suffix}"))
            .fetch_all(pool)
            .await?)
        })
    }

    /// A file phones are served (a recording, picture or video), by its content hash,
    /// whichever name holds it now or held it once: (content type, bytes). The same bytes
    /// kept as a choice file elsewhere are never what answers.
    pub async fn media_by_hash(&self, sha256: &str) -> Result<Option<(String, Vec<u8>)>> {
        on_pool!(self, pool, Backend => {
            let kept: Vec<(String, String)> = sqlx::query_as(
                "SELECT project_id, content_type FROM media_content WHERE sha256 = $1",
            )
            .bind(sha256)
            .fetch_all(pool)
            .await?;
            let Some((project, content_type)) =
                kept.into_iter().find(|(_, t)| crate::media::is_public(t))
            else {
                return Ok(None);
            };
            let bytes: Vec<u8> = sqlx::query_scalar(
                "SELECT bytes FROM media_content WHERE project_id = $1 AND sha256 = $2",
            )
            .bind(&project)
            .bind(sha256)
            .fetch_one(pool)
            .await?;
            Ok(Some((content_type, bytes)))
        })
    }

    /// The project's current form, the version published last: (form id, version).
    pub async fn current_form_ref(&self, project_id: &str) -> Result<Option<(String, String)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT form_id, version FROM forms WHERE project_id = $1 AND state = 'published'
                 ORDER BY published_seq DESC LIMIT 1",
            )
            .bind(project_id)
            .fetch_optional(pool)
            .await?)
        })
    }

    pub async fn current_bundle(&self, project_id: &str) -> Result<Option<(String, String)>> {
        on_pool!(self, pool, Backend => {
            let form: Option<String> = sqlx::query_scalar(
                "SELECT definition FROM forms WHERE project_id = $1 AND state = 'published'
                 ORDER BY published_seq DESC LIMIT 1",
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
        publish: bool,
    ) -> Result<()> {
        on_pool!(self, pool, Backend => {
            sqlx::query(
                "INSERT INTO forms_waiting (project_id, file_name, source, missing, uploaded_at, uploaded_by, publish_when_complete)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)
                 ON CONFLICT (project_id, file_name) DO UPDATE SET source = excluded.source,
                     missing = excluded.missing, uploaded_at = excluded.uploaded_at,
                     uploaded_by = excluded.uploaded_by,
                     publish_when_complete = excluded.publish_when_complete",
            )
            .bind(project_id)
            .bind(file_name)
            .bind(source)
            .bind(serde_json::to_string(missing)?)
            .bind(now_rfc3339())
            .bind(uploaded_by)
            .bind(i64::from(publish))
            .execute(pool)
            .await?;
            Ok(())
        })
    }

    /// A project's uploads waiting for files that cannot be read before they come, oldest
    /// first, with their workbooks and whether to publish them once complete.
    pub async fn waiting_forms(
        &self,
        project_id: &str,
    ) -> Result<Vec<(forms::review::FormWaiting, Vec<u8>, bool)>> {
        let rows: Vec<(String, Vec<u8>, String, String, String, i64)> = on_pool!(self, pool, Backend => {
            sqlx::query_as(
                "SELECT file_name, source, missing, uploaded_at, uploaded_by, publish_when_complete
                 FROM forms_waiting WHERE project_id = $1 ORDER BY uploaded_at, file_name",
            )
            .bind(project_id)
            .fetch_all(pool)
            .await?
        });
        rows.into_iter()
            .map(
                |(file_name, source, missing, uploaded_at, uploaded_by, publish)| {
                    let waiting = forms::review::FormWaiting {
                        file_name,
                        missing: serde_json::from_str(&missing)?,
                        uploaded_at,
                        uploaded_by,
                        form_id: String::new(),
                        version: String::new(),
                    };
                    Ok((waiting, source, publish != 0))
                },
            )
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

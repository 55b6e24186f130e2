//! The translators' saved work (`translations`, migration 0020): one row per form and
//! language, until a steward or admin publishes it.

use super::*;

use forms::translation::ReviewStatus;

/// One language's saved work on one form.
#[derive(Debug, Clone)]
pub struct TranslationRow {
    pub lang: String,
    pub name: String,
    /// The target texts by key.
    pub texts: std::collections::BTreeMap<String, String>,
    pub status: ReviewStatus,
    pub saved_by: String,
    pub reviewed_by: Option<String>,
    pub published: bool,
}

type Row = (
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
);

impl Db {
    /// Every language's saved work on a form of the project, by language code.
    pub async fn translations(
        &self,
        project_id: &str,
        form_id: &str,
    ) -> Result<Vec<TranslationRow>> {
        let rows: Vec<Row> = on_pool!(self, pool, Backend => {
            sqlx::query_as(
                "SELECT lang, name, texts, status, saved_by, reviewed_by, published_at
                 FROM translations WHERE project_id = $1 AND form_id = $2 ORDER BY lang",
            )
            .bind(project_id)
            .bind(form_id)
            .fetch_all(pool)
            .await?
        });
        rows.into_iter()
            .map(
                |(lang, name, texts, status, saved_by, reviewed_by, published_at)| {
                    Ok(TranslationRow {
                        lang,
                        name,
                        texts: serde_json::from_str(&texts)?,
                        status: ReviewStatus::parse(&status)
                            .ok_or_else(|| anyhow::anyhow!("translation status {status:?}"))?,
                        saved_by,
                        reviewed_by,
                        published: published_at.is_some(),
                    })
                },
            )
            .collect()
    }

    /// Keep a language's work on a form (replacing what was saved): not yet published.
    pub async fn save_translation(
        &self,
        project_id: &str,
        form_id: &str,
        row: &TranslationRow,
    ) -> Result<()> {
        let texts = serde_json::to_string(&row.texts)?;
        on_pool!(self, pool, Backend => {
            sqlx::query(
                "INSERT INTO translations (project_id, form_id, lang, name, texts, status,
                     saved_by, saved_at, reviewed_by, published_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, NULL)
                 ON CONFLICT (project_id, form_id, lang) DO UPDATE SET name = excluded.name,
                     texts = excluded.texts, status = excluded.status,
                     saved_by = excluded.saved_by, saved_at = excluded.saved_at,
                     reviewed_by = excluded.reviewed_by, published_at = NULL",
            )
            .bind(project_id)
            .bind(form_id)
            .bind(&row.lang)
            .bind(&row.name)
            .bind(&texts)
            .bind(row.status.as_str())
            .bind(&row.saved_by)
            .bind(now_rfc3339())
            .bind(&row.reviewed_by)
            .execute(pool)
            .await?;
        });
        Ok(())
    }

    /// Mark a language's saved work as published (it is in the new versions).
    pub async fn translation_published(
        &self,
        project_id: &str,
        form_id: &str,
        lang: &str,
    ) -> Result<()> {
        on_pool!(self, pool, Backend => {
            sqlx::query(
                "UPDATE translations SET published_at = $1
                 WHERE project_id = $2 AND form_id = $3 AND lang = $4",
            )
            .bind(now_rfc3339())
            .bind(project_id)
            .bind(form_id)
            .bind(lang)
            .execute(pool)
            .await?;
        });
        Ok(())
    }
}

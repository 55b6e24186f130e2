//! Storage. The only module that speaks SQL; everything else calls these methods.
//!
//! Two backends share one set of queries: SQLite in WAL mode (one file in the data folder,
//! the default) and PostgreSQL (`--database postgres://…`, for deployments that outgrow one
//! machine). Queries are written once, in the SQL both understand (`$1` placeholders,
//! `RETURNING`, `ON CONFLICT`, `string_agg`); [`on_pool!`] compiles each method once per
//! backend, so neither pays for the other. Migrations are embedded per backend from
//! `migrations/sqlite` and `migrations/postgres`, append-only, numbered alike.

use std::path::Path;
use std::str::FromStr;

use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use sqlx::{FromRow, Row};

pub use forms::review::SubmissionSummary;

use crate::auth::{Role, User};
use crate::error::Result;

/// The connection pool of whichever backend this deployment uses.
#[derive(Clone)]
enum Pool {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Run `$body` against the pool, compiled once per backend: inside, `$pool` is that
/// backend's pool and `$backend` its `sqlx::Database` type.
macro_rules! on_pool {
    ($db:expr, $pool:ident, $backend:ident => $body:block) => {
        match &$db.pool {
            Pool::Sqlite($pool) => {
                #[allow(dead_code)]
                type $backend = sqlx::Sqlite;
                $body
            }
            Pool::Postgres($pool) => {
                #[allow(dead_code)]
                type $backend = sqlx::Postgres;
                $body
            }
        }
    };
}

mod attempts;
mod audit;

pub use audit::{AuditHead, AuditKey, KEY_FILE_VAR, key_file};

/// Current time, RFC 3339 UTC.
pub fn now_rfc3339() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// Current time, Unix seconds.
pub fn now_unix() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// A handle on the database, cheap to clone.
#[derive(Clone)]
pub struct Db {
    pool: Pool,
    /// The SQLite file, for work that reads it on a thread of its own.
    file: Option<std::path::PathBuf>,
    /// Appending to the audit chain reads the last hash then writes: one writer at a time
    /// in this process (the head row's lock orders writers across processes).
    audit_lock: std::sync::Arc<tokio::sync::Mutex<()>>,
    /// The secret that seals the audit chain, kept outside the database (`audit.key`).
    audit_key: std::sync::Arc<audit::AuditKey>,
}

/// One audit event as stored.
#[derive(Debug, Clone, serde::Serialize, sqlx::FromRow)]
pub struct AuditEvent {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub subject: String,
    pub prev_hash: Option<String>,
    pub hash: Option<String>,
    /// HMAC of `hash` under the audit key (`None` only for an event nobody sealed).
    pub mac: Option<String>,
}

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

/// One approved, exportable record.
#[derive(sqlx::FromRow)]
pub struct ExportRow {
    pub id: String,
    pub form_version: String,
    pub received_at: String,
    pub saved_at: String,
    pub receipt: String,
    #[sqlx(rename = "consent")]
    pub consent_json: String,
    #[sqlx(rename = "answers")]
    pub answers_json: String,
}

/// A device as an admin sees it.
#[derive(Debug, serde::Serialize, sqlx::FromRow)]
pub struct DeviceSummary {
    pub id: String,
    pub username: String,
    pub label: String,
    pub created_at: String,
    pub revoked_at: Option<String>,
    pub last_sync_at: Option<String>,
}

/// A user as stored; the role is checked when it is read.
#[derive(sqlx::FromRow)]
struct UserRow {
    id: i64,
    username: String,
    project_id: String,
    role: String,
}

impl TryFrom<UserRow> for User {
    type Error = crate::error::Error;
    fn try_from(row: UserRow) -> Result<User> {
        Ok(User {
            id: row.id,
            username: row.username,
            project_id: row.project_id,
            role: Role::parse(&row.role)
                .ok_or_else(|| anyhow::anyhow!("unknown role in database"))?,
        })
    }
}

/// Approved records, not refusals, whose respondent accepted a purpose ($3), of one form
/// ($2) of a project ($1), in the column order of [`ExportRow`].
const EXPORTABLE: &str = "SELECT id, form_version, received_at, saved_at, receipt, consent, answers
     FROM submissions s
     WHERE project_id = $1 AND form_id = $2 AND review_state = 'approved' AND NOT refused
       AND EXISTS (SELECT 1 FROM submission_purposes p
                   WHERE p.submission_id = s.id AND p.purpose = $3)";

/// `$1,$2,…,$n`, for an `IN (…)` list.
fn placeholders(n: usize) -> String {
    (1..=n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(",")
}

impl Db {
    /// Open the database a deployment is configured with: a `postgres://` URL, or else
    /// the SQLite file in the data folder.
    pub async fn connect(database: Option<&str>, data_dir: &Path) -> Result<Db> {
        match database {
            Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
                Db::open_postgres(url, &audit::key_file(data_dir)).await
            }
            Some(other) => Err(anyhow::anyhow!(
                "--database must be a postgres:// URL (got `{}`); leave it out for SQLite",
                other.split(':').next().unwrap_or_default()
            )
            .into()),
            None => {
                std::fs::create_dir_all(data_dir).map_err(anyhow::Error::from)?;
                Db::open(&data_dir.join("sauti.sqlite3")).await
            }
        }
    }

    /// Open (creating if needed) an SQLite file and bring its schema up to date.
    pub async fn open(path: &Path) -> Result<Db> {
        let options = SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display()))?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(std::time::Duration::from_secs(10))
            // Rows cross from SQLite's thread to ours through a channel; a deep one lets an
            // export read ahead instead of waking both threads for every few rows.
            .row_buffer_size(1024)
            // 64 MB of page cache (SQLite's default is 2 MB): the indexes of a large
            // project stay in memory while batches arrive.
            .pragma("cache_size", "-65536")
            // Deleted rows are overwritten with zeros, not left in free pages: a withdrawn
            // or purged record is gone from the file, not only from the tables.
            .pragma("secure_delete", "ON")
            .pragma("mmap_size", "268435456");
        let connect = || {
            SqlitePoolOptions::new()
                .max_connections(4)
                .connect_with(options.clone())
        };
        let pool = connect().await?;
        sqlx::migrate!("./migrations/sqlite")
            .run(&pool)
            .await
            .map_err(|e| anyhow::anyhow!("migration failed: {e}"))?;
        // A migration may have rewritten table definitions in the schema (see 0005):
        // connections opened before it keep the old ones, so start afresh.
        pool.close().await;
        let pool = connect().await?;
        let key_file = audit::key_file(path.parent().unwrap_or(Path::new(".")));
        let mut db = Db::ready(Pool::Sqlite(pool), &key_file).await?;
        db.file = Some(path.to_path_buf());
        Ok(db)
    }

    /// Connect to PostgreSQL and bring its schema up to date.
    /// `key_file` holds the audit chain's secret (created with the chain; every server
    /// process on this database must be given the same file).
    pub async fn open_postgres(url: &str, key_file: &Path) -> Result<Db> {
        let pool = PgPoolOptions::new()
            .max_connections(8)
            .acquire_timeout(std::time::Duration::from_secs(10))
            .connect(url)
            .await?;
        sqlx::migrate!("./migrations/postgres")
            .run(&pool)
            .await
            .map_err(|e| anyhow::anyhow!("migration failed: {e}"))?;
        Db::ready(Pool::Postgres(pool), key_file).await
    }

    async fn ready(pool: Pool, key_file: &Path) -> Result<Db> {
        let mut db = Db {
            pool,
            file: None,
            audit_lock: Default::default(),
            audit_key: Default::default(),
        };
        db.audit_key = std::sync::Arc::new(db.open_audit_chain(key_file).await?);
        Ok(db)
    }

    /// Which backend this is, for messages: `sqlite` or `postgres`.
    pub fn backend(&self) -> &'static str {
        match self.pool {
            Pool::Sqlite(_) => "sqlite",
            Pool::Postgres(_) => "postgres",
        }
    }

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

    pub async fn insert_user(
        &self,
        project_id: &str,
        username: &str,
        password_hash: &str,
        role: Role,
    ) -> Result<i64> {
        on_pool!(self, pool, Backend => {
            let id = sqlx::query(
                "INSERT INTO users (project_id, username, password_hash, role, created_at)
                 VALUES ($1, $2, $3, $4, $5) RETURNING id",
            )
            .bind(project_id)
            .bind(username)
            .bind(password_hash)
            .bind(role.as_str())
            .bind(now_rfc3339())
            .fetch_one(pool)
            .await?
            .try_get(0)?;
            Ok(id)
        })
    }

    pub async fn insert_form(&self, project_id: &str, form: &forms::model::Form) -> Result<()> {
        on_pool!(self, pool, Backend => {
            sqlx::query(
                "INSERT INTO forms (project_id, form_id, version, definition, created_at, seq)
                 VALUES ($1, $2, $3, $4, $5, (SELECT COALESCE(MAX(seq), 0) + 1 FROM forms))",
            )
            .bind(project_id)
            .bind(&form.id)
            .bind(&form.version)
            .bind(serde_json::to_string(form).map_err(anyhow::Error::from)?)
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
            .bind(serde_json::to_string(template).map_err(anyhow::Error::from)?)
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

    /// A user and their password hash, by username.
    pub async fn user_by_name(&self, username: &str) -> Result<Option<(User, String)>> {
        on_pool!(self, pool, Backend => {
            let row = sqlx::query(
                "SELECT id, username, project_id, role, password_hash FROM users WHERE username = $1",
            )
            .bind(username)
            .fetch_optional(pool)
            .await?;
            row.map(|r| Ok((User::try_from(UserRow::from_row(&r)?)?, r.try_get("password_hash")?)))
                .transpose()
        })
    }

    pub async fn create_session(&self, token_hash: &str, user_id: i64) -> Result<()> {
        on_pool!(self, pool, Backend => {
            sqlx::query("DELETE FROM sessions WHERE expires_at < $1")
                .bind(now_unix())
                .execute(pool)
                .await?;
            sqlx::query("INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)")
                .bind(token_hash)
                .bind(user_id)
                .bind(now_unix() + crate::auth::SESSION_SECONDS)
                .execute(pool)
                .await?;
            Ok(())
        })
    }

    pub async fn delete_session(&self, token_hash: &str) -> Result<()> {
        on_pool!(self, pool, Backend => {
            sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
                .bind(token_hash)
                .execute(pool)
                .await?;
            Ok(())
        })
    }

    pub async fn session_user(&self, token_hash: &str) -> Result<Option<User>> {
        on_pool!(self, pool, Backend => {
            let row = sqlx::query(
                "SELECT u.id, u.username, u.project_id, u.role FROM sessions s
                 JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > $2",
            )
            .bind(token_hash)
            .bind(now_unix())
            .fetch_optional(pool)
            .await?;
            row.map(|r| User::try_from(UserRow::from_row(&r)?))
                .transpose()
        })
    }

    pub async fn create_device(
        &self,
        id: &str,
        user_id: i64,
        token_hash: &str,
        label: &str,
    ) -> Result<()> {
        on_pool!(self, pool, Backend => {
            sqlx::query(
                "INSERT INTO devices (id, user_id, token_hash, label, created_at, expires_at)
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(id)
            .bind(user_id)
            .bind(token_hash)
            .bind(label)
            .bind(now_rfc3339())
            .bind(now_unix() + crate::auth::DEVICE_SECONDS)
            .execute(pool)
            .await?;
            Ok(())
        })
    }

    /// The device and its enumerator for a token, if the device is neither revoked nor expired.
    pub async fn device_user(&self, token_hash: &str) -> Result<Option<(String, User)>> {
        on_pool!(self, pool, Backend => {
            let row = sqlx::query(
                "SELECT d.id AS device_id, u.id, u.username, u.project_id, u.role FROM devices d
                 JOIN users u ON u.id = d.user_id
                 WHERE d.token_hash = $1 AND d.revoked_at IS NULL AND d.expires_at > $2",
            )
            .bind(token_hash)
            .bind(now_unix())
            .fetch_optional(pool)
            .await?;
            row.map(|r| Ok((r.try_get("device_id")?, User::try_from(UserRow::from_row(&r)?)?)))
                .transpose()
        })
    }

    /// Revoke a device of the project; false when there is no such device.
    pub async fn revoke_device(&self, project_id: &str, device_id: &str) -> Result<bool> {
        on_pool!(self, pool, Backend => {
            let done = sqlx::query(
                "UPDATE devices SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL
                 AND user_id IN (SELECT id FROM users WHERE project_id = $3)",
            )
            .bind(now_rfc3339())
            .bind(device_id)
            .bind(project_id)
            .execute(pool)
            .await?;
            Ok(done.rows_affected() == 1)
        })
    }

    pub async fn list_devices(&self, project_id: &str) -> Result<Vec<DeviceSummary>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT d.id, u.username, d.label, d.created_at, d.revoked_at, d.last_sync_at
                 FROM devices d JOIN users u ON u.id = d.user_id WHERE u.project_id = $1
                 ORDER BY d.created_at",
            )
            .bind(project_id)
            .fetch_all(pool)
            .await?)
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
            let consent: Option<String> = sqlx::query_scalar(
                "SELECT definition FROM consent_templates WHERE project_id = $1
                 ORDER BY version DESC LIMIT 1",
            )
            .bind(project_id)
            .fetch_optional(pool)
            .await?;
            Ok(form.zip(consent))
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
    pub async fn template_in_use(&self, template_id: &str, version: u32) -> Result<bool> {
        on_pool!(self, pool, Backend => {
            let used: Option<i64> = sqlx::query_scalar(
                "SELECT template_version FROM submissions
                 WHERE template_id = $1 AND template_version = $2 LIMIT 1",
            )
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
                        EXISTS (SELECT 1 FROM submissions s WHERE s.template_id = t.template_id
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
            .bind(serde_json::to_string(template).map_err(anyhow::Error::from)?)
            .bind(now_rfc3339())
            .bind(project_id)
            .bind(&template.id)
            .bind(i64::from(template.version))
            .execute(pool)
            .await?;
            Ok(())
        })
    }

    /// Which of these ids are already stored.
    pub async fn existing_ids(&self, ids: &[String]) -> Result<Vec<String>> {
        self.existing("id", ids).await
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

    /// The values among `values` that some submission has in `column` (a fixed name).
    async fn existing(&self, column: &'static str, values: &[String]) -> Result<Vec<String>> {
        on_pool!(self, pool, Backend => {
            if values.is_empty() {
                return Ok(Vec::new());
            }
            let placeholders = placeholders(values.len());
            // A purged record's id and receipt stay taken: its tombstone holds them, so a
            // phone sending it again is told it is already stored, and it is not revived.
            let tombstone_column = if column == "id" { "submission_id" } else { column };
            let sql = format!(
                "SELECT {column} FROM submissions WHERE {column} IN ({placeholders})
                 UNION SELECT {tombstone_column} FROM tombstones WHERE {tombstone_column} IN ({placeholders})"
            );
            let mut query = sqlx::query_scalar(&sql);
            for v in values {
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
                        serde_json::from_str(&consent).map_err(anyhow::Error::from)?;
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
                        answers: serde_json::from_str(&answers).map_err(anyhow::Error::from)?,
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

    /// How many records [`Db::exportable`] would give.
    pub async fn count_exportable(
        &self,
        project_id: &str,
        form_id: &str,
        purpose: &str,
    ) -> Result<u64> {
        on_pool!(self, pool, Backend => {
            let n: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM submissions s
                 WHERE project_id = $1 AND form_id = $2 AND review_state = 'approved' AND NOT refused
                   AND EXISTS (SELECT 1 FROM submission_purposes p
                               WHERE p.submission_id = s.id AND p.purpose = $3)",
            )
            .bind(project_id)
            .bind(form_id)
            .bind(purpose)
            .fetch_one(pool)
            .await?;
            Ok(u64::try_from(n).unwrap_or_default())
        })
    }

    /// The SQLite file, when this database is one.
    pub fn sqlite_file(&self) -> Option<&Path> {
        self.file.as_deref()
    }

    /// What [`Db::exportable`] gives, read on the calling (blocking) thread through a
    /// read-only connection of its own, `each` called per row until it returns false.
    /// SQLite only: for exports, where handing every row from SQLite's thread to another
    /// costs more than reading it.
    pub fn each_exportable_blocking(
        file: &Path,
        project_id: &str,
        form_id: &str,
        purpose: &str,
        mut each: impl FnMut(ExportRow) -> Result<bool>,
    ) -> Result<()> {
        use rusqlite::OpenFlags;
        let fail = |e: rusqlite::Error| anyhow::anyhow!("export read: {e}");
        let conn = rusqlite::Connection::open_with_flags(
            file,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(fail)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(fail)?;
        let mut statement = conn.prepare(EXPORTABLE).map_err(fail)?;
        let mut rows = statement
            .query(rusqlite::params![project_id, form_id, purpose])
            .map_err(fail)?;
        while let Some(row) = rows.next().map_err(fail)? {
            let record = ExportRow {
                id: row.get(0).map_err(fail)?,
                form_version: row.get(1).map_err(fail)?,
                received_at: row.get(2).map_err(fail)?,
                saved_at: row.get(3).map_err(fail)?,
                receipt: row.get(4).map_err(fail)?,
                consent_json: row.get(5).map_err(fail)?,
                answers_json: row.get(6).map_err(fail)?,
            };
            if !each(record)? {
                break;
            }
        }
        Ok(())
    }

    /// Approved records whose respondent accepted `purpose`, as a stream: rows are read
    /// as they are written out, never all held at once. In storage order, not sorted:
    /// sorting would make the database copy every record (answers included) into a
    /// temporary sort before the first row leaves.
    pub fn exportable<'a>(
        &'a self,
        project_id: &'a str,
        form_id: &'a str,
        purpose: &'a str,
    ) -> futures_util::stream::BoxStream<'a, Result<ExportRow>> {
        use futures_util::StreamExt;
        on_pool!(self, pool, Backend => {
            sqlx::query_as::<_, ExportRow>(EXPORTABLE)
            .bind(project_id)
            .bind(form_id)
            .bind(purpose)
            .fetch(pool)
            .map(|row| row.map_err(Into::into))
            .boxed()
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

    /// A project's accounts: (username, role, created_at).
    pub async fn list_users(&self, project_id: &str) -> Result<Vec<(String, String, String)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT username, role, created_at FROM users WHERE project_id = $1 ORDER BY username",
            )
            .bind(project_id)
            .fetch_all(pool)
            .await?)
        })
    }

    /// Usernames of a project's accounts with this role.
    pub async fn usernames_with_role(&self, project_id: &str, role: Role) -> Result<Vec<String>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_scalar(
                "SELECT username FROM users WHERE project_id = $1 AND role = $2 ORDER BY username",
            )
            .bind(project_id)
            .bind(role.as_str())
            .fetch_all(pool)
            .await?)
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

    /// Open an export ledger entry; rows are added as they leave.
    #[allow(clippy::too_many_arguments)]
    pub async fn open_export(
        &self,
        project_id: &str,
        profile: &str,
        recipient: &str,
        format: &str,
        policy_version: i64,
        actor: &str,
        suppressed: u64,
    ) -> Result<i64> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_scalar(
                "INSERT INTO export_ledger
                   (project_id, profile, recipient, format, policy_version, actor, at, suppressed)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            )
            .bind(project_id)
            .bind(profile)
            .bind(recipient)
            .bind(format)
            .bind(policy_version)
            .bind(actor)
            .bind(now_rfc3339())
            .bind(i64::try_from(suppressed).unwrap_or(i64::MAX))
            .fetch_one(pool)
            .await?)
        })
    }

    /// Note that these records left in an export.
    pub async fn ledger_records(&self, export_id: i64, ids: &[String]) -> Result<()> {
        if ids.is_empty() {
            return Ok(());
        }
        on_pool!(self, pool, Backend => {
            let mut insert = sqlx::QueryBuilder::<Backend>::new(
                "INSERT INTO export_records (export_id, submission_id) ",
            );
            insert.push_values(ids, |mut row, id| {
                row.push_bind(export_id).push_bind(id);
            });
            insert.push(" ON CONFLICT DO NOTHING");
            insert.build().execute(pool).await?;
            Ok(())
        })
    }

    /// Close an export ledger entry with the number of records that left.
    pub async fn close_export(&self, export_id: i64, records: u64) -> Result<()> {
        on_pool!(self, pool, Backend => {
            sqlx::query("UPDATE export_ledger SET records = $1 WHERE id = $2")
                .bind(i64::try_from(records).unwrap_or(i64::MAX))
                .bind(export_id)
                .execute(pool)
                .await?;
            Ok(())
        })
    }

    /// Who received a record in earlier exports: (export id, profile, recipient, when).
    pub async fn exports_of(
        &self,
        submission_id: &str,
    ) -> Result<Vec<(i64, String, String, String)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT l.id, l.profile, l.recipient, l.at FROM export_records r
                 JOIN export_ledger l ON l.id = r.export_id
                 WHERE r.submission_id = $1 ORDER BY l.id",
            )
            .bind(submission_id)
            .fetch_all(pool)
            .await?)
        })
    }

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
    /// transaction), without marking the record edited: the data was due to go.
    pub async fn scrub_answers(
        &self,
        id: &str,
        answers: &str,
        history: &[(i64, String)],
    ) -> Result<()> {
        self.scrub_answer_rows(id, answers, history).await?;
        self.forget_old_pages().await
    }

    async fn scrub_answer_rows(
        &self,
        id: &str,
        answers: &str,
        history: &[(i64, String)],
    ) -> Result<()> {
        on_pool!(self, pool, Backend => {
            let mut tx = pool.begin().await?;
            sqlx::query("UPDATE submissions SET answers = $1 WHERE id = $2")
                .bind(answers)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            for (edit, previous) in history {
                sqlx::query("UPDATE submission_edits SET previous_answers = $1 WHERE id = $2")
                    .bind(previous)
                    .bind(edit)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            Ok(())
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

    /// After deleting personal data: SQLite copies the write-ahead log into the database
    /// and empties it (older copies of the deleted pages lived on there). PostgreSQL's
    /// dead rows go at the next [`Db::vacuum`].
    pub async fn forget_old_pages(&self) -> Result<()> {
        if let Pool::Sqlite(pool) = &self.pool {
            sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
                .execute(pool)
                .await?;
        }
        Ok(())
    }

    /// Rewrite the database without its free space (after a purge deleted something).
    pub async fn vacuum(&self) -> Result<()> {
        on_pool!(self, pool, Backend => {
            sqlx::query("VACUUM").execute(pool).await?;
        });
        self.forget_old_pages().await
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
}

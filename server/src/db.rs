//! Storage. The only module (with its children) that speaks SQL; everything else calls
//! these methods. One child module per resource, all on the one [`Db`]: `projects`,
//! `accounts` (users, sessions, devices), `catalog` (forms, templates, media),
//! `submissions` (batches, review), `exports` (streams and the ledger), `governance`
//! (policy versions), `retention` (withdrawals, tombstones, purges), `names` (records'
//! names kept for the steward's search), `attempts` (guessing counts, leases) and `audit`
//! (the sealed chain).
//!
//! Two backends share one set of queries: SQLite in WAL mode (one file in the data folder,
//! the default) and PostgreSQL (`--database postgres://…`, for deployments that outgrow one
//! machine). Queries are written once, in the SQL both understand (`$1` placeholders,
//! `RETURNING`, `ON CONFLICT`, `string_agg`); [`on_pool!`] compiles each method once per
//! backend, so neither pays for the other. Migrations are embedded per backend from
//! `migrations/sqlite` and `migrations/postgres`, append-only, numbered alike.
//!
//! SQLite runs with `secure_delete`, every deletion of personal data is followed by a WAL
//! checkpoint (`forget_old_pages`) and a purge by `VACUUM`, so deleted answers leave the
//! files, not only the tables. The API tests run on both backends (`SAUTI_TEST_POSTGRES`,
//! set by `.ci/run` through `scripts/test.sh` with `scripts/postgres.sh`).

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

/// Inside a transaction `$tx` that may take away a project's last admin: commit and give
/// `Ok(true)` when every project of `$projects` still has an enabled admin, else roll back
/// and give `Ok(false)` (see `memberships::LOCK_PROJECT`, taken before the change).
macro_rules! commit_if_admins_left {
    ($tx:ident, $projects:expr) => {{
        for project in $projects {
            let admins: i64 = sqlx::query_scalar(memberships::ENABLED_ADMINS)
                .bind(project)
                .fetch_one(&mut *$tx)
                .await?;
            if admins == 0 {
                $tx.rollback().await?;
                return Ok(false);
            }
        }
        $tx.commit().await?;
        Ok(true)
    }};
}

mod accounts;
mod actions;
mod assignments;
mod attempts;
mod audit;
mod catalog;
mod exports;
mod feedback;
mod governance;
mod memberships;
mod monitor;
mod names;
mod projects;
mod retention;
mod submissions;
mod translations;

pub use accounts::DeviceSummary;
pub use actions::{ActionRow, NewActionRow};
pub use audit::{AuditEvent, AuditHead, AuditKey, KEY_FILE_VAR, key_file};
pub use catalog::{NewVersion, VersionRow, WaitingDraft};
pub use exports::{ExportRow, Scope, Snapshot};
pub use feedback::{CaseRow, NewCase};
pub use memberships::ProjectListing;
pub use monitor::{CaseTimes, LedgerLine};
pub use names::Unnamed;
pub use retention::{NoticeRow, ReceiptRecord};
pub use submissions::{Candidate, Cursor, ListFilter, NewSubmission, Part, Search, StoredRecord};
pub use translations::TranslationRow;

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
                std::fs::create_dir_all(data_dir)?;
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
        migrate_sqlite(&options).await?;
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

    /// The SQLite file, when this database is one.
    pub fn sqlite_file(&self) -> Option<&Path> {
        self.file.as_deref()
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

    /// Give the query planner fresh statistics about the tables, so it picks the index
    /// that suits each filter of the review list: without them SQLite guesses, and at
    /// 100,000 records it guessed an area, date or form filter into a scan (BENCHMARKS.md).
    /// SQLite: `PRAGMA optimize` analyses only the tables that grew or shrank tenfold or
    /// have an index never analysed (a new area index), each read at most
    /// `analysis_limit` rows per index, so it is cheap to run often (at open, hourly, and
    /// after an index is made). PostgreSQL's autovacuum keeps column statistics itself,
    /// but an expression index gets its own only from an `ANALYZE` of its table.
    pub async fn refresh_statistics(&self, new_index: bool) -> Result<()> {
        match &self.pool {
            Pool::Sqlite(pool) => {
                let mut conn = pool.acquire().await?;
                optimize_sqlite(&mut conn).await?;
            }
            Pool::Postgres(pool) => {
                if new_index {
                    sqlx::query("ANALYZE submissions").execute(pool).await?;
                }
            }
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
}

/// Bring an SQLite file's schema up to date on a connection of its own, with foreign keys
/// off: SQLite changes a primary key only by rebuilding the table (0013), and dropping a
/// table with foreign keys on would first delete its rows, cascading to their children.
/// Every key is checked before the file is served. The pool opens afterwards, so every
/// connection reads the new schema (0005 rewrites table definitions in place).
async fn migrate_sqlite(options: &SqliteConnectOptions) -> Result<()> {
    use sqlx::Connection;
    let mut conn =
        sqlx::SqliteConnection::connect_with(&options.clone().foreign_keys(false)).await?;
    sqlx::migrate!("./migrations/sqlite")
        .run(&mut conn)
        .await
        .map_err(|e| anyhow::anyhow!("migration failed: {e}"))?;
    let broken: Vec<(String,)> = sqlx::query_as("SELECT \"table\" FROM pragma_foreign_key_check")
        .fetch_all(&mut conn)
        .await?;
    if let Some((table,)) = broken.first() {
        return Err(anyhow::anyhow!(
            "after migrating, {} rows of `{table}` point at nothing",
            broken.len()
        )
        .into());
    }
    // A migration may have made indexes; and a file copied or restored may never have
    // been analysed (SQLite's advice: optimise when a long-lived connection opens).
    optimize_sqlite(&mut conn).await?;
    conn.close().await?;
    Ok(())
}

/// `PRAGMA optimize` over every table (`0x10002`: analyse where needed, whether or not
/// this connection has queried the table yet), each index read at most 1,000 rows deep.
async fn optimize_sqlite(conn: &mut sqlx::SqliteConnection) -> Result<()> {
    sqlx::query("PRAGMA analysis_limit = 1000")
        .execute(&mut *conn)
        .await?;
    sqlx::query("PRAGMA optimize = 0x10002")
        .execute(&mut *conn)
        .await?;
    Ok(())
}

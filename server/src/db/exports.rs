//! Exportable records, read as a stream, and the export ledger.

use super::*;

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
    /// The purposes the record still serves, space-separated: its consent's, less those
    /// withdrawn or past their retention.
    pub held: String,
}

/// Approved records, not refusals, whose respondent accepted a purpose ($3), of one form
/// ($2) of a project ($1), received at or after $4 (the purpose's retention,
/// `Policy::held_since`), in the column order of [`ExportRow`].
const EXPORTABLE: &str =
    "SELECT id, form_version, received_at, saved_at, receipt, consent, answers,
            COALESCE((SELECT string_agg(h.purpose, ' ') FROM submission_purposes h
                      WHERE h.submission_id = s.id), '') AS held
     FROM submissions s
     WHERE project_id = $1 AND form_id = $2 AND review_state = 'approved' AND NOT refused
       AND EXISTS (SELECT 1 FROM submission_purposes p
                   WHERE p.submission_id = s.id AND p.purpose = $3)
       AND received_at >= $4";
// SQLite numbers `$N` parameters in the order they first appear, and rusqlite binds by that
// number: keep them in order ($4 before $3 swapped the purpose and the date).

/// Which records an export reads: approved records of one form of a project whose
/// respondent accepted `purpose`, received at or after `since`.
#[derive(Debug, Clone)]
pub struct Scope {
    pub project_id: String,
    pub form_id: String,
    pub purpose: String,
    pub since: String,
}

/// One reading of the database that every pass of an export shares. k-anonymity counts
/// each combination of quasi-identifiers in a first pass and writes rows in a second: read
/// live, a withdrawal, a rejection or an erasure between the passes would let a group
/// the first pass counted as k leave with k−1 records. Both passes read through one
/// snapshot instead, so the file is the records as they stood when the export was asked
/// for (a withdrawal made while it runs is then listed in the withdrawal notice, whose
/// exports are those begun before the withdrawal).
///
/// SQLite: a read-only connection of its own inside a read transaction (in WAL mode the
/// view is fixed at its first read; writers carry on). PostgreSQL: a `REPEATABLE READ,
/// READ ONLY` transaction, holding one pooled connection while the export runs.
pub struct Snapshot(Reading);

enum Reading {
    Sqlite(std::sync::Arc<std::sync::Mutex<rusqlite::Connection>>),
    Postgres(std::sync::Arc<tokio::sync::Mutex<sqlx::Transaction<'static, sqlx::Postgres>>>),
}

/// Rows handed from a snapshot's reader to the stream, at most this many waiting.
const SNAPSHOT_QUEUE: usize = 256;

impl Snapshot {
    /// True when the rows can be read on a blocking thread ([`Snapshot::each_blocking`]).
    pub fn is_sqlite(&self) -> bool {
        matches!(self.0, Reading::Sqlite(_))
    }

    /// The scope's rows as a stream, read in the snapshot, in storage order (sorting
    /// would make the database copy every record before the first row leaves).
    pub fn rows(
        &self,
        scope: &Scope,
    ) -> futures_util::stream::BoxStream<'static, Result<ExportRow>> {
        use futures_util::StreamExt;
        // Rows, then `None` once every row was read: a reader that stops without it (a
        // panic) ends the stream with an error, so a file cut short never looks whole.
        let (tx, rx) = tokio::sync::mpsc::channel::<Result<Option<ExportRow>>>(SNAPSHOT_QUEUE);
        let scope = scope.clone();
        match &self.0 {
            Reading::Sqlite(conn) => {
                let conn = conn.clone();
                tokio::task::spawn_blocking(move || {
                    let read = Snapshot::read_sqlite(&conn, &scope, |row| {
                        Ok(tx.blocking_send(Ok(Some(row))).is_ok())
                    });
                    let _ = tx.blocking_send(read.map(|()| None));
                });
            }
            Reading::Postgres(open) => {
                let open = open.clone();
                tokio::spawn(async move {
                    let mut guard = open.lock_owned().await;
                    let mut rows = sqlx::query_as::<_, ExportRow>(EXPORTABLE)
                        .bind(&scope.project_id)
                        .bind(&scope.form_id)
                        .bind(&scope.purpose)
                        .bind(&scope.since)
                        .fetch(&mut **guard);
                    while let Some(row) = rows.next().await {
                        let failed = row.is_err();
                        if tx.send(row.map(Some).map_err(Into::into)).await.is_err() || failed {
                            return;
                        }
                    }
                    let _ = tx.send(Ok(None)).await;
                });
            }
        }
        futures_util::stream::unfold(Some(rx), |rx| async move {
            let mut rx = rx?;
            match rx.recv().await {
                Some(Ok(Some(row))) => Some((Ok(row), Some(rx))),
                Some(Ok(None)) => None,
                Some(Err(e)) => Some((Err(e), None)),
                None => Some((
                    Err(anyhow::anyhow!("export read: the reader stopped before the end").into()),
                    None,
                )),
            }
        })
        .boxed()
    }

    /// The scope's rows read on the calling (blocking) thread, `each` called per row until
    /// it returns false. SQLite only: for exports, where handing every row from one thread
    /// to another costs more than reading it.
    pub fn each_blocking(
        &self,
        scope: &Scope,
        each: impl FnMut(ExportRow) -> Result<bool>,
    ) -> Result<()> {
        match &self.0 {
            Reading::Sqlite(conn) => Snapshot::read_sqlite(conn, scope, each),
            Reading::Postgres(_) => {
                Err(anyhow::anyhow!("a PostgreSQL snapshot is read with Snapshot::rows").into())
            }
        }
    }

    fn read_sqlite(
        conn: &std::sync::Mutex<rusqlite::Connection>,
        scope: &Scope,
        mut each: impl FnMut(ExportRow) -> Result<bool>,
    ) -> Result<()> {
        let fail = |e: rusqlite::Error| anyhow::anyhow!("export read: {e}");
        let conn = conn
            .lock()
            .map_err(|_| anyhow::anyhow!("export read: an earlier reader failed"))?;
        let mut statement = conn.prepare(EXPORTABLE).map_err(fail)?;
        let mut rows = statement
            .query(rusqlite::params![
                scope.project_id,
                scope.form_id,
                scope.purpose,
                scope.since
            ])
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
                held: row.get(7).map_err(fail)?,
            };
            if !each(record)? {
                break;
            }
        }
        Ok(())
    }
}

impl Db {
    /// A snapshot for one export's passes (see [`Snapshot`]).
    pub async fn snapshot(&self) -> Result<Snapshot> {
        match &self.pool {
            Pool::Sqlite(_) => {
                let file = self
                    .file
                    .clone()
                    .ok_or_else(|| anyhow::anyhow!("an SQLite database without a file"))?;
                let conn = tokio::task::spawn_blocking(move || -> Result<rusqlite::Connection> {
                    use rusqlite::OpenFlags;
                    let fail = |e: rusqlite::Error| anyhow::anyhow!("export snapshot: {e}");
                    let conn = rusqlite::Connection::open_with_flags(
                        file,
                        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
                    )
                    .map_err(fail)?;
                    conn.busy_timeout(std::time::Duration::from_secs(10))
                        .map_err(fail)?;
                    conn.execute_batch("BEGIN DEFERRED").map_err(fail)?;
                    Ok(conn)
                })
                .await
                .map_err(|e| anyhow::anyhow!("export snapshot: {e}"))??;
                Ok(Snapshot(Reading::Sqlite(std::sync::Arc::new(
                    std::sync::Mutex::new(conn),
                ))))
            }
            Pool::Postgres(pool) => {
                let mut tx = pool.begin().await?;
                sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    .execute(&mut *tx)
                    .await?;
                Ok(Snapshot(Reading::Postgres(std::sync::Arc::new(
                    tokio::sync::Mutex::new(tx),
                ))))
            }
        }
    }
}

impl Db {
    /// How many records [`Db::exportable`] would give.
    pub async fn count_exportable(
        &self,
        project_id: &str,
        form_id: &str,
        purpose: &str,
        since: &str,
    ) -> Result<u64> {
        on_pool!(self, pool, Backend => {
            let n: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM submissions s
                 WHERE project_id = $1 AND form_id = $2 AND review_state = 'approved' AND NOT refused
                   AND EXISTS (SELECT 1 FROM submission_purposes p
                               WHERE p.submission_id = s.id AND p.purpose = $3)
                   AND received_at >= $4",
            )
            .bind(project_id)
            .bind(form_id)
            .bind(purpose)
            .bind(since)
            .fetch_one(pool)
            .await?;
            Ok(u64::try_from(n).unwrap_or_default())
        })
    }

    /// Approved records whose respondent accepted `purpose`, received at or after `since`
    /// (the purpose's retention), as a stream: rows are read
    /// as they are written out, never all held at once. In storage order, not sorted:
    /// sorting would make the database copy every record (answers included) into a
    /// temporary sort before the first row leaves.
    pub fn exportable<'a>(
        &'a self,
        project_id: &'a str,
        form_id: &'a str,
        purpose: &'a str,
        since: &'a str,
    ) -> futures_util::stream::BoxStream<'a, Result<ExportRow>> {
        use futures_util::StreamExt;
        on_pool!(self, pool, Backend => {
            sqlx::query_as::<_, ExportRow>(EXPORTABLE)
            .bind(project_id)
            .bind(form_id)
            .bind(purpose)
            .bind(since)
            .fetch(pool)
            .map(|row| row.map_err(Into::into))
            .boxed()
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
        at: &str,
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
            .bind(at)
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
}

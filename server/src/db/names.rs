//! Records' names for the steward's search (migration 0022): each record's name as its
//! form makes it from the stored answers, lower-cased, in `submission_names`. Every write
//! of a record's answers deletes its name in the same transaction and marks the record in
//! `submission_names_stale` ([`forget_name`]); `desk::index_names` makes the names again.
//! A purged or wholly withdrawn record's name goes with it (cascade).

use super::*;

/// A record whose name is to be made again: (id, project, form id, version, the phone's
/// moment of saving, the server's moment of receiving, answers as stored).
pub type Unnamed = (String, String, String, String, String, String, String);

/// In the transaction `$tx` that changes record `$id`'s answers: its name goes, and it is
/// marked to be named again from the new answers.
macro_rules! forget_name {
    ($tx:expr, $id:expr) => {{
        sqlx::query("DELETE FROM submission_names WHERE submission_id = $1")
            .bind($id)
            .execute(&mut *$tx)
            .await?;
        sqlx::query(
            "INSERT INTO submission_names_stale (submission_id) VALUES ($1) ON CONFLICT DO NOTHING",
        )
        .bind($id)
        .execute(&mut *$tx)
        .await?;
    }};
}
pub(super) use forget_name;

impl Db {
    /// Up to `limit` records whose name is to be made (again).
    pub async fn unnamed(&self, limit: u32) -> Result<Vec<Unnamed>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(&format!(
                "SELECT s.id, s.project_id, s.form_id, s.form_version, s.saved_at, s.received_at, s.answers
                 FROM submission_names_stale t JOIN submissions s ON s.id = t.submission_id
                 LIMIT {limit}"
            ))
            .fetch_all(pool)
            .await?)
        })
    }

    /// Keep the names made from `(id, answers as read, name)`, in one transaction. A record
    /// whose answers changed since they were read is left marked (its name is made again
    /// from the new answers); an empty name is kept too, so the record is not read again.
    pub async fn set_names(&self, names: &[(String, String, String)]) -> Result<()> {
        on_pool!(self, pool, Backend => {
            let mut tx = pool.begin().await?;
            for (id, answers, name) in names {
                let kept = sqlx::query(
                    "INSERT INTO submission_names (submission_id, project_id, name)
                     SELECT id, project_id, $2 FROM submissions WHERE id = $1 AND answers = $3
                     ON CONFLICT (submission_id) DO UPDATE SET name = excluded.name",
                )
                .bind(id)
                .bind(name)
                .bind(answers)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if kept == 1 {
                    sqlx::query("DELETE FROM submission_names_stale WHERE submission_id = $1")
                        .bind(id)
                        .execute(&mut *tx)
                        .await?;
                }
            }
            tx.commit().await?;
            Ok(())
        })
    }

    /// A record's kept name (`None`: none kept), for tests of what a purge leaves.
    pub async fn kept_name(&self, id: &str) -> Result<Option<String>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_scalar("SELECT name FROM submission_names WHERE submission_id = $1")
                .bind(id)
                .fetch_optional(pool)
                .await?)
        })
    }
}

//! Which forms each enumerator fills (`form_assignments`), and which forms each phone was
//! given (`device_forms`). No row for an enumerator: every published form of the project.

use super::*;

impl Db {
    /// The project's assignments: (username, form id), by username then form.
    pub async fn assignments(&self, project_id: &str) -> Result<Vec<(String, String)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT u.username, a.form_id FROM form_assignments a
                 JOIN users u ON u.id = a.user_id
                 WHERE a.project_id = $1 ORDER BY u.username, a.form_id",
            )
            .bind(project_id)
            .fetch_all(pool)
            .await?)
        })
    }

    /// The forms an enumerator is assigned in a project; empty: every published form.
    pub async fn assigned_forms(&self, project_id: &str, user_id: i64) -> Result<Vec<String>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_scalar(
                "SELECT form_id FROM form_assignments WHERE project_id = $1 AND user_id = $2
                 ORDER BY form_id",
            )
            .bind(project_id)
            .bind(user_id)
            .fetch_all(pool)
            .await?)
        })
    }

    /// Replace an enumerator's assignments in a project at once; `forms` empty: every form.
    pub async fn set_assigned_forms(
        &self,
        project_id: &str,
        user_id: i64,
        forms: &[String],
    ) -> Result<()> {
        let now = now_rfc3339();
        on_pool!(self, pool, Backend => {
            let mut tx = pool.begin().await?;
            sqlx::query("DELETE FROM form_assignments WHERE project_id = $1 AND user_id = $2")
                .bind(project_id)
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
            for form in forms {
                sqlx::query(
                    "INSERT INTO form_assignments (project_id, user_id, form_id, assigned_at)
                     VALUES ($1, $2, $3, $4)",
                )
                .bind(project_id)
                .bind(user_id)
                .bind(form)
                .bind(&now)
                .execute(&mut *tx)
                .await?;
            }
            tx.commit().await?;
            Ok(())
        })
    }

    /// Remember that a phone was given these forms (at enrolment, in a bundle).
    pub async fn mark_delivered(&self, device_id: &str, forms: &[&str]) -> Result<()> {
        on_pool!(self, pool, Backend => {
            for form in forms {
                sqlx::query(
                    "INSERT INTO device_forms (device_id, form_id) VALUES ($1, $2)
                     ON CONFLICT DO NOTHING",
                )
                .bind(device_id)
                .bind(form)
                .execute(pool)
                .await?;
            }
            Ok(())
        })
    }

    /// The forms a phone was ever given.
    pub async fn delivered_forms(&self, device_id: &str) -> Result<Vec<String>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_scalar("SELECT form_id FROM device_forms WHERE device_id = $1")
                .bind(device_id)
                .fetch_all(pool)
                .await?)
        })
    }
}

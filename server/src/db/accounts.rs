//! Accounts, sessions and enrolled devices.
//!
//! An account (`users`) is one person on the whole server: username, password, disabled.
//! What they may do is a membership per project (`memberships`, see `db/memberships.rs`).
//! A session and a device each act in one project, and the role they act with is read from
//! the membership on every request: a changed or removed membership takes effect at once.

use super::*;

/// A device as an admin sees it.
pub use forms::wire::DeviceInfo as DeviceSummary;

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

impl Db {
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
            sqlx::query(
                "INSERT INTO memberships (user_id, project_id, role, created_at)
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(id)
            .bind(project_id)
            .bind(role.as_str())
            .bind(now_rfc3339())
            .execute(pool)
            .await?;
            Ok(id)
        })
    }

    /// A user and their password hash, by username, acting in their most recently used
    /// project (or, never used, the one they joined last); an account that is a member of
    /// no project keeps the project and role it was created with, which no check accepts
    /// any more (sign-in says so).
    pub async fn user_by_name(&self, username: &str) -> Result<Option<(User, String)>> {
        on_pool!(self, pool, Backend => {
            let row = sqlx::query(
                "SELECT u.id, u.username,
                        COALESCE(m.project_id, '') AS project_id,
                        COALESCE(m.role, u.role) AS role, u.password_hash
                 FROM users u
                 LEFT JOIN memberships m ON m.user_id = u.id AND m.project_id = (
                     SELECT m2.project_id FROM memberships m2 WHERE m2.user_id = u.id
                     ORDER BY COALESCE(m2.last_used_at, m2.created_at) DESC, m2.project_id
                     LIMIT 1)
                 WHERE u.username = $1 AND u.disabled_at IS NULL",
            )
            .bind(username)
            .fetch_optional(pool)
            .await?;
            row.map(|r| Ok((User::try_from(UserRow::from_row(&r)?)?, r.try_get("password_hash")?)))
                .transpose()
        })
    }

    /// A new session of `user_id`, acting in `project_id`.
    pub async fn create_session(
        &self,
        token_hash: &str,
        user_id: i64,
        project_id: &str,
    ) -> Result<()> {
        on_pool!(self, pool, Backend => {
            sqlx::query("DELETE FROM sessions WHERE expires_at < $1")
                .bind(now_unix())
                .execute(pool)
                .await?;
            sqlx::query(
                "INSERT INTO sessions (token_hash, user_id, expires_at, project_id)
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(token_hash)
            .bind(user_id)
            .bind(now_unix() + crate::auth::SESSION_SECONDS)
            .bind(project_id)
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
                "SELECT u.id, u.username, m.project_id, m.role FROM sessions s
                 JOIN users u ON u.id = s.user_id
                 JOIN memberships m ON m.user_id = s.user_id AND m.project_id = s.project_id
                 WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled_at IS NULL",
            )
            .bind(token_hash)
            .bind(now_unix())
            .fetch_optional(pool)
            .await?;
            row.map(|r| User::try_from(UserRow::from_row(&r)?))
                .transpose()
        })
    }

    /// A phone enrolled by `user_id` for `project_id`.
    pub async fn create_device(
        &self,
        id: &str,
        user_id: i64,
        token_hash: &str,
        label: &str,
        project_id: &str,
    ) -> Result<()> {
        on_pool!(self, pool, Backend => {
            sqlx::query(
                "INSERT INTO devices (id, user_id, token_hash, label, created_at, expires_at, project_id)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(id)
            .bind(user_id)
            .bind(token_hash)
            .bind(label)
            .bind(now_rfc3339())
            .bind(now_unix() + crate::auth::DEVICE_SECONDS)
            .bind(project_id)
            .execute(pool)
            .await?;
            Ok(())
        })
    }

    /// The device and its enumerator for a token, if the device is neither revoked nor
    /// expired, its account not disabled, and its enumerator still a member of the
    /// device's project (with the role they have there now).
    pub async fn device_user(&self, token_hash: &str) -> Result<Option<(String, User)>> {
        on_pool!(self, pool, Backend => {
            let row = sqlx::query(
                "SELECT d.id AS device_id, u.id, u.username, m.project_id, m.role FROM devices d
                 JOIN users u ON u.id = d.user_id
                 JOIN memberships m ON m.user_id = d.user_id AND m.project_id = d.project_id
                 WHERE d.token_hash = $1 AND d.revoked_at IS NULL AND d.expires_at > $2
                   AND u.disabled_at IS NULL",
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
                 AND project_id = $3",
            )
            .bind(now_rfc3339())
            .bind(device_id)
            .bind(project_id)
            .execute(pool)
            .await?;
            Ok(done.rows_affected() == 1)
        })
    }

    /// The project's phones, with their enumerator, newest sync first within each.
    pub async fn list_devices(&self, project_id: &str) -> Result<Vec<DeviceSummary>> {
        type Row = (
            String,
            String,
            String,
            String,
            Option<String>,
            Option<String>,
        );
        let rows: Vec<Row> = on_pool!(self, pool, Backend => {
            sqlx::query_as(
                "SELECT d.id, u.username, d.label, d.created_at, d.revoked_at, d.last_sync_at
                 FROM devices d JOIN users u ON u.id = d.user_id WHERE d.project_id = $1
                 ORDER BY d.created_at",
            )
            .bind(project_id)
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(
                |(id, username, label, created_at, revoked_at, last_sync_at)| DeviceSummary {
                    id,
                    username,
                    label,
                    created_at,
                    revoked_at,
                    last_sync_at,
                },
            )
            .collect())
    }

    /// A project's members: (username, role there, joined at, account disabled at).
    pub async fn list_users(
        &self,
        project_id: &str,
    ) -> Result<Vec<(String, String, String, Option<String>)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT u.username, m.role, m.created_at, u.disabled_at FROM memberships m
                 JOIN users u ON u.id = m.user_id
                 WHERE m.project_id = $1 ORDER BY u.username",
            )
            .bind(project_id)
            .fetch_all(pool)
            .await?)
        })
    }

    /// Usernames of a project's members with this role.
    pub async fn usernames_with_role(&self, project_id: &str, role: Role) -> Result<Vec<String>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_scalar(
                "SELECT u.username FROM memberships m JOIN users u ON u.id = m.user_id
                 WHERE m.project_id = $1 AND m.role = $2 ORDER BY u.username",
            )
            .bind(project_id)
            .bind(role.as_str())
            .fetch_all(pool)
            .await?)
        })
    }

    /// A project's member by name, disabled or not: (account id, role in the project).
    pub async fn account(&self, project_id: &str, username: &str) -> Result<Option<(i64, Role)>> {
        on_pool!(self, pool, Backend => {
            let row: Option<(i64, String)> = sqlx::query_as(
                "SELECT u.id, m.role FROM memberships m JOIN users u ON u.id = m.user_id
                 WHERE m.project_id = $1 AND u.username = $2",
            )
            .bind(project_id)
            .bind(username)
            .fetch_optional(pool)
            .await?;
            Ok(row.and_then(|(id, role)| Role::parse(&role).map(|r| (id, r))))
        })
    }

    /// Replace an account's password hash and end its sessions, but `keep` (the session
    /// that asked, when someone changes their own password).
    pub async fn set_password(&self, user_id: i64, hash: &str, keep: Option<&str>) -> Result<()> {
        on_pool!(self, pool, Backend => {
            let mut tx = pool.begin().await?;
            sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
                .bind(hash)
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
                .bind(user_id)
                .bind(keep.unwrap_or(""))
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            Ok(())
        })
    }

    /// End every session of an account (signed out everywhere).
    pub async fn end_sessions(&self, user_id: i64) -> Result<u64> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                .bind(user_id)
                .execute(pool)
                .await?
                .rows_affected())
        })
    }

    /// Disable (or enable again) an account; disabling ends its sessions at once, and its
    /// phones stop syncing until it is enabled. False, and nothing changed, when a project
    /// it administers would be left without an enabled admin (two admins disabling each
    /// other at once: the second to commit is refused).
    pub async fn set_disabled(&self, user_id: i64, disabled: bool) -> Result<bool> {
        on_pool!(self, pool, Backend => {
            let mut tx = pool.begin().await?;
            // A write first: SQLite's transaction is then the writer (a read first could
            // not become one after another writer's commit).
            sqlx::query("UPDATE users SET disabled_at = $1 WHERE id = $2")
                .bind(disabled.then(now_rfc3339))
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
            if disabled {
                // Every project the account administers must keep an enabled admin. Each
                // project it works in is locked first (in one order), one where it is
                // being made an admin meanwhile too; those it administers once they are
                // are counted.
                let member_of: Vec<String> = sqlx::query_scalar(
                    "SELECT project_id FROM memberships WHERE user_id = $1 ORDER BY project_id",
                )
                .bind(user_id)
                .fetch_all(&mut *tx)
                .await?;
                for project in &member_of {
                    sqlx::query(super::memberships::LOCK_PROJECT)
                        .bind(project)
                        .execute(&mut *tx)
                        .await?;
                }
                let administered: Vec<String> = sqlx::query_scalar(
                    "SELECT project_id FROM memberships WHERE user_id = $1 AND role = 'admin'",
                )
                .bind(user_id)
                .fetch_all(&mut *tx)
                .await?;
                sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                    .bind(user_id)
                    .execute(&mut *tx)
                    .await?;
                return commit_if_admins_left!(tx, &administered);
            }
            tx.commit().await?;
            Ok(true)
        })
    }
}

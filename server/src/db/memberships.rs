//! Who works in which project, with which role (`memberships`), and the projects'
//! own lifecycle: created with their first admin, renamed, archived.

use super::*;

use forms::wire::Project;

type ProjectRow = (String, String, String, Option<String>, String, Option<i64>);

fn project_of((id, name, created_at, archived_at, role, digits): ProjectRow) -> Project {
    Project {
        id,
        name,
        role,
        archived: archived_at.is_some(),
        created_at,
        native_digits: digits.map(|d| d != 0),
    }
}

/// A project as the command line lists it.
#[derive(Debug, Clone)]
pub struct ProjectListing {
    pub id: String,
    pub name: String,
    pub created_at: String,
    pub archived_at: Option<String>,
    pub members: i64,
}

impl Db {
    /// Every project an account is a member of, with its role there, most recently used
    /// first.
    pub async fn projects_of(&self, user_id: i64) -> Result<Vec<Project>> {
        let rows: Vec<ProjectRow> = on_pool!(self, pool, Backend => {
            sqlx::query_as(
                "SELECT p.id, p.name, p.created_at, p.archived_at, m.role, p.native_digits
                 FROM memberships m JOIN projects p ON p.id = m.project_id
                 WHERE m.user_id = $1
                 ORDER BY COALESCE(m.last_used_at, m.created_at) DESC, p.id",
            )
            .bind(user_id)
            .fetch_all(pool)
            .await?
        });
        Ok(rows.into_iter().map(project_of).collect())
    }

    /// An account's role in a project; `None` when it is not a member.
    pub async fn role_in(&self, user_id: i64, project_id: &str) -> Result<Option<Role>> {
        let role: Option<String> = on_pool!(self, pool, Backend => {
            sqlx::query_scalar(
                "SELECT role FROM memberships WHERE user_id = $1 AND project_id = $2",
            )
            .bind(user_id)
            .bind(project_id)
            .fetch_optional(pool)
            .await?
        });
        Ok(role.as_deref().and_then(Role::parse))
    }

    /// Whether an account is an admin of at least one project (who may create projects).
    pub async fn is_admin_anywhere(&self, user_id: i64) -> Result<bool> {
        on_pool!(self, pool, Backend => {
            let n: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM memberships WHERE user_id = $1 AND role = 'admin'",
            )
            .bind(user_id)
            .fetch_one(pool)
            .await?;
            Ok(n > 0)
        })
    }

    /// A project by id: (name, created at, archived at).
    pub async fn project(&self, id: &str) -> Result<Option<(String, String, Option<String>)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as("SELECT name, created_at, archived_at FROM projects WHERE id = $1")
                .bind(id)
                .fetch_optional(pool)
                .await?)
        })
    }

    /// Whether a project is archived (no new records or phones).
    pub async fn project_archived(&self, id: &str) -> Result<bool> {
        Ok(self
            .project(id)
            .await?
            .is_some_and(|(_, _, archived)| archived.is_some()))
    }

    /// A new project and its first admin, together.
    pub async fn create_project_with_admin(
        &self,
        id: &str,
        name: &str,
        admin_id: i64,
    ) -> Result<()> {
        let now = now_rfc3339();
        on_pool!(self, pool, Backend => {
            let mut tx = pool.begin().await?;
            sqlx::query("INSERT INTO projects (id, name, created_at) VALUES ($1, $2, $3)")
                .bind(id)
                .bind(name)
                .bind(&now)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO memberships (user_id, project_id, role, created_at)
                 VALUES ($1, $2, 'admin', $3)",
            )
            .bind(admin_id)
            .bind(id)
            .bind(&now)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            Ok(())
        })
    }

    pub async fn rename_project(&self, id: &str, name: &str) -> Result<bool> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query("UPDATE projects SET name = $1 WHERE id = $2")
                .bind(name)
                .bind(id)
                .execute(pool)
                .await?
                .rows_affected()
                == 1)
        })
    }

    /// Archive a project (or take it out of the archive).
    pub async fn set_project_archived(&self, id: &str, archived: bool) -> Result<bool> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query("UPDATE projects SET archived_at = $1 WHERE id = $2")
                .bind(archived.then(now_rfc3339))
                .bind(id)
                .execute(pool)
                .await?
                .rows_affected()
                == 1)
        })
    }

    /// Every project, for the command line.
    pub async fn list_projects(&self) -> Result<Vec<ProjectListing>> {
        let rows: Vec<(String, String, String, Option<String>, i64)> = on_pool!(self, pool, Backend => {
            sqlx::query_as(
                "SELECT p.id, p.name, p.created_at, p.archived_at,
                        (SELECT COUNT(*) FROM memberships m WHERE m.project_id = p.id)
                 FROM projects p ORDER BY p.id",
            )
            .fetch_all(pool)
            .await?
        });
        Ok(rows
            .into_iter()
            .map(
                |(id, name, created_at, archived_at, members)| ProjectListing {
                    id,
                    name,
                    created_at,
                    archived_at,
                    members,
                },
            )
            .collect())
    }

    /// Make a session act in another project (one the account is a member of: the caller
    /// checks) and remember it as the account's most recent.
    pub async fn switch_session(
        &self,
        token_hash: &str,
        user_id: i64,
        project_id: &str,
    ) -> Result<()> {
        on_pool!(self, pool, Backend => {
            let mut tx = pool.begin().await?;
            sqlx::query("UPDATE sessions SET project_id = $1 WHERE token_hash = $2 AND user_id = $3")
                .bind(project_id)
                .bind(token_hash)
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "UPDATE memberships SET last_used_at = $1 WHERE user_id = $2 AND project_id = $3",
            )
            .bind(now_rfc3339())
            .bind(user_id)
            .bind(project_id)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
            Ok(())
        })
    }

    /// Remember a project as the account's most recently used.
    pub async fn touch_membership(&self, user_id: i64, project_id: &str) -> Result<()> {
        on_pool!(self, pool, Backend => {
            sqlx::query(
                "UPDATE memberships SET last_used_at = $1 WHERE user_id = $2 AND project_id = $3",
            )
            .bind(now_rfc3339())
            .bind(user_id)
            .bind(project_id)
            .execute(pool)
            .await?;
            Ok(())
        })
    }

    /// An account by name, member of any project or none: (id, disabled).
    pub async fn account_by_name(&self, username: &str) -> Result<Option<(i64, bool)>> {
        let row: Option<(i64, Option<String>)> = on_pool!(self, pool, Backend => {
            sqlx::query_as("SELECT id, disabled_at FROM users WHERE username = $1")
                .bind(username)
                .fetch_optional(pool)
                .await?
        });
        Ok(row.map(|(id, disabled)| (id, disabled.is_some())))
    }

    /// Add an account to a project; false when it is a member already.
    pub async fn add_membership(&self, user_id: i64, project_id: &str, role: Role) -> Result<bool> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query(
                "INSERT INTO memberships (user_id, project_id, role, created_at)
                 VALUES ($1, $2, $3, $4) ON CONFLICT (user_id, project_id) DO NOTHING",
            )
            .bind(user_id)
            .bind(project_id)
            .bind(role.as_str())
            .bind(now_rfc3339())
            .execute(pool)
            .await?
            .rows_affected()
                == 1)
        })
    }

    /// A member's new role. Phones of a member who is no longer an enumerator stop
    /// syncing (the device check reads the role); sessions act with the new role at once.
    /// False, and nothing changed, when the project would be left without an enabled admin
    /// (checked in the same transaction, with the project locked: two admins demoting
    /// each other at once cannot both pass a check made before either wrote).
    pub async fn set_member_role(
        &self,
        user_id: i64,
        project_id: &str,
        role: Role,
    ) -> Result<bool> {
        on_pool!(self, pool, Backend => {
            let mut tx = pool.begin().await?;
            sqlx::query(LOCK_PROJECT).bind(project_id).execute(&mut *tx).await?;
            sqlx::query("UPDATE memberships SET role = $1 WHERE user_id = $2 AND project_id = $3")
                .bind(role.as_str())
                .bind(user_id)
                .bind(project_id)
                .execute(&mut *tx)
                .await?;
            commit_if_admins_left!(tx, [project_id])
        })
    }

    /// Take an account out of a project: its sessions acting there end and its phones
    /// there are revoked. The account itself, and what it recorded, stay. False, and
    /// nothing changed, when the project would be left without an enabled admin (checked
    /// as [`Db::set_member_role`] does).
    pub async fn remove_membership(&self, user_id: i64, project_id: &str) -> Result<bool> {
        on_pool!(self, pool, Backend => {
            let mut tx = pool.begin().await?;
            sqlx::query(LOCK_PROJECT).bind(project_id).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM memberships WHERE user_id = $1 AND project_id = $2")
                .bind(user_id)
                .bind(project_id)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND project_id = $2")
                .bind(user_id)
                .bind(project_id)
                .execute(&mut *tx)
                .await?;
            // Back in the team later, they start from every form again.
            sqlx::query("DELETE FROM form_assignments WHERE user_id = $1 AND project_id = $2")
                .bind(user_id)
                .bind(project_id)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "UPDATE devices SET revoked_at = $1
                 WHERE user_id = $2 AND project_id = $3 AND revoked_at IS NULL",
            )
            .bind(now_rfc3339())
            .bind(user_id)
            .bind(project_id)
            .execute(&mut *tx)
            .await?;
            commit_if_admins_left!(tx, [project_id])
        })
    }

    /// How many projects `user_id` is a member of where `admin_id` is not an admin: an
    /// account that works elsewhere too is disabled or reset only by someone who
    /// administers every project it works in.
    pub async fn projects_beyond(&self, user_id: i64, admin_id: i64) -> Result<i64> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_scalar(
                "SELECT COUNT(*) FROM memberships m WHERE m.user_id = $1 AND NOT EXISTS (
                     SELECT 1 FROM memberships a WHERE a.user_id = $2
                     AND a.project_id = m.project_id AND a.role = 'admin')",
            )
            .bind(user_id)
            .bind(admin_id)
            .fetch_one(pool)
            .await?)
        })
    }
}

/// Taken first in a transaction that may take a project's last admin away: a write to the
/// project's row, which PostgreSQL locks until the transaction ends and which makes
/// SQLite's transaction the writer at once, so the count after the change reads what any
/// other such change committed.
pub(super) const LOCK_PROJECT: &str = "UPDATE projects SET name = name WHERE id = $1";

/// How many admins of a project ($1) can sign in: a project must keep one (a disabled
/// admin counted as one let the last enabled admin step down, leaving nobody to run it).
pub(super) const ENABLED_ADMINS: &str =
    "SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.project_id = $1 AND m.role = 'admin' AND u.disabled_at IS NULL";

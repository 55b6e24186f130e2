//! Projects and who works in them: the rules the API and the command line share.
//!
//! A project holds its forms, consent template, policy, team and exports. An account (a
//! person) is a member of one or more projects, with one role in each
//! (`db/memberships.rs`); a browser session acts in one project at a time, and
//! [`crate::auth::User`]'s `project_id` and `role` are that project and the role there, so
//! every handler scopes by the session's project as before.
//!
//! Who may create a project: an admin of any project (the creator becomes the new
//! project's admin). There is no organisation-level role; the first project of an
//! installation and its admin come from the command line (`sauti setup`, or the prompt of
//! `sauti serve` on an empty database).
//!
//! An archived project takes no new records and no new phones (a clear
//! `409 err-project-archived`); its data is kept, its stewards can still review and export,
//! withdrawals are still carried out, and it can be restored.

use forms::batch::Batch;

use crate::auth::{Role, User};
use crate::db::Db;
use crate::error::{Error, Result};

/// A project id: 3 to 40 lower-case letters, digits or `-`.
pub fn check_id(id: &str) -> Result<()> {
    let ok = (3..=40).contains(&id.len())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if ok {
        Ok(())
    } else {
        Err(Error::BadRequest(
            "a project id has 3 to 40 characters: lower-case letters, digits or `-`".into(),
        ))
    }
}

/// A username people can read aloud and type: 3 to 40 of `a-z 0-9 . _ -`.
pub fn check_username(name: &str) -> Result<()> {
    let ok = (3..=40).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-'));
    if ok {
        Ok(())
    } else {
        Err(Error::BadRequest(
            "a username has 3 to 40 characters: lower-case letters, digits, `.`, `_` or `-`".into(),
        ))
    }
}

/// A role by name, or a clear refusal.
pub fn parse_role(role: &str) -> Result<Role> {
    Role::parse(role).ok_or_else(|| {
        Error::BadRequest(
            "role must be one of admin, steward, reviewer, enumerator, partner, monitor, translator".into(),
        )
    })
}

/// A project's name as people see it: trimmed, 1 to 120 characters, no control characters.
pub fn check_name(name: &str) -> Result<String> {
    let name = name.trim();
    let length = name.chars().count();
    if !(1..=120).contains(&length) || name.chars().any(char::is_control) {
        return Err(Error::BadRequest(
            "a project name has 1 to 120 characters, on one line".into(),
        ));
    }
    Ok(name.to_string())
}

/// Refuse a batch carrying records for an archived project. Withdrawals alone still go
/// through: a respondent's withdrawal is honoured whatever the project's state.
pub async fn refuse_records_if_archived(db: &Db, project_id: &str, batch: &Batch) -> Result<()> {
    if !batch.records.is_empty() {
        ensure_open(db, project_id).await?;
    }
    Ok(())
}

/// `Err(ProjectArchived)` when the project is archived: for what an archived project
/// takes no more of (records, phones, forms).
pub async fn ensure_open(db: &Db, project_id: &str) -> Result<()> {
    if db.project_archived(project_id).await? {
        return Err(Error::ProjectArchived(project_id.to_string()));
    }
    Ok(())
}

/// The caller's role in a project, which must be one of `roles`: a project the caller is
/// not a member of is "not found" (whether it exists or not), a role without the right
/// is "forbidden".
pub async fn require(db: &Db, user: &User, project_id: &str, roles: &[Role]) -> Result<Role> {
    let role = db
        .role_in(user.id, project_id)
        .await?
        .ok_or(Error::NotFound)?;
    if !roles.contains(&role) {
        return Err(Error::Forbidden);
    }
    Ok(role)
}

/// Create a project with `admin` as its admin; audited. Whether `admin` may is the
/// caller's to check (an admin of any project, or the command line).
pub async fn create(db: &Db, id: &str, name: &str, admin_id: i64, actor: &str) -> Result<()> {
    check_id(id)?;
    let name = check_name(name)?;
    if db.project(id).await?.is_some() {
        return Err(Error::Conflict);
    }
    db.create_project_with_admin(id, &name, admin_id).await?;
    db.audit(actor, "project-created", id).await?;
    Ok(())
}

/// A fresh installation's first project and admin, from the command line: the password
/// is the operator's own, checked against the password policy, and never printed or
/// logged. Refused once any project exists.
pub async fn first_admin(
    db: &Db,
    project_id: &str,
    name: &str,
    username: &str,
    password: &str,
) -> anyhow::Result<()> {
    if db.has_projects().await? {
        anyhow::bail!("this database has projects already: add accounts from the admin page");
    }
    check_id(project_id).map_err(|e| anyhow::anyhow!("{e}"))?;
    let name = check_name(name).map_err(|e| anyhow::anyhow!("{e}"))?;
    check_username(username).map_err(|e| anyhow::anyhow!("{e}"))?;
    forms::password::check(username, password).map_err(|p| anyhow::anyhow!("{p}"))?;
    if db.user_by_name(username).await?.is_some() {
        anyhow::bail!("the username `{username}` is taken");
    }
    db.insert_project(project_id, &name).await?;
    let hash = crate::auth::hash_password(password)?;
    db.insert_user(project_id, username, &hash, Role::Admin)
        .await?;
    db.audit("cli", "project-created", project_id).await?;
    db.audit(
        "cli",
        "user-created",
        &format!("{project_id}:{username} (admin)"),
    )
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_names_are_plain() {
        assert!(check_id("wash-2027").is_ok());
        assert!(check_id("ab").is_err());
        assert!(check_id("Wash").is_err());
        assert!(check_id("a b c").is_err());
        assert_eq!(check_name("  Water points  ").unwrap(), "Water points");
        assert!(check_name(" ").is_err());
        assert!(check_name("two\nlines").is_err());
        assert!(check_name(&"x".repeat(121)).is_err());
    }
}

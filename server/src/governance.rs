//! Policies in force: installing a new version (checked against the project's form and
//! consent template, stored, audited) and reading the one that applies.
//!
//! A version is stored with the SHA-256 of its text. The one in force is cached in
//! `AppState` and checked against the newest policy, form and template on every use (one
//! small query per request), so several processes agree.

use std::sync::Arc;

use sha2::{Digest, Sha256};

use crate::auth::Role;
use crate::db::Db;
use crate::error::{Error, Result};
use crate::policy::Policy;

/// The policy that applies to a project, with its version (0: the built-in default,
/// for a project that has not written one).
#[derive(Debug, Clone)]
pub struct PolicyInForce {
    pub version: i64,
    pub policy: Policy,
}

fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Check a policy's TOML against the project's forms and consent template. A policy may
/// name a question of any version of any of the project's forms, drafts too: an admin
/// classifies a draft's new questions before publishing it.
pub async fn check(db: &Db, project_id: &str, source: &str) -> Result<Policy> {
    let no_form = || Error::InvalidPolicy(vec![format!("project `{project_id}` has no form yet")]);
    let (_, template_json) = db.current_bundle(project_id).await?.ok_or_else(no_form)?;
    let mut versions = Vec::new();
    for definition in db.all_form_definitions(project_id).await? {
        versions.push(serde_json::from_str::<forms::model::Form>(&definition)?);
    }
    let (newest, older) = versions.split_first().ok_or_else(no_form)?;
    let older: Vec<&forms::model::Form> = older.iter().collect();
    let form = crate::export::versions::merge(newest, &older);
    let form = crate::export::versions::compile_union(form)?;
    let template: forms::consent::ConsentTemplate = serde_json::from_str(&template_json)?;
    let partners = db.usernames_with_role(project_id, Role::Partner).await?;
    let policy = Policy::parse(source, &form, &template, &partners)
        .map_err(|problems| Error::InvalidPolicy(problems.0))?;
    if policy.project != project_id {
        return Err(Error::InvalidPolicy(vec![format!(
            "project: this file is for project `{}`, not `{project_id}`",
            policy.project
        )]));
    }
    check_focal_points(db, project_id, &policy).await?;
    Ok(policy)
}

/// Every focal point a `[feedback]` category names must be an account that signs in to
/// the project's staff page: a misspelt name would leave a sensitive category's cases
/// handled by nobody, and a name given to an account later would hand them a stranger.
/// Refused at installation; a policy in force whose focal point lost their membership
/// is still loaded (with a warning in the log, by [`load`]).
async fn check_focal_points(db: &Db, project_id: &str, policy: &Policy) -> Result<()> {
    let Some(feedback) = &policy.feedback else {
        return Ok(());
    };
    let mut staff = Vec::new();
    for role in [Role::Admin, Role::Steward, Role::Reviewer, Role::Partner] {
        staff.extend(db.usernames_with_role(project_id, role).await?);
    }
    let problems: Vec<String> = feedback
        .categories
        .iter()
        .flat_map(|c| c.focal_points.iter().map(move |f| (c, f)))
        .filter(|(_, f)| !staff.contains(f))
        .map(|(c, f)| {
            format!(
                "[feedback.categories] `{}` focal_points: `{f}` is not an account of project \
                 `{project_id}` that signs in to the staff page (add them to the team as \
                 steward, reviewer, partner or admin first)",
                c.id
            )
        })
        .collect();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::InvalidPolicy(problems))
    }
}

/// Install a policy as the project's newest version, unless it is the same text as the
/// version in force. Returns the version in force afterwards and whether it is new.
pub async fn install(db: &Db, project_id: &str, source: &str, actor: &str) -> Result<(i64, bool)> {
    check(db, project_id, source).await?;
    let sha = sha256_hex(source);
    if let Some((version, _, current)) = db.current_policy(project_id).await?
        && current == sha
    {
        return Ok((version, false));
    }
    let version = db.insert_policy(project_id, source, &sha, actor).await?;
    db.audit(
        actor,
        "policy-changed",
        &format!("{project_id} v{version} sha256:{}", &sha[..16]),
    )
    .await?;
    Ok((version, true))
}

/// The policy in force for a project. A stored policy that no longer fits the form (a
/// question it names was removed in a newer form version) is still applied for what it
/// says; it was checked when it was installed.
pub async fn load(db: &Db, project_id: &str) -> Result<Arc<PolicyInForce>> {
    match db.current_policy(project_id).await? {
        Some((version, source, _)) => {
            let policy = match check(db, project_id, &source).await {
                Ok(policy) => policy,
                Err(Error::InvalidPolicy(problems)) => {
                    tracing::warn!(
                        project_id,
                        version,
                        ?problems,
                        "policy no longer fits the form"
                    );
                    Policy::parse_unchecked(&source)
                        .map_err(|e| anyhow::anyhow!("stored policy unreadable: {e}"))?
                }
                Err(e) => return Err(e),
            };
            Ok(Arc::new(PolicyInForce { version, policy }))
        }
        None => Ok(Arc::new(PolicyInForce {
            version: 0,
            policy: Policy::default_for(project_id),
        })),
    }
}

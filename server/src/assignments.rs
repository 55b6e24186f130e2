//! Enumerators assigned to forms (issue 20): which published forms an enumerator fills,
//! and which records of theirs the server takes.
//!
//! An enumerator with no assignment fills every published form of the project, also forms
//! published later (a small team, or a new member, works at once); one with assignments
//! fills only those forms. The phone's bundle carries the forms its enumerator fills.
//!
//! A record is taken when its form is one its enumerator fills now, or one the phone that
//! sends it was ever given (`device_forms`): an enumerator unassigned from a form while
//! their phone holds saved records of it, or a draft they finish afterwards, loses
//! nothing. What is refused (`err-form-not-assigned`, the record stays on the phone) is a
//! record of a form the phone was never given, which an unmodified phone cannot make.

use std::collections::HashSet;

use forms::model::Form;

use crate::AppState;
use crate::error::Result;

/// Why a record of a form its enumerator does not fill was refused.
pub const REASON_NOT_ASSIGNED: &str = "err-form-not-assigned";

/// The project's published forms, the newest version of each, published last first.
pub async fn published(state: &AppState, project_id: &str) -> Result<Vec<Form>> {
    state
        .db
        .published_forms(project_id)
        .await?
        .iter()
        .map(|definition| Ok(serde_json::from_str(definition)?))
        .collect()
}

/// The published forms an enumerator fills, published last first.
pub async fn forms_for(state: &AppState, project_id: &str, user_id: i64) -> Result<Vec<Form>> {
    let assigned = state.db.assigned_forms(project_id, user_id).await?;
    let mut forms = published(state, project_id).await?;
    if !assigned.is_empty() {
        forms.retain(|f| assigned.contains(&f.id));
    }
    Ok(forms)
}

/// The forms whose records a phone may send: `None` for any form of the project (its
/// enumerator fills every form), else those assigned now and those the phone was given.
pub async fn accepted_forms(
    state: &AppState,
    project_id: &str,
    user_id: i64,
    device_id: &str,
) -> Result<Option<HashSet<String>>> {
    let assigned = state.db.assigned_forms(project_id, user_id).await?;
    if assigned.is_empty() {
        return Ok(None);
    }
    let mut accepted: HashSet<String> = assigned.into_iter().collect();
    accepted.extend(state.db.delivered_forms(device_id).await?);
    Ok(Some(accepted))
}

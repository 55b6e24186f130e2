//! The review of submissions: the list (shaped by the caller's view), review states with
//! comments, corrections, the Kantara receipt, attachments, and which exports included a
//! record.
//!
//! Corrections (`PUT /submissions/{id}/answers`) are checked with `forms` and keep the
//! previous answers in `submission_edits`; `has_issues` needs a comment. Exports themselves
//! are in `http/exports.rs`.

use axum::Json;
use axum::extract::{Path, State};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::json::JsonBody;
use crate::AppState;
use crate::auth::{Reviewing, Role, Steward};
use crate::db::SubmissionSummary;
use crate::error::{Error, Result};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(review))
        .routes(routes!(review_many))
        .routes(routes!(consent_receipt))
        .routes(routes!(edit_answers))
        .routes(routes!(edits))
        .routes(routes!(comments))
        .routes(routes!(exports_of))
        .routes(routes!(attachment))
}

/// What a steward or reviewer may see of answers: the project's policy, the view it sets
/// for the caller's role, and the key pseudonyms are made with.
async fn reviewing_view(
    state: &AppState,
    user: &crate::auth::User,
) -> Result<(
    std::sync::Arc<crate::governance::PolicyInForce>,
    crate::policy::View,
    String,
)> {
    let policy = state.policy(&user.project_id).await?;
    let view = match user.role {
        Role::Steward => policy.policy.roles.steward,
        _ => policy.policy.roles.reviewer,
    };
    let secret = state.db.pseudonym_key(&user.project_id).await?;
    Ok((policy, view, secret))
}

/// The review list. Each role sees the answers its policy view allows: a steward by
/// default everything, a reviewer pseudonyms in place of names.
#[utoipa::path(get, path = "/submissions", tag = "review", security(("session" = [])),
    responses((status = 200, body = Vec<super::openapi::Document>, description = "Submissions, answers as the caller's view allows"),
        (status = 401, description = "Not signed in"), (status = 403, description = "Not a steward or reviewer")))]
async fn list(
    State(state): State<AppState>,
    Reviewing(user): Reviewing,
) -> Result<Json<Vec<SubmissionSummary>>> {
    let rows = state.db.list_submissions(&user.project_id).await?;
    let mut list = Vec::with_capacity(rows.len());
    let mut templates = std::collections::HashMap::new();
    for (mut item, (template_id, version)) in rows {
        if !item.explained_again.is_empty() {
            let key = (template_id, version);
            if !templates.contains_key(&key) {
                let template = state
                    .consent_template(&user.project_id, &key.0, key.1)
                    .await?;
                templates.insert(key.clone(), template);
            }
            let form = state
                .compiled_form(&user.project_id, &item.form_id, &item.form_version)
                .await?;
            // The points as the questions put them, in the form's default language.
            if let Some(template) = &templates[&key] {
                let lang = &form.form.default_language;
                for point in &mut item.explained_again {
                    if let Some(q) = template.comprehension.iter().find(|q| q.id == *point) {
                        *point = q.question.get(lang, lang).to_string();
                    }
                }
            }
        }
        list.push(item);
    }
    let (policy, view, secret) = reviewing_view(&state, &user).await?;
    let mut shapers = std::collections::HashMap::new();
    for item in &mut list {
        // A receipt code is half the key to the community page: only a view that keeps
        // identifiers shows it.
        if view.identifiers != crate::policy::Treatment::Keep {
            item.receipt.clear();
        }
        let key = (item.form_id.clone(), item.form_version.clone());
        if !shapers.contains_key(&key) {
            let form = state
                .compiled_form(&user.project_id, &item.form_id, &item.form_version)
                .await?;
            let shaper = crate::shaping::Shaper::for_view(&policy.policy, &form, view, &secret);
            let files = form
                .walk()
                .iter()
                .any(|(n, _)| matches!(n.kind, forms::model::Kind::Media { .. }));
            shapers.insert(key.clone(), (shaper, form, files));
        }
        let (shaper, form, files) = &shapers[&key];
        let named = form.form.instance_name.is_some();
        if shaper.changes_anything() || *files || named {
            let answers: forms::model::Answers =
                serde_json::from_value(std::mem::take(&mut item.answers))?;
            let shown = shaper.answers(&answers);
            // Named from what this caller may see, on the day it was received; not at all
            // when the view hides something and the name reads attached files (a preload
            // would give back the name the view hides).
            let received_on = item.received_at.get(..10).unwrap_or_default();
            if !(shaper.changes_anything() && form.instance_name_reads_files()) {
                item.name = form.instance_name(&shown, received_on);
            }
            // Photos and files by name (`GET /submissions/{id}/attachments/{name}`): a
            // list of records does not carry every file.
            let answers = forms::attachment::named(form, &shown, &item.id);
            item.answers = serde_json::to_value(answers)?;
        }
    }
    state
        .db
        .audit(&user.username, "view-submissions", &user.project_id)
        .await?;
    Ok(Json(list))
}

use forms::wire::{
    BulkReview, BulkReviewed, Decision, Edit, EditRecord, Edited, ErrorBody, ExportOfRecord,
    Review, ReviewComment, ReviewState, Reviewed,
};

/// A record sent back needs a reason the enumerator can act on; a comment is at most
/// 2,000 characters.
fn check_comment(decision: Decision, comment: &str) -> Result<()> {
    if matches!(decision, Decision::HasIssues) && comment.trim().is_empty() {
        return Err(Error::BadRequest(
            "say what to check: a record sent back to the enumerator needs a comment".into(),
        ));
    }
    if comment.chars().count() > 2000 {
        return Err(Error::BadRequest(
            "a comment has at most 2000 characters".into(),
        ));
    }
    Ok(())
}

/// Review one submission: approve, reject, or send back (`has_issues`, with a comment). Roles: steward, reviewer.
#[utoipa::path(post, path = "/submissions/{id}/review", tag = "review", security(("session" = [])), params(("id" = String, Path, description = "Submission id")),
    request_body = Review,
    responses((status = 200, body = Reviewed, description = "The record's new state"), (status = 400, body = ErrorBody, description = "Sent back without a comment"),
        (status = 401, body = ErrorBody, description = "Not signed in"), (status = 403, body = ErrorBody, description = "Not a steward or reviewer"),
        (status = 404, body = ErrorBody, description = "No such submission in the project")))]
async fn review(
    State(state): State<AppState>,
    Reviewing(user): Reviewing,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<Review>,
) -> Result<Json<Reviewed>> {
    check_comment(body.decision, &body.comment)?;
    let new_state = body.decision.state().as_str();
    if !state
        .db
        .review(
            &user.project_id,
            &id,
            new_state,
            user.id,
            body.comment.trim(),
        )
        .await?
    {
        return Err(Error::NotFound);
    }
    state.db.audit(&user.username, new_state, &id).await?;
    Ok(Json(Reviewed {
        id,
        review_state: body.decision.state(),
    }))
}

/// A submission's review history: who moved it to which state, when, and why.
#[utoipa::path(get, path = "/submissions/{id}/comments", tag = "review", security(("session" = [])), params(("id" = String, Path, description = "Submission id")),
    responses((status = 200, body = Vec<ReviewComment>, description = "The review history, oldest first"), (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a steward or reviewer")))]
async fn comments(
    State(state): State<AppState>,
    Reviewing(user): Reviewing,
    Path(id): Path<String>,
) -> Result<Json<Vec<ReviewComment>>> {
    let rows = state.db.review_comments(&user.project_id, &id).await?;
    rows.into_iter()
        .map(|(at, by, review_state, comment)| {
            Ok(ReviewComment {
                at,
                by,
                review_state: ReviewState::parse(&review_state).ok_or_else(|| {
                    anyhow::anyhow!("a stored review state `{review_state}` is unknown")
                })?,
                comment,
            })
        })
        .collect::<Result<Vec<_>>>()
        .map(Json)
}

/// A steward corrects a submission's answers. The correction is checked with the same
/// rules as the phone's (a 422 lists each field's problem); the previous answers are
/// kept, and a phone that sends its old copy again is told, never overwrites.
#[utoipa::path(put, path = "/submissions/{id}/answers", tag = "review", security(("session" = [])), params(("id" = String, Path, description = "Submission id")),
    request_body = Edit,
    responses((status = 200, body = Edited, description = "The corrected answers, as the caller's view shows them"), (status = 400, body = ErrorBody, description = "A refusal holds no answers"), (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a steward"), (status = 404, body = ErrorBody, description = "No such submission"),
        (status = 409, body = ErrorBody, description = "Changed meanwhile"), (status = 422, body = ErrorBody, description = "Breaks the form's rules, per field")))]
async fn edit_answers(
    State(state): State<AppState>,
    Steward(user): Steward,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<Edit>,
) -> Result<Json<Edited>> {
    let (previous, form_id, form_version, saved_at, refused) = state
        .db
        .submission_answers(&user.project_id, &id)
        .await?
        .ok_or(Error::NotFound)?;
    // Only what the respondent still allows may be written back.
    let held = state.db.purposes_of(&id).await?;
    let form = state
        .form_for_purposes(&user.project_id, &form_id, &form_version, &held)
        .await?;
    let mut answers = body.answers;
    // The steward sent what their view showed: what it hides or pseudonymises is put back
    // as stored, never overwritten with the pseudonym.
    let stored: forms::model::Answers = serde_json::from_str(&previous)?;
    let (policy, view, secret) = reviewing_view(&state, &user).await?;
    let shaper = crate::shaping::Shaper::for_view(&policy.policy, &form, view, &secret);
    shaper.restore_hidden(&mut answers, &stored);
    if refused && !answers.is_empty() {
        return Err(Error::BadRequest(
            "this respondent refused: a refusal holds no answers".into(),
        ));
    }
    let today = saved_at.get(..10).unwrap_or_default();
    // A steward's keyboard may type another script's digits too: stored as ASCII.
    forms::digits::normalise_answers(&form, &mut answers);
    forms::validate::settle(&form, &mut answers, today);
    let errors = forms::validate::validate(&form, &answers, today);
    if !errors.is_empty() {
        return Err(Error::InvalidAnswers(errors));
    }
    let json = serde_json::to_string(&answers)?;
    if !state
        .db
        .edit_answers(&id, &previous, &json, user.id, &body.comment)
        .await?
    {
        return Err(Error::Conflict);
    }
    state
        .db
        .audit(&user.username, "submission-edited", &id)
        .await?;
    Ok(Json(Edited {
        answers: shaper.answers(&answers),
        id,
    }))
}

/// The earlier versions of a submission's answers, oldest first.
#[utoipa::path(get, path = "/submissions/{id}/edits", tag = "review", security(("session" = [])), params(("id" = String, Path, description = "Submission id")),
    responses((status = 200, body = Vec<EditRecord>, description = "Earlier answers, oldest first, as the caller's view shows them"),
        (status = 401, body = ErrorBody, description = "Not signed in"), (status = 403, body = ErrorBody, description = "Not a steward"),
        (status = 404, body = ErrorBody, description = "No such submission")))]
async fn edits(
    State(state): State<AppState>,
    Steward(user): Steward,
    Path(id): Path<String>,
) -> Result<Json<Vec<EditRecord>>> {
    let edits = state.db.submission_edits(&user.project_id, &id).await?;
    // Earlier answers are shown as the caller's view shows the current ones.
    let (_, form_id, form_version, _, _) = state
        .db
        .submission_answers(&user.project_id, &id)
        .await?
        .ok_or(Error::NotFound)?;
    let form = state
        .compiled_form(&user.project_id, &form_id, &form_version)
        .await?;
    let (policy, view, secret) = reviewing_view(&state, &user).await?;
    let shaper = crate::shaping::Shaper::for_view(&policy.policy, &form, view, &secret);
    state.db.audit(&user.username, "view-edits", &id).await?;
    let list = edits
        .into_iter()
        .map(|(at, by, comment, previous)| {
            let previous: forms::model::Answers = serde_json::from_str(&previous)?;
            let previous = shaper.answers(&previous);
            Ok(EditRecord {
                edited_at: at,
                edited_by: by,
                comment,
                previous_answers: previous,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Json(list))
}

/// The most submissions one bulk review may touch.
const MAX_BULK_REVIEW: usize = 5_000;

/// Approve or reject many submissions at once (the steward's bulk action).
#[utoipa::path(post, path = "/submissions/review", tag = "review", security(("session" = [])),
    request_body = BulkReview,
    responses((status = 200, body = BulkReviewed, description = "The new state and how many records changed"), (status = 400, body = ErrorBody, description = "Too many ids, or sent back without a comment"),
        (status = 401, body = ErrorBody, description = "Not signed in"), (status = 403, body = ErrorBody, description = "Not a steward or reviewer")))]
async fn review_many(
    State(state): State<AppState>,
    Reviewing(user): Reviewing,
    JsonBody(body): JsonBody<BulkReview>,
) -> Result<Json<BulkReviewed>> {
    if body.ids.len() > MAX_BULK_REVIEW {
        return Err(Error::BadRequest(format!(
            "at most {MAX_BULK_REVIEW} submissions per bulk review"
        )));
    }
    check_comment(body.decision, &body.comment)?;
    let new_state = body.decision.state().as_str();
    let changed = state
        .db
        .review_many(
            &user.project_id,
            &body.ids,
            new_state,
            user.id,
            body.comment.trim(),
        )
        .await?;
    state
        .db
        .audit(
            &user.username,
            new_state,
            &format!("{changed} submissions (bulk)"),
        )
        .await?;
    Ok(Json(BulkReviewed {
        review_state: body.decision.state(),
        changed,
    }))
}

/// The Kantara consent receipt of one submission.
#[utoipa::path(get, path = "/submissions/{id}/consent-receipt", tag = "review", security(("session" = [])), params(("id" = String, Path, description = "Submission id")),
    responses((status = 200, body = super::openapi::KantaraReceipt, description = "Kantara consent receipt (JSON)"), (status = 401, description = "Not signed in"),
        (status = 403, description = "Not a steward"), (status = 404, description = "No such submission")))]
async fn consent_receipt(
    State(state): State<AppState>,
    Steward(user): Steward,
    Path(id): Path<String>,
) -> Result<Json<serde_json::Value>> {
    let (consent_json, form_id, form_version) = state
        .db
        .submission_consent(&user.project_id, &id)
        .await?
        .ok_or(Error::NotFound)?;
    let consent: forms::consent::Consent = serde_json::from_str(&consent_json)?;
    let template = state
        .consent_template(
            &user.project_id,
            &consent.template_id,
            consent.template_version,
        )
        .await?
        .ok_or(Error::NotFound)?;
    let form = state
        .compiled_form(&user.project_id, &form_id, &form_version)
        .await?;
    state
        .db
        .audit(&user.username, "view-consent-receipt", &id)
        .await?;
    Ok(Json(crate::community::receipt_json(
        &consent, &template, &form,
    )))
}

/// The exports that included a submission, and who received them (from the export
/// ledger): who must be told if the respondent withdraws.
#[utoipa::path(get, path = "/submissions/{id}/exports", tag = "exports", security(("session" = [])), params(("id" = String, Path, description = "Submission id")),
    responses((status = 200, body = Vec<ExportOfRecord>, description = "The exports that included it, from the export ledger"),
        (status = 401, body = ErrorBody, description = "Not signed in"), (status = 403, body = ErrorBody, description = "Not a steward"), (status = 404, body = ErrorBody, description = "No such submission")))]
async fn exports_of(
    State(state): State<AppState>,
    Steward(user): Steward,
    Path(id): Path<String>,
) -> Result<Json<Vec<ExportOfRecord>>> {
    if state
        .db
        .submission_consent(&user.project_id, &id)
        .await?
        .is_none()
    {
        return Err(Error::NotFound);
    }
    let rows = state.db.exports_of(&id).await?;
    Ok(Json(
        rows.into_iter()
            .map(|(export_id, profile, recipient, at)| ExportOfRecord {
                export_id,
                profile,
                recipient,
                at,
            })
            .collect(),
    ))
}

/// One photo, recording or file of a submission, by the name the review list and exports
/// give it. Roles: steward, reviewer, when the policy's view for their role keeps that
/// question. Always a download (never shown in the page), and audited.
#[utoipa::path(get, path = "/submissions/{id}/attachments/{name}", tag = "review", security(("session" = [])),
    params(("id" = String, Path, description = "Submission id"), ("name" = String, Path, description = "File name, as the list and exports give it")),
    responses((status = 200, content(
            (super::openapi::Binary = "image/*"), (super::openapi::Binary = "audio/*"),
            (super::openapi::Binary = "video/*"), (super::openapi::Binary = "application/octet-stream")),
            description = "The file, with its media type"), (status = 401, description = "Not signed in"),
        (status = 403, description = "Not a steward or reviewer, or the policy hides this question from the role"),
        (status = 404, description = "No such submission or file")))]
async fn attachment(
    State(state): State<AppState>,
    Reviewing(user): Reviewing,
    Path((id, name)): Path<(String, String)>,
) -> Result<axum::response::Response> {
    use axum::http::{HeaderValue, header};
    use axum::response::IntoResponse;
    use base64ct::Encoding;

    let (answers_json, form_id, form_version, _, _) = state
        .db
        .submission_answers(&user.project_id, &id)
        .await?
        .ok_or(Error::NotFound)?;
    let answers: forms::model::Answers = serde_json::from_str(&answers_json)?;
    let form = state
        .compiled_form(&user.project_id, &form_id, &form_version)
        .await?;
    let (at, file) = forms::attachment::attachments(&form, &answers)
        .into_iter()
        .find(|(at, file)| file.file_name(&id, at) == name)
        .ok_or(Error::NotFound)?;
    let (policy, view, secret) = reviewing_view(&state, &user).await?;
    let shaper = crate::shaping::Shaper::for_view(&policy.policy, &form, view, &secret);
    let question = at.rsplit('/').next().unwrap_or(&at);
    if shaper.shape(question) != crate::shaping::Shape::Keep {
        return Err(Error::Forbidden);
    }
    let bytes = base64ct::Base64::decode_vec(file.base64)
        .map_err(|_| anyhow::anyhow!("stored attachment {name} is not base64"))?;
    state
        .db
        .audit(&user.username, "view-attachment", &id)
        .await?;
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    // Pictures, recordings and videos keep their type; anything else (HTML, SVG, …) is
    // handed out as plain bytes, whatever the phone said it was.
    let content_type = HeaderValue::from_str(file.media_type)
        .ok()
        .filter(|_| file.is_media())
        .unwrap_or(HeaderValue::from_static("application/octet-stream"));
    headers.insert(header::CONTENT_TYPE, content_type);
    // The name is made of the record id, question names and digits only.
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}

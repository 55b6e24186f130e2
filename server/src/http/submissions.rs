//! The review of submissions: the list (shaped by the caller's view), review states with
//! comments, corrections, the Kantara receipt, attachments, and which exports included a
//! record.
//!
//! Corrections (`PUT /submissions/{id}/answers`) are checked with `forms` and keep the
//! previous answers in `submission_edits`; `has_issues` needs a comment. Exports themselves
//! are in `http/exports.rs`.

use axum::Json;
use axum::extract::{Path, Query, State};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::json::JsonBody;
use crate::AppState;
use crate::auth::{Reviewing, Steward};
use crate::error::{Error, Result};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(filters))
        .routes(routes!(record))
        .routes(routes!(review))
        .routes(routes!(review_many))
        .routes(routes!(consent_receipt))
        .routes(routes!(edit_answers))
        .routes(routes!(edits))
        .routes(routes!(comments))
        .routes(routes!(exports_of))
        .routes(routes!(attachment))
}

use crate::desk::reviewing_view;

/// The review list, one page at a time: filters, search, paging, and counts per review
/// state. Each role sees the answers its policy view allows: a steward by default
/// everything, a reviewer pseudonyms in place of names (`server/src/desk.rs`).
#[utoipa::path(get, path = "/submissions", tag = "review", security(("session" = [])),
    params(forms::wire::ReviewQuery),
    responses((status = 200, body = forms::wire::SubmissionPage, description = "One page of submissions, answers as the caller's view allows"),
        (status = 400, body = ErrorBody, description = "A filter or cursor that cannot be read"),
        (status = 401, body = ErrorBody, description = "Not signed in"), (status = 403, body = ErrorBody, description = "Not a steward or reviewer, or filtering by a question the caller's view hides")))]
async fn list(
    State(state): State<AppState>,
    Reviewing(user): Reviewing,
    Query(query): Query<forms::wire::ReviewQuery>,
) -> Result<Json<forms::wire::SubmissionPage>> {
    Ok(Json(crate::desk::list(&state, &user, query).await?))
}

/// The language a record or the filters are shown in.
#[derive(Debug, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
struct InLanguage {
    /// A language code of the form (`en`, `fr`, `ar`); the form's default when absent or
    /// not one of the form's.
    lang: Option<String>,
}

/// What the review list can be filtered by: the enumerators and form versions of the
/// project's records, and the area question with its areas (when the caller's view
/// shows it).
#[utoipa::path(get, path = "/submissions/filters", tag = "review", security(("session" = [])),
    params(InLanguage),
    responses((status = 200, body = forms::wire::ReviewFilters, description = "The list's filters"),
        (status = 401, body = ErrorBody, description = "Not signed in"), (status = 403, body = ErrorBody, description = "Not a steward or reviewer")))]
async fn filters(
    State(state): State<AppState>,
    Reviewing(user): Reviewing,
    Query(query): Query<InLanguage>,
) -> Result<Json<forms::wire::ReviewFilters>> {
    Ok(Json(
        crate::desk::filters(&state, &user, query.lang.as_deref()).await?,
    ))
}

/// One record as the form shows it, in the language asked for: every answer the caller's
/// view shows (labels, choices' labels, groups and repeats in order, files by name), the
/// consent with its method and purposes (the proof as the view allows), the review
/// history, the corrections (stewards), and the decisions the caller may take now.
/// Audited.
#[utoipa::path(get, path = "/submissions/{id}", tag = "review", security(("session" = [])),
    params(("id" = String, Path, description = "Submission id"), InLanguage),
    responses((status = 200, body = forms::wire::RecordView, description = "The record, as the caller's view allows"),
        (status = 401, body = ErrorBody, description = "Not signed in"), (status = 403, body = ErrorBody, description = "Not a steward or reviewer"),
        (status = 404, body = ErrorBody, description = "No such submission in the project")))]
async fn record(
    State(state): State<AppState>,
    Reviewing(user): Reviewing,
    Path(id): Path<String>,
    Query(query): Query<InLanguage>,
) -> Result<Json<forms::wire::RecordView>> {
    Ok(Json(
        crate::desk::record(&state, &user, &id, query.lang.as_deref()).await?,
    ))
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

/// Review one submission: approve, reject, send back (`has_issues`, with a comment), or
/// reopen (undo a decision: back to review), from a state the decision applies to
/// (`ReviewState::actions`). Roles: steward, reviewer.
#[utoipa::path(post, path = "/submissions/{id}/review", tag = "review", security(("session" = [])), params(("id" = String, Path, description = "Submission id")),
    request_body = Review,
    responses((status = 200, body = Reviewed, description = "The record's new state"), (status = 400, body = ErrorBody, description = "Sent back without a comment"),
        (status = 401, body = ErrorBody, description = "Not signed in"), (status = 403, body = ErrorBody, description = "Not a steward or reviewer"),
        (status = 404, body = ErrorBody, description = "No such submission in the project"),
        (status = 409, body = ErrorBody, description = "The record is in a state the decision does not apply to (decided meanwhile)")))]
async fn review(
    State(state): State<AppState>,
    Reviewing(user): Reviewing,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<Review>,
) -> Result<Json<Reviewed>> {
    check_comment(body.decision, &body.comment)?;
    let stored = stored_decision(body.decision);
    let from = allowing(body.decision);
    if !state
        .db
        .review(
            &user.project_id,
            &id,
            stored,
            user.id,
            body.comment.trim(),
            &from,
        )
        .await?
    {
        // Decided meanwhile (by a colleague, or corrected), or not the project's.
        return Err(
            match state.db.review_state_of(&user.project_id, &id).await? {
                Some(_) => Error::Conflict,
                None => Error::NotFound,
            },
        );
    }
    let review_state = match body.decision {
        // Back to `received`, or `edited` when a steward corrected it.
        Decision::Reopen => state
            .db
            .review_state_of(&user.project_id, &id)
            .await?
            .and_then(|s| ReviewState::parse(&s))
            .ok_or(Error::NotFound)?,
        decision => decision.state(),
    };
    state
        .db
        .audit(&user.username, stored_decision(body.decision), &id)
        .await?;
    Ok(Json(Reviewed { id, review_state }))
}

/// The stored names of the states `decision` applies to.
fn allowing(decision: Decision) -> Vec<&'static str> {
    ReviewState::allowing(decision)
        .into_iter()
        .map(ReviewState::as_str)
        .collect()
}

/// What the database is told and the audit log says: the new state's name (as before the
/// desk), or `reopen` (whose state depends on the record).
fn stored_decision(decision: Decision) -> &'static str {
    match decision {
        Decision::Reopen => "reopen",
        decision => decision.state().as_str(),
    }
}

/// A submission's review history: who moved it to which state, when, and why.
#[utoipa::path(get, path = "/submissions/{id}/comments", tag = "review", security(("session" = [])), params(("id" = String, Path, description = "Submission id")),
    responses((status = 200, body = Vec<ReviewComment>, description = "The review history, oldest first"), (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a steward or reviewer"), (status = 404, body = ErrorBody, description = "No such record in the project")))]
async fn comments(
    State(state): State<AppState>,
    Reviewing(user): Reviewing,
    Path(id): Path<String>,
) -> Result<Json<Vec<ReviewComment>>> {
    // Another project's record is "not found", not an empty history (tests/it/isolation.rs).
    (state.db.review_state_of(&user.project_id, &id).await?).ok_or(Error::NotFound)?;
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

/// A steward corrects a submission's answers, sending back the answers as their view
/// showed them (`GET /submissions/{id}`'s `answers`) with the changed ones, and its
/// `revision`: a 409 when the answers changed since. The correction is checked with the
/// same rules as the phone's (a 422 lists each field's problem), except that a required
/// answer the stored record already lacks (erased) is not asked back; the previous
/// answers are kept, and a phone that sends its old copy again is told, never overwrites.
#[utoipa::path(put, path = "/submissions/{id}/answers", tag = "review", security(("session" = [])), params(("id" = String, Path, description = "Submission id")),
    request_body = Edit,
    responses((status = 200, body = Edited, description = "The corrected answers, as the caller's view shows them"), (status = 400, body = ErrorBody, description = "A refusal holds no answers"), (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not a steward"), (status = 404, body = ErrorBody, description = "No such submission"),
        (status = 409, body = ErrorBody, description = "The answers changed since `revision` was read (a correction or an erasure), or during this save: nothing written"), (status = 422, body = ErrorBody, description = "Breaks the form's rules, per field")))]
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
    let (policy, view, secret) = reviewing_view(&state, &user).await?;
    // Made on answers that have changed since (a correction, an erasure): saved, it
    // would put back what changed. Said before anything else is checked, so the steward
    // is not first asked to mend answers they will have to read again.
    if body
        .revision
        .as_deref()
        .is_some_and(|r| r != crate::desk::revision(&secret, &previous))
    {
        return Err(Error::Conflict);
    }
    // Only what the respondent still allows may be written back.
    let held = state.db.purposes_of(&id).await?;
    let form = state
        .form_for_purposes(&user.project_id, &form_id, &form_version, &held)
        .await?;
    let mut answers = body.answers;
    // The steward sent what their view showed: what it hides or pseudonymises is put back
    // as stored, never overwritten with the pseudonym.
    let stored: forms::model::Answers = serde_json::from_str(&previous)?;
    let shaper = crate::shaping::Shaper::for_view(&policy.policy, &form, view, &secret);
    // Sent back from the list, photos and files are their names: the files themselves
    // (first, so that repeat instances are aligned by what the view showed).
    forms::attachment::unname(&form, &mut answers, &stored, &id);
    shaper.restore_hidden(&mut answers, &stored);
    if refused && !answers.is_empty() {
        return Err(Error::BadRequest(
            "this respondent refused: a refusal holds no answers".into(),
        ));
    }
    // The record's own clock, as at ingest: `now()` is the moment the phone saved it and
    // `date-time()` writes the phone's offset (a date alone made them midnight and `Z`).
    let today = saved_at.as_str();
    // A steward's keyboard may type another script's digits too: stored as ASCII.
    forms::digits::normalise_answers(&form, &mut answers);
    forms::validate::settle_correction(&form, &mut answers, today, &stored);
    // A required answer the record as stored already lacks (erased by the purge or a
    // withdrawal) and the correction does not give does not stop correcting the rest;
    // any other missing answer does (one a changed answer makes asked, one a removed
    // member's shift would hide: with members added or removed, every one counts).
    let mut errors = forms::validate::validate(&form, &answers, today);
    if forms::record::same_instances(&stored, &answers) {
        let before = forms::validate::validate(&form, &stored, today);
        errors.retain(|e| {
            e.problem != forms::validate::Problem::Required
                || !before
                    .iter()
                    .any(|b| b.problem == e.problem && b.path == e.path)
        });
    }
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
    let ids = state
        .db
        .review_many(
            &user.project_id,
            &body.ids,
            stored_decision(body.decision),
            user.id,
            body.comment.trim(),
            &allowing(body.decision),
        )
        .await?;
    let changed = ids.len() as u64;
    // Which records, not only how many: an auditor asks who approved this one.
    state
        .db
        .audit(
            &user.username,
            stored_decision(body.decision),
            &format!("{changed} submissions (bulk): {}", ids.join(",")),
        )
        .await?;
    Ok(Json(BulkReviewed {
        review_state: body.decision.state(),
        changed,
        ids,
    }))
}

/// The Kantara consent receipt of one submission.
#[utoipa::path(get, path = "/submissions/{id}/consent-receipt", tag = "review", security(("session" = [])), params(("id" = String, Path, description = "Submission id")),
    responses((status = 200, body = super::openapi::KantaraReceipt, description = "Kantara consent receipt (JSON)"), (status = 401, description = "Not signed in"),
        (status = 403, description = "Not a steward, or one whose view hides identifiers"), (status = 404, description = "No such submission")))]
async fn consent_receipt(
    State(state): State<AppState>,
    Steward(user): Steward,
    Path(id): Path<String>,
) -> Result<Json<serde_json::Value>> {
    // The receipt names the respondent by their receipt code (half the key to the
    // community page): only for a steward whose view keeps identifiers.
    let (_, view, _) = crate::desk::reviewing_view(&state, &user).await?;
    if view.identifiers != crate::policy::Treatment::Keep {
        return Err(Error::Forbidden);
    }
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

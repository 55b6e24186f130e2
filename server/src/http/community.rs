//! The community review page's API (public: no account, a receipt code and its second
//! factor instead; see [`crate::community`]) and the stewards' withdrawal notice.

use axum::Json;
use axum::extract::State;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::json::{FormBody, JsonBody};
use crate::AppState;
use crate::auth::Steward;
use crate::community::{self, Credentials, Standing, Withdrawal};
use crate::throttle::ClientNetwork;

/// The standing's shape, for the API description.
const STANDING: &str = "`{receipt, status: active|refused|withdrawn|deleted, recorded_at, taken_by, controller, contact, method, purposes: [{id, label, explanation, accepted, active, withdrawn_at, retention_days, shared_with}], categories, sensitive, shared: [{at, recipient, profile}], ended_at}`";
use crate::error::{Error, Result};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(lookup))
        .routes(routes!(withdraw))
        .routes(routes!(receipt))
        .routes(routes!(notice))
}

/// A respondent's consent as they may see it: what was agreed, by whom, which kinds of
/// data are held and which exports used the record. Public (no account): the receipt
/// code and the second factor are the key. Throttled per code and per address.
#[utoipa::path(post, path = "/community/lookup", tag = "community",
    request_body = Credentials,
    responses((status = 200, body = Standing, description = STANDING),
        (status = 404, description = "No consent matches this code and second factor (the same answer for either)"),
        (status = 429, description = "Too many failed attempts; `Retry-After` says when to try again")))]
async fn lookup(
    State(state): State<AppState>,
    ClientNetwork(network): ClientNetwork,
    JsonBody(credentials): JsonBody<Credentials>,
) -> Result<Json<Standing>> {
    let found = community::verify(&state, &credentials, &network).await?;
    Ok(Json(
        community::standing(&state, &found, credentials.lang.as_deref())
            .await?
            .0,
    ))
}

/// Withdraw one or more purposes, or everything, at once: the record leaves every later
/// export for them; withdrawing everything deletes the answers now (a tombstone keeps the
/// receipt, the time and the fact). Public, with the same key and throttle as the lookup.
#[utoipa::path(post, path = "/community/withdraw", tag = "community",
    request_body = Withdrawal,
    responses((status = 200, body = Standing, description = STANDING),
        (status = 400, description = "A purpose that was never accepted, or a refusal"),
        (status = 404, description = "No consent matches this code and second factor"),
        (status = 429, description = "Too many failed attempts")))]
async fn withdraw(
    State(state): State<AppState>,
    ClientNetwork(network): ClientNetwork,
    JsonBody(request): JsonBody<Withdrawal>,
) -> Result<Json<Standing>> {
    let found = community::verify(&state, &request.credentials, &network).await?;
    community::withdraw(&state, &found, &request, "community").await?;
    // Read again: the standing after the withdrawal (or what is left of the record).
    let found = community::reload(&state, found).await?;
    Ok(Json(
        community::standing(&state, &found, request.credentials.lang.as_deref())
            .await?
            .0,
    ))
}

/// One line of the withdrawal notice, gathered over every download of the record.
struct NoticeLine {
    exports: usize,
    last_export: i64,
    last_exported_at: String,
    via: String,
    action: String,
}

/// The Kantara consent receipt as a file to keep, in the language the consent was given
/// in (`lang` changes nothing: the same document as the steward's copy). The review page
/// posts a plain HTML form here, so it needs no JSON handling of the receipt itself.
/// Public, with the same key and throttle as the lookup.
#[utoipa::path(post, path = "/community/receipt", tag = "community",
    request_body(content = Credentials, content_type = "application/x-www-form-urlencoded"),
    responses((status = 200, body = super::openapi::KantaraReceipt, content_type = "application/json", description = "The Kantara consent receipt (JSON, as an attachment)"),
        (status = 404, description = "No consent matches this code and second factor, or the record was deleted"),
        (status = 429, description = "Too many failed attempts")))]
async fn receipt(
    State(state): State<AppState>,
    ClientNetwork(network): ClientNetwork,
    FormBody(credentials): FormBody<Credentials>,
) -> Result<Response> {
    let found = community::verify(&state, &credentials, &network).await?;
    let (_, kantara) = community::standing(&state, &found, credentials.lang.as_deref()).await?;
    let kantara = kantara.ok_or(Error::NotFound)?;
    let body = serde_json::to_vec_pretty(&kantara)?;
    Ok((
        [
            (CONTENT_TYPE, "application/json"),
            (
                CONTENT_DISPOSITION,
                "attachment; filename=\"consent-receipt.json\"",
            ),
        ],
        body,
    )
        .into_response())
}

/// The withdrawal notice (CSV): for each recipient, the records they received before
/// the respondent withdrew, and what they must now delete or stop using. Steward only.
#[utoipa::path(get, path = "/withdrawals/notice", tag = "community", security(("session" = [])),
    responses((status = 200, body = String, content_type = "text/csv", description = "CSV: recipient, profile, record (as that recipient's export named it), exports, last_export, last_exported_at, withdrawn, withdrawn_at, via, action"),
        (status = 401, description = "Not signed in"), (status = 403, description = "Not a steward")))]
async fn notice(State(state): State<AppState>, Steward(user): Steward) -> Result<Response> {
    let policy = state.policy(&user.project_id).await?;
    let rows = state.db.withdrawal_notice(&user.project_id).await?;
    let secret = state.db.pseudonym_key(&user.project_id).await?;
    // One line per recipient, profile, record and withdrawal, however many times they
    // downloaded it; the record named as their export named it (an opaque id for most
    // profiles), never by its receipt code, which is half of a key.
    let mut lines: std::collections::BTreeMap<
        (String, String, String, String, String),
        NoticeLine,
    > = std::collections::BTreeMap::new();
    for row in rows {
        let profile = policy.policy.exports.get(&row.profile);
        let action = match row.purpose.as_deref() {
            None => "delete this record".to_string(),
            // The export served another purpose: the withdrawal does not touch it.
            Some(p) if profile.is_some_and(|served| served.purpose != p) => continue,
            Some(p) => format!("stop using this record for {p}"),
        };
        let record = match profile {
            Some(profile) => crate::export::RecordShape::new(profile, &secret)
                .id(&row.submission_id)
                .into_owned(),
            None => row.submission_id.clone(),
        };
        let withdrawn = row.purpose.clone().unwrap_or_else(|| "everything".into());
        let key = (
            row.recipient.clone(),
            row.profile.clone(),
            record,
            withdrawn,
            row.withdrawn_at.clone(),
        );
        let line = lines.entry(key).or_insert_with(|| NoticeLine {
            exports: 0,
            last_export: row.export_id,
            last_exported_at: row.exported_at.clone(),
            via: row.via.clone(),
            action,
        });
        line.exports += 1;
        if row.exported_at >= line.last_exported_at {
            line.last_export = row.export_id;
            line.last_exported_at = row.exported_at.clone();
        }
    }
    let mut out = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let fail = |e: csv::Error| Error::from(anyhow::Error::from(e));
    out.write_record([
        "recipient",
        "profile",
        "record",
        "exports",
        "last_export",
        "last_exported_at",
        "withdrawn",
        "withdrawn_at",
        "via",
        "action",
    ])
    .map_err(fail)?;
    for ((recipient, profile, record, withdrawn, withdrawn_at), line) in lines {
        out.write_record([
            recipient.as_str(),
            &profile,
            &record,
            &line.exports.to_string(),
            &line.last_export.to_string(),
            &line.last_exported_at,
            &withdrawn,
            &withdrawn_at,
            &line.via,
            &line.action,
        ])
        .map_err(fail)?;
    }
    let bytes = out
        .into_inner()
        .map_err(|e| Error::from(anyhow::anyhow!("{e}")))?;
    state
        .db
        .audit(
            &user.username,
            "download-withdrawal-notice",
            &user.project_id,
        )
        .await?;
    Ok((
        [
            (CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                CONTENT_DISPOSITION,
                "attachment; filename=\"withdrawal-notice.csv\"",
            ),
        ],
        bytes,
    )
        .into_response())
}

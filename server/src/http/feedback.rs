//! Feedback and complaints over HTTP (see [`crate::feedback`]): the public side under
//! `/community/feedback`, the staff side under `/feedback`.

use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Extension, Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use forms::feedback::{
    Case, CaseAction, Category, FeedbackFiled, FeedbackProject, FeedbackStatus, NewFeedback,
    TrackingRequest,
};
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::json::JsonBody;
use crate::AppState;
use crate::auth::SignedIn;
use crate::error::Result;
use crate::feedback;
use crate::throttle::ClientNetwork;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(projects))
        .routes(routes!(send))
        .routes(routes!(categories))
        .routes(routes!(status))
        .routes(routes!(cases))
        .routes(routes!(act))
        .routes(routes!(send_voice))
        .routes(routes!(play_voice))
        .layer(Extension(Arc::new(feedback::Offering::default())))
}

/// The projects that take feedback, for the community page to offer. Public.
#[utoipa::path(get, path = "/community/feedback/projects", tag = "community",
    responses((status = 200, body = Vec<FeedbackProject>, description = "Projects whose policy takes feedback")))]
async fn projects(
    State(state): State<AppState>,
    Extension(offering): Extension<Arc<feedback::Offering>>,
) -> Result<Json<Vec<FeedbackProject>>> {
    Ok(Json(feedback::projects(&state, &offering).await?))
}

/// Send feedback, a question or a complaint: public, no account, anonymous unless a
/// contact is left. Answers the tracking code to follow it with. Throttled per network.
#[utoipa::path(post, path = "/community/feedback", tag = "community",
    request_body = NewFeedback,
    responses((status = 201, body = FeedbackFiled, description = "Filed; follow it with the tracking code"),
        (status = 400, description = "An unknown category, an empty or too long message or contact"),
        (status = 404, description = "The project takes no feedback (or does not exist)"),
        (status = 429, description = "Too many from this network; `Retry-After` says when")))]
async fn send(
    State(state): State<AppState>,
    ClientNetwork(network): ClientNetwork,
    JsonBody(new): JsonBody<NewFeedback>,
) -> Result<(StatusCode, Json<FeedbackFiled>)> {
    let filed = feedback::file(&state, &network, &new, "web").await?;
    Ok((StatusCode::CREATED, Json(filed)))
}

#[derive(Deserialize, utoipa::IntoParams)]
struct Which {
    /// The project's id.
    project: String,
    /// The language of the labels (the project's default otherwise).
    lang: Option<String>,
}

/// The categories a person may choose from, in their language. Public.
#[utoipa::path(get, path = "/community/feedback/categories", tag = "community",
    params(Which),
    responses((status = 200, body = Vec<Category>, description = "The project's categories"),
        (status = 404, description = "The project takes no feedback (or does not exist)")))]
async fn categories(
    State(state): State<AppState>,
    Query(which): Query<Which>,
) -> Result<Json<Vec<Category>>> {
    let lang = which.lang.as_deref().unwrap_or("");
    Ok(Json(
        feedback::categories(&state, &which.project, lang).await?,
    ))
}

/// Where a case stands and the project's answer, for whoever holds its tracking code.
/// Public; failed look-ups are throttled per network.
#[utoipa::path(post, path = "/community/feedback/status", tag = "community",
    request_body = TrackingRequest,
    responses((status = 200, body = FeedbackStatus, description = "The case's status and answer"),
        (status = 404, description = "No case has this tracking code"),
        (status = 429, description = "Too many failed look-ups from this network")))]
async fn status(
    State(state): State<AppState>,
    ClientNetwork(network): ClientNetwork,
    JsonBody(request): JsonBody<TrackingRequest>,
) -> Result<Json<FeedbackStatus>> {
    Ok(Json(feedback::status(&state, &network, &request).await?))
}

#[derive(Deserialize, utoipa::IntoParams)]
struct Labels {
    /// The language of category labels (the policy's first otherwise).
    lang: Option<String>,
}

/// The cases the caller may handle: a steward the project's non-sensitive ones, a focal
/// point those of their categories, sensitive ones included. Others see none.
#[utoipa::path(get, path = "/feedback", tag = "feedback", security(("session" = [])),
    params(Labels),
    responses((status = 200, body = Vec<Case>, description = "Cases, newest first, overdue ones flagged"),
        (status = 401, description = "Not signed in"),
        (status = 403, description = "A community monitor (who reads counts only)")))]
async fn cases(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Query(labels): Query<Labels>,
) -> Result<Json<Vec<Case>>> {
    let lang = labels.lang.unwrap_or_default();
    Ok(Json(feedback::cases(&state, &user, &lang).await?))
}

/// One step on a case: assign, acknowledge, answer, refer or close. Audited.
#[utoipa::path(post, path = "/feedback/{id}/act", tag = "feedback", security(("session" = [])),
    params(("id" = String, Path, description = "The case's id"), Labels),
    request_body = CaseAction,
    responses((status = 200, body = Case, description = "The case after the step"),
        (status = 400, description = "Empty or too long text, or a sensitive case given to someone who is not its focal point"),
        (status = 401, description = "Not signed in"),
        (status = 403, description = "A community monitor (who reads counts only)"),
        (status = 404, description = "No such case the caller may handle"),
        (status = 409, description = "Not a step this case can take now (acknowledging twice, anything after closing)")))]
async fn act(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    Query(labels): Query<Labels>,
    JsonBody(action): JsonBody<CaseAction>,
) -> Result<Json<Case>> {
    let lang = labels.lang.unwrap_or_default();
    Ok(Json(
        feedback::act(&state, &user, &id, &action, &lang).await?,
    ))
}

#[derive(Deserialize, utoipa::IntoParams)]
struct Tracked {
    /// The tracking code the feedback was just given.
    tracking: String,
}

/// A voice message instead of text, for feedback just sent on the community page
/// (`voice: true`): the recording's bytes with its media type. Public, opened by the
/// tracking code (throttled like a look-up); once per case, within 30 minutes of sending.
#[utoipa::path(put, path = "/community/feedback/voice", tag = "community",
    params(Tracked),
    request_body(content(
            (super::openapi::Binary = "audio/webm"), (super::openapi::Binary = "audio/ogg"),
            (super::openapi::Binary = "audio/mp4"), (super::openapi::Binary = "audio/mpeg")),
        description = "The recording (two minutes at most)"),
    responses((status = 204, description = "Kept with the case"),
        (status = 400, description = "Not a recording (audio/webm, ogg, mp4, mpeg, aac, wav), or empty"),
        (status = 404, description = "No case has this tracking code"),
        (status = 409, description = "The case has its voice message already, came from a phone, or was sent more than 30 minutes ago"),
        (status = 413, description = "Longer than a voice message may be"),
        (status = 429, description = "Too many failed look-ups from this network")))]
async fn send_voice(
    State(state): State<AppState>,
    ClientNetwork(network): ClientNetwork,
    Query(tracked): Query<Tracked>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<StatusCode> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    feedback::attach_voice(&state, &network, &tracked.tracking, content_type, &body).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A case's voice message, for the staff who may handle the case (a sensitive one: only
/// its focal points). Audited.
#[utoipa::path(get, path = "/feedback/{id}/voice", tag = "feedback", security(("session" = [])),
    params(("id" = String, Path, description = "The case's id")),
    responses((status = 200, description = "The recording, with its media type", content_type = "audio/webm"),
        (status = 401, description = "Not signed in"),
        (status = 403, description = "A community monitor"),
        (status = 404, description = "No such case the caller may handle, or it has no voice message")))]
async fn play_voice(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
) -> Result<Response> {
    let (media_type, audio) = feedback::voice(&state, &user, &id).await?;
    Ok((
        [
            (header::CONTENT_TYPE, media_type),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        audio,
    )
        .into_response())
}

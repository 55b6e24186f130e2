//! Feedback and complaints (issue 23): the community page's public calls, the staff's,
//! and the actions stewards publish on the dashboard in response.

use forms::actions::{Action, NewAction};
use forms::feedback::{
    Case, CaseAction, Category, FeedbackFiled, FeedbackProject, FeedbackStatus, NewFeedback,
    TrackingRequest,
};

use super::{call, to_json};
use crate::error::AppError;

/// The projects that take feedback.
pub async fn projects() -> Result<Vec<FeedbackProject>, AppError> {
    call("GET", "/api/v1/community/feedback/projects", None, None).await
}

/// A project's categories, labelled in `lang`.
pub async fn categories(project: &str, lang: &str) -> Result<Vec<Category>, AppError> {
    let url = format!(
        "/api/v1/community/feedback/categories?project={}&lang={}",
        js_sys::encode_uri_component(project),
        js_sys::encode_uri_component(lang)
    );
    call("GET", &url, None, None).await
}

/// Send feedback; the tracking code comes back.
pub async fn send(new: &NewFeedback) -> Result<FeedbackFiled, AppError> {
    call("POST", "/api/v1/community/feedback", to_json(new), None).await
}

/// Where a case stands, by its tracking code.
pub async fn status(request: &TrackingRequest) -> Result<FeedbackStatus, AppError> {
    call(
        "POST",
        "/api/v1/community/feedback/status",
        to_json(request),
        None,
    )
    .await
}

/// The cases the signed-in account may handle, categories labelled in `lang`.
pub async fn cases(lang: &str) -> Result<Vec<Case>, AppError> {
    let url = format!(
        "/api/v1/feedback?lang={}",
        js_sys::encode_uri_component(lang)
    );
    call("GET", &url, None, None).await
}

/// One step on a case.
pub async fn act(id: &str, action: &CaseAction) -> Result<Case, AppError> {
    let url = format!("/api/v1/feedback/{}/act", js_sys::encode_uri_component(id));
    call("POST", &url, to_json(action), None).await
}

/// The actions the project published on its dashboard (stewards).
pub async fn actions() -> Result<Vec<Action>, AppError> {
    call("GET", "/api/v1/dashboard/actions", None, None).await
}

/// Publish an action on the dashboard.
pub async fn publish_action(new: &NewAction) -> Result<Action, AppError> {
    call("POST", "/api/v1/dashboard/actions", to_json(new), None).await
}

/// Take an action off the dashboard.
pub async fn withdraw_action(id: &str) -> Result<Action, AppError> {
    let url = format!(
        "/api/v1/dashboard/actions/{}",
        js_sys::encode_uri_component(id)
    );
    call("DELETE", &url, None, None).await
}

//! A JSON body extractor whose failures are our own JSON errors, not plain text.

use axum::extract::{FromRequest, Request};
use serde::de::DeserializeOwned;

use crate::error::Error;

/// Like `axum::Json`, but a malformed body becomes `Error::BadRequest` with the reason.
pub struct JsonBody<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for JsonBody<T> {
    type Rejection = Error;
    async fn from_request(req: Request, state: &S) -> Result<Self, Error> {
        axum::Json::<T>::from_request(req, state)
            .await
            .map(|axum::Json(v)| JsonBody(v))
            .map_err(|e| Error::BadRequest(e.body_text()))
    }
}

/// Like `axum::Form`, but a malformed or missing form body becomes `Error::BadRequest`.
pub struct FormBody<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for FormBody<T> {
    type Rejection = Error;
    async fn from_request(req: Request, state: &S) -> Result<Self, Error> {
        axum::Form::<T>::from_request(req, state)
            .await
            .map(|axum::Form(v)| FormBody(v))
            .map_err(|e| Error::BadRequest(e.body_text()))
    }
}

/// Every API error is `{error, message}`: a 4xx answer that is not JSON (what axum's own
/// extractors answer, in plain text, when a path, a query or a body cannot be read) is
/// rewritten as the `Error` its status stands for, its text as the message.
pub async fn errors_as_json(response: axum::response::Response) -> axum::response::Response {
    use axum::http::{StatusCode, header};
    use axum::response::IntoResponse;
    let status = response.status();
    let json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    // 405 keeps its `Allow` header and empty body, as HTTP asks.
    if !status.is_client_error() || json || status == StatusCode::METHOD_NOT_ALLOWED {
        return response;
    }
    let body = axum::body::to_bytes(response.into_body(), 64 * 1024)
        .await
        .unwrap_or_default();
    let text = String::from_utf8_lossy(&body).into_owned();
    let error = match status {
        StatusCode::NOT_FOUND => Error::NotFound,
        StatusCode::PAYLOAD_TOO_LARGE => Error::TooLarge(super::BODY_LIMIT),
        // A body of the wrong type (415) or shape (422) is a bad request, as `JsonBody`
        // says of a JSON one.
        _ => Error::BadRequest(text),
    };
    error.into_response()
}

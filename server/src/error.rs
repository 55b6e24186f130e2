//! The server's one error type. Each variant is one HTTP status and one stable code that
//! the client turns into a message in the user's language (`locales/*.ftl`).

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("sign in first")]
    Unauthorized,
    /// Deliberately the same for an unknown user and a wrong password.
    #[error("wrong username or password")]
    SignIn,
    #[error("this device's token was revoked or has expired")]
    DeviceRevoked,
    /// Too many failed attempts (passwords, receipt look-ups) for this key; try again
    /// after the given seconds.
    #[error("too many failed attempts; try again in {0} seconds")]
    TooManyAttempts(u64),
    /// A receipt code locked for good after too many wrong second factors: its owner goes
    /// through an enumerator or the project's focal point.
    #[error("this receipt code is locked after too many wrong attempts")]
    CodeLocked,
    /// Every password-checking slot is busy: try again in a moment.
    #[error("the server is busy; try again in a moment")]
    Busy,
    /// A consent template that cannot be used; one entry per problem, each saying where.
    #[error("the consent template cannot be used: {}", .0.join("; "))]
    InvalidTemplate(Vec<String>),
    /// Records were given under this template version: a change needs a new version.
    #[error("consent template version {0} is in use: give the changed template a higher version")]
    TemplateInUse(u32),
    /// Deliberately the same for an unknown receipt code and a wrong second factor.
    #[error("no consent matches this receipt code and second factor")]
    ReceiptNotFound,
    #[error("your role does not allow this")]
    Forbidden,
    #[error("not found")]
    NotFound,
    /// The record changed since it was read (another steward's correction): reload.
    #[error("the record changed meanwhile; reload it and try again")]
    Conflict,
    #[error("the batch could not be read: {0}")]
    MalformedBatch(String),
    #[error("the server does not know form {form_id} version {version}")]
    UnknownForm { form_id: String, version: String },
    #[error("too many records in one batch (at most {0})")]
    TooLarge(usize),
    #[error("bad request: {0}")]
    BadRequest(String),
    /// Answers a steward entered break the form's rules; one entry per field.
    #[error("the answers break the form's rules")]
    InvalidAnswers(Vec<forms::validate::FieldError>),
    /// An uploaded form cannot be imported; the message says where and why.
    #[error("{0}")]
    FormImport(String),
    /// An uploaded recording that cannot be kept; the message says why.
    #[error("{0}")]
    InvalidMedia(String),
    /// A policy file that cannot be used; one entry per problem, each saying where.
    #[error("the policy cannot be used:\n{}", .0.join("\n"))]
    InvalidPolicy(Vec<String>),
    /// A form reads files not attached yet (uploading it keeps it waiting for them).
    #[error("the form reads files that are not attached yet: {}", .0.join(", "))]
    FilesMissing(Vec<String>),
    /// A new password the policy refuses (`forms::password`); the code says why.
    #[error("{0}")]
    WeakPassword(forms::password::Problem),
    /// The project is archived: it takes no new records, phones or forms. Its data is kept
    /// and its stewards can still export it.
    #[error(
        "project {0} is archived: it takes no new records, phones or forms; its data is kept and its stewards can still export it"
    )]
    ProjectArchived(String),
    /// The change would leave a project without an admin.
    #[error("a project keeps at least one admin: make someone else admin first")]
    LastAdmin,
    /// The account also works in projects the caller does not administer: disabling or
    /// resetting it would reach into those.
    #[error(
        "this account also works in projects you do not administer: remove it from this project instead, or ask their admins"
    )]
    AccountShared,
    #[error("database error")]
    Database(sqlx::Error),
    #[error("internal error")]
    Internal(#[from] anyhow::Error),
}

/// A text PostgreSQL cannot store (a NUL character: SQLSTATE 22021, "character not in
/// repertoire") is the caller's mistake, said as such (schemathesis found `POST
/// /devices/enroll` answering 500 for a user name with a NUL on PostgreSQL; SQLite stores
/// the character). Anything else from the database is the server's own failure.
impl From<sqlx::Error> for Error {
    fn from(e: sqlx::Error) -> Self {
        let unstorable = e
            .as_database_error()
            .and_then(|d| d.code())
            .is_some_and(|code| code == "22021");
        if unstorable {
            Error::BadRequest("the text holds a character that cannot be stored (NUL)".into())
        } else {
            Error::Database(e)
        }
    }
}

/// Failures that can only be the server's own (a row it wrote that does not read back, a
/// worker that panicked, a header it built): an internal error, logged with its cause.
macro_rules! internal_from {
    ($($source:ty),* $(,)?) => {$(
        impl From<$source> for Error {
            fn from(e: $source) -> Self {
                Error::Internal(anyhow::Error::from(e))
            }
        }
    )*};
}
internal_from!(
    serde_json::Error,
    tokio::task::JoinError,
    std::io::Error,
    axum::http::header::InvalidHeaderValue,
    axum::http::Error,
    forms::Error,
    std::num::TryFromIntError,
    csv::Error,
    tokio::sync::AcquireError,
);

impl Error {
    pub fn status(&self) -> StatusCode {
        match self {
            Error::Unauthorized | Error::SignIn | Error::DeviceRevoked => StatusCode::UNAUTHORIZED,
            Error::Forbidden => StatusCode::FORBIDDEN,
            Error::TooManyAttempts(_) => StatusCode::TOO_MANY_REQUESTS,
            Error::CodeLocked => StatusCode::LOCKED,
            Error::Busy => StatusCode::SERVICE_UNAVAILABLE,
            Error::ReceiptNotFound => StatusCode::NOT_FOUND,
            Error::InvalidTemplate(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Error::TemplateInUse(_) => StatusCode::CONFLICT,
            Error::NotFound => StatusCode::NOT_FOUND,
            Error::Conflict => StatusCode::CONFLICT,
            Error::MalformedBatch(_) | Error::BadRequest(_) => StatusCode::BAD_REQUEST,
            Error::UnknownForm { .. }
            | Error::FormImport(_)
            | Error::InvalidMedia(_)
            | Error::InvalidAnswers(_)
            | Error::InvalidPolicy(_)
            | Error::FilesMissing(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Error::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Error::WeakPassword(_) => StatusCode::BAD_REQUEST,
            Error::ProjectArchived(_) | Error::LastAdmin => StatusCode::CONFLICT,
            Error::AccountShared => StatusCode::FORBIDDEN,
            Error::Database(_) | Error::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The Fluent message id the client shows.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Unauthorized => "err-unauthorized",
            Error::SignIn => "err-sign-in",
            Error::DeviceRevoked => "err-device-revoked",
            Error::Forbidden => "err-forbidden",
            Error::TooManyAttempts(_) => "err-too-many-attempts",
            Error::CodeLocked => "err-code-locked",
            Error::Busy => "err-busy",
            Error::ReceiptNotFound => "err-receipt-not-found",
            Error::InvalidTemplate(_) => "err-invalid-template",
            Error::TemplateInUse(_) => "err-template-in-use",
            Error::NotFound => "err-not-found",
            Error::Conflict => "err-conflict",
            Error::MalformedBatch(_) => "err-batch-malformed",
            Error::UnknownForm { .. } => "err-form-unknown",
            Error::TooLarge(_) => "err-too-large",
            Error::BadRequest(_) => "err-bad-request",
            Error::FormImport(_) => "err-form-import",
            Error::InvalidMedia(_) => "err-invalid-media",
            Error::InvalidAnswers(_) => "err-invalid-answers",
            Error::InvalidPolicy(_) => "err-invalid-policy",
            Error::FilesMissing(_) => "err-form-files-missing",
            Error::WeakPassword(problem) => problem.code(),
            Error::ProjectArchived(_) => "err-project-archived",
            Error::LastAdmin => "err-last-admin",
            Error::AccountShared => "err-account-shared",
            Error::Database(_) | Error::Internal(_) => "err-internal",
        }
    }
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        match &self {
            // Details of internal failures go to the log (never personal data: sqlx errors
            // carry statements, not bound values), not to the caller.
            Error::Database(e) => tracing::error!(error = %e, "database failure"),
            Error::Internal(e) => tracing::error!(error = %e, "internal failure"),
            _ => {}
        }
        let body = forms::wire::ErrorBody {
            error: self.code().to_string(),
            message: self.to_string(),
            errors: match &self {
                Error::InvalidAnswers(errors) => Some(errors.clone()),
                _ => None,
            },
            problems: match &self {
                Error::InvalidPolicy(problems) | Error::InvalidTemplate(problems) => {
                    Some(problems.clone())
                }
                _ => None,
            },
        };
        let mut response = (self.status(), Json(body)).into_response();
        let retry = match self {
            Error::TooManyAttempts(seconds) => Some(seconds),
            Error::Busy => Some(1),
            _ => None,
        };
        if let Some(seconds) = retry
            && let Ok(value) = axum::http::HeaderValue::from_str(&seconds.to_string())
        {
            response
                .headers_mut()
                .insert(axum::http::header::RETRY_AFTER, value);
        }
        response
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

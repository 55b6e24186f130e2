//! The one error type of this crate. Each variant maps to a Fluent message id so the client
//! can show it in the user's language, and to a stable code the server sends in JSON.

use thiserror::Error;

/// Everything that can go wrong inside `forms`.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum Error {
    /// The passphrase did not unwrap the data key. Nothing was changed.
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// A stored record failed authentication: it was altered, truncated or moved.
    #[error("record {id} cannot be opened: it was altered or damaged")]
    Tampered { id: String },
    /// Stored bytes are not a vault envelope this version understands.
    #[error("stored data for {id} is not in a format this app understands")]
    Malformed { id: String },
    /// The vault parameters are below the minimum this app accepts.
    #[error("vault parameters are too weak: {0}")]
    WeakParameters(String),
    /// The system random number generator failed.
    #[error("no secure random numbers available")]
    Random,
    /// An expression in a form does not parse.
    #[error("expression `{expr}` does not parse at character {at}: {reason}")]
    Expression {
        expr: String,
        at: usize,
        reason: String,
    },
    /// A form definition refers to something it does not define, or repeats a name.
    #[error("form definition: {0}")]
    FormDefinition(String),
    /// One question of a form is wrong; `column` is the XLSForm column to fix.
    #[error("`{name}`, column {column}: {message}")]
    Node {
        name: String,
        column: String,
        message: String,
    },
    /// An XLSForm file cannot be imported; says where and what to change.
    #[error("{sheet} sheet{}{}: {message}", row.map(|r| format!(", row {r}")).unwrap_or_default(), column.as_ref().map(|c| format!(", column {c}")).unwrap_or_default())]
    XlsForm {
        sheet: String,
        row: Option<usize>,
        column: Option<String>,
        message: String,
    },
    /// An XLSForm reads files (choice lists, lookups) not attached yet: every one of them,
    /// so the form can wait for them and be published once they are all there.
    #[error("the form reads files that are not attached yet: {}", .0.join(", "))]
    FilesMissing(Vec<String>),
}

impl Error {
    /// The stable identifier used in JSON error bodies and as the Fluent message id.
    pub fn code(&self) -> &'static str {
        match self {
            Error::WrongPassphrase => "err-wrong-passphrase",
            Error::Tampered { .. } => "err-tampered",
            Error::Malformed { .. } => "err-malformed-storage",
            Error::WeakParameters(_) => "err-weak-vault",
            Error::Random => "err-no-random",
            Error::Expression { .. } => "err-form-expression",
            Error::FormDefinition(_) | Error::Node { .. } => "err-form-definition",
            Error::XlsForm { .. } => "err-form-definition",
            Error::FilesMissing(_) => "err-form-files-missing",
        }
    }
}

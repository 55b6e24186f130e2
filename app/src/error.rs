//! The client's one error type; each variant knows its message in the user's language.

use crate::i18n::Ui;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Forms(#[from] forms::Error),
    /// The server could not be reached though the phone is online (refused, cut, DNS).
    #[error("server unreachable")]
    Network,
    /// The phone is offline (`navigator.onLine` is false).
    #[error("offline")]
    Offline,
    /// The server accepted the request but did not answer in time; it was given up.
    #[error("timed out")]
    TimedOut,
    /// The server answered with an error code from `locales/*.ftl`.
    #[error("server error {status}: {code}")]
    Server { status: u16, code: String },
    /// Browser storage refused a write (quota).
    #[error("storage full")]
    StorageFull,
    /// Browser storage failed otherwise (the `DOMException` name).
    #[error("storage failed: {0}")]
    StorageWrite(String),
    /// Stored data did not decode after decryption.
    #[error("stored data for {0} is damaged")]
    Corrupt(String),
}

impl AppError {
    /// The message to show, in the UI language.
    pub fn message(&self, ui: Ui) -> String {
        match self {
            AppError::Forms(e) => match e {
                forms::Error::Tampered { id } | forms::Error::Malformed { id } => {
                    ui.t_with(e.code(), &[("id", id.clone())])
                }
                _ => ui.t(e.code()),
            },
            AppError::Network => ui.t("err-network"),
            AppError::Offline => ui.t("err-offline"),
            AppError::TimedOut => ui.t("err-timeout"),
            AppError::Server { status, code } => {
                // An answer that is not our error body (a proxy's page, `{}`) is read as
                // `err-server`, which needs its status filled in like an unknown code.
                let known = ui.t(code);
                if known == *code || code == "err-server" {
                    ui.t_with("err-server", &[("status", status.to_string())])
                } else {
                    known
                }
            }
            AppError::StorageFull => ui.t("err-storage-full"),
            AppError::StorageWrite(reason) => {
                ui.t_with("err-storage-write", &[("reason", reason.clone())])
            }
            AppError::Corrupt(id) => ui.t_with("err-malformed-storage", &[("id", id.clone())]),
        }
    }
}

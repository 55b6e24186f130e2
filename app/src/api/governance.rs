//! The project's consent template and data policy, each installed by an admin from its
//! TOML file (the same files `PUT /consent-template` and `PUT /policy` take), so a new
//! organisation sets its project up in the browser alone.

use forms::wire::{PolicyInForce, PolicyInstalled};

use super::{call, read, send_file};
use crate::error::AppError;

/// The policy in force: its version (0: the built-in default, which lets nothing out).
pub async fn policy() -> Result<PolicyInForce, AppError> {
    call("GET", "/api/v1/policy", None, None).await
}

/// Install the data policy from a TOML file: the version now in force, or the refusal
/// (every problem, each naming its table and key).
pub async fn install_policy(
    file: &web_sys::File,
) -> Result<PolicyInstalled, Result<String, AppError>> {
    let (status, text) = send_file("PUT", "/api/v1/policy", file).await?;
    read(status, &text)
}

/// Install the consent template from a TOML file, or the refusal (every problem, each
/// saying where; 409 when records were given under that version).
pub async fn install_template(file: &web_sys::File) -> Result<(), Result<String, AppError>> {
    send_file("PUT", "/api/v1/consent-template", file)
        .await
        .map(|_| ())
}

//! The demo project a fresh server starts with, so a field team can try Sauti at once.
//! Passwords are generated at first start and printed once; they are never in the code.

use crate::auth::{Role, hash_password};
use crate::db::Db;
use crate::error::Result;

/// The demo project's id.
pub const DEMO_PROJECT: &str = "demo";

/// The demo project's data-governance policy.
pub const DEMO_POLICY: &str = include_str!("../policies/demo.toml");

/// An account created at first start, with its one-time password.
#[derive(Debug, Clone)]
pub struct Credential {
    pub username: String,
    pub role: Role,
    pub password: String,
}

/// A readable random password: 15 Crockford base32 symbols (75 bits) in groups of five.
/// A new generated password, for the command line's new accounts and resets.
pub fn new_password() -> Result<String> {
    generate_password()
}

pub(crate) fn generate_password() -> Result<String> {
    const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
    let mut bytes = [0u8; 15];
    getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("random: {e}"))?;
    let symbols: Vec<u8> = bytes.iter().map(|b| ALPHABET[(b & 31) as usize]).collect();
    Ok(symbols
        .chunks(5)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-"))
}

/// Create the demo project when the database has none. Returns the new accounts
/// (to print once), or nothing when the database was already seeded.
pub async fn seed_demo(db: &Db) -> Result<Vec<Credential>> {
    if db.has_projects().await? {
        return Ok(Vec::new());
    }
    db.insert_project(DEMO_PROJECT, "Demo: household needs assessment")
        .await?;
    db.insert_form(DEMO_PROJECT, &forms::demo::household_form())
        .await?;
    db.insert_consent_template(DEMO_PROJECT, &forms::demo::household_consent())
        .await?;
    let mut created = Vec::new();
    for (username, role) in [
        ("admin", Role::Admin),
        ("steward", Role::Steward),
        ("reviewer", Role::Reviewer),
        ("enumerator", Role::Enumerator),
        ("partner", Role::Partner),
        ("translator", Role::Translator),
        // The focal point for sensitive complaints (the demo policy's `[feedback]`).
        ("focal", Role::Reviewer),
        // The community monitor's read-only audit page (`/monitor`).
        ("monitor", Role::Monitor),
    ] {
        let password = generate_password()?;
        db.insert_user(DEMO_PROJECT, username, &hash_password(&password)?, role)
            .await?;
        created.push(Credential {
            username: username.into(),
            role,
            password,
        });
    }
    crate::governance::install(db, DEMO_PROJECT, DEMO_POLICY, "seed").await?;
    db.audit("system", "seed", DEMO_PROJECT).await?;
    Ok(created)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_passwords_differ_and_read_well() {
        let a = generate_password().unwrap();
        assert_eq!(a.len(), 17);
        assert_eq!(a.matches('-').count(), 2);
        assert_ne!(a, generate_password().unwrap());
    }
}

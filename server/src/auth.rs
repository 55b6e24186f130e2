//! Who is calling: passwords, session cookies for stewards and admins, device tokens for
//! enumerators' phones. Handlers take a caller type (`Steward`, `Admin`, `Device`) as an
//! argument, so a handler without a role check does not compile.
//!
//! The caller types: `Steward`, `Admin`, `Reviewing` (steward or reviewer), `Exporting`
//! (steward or partner), `Governing` (admin or steward), `Translating` (translator,
//! steward or admin), `Partner`, `Monitor`, `Device`,
//! `SignedIn` (any role but the monitor), `OwnAccount` (any role: one's own account only).
//! `tests/it/api.rs` calls every endpoint as each kind of caller.

use std::sync::OnceLock;

use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Argon2, PasswordHash};
use axum::extract::FromRequestParts;
use axum::http::HeaderMap;
use axum::http::header::{AUTHORIZATION, COOKIE};
use axum::http::request::Parts;
use base64ct::{Base64UrlUnpadded, Encoding};
use sha2::{Digest, Sha256};

use crate::AppState;
use crate::error::{Error, Result};

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "sauti_session";
/// The session cookie's name over HTTPS: the `__Host-` prefix makes browsers refuse it
/// unless it is Secure, for this host only, on every path, so a sibling subdomain cannot
/// set or overwrite it.
pub const HOST_SESSION_COOKIE: &str = "__Host-sauti_session";

/// The session cookie's name for a server reached over HTTPS (`secure`) or not.
pub fn session_cookie(secure: bool) -> &'static str {
    if secure {
        HOST_SESSION_COOKIE
    } else {
        SESSION_COOKIE
    }
}
/// How long a steward's session lasts.
pub const SESSION_SECONDS: i64 = 12 * 3600;
/// How long a device token lasts before the phone must be set up again.
pub const DEVICE_SECONDS: i64 = 180 * 24 * 3600;

/// A user's role. Each role sees only what its work needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Projects, forms, users, devices, the policy. Sees no submissions.
    Admin,
    /// Reviews and exports, under the project's policy.
    Steward,
    /// Reviews only, and sees what the policy's `[roles.reviewer]` allows (pseudonyms by
    /// default).
    Reviewer,
    /// Works through an enrolled phone: submits, sees nothing on the server.
    Enumerator,
    /// An organisation the project shares exports with: downloads those, nothing else.
    Partner,
    /// A community monitor (issue 23): reads the project's participatory audit page
    /// (aggregates, the export ledger's counts, withdrawals, purges, feedback handling
    /// times), nothing else; it holds no personal data.
    Monitor,
    /// Translates the project's forms and consent template in the browser and marks a
    /// translation reviewed; a steward or admin publishes it. Sees no records.
    Translator,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Steward => "steward",
            Role::Reviewer => "reviewer",
            Role::Enumerator => "enumerator",
            Role::Partner => "partner",
            Role::Monitor => "monitor",
            Role::Translator => "translator",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "admin" => Some(Role::Admin),
            "steward" => Some(Role::Steward),
            "reviewer" => Some(Role::Reviewer),
            "enumerator" => Some(Role::Enumerator),
            "partner" => Some(Role::Partner),
            "monitor" => Some(Role::Monitor),
            "translator" => Some(Role::Translator),
            _ => None,
        }
    }
}

/// A signed-in user.
#[derive(Debug, Clone)]
pub struct User {
    pub id: i64,
    pub username: String,
    pub project_id: String,
    pub role: Role,
}

/// Argon2id with the crate's default parameters (m = 19 MiB, t = 2, p = 1), PHC string.
pub fn hash_password(password: &str) -> Result<String> {
    let hash: PasswordHash = Argon2::default()
        .hash_password(password.as_bytes())
        .map_err(|e| anyhow::anyhow!("hash: {e}"))?;
    Ok(hash.to_string())
}

/// Check a password. With no stored hash it still spends the same work on a dummy hash,
/// so response time does not reveal whether a username exists.
pub fn verify_password(stored: Option<&str>, password: &str) -> bool {
    static DUMMY: OnceLock<String> = OnceLock::new();
    let dummy = DUMMY.get_or_init(|| hash_password("not a real password").unwrap_or_default());
    let (hash, real) = match stored {
        Some(h) => (h, true),
        None => (dummy.as_str(), false),
    };
    let Ok(parsed) = PasswordHash::new(hash) else {
        return false;
    };
    Argon2::default()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok()
        && real
}

/// A new bearer secret: 256 random bits, URL-safe base64.
pub fn new_token() -> Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("random: {e}"))?;
    Ok(Base64UrlUnpadded::encode_string(&bytes))
}

/// What the database keeps of a token: its SHA-256, so a stolen database opens no session.
pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The session cookie's value, if the request carries one (over HTTPS, only the
/// `__Host-` one counts).
pub fn session_token(headers: &HeaderMap, secure: bool) -> Option<&str> {
    let name = session_cookie(secure);
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

async fn session_user(parts: &Parts, state: &AppState) -> Result<User> {
    let token = session_token(&parts.headers, state.secure_cookies).ok_or(Error::Unauthorized)?;
    state
        .db
        .session_user(&token_hash(token))
        .await?
        .ok_or(Error::Unauthorized)
}

/// Any signed-in staff account, whatever its role, except a community monitor: the
/// monitor is refused here, before a body is read, so every operation taking `SignedIn`
/// refuses the role without a check of its own (fails closed for new ones too).
pub struct SignedIn(pub User);

/// Any signed-in account, a monitor too: one's own account only (`me`, password,
/// sessions, the project switch and list).
pub struct OwnAccount(pub User);

/// A signed-in data steward: reviews and exports.
pub struct Steward(pub User);

/// A signed-in administrator: manages devices and users.
pub struct Admin(pub User);

/// A signed-in steward or reviewer: may read and review submissions (what they see of
/// them depends on the role, through the policy).
pub struct Reviewing(pub User);

/// A signed-in partner: downloads the exports shared with them.
pub struct Partner(pub User);

/// A signed-in steward or partner: may download exports (a partner only those shared
/// with them).
pub struct Exporting(pub User);

/// A signed-in admin or steward: may read the project's policy.
pub struct Governing(pub User);

/// A signed-in community monitor: reads the project's audit page, nothing else.
pub struct Monitor(pub User);

/// A signed-in translator, steward or admin: may read and save translations.
pub struct Translating(pub User);

/// Accept a session whose role is one of `roles`.
async fn session_with(parts: &Parts, state: &AppState, roles: &[Role]) -> Result<User> {
    let user = session_user(parts, state).await?;
    if !roles.contains(&user.role) {
        return Err(Error::Forbidden);
    }
    Ok(user)
}

/// An enrolled phone, acting for its enumerator.
pub struct Device {
    pub device_id: String,
    pub user: User,
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Error;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self> {
        let user = session_user(parts, state).await?;
        if user.role == Role::Monitor {
            return Err(Error::Forbidden);
        }
        Ok(SignedIn(user))
    }
}

impl FromRequestParts<AppState> for OwnAccount {
    type Rejection = Error;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self> {
        Ok(OwnAccount(session_user(parts, state).await?))
    }
}

/// One extractor per caller type, each naming the roles it lets through.
macro_rules! session_role {
    ($caller:ident: $($role:ident),+) => {
        impl FromRequestParts<AppState> for $caller {
            type Rejection = Error;
            async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self> {
                Ok($caller(session_with(parts, state, &[$(Role::$role),+]).await?))
            }
        }
    };
}

session_role!(Steward: Steward);
session_role!(Admin: Admin);
session_role!(Reviewing: Steward, Reviewer);
session_role!(Partner: Partner);
session_role!(Exporting: Steward, Partner);
session_role!(Governing: Admin, Steward);
session_role!(Monitor: Monitor);
session_role!(Translating: Translator, Steward, Admin);

impl FromRequestParts<AppState> for Device {
    type Rejection = Error;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self> {
        let token = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .ok_or(Error::Unauthorized)?;
        let (device_id, user) = state
            .db
            .device_user(&token_hash(token))
            .await?
            .ok_or(Error::DeviceRevoked)?;
        if user.role != Role::Enumerator {
            return Err(Error::Forbidden);
        }
        Ok(Device { device_id, user })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_and_unknown_users_never_do() {
        let hash = hash_password("river stone").unwrap();
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(verify_password(Some(&hash), "river stone"));
        assert!(!verify_password(Some(&hash), "river stones"));
        assert!(!verify_password(None, "not a real password"));
    }

    #[test]
    fn tokens_are_long_and_only_their_hash_is_kept() {
        let t = new_token().unwrap();
        assert_eq!(t.len(), 43);
        assert_eq!(token_hash(&t).len(), 64);
        assert_ne!(new_token().unwrap(), t);
    }
}

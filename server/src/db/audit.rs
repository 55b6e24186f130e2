//! The audit chain's storage: events, their seals, and the head row (see [`crate::audit`]
//! for what is checked and why).

use std::path::{Path, PathBuf};

use hmac::{KeyInit, Mac};
use sqlx::Row;

use super::{Db, Pool, now_rfc3339};
use crate::error::Result;

/// The environment variable naming the key file, for deployments whose server processes
/// do not share a data folder (PostgreSQL on several machines).
pub const KEY_FILE_VAR: &str = "SAUTI_AUDIT_KEY_FILE";

/// The audit chain's secret: 32 random bytes, kept in a file beside (never inside) the
/// database, so that someone who can write the database cannot re-seal what they change.
#[derive(Default)]
pub struct AuditKey([u8; 32]);

impl AuditKey {
    fn mac(&self, parts: &[&[u8]]) -> String {
        let mut mac = <hmac::Hmac<sha2::Sha256> as KeyInit>::new_from_slice(&self.0)
            .expect("HMAC takes any key length");
        for part in parts {
            mac.update(part);
            mac.update(b"\0");
        }
        hex(&mac.finalize().into_bytes())
    }

    /// The seal of one event: HMAC-SHA256 of its chain hash.
    pub fn seal_event(&self, hash: &str) -> String {
        self.mac(&[b"sauti-audit-event", hash.as_bytes()])
    }

    /// The stored key of a throttled attempt that names a network or an account:
    /// HMAC-SHA256 under this secret, so a copy of the database alone cannot tell whose
    /// address it counted ([`crate::throttle::key`]).
    pub fn seal_attempt_key(&self, text: &str) -> String {
        self.mac(&[b"sauti-attempt-key", text.as_bytes()])
    }

    /// The seal of the head: HMAC-SHA256 of the newest event's id and hash.
    pub fn seal_head(&self, last_id: i64, last_hash: &str) -> String {
        self.mac(&[
            b"sauti-audit-head",
            last_id.to_string().as_bytes(),
            last_hash.as_bytes(),
        ])
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Where the key is: `$SAUTI_AUDIT_KEY_FILE`, or `audit.key` in the data folder.
pub fn key_file(data_dir: &Path) -> PathBuf {
    std::env::var_os(KEY_FILE_VAR)
        .map(PathBuf::from)
        .unwrap_or_else(|| data_dir.join("audit.key"))
}

fn read_key(path: &Path) -> Result<Option<AuditKey>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(anyhow::anyhow!("audit key {}: {e}", path.display()).into()),
    };
    let text = text.trim();
    let bytes: Option<Vec<u8>> = (0..text.len())
        .step_by(2)
        .map(|i| {
            text.get(i..i + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        })
        .collect();
    match bytes.and_then(|b| <[u8; 32]>::try_from(b).ok()) {
        Some(key) => Ok(Some(AuditKey(key))),
        None => {
            Err(anyhow::anyhow!("audit key {} is not 64 hexadecimal digits", path.display()).into())
        }
    }
}

/// Make a new key file (readable by its owner only); if another process made it first,
/// read theirs.
fn create_key(path: &Path) -> Result<AuditKey> {
    let mut key = [0u8; 32];
    getrandom::fill(&mut key).map_err(|e| anyhow::anyhow!("random: {e}"))?;
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(mut file) => {
            use std::io::Write;
            file.write_all(hex(&key).as_bytes())
                .and_then(|()| file.sync_all())
                .map_err(|e| anyhow::anyhow!("audit key {}: {e}", path.display()))?;
            Ok(AuditKey(key))
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => read_key(path)?
            .ok_or_else(|| anyhow::anyhow!("audit key {} vanished", path.display()).into()),
        Err(e) => Err(anyhow::anyhow!("audit key {}: {e}", path.display()).into()),
    }
}

/// One audit event as stored.
#[derive(Debug, Clone, serde::Serialize, sqlx::FromRow)]
pub struct AuditEvent {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub subject: String,
    pub prev_hash: Option<String>,
    pub hash: Option<String>,
    /// HMAC of `hash` under the audit key (`None` only for an event nobody sealed).
    pub mac: Option<String>,
}

/// The head row as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditHead {
    pub last_id: i64,
    pub last_hash: String,
    pub mac: String,
}

impl Db {
    /// The key of this database's chain: read from `key_file`, or, for a chain that has
    /// no head yet (a new database, or one from before the chain was keyed), made now and
    /// the existing events sealed with it. A chain with a head whose key file is missing
    /// does not open: it could neither be extended nor checked.
    pub(super) async fn open_audit_chain(&self, key_file: &Path) -> Result<AuditKey> {
        let head = self.audit_head().await?;
        match (read_key(key_file)?, head) {
            (Some(key), Some(_)) => Ok(key),
            (Some(key), None) => {
                // A key without a chain head: only a new, empty chain is started with it.
                if self.audit_events().await?.is_empty() {
                    self.adopt_audit_chain(&key).await?;
                }
                Ok(key)
            }
            (None, Some(_)) => Err(anyhow::anyhow!(
                "the audit chain's key {} is missing: restore it from the backup (every server \
                 process on this database needs the same file, or {KEY_FILE_VAR} naming it)",
                key_file.display()
            )
            .into()),
            (None, None) => {
                let key = create_key(key_file)?;
                self.adopt_audit_chain(&key).await?;
                Ok(key)
            }
        }
    }

    /// Seal the events already stored (hashing those written before the chain existed)
    /// and write the head; the chain's own first keyed event says what was found.
    async fn adopt_audit_chain(&self, key: &AuditKey) -> Result<()> {
        let events = self.audit_events().await?;
        let earlier = crate::audit::check_unkeyed(&events);
        let mut prev = crate::audit::GENESIS.to_string();
        let mut last_id = 0;
        on_pool!(self, pool, Backend => {
            let mut tx = pool.begin().await?;
            for e in &events {
                let hash = match &e.hash {
                    Some(h) => h.clone(),
                    None => crate::audit::event_hash(e.id, &e.at, &e.actor, &e.action, &e.subject, &prev),
                };
                let prev_hash = e.prev_hash.clone().unwrap_or_else(|| prev.clone());
                sqlx::query("UPDATE audit_events SET prev_hash = $1, hash = $2, mac = $3 WHERE id = $4")
                    .bind(&prev_hash)
                    .bind(&hash)
                    .bind(key.seal_event(&hash))
                    .bind(e.id)
                    .execute(&mut *tx)
                    .await?;
                prev = hash;
                last_id = e.id;
            }
            sqlx::query(
                "INSERT INTO audit_head (id, last_id, last_hash, mac) VALUES (1, $1, $2, $3)
                 ON CONFLICT(id) DO NOTHING",
            )
            .bind(last_id)
            .bind(&prev)
            .bind(key.seal_head(last_id, &prev))
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
        });
        if !events.is_empty() {
            self.audit_with(key, "sauti", "audit-chain-keyed", &earlier.to_string())
                .await?;
        }
        Ok(())
    }

    /// Append an audit event to the chain. Subjects are ids, never personal data.
    pub async fn audit(&self, actor: &str, action: &str, subject: &str) -> Result<()> {
        let key = self.audit_key.clone();
        self.audit_with(&key, actor, action, subject).await
    }

    async fn audit_with(
        &self,
        key: &AuditKey,
        actor: &str,
        action: &str,
        subject: &str,
    ) -> Result<()> {
        on_pool!(self, pool, Backend => {
            let _turn = self.audit_lock.lock().await;
            let mut tx = pool.begin().await?;
            // Lock the head first: writers in every process take their turn here.
            let locked = sqlx::query("UPDATE audit_head SET last_id = last_id WHERE id = 1")
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if locked != 1 {
                return Err(anyhow::anyhow!(
                    "the audit chain has no head row: run `sauti audit verify`"
                )
                .into());
            }
            let prev: String = sqlx::query_scalar("SELECT last_hash FROM audit_head WHERE id = 1")
                .fetch_one(&mut *tx)
                .await?;
            let at = now_rfc3339();
            let id: i64 = sqlx::query(
                "INSERT INTO audit_events (at, actor, action, subject, prev_hash)
                 VALUES ($1, $2, $3, $4, $5) RETURNING id",
            )
            .bind(&at)
            .bind(actor)
            .bind(action)
            .bind(subject)
            .bind(&prev)
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?;
            let hash = crate::audit::event_hash(id, &at, actor, action, subject, &prev);
            sqlx::query("UPDATE audit_events SET hash = $1, mac = $2 WHERE id = $3")
                .bind(&hash)
                .bind(key.seal_event(&hash))
                .bind(id)
                .execute(&mut *tx)
                .await?;
            sqlx::query("UPDATE audit_head SET last_id = $1, last_hash = $2, mac = $3 WHERE id = 1")
                .bind(id)
                .bind(&hash)
                .bind(key.seal_head(id, &hash))
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            Ok(())
        })
    }

    /// Every audit event, oldest first.
    pub async fn audit_events(&self) -> Result<Vec<AuditEvent>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT id, at, actor, action, subject, prev_hash, hash, mac FROM audit_events ORDER BY id",
            )
            .fetch_all(pool)
            .await?)
        })
    }

    /// The head row, if there is one.
    pub async fn audit_head(&self) -> Result<Option<AuditHead>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as("SELECT last_id, last_hash, mac FROM audit_head WHERE id = 1")
                .fetch_optional(pool)
                .await?)
        })
    }

    /// A throttled attempt's key, sealed with the audit chain's secret.
    pub fn seal_attempt_key(&self, text: &str) -> String {
        self.audit_key.seal_attempt_key(text)
    }

    /// The key this database's chain is sealed with.
    pub fn audit_key(&self) -> &AuditKey {
        &self.audit_key
    }
}

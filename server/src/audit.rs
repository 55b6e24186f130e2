//! The audit log as a hash chain. Every event stores the SHA-256 of its own content and
//! of the event before it; editing, removing or reordering an event breaks the chain at
//! that point, and [`verify`] says where.

use sha2::{Digest, Sha256};

use crate::db::{AuditEvent, Db};
use crate::error::Result;

/// The `prev_hash` of the first event.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// SHA-256 (hex) of an event's content and its predecessor's hash. The fields are
/// serialised as a JSON array, so no separator inside a field can make two events alike.
pub fn event_hash(
    id: i64,
    at: &str,
    actor: &str,
    action: &str,
    subject: &str,
    prev_hash: &str,
) -> String {
    let canonical = serde_json::json!([id, at, actor, action, subject, prev_hash]).to_string();
    Sha256::digest(canonical.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// What a check of the chain found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChainReport {
    Intact {
        events: usize,
    },
    /// The first event that does not fit: its content was changed, or the event before it
    /// was changed or removed.
    Broken {
        event_id: i64,
        at: String,
        reason: String,
    },
}

impl std::fmt::Display for ChainReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ChainReport::Intact { events } => write!(f, "audit chain intact: {events} events"),
            ChainReport::Broken {
                event_id,
                at,
                reason,
            } => {
                write!(f, "audit chain broken at event {event_id} ({at}): {reason}")
            }
        }
    }
}

/// Check every event in order.
pub fn check(events: &[AuditEvent]) -> ChainReport {
    let mut prev = GENESIS.to_string();
    for e in events {
        let broken = |reason: &str| ChainReport::Broken {
            event_id: e.id,
            at: e.at.clone(),
            reason: reason.into(),
        };
        if e.prev_hash.as_deref() != Some(prev.as_str()) {
            return broken(
                "it does not follow the event before it: an earlier event was removed or edited",
            );
        }
        let expected = event_hash(e.id, &e.at, &e.actor, &e.action, &e.subject, &prev);
        if e.hash.as_deref() != Some(expected.as_str()) {
            return broken("its content was changed after it was written");
        }
        prev = expected;
    }
    ChainReport::Intact {
        events: events.len(),
    }
}

/// Check the chain stored in the database.
pub async fn verify(db: &Db) -> Result<ChainReport> {
    Ok(check(&db.audit_events().await?))
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn db_with_events() -> (tempfile::TempDir, Db) {
        let dir = tempfile::tempdir().unwrap();
        let db = Db::open(&dir.path().join("audit.sqlite3")).await.unwrap();
        for (actor, action) in [
            ("steward", "sign-in"),
            ("steward", "approved"),
            ("admin", "device-revoked"),
        ] {
            db.audit(actor, action, "subject-1").await.unwrap();
        }
        (dir, db)
    }

    #[tokio::test]
    async fn an_untouched_log_verifies() {
        let (_dir, db) = db_with_events().await;
        assert_eq!(
            verify(&db).await.unwrap(),
            ChainReport::Intact { events: 3 }
        );
    }

    #[tokio::test]
    async fn an_edited_event_is_found() {
        let (_dir, db) = db_with_events().await;
        db.execute_for_test("UPDATE audit_events SET actor = 'someone else' WHERE id = 2")
            .await;
        let report = verify(&db).await.unwrap();
        assert!(
            matches!(&report, ChainReport::Broken { event_id: 2, reason, .. } if reason.contains("content was changed")),
            "{report}"
        );
    }

    #[tokio::test]
    async fn a_removed_event_is_found_at_the_next_one() {
        let (_dir, db) = db_with_events().await;
        db.execute_for_test("DELETE FROM audit_events WHERE id = 2")
            .await;
        let report = verify(&db).await.unwrap();
        assert!(
            matches!(&report, ChainReport::Broken { event_id: 3, reason, .. } if reason.contains("removed")),
            "{report}"
        );
    }

    #[tokio::test]
    async fn events_written_before_the_chain_are_sealed_on_start() {
        let (dir, db) = db_with_events().await;
        db.execute_for_test("UPDATE audit_events SET hash = NULL, prev_hash = NULL")
            .await;
        drop(db);
        let db = Db::open(&dir.path().join("audit.sqlite3")).await.unwrap();
        assert_eq!(
            verify(&db).await.unwrap(),
            ChainReport::Intact { events: 3 }
        );
    }
}

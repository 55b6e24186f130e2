//! The audit log as a sealed hash chain. Every event stores the SHA-256 of its own content
//! and of the event before it, and an HMAC of that hash under a key kept outside the
//! database (`audit.key`); one head row names the newest event, sealed the same way.
//!
//! - Editing an event breaks its hash; re-hashing the chain after it needs the key for
//!   the seals. Removing an event breaks the link of the next one.
//! - Removing the newest events leaves the head naming an event that is gone; restoring
//!   an old head with them (from a copy of the database) is caught by an anchor written
//!   down earlier (`sauti audit verify --anchor <id>:<hash>`; every report prints one).
//! - [`verify`] only reads: nothing is re-chained or sealed when a database is opened,
//!   except once, when a chain is first keyed (its first keyed event says what the
//!   unkeyed chain looked like then).
//!
//! `audit.key` is a file outside the database; processes on several machines share it
//! through `SAUTI_AUDIT_KEY_FILE`.

use sha2::{Digest, Sha256};

use crate::db::{AuditEvent, AuditHead, AuditKey, Db};
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
    /// Every event follows the one before, carries its seal, and the newest is the one
    /// the sealed head names. `head` (`<id>:<hash>`) is the anchor to write down: a later
    /// `sauti audit verify --anchor` proves the chain still holds it.
    Intact { events: usize, head: String },
    /// The first thing that does not fit: an event whose content was changed, or the
    /// event before it changed or removed, a seal that does not match, or a head that
    /// names another newest event (the newest were removed).
    Broken {
        event_id: i64,
        at: String,
        reason: String,
    },
}

impl std::fmt::Display for ChainReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ChainReport::Intact { events, head } => {
                write!(f, "audit chain intact: {events} events; head {head}")
            }
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

/// The chain's links alone, without the key: what `adopt` reports about a chain written
/// before it was keyed.
pub fn check_unkeyed(events: &[AuditEvent]) -> ChainReport {
    let mut prev = GENESIS.to_string();
    for e in events {
        if let Some(broken) = check_link(e, &prev) {
            return broken;
        }
        prev = e.hash.clone().unwrap_or_default();
    }
    ChainReport::Intact {
        events: events.len(),
        head: format!("{}:{prev}", events.last().map_or(0, |e| e.id)),
    }
}

fn broken(e: &AuditEvent, reason: &str) -> ChainReport {
    ChainReport::Broken {
        event_id: e.id,
        at: e.at.clone(),
        reason: reason.into(),
    }
}

/// One event against the hash of the one before it.
fn check_link(e: &AuditEvent, prev: &str) -> Option<ChainReport> {
    if e.prev_hash.as_deref() != Some(prev) {
        return Some(broken(
            e,
            "it does not follow the event before it: an earlier event was removed or edited",
        ));
    }
    let expected = event_hash(e.id, &e.at, &e.actor, &e.action, &e.subject, prev);
    if e.hash.as_deref() != Some(expected.as_str()) {
        return Some(broken(e, "its content was changed after it was written"));
    }
    None
}

/// Check every event in order, each seal, and the head.
pub fn check(events: &[AuditEvent], head: Option<&AuditHead>, key: &AuditKey) -> ChainReport {
    let mut prev = GENESIS.to_string();
    for e in events {
        if let Some(broken) = check_link(e, &prev) {
            return broken;
        }
        let hash = e.hash.clone().unwrap_or_default();
        if e.mac.as_deref() != Some(key.seal_event(&hash).as_str()) {
            return broken(
                e,
                "its seal does not match: it was written or rewritten without the audit key",
            );
        }
        prev = hash;
    }
    let last_id = events.last().map_or(0, |e| e.id);
    let at = events.last().map(|e| e.at.clone()).unwrap_or_default();
    let Some(head) = head else {
        return ChainReport::Broken {
            event_id: last_id,
            at,
            reason: "the chain's head row is missing".into(),
        };
    };
    if head.mac != key.seal_head(head.last_id, &head.last_hash) {
        return ChainReport::Broken {
            event_id: head.last_id,
            at,
            reason: "the head's seal does not match: it was changed without the audit key".into(),
        };
    }
    if head.last_id != last_id || head.last_hash != prev {
        return ChainReport::Broken {
            event_id: head.last_id,
            at,
            reason: format!(
                "the head names event {} as the newest but the log ends at event {last_id}: \
                 the newest events were removed",
                head.last_id
            ),
        };
    }
    ChainReport::Intact {
        events: events.len(),
        head: format!("{last_id}:{prev}"),
    }
}

/// Check the chain stored in the database (read only), and, given an anchor written down
/// earlier (`<id>:<hash>`, from a previous report), that the chain still holds it.
pub async fn verify(db: &Db, anchor: Option<&str>) -> Result<ChainReport> {
    let events = db.audit_events().await?;
    let head = db.audit_head().await?;
    let report = check(&events, head.as_ref(), db.audit_key());
    let Some(anchor) = anchor else {
        return Ok(report);
    };
    let Some((id, hash)) = anchor
        .split_once(':')
        .and_then(|(id, hash)| Some((id.trim().parse::<i64>().ok()?, hash.trim())))
    else {
        return Err(crate::error::Error::BadRequest(format!(
            "an anchor is `<event id>:<hash>`, as `sauti audit verify` prints it, not `{anchor}`"
        )));
    };
    if let ChainReport::Broken { .. } = report {
        return Ok(report);
    }
    match events.iter().find(|e| e.id == id) {
        Some(e) if e.hash.as_deref() == Some(hash) => Ok(report),
        _ => Ok(ChainReport::Broken {
            event_id: id,
            at: String::new(),
            reason: "the anchor written down earlier is no longer in the chain: the chain was \
                     cut back or rewritten"
                .into(),
        }),
    }
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

    fn intact(report: &ChainReport, n: usize) -> bool {
        matches!(report, ChainReport::Intact { events, .. } if *events == n)
    }

    #[tokio::test]
    async fn an_untouched_log_verifies() {
        let (_dir, db) = db_with_events().await;
        let report = verify(&db, None).await.unwrap();
        assert!(intact(&report, 3), "{report}");
    }

    #[tokio::test]
    async fn an_edited_event_is_found() {
        let (_dir, db) = db_with_events().await;
        db.execute_for_test("UPDATE audit_events SET actor = 'someone else' WHERE id = 2")
            .await;
        let report = verify(&db, None).await.unwrap();
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
        let report = verify(&db, None).await.unwrap();
        assert!(
            matches!(&report, ChainReport::Broken { event_id: 3, reason, .. } if reason.contains("removed")),
            "{report}"
        );
    }

    /// The attack the unkeyed chain missed: edit an event, NULL every hash from it on, and
    /// let the database be opened again (which used to re-chain them). Now nothing is
    /// re-chained, and re-hashing by hand is caught by the seals.
    #[tokio::test]
    async fn an_edit_rechained_without_the_key_is_found_and_opening_writes_nothing() {
        let (dir, db) = db_with_events().await;
        db.execute_for_test(
            "UPDATE audit_events SET actor = 'someone else', hash = NULL, prev_hash = NULL WHERE id >= 2",
        )
        .await;
        drop(db);
        let db = Db::open(&dir.path().join("audit.sqlite3")).await.unwrap();
        let report = verify(&db, None).await.unwrap();
        assert!(
            matches!(&report, ChainReport::Broken { event_id: 2, .. }),
            "{report}"
        );
        // Re-hash the chain as the old code did, without the key: the seal gives it away.
        let events = db.audit_events().await.unwrap();
        let mut prev = events[0].hash.clone().unwrap();
        for e in &events[1..] {
            let hash = event_hash(e.id, &e.at, &e.actor, &e.action, &e.subject, &prev);
            db.execute_for_test(&format!(
                "UPDATE audit_events SET prev_hash = '{prev}', hash = '{hash}' WHERE id = {}",
                e.id
            ))
            .await;
            prev = hash;
        }
        let report = verify(&db, None).await.unwrap();
        assert!(
            matches!(&report, ChainReport::Broken { event_id: 2, reason, .. } if reason.contains("seal")),
            "{report}"
        );
    }

    #[tokio::test]
    async fn removing_the_newest_events_is_found() {
        let (_dir, db) = db_with_events().await;
        db.execute_for_test("DELETE FROM audit_events WHERE id = 3")
            .await;
        let report = verify(&db, None).await.unwrap();
        assert!(
            matches!(&report, ChainReport::Broken { event_id: 3, reason, .. } if reason.contains("newest")),
            "{report}"
        );
    }

    /// A copy of the database from before the newest events (its own head intact) passes
    /// on its own; the anchor written down after them does not.
    #[tokio::test]
    async fn an_anchor_catches_a_chain_cut_back_with_its_old_head() {
        let (_dir, db) = db_with_events().await;
        let before = db.audit_head().await.unwrap().unwrap();
        db.audit("admin", "export", "#1").await.unwrap();
        let ChainReport::Intact { head: anchor, .. } = verify(&db, None).await.unwrap() else {
            panic!("intact")
        };
        db.execute_for_test("DELETE FROM audit_events WHERE id = 4")
            .await;
        db.execute_for_test(&format!(
            "UPDATE audit_head SET last_id = {}, last_hash = '{}', mac = '{}'",
            before.last_id, before.last_hash, before.mac
        ))
        .await;
        assert!(intact(&verify(&db, None).await.unwrap(), 3));
        let report = verify(&db, Some(&anchor)).await.unwrap();
        assert!(
            matches!(&report, ChainReport::Broken { reason, .. } if reason.contains("anchor")),
            "{report}"
        );
    }

    #[tokio::test]
    async fn a_chain_whose_key_is_lost_does_not_open() {
        let (dir, db) = db_with_events().await;
        drop(db);
        std::fs::remove_file(dir.path().join("audit.key")).unwrap();
        let Err(e) = Db::open(&dir.path().join("audit.sqlite3")).await else {
            panic!("opened without its key")
        };
        assert!(e.to_string().contains("audit") || format!("{e:?}").contains("audit.key"));
    }

    /// A chain from before the key (hashes, no seals, no head) is sealed once, when it is
    /// first opened, and its first keyed event says what the old chain looked like.
    #[tokio::test]
    async fn an_unkeyed_chain_is_keyed_once_and_says_so() {
        let (dir, db) = db_with_events().await;
        db.execute_for_test("UPDATE audit_events SET mac = NULL")
            .await;
        db.execute_for_test("DELETE FROM audit_head").await;
        drop(db);
        std::fs::remove_file(dir.path().join("audit.key")).unwrap();
        let db = Db::open(&dir.path().join("audit.sqlite3")).await.unwrap();
        let report = verify(&db, None).await.unwrap();
        assert!(intact(&report, 4), "{report}");
        let events = db.audit_events().await.unwrap();
        assert_eq!(events[3].action, "audit-chain-keyed");
        assert!(
            events[3].subject.contains("intact: 3 events"),
            "{}",
            events[3].subject
        );
    }
}

//! Interviews kept on the phone, each sealed in its own envelope under `record/<uuid>`.
//! A record leaves the "waiting" list only when the server acknowledged it.

use forms::batch::{Outcome, Submission};
use forms::model::{Answer, Answers, CompiledForm, Kind};
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::session::Session;
use crate::store;

const PREFIX: &str = "record/";

/// Where a record is in its life on the phone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Draft,
    Queued,
    Synced,
    Rejected,
}

impl Status {
    /// A stable name for the page (`data-status`) and tests.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Queued => "queued",
            Status::Synced => "synced",
            Status::Rejected => "rejected",
        }
    }
}

/// One interview as the phone keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LocalRecord {
    pub status: Status,
    /// The record's name by the form's `instance_name` (a household's head and village),
    /// worked out when it is saved; kept in the vault like the answers it comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub submission: Submission,
    /// The server's answer when it refused the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rejection: Option<Outcome>,
    /// The page a draft was left on.
    #[serde(default)]
    pub page: usize,
    /// The interview is audio-first (chosen on the consent screen): a draft reopens the
    /// same way, on the same one-question screens `page` counts.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub audio_first: bool,
    /// When the server acknowledged it (local time): retention counts from here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub synced_at: Option<String>,
    /// What a reviewer asked the enumerator to check, while the record is sent back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_note: Option<String>,
}

impl LocalRecord {
    fn storage_id(&self) -> String {
        format!("{PREFIX}{}", self.submission.id)
    }
}

/// Encrypt and store a record (replacing the previous version); resolves once it is on
/// disk. The write starts when this is called.
pub fn save(
    session: &Session,
    record: &LocalRecord,
) -> impl Future<Output = Result<(), AppError>> + use<> {
    session.put(&record.storage_id(), record)
}

/// Store a record as the page goes (a draft's last answers on `pagehide`); see
/// [`Session::put_as_page_goes`].
pub fn save_as_page_goes(session: &Session, record: &LocalRecord) -> Result<(), AppError> {
    session.put_as_page_goes(&record.storage_id(), record)
}

/// Store several records in one write (what one batch's acknowledgement changed).
pub fn save_all(
    session: &Session,
    records: &[LocalRecord],
) -> impl Future<Output = Result<(), AppError>> + use<> {
    let entries: Vec<(String, &LocalRecord)> =
        records.iter().map(|r| (r.storage_id(), r)).collect();
    session.put_all(&entries)
}

/// A record's name for the enumerator's lists (worked out in the interview): the form's
/// `instance_name` when it gives words, else the first answers typed (a draft saved before
/// the questions `instance_name` reads was named "–"). `now` is the moment of saving, with
/// the phone's offset, so a name that reads `now()` shows the time, not midnight.
pub fn name_for(form: &CompiledForm, answers: &Answers, now: &str) -> Option<String> {
    let named = form
        .instance_name(answers, now)
        .map(|n| trim_name(&n).to_string())
        .filter(|n| !n.is_empty());
    named.or_else(|| first_answers(form, answers))
}

/// A name without the separators an `instance_name` puts between answers not given yet
/// (`concat(${name}, ' – ', ${village})` before the name is typed: "– Zaatari"); empty
/// when it was nothing else. (No Unicode tables: the home screen calls it.)
pub fn trim_name(name: &str) -> &str {
    name.trim_matches(|c: char| c.is_whitespace() || "–—-·,;:|/".contains(c))
}

/// A record's name from its first answers typed (text, numbers, dates at the top level).
/// What the home screen can work out without the expression engine, which stays in the
/// interview's chunk (calling `name_for` here would bring it into the first download).
pub fn first_answers(form: &CompiledForm, answers: &Answers) -> Option<String> {
    let first: Vec<&str> = form
        .walk()
        .into_iter()
        .filter(|(node, at)| {
            at.repeats.is_empty()
                && matches!(
                    node.kind,
                    Kind::Text | Kind::Integer | Kind::Decimal | Kind::Date | Kind::Barcode
                )
        })
        .filter_map(|(node, _)| match answers.get(&node.name) {
            Some(Answer::Value(v)) if !v.trim().is_empty() => Some(v.trim()),
            _ => None,
        })
        .take(2)
        .collect();
    (!first.is_empty()).then(|| first.join(" · "))
}

/// Remove a draft the enumerator discarded: memory at once, the sealed record on disk
/// with the transaction (resolves once it is gone from IndexedDB).
pub fn discard(record: &LocalRecord) -> impl Future<Output = Result<(), AppError>> + use<> {
    store::remove_sealed(&record.storage_id())
}

/// Remove the synced records kept longer than the project asks (`keep_synced_days`);
/// drafts, queued and refused records are never removed.
pub fn forget_expired(session: &Session, all: &mut Vec<LocalRecord>) {
    let today = crate::clock::today();
    all.retain(|r| {
        let expired = r.status == Status::Synced
            && forms::batch::past_retention(
                r.synced_at.as_deref().unwrap_or(&r.submission.saved_at),
                &today,
                session.keep_synced_days,
            );
        if expired {
            // Memory forgets it now; the disk with the transaction (a failure leaves a
            // synced copy, removed at the next start).
            drop(store::remove_sealed(&r.storage_id()));
        }
        !expired
    });
}

/// Every record that opens, and an error for each that does not (named, so the
/// enumerator knows which one is damaged while the others stay usable).
/// Note on each kept record whether a reviewer sent it back, and why (from the server's
/// list); a record no longer on the list loses its note. Returns whether any changed.
pub async fn mark_issues(session: &Session, issues: &[forms::wire::SentBack]) -> bool {
    let mut changed = false;
    for mut record in load_all(session).0 {
        let id = record.submission.id.to_string();
        let note = issues
            .iter()
            .find(|i| i.id == id)
            .map(|i| i.comment.clone());
        if note != record.review_note {
            record.review_note = note;
            changed |= save(session, &record).await.is_ok();
        }
    }
    changed
}

/// The answers of the last record of the session's form saved on this phone (a draft
/// or a refusal is no saved record), which a `${last-saved#q}` default reads; `None`
/// when there is none (or it was forgotten after its retention).
pub fn last_saved(session: &Session) -> Option<Answers> {
    load_all(session)
        .0
        .into_iter()
        .find(|r| {
            r.status != Status::Draft
                && r.submission.form_id == session.form.form.id
                && !r.submission.answers.is_empty()
        })
        .map(|r| r.submission.answers)
}

pub fn load_all(session: &Session) -> (Vec<LocalRecord>, Vec<AppError>) {
    let mut records = Vec::new();
    let mut errors = Vec::new();
    for id in store::sealed_ids(PREFIX) {
        match session.get::<LocalRecord>(&id) {
            Ok(Some(r)) => records.push(r),
            Ok(None) => {}
            Err(e) => errors.push(e),
        }
    }
    records.sort_unstable_by(|a, b| b.submission.saved_at.cmp(&a.submission.saved_at));
    (records, errors)
}

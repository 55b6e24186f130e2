//! Feedback and complaints (issue 23): anyone may send feedback, a question or a
//! complaint for a project, without an account, anonymously unless they leave a contact;
//! they follow it with a tracking code. Staff handle cases within the policy's time limits.
//!
//! Fails closed: a project whose policy has no `[feedback]` takes none. A case in a
//! sensitive category (sexual exploitation and abuse, safeguarding, fraud…) is read and
//! handled only by the category's named focal points, whatever their role: stewards,
//! reviewers and partners never see it, no export carries any case. Every step is audited
//! by case id (never its text). Sending and following are throttled per network like the
//! consent look-ups.

pub mod config;
pub mod figures;

use forms::feedback::{
    Case, CaseAction, CaseStatus, Category, FeedbackFiled, FeedbackProject, FeedbackStatus,
    FieldFeedback, MAX_CONTACT_CHARS, MAX_MESSAGE_CHARS, MAX_VOICE_BYTES, NewFeedback,
    TrackingRequest, VOICE_TYPES, voice_type,
};
use forms::receipt::ReceiptCode;

use crate::AppState;
use crate::auth::{Role, User};
use crate::dashboard::page::text;
use crate::db::{CaseRow, NewCase, now_rfc3339};
use crate::error::{Error, Result};
use crate::throttle::{self, NETWORK_LOOKUPS, Rule};
use config::Feedback;

/// One network's feedback: twenty in a row, then one at a time with a wait that doubles
/// up to an hour. A camp may share one address; a flood from one place still stops.
pub const FEEDBACK_FROM_NETWORK: Rule = Rule {
    free: 20,
    max_wait_s: 3600,
    cap: None,
    reset_on_success: false,
};

/// The project's `[feedback]`, or not found: a project without it takes none (and the
/// answer does not say whether the project exists).
async fn section(state: &AppState, project: &str) -> Result<Feedback> {
    if !state.db.project_ids().await?.iter().any(|p| p == project) {
        return Err(Error::NotFound);
    }
    state
        .policy(project)
        .await?
        .policy
        .feedback
        .clone()
        .ok_or(Error::NotFound)
}

/// Which projects take feedback, as last read: the public list is asked by every visit
/// to the community page, and reading each project's policy for it would cost a query
/// per project per visit. Kept until the number of policy versions changes (they are
/// only ever added, by any server process on the database).
#[derive(Default)]
pub struct Offering(std::sync::Mutex<Option<(i64, Vec<String>)>>);

/// The projects that take feedback (their policy has `[feedback]`): public, since each
/// invites it. Archived projects' policies still say so; they are listed too. Names are
/// read each time (a rename shows at once); the policies only when a version was added.
pub async fn projects(state: &AppState, offering: &Offering) -> Result<Vec<FeedbackProject>> {
    let generation = state.db.policy_versions_stored().await?;
    let names = state.db.project_names().await?;
    let poisoned = || anyhow::anyhow!("the feedback projects cache was poisoned");
    let known = offering
        .0
        .lock()
        .map_err(|_| poisoned())?
        .as_ref()
        .filter(|(seen, _)| *seen == generation)
        .map(|(_, ids)| ids.clone());
    let ids = match known {
        Some(ids) => ids,
        None => {
            let mut ids = Vec::new();
            for (id, _) in &names {
                if state.policy(id).await?.policy.feedback.is_some() {
                    ids.push(id.clone());
                }
            }
            *offering.0.lock().map_err(|_| poisoned())? = Some((generation, ids.clone()));
            ids
        }
    };
    Ok(names
        .into_iter()
        .filter(|(id, _)| ids.contains(id))
        .map(|(id, name)| FeedbackProject { id, name })
        .collect())
}

/// The categories a person may choose from, in `lang`.
pub async fn categories(state: &AppState, project: &str, lang: &str) -> Result<Vec<Category>> {
    Ok(section(state, project)
        .await?
        .categories
        .iter()
        .map(|c| Category {
            id: c.id.clone(),
            label: text(&c.label, lang).to_string(),
            icon: c.icon.clone(),
            sensitive: c.sensitive,
        })
        .collect())
}

/// Text a person typed: trimmed, not empty, not longer than `max` characters.
fn typed(text: &str, what: &str, max: usize) -> Result<String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Error::BadRequest(format!("{what} is empty")));
    }
    if text.chars().count() > max {
        return Err(Error::BadRequest(format!(
            "{what} is longer than {max} characters"
        )));
    }
    Ok(text.to_string())
}

/// File a case sent on the community page (`channel` `web`) or recorded by an
/// enumerator (`phone`), and give its tracking code.
pub async fn file(
    state: &AppState,
    network: &str,
    new: &NewFeedback,
    channel: &str,
) -> Result<FeedbackFiled> {
    let feedback = section(state, &new.project).await?;
    let category = feedback
        .category(&new.category)
        .ok_or_else(|| Error::BadRequest(format!("no feedback category `{}`", new.category)))?;
    // A voice message stands for the text: then the text may be empty.
    let message = if new.voice && new.message.trim().is_empty() {
        String::new()
    } else {
        typed(&new.message, "the message", MAX_MESSAGE_CHARS)?
    };
    let contact = match new.contact.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(c) => Some(typed(c, "the contact", MAX_CONTACT_CHARS)?),
    };
    let language: String = new.language.trim().chars().take(16).collect();
    if channel == "web" {
        let keys = [(format!("feedback|net:{network}"), FEEDBACK_FROM_NETWORK)];
        // Never given back: every case sent counts.
        let _counted = throttle::reserve(&state.db, &keys).await??;
    }
    let id =
        forms::batch::new_record_id(u64::try_from(throttle::now_ms()).unwrap_or(0))?.to_string();
    for _ in 0..5 {
        let tracking = ReceiptCode::generate()?.to_string();
        let stored = state
            .db
            .insert_case(&NewCase {
                id: &id,
                project_id: &new.project,
                tracking: &tracking,
                category: &category.id,
                sensitive: category.sensitive,
                message: &message,
                contact: contact.as_deref(),
                language: if language.is_empty() {
                    "und"
                } else {
                    &language
                },
                channel,
                recorded_at: None,
            })
            .await?;
        if stored {
            state.db.audit(channel, "feedback-filed", &id).await?;
            return Ok(FeedbackFiled {
                tracking,
                acknowledge_days: feedback.acknowledge_days,
            });
        }
    }
    Err(Error::Internal(anyhow::anyhow!(
        "five tracking codes in a row were taken"
    )))
}

/// File what enumerators recorded on a phone (`channel` `phone`): each by its phone-made
/// id and tracking code, so a batch sent twice files nothing twice. Answers the ids filed
/// (now or before) and those refused for good (a category the project no longer has, an
/// empty or too long text, a malformed code); the phone forgets both.
pub async fn file_from_phone(
    state: &AppState,
    device: &crate::auth::Device,
    items: &[FieldFeedback],
) -> Result<(Vec<String>, Vec<String>)> {
    let (mut filed, mut refused) = (Vec::new(), Vec::new());
    if items.is_empty() {
        return Ok((filed, refused));
    }
    let project = device.user.project_id.as_str();
    let feedback = state.policy(project).await?.policy.feedback.clone();
    for item in items {
        let valid = (|| {
            let feedback = feedback.as_ref()?;
            let category = feedback.category(&item.category)?;
            let message = typed(&item.message, "the message", MAX_MESSAGE_CHARS).ok()?;
            let contact = match item.contact.as_deref().map(str::trim) {
                None | Some("") => None,
                Some(c) => Some(typed(c, "the contact", MAX_CONTACT_CHARS).ok()?),
            };
            let tracking = ReceiptCode::parse(&item.tracking).ok()?;
            let id = uuid::Uuid::parse_str(&item.id).ok()?;
            // The phone's clock: kept as it said if it reads as a time, else not at all.
            let recorded_at = time::OffsetDateTime::parse(
                item.recorded_at.trim(),
                &time::format_description::well_known::Rfc3339,
            )
            .ok()
            .map(|_| item.recorded_at.trim().to_string());
            Some((category, message, contact, tracking, id, recorded_at))
        })();
        let Some((category, message, contact, tracking, id, recorded_at)) = valid else {
            refused.push(item.id.clone());
            continue;
        };
        let id = id.to_string();
        let language: String = item.language.trim().chars().take(16).collect();
        let stored = state
            .db
            .insert_case(&NewCase {
                id: &id,
                project_id: project,
                tracking: tracking.as_str(),
                category: &category.id,
                sensitive: category.sensitive,
                message: &message,
                contact: contact.as_deref(),
                language: if language.is_empty() {
                    "und"
                } else {
                    &language
                },
                channel: "phone",
                recorded_at: recorded_at.as_deref(),
            })
            .await?;
        if stored {
            let actor = format!("{} (device {})", device.user.username, device.device_id);
            state.db.audit(&actor, "feedback-filed", &id).await?;
            filed.push(item.id.clone());
        } else if state.db.case(project, &id).await?.is_some() {
            // Sent before: filed then.
            filed.push(item.id.clone());
        } else {
            // Its code is another case's (or its id another project's): never filed.
            refused.push(item.id.clone());
        }
    }
    Ok((filed, refused))
}

/// Where a case stands, for whoever holds its tracking code. Failed look-ups are
/// throttled per network; the code itself has 60 random bits, so it cannot be guessed.
pub async fn status(
    state: &AppState,
    network: &str,
    request: &TrackingRequest,
) -> Result<FeedbackStatus> {
    let keys = [(format!("feedback-lookups|net:{network}"), NETWORK_LOOKUPS)];
    let reserved = throttle::reserve(&state.db, &keys).await??;
    let code = ReceiptCode::parse(&request.tracking).map_err(|_| Error::NotFound)?;
    let (project, case) = state
        .db
        .case_by_tracking(code.as_str())
        .await?
        .ok_or(Error::NotFound)?;
    reserved.succeeded(&state.db).await?;
    let feedback = state.policy(&project).await?.policy.feedback.clone();
    let lang = request.lang.as_deref().unwrap_or(&case.language);
    let category = feedback
        .as_ref()
        .and_then(|f| f.category(&case.category))
        .map_or(case.category.clone(), |c| text(&c.label, lang).to_string());
    Ok(FeedbackStatus {
        tracking: case.tracking,
        category,
        status: CaseStatus::parse(&case.status).unwrap_or(CaseStatus::Received),
        filed_at: case.filed_at,
        acknowledged_at: case.acknowledged_at,
        answer: case.answer,
        answered_at: case.answered_at,
        closed_at: case.closed_at,
    })
}

/// The categories whose cases `user` may read and handle: a sensitive category only by
/// its focal points; the others by the project's stewards and any focal point named.
pub(crate) fn handled_by(feedback: &Feedback, user: &User) -> Vec<String> {
    feedback
        .categories
        .iter()
        .filter(|c| {
            let named = c.focal_points.contains(&user.username);
            named || (!c.sensitive && user.role == Role::Steward)
        })
        .map(|c| c.id.clone())
        .collect()
}

/// Whether `user` may read and handle this case: its category is one they handle now
/// ([`handled_by`]), and a case filed as sensitive stays with the category's focal points
/// even after a policy version stops calling the category sensitive (what was filed under
/// that promise keeps it).
pub(crate) fn may_handle(feedback: &Feedback, user: &User, case: &CaseRow) -> bool {
    handled_by(feedback, user).contains(&case.category)
        && (case.sensitive == 0
            || feedback
                .categories
                .iter()
                .any(|c| c.id == case.category && c.focal_points.contains(&user.username)))
}

/// Whether a case is past its time: not acknowledged within `acknowledge_days`, or not
/// answered within `answer_days`.
fn overdue(feedback: &Feedback, case: &CaseRow, now: time::OffsetDateTime) -> bool {
    overdue_at(feedback, &case.status, &case.filed_at, now)
}

/// [`overdue`] from a case's stored state and filing time (what the monitor's report
/// reads, without the case's text).
pub(crate) fn overdue_at(
    feedback: &Feedback,
    status: &str,
    filed_at: &str,
    now: time::OffsetDateTime,
) -> bool {
    let Ok(filed) =
        time::OffsetDateTime::parse(filed_at, &time::format_description::well_known::Rfc3339)
    else {
        return false;
    };
    let days = |n: u32| time::Duration::days(i64::from(n));
    match CaseStatus::parse(status) {
        Some(CaseStatus::Received) => {
            now > filed + days(feedback.acknowledge_days)
                || now > filed + days(feedback.answer_days)
        }
        Some(CaseStatus::Acknowledged) => now > filed + days(feedback.answer_days),
        _ => false,
    }
}

fn as_case(feedback: &Feedback, row: CaseRow, now: time::OffsetDateTime, lang: &str) -> Case {
    let overdue = overdue(feedback, &row, now);
    let category_label = feedback
        .category(&row.category)
        .map_or(row.category.clone(), |c| text(&c.label, lang).to_string());
    Case {
        overdue,
        category_label,
        id: row.id,
        tracking: row.tracking,
        category: row.category,
        sensitive: row.sensitive != 0,
        message: row.message,
        contact: row.contact,
        language: row.language,
        channel: row.channel,
        status: CaseStatus::parse(&row.status).unwrap_or(CaseStatus::Received),
        assigned_to: row.assigned_to,
        filed_at: row.filed_at,
        acknowledged_at: row.acknowledged_at,
        answer: row.answer,
        answered_at: row.answered_at,
        resolution: row.resolution,
        closed_at: row.closed_at,
        recorded_at: row.recorded_at,
        voice: row.voice != 0,
    }
}

/// The cases `user` may handle in their project, newest first (overdue ones flagged),
/// categories labelled in `lang`.
pub async fn cases(state: &AppState, user: &User, lang: &str) -> Result<Vec<Case>> {
    let Some(feedback) = state
        .policy(&user.project_id)
        .await?
        .policy
        .feedback
        .clone()
    else {
        return Ok(Vec::new());
    };
    let categories = handled_by(&feedback, user);
    let now = time::OffsetDateTime::now_utc();
    Ok(state
        .db
        .cases(&user.project_id, &categories)
        .await?
        .into_iter()
        .filter(|row| may_handle(&feedback, user, row))
        .map(|row| as_case(&feedback, row, now, lang))
        .collect())
}

/// The project's `[feedback]` and one of its cases that `user` may handle; anything else
/// is "not found" (a sensitive case's existence is not told either).
async fn handled_case(state: &AppState, user: &User, id: &str) -> Result<(Feedback, CaseRow)> {
    let feedback = state
        .policy(&user.project_id)
        .await?
        .policy
        .feedback
        .clone()
        .ok_or(Error::NotFound)?;
    let case = state
        .db
        .case(&user.project_id, id)
        .await?
        .filter(|c| may_handle(&feedback, user, c))
        .ok_or(Error::NotFound)?;
    Ok((feedback, case))
}

/// One step on a case by `user`, audited. A case `user` may not handle is "not found"
/// (a sensitive case's existence is not told either).
pub async fn act(
    state: &AppState,
    user: &User,
    id: &str,
    action: &CaseAction,
    lang: &str,
) -> Result<Case> {
    let (feedback, mut case) = handled_case(state, user, id).await?;
    let status = CaseStatus::parse(&case.status).unwrap_or(CaseStatus::Received);
    let now = now_rfc3339();
    let open = status != CaseStatus::Closed;
    let name = match action {
        CaseAction::Assign { to } => {
            let to = typed(to, "the handler's account name", 80)?;
            let category = feedback.category(&case.category);
            if category.is_some_and(|c| c.sensitive && !c.focal_points.contains(&to)) {
                return Err(Error::BadRequest(
                    "a sensitive case is handled only by the category's focal points".into(),
                ));
            }
            case.assigned_to = Some(to);
            "assign"
        }
        CaseAction::Acknowledge if status == CaseStatus::Received => {
            case.acknowledged_at = Some(now.clone());
            case.status = CaseStatus::Acknowledged.as_str().into();
            "acknowledge"
        }
        CaseAction::Answer { text } | CaseAction::Refer { text } if open => {
            case.answer = Some(typed(text, "the answer", MAX_MESSAGE_CHARS)?);
            case.answered_at = Some(now.clone());
            case.acknowledged_at.get_or_insert(now.clone());
            let referred = matches!(action, CaseAction::Refer { .. });
            case.status = if referred {
                CaseStatus::Referred
            } else {
                CaseStatus::Answered
            }
            .as_str()
            .into();
            if referred { "refer" } else { "answer" }
        }
        CaseAction::Close { resolution } if open => {
            case.resolution = Some(typed(resolution, "the resolution", MAX_MESSAGE_CHARS)?);
            case.closed_at = Some(now.clone());
            case.acknowledged_at.get_or_insert(now.clone());
            case.status = CaseStatus::Closed.as_str().into();
            "close"
        }
        _ => return Err(Error::Conflict),
    };
    state.db.update_case(&user.project_id, &case).await?;
    state
        .db
        .audit(&user.username, &format!("feedback-{name}"), &case.id)
        .await?;
    Ok(as_case(
        &feedback,
        case,
        time::OffsetDateTime::now_utc(),
        lang,
    ))
}

/// How long after sending feedback on the community page its voice message may follow:
/// the page uploads it at once; a tracking code found later can never add or replace one.
pub const VOICE_WINDOW_MINUTES: i64 = 30;

/// Keep the voice message of a case just sent on the community page (its tracking code
/// opens it, throttled like a status look-up). Audio only ([`VOICE_TYPES`]), at most
/// [`MAX_VOICE_BYTES`], once per case, within [`VOICE_WINDOW_MINUTES`] of sending.
pub async fn attach_voice(
    state: &AppState,
    network: &str,
    tracking: &str,
    content_type: &str,
    audio: &[u8],
) -> Result<()> {
    let keys = [(format!("feedback-lookups|net:{network}"), NETWORK_LOOKUPS)];
    let reserved = throttle::reserve(&state.db, &keys).await??;
    let code = ReceiptCode::parse(tracking).map_err(|_| Error::NotFound)?;
    let (_, case) = state
        .db
        .case_by_tracking(code.as_str())
        .await?
        .ok_or(Error::NotFound)?;
    reserved.succeeded(&state.db).await?;
    let media_type = voice_type(content_type).ok_or_else(|| {
        Error::BadRequest(format!(
            "a voice message is a recording: {}",
            VOICE_TYPES.join(", ")
        ))
    })?;
    if audio.is_empty() {
        return Err(Error::BadRequest("the recording is empty".into()));
    }
    if audio.len() > MAX_VOICE_BYTES {
        return Err(Error::TooLarge(MAX_VOICE_BYTES));
    }
    let filed = time::OffsetDateTime::parse(
        &case.filed_at,
        &time::format_description::well_known::Rfc3339,
    )
    .map_err(anyhow::Error::from)?;
    let late =
        time::OffsetDateTime::now_utc() - filed > time::Duration::minutes(VOICE_WINDOW_MINUTES);
    if case.channel != "web" || late || !state.db.insert_voice(&case.id, media_type, audio).await? {
        return Err(Error::Conflict);
    }
    state.db.audit("web", "feedback-voice", &case.id).await?;
    Ok(())
}

/// A case's voice message, for staff who may handle the case (a sensitive one: its focal
/// points only); anyone else is told it does not exist.
pub async fn voice(state: &AppState, user: &User, id: &str) -> Result<(String, Vec<u8>)> {
    let (_, case) = handled_case(state, user, id).await?;
    let voice = state.db.voice(&case.id).await?.ok_or(Error::NotFound)?;
    state
        .db
        .audit(&user.username, "feedback-voice-played", &case.id)
        .await?;
    Ok(voice)
}

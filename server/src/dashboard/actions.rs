//! "We did": actions stewards publish on the public dashboard in response to feedback
//! (issue 23), beside those the policy's `[dashboard] actions` lists. An action may name
//! feedback categories and the cases it answers; the dashboard shows how many cases
//! (only from the dashboard's k on, so a single person's complaint is never pointed at),
//! never which. A case the publisher does not handle, or a sensitive one, cannot be
//! linked, and the refusal is the same as for a case that does not exist: a sensitive
//! case's existence is never told, even to a steward.

use std::collections::BTreeMap;

use forms::actions::{Action, ActionText, MAX_CASES, MAX_TEXT_CHARS, MAX_TITLE_CHARS, NewAction};

use crate::AppState;
use crate::auth::User;
use crate::db::{ActionRow, NewActionRow, now_rfc3339};
use crate::error::{Error, Result};
use crate::feedback::handled_by;

use super::page::text;

/// An action as the public page shows it, in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Published {
    pub date: String,
    pub title: String,
    pub text: String,
    /// The categories' labels.
    pub about: Vec<String>,
    /// How many cases it answers, when at least k (else `None`, and the page says only
    /// that it answers feedback when `answers_some`).
    pub cases: Option<u64>,
    pub answers_some: bool,
}

fn bad(message: impl Into<String>) -> Error {
    Error::BadRequest(message.into())
}

/// The words of an action, checked: at least one language, codes like `en` or `fa-AF`,
/// a title of one line and a text of a paragraph.
fn checked_texts(texts: &BTreeMap<String, ActionText>) -> Result<BTreeMap<String, ActionText>> {
    if texts.is_empty() {
        return Err(bad("an action needs a title in at least one language"));
    }
    let mut out = BTreeMap::new();
    for (lang, t) in texts {
        let code_ok = (2..=16).contains(&lang.len())
            && lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !code_ok {
            return Err(bad(format!("`{lang}` is not a language code")));
        }
        let title = t.title.trim();
        if title.is_empty() || title.chars().count() > MAX_TITLE_CHARS || title.contains('\n') {
            return Err(bad(format!(
                "the title in `{lang}` must be one line of 1 to {MAX_TITLE_CHARS} characters"
            )));
        }
        let body = t.text.trim();
        if body.chars().count() > MAX_TEXT_CHARS {
            return Err(bad(format!(
                "the text in `{lang}` is longer than {MAX_TEXT_CHARS} characters"
            )));
        }
        out.insert(
            lang.clone(),
            ActionText {
                title: title.to_string(),
                text: body.to_string(),
            },
        );
    }
    Ok(out)
}

/// A `YYYY-MM-DD` day that is not after tomorrow (UTC: a day ahead for time zones east).
fn checked_date(date: &str) -> Result<String> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let day = time::Date::parse(date.trim(), &format)
        .map_err(|_| bad(format!("`{date}` is not a date written YYYY-MM-DD")))?;
    let tomorrow = time::OffsetDateTime::now_utc().date() + time::Duration::days(1);
    if day > tomorrow {
        return Err(bad(
            "an action is published once it is done: the date is in the future",
        ));
    }
    Ok(day.format(&format).map_err(anyhow::Error::from)?)
}

fn as_action(row: ActionRow) -> Result<Action> {
    Ok(Action {
        id: row.id,
        date: row.done_on,
        texts: serde_json::from_str(&row.texts)?,
        categories: serde_json::from_str(&row.categories)?,
        cases: u64::try_from(row.cases).unwrap_or(0),
        published_by: row.published_by,
        published_at: row.published_at,
    })
}

/// Publish an action for `user`'s project (a steward); audited by its id.
pub async fn publish(state: &AppState, user: &User, new: &NewAction) -> Result<Action> {
    let project = user.project_id.as_str();
    let date = checked_date(&new.date)?;
    let texts = checked_texts(&new.texts)?;
    let feedback = state.policy(project).await?.policy.feedback.clone();
    let mut categories = Vec::new();
    for id in &new.categories {
        if feedback.as_ref().is_none_or(|f| f.category(id).is_none()) {
            return Err(bad(format!(
                "no feedback category `{id}` in the project's policy"
            )));
        }
        if !categories.contains(id) {
            categories.push(id.clone());
        }
    }
    if new.cases.len() > MAX_CASES {
        return Err(bad(format!(
            "an action names at most {MAX_CASES} cases; link their category instead"
        )));
    }
    let handled = feedback
        .as_ref()
        .map(|f| handled_by(f, user))
        .unwrap_or_default();
    let mut cases: Vec<String> = Vec::new();
    for id in &new.cases {
        let linkable = state
            .db
            .case(project, id)
            .await?
            .is_some_and(|c| c.sensitive == 0 && handled.contains(&c.category));
        if !linkable {
            return Err(bad(format!(
                "no case `{id}` you handle can be linked to a public action"
            )));
        }
        if !cases.contains(id) {
            cases.push(id.clone());
        }
    }
    let id = forms::batch::new_record_id(u64::try_from(crate::throttle::now_ms()).unwrap_or(0))?
        .to_string();
    let published_at = now_rfc3339();
    state
        .db
        .insert_action(
            &NewActionRow {
                id: &id,
                project_id: project,
                done_on: &date,
                texts: &serde_json::to_string(&texts)?,
                categories: &serde_json::to_string(&categories)?,
                published_by: &user.username,
                published_at: &published_at,
            },
            &cases,
        )
        .await?;
    state
        .db
        .audit(&user.username, "action-published", &id)
        .await?;
    Ok(Action {
        id,
        date,
        texts,
        categories,
        cases: cases.len() as u64,
        published_by: user.username.clone(),
        published_at,
    })
}

/// The project's published actions, the most recently done first.
pub async fn list(state: &AppState, project: &str) -> Result<Vec<Action>> {
    state
        .db
        .actions(project)
        .await?
        .into_iter()
        .map(as_action)
        .collect()
}

/// Take an action off the dashboard; audited. Answers the action as it was.
pub async fn withdraw(state: &AppState, user: &User, id: &str) -> Result<Action> {
    let action = list(state, &user.project_id)
        .await?
        .into_iter()
        .find(|a| a.id == id)
        .ok_or(Error::NotFound)?;
    if !state.db.delete_action(&user.project_id, id).await? {
        return Err(Error::NotFound);
    }
    state
        .db
        .audit(&user.username, "action-withdrawn", id)
        .await?;
    Ok(action)
}

/// What the public page shows of the project's actions, in `lang`.
pub async fn published(
    state: &AppState,
    project: &str,
    lang: &str,
    k: u32,
) -> Result<Vec<Published>> {
    let feedback = state.policy(project).await?.policy.feedback.clone();
    Ok(list(state, project)
        .await?
        .into_iter()
        .map(|a| shown(a, feedback.as_ref(), lang, k))
        .collect())
}

/// One action for the public: words in `lang` (else English, else any), category labels,
/// the count of cases only from `k` on.
fn shown(
    action: Action,
    feedback: Option<&crate::feedback::config::Feedback>,
    lang: &str,
    k: u32,
) -> Published {
    let words = action
        .texts
        .get(lang)
        .or_else(|| action.texts.get("en"))
        .or_else(|| action.texts.values().next());
    let about = action
        .categories
        .iter()
        .map(|id| {
            feedback
                .and_then(|f| f.category(id))
                .map_or_else(|| id.clone(), |c| text(&c.label, lang).to_string())
        })
        .collect();
    Published {
        date: action.date,
        title: words.map(|w| w.title.clone()).unwrap_or_default(),
        text: words.map(|w| w.text.clone()).unwrap_or_default(),
        about,
        cases: (action.cases >= u64::from(k)).then_some(action.cases),
        answers_some: action.cases > 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn action(cases: u64) -> Action {
        Action {
            id: "a".into(),
            date: "2026-11-30".into(),
            texts: [
                (
                    "en".to_string(),
                    ActionText {
                        title: "Water point repaired".into(),
                        text: "The pump at the school works again.".into(),
                    },
                ),
                (
                    "fr".to_string(),
                    ActionText {
                        title: "Point d'eau réparé".into(),
                        text: String::new(),
                    },
                ),
            ]
            .into(),
            categories: vec!["complaint".into()],
            cases,
            published_by: "steward".into(),
            published_at: "2026-12-01T00:00:00Z".into(),
        }
    }

    #[test]
    fn a_case_count_under_k_is_not_published_and_words_fall_back_to_english() {
        let few = shown(action(2), None, "ar", 5);
        assert_eq!(few.title, "Water point repaired");
        assert_eq!((few.cases, few.answers_some), (None, true));
        let many = shown(action(7), None, "fr", 5);
        assert_eq!(many.title, "Point d'eau réparé");
        assert_eq!(many.cases, Some(7));
        assert!(!shown(action(0), None, "en", 5).answers_some);
    }

    #[test]
    fn texts_and_dates_are_checked() {
        let one = |title: &str| {
            [(
                "en".to_string(),
                ActionText {
                    title: title.into(),
                    text: String::new(),
                },
            )]
            .into()
        };
        assert!(checked_texts(&BTreeMap::new()).is_err());
        assert!(checked_texts(&one("  ")).is_err());
        assert!(checked_texts(&one("two\nlines")).is_err());
        assert_eq!(
            checked_texts(&one(" Repaired ")).unwrap()["en"].title,
            "Repaired"
        );
        assert!(checked_date("2026-02-30").is_err());
        assert!(checked_date("3026-01-01").is_err(), "the future");
        assert_eq!(checked_date("2026-01-05").unwrap(), "2026-01-05");
    }
}

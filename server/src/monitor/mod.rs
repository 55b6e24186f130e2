//! The participatory audit (issue 23): a project's community monitor (role `monitor`,
//! read only) reads whether the project keeps its promises: who received which exports
//! and how many records, the withdrawals and purges carried out, how fast feedback was
//! handled, and the public dashboard. `GET /api/v1/monitor` answers it as JSON,
//! `GET /monitor` as one server-rendered page ([`page`]) for a phone at 360 px.
//!
//! No personal data: everything is read grouped (counts and dates) or from the ledger's
//! metadata; a recipient is named by role, and a partner by its organisation's account
//! (a partner account is an organisation). Feedback follows the dashboard's disclosure
//! rules: counts under k and medians of fewer than k cases hidden, sensitive categories
//! only together. A monitor reaches nothing else: every other operation refuses the role
//! (`tests/it/monitor.rs` calls each documented one).

pub mod page;

use forms::monitor::{ExportLine, HandlingLine, MonitorReport, PurgeDay, WithdrawalMonth};

use crate::AppState;
use crate::auth::User;
use crate::dashboard::config::DEFAULT_K;
use crate::dashboard::page::text;
use crate::db::{CaseTimes, now_rfc3339};
use crate::error::{Error, Result};
use crate::feedback::config::Feedback;
use crate::feedback::figures::{days_between, median, shown};
use crate::feedback::overdue_at;

/// The report of the monitor's project, labels in `lang`.
pub async fn report(state: &AppState, user: &User, lang: &str) -> Result<MonitorReport> {
    let project = user.project_id.as_str();
    let (project_name, _, _) = state.db.project(project).await?.ok_or(Error::NotFound)?;
    let policy = state.policy(project).await?;
    let k = policy.policy.dashboard.as_ref().map_or(DEFAULT_K, |d| d.k);
    let exports = state
        .db
        .ledger(project)
        .await?
        .into_iter()
        .map(|l| {
            let partner = l.role.as_deref() == Some("partner");
            ExportLine {
                date: l.at.get(..10).unwrap_or(&l.at).to_string(),
                profile: l.profile,
                recipient_role: l.role.unwrap_or_else(|| "operator".into()),
                organisation: partner.then_some(l.recipient),
                format: l.format,
                records: u64::try_from(l.records).unwrap_or(0),
                withheld: u64::try_from(l.suppressed).unwrap_or(0),
            }
        })
        .collect();
    let count = |n: i64| u64::try_from(n).unwrap_or(0);
    let withdrawals = state
        .db
        .withdrawals_by_month(project)
        .await?
        .into_iter()
        .map(|(month, purpose, everything)| WithdrawalMonth {
            month,
            purpose: count(purpose),
            everything: count(everything),
        })
        .collect();
    let purges = state
        .db
        .purges_by_day(project)
        .await?
        .into_iter()
        .map(|(date, reason, records)| PurgeDay {
            date,
            reason,
            records: count(records),
        })
        .collect();
    let (feedback, sensitive) = match &policy.policy.feedback {
        Some(f) => {
            let cases = state.db.case_handling(project).await?;
            handling(f, &cases, k, lang, time::OffsetDateTime::now_utc())
        }
        None => (Vec::new(), None),
    };
    Ok(MonitorReport {
        project: project.to_string(),
        project_name,
        generated_at: now_rfc3339(),
        k,
        dashboard: policy
            .policy
            .dashboard
            .is_some()
            .then(|| format!("/p/{project}/dashboard")),
        exports,
        withdrawals,
        purges,
        feedback,
        sensitive,
        actions: u64::try_from(state.db.actions(project).await?.len()).unwrap_or(0),
    })
}

/// The project's languages, from its current form: (code, name, right to left).
pub async fn languages(state: &AppState, project: &str) -> Result<Vec<(String, String, bool)>> {
    let Some((definition, _)) = state.db.current_bundle(project).await? else {
        return Ok(Vec::new());
    };
    let form: forms::model::Form = serde_json::from_str(&definition)?;
    Ok(form
        .languages
        .iter()
        .map(|l| (l.code.clone(), l.name.clone(), l.rtl))
        .collect())
}

/// One line of handling figures over `cases`, each count under `k` hidden and each
/// median of fewer than `k` times hidden.
fn line(
    label: String,
    cases: &[&CaseTimes],
    k: u32,
    now: time::OffsetDateTime,
    f: &Feedback,
) -> HandlingLine {
    let to_acknowledge: Vec<f64> = cases
        .iter()
        .filter_map(|c| days_between(&c.filed_at, c.acknowledged_at.as_deref()?))
        .collect();
    let to_answer: Vec<f64> = cases
        .iter()
        .filter_map(|c| days_between(&c.filed_at, c.answered_at.as_deref()?))
        .collect();
    let overdue = cases
        .iter()
        .filter(|c| overdue_at(f, &c.status, &c.filed_at, now))
        .count() as u64;
    let median_of = |times: Vec<f64>| shown(times.len() as u64, k).and_then(|_| median(times));
    HandlingLine {
        label,
        received: shown(cases.len() as u64, k),
        acknowledged: shown(to_acknowledge.len() as u64, k),
        answered: shown(to_answer.len() as u64, k),
        overdue: shown(overdue, k),
        median_days_to_acknowledge: median_of(to_acknowledge),
        median_days_to_answer: median_of(to_answer),
    }
}

/// Handling figures per ordinary category, and the sensitive ones together (the line
/// is there only when the policy has a sensitive category).
pub fn handling(
    feedback: &Feedback,
    cases: &[CaseTimes],
    k: u32,
    lang: &str,
    now: time::OffsetDateTime,
) -> (Vec<HandlingLine>, Option<HandlingLine>) {
    let mut lines = Vec::new();
    let mut sensitive = Vec::new();
    let mut any_sensitive = false;
    for category in &feedback.categories {
        let mine: Vec<&CaseTimes> = cases.iter().filter(|c| c.category == category.id).collect();
        if category.sensitive {
            any_sensitive = true;
            sensitive.extend(mine);
        } else {
            lines.push(line(
                text(&category.label, lang).to_string(),
                &mine,
                k,
                now,
                feedback,
            ));
        }
    }
    let sensitive = any_sensitive.then(|| {
        line(
            forms::i18n::tr(lang, "dashboard-feedback-confidential"),
            &sensitive,
            k,
            now,
            feedback,
        )
    });
    (lines, sensitive)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feedback::config::Category;

    fn case(
        category: &str,
        filed: &str,
        acknowledged: Option<&str>,
        answered: Option<&str>,
    ) -> CaseTimes {
        CaseTimes {
            category: category.into(),
            status: if answered.is_some() {
                "answered"
            } else if acknowledged.is_some() {
                "acknowledged"
            } else {
                "received"
            }
            .into(),
            filed_at: filed.into(),
            acknowledged_at: acknowledged.map(Into::into),
            answered_at: answered.map(Into::into),
        }
    }

    fn policy() -> Feedback {
        let category = |id: &str, sensitive: bool| Category {
            id: id.into(),
            label: [("en".to_string(), id.to_uppercase())].into(),
            icon: "question".into(),
            sensitive,
            focal_points: if sensitive {
                vec!["focal".into()]
            } else {
                Vec::new()
            },
            retention_days: 365,
        };
        Feedback {
            acknowledge_days: 7,
            answer_days: 30,
            categories: vec![
                category("question", false),
                category("idea", false),
                category("sea", true),
                category("fraud", true),
            ],
        }
    }

    #[test]
    fn counts_under_k_and_medians_of_fewer_than_k_are_hidden_and_sensitive_ones_only_together() {
        let now = time::macros::datetime!(2026-12-01 00:00 UTC);
        let mut cases = Vec::new();
        // Five questions, all acknowledged after 1 day, three answered after 2 days.
        for i in 0..5 {
            let answered = (i < 3).then_some("2026-11-03T00:00:00Z");
            cases.push(case(
                "question",
                "2026-11-01T00:00:00Z",
                Some("2026-11-02T00:00:00Z"),
                answered,
            ));
        }
        // Two ideas, never acknowledged, long overdue.
        for _ in 0..2 {
            cases.push(case("idea", "2026-01-01T00:00:00Z", None, None));
        }
        // Three SEA cases and two fraud cases: five sensitive, each category under k.
        for _ in 0..3 {
            cases.push(case(
                "sea",
                "2026-11-01T00:00:00Z",
                Some("2026-11-01T12:00:00Z"),
                Some("2026-11-05T00:00:00Z"),
            ));
        }
        for _ in 0..2 {
            cases.push(case(
                "fraud",
                "2026-11-01T00:00:00Z",
                Some("2026-11-01T12:00:00Z"),
                Some("2026-11-05T00:00:00Z"),
            ));
        }
        let (lines, sensitive) = handling(&policy(), &cases, 5, "en", now);
        assert_eq!(
            lines.len(),
            2,
            "one line per ordinary category, none for sensitive ones"
        );
        let question = &lines[0];
        assert_eq!(
            (question.received, question.acknowledged),
            (Some(5), Some(5))
        );
        assert_eq!(question.median_days_to_acknowledge, Some(1.0));
        assert_eq!(question.answered, None, "three answers, under k");
        assert_eq!(
            question.median_days_to_answer, None,
            "a median of three is hidden"
        );
        assert_eq!(question.overdue, None);
        let idea = &lines[1];
        assert_eq!(
            (idea.received, idea.overdue),
            (None, None),
            "two ideas, under k"
        );
        let sensitive = sensitive.expect("the policy has sensitive categories");
        assert_eq!(sensitive.received, Some(5), "together they reach k");
        assert_eq!(sensitive.median_days_to_acknowledge, Some(0.5));
        assert_eq!(sensitive.median_days_to_answer, Some(4.0));
        assert!(lines.iter().all(|l| l.label != "SEA" && l.label != "FRAUD"));
    }
}

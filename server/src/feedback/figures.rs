//! What the public dashboard says of feedback: per ordinary category, the cases received,
//! those answered and the median days to an answer; the sensitive categories only as one
//! total. Every count under the dashboard's k is hidden, a median of fewer than k answers
//! too, and there is no total over the categories, so a hidden count cannot be worked
//! out from the others.

use crate::dashboard::page::text;
use crate::db::Db;
use crate::error::Result;

use super::config::Feedback;

/// One ordinary category's line.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub label: String,
    pub received: Option<u64>,
    pub answered: Option<u64>,
    /// Median days from filing to the answer.
    pub median_days: Option<f64>,
}

/// The dashboard's feedback figures, in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Figures {
    pub lines: Vec<Line>,
    /// Cases in sensitive categories, all together.
    pub sensitive: Option<u64>,
}

pub(crate) fn shown(n: u64, k: u32) -> Option<u64> {
    (n >= u64::from(k)).then_some(n)
}

/// Days between two RFC 3339 times.
pub(crate) fn days_between(from: &str, to: &str) -> Option<f64> {
    let parse = |s: &str| {
        time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339).ok()
    };
    let seconds = (parse(to)? - parse(from)?).as_seconds_f64();
    Some(seconds.max(0.0) / 86_400.0)
}

pub(crate) fn median(mut values: Vec<f64>) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    Some(if values.len().is_multiple_of(2) {
        (values[mid - 1] + values[mid]) / 2.0
    } else {
        values[mid]
    })
}

/// The figures from `(category, filed_at, answered_at)` of every case of the project.
pub fn figures(
    feedback: &Feedback,
    cases: &[(String, String, Option<String>)],
    k: u32,
    lang: &str,
) -> Figures {
    let mut lines = Vec::new();
    let mut sensitive = 0u64;
    for category in &feedback.categories {
        let mine: Vec<_> = cases.iter().filter(|c| c.0 == category.id).collect();
        if category.sensitive {
            sensitive += mine.len() as u64;
            continue;
        }
        let waits: Vec<f64> = mine
            .iter()
            .filter_map(|(_, filed, answered)| days_between(filed, answered.as_deref()?))
            .collect();
        let answered = waits.len() as u64;
        lines.push(Line {
            label: text(&category.label, lang).to_string(),
            received: shown(mine.len() as u64, k),
            answered: shown(answered, k),
            median_days: shown(answered, k).and_then(|_| median(waits)),
        });
    }
    Figures {
        lines,
        sensitive: shown(sensitive, k),
    }
}

/// The figures of a project, read from the database (dates and categories only).
pub async fn of_project(
    db: &Db,
    project: &str,
    feedback: &Feedback,
    k: u32,
    lang: &str,
) -> Result<Figures> {
    Ok(figures(feedback, &db.case_times(project).await?, k, lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feedback::config::Category;

    fn category(id: &str, sensitive: bool) -> Category {
        Category {
            id: id.into(),
            label: [("en".to_string(), id.to_uppercase())].into(),
            icon: "question".into(),
            sensitive,
            focal_points: vec!["focal".into()],
            retention_days: 30,
        }
    }

    #[test]
    fn small_counts_and_their_medians_are_hidden_and_sensitive_ones_only_summed() {
        let feedback = Feedback {
            acknowledge_days: 7,
            answer_days: 30,
            categories: vec![
                category("question", false),
                category("thanks", false),
                category("sea", true),
                category("fraud", true),
            ],
        };
        let at = |d: u32| format!("2026-11-{d:02}T10:00:00Z");
        let mut cases = Vec::new();
        // Six questions, five answered after 1, 2, 3, 4 and 10 days.
        for (n, wait) in [1, 2, 3, 4, 10].iter().enumerate() {
            cases.push((
                "question".to_string(),
                at(1 + n as u32),
                Some(at(1 + n as u32 + wait)),
            ));
        }
        cases.push(("question".to_string(), at(9), None));
        // Two thanks; three sensitive cases in two categories, then a fourth and fifth.
        cases.push(("thanks".to_string(), at(2), Some(at(3))));
        cases.push(("thanks".to_string(), at(2), None));
        for c in ["sea", "sea", "fraud"] {
            cases.push((c.to_string(), at(3), None));
        }
        let figures = figures(&feedback, &cases, 5, "en");
        assert_eq!(figures.lines.len(), 2, "sensitive categories have no line");
        let question = &figures.lines[0];
        assert_eq!(question.label, "QUESTION");
        assert_eq!((question.received, question.answered), (Some(6), Some(5)));
        assert_eq!(question.median_days, Some(3.0));
        let thanks = &figures.lines[1];
        assert_eq!(
            (thanks.received, thanks.answered, thanks.median_days),
            (None, None, None)
        );
        assert_eq!(figures.sensitive, None, "three is under k");
        cases.push(("fraud".to_string(), at(4), None));
        cases.push(("sea".to_string(), at(5), None));
        assert_eq!(
            super::figures(&feedback, &cases, 5, "en").sensitive,
            Some(5)
        );
    }
}

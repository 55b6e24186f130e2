//! The `[feedback]` section of a project's policy: the categories people choose from, who
//! handles the sensitive ones, and the time limits and retention of cases. Checked with
//! the rest of the policy; every problem names where it is.

use serde::Deserialize;

use crate::dashboard::config::Texts;

/// Days to acknowledge a case when the policy does not say.
pub const DEFAULT_ACKNOWLEDGE_DAYS: u32 = 7;
/// Days to answer a case when the policy does not say.
pub const DEFAULT_ANSWER_DAYS: u32 = 30;
/// Days a closed case's details are kept when the policy does not say.
pub const DEFAULT_RETENTION_DAYS: u32 = 365;
/// The pictures the community page has for categories.
pub const ICONS: &[&str] = &[
    "question",
    "suggestion",
    "thanks",
    "problem",
    "safety",
    "fraud",
];

/// `[feedback]` as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FeedbackFile {
    acknowledge_days: Option<u32>,
    answer_days: Option<u32>,
    retention_days: Option<u32>,
    #[serde(default)]
    categories: Vec<CategoryFile>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct CategoryFile {
    id: String,
    label: Texts,
    icon: String,
    #[serde(default)]
    sensitive: bool,
    #[serde(default)]
    focal_points: Vec<String>,
    retention_days: Option<u32>,
}

/// A category of feedback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category {
    pub id: String,
    pub label: Texts,
    pub icon: String,
    /// Sexual exploitation and abuse, safeguarding, fraud…: handled only by
    /// `focal_points`, never shown to anyone else, never exported; on the dashboard only
    /// as part of a total.
    pub sensitive: bool,
    /// Account names of the people who handle this category's cases (sensitive ones).
    pub focal_points: Vec<String>,
    /// Days a closed case's details are kept.
    pub retention_days: u32,
}

/// A checked `[feedback]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    pub acknowledge_days: u32,
    pub answer_days: u32,
    pub categories: Vec<Category>,
}

impl Feedback {
    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }
}

/// Check a `[feedback]`; problems are added to `problems`.
pub(crate) fn check(file: FeedbackFile, problems: &mut Vec<String>) -> Feedback {
    let days = |name: &str, value: Option<u32>, default: u32, problems: &mut Vec<String>| {
        let value = value.unwrap_or(default);
        if !(1..=3650).contains(&value) {
            problems.push(format!("[feedback] {name}: {value}; give 1 to 3650 days"));
        }
        value
    };
    let acknowledge_days = days(
        "acknowledge_days",
        file.acknowledge_days,
        DEFAULT_ACKNOWLEDGE_DAYS,
        problems,
    );
    let answer_days = days(
        "answer_days",
        file.answer_days,
        DEFAULT_ANSWER_DAYS,
        problems,
    );
    let retention = days(
        "retention_days",
        file.retention_days,
        DEFAULT_RETENTION_DAYS,
        problems,
    );
    if file.categories.is_empty() {
        problems.push("[feedback] categories: none; name at least one".to_string());
    }
    let mut categories: Vec<Category> = Vec::new();
    for (n, c) in file.categories.into_iter().enumerate() {
        let here = format!("[[feedback.categories]] #{} (`{}`)", n + 1, c.id);
        if categories.iter().any(|k| k.id == c.id) {
            problems.push(format!("{here} id: used twice"));
        }
        if c.id.is_empty()
            || !c
                .id
                .chars()
                .all(|ch| ch.is_ascii_alphanumeric() || ch == '_')
        {
            problems.push(format!("{here} id: letters, digits and _ only"));
        }
        if c.label.is_empty() {
            problems.push(format!("{here} label: give it in the project's languages"));
        }
        if !ICONS.contains(&c.icon.as_str()) {
            problems.push(format!(
                "{here} icon: `{}`; one of {}",
                c.icon,
                ICONS.join(", ")
            ));
        }
        if c.sensitive && c.focal_points.is_empty() {
            problems.push(format!(
                "{here} focal_points: a sensitive category needs at least one named focal point \
                 (no one else may read its cases)"
            ));
        }
        let retention_days = days(
            &format!("{here} retention_days"),
            c.retention_days,
            retention,
            problems,
        );
        categories.push(Category {
            id: c.id,
            label: c.label,
            icon: c.icon,
            sensitive: c.sensitive,
            focal_points: c.focal_points,
            retention_days,
        });
    }
    Feedback {
        acknowledge_days,
        answer_days,
        categories,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checked(toml_text: &str) -> (Feedback, Vec<String>) {
        let file: FeedbackFile = toml::from_str(toml_text).expect("parses");
        let mut problems = Vec::new();
        (check(file, &mut problems), problems)
    }

    #[test]
    fn a_sensitive_category_without_a_focal_point_is_refused_by_name() {
        let (_, problems) = checked(
            r#"
            [[categories]]
            id = "sea"
            icon = "safety"
            sensitive = true
            label = { en = "Abuse" }
            "#,
        );
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("`sea`") && problems[0].contains("focal_points"));
    }

    #[test]
    fn defaults_unknown_icons_and_repeated_ids() {
        let (feedback, problems) = checked(
            r#"
            [[categories]]
            id = "question"
            icon = "question"
            label = { en = "A question" }
            [[categories]]
            id = "question"
            icon = "bell"
            label = { en = "Again" }
            "#,
        );
        assert_eq!(feedback.acknowledge_days, DEFAULT_ACKNOWLEDGE_DAYS);
        assert_eq!(
            feedback.categories[0].retention_days,
            DEFAULT_RETENTION_DAYS
        );
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("used twice")));
        assert!(problems.iter().any(|p| p.contains("`bell`")));
        let (_, problems) = checked("categories = []");
        assert!(problems[0].contains("at least one"));
    }
}

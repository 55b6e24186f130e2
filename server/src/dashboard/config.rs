//! The `[dashboard]` section of a project's policy: what the public page counts and how it
//! is protected. Checked with the rest of the policy; every problem names where it is.

use std::collections::BTreeMap;

use forms::consent::ConsentTemplate;
use forms::model::{CompiledForm, Kind};
use serde::Deserialize;

/// The k of the dashboard when the policy does not say.
pub const DEFAULT_K: u32 = 5;
/// The k a policy may choose.
pub const K_RANGE: std::ops::RangeInclusive<u32> = 3..=10;

/// Text in each of the project's languages, by language code.
pub type Texts = BTreeMap<String, String>;

/// `[dashboard]` as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DashboardFile {
    purpose: String,
    k: Option<u32>,
    area: String,
    /// The areas, for an area question typed by hand (a select's are its choices).
    areas: Option<Vec<String>>,
    rounding: Option<u32>,
    #[serde(default)]
    title: Texts,
    #[serde(default)]
    indicators: Vec<IndicatorFile>,
    #[serde(default)]
    actions: Vec<Action>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct IndicatorFile {
    id: String,
    label: Texts,
    question: String,
    counts: Vec<String>,
}

/// An action the project published in response.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// `YYYY-MM-DD`.
    pub date: String,
    pub text: Texts,
}

/// An indicator: the share of records answering `question` with one of `counts`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Indicator {
    pub id: String,
    pub label: Texts,
    pub question: String,
    pub counts: Vec<String>,
}

/// A checked `[dashboard]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dashboard {
    /// Only records whose consent covers this purpose are counted.
    pub purpose: String,
    pub k: u32,
    /// The question that names a record's area.
    pub area: String,
    /// For an area question typed by hand: its areas, as written in the policy.
    pub areas: Option<Vec<String>>,
    pub rounding: Option<u32>,
    pub title: Texts,
    pub indicators: Vec<Indicator>,
    pub actions: Vec<Action>,
}

/// Check a `[dashboard]`, against the form and template when given; problems are added
/// to `problems`.
pub(crate) fn check(
    file: DashboardFile,
    against: Option<(&CompiledForm, &ConsentTemplate)>,
    problems: &mut Vec<String>,
) -> Dashboard {
    let mut problem = |text: String| problems.push(text);
    if let Some((_, template)) = against
        && !template.purposes.iter().any(|p| p.id == file.purpose)
    {
        let known: Vec<&str> = template.purposes.iter().map(|p| p.id.as_str()).collect();
        problem(format!(
            "[dashboard] purpose: the consent template has no purpose `{}` (it has: {})",
            file.purpose,
            known.join(", ")
        ));
    }
    let k = file.k.unwrap_or(DEFAULT_K);
    if !K_RANGE.contains(&k) {
        problem(format!(
            "[dashboard] k: {k} is outside {}..={} (every published count counts at least k records)",
            K_RANGE.start(),
            K_RANGE.end()
        ));
    }
    if let Some(r) = file.rounding
        && !(2..=100).contains(&r)
    {
        problem(format!(
            "[dashboard] rounding: {r}; round to a base from 2 to 100, or leave it out"
        ));
    }
    if let Some((form, _)) = against {
        match form.node(&file.area).map(|n| &n.kind) {
            None => problem(format!(
                "[dashboard] area: `{}` is not a question of form `{}`",
                file.area, form.form.id
            )),
            Some(Kind::SelectOne { .. }) if file.areas.is_some() => problem(
                "[dashboard] areas: the area question is a select; its choices are the areas"
                    .to_string(),
            ),
            Some(Kind::SelectOne { .. }) => {}
            Some(Kind::Text) if file.areas.as_ref().is_none_or(Vec::is_empty) => problem(format!(
                "[dashboard] areas: `{}` is typed by hand; list the areas the page shows \
                 (others are counted under \"other areas\")",
                file.area
            )),
            Some(Kind::Text) => {}
            Some(_) => problem(format!(
                "[dashboard] area: `{}` is neither a select_one nor a text question",
                file.area
            )),
        }
    }
    let mut ids = Vec::new();
    for (n, indicator) in file.indicators.iter().enumerate() {
        let here = format!("[[dashboard.indicators]] #{} (`{}`)", n + 1, indicator.id);
        if ids.contains(&indicator.id) {
            problem(format!("{here} id: used twice"));
        }
        ids.push(indicator.id.clone());
        if indicator.label.is_empty() {
            problem(format!("{here} label: give a label per language"));
        }
        if indicator.counts.is_empty() {
            problem(format!("{here} counts: name the answers that count"));
        }
        if let Some((form, _)) = against {
            match form.node(&indicator.question).map(|n| n.kind.clone()) {
                None => problem(format!(
                    "{here} question: `{}` is not a question of form `{}`",
                    indicator.question, form.form.id
                )),
                Some(Kind::SelectOne { list } | Kind::SelectMultiple { list }) => {
                    let choices = form.choices(&list);
                    for value in &indicator.counts {
                        if !choices.iter().any(|c| &c.name == value) {
                            problem(format!(
                                "{here} counts: `{value}` is not a choice of `{}` (it has: {})",
                                indicator.question,
                                choices
                                    .iter()
                                    .map(|c| c.name.as_str())
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ));
                        }
                    }
                }
                Some(_) => problem(format!(
                    "{here} question: `{}` is not a select_one or select_multiple",
                    indicator.question
                )),
            }
        }
    }
    for (n, action) in file.actions.iter().enumerate() {
        let here = format!("[[dashboard.actions]] #{}", n + 1);
        if !is_date(&action.date) {
            problem(format!(
                "{here} date: `{}` is not a date (YYYY-MM-DD)",
                action.date
            ));
        }
        if action.text.is_empty() {
            problem(format!("{here} text: give the text per language"));
        }
    }
    Dashboard {
        purpose: file.purpose,
        k,
        area: file.area,
        areas: file.areas,
        rounding: file.rounding,
        title: file.title,
        indicators: file
            .indicators
            .into_iter()
            .map(|i| Indicator {
                id: i.id,
                label: i.label,
                question: i.question,
                counts: i.counts,
            })
            .collect(),
        actions: file.actions,
    }
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=12).contains(&s[5..7].parse::<u32>().unwrap_or(0))
        && (1..=31).contains(&s[8..10].parse::<u32>().unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use crate::policy::Policy;

    fn parse(dashboard: &str) -> Result<Policy, Vec<String>> {
        let form = forms::demo::household_form().compile().unwrap();
        let source = format!("project = \"demo\"\n{dashboard}");
        Policy::parse(&source, &form, &forms::demo::household_consent(), &[]).map_err(|e| e.0)
    }

    #[test]
    fn the_demo_policy_has_a_dashboard() {
        let (policy, _) = crate::policy::demo_policy();
        let dashboard = policy.dashboard.expect("the demo has a dashboard");
        assert_eq!(dashboard.k, 5);
        assert_eq!(dashboard.purpose, "needs_assessment");
        assert!(!dashboard.indicators.is_empty());
    }

    #[test]
    fn no_dashboard_section_is_no_dashboard() {
        assert_eq!(parse("").unwrap().dashboard, None);
    }

    #[test]
    fn every_dashboard_problem_says_where() {
        let problems = parse(
            r#"
[dashboard]
purpose = "marketing"
k = 2
area = "household_size"
rounding = 1
[[dashboard.indicators]]
id = "damage"
label = { en = "Damaged" }
question = "shelter_damage"
counts = ["partial", "flattened"]
[[dashboard.indicators]]
id = "damage"
label = {}
question = "nowhere"
counts = []
[[dashboard.actions]]
date = "2026-13-01"
text = { en = "Water trucks" }
"#,
        )
        .unwrap_err();
        let all = problems.join("\n");
        for expected in [
            "[dashboard] purpose: the consent template has no purpose `marketing`",
            "[dashboard] k: 2 is outside 3..=10",
            "[dashboard] rounding: 1",
            "[dashboard] area: `household_size` is neither a select_one nor a text question",
            "[[dashboard.indicators]] #1 (`damage`) counts: `flattened` is not a choice of `shelter_damage`",
            "[[dashboard.indicators]] #2 (`damage`) id: used twice",
            "[[dashboard.indicators]] #2 (`damage`) label: give a label per language",
            "[[dashboard.indicators]] #2 (`damage`) counts: name the answers that count",
            "[[dashboard.indicators]] #2 (`damage`) question: `nowhere` is not a question",
            "[[dashboard.actions]] #1 date: `2026-13-01` is not a date",
        ] {
            assert!(all.contains(expected), "missing {expected:?} in:\n{all}");
        }
        assert_eq!(problems.len(), 10, "{all}");
    }

    #[test]
    fn a_typed_area_needs_its_list_of_areas() {
        let problems =
            parse("[dashboard]\npurpose = \"needs_assessment\"\narea = \"admin_area\"\n")
                .unwrap_err();
        assert!(
            problems[0].starts_with("[dashboard] areas:"),
            "{problems:?}"
        );
    }
}

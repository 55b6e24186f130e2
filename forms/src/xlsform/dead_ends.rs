//! Questions no answer can pass: a `select_one` whose constraint reads nothing but its own
//! answer and holds for none of its choices (a real Yemeni key-informant tool asks consent
//! with `.='1'` over the choices `yes` and `no`). Collect and Sauti alike would stop the
//! enumerator there for good, so the import says so while the author can still mend it.

use std::collections::BTreeMap;

use crate::model::{CompiledForm, Kind};
use crate::validate::holds_alone;

/// Any fixed day: a constraint that reads only its own answer does not depend on it
/// unless it reads the clock, and then a day is as good as another for this check.
const A_DAY: &str = "2026-01-01";

/// A warning for each select-one question whose constraint no choice meets, with the
/// survey row `rows` gives for it.
pub(super) fn unanswerable(
    form: &CompiledForm,
    rows: &BTreeMap<String, usize>,
    sheet: &str,
) -> Vec<String> {
    let mut warnings = Vec::new();
    for (node, _) in form.walk() {
        let Kind::SelectOne { list } = &node.kind else {
            continue;
        };
        let Some(constraint) = form.exprs(&node.name).and_then(|e| e.constraint.as_ref()) else {
            continue;
        };
        let choices = form.choices(list);
        if choices.is_empty() || !constraint.references().is_empty() {
            continue;
        }
        if choices
            .iter()
            .any(|c| holds_alone(form, &node.name, constraint, &c.name, A_DAY))
        {
            continue;
        }
        let row = rows
            .get(&node.name)
            .map_or(String::new(), |r| format!(", row {r}"));
        let names: Vec<&str> = choices.iter().take(5).map(|c| c.name.as_str()).collect();
        warnings.push(format!(
            "{sheet} sheet{row}, column constraint: `{}` holds for none of the choices of `{list}` ({}{}): no answer to `{}` can be saved, in Collect as in Sauti",
            node.constraint.as_deref().unwrap_or_default(),
            names.join(", "),
            if choices.len() > names.len() { ", …" } else { "" },
            node.name,
        ));
    }
    warnings
}

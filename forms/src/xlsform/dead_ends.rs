//! Questions no answer can pass: a `select_one` whose constraint reads nothing but its own
//! answer and holds for none of its choices (a real Yemeni key-informant tool asks consent
//! with `.='1'` over the choices `yes` and `no`). Collect and Sauti alike refuse every
//! choice there (a required question stops the interview), so the import says so while
//! the author can still mend it.
//!
//! Likewise a required select whose cascade leaves it no choice for some answers of the
//! question it follows (a Somali endline tool: 19 of 43 districts have no settlement, and
//! settlement is required): an enumerator in those districts cannot go on, in Collect as in
//! Sauti.

use std::collections::{BTreeMap, BTreeSet};

use crate::expr::{BinOp, Expr, Function};
use crate::model::{CompiledForm, Kind};
use crate::validate::holds_alone;

/// Any fixed day: the constraints judged here do not read the clock.
const A_DAY: &str = "2026-01-01";

/// Past this many choices a list is not tried one by one (an admin list of 20,000
/// villages would cost an import seconds for a warning).
const MOST_CHOICES: usize = 1_000;

/// Whether `constraint` says the same of a value whatever else the interview holds: it
/// reads no other question, no clock, no instance position, no list or file.
fn reads_only_its_answer(constraint: &Expr, own: &str) -> bool {
    let mut plain = constraint.references().iter().all(|r| *r == own);
    constraint.walk(&mut |e| match e {
        Expr::Parent | Expr::Lookup { .. } => plain = false,
        Expr::Call(f, _)
            if f.is_volatile()
                || matches!(f, Function::Today | Function::Pulldata | Function::Position) =>
        {
            plain = false
        }
        _ => {}
    });
    plain
}

/// Where a warning about `name` points (`, row 12`), or `None` when its row was warned
/// of already (a `begin loop` repeats its questions, each copy from the same row).
fn once_per_row(
    rows: &BTreeMap<String, usize>,
    name: &str,
    warned: &mut BTreeSet<usize>,
) -> Option<String> {
    match rows.get(name) {
        Some(r) if !warned.insert(*r) => None,
        Some(r) => Some(format!(", row {r}")),
        None => Some(String::new()),
    }
}

/// A warning for each select-one question whose constraint no choice meets, with the
/// survey row `rows` gives for it (once per row: a `begin loop` repeats its questions).
pub(super) fn unanswerable(
    form: &CompiledForm,
    rows: &BTreeMap<String, usize>,
    sheet: &str,
) -> Vec<String> {
    let mut warnings = Vec::new();
    let mut warned_rows = BTreeSet::new();
    for (node, _) in form.walk() {
        let Kind::SelectOne { list } = &node.kind else {
            continue;
        };
        let Some(constraint) = form.exprs(&node.name).and_then(|e| e.constraint.as_ref()) else {
            continue;
        };
        let choices = form.choices(list);
        if choices.is_empty()
            || choices.len() > MOST_CHOICES
            || !reads_only_its_answer(constraint, &node.name)
            || choices
                .iter()
                .any(|c| holds_alone(form, &node.name, constraint, &c.name, A_DAY))
        {
            continue;
        }
        let Some(at) = once_per_row(rows, &node.name, &mut warned_rows) else {
            continue;
        };
        let names: Vec<&str> = choices.iter().take(5).map(|c| c.name.as_str()).collect();
        warnings.push(format!(
            "{sheet} sheet{}, column constraint: `{}` holds for none of the choices of `{}` ({}{}): no answer to `{}` can be saved, in Collect as in Sauti",
            at,
            node.constraint.as_deref().unwrap_or_default(),
            // A list searched in a file is keyed `list~file` inside Sauti.
            list.split('~').next().unwrap_or(list),
            names.join(", "),
            if choices.len() > names.len() { ", …" } else { "" },
            node.name,
        ));
    }
    warnings
}

/// At most this many answers are named in a cascade's warning.
const NAMED: usize = 5;

/// The column and question of a cascade's filter written `column = ${question}` (either
/// way round); any other filter is not judged.
fn column_equals_answer(filter: &Expr) -> Option<(&str, &str)> {
    let Expr::Chain(first, rest) = filter else {
        return None;
    };
    match (first.as_ref(), rest.as_slice()) {
        (Expr::Name(column), [(BinOp::Eq, Expr::Ref(question))])
        | (Expr::Ref(question), [(BinOp::Eq, Expr::Name(column))]) => {
            Some((column.as_str(), question.as_str()))
        }
        _ => None,
    }
}

/// A warning for each required select (always required, not by an expression) whose
/// filter `column = ${question}`, over a `select_one` question, leaves no choice for some
/// of that question's choices.
pub(super) fn empty_cascades(
    form: &CompiledForm,
    rows: &BTreeMap<String, usize>,
    sheet: &str,
) -> Vec<String> {
    let mut warnings = Vec::new();
    let mut warned_rows = BTreeSet::new();
    for (node, location) in form.walk() {
        let (Kind::SelectOne { list } | Kind::SelectMultiple { list }) = &node.kind else {
            continue;
        };
        if !node.required {
            continue;
        }
        let Some((column, question)) = form
            .exprs(&node.name)
            .and_then(|e| e.choice_filter.as_ref())
            .and_then(column_equals_answer)
        else {
            continue;
        };
        let Some(Kind::SelectOne { list: followed }) = form.node(question).map(|q| &q.kind) else {
            continue;
        };
        // Asked only for some answers (`${district} != 'x'` on it or a group around it):
        // the author may have left out exactly those without choices.
        if asked_by(form, &location.path, question) {
            continue;
        }
        let offered: BTreeSet<&str> = form
            .choices(list)
            .iter()
            .filter_map(|c| match column {
                "name" => Some(c.name.as_str()),
                _ => c.attributes.get(column).map(String::as_str),
            })
            .collect();
        let answers = form.choices(followed);
        let stranded: Vec<&str> = answers
            .iter()
            .map(|c| c.name.as_str())
            // `or_other`'s choice: its text is typed, not chosen in a cascade.
            .filter(|a| !offered.contains(a) && *a != "other")
            .collect();
        if stranded.is_empty() || offered.is_empty() {
            // A column no choice has is a filter of another kind (a CSV read on the phone).
            continue;
        }
        let Some(at) = once_per_row(rows, &node.name, &mut warned_rows) else {
            continue;
        };
        let named: Vec<String> = stranded
            .iter()
            .take(NAMED)
            .map(|a| format!("`{a}`"))
            .collect();
        warnings.push(format!(
            "{sheet} sheet{}, column choice_filter: `{}` is required, but its list offers no choice when `{question}` is {}{} ({} of the {} choices of `{question}`): an enumerator who answers that cannot go on, in Collect as in Sauti; add their choices, or make `{}` not required",
            at,
            node.name,
            named.join(", "),
            if stranded.len() > named.len() { ", …" } else { "" },
            stranded.len(),
            answers.iter().filter(|c| c.name != "other").count(),
            node.name,
        ));
    }
    warnings
}

/// Whether the node at `path` or a group around it is relevant by what `question` holds.
fn asked_by(form: &CompiledForm, path: &[usize], question: &str) -> bool {
    let mut nodes = &form.form.body[..];
    for &i in path {
        let Some(node) = nodes.get(i) else {
            return false;
        };
        let reads = form
            .exprs(&node.name)
            .and_then(|e| e.relevant.as_ref())
            .is_some_and(|r| r.references().contains(&question));
        if reads {
            return true;
        }
        nodes = &node.children;
    }
    false
}

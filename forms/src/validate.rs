//! Answers checked against their form: the same rules on the phone (before save) and on the
//! server (before store), so a record the client accepted is never refused for a different
//! reason, and a record the server stores has been checked by the server itself.
//!
//! The server passes as `today` the calendar day on the phone at save time
//! (`Submission::saved_on`), so a constraint on `today()` gives the same verdict on both
//! sides.

use serde::{Deserialize, Serialize};

use crate::dates::parse_date;
use crate::expr::parse_number;
use crate::model::{self, Answer, Answers, CompiledForm, Instance, Kind, Node, Step};

mod context;
mod settle;

#[cfg(test)]
mod tests;

pub use context::Context;
pub use settle::{MAX_REPEAT_COUNT, settle, settle_after, settle_answer, settle_correction};

/// Why one answer is not acceptable. The client turns the code into a message in the
/// interview language (for `Constraint`, the form's own constraint message).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Problem {
    Required,
    Constraint,
    NotAnInteger,
    NotANumber,
    NotADate,
    NotATime,
    NotAGeopoint,
    /// A line with fewer than two points, or a point that is not a geopoint.
    NotAGeotrace,
    /// An area with fewer than three points, not closed on its first, or a point that is
    /// not a geopoint.
    NotAGeoshape,
    UnknownChoice,
    UnknownField,
    NotRelevant,
    CalculationMismatch,
    WrongShape,
    /// Not a file of the kind the question asks for (a photo, a recording…).
    WrongAttachment,
    /// A file over [`crate::attachment::MAX_BYTES`].
    AttachmentTooLarge,
    /// A number off a `range` question's scale: below its start, past its end, or between
    /// two steps.
    OffTheScale,
    /// A `rank` answer that leaves out, or repeats, one of the choices offered.
    NotRanked,
}

impl Problem {
    /// Fluent message id for this problem.
    pub fn message_id(self) -> &'static str {
        match self {
            Problem::Required => "field-required",
            Problem::Constraint => "field-constraint",
            Problem::NotAnInteger => "field-not-integer",
            Problem::NotANumber => "field-not-number",
            Problem::NotADate => "field-not-date",
            Problem::NotATime => "field-not-time",
            Problem::NotAGeopoint => "field-not-geopoint",
            Problem::NotAGeotrace => "field-not-geotrace",
            Problem::NotAGeoshape => "field-not-geoshape",
            Problem::UnknownChoice => "field-unknown-choice",
            Problem::UnknownField => "field-unknown",
            Problem::NotRelevant => "field-not-relevant",
            Problem::CalculationMismatch => "field-calculation",
            Problem::WrongShape => "field-wrong-shape",
            Problem::WrongAttachment => "field-wrong-attachment",
            Problem::AttachmentTooLarge => "field-attachment-too-large",
            Problem::OffTheScale => "field-off-the-scale",
            Problem::NotRanked => "field-not-ranked",
        }
    }
}

/// One problem with one answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// Where the answer is: `member_age`, or `members[2]/member_age` (1-based) in a repeat.
    pub path: String,
    /// The question's name.
    pub name: String,
    pub problem: Problem,
}

/// Every problem with a set of answers, in document order. Empty means acceptable.
pub fn validate(form: &CompiledForm, answers: &Answers, today: &str) -> Vec<FieldError> {
    let ctx = Context {
        form,
        answers,
        today,
    };
    let mut errors = Vec::new();
    check_nodes(&ctx, &form.form.body, answers, &[], &mut errors);
    check_unknown(&form.form.body, answers, &[], &mut errors);
    errors
}

fn check_unknown(
    nodes: &[Node],
    map: &Answers,
    instance: Instance<'_>,
    errors: &mut Vec<FieldError>,
) {
    fn known(nodes: &[Node], name: &str) -> bool {
        nodes
            .iter()
            .any(|n| n.name == name || (n.kind == Kind::Group && known(&n.children, name)))
    }
    for key in map.keys() {
        if !known(nodes, key) {
            errors.push(FieldError {
                path: model::answer_path(key, instance),
                name: key.clone(),
                problem: Problem::UnknownField,
            });
        }
    }
}

fn has_any(node: &Node, map: &Answers) -> bool {
    map.contains_key(&node.name)
        || (node.kind == Kind::Group && node.children.iter().any(|c| has_any(c, map)))
}

fn check_nodes<'a>(
    ctx: &Context<'a>,
    nodes: &'a [Node],
    map: &Answers,
    instance: Instance<'_>,
    errors: &mut Vec<FieldError>,
) {
    for node in nodes {
        // The path is only spelled out for a problem: most answers have none.
        let mut report = |problem| {
            errors.push(FieldError {
                path: model::answer_path(&node.name, instance),
                name: node.name.clone(),
                problem,
            })
        };
        if !ctx.self_relevant(node, instance) {
            if has_any(node, map) {
                report(Problem::NotRelevant);
            }
            continue;
        }
        let value = map.get(&node.name);
        match &node.kind {
            Kind::Group => check_nodes(ctx, &node.children, map, instance, errors),
            Kind::Repeat => match value {
                None => {
                    if ctx.is_required(node, instance) {
                        report(Problem::Required);
                    }
                }
                Some(Answer::Value(_)) => report(Problem::WrongShape),
                Some(Answer::Repeat(items)) => {
                    if items.is_empty() && ctx.is_required(node, instance) {
                        report(Problem::Required);
                    }
                    for (i, item) in items.iter().enumerate() {
                        let mut at: Vec<Step> = instance.to_vec();
                        at.push((node.name.clone(), i));
                        check_nodes(ctx, &node.children, item, &at, errors);
                        check_unknown(&node.children, item, &at, errors);
                    }
                }
            },
            Kind::Note => {
                if value.is_some() {
                    report(Problem::UnknownField);
                }
            }
            Kind::Calculate => {
                let stored = match value {
                    Some(Answer::Value(v)) => v.as_str(),
                    Some(Answer::Repeat(_)) => {
                        report(Problem::WrongShape);
                        continue;
                    }
                    None => "",
                };
                // A calculate with only a default keeps the value it was given.
                let kept = node.calculation.is_none() || phones_to_keep(ctx, node);
                if !kept && !same_calculation(stored, &ctx.calculate(node, instance)) {
                    report(Problem::CalculationMismatch);
                }
            }
            kind => {
                let text = match value {
                    Some(Answer::Value(v)) => v.as_str(),
                    Some(Answer::Repeat(_)) => {
                        report(Problem::WrongShape);
                        continue;
                    }
                    None => "",
                };
                if let Some(held) = held_calculation(ctx, node, instance)
                    && !same_calculation(text, &held)
                {
                    report(Problem::CalculationMismatch);
                    continue;
                }
                if text.trim().is_empty() {
                    if ctx.is_required(node, instance) {
                        report(Problem::Required);
                    }
                    continue;
                }
                if let Some(problem) = type_problem(ctx.form, kind, text) {
                    report(problem);
                    continue;
                }
                // A `choice_filter` on a question without choices (a text, as in HOT's
                // OpenStreetMap forms) filters nothing: ODK ignores it.
                if kind.choice_list().is_some()
                    && (node.choice_filter.is_some() || kind.repeat_source().is_some())
                    && !chosen(kind, text)
                        .into_iter()
                        .all(|v| ctx.offers(node, instance, v))
                {
                    report(Problem::UnknownChoice);
                    continue;
                }
                if matches!(kind, Kind::Rank { .. }) {
                    // Every choice offered, each once, in some order.
                    let mut ranked: Vec<&str> = text.split_whitespace().collect();
                    let count = ranked.len();
                    ranked.sort_unstable();
                    ranked.dedup();
                    if ranked.len() != count || count != ctx.visible_indices(node, instance).len() {
                        report(Problem::NotRanked);
                        continue;
                    }
                }
                if !ctx.constraint_holds(node, instance) {
                    report(Problem::Constraint);
                }
            }
        }
    }
}

/// What a read-only question with a calculation must hold (a serial from `position(..)`,
/// a total shown to the enumerator): the value settling gives it, of its type
/// (`settle::decide`). `None` where the phone's value stands: an editable question the
/// enumerator may correct, a volatile or triggered calculation, one reading `today()`, a
/// select whose filter decides its value instead.
fn held_calculation(ctx: &Context<'_>, node: &Node, instance: Instance<'_>) -> Option<String> {
    let kind = &node.kind;
    if !node.read_only || node.calculation.is_none() || !kind.takes_input() {
        return None;
    }
    if settle::filter_decides(node) || phones_to_keep(ctx, node) {
        return None;
    }
    Some(settle::of_kind(kind, ctx.calculate(node, instance)))
}

/// Whether a calculated value is the phone's to keep, not worked out again here: a
/// volatile one (`random()`, `now()`, `once()`, a last-saved value), one set off by a
/// `trigger`, or one reading `today()`, which is the day the screen opened on the phone
/// and the day of saving here (an interview across midnight must not be refused for a
/// date the enumerator cannot change). What reads such a value is still checked, from
/// the value the phone kept.
fn phones_to_keep(ctx: &Context<'_>, node: &Node) -> bool {
    let volatile = ctx
        .form
        .location(&node.name)
        .is_some_and(|l| ctx.form.graph().is_volatile(l.id));
    volatile
        || ctx
            .form
            .exprs(&node.name)
            .is_some_and(|e| !e.trigger.is_empty())
        || settle::reads_today(ctx.form, &node.name)
}

/// Whether a value has the shape its question type asks for.
pub fn type_problem(form: &CompiledForm, kind: &Kind, text: &str) -> Option<Problem> {
    let number = parse_number(text);
    match kind {
        Kind::Integer if number.is_nan() || number.fract() != 0.0 || text.contains('.') => {
            Some(Problem::NotAnInteger)
        }
        Kind::Decimal if number.is_nan() => Some(Problem::NotANumber),
        Kind::Date if parse_date(text).is_none() => Some(Problem::NotADate),
        Kind::Time if !is_time(text) => Some(Problem::NotATime),
        Kind::DateTime => {
            let ok = text
                .split_once('T')
                .is_some_and(|(date, time)| parse_date(date).is_some() && is_time(time));
            (!ok).then_some(Problem::NotADate)
        }
        Kind::Geopoint if crate::geo::Point::parse(text).is_none() => Some(Problem::NotAGeopoint),
        Kind::Geotrace if crate::geo::check_trace(text).is_err() => Some(Problem::NotAGeotrace),
        Kind::Geoshape if crate::geo::check_shape(text).is_err() => Some(Problem::NotAGeoshape),
        Kind::Acknowledge if text != "OK" => Some(Problem::UnknownChoice),
        Kind::Media { media } => match crate::attachment::check(media, text) {
            Ok(()) => None,
            Err(crate::attachment::Refusal::TooLarge) => Some(Problem::AttachmentTooLarge),
            Err(_) => Some(Problem::WrongAttachment),
        },
        // Checked against the answers it offers, by the caller.
        _ if kind.repeat_source().is_some() => None,
        Kind::SelectOne { list } => {
            let known = form.choices(list).iter().any(|c| c.name == text);
            (!known).then_some(Problem::UnknownChoice)
        }
        Kind::SelectMultiple { list } | Kind::Rank { list } => {
            let choices = form.choices(list);
            let all_known = text
                .split_whitespace()
                .all(|v| choices.iter().any(|c| c.name == v));
            (!all_known).then_some(Problem::UnknownChoice)
        }
        Kind::Range { start, end, step } => {
            if number.is_nan() {
                return Some(Problem::NotANumber);
            }
            (!on_scale(number, *start, *end, *step)).then_some(Problem::OffTheScale)
        }
        _ => None,
    }
}

/// The lowest and highest values a range offers: its ends, or, when its ends are not a
/// whole number of steps apart (`start=1 end=50 step=4`), its start and the last whole
/// step before the far end (1 and 49). ODK Collect disables such a question; a web form's
/// slider offers these values, and so does Sauti (the importer warns).
pub fn scale_bounds(start: f64, end: f64, step: f64) -> (f64, f64) {
    let steps = ((end - start) / step).abs();
    let whole = (steps + 1e-6).floor();
    let far = start + (end - start).signum() * whole * step.abs();
    let far = (far * 1e9).round() / 1e9;
    if start <= end {
        (start, far)
    } else {
        (far, start)
    }
}

/// Whether `n` is one of the values a range offers: between its ends (either may be the
/// larger), a whole number of steps from its start (to a millionth of a step, so `0.3` on
/// a scale of tenths is on it).
pub fn on_scale(n: f64, start: f64, end: f64, step: f64) -> bool {
    let (low, high) = if start <= end {
        (start, end)
    } else {
        (end, start)
    };
    if !(low..=high).contains(&n) {
        return false;
    }
    let steps = (n - start) / step.abs();
    (steps - steps.round()).abs() < 1e-6
}

/// `HH:MM`, `HH:MM:SS` or `HH:MM:SS.sss`, optionally with `Z` or an offset.
fn is_time(text: &str) -> bool {
    let body = text
        .strip_suffix('Z')
        .or_else(|| {
            let at = text.rfind(['+', '-'])?;
            (at >= 5).then(|| &text[..at])
        })
        .unwrap_or(text);
    let mut parts = body.split(':');
    let number = |p: Option<&str>, max: f64| {
        p.and_then(crate::num::parse_decimal)
            .is_some_and(|n| (0.0..max).contains(&n))
    };
    let (h, m, s) = (parts.next(), parts.next(), parts.next());
    let two_digits = |p: Option<&str>| p.is_some_and(|p| p.len() == 2);
    two_digits(h)
        && two_digits(m)
        && number(h, 24.0)
        && number(m, 60.0)
        && (s.is_none() || number(s, 61.0))
        && parts.next().is_none()
}

/// The chosen values of a select answer: a select_one's whole answer (a member's name
/// chosen from a repeat may hold spaces), a select_multiple's or rank's words.
fn chosen<'v>(kind: &Kind, answer: &'v str) -> Vec<&'v str> {
    match kind {
        Kind::SelectOne { .. } => Some(answer.trim())
            .filter(|a| !a.is_empty())
            .into_iter()
            .collect(),
        _ => answer.split_whitespace().collect(),
    }
}

/// Whether a calculation's stored value is the one worked out again: the same text, or
/// the same date-time on the same wall clock written with another offset. `date-time()`
/// writes the clock with the offset of `now()`, which the phone read when it worked the
/// value out and the server reads from the record's `saved_at`: they differ across a
/// daylight-saving change, and a phone on a client from before 2026-12-06 wrote `Z`. A
/// record must not be refused for what its enumerator cannot change.
fn same_calculation(stored: &str, computed: &str) -> bool {
    if stored == computed {
        return true;
    }
    stored.contains('T')
        && computed.contains('T')
        && matches!(
            (crate::dates::to_days(stored), crate::dates::to_days(computed)),
            (Some(a), Some(b)) if a == b
        )
}

/// Whether `expr` holds with the question `name` answered `value` and every other question
/// unanswered (inside its repeats, as their first instance): what a constraint that reads
/// only its own answer says of one value. The importer asks it of each choice to find a
/// question no answer passes; the corpus walk, of the values it may type.
pub fn holds_alone(
    form: &CompiledForm,
    name: &str,
    expr: &crate::expr::Expr,
    value: &str,
    today: &str,
) -> bool {
    let Some(location) = form.location(name) else {
        return false;
    };
    let mut answers = Answers::from([(name.to_string(), Answer::Value(value.to_string()))]);
    for repeat in location.repeats.iter().rev() {
        answers = Answers::from([(repeat.clone(), Answer::Repeat(vec![answers]))]);
    }
    let instance: Vec<Step> = location.repeats.iter().map(|r| (r.clone(), 0)).collect();
    crate::expr::Scope {
        form,
        answers: &answers,
        instance: &instance,
        current: Some(name),
        today,
        choice: None,
        last_saved: None,
        lang: "",
    }
    .eval(expr)
    .as_bool()
}

//! Answers checked against their form: the same rules on the phone (before save) and on the
//! server (before store), so a record the client accepted is never refused for a different
//! reason, and a record the server stores has been checked by the server itself.

use serde::{Deserialize, Serialize};

use crate::dates::parse_date;
use crate::expr::{Scope, parse_number};
use crate::model::{self, Answer, Answers, Choice, CompiledForm, Instance, Kind, Node, Step};

/// Why one answer is not acceptable. The client turns the code into a message in the
/// interview language (for `Constraint`, the form's own constraint message).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Problem {
    Required,
    Constraint,
    NotAnInteger,
    NotANumber,
    NotADate,
    NotATime,
    NotAGeopoint,
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
pub struct FieldError {
    /// Where the answer is: `member_age`, or `members[2]/member_age` (1-based) in a repeat.
    pub path: String,
    /// The question's name.
    pub name: String,
    pub problem: Problem,
}

/// The context expressions are evaluated in: which answers, and which day is "today".
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub form: &'a CompiledForm,
    pub answers: &'a Answers,
    pub today: &'a str,
}

impl<'a> Context<'a> {
    fn scope<'s>(&'s self, instance: Instance<'s>, current: &'s str) -> Scope<'s> {
        Scope {
            form: self.form,
            answers: self.answers,
            instance,
            current: Some(current),
            today: self.today,
            choice: None,
        }
    }

    /// The choices a select question offers now: all of its list, or those its
    /// `choice_filter` keeps given the answers so far (cascading selects).
    pub fn visible_choices(&self, node: &'a Node, instance: Instance<'_>) -> Vec<Choice> {
        self.visible_indices(node, instance)
            .into_iter()
            .filter_map(|i| self.choice_at(node, i))
            .collect()
    }

    /// The choice at a position of the question's list. A select over a repeat's answers
    /// (`select_one ${member_name}`) offers one choice per instance, in order: the answer
    /// is both its value and its label.
    pub fn choice_at(&self, node: &Node, index: usize) -> Option<Choice> {
        match node.kind.repeat_source() {
            Some(source) => {
                let path = self.source_instances(source).into_iter().nth(index)?;
                let value = model::value(self.answers, source, &path).trim().to_string();
                let lang = &self.form.form.default_language;
                Some(Choice {
                    label: crate::model::Text::single(lang, &value),
                    name: value,
                    attributes: Default::default(),
                })
            }
            None => self
                .form
                .choices(node.kind.choice_list()?)
                .get(index)
                .cloned(),
        }
    }

    /// Every instance holding the question a select offers the answers of.
    fn source_instances(&self, source: &str) -> Vec<Vec<Step>> {
        self.form
            .location(source)
            .map_or_else(Vec::new, |location| {
                model::instances_of(self.answers, &location.repeats)
            })
    }

    /// The positions of a repeat-answer select's choices it offers now: instances with an
    /// answer (once each) that its `choice_filter`, read in that instance, keeps.
    fn source_indices(&self, node: &Node, source: &str) -> Vec<usize> {
        let filter = self
            .form
            .exprs(&node.name)
            .and_then(|e| e.choice_filter.as_ref());
        let mut seen = Vec::new();
        let mut kept = Vec::new();
        for (i, path) in self.source_instances(source).iter().enumerate() {
            let value = model::value(self.answers, source, path).trim().to_string();
            if value.is_empty() || seen.contains(&value) {
                continue;
            }
            if filter.is_some_and(|f| !self.scope(path, &node.name).eval(f).as_bool()) {
                continue;
            }
            seen.push(value);
            kept.push(i);
        }
        kept
    }

    /// Whether the question offers the choice named `name` now: its filter evaluated for
    /// that one choice, not the whole list (an answer's check on a list of thousands).
    pub fn offers(&self, node: &'a Node, instance: Instance<'_>, name: &str) -> bool {
        if let Some(source) = node.kind.repeat_source() {
            return self
                .source_indices(node, source)
                .into_iter()
                .filter_map(|i| self.choice_at(node, i))
                .any(|c| c.name == name);
        }
        let Some(list) = node.kind.choice_list() else {
            return false;
        };
        let Some(choice) = self.form.choices(list).iter().find(|c| c.name == name) else {
            return false;
        };
        match self
            .form
            .exprs(&node.name)
            .and_then(|e| e.choice_filter.as_ref())
        {
            None => true,
            Some(filter) => Scope {
                choice: Some(choice),
                ..self.scope(instance, &node.name)
            }
            .eval(filter)
            .as_bool(),
        }
    }

    /// [`Context::visible_choices`] as positions in the question's list: what a phone
    /// keeps for a list of tens of thousands, drawing only the few it shows.
    pub fn visible_indices(&self, node: &'a Node, instance: Instance<'_>) -> Vec<usize> {
        if let Some(source) = node.kind.repeat_source() {
            return self.source_indices(node, source);
        }
        let Some(list) = node.kind.choice_list() else {
            return Vec::new();
        };
        let choices = self.form.choices(list);
        match self
            .form
            .exprs(&node.name)
            .and_then(|e| e.choice_filter.as_ref())
        {
            None => (0..choices.len()).collect(),
            Some(filter) => {
                let scope = self.scope(instance, &node.name);
                choices
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| {
                        Scope {
                            choice: Some(c),
                            ..scope
                        }
                        .eval(filter)
                        .as_bool()
                    })
                    .map(|(i, _)| i)
                    .collect()
            }
        }
    }

    /// Whether a node's own `relevant` holds (its ancestors are the caller's business).
    pub fn self_relevant(&self, node: &'a Node, instance: Instance<'_>) -> bool {
        match self
            .form
            .exprs(&node.name)
            .and_then(|e| e.relevant.as_ref())
        {
            Some(expr) => self.scope(instance, &node.name).eval(expr).as_bool(),
            None => true,
        }
    }

    /// Whether a node and every group or repeat around it are relevant. Each is asked in
    /// the instance it sits in: a repeat's `relevant` in the instance holding the repeat,
    /// a group inside a member's child in that child.
    pub fn is_relevant(&self, name: &str, instance: Instance<'_>) -> bool {
        let Some(location) = self.form.location(name) else {
            return false;
        };
        let mut nodes = &self.form.form.body;
        let mut depth = 0;
        for &i in &location.path {
            let node = &nodes[i];
            // A repeat's own `relevant` is asked in the instance around it (as the server
            // checks it), what is inside it in its instance.
            if !self.self_relevant(node, &instance[..depth.min(instance.len())]) {
                return false;
            }
            if node.kind == Kind::Repeat {
                depth += 1;
            }
            nodes = &node.children;
        }
        true
    }

    /// Evaluate a calculation in place.
    pub fn calculate(&self, node: &'a Node, instance: Instance<'_>) -> String {
        match self
            .form
            .exprs(&node.name)
            .and_then(|e| e.calculation.as_ref())
        {
            Some(expr) => self.scope(instance, &node.name).eval(expr).as_answer(),
            None => String::new(),
        }
    }

    /// Whether a node needs an answer now: `required`, or its `required` expression holds.
    pub fn is_required(&self, node: &'a Node, instance: Instance<'_>) -> bool {
        node.required
            || self
                .form
                .exprs(&node.name)
                .and_then(|e| e.required_if.as_ref())
                .is_some_and(|expr| self.scope(instance, &node.name).eval(expr).as_bool())
    }

    /// Whether the constraint of a node holds for its current value.
    pub fn constraint_holds(&self, node: &'a Node, instance: Instance<'_>) -> bool {
        match self
            .form
            .exprs(&node.name)
            .and_then(|e| e.constraint.as_ref())
        {
            Some(expr) => self.scope(instance, &node.name).eval(expr).as_bool(),
            None => true,
        }
    }
}

/// Recompute every calculation and clear answers that are no longer relevant, in one pass
/// over the dependency graph (every node after what it reads). Run when an interview
/// opens; after each answer, [`settle_after`] does only the work that answer causes.
/// A volatile calculation (`random()`, `now()`, `uuid()`, `once()`) is computed once,
/// when first relevant, and then kept (here and in `settle_after`): reopening a draft or
/// answering another question never re-draws a random sample.
/// A question with a `trigger` keeps its value here: it is computed only when its
/// trigger is answered ([`settle_answer`]).
pub fn settle(form: &CompiledForm, answers: &mut Answers, today: &str) {
    for id in form.graph().order_ids() {
        settle_node(form, answers, today, id, None);
    }
}

/// After the enumerator answered `changed` in `instance`: [`settle_after`], and the
/// questions whose `trigger` names `changed` take their calculation's value (in that
/// instance, or for all of them when they sit outside its repeat).
pub fn settle_answer<'f>(
    form: &'f CompiledForm,
    answers: &mut Answers,
    today: &str,
    changed: &str,
    instance: Instance<'_>,
) -> Vec<&'f str> {
    settle_from(form, answers, today, changed, Some(instance))
}

/// After the answer to `changed` (or the instances of repeat `changed`) changed:
/// recompute what depends on it, in dependency order, stopping where nothing changed.
/// Returns the names of the nodes re-evaluated, whose relevance or value may differ now.
pub fn settle_after<'f>(
    form: &'f CompiledForm,
    answers: &mut Answers,
    today: &str,
    changed: &str,
) -> Vec<&'f str> {
    settle_from(form, answers, today, changed, None)
}

fn settle_from<'f>(
    form: &'f CompiledForm,
    answers: &mut Answers,
    today: &str,
    changed: &str,
    answered_in: Option<Instance<'_>>,
) -> Vec<&'f str> {
    let fired = answered_in.map(|at| (changed, at));
    let Some(location) = form.location(changed) else {
        return Vec::new();
    };
    let mut visited: Vec<&'f str> = form
        .graph()
        .affected(
            location.id,
            |id| settle_node(form, answers, today, id, fired),
            |id| {
                form.node(form.name_of(id))
                    .is_some_and(|n| n.kind.has_children())
            },
        )
        .into_iter()
        .map(|id| form.name_of(id))
        .collect();
    // A counted repeat keeps extra instances only while someone typed in them: an answer
    // cleared inside one (by the enumerator, or because it stopped being relevant) may let
    // it go now, as a full `settle` would. Innermost repeats first.
    let mut around: Vec<&'f str> = Vec::new();
    for name in std::iter::once(&changed).chain(visited.iter()) {
        for repeat in form.location(name).map_or(&[][..], |l| &l.repeats[..]) {
            if !around.contains(&repeat.as_str()) {
                around.push(repeat.as_str());
            }
        }
    }
    around.sort_by_key(|r| std::cmp::Reverse(form.location(r).map_or(0, |l| l.repeats.len())));
    for repeat in around {
        let counted = form.exprs(repeat).is_some_and(|e| e.repeat_count.is_some());
        let Some(id) = form.location(repeat).map(|l| l.id) else {
            continue;
        };
        if counted && settle_node(form, answers, today, id, None) {
            visited.extend(settle_after(form, answers, today, repeat));
        }
    }
    visited
}

/// What settling one node (in one repeat instance) asks for.
enum Change {
    Clear,
    Set(String),
    Resize(usize),
}

/// Re-evaluate one node in every instance it has; whether any value changed. `fired`:
/// the question just answered, and where, for the nodes it triggers.
fn settle_node(
    form: &CompiledForm,
    answers: &mut Answers,
    today: &str,
    id: usize,
    fired: Option<(&str, Instance<'_>)>,
) -> bool {
    let name = form.name_of(id);
    let (Some(node), Some(location)) = (form.node(name), form.location(name)) else {
        return false;
    };
    let triggers = form.exprs(name).map_or(&[][..], |e| e.trigger.as_slice());
    let instances = model::instances_of(answers, &location.repeats);
    let mut changed = false;
    for instance in &instances {
        let change = {
            let ctx = Context {
                form,
                answers,
                today,
            };
            let timing = if triggers.is_empty() {
                Timing::Always
            } else if fired.is_some_and(|(by, at)| {
                triggers.iter().any(|t| t == by) && same_branch(instance, at)
            }) {
                Timing::Fired
            } else {
                Timing::Waiting
            };
            let timing = match timing {
                Timing::Always if form.graph().is_volatile(id) => Timing::Once,
                other => other,
            };
            decide(&ctx, node, instance, timing)
        };
        changed |= match change {
            None => false,
            Some(Change::Clear) if node.kind == Kind::Repeat => {
                model::instance_answers_mut(answers, instance)
                    .and_then(|m| m.remove(name))
                    .is_some()
            }
            Some(Change::Clear) => {
                let had = !model::value(answers, name, instance).is_empty();
                model::set_value(answers, name, instance, String::new());
                had
            }
            Some(Change::Set(v)) => {
                model::set_value(answers, name, instance, v);
                true
            }
            Some(Change::Resize(n)) => {
                let before = model::repeat_len(answers, name, instance);
                let blank = crate::prefill::new_instance(form, name, answers, instance, today);
                while model::repeat_len(answers, name, instance) < n {
                    model::add_instance(answers, name, instance, blank.clone());
                }
                // Fewer instances asked for: only untouched ones go. An instance holding
                // answers is never dropped by a count typed half-way (12 → 1 → 11).
                if let Some(Answer::Repeat(items)) =
                    model::instance_answers_mut(answers, instance).and_then(|m| m.get_mut(name))
                {
                    while items.len() > n
                        && items
                            .last()
                            .is_some_and(|i| untouched(form, i, &blank, today))
                    {
                        items.pop();
                    }
                }
                model::repeat_len(answers, name, instance) != before
            }
        };
    }
    changed
}

/// Whether a repeat instance holds nothing anyone typed: only its defaults, what its
/// calculations worked out, and inner instances just as untouched.
fn untouched(form: &CompiledForm, instance: &Answers, blank: &Answers, today: &str) -> bool {
    instance.iter().all(|(name, answer)| {
        blank.get(name) == Some(answer)
            || match (form.node(name).map(|n| &n.kind), answer) {
                (Some(Kind::Calculate), _) => true,
                (Some(Kind::Repeat), Answer::Repeat(items)) => {
                    let inner =
                        crate::prefill::new_instance(form, name, &Answers::new(), &[], today);
                    items.iter().all(|i| untouched(form, i, &inner, today))
                }
                _ => false,
            }
    })
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

/// When a node's calculation runs.
#[derive(Clone, Copy, PartialEq)]
enum Timing {
    /// At every settle (a plain calculation).
    Always,
    /// When first relevant, then kept (`random()`, `now()`, `uuid()`, `once()`).
    Once,
    /// Its trigger was just answered: now.
    Fired,
    /// It has a trigger, not answered now: its value stays.
    Waiting,
}

/// Whether two instance paths agree on every repeat they share: an answer in member 2
/// fires a trigger in member 2 (and at the top level), not in member 3.
fn same_branch(a: Instance<'_>, b: Instance<'_>) -> bool {
    a.iter().zip(b).all(|(x, y)| x == y)
}

/// The most instances a `repeat_count` may ask for: a typo (10000 for 10) must not
/// freeze the phone.
pub const MAX_REPEAT_COUNT: usize = 500;

fn decide<'a>(
    ctx: &Context<'a>,
    node: &'a Node,
    instance: Instance<'_>,
    timing: Timing,
) -> Option<Change> {
    let current = || model::value(ctx.answers, &node.name, instance);
    if !ctx.is_relevant(&node.name, instance) {
        return match node.kind {
            Kind::Group => None,
            _ => Some(Change::Clear),
        };
    }
    match timing {
        Timing::Waiting => return None,
        Timing::Fired => {
            let new = ctx.calculate(node, instance);
            return (new != current()).then_some(Change::Set(new));
        }
        Timing::Always | Timing::Once => {}
    }
    match &node.kind {
        // Only a `default`: the value it was given stays.
        Kind::Calculate if node.calculation.is_none() => None,
        Kind::Calculate => {
            let old = current();
            if timing == Timing::Once && !old.is_empty() {
                return None;
            }
            let new = ctx.calculate(node, instance);
            (new != old).then_some(Change::Set(new))
        }
        Kind::SelectOne { .. } | Kind::SelectMultiple { .. } | Kind::Rank { .. }
            if node.choice_filter.is_some() || node.kind.repeat_source().is_some() =>
        {
            // A choice the filter no longer offers (the state changed, so the county must
            // too) is cleared.
            let old = current();
            let kept: Vec<&str> = chosen(&node.kind, &old)
                .into_iter()
                .filter(|x| ctx.offers(node, instance, x))
                .collect();
            let new = kept.join(" ");
            (new != old).then_some(Change::Set(new))
        }
        Kind::Repeat => {
            let expr = ctx.form.exprs(&node.name)?.repeat_count.as_ref()?;
            let n = ctx.scope(instance, &node.name).eval(expr).as_num();
            let n = if n.is_finite() && n > 0.0 {
                (n as usize).min(MAX_REPEAT_COUNT)
            } else {
                0
            };
            (n != model::repeat_len(ctx.answers, &node.name, instance)).then_some(Change::Resize(n))
        }
        _ => None,
    }
}

/// Every problem with a set of answers, in document order. Empty means acceptable.
pub fn validate(form: &CompiledForm, answers: &Answers, today: &str) -> Vec<FieldError> {
    let ctx = Context {
        form,
        answers,
        today,
    };
    let mut errors = Vec::new();
    check_nodes(&ctx, &form.form.body, answers, &[], "", &mut errors);
    check_unknown(&form.form.body, answers, "", &mut errors);
    errors
}

fn check_unknown(nodes: &[Node], map: &Answers, prefix: &str, errors: &mut Vec<FieldError>) {
    fn known(nodes: &[Node], name: &str) -> bool {
        nodes
            .iter()
            .any(|n| n.name == name || (n.kind == Kind::Group && known(&n.children, name)))
    }
    for key in map.keys() {
        if !known(nodes, key) {
            errors.push(FieldError {
                path: format!("{prefix}{key}"),
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
    prefix: &str,
    errors: &mut Vec<FieldError>,
) {
    for node in nodes {
        // The path is only spelled out for a problem: most answers have none.
        let mut report = |problem| {
            errors.push(FieldError {
                path: format!("{prefix}{}", node.name),
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
            Kind::Group => check_nodes(ctx, &node.children, map, instance, prefix, errors),
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
                        let inner = format!("{prefix}{}[{}]/", node.name, i + 1);
                        let mut at: Vec<Step> = instance.to_vec();
                        at.push((node.name.clone(), i));
                        check_nodes(ctx, &node.children, item, &at, &inner, errors);
                        check_unknown(&node.children, item, &inner, errors);
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
                // A volatile or triggered value is the phone's to keep: not recomputed.
                let volatile = ctx
                    .form
                    .location(&node.name)
                    .is_some_and(|l| ctx.form.graph().is_volatile(l.id))
                    || ctx
                        .form
                        .exprs(&node.name)
                        .is_some_and(|e| !e.trigger.is_empty());
                // A calculate with only a default keeps the value it was given.
                let kept = node.calculation.is_none();
                if !volatile && !kept && stored != ctx.calculate(node, instance) {
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
                if (node.choice_filter.is_some() || node.kind.repeat_source().is_some())
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
        Kind::Geopoint if !is_geopoint(text) => Some(Problem::NotAGeopoint),
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

/// `latitude longitude [altitude [accuracy]]` with the latitude and longitude in range.
fn is_geopoint(text: &str) -> bool {
    let numbers: Vec<f64> = text
        .split_whitespace()
        .filter_map(crate::num::parse_decimal)
        .collect();
    let count = text.split_whitespace().count();
    count == numbers.len()
        && (2..=4).contains(&count)
        && (-90.0..=90.0).contains(&numbers[0])
        && (-180.0..=180.0).contains(&numbers[1])
        && numbers.get(3).is_none_or(|acc| *acc >= 0.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo;

    const TODAY: &str = "2026-11-25";

    fn v(s: &str) -> Answer {
        Answer::Value(s.to_string())
    }

    fn complete_household() -> Answers {
        demo::sample_household()
    }

    fn form() -> CompiledForm {
        demo::household_form().compile().unwrap()
    }

    fn settled(mut a: Answers) -> Answers {
        settle(&form(), &mut a, TODAY);
        a
    }

    #[test]
    fn a_complete_household_is_valid_once_settled() {
        let a = settled(complete_household());
        assert_eq!(a.get("household_size"), Some(&v("2")));
        assert_eq!(validate(&form(), &a, TODAY), vec![]);
    }

    /// The nested demo: Fatima (34) cares for two children, Ali (6) is too young to be
    /// asked, Mariam (40) cares for one.
    fn nested() -> (CompiledForm, Answers) {
        let form = demo::nested_form().compile().unwrap();
        let mut a = complete_household();
        let Some(Answer::Repeat(members)) = a.get_mut("members") else {
            unreachable!()
        };
        let mut mariam = members[0].clone();
        mariam.insert("member_name".into(), v("Mariam"));
        mariam.insert("member_age".into(), v("40"));
        members.push(mariam);
        members[0].insert("children_count".into(), v("2"));
        members[2].insert("children_count".into(), v("1"));
        settle(&form, &mut a, TODAY);
        let child = |m: usize, c: usize| -> Vec<Step> {
            vec![("members".into(), m), ("children".into(), c)]
        };
        for (at, name, age) in [
            (child(0, 0), "Omar", "12"),
            (child(0, 1), "Hawa", "3"),
            (child(2, 0), "Yusuf", "8"),
        ] {
            model::set_value(&mut a, "child_name", &at, name.into());
            model::set_value(&mut a, "child_age", &at, age.into());
            settle_after(&form, &mut a, TODAY, "child_age");
        }
        for at in [child(0, 0), child(2, 0)] {
            model::set_value(&mut a, "child_school", &at, "yes".into());
        }
        settle(&form, &mut a, TODAY);
        (form, a)
    }

    fn member(m: usize) -> Vec<Step> {
        vec![("members".into(), m)]
    }

    /// "Who answers for the household?": one of the members old enough, chosen from the
    /// roster (`select_one ${member_name}` with a filter read in each member).
    #[test]
    fn a_select_offers_the_answers_of_a_repeat_that_its_filter_keeps() {
        let mut form = demo::household_form();
        form.body.push(Node {
            choice_filter: Some("${member_age} >= 18".into()),
            calculation: None,
            ..Node::new(
                "speaker",
                Kind::SelectOne {
                    list: "${member_name}".into(),
                },
            )
        });
        form.body.push(Node {
            calculation: Some("jr:choice-name(${speaker}, '${speaker}')".into()),
            ..Node::new("speaker_label", Kind::Calculate)
        });
        let form = form.compile().unwrap();
        let mut a = complete_household();
        let Some(Answer::Repeat(members)) = a.get_mut("members") else {
            unreachable!()
        };
        let mut amina = members[0].clone();
        amina.insert("member_name".into(), v("Amina Bello "));
        amina.insert("member_age".into(), v("40"));
        members.push(amina);
        settle(&form, &mut a, TODAY);
        let node = form.node("speaker").unwrap();
        let ctx = Context {
            form: &form,
            answers: &a,
            today: TODAY,
        };
        let offered: Vec<String> = ctx
            .visible_choices(node, &[])
            .into_iter()
            .map(|c| c.name)
            .collect();
        assert_eq!(offered, ["Fatima", "Amina Bello"], "Ali is 6");
        model::set_value(&mut a, "speaker", &[], "Ali".into());
        // As the server finds a record sent with a member not offered.
        let problems = validate(&form, &a, TODAY);
        assert!(
            problems
                .iter()
                .any(|p| p.name == "speaker" && p.problem == Problem::UnknownChoice),
            "{problems:?}"
        );
        // A name of two words is one choice.
        model::set_value(&mut a, "speaker", &[], "Amina Bello".into());
        settle_after(&form, &mut a, TODAY, "speaker");
        assert_eq!(validate(&form, &a, TODAY), vec![]);
        assert_eq!(a.get("speaker"), Some(&v("Amina Bello")));
        assert_eq!(a.get("speaker_label"), Some(&v("Amina Bello")));
        // Amina leaves the roster: no longer offered, the answer goes.
        let Some(Answer::Repeat(members)) = a.get_mut("members") else {
            unreachable!()
        };
        members.pop();
        settle(&form, &mut a, TODAY);
        assert_eq!(model::value(&a, "speaker", &[]), "");

        // Only a question in a repeat can be chosen from.
        let mut bad = demo::household_form();
        bad.body.push(Node::new(
            "speaker",
            Kind::SelectOne {
                list: "${admin_area}".into(),
            },
        ));
        let Err(crate::Error::Node { message, .. }) = bad.compile() else {
            panic!("a select over a question outside a repeat compiled")
        };
        assert!(message.contains("`admin_area` is not one"), "{message}");
    }

    fn child(m: usize, c: usize) -> Vec<Step> {
        vec![("members".into(), m), ("children".into(), c)]
    }

    #[test]
    fn nested_repeats_follow_their_count_and_read_their_own_member() {
        let (form, a) = nested();
        assert_eq!(model::repeat_len(&a, "children", &member(0)), 2);
        assert_eq!(model::repeat_len(&a, "children", &member(1)), 0);
        assert_eq!(model::repeat_len(&a, "children", &member(2)), 1);
        // Counted across every member; the indexed one is the third member's first.
        assert_eq!(a.get("children_total"), Some(&v("3")));
        assert_eq!(a.get("second_members_first_child"), None);
        // `position(..)` is the child's place among its member's children.
        assert_eq!(model::value(&a, "child_no", &child(0, 1)), "2");
        assert_eq!(model::value(&a, "child_no", &child(2, 0)), "1");
        // School is asked of the children of 6 and over only.
        let ctx = Context {
            form: &form,
            answers: &a,
            today: TODAY,
        };
        assert!(ctx.is_relevant("child_school", &child(0, 0)));
        assert!(!ctx.is_relevant("child_school", &child(0, 1)));
        assert!(!ctx.is_relevant("children_count", &member(1)));
        // Inside a member, the children's ages are that member's children's only.
        let sum = |m: usize| {
            let at = member(m);
            let scope = Scope {
                instance: &at,
                ..ctx.scope(&[], "member_age")
            };
            scope
                .eval(&crate::expr::Expr::parse("sum(${child_age})").unwrap())
                .as_num()
        };
        assert_eq!((sum(0), sum(1), sum(2)), (15.0, 0.0, 8.0));
        assert_eq!(validate(&form, &a, TODAY), vec![]);
    }

    #[test]
    fn an_instance_left_blank_by_a_relevance_elsewhere_goes_as_in_a_full_settle() {
        let mut form = demo::nested_form();
        let members = form.body.iter_mut().find(|n| n.name == "members").unwrap();
        let children = members
            .children
            .iter_mut()
            .find(|n| n.name == "children")
            .unwrap();
        children.children[0].relevant = Some("${health_access} != 'no'".into());
        let form = form.compile().unwrap();
        let mut a = Answers::new();
        model::add_instance(&mut a, "members", &[], Answers::new());
        model::set_value(&mut a, "member_age", &member(0), "30".into());
        model::set_value(&mut a, "children_count", &member(0), "2".into());
        settle(&form, &mut a, TODAY);
        model::set_value(&mut a, "child_name", &child(0, 1), "Hawa".into());
        model::set_value(&mut a, "children_count", &member(0), "1".into());
        settle_after(&form, &mut a, TODAY, "children_count");
        assert_eq!(
            model::repeat_len(&a, "children", &member(0)),
            2,
            "Hawa is kept"
        );
        a.insert("health_access".into(), v("no"));
        settle_after(&form, &mut a, TODAY, "health_access");
        assert_eq!(
            model::repeat_len(&a, "children", &member(0)),
            1,
            "nothing typed is left"
        );
        let mut full = a.clone();
        settle(&form, &mut full, TODAY);
        assert_eq!(a, full);
    }

    #[test]
    fn nested_problems_are_named_with_their_whole_path() {
        let (form, mut a) = nested();
        // Older than the member who cares for them: the constraint reads the member's age.
        model::set_value(&mut a, "child_age", &child(2, 0), "41".into());
        model::set_value(&mut a, "child_name", &child(0, 1), String::new());
        settle(&form, &mut a, TODAY);
        let found: Vec<_> = validate(&form, &a, TODAY)
            .into_iter()
            .map(|e| (e.path, e.problem))
            .collect();
        assert_eq!(
            found,
            vec![
                (
                    "members[1]/children[2]/child_name".to_string(),
                    Problem::Required
                ),
                (
                    "members[3]/children[1]/child_age".to_string(),
                    Problem::Constraint
                ),
            ]
        );
        // An answer where no child is: the shape is refused, not stored.
        let Some(Answer::Repeat(members)) = a.get_mut("members") else {
            unreachable!()
        };
        members[1].insert("children".into(), v("Omar"));
        let errors = validate(&form, &a, TODAY);
        assert!(
            errors
                .iter()
                .any(|e| e.path == "members[2]/children" && e.problem == Problem::WrongShape),
            "{errors:?}"
        );
    }

    #[test]
    fn nested_counts_clear_and_settle_like_a_full_pass() {
        let (form, mut a) = nested();
        // The second member grows up: asked now, and their children appear, blank.
        model::set_value(&mut a, "member_age", &member(1), "30".into());
        model::set_value(&mut a, "children_count", &member(1), "2".into());
        settle_after(&form, &mut a, TODAY, "children_count");
        assert_eq!(model::repeat_len(&a, "children", &member(1)), 2);
        model::set_value(&mut a, "child_name", &child(1, 0), "Zara".into());
        let changed = settle_after(&form, &mut a, TODAY, "child_name");
        assert!(
            changed.contains(&"second_members_first_child"),
            "{changed:?}"
        );
        assert_eq!(a.get("second_members_first_child"), Some(&v("Zara")));
        assert_eq!(a.get("children_total"), Some(&v("5")));
        // Too young again: the count goes, and with it the blank child, not Zara.
        model::set_value(&mut a, "member_age", &member(1), "6".into());
        settle_after(&form, &mut a, TODAY, "member_age");
        assert_eq!(model::value(&a, "children_count", &member(1)), "");
        assert_eq!(model::repeat_len(&a, "children", &member(1)), 1);
        // Removing a member takes their children with them.
        model::remove_instance(&mut a, "members", &[], 0);
        settle_after(&form, &mut a, TODAY, "members");
        assert_eq!(a.get("children_total"), Some(&v("2")));
        let mut full = a.clone();
        settle(&form, &mut full, TODAY);
        assert_eq!(a, full, "the incremental pass agrees with a full one");
    }

    /// The demo form with two triggered calculations: one at the top level, set off by the
    /// needs; one in each member, set off by that member's age.
    fn triggered() -> CompiledForm {
        let mut form = demo::household_form();
        let triggered = |name: &str, calculation: &str, trigger: &str| Node {
            calculation: Some(calculation.into()),
            attributes: [("trigger".to_string(), trigger.to_string())].into(),
            ..Node::new(name, Kind::Calculate)
        };
        form.body.push(triggered(
            "needs_noted",
            "concat('noted: ', ${priority_needs})",
            "${priority_needs}",
        ));
        let members = form.body.iter_mut().find(|n| n.name == "members").unwrap();
        members
            .children
            .push(triggered("age_noted", "${member_age} * 1", "${member_age}"));
        form.compile().unwrap()
    }

    #[test]
    fn a_triggered_calculation_runs_when_its_question_is_answered_and_only_then() {
        let form = triggered();
        let mut a = complete_household();
        settle(&form, &mut a, TODAY);
        assert_eq!(
            a.get("needs_noted"),
            None,
            "not set off by opening the form"
        );
        assert_eq!(validate(&form, &a, TODAY), vec![]);
        model::set_value(&mut a, "priority_needs", &[], "water".into());
        settle_answer(&form, &mut a, TODAY, "priority_needs", &[]);
        assert_eq!(a.get("needs_noted"), Some(&v("noted: water")));
        // Other answers, a full settle, or the needs changed by a calculation: kept.
        model::set_value(&mut a, "priority_needs", &[], "food".into());
        settle_after(&form, &mut a, TODAY, "priority_needs");
        settle(&form, &mut a, TODAY);
        assert_eq!(a.get("needs_noted"), Some(&v("noted: water")));
        assert_eq!(
            validate(&form, &a, TODAY),
            vec![],
            "the server keeps it too"
        );
        // In a repeat, only the member whose age was given.
        model::set_value(&mut a, "member_age", &member(1), "7".into());
        settle_answer(&form, &mut a, TODAY, "member_age", &member(1));
        assert_eq!(model::value(&a, "age_noted", &member(1)), "7");
        assert_eq!(model::value(&a, "age_noted", &member(0)), "");

        let refused = |trigger: &str, calculation: Option<&str>| {
            let mut form = demo::household_form();
            form.body.push(Node {
                calculation: calculation.map(str::to_string),
                attributes: [("trigger".to_string(), trigger.to_string())].into(),
                ..Node::new("late", Kind::Text)
            });
            match form.compile() {
                Err(crate::Error::Node {
                    column, message, ..
                }) => format!("{column}: {message}"),
                other => panic!("{other:?}"),
            }
        };
        assert!(refused("${nowhere}", Some("1")).starts_with("trigger: refers to ${nowhere}"));
        assert!(refused("priority_needs", Some("1")).contains("names no question"));

        // A question with a trigger and no calculation is cleared when its trigger is
        // answered again (ODK's setvalue with no value).
        let mut form = demo::household_form();
        form.body.push(Node {
            attributes: [("trigger".to_string(), "${priority_needs}".to_string())].into(),
            ..Node::new("late", Kind::Text)
        });
        let form = form.compile().unwrap();
        let mut a = complete_household();
        settle(&form, &mut a, TODAY);
        model::set_value(&mut a, "late", &[], "asked after the needs".into());
        settle_answer(&form, &mut a, TODAY, "late", &[]);
        assert_eq!(model::value(&a, "late", &[]), "asked after the needs");
        model::set_value(&mut a, "priority_needs", &[], "water".into());
        settle_answer(&form, &mut a, TODAY, "priority_needs", &[]);
        assert_eq!(model::value(&a, "late", &[]), "");
    }

    #[test]
    fn a_question_required_by_an_expression_is_required_only_while_it_holds() {
        let mut form = demo::household_form();
        let health = form.body.iter_mut().find(|n| n.name == "health").unwrap();
        let illness = health
            .children
            .iter_mut()
            .find(|n| n.name == "chronic_illness")
            .unwrap();
        illness.required_if = Some("${health_access} = 'no'".into());
        let form = form.compile().unwrap();
        let mut a = settled(complete_household());
        assert_eq!(validate(&form, &a, TODAY), vec![], "access: yes");
        a.insert("health_access".into(), v("no"));
        a.insert("health_barrier".into(), v("cost"));
        let problems: Vec<_> = validate(&form, &a, TODAY)
            .into_iter()
            .map(|e| (e.name, e.problem))
            .collect();
        assert_eq!(
            problems,
            [("chronic_illness".to_string(), Problem::Required)]
        );
        let mut broken = demo::household_form();
        broken.body[0].children[0].required_if = Some("${nowhere} = 1".into());
        assert!(matches!(
            broken.compile(),
            Err(crate::Error::Node { column, .. }) if column == "required"
        ));
    }

    #[test]
    fn a_stale_calculation_is_refused() {
        let mut a = settled(complete_household());
        a.insert("household_size".into(), v("9"));
        let errors = validate(&form(), &a, TODAY);
        assert_eq!(errors[0].problem, Problem::CalculationMismatch);
    }

    #[test]
    fn missing_required_and_broken_constraints_are_named_with_paths() {
        let mut a = complete_household();
        a.remove("respondent_name");
        if let Some(Answer::Repeat(members)) = a.get_mut("members") {
            members[1].insert("member_age".into(), v("130"));
        }
        a.insert("priority_needs".into(), v("food water shelter health"));
        let a = settled(a);
        let errors = validate(&form(), &a, TODAY);
        let found: Vec<_> = errors
            .iter()
            .map(|e| (e.path.as_str(), e.problem))
            .collect();
        assert_eq!(
            found,
            vec![
                ("respondent_name", Problem::Required),
                ("members[2]/member_age", Problem::Constraint),
                ("priority_needs", Problem::Constraint),
            ]
        );
    }

    #[test]
    fn relevance_inside_a_repeat_uses_the_same_instance() {
        let mut a = settled(complete_household());
        if let Some(Answer::Repeat(members)) = a.get_mut("members") {
            members[1].insert("member_pregnant".into(), v("no"));
        }
        let errors = validate(&form(), &a, TODAY);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].path, "members[2]/member_pregnant");
        assert_eq!(errors[0].problem, Problem::NotRelevant);
    }

    #[test]
    fn settle_clears_answers_that_stopped_being_relevant() {
        let mut a = complete_household();
        a.insert("displacement_status".into(), v("idp"));
        a.insert("displacement_reason".into(), v("flood"));
        a.insert("displacement_status".into(), v("resident"));
        let a = settled(a);
        assert!(!a.contains_key("displacement_reason"));
    }

    #[test]
    fn types_choices_dates_and_unknown_fields_are_checked() {
        let mut a = complete_household();
        a.insert("meals_yesterday".into(), v("2.5"));
        a.insert("water_source".into(), v("champagne"));
        a.insert("interview_date".into(), v("24/11/2026"));
        a.insert("favourite_colour".into(), v("blue"));
        let errors = validate(&form(), &settled(a), TODAY);
        let problems: Vec<_> = errors
            .iter()
            .map(|e| (e.name.as_str(), e.problem))
            .collect();
        assert_eq!(
            problems,
            vec![
                ("interview_date", Problem::NotADate),
                ("water_source", Problem::UnknownChoice),
                ("meals_yesterday", Problem::NotAnInteger),
                ("favourite_colour", Problem::UnknownField),
            ]
        );
    }

    #[test]
    fn times_and_geopoints_have_their_shapes() {
        for ok in ["09:30", "23:59:59", "07:05:00.000+03:00", "10:00Z"] {
            assert!(is_time(ok), "{ok}");
        }
        for bad in ["9:30", "24:00", "12:60", "noon", "12:30:00:00"] {
            assert!(!is_time(bad), "{bad}");
        }
        assert!(is_geopoint("-1.2921 36.8219"));
        assert!(is_geopoint("-1.2921 36.8219 1700 4.5"));
        assert!(!is_geopoint("91 0"));
        assert!(!is_geopoint("1 2 3 -1"));
        assert!(!is_geopoint("Nairobi"));
    }

    #[test]
    fn a_future_date_breaks_the_constraint_relative_to_the_given_day() {
        let mut a = complete_household();
        a.insert("interview_date".into(), v("2026-11-26"));
        let errors = validate(&form(), &settled(a.clone()), TODAY);
        assert_eq!(errors[0].problem, Problem::Constraint);
        assert!(validate(&form(), &settled(a), "2026-11-26").is_empty());
    }

    /// The demo form with more dependencies to get wrong: a group that hides, a
    /// calculation inside the repeat read by one outside, a calculation written after the
    /// relevance that reads it, a repeat sized by an answer.
    fn tangled_form() -> CompiledForm {
        let mut form = demo::household_form();
        let calc = |name: &str, expr: &str| Node {
            calculation: Some(expr.into()),
            ..Node::new(name, Kind::Calculate)
        };
        let water = form.body.iter_mut().find(|n| n.name == "water").unwrap();
        water.relevant = Some("${shelter_type} != 'none'".into());
        let health = form.body.iter_mut().find(|n| n.name == "health").unwrap();
        health.relevant = Some("${many_adults} != 'yes'".into());
        // Volatile calculations: drawn once when relevant, then kept by both paths.
        health.children.push(calc("health_visit", "random()"));
        form.body.push(calc("visit_code", "uuid()"));
        let members = form.body.iter_mut().find(|n| n.name == "members").unwrap();
        members
            .children
            .push(calc("member_adult", "if(${member_age} >= 18, 1, 0)"));
        members.repeat_count = Some("${rooms}".into());
        form.body.push(calc("adults", "sum(${member_adult})"));
        form.body.push(calc(
            "many_adults",
            "if(${adults} > 1 and ${rooms} != '', 'yes', 'no')",
        ));
        form.compile().unwrap()
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]

        /// Settling only what an answer affects ends where settling everything would.
        #[test]
        fn settling_after_one_answer_agrees_with_settling_everything(
            steps in proptest::collection::vec((0usize..13, 0usize..5, 0usize..3), 1..25)
        ) {
            let form = tangled_form();
            let questions = [
                "displacement_status", "displaced_since", "shelter_type", "rooms",
                "water_source", "water_time_minutes", "water_enough", "member_age",
                "member_sex", "member_pregnant", "health_access", "members",
                "health_barrier",
            ];
            let values = ["", "0", "2", "none", "female", "resident", "30", "piped", "no", "12"];
            let mut answers = Answers::new();
            settle(&form, &mut answers, TODAY);
            for (q, v, instance) in steps {
                let name = questions[q];
                let value = values[(v * 3 + instance) % values.len()].to_string();
                if name == "members" {
                    if v % 2 == 0 {
                        model::add_instance(&mut answers, "members", &[], Answers::new());
                    } else {
                        model::remove_instance(&mut answers, "members", &[], instance);
                    }
                } else if form.location(name).unwrap().repeat().is_some() {
                    if instance >= model::repeat_len(&answers, "members", &[]) {
                        continue;
                    }
                    let at = [("members".to_string(), instance)];
                    model::set_value(&mut answers, name, &at, value);
                } else {
                    model::set_value(&mut answers, name, &[], value);
                }
                settle_after(&form, &mut answers, TODAY, name);
                let mut everything = answers.clone();
                settle(&form, &mut everything, TODAY);
                proptest::prop_assert_eq!(&answers, &everything, "after setting {}", name);
            }
        }

        /// The same with a repeat in a repeat: answers typed, cleared, and instances added
        /// and removed at either level.
        #[test]
        fn settling_nested_repeats_agrees_with_settling_everything(
            steps in proptest::collection::vec((0usize..8, 0usize..6, 0usize..3, 0usize..3), 1..30)
        ) {
            // A child's name is asked only while a top-level answer allows: clearing it
            // from outside may let a counted repeat drop the instances left blank.
            let mut form = demo::nested_form();
            let members = form.body.iter_mut().find(|n| n.name == "members").unwrap();
            let children = members.children.iter_mut().find(|n| n.name == "children").unwrap();
            children.children[0].relevant = Some("${health_access} != 'no'".into());
            let form = form.compile().unwrap();
            let questions = [
                "member_age", "children_count", "child_name", "child_age", "child_school",
                "members", "children", "health_access",
            ];
            let values = ["", "0", "2", "7", "30", "yes", "no", "13"];
            let mut answers = Answers::new();
            settle(&form, &mut answers, TODAY);
            for (q, v, m, c) in steps {
                let name = questions[q];
                let value = values[(v * 3 + m + c) % values.len()].to_string();
                let member = [("members".to_string(), m)];
                let child = [("members".to_string(), m), ("children".to_string(), c)];
                match name {
                    "members" if v % 2 == 0 => {
                        model::add_instance(&mut answers, name, &[], Answers::new())
                    }
                    "members" => model::remove_instance(&mut answers, name, &[], m),
                    "children" if v % 2 == 0 => {
                        model::add_instance(&mut answers, name, &member, Answers::new())
                    }
                    "children" => model::remove_instance(&mut answers, name, &member, c),
                    _ if form.location(name).unwrap().repeats.len() == 2 => {
                        model::set_value(&mut answers, name, &child, value)
                    }
                    _ if form.location(name).unwrap().repeats.is_empty() => {
                        model::set_value(&mut answers, name, &[], value)
                    }
                    _ => model::set_value(&mut answers, name, &member, value),
                }
                settle_after(&form, &mut answers, TODAY, name);
                let mut everything = answers.clone();
                settle(&form, &mut everything, TODAY);
                proptest::prop_assert_eq!(&answers, &everything, "after setting {}", name);
            }
        }
    }
}

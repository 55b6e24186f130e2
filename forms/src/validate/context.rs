//! What a form's expressions say about one set of answers: the choices a select offers,
//! relevance, calculations, `required` and constraints, each asked in one repeat instance.

use crate::expr::{Expr, Scope, Value};
use crate::model::{self, Answers, Choice, CompiledForm, Instance, Kind, Node, NodeExprs, Step};

/// The context expressions are evaluated in: which answers, and which day is "today".
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub form: &'a CompiledForm,
    pub answers: &'a Answers,
    pub today: &'a str,
}

impl<'a> Context<'a> {
    pub(super) fn scope<'s>(&'s self, instance: Instance<'s>, current: &'s str) -> Scope<'s> {
        Scope {
            form: self.form,
            answers: self.answers,
            instance,
            current: Some(current),
            today: self.today,
            choice: None,
            last_saved: None,
            lang: "",
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
    /// `current()/${pos}` is read once, in the select's own `instance`.
    fn source_indices(&self, node: &Node, source: &str, instance: Instance<'_>) -> Vec<usize> {
        let written = self
            .form
            .exprs(&node.name)
            .and_then(|e| e.choice_filter.as_ref());
        let bound;
        let filter = match written {
            Some(filter) if filter.reads_asking() => {
                let here = self.scope(instance, &node.name);
                let mut filter = filter.clone();
                filter.bind_asking(&|name| here.eval(&Expr::Ref(name.to_string())).as_string());
                bound = filter;
                Some(&bound)
            }
            other => other,
        };
        // The repeats around the one offered, which the select shares: only this
        // household's members are offered to a question of this household (pyxform's
        // relative `../../member`), not every household's.
        let around = self
            .form
            .location(source)
            .map_or(&[][..], |l| &l.repeats[..l.repeats.len().saturating_sub(1)]);
        let shared = |path: &[Step]| {
            around
                .iter()
                .zip(path)
                .zip(instance)
                .all(|((repeat, (_, offered)), (asking, at))| repeat != asking || offered == at)
        };
        let mut seen = Vec::new();
        let mut kept = Vec::new();
        for (i, path) in self.source_instances(source).iter().enumerate() {
            if !shared(path) {
                continue;
            }
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
                .source_indices(node, source, instance)
                .into_iter()
                .filter_map(|i| self.choice_at(node, i))
                .any(|c| c.name == name);
        }
        let Some(list) = node.kind.choice_list() else {
            return false;
        };
        // One name may be in the list twice, told apart by the filter (`king` county in
        // Washington and in Texas): offered if any of them passes it.
        let mut named = self
            .form
            .choices(list)
            .iter()
            .filter(|c| c.name == name)
            .peekable();
        let Some(filter) = self
            .form
            .exprs(&node.name)
            .and_then(|e| e.choice_filter.as_ref())
        else {
            return named.peek().is_some();
        };
        let scope = self.scope(instance, &node.name);
        named.any(|choice| {
            Scope {
                choice: Some(choice),
                ..scope
            }
            .eval(filter)
            .as_bool()
        })
    }

    /// `shown` (positions in the question's list, as [`Context::visible_indices`] gives
    /// them) in the order the select asks for: as listed, or shuffled (`randomize=true`)
    /// with its `seed`, else with `phone_seed` mixed with the question's name and
    /// instance, so each list of an interview has an order of its own that stays put.
    pub fn ordered(
        &self,
        node: &Node,
        instance: Instance<'_>,
        shown: Vec<usize>,
        phone_seed: u32,
    ) -> Vec<usize> {
        let Some(exprs) = self.form.exprs(&node.name) else {
            return shown;
        };
        let seed = match (&exprs.order, &exprs.seed) {
            (crate::shuffle::Order::Random, _) => f64::from(crate::shuffle::seed_of(
                phone_seed,
                &model::answer_path(&node.name, instance),
            )),
            (crate::shuffle::Order::Seeded(_), Some(seed)) => {
                self.scope(instance, &node.name).eval(seed).as_num()
            }
            (crate::shuffle::Order::Seeded(_), None) => f64::NAN,
            (crate::shuffle::Order::AsListed, _) => return shown,
        };
        crate::shuffle::shuffle(&shown, seed)
    }

    /// [`Context::visible_choices`] as positions in the question's list: what a phone
    /// keeps for a list of tens of thousands, drawing only the few it shows.
    pub fn visible_indices(&self, node: &'a Node, instance: Instance<'_>) -> Vec<usize> {
        if let Some(source) = node.kind.repeat_source() {
            return self.source_indices(node, source, instance);
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

    /// Whether a list with nothing to offer is waiting for an answer: a list of a repeat's
    /// answers before the first, or a `choice_filter` reading a question still to be
    /// answered here (relevant and empty), directly or through a calculation that is
    /// empty for it. An empty list is then "no choices yet"; otherwise it is the list's
    /// own gap (a posto without associations in the attached file), and the enumerator
    /// must be told so. A question not asked (`${region_other}` beside `${region}`) or a
    /// lookup that found nothing is not waited for.
    pub fn filter_waits(&self, node: &'a Node, instance: Instance<'_>) -> bool {
        if node.kind.repeat_source().is_some() {
            return true;
        }
        self.form
            .exprs(&node.name)
            .and_then(|e| e.choice_filter.as_ref())
            .is_some_and(|filter| self.reads_unanswered(filter, instance, &node.name, 0))
    }

    /// Whether `expr` (of the node `current`) reads a question still to be answered
    /// here, or an empty calculation that does (a few calculations deep).
    fn reads_unanswered(
        &self,
        expr: &Expr,
        instance: Instance<'_>,
        current: &str,
        depth: usize,
    ) -> bool {
        let scope = self.scope(instance, current);
        expr.references().into_iter().any(|name| {
            let Some(read) = self.form.node(name) else {
                return false;
            };
            let empty = || {
                scope
                    .eval(&Expr::Ref(name.to_string()))
                    .as_string()
                    .trim()
                    .is_empty()
            };
            if read.kind.takes_input() {
                return self.is_relevant(name, instance) && empty();
            }
            depth < 4
                && empty()
                && self
                    .form
                    .exprs(name)
                    .and_then(|e| e.calculation.as_ref())
                    .is_some_and(|c| self.reads_unanswered(c, instance, name, depth + 1))
        })
    }

    /// Whether a node's own `relevant` holds (its ancestors are the caller's business).
    pub fn self_relevant(&self, node: &'a Node, instance: Instance<'_>) -> bool {
        self.eval_own(node, instance, |e| &e.relevant)
            .is_none_or(|v| v.as_bool())
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

    /// The value a question's `default` gives it here: as written, or worked out when
    /// it is an expression (`None` when that comes out empty).
    pub fn default_value(&self, node: &'a Node, instance: Instance<'_>) -> Option<String> {
        match self.eval_own(node, instance, |e| &e.default) {
            Some(value) => Some(value.as_answer()).filter(|v| !v.is_empty()),
            None => node.default.clone(),
        }
    }

    /// Evaluate a calculation in place.
    pub fn calculate(&self, node: &'a Node, instance: Instance<'_>) -> String {
        self.eval_own(node, instance, |e| &e.calculation)
            .map_or_else(String::new, |v| v.as_answer())
    }

    /// Whether a node needs an answer now: `required`, or its `required` expression holds.
    pub fn is_required(&self, node: &'a Node, instance: Instance<'_>) -> bool {
        node.required
            || self
                .eval_own(node, instance, |e| &e.required_if)
                .is_some_and(|v| v.as_bool())
    }

    /// Whether the constraint of a node holds for its current value.
    pub fn constraint_holds(&self, node: &'a Node, instance: Instance<'_>) -> bool {
        self.eval_own(node, instance, |e| &e.constraint)
            .is_none_or(|v| v.as_bool())
    }

    /// One of the node's own expressions, evaluated in `instance`; `None` when the node
    /// has no such expression.
    fn eval_own(
        &self,
        node: &Node,
        instance: Instance<'_>,
        column: fn(&NodeExprs) -> &Option<Expr>,
    ) -> Option<Value> {
        let expr = column(self.form.exprs(&node.name)?).as_ref()?;
        Some(self.scope(instance, &node.name).eval(expr))
    }
}

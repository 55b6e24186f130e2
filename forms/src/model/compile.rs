//! `Form::compile`: one check per column of a node, each returning the message an author
//! reads; the node and column are named once, where a check fails.

use std::collections::BTreeMap;

use super::{Choice, CompiledForm, Form, Kind, Location, Node, NodeExprs, node_at};
use crate::Error;
use crate::expr::{Expr, Function};
use crate::graph::{Graph, NodeInfo};

/// A column's problem: its name and the message.
type Refusal = (&'static str, String);

impl Form {
    /// Check the definition and parse every expression.
    pub fn compile(self) -> Result<CompiledForm, Error> {
        let mut locations = BTreeMap::new();
        let mut order = Vec::new();
        index_nodes(
            &self.body,
            &mut Vec::new(),
            &mut Vec::new(),
            &mut locations,
            &mut order,
        )?;
        let columns = Columns {
            locations: &locations,
            choices: &self.choices,
        };
        let mut exprs = BTreeMap::new();
        for name in &order {
            let node = node_at(&self.body, &locations[name].path);
            let node_exprs = columns
                .node(node)
                .map_err(|(column, message)| Error::Node {
                    name: name.clone(),
                    column: column.into(),
                    message,
                })?;
            exprs.insert(name.clone(), node_exprs);
        }
        let infos: Vec<NodeInfo<'_>> = order
            .iter()
            .map(|name| {
                let location = &locations[name];
                let parent_path = &location.path[..location.path.len() - 1];
                NodeInfo {
                    name,
                    parent: (!parent_path.is_empty())
                        .then(|| locations[&node_at(&self.body, parent_path).name].id),
                    repeat: location.repeat().map(|r| locations[r].id),
                    exprs: &exprs[name],
                    calculated: node_at(&self.body, &location.path).kind == Kind::Calculate,
                }
            })
            .collect();
        let graph = Graph::build(&infos, |name| locations.get(name).map(|l| l.id))?;
        drop(infos);
        let instance_name = match &self.instance_name {
            None => None,
            // Held to its parse and references only (lists and patterns are not checked
            // here, as before the checks were one per column).
            Some(src) => {
                Some(
                    columns
                        .parsed("instance_name", src)
                        .map_err(|message| Error::Node {
                            name: "instance_name".into(),
                            column: "instance_name".into(),
                            message,
                        })?,
                )
            }
        };
        Ok(CompiledForm {
            form: self,
            locations,
            exprs,
            order,
            graph,
            instance_name,
        })
    }
}

/// What a node's columns are checked against: the names the form defines and its choice
/// lists (of the choices sheet and of attached files).
struct Columns<'f> {
    locations: &'f BTreeMap<String, Location>,
    choices: &'f BTreeMap<String, Vec<Choice>>,
}

impl Columns<'_> {
    /// Every column of one node, in the order an author is told about them: its type, its
    /// parameters, a calculate's calculation, the texts, the trigger, then each expression.
    fn node(&self, node: &Node) -> Result<NodeExprs, Refusal> {
        self.kind(node).map_err(|m| ("type", m))?;
        if let Kind::Range { start, end, step } = node.kind {
            check_scale(start, end, step).map_err(|m| ("parameters", m))?;
        }
        // Parameters that cannot be read were refused at XLSForm import; a form stored
        // before this check keeps its choices as listed rather than failing to load.
        let order = match node.kind {
            Kind::SelectOne { .. } | Kind::SelectMultiple { .. } | Kind::Rank { .. } => {
                node.order().unwrap_or(crate::shuffle::Order::AsListed)
            }
            _ => crate::shuffle::Order::AsListed,
        };
        calculation_given(node).map_err(|m| ("calculation", m))?;
        self.texts(node)?;
        let trigger = self.trigger(node).map_err(|m| ("trigger", m))?;
        let parse = |column: &'static str, src: &Option<String>| match src {
            None => Ok(None),
            Some(src) => self
                .expression(column, src)
                .map(Some)
                .map_err(|m| (column, m)),
        };
        Ok(NodeExprs {
            trigger,
            list_source: node.kind.repeat_source().map(str::to_string),
            relevant: parse("relevant", &node.relevant)?,
            constraint: parse("constraint", &node.constraint)?,
            calculation: parse("calculation", &node.calculation)?,
            choice_filter: match parse("choice_filter", &node.choice_filter)? {
                // Over a repeat's answers, read in each instance offered as pyxform writes
                // it (`Expr::read_over_instances`).
                Some(mut filter) => match node
                    .kind
                    .repeat_source()
                    .and_then(|source| self.locations.get(source)?.repeats.last())
                {
                    Some(repeat) => {
                        let inside = |name: &str| {
                            self.locations
                                .get(name)
                                .is_some_and(|l| l.repeats.contains(repeat))
                        };
                        filter.read_over_instances(&|name| self.defined(name).is_ok(), &inside);
                        Some(filter)
                    }
                    None => Some(filter),
                },
                other => other,
            },
            repeat_count: parse("repeat_count", &node.repeat_count)?,
            required_if: parse("required", &node.required_if)?,
            default: match &node.default {
                Some(d) if is_dynamic_default(d) || number_expression_default(&node.kind, d) => {
                    parse("default", &node.default)?
                }
                _ => None,
            },
            // A seed that names no question (refused at import) reads as no number.
            seed: match &order {
                crate::shuffle::Order::Seeded(seed) => self.expression("parameters", seed).ok(),
                _ => None,
            },
            order,
        })
    }

    /// `${name}` names a node of the form.
    fn defined(&self, name: &str) -> Result<(), String> {
        if self.locations.contains_key(name) {
            Ok(())
        } else {
            Err(format!(
                "refers to ${{{name}}}, which the form does not define"
            ))
        }
    }

    /// The `type` column: a select's list exists (a choice list, or a question inside a
    /// repeat whose answers it offers).
    fn kind(&self, node: &Node) -> Result<(), String> {
        if let Some(source) = node.kind.repeat_source() {
            if matches!(node.kind, Kind::Rank { .. }) {
                return Err(format!(
                    "`rank ${{{source}}}`: ranking a repeat's answers is not supported yet; rank a list of the choices sheet"
                ));
            }
            if self
                .locations
                .get(source)
                .is_none_or(|l| l.repeats.is_empty())
            {
                return Err(format!(
                    "`${{{source}}}`: a select can offer the answers to a question inside a repeat (the members of a household); `{source}` is not one"
                ));
            }
        } else if let Some(list) = node.kind.choice_list()
            && !self.choices.contains_key(list)
        {
            return Err(format!(
                "the choice list `{list}` is not defined in the choices sheet"
            ));
        }
        Ok(())
    }

    /// The texts (label, hints, messages): every answer they show is defined.
    fn texts(&self, node: &Node) -> Result<(), Refusal> {
        for (column, text) in [
            ("label", &node.label),
            ("hint", &node.hint),
            ("guidance_hint", &node.guidance),
            ("constraint_message", &node.constraint_message),
            ("required_message", &node.required_message),
        ] {
            if let Some(unknown) =
                crate::label::text_references(text).find(|r| !self.locations.contains_key(*r))
            {
                return Err((
                    column,
                    format!("shows ${{{unknown}}}, which the form does not define"),
                ));
            }
        }
        Ok(())
    }

    /// The `trigger` column: the questions whose answer sets this one off.
    fn trigger(&self, node: &Node) -> Result<Vec<String>, String> {
        let Some(cell) = node.attributes.get("trigger") else {
            return Ok(Vec::new());
        };
        let names = trigger_names(cell);
        if names.is_empty() {
            return Err(format!(
                "`{cell}` names no question: write the question that sets this one off as ${{name}}"
            ));
        }
        for name in &names {
            self.defined(name)?;
        }
        Ok(match node.kind {
            // A group's trigger sets nothing (the reference converter accepts it).
            Kind::Group | Kind::Repeat => Vec::new(),
            // A question with a trigger and no calculation is cleared when the trigger is
            // answered again (ODK's setvalue with no value).
            _ => names,
        })
    }

    /// An expression column: it parses, reads only answers the form defines and lists it
    /// has, and its `regex()` patterns compile.
    fn expression(&self, column: &str, src: &str) -> Result<Expr, String> {
        let expr = self.parsed(column, src)?;
        self.reads(&expr)?;
        Ok(expr)
    }

    /// An expression that parses (in a `choice_filter`, bare names are columns) and reads
    /// only answers the form defines.
    fn parsed(&self, column: &str, src: &str) -> Result<Expr, String> {
        let parsed = if column == "choice_filter" {
            Expr::parse_choice_filter(src)
        } else {
            Expr::parse(src)
        };
        let expr = parsed.map_err(|e| match e {
            Error::Expression { expr, at, reason } => {
                format!("`{expr}` does not parse at character {at}: {reason}")
            }
            other => other.to_string(),
        })?;
        for reference in expr.references() {
            match reference.strip_prefix(crate::expr::LAST_SAVED) {
                // The phone has the other record at hand while it interviews: a default
                // reads it when the interview begins, a calculation whenever it runs
                // (its value is then the phone's to keep, see `Expr::is_volatile`).
                Some(q) if column == "default" || column == "calculation" => self.defined(q)?,
                // Relevance or a constraint would differ on the server, which has no such
                // record: a record would be judged by other rules than the phone's.
                Some(_) => {
                    return Err(format!(
                        "`${{{reference}}}` (the answer in the last form saved) is read in the default and calculation columns only"
                    ));
                }
                None => self.defined(reference)?,
            }
        }
        Ok(expr)
    }

    /// The lists an expression reads exist, and its `regex()` patterns compile.
    fn reads(&self, expr: &Expr) -> Result<(), String> {
        let mut unknown_list = None;
        let mut bad_pattern = None;
        expr.walk(&mut |e| {
            let list = match e {
                Expr::Lookup { list, .. } => Some(list.as_str()),
                Expr::Call(Function::Pulldata, args) => match args.first() {
                    Some(Expr::Str(list)) => Some(list.as_str()),
                    _ => None,
                },
                _ => None,
            };
            if let Some(list) = list
                && !self.choices.contains_key(list)
                && !self.choices.contains_key(&format!("{list}.csv"))
                && !self.choices.contains_key(&format!("{list}.xml"))
            {
                unknown_list.get_or_insert(list);
            }
            if let Expr::Call(Function::Regex, args) = e
                && let Some(Expr::Str(pattern)) = args.get(1)
                && let Err(why) = crate::expr::check_regex(pattern)
            {
                bad_pattern.get_or_insert(why);
            }
        });
        if let Some(list) = unknown_list {
            return Err(format!(
                "reads `{list}`, which is neither a choice list nor a CSV file attached to the form"
            ));
        }
        match bad_pattern {
            Some(why) => Err(why),
            None => Ok(()),
        }
    }
}

/// A calculate needs a calculation, or at least a `default` expression whose value it
/// keeps (pyxform accepts that; a plain text default it refuses, as here).
fn calculation_given(node: &Node) -> Result<(), String> {
    let dynamic_default = node.default.as_deref().is_some_and(is_dynamic_default);
    if node.kind == Kind::Calculate && node.calculation.is_none() && !dynamic_default {
        return Err(
            "Missing calculation: a calculate needs an expression in the calculation column".into(),
        );
    }
    Ok(())
}

fn index_nodes(
    nodes: &[Node],
    repeats: &mut Vec<String>,
    path: &mut Vec<usize>,
    locations: &mut BTreeMap<String, Location>,
    order: &mut Vec<String>,
) -> Result<(), Error> {
    for (i, node) in nodes.iter().enumerate() {
        path.push(i);
        if node.name.is_empty() {
            return Err(Error::FormDefinition("a node has no name".into()));
        }
        let location = Location {
            repeats: repeats.clone(),
            path: path.clone(),
            id: order.len(),
        };
        if locations.insert(node.name.clone(), location).is_some() {
            return Err(Error::Node {
                name: node.name.clone(),
                column: "name".into(),
                message: "the name is used twice; names must be unique in a form".into(),
            });
        }
        order.push(node.name.clone());
        if node.kind.has_children() {
            let repeat = node.kind == Kind::Repeat;
            if repeat {
                repeats.push(node.name.clone());
            }
            index_nodes(&node.children, repeats, path, locations, order)?;
            if repeat {
                repeats.pop();
            }
        }
        path.pop();
    }
    Ok(())
}

/// A range's scale must have two different ends, a non-zero step and not too many steps
/// for a slider. Ends that are not a whole number of steps apart are kept (ODK Collect
/// disables such a question, a web form's slider stops at the last whole step, as Sauti
/// does: `validate::scale_bounds`); the importer warns of them.
fn check_scale(start: f64, end: f64, step: f64) -> Result<(), String> {
    if step == 0.0 {
        return Err("the range's `step` cannot be 0".into());
    }
    // Numbers printed by `num::format`: Rust's float printing would add kilobytes to the
    // phone, which compiles forms too.
    let f = crate::num::format;
    if start == end {
        return Err(format!(
            "the range starts and ends at {}: give it two different ends",
            f(start)
        ));
    }
    let steps = ((end - start) / step).abs();
    if steps > 10_000.0 {
        return Err("the range has more than 10,000 steps: make the step larger".into());
    }
    Ok(())
}

/// Whether a `default` is an expression to work out: it names an answer, or calls a
/// function (`today()`, `today() - 1`, `concat(…)`). `Kambi (north)` stays a text.
fn is_dynamic_default(default: &str) -> bool {
    if default.contains("${") {
        return true;
    }
    let Ok(expr) = Expr::parse(default) else {
        return false;
    };
    let mut calls = false;
    expr.walk(&mut |e| calls |= matches!(e, Expr::Call(..)));
    calls
}

/// A number question's default written as arithmetic (`1 + 1`, `'5'`): worked out, as
/// pyxform takes any arithmetic for an expression; in a text question `18-24` stays text.
fn number_expression_default(kind: &Kind, default: &str) -> bool {
    matches!(kind, Kind::Integer | Kind::Decimal | Kind::Range { .. })
        && crate::num::parse_decimal(default.trim()).is_none()
        && Expr::parse(default).is_ok()
}

/// The `${name}`s of a `trigger` cell.
fn trigger_names(cell: &str) -> Vec<String> {
    crate::label::references(cell).map(str::to_string).collect()
}

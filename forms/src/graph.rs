//! The form's dependency graph, built once when a form is compiled.
//!
//! A node *depends on* another when the other's value can change its own value or
//! relevance: references in `calculation`, `relevant`, `choice_filter` and `repeat_count`,
//! and the group or repeat around it (a group that stops being relevant hides its
//! children). Constraints only read; they are checked by `validate`, not propagated.
//!
//! The graph gives every node a rank in a topological order, so one pass settles a whole
//! form and, after one answer, [`Graph::affected`] walks only the nodes downstream of it, in
//! order, stopping where a value did not change. A cycle (two calculations that read each
//! other, or a question relevant only when it is answered) has no order and is refused
//! when the form is compiled, naming the nodes in the loop.
//!
//! Calculations using `random()`, `uuid()`, `now()` or `once()` anywhere (an `instance(…)`
//! filter too), or reading `${last-saved#q}`, are *volatile*: computed once when first
//! relevant, then kept, on the phone by both settle paths and on the server, which does not
//! recompute them. (The phone interviews on a form where the last record's answers stand in
//! for `${last-saved#q}`: there such a calculation is plain again.) A node with a
//! `trigger` reads its trigger like a reference, but its calculation runs only in
//! `settle_answer`, when the enumerator answers the trigger in that instance; otherwise its
//! value is kept.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use crate::Error;
use crate::expr::Expr;
use crate::model::NodeExprs;

/// Who depends on whom, and in which order to evaluate.
#[derive(Debug, Clone, Default)]
pub struct Graph {
    /// Node names by id (document order).
    names: Vec<String>,
    /// For each node id, the ids of nodes whose value or relevance read it.
    dependents: Vec<Vec<usize>>,
    /// Ids in an order where every node comes after what it depends on.
    order: Vec<usize>,
    /// The position of each id in `order`.
    rank: Vec<usize>,
    /// Whether a node's calculation gives a new value each time (random, uuid, now, once).
    volatile: Vec<bool>,
}

/// What `build` needs to know of one node.
pub(crate) struct NodeInfo<'a> {
    pub name: &'a str,
    /// The enclosing group or repeat, by id.
    pub parent: Option<usize>,
    /// The enclosing repeat, by id: whoever reads this node outside its instance reads a
    /// node set whose size changes with the repeat's.
    pub repeat: Option<usize>,
    pub exprs: &'a NodeExprs,
    /// Whether this node's value is computed (a calculation), for the cycle message.
    pub calculated: bool,
}

impl Graph {
    /// Build the graph over nodes in document order; `id_of` resolves a referenced name.
    /// A form whose choice filters read questions further on in a loop (ranked choices
    /// that exclude each other) is ordered again with those reads left out of the order
    /// ([`later_filter_reads`]); every other form keeps the order of all it reads.
    pub(crate) fn build(
        nodes: &[NodeInfo<'_>],
        id_of: impl Fn(&str) -> Option<usize>,
    ) -> Result<Graph, Error> {
        Self::ordered(nodes, &id_of, false).or_else(|_| Self::ordered(nodes, &id_of, true))
    }

    /// The graph, with (`soft`) or without the choice filters' reads of plain questions
    /// further on taking part in the order.
    fn ordered(
        nodes: &[NodeInfo<'_>],
        id_of: &impl Fn(&str) -> Option<usize>,
        soft_filters: bool,
    ) -> Result<Graph, Error> {
        let n = nodes.len();
        let mut dependents = vec![Vec::new(); n];
        let mut sources = vec![0usize; n];
        let mut soft = Vec::new();
        for (id, count) in sources.iter_mut().enumerate() {
            let mut reads = sources_of(nodes, id, id_of, soft_filters);
            // Few sources per node: a linear dedup keeps a sort out of the phone's code.
            let mut i = 0;
            while i < reads.len() {
                if reads[..i].contains(&reads[i]) {
                    reads.swap_remove(i);
                } else {
                    i += 1;
                }
            }
            // What a group's `relevant` reads inside the group orders nothing (the group
            // comes before its children and settles them: `validate/settle.rs`), but a
            // change there still reaches it.
            for &source in &reads {
                if !inside(nodes, source, id) {
                    *count += 1;
                }
                dependents[source].push(id);
            }
            // A choice filter reading a question further on orders nothing, but a change
            // there still reaches it (joined once the order is found).
            let later = if soft_filters {
                later_filter_reads(nodes, id, id_of)
            } else {
                Vec::new()
            };
            for later in later {
                if !reads.contains(&later) && !soft.contains(&(later, id)) {
                    soft.push((later, id));
                }
            }
        }
        // Kahn's algorithm, taking the lowest id first so the order stays close to the
        // document's (what a reader expects when two orders are equally right).
        let mut ready: BinaryHeap<Reverse<usize>> =
            (0..n).filter(|&i| sources[i] == 0).map(Reverse).collect();
        let mut order = Vec::with_capacity(n);
        let mut remaining = sources.clone();
        while let Some(Reverse(id)) = ready.pop() {
            order.push(id);
            for &d in &dependents[id] {
                if inside(nodes, id, d) {
                    continue;
                }
                remaining[d] -= 1;
                if remaining[d] == 0 {
                    ready.push(Reverse(d));
                }
            }
        }
        if order.len() < n {
            return Err(cycle_error(nodes, &remaining, id_of, soft_filters));
        }
        for (source, reader) in soft {
            dependents[source].push(reader);
        }
        let mut rank = vec![0; n];
        for (position, &id) in order.iter().enumerate() {
            rank[id] = position;
        }
        let volatile = nodes
            .iter()
            .map(|node| {
                node.exprs
                    .calculation
                    .as_ref()
                    .is_some_and(Expr::is_volatile)
            })
            .collect();
        Ok(Graph {
            names: nodes.iter().map(|n| n.name.to_string()).collect(),
            dependents,
            order,
            rank,
            volatile,
        })
    }

    /// Node names in evaluation order (each after everything it depends on).
    pub fn order(&self) -> impl Iterator<Item = &str> {
        self.order.iter().map(|&id| self.names[id].as_str())
    }

    /// Node ids in evaluation order.
    pub fn order_ids(&self) -> impl Iterator<Item = usize> + '_ {
        self.order.iter().copied()
    }

    /// Whether a node's calculation changes at every evaluation (`random()`, `now()`,
    /// `uuid()`, `once()`) or reads the phone's last record: the server keeps the value the
    /// phone stored.
    pub fn is_volatile(&self, id: usize) -> bool {
        self.volatile.get(id).copied().unwrap_or(false)
    }

    /// Say again whether node `id` is volatile, after its calculation was rewritten.
    pub(crate) fn set_volatile(&mut self, id: usize, volatile: bool) {
        if let Some(v) = self.volatile.get_mut(id) {
            *v = volatile;
        }
    }

    /// Visit the nodes downstream of `changed` in evaluation order. `visit` re-evaluates
    /// one node and says whether its value changed; only then are its own dependents
    /// visited (a group or repeat always passes on, since its children's relevance follows
    /// its own). `changed` itself is visited first. Returns every node visited: those whose
    /// relevance or value may differ.
    pub fn affected(
        &self,
        changed: usize,
        mut visit: impl FnMut(usize) -> bool,
        is_container: impl Fn(usize) -> bool,
    ) -> Vec<usize> {
        let mut queued = vec![false; self.names.len()];
        let mut heap: BinaryHeap<Reverse<(usize, usize)>> = BinaryHeap::new();
        let push = |heap: &mut BinaryHeap<_>, queued: &mut Vec<bool>, id: usize| {
            for &d in &self.dependents[id] {
                if !queued[d] {
                    queued[d] = true;
                    heap.push(Reverse((self.rank[d], d)));
                }
            }
        };
        // The changed node itself first: an answer to a question that is not relevant
        // (an old draft, a bulk edit) is cleared like any other.
        visit(changed);
        push(&mut heap, &mut queued, changed);
        let mut visited = vec![changed];
        while let Some(Reverse((_, id))) = heap.pop() {
            visited.push(id);
            if visit(id) || is_container(id) {
                push(&mut heap, &mut queued, id);
            }
        }
        visited
    }
}

/// What node `id` depends on: the nodes its value-changing expressions read (and the
/// repeats around them, whose instance count changes what they read), and its parent.
fn sources_of(
    nodes: &[NodeInfo<'_>],
    id: usize,
    id_of: &impl Fn(&str) -> Option<usize>,
    soft_filters: bool,
) -> Vec<usize> {
    let e = nodes[id].exprs;
    // A choice filter may read its own question (`not(selected(${needs}, 'none')) or
    // name = 'none'`: "none" leaves no other choice): that is no loop, the answer is only
    // trimmed to what the filter then offers. With `soft_filters`, what it reads of plain
    // questions further on orders nothing ([`later_filter_reads`]).
    // So are the answers a select offers from a repeat (`select_one ${animal_type}`).
    let filter = e
        .choice_filter
        .iter()
        .flat_map(|x| x.references())
        .chain(e.list_source.as_deref())
        .filter_map(id_of)
        .filter(|&r| r != id && !(soft_filters && r > id && plain(nodes, r)));
    let read: Vec<usize> = [&e.calculation, &e.relevant, &e.repeat_count]
        .into_iter()
        .flatten()
        .flat_map(|x| x.references())
        .chain(e.trigger.iter().map(String::as_str))
        .filter_map(id_of)
        .chain(filter)
        .collect();
    read.iter()
        .filter_map(|&r| nodes[r].repeat)
        .filter(|&r| r != id)
        .chain(read.iter().copied())
        .chain(nodes[id].parent)
        .collect()
}

/// The questions further on in the form that node `id`'s choice filter reads (or its
/// choices come from: the other pets' animal types, the current one filtered out), with
/// the repeats around them. Ranked choices filter each other: the first concern offers every
/// concern but the second and third, the second all but the first and third
/// (`me != ${Q1B} and me != ${Q1C}`, OCHA's Syria assessment). ODK reads a choice filter
/// when it shows the list, not in its dependency graph, so such forms load in Collect.
/// Here such a read orders nothing, or the two would wait for each other; a change there
/// still reaches the filter and clears a choice no longer offered. A draft opened again
/// is consistent already: the phone offers only what the filters allow. Only questions the
/// enumerator answers are read so: a calculation further on keeps its place in the order,
/// so that a whole settle sees its new value before the filter.
fn later_filter_reads(
    nodes: &[NodeInfo<'_>],
    id: usize,
    id_of: &impl Fn(&str) -> Option<usize>,
) -> Vec<usize> {
    let later: Vec<usize> = nodes[id]
        .exprs
        .choice_filter
        .iter()
        .flat_map(|x| x.references())
        .chain(nodes[id].exprs.list_source.as_deref())
        .filter_map(id_of)
        .filter(|&r| r > id && plain(nodes, r))
        .collect();
    later
        .iter()
        .filter_map(|&r| nodes[r].repeat)
        .filter(|&r| r != id)
        .chain(later.iter().copied())
        .collect()
}

/// Whether node `id` holds only what the enumerator answers (no calculation sets it).
fn plain(nodes: &[NodeInfo<'_>], id: usize) -> bool {
    !nodes[id].calculated && nodes[id].exprs.calculation.is_none()
}

/// Whether node `node` sits inside the group or repeat `container`.
fn inside(nodes: &[NodeInfo<'_>], node: usize, container: usize) -> bool {
    let mut at = nodes[node].parent;
    while let Some(parent) = at {
        if parent == container {
            return true;
        }
        at = nodes[parent].parent;
    }
    false
}

/// Name the nodes caught in a loop: follow unresolved sources until one repeats.
fn cycle_error(
    nodes: &[NodeInfo<'_>],
    remaining: &[usize],
    id_of: &impl Fn(&str) -> Option<usize>,
    soft_filters: bool,
) -> Error {
    let stuck = |id: usize| remaining[id] > 0;
    let reads = |id: usize| -> Vec<usize> {
        sources_of(nodes, id, id_of, soft_filters)
            .into_iter()
            .filter(|&s| stuck(s) && !inside(nodes, s, id))
            .collect()
    };
    let start = (0..nodes.len()).find(|&i| stuck(i)).unwrap_or(0);
    let mut path = vec![start];
    let mut at = start;
    let loop_start = loop {
        let Some(next) = reads(at).into_iter().next() else {
            break 0;
        };
        if let Some(i) = path.iter().position(|&p| p == next) {
            break i;
        }
        path.push(next);
        at = next;
    };
    let mut cycle: Vec<&str> = path[loop_start..].iter().map(|&i| nodes[i].name).collect();
    cycle.push(cycle[0]);
    let first = path[loop_start];
    let column = if nodes[first].calculated {
        "calculation"
    } else {
        "relevant"
    };
    Error::Node {
        name: nodes[first].name.to_string(),
        column: column.into(),
        message: format!(
            "these fields depend on each other in a loop, so none can be worked out first: {} (each reads the next). \
             Break the loop by removing one of the references",
            cycle
                .iter()
                .map(|n| format!("${{{n}}}"))
                .collect::<Vec<_>>()
                .join(" → ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use crate::Error;
    use crate::demo::chained_form;
    use crate::model::{Answers, Form, Kind};

    fn with_calcs(calcs: &[(&str, &str)]) -> Form {
        let mut form = chained_form(2);
        let template = form.body.pop().unwrap();
        for (name, calc) in calcs {
            let mut node = template.clone();
            node.name = name.to_string();
            node.kind = Kind::Calculate;
            node.calculation = Some(calc.to_string());
            form.body.push(node);
        }
        form
    }

    #[test]
    fn calculations_are_ordered_by_what_they_read_not_where_they_are_written() {
        let form = with_calcs(&[("c", "${b} + 1"), ("b", "${a} * 2"), ("a", "${q1} + 1")])
            .compile()
            .unwrap();
        let order: Vec<&str> = form.graph().order().collect();
        let at = |n: &str| order.iter().position(|x| *x == n).unwrap();
        assert!(at("q1") < at("a") && at("a") < at("b") && at("b") < at("c"));
        let mut answers = Answers::new();
        crate::model::set_value(&mut answers, "q1", &[], "4".into());
        crate::validate::settle(&form, &mut answers, "2026-11-25");
        assert_eq!(
            crate::model::value(&answers, "c", &[]),
            "11",
            "one pass is enough"
        );
    }

    #[test]
    fn a_volatile_call_anywhere_in_a_calculation_makes_it_volatile() {
        let mut form = with_calcs(&[
            ("plain", "${q1} + 1"),
            ("drawn", "round(random() * 10)"),
            (
                "filtered",
                "instance('places')/root/item[number(name) < random() * 3]/label",
            ),
            ("in_operand", "${q1} + if(true(), 1, once(2))"),
        ]);
        let place = |name: &str| crate::model::Choice {
            name: name.into(),
            label: crate::model::Text::single("en", name),
            attributes: Default::default(),
        };
        form.choices
            .insert("places".into(), vec![place("1"), place("2")]);
        let form = form.compile().unwrap();
        let volatile = |name: &str| form.graph().is_volatile(form.location(name).unwrap().id);
        assert!(!volatile("plain"));
        assert!(volatile("drawn"));
        assert!(volatile("in_operand"));
        assert!(
            volatile("filtered"),
            "random() inside an instance(…) filter is drawn at each evaluation"
        );
    }

    #[test]
    fn loops_are_refused_naming_every_field_in_them() {
        let err = with_calcs(&[("a", "${c} + 1"), ("b", "${a} + 1"), ("c", "${b} + 1")])
            .compile()
            .unwrap_err();
        let Error::Node {
            column, message, ..
        } = err
        else {
            panic!("{err:?}")
        };
        assert_eq!(column, "calculation");
        for name in ["${a}", "${b}", "${c}"] {
            assert!(message.contains(name), "{message}");
        }
        let mut form = chained_form(3);
        form.body[0].relevant = Some("${q1} != ''".into());
        let err = form.compile().unwrap_err();
        assert!(
            matches!(&err, Error::Node { name, column, .. } if name == "q1" && column == "relevant"),
            "{err:?}"
        );
    }

    #[test]
    fn a_choice_filter_may_read_its_own_question() {
        // "None of these" leaves no other choice: the filter reads the answer it filters.
        let mut needs = crate::model::Node::new(
            "needs",
            Kind::SelectMultiple {
                list: "needs".into(),
            },
        );
        needs.choice_filter = Some("not(selected(${needs}, 'none')) or name = 'none'".into());
        let choices = ["food", "water", "none"]
            .map(|n| crate::model::Choice {
                name: n.into(),
                label: crate::model::Text::single("en", n),
                attributes: Default::default(),
            })
            .to_vec();
        let form = crate::demo::english_form(
            "needs",
            vec![needs],
            [("needs".to_string(), choices)].into(),
        )
        .compile()
        .unwrap();
        let mut answers = Answers::new();
        crate::model::set_value(&mut answers, "needs", &[], "food none".into());
        crate::validate::settle(&form, &mut answers, "2026-11-26");
        assert_eq!(crate::model::value(&answers, "needs", &[]), "none");
        assert_eq!(
            crate::validate::validate(&form, &answers, "2026-11-26"),
            vec![]
        );
        // A calculation that reads itself is still a loop.
        assert!(with_calcs(&[("a", "${a} + 1")]).compile().is_err());
    }

    #[test]
    fn after_one_answer_only_what_changed_is_visited() {
        let form = chained_form(1000).compile().unwrap();
        let mut answers = Answers::new();
        crate::model::set_value(&mut answers, "q1", &[], "5".into());
        let visited = crate::validate::settle_after(&form, &mut answers, "2026-11-25", "q1");
        assert_eq!(
            visited,
            vec!["q1", "q2"],
            "q2 turns relevant but stays empty: the walk stops"
        );
        for i in 2..=1000 {
            crate::model::set_value(&mut answers, &format!("q{i}"), &[], "1".into());
        }
        crate::validate::settle(&form, &mut answers, "2026-11-25");
        assert_eq!(crate::model::value(&answers, "total", &[]), "10");
        crate::model::set_value(&mut answers, "q1", &[], "0".into());
        let visited = crate::validate::settle_after(&form, &mut answers, "2026-11-25", "q1");
        assert_eq!(
            visited.len(),
            1001,
            "the whole chain is cleared, and the total"
        );
        assert_eq!(answers.len(), 1, "only q1 is left");
    }
}

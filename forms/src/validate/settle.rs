//! Settling: calculations recomputed, repeats sized by their `repeat_count`, answers
//! cleared that stopped being relevant or offered, in dependency order (all of them, or
//! what one answer affects).
//!
//! Repeats are sized in every instance holding them; only untouched instances are removed
//! (nothing typed in them, calculations aside), so a count typed half-way never drops
//! answers. `settle_after` is what the interview screen calls after each answer; a property
//! test checks that it always ends where `settle` would (on the demo form and on a repeat
//! inside a repeat). One difference by design: an editable question with a calculation
//! that the enumerator typed over is recomputed when what it reads changes
//! (`settle_after`), but never by a whole `settle` when a draft is opened.

use super::{Context, chosen};
use crate::model::{self, Answer, Answers, CompiledForm, Instance, Kind, Node, Step};

/// A name whose value changed, and the repeat instance it changed in (empty outside
/// repeats): an editable calculation is recomputed only in the instances it reaches.
type Moved<'a> = (&'a str, Vec<Step>);

/// Recompute every calculation and clear answers that are no longer relevant, in one pass
/// over the dependency graph (every node after what it reads). Run when an interview
/// opens; after each answer, [`settle_after`] does only the work that answer causes.
/// A volatile calculation (`random()`, `now()`, `uuid()`, `once()`) is computed once,
/// when first relevant, and then kept (here and in `settle_after`): reopening a draft or
/// answering another question never re-draws a random sample.
/// A question with a `trigger` keeps its value here: it is computed only when its
/// trigger is answered ([`settle_answer`]).
pub fn settle(form: &CompiledForm, answers: &mut Answers, today: &str) {
    settle_all(form, answers, today, true);
}

/// [`settle`] for a steward's correction of `before` (the record as stored): a question
/// asked again is not given its `default` back, since what the steward left empty must
/// stay so; a question with an editable calculation takes its value again when the steward
/// changed something it reads (a household total after a member count was corrected), as
/// on the phone, and keeps what the steward typed into it.
pub fn settle_correction(
    form: &CompiledForm,
    answers: &mut Answers,
    today: &str,
    before: &Answers,
) {
    let mut edited = std::collections::BTreeSet::new();
    edited_names(before, answers, &mut Vec::new(), &mut edited);
    let mut moved: Vec<Moved> = edited
        .iter()
        .map(|(name, at)| (name.as_str(), at.clone()))
        .collect();
    for id in form.graph().order_ids() {
        let name = form.name_of(id);
        for at in settle_node(form, answers, today, id, None, false, Some(&moved)) {
            moved.push((name, at));
        }
    }
}

/// The names whose answers differ between `before` and `after`, with the repeat instance
/// (`at`, within these answers) they differ in. An instance added or removed counts as
/// its repeat changed where the repeat is, and as every answer in it changed (a total
/// over the members' ages follows a member removed). Instances are compared by position,
/// except where one was removed or added and the others are as they were: a steward
/// deleting the second of five members changes no other member (a removed one's answers
/// are marked one past the list's end, so they reach readers outside it, no member).
fn edited_names(
    before: &Answers,
    after: &Answers,
    at: &mut Vec<Step>,
    out: &mut std::collections::BTreeSet<(String, Vec<Step>)>,
) {
    let keys: std::collections::BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    let nothing = Answers::new();
    // A repeat's instances; none where it is not there at all (its group skipped).
    fn instances(answer: Option<&Answer>) -> Option<&[Answers]> {
        match answer {
            Some(Answer::Repeat(items)) => Some(items.as_slice()),
            None => Some(&[]),
            Some(Answer::Value(_)) => None,
        }
    }
    for key in keys {
        let differs = match (instances(before.get(key)), instances(after.get(key))) {
            (Some(a), Some(b)) if let Some(k) = one_apart(a, b) => {
                // The one removed, one past the end; the one added, where it is.
                let (then, now, index) = if a.len() > b.len() {
                    (&a[k], &nothing, b.len())
                } else {
                    (&nothing, &b[k], k)
                };
                at.push((key.clone(), index));
                edited_names(then, now, at, out);
                at.pop();
                true
            }
            (Some(a), Some(b)) => {
                for i in 0..a.len().max(b.len()) {
                    at.push((key.clone(), i));
                    edited_names(
                        a.get(i).unwrap_or(&nothing),
                        b.get(i).unwrap_or(&nothing),
                        at,
                        out,
                    );
                    at.pop();
                }
                a.len() != b.len()
            }
            _ => before.get(key) != after.get(key),
        };
        if differs {
            out.insert((key.clone(), at.clone()));
        }
    }
}

/// Where one instance was removed from `a` (or added to it) to give `b`, the others
/// unchanged and in order: its position. `None` for any other change.
fn one_apart(a: &[Answers], b: &[Answers]) -> Option<usize> {
    let (long, short) = match a.len().cmp(&b.len()) {
        std::cmp::Ordering::Greater => (a, b),
        std::cmp::Ordering::Less => (b, a),
        std::cmp::Ordering::Equal => return None,
    };
    if long.len() != short.len() + 1 {
        return None;
    }
    let k = short
        .iter()
        .zip(long)
        .position(|(x, y)| x != y)
        .unwrap_or(short.len());
    (short[k..] == long[k + 1..]).then_some(k)
}

fn settle_all(form: &CompiledForm, answers: &mut Answers, today: &str, restore: bool) {
    for id in form.graph().order_ids() {
        settle_node(form, answers, today, id, None, restore, None);
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
    // The enumerator emptied a question that has a default: kept as an empty answer, so
    // that the default is not put back (only a question asked anew starts with it).
    if let (Some(at), Some(node)) = (answered_in, form.node(changed))
        && restorable(form, node)
        && let Some(map) = model::instance_answers_mut(answers, at)
    {
        map.entry(changed.to_string())
            .or_insert_with(|| Answer::Value(String::new()));
    }
    // What changed in this pass, for the editable questions with a calculation: the
    // answer itself, then every node whose value settling changed.
    let mut moved: Vec<Moved> = vec![(changed, answered_in.unwrap_or_default().to_vec())];
    let mut visited: Vec<&'f str> = form
        .graph()
        .affected(
            location.id,
            |id| {
                let name = form.name_of(id);
                let changed_in = settle_node(form, answers, today, id, fired, true, Some(&moved));
                let did_change = !changed_in.is_empty();
                if name != changed {
                    moved.extend(changed_in.into_iter().map(|at| (name, at)));
                }
                did_change
            },
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
        if counted
            && !settle_node(
                form,
                answers,
                today,
                id,
                None,
                true,
                Some(&[(repeat, Vec::new())]),
            )
            .is_empty()
        {
            visited.extend(settle_after(form, answers, today, repeat));
        }
    }
    visited
}

/// What settling one node (in one repeat instance) asks for.
enum Change {
    Clear,
    /// A group not relevant because of answers inside it: those answers go (the group is
    /// then decided on what is left: see [`inner_reads`]).
    ClearReads,
    Set(String),
    Resize(usize),
}

/// Whether a question takes its `default` back when it is asked anew: a default written
/// as a value, or an expression that reads no answer and draws nothing new
/// (`coalesce(${last-saved#use_points}, 'true')` once the last record is written in, as
/// a French species survey's settings page does: ODK keeps the value it set when the
/// form opened while the page is skipped). One reading answers belongs to the moment the
/// form opened, and is not worked out again.
fn restorable(form: &CompiledForm, node: &Node) -> bool {
    node.default.is_some()
        && form.exprs(&node.name).is_some_and(|e| {
            e.default
                .as_ref()
                .is_none_or(|d| d.references().is_empty() && !d.is_volatile())
        })
        && (node.kind.takes_input() || node.kind == Kind::Hidden)
}

/// The questions inside group `node` (in its own instance) that its `relevant` reads
/// (`${shared} = 'Y'` on the group holding `shared`). Without them the group would wait
/// for itself: the dependency graph orders it before its children, and settling it clears
/// these answers when it is not relevant, so its relevance is then final for every child
/// (an answer that hides its own group cannot stand: ODK's engine loops on it).
fn inner_reads<'f>(form: &'f CompiledForm, node: &'f Node) -> Vec<&'f str> {
    let Some(group) = form.location(&node.name) else {
        return Vec::new();
    };
    form.exprs(&node.name)
        .and_then(|e| e.relevant.as_ref())
        .map_or_else(Vec::new, |e| e.references())
        .into_iter()
        .filter(|r| {
            form.location(r)
                .is_some_and(|l| l.path.starts_with(&group.path) && l.repeats == group.repeats)
        })
        .collect()
}

/// Re-evaluate one node in every instance it has; the instances where its value changed. `fired`:
/// the question just answered, and where, for the nodes it triggers; `moved`: the answer
/// that changed and what settling has changed since (`None` when the whole form is
/// settled).
fn settle_node(
    form: &CompiledForm,
    answers: &mut Answers,
    today: &str,
    id: usize,
    fired: Option<(&str, Instance<'_>)>,
    restore: bool,
    moved: Option<&[Moved]>,
) -> Vec<Vec<Step>> {
    let name = form.name_of(id);
    let (Some(node), Some(location)) = (form.node(name), form.location(name)) else {
        return Vec::new();
    };
    let triggers = form.exprs(name).map_or(&[][..], |e| e.trigger.as_slice());
    let instances = model::instances_of(answers, &location.repeats);
    // A steward's correction (no restoring) keeps a value worked out from `today()`: that
    // was the interview's day, and the server keeps it unchecked (`phones_to_keep`).
    let dated = !restore && reads_today(form, name);
    let mut changed_in = Vec::new();
    for instance in instances {
        let instance = &instance;
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
                Timing::Always if dated || form.graph().is_volatile(id) => Timing::Once,
                other => other,
            };
            decide(&ctx, node, instance, (timing, restore), (moved, fired))
        };
        let changed = match change {
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
            Some(Change::ClearReads) => {
                let mut had = false;
                for read in inner_reads(form, node) {
                    had |= !model::value(answers, read, instance).is_empty();
                    model::set_value(answers, read, instance, String::new());
                }
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
        if changed {
            changed_in.push(instance.to_vec());
        }
    }
    changed_in
}

/// Whether a repeat instance holds nothing anyone typed: only its defaults, what its
/// calculations worked out, and inner instances just as untouched.
fn untouched(form: &CompiledForm, instance: &Answers, blank: &Answers, today: &str) -> bool {
    instance.iter().all(|(name, answer)| {
        blank.get(name) == Some(answer)
            || form
                .node(name)
                .is_some_and(|n| n.read_only && n.calculation.is_some())
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

/// Whether `name`'s calculation reads `today()`: the day the interview's screen opened on
/// the phone, which neither the server nor a steward's later correction can know.
pub(super) fn reads_today(form: &CompiledForm, name: &str) -> bool {
    form.exprs(name)
        .and_then(|e| e.calculation.as_ref())
        .is_some_and(|c| c.calls(crate::expr::Function::Today))
}

/// Whether two instance paths agree on every repeat they share: an answer in member 2
/// fires a trigger in member 2 (and at the top level), not in member 3; one in a
/// household's members reaches that household's livestock (a sibling repeat), not
/// another household's.
fn same_branch(a: Instance<'_>, b: Instance<'_>) -> bool {
    a.iter()
        .zip(b)
        .take_while(|(x, y)| x.0 == y.0)
        .all(|(x, y)| x.1 == y.1)
}

/// The most instances a `repeat_count` may ask for: a typo (10000 for 10) must not
/// freeze the phone.
pub const MAX_REPEAT_COUNT: usize = 500;

/// A calculation's value as a question of `kind` holds it: a whole number cut to its
/// integer part (`${people} div 2` of an integer question), no value for a number that is
/// not finite, as ODK stores them.
/// (`crate::num`, not Rust's float formatting: that would add ~18 KB to the phone's bundle.)
pub(super) fn of_kind(kind: &Kind, value: String) -> String {
    let number = || crate::num::parse_decimal(value.trim());
    match kind {
        Kind::Integer => match number() {
            Some(n) if n.is_finite() => crate::num::format(n.trunc()),
            _ => String::new(),
        },
        Kind::Decimal => match number() {
            Some(n) if n.is_finite() => value,
            _ => String::new(),
        },
        _ => value,
    }
}

/// Whether a select's choice filter (or the repeat it offers) decides its value: what is
/// no longer offered is cleared, and a calculation on it is not used (here and in the
/// server's check of read-only calculations, `validate::held_calculation`).
pub(super) fn filter_decides(node: &Node) -> bool {
    matches!(
        node.kind,
        Kind::SelectOne { .. } | Kind::SelectMultiple { .. } | Kind::Rank { .. }
    ) && (node.choice_filter.is_some() || node.kind.repeat_source().is_some())
}

/// `restore`: a question asked anew with no answer takes its default back (the phone;
/// not a steward's correction).
fn decide<'a>(
    ctx: &Context<'a>,
    node: &'a Node,
    instance: Instance<'_>,
    (timing, restore): (Timing, bool),
    (moved, fired): (Option<&[Moved]>, Option<(&str, Instance<'_>)>),
) -> Option<Change> {
    if !ctx.is_relevant(&node.name, instance) {
        return match node.kind {
            Kind::Group if inner_reads(ctx.form, node).is_empty() => None,
            Kind::Group => Some(Change::ClearReads),
            _ => Some(Change::Clear),
        };
    }
    // Asked (again) with no answer at all, not even one the enumerator emptied: a
    // question starts with its default, as when the form opened (ODK sets defaults when
    // the form opens and keeps them while the question is not asked).
    let absent = restore
        && node.default.is_some()
        && model::instance_answers(ctx.answers, instance)
            .is_some_and(|m| !m.contains_key(&node.name))
        && restorable(ctx.form, node);
    let current = || model::value(ctx.answers, &node.name, instance);
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
        _ if filter_decides(node) => {
            // A choice the filter no longer offers (the state changed, so the county must
            // too) is cleared; a default put back keeps only what is offered.
            let old = current();
            let default = absent.then(|| ctx.default_value(node, instance)).flatten();
            let start = default.as_ref().unwrap_or(&old);
            let kept: Vec<&str> = chosen(&node.kind, start)
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
        // A question with a calculation (a read-only serial `${cal_posi}`, a total the
        // enumerator may correct): as in ODK, the calculation sets its value, of the
        // question's type. A read-only one always holds it; an editable one takes it when
        // empty and again when something it reads changed (in the instance answered), but
        // keeps what the enumerator typed over it until then.
        _ if node.calculation.is_some() && node.kind.takes_input() => {
            let old = current();
            let reads_moved = || {
                let reads = ctx
                    .form
                    .exprs(&node.name)
                    .and_then(|e| e.calculation.as_ref())
                    .map_or_else(Vec::new, |e| e.references());
                // Only where the change reaches (its own repeat instance, or every one
                // for a change outside it), and not when it changed itself there: what
                // was typed into it stands.
                moved.is_some_and(|m| {
                    m.iter()
                        .any(|(x, at)| reads.contains(x) && same_branch(instance, at))
                        && !m
                            .iter()
                            .any(|(x, at)| *x == node.name && same_branch(instance, at))
                }) && fired.is_none_or(|(_, at)| same_branch(instance, at))
            };
            let recompute = node.read_only || old.is_empty() || reads_moved();
            if !recompute || (timing == Timing::Once && !old.is_empty()) {
                return absent
                    .then(|| ctx.default_value(node, instance).map(Change::Set))
                    .flatten();
            }
            let new = of_kind(&node.kind, ctx.calculate(node, instance));
            (new != old).then_some(Change::Set(new))
        }
        _ if absent => ctx.default_value(node, instance).map(Change::Set),
        _ => None,
    }
}

//! How an interview is paged, worked out here so the phone only draws: the screens a form
//! has, which of them show something given the answers so far, where Next, Back and the
//! section overview lead, and how much of each screen is answered.
//!
//! ```
//! use forms::{demo, paging::{self, Paging}, validate::Context};
//! let form = demo::household_form().compile().unwrap();
//! let paging = Paging::of(&form);
//! let answers = Default::default();
//! let ctx = Context { form: &form, answers: &answers, today: "2026-11-25" };
//! let shown = paging.shown(&ctx);
//! assert_eq!(shown.len(), 8, "one screen per section of the demo form");
//! assert_eq!(paging::next(&shown, shown[0]), Some(shown[1]));
//! ```
//!
//! **Screens are fixed per form** ([`Paging::of`]); whether one is *shown* depends on the
//! answers ([`Paging::shows`]). A screen whose group does not apply, whose every question
//! is hidden, or whose repeat is counted to no instance is skipped, and "Page n of m"
//! counts the screens shown. A screen's id is its place in [`Paging::screens`], whatever
//! is answered: the page the enumerator is on stays that page when an earlier group appears
//! or goes, and a draft reopens on it.
//!
//! **Where screens are cut.** Each top-level group or repeat is a section of its own.
//! Runs of loose top-level questions are cut into screens of about [`SCREEN_BUDGET`]
//! (estimated CSS pixels on a 360 px phone, [`estimated_height`]): about 1.5 phone
//! screens, ten short questions or three selects of six choices. Within a run:
//! - the notes right before a question stay with it;
//! - a node whose `relevant` reads a question of the block just before it (an "other,
//!   specify" follow-up, a note that warns about an answer) stays with that block;
//! - a block is never cut, and one taller than a screen is alone on its screen;
//! - `style=pages` (Enketo's pages): every loose question and note is a screen of its own.
//!
//! Groups and repeats inside a section stay on its screen. A section taller than
//! [`SPLIT_SECTION_FROM`] (about three phone screens, where scrolling costs more than
//! losing the section's unity) is cut like a run of loose questions, its nested groups
//! kept whole unless that tall themselves (then cut the same way), as ODK Collect shows a
//! group that is not a field list one question at a time. Never cut: a `field-list` or
//! `table-list` group (its author asked for one screen) and a repeat (an instance is
//! answered together). Each piece of a cut group is titled with the group's label and its
//! part (`Screen::part`).
//!
//! Calculations, hidden and metadata fields take no place at the top level, nor does a
//! group holding only those, nor a node that is never relevant (a purpose the respondent
//! refused): no screen is ever empty for lack of something to draw.

use crate::model::{self, Answer, Answers, CompiledForm, Kind, Node, Step, Text};
use crate::validate::{Context, FieldError, Problem};

/// The estimated height of a screen of loose questions, in CSS pixels at 360 px wide:
/// about one and a half phone screens of 740 px.
pub const SCREEN_BUDGET: u32 = 1_100;

/// The estimated height from which a section is cut into several screens: about three
/// phone screens.
pub const SPLIT_SECTION_FROM: u32 = 2_200;

/// Characters of a label on one line at 18 px on a 360 px phone (297 px of text).
const LINE_CHARS: usize = 30;
/// One line of a label (18 px at 1.45).
const LINE: u32 = 26;
/// One line of a hint (0.95 rem at 1.45).
const HINT_LINE: u32 = 25;
/// A text input, a drop-down, a button.
const INPUT: u32 = 48;
/// A choice drawn as a row: 48 px and the gap.
const CHOICE_ROW: u32 = 54;
/// Around a question: padding, the label's margin.
const QUESTION_FRAME: u32 = 24;
/// Around a group: its border, padding, margin and legend.
const GROUP_FRAME: u32 = 66;
/// A picture or a video beside a question (shown at most 40 % of the screen high).
const PICTURE: u32 = 250;
/// The choices a filtered list (`choice_filter`, a cascade) is expected to show.
const FILTERED_ROWS: usize = 8;
/// Lists longer than this are searched on the phone (a box, not rows).
const SEARCHED_FROM: usize = 60;

/// One screen of the interview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Screen {
    /// The groups its nodes sit in, as an index path from `Form::body`: empty for a whole
    /// section or loose top-level questions, `[4]` for a piece of the group `body[4]`.
    pub within: Vec<usize>,
    /// Its nodes, as positions among the children of `within` (of `Form::body` at the top
    /// level), in form order.
    pub nodes: Vec<usize>,
    /// Which piece of a cut group it is, and of how many (`(2, 3)`).
    pub part: Option<(usize, usize)>,
}

/// How far one screen is answered, for the section overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Progress {
    /// Questions (and repeats) that need an answer now.
    pub required: usize,
    /// How many of those have one.
    pub answered: usize,
    /// Answers given that are not acceptable (a constraint, a number that is not one); a
    /// required question left empty is counted by `required - answered` instead.
    pub problems: usize,
}

/// The screens of one form (see the module's documentation).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Paging {
    screens: Vec<Screen>,
}

impl Paging {
    /// The screens of a form, cut as the module's documentation says.
    pub fn of(form: &CompiledForm) -> Paging {
        Paging::cut(form, form.has_style("pages"))
    }

    /// The screens of an audio-first interview (respondents who do not read): every loose
    /// question and note on a screen of its own, as `style=pages` does, so that each
    /// screen plays one prompt and shows its choices large.
    pub fn one_per_screen(form: &CompiledForm) -> Paging {
        Paging::cut(form, true)
    }

    fn cut(form: &CompiledForm, one_per_screen: bool) -> Paging {
        let mut cutter = Cutter {
            form,
            one_per_screen,
            screens: Vec::new(),
        };
        let mut run = Vec::new();
        for (i, node) in form.form.body.iter().enumerate() {
            if !takes_place(node, true) {
                continue;
            }
            if node.kind.has_children() {
                cutter.run(&[], std::mem::take(&mut run));
                cutter.section(&[], i, node);
            } else {
                run.push(i);
            }
        }
        cutter.run(&[], run);
        let mut screens = cutter.screens;
        // Number the pieces of each cut group.
        for i in 0..screens.len() {
            if screens[i].within.is_empty() {
                continue;
            }
            let same = |s: &Screen| s.within == screens[i].within;
            let of = screens.iter().filter(|s| same(s)).count();
            let n = screens[..i].iter().filter(|s| same(s)).count() + 1;
            screens[i].part = Some((n, of));
        }
        Paging { screens }
    }

    pub fn screens(&self) -> &[Screen] {
        &self.screens
    }

    /// Which piece of its cut group each screen of `shown` is, counted among the pieces
    /// shown ("2 of 9" where the cut made "5 of 13" and relevance skips some pieces: the
    /// cut's own count read as pages missing); `None` for a screen not cut, or the only
    /// piece of its group shown.
    pub fn shown_parts(&self, shown: &[usize]) -> Vec<Option<(usize, usize)>> {
        let piece_of = |id: usize| {
            Some(&self.screens.get(id)?.within).filter(|_| self.screens[id].part.is_some())
        };
        shown
            .iter()
            .map(|&id| {
                let within = piece_of(id)?;
                let mine: Vec<usize> = shown
                    .iter()
                    .copied()
                    .filter(|&s| piece_of(s) == Some(within))
                    .collect();
                let at = mine.iter().position(|&s| s == id)? + 1;
                (mine.len() > 1).then_some((at, mine.len()))
            })
            .collect()
    }

    pub fn len(&self) -> usize {
        self.screens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.screens.is_empty()
    }

    /// The nodes of screen `id`, borrowed from the form, and the innermost group they sit
    /// in (for a piece of a cut group).
    fn on_screen<'f>(
        &self,
        form: &'f CompiledForm,
        id: usize,
    ) -> (Vec<&'f Node>, Option<&'f Node>) {
        let Some(screen) = self.screens.get(id) else {
            return (Vec::new(), None);
        };
        let mut siblings = &form.form.body[..];
        let mut group = None;
        for &g in &screen.within {
            group = Some(&siblings[g]);
            siblings = &siblings[g].children;
        }
        (screen.nodes.iter().map(|&i| &siblings[i]).collect(), group)
    }

    /// What the phone draws for screen `id`: its top-level nodes, and for a piece of a cut
    /// group, that group (and the groups around it) holding only the piece's nodes.
    pub fn nodes(&self, form: &CompiledForm, id: usize) -> Vec<Node> {
        fn pruned(siblings: &[Node], within: &[usize], nodes: &[usize]) -> Vec<Node> {
            match within.split_first() {
                None => nodes.iter().map(|&i| siblings[i].clone()).collect(),
                Some((&g, rest)) => {
                    let group = &siblings[g];
                    let mut copy = group.clone();
                    copy.children = pruned(&group.children, rest, nodes);
                    vec![copy]
                }
            }
        }
        self.screens
            .get(id)
            .map(|s| pruned(&form.form.body, &s.within, &s.nodes))
            .unwrap_or_default()
    }

    /// The name of every node on screen `id`, the children of its groups and repeats
    /// included: the answers (and the errors) that belong to it.
    pub fn names(&self, form: &CompiledForm, id: usize) -> Vec<String> {
        fn go(node: &Node, out: &mut Vec<String>) {
            out.push(node.name.clone());
            node.children.iter().for_each(|c| go(c, out));
        }
        let mut out = Vec::new();
        for node in self.on_screen(form, id).0 {
            go(node, &mut out);
        }
        out
    }

    /// The nodes whose relevance or answer can show or hide screen `id`: its own and the
    /// groups around it. A phone re-asks [`Paging::shows`] only when one of them changed.
    pub fn watched(&self, form: &CompiledForm, id: usize) -> Vec<String> {
        let mut out = self.names(form, id);
        if let Some(screen) = self.screens.get(id) {
            let mut siblings = &form.form.body[..];
            for &g in &screen.within {
                out.push(siblings[g].name.clone());
                siblings = &siblings[g].children;
            }
        }
        out
    }

    /// Whether screen `id` has something to show with these answers: a question, a note,
    /// a repeat one can add to, relevant with every group around it.
    pub fn shows(&self, ctx: &Context<'_>, id: usize) -> bool {
        let (nodes, group) = self.on_screen(ctx.form, id);
        if group.is_some_and(|g| !ctx.is_relevant(&g.name, &[])) {
            return false;
        }
        nodes.into_iter().any(|n| shows(ctx, n))
    }

    /// The screens shown with these answers, in order: the interview's pages.
    pub fn shown(&self, ctx: &Context<'_>) -> Vec<usize> {
        (0..self.screens.len())
            .filter(|&id| self.shows(ctx, id))
            .collect()
    }

    /// The screen a node is on (a question inside a repeat: the repeat's screen).
    pub fn screen_of(&self, form: &CompiledForm, name: &str) -> Option<usize> {
        let path = &form.location(name)?.path;
        self.screens.iter().position(|s| {
            path.len() > s.within.len()
                && path.starts_with(&s.within)
                && s.nodes.contains(&path[s.within.len()])
        })
    }

    /// The node whose label titles screen `id` in the overview: the group a piece was cut
    /// from, the section's group or repeat, else the first labelled question (a note when
    /// the screen has no labelled question).
    pub fn title<'f>(&self, form: &'f CompiledForm, id: usize) -> Option<&'f Node> {
        fn labelled(node: &Node, asked: bool) -> Option<&Node> {
            let titles = match node.kind {
                Kind::Group | Kind::Repeat => true,
                Kind::Note => !asked,
                ref kind => kind.takes_input(),
            };
            if titles && !node.label.is_empty() {
                return Some(node);
            }
            node.children.iter().find_map(|c| labelled(c, asked))
        }
        let (nodes, group) = self.on_screen(form, id);
        group.filter(|g| !g.label.is_empty()).or_else(|| {
            [true, false]
                .into_iter()
                .find_map(|asked| nodes.iter().find_map(|n| labelled(n, asked)))
        })
    }

    /// How far screen `id` is answered: required questions shown now and how many are
    /// answered (in every repeat instance), and how many of `errors` (from
    /// `validate::validate`) are wrong answers on it.
    pub fn progress(&self, ctx: &Context<'_>, id: usize, errors: &[FieldError]) -> Progress {
        let mut progress = Progress::default();
        let (nodes, group) = self.on_screen(ctx.form, id);
        if group.is_none_or(|g| ctx.is_relevant(&g.name, &[])) {
            for node in nodes {
                tally(ctx, node, ctx.answers, &[], &mut progress);
            }
        }
        let names = self.names(ctx.form, id);
        progress.problems = errors
            .iter()
            .filter(|e| e.problem != Problem::Required && names.contains(&e.name))
            .count();
        progress
    }
}

/// The screen the interview stands on when `at` is its page: `at` while it is shown, else
/// the next shown screen (the group the enumerator was in stopped applying), else the last
/// shown before it; `None` when nothing is shown.
pub fn landing(shown: &[usize], at: usize) -> Option<usize> {
    if shown.contains(&at) {
        return Some(at);
    }
    next(shown, at).or_else(|| previous(shown, at))
}

/// The shown screen after `at` (Next).
pub fn next(shown: &[usize], at: usize) -> Option<usize> {
    shown.iter().copied().find(|&s| s > at)
}

/// The shown screen before `at` (Back).
pub fn previous(shown: &[usize], at: usize) -> Option<usize> {
    shown.iter().rev().copied().find(|&s| s < at)
}

/// Whether a node has a place on a screen at all, whatever the answers. `top`: at the top
/// level, where calculations are never drawn (inside a group a labelled one is).
fn takes_place(node: &Node, top: bool) -> bool {
    if node.relevant.as_deref() == Some("false()") {
        return false;
    }
    match node.kind {
        Kind::Hidden | Kind::Meta { .. } => false,
        Kind::Calculate => !top && !node.label.is_empty(),
        Kind::Group => node.children.iter().any(|c| takes_place(c, false)),
        _ => true,
    }
}

/// Whether a node draws something with these answers (its groups around it relevant).
fn shows(ctx: &Context<'_>, node: &Node) -> bool {
    if !ctx.self_relevant(node, &[]) {
        return false;
    }
    match node.kind {
        Kind::Group => node.children.iter().any(|c| shows(ctx, c)),
        // A repeat the form counts shows its instances, if there are any; one the
        // enumerator fills shows its Add button.
        Kind::Repeat => {
            ctx.form
                .exprs(&node.name)
                .is_none_or(|e| e.repeat_count.is_none())
                || model::repeat_len(ctx.answers, &node.name, &[]) > 0
        }
        Kind::Hidden | Kind::Meta { .. } => false,
        Kind::Calculate => !node.label.is_empty(),
        _ => true,
    }
}

/// Count the required questions under `node` shown now, and those answered.
fn tally(ctx: &Context<'_>, node: &Node, map: &Answers, instance: &[Step], p: &mut Progress) {
    if !ctx.self_relevant(node, instance) {
        return;
    }
    match &node.kind {
        Kind::Group => {
            for child in &node.children {
                tally(ctx, child, map, instance, p);
            }
        }
        Kind::Repeat => {
            let items = match map.get(&node.name) {
                Some(Answer::Repeat(items)) => &items[..],
                _ => &[],
            };
            if ctx.is_required(node, instance) {
                p.required += 1;
                p.answered += usize::from(!items.is_empty());
            }
            for (i, item) in items.iter().enumerate() {
                let mut at = instance.to_vec();
                at.push((node.name.clone(), i));
                for child in &node.children {
                    tally(ctx, child, item, &at, p);
                }
            }
        }
        kind if kind.takes_input() && ctx.is_required(node, instance) => {
            p.required += 1;
            let answered =
                matches!(map.get(&node.name), Some(Answer::Value(v)) if !v.trim().is_empty());
            p.answered += usize::from(answered);
        }
        _ => {}
    }
}

/// About how tall a node is drawn on a 360 px phone, in CSS pixels: label and hint lines,
/// its input (a row per choice, a box for a searched list), pictures, and for a group or
/// repeat its frame and everything inside (one instance of a repeat). Only used to decide
/// where screens are cut.
pub fn estimated_height(form: &CompiledForm, node: &Node) -> u32 {
    let media = node
        .attributes
        .keys()
        .filter_map(|k| k.strip_prefix("media::"))
        .map(|m| match m.split("::").next() {
            Some("image" | "big-image" | "video") => PICTURE,
            Some("audio") => INPUT,
            _ => 0,
        })
        .max()
        .unwrap_or(0);
    let text = lines(&node.label) * LINE + lines(&node.hint) * HINT_LINE + media;
    let inside = |top| {
        node.children
            .iter()
            .filter(|c| takes_place(c, top))
            .map(|c| estimated_height(form, c))
            .sum::<u32>()
    };
    let has = |word| node.has_appearance(word);
    let input = match &node.kind {
        Kind::Group => return GROUP_FRAME + text + inside(false),
        // Its title, an instance's frame and Remove button, the Add button.
        Kind::Repeat => return 2 * GROUP_FRAME + text + 2 * INPUT + inside(false),
        Kind::Hidden | Kind::Meta { .. } => return 0,
        Kind::Note | Kind::Calculate => return text + 2 * 7,
        Kind::Text if has("multiline") => 4 * LINE + 24,
        Kind::Geopoint => 2 * INPUT + 2 * HINT_LINE,
        // A few points listed, latitude and longitude, Add, "Add my location", the totals.
        Kind::Geotrace | Kind::Geoshape => 6 * INPUT + 2 * HINT_LINE,
        Kind::Acknowledge => CHOICE_ROW,
        Kind::SelectOne { list } | Kind::SelectMultiple { list } => {
            // A repeat's answers are a handful.
            let len = if node.kind.repeat_source().is_some() {
                4
            } else {
                form.choices(list).len().max(1)
            };
            let one = matches!(node.kind, Kind::SelectOne { .. });
            if one && has("minimal") {
                INPUT
            } else if len > SEARCHED_FROM || has("autocomplete") || has("search") {
                INPUT + HINT_LINE + CHOICE_ROW
            } else {
                let columns = node
                    .appearance
                    .as_deref()
                    .unwrap_or_default()
                    .split_whitespace()
                    .find_map(|w| w.strip_prefix("compact-")?.parse::<usize>().ok())
                    .or_else(|| (has("label") || has("list-nolabel")).then_some(len))
                    .unwrap_or(1)
                    .max(1);
                // A filtered list (a cascade) shows a few of its choices.
                let shown = if node.choice_filter.is_some() {
                    len.min(FILTERED_ROWS)
                } else {
                    len
                };
                shown.div_ceil(columns) as u32 * CHOICE_ROW
            }
        }
        Kind::Rank { list } => form.choices(list).len().max(1) as u32 * (CHOICE_ROW + 6),
        Kind::Range { .. } => 2 * INPUT,
        Kind::Media { .. } => 3 * INPUT,
        _ => INPUT,
    };
    QUESTION_FRAME + text + input
}

/// How many lines a text takes, in its longest language.
fn lines(text: &Text) -> u32 {
    let chars = text
        .0
        .values()
        .map(|t| t.chars().count())
        .max()
        .unwrap_or(0);
    chars.div_ceil(LINE_CHARS) as u32
}

/// Cuts a form into screens.
struct Cutter<'f> {
    form: &'f CompiledForm,
    one_per_screen: bool,
    screens: Vec<Screen>,
}

impl Cutter<'_> {
    /// A group or repeat at `within` + `i`: one screen, or cut when it is too tall.
    fn section(&mut self, within: &[usize], i: usize, node: &Node) {
        if !cuttable(node) || estimated_height(self.form, node) <= SPLIT_SECTION_FROM {
            self.screens.push(Screen {
                within: within.to_vec(),
                nodes: vec![i],
                part: None,
            });
            return;
        }
        let mut path = within.to_vec();
        path.push(i);
        let mut run = Vec::new();
        for (j, child) in node.children.iter().enumerate() {
            if !takes_place(child, false) {
                continue;
            }
            if cuttable(child) && estimated_height(self.form, child) > SPLIT_SECTION_FROM {
                self.run(&path, std::mem::take(&mut run));
                self.section(&path, j, child);
            } else {
                run.push(j);
            }
        }
        self.run(&path, run);
    }

    /// Consecutive nodes (positions among the children of `within`) cut into screens.
    fn run(&mut self, within: &[usize], run: Vec<usize>) {
        if run.is_empty() {
            return;
        }
        let mut siblings = &self.form.form.body[..];
        for &g in within {
            siblings = &siblings[g].children;
        }
        let screen = |nodes| Screen {
            within: within.to_vec(),
            nodes,
            part: None,
        };
        if self.one_per_screen {
            self.screens
                .extend(run.into_iter().map(|i| screen(vec![i])));
            return;
        }
        // Blocks that stay together, each with its height.
        let mut blocks: Vec<(Vec<usize>, u32)> = Vec::new();
        let mut notes: (Vec<usize>, u32) = (Vec::new(), 0);
        for i in run {
            let node = &siblings[i];
            let height = estimated_height(self.form, node);
            if let Some(last) = blocks.last_mut()
                && last.1 + notes.1 + height <= SCREEN_BUDGET
                && self.follows(node, &last.0, siblings)
            {
                last.0.append(&mut notes.0);
                last.0.push(i);
                last.1 += std::mem::take(&mut notes.1) + height;
                continue;
            }
            if node.kind == Kind::Note {
                notes.0.push(i);
                notes.1 += height;
                continue;
            }
            let (mut block, above) = std::mem::take(&mut notes);
            block.push(i);
            blocks.push((block, above + height));
        }
        // Notes at the end of a run close the block before them, or stand alone.
        if !notes.0.is_empty() {
            match blocks.last_mut() {
                Some(last) if last.1 + notes.1 <= SCREEN_BUDGET => {
                    last.0.append(&mut notes.0);
                    last.1 += notes.1;
                }
                _ => blocks.push(notes),
            }
        }
        let mut current: (Vec<usize>, u32) = (Vec::new(), 0);
        for (mut block, height) in blocks {
            if !current.0.is_empty() && current.1 + height > SCREEN_BUDGET {
                self.screens.push(screen(std::mem::take(&mut current.0)));
                current.1 = 0;
            }
            current.0.append(&mut block);
            current.1 += height;
        }
        if !current.0.is_empty() {
            self.screens.push(screen(current.0));
        }
    }

    /// Whether `node`'s relevance reads a question of `block` (a follow-up).
    fn follows(&self, node: &Node, block: &[usize], siblings: &[Node]) -> bool {
        fn holds(node: &Node, name: &str) -> bool {
            node.name == name || node.children.iter().any(|c| holds(c, name))
        }
        let Some(relevant) = self
            .form
            .exprs(&node.name)
            .and_then(|e| e.relevant.as_ref())
        else {
            return false;
        };
        relevant
            .references()
            .into_iter()
            .any(|name| block.iter().any(|&i| holds(&siblings[i], name)))
    }
}

/// Whether a group may be cut into several screens: not a repeat, not a field list.
fn cuttable(node: &Node) -> bool {
    node.kind == Kind::Group
        && !node.has_appearance("field-list")
        && !node.has_appearance("table-list")
}

#[cfg(test)]
mod tests;

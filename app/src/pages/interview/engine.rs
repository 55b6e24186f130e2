//! The interview's adapter to the form engine: what every question on screen shares
//! (the compiled form, the answers, the respondent's language) and the calls into
//! `forms::validate` that read and change the answers, waking only what they affect.

use std::collections::BTreeMap;
use std::sync::Arc;

use forms::expr::Scope;
use forms::model::{self, CompiledForm, Kind, Node, Step};
use forms::validate::{Context, FieldError, settle_after, settle_answer};
use leptos::prelude::*;

/// The `lang` and `dir` of a text of the form (or of its consent template) shown in
/// `lang`: those of the language it is actually shown in, which is another where the text
/// is not translated (`Text::pick`); the direction as the form declares it.
pub(crate) fn marks(form: &CompiledForm, lang: &str, text: &model::Text) -> (String, &'static str) {
    let (code, _) = text.pick(lang, &form.form.default_language);
    let code = if code.is_empty() { lang } else { code };
    (forms::langtag::tag(code), form.dir(code).as_str())
}

/// What every question on an interview screen shares.
///
/// Updates are fine-grained: a node's closures read the answers *untracked* and subscribe
/// to the node's own trigger instead, and after each answer only the nodes
/// `forms::validate::settle_after` re-evaluated are notified. On a 1,000-question form one
/// answer wakes the two or three questions it affects, not the thousand on the page.
#[derive(Clone, Copy)]
pub struct InterviewCtx {
    pub form: StoredValue<Arc<CompiledForm>>,
    pub answers: RwSignal<model::Answers>,
    /// The respondent's language (the form's labels).
    pub lang: RwSignal<String>,
    /// Errors to show; empty until the enumerator tries to move on.
    pub errors: Memo<Vec<FieldError>>,
    pub today: StoredValue<String>,
    /// One trigger per node name (all instances of it), made when first watched.
    pub watched: StoredValue<BTreeMap<String, ArcTrigger>>,
    /// The seed of lists shuffled without one of their own (`randomize=true`), made from
    /// the record's id: a draft opened again shows its lists in the order they were asked.
    pub order_seed: u32,
}

impl InterviewCtx {
    /// The address of a picture or recording (`kind`) in the respondent's language, if
    /// the server has the file (see `forms::media`).
    pub(crate) fn media(
        &self,
        attributes: &BTreeMap<String, String>,
        kind: &str,
    ) -> Option<String> {
        let form = self.form.get_value();
        forms::media::pick(
            attributes,
            kind,
            &self.lang.get(),
            &form.form.default_language,
        )
        .filter(|src| forms::media::is_served(src))
        .map(str::to_string)
    }

    /// A text in the respondent's language as one line, its emphasis markup dropped
    /// (`forms::markup::plain`): a choice, a picture's alternative, a screen reader's name.
    pub(crate) fn text(&self, text: &model::Text) -> String {
        forms::markup::plain(&self.raw(text))
    }

    /// A text in the respondent's language as the author wrote it.
    fn raw(&self, text: &model::Text) -> String {
        let form = self.form.get_value();
        text.get(&self.lang.get(), &form.form.default_language)
            .to_string()
    }

    /// The respondent's language as a `lang` value (empty when it has no tag).
    pub(crate) fn respondent_lang(&self) -> String {
        forms::langtag::tag(&self.lang.get())
    }

    /// The direction of the respondent's language: a list of choices in columns (and a
    /// table's header above it) runs in it, from the right for Arabic under an English
    /// interface.
    pub(crate) fn respondent_dir(&self) -> &'static str {
        let lang = self.lang.get();
        self.form
            .with_value(|f| f.dir(f.form.language_shown(&lang)).as_str())
    }

    /// The `lang` of `text` as shown now (empty: a language with no tag, `default`).
    pub(crate) fn lang_of(&self, text: &model::Text) -> String {
        let lang = self.lang.get();
        self.form.with_value(|f| marks(f, &lang, text).0)
    }

    /// The `dir` of `text` as shown now: the form's own direction for that language.
    pub(crate) fn dir_of(&self, text: &model::Text) -> &'static str {
        let lang = self.lang.get();
        self.form.with_value(|f| marks(f, &lang, text).1)
    }

    /// `lang` and `dir` attributes for an element showing `text` (reactive: they follow
    /// the respondent's language). The form's words carry their own language and
    /// direction, whatever the interface's: an English screen with an Arabic respondent
    /// keeps its buttons left to right and its questions right to left.
    pub(crate) fn marks(
        self,
        text: StoredValue<model::Text>,
    ) -> (
        impl Fn() -> String + Copy + Send + Sync + 'static,
        impl Fn() -> &'static str + Copy + Send + Sync + 'static,
    ) {
        (
            move || text.with_value(|t| self.lang_of(t)),
            move || text.with_value(|t| self.dir_of(t)),
        )
    }

    /// A label, hint or message in the respondent's language with the answers it shows
    /// (`${name}`) filled in, as seen from `instance`; the running closure re-runs when
    /// one of them changes.
    pub(crate) fn label(&self, text: &model::Text, instance: &[Step]) -> String {
        self.fill(&self.text(text), instance)
    }

    /// A label, hint or note as [`Self::label`], with its emphasis (`**`, `<b>`, a
    /// coloured `<span>`) kept as pieces to draw; the answers are filled into each piece's
    /// text, so an answer never becomes markup.
    pub(crate) fn rich(&self, text: &model::Text, instance: &[Step]) -> Vec<forms::markup::Piece> {
        let mut pieces = forms::markup::pieces(&self.raw(text));
        for piece in &mut pieces {
            if let forms::markup::Piece::Text { text, .. } = piece {
                *text = self.fill(text, instance);
            }
        }
        pieces
    }

    /// `raw` with the answers it shows (`${name}`) filled in, as seen from `instance`.
    fn fill(&self, raw: &str, instance: &[Step]) -> String {
        if !raw.contains("${") {
            return raw.to_string();
        }
        for name in forms::label::references(raw) {
            self.watch(name);
        }
        let form = self.form.get_value();
        let today = self.today.get_value();
        let lang = self.lang.get();
        self.answers.with_untracked(|answers| {
            let scope = Scope {
                form: &form,
                answers,
                instance,
                current: None,
                today: &today,
                choice: None,
                last_saved: None,
                lang: &lang,
            };
            forms::label::fill(raw, |name| forms::label::answer(&scope, name))
        })
    }

    /// Make the running closure re-run when `name`'s value or relevance may have changed.
    pub(super) fn watch(&self, name: &str) {
        if let Some(trigger) = self.watched.try_update_value(|m| {
            m.entry(name.to_string())
                .or_insert_with(ArcTrigger::new)
                .clone()
        }) {
            trigger.track();
        }
    }

    /// Wake the closures watching these nodes.
    fn notify(&self, names: &[String]) {
        self.watched.with_value(|m| {
            for name in names {
                if let Some(trigger) = m.get(name) {
                    trigger.notify();
                }
            }
        });
    }

    /// Run `f` with an evaluation context over the current answers, watching `name`.
    fn with_context<T>(
        &self,
        name: &str,
        instance: &[Step],
        f: impl FnOnce(&Context<'_>, &[Step]) -> T,
    ) -> T {
        self.watch(name);
        let form = self.form.get_value();
        let today = self.today.get_value();
        self.answers.with_untracked(|answers| {
            let ctx = Context {
                form: &form,
                answers,
                today: &today,
            };
            f(&ctx, instance)
        })
    }

    /// Whether a question needs an answer now; re-run when what its `required`
    /// expression reads changes.
    pub(super) fn required(&self, node: &Node, instance: &[Step]) -> bool {
        if node.required {
            return true;
        }
        let Some(expr) = self
            .form
            .with_value(|f| f.exprs(&node.name).and_then(|e| e.required_if.clone()))
        else {
            return false;
        };
        for name in expr.references() {
            self.watch(name);
        }
        self.with_context(&node.name, instance, |ctx, inst| {
            ctx.is_required(node, inst)
        })
    }

    pub(super) fn relevant(&self, name: &str, instance: &[Step]) -> bool {
        self.with_context(name, instance, |ctx, inst| ctx.is_relevant(name, inst))
    }

    pub(crate) fn value(&self, name: &str, instance: &[Step]) -> String {
        self.watch(name);
        self.answers
            .with_untracked(|a| model::value(a, name, instance))
    }

    /// [`Self::visible_indices`] in the order the select shows them (`randomize=true`:
    /// shuffled, by its `seed` when it has one, which is watched).
    pub(crate) fn shown_indices(&self, node: &Node, instance: &[Step]) -> Vec<usize> {
        let visible = self.visible_indices(node, instance);
        let (order, seed) = self.form.with_value(|f| {
            f.exprs(&node.name)
                .map(|e| (e.order.clone(), e.seed.clone()))
                .unwrap_or_default()
        });
        if order == forms::shuffle::Order::AsListed {
            return visible;
        }
        for name in seed.iter().flat_map(|s| s.references()) {
            self.watch(name);
        }
        let seed = self.order_seed;
        self.with_context(&node.name, instance, |ctx, inst| {
            ctx.ordered(node, inst, visible, seed)
        })
    }

    /// Positions in the question's list of the choices it offers now (its
    /// `choice_filter` applied); an acknowledgement offers its one choice "OK".
    pub(crate) fn visible_indices(&self, node: &Node, instance: &[Step]) -> Vec<usize> {
        if node.kind == Kind::Acknowledge {
            return vec![0];
        }
        self.with_context(&node.name, instance, |ctx, inst| {
            ctx.visible_indices(node, inst)
        })
    }

    /// Whether the question's filtered list waits for an answer its filter reads
    /// (`forms::validate::Context::filter_waits`).
    pub(crate) fn filter_waits(&self, node: &Node, instance: &[Step]) -> bool {
        self.with_context(&node.name, instance, |ctx, inst| {
            ctx.filter_waits(node, inst)
        })
    }

    /// The choice at `index` of the question's list (for an acknowledgement, "OK").
    pub(crate) fn choice(&self, node: &Node, index: usize) -> model::Choice {
        let list = node.kind.choice_list().unwrap_or_default();
        let found = if node.kind.repeat_source().is_some() {
            // One of a repeat's answers (`select_one ${member_name}`).
            self.with_context(&node.name, &[], |ctx, _| ctx.choice_at(node, index))
        } else {
            self.form
                .with_value(|f| f.choices(list).get(index).cloned())
        };
        found.unwrap_or_else(|| model::Choice {
            name: "OK".into(),
            label: model::Text::single("en", "OK"),
            attributes: Default::default(),
        })
    }

    /// How many choices the question's list holds (in `instance`, for a list of a repeat's
    /// answers: this household's members).
    pub(crate) fn list_len(&self, node: &Node, instance: &[Step]) -> usize {
        if node.kind.repeat_source().is_some() {
            // The repeat's answers: a handful, drawn as they are.
            return self
                .with_context(&node.name, instance, |ctx, at| {
                    ctx.visible_indices(node, at).len()
                })
                .max(1);
        }
        let list = node.kind.choice_list().unwrap_or_default();
        self.form.with_value(|f| f.choices(list).len()).max(1)
    }

    /// A labelled calculation's value as shown: as a label would show it (a choice's
    /// label named by `jr:choice-name` in the respondent's language).
    pub(super) fn calculated(&self, node: &Node, instance: &[Step]) -> String {
        self.fill(&format!("${{{}}}", node.name), instance)
    }

    /// Change the answers (an answer, a repeat instance added or removed), settle what
    /// that affects, and wake the nodes that were re-evaluated.
    /// `answered_in`: where the enumerator answered `changed` (what sets off its triggers);
    /// `None` for instances added or removed.
    pub(super) fn change(
        &self,
        changed: &str,
        answered_in: Option<&[Step]>,
        edit: impl FnOnce(&mut model::Answers),
    ) {
        let form = self.form.get_value();
        let today = self.today.get_value();
        let mut affected = Vec::new();
        self.answers.update(|a| {
            edit(a);
            let settled = match answered_in {
                Some(at) => settle_answer(&form, a, &today, changed, at),
                None => settle_after(&form, a, &today, changed),
            };
            affected = settled.into_iter().map(str::to_string).collect();
        });
        self.notify(&affected);
    }

    /// Record an answer, then recompute what depends on it.
    pub(crate) fn set(&self, name: &str, instance: &[Step], value: String) {
        self.change(name, Some(instance), |a| {
            model::set_value(a, name, instance, value)
        });
    }
}

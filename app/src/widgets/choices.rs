//! The choices of a select question, drawn the way its list and appearance ask:
//! - a list of radio buttons or checkboxes (48 px rows), the default;
//! - a drop-down (`minimal`, one choice from a list of reasonable length);
//! - a search box (`autocomplete` or `search`, and any list too long to scroll, such as a
//!   CSV of thousands of villages): typing narrows the list, and only the first matches
//!   are drawn, so a list of tens of thousands stays quick on a cheap phone.
//!
//! The engine hands over visible choices as positions, so a CSV list of tens of thousands
//! is never cloned. The thresholds (list length for the search box, matches drawn) are
//! constants below.

use forms::model::{self, Kind, Node, Step};
use leptos::prelude::*;

use crate::i18n::{t, ui};
use crate::pages::interview::engine::InterviewCtx;
use crate::widgets::prompt::PlayButton;

/// Lists longer than this are searched rather than scrolled.
const SEARCH_FROM: usize = 60;
/// How many matches a search draws at once.
const SHOWN: usize = 30;
/// The longest list a drop-down holds.
const DROP_DOWN_UP_TO: usize = 500;

/// Provided by a `table-list` group to the questions inside it.
#[derive(Clone, Copy)]
pub struct TableList;

#[component]
pub fn Choices(
    node: StoredValue<Node>,
    instance: StoredValue<Vec<Step>>,
    ctx: InterviewCtx,
    id: String,
    error_id: String,
    /// Whether an answer is needed now: said on a radio group (`aria-required`); a
    /// checkbox group (ARIA has no "required" for it) says it in its label's marker.
    #[prop(optional, into)]
    required: Signal<bool>,
) -> impl IntoView {
    // A row of a `table-list` group: choices in columns, their labels in the header.
    let in_table = use_context::<TableList>().is_some();
    let ui = ui();
    let (multiple, appearance, len) = node.with_value(|n| {
        (
            !matches!(n.kind, Kind::SelectOne { .. }),
            n.appearance.clone().unwrap_or_default(),
            ctx.list_len(n, &instance.get_value()),
        )
    });
    let has = |a: &str| node.with_value(|n| n.has_appearance(a));
    let drop_down = !multiple && has("minimal") && len <= DROP_DOWN_UP_TO;
    // A repeat's answers (`select_one ${member_name}`) are a handful, always drawn whole.
    let from_repeat = node.with_value(|n| n.kind.repeat_source().is_some());
    // A search box where the list may be long; shown only while it is: a list of 400
    // districts filtered by the province to 7 is seven rows, as in Collect.
    let asked_for = has("autocomplete") || has("search");
    let may_search = !drop_down && !from_repeat && (len > SEARCH_FROM || asked_for);
    // `quick`: choosing one moves on to the next screen.
    let quick = !multiple && (has("quick") || has("quickcompact"));
    // Columns: `compact-3` (Collect's newer `columns-3`) asks for three; a table row
    // (`label`, `list-nolabel`, or a question of a `table-list` group) has one per choice,
    // under the header's labels.
    let asked_columns = appearance.split_whitespace().find_map(|w| {
        w.strip_prefix("compact-")
            .or_else(|| w.strip_prefix("columns-"))?
            .parse::<usize>()
            .ok()
            .filter(|n| *n > 0)
    });
    let table_row = in_table || has("label") || has("list-nolabel");
    // Asked-for columns are at most that many, each at least 48 px wide (a touch target): at 360 px
    // `columns-8` gives five, not eight of 37 px. A table row keeps one per choice, under
    // its header's labels.
    let grid = if table_row {
        Some(format!(
            "grid-template-columns: repeat({len}, minmax(0, 1fr))"
        ))
    } else {
        // (0.1px less than an exact share, so rounding never leaves one column short.)
        asked_columns.map(|n| {
            format!(
                "grid-template-columns: repeat(auto-fill, minmax(max(48px, calc((100% - {} * 0.35rem) / {n} - 0.1px)), 1fr))",
                n - 1
            )
        })
    };
    let current = move || ctx.value(&node.with_value(|n| n.name.clone()), &instance.get_value());
    // Shown as wrong (after a refused Next): said to screen readers on the group too.
    let path = node.with_value(|n| model::answer_path(&n.name, &instance.get_value()));
    let invalid = move || {
        ctx.errors
            .with(|e| e.iter().any(|e| e.path == path))
            .to_string()
    };
    let set = move |v: String| {
        ctx.set(
            &node.with_value(|n| n.name.clone()),
            &instance.get_value(),
            v,
        );
        // Only a question alone on its screen moves on (as in ODK, not in a field list),
        // and only to a next screen there is.
        let alone = document()
            .query_selector_all(".page .question")
            .is_ok_and(|all| all.length() == 1);
        if quick
            && alone
            && let Some(next) = document().get_element_by_id("next")
        {
            use wasm_bindgen::JsCast;
            if let Ok(next) = next.dyn_into::<web_sys::HtmlElement>()
                && !next.hidden()
            {
                next.click();
            }
        }
    };
    // Recomputed when what the filter reads changes; cheap positions, not choices. In the
    // order the form asks for (`randomize=true`), except in a table's row, whose columns
    // are the header's.
    let visible = Memo::new(move |_| {
        node.with_value(|n| {
            if table_row {
                ctx.visible_indices(n, &instance.get_value())
            } else {
                ctx.shown_indices(n, &instance.get_value())
            }
        })
    });
    let search =
        Memo::new(move |_| may_search && (asked_for || visible.with(|v| v.len() > SEARCH_FROM)));
    let choice = move |i: usize| node.with_value(|n| ctx.choice(n, i));
    // Nothing to choose from: the list's filter reads an answer not given yet, or every
    // answer it reads is given and the list holds nothing for them (a gap in the list
    // itself: the enumerator checks the earlier answers or tells the supervisor). Each
    // said as such, never a bare "Choose…" or a search to type.
    let no_choices = move || visible.with(Vec::is_empty);
    let empty_status = move || {
        if node.with_value(|n| ctx.filter_waits(n, &instance.get_value())) {
            ui.t("choices-empty")
        } else {
            ui.t("choices-none-listed")
        }
    };
    let status_id = format!("{id}-status");
    // Marks the first case for the corpus walk, which then waits rather than choosing
    // the earlier answers again.
    let waits = move || {
        (no_choices() && node.with_value(|n| ctx.filter_waits(n, &instance.get_value())))
            .then_some("true")
    };

    if drop_down {
        // Plain options, drawn again when the answer or the language changes (a short list).
        let options = move || {
            let now = current();
            visible
                .get()
                .into_iter()
                .map(|i| {
                    let c = choice(i);
                    let label = ctx.text(&c.label);
                    view! { <option selected=now == c.name value=c.name>{label}</option> }
                })
                .collect_view()
        };
        let described = format!("{error_id} {status_id}");
        return view! {
            <select id=id aria-invalid=invalid aria-describedby=described aria-required=move || required.get().to_string()
                lang=move || ctx.respondent_lang() dir="auto" on:change=move |ev| set(event_target_value(&ev))>
                <option value="" lang=move || ui.lang.get()>{t("interview-choose")}</option>
                {options}
            </select>
            <p class="hint choices-status" id=status_id role="status" aria-live="polite" data-waits=waits hidden=move || !no_choices()>
                {move || if no_choices() { empty_status() } else { String::new() }}
            </p>
        }
        .into_any();
    }

    // One radio button or checkbox, as a 48 px row.
    let group = StoredValue::new(id.clone());
    let option = move |i: usize| {
        let c = choice(i);
        let choice_id = format!("{}-{}", group.get_value(), c.name);
        let (value, checked_value) = (c.name.clone(), c.name.clone());
        let target = choice_id.clone();
        let attributes = c.attributes.clone();
        let sounds = StoredValue::new(c.attributes.clone());
        let (picture_label, picture_name) = (c.label.clone(), c.name.clone());
        // Each choice in the language it is shown in (a row mirrors for Arabic).
        let (lang, dir) = ctx.marks(StoredValue::new(c.label.clone()));
        view! {
            <label class="choice" for=target lang=lang dir=dir>
                <input
                    id=choice_id
                    type=if multiple { "checkbox" } else { "radio" }
                    name=group.get_value()
                    value=c.name.clone()
                    prop:checked=move || {
                        let now = current();
                        if multiple { now.split_whitespace().any(|x| x == checked_value) } else { now == checked_value }
                    }
                    on:change=move |_| {
                        if multiple {
                            set(model::toggle_choice(&current(), &value));
                        } else {
                            set(value.clone());
                        }
                    }
                />
                <span>{move || {
                    // A choice said only by a picture the server does not have: its name.
                    let text = ctx.text(&c.label);
                    if text.is_empty()
                        && sounds.with_value(|a| {
                            forms::media::names_picture(a) && ctx.media(a, "image").is_none()
                        })
                    {
                        c.name.clone()
                    } else {
                        text
                    }
                }}</span>
                {move || ctx.media(&attributes, "image").map(|src| {
                    // Beside a label the picture adds nothing to read; alone, it is the choice.
                    let alt = if ctx.text(&picture_label).is_empty() { picture_name.clone() } else { String::new() };
                    view! { <img class="choice-image" src=src alt=alt/> }
                })}
                {move || sounds.with_value(|a| ctx.media(a, "audio")).map(|src| view! { <PlayButton src=src/> })}
            </label>
        }
    };
    let role = if multiple { "group" } else { "radiogroup" };
    let labelled = format!("{id}-label");

    // Search: the chosen ones first, then the first matches of what is typed (in the
    // name or the label in the respondent's language). A short list shows everything,
    // in the same view with the search box hidden.
    let query = RwSignal::new(String::new());
    // Every choice's name and label in the respondent's language, folded for matching:
    // made once per list and language, not at each keystroke.
    let folded = Memo::new(move |_| {
        if !search.get() {
            return Vec::new();
        }
        let lang = ctx.lang.get();
        node.with_value(|n| {
            let list = n.kind.choice_list().unwrap_or_default();
            ctx.form.with_value(|f| {
                let default = &f.form.default_language;
                f.choices(list)
                    .iter()
                    .map(|c| {
                        let label = forms::markup::plain(c.label.get(&lang, default));
                        fold(&format!("{} {label}", c.name))
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let found = Memo::new(move |_| {
        if !search.get() {
            return (visible.get(), 0, true);
        }
        let typed = fold(query.get().trim());
        let chosen = current();
        let mut shown: Vec<usize> = Vec::new();
        let mut matches = 0usize;
        let names = node.with_value(|n| n.kind.choice_list().unwrap_or_default().to_string());
        folded.with(|folded| {
            ctx.form.with_value(|f| {
                let choices = f.choices(&names);
                for &i in visible.get().iter() {
                    let hit = !typed.is_empty() && folded[i].contains(&typed);
                    matches += usize::from(hit);
                    if chosen.split_whitespace().any(|x| x == choices[i].name) {
                        shown.insert(0, i);
                    } else if hit && shown.len() < SHOWN {
                        shown.push(i);
                    }
                }
            })
        });
        (shown, matches, typed.is_empty())
    });
    let status = move || {
        if no_choices() {
            return empty_status();
        }
        if !search.get() {
            return String::new();
        }
        let (shown, matches, empty) = found.get();
        let count = visible.with(Vec::len).to_string();
        if empty {
            ui.t_with("choices-count", &[("count", count)])
        } else if matches == 0 {
            ui.t("choices-none")
        } else if matches > shown.len() {
            ui.t_with(
                "choices-more",
                &[("shown", SHOWN.to_string()), ("count", matches.to_string())],
            )
        } else {
            ui.t_with("choices-found", &[("count", matches.to_string())])
        }
    };
    view! {
        <input
            id=if may_search { id.clone() } else { format!("{id}-search") }
            type="search"
            class="search"
            hidden=move || !search.get()
            autocomplete="off"
            placeholder=ui.t("choices-search")
            aria-describedby=status_id.clone()
            on:input=move |ev| query.set(event_target_value(&ev))
        />
        <p class="hint" id=status_id role="status" aria-live="polite" data-waits=waits hidden=move || !(search.get() || no_choices())>{status}</p>
        <div class="choices" dir=move || ctx.respondent_dir() class:columns=asked_columns.is_some() && !table_row class:table-row=table_row role=role aria-labelledby=labelled aria-invalid=invalid aria-describedby=error_id style=grid
            aria-required=move || (!multiple).then(|| required.get().to_string())>
            {move || found.get().0.into_iter().map(option).collect_view()}
        </div>
    }
    .into_any()
}

/// Text folded for a search that ignores case, accents, hamzas and the letters one
/// keyboard types for another's (`forms::search::fold`): the browser lower-cases and
/// decomposes it (Rust's Unicode tables would be in the phone's download).
fn fold(text: &str) -> String {
    let lower = js_sys::JsString::from(text).to_lower_case();
    let decomposed: String = lower.normalize("NFD").into();
    forms::search::fold(&decomposed)
}

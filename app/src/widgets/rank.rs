//! A `rank` question: the choices put in order, first ranked first.
//!
//! Dragging is fiddly on a cheap touch screen and invisible to screen readers, so each
//! choice has 48 px "move up" and "move down" buttons. Until the enumerator moves one or
//! confirms the order as shown, the question is unanswered: a list in its sheet order is
//! not an answer anyone gave.

use forms::model::{Node, Step};
use leptos::prelude::*;

use crate::i18n::{t, ui};
use crate::pages::interview::engine::InterviewCtx;

#[component]
pub fn Ranking(
    node: StoredValue<Node>,
    instance: StoredValue<Vec<Step>>,
    ctx: InterviewCtx,
    id: String,
    error_id: String,
) -> impl IntoView {
    let ui = ui();
    let name = StoredValue::new(node.with_value(|n| n.name.clone()));
    let current = move || ctx.value(&name.get_value(), &instance.get_value());
    let set = move |v: String| ctx.set(&name.get_value(), &instance.get_value(), v);
    let visible =
        Memo::new(move |_| node.with_value(|n| ctx.shown_indices(n, &instance.get_value())));
    // The order shown: the answer's, then any offered choice it lacks, in the list's order
    // (shuffled where the form asks for it: a respondent ranks from an unbiased start).
    let order = Memo::new(move |_| {
        let names: Vec<String> = visible
            .get()
            .into_iter()
            .map(|i| node.with_value(|n| ctx.choice(n, i).name))
            .collect();
        let answer = current();
        let mut out: Vec<String> = answer
            .split_whitespace()
            .filter(|a| names.iter().any(|n| n == a))
            .map(str::to_string)
            .collect();
        for n in names {
            if !out.contains(&n) {
                out.push(n);
            }
        }
        out
    });
    let swap = move |at: usize, with: usize| {
        let mut now = order.get_untracked();
        if with < now.len() {
            now.swap(at, with);
            set(now.join(" "));
        }
    };
    // Hidden once the answer ranks every choice offered (a filter may offer a new one).
    let answered = move || current().split_whitespace().count() == visible.get().len();
    let labels = move |choice: &str| {
        let list = node.with_value(|n| n.kind.choice_list().unwrap_or_default().to_string());
        ctx.form.with_value(|f| {
            f.choices(&list)
                .iter()
                .find(|c| c.name == choice)
                .map(|c| ctx.text(&c.label))
                .unwrap_or_default()
        })
    };
    let (list_id, label_id) = (id.clone(), format!("{id}-label"));
    let row = move |(at, choice): (usize, String)| {
        let len = order.with_untracked(Vec::len);
        let base = format!("{id}-{choice}");
        view! {
            <li class="ranked" id=base.clone()>
                <span class="rank-no" aria-hidden="true">{at + 1}</span>
                <span class="rank-label">{labels(&choice)}</span>
                <button type="button" class="nudge" id=format!("{base}-up") aria-label=ui.t("rank-up")
                    disabled=at == 0 on:click=move |_| swap(at, at - 1)>"↑"</button>
                <button type="button" class="nudge" id=format!("{base}-down") aria-label=ui.t("rank-down")
                    disabled=at + 1 == len on:click=move |_| swap(at, at + 1)>"↓"</button>
            </li>
        }
    };
    view! {
        <ol class="rank" id=list_id.clone() aria-labelledby=label_id aria-describedby=error_id>
            {move || order.get().into_iter().enumerate().map(&row).collect_view()}
        </ol>
        <button type="button" class="secondary" id=format!("{list_id}-keep") hidden=answered
            on:click=move |_| set(order.get_untracked().join(" "))>
            {t("rank-keep")}
        </button>
    }
}

//! The section overview, opened from the interview's header: every page shown now, titled
//! in the respondent's language, with how many of its required questions are answered and
//! how many answers need fixing; choosing one goes there. What each line says comes from
//! `forms::paging` (`Paging::title`, `Paging::progress`).

use forms::paging::Paging;
use forms::validate::{Context, validate};
use leptos::prelude::*;

use super::engine::InterviewCtx;
use crate::i18n::{t, ui};

#[component]
pub(super) fn Overview(
    paging: StoredValue<Paging>,
    ctx: InterviewCtx,
    /// The screens shown, in order (the interview's pages).
    shown: Memo<Vec<usize>>,
    /// The screen on view.
    at: Memo<usize>,
    jump: Callback<usize>,
    close: Callback<()>,
) -> impl IntoView {
    let ui = ui();
    let rows = move || {
        let form = ctx.form.get_value();
        let today = ctx.today.get_value();
        let here = at.get();
        ctx.answers.with_untracked(|answers| {
            let errors = validate(&form, answers, &today);
            let context = Context {
                form: &form,
                answers,
                today: &today,
            };
            let shown = shown.get();
            // A section cut into screens is counted by the screens shown (`shown_parts`).
            let parts = paging.with_value(|p| p.shown_parts(&shown));
            shown
                .into_iter()
                .zip(parts)
                .enumerate()
                .map(|(n, (id, part))| {
                    let (title, progress) = paging.with_value(|p| {
                        (
                            p.title(&form, id).map(|node| node.label.clone()),
                            p.progress(&context, id, &errors),
                        )
                    });
                    // The form's title in its own language and direction, isolated in
                    // the interface's "(2 of 9)": an Arabic title in an English overview
                    // read "(of 4 1 title" when both were one run of text.
                    let title = move || match title.as_ref() {
                        Some(label) => {
                            let words = ctx.label(label, &[]);
                            let (before, after) = match part {
                                Some((k, of)) => crate::i18n::around(
                                    &ui.lang.get(),
                                    "overview-part",
                                    &[("n", k.to_string()), ("total", of.to_string())],
                                    "title",
                                ),
                                None => (String::new(), String::new()),
                            };
                            let (lang, dir) = (ctx.lang_of(label), ctx.dir_of(label));
                            view! { {before}<bdi lang=lang dir=dir>{words}</bdi>{after} }.into_any()
                        }
                        None => ui
                            .t_with("overview-untitled", &[("n", (n + 1).to_string())])
                            .into_any(),
                    };
                    // "Page 3 · 2 of 4 required answered": titles alike stay apart.
                    let answered = move || {
                        let page = ui.t_with("overview-untitled", &[("n", (n + 1).to_string())]);
                        let status = if progress.required == 0 {
                            ui.t("overview-nothing-required")
                        } else {
                            ui.t_with(
                                "overview-answered",
                                &[
                                    ("answered", progress.answered.to_string()),
                                    ("required", progress.required.to_string()),
                                ],
                            )
                        };
                        format!("{page} · {status}")
                    };
                    let problems = (progress.problems > 0).then(|| {
                        view! {
                            <span class="section-problems">{move || ui.t_with("overview-problems", &[("count", progress.problems.to_string())])}</span>
                        }
                    });
                    let done = progress.required > 0
                        && progress.answered == progress.required
                        && progress.problems == 0;
                    view! {
                        <li>
                            <button type="button" class="section" id=format!("section-{}", n + 1)
                                class:done=done aria-current=(id == here).then_some("step")
                                on:click=move |_| jump.run(id)>
                                <span class="section-title">{title}</span>
                                <span class="section-status">{answered}</span>
                                {problems}
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    // The overview's own words are in the enumerator's language and direction, whatever
    // the respondent's; each title is in the respondent's.
    let ui_lang = move || ui.lang.get();
    let ui_dir = move || {
        if forms::i18n::is_rtl(&ui.lang.get()) {
            "rtl"
        } else {
            "ltr"
        }
    };
    view! {
        <nav id="overview" class="overview" aria-labelledby="overview-title" lang=ui_lang dir=ui_dir>
            <h2 id="overview-title" tabindex="-1">{t("overview-title")}</h2>
            <ol class="sections">{rows}</ol>
            <button id="overview-close" type="button" on:click=move |_| close.run(())>{t("overview-close")}</button>
        </nav>
    }
}

//! One record as the form shows it (`GET /submissions/{id}`): every answer the reviewer's
//! view shows, in a language of the form they choose, the consent, the history, and the
//! decisions allowed now. Approve, send back and reject each ask for confirmation (send
//! back with the comment the enumerator will read); the desk then offers Undo. A steward
//! corrects answers in place (what they typed or chose once), says why, and saves: checked
//! by the form's rules on the server, each broken one said beside its answer, and refused
//! if a colleague corrected the record since it was opened.

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::error::AppError;
use crate::i18n::{t, ui};
use crate::widgets::ErrorLine;
use forms::validate::FieldError;
use forms::wire::{AnswerRow, Decision, EditInput, EditKind, RecordView, RowKind};

/// A correction being made: the new values by answer path, why, and what the server
/// said of each answer.
#[derive(Clone, Copy)]
struct Correction {
    editing: RwSignal<bool>,
    changed: RwSignal<BTreeMap<String, String>>,
    reason: RwSignal<String>,
    problems: RwSignal<Vec<FieldError>>,
    /// What is wrong with the correction, said beside its Save button.
    note: RwSignal<Option<String>>,
    /// A Save is on its way: a second one would be told the record changed (by the first).
    saving: RwSignal<bool>,
}

impl Correction {
    fn new() -> Self {
        Correction {
            editing: RwSignal::new(false),
            changed: RwSignal::new(BTreeMap::new()),
            reason: RwSignal::new(String::new()),
            problems: RwSignal::new(Vec::new()),
            note: RwSignal::new(None),
            saving: RwSignal::new(false),
        }
    }

    /// Back to reading, nothing kept.
    fn close(self) {
        self.editing.set(false);
        self.changed.set(BTreeMap::new());
        self.reason.set(String::new());
        self.problems.set(Vec::new());
        self.note.set(None);
    }
}

#[component]
pub(super) fn Record(
    id: String,
    open: RwSignal<Option<String>>,
    decided: Callback<(Vec<String>, Decision)>,
) -> impl IntoView {
    let ui = ui();
    let record = RwSignal::new(None::<RecordView>);
    let error = RwSignal::new(None::<String>);
    // The answers' language: the UI's until the reviewer picks one of the form's.
    let lang = RwSignal::new(ui.lang.get_untracked());
    let confirming = RwSignal::new(None::<Decision>);
    let comment = RwSignal::new(String::new());
    let record_id = id.clone();
    let load = move || {
        let (id, lang) = (record_id.clone(), lang.get_untracked());
        spawn_local(async move {
            match api::record(&id, &lang).await {
                Ok(found) => record.set(Some(found)),
                Err(e) => error.set(Some(e.message(ui))),
            }
        });
    };
    let reload = load.clone();
    Effect::new(move |_| {
        lang.track();
        reload();
    });
    let correction = Correction::new();
    let save_id = id.clone();
    let reload_after = load.clone();
    let save = move |_| {
        if correction.saving.get_untracked() {
            return;
        }
        let Some(r) = record.get_untracked() else {
            return;
        };
        let Some(mut answers) = r.answers.clone() else {
            return;
        };
        let changes: Vec<(String, String)> = correction
            .changed
            .get_untracked()
            .into_iter()
            .filter(|(path, value)| {
                r.rows.iter().any(|row| {
                    row.path == *path && row.edit.as_ref().is_some_and(|e| e.raw != *value)
                })
            })
            .collect();
        if changes.is_empty() {
            correction.note.set(Some(ui.t("review-correct-nothing")));
            return;
        }
        let why = correction.reason.get_untracked().trim().to_string();
        if why.is_empty() {
            correction.note.set(Some(ui.t("review-correct-why")));
            return;
        }
        for (path, value) in changes {
            forms::record::set_answer_at(&mut answers, &path, value);
        }
        let edit = forms::wire::Edit {
            answers,
            comment: why,
            revision: Some(r.revision),
        };
        let (id, load) = (save_id.clone(), reload_after.clone());
        // Questions by answer path, to name a refused answer that has no field here.
        let labels: Vec<(String, String)> = r
            .rows
            .iter()
            .map(|row| (row.path.clone(), row.label.clone()))
            .collect();
        correction.saving.set(true);
        spawn_local(async move {
            let saved = api::edit_answers(&id, &edit).await;
            correction.saving.set(false);
            match saved {
                Ok(_) => {
                    correction.close();
                    error.set(None);
                    load();
                }
                // Cancelled while it was on its way: nothing to say on a closed correction.
                Err(api::EditRefused::Fields(_)) if !correction.editing.get_untracked() => {}
                Err(api::EditRefused::Fields(problems)) => {
                    // Each refused answer is said beside its field; one with no field (a
                    // calculation worked out from the change) is named in the note.
                    let elsewhere: Vec<String> = problems
                        .iter()
                        .filter(|p| {
                            !labels.iter().any(|(path, _)| *path == p.path) || !editable(&p.path)
                        })
                        .map(|p| {
                            let question = labels
                                .iter()
                                .find(|(path, _)| *path == p.path)
                                .map_or(p.name.as_str(), |(_, label)| label.as_str());
                            format!("{question}: {}", ui.t(p.problem.message_id()))
                        })
                        .collect();
                    let mut note = ui.t("review-correct-problems");
                    for line in elsewhere {
                        note.push('\n');
                        note.push_str(&line);
                    }
                    correction.problems.set(problems);
                    correction.note.set(Some(note));
                    focus_soon("#record :is(input, select, textarea)[aria-invalid='true']");
                }
                // Changed since it was opened (a colleague's correction, an erasure): shown
                // again as it is now, and said at its top, where reading starts again.
                Err(api::EditRefused::Other(AppError::Server { status: 409, .. })) => {
                    correction.close();
                    error.set(Some(ui.t("review-correct-conflict")));
                    if let Some(top) = document().get_element_by_id("record") {
                        top.scroll_into_view();
                    }
                    load();
                }
                Err(api::EditRefused::Other(e)) => correction.note.set(Some(e.message(ui))),
            }
        });
    };
    let back = move |_| open.set(None);
    let decide_id = id.clone();
    let confirm = move |_| {
        let Some(decision) = confirming.get_untracked() else {
            return;
        };
        let note = comment.get_untracked();
        if decision == Decision::HasIssues && note.trim().is_empty() {
            error.set(Some(ui.t("review-comment-needed")));
            return;
        }
        let id = decide_id.clone();
        let load = load.clone();
        spawn_local(async move {
            match api::review(&id, decision, &note).await {
                Ok(_) => {
                    confirming.set(None);
                    comment.set(String::new());
                    error.set(None);
                    decided.run((vec![id], decision));
                    load();
                }
                Err(e) => error.set(Some(e.message(ui))),
            }
        });
    };
    // Focus the way back when the record opens: keyboard users start at its top.
    let back_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(b) = back_button.get() {
            let _ = b.focus();
        }
    });
    view! {
        <article class="record-view" id="record" aria-labelledby="record-title">
            <button type="button" id="record-back" node_ref=back_button on:click=back>{t("review-back")}</button>
            <ErrorLine error=error/>
            {move || record.get().map(|r| {
                let state = r.review_state.as_str();
                let rtl = if r.rtl { "rtl" } else { "ltr" };
                let title = r.name.clone().unwrap_or_else(|| r.receipt.clone());
                let languages = r.languages.clone();
                let current = r.lang.clone();
                let actions = r.actions.clone();
                let withheld = r.withheld.join(", ");
                view! {
                    <header>
                        <h2 id="record-title" dir="auto">{title}</h2>
                        <p>
                            <span class=format!("badge state-{state}") id="record-state" data-state=state>{ui.t(&format!("steward-state-{state}"))}</span>
                        </p>
                        <p class="muted">
                            <span dir="auto">{r.form_title.clone()}</span>" ("<span dir="ltr">{r.form_version.clone()}</span>")"
                            <br/>{ui.t_with("review-enumerator", &[("name", r.enumerator.clone())])}
                            <br/><span dir="ltr">{r.received_at.replace('T', " ").chars().take(16).collect::<String>()}</span>
                            {(!r.receipt.is_empty()).then(|| view! { <br/><span dir="ltr" class="receipt-code">{r.receipt.clone()}</span> })}
                        </p>
                    </header>
                    <Decisions actions=actions confirming=confirming comment=comment confirm=confirm.clone()/>
                    <section class="answers" aria-labelledby="answers-title">
                        <h3 id="answers-title">{t("review-answers")}</h3>
                        <div class="field">
                            <label for="record-lang">{t("review-language")}</label>
                            <select id="record-lang" prop:value=current.clone()
                                on:change=move |ev| lang.set(event_target_value(&ev))>
                                {languages.into_iter().map(|l| view! {
                                    <option value=l.code.clone() selected=l.code == current>{super::language_name(&l.code, &l.name)}</option>
                                }).collect_view()}
                            </select>
                        </div>
                        {r.rows.is_empty().then(|| view! { <p class="muted">{t("review-no-answers")}</p> })}
                        {(r.answers.is_some() && r.rows.iter().any(|row| row.edit.is_some())).then(|| view! {
                            <button type="button" id="record-correct" hidden=move || correction.editing.get()
                                on:click=move |_| { error.set(None); correction.editing.set(true); focus_soon("#record [data-edit]:is(input, select, textarea), #record [data-edit] input"); }>
                                {t("review-correct")}
                            </button>
                        })}
                        <dl class="rows" lang=forms::langtag::tag(&r.lang) dir=rtl>
                            {r.rows.iter().map(|row| answer_row(row, &r.id, correction)).collect_view()}
                        </dl>
                        <div class="correct" id="record-correction" hidden=move || !correction.editing.get()>
                            <div class="field">
                                <label for="correct-reason">{t("review-correct-reason")}</label>
                                <textarea id="correct-reason" rows="2" dir="auto" prop:value=move || correction.reason.get()
                                    on:input=move |ev| correction.reason.set(event_target_value(&ev))
                                    on:change=move |ev| correction.reason.set(event_target_value(&ev))></textarea>
                            </div>
                            <ErrorLine error=correction.note/>
                            <div class="actions">
                                <button type="button" id="correct-save" class="primary" on:click=save.clone()
                                    aria-disabled=move || correction.saving.get().then_some("true")>{t("review-correct-save")}</button>
                                <button type="button" id="correct-cancel" on:click=move |_| { error.set(None); correction.close(); focus_soon("#record-correct"); }>{t("review-cancel")}</button>
                            </div>
                        </div>
                        {(!withheld.is_empty()).then(|| view! {
                            <p class="muted withheld">{ui.t_with("review-withheld", &[("questions", withheld.clone())])}</p>
                        })}
                    </section>
                    <Consent r=r.clone()/>
                    <History r=r/>
                }
            })}
        </article>
    }
}

/// One line of answers: a heading for a group or a repeat's instance, else the question
/// and the answer (a file as a link, a pseudonym said to be one); while correcting, an
/// answer the steward may correct is an input labelled by its question.
fn answer_row(row: &AnswerRow, record: &str, correction: Correction) -> impl IntoView + use<> {
    let ui = ui();
    let depth = format!("--depth: {}", row.depth);
    match row.kind {
        RowKind::Group => {
            view! { <dt class="heading" style=depth>{row.label.clone()}</dt><dd hidden></dd> }
                .into_any()
        }
        RowKind::Instance => {
            let label = format!("{} {}", row.label, row.index.unwrap_or(1));
            view! { <dt class="heading instance" style=depth>{label}</dt><dd hidden></dd> }
                .into_any()
        }
        RowKind::Answer => {
            let value = match &row.file {
                Some(file) => {
                    let href = format!("/api/v1/submissions/{record}/attachments/{file}");
                    view! { <a href=href download="" class="file">{ui.t("review-file")}" "<span dir="ltr">{file.clone()}</span></a> }.into_any()
                }
                None => view! { <span dir="auto">{row.value.clone()}</span> }.into_any(),
            };
            let pseudonym = row
                .pseudonym
                .then(|| view! { " " <small class="muted">{ui.t("review-pseudonym")}</small> });
            let Some(edit) = row.edit.clone() else {
                return view! {
                    <dt style=depth.clone() data-path=row.path.clone()>{row.label.clone()}</dt>
                    <dd style=depth data-path=row.path.clone()>{value}{pseudonym}</dd>
                }
                .into_any();
            };
            let input_id = format!("edit-{}", row.path);
            let editing = correction.editing;
            // Several choices are a group of boxes, named by the question (a label names
            // one field).
            let question = if edit.input == EditKind::Choices {
                view! { <span id=format!("{input_id}-label")>{row.label.clone()}</span> }.into_any()
            } else {
                view! { <label for=input_id.clone()>{row.label.clone()}</label> }.into_any()
            };
            view! {
                <dt style=depth.clone() data-path=row.path.clone()>{question}</dt>
                <dd style=depth data-path=row.path.clone()>
                    <span hidden=move || editing.get()>{value}</span>
                    {edit_input(edit, row.path.clone(), input_id, correction)}
                </dd>
            }
            .into_any()
        }
    }
}

/// Whether the answer at `path` has a field in the correction (a refused answer without
/// one is named in the note instead).
fn editable(path: &str) -> bool {
    document()
        .get_element_by_id(&format!("edit-{path}"))
        .is_some()
}

/// Move the keyboard's focus to `css` once the screen has changed (the control that had
/// it is hidden now: focus would fall to the page).
fn focus_soon(css: &'static str) {
    use wasm_bindgen::JsCast;
    request_animation_frame(move || {
        if let Some(el) = document()
            .query_selector(css)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// The input correcting one answer (shown while correcting), and what the server said
/// of it. Numbers may be typed in any script's digits: the server reads them.
fn edit_input(
    edit: EditInput,
    path: String,
    id: String,
    correction: Correction,
) -> impl IntoView + use<> {
    let ui = ui();
    let error_id = format!("{id}-error");
    let mine = path.clone();
    // The form's own words for a broken constraint ("Choose at most three"), else ours.
    let own = edit.constraint_message.clone();
    let problem = Memo::new(move |_| {
        correction.problems.with(|all| {
            all.iter().find(|p| p.path == mine).map(|p| {
                if p.problem == forms::validate::Problem::Constraint && !own.trim().is_empty() {
                    own.clone()
                } else {
                    ui.t(p.problem.message_id())
                }
            })
        })
    });
    // What the field shows: the value typed, else the stored one (so Cancel, which
    // forgets what was typed, shows the stored value again).
    let raw = edit.raw.clone();
    let at = path.clone();
    let shown = Memo::new(move |_| {
        correction
            .changed
            .with(|m| m.get(&at).cloned())
            .unwrap_or_else(|| raw.clone())
    });
    let keep = move |value: String| {
        correction.changed.update(|m| {
            m.insert(path.clone(), value);
        });
    };
    let hidden = move || !correction.editing.get();
    let invalid = move || problem.get().is_some().then_some("true");
    let input = match edit.input {
        EditKind::Choices => {
            let order: Vec<String> = edit.choices.iter().map(|c| c.value.clone()).collect();
            let label_id = format!("{id}-label");
            view! {
                <div id=id role="group" class="edit-choices" data-edit="" aria-labelledby=label_id
                    aria-describedby=error_id.clone() hidden=hidden>
                    {edit.choices.into_iter().map(|c| {
                        let value = c.value.clone();
                        let (mine, order, keep) = (value.clone(), order.clone(), keep.clone());
                        let checked = move || shown.with(|s| s.split_whitespace().any(|v| v == mine));
                        let toggle = move |on: bool| {
                            let now = shown.get_untracked();
                            let mut picked: Vec<&str> = now.split_whitespace().filter(|v| *v != value).collect();
                            if on {
                                picked.push(&value);
                            }
                            // Stored in the list's order, as the phone stores them.
                            let joined = order
                                .iter()
                                .filter(|o| picked.contains(&o.as_str()))
                                .cloned()
                                .collect::<Vec<_>>()
                                .join(" ");
                            keep(joined);
                        };
                        view! {
                            <label class="check">
                                <input type="checkbox" value=c.value.clone() prop:checked=checked aria-invalid=invalid
                                    on:change=move |ev| toggle(event_target_checked(&ev))/>
                                <span dir="auto">{c.label}</span>
                            </label>
                        }
                    }).collect_view()}
                </div>
            }
            .into_any()
        }
        EditKind::Choice => view! {
            <select id=id data-edit="" aria-describedby=error_id.clone() aria-invalid=invalid hidden=hidden
                prop:value=move || shown.get()
                on:change={
                    let keep = keep.clone();
                    move |ev| keep(event_target_value(&ev))
                }>
                {edit.choices.into_iter().map(|c| {
                    let mine = c.value.clone();
                    let selected = move || shown.with(|s| *s == mine);
                    view! { <option value=c.value selected=selected>{c.label}</option> }
                }).collect_view()}
            </select>
        }
        .into_any(),
        // Text written on several lines keeps its lines.
        EditKind::Text if edit.raw.contains('\n') => view! {
            <textarea id=id data-edit="" dir="auto" rows="3" aria-describedby=error_id.clone()
                aria-invalid=invalid hidden=hidden prop:value=move || shown.get()
                on:input=move |ev| keep(event_target_value(&ev))></textarea>
        }
        .into_any(),
        // A date is taken when it is whole (its parts typed one by one are not a date).
        EditKind::Date => view! {
            <input id=id type="date" dir="ltr" data-edit="" prop:value=move || shown.get()
                aria-describedby=error_id.clone() aria-invalid=invalid hidden=hidden
                on:change=move |ev| keep(event_target_value(&ev))/>
        }
        .into_any(),
        kind => {
            let (kind_attr, mode, dir) = match kind {
                EditKind::Integer => ("text", Some("numeric"), "ltr"),
                EditKind::Decimal => ("text", Some("decimal"), "ltr"),
                _ => ("text", None, "auto"),
            };
            view! {
                <input id=id type=kind_attr inputmode=mode dir=dir data-edit="" prop:value=move || shown.get()
                    aria-describedby=error_id.clone() aria-invalid=invalid hidden=hidden
                    on:input=move |ev| keep(event_target_value(&ev))/>
            }
            .into_any()
        }
    };
    view! {
        {input}
        // Announced once, by the note beside Save; read again with the field it describes.
        <span class="error" id=error_id hidden=move || problem.with(Option::is_none)>{move || problem.get()}</span>
    }
}

/// The decisions allowed now, each behind a confirmation.
#[component]
fn Decisions(
    actions: Vec<Decision>,
    confirming: RwSignal<Option<Decision>>,
    comment: RwSignal<String>,
    confirm: impl Fn(leptos::ev::MouseEvent) + Clone + 'static,
) -> impl IntoView {
    let ui = ui();
    view! {
        <div class="actions decisions" hidden=move || confirming.with(Option::is_some)>
            {actions.into_iter().map(|d| {
                let class = match d {
                    Decision::Approve => "primary",
                    Decision::Reject => "danger",
                    _ => "",
                };
                view! {
                    <button type="button" class=class id=format!("decide-{}", d.as_str())
                        on:click=move |_| confirming.set(Some(d))>
                        {ui.t(&format!("review-action-{}", d.as_str()))}
                    </button>
                }
            }).collect_view()}
        </div>
        <div class="confirm" id="decision-confirm" role="alertdialog" aria-labelledby="decision-confirm-text"
            hidden=move || confirming.with(Option::is_none)>
            <p id="decision-confirm-text">{move || confirming.get().map(|d| ui.t(&format!("review-confirm-{}", d.as_str())))}</p>
            <Show when=move || matches!(confirming.get(), Some(Decision::HasIssues | Decision::Reject))>
                <div class="field">
                    <label for="decision-comment">{t("review-send-back-label")}</label>
                    <textarea id="decision-comment" rows="3" dir="auto" prop:value=move || comment.get()
                        on:input=move |ev| comment.set(event_target_value(&ev))></textarea>
                </div>
            </Show>
            <div class="actions">
                <button type="button" id="decision-yes" class="primary" on:click=confirm>{t("review-confirm")}</button>
                <button type="button" on:click=move |_| confirming.set(None)>{t("review-cancel")}</button>
            </div>
        </div>
    }
}

/// The consent the record was given under, as the reviewer's view shows it.
#[component]
fn Consent(r: RecordView) -> impl IntoView {
    let ui = ui();
    let c = r.consent;
    view! {
        <section class="consent" aria-labelledby="consent-title">
            <h3 id="consent-title">{t("review-consent")}</h3>
            {c.played_audio.then(|| view! { <p id="consent-played">{t("review-consent-played")}</p> })}
            {if c.refused {
                view! { <p>{t("review-consent-refused")}</p> }.into_any()
            } else {
                view! {
                    <p id="consent-method">{ui.t_with("review-consent-method", &[("method", ui.t(&format!("review-method-{}", c.method.clone().unwrap_or_default())))])}</p>
                    <ul class="purposes">
                        {c.purposes.iter().map(|p| {
                            let status = if p.active { "review-purpose-active" } else if p.accepted { "review-purpose-withdrawn" } else { "review-purpose-declined" };
                            view! { <li data-purpose=p.id.clone()><span dir="auto">{p.label.clone()}</span>" — "{ui.t(status)}</li> }
                        }).collect_view()}
                    </ul>
                    <ul class="proof">
                        {c.proof.iter().map(|p| view! {
                            <li>{ui.t(&format!("review-proof-{}", p.field))}": "<span dir="auto">{p.value.clone()}</span></li>
                        }).collect_view()}
                    </ul>
                    {c.signature.clone().map(|src| view! { <img class="signature" src=src alt=ui.t("review-signature")/> })}
                    {c.proof_withheld.then(|| view! { <p class="muted">{t("review-proof-withheld")}</p> })}
                }.into_any()
            }}
        </section>
    }
}

/// Who decided what, and the corrections with what each changed.
#[component]
fn History(r: RecordView) -> impl IntoView {
    let ui = ui();
    view! {
        <section class="history" aria-labelledby="history-title">
            <h3 id="history-title">{t("review-history")}</h3>
            <ol>
                {r.comments.into_iter().map(|c| {
                    let state = c.review_state.as_str();
                    view! {
                        <li>
                            <span dir="ltr">{c.at.replace('T', " ").chars().take(16).collect::<String>()}</span>" "
                            <span dir="auto">{c.by}</span>": "
                            <span class=format!("badge state-{state}")>{ui.t(&format!("steward-state-{state}"))}</span>
                            {(!c.comment.is_empty()).then(|| view! { " — " <q dir="auto">{c.comment.clone()}</q> })}
                        </li>
                    }
                }).collect_view()}
                {r.edits.into_iter().map(|e| view! {
                    <li>
                        {ui.t_with("review-edited", &[("by", e.edited_by.clone()), ("comment", e.comment.clone())])}
                        <ul>
                            {e.changes.into_iter().map(|c| view! {
                                <li dir="auto">{c.label}": "<del>{c.before}</del>" → "<ins>{c.after}</ins></li>
                            }).collect_view()}
                        </ul>
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
}

//! One record as the form shows it (`GET /submissions/{id}`): every answer the reviewer's
//! view shows, in a language of the form they choose, the consent, the history, and the
//! decisions allowed now. Approve, send back and reject each ask for confirmation (send
//! back with the comment the enumerator will read); the desk then offers Undo.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::i18n::{t, ui};
use crate::widgets::ErrorLine;
use forms::wire::{AnswerRow, Decision, RecordView, RowKind};

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
                                    <option value=l.code.clone() selected=l.code == current>{l.name.clone()}</option>
                                }).collect_view()}
                            </select>
                        </div>
                        {r.rows.is_empty().then(|| view! { <p class="muted">{t("review-no-answers")}</p> })}
                        <dl class="rows" lang=forms::langtag::tag(&r.lang) dir=rtl>
                            {r.rows.iter().map(|row| answer_row(row, &r.id)).collect_view()}
                        </dl>
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
/// and the answer (a file as a link, a pseudonym said to be one).
fn answer_row(row: &AnswerRow, record: &str) -> impl IntoView + use<> {
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
            view! {
                <dt style=depth.clone() data-path=row.path.clone()>{row.label.clone()}</dt>
                <dd style=depth data-path=row.path.clone()>{value}{pseudonym}</dd>
            }
            .into_any()
        }
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

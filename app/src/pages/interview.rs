//! One interview: consent first, then the form page by page, then the receipt.
//! No question is shown before consent is recorded; a refusal is kept with no answers.

use std::sync::Arc;

use forms::batch::{Submission, new_record_id};
use forms::consent::{Consent, ConsentTemplate, Decision, Method};
use forms::model::{Answers, CompiledForm};
use forms::prefill::{DeviceFacts, apply_defaults, fill_metadata};
use forms::receipt::ReceiptCode;
use forms::validate::{settle, validate};
use leptos::prelude::*;

use super::{Screen, field};
use crate::clock::{now_local_rfc3339, now_ms, today};
use crate::error::AppError;
use crate::i18n::{t, ui};
use crate::records::{self, LocalRecord, Status};
use crate::session::Session;
use crate::widgets::question::{InterviewCtx, NodeView};
use crate::widgets::signature::SignaturePad;
use crate::widgets::understanding::Comprehension;
use crate::widgets::{ErrorLine, TextField};

/// How long after the last answer the draft is sealed and stored.
const AUTOSAVE_AFTER_MS: u64 = 600;

/// What the form's metadata questions (`deviceid`, `username`, …) record.
fn device_facts<'a>(session: &'a Session, now: &'a str) -> DeviceFacts<'a> {
    DeviceFacts {
        now,
        device_id: &session.device.device_id,
        username: &session.device.username,
    }
}

/// The interview screen. The field bundle loads it as a wasm chunk of its own
/// (`src/bin/field.rs`), so the first screens never wait for the form engine.
pub fn view(draft: Option<Box<LocalRecord>>) -> AnyView {
    view! { <Interview draft/> }.into_any()
}

#[component]
fn Interview(draft: Option<Box<LocalRecord>>) -> impl IntoView {
    let ui = ui();
    let field = field();
    let Some(session) = field.session() else {
        field.lock(None);
        return ().into_any();
    };
    let error = RwSignal::new(None::<String>);
    let id = match &draft {
        Some(d) => d.submission.id,
        None => match new_record_id(now_ms() as u64) {
            Ok(id) => id,
            Err(e) => {
                error.set(Some(AppError::from(e).message(ui)));
                return view! { <ErrorLine error=error/> }.into_any();
            }
        },
    };
    let started_at = draft
        .as_ref()
        .map(|d| d.submission.started_at.clone())
        .unwrap_or_else(now_local_rfc3339);
    let lang = RwSignal::new(
        draft
            .as_ref()
            .map(|d| d.submission.consent.language.clone())
            .unwrap_or_else(|| {
                session
                    .consent
                    .first_language(&session.form.form, &ui.lang.get_untracked())
            }),
    );
    let consent = RwSignal::new(draft.as_ref().map(|d| d.submission.consent.clone()));
    let page = RwSignal::new(draft.as_ref().map_or(0, |d| d.page));
    let answers = RwSignal::new(draft.map(|d| d.submission.answers).unwrap_or_else(|| {
        // A new interview starts with the form's defaults and the device's metadata.
        let mut a = Answers::new();
        apply_defaults(&session.form, &mut a, &today());
        fill_metadata(
            &session.form,
            &mut a,
            device_facts(&session, &now_local_rfc3339()),
        );
        a
    }));

    let session = StoredValue::new(session);
    let record = move |status: Status, answers: Answers, consent: Consent| LocalRecord {
        status,
        name: session.with_value(|s| s.form.instance_name(&answers, &crate::clock::today())),
        submission: Submission {
            id,
            form_id: session.with_value(|s| s.form.form.id.clone()),
            form_version: session.with_value(|s| s.form.form.version.clone()),
            started_at: started_at.clone(),
            saved_at: now_local_rfc3339(),
            consent,
            answers,
        },
        rejection: None,
        review_note: None,
        page: page.get_untracked(),
        synced_at: None,
    };
    let record = StoredValue::new(record);

    let on_decided = move |decided: Consent| {
        let refused = decided.is_refusal();
        if refused {
            let code = decided.receipt.to_string();
            let r = record.with_value(|f| f(Status::Queued, Answers::new(), decided));
            let saving = session.with_value(|s| records::save(s, &r));
            // The receipt only once the refusal is on disk (a flat battery keeps it).
            leptos::task::spawn_local(async move {
                match saving.await {
                    Ok(()) => {
                        crate::sync::request(field, ui, false);
                        field.screen.set(Screen::Receipt {
                            code,
                            refused: true,
                        })
                    }
                    Err(e) => error.set(Some(e.message(ui))),
                }
            });
        } else {
            // Keep the consent at once as a draft: nothing said so far is lost.
            let r = record.with_value(|f| f(Status::Draft, Answers::new(), decided.clone()));
            let saving = session.with_value(|s| records::save(s, &r));
            leptos::task::spawn_local(async move {
                match saving.await {
                    Ok(()) => consent.set(Some(decided)),
                    Err(e) => error.set(Some(e.message(ui))),
                }
            });
        }
    };

    view! {
        <section class="interview" class:theme-grid=session.with_value(|s| s.form.has_style("theme-grid")) dir=move || if session.with_value(|s| s.form.is_rtl(&lang.get())) { "rtl" } else { "ltr" }>
            <ErrorLine error=error/>
            {move || match consent.get() {
                None => view! {
                    <ConsentStep template=session.with_value(|s| s.consent.clone()) form=session.with_value(|s| s.form.clone()) lang=lang on_decided=on_decided/>
                }
                .into_any(),
                Some(given) => view! {
                    <Questions session=session.get_value() lang=lang answers=answers page=page consent=given record=record error=error/>
                }
                .into_any(),
            }}
        </section>
    }
    .into_any()
}

#[component]
fn ConsentStep(
    template: Arc<ConsentTemplate>,
    form: Arc<CompiledForm>,
    lang: RwSignal<String>,
    on_decided: impl Fn(Consent) + Send + Sync + Copy + 'static,
) -> impl IntoView {
    let ui = ui();
    let accepted = RwSignal::new(Vec::<String>::new());
    let method = RwSignal::new("verbal");
    let witness = RwSignal::new(String::new());
    // A guardian's or proxy's name, their relationship, a proxy's reason, a minor's assent.
    let person = RwSignal::new(String::new());
    let relationship = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let assent = RwSignal::new(false);
    let access = RwSignal::new(String::new());
    let understood = RwSignal::new(Vec::<String>::new());
    let explained = RwSignal::new(Vec::<String>::new());
    let signature = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let template = StoredValue::new(template);
    let default_lang = form.form.default_language.clone();
    let text = {
        let default_lang = default_lang.clone();
        move |t: &forms::model::Text| t.get(&lang.get(), &default_lang).to_string()
    };

    let decide = move |decision: Decision| {
        let receipt = match ReceiptCode::generate() {
            Ok(r) => r,
            Err(e) => {
                error.set(Some(AppError::from(e).message(ui)));
                return;
            }
        };
        let t = template.get_value();
        let language = lang.get_untracked();
        // A refusal keeps nothing of the conversation beyond the fact.
        let given = !matches!(decision, Decision::Refused);
        let record = Consent {
            understood: if given {
                understood.get_untracked()
            } else {
                Vec::new()
            },
            explained_again: if given {
                explained.get_untracked()
            } else {
                Vec::new()
            },
            template_id: t.id.clone(),
            template_version: t.version,
            text_hash: t.text_hash(&language),
            language,
            decision,
            recorded_at: now_local_rfc3339(),
            receipt,
            access: Some(forms::consent::normalise_access(&access.get_untracked()))
                .filter(|a| !a.is_empty()),
        };
        let problems = record.check(&t);
        if let Some(first) = problems.first() {
            let id = match first {
                forms::consent::ConsentProblem::NoPurpose => "err-consent-no-purpose",
                forms::consent::ConsentProblem::MissingSignature => "err-consent-no-signature",
                forms::consent::ConsentProblem::MissingWitness => "err-consent-no-witness",
                other => other.code(),
            };
            error.set(Some(ui.t(id)));
            return;
        }
        on_decided(record);
    };
    let give = move |_| {
        let witness = witness.get_untracked();
        let image = signature.get_untracked().unwrap_or_default();
        let (person, relationship) = (person.get_untracked(), relationship.get_untracked());
        let method = match method.get_untracked() {
            "signature" => Method::Signature { image },
            "mark" => Method::Mark { image, witness },
            "guardian" => Method::Guardian {
                guardian: person,
                relationship,
                assent: assent.get_untracked(),
                witness,
            },
            "proxy" => Method::Proxy {
                proxy: person,
                relationship,
                reason: reason.get_untracked(),
                witness,
            },
            _ => Method::Verbal { witness },
        };
        decide(Decision::Given {
            purposes: accepted.get_untracked(),
            method,
        });
    };
    let refuse = move |_| decide(Decision::Refused);
    let languages = template.with_value(|t| t.languages_for(&form.form));
    let controller = template.with_value(|t| t.controller.clone());
    let minimum_age = template.with_value(|t| t.minimum_age.unwrap_or(18));
    let purposes = template.with_value(|t| t.purposes.clone());
    let consent_text = template.with_value(|t| t.text.clone());
    let text2 = text.clone();
    let text3 = text.clone();
    let text4 = text.clone();
    let checks = template.with_value(|t| t.comprehension.clone());
    let audio = StoredValue::new(template.with_value(|t| t.audio.clone()));
    let recording = move || audio.with_value(|a| a.0.get(&lang.get()).cloned());
    let no_recording = move || recording().is_none();

    view! {
        <h1>{t("consent-title")}</h1>
        <div class="field">
            <label for="respondent-lang">{t("consent-language")}</label>
            <select id="respondent-lang" prop:value=move || lang.get() on:change=move |ev| lang.set(event_target_value(&ev))>
                {languages.into_iter().map(|(code, name)| view! { <option value=code>{name}</option> }).collect_view()}
            </select>
        </div>
        <p class="muted" hidden=no_recording>{t("consent-listen")}</p>
        <audio id="consent-audio" controls preload="none" aria-label=ui.t("consent-listen") src=recording hidden=no_recording></audio>
        <p class="muted">{t("consent-read")}</p>
        <blockquote id="consent-text" class="consent-text" lang=move || lang.get()>{move || text(&consent_text)}</blockquote>
        <p class="muted">{move || ui.t_with("consent-controller", &[("controller", controller.clone())])}</p>
        <Comprehension checks=checks localise=text4 understood=understood explained=explained/>
        <fieldset class="purposes">
            <legend>{t("consent-purposes")}</legend>
            {purposes
                .into_iter()
                .map(|p| {
                    let id = format!("purpose-{}", p.id);
                    let pid = p.id.clone();
                    let pid2 = p.id.clone();
                    let (label, explanation) = (p.label.clone(), p.explanation.clone());
                    let (retention, shared) = (p.retention_days, p.shared_with.clone());
                    let t1 = text2.clone();
                    let t2 = text3.clone();
                    let t3 = text3.clone();
                    // What the respondent is told about keeping and sharing, per purpose.
                    let terms = move || {
                        let mut out = retention
                            .map(|d| ui.t_with("consent-kept-for", &[("days", d.to_string())]))
                            .unwrap_or_default();
                        let who = t3(&shared);
                        if !who.is_empty() {
                            out.push(' ');
                            out.push_str(&ui.t_with("consent-shared-for", &[("who", who)]));
                        }
                        out
                    };
                    view! {
                        <label class="choice" for=id.clone()>
                            <input
                                type="checkbox"
                                id=id.clone()
                                prop:checked=move || accepted.with(|a| a.contains(&pid))
                                on:change=move |_| accepted.update(|a| {
                                    if let Some(i) = a.iter().position(|x| *x == pid2) { a.remove(i); } else { a.push(pid2.clone()); }
                                })
                            />
                            <span><strong>{move || t1(&label)}</strong><br/><small>{move || t2(&explanation)}</small><br/><small>{terms}</small></span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
        <fieldset class="method">
            <legend>{t("consent-method")}</legend>
            {[
                ("signature", "consent-method-signature"),
                ("mark", "consent-method-mark"),
                ("verbal", "consent-method-verbal"),
                ("guardian", "consent-method-guardian"),
                ("proxy", "consent-method-proxy"),
            ]
                .into_iter()
                .map(|(m, label)| {
                    let id = format!("method-{m}");
                    view! {
                        <label class="choice" for=id.clone()>
                            <input type="radio" id=id.clone() name="method" prop:checked=move || method.get() == m on:change=move |_| method.set(m)/>
                            <span>{t(label)}</span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
        <p class="muted" id="consent-minimum-age" hidden=move || method.get() != "guardian">
            {move || ui.t_with("consent-minimum-age", &[("age", minimum_age.to_string())])}
        </p>
        // `hidden` rather than <Show>: one view type less in the phone's download.
        <div hidden=move || !matches!(method.get(), "signature" | "mark")>
            <SignaturePad image=signature/>
        </div>
        <div hidden=move || !matches!(method.get(), "guardian" | "proxy")>
            <div class="field">
                <label for="consent-person">{move || ui.t(if method.get() == "proxy" { "consent-proxy" } else { "consent-guardian" })}</label>
                <input id="consent-person" type="text" autocomplete="off" prop:value=move || person.get() on:input=move |ev| person.set(event_target_value(&ev))/>
            </div>
            <TextField id="consent-relationship" label="consent-relationship" value=relationship/>
        </div>
        <label class="choice" for="consent-assent" hidden=move || method.get() != "guardian">
            <input type="checkbox" id="consent-assent" prop:checked=move || assent.get() on:change=move |_| assent.update(|a| *a = !*a)/>
            <span>{t("consent-assent")}</span>
        </label>
        <div hidden=move || method.get() != "proxy">
            <TextField id="consent-reason" label="consent-reason" value=reason/>
        </div>
        <div class="field" hidden=move || method.get() == "signature">
            <label for="witness">{t("consent-witness")}</label>
            <input id="witness" type="text" autocomplete="off" prop:value=move || witness.get() on:input=move |ev| witness.set(event_target_value(&ev))/>
        </div>
        <TextField id="consent-access" label="consent-access" value=access kind="tel" hint="consent-access-hint"/>
        <ErrorLine error=error/>
        <div class="actions">
            <button id="consent-give" class="primary" type="button" on:click=give>{t("consent-give")}</button>
            <button id="consent-refuse" class="danger" type="button" on:click=refuse>{t("consent-refuse")}</button>
        </div>
    }
}

#[component]
fn Questions<F>(
    session: Session,
    lang: RwSignal<String>,
    answers: RwSignal<Answers>,
    page: RwSignal<usize>,
    consent: Consent,
    record: StoredValue<F>,
    error: RwSignal<Option<String>>,
) -> impl IntoView
where
    F: Fn(Status, Answers, Consent) -> LocalRecord + Send + Sync + 'static,
{
    let ui = ui();
    let field = field();
    // Questions serving a purpose the respondent refused are never asked nor kept.
    let mut session = session;
    match session.form.for_purposes(consent.purposes()) {
        Ok(Some(narrowed)) => session.form = Arc::new(narrowed),
        Ok(None) => {}
        Err(e) => {
            error.set(Some(AppError::from(e).message(ui)));
            return ().into_any();
        }
    }
    let form = session.form.clone();
    let pages = form.pages();
    let total = pages.len();
    let today_value = now_local_rfc3339();
    let show_errors = RwSignal::new(false);
    let form_for_errors = form.clone();
    let today_for_errors = today_value.clone();
    let errors = Memo::new(move |_| {
        if !show_errors.get() {
            return Vec::new();
        }
        answers.with(|a| validate(&form_for_errors, a, &today_for_errors))
    });
    let ctx = InterviewCtx {
        form: StoredValue::new(form.clone()),
        answers,
        lang,
        errors,
        today: StoredValue::new(today_value.clone()),
        watched: StoredValue::new(Default::default()),
    };
    // A draft from an older screen may predate a calculation: settle once on open.
    answers.update(|a| settle(&form, a, &today_value));

    let pages = StoredValue::new(pages);
    let session = StoredValue::new(session);
    let consent = StoredValue::new(consent);
    let page_errors = move |p: usize| -> usize {
        let f = session.with_value(|s| s.form.clone());
        let names = pages.with_value(|ps| f.page_names(&ps[p]));
        answers.with(|a| {
            validate(&f, a, &today())
                .iter()
                .filter(|e| names.contains(&e.name))
                .count()
        })
    };
    // Once the interview is saved or left, no autosave may write a draft over it.
    let finished = StoredValue::new(false);
    // "Draft saved", once an autosave is on disk; gone at the next answer.
    let draft_saved = RwSignal::new(false);
    // Seals the record and starts its write at once (writes reach the disk in the order
    // they start); the future resolves once it is on disk.
    let store = move |status: Status| {
        let r = record.with_value(|f| f(status, answers.get_untracked(), consent.get_value()));
        let saving = session.with_value(|s| records::save(s, &r));
        if status != Status::Draft {
            finished.set_value(true);
        }
        async move {
            match saving.await {
                Ok(()) => Ok(r),
                Err(e) => {
                    // Not saved: the interview is still open, and autosave goes on.
                    finished.set_value(false);
                    Err::<LocalRecord, AppError>(e)
                }
            }
        }
    };
    // Writes a draft in the background; a failure is shown.
    let store_draft = move || {
        let saving = store(Status::Draft);
        leptos::task::spawn_local(async move {
            match saving.await {
                Ok(_) => draft_saved.set(true),
                Err(e) => error.set(Some(e.message(ui))),
            }
        });
    };
    // Autosave: every answer is sealed into the draft once the enumerator pauses, so a
    // tab the phone kills (or a flat battery) reopens the interview where it was. Each
    // write replaces the whole sealed record in one IndexedDB transaction (strict
    // durability), which either happens or not: there is no half-written draft to repair.
    let edits = StoredValue::new(0u32);
    Effect::new(move |ran: Option<()>| {
        answers.track();
        if ran.is_none() {
            return;
        }
        draft_saved.set(false);
        let edit = edits.try_update_value(|n| {
            *n += 1;
            *n
        });
        set_timeout(
            move || {
                let current = edits.try_get_value() == edit;
                if current && finished.try_get_value() == Some(false) {
                    store_draft();
                }
            },
            std::time::Duration::from_millis(AUTOSAVE_AFTER_MS),
        );
    });
    let next = move |_: leptos::ev::MouseEvent| {
        let p = page.get_untracked();
        if page_errors(p) > 0 {
            show_errors.set(true);
            error.set(Some(ui.t("interview-has-errors")));
            return;
        }
        error.set(None);
        show_errors.set(false);
        page.set((p + 1).min(total - 1));
        store_draft();
        scroll_top();
    };
    let back = move |_: leptos::ev::MouseEvent| {
        error.set(None);
        page.update(|p| *p = p.saturating_sub(1));
        scroll_top();
    };
    let save = move |_: leptos::ev::MouseEvent| {
        if finished.get_value() {
            return;
        }
        let f = session.with_value(|s| s.form.clone());
        let problems = answers.with_untracked(|a| validate(&f, a, &today()));
        if let Some(first) = problems.first() {
            show_errors.set(true);
            error.set(Some(ui.t("interview-has-errors")));
            if let Some(p) = pages.with_value(|ps| {
                ps.iter()
                    .position(|pg| f.page_names(pg).contains(&first.name))
            }) {
                page.set(p);
            }
            return;
        }
        let now = now_local_rfc3339();
        session
            .with_value(|s| answers.update(|a| fill_metadata(&s.form, a, device_facts(s, &now))));
        let saving = store(Status::Queued);
        // The receipt only once the record is on disk (a flat battery keeps it).
        leptos::task::spawn_local(async move {
            match saving.await {
                Ok(r) => {
                    crate::sync::request(field, ui, false);
                    field.screen.set(Screen::Receipt {
                        code: r.submission.consent.receipt.to_string(),
                        refused: false,
                    })
                }
                Err(e) => error.set(Some(e.message(ui))),
            }
        });
    };
    let leave = move |_| {
        let saving = store(Status::Draft);
        finished.set_value(true);
        leptos::task::spawn_local(async move {
            match saving.await {
                Ok(_) => field.screen.set(Screen::Home),
                Err(e) => error.set(Some(e.message(ui))),
            }
        });
    };
    let title = session.with_value(|s| s.form.form.title.clone());
    let default_lang = session.with_value(|s| s.form.form.default_language.clone());

    view! {
        <h1>{move || title.get(&lang.get(), &default_lang).to_string()}</h1>
        <div class="field inline">
            <label for="form-lang">{t("consent-language")}</label>
            <select id="form-lang" prop:value=move || lang.get() on:change=move |ev| lang.set(event_target_value(&ev))>
                {session.with_value(|s| s.form.form.languages.clone()).into_iter().map(|l| view! { <option value=l.code.clone()>{l.name.clone()}</option> }).collect_view()}
            </select>
        </div>
        <p class="muted" id="page-indicator">{move || ui.t_with("interview-page", &[("n", (page.get() + 1).to_string()), ("total", total.to_string())])}</p>
        {move || {
            let p = page.get();
            let nodes = session.with_value(|s| pages.with_value(|ps| ps[p].iter().map(|&i| s.form.form.body[i].clone()).collect::<Vec<_>>()));
            view! { <div class="page" id=format!("page-{}", p + 1)>{nodes.into_iter().map(|n| view! { <NodeView node=n ctx=ctx/> }).collect_view()}</div> }
        }}
        <div class="actions nav">
            // `hidden` rather than <Show>: fewer view types in the phone's download.
            <button id="back" type="button" hidden=move || page.get() == 0 on:click=back>{t("interview-back")}</button>
            <button id="next" class="primary" type="button" hidden={move || page.get() + 1 >= total} on:click=next>{t("interview-next")}</button>
            <button id="save" class="primary" type="button" hidden={move || page.get() + 1 < total} on:click=save>{t("interview-save")}</button>
        </div>
        <p id="draft-status" class="muted" role="status">{move || if draft_saved.get() { ui.t("interview-draft-saved") } else { String::new() }}</p>
        <button id="save-draft" type="button" class="link" on:click=leave>{t("interview-save-draft")}</button>
    }
    .into_any()
}

fn scroll_top() {
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// The receipt the respondent keeps.
#[component]
pub fn Receipt(code: String, refused: bool) -> impl IntoView {
    let ui = ui();
    let field = field();
    // The review page's address with the code: a camera opens it with the code filled in.
    let page = format!(
        "{}/community",
        window().location().origin().unwrap_or_default()
    );
    let qr = forms::qr::encode(&format!("{page}#r={code}")).map(|s| {
        let side = s.size + 8;
        view! {
            <svg id="receipt-qr" class="qr" role="img" aria-label=move || ui.t("receipt-qr") viewBox=format!("-4 -4 {side} {side}")>
                <rect x="-4" y="-4" width=side height=side fill="#fff"/>
                <path d=s.svg_path() fill="#000"/>
            </svg>
        }
    });
    view! {
        <section class="card receipt-screen">
            <h1>{t("receipt-title")}</h1>
            <p>{move || ui.t(if refused { "receipt-refused" } else { "receipt-saved" })}</p>
            <p class="muted">{t("receipt-intro")}</p>
            <p id="receipt-code" class="receipt" dir="ltr">{code}</p>
            {qr}
            <p class="muted" dir="auto">{move || ui.t_with("receipt-where", &[("page", page.clone())])}</p>
            <div class="actions">
                <button id="receipt-print" type="button" on:click=move |_| { let _ = window().print(); }>{t("receipt-print")}</button>
                <button id="receipt-done" class="primary" on:click=move |_| field.screen.set(Screen::Home)>{t("receipt-done")}</button>
            </div>
        </section>
    }
}

//! The translation page (issue 24): a form's texts and the project's consent texts side by
//! side, source language on one side and the target on the other, with each language's
//! completeness ("n of m") and review status. A translator saves and marks the work
//! reviewed; only a steward or admin publishes it, as a new form version and consent
//! template version (the server decides, and says so in `can_publish`). Excel users
//! download every language's columns and upload one language's back.

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos::task::spawn_local;

use forms::translation::{FormTranslation, ReviewStatus, SaveTranslation, TranslatableForm};

use super::failed;
use crate::api::translations as api;
use crate::i18n::{t, ui};
use crate::pages::steward::Desk;
use crate::widgets::ErrorLine;

/// The languages offered as targets: the interface's own (named as their speakers name
/// them); a form's other languages are offered too, from its standing.
fn targets() -> Vec<(String, String)> {
    forms::i18n::ui_languages()
        .iter()
        .map(|(code, name, _)| (code.to_string(), name.to_string()))
        .collect()
}

/// The message id of a review status; without saved work, whether the form already has
/// the language (published as it came) or not.
fn status_label(status: Option<ReviewStatus>, done: usize) -> &'static str {
    match status {
        None if done > 0 => "admin-translate-status-published",
        None => "admin-translate-status-none",
        Some(ReviewStatus::Machine) => "admin-translate-status-machine",
        Some(ReviewStatus::Draft) => "admin-translate-status-draft",
        Some(ReviewStatus::Reviewed) => "admin-translate-status-reviewed",
    }
}

#[component]
pub(crate) fn Translate(signed_in: RwSignal<Option<Desk>>) -> impl IntoView {
    let forms_list = RwSignal::new(Vec::<TranslatableForm>::new());
    let form_id = RwSignal::new(None::<String>);
    let lang = RwSignal::new("sw".to_string());
    let error = RwSignal::new(None::<String>);
    spawn_local(async move {
        match api::forms().await {
            Ok(list) => {
                form_id.set(list.first().map(|f| f.form_id.clone()));
                forms_list.set(list);
            }
            Err(e) => failed(e, error, signed_in),
        }
    });
    view! {
        <section class="card translate" aria-labelledby="translate-heading">
            <h2 id="translate-heading">{t("admin-translate-title")}</h2>
            <p class="muted">{t("admin-translate-intro")}</p>
            <div class="field">
                <label for="translate-form">{t("admin-translate-form")}</label>
                <select id="translate-form" on:change=move |ev| form_id.set(Some(event_target_value(&ev)))>
                    {move || forms_list.get().into_iter().map(|f| view! {
                        <option value=f.form_id.clone() selected=form_id.get().as_deref() == Some(f.form_id.as_str())>
                            {format!("{} ({})", f.title, f.form_id)}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="translate-lang">{t("admin-translate-language")}</label>
                <select id="translate-lang" on:change=move |ev| lang.set(event_target_value(&ev))>
                    {targets().into_iter().map(|(code, name)| view! {
                        <option value=code.clone() selected=lang.get_untracked() == code>{format!("{name} ({code})")}</option>
                    }).collect_view()}
                </select>
            </div>
            <ErrorLine error=error/>
        </section>
        {move || form_id.get().map(|id| {
            let lang = lang.get();
            view! { <Editor form_id=id lang=lang signed_in=signed_in/> }
        })}
    }
}

/// One form in one target language: standing, the side-by-side table, save, publish,
/// and the workbook.
#[component]
fn Editor(form_id: String, lang: String, signed_in: RwSignal<Option<Desk>>) -> impl IntoView {
    let ui = ui();
    let view_data = RwSignal::new(None::<FormTranslation>);
    let texts = RwSignal::new(BTreeMap::<String, String>::new());
    let status = RwSignal::new(ReviewStatus::Draft);
    let error = RwSignal::new(None::<String>);
    let note = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let (fid, lg) = (
        StoredValue::new(form_id.clone()),
        StoredValue::new(lang.clone()),
    );
    let load = move || {
        spawn_local(async move {
            match api::show(&fid.get_value(), &lg.get_value()).await {
                Ok(v) => {
                    texts.set(
                        v.entries
                            .iter()
                            .map(|e| (e.key.clone(), e.target.clone()))
                            .collect(),
                    );
                    let own = v.languages.iter().find(|l| l.code == v.target);
                    status.set(own.and_then(|l| l.status).unwrap_or(ReviewStatus::Draft));
                    view_data.set(Some(v));
                }
                Err(e) => failed(e, error, signed_in),
            }
        })
    };
    load();
    let name_of = move |code: &str| {
        targets()
            .into_iter()
            .find(|(c, _)| c == code)
            .map_or_else(|| code.to_string(), |(_, n)| n)
    };
    let save = move |_| {
        busy.set(true);
        error.set(None);
        note.set(None);
        spawn_local(async move {
            let lang = lg.get_value();
            let work = SaveTranslation {
                name: name_of(&lang),
                status: status.get_untracked(),
                texts: texts.get_untracked(),
            };
            match api::save(&fid.get_value(), &lang, &work).await {
                Ok(_) => {
                    note.set(Some(ui.t("admin-translate-saved")));
                    load();
                }
                Err(e) => failed(e, error, signed_in),
            }
            busy.set(false);
        });
    };
    let publish = move |_| {
        busy.set(true);
        error.set(None);
        note.set(None);
        spawn_local(async move {
            match api::publish(&fid.get_value(), &lg.get_value()).await {
                Ok(done) => {
                    let template = done
                        .template_version
                        .map_or_else(|| "—".to_string(), |v| v.to_string());
                    note.set(Some(ui.t_with(
                        "admin-translate-published",
                        &[("version", done.form_version), ("template", template)],
                    )));
                    load();
                }
                Err(crate::error::AppError::Server { code, .. })
                    if code == "err-invalid-template" =>
                {
                    error.set(Some(ui.t("admin-translate-publish-incomplete")))
                }
                Err(e) => failed(e, error, signed_in),
            }
            busy.set(false);
        });
    };
    let import = move |ev: leptos::ev::Event| {
        let Some(file) = super::chosen_file(&ev) else {
            return;
        };
        busy.set(true);
        error.set(None);
        note.set(None);
        spawn_local(async move {
            match api::import(&fid.get_value(), &lg.get_value(), &file).await {
                Ok(done) => {
                    note.set(Some(ui.t_with(
                        "admin-translate-imported",
                        &[
                            ("imported", done.imported.to_string()),
                            ("skipped", done.skipped.to_string()),
                        ],
                    )));
                    load();
                }
                Err(Ok(refusal)) => error.set(Some(refusal)),
                Err(Err(e)) => failed(e, error, signed_in),
            }
            busy.set(false);
        });
    };
    view! {
        {move || view_data.get().map(|v| {
            let can_publish = v.can_publish;
            let source = v.source.clone();
            let target = v.target.clone();
            view! {
                <section class="card" aria-labelledby="translate-languages-heading">
                    <h3 id="translate-languages-heading">{t("admin-translate-languages")}</h3>
                    <ul id="translate-standing" class="translate-standing">
                        {v.languages.iter().map(|l| {
                            let done = ui.t_with("admin-translate-done", &[("done", l.done.to_string()), ("total", l.total.to_string())]);
                            let who = l.reviewed_by.clone().map(|who| ui.t_with("admin-translate-reviewed-by", &[("who", who)]));
                            view! {
                                <li data-lang=l.code.clone()>
                                    <strong>{format!("{} ({})", l.name, l.code)}</strong> " · "
                                    <span class="done">{done}</span> " · "
                                    <span class=if l.status == Some(ReviewStatus::Reviewed) { "badge reviewed" } else { "badge unreviewed" }>{ui.t(status_label(l.status, l.done))}</span>
                                    {who.map(|w| view! { " · " <span>{w}</span> })}
                                    {l.unpublished.then(|| view! { " · " <em>{ui.t("admin-translate-unpublished")}</em> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <p>
                        <a id="translate-export" href=api::workbook_url(&v.form_id) download="">{t("admin-translate-export")}</a>
                    </p>
                    <div class="field">
                        <label for="translate-import">{ui.t_with("admin-translate-import", &[("lang", target.clone())])}</label>
                        <input id="translate-import" type="file" accept=".xlsx" disabled=move || busy.get() on:change=import/>
                    </div>
                </section>
                <section class="card" aria-labelledby="translate-table-heading">
                    <h3 id="translate-table-heading">{ui.t_with("admin-translate-table", &[("source", source.clone()), ("target", target.clone())])}</h3>
                    <div class="translate-scroll">
                    <table id="translate-table" class="translate-table">
                        <thead><tr>
                            <th scope="col">{format!("{} ({source})", name_of(&source))}</th>
                            <th scope="col">{format!("{} ({target})", name_of(&target))}</th>
                        </tr></thead>
                        <tbody>
                            {v.entries.iter().map(|e| {
                                let key = e.key.clone();
                                let id = format!("tr-{}", key.replace(['/', '.', ' '], "-"));
                                view! {
                                    <tr data-key=e.key.clone()>
                                        <td>
                                            <label for=id.clone() class="translate-source" dir="auto">{e.source.clone()}</label>
                                            <small class="muted"><code>{e.key.clone()}</code></small>
                                        </td>
                                        <td>
                                            <textarea id=id lang=target.clone() dir="auto" rows="2"
                                                prop:value=e.target.clone()
                                                on:input=move |ev| {
                                                    let value = event_target_value(&ev);
                                                    texts.update(|m| { m.insert(key.clone(), value); });
                                                }></textarea>
                                        </td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                    </div>
                    <div class="field">
                        <label for="translate-status">{t("admin-translate-status")}</label>
                        <select id="translate-status" on:change=move |ev| {
                            if let Some(s) = ReviewStatus::parse(&event_target_value(&ev)) { status.set(s) }
                        }>
                            {[ReviewStatus::Machine, ReviewStatus::Draft, ReviewStatus::Reviewed].into_iter().map(|s| view! {
                                <option value=s.as_str() selected=move || status.get() == s>{ui.t(status_label(Some(s), 0))}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="actions">
                        <button id="translate-save" type="button" disabled=move || busy.get() on:click=save>{t("admin-translate-save")}</button>
                        {can_publish.then(|| view! {
                            <button id="translate-publish" type="button" class="primary" disabled=move || busy.get() on:click=publish>{t("admin-translate-publish")}</button>
                        })}
                    </div>
                    {(!can_publish).then(|| view! { <p class="muted">{t("admin-translate-who-publishes")}</p> })}
                </section>
            }
        })}
        <section class="card">
            <div id="translate-error"><ErrorLine error=error/></div>
            <p id="translate-result" class="status" role="status">{move || note.get().unwrap_or_default()}</p>
        </section>
    }
}

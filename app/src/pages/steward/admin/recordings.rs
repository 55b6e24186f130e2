//! Recordings for respondents who do not read (issue 24): a coordinator records, in the
//! browser, the consent text and each question's and choice's prompt in a language,
//! listens to each and records it again until it is right.
//!
//! Each recording is uploaded at once as one of the project's files (`PUT /media/{name}`,
//! audio types only, checked by the server) and its address put into a working copy of
//! the form's newest version as `media::audio::<lang>`, the meaning an XLSForm's
//! `audio::<language>` column has. "Save as a draft" uploads that copy as a new draft
//! (`POST /forms`, a Sauti JSON definition), which opens on the draft page where it is
//! checked and published like any upload, so phones get recordings only through the
//! existing draft → publish path. The consent text's recording goes straight into the
//! consent template (`PUT /consent-template/audio/{lang}`), whose versions have no
//! drafts. Role: admin (who uploads forms and templates).

use std::collections::BTreeSet;

use forms::model::{Form, Node};
use forms::wire::{ConsentAudio, ErrorBody};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsValue;

use super::{Page, failed};
use crate::api::{self, Uploaded};
use crate::error::AppError;
use crate::i18n::{Ui, t, ui};
use crate::pages::steward::Desk;
use crate::recorder::{json_file, put_file, start_recording, stop_recording};
use crate::widgets::ErrorLine;

/// What a recording is for.
#[derive(Clone, Debug, PartialEq)]
enum Target {
    Consent,
    /// A question or note, by name.
    Question(String),
    /// A choice: (list, name).
    Choice(String, String),
}

impl Target {
    /// The element id of its row and the stem of its file name: letters, digits, `-`
    /// and `_` only (what the server takes as a file name), at most 60.
    fn stem(&self) -> String {
        let raw = match self {
            Target::Consent => "consent".to_string(),
            Target::Question(name) => format!("q-{name}"),
            Target::Choice(list, name) => format!("c-{list}-{name}"),
        };
        raw.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .take(60)
            .collect()
    }
}

/// One row of the page: what is recorded, its text in the language, its recording.
#[derive(Clone, Debug, PartialEq)]
struct Row {
    target: Target,
    text: String,
    audio: Option<String>,
}

/// The rows of a form in `lang`: every question and note with a label, each select's
/// choices under the first question that uses its list.
fn rows(form: &Form, lang: &str) -> Vec<Row> {
    fn walk(
        form: &Form,
        lang: &str,
        nodes: &[Node],
        lists: &mut BTreeSet<String>,
        out: &mut Vec<Row>,
    ) {
        let default = &form.default_language;
        for node in nodes {
            if node.kind.has_children() {
                walk(form, lang, &node.children, lists, out);
                continue;
            }
            if node.label.is_empty() {
                continue;
            }
            out.push(Row {
                target: Target::Question(node.name.clone()),
                text: node.label.get(lang, default).to_string(),
                audio: own_audio(&node.attributes, lang),
            });
            let Some(list) = node.kind.choice_list() else {
                continue;
            };
            if !lists.insert(list.to_string()) {
                continue;
            }
            for choice in form.choices.get(list).into_iter().flatten() {
                out.push(Row {
                    target: Target::Choice(list.to_string(), choice.name.clone()),
                    text: choice.label.get(lang, default).to_string(),
                    audio: own_audio(&choice.attributes, lang),
                });
            }
        }
    }
    let mut out = Vec::new();
    walk(form, lang, &form.body, &mut BTreeSet::new(), &mut out);
    out
}

/// The recording in exactly `lang` (not another language's the phone would fall back to).
fn own_audio(
    attributes: &std::collections::BTreeMap<String, String>,
    lang: &str,
) -> Option<String> {
    attributes
        .get(&forms::media::key("audio", Some(lang)))
        .filter(|a| forms::media::is_served(a))
        .cloned()
}

/// Put a recording's address into the working copy.
fn set_audio(form: &mut Form, target: &Target, lang: &str, url: String) {
    fn find<'a>(nodes: &'a mut [Node], name: &str) -> Option<&'a mut Node> {
        for node in nodes {
            if node.name == name {
                return Some(node);
            }
            if let Some(found) = find(&mut node.children, name) {
                return Some(found);
            }
        }
        None
    }
    let key = forms::media::key("audio", Some(lang));
    let attributes = match target {
        Target::Consent => None,
        Target::Question(name) => find(&mut form.body, name).map(|n| &mut n.attributes),
        Target::Choice(list, name) => form
            .choices
            .get_mut(list)
            .and_then(|l| l.iter_mut().find(|c| &c.name == name))
            .map(|c| &mut c.attributes),
    };
    if let Some(attributes) = attributes {
        attributes.insert(key, url);
    }
}

/// What the microphone's refusal means to the coordinator. `ui` is passed in: this runs
/// in spawned futures, which have no reactive owner to look the context up in.
fn microphone_error(ui: Ui, e: JsValue) -> String {
    let name = js_sys::Reflect::get(&e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .or_else(|| e.as_string())
        .unwrap_or_default();
    match name.as_str() {
        "NotAllowedError" | "SecurityError" => ui.t("admin-record-microphone-refused"),
        "unsupported" => ui.t("admin-record-unsupported"),
        _ => ui.t("admin-record-microphone-missing"),
    }
}

/// Upload a recording: the consent text's into the template, a prompt's as a project
/// file. `Ok(address)`, or the message to show. `ui` is passed in, as above.
async fn upload(
    ui: Ui,
    target: &Target,
    lang: &str,
    file: &web_sys::File,
) -> Result<(String, Option<ConsentAudio>), String> {
    if *target != Target::Consent {
        return match api::upload_media(file).await {
            Ok(stored) => Ok((stored.url, None)),
            Err(Ok(message)) => Err(message),
            Err(Err(e)) => Err(e.message(ui)),
        };
    }
    let url = format!(
        "/api/v1/consent-template/audio/{}",
        js_sys::encode_uri_component(lang)
    );
    let reply = put_file(&url, file)
        .await
        .map_err(|_| AppError::Network.message(ui))?;
    let status = js_sys::Reflect::get(&reply, &0.into())
        .ok()
        .and_then(|s| s.as_f64())
        .unwrap_or_default() as u16;
    let text = js_sys::Reflect::get(&reply, &1.into())
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default();
    if status == 200 {
        let audio: ConsentAudio = serde_json::from_str(&text).map_err(|_| ui.t("err-server"))?;
        let url = audio.audio.get(lang).cloned().unwrap_or_default();
        return Ok((url, Some(audio)));
    }
    let body = serde_json::from_str::<ErrorBody>(&text);
    Err(match body {
        Ok(b) if status == 422 => b.message,
        Ok(b) => AppError::Server {
            status,
            code: b.error,
        }
        .message(ui),
        Err(_) => AppError::Server {
            status,
            code: "err-server".into(),
        }
        .message(ui),
    })
}

/// The recording page.
#[component]
pub(super) fn Recordings(page: RwSignal<Page>, signed_in: RwSignal<Option<Desk>>) -> impl IntoView {
    let ui = ui();
    let list = RwSignal::new(Vec::<forms::wire::FormSummary>::new());
    let chosen = RwSignal::new(String::new());
    // The working copy of the chosen form's newest version.
    let form = RwSignal::new(None::<Form>);
    let lang = RwSignal::new(String::new());
    let consent = RwSignal::new(None::<ConsentAudio>);
    // The row being recorded, and the rows uploaded since the last draft.
    let recording = RwSignal::new(None::<Target>);
    let unsaved = RwSignal::new(0usize);
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);

    let open = move |form_id: String| {
        let Some(summary) =
            list.with_untracked(|l| l.iter().find(|f| f.form_id == form_id).cloned())
        else {
            return;
        };
        // The newest version, a draft included: recordings add to what is being prepared.
        let Some(version) = summary
            .versions
            .iter()
            .find(|v| v.state != forms::wire::VersionState::Waiting)
            .map(|v| v.version.clone())
        else {
            return;
        };
        chosen.set(form_id.clone());
        unsaved.set(0);
        spawn_local(async move {
            match api::form_version(&form_id, &version).await {
                Ok(detail) => {
                    let keep = detail
                        .languages
                        .iter()
                        .any(|l| l.code == lang.get_untracked());
                    if !keep {
                        lang.set(detail.form.default_language.clone());
                    }
                    form.set(Some(detail.form));
                }
                Err(e) => failed(e, error, signed_in),
            }
        });
    };
    spawn_local(async move {
        match api::forms().await {
            Ok(forms) => {
                let first = forms.forms.first().map(|f| f.form_id.clone());
                list.set(forms.forms);
                if let Some(first) = first {
                    open(first);
                }
            }
            Err(e) => failed(e, error, signed_in),
        }
        match api::get_text("/api/v1/consent-template/audio").await {
            Ok(text) => consent.set(serde_json::from_str(&text).ok()),
            Err(e) => failed(e, error, signed_in),
        }
    });

    let start = move |target: Target| {
        error.set(None);
        recording.set(Some(target));
        spawn_local(async move {
            if let Err(e) = start_recording().await {
                recording.set(None);
                error.set(Some(microphone_error(ui, e)));
            }
        });
    };
    let stop = move |target: Target| {
        let language = lang.get_untracked();
        let stem = format!(
            "rec-{}-{}-{}",
            chosen
                .get_untracked()
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .take(20)
                .collect::<String>(),
            target.stem(),
            language
        );
        busy.set(true);
        spawn_local(async move {
            let file = stop_recording(&stem).await;
            recording.set(None);
            let done = match file {
                Ok(file) => {
                    upload(
                        ui,
                        &target,
                        &language,
                        &wasm_bindgen::JsCast::unchecked_into(file),
                    )
                    .await
                }
                Err(e) => Err(microphone_error(ui, e)),
            };
            busy.set(false);
            match done {
                Ok((_, Some(audio))) => consent.set(Some(audio)),
                Ok((url, None)) => {
                    form.update(|f| {
                        if let Some(f) = f {
                            set_audio(f, &target, &language, url);
                        }
                    });
                    unsaved.update(|n| *n += 1);
                }
                Err(message) => error.set(Some(message)),
            }
        });
    };
    let save = move |_| {
        let Some(mut copy) = form.get_untracked() else {
            return;
        };
        // The server names the new version (the time of the upload).
        copy.version.clear();
        let Ok(json) = serde_json::to_string(&copy) else {
            return;
        };
        let file = json_file(&format!("{}.json", copy.id), &json);
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            let uploaded = api::upload_form(&file).await;
            busy.set(false);
            match uploaded {
                // The draft opens: checked and published like any upload.
                Ok(Uploaded::Imported(done)) => page.set(Page::Version(done.form_id, done.version)),
                Ok(Uploaded::Waiting(waiting)) => {
                    page.set(Page::Version(waiting.form_id, waiting.version))
                }
                Err(Ok(message)) => error.set(Some(message)),
                Err(Err(e)) => failed(e, error, signed_in),
            }
        });
    };

    // One row: its text, its recording to play back, Record / Record again / Stop.
    let row = move |r: Row| {
        let id = format!("rec-{}", r.target.stem());
        let (t1, t2) = (r.target.clone(), r.target.clone());
        let has = r.audio.is_some();
        let this = r.target.clone();
        let on_air = move || recording.with(|t| t.as_ref() == Some(&this));
        let choice = matches!(r.target, Target::Choice(..));
        view! {
            <li class="recording-row" class:recording-choice=choice id=id>
                <span class="recording-text">{r.text}</span>
                {r.audio.map(|src| view! { <audio controls preload="none" src=src></audio> })}
                <button type="button" class="record" hidden=on_air.clone()
                    disabled=move || busy.get() || recording.with(Option::is_some)
                    on:click=move |_| start(t1.clone())>
                    {move || ui.t(if has { "admin-record-again" } else { "admin-record-start" })}
                </button>
                <button type="button" class="stop danger" hidden=move || !on_air() on:click=move |_| stop(t2.clone())>
                    {t("admin-record-stop")}
                </button>
            </li>
        }
    };

    view! {
        <section class="card" id="recordings">
            <h2>{t("admin-record-title")}</h2>
            <p class="muted">{t("admin-record-intro")}</p>
            <div class="field">
                <label for="record-form">{t("admin-record-form")}</label>
                <select id="record-form" prop:value=move || chosen.get() on:change=move |ev| open(event_target_value(&ev))>
                    {move || list.get().into_iter().map(|f| view! { <option value=f.form_id.clone()>{f.title.clone()}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="record-lang">{t("admin-record-language")}</label>
                <select id="record-lang" prop:value=move || lang.get() on:change=move |ev| lang.set(event_target_value(&ev))>
                    {move || form.with(|f| f.as_ref().map(|f| f.languages.clone()).unwrap_or_default())
                        .into_iter()
                        .map(|l| view! { <option value=l.code.clone()>{l.name.clone()}</option> })
                        .collect_view()}
                </select>
            </div>
            <ErrorLine error=error/>
            <p class="muted" role="status" id="record-status">{move || recording.with(Option::is_some).then(|| ui.t("admin-record-on-air"))}</p>
            <h3>{t("admin-record-consent")}</h3>
            <p class="muted">{t("admin-record-consent-note")}</p>
            <ul class="recordings">
                {move || {
                    let l = lang.get();
                    consent.with(|c| match c {
                        Some(c) if c.languages.contains(&l) => Some(Row {
                            target: Target::Consent,
                            text: ui.t("admin-record-consent-text"),
                            audio: c.audio.get(&l).cloned(),
                        }),
                        _ => None,
                    }).map(row)
                }}
            </ul>
            <h3>{t("admin-record-prompts")}</h3>
            <ul class="recordings">
                {move || {
                    let l = lang.get();
                    form.with(|f| f.as_ref().map(|f| rows(f, &l)).unwrap_or_default())
                        .into_iter()
                        .map(row)
                        .collect_view()
                }}
            </ul>
            <p class="muted" id="record-unsaved">{move || {
                let n = unsaved.get();
                (n > 0).then(|| ui.t_with("admin-record-unsaved", &[("count", n.to_string())]))
            }}</p>
            <div class="actions">
                <button id="record-save" class="primary" type="button" disabled=move || busy.get() || unsaved.get() == 0 on:click=save>
                    {t("admin-record-save")}
                </button>
                <button id="record-back" type="button" on:click=move |_| page.set(Page::Forms)>{t("admin-record-back")}</button>
            </div>
        </section>
    }
}

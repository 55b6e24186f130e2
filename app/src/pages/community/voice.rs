//! A voice message instead of text on the community page (issue 23, low literacy): one
//! big button records (the browser's MediaRecorder, through the coordinator's
//! `recorder.js`), stops by itself at [`MAX_VOICE_SECONDS`], plays back, and records again.
//! The recording goes up after the feedback is filed, bound to its tracking code
//! (`PUT /api/v1/community/feedback/voice`); the server checks the type and size again.
//! Lives in the steward bundle with the community page: phones never download it.

use forms::feedback::{MAX_VOICE_BYTES, MAX_VOICE_SECONDS};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::i18n::{t, ui};
use crate::recorder::{put_file, start_recording, stop_recording};

/// Where the recorder stands.
#[derive(Clone, Copy, PartialEq)]
enum State {
    Idle,
    Recording,
    Done,
}

/// A recording kept until the feedback is sent (`None`: text only). A browser `File`
/// stays on the page's thread, hence local storage.
#[derive(Clone, Copy)]
pub struct Voice(pub RwSignal<Option<web_sys::File>, LocalStorage>);

impl Voice {
    pub fn new() -> Voice {
        Voice(RwSignal::new_local(None))
    }
}

/// Send `voice` for the case just filed with `tracking`; `false` when it did not go.
pub async fn upload(tracking: &str, file: &web_sys::File) -> bool {
    let url = format!(
        "/api/v1/community/feedback/voice?tracking={}",
        js_sys::encode_uri_component(tracking)
    );
    match put_file(&url, file).await {
        Ok(answer) => js_sys::Array::from(&answer)
            .get(0)
            .as_f64()
            .is_some_and(|status| status as u16 == 204),
        Err(_) => false,
    }
}

/// The record, stop, play and record-again control.
#[component]
pub fn VoiceRecorder(voice: Voice, error: RwSignal<Option<String>>) -> impl IntoView {
    let ui = ui();
    let state = RwSignal::new(State::Idle);
    let url = RwSignal::new(None::<String>);
    // Each recording has a number, so the automatic stop of an earlier one does nothing.
    let take = StoredValue::new(0u32);
    let stop = move || {
        if state.get_untracked() != State::Recording {
            return;
        }
        spawn_local(async move {
            match stop_recording("voice").await {
                Ok(file) => {
                    let file: web_sys::File = file.unchecked_into();
                    if file.size() as usize > MAX_VOICE_BYTES {
                        error.set(Some(ui.t("community-voice-failed")));
                        state.set(State::Idle);
                        return;
                    }
                    if let Some(old) = url.get_untracked() {
                        let _ = web_sys::Url::revoke_object_url(&old);
                    }
                    url.set(web_sys::Url::create_object_url_with_blob(&file).ok());
                    voice.0.set(Some(file));
                    state.set(State::Done);
                }
                Err(_) => {
                    error.set(Some(ui.t("community-voice-failed")));
                    state.set(State::Idle);
                }
            }
        });
    };
    let record = move |_| {
        error.set(None);
        voice.0.set(None);
        spawn_local(async move {
            if start_recording().await.is_err() {
                error.set(Some(ui.t("community-voice-failed")));
                return;
            }
            state.set(State::Recording);
            take.update_value(|n| *n += 1);
            let this = take.get_value();
            set_timeout(
                move || {
                    if take.get_value() == this {
                        stop();
                    }
                },
                std::time::Duration::from_secs(u64::from(MAX_VOICE_SECONDS)),
            );
        });
    };
    view! {
        <div class="field voice" id="feedback-voice">
            <Show when=move || state.get() != State::Recording>
                <button type="button" class="voice-record" id="voice-record" on:click=record>
                    <span aria-hidden="true" class="voice-dot">"\u{25CF} "</span>
                    {move || if state.get() == State::Done { ui.t("community-voice-again") } else { ui.t("community-voice-record") }}
                </button>
            </Show>
            <Show when=move || state.get() == State::Recording>
                <p role="status" id="voice-recording">{t("community-voice-recording")}</p>
                <button type="button" class="voice-stop primary" id="voice-stop" on:click=move |_| stop()>
                    <span aria-hidden="true">"\u{25A0} "</span>{t("community-voice-stop")}
                </button>
            </Show>
            {move || url.get().filter(|_| state.get() == State::Done).map(|src| view! {
                <audio id="voice-playback" controls src=src></audio>
            })}
        </div>
    }
}

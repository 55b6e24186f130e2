//! The pictures and recordings a form puts beside a question (`media::image`,
//! `media::audio`, `media::video` per language), for respondents who do not read: shown
//! and played from the addresses the server gave the form, which the phone keeps for
//! interviews without network. A file the server did not have is not shown.
//!
//! In an audio-first interview (respondents who do not read) the page plays the question's
//! recording by itself ([`play_first_prompt`]) and each choice with a recording has its
//! own play button ([`PlayButton`]).

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::i18n::ui;
use crate::pages::interview::engine::InterviewCtx;

/// The picture, recording and video of a question in the respondent's language.
#[component]
pub fn Prompt(
    attributes: StoredValue<BTreeMap<String, String>>,
    ctx: InterviewCtx,
    /// The question's label, said by the picture to screen readers.
    #[prop(into)]
    alt: Signal<String>,
) -> impl IntoView {
    let ui = ui();
    let media = move |kind: &str| attributes.with_value(|a| ctx.media(a, kind));
    // `image` on the page; `big-image`, when given, opens from it (or stands in for it).
    let image = move || {
        let big = media("big-image");
        let src = media("image").or_else(|| big.clone())?;
        Some(match big {
            Some(big) => view! {
                <a class="prompt-big" href=big target="_blank"><img class="prompt-image" src=src alt=move || alt.get()/></a>
            }
            .into_any(),
            None => view! { <img class="prompt-image" src=src alt=move || alt.get()/> }.into_any(),
        })
    };
    view! {
        {image}
        {move || media("audio").map(|src| view! {
            <audio class="prompt-audio" controls preload="none" src=src aria-label=ui.t("prompt-listen")></audio>
        })}
        {move || media("video").map(|src| view! {
            <video class="prompt-video" controls preload="none" src=src aria-label=ui.t("prompt-watch")></video>
        })}
    }
}

/// Start playing an `<audio>` element. A refusal (no recording cached, a browser that
/// wants a touch first) leaves the play button and the player's controls to the
/// enumerator, so it is not an error.
pub fn play(audio: &wasm_bindgen::JsValue) {
    use wasm_bindgen::JsCast;
    let started = js_sys::Reflect::get(audio, &"play".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(audio).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    if let Some(started) = started {
        leptos::task::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(started).await;
        });
    }
}

/// Play the recording of the first question on the interview's page once it is drawn:
/// an audio-first interview speaks each screen's prompt without a touch.
pub fn play_first_prompt() {
    request_animation_frame(|| {
        if let Ok(Some(audio)) = document().query_selector(".questions .page audio.prompt-audio") {
            play(&audio);
        }
    });
}

/// A play button beside a choice's text, for its recording in the respondent's language.
#[component]
pub fn PlayButton(src: String) -> impl IntoView {
    let ui = ui();
    let audio = NodeRef::<leptos::html::Audio>::new();
    view! {
        <button type="button" class="play" aria-label=ui.t("prompt-listen-choice") on:click=move |ev| {
            // Inside a choice's label: playing is not choosing.
            ev.prevent_default();
            ev.stop_propagation();
            if let Some(audio) = audio.get() {
                play(&audio);
            }
        }>"\u{25B6}"</button>
        <audio class="choice-audio" preload="none" src=src node_ref=audio></audio>
    }
}

//! Photo, recording, video and file questions. The phone's own camera or recorder is
//! offered through the file chooser (`appearance: new` opens the rear camera at once,
//! `selfie` the front one). Photos are made smaller before they are kept
//! (`forms::attachment::MAX_PIXELS`, or the question's `max-pixels` parameter); the file is
//! stored as a `data:` URL answer, so it is encrypted in the vault with the record.
//!
//! Photos are redrawn and kept as JPEG by `capture.js`, a wasm-bindgen snippet beside this
//! file.

use forms::attachment::{Attachment, MAX_BYTES, MAX_PIXELS};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::HtmlInputElement;

use crate::i18n::{t, ui};

#[wasm_bindgen(module = "/src/widgets/capture.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = readFile)]
    async fn read_file(
        input: &HtmlInputElement,
        max_pixels: u32,
        max_bytes: u32,
    ) -> Result<JsValue, JsValue>;
}

/// What the question asks for, from its XLSForm type and appearance.
struct Asked {
    accept: &'static str,
    capture: Option<&'static str>,
}

fn asked(media: &str, appearance: &str) -> Asked {
    let accept = match media {
        "image" | "photo" => "image/*",
        "audio" => "audio/*",
        "video" => "video/*",
        _ => "",
    };
    let words = || appearance.split_whitespace();
    let capture = if words().any(|w| w == "selfie") {
        Some("user")
    } else if words().any(|w| w == "new" || w == "new-front") {
        Some(if words().any(|w| w == "new-front") {
            "user"
        } else {
            "environment"
        })
    } else {
        None
    };
    Asked { accept, capture }
}

#[component]
pub fn Capture(
    media: String,
    appearance: String,
    /// The question's `max-pixels` parameter, if it has one.
    max_pixels: Option<u32>,
    id: String,
    error_id: String,
    /// Whether an answer is needed now (a `required` expression can change it).
    required: Signal<bool>,
    value: Signal<String>,
    set: Callback<String>,
) -> impl IntoView {
    let ui = ui();
    let Asked { accept, capture } = asked(&media, &appearance);
    // Only a photo question makes pictures smaller: a file question keeps the file as is.
    let max_pixels = match accept {
        "image/*" => max_pixels.unwrap_or(MAX_PIXELS).min(MAX_PIXELS),
        _ => 0,
    };
    let status = RwSignal::new(None::<&'static str>);
    // Which choice is the latest: a slower read of an earlier file never wins.
    let latest = StoredValue::new(0u32);
    let chosen = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        status.set(Some("capture-reading"));
        latest.update_value(|n| *n += 1);
        let this = latest.get_value();
        // Tied to the question: if it goes away meanwhile (next page, no longer relevant),
        // the read is dropped instead of answering a question that is gone.
        leptos::task::spawn_local_scoped_with_cancellation(async move {
            let read = read_file(&input, max_pixels, MAX_BYTES as u32).await;
            // The same file can be chosen again after a removal.
            input.set_value("");
            if latest.try_get_value() != Some(this) {
                return;
            }
            match read {
                Ok(file) => {
                    status.set(None);
                    set.run(file.as_string().unwrap_or_default());
                }
                Err(e) if e.as_string().as_deref() == Some("too-large") => {
                    status.set(Some("field-attachment-too-large"))
                }
                Err(_) => status.set(Some("capture-unreadable")),
            }
        });
    };
    let kept = move || {
        let value = value.get();
        let size = Attachment::parse(&value).map(|a| a.len().div_ceil(1000))?;
        Some(ui.t_with("capture-kept", &[("size", size.to_string())]))
    };
    let preview = move || {
        let src = value.get();
        if src.is_empty() {
            return None;
        }
        Some(match accept {
            "image/*" => view! { <img class="capture-preview" src=src alt=""/> }.into_any(),
            "audio/*" => {
                view! { <audio class="capture-preview" controls src=src></audio> }.into_any()
            }
            "video/*" => {
                view! { <video class="capture-preview" controls src=src></video> }.into_any()
            }
            _ => ().into_any(),
        })
    };
    view! {
        <input
            id=id.clone()
            type="file"
            accept=accept
            capture=capture
            aria-required=move || required.get().to_string()
            aria-describedby=error_id
            on:change=chosen
        />
        <p class="hint" role="status" aria-live="polite">
            {move || status.get().map(|id| ui.t(id)).or_else(kept).unwrap_or_default()}
        </p>
        {preview}
        <button type="button" class="remove" id=format!("{id}-remove") hidden=move || value.get().is_empty() on:click=move |_| set.run(String::new())>
            {t("capture-remove")}
        </button>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_appearance_chooses_the_camera() {
        assert_eq!(asked("image", "").capture, None);
        assert_eq!(asked("image", "new").capture, Some("environment"));
        assert_eq!(asked("image", "selfie").capture, Some("user"));
        assert_eq!(asked("audio", "").accept, "audio/*");
        assert_eq!(asked("file", "").accept, "");
    }
}

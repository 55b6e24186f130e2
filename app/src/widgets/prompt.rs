//! The pictures and recordings a form puts beside a question (`media::image`,
//! `media::audio`, `media::video` per language), for respondents who do not read: shown
//! and played from the addresses the server gave the form, which the phone keeps for
//! interviews without network. A file the server did not have is not shown.

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

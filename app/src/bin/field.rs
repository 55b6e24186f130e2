//! The enumerators' bundle, and its split points: each `wasm_split` function here becomes a
//! wasm chunk of its own (see `scripts/build-app.sh`), fetched the first time it is called
//! (or preloaded after unlocking) and kept by the service worker for offline use.
//! `fallible`: a chunk that cannot be fetched is an error shown to the enumerator, not a
//! crash of the whole app.
//!
//! The split points are functions of this binary, not of the library: a split point is an
//! exported symbol, and in the library it would pull the interview into the stewards'
//! bundle. They reach the library as `Chunks` (function pointers); `pages::chunk_view`
//! draws a chunk's view under the screen's reactive owner.
use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};

use app::LocalRecord;

#[wasm_split(interview, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_interview))]
fn interview(draft: Option<Box<LocalRecord>>) -> Result<AnyView, SplitLoaderError> {
    Ok(app::interview_view(draft))
}

/// The receipt, in the interview's chunk: it only ever follows an interview (so the chunk
/// is already there), and its QR code encoder need not be in the first load.
#[wasm_split(interview, wasm_split_path = ::leptos::wasm_split, fallible)]
fn receipt(
    code: String,
    refused: bool,
    digits: bool,
    lang: String,
) -> Result<AnyView, SplitLoaderError> {
    Ok(app::receipt_view(code, refused, digits, lang))
}

#[wasm_split(feedback, wasm_split_path = ::leptos::wasm_split, fallible)]
fn feedback() -> Result<AnyView, SplitLoaderError> {
    Ok(app::feedback_view())
}

fn main() {
    app::start_field_app(app::Chunks {
        interview: |draft| {
            Box::pin(async move { interview(draft).await.map_err(|_| app::ChunkError) })
        },
        receipt: |code, refused, digits, lang| {
            Box::pin(async move {
                receipt(code, refused, digits, lang)
                    .await
                    .map_err(|_| app::ChunkError)
            })
        },
        preload: || Box::pin(async { preload_interview().await.map_err(|_| app::ChunkError) }),
        feedback: || Box::pin(async { feedback().await.map_err(|_| app::ChunkError) }),
    });
}

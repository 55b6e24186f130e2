//! Sauti's browser client: enumerators collect consent and answers offline, stewards
//! review and export. UI only: every rule it applies comes from the `forms` crate.
//! Two entry points (`src/bin/field.rs`, `src/bin/steward.rs`) build two bundles, so a
//! phone in the field downloads only what an enumerator uses.
//!
//! Size rules that keep the phone's first download under 300 KB gzip
//! (`scripts/build-app.sh` prints it, BENCHMARKS.md records it; code only an interview uses
//! belongs behind the split point of `bin/field.rs`): read JSON only from `&str`; no
//! `serde_json::Value` (`json!`) in field code, typed bodies instead; no
//! `#[serde(flatten)]` on a type the phone reads (it buffers the body in serde's generic
//! `Content` tree: +23 KB gzip the one time it happened); no Rust float parsing
//! (`forms::num`); no `{:?}` formatting; static labels through `i18n::t`; the browser's own
//! engines (`Math`, `toLowerCase`) rather than Rust ones (`str::to_lowercase` brings
//! Unicode case tables), regular expressions excepted for their linear-time guarantee. The
//! bundles are built with a pinned nightly, `-Zbuild-std`, `-Cpanic=immediate-abort` and
//! `--cfg erase_components` (views as one erased type: -19 % for the interview's chunk).

mod api;
mod clock;
mod error;
mod feedback;
mod i18n;
mod kdf;
mod pages;
mod recorder;
mod records;
mod session;
mod state;
mod store;
mod sync;
mod widgets;

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;

use crate::i18n::t;
pub use crate::records::LocalRecord;

/// A chunk of the bundle could not be fetched (no network before it was ever cached).
#[derive(Debug, Clone, Copy)]
pub struct ChunkError;

/// Something whose code arrives as a wasm chunk of its own.
pub type Chunk<T> = Pin<Box<dyn Future<Output = Result<T, ChunkError>>>>;

/// The field bundle's split points. They are `wasm_split` functions of the field binary
/// (`src/bin/field.rs`), not of this library: a split point is an exported symbol, and
/// exported in the library it would pull the whole interview into the stewards' bundle.
#[derive(Clone, Copy)]
pub struct Chunks {
    /// The interview: consent, the questions and the form engine behind them.
    pub interview: fn(Option<Box<LocalRecord>>) -> Chunk<AnyView>,
    /// The receipt (code, refused, digits chosen, the respondent's language), in the
    /// interview's chunk: shown only after an interview, with a QR code encoder the first
    /// screen does not need.
    pub receipt: fn(String, bool, bool, String) -> Chunk<AnyView>,
    /// Fetches the interview's chunk without drawing it (after unlocking, so that opening
    /// a form does not wait for the network).
    pub preload: fn() -> Chunk<()>,
    /// The home screen's feedback card (issue 23): most phones rarely open it, and its
    /// view was 13.5 KB gzip of the first load (BENCHMARKS.md).
    pub feedback: fn() -> Chunk<AnyView>,
}

/// The home screen's feedback card, for the field binary's split point.
pub fn feedback_view() -> AnyView {
    pages::home::feedback_view()
}

/// The receipt screen, for the field binary's split point (the interview's chunk).
pub fn receipt_view(code: String, refused: bool, digits: bool, lang: String) -> AnyView {
    view! { <pages::interview::Receipt code refused digits lang/> }.into_any()
}

/// The interview screen, for the field binary's split point.
pub fn interview_view(draft: Option<Box<LocalRecord>>) -> AnyView {
    pages::interview::view(draft)
}

/// The page frame every audience shares: skip link, title bar, language picker.
#[component]
fn Shell(children: Children) -> impl IntoView {
    i18n::Ui::provide();
    view! {
        <a class="skip" href="#main">{t("nav-skip")}</a>
        <header class="bar">
            <span class="brand">{t("app-title")}</span>
            <i18n::LanguagePicker/>
        </header>
        <main id="main">{children()}</main>
    }
}

/// Start the enumerators' app (`/`, `/collect`). Its bundle carries no steward code.
/// The vault is opened from IndexedDB first (moving what older versions kept in
/// `localStorage`), so every screen reads it synchronously.
pub fn start_field_app(chunks: Chunks) {
    wasm_bindgen_futures::spawn_local(async move {
        let opened = store::open().await.err();
        mount_to_body(move || {
            // Screens that show a chunk of their own (home's feedback card) find it here.
            provide_context(chunks);
            view! { <Shell><pages::FieldApp chunks broken=opened/></Shell> }
        });
    });
}

/// Start the data stewards' app (`/steward`), a bundle of its own: no phone downloads it.
pub fn start_steward_app() {
    forms::i18n::use_desk_messages();
    mount_to_body(|| view! { <Shell><pages::steward::StewardApp/></Shell> });
}

/// Start the community review page (`/community`), a bundle of its own: the respondents
/// who use it are often on 2G, and the stewards' desk is several times its size.
pub fn start_community_app() {
    forms::i18n::use_desk_messages();
    mount_to_body(|| view! { <Shell><pages::community::CommunityApp/></Shell> });
}

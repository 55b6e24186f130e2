//! Screens. The field app moves between them with one `Screen` signal; the steward
//! app lives at `/steward`.

pub mod community;
pub(crate) mod home;
pub(crate) mod interview;
mod passphrase;
mod setup;
pub mod steward;
mod unlock;

use std::time::Duration;

use forms::vault::IdleLock;
use leptos::ev;
use leptos::prelude::*;

use crate::clock::now_ms;
use crate::session;
use crate::state::{Field, Screen};

#[component]
pub fn FieldApp(chunks: crate::Chunks, broken: Option<crate::error::AppError>) -> impl IntoView {
    // The phone's storage could not be opened: say so rather than offer a setup that
    // would hide the records it holds.
    if let Some(e) = broken {
        let ui = crate::i18n::ui();
        return view! { <section class="card"><p class="error" role="alert">{move || e.message(ui)}</p></section> }
            .into_any();
    }
    let start = if session::is_set_up() {
        Screen::Unlock
    } else {
        Screen::Setup
    };
    let field = Field {
        screen: RwSignal::new(start),
        session: RwSignal::new(None),
        notice: RwSignal::new(None),
        syncing: RwSignal::new(false),
        sync_note: RwSignal::new(None),
        sync_failed: RwSignal::new(false),
        synced: RwSignal::new(0),
        form_waiting: RwSignal::new(false),
    };
    provide_context(field);
    let ui = crate::i18n::ui();
    // Coverage came back: send what waited.
    let _ = window_event_listener(ev::online, move |_| crate::sync::request(field, ui, false));

    let idle = StoredValue::new(IdleLock::new(IdleLock::DEFAULT_TIMEOUT_MS, now_ms()));
    let touch = move || idle.update_value(|i| i.touch(now_ms()));
    let _ = window_event_listener(ev::pointerdown, move |_| touch());
    let _ = window_event_listener(ev::keydown, move |_| touch());
    set_interval(
        move || {
            let unlocked = field.session.with_untracked(Option::is_some);
            if unlocked && idle.with_value(|i| i.expired(now_ms())) {
                field.lock(Some("locked-idle"));
            }
        },
        Duration::from_secs(15),
    );

    (move || match field.screen.get() {
        Screen::Setup => view! { <setup::Setup/> }.into_any(),
        Screen::Unlock => view! { <unlock::Unlock/> }.into_any(),
        Screen::Home => {
            // Fetch the interview's code while the enumerator looks at the list.
            leptos::task::spawn_local(async move {
                let _ = (chunks.preload)().await;
            });
            view! { <home::Home/> }.into_any()
        }
        Screen::Interview(draft) => chunk_view(field, (chunks.interview)(draft)).into_any(),
        Screen::ChangePassphrase => view! { <passphrase::ChangePassphrase/> }.into_any(),
        Screen::Receipt {
            code,
            refused,
            digits,
        } => view! { <interview::Receipt code=code refused=refused digits=digits/> }.into_any(),
    })
    .into_any()
}

/// Draws a screen whose code is a wasm chunk of its own once the chunk has arrived (from
/// the service worker's cache, or the network the first time). If it cannot be fetched,
/// says so and leads back home: nothing the enumerator saved is touched.
fn chunk_view(field: Field, load: crate::Chunk<AnyView>) -> impl IntoView {
    let slot = RwSignal::new_local(None::<Result<AnyView, crate::ChunkError>>);
    // Under this screen's owner: the view is built when the chunk arrives, and needs the
    // app's context; leaving the screen before that cancels the load.
    leptos::task::spawn_local_scoped_with_cancellation(async move { slot.set(Some(load.await)) });
    move || {
        slot.track();
        match slot.try_update_untracked(Option::take).flatten()? {
            Ok(view) => Some(view),
            Err(_) => Some(
                view! {
                    <section class="card">
                        <p class="error" role="alert">{crate::i18n::t("err-chunk")}</p>
                        <button id="chunk-home" type="button" on:click=move |_| field.screen.set(Screen::Home)>
                            {crate::i18n::t("home-title")}
                        </button>
                    </section>
                }
                .into_any(),
            ),
        }
    }
}

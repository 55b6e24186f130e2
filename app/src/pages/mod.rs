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
        // Locked because the vault was unlocked in another window: said on the unlock screen.
        notice: RwSignal::new(crate::store::vault_moved().then(|| "unlock-moved".to_string())),
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
    // A minute before the idle lock, a notice says so and offers to stay unlocked.
    let warned = RwSignal::new(false);
    // A touch resets the wait; the notice goes at the next check (hiding it under the
    // finger at once would send the tap to whatever lies beneath it).
    let touch = move || idle.update_value(|i| i.touch(now_ms()));
    let _ = window_event_listener(ev::pointerdown, move |_| touch());
    let _ = window_event_listener(ev::keydown, move |_| touch());
    set_interval(
        move || {
            let unlocked = field.session.with_untracked(Option::is_some);
            let now = now_ms();
            if unlocked && idle.with_value(|i| i.expired(now)) {
                warned.set(false);
                field.lock(Some("locked-idle"));
            } else {
                let warn = unlocked && idle.with_value(|i| i.warns(now));
                if warn != warned.get_untracked() {
                    warned.set(warn);
                }
            }
        },
        Duration::from_secs(5),
    );
    // Every screen change moves focus to the new screen's heading (not the first screen:
    // a page just opened starts at its top, with the skip link first).
    Effect::new(move |drawn: Option<()>| {
        field.screen.track();
        if drawn.is_some() {
            focus_heading();
        }
    });

    // Fetch the interview's code as soon as a screen before it shows: on a 2G link the
    // chunk (~170 KB) then arrives while the enumerator types the setup form or the
    // passphrase, not after it (BENCHMARKS.md, "the first morning on 2G"). Fetched once;
    // a later call finds it loaded (or in the service worker's cache).
    let preload = move || {
        leptos::task::spawn_local(async move {
            let _ = (chunks.preload)().await;
        })
    };
    let screen = move || match field.screen.get() {
        Screen::Setup => {
            preload();
            view! { <setup::Setup/> }.into_any()
        }
        Screen::Unlock => {
            preload();
            view! { <unlock::Unlock/> }.into_any()
        }
        Screen::Home => {
            preload();
            view! { <home::Home/> }.into_any()
        }
        Screen::Interview(draft) => chunk_view(field, (chunks.interview)(draft)).into_any(),
        Screen::ChangePassphrase => view! { <passphrase::ChangePassphrase/> }.into_any(),
        // In the interview's chunk, already fetched: a receipt follows an interview.
        Screen::Receipt {
            code,
            refused,
            digits,
            lang,
        } => chunk_view(field, (chunks.receipt)(code, refused, digits, lang)).into_any(),
    };
    let stay = Callback::new(move |()| {
        touch();
        warned.set(false);
    });
    view! { {screen} <IdleWarning warned=warned stay=stay/> }.into_any()
}

/// The notice a minute before the idle lock: the phone locks to protect the records when
/// nobody uses it, and an enumerator reading a long answer aloud should not lose the
/// screen without warning (WCAG 2.2.1). "Stay unlocked" (or any touch or key) resets the
/// wait; focus goes to the button while the notice shows and back where it was after.
#[component]
fn IdleWarning(warned: RwSignal<bool>, stay: Callback<()>) -> impl IntoView {
    let before = StoredValue::new_local(None::<web_sys::HtmlElement>);
    Effect::new(move |_| {
        use wasm_bindgen::JsCast;
        if warned.get() {
            before.set_value(
                document()
                    .active_element()
                    .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()),
            );
            focus_first("#idle-stay");
        } else if let Some(el) = before.try_update_value(Option::take).flatten() {
            let _ = el.focus();
        }
    });
    view! {
        <div id="idle-warning" class="idle-warning" role="alertdialog" aria-labelledby="idle-warning-text" hidden=move || !warned.get()>
            <p id="idle-warning-text">{crate::i18n::t("idle-warning")}</p>
            <button id="idle-stay" class="primary" type="button" on:click=move |_| stay.run(())>{crate::i18n::t("idle-stay")}</button>
        </div>
    }
}

/// How long a new screen may take to draw its heading (the interview's code may be on
/// its way over a slow network), in tries 100 ms apart.
const FOCUS_TRIES: u32 = 50;

/// Focus moves to the new screen's heading (its `main h1`, made focusable with
/// `tabindex=-1` where it was not), with the screen scrolled to its top: a screen reader
/// says where the user now is, and Tab continues from the top, not from where the last
/// screen's button was. Called on every screen change (sign-in, unlock, a new interview,
/// consent given, save, the receipt's Done).
pub(crate) fn focus_heading() {
    focus_first("main h1");
}

/// Focus the first element matching `css` once it is drawn, scrolled into view. Gives
/// up after a few seconds, or as soon as the user put the focus somewhere themselves
/// (typing in the new screen before its heading arrived).
pub(crate) fn focus_first(css: &'static str) {
    fn attempt(css: &'static str, tries: u32) {
        use wasm_bindgen::JsCast;
        let doc = document();
        let elsewhere = doc
            .active_element()
            .is_some_and(|el| el.tag_name() != "BODY");
        if elsewhere && tries < FOCUS_TRIES {
            return;
        }
        match doc
            .query_selector(css)
            .ok()
            .flatten()
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            Some(el) => {
                if !el.has_attribute("tabindex") {
                    let _ = el.set_attribute("tabindex", "-1");
                }
                if css == "main h1" {
                    window().scroll_to_with_x_and_y(0.0, 0.0);
                } else {
                    el.scroll_into_view_with_bool(true);
                }
                let _ = el.focus();
            }
            None if tries > 0 => {
                set_timeout(move || attempt(css, tries - 1), Duration::from_millis(100))
            }
            None => {}
        }
    }
    // After this turn's updates have drawn the new screen.
    set_timeout(move || attempt(css, FOCUS_TRIES), Duration::ZERO);
}

/// Draws a screen whose code is a wasm chunk of its own once the chunk has arrived (from
/// the service worker's cache, or the network the first time). Until then it says the
/// screen is coming (on 2G the first interview's chunk can take seconds: an empty screen
/// after a tap reads as a phone that did nothing). If it cannot be fetched, says so and
/// leads back home: nothing the enumerator saved is touched.
fn chunk_view(field: Field, load: crate::Chunk<AnyView>) -> impl IntoView {
    let slot = RwSignal::new_local(None::<Result<AnyView, crate::ChunkError>>);
    // Under this screen's owner: the view is built when the chunk arrives, and needs the
    // app's context; leaving the screen before that cancels the load.
    leptos::task::spawn_local_scoped_with_cancellation(async move { slot.set(Some(load.await)) });
    move || {
        slot.track();
        match slot.try_update_untracked(Option::take).flatten() {
            None => view! {
                <section class="card">
                    <p id="chunk-loading" role="status">{crate::i18n::t("chunk-loading")}</p>
                </section>
            }
            .into_any(),
            Some(Ok(view)) => view,
            Some(Err(_)) => {
                view! {
                    <section class="card">
                        <p class="error" role="alert">{crate::i18n::t("err-chunk")}</p>
                        <button id="chunk-home" type="button" on:click=move |_| field.screen.set(Screen::Home)>
                            {crate::i18n::t("home-title")}
                        </button>
                    </section>
                }
                .into_any()
            }
        }
    }
}

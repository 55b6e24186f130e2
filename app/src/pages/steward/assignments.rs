//! Who fills which form (issue 20), for admins and stewards: per published form, a box
//! per enumerator of the session's project, ticked when they fill it. An enumerator with
//! nothing unticked fills every form (also forms published later); unticking one gives
//! them the ticked ones only, at their phone's next sync. Each enumerator keeps at least
//! one form (their last box cannot be unticked). The rule and what the server still
//! accepts are in `server/src/assignments.rs`.

use forms::wire::{Assignment, Assignments};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::Desk;
use super::projects::failed;
use super::team::per_project;
use crate::api;
use crate::i18n::{t, ui};
use crate::widgets::ErrorLine;

#[component]
pub(super) fn FormAssignments(signed_in: RwSignal<Option<Desk>>) -> impl IntoView {
    let ui = ui();
    let loaded = RwSignal::new(None::<Assignments>);
    let error = RwSignal::new(None::<String>);
    let status = RwSignal::new(String::new());
    let reload = move || {
        spawn_local(async move {
            match api::assignments().await {
                Ok(found) => loaded.set(Some(found)),
                Err(e) => failed(ui, signed_in, error, e),
            }
        });
    };
    // Loaded once the session's project is known (and again if it changes).
    per_project(reload);
    // Tick or untick one box: the enumerator's forms as they would be, sent whole.
    let toggle = move |who: Assignment, form_id: String, on: bool| {
        let mut forms = who.forms.clone();
        forms.retain(|f| *f != form_id);
        if on {
            forms.push(form_id);
        }
        spawn_local(async move {
            match api::assign_forms(&who.username, &forms).await {
                Ok(now) => {
                    let titles = loaded.with_untracked(|all| {
                        all.as_ref().map_or_else(Vec::new, |all| {
                            all.forms
                                .iter()
                                .filter(|f| now.forms.contains(&f.form_id))
                                .map(|f| f.title.clone())
                                .collect::<Vec<_>>()
                        })
                    });
                    let forms = if now.every {
                        ui.t("admin-assign-every")
                    } else {
                        titles.join(", ")
                    };
                    error.set(None);
                    status.set(ui.t_with(
                        "admin-assign-saved",
                        &[("username", now.username), ("forms", forms)],
                    ));
                }
                Err(e) => failed(ui, signed_in, error, e),
            }
            // Drawn again from the server's answer (a refused change unticks nothing).
            reload();
        });
    };

    let form_sets = move || {
        let Some(all) = loaded.get() else {
            return ().into_any();
        };
        if all.forms.is_empty() {
            return view! { <p class="muted" id="assign-empty">{t("admin-assign-no-forms")}</p> }
                .into_any();
        }
        if all.enumerators.is_empty() {
            return view! { <p class="muted" id="assign-empty">{t("admin-assign-no-enumerators")}</p> }.into_any();
        }
        all.forms
            .iter()
            .map(|form| {
                let boxes = all
                    .enumerators
                    .iter()
                    .map(|who| {
                        let id = format!("assign-{}-{}", form.form_id, who.username);
                        let ticked = who.forms.contains(&form.form_id);
                        // Their only form: it stays (remove them from the team instead).
                        let last = ticked && who.forms.len() == 1;
                        let (who, form_id) = (who.clone(), form.form_id.clone());
                        let (name, label) = (who.username.clone(), who.username.clone());
                        view! {
                            <div class="field check" data-username=name>
                                <input type="checkbox" id=id.clone() prop:checked=ticked disabled=last
                                    aria-describedby=last.then_some("assign-last")
                                    on:change=move |ev| toggle(who.clone(), form_id.clone(), event_target_checked(&ev))/>
                                <label for=id dir="ltr">{label}</label>
                            </div>
                        }
                    })
                    .collect_view();
                view! {
                    <fieldset class="assign" data-form=form.form_id.clone()>
                        <legend dir="auto">{form.title.clone()}</legend>
                        {boxes}
                    </fieldset>
                }
            })
            .collect_view()
            .into_any()
    };

    view! {
        <section class="card" id="assignments">
            <h1>{t("admin-assign-title")}</h1>
            <p class="muted">{t("admin-assign-intro")}</p>
            <p class="muted" id="assign-last">{t("admin-assign-last")}</p>
            <ErrorLine error=error/>
            <p class="status" role="status" id="assign-status">{move || status.get()}</p>
            {form_sets}
        </section>
    }
}

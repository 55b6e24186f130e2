//! The page for everyone who works on the server side: a steward reviews and exports, a
//! reviewer reviews (seeing what the policy lets reviewers see), a partner downloads the
//! exports shared with them, an admin uploads forms.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;

mod actions;
mod admin;
mod assignments;
mod exports;
mod feedback;
mod filters;
mod projects;
mod record;
mod review;
mod signin;
mod team;

use actions::Actions;
use admin::{FormsDesk, InterfaceLanguages, Translate};
use assignments::FormAssignments;
use exports::Exports;
use feedback::FeedbackCases;
use projects::{ProjectBar, Projects};
use review::Submissions;
use signin::{SignIn, SignOut};
use team::Team;

/// Who is signed in on this page: nobody yet, a steward (review and export), a reviewer
/// (review), a partner (shared exports) or an admin (forms).
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Desk {
    Out,
    Steward,
    Reviewer,
    Partner,
    Admin,
    Translator,
    /// A community monitor: their page is the server-rendered `/monitor`.
    Monitor,
}

pub(crate) fn desk(role: &str) -> Desk {
    match role {
        "steward" => Desk::Steward,
        "reviewer" => Desk::Reviewer,
        "partner" => Desk::Partner,
        "admin" => Desk::Admin,
        "translator" => Desk::Translator,
        "monitor" => Desk::Monitor,
        _ => Desk::Out,
    }
}

/// A form language's name in a picker: the form's words, but the language an XLSForm
/// names nowhere (its bare `label` column, `default`) in the reader's own words, not
/// pyxform's "Default".
pub(crate) fn language_name(code: &str, name: &str) -> String {
    if code == forms::model::UNNAMED_LANGUAGE {
        crate::i18n::ui().t("review-language-unnamed")
    } else {
        name.to_string()
    }
}

#[component]
pub fn StewardApp() -> impl IntoView {
    let signed_in = RwSignal::new(None::<Desk>);
    projects::Directory::provide();
    spawn_local(async move {
        let now = api::me().await.map_or(Desk::Out, |me| desk(&me.role));
        signed_in.set(Some(now));
    });
    // Signing in or out is a change of screen: focus goes to the new one's heading.
    Effect::new(move |before: Option<Option<Desk>>| {
        let now = signed_in.get();
        if let Some(Some(before)) = before
            && Some(before) != now
        {
            crate::pages::focus_heading();
        }
        now
    });
    move || {
        match signed_in.get() {
        None => ().into_any(),
        Some(Desk::Out) => view! { <SignIn signed_in=signed_in/> }.into_any(),
        Some(Desk::Steward) => view! {
            <ProjectBar signed_in=signed_in/>
            <Submissions signed_in=signed_in/>
            <FeedbackCases/>
            <Actions/>
            <Exports signed_in=signed_in/>
            <FormAssignments signed_in=signed_in/>
            <Translate signed_in=signed_in/>
        }
        .into_any(),
        Some(Desk::Reviewer) => view! { <ProjectBar signed_in=signed_in/> <Submissions signed_in=signed_in/> <FeedbackCases/> }.into_any(),
        Some(Desk::Partner) => view! { <ProjectBar signed_in=signed_in/> <Exports signed_in=signed_in/> }.into_any(),
        Some(Desk::Admin) => view! {
            <ProjectBar signed_in=signed_in/>
            <FormsDesk signed_in=signed_in/>
            <Projects signed_in=signed_in/>
            <Team signed_in=signed_in/>
            <FormAssignments signed_in=signed_in/>
            <Translate signed_in=signed_in/>
            <InterfaceLanguages/>
        }
        .into_any(),
        Some(Desk::Translator) => view! {
            <ProjectBar signed_in=signed_in/>
            <Translate signed_in=signed_in/>
            <InterfaceLanguages/>
            <SignOut signed_in=signed_in/>
        }
        .into_any(),
        // The audit is a page of its own (no script, printable); here only the way to it,
        // the project switcher and signing out.
        Some(Desk::Monitor) => view! {
            <ProjectBar signed_in=signed_in/>
            <section class="card"><p><a id="monitor-open" href="/monitor">{crate::i18n::t("steward-monitor-open")}</a></p></section>
            <SignOut signed_in=signed_in/>
        }
        .into_any(),
    }
    }
}

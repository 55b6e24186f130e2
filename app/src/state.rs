//! The field app's shared state: which screen is shown, the unlocked session and what
//! sync reports. Screens and `sync` both read it; it depends on no screen.

use leptos::prelude::*;

use crate::i18n::Ui;
use crate::records::LocalRecord;
use crate::session::Session;

/// Where the enumerator is.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    Setup,
    Unlock,
    Home,
    /// A new interview, or a draft to continue.
    Interview(Option<Box<LocalRecord>>),
    Receipt {
        code: String,
        refused: bool,
        /// Whether the respondent chose the four digits (without them the community page
        /// cannot open their consent, and the receipt says so).
        digits: bool,
        /// The respondent's language: the receipt is theirs.
        lang: String,
    },
    ChangePassphrase,
}

/// A message of the home screen, written out again in the interface's language each time it
/// is drawn: a note kept as text stayed in the language it was made in after a switch.
#[derive(Clone)]
pub struct Note(std::sync::Arc<dyn Fn(Ui) -> String + Send + Sync>);

impl Note {
    /// A note made by `text` in whatever language `Ui` has when drawn.
    pub fn new(text: impl Fn(Ui) -> String + Send + Sync + 'static) -> Self {
        Note(std::sync::Arc::new(text))
    }

    /// A message without arguments.
    pub fn id(id: impl Into<String>) -> Self {
        let id = id.into();
        Note::new(move |ui| ui.t(&id))
    }

    /// What went wrong, said as [`AppError::message`] says it.
    pub fn error(e: crate::error::AppError) -> Self {
        Note::new(move |ui| e.message(ui))
    }

    /// This note, then `more`, as one paragraph.
    pub fn then(self, more: Note) -> Self {
        Note::new(move |ui| format!("{} {}", self.text(ui), more.text(ui)))
    }

    /// The text in the interface's language (tracked: a switch redraws it).
    pub fn text(&self, ui: Ui) -> String {
        (self.0)(ui)
    }
}

/// The field app's shared state.
#[derive(Clone, Copy)]
pub struct Field {
    pub screen: RwSignal<Screen>,
    pub session: RwSignal<Option<Session>>,
    /// A message id to show once on the next screen (e.g. why the app locked).
    pub notice: RwSignal<Option<String>>,
    /// Whether records are being sent now, what the last sync said, and a counter that
    /// moves whenever sync changed records (screens listing them reload).
    pub syncing: RwSignal<bool>,
    pub sync_note: RwSignal<Option<Note>>,
    /// Whether that note reports a failure (shown as an error, not as a success).
    pub sync_failed: RwSignal<bool>,
    pub synced: RwSignal<u32>,
    /// A newer form version or consent template waits on the server while drafts remain
    /// on the phone (a draft finishes on the version it began with): the home screen says
    /// so, and the enumerator finishes or discards the drafts.
    pub form_waiting: RwSignal<bool>,
}

impl Field {
    /// Forget the key (zeroized on drop) and return to the unlock screen.
    pub fn lock(&self, notice: Option<&str>) {
        self.session.set(None);
        self.notice.set(notice.map(str::to_string));
        self.screen.set(Screen::Unlock);
    }

    /// The unlocked session; screens behind the unlock screen can rely on it.
    pub fn session(&self) -> Option<Session> {
        self.session.get_untracked()
    }
}

pub fn field() -> Field {
    expect_context::<Field>()
}

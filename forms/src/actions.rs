//! "We did": what a project publishes on its public dashboard in response to what people
//! said (issue 23). Staff write a title and a text per language, the day it was done,
//! and may link it to feedback categories and to the cases it answers. The dashboard
//! shows how many cases an action answers, never which, and a sensitive case is never
//! linked: its existence is not public.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// The longest title kept (characters): one line on a phone.
pub const MAX_TITLE_CHARS: usize = 120;
/// The longest text kept (characters): a paragraph read at a community meeting.
pub const MAX_TEXT_CHARS: usize = 1000;
/// The most cases one action may name: more is a category's work, link the category.
pub const MAX_CASES: usize = 500;

/// An action's words in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ActionText {
    pub title: String,
    #[serde(default)]
    pub text: String,
}

/// `POST /dashboard/actions`: an action to publish.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct NewAction {
    /// The day it was done (`YYYY-MM-DD`), not in the future.
    pub date: String,
    /// Title and text by language code (`en`, `ar`…): at least one language.
    pub texts: BTreeMap<String, ActionText>,
    /// The feedback categories it answers (ids from the policy's `[feedback]`).
    #[serde(default)]
    pub categories: Vec<String>,
    /// The cases it answers: ids of ordinary cases the publisher handles.
    #[serde(default)]
    pub cases: Vec<String>,
}

/// A published action, as staff list it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Action {
    pub id: String,
    pub date: String,
    pub texts: BTreeMap<String, ActionText>,
    pub categories: Vec<String>,
    /// How many cases it answers (the dashboard shows this count, k-protected).
    pub cases: u64,
    pub published_by: String,
    pub published_at: String,
}

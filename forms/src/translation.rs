//! Translating a form and its project's consent template in the browser (issue 24): every
//! text a respondent reads or hears is an entry with a stable key, so the translator's
//! page, the saved work, the XLSForm language columns and the published version all name
//! the same text the same way. Keys are made by walking the definition, never stored in
//! it, so a form imported from Excel needs nothing extra to be translated.
//!
//! Keys: `title`; `q/<question>/<field>` (field `label`, `hint`, `guidance`,
//! `constraint_message`, `required_message`); `c/<list>/<choice>/label`; for the consent
//! template `consent/text`, `consent/refusal/purpose`, `consent/refusal/termination`,
//! `purpose/<id>/<field>` (`label`, `explanation`, `termination`, `shared_with`) and
//! `understanding/<id>/<field>` (`question`, `explanation`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::consent::ConsentTemplate;
use crate::model::{Form, Node, Text};

/// Where a translation stands for one language: drafted by a machine, drafted by a
/// person, or reviewed by a speaker (who is recorded).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ReviewStatus {
    Machine,
    Draft,
    Reviewed,
}

impl ReviewStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewStatus::Machine => "machine",
            ReviewStatus::Draft => "draft",
            ReviewStatus::Reviewed => "reviewed",
        }
    }

    pub fn parse(s: &str) -> Option<ReviewStatus> {
        match s {
            "machine" => Some(ReviewStatus::Machine),
            "draft" => Some(ReviewStatus::Draft),
            "reviewed" => Some(ReviewStatus::Reviewed),
            _ => None,
        }
    }
}

/// One text to translate: its key, the source language's text, and the target's (the
/// saved work, else the definition's own, else empty).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Entry {
    pub key: String,
    pub source: String,
    pub target: String,
}

/// One language's standing for a form and its consent template.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LanguageStanding {
    pub code: String,
    pub name: String,
    /// Entries with a target text, out of `total`.
    pub done: usize,
    pub total: usize,
    /// None: nothing saved on the server for it (only what the published version holds).
    pub status: Option<ReviewStatus>,
    pub saved_by: Option<String>,
    pub reviewed_by: Option<String>,
    /// Saved work not yet published.
    pub unpublished: bool,
}

/// What the translation page shows of one form in one target language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FormTranslation {
    pub form_id: String,
    /// The version whose texts are shown (the latest, draft or published).
    pub version: String,
    pub source: String,
    pub target: String,
    /// The form's texts, then the consent template's (keys say which).
    pub entries: Vec<Entry>,
    /// Every language with a text or saved work, the target included.
    pub languages: Vec<LanguageStanding>,
    /// Only a steward or admin publishes (a translator saves and marks reviewed).
    pub can_publish: bool,
}

/// A translator's save: the target texts by key (an empty text removes one), the
/// language's name as the form will show it, and where the work stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SaveTranslation {
    pub name: String,
    pub status: ReviewStatus,
    pub texts: BTreeMap<String, String>,
}

/// What publishing a language made: a form version, and a consent template version when
/// the template's texts changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TranslationPublished {
    pub form_version: String,
    pub template_version: Option<u32>,
}

/// What importing a workbook's language columns did: texts saved, and rows naming texts
/// the form no longer has (skipped).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TranslationImported {
    pub imported: usize,
    pub skipped: usize,
}

/// A form a translator may open: its id, its title in its source language, the latest
/// version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TranslatableForm {
    pub form_id: String,
    pub title: String,
    pub version: String,
}

/// Every translatable text of a form with its key, in the form's order.
pub fn form_texts(form: &mut Form) -> Vec<(String, &mut Text)> {
    fn walk<'a>(nodes: &'a mut [Node], out: &mut Vec<(String, &'a mut Text)>) {
        for node in nodes {
            let name = node.name.clone();
            for (field, text) in [
                ("label", &mut node.label),
                ("hint", &mut node.hint),
                ("guidance", &mut node.guidance),
                ("constraint_message", &mut node.constraint_message),
                ("required_message", &mut node.required_message),
            ] {
                if !text.is_empty() {
                    out.push((format!("q/{name}/{field}"), text));
                }
            }
            walk(&mut node.children, out);
        }
    }
    let mut out = vec![("title".to_string(), &mut form.title)];
    walk(&mut form.body, &mut out);
    for (list, choices) in form.choices.iter_mut() {
        for choice in choices {
            if !choice.label.is_empty() {
                out.push((format!("c/{list}/{}/label", choice.name), &mut choice.label));
            }
        }
    }
    out
}

/// Every translatable text of a consent template with its key.
pub fn template_texts(t: &mut ConsentTemplate) -> Vec<(String, &mut Text)> {
    let mut out = vec![("consent/text".to_string(), &mut t.text)];
    out.push(("consent/refusal/purpose".into(), &mut t.refusal.purpose));
    out.push((
        "consent/refusal/termination".into(),
        &mut t.refusal.termination,
    ));
    for p in &mut t.purposes {
        let id = p.id.clone();
        for (field, text) in [
            ("label", &mut p.label),
            ("explanation", &mut p.explanation),
            ("termination", &mut p.termination),
            ("shared_with", &mut p.shared_with),
        ] {
            out.push((format!("purpose/{id}/{field}"), text));
        }
    }
    for u in &mut t.comprehension {
        let id = u.id.clone();
        out.push((format!("understanding/{id}/question"), &mut u.question));
        out.push((
            format!("understanding/{id}/explanation"),
            &mut u.explanation,
        ));
    }
    // A text the template does not use in its source language has nothing to translate.
    out.retain(|(_, text)| !text.is_empty());
    out
}

/// The entries of `texts` from `source` to `target`, the saved work over the definition's
/// own target text.
pub fn entries(
    texts: Vec<(String, &mut Text)>,
    source: &str,
    target: &str,
    saved: &BTreeMap<String, String>,
) -> Vec<Entry> {
    texts
        .into_iter()
        .filter_map(|(key, text)| {
            let src = text.0.get(source).cloned().unwrap_or_default();
            if src.trim().is_empty() {
                return None;
            }
            let target = saved
                .get(&key)
                .or_else(|| text.0.get(target))
                .cloned()
                .unwrap_or_default();
            Some(Entry {
                key,
                source: src,
                target,
            })
        })
        .collect()
}

/// Write the saved texts into `texts` in `target`: an empty saved text removes the
/// language's text; keys the definition no longer has are ignored (and counted).
pub fn apply(
    texts: Vec<(String, &mut Text)>,
    target: &str,
    saved: &BTreeMap<String, String>,
) -> usize {
    let mut used = 0;
    for (key, text) in texts {
        if let Some(value) = saved.get(&key) {
            used += 1;
            if value.trim().is_empty() {
                text.0.remove(target);
            } else {
                text.0.insert(target.to_string(), value.trim().to_string());
            }
        }
    }
    used
}

/// Whether a language code is one a form can carry: letters, digits and `-`, as BCP 47
/// tags are written (`sw`, `fa-AF`), at most 35 characters.
pub fn is_language_code(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= 35
        && code.starts_with(|c: char| c.is_ascii_alphabetic())
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

#[cfg(test)]
mod tests;

//! A project's forms and their versions as the admin page reads them: drafts with what
//! stands between them and the phones (the import's warnings, files still missing,
//! questions the policy does not classify), published versions with their records.

use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

use crate::review::FormWaiting;

/// Where a form version stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub enum VersionState {
    /// Uploaded and complete; phones do not get it until it is published.
    Draft,
    /// A draft that reads files not attached yet: cannot be published before they are.
    Waiting,
    /// Phones get it (the newest published version of each form).
    Published,
}

impl VersionState {
    pub fn as_str(self) -> &'static str {
        match self {
            VersionState::Draft => "draft",
            VersionState::Waiting => "waiting",
            VersionState::Published => "published",
        }
    }
}

/// One thing the import said about the workbook, with where it is when it says so
/// (`survey` sheet, row 12, column `relevant`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct FormWarning {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    /// What to know or fix (the whole warning when no place was read from it).
    pub message: String,
}

impl FormWarning {
    /// Read the place out of a warning as the importer writes it: `survey sheet, row 12,
    /// column relevant: …`, `choices sheet, row 4: …` or `survey sheet: …`; any other text
    /// is kept whole as the message.
    pub fn parse(text: &str) -> FormWarning {
        let whole = || FormWarning {
            sheet: None,
            row: None,
            column: None,
            message: text.to_string(),
        };
        let Some((place, message)) = text.split_once(": ") else {
            return whole();
        };
        let mut parts = place.split(", ");
        let Some(sheet) = parts.next().and_then(|p| p.strip_suffix(" sheet")) else {
            return whole();
        };
        if sheet.is_empty() || sheet.contains('`') {
            return whole();
        }
        let mut warning = FormWarning {
            sheet: Some(sheet.to_string()),
            row: None,
            column: None,
            message: message.to_string(),
        };
        for part in parts {
            if let Some(row) = part.strip_prefix("row ").and_then(|r| r.parse().ok()) {
                warning.row = Some(row);
            } else if let Some(column) = part.strip_prefix("column ") {
                warning.column = Some(column.to_string());
            } else {
                return whole();
            }
        }
        warning
    }
}

/// One version of a form in the admin's list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct FormVersionSummary {
    pub version: String,
    pub state: VersionState,
    /// RFC 3339, server clock.
    pub created_at: String,
    /// Who uploaded it (`cli` for `sauti form import`).
    pub created_by: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_by: Option<String>,
    /// Questions holding answers, as phones count them.
    pub questions: usize,
    /// Records stored under this version.
    pub records: u64,
    /// Files it reads that are not attached yet.
    #[serde(default)]
    pub missing: Vec<String>,
    /// Warnings of its import.
    pub warnings: usize,
}

/// A form with its versions, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct FormSummary {
    pub form_id: String,
    /// The newest version's title, in the form's default language.
    pub title: String,
    /// The version phones get; `None` while no version is published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub live: Option<String>,
    pub versions: Vec<FormVersionSummary>,
}

/// `GET /forms`: the project's forms, and the uploads that cannot be read at all until
/// their files come (no form id yet).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct FormList {
    pub forms: Vec<FormSummary>,
    #[serde(default)]
    pub unreadable: Vec<FormWaiting>,
}

/// A language of a form, for the preview's language switch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct FormLanguage {
    pub code: String,
    pub name: String,
}

/// `GET /forms/{id}/versions/{version}`: everything the admin checks before publishing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct FormVersionDetail {
    pub form_id: String,
    pub title: String,
    /// The uploaded file's name.
    pub file_name: String,
    #[serde(flatten)]
    pub summary: FormVersionSummary,
    /// Every warning of the import, with its sheet, row and column.
    pub warning_list: Vec<FormWarning>,
    /// Questions neither the policy nor the form's `tags` column classifies: no export
    /// lets them out (privacy fails closed) until they are classified.
    pub unclassified: Vec<String>,
    /// The version published before this one, if any (what phones have now).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<String>,
    pub languages: Vec<FormLanguage>,
    /// The definition, as phones would receive it, for the preview.
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub form: crate::model::Form,
}

/// `POST /forms/{id}/versions/{version}/publish`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct FormPublished {
    pub form_id: String,
    pub version: String,
    pub published_at: String,
    /// The version phones had before; its records stay and keep exporting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<String>,
}

/// `DELETE /forms/{id}/versions/{version}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct FormDeleted {
    pub form_id: String,
    pub version: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_warning_s_place_is_read_out_of_it() {
        let w = FormWarning::parse(
            "survey sheet, row 12, column relevant: crops written without ${}: write ${crops}",
        );
        assert_eq!(w.sheet.as_deref(), Some("survey"));
        assert_eq!(w.row, Some(12));
        assert_eq!(w.column.as_deref(), Some("relevant"));
        assert_eq!(w.message, "crops written without ${}: write ${crops}");
        let w = FormWarning::parse("choices sheet, row 4: the choice `a` appears again");
        assert_eq!(
            (w.sheet.as_deref(), w.row, w.column),
            (Some("choices"), Some(4), None)
        );
        let w = FormWarning::parse("survey sheet: `name` names a question in several groups");
        assert_eq!((w.sheet.as_deref(), w.row), (Some("survey"), None));
        let text = "the image `a.png` has not been uploaded, so it is not shown: PUT it";
        assert_eq!(FormWarning::parse(text).message, text);
        assert_eq!(FormWarning::parse(text).sheet, None);
        let text = "the workbook's only sheet, `x`, was read as the survey sheet; name it `survey`";
        assert_eq!(FormWarning::parse(text).message, text);
    }
}

//! The `appearance` column: which words Sauti draws a widget for. A word it does not know
//! is kept on the question (a later version may know it) and the question is drawn with
//! its usual widget; the import says so, so the form's author is not surprised in the field.

/// Appearances the phone renders, for any question type. (A word that does not apply to
/// the question's type is ignored, as ODK does.)
const KNOWN: &[&str] = &[
    // Groups: on one screen (every group is), a table of shared choices, a grid width.
    "field-list",
    "table-list",
    // Selects.
    "minimal",
    "horizontal",
    "horizontal-compact",
    "compact",
    "likert",
    "quick",
    "quickcompact",
    "label",
    "list-nolabel",
    "list",
    "autocomplete",
    // Collect's current names for the layouts above (v2023): choices in columns sized
    // to the screen, packed as they fit, without their radio buttons (pictures).
    "columns",
    "columns-pack",
    "no-buttons",
    // Text and numbers.
    "multiline",
    "numbers",
    "thousands-sep",
    // Dates: a part of the date, or a local calendar.
    "month-year",
    "year",
    "no-calendar",
    "ethiopian",
    "coptic",
    "islamic",
    "persian",
    "bikram-sambat",
    "myanmar",
    // Geopoints: shown on a map (a link to one while the phone is online).
    "map",
    "maps",
    "placement-map",
    // Ranges.
    "rating",
    // Any question: its label not shown (read out still).
    "no-label",
    // Photos: the camera at once, or a signature drawn with a finger.
    "signature",
    "new",
    "new-front",
    "selfie",
];

/// The appearance with the words Sauti knows in lower case, as Collect matches them
/// without case (`Field-list`); any other word stays as written (a later version may
/// know it, and some are case-sensitive, such as an Android intent's name).
pub(super) fn normalise(appearance: &str) -> String {
    appearance
        .split_whitespace()
        .map(|word| {
            let lower = word.to_ascii_lowercase();
            if unknown(&lower).is_empty() {
                lower
            } else {
                word.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The words of `appearance` Sauti does not render.
pub(super) fn unknown(appearance: &str) -> Vec<&str> {
    appearance
        .split_whitespace()
        .filter(|word| {
            let grid_width = word
                .strip_prefix('w')
                .and_then(|n| n.parse::<u8>().ok())
                .is_some_and(|n| (1..=12).contains(&n));
            // `search`: a search box. A select's `search('villages', …)` call was taken out
            // at import (its choices come from the file); on other types it is ignored.
            let search = *word == "search" || word.starts_with("search(");
            // `compact-2`, `columns-2`: in so many columns.
            let columns = word
                .strip_prefix("compact-")
                .or_else(|| word.strip_prefix("columns-"))
                .is_some_and(|n| n.parse::<u8>().is_ok_and(|n| n > 0));
            !(KNOWN.contains(word) || grid_width || search || columns)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_words_are_lower_cased_and_others_kept_as_written() {
        assert_eq!(
            normalise("Field-List  W2 ex:org.Example.SCAN"),
            "field-list w2 ex:org.Example.SCAN"
        );
    }

    #[test]
    fn known_words_pass_and_others_are_named() {
        assert!(unknown("minimal w3 quick compact-2").is_empty());
        assert!(unknown("columns columns-3 columns-pack no-buttons").is_empty());
        assert_eq!(unknown("columns-x columns-0"), ["columns-x", "columns-0"]);
        assert!(unknown("search('villages')").is_empty());
        assert_eq!(unknown("w13 counter minimal"), ["w13", "counter"]);
    }

    #[test]
    fn an_unknown_appearance_is_kept_and_warned_about_at_import() {
        let imported = crate::xlsform::import(
            &crate::xlsform::test_workbook(
                &[
                    &["type", "name", "label", "appearance"],
                    &["integer", "goats", "Goats", "counter"],
                    &["text", "notes", "Notes", "multiline"],
                ],
                &[],
            ),
            "herd.xlsx",
        )
        .unwrap();
        assert_eq!(imported.form.body[0].appearance.as_deref(), Some("counter"));
        assert_eq!(imported.warnings.len(), 1, "{:?}", imported.warnings);
        assert!(
            imported.warnings[0].contains("row 2") && imported.warnings[0].contains("`counter`"),
            "{:?}",
            imported.warnings
        );
    }
}

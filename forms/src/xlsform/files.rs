//! Choice lists from CSV files attached to a form (`select_one_from_file districts.csv`,
//! `pulldata('districts', …)`, `instance('districts')/root/item[…]`), as ODK reads them: a
//! `name` column, a `label` column (or `label::Language (code)` columns), and any other
//! column kept for filters and lookups. Lists of tens of thousands of rows are read once,
//! at import.

use std::collections::BTreeMap;

use super::Builder;
use crate::model::{Choice, Text};

/// Read an attached CSV file into choices; `Err` says what is wrong, for the import error.
pub(super) fn read_csv(b: &mut Builder, file: &str, bytes: &[u8]) -> Result<Vec<Choice>, String> {
    // A file saved by Excel starts with a byte-order mark.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| format!("`{file}` cannot be read as CSV: {e}"))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let name_at = headers
        .iter()
        .position(|h| h.eq_ignore_ascii_case("name"))
        .ok_or_else(|| {
            format!(
                "`{file}` has no `name` column (its columns: {}); the first row must name the columns",
                headers.join(", ")
            )
        })?;
    // Label columns, with the language each one is in.
    let labels: Vec<(usize, String)> = headers
        .iter()
        .enumerate()
        .filter_map(|(i, h)| {
            let lower = h.to_ascii_lowercase();
            if lower == "label" {
                Some((i, None))
            } else {
                lower
                    .strip_prefix("label::")
                    .map(|_| (i, Some(h["label::".len()..].to_string())))
            }
        })
        .collect::<Vec<_>>()
        .into_iter()
        .map(|(i, lang)| (i, b.language_code(lang.as_deref())))
        .collect();
    let mut choices = Vec::new();
    for (line, record) in reader.records().enumerate() {
        let record = record.map_err(|e| format!("`{file}`, line {}: {e}", line + 2))?;
        let name = record.get(name_at).unwrap_or("").trim();
        if name.is_empty() {
            continue;
        }
        let mut label = Text::default();
        for (i, lang) in &labels {
            if let Some(text) = record.get(*i).map(str::trim).filter(|t| !t.is_empty()) {
                label.0.insert(lang.clone(), text.to_string());
            }
        }
        let attributes: BTreeMap<String, String> = headers
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != name_at && !labels.iter().any(|(l, _)| l == i))
            .filter_map(|(i, h)| Some((h.clone(), record.get(i)?.trim().to_string())))
            .collect();
        choices.push(Choice {
            name: name.to_string(),
            label,
            attributes,
        });
    }
    Ok(choices)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use crate::Error;
    use crate::model::{Answer, Answers};
    use crate::validate::{settle, validate};
    use crate::xlsform::import_with_files;

    /// An `.xlsx` with a survey sheet (and no choices sheet).
    fn workbook(survey: &[&[&str]]) -> Vec<u8> {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        sheet.set_name("survey").unwrap();
        for (r, row) in survey.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                sheet.write_string(r as u32, c as u16, *cell).unwrap();
            }
        }
        book.save_to_buffer().unwrap()
    }

    /// A district list as a field team attaches it: 20,000 rows over 50 regions, labels
    /// in two languages, a population column.
    fn districts() -> Vec<u8> {
        let mut csv = String::from(
            "\u{feff}name,label::English (en),label::Français (fr),region,population\n",
        );
        for i in 0..20_000 {
            csv.push_str(&format!(
                "d{i},District {i},District {i} (fr),r{},{}\n",
                i % 50,
                1000 + i
            ));
        }
        csv.into_bytes()
    }

    fn survey() -> Vec<u8> {
        workbook(&[
            &[
                "type",
                "name",
                "label::English (en)",
                "choice_filter",
                "calculation",
            ],
            &["text", "region", "Region", "", ""],
            &[
                "select_one_from_file districts.csv",
                "district",
                "District",
                "region = ${region}",
                "",
            ],
            &[
                "calculate",
                "population",
                "",
                "",
                "pulldata('districts', 'population', 'name', ${district})",
            ],
            &[
                "calculate",
                "district_label",
                "",
                "",
                "instance('districts')/root/item[name = ${district}]/label",
            ],
            &[
                "calculate",
                "in_region",
                "",
                "",
                "count(instance('districts')/root/item[region = ${region}])",
            ],
        ])
    }

    #[test]
    fn choices_come_from_an_attached_csv_and_expressions_read_it() {
        let files = BTreeMap::from([("districts.csv".to_string(), districts())]);
        let imported = import_with_files(&survey(), "survey.xlsx", &files).unwrap();
        let list = &imported.form.choices["districts.csv"];
        assert_eq!(list.len(), 20_000);
        assert_eq!(list[7].label.0["fr"], "District 7 (fr)");
        assert_eq!(list[7].attributes["region"], "r7");
        let form = imported.form.compile().unwrap();

        let mut answers = Answers::from([
            ("region".to_string(), Answer::Value("r7".into())),
            ("district".to_string(), Answer::Value("d57".into())),
        ]);
        settle(&form, &mut answers, "2026-11-26");
        let value = |answers: &Answers, name: &str| match answers.get(name) {
            Some(Answer::Value(v)) => v.clone(),
            _ => String::new(),
        };
        assert_eq!(value(&answers, "population"), "1057");
        assert_eq!(value(&answers, "district_label"), "District 57");
        assert_eq!(value(&answers, "in_region"), "400");
        assert_eq!(validate(&form, &answers, "2026-11-26"), vec![]);

        // The cascade: a district of another region is no longer offered, so it goes.
        answers.insert("region".into(), Answer::Value("r8".into()));
        settle(&form, &mut answers, "2026-11-26");
        assert_eq!(value(&answers, "district"), "");
        assert_eq!(value(&answers, "population"), "");
    }

    #[test]
    fn a_file_not_attached_or_not_csv_is_named() {
        let Err(Error::XlsForm {
            row,
            column,
            message,
            ..
        }) = import_with_files(&survey(), "survey.xlsx", &BTreeMap::new())
        else {
            panic!("imported without its file");
        };
        assert_eq!((row, column.as_deref()), (Some(3), Some("type")));
        assert!(
            message.contains("`districts.csv` is not attached"),
            "{message}"
        );

        let xml = workbook(&[
            &["type", "name", "label"],
            &["select_one_from_file districts.xml", "district", "District"],
        ]);
        let Err(Error::XlsForm { message, .. }) =
            import_with_files(&xml, "x.xlsx", &BTreeMap::new())
        else {
            panic!("an XML choice file was taken");
        };
        assert!(message.contains("only CSV files"), "{message}");

        let files = BTreeMap::from([("districts.csv".to_string(), b"label\nx\n".to_vec())]);
        let Err(Error::XlsForm { message, .. }) = import_with_files(&survey(), "s.xlsx", &files)
        else {
            panic!("a file without names was taken");
        };
        assert!(message.contains("no `name` column"), "{message}");
    }

    #[test]
    fn a_lookup_of_an_unknown_list_is_refused() {
        let form = workbook(&[
            &["type", "name", "label", "calculation"],
            &[
                "calculate",
                "x",
                "",
                "pulldata('nowhere', 'a', 'name', 'b')",
            ],
        ]);
        let Err(Error::XlsForm {
            message, column, ..
        }) = import_with_files(&form, "x.xlsx", &BTreeMap::new())
        else {
            panic!("an unknown list was taken");
        };
        assert_eq!(column.as_deref(), Some("calculation"));
        assert!(message.contains("`nowhere`"), "{message}");
    }
}

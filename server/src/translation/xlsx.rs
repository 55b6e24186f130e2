//! A form's translations as XLSForm language columns, for translators who work in Excel:
//! `survey` (`name`, `label::Swahili (sw)`, `hint::…`, `guidance_hint::…`,
//! `constraint_message::…`, `required_message::…`), `choices` (`list_name`, `name`,
//! `label::…`), `settings` (`form_title::…`) and `consent` (`key`, `text::…`), one column
//! per field and language, the saved work over the published texts. Columns are named
//! the way XLSForm names them, so a translator can copy them into the form's own workbook.
//! Importing reads back one language's columns (the others are context) and saves them as
//! that language's draft; nothing else of the workbook is read.

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{Reader, Xlsx};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};

use crate::error::{Error, Result};

/// Where a key's text goes in the workbook: (sheet, row id columns, field column).
fn place(key: &str) -> (&'static str, Vec<String>, String) {
    let parts: Vec<&str> = key.split('/').collect();
    match parts.as_slice() {
        ["title"] => ("settings", vec![], "form_title".into()),
        ["q", name @ .., field] if !name.is_empty() => {
            let field = if *field == "guidance" {
                "guidance_hint"
            } else {
                field
            };
            ("survey", vec![name.join("/")], field.to_string())
        }
        ["c", list, choice @ .., "label"] if !choice.is_empty() => (
            "choices",
            vec![list.to_string(), choice.join("/")],
            "label".into(),
        ),
        _ => ("consent", vec![key.to_string()], "text".into()),
    }
}

/// The key a workbook cell names, the inverse of [`place`].
fn key_of(sheet: &str, ids: &[String], field: &str) -> Option<String> {
    match (sheet, ids) {
        ("settings", []) if field == "form_title" => Some("title".into()),
        ("survey", [name]) => {
            let field = if field == "guidance_hint" {
                "guidance"
            } else {
                field
            };
            Some(format!("q/{name}/{field}"))
        }
        ("choices", [list, choice]) if field == "label" => Some(format!("c/{list}/{choice}/label")),
        ("consent", [key]) if field == "text" => Some(key.clone()),
        _ => None,
    }
}

/// The id columns of each sheet.
const SHEETS: [(&str, &[&str]); 4] = [
    ("survey", &["name"]),
    ("choices", &["list_name", "name"]),
    ("settings", &[]),
    ("consent", &["key"]),
];

/// `label::Swahili (sw)` → (`label`, `sw`); a column without a language is none.
fn column_language(header: &str) -> Option<(String, String)> {
    let (field, lang) = header.split_once("::")?;
    let lang = lang.trim();
    let code = match (lang.rfind('('), lang.ends_with(')')) {
        (Some(open), true) => lang[open + 1..lang.len() - 1].trim(),
        _ => lang,
    };
    Some((field.trim().to_ascii_lowercase(), code.to_string()))
}

/// The texts of every language: language code → (name, key → text).
pub type Texts = BTreeMap<String, (String, BTreeMap<String, String>)>;

fn xlsx_error(e: rust_xlsxwriter::XlsxError) -> Error {
    anyhow::anyhow!("xlsx: {e}").into()
}

/// Write the workbook: the languages in the given order (the source first).
pub fn write(languages: &[(String, String)], texts: &Texts) -> Result<Vec<u8>> {
    let mut wb = Workbook::new();
    // A fixed creation time: the same texts make the same bytes (no clock in the file).
    let epoch = ExcelDateTime::from_ymd(2000, 1, 1).map_err(xlsx_error)?;
    wb.set_properties(&DocProperties::new().set_creation_datetime(&epoch));
    let bold = Format::new().set_bold();
    for (sheet, id_columns) in SHEETS {
        // Rows in first-seen order of the keys (the form's order), fields likewise.
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut fields: Vec<String> = Vec::new();
        let mut cells: BTreeMap<(Vec<String>, String, String), String> = BTreeMap::new();
        for (code, (_, by_key)) in texts {
            for (key, text) in by_key {
                let (s, ids, field) = place(key);
                if s != sheet {
                    continue;
                }
                cells.insert((ids.clone(), field.clone(), code.clone()), text.clone());
                if !fields.contains(&field) {
                    fields.push(field);
                }
                if !rows.contains(&ids) {
                    rows.push(ids);
                }
            }
        }
        if rows.is_empty() {
            continue;
        }
        let ws = wb.add_worksheet();
        ws.set_name(sheet).map_err(xlsx_error)?;
        let mut col: u16 = 0;
        for id in id_columns {
            ws.write_string_with_format(0, col, *id, &bold)
                .map_err(xlsx_error)?;
            col += 1;
        }
        let mut columns = Vec::new();
        for field in &fields {
            for (code, name) in languages {
                ws.write_string_with_format(0, col, format!("{field}::{name} ({code})"), &bold)
                    .map_err(xlsx_error)?;
                columns.push((col, field.clone(), code.clone()));
                col += 1;
            }
        }
        // Row 0 is the header (settings has one row and no id column).
        for (r, ids) in (1_u32..).zip(&rows) {
            for (c, id) in ids.iter().enumerate() {
                ws.write_string(r, c as u16, id).map_err(xlsx_error)?;
            }
            for (c, field, code) in &columns {
                if let Some(text) = cells.get(&(ids.clone(), field.clone(), code.clone())) {
                    ws.write_string(r, *c, text).map_err(xlsx_error)?;
                }
            }
        }
    }
    wb.save_to_buffer().map_err(xlsx_error)
}

/// Read one language's texts back from a workbook (by key; an empty cell is an empty
/// text). A workbook without a single column of that language is refused, naming it.
pub fn read(bytes: &[u8], lang: &str) -> Result<BTreeMap<String, String>> {
    let unreadable = |e: calamine::XlsxError| {
        Error::FormImport(format!("this is not an .xlsx workbook Sauti can read: {e}"))
    };
    let mut wb: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).map_err(unreadable)?;
    let mut out = BTreeMap::new();
    let mut columns_seen = 0;
    for (sheet, id_columns) in SHEETS {
        let Ok(range) = wb.worksheet_range(sheet) else {
            continue;
        };
        let mut rows = range.rows();
        let Some(header) = rows.next() else { continue };
        let header: Vec<String> = header.iter().map(|c| c.to_string()).collect();
        let id_at: Vec<Option<usize>> = id_columns
            .iter()
            .map(|id| {
                header
                    .iter()
                    .position(|h| h.trim().eq_ignore_ascii_case(id))
            })
            .collect();
        if id_at.iter().any(Option::is_none) {
            continue;
        }
        let targets: Vec<(usize, String)> = header
            .iter()
            .enumerate()
            .filter_map(|(i, h)| {
                column_language(h).and_then(|(field, code)| (code == lang).then_some((i, field)))
            })
            .collect();
        columns_seen += targets.len();
        for row in rows {
            let cell = |i: usize| row.get(i).map(|c| c.to_string()).unwrap_or_default();
            let ids: Vec<String> = id_at
                .iter()
                .flatten()
                .map(|&i| cell(i).trim().to_string())
                .collect();
            if ids.iter().any(String::is_empty) {
                continue;
            }
            for (i, field) in &targets {
                if let Some(key) = key_of(sheet, &ids, field) {
                    out.insert(key, cell(*i).trim().to_string());
                }
            }
        }
    }
    if columns_seen == 0 {
        return Err(Error::FormImport(format!(
            "the workbook has no column in {lang}: name them like label::Kiswahili ({lang})"
        )));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_key_finds_its_cell_and_comes_back() {
        for key in [
            "title",
            "q/age/label",
            "q/age/guidance",
            "q/household.age/constraint_message",
            "c/yes_no/yes/label",
            "c/places/a/b/label",
            "consent/text",
            "purpose/referral/label",
        ] {
            let (sheet, ids, field) = place(key);
            assert_eq!(key_of(sheet, &ids, &field).as_deref(), Some(key), "{key}");
        }
    }

    #[test]
    fn a_workbook_round_trips_one_language_and_refuses_a_missing_one() {
        let en = BTreeMap::from([
            ("title".to_string(), "Household".to_string()),
            ("q/age/label".to_string(), "Age?".to_string()),
            ("c/yes_no/yes/label".to_string(), "Yes".to_string()),
            ("consent/text".to_string(), "We ask.".to_string()),
        ]);
        let sw: BTreeMap<String, String> = en
            .iter()
            .map(|(k, v)| (k.clone(), format!("sw {v}")))
            .collect();
        let texts = Texts::from([
            ("en".to_string(), ("English".to_string(), en.clone())),
            ("sw".to_string(), ("Kiswahili".to_string(), sw.clone())),
        ]);
        let langs = [
            ("en".to_string(), "English".to_string()),
            ("sw".to_string(), "Kiswahili".to_string()),
        ];
        let bytes = write(&langs, &texts).unwrap();
        assert_eq!(read(&bytes, "sw").unwrap(), sw);
        assert_eq!(read(&bytes, "en").unwrap(), en);
        let Err(Error::FormImport(message)) = read(&bytes, "ha") else {
            panic!("no Hausa column");
        };
        assert!(message.contains("label::Kiswahili (ha)"), "{message}");
        assert!(read(b"not a workbook", "sw").is_err());
    }

    #[test]
    fn language_columns_are_read_as_xlsform_writes_them() {
        assert_eq!(
            column_language("label::Swahili (sw)"),
            Some(("label".into(), "sw".into()))
        );
        assert_eq!(
            column_language("hint::fr"),
            Some(("hint".into(), "fr".into()))
        );
        assert_eq!(column_language("name"), None);
    }
}

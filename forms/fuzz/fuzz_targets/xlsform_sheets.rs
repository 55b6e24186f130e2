//! XLSForm import of workbooks written from the fuzz input, so the importer's own rules
//! (headers, types, groups, repeats, choices, settings, expressions) are reached rather than
//! the zip reader's: the input is text, a line `#name` starts a sheet, other lines are rows
//! of tab-separated cells. A form that imports is compiled, settled and validated.
#![no_main]

use forms::model::Answers;
use libfuzzer_sys::fuzz_target;
use rust_xlsxwriter::Workbook;

/// The workbook the text describes, or `None` when the writer refuses it (a sheet name
/// Excel does not allow, a cell over 32,767 characters, a sheet twice). Rows before any
/// `#name` line are the survey sheet's.
fn workbook(text: &str) -> Option<Vec<u8>> {
    let mut sheets: Vec<(&str, Vec<&str>)> = Vec::new();
    for line in text.lines() {
        match line.strip_prefix('#') {
            Some(name) => sheets.push((name, Vec::new())),
            None => match sheets.last_mut() {
                Some((_, rows)) => rows.push(line),
                None => sheets.push(("survey", vec![line])),
            },
        }
    }
    let mut book = Workbook::new();
    for (name, rows) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(name).ok()?;
        for (row, line) in rows.iter().enumerate() {
            for (col, cell) in line.split('\t').enumerate() {
                if !cell.is_empty() {
                    sheet
                        .write_string(u32::try_from(row).ok()?, u16::try_from(col).ok()?, cell)
                        .ok()?;
                }
            }
        }
    }
    book.save_to_buffer().ok()
}

fuzz_target!(
    init: {
        // The importer catches a panic of the workbook reader and refuses the file;
        // libFuzzer's hook would abort on it even so. A panic the importer lets through
        // still ends the run as a crash.
        std::panic::set_hook(Box::new(|info| eprintln!("{info}")));
    },
    |data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Some(bytes) = workbook(text) else { return };
    let Ok(imported) = forms::xlsform::import(&bytes, "form.xlsx") else {
        return;
    };
    let form = imported.form.compile().expect("an imported form compiles");
    let mut answers = Answers::new();
    forms::validate::settle(&form, &mut answers, "2026-05-20");
    let _ = forms::validate::validate(&form, &answers, "2026-05-20");
});

//! XLSForm import: a team's existing `.xlsx` or `.xls` questionnaire (ODK, KoboToolbox)
//! becomes a Sauti [`Form`]. Sheets `survey`, `choices` and `settings` are found whatever
//! their case; headers are read with their usual aliases and language suffixes; columns
//! Sauti does not interpret are kept as attributes. Every refusal names the sheet, the row
//! and the column, and says what to change.
//!
//! Built only with the `xlsform` feature (server and CLI); phones receive the imported
//! form as JSON.
//!
//! Read with `calamine`, and compared field by field with pyxform, the reference converter,
//! by `forms/tests/xlsform_corpus.rs`. Like pyxform: a sheet ends after a run of empty rows
//! (what follows is named in a warning), a workbook of one sheet is its survey, a note
//! without a name gets `generated_note_name_<row>`, `or_other` adds its choice. Range
//! scales, triggers, label references and `required`/`default` expressions are checked by
//! `Form::compile`, so a form uploaded as JSON is held to the same rules.

mod appearance;
mod dead_ends;
mod direction;
mod files;
mod headers;
mod implicit;
mod loops;
mod mojibake;
mod names;
mod patterns;
mod search;
mod span;
mod spelling;
mod types;
mod zawgyi;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Cursor;

use calamine::{Data, Reader};

use crate::Error;
use crate::model::{Choice, Form, Kind, Language, Node, Text};
use headers::Column;
use types::RowType;

/// An imported form, with what the author should know but need not fix.
#[derive(Debug, Clone)]
pub struct Imported {
    pub form: Form,
    pub warnings: Vec<String>,
}

/// One sheet: its columns and its non-empty rows (1-based row numbers as the
/// spreadsheet shows them).
struct Sheet {
    name: String,
    columns: Vec<Column>,
    rows: Vec<(usize, Vec<String>)>,
    /// The first row written after a run of [`EMPTY_RUN`] empty rows, which is not read.
    unread_from: Option<usize>,
    /// Expression cells whose typographic quotes were read as straight ones: (row, column).
    straightened: Vec<(usize, &'static str)>,
    /// Cells that were UTF-8 read as Windows-1252 and were repaired (`mojibake`): how
    /// many, and the first as found and as repaired.
    repaired: (usize, Option<(String, String)>),
}

/// Typographic quotes, read as the straight quotes they stand for (as the reference
/// converter reads every cell): a spreadsheet or word processor turns `'` into `’` as
/// the author types, and `${place}!=’school’` is meant as `${place}!='school'`.
const SMART_QUOTES: [(char, char); 4] = [
    ('\u{2018}', '\''),
    ('\u{2019}', '\''),
    ('\u{201C}', '"'),
    ('\u{201D}', '"'),
];

/// Columns of text people read, where text garbled by a wrong encoding is repaired.
const READABLE_COLUMNS: &[&str] = &[
    "label",
    "hint",
    "guidance_hint",
    "constraint_message",
    "required_message",
];

/// Columns whose cells are expressions, where a straightened quote is worth a warning
/// (in a label it is only typography).
const EXPRESSION_COLUMNS: &[&str] = &[
    "relevant",
    "constraint",
    "calculation",
    "required",
    "read_only",
    "default",
    "choice_filter",
    "repeat_count",
    "trigger",
    "parameters",
];

/// A cell with its typographic quotes made straight; `None` when it has none.
fn straighten_quotes(cell: &str) -> Option<String> {
    cell.contains(|c| SMART_QUOTES.iter().any(|(smart, _)| *smart == c))
        .then(|| {
            cell.chars()
                .map(|c| {
                    SMART_QUOTES
                        .iter()
                        .find(|(smart, _)| *smart == c)
                        .map_or(c, |(_, plain)| *plain)
                })
                .collect()
        })
}

/// After this many empty rows in a row, a sheet is over (as the reference converter reads
/// it): what follows is leftovers far below the form, not part of it.
const EMPTY_RUN: usize = 60;

impl Sheet {
    fn get(&self, row: &[String], name: &str) -> Option<String> {
        self.columns
            .iter()
            .position(|c| matches!(c, Column::Known(n, None) if *n == name))
            .and_then(|i| row.get(i))
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    }

    /// Every language column of a translatable field, as (language as written, value).
    fn translations<'a>(
        &'a self,
        row: &'a [String],
        name: &'a str,
    ) -> impl Iterator<Item = (Option<&'a str>, &'a str)> {
        self.columns
            .iter()
            .enumerate()
            .filter_map(move |(i, c)| match c {
                Column::Known(n, lang) if *n == name => {
                    let value = row.get(i)?.trim();
                    (!value.is_empty()).then_some((lang.as_deref(), value))
                }
                _ => None,
            })
    }

    fn attributes(&self, row: &[String]) -> BTreeMap<String, String> {
        self.columns
            .iter()
            .enumerate()
            .filter_map(|(i, c)| match c {
                Column::Attribute(name) if !name.is_empty() => {
                    let value = row.get(i)?.trim();
                    (!value.is_empty()).then(|| (name.clone(), value.to_string()))
                }
                _ => None,
            })
            .collect()
    }
}

/// A cell as text: whole numbers without `.0`, dates as ISO dates.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.into(),
        Data::DateTime(d) => excel_date_time(d),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
    }
}

/// A cell Excel keeps as a date or a time (a `default` typed as one): as ODK reads these
/// values. A date alone as `YYYY-MM-DD`; a time alone (under one day: Excel dates it
/// 1899-12-30) as `HH:MM:SS`, not as that date; both as `YYYY-MM-DDTHH:MM:SS`. The
/// workbook's date system (1900, or 1904 from an old Mac) is the reader's to apply.
fn excel_date_time(cell: &calamine::ExcelDateTime) -> String {
    let (year, month, day, hour, minute, second, _) = cell.to_ymd_hms_milli();
    let time = format!("{hour:02}:{minute:02}:{second:02}");
    if cell.is_duration() || cell.as_f64() < 1.0 {
        return time;
    }
    let date = format!("{year:04}-{month:02}-{day:02}");
    if (hour, minute, second) == (0, 0, 0) {
        date
    } else {
        format!("{date}T{time}")
    }
}

/// The most cells a sheet may span, from its first to its last row and column: the reader
/// makes a full grid of that size, so a cell written far away (`XFD1048576`, in a file of a
/// few hundred bytes) would ask for hundreds of gigabytes. Real forms span thousands of
/// rows (choice lists) and tens of columns.
const MAX_SHEET_CELLS: u64 = 4_000_000;

type Workbook = calamine::Sheets<Cursor<Vec<u8>>>;

/// Run a call into the workbook reader, which may panic on a malformed file (it did on a
/// cell reference overflowing its row number): a bad file is refused, never a crash.
fn guarded<T>(sheet: &str, read: impl FnOnce() -> Result<T, String>) -> Result<T, Error> {
    let refused = |message: String| Error::XlsForm {
        sheet: sheet.into(),
        row: None,
        column: None,
        message,
    };
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(read))
        .map_err(|_| refused("the file is damaged: it cannot be read".into()))?
        .map_err(refused)
}

/// How many cells the grid of a sheet spans, counted without making it (.xlsx, whose
/// sheets are built one at a time; `.xls` and `.ods` are measured by [`span`] before the
/// workbook is opened).
fn sheet_span(workbook: &mut Workbook, name: &str) -> Result<u64, String> {
    let calamine::Sheets::Xlsx(xlsx) = workbook else {
        return Ok(0);
    };
    let mut cells = xlsx
        .worksheet_cells_reader(name)
        .map_err(|e| format!("the sheet cannot be read: {e}"))?;
    let (mut rows, mut columns) = ((u32::MAX, 0u32), (u32::MAX, 0u32));
    while let Some(cell) = cells
        .next_cell()
        .map_err(|e| format!("the sheet cannot be read: {e}"))?
    {
        // A cell with a style and no value (a row formatted out to column XFD) is skipped
        // by the reader, as here: only cells with a value make the grid.
        if matches!(cell.get_value(), calamine::DataRef::Empty) {
            continue;
        }
        let (row, column) = cell.get_position();
        rows = (rows.0.min(row), rows.1.max(row));
        columns = (columns.0.min(column), columns.1.max(column));
    }
    if rows.0 > rows.1 {
        return Ok(0);
    }
    Ok((u64::from(rows.1 - rows.0) + 1) * (u64::from(columns.1 - columns.0) + 1))
}

fn read_sheet(workbook: &mut Workbook, name: &str) -> Result<Sheet, Error> {
    let range = guarded(name, || {
        let span = sheet_span(workbook, name)?;
        if span > MAX_SHEET_CELLS {
            return Err(format!(
                "the sheet spans {span} cells from its first to its last; at most {MAX_SHEET_CELLS} are read (is something written far below or to the right of the form?)"
            ));
        }
        workbook
            .worksheet_range(name)
            .map_err(|e| format!("the sheet cannot be read: {e}"))
    })?;
    let first_row = range.start().map_or(0, |(r, _)| r as usize);
    let first_col = range.start().map_or(0, |(_, c)| c as usize);
    let mut rows = range.rows().enumerate().map(|(i, cells)| {
        let mut values = vec![String::new(); first_col];
        values.extend(cells.iter().map(cell_text));
        (first_row + i + 1, values)
    });
    let Some((_, header)) = rows.next() else {
        return Ok(Sheet {
            name: name.into(),
            columns: Vec::new(),
            rows: Vec::new(),
            unread_from: None,
            straightened: Vec::new(),
            repaired: (0, None),
        });
    };
    let columns = headers::read_headers(name, &header)?;
    let mut kept = Vec::new();
    let mut empty = 0;
    let mut unread_from = None;
    let mut straightened = Vec::new();
    let mut repaired = (0, None);
    for (number, mut values) in rows {
        if values.iter().any(|v| !v.trim().is_empty()) {
            if empty > EMPTY_RUN {
                unread_from = Some(number);
                break;
            }
            empty = 0;
            for (i, value) in values.iter_mut().enumerate() {
                // Only text people read: a name or an expression repaired would change
                // stored answers, lookups and the form's identity between versions.
                let readable = match columns.get(i) {
                    Some(Column::Known(c, _)) => READABLE_COLUMNS.contains(c),
                    Some(Column::Attribute(a)) => a == "form_title",
                    None => false,
                };
                if readable && let Some(broken) = crate::label::malformed_reference(value) {
                    let column = header.get(i).map_or("", |h| h.trim());
                    return Err(sheet_error(
                        name,
                        number,
                        column,
                        format!(
                            "`{broken}` is not a reference to an answer: write ${{name}}, the question's name between ${{ and }}"
                        ),
                    ));
                }
                if readable && let Some(text) = mojibake::repair(value) {
                    repaired.0 += 1;
                    let found = std::mem::replace(value, text);
                    repaired.1.get_or_insert_with(|| (found, value.clone()));
                }
                let Some(straight) = straighten_quotes(value) else {
                    continue;
                };
                *value = straight;
                if let Some(Column::Known(column, _)) = columns.get(i)
                    && EXPRESSION_COLUMNS.contains(column)
                {
                    straightened.push((number, *column));
                }
            }
            kept.push((number, values));
        } else {
            empty += 1;
        }
    }
    Ok(Sheet {
        name: name.into(),
        columns,
        rows: kept,
        unread_from,
        straightened,
        repaired,
    })
}

/// Builds the form row by row, remembering where each question was written.
struct Builder<'f> {
    default_language: String,
    languages: Vec<Language>,
    rows: BTreeMap<String, usize>,
    warnings: Vec<String>,
    /// Where each node was written (its groups, its name), to find sibling duplicates and
    /// the rows of names used in several groups.
    placed: names::Placed,
    /// Files the form reads that were not given with it: the import goes on without them
    /// (as empty lists) to find every one, then says which.
    missing: BTreeSet<String>,
    /// Files attached to the form (CSV choice lists), by file name.
    files: &'f BTreeMap<String, Vec<u8>>,
    /// Files `csv-external`/`xml-external` rows declare, read once the survey is.
    external: Vec<String>,
}

impl Builder<'_> {
    fn language_code(&mut self, written: Option<&str>) -> String {
        let Some(written) = written else {
            return self.default_language.clone();
        };
        let language = headers::language(written);
        if !self.languages.iter().any(|l| l.code == language.code) {
            if let Some(code) = &language.replaced {
                self.warnings.push(format!(
                    "Language \"{}\": \"{code}\" is the code of a language written the other way; read as {}",
                    written.trim(),
                    language.code
                ));
            }
            self.languages.push(Language {
                rtl: headers::is_rtl(&language.code),
                code: language.code.clone(),
                name: language.name,
            });
        }
        language.code
    }

    /// A row's pictures and recordings (`media::audio::Pashto (ps)`), kept as
    /// `media::audio::ps` (see [`crate::media`]).
    fn media(&mut self, sheet: &Sheet, row: &[String], attributes: &mut BTreeMap<String, String>) {
        for kind in crate::media::KINDS {
            let found: Vec<(Option<String>, String)> = sheet
                .translations(row, kind)
                .map(|(l, v)| (l.map(str::to_string), v.to_string()))
                .collect();
            for (lang, value) in found {
                let code = lang.map(|l| self.language_code(Some(&l)));
                attributes.insert(crate::media::key(kind, code.as_deref()), value);
            }
        }
    }

    fn text(&mut self, sheet: &Sheet, row: &[String], field: &str) -> Text {
        let mut text = Text::default();
        let pairs: Vec<(Option<String>, String)> = sheet
            .translations(row, field)
            .map(|(l, v)| (l.map(str::to_string), v.to_string()))
            .collect();
        for (lang, value) in pairs {
            let code = self.language_code(lang.as_deref());
            text.0.insert(code, value);
        }
        text
    }
}

/// A yes/no cell, spelled as the reference converter reads it (exactly these spellings:
/// it passes `tRUE` on as an expression), or `1`/`0`, which XPath reads the same way;
/// `Err` gives back anything else, to be read as an expression.
fn flag(value: Option<String>) -> Result<bool, String> {
    match value.as_deref() {
        None | Some("no" | "No" | "NO" | "false" | "False" | "FALSE" | "false()" | "0") => {
            Ok(false)
        }
        Some("yes" | "Yes" | "YES" | "true" | "True" | "TRUE" | "true()" | "1") => Ok(true),
        Some(other) => Err(other.to_string()),
    }
}

/// A `relevant`, `constraint` or `calculation` cell written as a yes/no word: the
/// reference converter writes `true()` or `false()` for exactly these spellings (its
/// `BINDING_CONVERSIONS`), so a calculation `yes` is `true`, not a path to nothing.
fn binding_word(cell: Option<String>) -> Option<String> {
    let cell = cell?;
    Some(match cell.as_str() {
        "yes" | "Yes" | "YES" | "true" | "True" | "TRUE" => "true()".into(),
        "no" | "No" | "NO" | "false" | "False" | "FALSE" => "false()".into(),
        _ => cell,
    })
}

/// Whether a cell that is neither yes/no nor an expression Sauti parses is mere words
/// (`t`, `ture`, `Yes please`): the reference converter passes it on, and Collect and
/// Enketo read it as a path to nothing, so false. Anything with an operator, a bracket
/// or a quote is meant as an expression, and a broken one is refused.
fn mere_words(cell: &str) -> bool {
    cell.chars()
        .all(|c| c.is_alphanumeric() || c.is_whitespace() || matches!(c, '_' | '-' | '.' | ','))
}

/// A row's `calculation`. A lone name that is no expression (`odktest.png`) is, for
/// Collect and Enketo, a path to an element the question does not have: the value is
/// empty, and so it is here, with a warning.
fn calculation(b: &mut Builder, sheet: &Sheet, row: &[String], number: usize) -> Option<String> {
    let cell = binding_word(sheet.get(row, "calculation"))?;
    let lone_name = cell.starts_with(|c: char| c.is_alphabetic() || c == '_')
        && cell
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'));
    if lone_name && crate::expr::Expr::parse(&cell).is_err() {
        b.warnings.push(format!(
            "{} sheet, row {number}, column calculation: `{cell}` is neither an expression nor a ${{reference}}; Collect and Enketo read it as a path to nothing, so the value is empty. To store the text, write '{cell}' in quotes",
            sheet.name
        ));
        return Some("''".into());
    }
    Some(cell)
}

/// An expression with each name written alone where a value is expected
/// (`selected(crops, '777')`) read as Collect reads it in a question's bind: a path to a
/// child of the question, which has none, so empty (`''`). Returns the expression and the
/// names so read; none when it parses or fails for another reason.
fn lone_names_as_nothing(source: &str) -> (String, Vec<String>) {
    const LONE: &str = "is neither a function call nor a ${reference}";
    let mut read = source.to_string();
    let mut names = Vec::new();
    // Each round replaces the first such name (a sum of 22 `null`s was seen in a real form).
    for _ in 0..256 {
        let Err(Error::Expression { at, reason, .. }) = crate::expr::Expr::parse(&read) else {
            break;
        };
        let Some(name) = reason
            .strip_suffix(LONE)
            .and_then(|r| r.trim().strip_prefix('`'))
            .and_then(|r| r.strip_suffix('`'))
        else {
            break;
        };
        let chars: Vec<char> = read.chars().collect();
        let written: String = chars.iter().skip(at).take(name.chars().count()).collect();
        if written != name {
            break;
        }
        if !names.iter().any(|n| n == name) {
            names.push(name.to_string());
        }
        let before: String = chars[..at].iter().collect();
        let after: String = chars[at + name.chars().count()..].iter().collect();
        read = format!("{before}''{after}");
    }
    if crate::expr::Expr::parse(&read).is_err() {
        return (source.to_string(), Vec::new());
    }
    (read, names)
}

/// A select's `default` naming no choice of its list (`Fixme: I need this list`): ODK
/// shows the question unanswered (its engine offers no such choice, and the value is not
/// submitted), so the default is dropped here too, with a warning; a multiple choice keeps
/// the choices that exist. Found by the differential test against ODK's engine
/// (tests/odk_engine.rs). Defaults worked out from expressions are left to the phone.
fn drop_unknown_choice_defaults(
    b: &mut Builder,
    sheet: &str,
    nodes: &mut [Node],
    lists: &BTreeMap<String, Vec<Choice>>,
) {
    for node in nodes {
        drop_unknown_choice_defaults(b, sheet, &mut node.children, lists);
        let (Some(default), Some(list)) = (&node.default, node.kind.choice_list()) else {
            continue;
        };
        let Some(choices) = lists.get(list) else {
            continue;
        };
        if default.contains("${") || default.contains('(') {
            continue;
        }
        let known = |v: &str| choices.iter().any(|c| c.name == v);
        let kept: Vec<&str> = match node.kind {
            Kind::SelectOne { .. } => Some(default.trim())
                .filter(|v| known(v))
                .into_iter()
                .collect(),
            _ => default.split_whitespace().filter(|v| known(v)).collect(),
        };
        let kept = kept.join(" ");
        if kept == default.trim() {
            continue;
        }
        let row = row_of(b, &node.name);
        b.warnings.push(format!(
            "{sheet} sheet{row}, column default: `{default}` is not a choice of `{list}`; ODK shows `{}` unanswered, and so does Sauti",
            node.name
        ));
        node.default = (!kept.is_empty()).then_some(kept);
    }
}

/// `, row N` for a node's row of the survey sheet, as a warning names it (empty when the
/// node has no row of its own).
fn row_of(b: &Builder, name: &str) -> String {
    b.rows
        .get(name)
        .map_or(String::new(), |r| format!(", row {r}"))
}

/// A number question's `default` that is no number and no expression (`foo` in an integer):
/// ODK's engine starts the question empty, and so does Sauti, saying so, rather than
/// offering the enumerator a value no answer may hold.
fn drop_unreadable_number_defaults(b: &mut Builder, sheet: &str, nodes: &mut [Node]) {
    for node in nodes {
        drop_unreadable_number_defaults(b, sheet, &mut node.children);
        if !matches!(
            node.kind,
            Kind::Integer | Kind::Decimal | Kind::Range { .. }
        ) {
            continue;
        }
        let Some(default) = &node.default else {
            continue;
        };
        // An expression is checked (or refused) by `Form::compile`, as a dynamic default.
        if default.contains("${") || default.contains('(') {
            continue;
        }
        let ascii = crate::digits::to_ascii(default.trim());
        // A number, or arithmetic (`1 + 1`, worked out as pyxform and ODK do).
        if crate::num::parse_decimal(&ascii).is_some() || crate::expr::Expr::parse(&ascii).is_ok() {
            if ascii.as_ref() != default.as_str() {
                // Typed with a keyboard's own digits (`١٢`): kept as the number it is.
                node.default = Some(ascii.into_owned());
            }
            continue;
        }
        let row = row_of(b, &node.name);
        b.warnings.push(format!(
            "{sheet} sheet{row}, column default: `{default}` is not a number; ODK starts `{}` empty, and so does Sauti",
            node.name
        ));
        node.default = None;
    }
}

fn sheet_error(sheet: &str, row: usize, column: &str, message: impl Into<String>) -> Error {
    Error::XlsForm {
        sheet: sheet.into(),
        row: Some(row),
        column: Some(column.into()),
        message: message.into(),
    }
}

/// Import an XLSForm from its bytes; `file_name` gives the form id when settings have none.
pub fn import(bytes: &[u8], file_name: &str) -> Result<Imported, Error> {
    import_with_files(bytes, file_name, &BTreeMap::new())
}

/// [`import`], with the files attached to the form (CSV choice lists that
/// `select_one_from_file`, `pulldata()` and `instance()` read), by file name.
pub fn import_with_files(
    bytes: &[u8],
    file_name: &str,
    files: &BTreeMap<String, Vec<u8>>,
) -> Result<Imported, Error> {
    // `.xls` and `.ods` sheets are built whole when the file is opened: measured first.
    let span = guarded("(workbook)", || span::largest_sheet(bytes))?;
    if span > MAX_SHEET_CELLS {
        return Err(Error::XlsForm {
            sheet: "(workbook)".into(),
            row: None,
            column: None,
            message: format!(
                "a sheet spans {span} cells from its first to its last; at most {MAX_SHEET_CELLS} are read (is something written far below or to the right of the form?)"
            ),
        });
    }
    let mut workbook = guarded("(workbook)", || {
        calamine::open_workbook_auto_from_rs(Cursor::new(bytes.to_vec()))
            .map_err(|e| format!("this is not an .xlsx or .xls file that can be read ({e})"))
    })?;
    let names = workbook.sheet_names().to_vec();
    let find = |wanted: &str| {
        names
            .iter()
            .find(|n| n.trim().eq_ignore_ascii_case(wanted))
            .cloned()
    };
    // A workbook of one sheet is the survey, whatever its name (as for the reference
    // converter).
    let mut warnings = Vec::new();
    let other_sheet = |name: &str| {
        ["choices", "settings", "external_choices"]
            .iter()
            .any(|s| name.trim().eq_ignore_ascii_case(s))
    };
    let survey_name = match (find("survey"), names.as_slice()) {
        (Some(name), _) => name,
        (None, [only]) if !other_sheet(only) => {
            warnings.push(format!(
                "the workbook's only sheet, `{only}`, was read as the survey sheet; name it `survey`"
            ));
            only.clone()
        }
        (None, _) => {
            return Err(Error::XlsForm {
                sheet: "survey".into(),
                row: None,
                column: None,
                message: format!(
                    "the workbook has no sheet named `survey` (it has: {})",
                    names.join(", ")
                ),
            });
        }
    };
    let survey = read_sheet(&mut workbook, &survey_name)?;
    // ODK-X (ODK 2) writes its forms as spreadsheets too, with `clause`, `condition` and
    // `display.prompt.text` columns: another format, said as such rather than as a
    // mistake on its second row. (An XLSForm with a stray `clause` column has labels.)
    let odk_x = survey.columns.iter().any(|c| match c {
        Column::Attribute(name) => {
            let name = name.to_ascii_lowercase();
            name == "clause" || name.starts_with("display.")
        }
        Column::Known(..) => false,
    }) && !survey
        .columns
        .iter()
        .any(|c| matches!(c, Column::Known("label", _)));
    if odk_x {
        return Err(Error::XlsForm {
            sheet: survey.name.clone(),
            row: None,
            column: None,
            message: "this is an ODK-X form (it has `clause` or `display.…` columns), not an XLSForm: Sauti reads the XLSForms of ODK Collect, KoboToolbox and Enketo; write it as one".into(),
        });
    }
    let choices = match find("choices") {
        Some(name) => Some(read_sheet(&mut workbook, &name)?),
        None => None,
    };
    // `select_one_external` lists: kept with the others (ODK loads them from a CSV).
    let external = match find("external_choices") {
        Some(name) => Some(read_sheet(&mut workbook, &name)?),
        None => None,
    };
    let settings = match find("settings") {
        Some(name) => Some(read_sheet(&mut workbook, &name)?),
        None => None,
    };
    // A sheet named nearly as one that is read (`setting`, `external choices`) is not read:
    // said as the reference converter says it, a warning for settings, and beside the
    // error a missing list causes for the lists.
    let misspelled = |wanted: &str| -> Option<String> {
        if find(wanted).is_some() {
            return None;
        }
        let similar: Vec<String> = names
            .iter()
            .filter(|n| {
                !n.starts_with('_')
                    && **n != survey_name
                    && !other_sheet(n)
                    && spelling::distance(&n.trim().to_lowercase(), wanted) <= 2
            })
            .map(|n| format!("`{n}`"))
            .collect();
        (!similar.is_empty()).then(|| {
            format!(
                "the sheet {} is not read: name it `{wanted}` if it is the {} sheet",
                similar.join(", "),
                wanted.replace('_', " ")
            )
        })
    };
    if let Some(hint) = misspelled("settings") {
        warnings.push(hint);
    }
    // ODK Central's entities (a registry of households or trees that follow-up forms
    // choose from): the answers are what Sauti keeps; the list is not made from them.
    let entities = match find("entities") {
        Some(name) => {
            Some(read_sheet(&mut workbook, &name)?).filter(|sheet| !sheet.rows.is_empty())
        }
        None => None,
    };
    if let Some(entities) = entities.map(|sheet| sheet.name) {
        warnings.push(format!(
            "the `{entities}` sheet (ODK Central's entity lists) is not read: every answer is kept, but no list is made or updated from them (`save_to`); a follow-up form that chooses from such a list reads it from a CSV file attached to that form"
        ));
    }
    let list_hint = ["choices", "external_choices"]
        .into_iter()
        .filter_map(misspelled)
        .collect::<Vec<_>>()
        .join("; ");

    let setting = |key: &str| -> Option<String> {
        let sheet = settings.as_ref()?;
        let (_, row) = sheet.rows.first()?;
        sheet
            .columns
            .iter()
            .position(|c| match c {
                Column::Attribute(name) => name.eq_ignore_ascii_case(key),
                Column::Known(name, None) => name.eq_ignore_ascii_case(key),
                _ => false,
            })
            .and_then(|i| row.get(i))
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };

    // A form that seals its records for the holder of a private key (ODK's and SurveyCTO's
    // encryption) promises that no server reads them. Sauti's server reads each record to
    // apply the project's policy, so it does not seal them: said first, before publishing.
    if setting("public_key").is_some() {
        warnings.insert(0, "settings sheet, column public_key: the form asks for its records to be sealed for the holder of a private key (as ODK and SurveyCTO do), so that no server can read them. Sauti does not do this: its server reads each record to apply the project's data policy (consent, withdrawal, what may be exported); records are encrypted on the phone and on the way, and the project's stewards read them here. Publish it only if the project agrees".into());
    }
    if let Some(url) = setting("submission_url") {
        warnings.push(format!(
            "settings sheet: records are sent to this server, not to the form's submission_url ({url})"
        ));
    }

    let stem = file_name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(file_name)
        .split('.')
        .next()
        .unwrap_or("form")
        .to_string();
    let id = setting("form_id")
        .or_else(|| setting("id_string"))
        .unwrap_or(stem);
    let default = setting("default_language").map(|l| headers::language(&l));
    let recoded = files::utf8_csvs(files, &mut warnings);
    let files = recoded.as_ref().unwrap_or(files);
    let mut b = Builder {
        default_language: default
            .as_ref()
            .map_or(crate::model::UNNAMED_LANGUAGE.into(), |l| l.code.clone()),
        languages: Vec::new(),
        rows: BTreeMap::new(),
        placed: names::Placed::default(),
        missing: BTreeSet::new(),
        warnings,
        files,
        external: Vec::new(),
    };
    for sheet in [
        Some(&survey),
        choices.as_ref(),
        external.as_ref(),
        settings.as_ref(),
    ]
    .into_iter()
    .flatten()
    {
        for (row, column) in sheet.straightened.iter().take(STRAIGHTENED_NAMED) {
            b.warnings.push(format!(
                "{} sheet, row {row}, column {column}: typographic quotes (‘ ’ “ ”) were read as straight quotes (' \"), as ODK reads them; type straight quotes in expressions",
                sheet.name
            ));
        }
        if sheet.straightened.len() > STRAIGHTENED_NAMED {
            b.warnings.push(format!(
                "{} sheet: {} more expression cells had typographic quotes, read as straight ones",
                sheet.name,
                sheet.straightened.len() - STRAIGHTENED_NAMED
            ));
        }
        if let (n, Some((found, text))) = &sheet.repaired {
            b.warnings.push(format!(
                "{} sheet: {n} cells held text garbled by being read as Windows-1252 (`{found}`), read as it was written (`{text}`); check a few, and fix the workbook's copy",
                sheet.name
            ));
        }
        if let Some(row) = sheet.unread_from {
            b.warnings.push(format!(
                "{} sheet, row {row}: not read, nor any row below it: it comes after more than {EMPTY_RUN} empty rows, where the form is taken to end",
                sheet.name
            ));
        }
    }
    if let Some(l) = &default {
        b.languages.push(Language {
            rtl: headers::is_rtl(&l.code),
            code: l.code.clone(),
            name: l.name.clone(),
        });
    }

    let duplicates = setting("allow_choice_duplicates");
    let mut choice_lists = read_choices(&mut b, choices.as_ref(), duplicates.clone(), false)?;
    for (list, entries) in read_choices(&mut b, external.as_ref(), duplicates, true)? {
        choice_lists.entry(list).or_insert(entries);
    }
    let mut body = read_survey(&mut b, &survey, &mut choice_lists)?;
    load_lookup_files(&mut b, &body, &mut choice_lists)?;
    if !b.missing.is_empty() {
        return Err(Error::FilesMissing(b.missing.into_iter().collect()));
    }
    // A name written alone (`my_form`) is no expression: Collect reads it as a path to
    // nothing and names its drafts as if none were given; so does Sauti, and says so.
    let instance_name = setting("instance_name").filter(|written| {
        let (read, lone) = lone_names_as_nothing(written);
        let alone = read == "''" && !lone.is_empty();
        if alone {
            b.warnings.push(format!(
                "settings sheet, row 2, column instance_name: `{written}` is neither an expression nor a ${{reference}}, so it names no record; drafts are named from their first answers. To name records, write for example concat(${{name}}, ' ', ${{village}})"
            ));
        }
        !alone
    });
    let written = names::written_paths(&body);
    let renamed = names::disambiguate(
        &survey.name,
        &mut body,
        instance_name.as_deref(),
        &b.placed,
        &mut b.rows,
    )?;
    b.warnings.extend(renamed);
    names::resolve_paths(&survey.name, &mut body, &written, &b.rows)?;
    implicit::add_instance_id(&mut body, instance_name.as_deref());
    drop_unknown_choice_defaults(&mut b, &survey.name, &mut body, &choice_lists);
    drop_unreadable_number_defaults(&mut b, &survey.name, &mut body);

    if b.languages.iter().all(|l| l.code != b.default_language) {
        let used_default = body.iter().any(|n| uses_language(n, &b.default_language));
        if used_default || b.languages.is_empty() {
            b.languages.insert(
                0,
                Language {
                    code: b.default_language.clone(),
                    name: "Default".into(),
                    rtl: false,
                },
            );
        }
    }
    let turned = direction::settle(&mut b.languages, &body);
    b.warnings.extend(turned);
    b.warnings.extend(zawgyi::warnings(&b.languages, &body));
    let default_language = if b.languages.iter().any(|l| l.code == b.default_language) {
        b.default_language.clone()
    } else {
        b.languages[0].code.clone()
    };
    let title = setting("form_title")
        .or_else(|| setting("title"))
        .unwrap_or_else(|| id.clone());
    let form = Form {
        id,
        version: setting("version").unwrap_or_default(),
        title: Text::single(&default_language, &title),
        default_language,
        languages: b.languages.clone(),
        body,
        choices: choice_lists,
        style: setting("style").unwrap_or_default(),
        instance_name,
    };
    match form.clone().compile() {
        // First in the list: a question no answer passes stops every interview there,
        // and a long list of duplicate choices must not hide it.
        Ok(compiled) => {
            // A seed naming no question (`Form::compile` reads it as no number).
            for (name, row) in &b.rows {
                let Some(node) = compiled.node(name) else {
                    continue;
                };
                if let Ok(crate::shuffle::Order::Seeded(seed)) = node.order()
                    && compiled.exprs(name).is_none_or(|e| e.seed.is_none())
                {
                    return Err(sheet_error(
                        &survey.name,
                        *row,
                        "parameters",
                        format!("`{name}`: the seed `{seed}` names no question of the form"),
                    ));
                }
            }
            let mut dead = dead_ends::unanswerable(&compiled, &b.rows, &survey.name);
            dead.extend(dead_ends::empty_cascades(&compiled, &b.rows, &survey.name));
            b.warnings.splice(0..0, dead);
        }
        Err(e) => {
            return Err(match e {
                // The settings sheet's one row of values.
                Error::Node {
                    column, message, ..
                } if column == "instance_name" => Error::XlsForm {
                    sheet: "settings".into(),
                    row: Some(2),
                    column: Some(column),
                    message,
                },
                Error::Node {
                    name,
                    column,
                    message,
                } => {
                    let row = b.rows.get(&name).copied();
                    let written_type = row
                        .and_then(|r| survey.rows.iter().find(|(n, _)| *n == r))
                        .and_then(|(_, cells)| survey.get(cells, "type"))
                        .unwrap_or_default();
                    let message = missing_list_message(
                        &message,
                        &written_type,
                        external.is_some(),
                        &list_hint,
                    );
                    Error::XlsForm {
                        sheet: survey.name.clone(),
                        row,
                        message: format!("`{name}`: {message}"),
                        column: Some(column),
                    }
                }
                other => other,
            });
        }
    }
    Ok(Imported {
        form,
        warnings: b.warnings,
    })
}

/// The compile error for a list no sheet defines, said where it is looked for: a
/// `select_one_external` reads the `external_choices` sheet (ODK loads it from a CSV), and a
/// sheet named nearly right is named with the name to give it (`hint`).
fn missing_list_message(
    message: &str,
    written_type: &str,
    has_external: bool,
    hint: &str,
) -> String {
    if !message.contains("is not defined in the choices sheet") {
        return message.to_string();
    }
    let external = written_type
        .split_whitespace()
        .next()
        .is_some_and(|t| t.ends_with("_external"));
    let message = if external && !has_external {
        message.replace(
            "is not defined in the choices sheet",
            "is not defined: a `select_one_external` question's choices are read from the `external_choices` sheet, which this workbook does not have (add it, or make the question a `select_one` of the choices sheet)",
        )
    } else if external {
        message.replace(
            "is not defined in the choices sheet",
            "is not defined in the external_choices sheet",
        )
    } else {
        message.to_string()
    };
    if hint.is_empty() {
        message
    } else {
        format!("{message} ({hint})")
    }
}

fn uses_language(node: &Node, code: &str) -> bool {
    node.label.0.contains_key(code) || node.children.iter().any(|c| uses_language(c, code))
}

/// At most this many cells with typographic quotes are named one by one, on each sheet.
const STRAIGHTENED_NAMED: usize = 20;

/// At most this many duplicate choices of an `external_choices` sheet are named one by one.
const DUPLICATES_NAMED: usize = 20;

/// The lists of a choices sheet. On an `external_choices` sheet (`external`), which the
/// reference converter does not check, a name written twice in a list is kept twice with
/// a warning, as Collect keeps every row of the itemset it is given: a cascade's `other`
/// under each district is one row per district, and the filter picks the one offered.
fn read_choices(
    b: &mut Builder,
    sheet: Option<&Sheet>,
    allow_duplicates: Option<String>,
    external: bool,
) -> Result<BTreeMap<String, Vec<Choice>>, Error> {
    let mut lists: BTreeMap<String, Vec<Choice>> = BTreeMap::new();
    let Some(sheet) = sheet else { return Ok(lists) };
    let duplicates_ok = flag(allow_duplicates).unwrap_or(false);
    let mut duplicates = 0;
    // The names already in each list: admin lists run to tens of thousands of rows, too
    // many to search the list for each new one.
    let mut seen: std::collections::HashSet<(String, String)> = std::collections::HashSet::new();
    // A sheet without a `name` column at all (a lookup table pasted in, its columns
    // `v_name`, `v_label`): said once, naming the columns it has, not as row 2's fault.
    let has_name = sheet
        .columns
        .iter()
        .any(|c| matches!(c, Column::Known("name", None)));
    if !has_name
        && sheet
            .rows
            .iter()
            .any(|(_, row)| sheet.get(row, "list_name").is_some())
    {
        let columns: Vec<String> = sheet
            .columns
            .iter()
            .filter(|c| !matches!(c, Column::Attribute(name) if name.trim().is_empty()))
            .map(|c| match c {
                Column::Known(name, None) => format!("`{name}`"),
                Column::Known(name, Some(language)) => format!("`{name}::{language}`"),
                Column::Attribute(name) => format!("`{name}`"),
            })
            .collect();
        return Err(Error::XlsForm {
            sheet: sheet.name.clone(),
            row: Some(1),
            column: None,
            message: format!(
                "the sheet has no `name` column, the value stored when a choice is chosen (its columns: {})",
                columns.join(", ")
            ),
        });
    }
    for (number, row) in &sheet.rows {
        let Some(list) = sheet.get(row, "list_name") else {
            continue;
        };
        let name = sheet.get(row, "name").ok_or_else(|| {
            sheet_error(
                &sheet.name,
                *number,
                "name",
                "a choice needs a name (the value stored when it is chosen)",
            )
        })?;
        let label = b.text(sheet, row, "label");
        let entries = lists.entry(list.clone()).or_default();
        let again = !seen.insert((list.clone(), name.clone()));
        if external && !duplicates_ok && again {
            duplicates += 1;
            if duplicates <= DUPLICATES_NAMED {
                b.warnings.push(format!(
                    "{} sheet, row {number}: the choice `{name}` appears again in list `{list}`; both rows are kept, as Collect keeps them (the choice filter picks which one is offered)",
                    sheet.name
                ));
            }
        } else if !duplicates_ok && again {
            return Err(sheet_error(
                &sheet.name,
                *number,
                "name",
                format!(
                    "the choice `{name}` appears twice in list `{list}`; names in a list must differ (or set allow_choice_duplicates in settings)"
                ),
            ));
        }
        entries.push(Choice {
            name,
            label,
            attributes: {
                let mut attributes = sheet.attributes(row);
                b.media(sheet, row, &mut attributes);
                // A choice's `hint` is not shown (nor by Collect), but like any other
                // column it is a cell of the list a calculation may look up
                // (`instance('reference')/root/item[name = 'Q1']/hint`).
                if let Some(hint) = sheet.get(row, "hint") {
                    attributes.insert("hint".into(), hint);
                }
                attributes
            },
        });
    }
    if duplicates > DUPLICATES_NAMED {
        b.warnings.push(format!(
            "{} sheet: {} more choices appear again in their list, kept as the ones above",
            sheet.name,
            duplicates - DUPLICATES_NAMED
        ));
    }
    Ok(lists)
}

fn read_survey(
    b: &mut Builder,
    sheet: &Sheet,
    lists: &mut BTreeMap<String, Vec<Choice>>,
) -> Result<Vec<Node>, Error> {
    // Open groups, repeats and loops: (node, row where it began, the list a loop is over).
    let mut stack: Vec<(Node, usize, Option<String>)> = Vec::new();
    let mut top: Vec<Node> = Vec::new();
    let push = |stack: &mut Vec<(Node, usize, Option<String>)>, top: &mut Vec<Node>, node: Node| {
        match stack.last_mut() {
            Some((parent, _, _)) => parent.children.push(node),
            None => top.push(node),
        }
    };
    for (number, row) in &sheet.rows {
        let number = *number;
        let Some(type_cell) = sheet.get(row, "type") else {
            if let Some(name) = sheet.get(row, "name") {
                b.warnings.push(format!(
                    "{} sheet, row {number}: `{name}` has no type and was skipped",
                    sheet.name
                ));
            }
            continue;
        };
        let row_type =
            types::parse(&type_cell).map_err(|m| sheet_error(&sheet.name, number, "type", m))?;
        // A file expressions read: loaded now, no question.
        if let RowType::External { extension } = row_type {
            let name = sheet.get(row, "name").ok_or_else(|| {
                sheet_error(&sheet.name, number, "name", "`csv-external` and `xml-external` need the name expressions read the file by, as in instance('households')")
            })?;
            let file = format!("{name}.{extension}");
            if !b.files.contains_key(&file) {
                b.missing.insert(file);
                continue;
            }
            // Read after the survey, unless a select reads it as its choices first.
            b.external.push(file);
            continue;
        }
        let loop_over = match &row_type {
            RowType::BeginLoop { list } => Some(list.clone()),
            _ => None,
        };
        let (kind, or_other) = match row_type {
            RowType::EndGroup | RowType::EndRepeat | RowType::EndLoop => {
                let Some((node, _, over)) = stack.pop() else {
                    return Err(sheet_error(
                        &sheet.name,
                        number,
                        "type",
                        format!(
                            "`{type_cell}` closes nothing: there is no open group, repeat or loop above it"
                        ),
                    ));
                };
                let opened = match (&over, &node.kind) {
                    (Some(_), _) => RowType::EndLoop,
                    (None, Kind::Repeat) => RowType::EndRepeat,
                    (None, _) => RowType::EndGroup,
                };
                if opened != row_type {
                    let opened = match opened {
                        RowType::EndLoop => "begin loop",
                        RowType::EndRepeat => "begin repeat",
                        _ => "begin group",
                    };
                    return Err(sheet_error(
                        &sheet.name,
                        number,
                        "type",
                        format!(
                            "`{type_cell}` closes `{}`, which was opened with `{opened}`",
                            node.name
                        ),
                    ));
                }
                let node = match over {
                    Some(list) => {
                        let choices = lists.get(&list).map(Vec::as_slice).unwrap_or_default();
                        let node = loops::expand(node, choices, &b.default_language);
                        // Errors about a copy name the row of the question it copies.
                        let begun = b.rows.get(&node.name).copied().unwrap_or(number);
                        for (group, choice) in node.children.iter().zip(choices) {
                            b.rows.insert(group.name.clone(), begun);
                            let mut copies = std::collections::BTreeSet::new();
                            loops::collect_names(&group.children, &mut copies);
                            for copy in copies {
                                let original = copy
                                    .strip_suffix(&format!("_{}", choice.name))
                                    .and_then(|o| b.rows.get(o).copied());
                                b.rows.insert(copy, original.unwrap_or(begun));
                            }
                        }
                        node
                    }
                    None => node,
                };
                push(&mut stack, &mut top, node);
                continue;
            }
            RowType::BeginGroup => (Kind::Group, false),
            RowType::BeginRepeat => (Kind::Repeat, false),
            RowType::BeginLoop { list } => {
                if !lists.contains_key(&list) {
                    return Err(sheet_error(
                        &sheet.name,
                        number,
                        "type",
                        format!(
                            "the loop is over `{list}`, which is not a list of the choices sheet"
                        ),
                    ));
                }
                (Kind::Group, false)
            }
            RowType::Question { kind, or_other } => (kind, or_other),
            RowType::External { .. } => continue,
        };
        // `search('villages', …)`: the choices come from a CSV file, filtered.
        let mut appearance = sheet.get(row, "appearance");
        let mut choice_filter = sheet.get(row, "choice_filter");
        let kind = match (
            kind.choice_list(),
            appearance.as_deref().and_then(search::parse),
        ) {
            (Some(list), Some(found)) => {
                let found = found.map_err(|m| sheet_error(&sheet.name, number, "appearance", m))?;
                let (list, filter) = searched_list(b, list, &found, lists)
                    .map_err(|m| sheet_error(&sheet.name, number, "appearance", m))?;
                if let Some(filter) = filter {
                    choice_filter = Some(match choice_filter {
                        Some(own) => format!("({own}) and {filter}"),
                        None => filter,
                    });
                }
                appearance = Some(found.rest).filter(|r| !r.is_empty());
                kind.with_list(list)
            }
            _ => kind,
        };
        // Appearance words are matched without case, as Collect does (`Field-List` is a
        // field list there): the known ones kept in lower case, so every reader agrees.
        let appearance = appearance.map(|a| appearance::normalise(&a));
        // Only a list's choices are filtered: the reference converter ignores the column on
        // any other row (a text question left from a select, or `field list` written one
        // column too far on a group), and so does Sauti, saying so.
        if kind.choice_list().is_none()
            && let Some(filter) = choice_filter.take()
        {
            b.warnings.push(format!(
                "{} sheet, row {number}, column choice_filter: `{filter}` is ignored: only a select's choices are filtered{}",
                sheet.name,
                if matches!(kind, Kind::Group | Kind::Repeat) {
                    " (was it meant for the appearance column?)"
                } else {
                    ""
                }
            ));
        }
        // A list from a file attached to the form: read it once, at its first use.
        if let Some(list) = kind.choice_list()
            && (list.ends_with(".csv") || list.ends_with(".xml") || list.ends_with(".geojson"))
            && !lists.contains_key(list)
        {
            let choices = match b.files.get(list) {
                // Read as empty to go on finding every missing file.
                None => {
                    b.missing.insert(list.to_string());
                    Vec::new()
                }
                Some(bytes) => if list.ends_with(".xml") {
                    files::read_xml(b, list, bytes, false)
                } else if list.ends_with(".geojson") {
                    files::read_geojson(b, list, bytes)
                } else {
                    files::read_csv(b, list, bytes)
                }
                .map_err(|message| sheet_error(&sheet.name, number, "type", message))?,
            };
            lists.insert(list.to_string(), choices);
        }
        // A note needs no name (the reference converter makes one up the same way).
        let name = match (sheet.get(row, "name"), &kind) {
            (Some(name), _) => name,
            (None, Kind::Note) => format!("generated_note_name_{number}"),
            // `audit` and the like are named after what they capture, as pyxform does.
            (None, Kind::Meta { field }) => field.clone(),
            (None, _) => {
                return Err(sheet_error(
                    &sheet.name,
                    number,
                    "name",
                    "every question, group and repeat needs a name",
                ));
            }
        };
        if !name
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '_')
            || !name
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
        {
            return Err(sheet_error(
                &sheet.name,
                number,
                "name",
                format!(
                    "`{name}` is not a valid name: start with a letter or _, then use letters, digits, _, - or ."
                ),
            ));
        }
        b.rows.entry(name.clone()).or_insert(number);
        let parents: Vec<String> = stack.iter().map(|(n, _, _)| n.name.clone()).collect();
        b.placed
            .place(&sheet.name, parents.clone(), &name, number)?;
        // `yes`/`no`, or an expression: required only while it holds.
        let (required, required_if) = match flag(sheet.get(row, "required")) {
            Ok(r) => (r, None),
            Err(words) if crate::expr::Expr::parse(&words).is_err() && mere_words(&words) => {
                b.warnings.push(format!(
                    "{} sheet, row {number}, column required: `{words}` is neither yes/no nor an expression, so `{name}` is not required (as Collect and Enketo read it); write yes or no",
                    sheet.name
                ));
                (false, None)
            }
            Err(expression) => (false, Some(expression)),
        };
        let read_only = flag(sheet.get(row, "read_only")).unwrap_or(false);
        if let Some(appearance) = &appearance {
            let unknown = appearance::unknown(appearance);
            if !unknown.is_empty() {
                b.warnings.push(format!(
                    "{} sheet, row {number}: `{name}` asks for the appearance `{}`, which Sauti does not draw yet; it is shown with its usual widget",
                    sheet.name,
                    unknown.join(" ")
                ));
            }
        }
        let mut attributes = sheet.attributes(row);
        b.media(sheet, row, &mut attributes);
        for extra in ["trigger", "parameters"] {
            if let Some(v) = sheet.get(row, extra) {
                attributes.insert(extra.into(), v);
            }
        }
        let kind = match kind {
            Kind::Range { start, end, step } => range_scale(&attributes, (start, end, step))
                .map_err(|m| sheet_error(&sheet.name, number, "parameters", m))?,
            kind => kind,
        };
        // `randomize` and `seed`, refused as pyxform refuses them (`Form::compile` lets a
        // stored form through with its choices as listed).
        if matches!(
            kind,
            Kind::SelectOne { .. } | Kind::SelectMultiple { .. } | Kind::Rank { .. }
        ) {
            let probe = Node {
                attributes: attributes.clone(),
                ..blank_node()
            };
            let order = probe
                .order()
                .map_err(|m| sheet_error(&sheet.name, number, "parameters", m))?;
            // A table's columns are its header's: a row shuffled on its own would put its
            // buttons under other choices' labels, so a table shows them as listed.
            let in_table = stack
                .last()
                .is_some_and(|(group, _, _)| group.has_appearance("table-list"))
                || appearance.as_deref().is_some_and(|a| {
                    a.split_whitespace()
                        .any(|w| w == "label" || w == "list-nolabel")
                });
            if in_table && !matches!(order, crate::shuffle::Order::AsListed) {
                b.warnings.push(format!(
                    "{} sheet, row {number}, column parameters: `{name}` is a row of a table (`table-list`, `label` or `list-nolabel`), whose choices keep the header's order: `randomize` is not applied there",
                    sheet.name
                ));
            }
        }
        if let Kind::Range { start, end, step } = kind {
            let (low, high) = crate::validate::scale_bounds(start, end, step);
            let f = crate::num::format;
            if step != 0.0 && start != end && (low, high) != (start.min(end), start.max(end)) {
                b.warnings.push(format!(
                    "{} sheet, row {number}, column parameters: `{name}`: the range from {} to {} is not a whole number of steps of {}; ODK Collect shows the question disabled, Sauti offers {} to {} (change an end or the step)",
                    sheet.name,
                    f(start),
                    f(end),
                    f(step),
                    f(low),
                    f(high)
                ));
            }
        }
        // `percentage` and the old day counts bring their bounds with them.
        let implied = types::implied_bounds(&type_cell);
        let mut hint = b.text(sheet, row, "hint");
        if let Some((_, Some(implied_hint))) = implied
            && hint.0.is_empty()
        {
            hint.0
                .insert(b.default_language.clone(), implied_hint.to_string());
        }
        let node = Node {
            name: name.clone(),
            label: b.text(sheet, row, "label"),
            hint,
            guidance: b.text(sheet, row, "guidance_hint"),
            required,
            required_if,
            relevant: binding_word(sheet.get(row, "relevant")),
            constraint: binding_word(sheet.get(row, "constraint"))
                .or_else(|| implied.map(|(constraint, _)| constraint.to_string())),
            constraint_message: b.text(sheet, row, "constraint_message"),
            calculation: calculation(b, sheet, row, number),
            appearance,
            // `${last-saved#name}`: the answer in the last record of the form saved on the
            // phone (`prefill::apply_defaults` reads it there).
            default: sheet.get(row, "default"),
            read_only,
            required_message: b.text(sheet, row, "required_message"),
            choice_filter,
            repeat_count: sheet.get(row, "repeat_count"),
            attributes,
            children: Vec::new(),
            kind,
        };
        let mut node = node;
        for (column, expression) in [
            ("constraint", &mut node.constraint),
            ("relevant", &mut node.relevant),
            ("calculation", &mut node.calculation),
        ] {
            if let Some(escaped) = expression
                .as_deref()
                .and_then(patterns::escape_class_dashes)
            {
                b.warnings.push(format!(
                    "{} sheet, row {number}, column {column}: in the regular expression, a `-` beside a class such as `\\w` is a plain `-` for Collect and Enketo; it is written `\\-` (`{escaped}`)",
                    sheet.name
                ));
                *expression = Some(escaped);
            }
            if let Some(class) = expression.as_deref().and_then(patterns::bare_posix_class) {
                let name = &class[2..class.len() - 2];
                b.warnings.push(format!(
                    "{} sheet, row {number}, column {column}: in the regular expression, `{class}` is a bracket of the characters in `:{name}:` for Collect and Enketo, not a class: write `[{class}]` (or `[0-9]` for digits)",
                    sheet.name
                ));
            }
        }
        if !node.kind.has_children() {
            for (column, expression) in [
                ("relevant", &mut node.relevant),
                ("constraint", &mut node.constraint),
                ("calculation", &mut node.calculation),
                ("required", &mut node.required_if),
            ] {
                let Some(source) = expression.as_deref() else {
                    continue;
                };
                let (read, mut names) = lone_names_as_nothing(source);
                if names.is_empty() {
                    continue;
                }
                *expression = Some(read);
                // `null` written for "no value" (common in Kobo forms) reads as the empty
                // value its author meant: nothing to warn about.
                names.retain(|n| !n.eq_ignore_ascii_case("null"));
                if names.is_empty() {
                    continue;
                }
                b.warnings.push(format!(
                    "{} sheet, row {number}, column {column}: {} written without ${{}}: for Collect and Enketo a name alone is a path inside `{name}`, which holds nothing, so it reads as empty; write ${{{}}} for the question",
                    sheet.name,
                    names
                        .iter()
                        .map(|n| format!("`{n}`"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    names[0]
                ));
            }
        }
        if node.kind.has_children() {
            stack.push((node, number, loop_over));
            continue;
        }
        let other = or_other.then(|| {
            if let Some(list) = node.kind.choice_list()
                && let Some(choices) = lists.get_mut(list)
                && !choices.iter().any(|c| c.name == "other")
            {
                let mut label = Text::default();
                // In the languages the list is written in, as pyxform does.
                let written: BTreeSet<&String> =
                    choices.iter().flat_map(|c| c.label.0.keys()).collect();
                for lang in written {
                    label.0.insert(lang.clone(), "Other".into());
                }
                if label.is_empty() {
                    label.0.insert(b.default_language.clone(), "Other".into());
                }
                choices.push(Choice {
                    name: "other".into(),
                    label,
                    attributes: BTreeMap::new(),
                });
            }
            Node {
                name: format!("{name}_other"),
                kind: Kind::Text,
                label: Text::single(&b.default_language, "Specify other."),
                relevant: Some(format!("selected(${{{name}}}, 'other')")),
                ..blank_node()
            }
        });
        push(&mut stack, &mut top, node);
        if let Some(other) = other {
            b.rows.entry(other.name.clone()).or_insert(number);
            b.placed.place(&sheet.name, parents, &other.name, number)?;
            push(&mut stack, &mut top, other);
        }
    }
    if let Some((node, begun, over)) = stack.pop() {
        let what = match (&over, &node.kind) {
            (Some(_), _) => "loop",
            (None, Kind::Repeat) => "repeat",
            (None, _) => "group",
        };
        return Err(sheet_error(
            &sheet.name,
            begun,
            "type",
            format!(
                "the {what} `{}` is never closed: add a row `end {what}` after its last question",
                node.name
            ),
        ));
    }
    Ok(top)
}

/// A range's scale from its `parameters` (`start=0 end=100 step=5`), XLSForm's defaults
/// for what is not given.
fn range_scale(
    attributes: &BTreeMap<String, String>,
    (start, end, step): (f64, f64, f64),
) -> Result<Kind, String> {
    let probe = Node {
        attributes: attributes.clone(),
        ..blank_node()
    };
    let read = |key: &str, default: f64| -> Result<f64, String> {
        match probe.parameter(key) {
            None => Ok(default),
            Some(v) => crate::num::parse_decimal(&v)
                .filter(|n| n.is_finite())
                .ok_or_else(|| format!("the range's `{key}` must be a number, not `{v}`")),
        }
    };
    // The scale itself is checked by `Form::compile`, for forms from any source.
    let (start, end, step) = (
        read("start", start)?,
        read("end", end)?,
        read("step", step)?,
    );
    Ok(Kind::Range { start, end, step })
}

/// The list a `search()` reads: the attached CSV file, its values and labels in the
/// columns the question's list on the choices sheet names, read once per file and list.
/// Returns the list's name and the search's filter as a choice filter.
fn searched_list(
    b: &mut Builder,
    list: &str,
    search: &search::Search,
    lists: &mut BTreeMap<String, Vec<Choice>>,
) -> Result<(String, Option<String>), String> {
    let template = lists.get(list).and_then(|l| l.first()).ok_or_else(|| {
        format!(
            "search() needs the list `{list}` on the choices sheet, with one row: the CSV column of the values under `name`, the column of the labels under `label`"
        )
    })?;
    let columns = files::Columns {
        name: template.name.clone(),
        labels: template
            .label
            .0
            .iter()
            .map(|(lang, column)| (column.clone(), lang.clone()))
            .collect(),
        needed: search
            .filter
            .iter()
            .flat_map(|f| f.columns())
            .map(str::to_string)
            .collect(),
    };
    if let Some(reference) = &search.named_by {
        return named_list(b, list, reference, &columns, search, lists);
    }
    let file = &search.file;
    let key = format!("{list}~{}", file.trim_end_matches(".csv"));
    if !lists.contains_key(&key) {
        let choices = match b.files.get(file) {
            Some(bytes) => files::read_csv_as(file, bytes, &columns)?,
            None => {
                b.missing.insert(file.clone());
                Vec::new()
            }
        };
        lists.insert(key.clone(), choices);
    }
    Ok((key, search_filter(search, &columns)))
}

/// A `search()`'s filter as a choice filter: the values' column is the choice's name; any
/// other column is read as itself.
fn search_filter(search: &search::Search, columns: &files::Columns) -> Option<String> {
    search.filter.as_ref().map(|f| {
        f.expression(|c| {
            if c.eq_ignore_ascii_case(&columns.name) {
                "name".to_string()
            } else {
                c.to_string()
            }
        })
    })
}

/// The column a list read from several files names each row's file by (its stem), for
/// a `search()` whose file an answer names.
const FILE_COLUMN: &str = "_file";

/// A `search(${district}, …)` list: Collect opens the file the answer names (`D0402`
/// opens `D0402.csv`). Every attached CSV file with the columns the search reads is read
/// into one list, each row marked with its file's stem, and the filter keeps the rows of
/// the file the answer names; an answer that names no attached file offers no choices, as
/// in Collect. Warns which files were read.
fn named_list(
    b: &mut Builder,
    list: &str,
    reference: &str,
    columns: &files::Columns,
    search: &search::Search,
    lists: &mut BTreeMap<String, Vec<Choice>>,
) -> Result<(String, Option<String>), String> {
    let key = format!(
        "{list}~{}",
        reference.trim_start_matches("${").trim_end_matches('}')
    );
    let mut read = Vec::new();
    if !lists.contains_key(&key) {
        let mut choices = Vec::new();
        for (file, bytes) in b.files.iter() {
            let Some(stem) = file.strip_suffix(".csv") else {
                continue;
            };
            // A file without the columns is another list (`itemsets.csv`): not this one.
            let Ok(rows) = files::read_csv_as(file, bytes, columns) else {
                continue;
            };
            read.push(file.clone());
            choices.extend(rows.into_iter().map(|mut c| {
                c.attributes.insert(FILE_COLUMN.into(), stem.to_string());
                c
            }));
        }
        lists.insert(key.clone(), choices);
        b.warnings.push(format!(
            "search() reads the file the answer to `{reference}` names, as Collect does: the attached files with the columns it needs are read ({}), and an answer that names no attached file offers no choices",
            if read.is_empty() { "none is attached yet".to_string() } else { read.join(", ") }
        ));
    }
    let own = format!("{FILE_COLUMN} = {reference}");
    let filter = search_filter(search, columns);
    Ok((
        key,
        Some(filter.map_or(own.clone(), |f| format!("{f} and {own}"))),
    ))
}

/// Files only expressions read (`pulldata('households', …)`, `instance('households')`),
/// loaded from the attached files when no select loaded them: preloads, which need no
/// `name` column. A name no file matches is left for `Form::compile` to refuse.
fn load_lookup_files(
    b: &mut Builder,
    body: &[Node],
    lists: &mut BTreeMap<String, Vec<Choice>>,
) -> Result<(), Error> {
    // `dynamic`: the first arguments of `pulldata()` calls that name their file by an
    // answer (`pulldata(${district}, …)`).
    fn read(
        node: &Node,
        names: &mut std::collections::BTreeSet<String>,
        dynamic: &mut std::collections::BTreeSet<String>,
    ) {
        let expressions = [
            &node.calculation,
            &node.relevant,
            &node.constraint,
            &node.choice_filter,
            &node.default,
            &node.required_if,
            &node.repeat_count,
        ];
        for source in expressions.into_iter().flatten() {
            let Ok(expr) = crate::expr::Expr::parse(source) else {
                continue;
            };
            expr.walk(&mut |e| match e {
                crate::expr::Expr::Lookup { list, .. } => {
                    names.insert(list.clone());
                }
                crate::expr::Expr::Call(crate::expr::Function::Pulldata, args) => {
                    match args.first() {
                        Some(crate::expr::Expr::Str(list)) => {
                            names.insert(list.clone());
                        }
                        Some(other) => {
                            dynamic.insert(other.to_string());
                        }
                        None => {}
                    }
                }
                _ => {}
            });
        }
        for child in &node.children {
            read(child, names, dynamic);
        }
    }
    let (mut names, mut dynamic) = Default::default();
    for node in body {
        read(node, &mut names, &mut dynamic);
    }
    // `pulldata(${district}, …)` reads the file the answer names (Collect evaluates the
    // argument): every attached CSV file is read, each a list named by its stem.
    if !dynamic.is_empty() {
        let stems: Vec<String> = b
            .files
            .keys()
            .filter_map(|f| f.strip_suffix(".csv"))
            .filter(|stem| !lists.contains_key(&format!("{stem}.csv")))
            .map(str::to_string)
            .collect();
        b.warnings.push(format!(
            "pulldata() reads the file the answer to {} names, as Collect does: the attached CSV files are read ({}), and an answer that names no attached file reads nothing",
            dynamic.into_iter().map(|d| format!("`{d}`")).collect::<Vec<_>>().join(", "),
            if stems.is_empty() { "none is attached yet".to_string() } else { stems.iter().map(|s| format!("{s}.csv")).collect::<Vec<_>>().join(", ") }
        ));
        names.extend(stems);
    }
    // Declared files first (their exact name), then each name an expression reads: a
    // name is a file's without its extension, or the file's own name
    // (`pulldata('imei.csv', …)`: Collect drops the `.csv` it is given).
    let declared = std::mem::take(&mut b.external);
    let candidates = declared.into_iter().map(|f| vec![f]).chain(
        names
            .into_iter()
            .filter(|name| !lists.contains_key(name))
            .map(|name| {
                if name.ends_with(".csv") || name.ends_with(".xml") {
                    vec![name]
                } else {
                    vec![format!("{name}.csv"), format!("{name}.xml")]
                }
            }),
    );
    for files_of_name in candidates.collect::<Vec<_>>() {
        if files_of_name.iter().any(|f| lists.contains_key(f)) {
            continue;
        }
        // `instance('buildings')` reads `buildings.geojson` (ODK names a file's instance
        // without its extension): the features are kept under that name too.
        if let [csv, ..] = files_of_name.as_slice()
            && let Some(name) = csv.strip_suffix(".csv")
        {
            let geojson = format!("{name}.geojson");
            if let Some(features) = lists.get(&geojson) {
                lists.insert(name.to_string(), features.clone());
                continue;
            }
            if let Some(bytes) = b.files.get(&geojson) {
                let features =
                    files::read_geojson(b, &geojson, bytes).map_err(|message| Error::XlsForm {
                        sheet: "survey".into(),
                        row: None,
                        column: None,
                        message,
                    })?;
                lists.insert(name.to_string(), features);
                continue;
            }
        }
        let Some(file) = files_of_name
            .iter()
            .find(|f| b.files.contains_key(*f))
            .cloned()
        else {
            // `pulldata('households', …)` with no file: most often a CSV.
            if let Some(first) = files_of_name.into_iter().next() {
                b.missing.insert(first);
            }
            continue;
        };
        let attached = b.files;
        let bytes = &attached[&file];
        let loaded = if file.ends_with(".xml") {
            files::read_xml(b, &file, bytes, true)
        } else {
            files::read_csv_for_lookups(b, &file, bytes)
        }
        .map(|c| (file, c));
        let (file, choices) = loaded.map_err(|message| Error::XlsForm {
            sheet: "survey".into(),
            row: None,
            column: None,
            message,
        })?;
        lists.insert(file, choices);
    }
    Ok(())
}

fn blank_node() -> Node {
    Node::new(String::new(), Kind::Text)
}

/// An `.xlsx` with a survey sheet and, when given rows, a choices sheet: the small
/// XLSForms the importer's tests read.
#[cfg(test)]
pub(crate) fn test_workbook(survey: &[&[&str]], choices: &[&[&str]]) -> Vec<u8> {
    test_book(&[("survey", survey), ("choices", choices)])
}

/// An `.xlsx` of the named sheets given (those with rows).
#[cfg(test)]
pub(crate) fn test_book(sheets: &[(&str, &[&[&str]])]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    for &(name, rows) in sheets {
        if rows.is_empty() {
            continue;
        }
        let sheet = book.add_worksheet();
        sheet.set_name(name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                sheet.write_string(r as u32, c as u16, *cell).unwrap();
            }
        }
    }
    book.save_to_buffer().unwrap()
}

#[cfg(test)]
mod tests;

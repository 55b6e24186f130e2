//! XLSX exports: one workbook, a sheet per table (the records, then each repeat's linked
//! table), written with `rust_xlsxwriter` in constant-memory mode: each sheet's rows go to
//! a temporary file as they are written, so memory stays flat, and the workbook is zipped
//! into a temporary file that is then streamed. Cells are typed as their columns are
//! (numbers a spreadsheet adds up, dates and UTC times it sorts, text); a text cell is
//! always a text cell, never a formula, so nothing a respondent typed can run.

use axum::body::Bytes;
use forms::model::Answers;
use futures_util::StreamExt;
use rust_xlsxwriter::Workbook;
use tokio::io::AsyncReadExt;

use super::{CHUNK, CellKind, Export, Summary, Table};
use crate::db::Db;
use crate::error::{Error, Result};

/// Rows a sheet can hold (Excel's limit), header and HXL rows included.
const MAX_ROWS: u32 = 1_048_576;
/// Characters a cell can hold (Excel's limit).
const MAX_CELL: usize = 32_767;

fn xlsx_error(e: rust_xlsxwriter::XlsxError) -> Error {
    anyhow::anyhow!("xlsx: {e}").into()
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(table: &Table) -> String {
    let name = match table {
        Table::Main => "records".to_string(),
        Table::Repeat(chain) => chain.last().cloned().unwrap_or_default(),
    };
    name.chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect()
}

/// A `YYYY-MM-DD` date or a `YYYY-MM-DDTHH:MM:SS.mmmZ` time as an Excel date.
fn excel_time(text: &str) -> Option<rust_xlsxwriter::ExcelDateTime> {
    let number = |range: std::ops::Range<usize>| text.get(range)?.parse::<u16>().ok();
    let date = rust_xlsxwriter::ExcelDateTime::from_ymd(
        number(0..4)?,
        u8::try_from(number(5..7)?).ok()?,
        u8::try_from(number(8..10)?).ok()?,
    )
    .ok()?;
    if text.len() == 10 {
        return Some(date);
    }
    date.and_hms_milli(
        number(11..13)?,
        u8::try_from(number(14..16)?).ok()?,
        u8::try_from(number(17..19)?).ok()?,
        number(20..23).unwrap_or(0),
    )
    .ok()
}

fn cell(text: &str) -> &str {
    match text.char_indices().nth(MAX_CELL) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

impl Export {
    pub(super) async fn write_xlsx(
        &self,
        db: &Db,
        actor: &str,
        recipient: &str,
        tx: &tokio::sync::mpsc::Sender<std::io::Result<Bytes>>,
        export_id: i64,
        suppressed: u64,
    ) -> Result<Summary> {
        let dir = tempfile::tempdir()?;
        let mut book = Workbook::new();
        book.set_tempdir(dir.path()).map_err(xlsx_error)?;
        let mut next_row = Vec::new();
        for layout in &self.layouts {
            let sheet = book
                .add_worksheet_with_constant_memory()
                .map_err(xlsx_error)?;
            sheet
                .set_name(sheet_name(&layout.table))
                .map_err(xlsx_error)?;
            sheet.write_row(0, 0, layout.header()).map_err(xlsx_error)?;
            let mut row = 1;
            if self.hxl {
                sheet
                    .write_row(1, 0, layout.hxl_row())
                    .map_err(xlsx_error)?;
                row = 2;
            }
            next_row.push(row);
        }
        let kinds: Vec<Vec<CellKind>> = self.layouts.iter().map(|l| l.kinds()).collect();
        let day = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
        let moment = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd hh:mm:ss.000");
        let mut numbering: Vec<super::Numbering> =
            self.layouts.iter().map(|_| Default::default()).collect();
        let mut ledger = super::Ledger::new(db, export_id);
        let mut records = 0u64;
        let mut rows = self.snapshot.rows(&self.scope);
        while let Some(row) = rows.next().await {
            let row = row?;
            self.progress
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let answers: Answers = serde_json::from_str(&row.answers_json)?;
            let shaper = self.versions.shaper(&row.form_version);
            if !self.disclosure.allows(shaper, &answers) {
                continue;
            }
            for (i, layout) in self.layouts.iter().enumerate() {
                let sheet = book.worksheet_from_index(i).map_err(xlsx_error)?;
                for cells in layout.rows(&self.form, shaper, &row, &answers, &mut numbering[i])? {
                    if next_row[i] >= MAX_ROWS {
                        return Err(Error::BadRequest(
                            "too many rows for one XLSX sheet; export as CSV".into(),
                        ));
                    }
                    for (col, text) in cells.iter().enumerate() {
                        let kind = kinds[i].get(col).copied().unwrap_or(CellKind::Text);
                        let col = u16::try_from(col)?;
                        let at = next_row[i];
                        match kind {
                            _ if text.is_empty() => {}
                            CellKind::Number => match text.trim().parse::<f64>() {
                                Ok(n) if n.is_finite() => {
                                    sheet.write_number(at, col, n).map_err(xlsx_error)?;
                                }
                                _ => {
                                    sheet
                                        .write_string(at, col, cell(text))
                                        .map_err(xlsx_error)?;
                                }
                            },
                            CellKind::Date | CellKind::DateTime => match excel_time(text) {
                                Some(t) => {
                                    let format = if kind == CellKind::Date {
                                        &day
                                    } else {
                                        &moment
                                    };
                                    sheet
                                        .write_datetime_with_format(at, col, &t, format)
                                        .map_err(xlsx_error)?;
                                }
                                None => {
                                    sheet
                                        .write_string(at, col, cell(text))
                                        .map_err(xlsx_error)?;
                                }
                            },
                            CellKind::Text => {
                                sheet
                                    .write_string(at, col, cell(text))
                                    .map_err(xlsx_error)?;
                            }
                        }
                    }
                    next_row[i] += 1;
                }
            }
            records += 1;
            ledger.add(row.id).await?;
        }
        ledger.finish().await?;
        // Zip the sheets into a file (CPU and disk work: off the async threads), then send it.
        let path = dir.path().join("export.xlsx");
        let target = path.clone();
        tokio::task::spawn_blocking(move || book.save(&target).map_err(xlsx_error)).await??;
        let mut file = tokio::fs::File::open(&path).await?;
        loop {
            let mut chunk = vec![0u8; CHUNK];
            let n = file.read(&mut chunk).await?;
            if n == 0 {
                break;
            }
            chunk.truncate(n);
            if tx.send(Ok(Bytes::from(chunk))).await.is_err() {
                break;
            }
        }
        self.close(db, actor, recipient, export_id, records, suppressed)
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_and_cells_fit_excel() {
        assert_eq!(sheet_name(&Table::Main), "records");
        assert_eq!(
            sheet_name(&Table::Repeat(vec!["a".into(), "members/[all]?".into()])),
            "membersall"
        );
        assert_eq!(sheet_name(&Table::Repeat(vec!["x".repeat(40)])).len(), 31);
        let long = "é".repeat(MAX_CELL + 5);
        assert_eq!(cell(&long).chars().count(), MAX_CELL);
        assert_eq!(cell("short"), "short");
    }
}

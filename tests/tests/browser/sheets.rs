//! XLSForms written in the tests, as a form author's spreadsheet would be: one place
//! that turns sheets of cells into an `.xlsx`.

use anyhow::Result;

/// An `.xlsx` with these sheets, each a list of rows of cells; an empty cell is left
/// unwritten, as in a spreadsheet.
pub fn workbook<Rows, Row, Cell>(sheets: &[(&str, Rows)]) -> Result<Vec<u8>>
where
    Rows: AsRef<[Row]>,
    Row: AsRef<[Cell]>,
    Cell: AsRef<str>,
{
    let mut book = rust_xlsxwriter::Workbook::new();
    for (name, rows) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(*name)?;
        for (r, row) in rows.as_ref().iter().enumerate() {
            for (c, cell) in row.as_ref().iter().enumerate() {
                if !cell.as_ref().is_empty() {
                    sheet.write_string(r as u32, c as u16, cell.as_ref())?;
                }
            }
        }
    }
    Ok(book.save_to_buffer()?)
}

//! How big a grid the workbook reader would build, counted before it builds it.
//!
//! The reader makes every sheet a dense grid from its first to its last cell, and for
//! `.xls` and `.ods` it does so for every sheet the moment the file is opened. A file of
//! a few hundred bytes can name a cell at row 65,536 column 256 (`.xls`) or repeat one
//! row a million times (`.ods`): half a gigabyte to several gigabytes for one upload.
//! This module reads the cell positions alone (the `.xls` records' row and column, the
//! `.ods` rows and their repeat counts) so such a file is refused before it is opened.
//! `.xlsx` sheets are counted one at a time in `mod.rs`, as the reader builds them lazily.

use std::io::{Cursor, Read};

/// The largest sheet of the workbook, in cells of its grid (rows x columns from the first
/// to the last non-empty cell); `0` for formats read lazily (`.xlsx`) or not recognised
/// (the reader then says what is wrong with the file).
pub fn largest_sheet(bytes: &[u8]) -> Result<u64, String> {
    const CFB: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    if bytes.starts_with(CFB) {
        return xls(bytes);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return ods(bytes);
    }
    Ok(0)
}

/// Bounds of the non-empty cells of one sheet.
#[derive(Default)]
struct Bounds {
    rows: Option<(u64, u64)>,
    columns: Option<(u64, u64)>,
}

impl Bounds {
    fn add(&mut self, rows: (u64, u64), columns: (u64, u64)) {
        let widen = |b: Option<(u64, u64)>, (lo, hi): (u64, u64)| {
            Some(b.map_or((lo, hi), |(a, z)| (a.min(lo), z.max(hi))))
        };
        self.rows = widen(self.rows, rows);
        self.columns = widen(self.columns, columns);
    }

    fn cells(&self) -> u64 {
        match (self.rows, self.columns) {
            (Some((r0, r1)), Some((c0, c1))) => (r1 - r0 + 1).saturating_mul(c1 - c0 + 1),
            _ => 0,
        }
    }
}

/// `.xls` (BIFF8 in a compound file): every cell record starts with its row and column
/// (two little-endian `u16`); `MULRK` ends with its last column. Blank cells are not
/// counted, as the reader skips them.
fn xls(bytes: &[u8]) -> Result<u64, String> {
    let damaged = |e: std::io::Error| format!("the file is damaged: it cannot be read ({e})");
    let mut file = cfb::CompoundFile::open(Cursor::new(bytes)).map_err(damaged)?;
    let name = ["/Workbook", "/Book"]
        .into_iter()
        .find(|n| file.is_stream(n))
        .ok_or("the file holds no workbook")?;
    let mut stream = Vec::new();
    file.open_stream(name)
        .and_then(|mut s| s.read_to_end(&mut stream))
        .map_err(damaged)?;
    let u16_at = |data: &[u8], at: usize| {
        data.get(at..at + 2)
            .map(|b| u64::from(u16::from_le_bytes([b[0], b[1]])))
    };
    let (mut largest, mut sheet) = (0, Bounds::default());
    let mut at = 0;
    while let (Some(kind), Some(len)) = (u16_at(&stream, at), u16_at(&stream, at + 2)) {
        let data = stream
            .get(at + 4..at + 4 + len as usize)
            .unwrap_or_default();
        at += 4 + len as usize;
        match kind {
            // BOF: a new substream (a sheet, or the workbook's globals).
            0x0809 => sheet = Bounds::default(),
            // EOF: the substream ends.
            0x000A => largest = largest.max(sheet.cells()),
            // NUMBER, LABEL, BOOLERR, RK, LABELSST, FORMULA: one cell.
            0x0203 | 0x0204 | 0x0205 | 0x027E | 0x00FD | 0x0006 => {
                if let (Some(row), Some(column)) = (u16_at(data, 0), u16_at(data, 2)) {
                    sheet.add((row, row), (column, column));
                }
            }
            // MULRK: a run of cells on one row, its last column in its last two bytes.
            0x00BD => {
                let last = data.len().saturating_sub(2);
                if let (Some(row), Some(first), Some(end)) =
                    (u16_at(data, 0), u16_at(data, 2), u16_at(data, last))
                {
                    sheet.add((row, row), (first, end.max(first)));
                }
            }
            _ => {}
        }
    }
    Ok(largest.max(sheet.cells()))
}

/// `.ods` (`content.xml` in a zip): rows and cells carry repeat counts
/// (`table:number-rows-repeated`, `table:number-columns-repeated`); a repeated row or cell
/// holding a value spans every repeat, as the reader expands it. Anything else in a zip
/// (an `.xlsx`) is counted lazily elsewhere.
fn ods(bytes: &[u8]) -> Result<u64, String> {
    use quick_xml::events::Event;
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(0);
    };
    let Ok(content) = zip.by_name("content.xml") else {
        return Ok(0);
    };
    let mut reader = quick_xml::Reader::from_reader(std::io::BufReader::new(content));
    let damaged = |e: &dyn std::fmt::Display| format!("the file is damaged: {e}");
    let repeats = |e: &quick_xml::events::BytesStart, name: &str| -> u64 {
        e.attributes()
            .flatten()
            .find(|a| a.key.as_ref() == name)
            .and_then(|a| a.value.trim().parse().ok())
            .unwrap_or(1)
            .max(1)
    };
    let (mut largest, mut sheet) = (0u64, Bounds::default());
    // Where the current row starts and how often it repeats; the current cell's columns.
    let (mut row, mut row_repeats, mut column) = (0u64, 1u64, 0u64);
    let mut row_columns: Option<(u64, u64)> = None;
    let mut cell: Option<(u64, u64, bool)> = None;
    let mut buf = Vec::new();
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|e| damaged(&e))?;
        match event {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "table:table" => {
                largest = largest.max(sheet.cells());
                (sheet, row) = (Bounds::default(), 0);
            }
            Event::Start(ref e) if e.name().as_ref() == "table:table-row" => {
                (row_repeats, column, row_columns) =
                    (repeats(e, "table:number-rows-repeated"), 0, None);
            }
            Event::Empty(ref e) if e.name().as_ref() == "table:table-row" => {
                row = row.saturating_add(repeats(e, "table:number-rows-repeated"));
            }
            Event::End(ref e) if e.name().as_ref() == "table:table-row" => {
                if let Some(columns) = row_columns {
                    sheet.add((row, row.saturating_add(row_repeats - 1)), columns);
                }
                row = row.saturating_add(row_repeats);
            }
            Event::Start(ref e) | Event::Empty(ref e)
                if matches!(
                    e.name().as_ref(),
                    "table:table-cell" | "table:covered-table-cell"
                ) =>
            {
                let span = repeats(e, "table:number-columns-repeated");
                let valued = e
                    .attributes()
                    .flatten()
                    .any(|a| a.key.as_ref() == "office:value-type");
                cell = Some((column, span, valued));
                column = column.saturating_add(span);
                if matches!(event, Event::Empty(_)) {
                    close_cell(&mut cell, &mut row_columns);
                }
            }
            Event::Text(ref t) if cell.is_some() && !t.xml10_content().trim().is_empty() => {
                if let Some((_, _, valued)) = cell.as_mut() {
                    *valued = true;
                }
            }
            Event::End(ref e)
                if matches!(
                    e.name().as_ref(),
                    "table:table-cell" | "table:covered-table-cell"
                ) =>
            {
                close_cell(&mut cell, &mut row_columns);
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(largest.max(sheet.cells()))
}

/// A cell ends: if it held something, the row's columns reach over all its repeats.
fn close_cell(cell: &mut Option<(u64, u64, bool)>, row_columns: &mut Option<(u64, u64)>) {
    if let Some((first, span, true)) = cell.take() {
        let last = first.saturating_add(span - 1);
        *row_columns =
            Some(row_columns.map_or((first, last), |(a, z)| (a.min(first), z.max(last))));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An `.ods` file of one sheet whose `content.xml` body is `rows`.
    fn ods_with(rows: &str) -> Vec<u8> {
        use std::io::Write;
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        zip.start_file("mimetype", stored).unwrap();
        zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
            .unwrap();
        zip.start_file("META-INF/manifest.xml", stored).unwrap();
        zip.write_all(br#"<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#)
            .unwrap();
        zip.start_file("content.xml", stored).unwrap();
        write!(
            zip,
            r#"<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="survey">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
        )
        .unwrap();
        zip.finish().unwrap().into_inner()
    }

    const CELL: &str =
        r#"<table:table-cell office:value-type="string"><text:p>type</text:p></table:table-cell>"#;

    #[test]
    fn an_ods_sheet_counts_its_repeated_rows_and_cells() {
        let small = ods_with(&format!(
            "<table:table-row>{CELL}{CELL}</table:table-row><table:table-row>{CELL}</table:table-row>"
        ));
        assert_eq!(largest_sheet(&small), Ok(4));
        // Trailing empty rows and cells, repeated to the sheet's end as office suites
        // write them, cost nothing.
        let padded = ods_with(&format!(
            r#"<table:table-row>{CELL}<table:table-cell table:number-columns-repeated="16382"/></table:table-row><table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>"#
        ));
        assert_eq!(largest_sheet(&padded), Ok(1));
        // What the reader builds of them, the same.
        for (ods, cells) in [(&small, 4), (&padded, 1)] {
            use calamine::Reader;
            let mut book: calamine::Ods<_> = Reader::new(Cursor::new(ods.clone())).unwrap();
            let range = book.worksheet_range("survey").unwrap();
            assert_eq!(range.height() * range.width(), cells);
        }
        // One value repeated a million rows down and across: the grid the reader would make.
        let huge = ods_with(&format!(
            r#"<table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="1000" office:value-type="float"/></table:table-row><table:table-row>{CELL}</table:table-row>"#
        ));
        assert_eq!(largest_sheet(&huge), Ok(1_000_001 * 1000));
    }

    /// An `.xls` whose only sheet has a cell at each of `cells`.
    fn xls_with(cells: &[(u16, u16)]) -> Vec<u8> {
        use std::io::Write;
        let mut file = cfb::CompoundFile::create(Cursor::new(Vec::new())).unwrap();
        let mut stream = Vec::new();
        let mut record = |kind: u16, data: &[u8]| {
            stream.extend(kind.to_le_bytes());
            stream.extend((data.len() as u16).to_le_bytes());
            stream.extend(data);
        };
        record(0x0809, &[0; 16]);
        record(0x000A, &[]);
        record(0x0809, &[0; 16]);
        for (row, column) in cells {
            let mut number = Vec::from(row.to_le_bytes());
            number.extend(column.to_le_bytes());
            number.extend([0; 10]);
            record(0x0203, &number);
        }
        record(0x000A, &[]);
        file.create_stream("/Workbook")
            .unwrap()
            .write_all(&stream)
            .unwrap();
        file.flush().unwrap();
        file.into_inner().into_inner()
    }

    #[test]
    fn an_xls_sheet_counts_from_its_first_to_its_last_cell() {
        assert_eq!(largest_sheet(&xls_with(&[(0, 0), (9, 2)])), Ok(30));
        assert_eq!(
            largest_sheet(&xls_with(&[(0, 0), (65535, 255)])),
            Ok(65536 * 256)
        );
    }

    /// Every `.xls` and `.ods` form of the corpus measures what the reader then builds.
    #[test]
    fn the_measure_agrees_with_the_reader_on_every_corpus_workbook() {
        use calamine::Reader;
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/xlsform/ok");
        let mut measured = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let ext = path
                .extension()
                .and_then(|e| e.to_str())
                .unwrap_or_default();
            if !matches!(ext, "xls" | "ods") {
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            let mut workbook =
                calamine::open_workbook_auto_from_rs(Cursor::new(bytes.clone())).unwrap();
            let built = workbook
                .sheet_names()
                .into_iter()
                .map(|name| {
                    let range = workbook.worksheet_range(&name).unwrap();
                    (range.height() * range.width()) as u64
                })
                .max()
                .unwrap_or(0);
            assert_eq!(largest_sheet(&bytes), Ok(built), "{}", path.display());
            measured += 1;
        }
        assert!(measured >= 8, "{measured} workbooks");
    }

    #[test]
    fn files_read_lazily_or_unknown_are_not_counted_here() {
        assert_eq!(largest_sheet(b"not a workbook"), Ok(0));
        assert!(xls(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 damaged").is_err());
    }
}

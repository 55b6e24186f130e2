//! Times the XLSForm import of a workbook with a big `external_choices` sheet, as admin
//! lists are (issue 19: 45,000 subdistricts took 16 s in a debug build).
//!
//! `cargo run --release -p forms --features xlsform --example big_external [rows]`

use std::time::Instant;

/// A survey with a district and a filtered subdistrict, 200 districts on the choices
/// sheet, and `rows` subdistricts in two languages on the `external_choices` sheet, with
/// an `other` under each district.
fn workbook(rows: u32) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let survey = book.add_worksheet();
    survey.set_name("survey").unwrap();
    let lines: [&[&str]; 3] = [
        &[
            "type",
            "name",
            "label::English (en)",
            "label::Français (fr)",
            "choice_filter",
        ],
        &[
            "select_one district",
            "district",
            "District",
            "District",
            "",
        ],
        &[
            "select_one_external subdistrict",
            "subdistrict",
            "Subdistrict",
            "Sous-district",
            "district=${district}",
        ],
    ];
    for (r, line) in lines.iter().enumerate() {
        for (c, cell) in line.iter().enumerate() {
            survey.write_string(r as u32, c as u16, *cell).unwrap();
        }
    }
    let choices = book.add_worksheet();
    choices.set_name("choices").unwrap();
    for (c, cell) in [
        "list_name",
        "name",
        "label::English (en)",
        "label::Français (fr)",
    ]
    .iter()
    .enumerate()
    {
        choices.write_string(0, c as u16, *cell).unwrap();
    }
    for d in 0..200u32 {
        let row = [
            "district".to_string(),
            format!("d{d}"),
            format!("District {d}"),
            format!("District {d} (fr)"),
        ];
        for (c, cell) in row.iter().enumerate() {
            choices.write_string(d + 1, c as u16, cell).unwrap();
        }
    }
    let external = book.add_worksheet();
    external.set_name("external_choices").unwrap();
    for (c, cell) in [
        "list_name",
        "name",
        "label::English (en)",
        "label::Français (fr)",
        "district",
    ]
    .iter()
    .enumerate()
    {
        external.write_string(0, c as u16, *cell).unwrap();
    }
    for i in 0..rows {
        let district = i % 200;
        // The last subdistrict of each district is its `other`.
        let name = if i >= rows - 200 {
            "other".to_string()
        } else {
            format!("s{i}")
        };
        let row = [
            "subdistrict".to_string(),
            name,
            format!("Subdistrict {i}"),
            format!("Sous-district {i}"),
            format!("d{district}"),
        ];
        for (c, cell) in row.iter().enumerate() {
            external.write_string(i + 1, c as u16, cell).unwrap();
        }
    }
    book.save_to_buffer().unwrap()
}

fn main() {
    let rows: u32 = std::env::args()
        .nth(1)
        .map(|a| a.parse().expect("a number of rows"))
        .unwrap_or(50_000);
    let bytes = workbook(rows);
    println!("{rows} rows, {} bytes", bytes.len());
    for _ in 0..3 {
        let start = Instant::now();
        // The import compiles the form too, as the server's upload does.
        let imported = forms::xlsform::import(&bytes, "admin.xlsx").unwrap();
        println!(
            "import {:.3} s ({} subdistricts, {} warnings)",
            start.elapsed().as_secs_f64(),
            imported.form.choices["subdistrict"].len(),
            imported.warnings.len()
        );
    }
}

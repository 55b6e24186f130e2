use super::*;
use crate::model::Answers;
use crate::validate::{Problem, validate};

#[test]
fn range_and_rank_import_and_check_their_answers() {
    let form = import(
        &test_workbook(
            &[
                &["type", "name", "label", "parameters"],
                &["range", "pain", "Pain", "start=0 end=10 step=2"],
                &["range", "plain", "Default scale", ""],
                &["rank need", "needs", "Put the needs in order", ""],
            ],
            &[
                &["list_name", "name", "label"],
                &["need", "food", "Food"],
                &["need", "water", "Water"],
                &["need", "shelter", "Shelter"],
            ],
        ),
        "scales.xlsx",
    )
    .unwrap()
    .form
    .compile()
    .unwrap();
    assert_eq!(
        form.node("plain").unwrap().kind,
        Kind::Range {
            start: 1.0,
            end: 10.0,
            step: 1.0
        }
    );
    let problems = |pain: &str, needs: &str| {
        let answers: Answers = [("pain", pain), ("needs", needs)]
            .into_iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| (k.to_string(), crate::model::Answer::Value(v.to_string())))
            .collect();
        validate(&form, &answers, "2026-11-26")
            .into_iter()
            .map(|e| (e.name, e.problem))
            .collect::<Vec<_>>()
    };
    assert_eq!(problems("4", "water food shelter"), vec![]);
    assert_eq!(problems("0", ""), vec![]);
    let off = |pain: &str| problems(pain, "")[0].1;
    assert_eq!(off("5"), Problem::OffTheScale);
    assert_eq!(off("12"), Problem::OffTheScale);
    assert_eq!(off("-2"), Problem::OffTheScale);
    assert_eq!(off("many"), Problem::NotANumber);
    let rank = |needs: &str| problems("", needs)[0].1;
    assert_eq!(rank("water food"), Problem::NotRanked);
    assert_eq!(rank("water food food"), Problem::NotRanked);
    assert_eq!(rank("water fuel shelter"), Problem::UnknownChoice);

    let scale = |parameters: &str| {
        import(
            &test_workbook(
                &[
                    &["type", "name", "parameters"],
                    &["range", "depth", parameters],
                ],
                &[],
            ),
            "scales.xlsx",
        )
    };
    let refused = |parameters: &str| scale(parameters).map(|_| ()).unwrap_err().to_string();
    let message = refused("start=0 end=ten");
    assert!(
        message.contains("row 2") && message.contains("`end` must be a number"),
        "{message}"
    );
    assert!(refused("step=0").contains("cannot be 0"));
    assert!(refused("start=3 end=3").contains("two different ends"));
    assert!(refused("start=0 end=1 step=0.00001").contains("10,000 steps"));
    // Ends not a whole number of steps apart: imported, with a warning (Collect disables
    // the question; a web form's slider and Sauti stop at the last whole step).
    let uneven =
        |parameters: &str| scale(parameters).unwrap_or_else(|e| panic!("{parameters}: {e}"));
    let imported = uneven("start=1 end=50 step=4");
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.contains("row 2, column parameters")
                && w.contains("not a whole number of steps of 4")
                && w.contains("Sauti offers 1 to 49")),
        "{:?}",
        imported.warnings
    );
    let kind = imported.form.body[0].kind.clone();
    let form = imported.form.compile().unwrap();
    let depth = |v: &str| crate::validate::type_problem(&form, &kind, v).is_none();
    assert!(depth("49") && depth("1") && !depth("50") && !depth("51"));
    assert!(
        uneven("start=50 end=1 step=4")
            .warnings
            .iter()
            .any(|w| w.contains("Sauti offers 2 to 50"))
    );
    assert!(uneven("start=0 end=10 step=2").warnings.is_empty());
}

#[test]
fn forms_the_reference_converter_reads_import_the_same_way() {
    // One sheet, named `Sheet1`; a note without a name; `percentage`; leftovers far below.
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Sheet1").unwrap();
    let rows: [(u32, &[&str]); 5] = [
        (0, &["type", "name", "label"]),
        (1, &["note", "", "Thank you for your time"]),
        (2, &["percentage", "share", "Share of the harvest sold"]),
        (3, &["q select1 yes_no", "sold", "Sold any?"]),
        (65, &["party like it's 1999", "", ""]),
    ];
    for (r, row) in rows {
        for (c, cell) in row.iter().enumerate() {
            sheet.write_string(r, c as u16, *cell).unwrap();
        }
    }
    let choices = book.add_worksheet();
    choices.set_name("choices").unwrap();
    for (r, row) in [["list_name", "name", "label"], ["yes_no", "yes", "Yes"]]
        .iter()
        .enumerate()
    {
        for (c, cell) in row.iter().enumerate() {
            choices.write_string(r as u32, c as u16, *cell).unwrap();
        }
    }
    // Two sheets, neither named survey: refused, naming them.
    let refused = import(&book.save_to_buffer().unwrap(), "old.xlsx")
        .map(|_| ())
        .unwrap_err()
        .to_string();
    assert!(refused.contains("it has: Sheet1, choices"), "{refused}");

    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Sheet1").unwrap();
    for (r, row) in rows {
        for (c, cell) in row.iter().enumerate() {
            let cell = if *cell == "q select1 yes_no" {
                "text"
            } else {
                *cell
            };
            sheet.write_string(r, c as u16, cell).unwrap();
        }
    }
    let imported = import(&book.save_to_buffer().unwrap(), "old.xlsx").unwrap();
    assert!(
        imported.warnings[0].contains("`Sheet1`, was read as the survey sheet"),
        "{:?}",
        imported.warnings
    );
    assert!(
        imported.warnings[1].contains("row 66: not read")
            && imported.warnings[1].contains("more than 60 empty rows"),
        "{:?}",
        imported.warnings
    );
    let form = imported.form.compile().unwrap();
    assert_eq!(form.node("generated_note_name_2").unwrap().kind, Kind::Note);
    let share = form.node("share").unwrap();
    assert_eq!(share.kind, Kind::Integer);
    assert_eq!(share.constraint.as_deref(), Some("0 <= . and . <= 100"));
    let answers: Answers = [(
        "share".to_string(),
        crate::model::Answer::Value("120".into()),
    )]
    .into();
    assert_eq!(
        validate(&form, &answers, "2026-11-26")[0].problem,
        Problem::Constraint
    );
    // Other questions still need their names.
    let message = import(
        &test_workbook(&[&["type", "name", "label"], &["text", "", "Name?"]], &[]),
        "x.xlsx",
    )
    .map(|_| ())
    .unwrap_err()
    .to_string();
    assert!(message.contains("needs a name"), "{message}");
}

/// `test_workbook`'s file with `edit` applied to the survey sheet's XML.
fn edited_workbook(survey: &[&[&str]], edit: impl Fn(String) -> String) -> Vec<u8> {
    use std::io::{Read, Write};
    let original = test_workbook(survey, &[]);
    let mut zip = zip::ZipArchive::new(Cursor::new(original)).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).unwrap();
        let name = file.name().unwrap().to_string();
        let mut text = String::new();
        file.read_to_string(&mut text).unwrap();
        if name == "xl/worksheets/sheet1.xml" {
            text = edit(text);
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(text.as_bytes()).unwrap();
    }
    out.finish().unwrap().into_inner()
}

#[test]
fn a_malformed_or_far_flung_sheet_is_refused_not_a_crash() {
    let survey: &[&[&str]] = &[&["type", "name", "label"], &["text", "name", "Name?"]];
    // Found by fuzzing: a cell reference whose row overflows made the reader panic
    // (a debug build; a release build wrapped the number around).
    let overflowing = edited_workbook(survey, |xml| {
        xml.replacen("r=\"A2\"", "r=\"A99999999999999\"", 1)
    });
    let error = import(&overflowing, "x.xlsx").map(|_| ()).unwrap_err();
    assert!(
        matches!(&error, Error::XlsForm { sheet, .. } if sheet == "survey"),
        "{error}"
    );
    // One cell at the far corner of the sheet would make the reader build a grid of
    // 17 billion cells: refused before it is built.
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("survey").unwrap();
    sheet.write_string(0, 0, "type").unwrap();
    sheet.write_string(1_048_575, 16_383, "far").unwrap();
    let far = book.save_to_buffer().unwrap();
    let message = import(&far, "x.xlsx").map(|_| ()).unwrap_err().to_string();
    assert!(message.contains("spans 17179869184 cells"), "{message}");
}

#[test]
fn cells_formatted_without_a_value_do_not_widen_a_sheet() {
    // A real form's `external_choices` sheet had one row formatted out to column XFD
    // (16,384 styled, empty cells): 4,417 rows by 16,384 columns was refused as too big,
    // though the reader skips such cells and builds 4,417 rows by 3.
    let survey: &[&[&str]] = &[&["type", "name", "label"], &["text", "name", "Name?"]];
    let styled = edited_workbook(survey, |xml| {
        let blanks: String = (1..=16_384u32)
            .map(|c| {
                let (mut n, mut column) = (c, String::new());
                while n > 0 {
                    column.insert(0, char::from(b'A' + ((n - 1) % 26) as u8));
                    n = (n - 1) / 26;
                }
                format!("<c r=\"{column}300\" s=\"0\"/>")
            })
            .collect();
        xml.replacen(
            "</sheetData>",
            &format!("<row r=\"300\">{blanks}</row></sheetData>"),
            1,
        )
    });
    let imported = import(&styled, "x.xlsx").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(imported.form.body.len(), 1);
}

#[test]
fn too_deep_an_expression_is_refused_where_it_is_written() {
    // 400 nested parentheses once overflowed the server's stack (issue 17).
    let deep = format!("{}${{age}} > 1{}", "(".repeat(400), ")".repeat(400));
    // (A cell holds at most 32,767 characters, less than `MAX_LENGTH`.)
    let wide = vec!["${age} = 1"; 2000].join(" or ");
    for (src, why) in [(deep, "nests more than 64 levels"), (wide, "")] {
        let error = import(
            &test_workbook(
                &[
                    &["type", "name", "label", "relevant"],
                    &["integer", "age", "Age?", ""],
                    &["text", "name", "Name?", &src],
                ],
                &[],
            ),
            "x.xlsx",
        )
        .map(|_| ());
        if why.is_empty() {
            assert!(error.is_ok(), "{error:?}");
            continue;
        }
        let error = error.unwrap_err();
        let Error::XlsForm {
            sheet,
            row,
            column,
            message,
        } = &error
        else {
            panic!("{error}")
        };
        assert_eq!(
            (sheet.as_str(), *row, column.as_deref()),
            ("survey", Some(3), Some("relevant")),
            "{error}"
        );
        assert!(message.contains(why), "{message}");
    }
}

#[test]
fn pictures_and_recordings_are_kept_by_language_code() {
    let form = import(
        &test_workbook(
            &[
                &[
                    "type",
                    "name",
                    "label::English (en)",
                    "label::Pashto (ps)",
                    "media::audio::Pashto (ps)",
                    "media::image",
                    "guidance_hint::Pashto (ps)",
                ],
                &[
                    "select_one water",
                    "water",
                    "Water?",
                    "اوبه؟",
                    "water-ps.mp3",
                    "well.jpg",
                    "لارښوونه",
                ],
            ],
            &[
                &[
                    "list_name",
                    "name",
                    "label::English (en)",
                    "media::image::English (en)",
                ],
                &["water", "well", "Well", "choice-well.png"],
                &["water", "river", "River", ""],
            ],
        ),
        "media.xlsx",
    )
    .unwrap()
    .form;
    let water = &form.body[0];
    assert_eq!(water.guidance.0["ps"], "لارښوونه");
    let pick = |kind, lang| crate::media::pick(&water.attributes, kind, lang, "en");
    assert_eq!(pick("audio", "ps"), Some("water-ps.mp3"));
    assert_eq!(pick("image", "ps"), Some("well.jpg"));
    let well = &form.choices["water"][0].attributes;
    assert_eq!(
        crate::media::pick(well, "image", "ps", "en"),
        Some("choice-well.png")
    );
    assert!(form.choices["water"][1].attributes.is_empty());
    let mut files = Vec::new();
    let mut form = form;
    crate::media::for_each_mut(&mut form, |kind, name| files.push(format!("{kind} {name}")));
    files.sort();
    assert_eq!(
        files,
        [
            "audio water-ps.mp3",
            "image choice-well.png",
            "image well.jpg"
        ]
    );
}

#[test]
fn records_are_named_by_the_settings_instance_name() {
    let book = |expression: &str| {
        test_book(&[
            (
                "survey",
                &[
                    &["type", "name", "label"],
                    &["text", "head", "Head of household"],
                    &["text", "village", "Village"],
                ],
            ),
            (
                "settings",
                &[&["form_id", "instance_name"], &["named", expression]],
            ),
        ])
    };
    let form = import(&book("concat(${head}, ' – ', ${village})"), "named.xlsx")
        .unwrap()
        .form
        .compile()
        .unwrap();
    let answers: Answers = [("head", "Amina"), ("village", "V3")]
        .into_iter()
        .map(|(k, v)| (k.to_string(), crate::model::Answer::Value(v.into())))
        .collect();
    assert_eq!(
        form.instance_name(&answers, "2026-11-26").as_deref(),
        Some("Amina – V3")
    );
    let unnamed = import(&book("concat(${head}, '')"), "named.xlsx")
        .unwrap()
        .form
        .compile()
        .unwrap();
    assert_eq!(unnamed.instance_name(&Answers::new(), "2026-11-26"), None);
    // A name that reads the clock shows the moment given, not midnight.
    let timed = import(
        &book("concat(${village}, ' ', format-date-time(now(), '%H:%M'))"),
        "named.xlsx",
    )
    .unwrap()
    .form
    .compile()
    .unwrap();
    assert_eq!(
        timed
            .instance_name(&answers, "2026-11-26T14:05:09+03:00")
            .as_deref(),
        Some("V3 14:05")
    );
    let message = import(&book("concat(${nobody}, 'x')"), "named.xlsx")
        .map(|_| ())
        .unwrap_err()
        .to_string();
    assert!(
        message.starts_with("settings sheet, row 2, column instance_name")
            && message.contains("${nobody}"),
        "{message}"
    );
    // A name alone is no expression: imported, records named as without one, and said.
    let alone = import(&book("household_survey"), "named.xlsx").unwrap();
    assert_eq!(alone.form.instance_name, None);
    assert!(
        alone
            .warnings
            .iter()
            .any(|w| w.contains("instance_name") && w.contains("`household_survey`")),
        "{:?}",
        alone.warnings
    );
}

#[test]
fn excel_serial_dates_and_times() {
    use calamine::{ExcelDateTime, ExcelDateTimeType::DateTime};
    let cell = |serial: f64, is_1904: bool| {
        excel_date_time(&ExcelDateTime::new(serial, DateTime, is_1904))
    };
    assert_eq!(cell(40344.0, false), "2010-06-15");
    assert_eq!(cell(25569.0, false), "1970-01-01");
    // A date and a time: both, as a dateTime question's default.
    assert_eq!(cell(45000.5, false), "2023-03-15T12:00:00");
    // A time typed alone (14:30, 09:05:30): the time, not 1899-12-30.
    assert_eq!(cell(14.5 / 24.0, false), "14:30:00");
    assert_eq!(
        cell((9.0 * 3600.0 + 5.0 * 60.0 + 30.0) / 86_400.0, false),
        "09:05:30"
    );
    // An old Mac workbook counts from 1904.
    assert_eq!(cell(38882.0, true), "2010-06-15");
}

/// Dates and times typed as such in a workbook (the cells Excel keeps as serial numbers)
/// become the defaults ODK reads: a date, a time, a date with its time.
#[test]
fn a_default_typed_as_a_date_or_a_time_is_read_as_one() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("survey").unwrap();
    for (c, header) in ["type", "name", "label", "default"].iter().enumerate() {
        sheet.write_string(0, c as u16, *header).unwrap();
    }
    let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2024, 3, 15).unwrap();
    let time = rust_xlsxwriter::ExcelDateTime::from_hms(14, 30, 0).unwrap();
    let both = rust_xlsxwriter::ExcelDateTime::parse_from_str("2024-03-15T09:45:00").unwrap();
    let format = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd hh:mm");
    for (r, (kind, name, value)) in [
        ("date", "visit", &date),
        ("time", "start", &time),
        ("dateTime", "seen", &both),
    ]
    .into_iter()
    .enumerate()
    {
        let r = r as u32 + 1;
        sheet.write_string(r, 0, kind).unwrap();
        sheet.write_string(r, 1, name).unwrap();
        sheet.write_string(r, 2, name).unwrap();
        sheet
            .write_datetime_with_format(r, 3, value, &format)
            .unwrap();
    }
    let form = import(&book.save_to_buffer().unwrap(), "dates.xlsx")
        .unwrap()
        .form;
    let default = |name: &str| {
        form.body
            .iter()
            .find(|n| n.name == name)
            .and_then(|n| n.default.clone())
    };
    assert_eq!(default("visit").as_deref(), Some("2024-03-15"));
    assert_eq!(default("start").as_deref(), Some("14:30:00"));
    assert_eq!(default("seen").as_deref(), Some("2024-03-15T09:45:00"));
}

#[test]
fn a_required_cell_of_mere_words_is_not_required_with_a_warning() {
    let cells = [
        ("t", false, true),
        ("ture", false, true),
        ("Yes please", false, true),
        ("tRUE", false, true),
        ("true()", true, false),
        ("TRUE", true, false),
        ("1", true, false),
        ("0", false, false),
        ("no", false, false),
        ("false", false, false),
    ];
    let mut survey: Vec<Vec<String>> = vec![vec!["type".into(), "name".into(), "required".into()]];
    for (i, (cell, _, _)) in cells.iter().enumerate() {
        survey.push(vec!["text".into(), format!("q{i}"), cell.to_string()]);
    }
    survey.push(vec!["integer".into(), "age".into(), "${q0} = 'x'".into()]);
    let rows: Vec<Vec<&str>> = survey
        .iter()
        .map(|r| r.iter().map(String::as_str).collect())
        .collect();
    let rows: Vec<&[&str]> = rows.iter().map(Vec::as_slice).collect();
    let imported = import(&test_workbook(&rows, &[]), "required.xlsx").unwrap();
    let form = imported.form.compile().unwrap();
    for (i, (cell, required, warned)) in cells.iter().enumerate() {
        let node = form.node(&format!("q{i}")).unwrap();
        assert_eq!(node.required, *required, "{cell}");
        assert!(node.required_if.is_none(), "{cell}");
        let warning = format!("survey sheet, row {}, column required: `{cell}`", i + 2);
        assert_eq!(
            imported.warnings.iter().any(|w| w.starts_with(&warning)),
            *warned,
            "{cell}: {:?}",
            imported.warnings
        );
    }
    assert!(form.node("age").unwrap().required_if.is_some());
    // A broken expression is still refused where it is written.
    let message = import(
        &test_workbook(
            &[&["type", "name", "required"], &["text", "a", "${a} >"]],
            &[],
        ),
        "required.xlsx",
    )
    .map(|_| ())
    .unwrap_err()
    .to_string();
    assert!(message.contains("row 2, column required"), "{message}");
}

#[test]
fn duplicate_names_on_the_external_choices_sheet_are_kept_with_a_warning() {
    let survey: &[&[&str]] = &[
        &["type", "name", "label", "choice_filter"],
        &["select_one district", "district", "District", ""],
        &[
            "select_one_external subdistrict",
            "subdistrict",
            "Subdistrict",
            "district=${district}",
        ],
    ];
    let mut external: Vec<[String; 4]> =
        vec![["list_name", "name", "label", "district"].map(String::from)];
    for i in 0..30 {
        external.push([
            "subdistrict".into(),
            format!("s{i}"),
            format!("S{i}"),
            format!("d{}", i % 2),
        ]);
        external.push([
            "subdistrict".into(),
            "other".into(),
            "Other".into(),
            format!("d{}", i % 2),
        ]);
    }
    let external: Vec<Vec<&str>> = external
        .iter()
        .map(|r| r.iter().map(String::as_str).collect())
        .collect();
    let external: Vec<&[&str]> = external.iter().map(Vec::as_slice).collect();
    let book = test_book(&[
        ("survey", survey),
        (
            "choices",
            &[
                &["list_name", "name", "label"],
                &["district", "d0", "D0"],
                &["district", "d1", "D1"],
            ],
        ),
        ("external_choices", &external),
    ]);
    let imported = import(&book, "external.xlsx").unwrap();
    let list = &imported.form.choices["subdistrict"];
    assert_eq!(list.len(), 60);
    assert_eq!(list.iter().filter(|c| c.name == "other").count(), 30);
    assert!(
        imported.warnings[0].starts_with(
            "external_choices sheet, row 5: the choice `other` appears again in list `subdistrict`"
        ),
        "{:?}",
        imported.warnings
    );
    assert_eq!(
        imported.warnings.len(),
        DUPLICATES_NAMED + 1,
        "{:?}",
        imported.warnings
    );
    assert!(imported.warnings[DUPLICATES_NAMED].contains("9 more choices"));
    imported.form.compile().unwrap();
    // On the choices sheet, a name twice in a list is still refused.
    let message = import(
        &test_workbook(
            &[&["type", "name"], &["select_one l", "q"]],
            &[&["list_name", "name"], &["l", "a"], &["l", "a"]],
        ),
        "x.xlsx",
    )
    .map(|_| ())
    .unwrap_err()
    .to_string();
    assert!(message.contains("row 3, column name"), "{message}");
}

#[test]
fn a_big_external_list_imports_in_time() {
    // 45,000 subdistricts took 16 s in a debug build (each name was searched for in
    // the list so far); this bound is loose enough for a busy debug build, and the
    // release figure is in BENCHMARKS.md.
    let mut external: Vec<[String; 4]> =
        vec![["list_name", "name", "label", "district"].map(String::from)];
    for i in 0..50_000 {
        external.push([
            "subdistrict".into(),
            format!("s{i}"),
            format!("Subdistrict {i}"),
            format!("d{}", i % 200),
        ]);
    }
    let external: Vec<Vec<&str>> = external
        .iter()
        .map(|r| r.iter().map(String::as_str).collect())
        .collect();
    let external: Vec<&[&str]> = external.iter().map(Vec::as_slice).collect();
    let book = test_book(&[
        (
            "survey",
            &[
                &["type", "name", "label"],
                &[
                    "select_one_external subdistrict",
                    "subdistrict",
                    "Subdistrict",
                ],
            ],
        ),
        ("external_choices", &external),
    ]);
    let start = std::time::Instant::now();
    let imported = import(&book, "admin.xlsx").unwrap();
    let took = start.elapsed();
    assert_eq!(imported.form.choices["subdistrict"].len(), 50_000);
    assert!(took.as_secs() < 15, "{took:?}");
}

#[test]
fn flags_read_like_xlsform() {
    assert_eq!(flag(Some("TRUE".into())), Ok(true));
    assert_eq!(flag(Some("yes".into())), Ok(true));
    assert_eq!(flag(None), Ok(false));
    assert_eq!(flag(Some("${age} > 5".into())), Err("${age} > 5".into()));
}

/// An ODK-X form (a Somali vaccination form kept with its project) is another format:
/// refused as such, not as a select without its list on row 2.
#[test]
fn an_odk_x_form_is_named_as_one() {
    let survey: &[&[&str]] = &[
        &[
            "clause",
            "condition",
            "type",
            "values_list",
            "name",
            "display.prompt.text",
        ],
        &[
            "",
            "",
            "select_one",
            "yesno",
            "vaccinated",
            "Was the child vaccinated?",
        ],
    ];
    let refused = import(&test_workbook(survey, &[]), "eepicc_vaccination.xlsx").map(|_| ());
    let Err(Error::XlsForm { message, row, .. }) = refused else {
        panic!("{refused:?}");
    };
    assert_eq!(row, None);
    assert!(message.starts_with("this is an ODK-X form"), "{message}");
}

/// Drone checklists write `Field-list`: Collect matches appearance words without case, so
/// it is a field list there and here, with no warning that it is not drawn.
#[test]
fn appearance_words_are_read_without_case() {
    let survey: &[&[&str]] = &[
        &["type", "name", "label", "appearance"],
        &["begin_group", "props", "Propulsion", "Field-list"],
        &["text", "motor", "Motor", "MultiLine"],
        &["end_group", "", "", ""],
    ];
    let imported = import(&test_workbook(survey, &[]), "drone.xls").unwrap();
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    let form = imported.form.compile().unwrap();
    assert!(form.node("props").unwrap().has_appearance("field-list"));
    assert!(form.node("motor").unwrap().has_appearance("multiline"));
}

/// A Peruvian potato survey: a group `color_flor` in `floracion` holds a question
/// `color_flor`. Each is kept under the groups as written, once.
#[test]
fn a_group_and_its_question_of_one_name_are_kept_by_the_written_path() {
    let survey: &[&[&str]] = &[
        &["type", "name", "label"],
        &["begin_group", "floracion", "Floración"],
        &["begin_group", "color_flor", "Color de la flor"],
        &["text", "color_flor", "¿Cuál es el color predominante?"],
        &["end_group", "", ""],
        &["end_group", "", ""],
    ];
    let form = import(&test_workbook(survey, &[]), "papa.xlsx")
        .unwrap()
        .form
        .compile()
        .unwrap();
    let names: Vec<&str> = form.walk().iter().map(|(n, _)| n.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "floracion",
            "floracion.color_flor",
            "floracion.color_flor.color_flor"
        ]
    );
}

/// One name in several groups imports (as in field forms: `b4_age` in the roster and in
/// the head's details), each kept under its group path; a reference to it is ambiguous and
/// refused where it is written, as the reference converter refuses it; siblings of one name
/// are refused with both rows.
#[test]
fn a_name_used_in_several_groups_is_kept_by_its_group_path() {
    let survey: &[&[&str]] = &[
        &["type", "name", "label", "relevant"],
        &["integer", "age", "Respondent's age", ""],
        &["begin_group", "head", "Head of household", ""],
        &["integer", "age", "Head's age", ""],
        &["text", "name", "Head's name", ""],
        &["end_group", "", "", ""],
        &["begin_repeat", "members", "Members", ""],
        &["integer", "age", "Member's age", ""],
        &["text", "name", "Member's name", ""],
        &["end_repeat", "", "", ""],
        &["text", "notes", "Notes", ""],
    ];
    let imported = import(&test_workbook(survey, &[]), "roster.xlsx").unwrap();
    let form = imported.form.compile().unwrap();
    let names: Vec<&str> = form.walk().iter().map(|(n, _)| n.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "age",
            "head",
            "head.age",
            "head.name",
            "members",
            "members.age",
            "members.name",
            "notes"
        ]
    );
    assert_eq!(
        form.node("members.age").unwrap().label.get("", ""),
        "Member's age"
    );
    let warned = imported
        .warnings
        .iter()
        .find(|w| w.contains("`age` names more than one question or group"))
        .expect("the renaming is told");
    assert!(
        warned.contains("`head.age` (row 4)") && warned.contains("`members.age` (row 8)"),
        "{warned}"
    );
    // The answers of a member are kept under the member's key, and checked.
    let answers: Answers = serde_json::from_str(
        r#"{"age":"40","head.age":"41","members":[{"members.age":"x","members.name":"Ali"}]}"#,
    )
    .unwrap();
    let problems: Vec<_> = validate(&form, &answers, "2026-12-05")
        .into_iter()
        .map(|e| (e.name, e.problem))
        .collect();
    assert_eq!(
        problems,
        [("members.age".to_string(), Problem::NotAnInteger)]
    );

    // `${age}` anywhere is ambiguous: refused where it is written.
    let mut referring: Vec<Vec<&str>> = survey.iter().map(|r| r.to_vec()).collect();
    referring[10][3] = "${age} > 17";
    let rows: Vec<&[&str]> = referring.iter().map(Vec::as_slice).collect();
    let message = import(&test_workbook(&rows, &[]), "roster.xlsx")
        .map(|_| ())
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("row 11, column relevant") && message.contains("`${age}` is ambiguous"),
        "{message}"
    );
    // A label that shows it is a reference too.
    let mut labelled: Vec<Vec<&str>> = survey.iter().map(|r| r.to_vec()).collect();
    labelled[10][2] = "Notes about the ${name}";
    let rows: Vec<&[&str]> = labelled.iter().map(Vec::as_slice).collect();
    let message = import(&test_workbook(&rows, &[]), "roster.xlsx")
        .map(|_| ())
        .unwrap_err()
        .to_string();
    assert!(message.contains("row 11, column label"), "{message}");

    // Two siblings of one name are refused, naming both rows.
    let message = import(
        &test_workbook(
            &[
                &["type", "name", "label"],
                &["begin_group", "head", "Head"],
                &["integer", "age", "Age"],
                &["integer", "age", "Age again"],
                &["end_group", "", ""],
            ],
            &[],
        ),
        "twice.xlsx",
    )
    .map(|_| ())
    .unwrap_err()
    .to_string();
    assert!(
        message.contains("row 4") && message.contains("row 3 in the group `head`"),
        "{message}"
    );
}

/// XPath paths as some forms write them become the `${name}` they lead to: absolute
/// (`/data/head/age`), relative to the question (`../age` in a repeat) and `current()/..` in
/// a choice filter; a path that leads nowhere is refused where it is written.
#[test]
fn xpath_paths_become_references() {
    let survey: &[&[&str]] = &[
        &["type", "name", "label", "relevant", "choice_filter"],
        &["integer", "age", "Respondent's age", "", ""],
        &["select_one state", "state", "State", "", ""],
        &[
            "select_one district",
            "district",
            "District",
            "",
            "state = current()/../state",
        ],
        &["begin_group", "head", "Head of household", "", ""],
        &["integer", "age", "Head's age", "", ""],
        &["end_group", "", "", "", ""],
        &["begin_repeat", "members", "Members", "", ""],
        &["integer", "age", "Member's age", "", ""],
        &[
            "text",
            "school",
            "School",
            "../age >= 5 and ../age < 18",
            "",
        ],
        &["end_repeat", "", "", "", ""],
        &[
            "note",
            "older",
            "The head is older",
            "/data/head/age > /data/age",
            "",
        ],
    ];
    let choices: &[&[&str]] = &[
        &["list_name", "name", "label", "state"],
        &["state", "n", "North", ""],
        &["district", "n1", "North one", "n"],
    ];
    let form = import(&test_workbook(survey, choices), "paths.xlsx")
        .unwrap()
        .form
        .compile()
        .unwrap();
    let relevant = |name: &str| form.node(name).unwrap().relevant.clone().unwrap();
    assert_eq!(
        relevant("school"),
        "${members.age} >= 5 and ${members.age} < 18"
    );
    assert_eq!(relevant("older"), "${head.age} > ${age}");
    assert_eq!(
        form.node("district").unwrap().choice_filter.as_deref(),
        Some("state = ${state}")
    );
    let answers: Answers =
        serde_json::from_str(r#"{"age":"30","head.age":"41","members":[{"members.age":"9"}]}"#)
            .unwrap();
    let ctx = crate::validate::Context {
        form: &form,
        answers: &answers,
        today: "2026-12-05",
    };
    assert!(ctx.is_relevant("older", &[]));
    assert!(ctx.is_relevant("school", &[("members".to_string(), 0)]));
    let adult: Answers =
        serde_json::from_str(r#"{"age":"50","head.age":"41","members":[{"members.age":"30"}]}"#)
            .unwrap();
    let ctx = crate::validate::Context {
        answers: &adult,
        ..ctx
    };
    assert!(!ctx.is_relevant("older", &[]));
    assert!(!ctx.is_relevant("school", &[("members".to_string(), 0)]));

    let mut nowhere: Vec<Vec<&str>> = survey.iter().map(|r| r.to_vec()).collect();
    nowhere[11][3] = "/data/head/height > 2";
    let rows: Vec<&[&str]> = nowhere.iter().map(Vec::as_slice).collect();
    let message = import(&test_workbook(&rows, choices), "paths.xlsx")
        .map(|_| ())
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("row 12, column relevant")
            && message.contains("`head/height` leads to no question"),
        "{message}"
    );
}

// Patterns from the wild corpus (forms/tests/xlsform/wild/README.md), one test each.

#[test]
fn typographic_quotes_are_read_as_straight_quotes() {
    // OpenStreetMap field-mapping forms, typed in a word processor: `’school’`, `“x”`.
    let imported = import(
        &test_workbook(
            &[
                &["type", "name", "label", "relevant", "calculation"],
                &["text", "kind", "What is it?", "", ""],
                &[
                    "text",
                    "pupils",
                    "How many pupils at the ‘school’?",
                    "${kind}=’school’",
                    "",
                ],
                &["calculate", "tag", "", "", "concat(“amenity=”, ${kind})"],
            ],
            &[],
        ),
        "osm.xlsx",
    )
    .unwrap();
    let form = imported.form.compile().unwrap();
    assert_eq!(
        form.node("pupils").unwrap().relevant.as_deref(),
        Some("${kind}='school'")
    );
    assert_eq!(
        form.node("tag").unwrap().calculation.as_deref(),
        Some("concat(\"amenity=\", ${kind})")
    );
    for place in ["row 3, column relevant", "row 4, column calculation"] {
        assert!(
            imported
                .warnings
                .iter()
                .any(|w| w.contains(&format!("survey sheet, {place}: typographic quotes"))),
            "{place}: {:?}",
            imported.warnings
        );
    }
    // Labels are straightened too, as the reference converter does, without a warning.
    assert_eq!(imported.warnings.len(), 2, "{:?}", imported.warnings);
    assert_eq!(
        form.node("pupils")
            .unwrap()
            .label
            .0
            .values()
            .next()
            .unwrap(),
        "How many pupils at the 'school'?"
    );
}

#[test]
fn a_rank_with_or_other_ranks_other_and_asks_what_it_is() {
    let form = import(
        &test_workbook(
            &[
                &["type", "name", "label"],
                &["rank aspects or_other", "liked", "What did you like most?"],
            ],
            &[
                &["list_name", "name", "label"],
                &["aspects", "talks", "Talks"],
                &["aspects", "people", "People"],
            ],
        ),
        "event.xlsx",
    )
    .unwrap()
    .form
    .compile()
    .unwrap();
    let names: Vec<&str> = form
        .choices("aspects")
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(names, ["talks", "people", "other"]);
    let other = form.node("liked_other").unwrap();
    assert_eq!(other.kind, Kind::Text);
    assert_eq!(
        other.relevant.as_deref(),
        Some("selected(${liked}, 'other')")
    );
}

#[test]
fn a_dash_beside_a_regex_class_is_a_plain_dash_as_in_collect() {
    let imported = import(
        &test_workbook(
            &[
                &["type", "name", "label", "constraint"],
                &[
                    "text",
                    "email",
                    "E-mail",
                    r"regex(., '^[\w-\.]+@([\w-]+\.)+[\w-]{2,}$')",
                ],
            ],
            &[],
        ),
        "contact.xlsx",
    )
    .unwrap();
    assert!(
        imported.warnings.iter().any(
            |w| w.contains("survey sheet, row 2, column constraint: in the regular expression")
        ),
        "{:?}",
        imported.warnings
    );
    let form = imported.form.compile().unwrap();
    let check = |email: &str| {
        let answers = Answers::from([(
            "email".to_string(),
            crate::model::Answer::Value(email.into()),
        )]);
        validate(&form, &answers, "2026-12-05")
    };
    assert_eq!(check("a.b-c@mail.example.org"), vec![]);
    assert!(
        check("a b@mail")
            .iter()
            .any(|e| e.name == "email" && e.problem == Problem::Constraint),
        "{:?}",
        check("a b@mail")
    );
}

/// LSHTM's trachoma grading test keeps each photo's explanation in a `hint` column of a
/// choices list no question offers, and shows it with
/// `instance('reference')/root/item[name="Q001"]/hint`, as Collect does.
#[test]
fn a_choices_hint_column_is_a_cell_a_calculation_can_read() {
    use crate::model::Answers;
    let survey: &[&[&str]] = &[
        &["type", "name", "label", "calculation"],
        &["select_one grade", "q1", "Grade", ""],
        &[
            "calculate",
            "why",
            "",
            "instance('reference')/root/item[name=\"Q001\"]/hint",
        ],
    ];
    let choices: &[&[&str]] = &[
        &["list_name", "name", "label", "hint"],
        &["grade", "absent", "Absent", ""],
        &["reference", "Q001", "absent", "A healthy eyelid"],
    ];
    let form = import(&test_workbook(survey, choices), "trachoma.xlsx")
        .unwrap()
        .form
        .compile()
        .unwrap();
    let mut answers = Answers::new();
    crate::validate::settle(&form, &mut answers, "2026-12-07");
    assert_eq!(
        crate::model::value(&answers, "why", &[]),
        "A healthy eyelid"
    );
}

#[test]
fn an_instance_named_after_a_geojson_file_reads_its_features() {
    // `select_one_from_file buildings.geojson`, then `instance('buildings')` (ODK names a
    // file's instance without its extension), as OpenStreetMap field-mapping forms do.
    let geojson = r#"{"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.8, -1.28]},
         "properties": {"id": "b1", "title": "School", "amenity": "school"}}]}"#;
    let files = BTreeMap::from([("buildings.geojson".to_string(), geojson.as_bytes().to_vec())]);
    let survey: &[&[&str]] = &[
        &["type", "name", "label", "calculation"],
        &[
            "select_one_from_file buildings.geojson",
            "building",
            "Building",
            "",
        ],
        &[
            "calculate",
            "amenity",
            "",
            "instance('buildings')/root/item[id=${building}]/amenity",
        ],
    ];
    let form = import_with_files(&test_workbook(survey, &[]), "osm.xlsx", &files)
        .unwrap()
        .form
        .compile()
        .unwrap();
    assert_eq!(form.choices("buildings").len(), 1);
    // Only an expression reads it: the file is loaded under the instance's name.
    let survey: &[&[&str]] = &[survey[0], &["text", "building", "Building", ""], survey[2]];
    let form = import_with_files(&test_workbook(survey, &[]), "osm.xlsx", &files)
        .unwrap()
        .form;
    assert_eq!(form.choices["buildings"][0].attributes["amenity"], "school");
}

#[test]
fn a_lone_name_as_calculation_is_an_empty_value_as_in_collect() {
    let imported = import(
        &test_workbook(
            &[
                &["type", "name", "label", "calculation"],
                &["calculate", "image", "", "odktest.png"],
                &["calculate", "fee", "", "yes"],
                &["calculate", "kept", "", "'yes'"],
            ],
            &[],
        ),
        "waste.xlsx",
    )
    .unwrap();
    let form = imported.form.compile().unwrap();
    assert_eq!(
        form.node("image").unwrap().calculation.as_deref(),
        Some("''")
    );
    // yes/no words are true() and false() for the reference converter (found by
    // tests/odk_engine.rs: ODK's engine computes `true`).
    assert_eq!(
        form.node("fee").unwrap().calculation.as_deref(),
        Some("true()")
    );
    assert_eq!(
        form.node("kept").unwrap().calculation.as_deref(),
        Some("'yes'")
    );
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w
                .starts_with("survey sheet, row 2, column calculation: `odktest.png` is neither")),
        "{:?}",
        imported.warnings
    );
    assert_eq!(imported.warnings.len(), 1, "{:?}", imported.warnings);
    // A broken expression is still refused, where it is written.
    let Err(Error::XlsForm { row, column, .. }) = import(
        &test_workbook(
            &[
                &["type", "name", "label", "calculation"],
                &["calculate", "total", "", "${a} +"],
            ],
            &[],
        ),
        "broken.xlsx",
    ) else {
        panic!("a broken calculation imports");
    };
    assert_eq!((row, column.as_deref()), (Some(2), Some("calculation")));
}

#[test]
fn a_last_saved_default_reads_the_last_record_saved() {
    let sheet = |default: &str, calculation: &str| {
        test_workbook(
            &[
                &["type", "name", "label", "default", "calculation"],
                &["select_one material", "material", "Material", default, ""],
                &["integer", "floors", "Floors", "1", calculation],
            ],
            &[
                &["list_name", "name", "label"],
                &["material", "brick", "Brick"],
                &["material", "wood", "Wood"],
            ],
        )
    };
    let imported = import(&sheet("${last-saved#material}", ""), "buildings.xlsx").unwrap();
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    let form = imported.form.compile().unwrap();
    let start = |last: Option<&Answers>| {
        let mut answers = Answers::new();
        crate::prefill::apply_defaults(&form, &mut answers, "2026-12-06", last);
        crate::model::value(&answers, "material", &[])
    };
    assert!(crate::prefill::reads_last_saved(&form));
    assert_eq!(start(None), "", "no record saved yet: empty, as in ODK");
    let last = Answers::from([(
        "material".to_string(),
        crate::model::Answer::Value("wood".into()),
    )]);
    assert_eq!(start(Some(&last)), "wood");
    // A question the form does not have is refused where it is written.
    let Err(Error::XlsForm { row, column, .. }) =
        import(&sheet("${last-saved#roof}", ""), "buildings.xlsx")
    else {
        panic!("a last-saved reference to nothing imports");
    };
    assert_eq!((row, column.as_deref()), (Some(2), Some("default")));
    // A calculation reads it too (the phone binds it: `model::last_saved`).
    let imported = import(&sheet("", "${last-saved#floors}"), "buildings.xlsx").unwrap();
    let form = imported.form.compile().unwrap();
    assert!(crate::prefill::reads_last_saved(&form));
    let last = Answers::from([(
        "floors".to_string(),
        crate::model::Answer::Value("4".into()),
    )]);
    let bound = form.with_last_saved(Some(&last)).unwrap();
    let mut answers = Answers::new();
    crate::validate::settle(&bound, &mut answers, "2026-12-07");
    assert_eq!(crate::model::value(&answers, "floors", &[]), "4");
    // Elsewhere it is refused, naming the cell: relevance or a constraint read on the
    // server, which has no such record, would judge a record by other rules.
    let workbook = test_workbook(
        &[
            &["type", "name", "label", "relevant"],
            &["integer", "floors", "Floors", ""],
            &["text", "roof", "Roof", "${last-saved#floors} > 1"],
        ],
        &[&["list_name", "name", "label"]],
    );
    let Err(Error::XlsForm {
        row,
        column,
        message,
        ..
    }) = import(&workbook, "buildings.xlsx")
    else {
        panic!("a last-saved reference in a relevant imports");
    };
    assert_eq!((row, column.as_deref()), (Some(3), Some("relevant")));
    assert!(
        message.contains("default and calculation columns only"),
        "{message}"
    );
}

#[test]
fn a_name_written_without_braces_reads_as_nothing_as_in_collect() {
    // `selected(crops,'777')` in the question `crops_other`: for Collect the path
    // `crops_other/crops`, which holds nothing, so the question is never shown.
    let survey: &[&[&str]] = &[
        &["type", "name", "label", "relevant"],
        &["select_multiple crops", "crops", "Which crops?", ""],
        &[
            "text",
            "crops_other",
            "Which other crop?",
            "selected(crops,'777')",
        ],
        &[
            "text",
            "broken",
            "Broken",
            "selected(${crops}, '1') and count(x y)",
        ],
    ];
    let choices: &[&[&str]] = &[
        &["list_name", "name", "label"],
        &["crops", "1", "Maize"],
        &["crops", "777", "Other"],
    ];
    // A broken expression is still refused where it is written.
    let Err(Error::XlsForm { row, column, .. }) =
        import(&test_workbook(survey, choices), "farm.xlsx")
    else {
        panic!("a broken relevant imports");
    };
    assert_eq!((row, column.as_deref()), (Some(4), Some("relevant")));
    let imported = import(&test_workbook(&survey[..3], choices), "farm.xlsx").unwrap();
    let form = imported.form.compile().unwrap();
    assert_eq!(
        form.node("crops_other").unwrap().relevant.as_deref(),
        Some("selected('','777')")
    );
    assert!(
        imported.warnings.iter().any(|w| w
            .starts_with("survey sheet, row 3, column relevant: `crops` written without ${}")
            && w.contains("write ${crops}")),
        "{:?}",
        imported.warnings
    );
    // Never shown, as in Collect: an answer to it is not relevant.
    let answers = Answers::from([
        (
            "crops".to_string(),
            crate::model::Answer::Value("777".into()),
        ),
        (
            "crops_other".to_string(),
            crate::model::Answer::Value("sorghum".into()),
        ),
    ]);
    assert!(
        validate(&form, &answers, "2026-12-05")
            .iter()
            .any(|e| e.name == "crops_other" && e.problem == Problem::NotRelevant)
    );
}

/// Kobo forms write `null` for "no value" (`if(${a} > 0, ${a}, null) + ...`, 22 of them in
/// one sum of a Myanmar household tool): it reads as the empty value its author meant,
/// with no warning; another lone name is named once however often it is written.
#[test]
fn null_reads_as_empty_without_a_warning_and_a_lone_name_is_named_once() {
    let terms: Vec<String> = (0..40)
        .map(|_| "if(${a} > 0, ${a}, null)".to_string())
        .collect();
    let sum = terms.join(" + ");
    let survey: &[&[&str]] = &[
        &["type", "name", "label", "calculation"],
        &["integer", "a", "A", ""],
        &["calculate", "total", "", &sum],
        &["calculate", "twice", "", "concat(crops, '-', crops)"],
    ];
    let imported = import(&test_workbook(survey, &[]), "sums.xlsx").unwrap();
    let form = imported.form.compile().unwrap();
    assert!(
        !form
            .node("total")
            .unwrap()
            .calculation
            .as_deref()
            .unwrap()
            .contains("null")
    );
    assert_eq!(imported.warnings.len(), 1, "{:?}", imported.warnings);
    assert!(
        imported.warnings[0].contains("`crops` written without ${}")
            && !imported.warnings[0].contains("`crops`, `crops`"),
        "{:?}",
        imported.warnings
    );
}

/// A select's default that is no choice of its list starts the question unanswered, as
/// in ODK (found by tests/odk_engine.rs on an OpenStreetMap field form whose default was
/// `Fixme: I need this list`); a multiple choice keeps the defaults that are choices.
#[test]
fn a_select_default_that_is_no_choice_is_dropped_with_a_warning() {
    let imported = import(
        &test_workbook(
            &[
                &["type", "name", "label", "default"],
                &["select_one yn", "ward", "Ward", "Fixme: I need this list"],
                &["select_multiple yn", "both", "Both", "yes maybe"],
                &["select_one yn", "kept", "Kept", "no"],
            ],
            &[
                &["list_name", "name", "label"],
                &["yn", "yes", "Yes"],
                &["yn", "no", "No"],
            ],
        ),
        "ward.xlsx",
    )
    .unwrap();
    let form = &imported.form;
    let default = |name: &str| {
        form.body
            .iter()
            .find(|n| n.name == name)
            .unwrap()
            .default
            .clone()
    };
    assert_eq!(default("ward"), None);
    assert_eq!(default("both").as_deref(), Some("yes"));
    assert_eq!(default("kept").as_deref(), Some("no"));
    assert_eq!(imported.warnings.len(), 2, "{:?}", imported.warnings);
    assert!(
        imported.warnings[0].starts_with("survey sheet, row 2, column default: `Fixme"),
        "{:?}",
        imported.warnings
    );
}

/// A `${` left open in a label (`${patient_id)`, a health form's Indonesian column) is
/// refused where it is written, as pyxform refuses it: shown, it would read as noise.
#[test]
fn a_reference_left_open_in_a_label_is_refused_where_it_is_written() {
    let survey: &[&[&str]] = &[
        &[
            "type",
            "name",
            "label::English (en)",
            "label::Bahasa Indonesia (Indonesian)",
        ],
        &["text", "patient_id", "Patient ID", "ID pasien"],
        &[
            "integer",
            "dose",
            "Dose for ${patient_id}?",
            "Dosis ${patient_id) yang diterima?",
        ],
    ];
    let message = import(&test_workbook(survey, &[]), "doses.xlsx")
        .map(|_| ())
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("row 3, column label::Bahasa Indonesia (Indonesian)")
            && message.contains("`${patient_id)` is not a reference"),
        "{message}"
    );
}

/// Burmese written in Zawgyi imports with a warning that says what to do.
#[test]
fn a_burmese_column_in_zawgyi_is_reported() {
    let survey: &[&[&str]] = &[
        &["type", "name", "label::english", "label:: burmese"],
        &["text", "township", "Township", "ၿမိဳ႕နယ္"],
        &["text", "ward", "Ward", "ရပ္ကြက္"],
        &["integer", "members", "Members", "အိမ္ေထာင္စု ဝင္ဦးေရ"],
    ];
    let imported = import(&test_workbook(survey, &[]), "mm.xlsx").unwrap();
    assert!(
        imported.form.languages.iter().any(|l| l.code == "my"),
        "{:?}",
        imported.form.languages
    );
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.contains("Zawgyi") && w.contains("3 of its 3")),
        "{:?}",
        imported.warnings
    );
}

/// A Somali endline tool: `settlement` is required and filtered by district, and 19 of
/// its 43 districts have no settlement; a CAR health-facility tool: one prefecture with no
/// district. The import names the answers that leave the enumerator stuck.
#[test]
fn a_required_cascade_with_no_choice_for_some_answers_is_warned_of() {
    let survey: &[&[&str]] = &[
        &[
            "type",
            "name",
            "label",
            "required",
            "choice_filter",
            "relevant",
        ],
        &["select_one district", "district", "District", "yes", ""],
        &[
            "select_one settlement",
            "settlement",
            "Settlement",
            "yes",
            "district = ${district}",
        ],
        // Not required, or filtered some other way: an empty list is no dead end, or not judged.
        &[
            "select_one settlement",
            "optional",
            "Optional",
            "",
            "district=${district}",
        ],
        &[
            "select_one settlement",
            "other_way",
            "Other way",
            "yes",
            "${district} = district",
        ],
        &[
            "select_one settlement",
            "complex",
            "Complex",
            "yes",
            "district = ${district} or name = 'none'",
        ],
        &[
            "select_one settlement",
            "full",
            "Full",
            "yes",
            "region = ${district}",
        ],
        // Asked only where settlements are listed, by itself or by its group.
        &[
            "select_one settlement",
            "listed",
            "Listed",
            "yes",
            "district = ${district}",
            "${district} != 'balcad'",
        ],
        &[
            "begin_group",
            "g",
            "Group",
            "",
            "",
            "${district} != 'balcad'",
        ],
        &[
            "select_one settlement",
            "grouped",
            "Grouped",
            "yes",
            "district = ${district}",
        ],
        &["end_group", "", "", "", ""],
        // `or_other` adds the choice `other` to the districts: not a stranded answer.
        &[
            "select_one district or_other",
            "district2",
            "District",
            "yes",
            "",
        ],
        &[
            "select_one settlement",
            "second",
            "Second",
            "yes",
            "district = ${district2}",
        ],
    ];
    let choices: &[&[&str]] = &[
        &["list_name", "name", "label", "district", "region"],
        &["district", "baidoa", "Baidoa", "", ""],
        &["district", "balcad", "Balcad", "", ""],
        &["district", "jowhar", "Jowhar", "", ""],
        &["settlement", "isha", "Isha", "baidoa", "baidoa"],
        &["settlement", "mahaday", "Mahaday", "jowhar", "balcad"],
        &["settlement", "none", "None", "", "jowhar"],
    ];
    let imported = import(&test_workbook(survey, choices), "endline.xlsx").unwrap();
    let stuck: Vec<&String> = imported
        .warnings
        .iter()
        .filter(|w| w.contains("offers no choice"))
        .collect();
    assert_eq!(
        stuck,
        [
            "survey sheet, row 3, column choice_filter: `settlement` is required, but its list offers no choice when `district` is `balcad` (1 of the 3 choices of `district`): an enumerator who answers that cannot go on, in Collect as in Sauti; add their choices, or make `settlement` not required",
            "survey sheet, row 5, column choice_filter: `other_way` is required, but its list offers no choice when `district` is `balcad` (1 of the 3 choices of `district`): an enumerator who answers that cannot go on, in Collect as in Sauti; add their choices, or make `other_way` not required",
            "survey sheet, row 13, column choice_filter: `second` is required, but its list offers no choice when `district2` is `balcad` (1 of the 3 choices of `district2`): an enumerator who answers that cannot go on, in Collect as in Sauti; add their choices, or make `second` not required",
        ],
        "{:?}",
        imported.warnings
    );
    assert!(imported.warnings[0].contains("offers no choice"), "first");
}

/// Three things REACH field tools of 2019-2020 (Yemen, Niger, Syria) do that pyxform
/// converts or explains, found on their first import.
#[test]
fn a_constraint_no_choice_meets_is_warned_of() {
    let survey: &[&[&str]] = &[
        &["type", "name", "label", "constraint", "choice_filter"],
        &["select_one yesno", "consent", "Do you agree?", ".='1'", ""],
        &["select_one yesno", "agree", "Agree?", ".='yes'", ""],
        // Reads another answer, or the clock: not judged on its own.
        &["select_one yesno", "other", "Other?", ". = ${consent}", ""],
        &[
            "select_one yesno",
            "dated",
            "Dated?",
            ". = 'yes' and today() < '2000-01-01'",
            "",
        ],
        // Names itself as `.` would.
        &[
            "select_one yesno",
            "itself",
            "Itself?",
            "${itself} = 'maybe'",
            "",
        ],
        &["begin_group", "g", "Coping", "", "field list"],
        &["text", "t", "Text", "", "district = ${consent}"],
        &["end_group", "", "", "", ""],
    ];
    let choices: &[&[&str]] = &[
        &["list_name", "name", "label"],
        &["yesno", "yes", "Yes"],
        &["yesno", "no", "No"],
    ];
    let imported = import(&test_workbook(survey, choices), "dead.xlsx").unwrap();
    let about = |what: &str| {
        imported
            .warnings
            .iter()
            .filter(|w| w.contains(what))
            .cloned()
            .collect::<Vec<_>>()
    };
    assert!(imported.warnings[0].contains("holds for none"), "first");
    assert_eq!(
        about("holds for none"),
        [
            "survey sheet, row 2, column constraint: `.='1'` holds for none of the choices of `yesno` (yes, no): no answer to `consent` can be saved, in Collect as in Sauti",
            "survey sheet, row 6, column constraint: `${itself} = 'maybe'` holds for none of the choices of `yesno` (yes, no): no answer to `itself` can be saved, in Collect as in Sauti"
        ],
        "{:?}",
        imported.warnings
    );
    // A choice filter on a group or a text question is ignored, as pyxform ignores it.
    let ignored = about("is ignored");
    assert_eq!(ignored.len(), 2, "{ignored:?}");
    assert!(ignored[0].starts_with("survey sheet, row 7, column choice_filter: `field list`"));
    assert!(ignored[0].ends_with("(was it meant for the appearance column?)"));
    assert!(
        imported
            .form
            .compile()
            .unwrap()
            .node("t")
            .unwrap()
            .choice_filter
            .is_none()
    );
}

/// Kobo forms of a Bangladesh programme: `select_one_external upazila_list` whose list was
/// uploaded as a CSV, with no `external_choices` sheet. The message says where the list is
/// looked for, not "the choices sheet".
#[test]
fn an_external_select_without_its_sheet_says_which_sheet_is_missing() {
    let survey: &[&[&str]] = &[
        &["type", "name", "label", "choice_filter"],
        &["select_one district", "district", "District", ""],
        &[
            "select_one_external upazila",
            "upazila",
            "Upazila",
            "district=${district}",
        ],
    ];
    let choices: &[&[&str]] = &[
        &["list_name", "name", "label"],
        &["district", "dhaka", "Dhaka"],
    ];
    let message = import(&test_workbook(survey, choices), "registration.xlsx")
        .map(|_| ())
        .unwrap_err()
        .to_string();
    assert!(
        message.starts_with("survey sheet, row 3, column type: `upazila`: the choice list `upazila` is not defined: a `select_one_external` question's choices are read from the `external_choices` sheet, which this workbook does not have"),
        "{message}"
    );
    let external: &[&[&str]] = &[
        &["list_name", "name", "label", "district"],
        &["thana", "savar", "Savar", "dhaka"],
    ];
    let message = import(
        &test_book(&[
            ("survey", survey),
            ("choices", choices),
            ("external_choices", external),
        ]),
        "registration.xlsx",
    )
    .map(|_| ())
    .unwrap_err()
    .to_string();
    assert!(
        message.ends_with("the choice list `upazila` is not defined in the external_choices sheet"),
        "{message}"
    );
}

#[test]
fn a_sheet_named_nearly_right_is_named_in_the_message() {
    let survey: &[&[&str]] = &[
        &["type", "name", "label"],
        &["select_one_external district", "district", "District"],
    ];
    let external: &[&[&str]] = &[
        &["list_name", "name", "label"],
        &["district", "aleppo", "Aleppo"],
    ];
    let settings: &[&[&str]] = &[&["form_title"], &["Water"]];
    let message = import(
        &test_book(&[
            ("survey", survey),
            ("external choices", external),
            ("setting", settings),
        ]),
        "wash.xlsx",
    )
    .map(|_| ())
    .unwrap_err()
    .to_string();
    assert!(
        message.contains("(the sheet `external choices` is not read: name it `external_choices` if it is the external choices sheet)"),
        "{message}"
    );
    let imported = import(
        &test_book(&[
            ("survey", &[&["type", "name", "label"], &["text", "a", "A"]]),
            ("setting", settings),
        ]),
        "wash.xlsx",
    )
    .unwrap();
    assert!(
        imported.warnings.contains(
            &"the sheet `setting` is not read: name it `settings` if it is the settings sheet"
                .to_string()
        ),
        "{:?}",
        imported.warnings
    );
    // A workbook of one sheet is the survey, whatever its name: not said to be unread.
    let alone = import(
        &test_book(&[(
            "setting",
            &[&["type", "name", "label"], &["text", "a", "A"]],
        )]),
        "alone.xlsx",
    )
    .unwrap();
    assert!(
        !alone.warnings.iter().any(|w| w.contains("is not read")),
        "{:?}",
        alone.warnings
    );
}

/// A lookup table pasted over the external choices (DRC situation monitoring, 2021):
/// pyxform does not read that sheet; Sauti says what is missing where it is missing.
#[test]
fn a_choices_sheet_without_names_is_told_once_with_its_columns() {
    let message = import(
        &test_book(&[
            (
                "survey",
                &[
                    &["type", "name", "label"],
                    &["select_one_external localites", "loc", "Localité"],
                ],
            ),
            (
                "external_choices",
                &[
                    &["v_name", "v_label", "list_name"],
                    &["aba_aba", "Aba", "localites"],
                ],
            ),
        ]),
        "hsm.xlsx",
    )
    .map(|_| ())
    .unwrap_err()
    .to_string();
    assert!(
        message.contains("external_choices sheet, row 1")
            && message.contains("no `name` column")
            && message.contains("`v_name`, `v_label`, `list_name`"),
        "{message}"
    );
}

/// SurveyCTO and hand-edited headers: `label:Arabic`, `label: Arabic` are the language
/// as `label::Arabic` is.
#[test]
fn a_language_after_one_colon_is_a_language() {
    let imported = import(
        &test_workbook(
            &[
                &[
                    "type",
                    "name",
                    "label::English",
                    "label: Arabic",
                    "hint:Arabic",
                ],
                &["text", "a", "Name", "الاسم", "تلميح"],
            ],
            &[],
        ),
        "one_colon.xlsx",
    )
    .unwrap();
    let mut codes: Vec<&str> = imported
        .form
        .languages
        .iter()
        .map(|l| l.code.as_str())
        .collect();
    codes.sort();
    assert_eq!(codes, ["ar", "en"], "{:?}", imported.warnings);
    let node = imported.form.compile().unwrap();
    let node = node.node("a").unwrap();
    assert_eq!(node.label.0.get("ar").map(String::as_str), Some("الاسم"));
    assert_eq!(node.hint.0.get("ar").map(String::as_str), Some("تلميح"));
}

/// A Plan International registration (Bangladesh): a repeat's serial number is a text
/// question `child_no`, read-only, whose calculation copies `cal_posi`, a `calculate` of
/// `position(..)`. Both hold the instance's place once the repeat is sized.
#[test]
fn a_read_only_question_copies_the_position_of_its_instance() {
    let survey: &[&[&str]] = &[
        &[
            "type",
            "name",
            "label",
            "required",
            "calculation",
            "readonly",
            "repeat_count",
        ],
        &["integer", "n", "How many?", "yes", "", "", ""],
        &["begin repeat", "ado", "", "", "", "", "${n}"],
        &["calculate", "cal_posi", "", "", "position(..)", "", ""],
        &[
            "text",
            "child_no",
            "Serial",
            "Yes",
            "${cal_posi}",
            "TRUE",
            "",
        ],
        &["end repeat", "", "", "", "", "", ""],
    ];
    let form = import(&test_workbook(survey, &[]), "ado.xlsx")
        .unwrap()
        .form
        .compile()
        .unwrap();
    let mut answers = Answers::from([("n".to_string(), crate::model::Answer::Value("2".into()))]);
    crate::validate::settle(&form, &mut answers, "2026-12-07");
    let Some(crate::model::Answer::Repeat(items)) = answers.get("ado") else {
        panic!("{answers:?}");
    };
    let serials: Vec<_> = items
        .iter()
        .map(|i| (i.get("cal_posi"), i.get("child_no")))
        .collect();
    assert_eq!(
        format!("{serials:?}"),
        r#"[(Some(Value("1")), Some(Value("1"))), (Some(Value("2")), Some(Value("2")))]"#
    );
    assert!(validate(&form, &answers, "2026-12-07").is_empty());
    // A count lowered drops the instance its serial alone fills.
    answers.insert("n".to_string(), crate::model::Answer::Value("1".into()));
    crate::validate::settle_after(&form, &mut answers, "2026-12-07", "n");
    let Some(crate::model::Answer::Repeat(items)) = answers.get("ado") else {
        panic!("{answers:?}");
    };
    assert_eq!(items.len(), 1);
}

/// OCHA's Syria assessment ranks three concerns: each list offers every concern but the
/// other two answers (`me != ${c2} and me != ${c3}`), so the first reads the second and the
/// second the first. Collect loads it (a choice filter is read when the list is shown);
/// Sauti refused it as a loop. Each list offers what the other ranks have not taken.
#[test]
fn ranked_choices_that_filter_each_other_import() {
    let workbook = test_workbook(
        &[
            &["type", "name", "label", "choice_filter"],
            &[
                "select_one concern",
                "c1",
                "First concern",
                "me != ${c2} and me != ${c3}",
            ],
            &[
                "select_one concern",
                "c2",
                "Second concern",
                "me != ${c1} and me != ${c3}",
            ],
            &[
                "select_one concern",
                "c3",
                "Third concern",
                "me != ${c1} and me != ${c2}",
            ],
        ],
        &[
            &["list_name", "name", "label", "me"],
            &["concern", "water", "Water", "water"],
            &["concern", "food", "Food", "food"],
            &["concern", "shelter", "Shelter", "shelter"],
            &["concern", "safety", "Safety", "safety"],
        ],
    );
    let form = import(&workbook, "syria.xlsx")
        .unwrap()
        .form
        .compile()
        .unwrap();
    let today = "2026-12-07";
    let answer = |a: &mut Answers, q: &str, v: &str| {
        a.insert(q.into(), crate::model::Answer::Value(v.into()));
        crate::validate::settle_after(&form, a, today, q);
    };
    let value = |a: &Answers, q: &str| crate::model::value(a, q, &[]);
    let mut a = Answers::new();
    crate::validate::settle(&form, &mut a, today);
    answer(&mut a, "c1", "water");
    answer(&mut a, "c2", "food");
    answer(&mut a, "c3", "shelter");
    assert!(crate::validate::validate(&form, &a, today).is_empty());
    let mut whole = a.clone();
    crate::validate::settle(&form, &mut whole, today);
    assert_eq!(whole, a, "a consistent record is left as it is");
    // Each list offers what the other two ranks have not taken.
    let offered = |a: &Answers, q: &str| {
        let ctx = crate::validate::Context {
            form: &form,
            answers: a,
            today,
        };
        let node = form.node(q).unwrap();
        ctx.visible_choices(node, &[])
            .into_iter()
            .map(|c| c.name)
            .collect::<Vec<_>>()
    };
    assert_eq!(offered(&a, "c1"), ["water", "safety"]);
    assert_eq!(offered(&a, "c2"), ["food", "safety"]);
    // The third becomes safety: the first and second may now take shelter.
    answer(&mut a, "c3", "safety");
    assert_eq!(offered(&a, "c1"), ["water", "shelter"]);
    assert_eq!(value(&a, "c1"), "water");
    // An answer another rank holds (an old draft, a correction) is not offered: cleared,
    // as any choice a filter no longer offers; the other ranks keep theirs.
    answer(&mut a, "c1", "food");
    assert_eq!(
        (value(&a, "c1"), value(&a, "c2"), value(&a, "c3")),
        (String::new(), "food".into(), "safety".into())
    );
    // A real loop is still refused.
    let looped = test_workbook(
        &[
            &["type", "name", "label", "calculation"],
            &["calculate", "x", "", "${y} + 1"],
            &["calculate", "y", "", "${x} + 1"],
        ],
        &[&["list_name", "name", "label"]],
    );
    assert!(import(&looped, "loop.xlsx").is_err());
}

/// A choice filter reading a calculation further on keeps its place after it: a whole
/// settle (a draft opened, a steward's correction) sees the new value before the filter
/// (only ranked questions filtering each other in a loop are ordered without such reads).
#[test]
fn a_filter_reading_a_later_calculation_is_settled_after_it() {
    let workbook = test_workbook(
        &[
            &["type", "name", "label", "choice_filter", "calculation"],
            &[
                "select_one need",
                "need",
                "Main need",
                "name != ${covered}",
                "",
            ],
            &["integer", "hh_size", "Household size", "", ""],
            &[
                "calculate",
                "covered",
                "",
                "",
                "if(${hh_size} > 5, 'food', 'water')",
            ],
        ],
        &[
            &["list_name", "name", "label"],
            &["need", "water", "Water"],
            &["need", "food", "Food"],
            &["need", "shelter", "Shelter"],
        ],
    );
    let form = import(&workbook, "needs.xlsx")
        .unwrap()
        .form
        .compile()
        .unwrap();
    let today = "2026-12-07";
    let v = |s: &str| crate::model::Answer::Value(s.into());
    let mut a = Answers::from([("need".into(), v("food")), ("hh_size".into(), v("3"))]);
    crate::validate::settle(&form, &mut a, today);
    assert_eq!(crate::model::value(&a, "need", &[]), "food");
    // Six people: food is covered, so no longer offered as the main need.
    a.insert("hh_size".into(), v("6"));
    crate::validate::settle(&form, &mut a, today);
    assert_eq!(crate::model::value(&a, "covered", &[]), "food");
    assert_eq!(
        crate::model::value(&a, "need", &[]),
        "",
        "cleared in the same pass"
    );
    assert!(crate::validate::validate(&form, &a, today).is_empty());
}

/// `randomize=true` and `seed` on a select, as pyxform reads them: the order is ODK's for
/// the seed the record holds; a parameter pyxform refuses is refused with its row.
#[test]
fn a_select_s_choices_are_shuffled_as_odk_shuffles_them() {
    let book = |parameters: &str| {
        test_workbook(
            &[
                &["type", "name", "label", "parameters", "calculation"],
                &["calculate", "s", "", "", "42"],
                &["select_one colour", "first", "Which first?", parameters, ""],
            ],
            &[
                &["list_name", "name", "label"],
                &["colour", "c1", "One"],
                &["colour", "c2", "Two"],
                &["colour", "c3", "Three"],
                &["colour", "c4", "Four"],
                &["colour", "c5", "Five"],
                &["colour", "c6", "Six"],
                &["colour", "c7", "Seven"],
                &["colour", "c8", "Eight"],
            ],
        )
    };
    let order = |parameters: &str| {
        let form = import(&book(parameters), "order.xlsx")
            .unwrap()
            .form
            .compile()
            .unwrap();
        let mut answers = Answers::new();
        crate::validate::settle(&form, &mut answers, "2026-11-26");
        let ctx = crate::validate::Context {
            form: &form,
            answers: &answers,
            today: "2026-11-26",
        };
        let node = form.node("first").unwrap();
        let shown = ctx.visible_indices(node, &[]);
        ctx.ordered(node, &[], shown, 7)
            .into_iter()
            .map(|i| i + 1)
            .collect::<Vec<_>>()
    };
    // ODK Web Forms' order for seed 42 (`shuffle.rs`), from the calculation or written.
    assert_eq!(order("randomize=true seed=${s}"), [1, 6, 3, 2, 8, 5, 7, 4]);
    assert_eq!(order("randomize=true seed=42"), [1, 6, 3, 2, 8, 5, 7, 4]);
    // Written as pyxform reads it: any case, spaces around `=`, `,` or `;` between.
    assert_eq!(
        order("Randomize = TRUE; seed = ${s}"),
        [1, 6, 3, 2, 8, 5, 7, 4]
    );
    assert_eq!(order("randomize=True,seed=42"), [1, 6, 3, 2, 8, 5, 7, 4]);
    assert_eq!(order(""), [1, 2, 3, 4, 5, 6, 7, 8]);
    assert_eq!(order("randomize=false"), [1, 2, 3, 4, 5, 6, 7, 8]);
    // No seed: the phone's, the same each time it is drawn.
    let random = order("randomize=true");
    assert_ne!(random, [1, 2, 3, 4, 5, 6, 7, 8]);
    assert_eq!(order("randomize=true"), random);
    // A form stored before these were checked still loads, its choices as listed.
    let mut stored = import(&book("randomize=true"), "order.xlsx").unwrap().form;
    for node in &mut stored.body {
        if node.name == "first" {
            node.attributes.insert("parameters".into(), "seed=3".into());
        }
    }
    let stored = stored.compile().unwrap();
    assert!(stored.exprs("first").unwrap().seed.is_none());
    for (parameters, says) in [
        ("randomize=yes", "'yes' is an invalid value"),
        ("seed=3", "randomize=true to use a seed"),
        ("randomize=true seed=abc", "a number or a reference"),
        ("randomize=true seed=${nowhere}", "nowhere"),
    ] {
        let refused = import(&book(parameters), "order.xlsx")
            .unwrap_err()
            .to_string();
        assert!(
            refused.contains("row 3") && refused.contains("parameters") && refused.contains(says),
            "{parameters}: {refused}"
        );
    }
}

/// ODK's "choose from the earlier pets' types" pattern: a select offered the answers of
/// a question further on in the same repeat, the current instance's left out by its
/// filter, and that question relevant only while nothing is chosen. No loop in ODK (it
/// reads a list when it shows it); imported, and settled as ODK settles it.
#[test]
fn a_select_offered_a_later_question_s_answers_in_its_repeat_is_no_loop() {
    let form = import(
        &test_workbook(
            &[
                &[
                    "type",
                    "name",
                    "label",
                    "choice_filter",
                    "relevant",
                    "calculation",
                ],
                &["begin_repeat", "pet", "Pet", "", "", ""],
                &["calculate", "pos", "", "", "", "position(..)"],
                &[
                    "select_one ${animal_type}",
                    "animal_select",
                    "Select the animal type",
                    "position() != current()/../pos and animal_type != ''",
                    "",
                    "",
                ],
                &[
                    "text",
                    "animal_type",
                    "Animal type",
                    "",
                    "${animal_select} = ''",
                    "",
                ],
                &["end_repeat", "", "", "", "", ""],
            ],
            &[&["list_name", "name", "label"]],
        ),
        "pets.xlsx",
    )
    .unwrap()
    .form
    .compile()
    .unwrap();
    let mut answers = Answers::new();
    for _ in 0..2 {
        crate::model::add_instance(&mut answers, "pet", &[], Answers::new());
    }
    let first = [("pet".to_string(), 0)];
    let second = [("pet".to_string(), 1)];
    crate::model::set_value(&mut answers, "animal_type", &first, "dog".into());
    crate::model::set_value(&mut answers, "animal_type", &second, "typed first".into());
    crate::model::set_value(&mut answers, "animal_select", &second, "dog".into());
    crate::validate::settle(&form, &mut answers, "2026-12-07");
    assert_eq!(crate::model::value(&answers, "animal_type", &first), "dog");
    // Chosen from the list: the second pet's own type is no longer asked, nor kept.
    assert_eq!(crate::model::value(&answers, "animal_type", &second), "");
    assert_eq!(
        crate::model::value(&answers, "animal_select", &second),
        "dog"
    );
    assert!(crate::validate::validate(&form, &answers, "2026-12-07").is_empty());
    // Each pet is offered the other pets' types, never its own (`current()/../pos`).
    crate::model::add_instance(&mut answers, "pet", &[], Answers::new());
    let third = [("pet".to_string(), 2)];
    crate::model::set_value(&mut answers, "animal_type", &third, "goat".into());
    crate::validate::settle(&form, &mut answers, "2026-12-07");
    let ctx = crate::validate::Context {
        form: &form,
        answers: &answers,
        today: "2026-12-07",
    };
    let node = form.node("animal_select").unwrap();
    let offered = |at: &[(String, usize)]| {
        ctx.visible_choices(node, at)
            .into_iter()
            .map(|c| c.name)
            .collect::<Vec<_>>()
    };
    assert_eq!(offered(&first), ["goat"]);
    assert_eq!(offered(&second), ["dog", "goat"]);
    assert_eq!(offered(&third), ["dog"]);
}

/// pyxform's "representative of the household" form: members offered are this
/// household's only, and `${target_min_age}` (beside the select, not in the members) is
/// read in the select's own instance, as pyxform's `current()/../target_min_age`.
#[test]
fn a_list_of_a_nested_repeat_s_answers_offers_this_household_s_members() {
    let form = import(
        &test_workbook(
            &[
                &["type", "name", "label", "choice_filter"],
                &["begin_repeat", "household", "Household", ""],
                &["begin_repeat", "member", "Member", ""],
                &["text", "name", "Name", ""],
                &["integer", "age", "Age", ""],
                &["end_repeat", "", "", ""],
                &["begin_repeat", "selected", "Representative", ""],
                &["integer", "target_min_age", "Minimum age", ""],
                &[
                    "select_one ${name}",
                    "selected_name",
                    "Choose",
                    "${age} > ${target_min_age}",
                ],
                &["end_repeat", "", "", ""],
                &["end_repeat", "", "", ""],
            ],
            &[&["list_name", "name", "label"]],
        ),
        "households.xlsx",
    )
    .unwrap()
    .form
    .compile()
    .unwrap();
    let member = |name: &str, age: &str| -> Answers {
        [("name", name), ("age", age)]
            .into_iter()
            .map(|(k, v)| (k.to_string(), crate::model::Answer::Value(v.into())))
            .collect()
    };
    let household = |members: Vec<Answers>, targets: &[&str]| -> Answers {
        let selected = targets
            .iter()
            .map(|t| {
                [(
                    "target_min_age".to_string(),
                    crate::model::Answer::Value(t.to_string()),
                )]
                .into_iter()
                .collect()
            })
            .collect();
        [
            ("member".to_string(), crate::model::Answer::Repeat(members)),
            (
                "selected".to_string(),
                crate::model::Answer::Repeat(selected),
            ),
        ]
        .into_iter()
        .collect()
    };
    let mut answers = Answers::new();
    answers.insert(
        "household".into(),
        crate::model::Answer::Repeat(vec![
            household(
                vec![member("Amina", "30"), member("Bilal", "10")],
                &["18", "5"],
            ),
            household(vec![member("Chidi", "40")], &["18"]),
        ]),
    );
    let ctx = crate::validate::Context {
        form: &form,
        answers: &answers,
        today: "2026-12-07",
    };
    let node = form.node("selected_name").unwrap();
    let offered = |h: usize, s: usize| {
        let at = [("household".to_string(), h), ("selected".to_string(), s)];
        ctx.visible_choices(node, &at)
            .into_iter()
            .map(|c| c.name)
            .collect::<Vec<_>>()
    };
    assert_eq!(offered(0, 0), ["Amina"]);
    assert_eq!(offered(0, 1), ["Amina", "Bilal"]);
    assert_eq!(offered(1, 0), ["Chidi"]);
}

/// A number question's default that is no number (`foo`) starts it empty, as in ODK, with
/// a warning; a number, an expression, or digits of another script stay.
#[test]
fn a_number_default_that_is_no_number_is_dropped_and_said() {
    let imported = import(
        &test_workbook(
            &[
                &["type", "name", "label", "default"],
                &["integer", "numba", "Foo", "foo"],
                &["begin_repeat", "r", "R", ""],
                &["decimal", "bar", "Bar", "12.5"],
                &["integer", "baz", "Baz", "${bar} + 1"],
                &["integer", "arabic", "Arabic", "١٢"],
                &["integer", "sum", "Sum", "1 + 1"],
                &["end_repeat", "", "", ""],
            ],
            &[&["list_name", "name", "label"]],
        ),
        "defaults.xlsx",
    )
    .unwrap();
    let compiled = imported.form.clone().compile().unwrap();
    let default = |name: &str| compiled.node(name).and_then(|n| n.default.clone());
    assert_eq!(default("numba"), None);
    assert_eq!(default("bar").as_deref(), Some("12.5"));
    assert_eq!(default("baz").as_deref(), Some("${bar} + 1"));
    assert_eq!(default("arabic").as_deref(), Some("12"));
    // Arithmetic in a number question is worked out, as pyxform marks it dynamic.
    assert!(compiled.exprs("sum").unwrap().default.is_some());
    let said: Vec<_> = imported
        .warnings
        .iter()
        .filter(|w| w.contains("is not a number"))
        .collect();
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].contains("row 2") && said[0].contains("`foo`"));
    // A broken expression is refused where it is written, not dropped as "no number".
    let refused = import(
        &test_workbook(
            &[
                &["type", "name", "label", "default"],
                &["integer", "a", "A", ""],
                &["integer", "broken", "Broken", "if(${a} > 1, 2)"],
            ],
            &[&["list_name", "name", "label"]],
        ),
        "defaults.xlsx",
    )
    .unwrap_err()
    .to_string();
    assert!(
        refused.contains("row 3") && refused.contains("default"),
        "{refused}"
    );
}

/// A shuffled row of a table would put its buttons under other choices' labels: a table
/// keeps its header's order, and the import says `randomize` is not applied there.
#[test]
fn randomize_in_a_table_row_is_said_not_applied() {
    let choices: &[&[&str]] = &[
        &["list_name", "name", "label"],
        &["yn", "yes", "Yes"],
        &["yn", "no", "No"],
    ];
    let warned = |rows: &[&[&str]]| {
        import(&test_workbook(rows, choices), "table.xlsx")
            .unwrap()
            .warnings
            .into_iter()
            .filter(|w| w.contains("randomize"))
            .collect::<Vec<_>>()
    };
    let in_table = warned(&[
        &["type", "name", "label", "appearance", "parameters"],
        &["begin_group", "t", "Table", "table-list", ""],
        &["select_one yn", "a", "A", "", "randomize=true"],
        &["select_one yn", "b", "B", "", ""],
        &["end_group", "", "", "", ""],
        &["select_one yn", "c", "C", "list-nolabel", "randomize=true"],
        &["select_one yn", "d", "D", "", "randomize=true"],
    ]);
    assert_eq!(in_table.len(), 2, "{in_table:?}");
    assert!(in_table[0].contains("row 3") && in_table[0].contains("`a`"));
    assert!(in_table[1].contains("row 6") && in_table[1].contains("`c`"));
}

/// A form made for ODK Central's entities imports (its answers are what Sauti keeps), and
/// its author is told the entity list is not made.
#[test]
fn a_form_that_makes_entities_imports_and_says_the_list_is_not_made() {
    let imported = import(
        &test_book(&[
            (
                "survey",
                &[
                    &["type", "name", "label", "save_to"],
                    &["text", "species", "Species", "species"],
                    &["integer", "girth", "Girth (cm)", "girth_cm"],
                ],
            ),
            (
                "entities",
                &[
                    &["list_name", "label"],
                    &["trees", "concat(${species}, ' ', ${girth})"],
                ],
            ),
        ]),
        "trees.xlsx",
    )
    .unwrap();
    assert!(imported.form.compile().unwrap().node("girth").is_some());
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.contains("`entities` sheet") && w.contains("no list is made")),
        "{:?}",
        imported.warnings
    );
    // A template's empty entities sheet (its header alone) says nothing.
    let empty = import(
        &test_book(&[
            (
                "survey",
                &[&["type", "name", "label"], &["text", "species", "Species"]],
            ),
            ("entities", &[&["list_name", "label"]]),
        ]),
        "trees.xlsx",
    )
    .unwrap();
    assert!(
        !empty.warnings.iter().any(|w| w.contains("entities")),
        "{:?}",
        empty.warnings
    );
    // Without the sheet, no such warning.
    let plain = import(
        &test_workbook(
            &[&["type", "name", "label"], &["text", "species", "Species"]],
            &[],
        ),
        "plain.xlsx",
    )
    .unwrap();
    assert!(!plain.warnings.iter().any(|w| w.contains("entities")));
}

/// A form sealed for a private key (`public_key`, ODK's and SurveyCTO's encryption)
/// imports (XLSForm's own examples carry one), its admin told first that Sauti's server
/// reads its records; a `submission_url` is said to be another server's.
#[test]
fn a_form_sealed_for_a_private_key_is_said_to_be_read_here_and_another_server_s_url_is_named() {
    let book = |settings: &[&[&str]]| {
        test_book(&[
            (
                "survey",
                &[&["type", "name", "label"], &["text", "village", "Village"]],
            ),
            ("settings", settings),
        ])
    };
    let sealed = import(
        &book(&[
            &["form_id", "public_key"],
            &["hh", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKC"],
        ]),
        "hh.xlsx",
    )
    .unwrap();
    assert!(
        sealed.warnings[0].contains("column public_key")
            && sealed.warnings[0].contains("stewards read them here"),
        "{:?}",
        sealed.warnings
    );
    let imported = import(
        &book(&[
            &["form_id", "public_key", "submission_url"],
            &["hh", "", "https://example.surveycto.com/submission"],
        ]),
        "hh.xlsx",
    )
    .unwrap();
    assert!(!imported.warnings.iter().any(|w| w.contains("public_key")));
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.contains("https://example.surveycto.com/submission")),
        "{:?}",
        imported.warnings
    );
}

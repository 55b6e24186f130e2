//! The form engine on large forms (TARGETS.md): the 1,000-question chained form (question i
//! relevant when question i-1 > 0, one calculation summing the last ten) and a 5,000-question
//! one. For each: XLSForm import from `.xlsx` bytes, compile (parse every expression, build
//! the dependency graph), reading the compiled form's JSON as the phone does, a full settle,
//! and re-evaluation after one answer. `cargo bench -p forms --features xlsform --bench engine`.

use std::hint::black_box;
use std::io::{Cursor, Write};
use std::time::{Duration, Instant};

use forms::model::{self, Answers, Form};
use forms::validate::{settle, settle_after};

const TODAY: &str = "2026-11-25";

fn measure(name: &str, n: usize, mut f: impl FnMut()) {
    f(); // warm up
    let mut runs: Vec<Duration> = (0..n)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    runs.sort();
    println!(
        "{name:<62} median {:>9.3} ms  ({n} runs)",
        runs[n / 2].as_secs_f64() * 1e3
    );
}

/// A minimal `.xlsx` (inline strings) with the survey and settings sheets of a form.
fn xlsx(survey: &[Vec<String>], settings: &[Vec<String>]) -> Vec<u8> {
    fn sheet(rows: &[Vec<String>]) -> String {
        let mut xml = String::from(
            r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
        );
        for (r, row) in rows.iter().enumerate() {
            xml.push_str(&format!(r#"<row r="{}">"#, r + 1));
            for (c, value) in row.iter().enumerate() {
                let escaped = value
                    .replace('&', "&amp;")
                    .replace('<', "&lt;")
                    .replace('>', "&gt;");
                xml.push_str(&format!(
                    r#"<c r="{}{}" t="inlineStr"><is><t>{escaped}</t></is></c>"#,
                    (b'A' + c as u8) as char,
                    r + 1
                ));
            }
            xml.push_str("</row>");
        }
        xml + "</sheetData></worksheet>"
    }
    let sheets = [("survey", sheet(survey)), ("settings", sheet(settings))];
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let mut put = |path: &str, body: &str| {
        zip.start_file(path, options).unwrap();
        zip.write_all(body.as_bytes()).unwrap();
    };
    let ns = "http://schemas.openxmlformats.org";
    let mut types = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
    );
    let mut book = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{ns}/spreadsheetml/2006/main" xmlns:r="{ns}/officeDocument/2006/relationships"><sheets>"#
    );
    let mut rels = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{ns}/package/2006/relationships">"#
    );
    for (i, (name, _)) in sheets.iter().enumerate() {
        let n = i + 1;
        types.push_str(&format!(r#"<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#));
        book.push_str(&format!(
            r#"<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>"#
        ));
        rels.push_str(&format!(r#"<Relationship Id="rId{n}" Type="{ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>"#));
    }
    put("[Content_Types].xml", &(types + "</Types>"));
    put(
        "_rels/.rels",
        &format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{ns}/package/2006/relationships"><Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
        ),
    );
    put("xl/workbook.xml", &(book + "</sheets></workbook>"));
    put("xl/_rels/workbook.xml.rels", &(rels + "</Relationships>"));
    for (i, (_, body)) in sheets.iter().enumerate() {
        put(&format!("xl/worksheets/sheet{}.xml", i + 1), body);
    }
    zip.finish().unwrap().into_inner()
}

/// The chained form as an XLSForm, row for row what `demo::chained_form` builds.
fn chained_xlsx(n: usize) -> Vec<u8> {
    let row = |cells: &[&str]| cells.iter().map(|c| c.to_string()).collect::<Vec<_>>();
    let mut survey = vec![row(&["type", "name", "label", "relevant", "calculation"])];
    for i in 1..=n {
        let relevant = if i > 1 {
            format!("${{q{}}} > 0", i - 1)
        } else {
            String::new()
        };
        survey.push(row(&[
            "integer",
            &format!("q{i}"),
            &format!("Question {i}"),
            &relevant,
            "",
        ]));
    }
    let total = (n.saturating_sub(9).max(1)..=n)
        .map(|i| format!("${{q{i}}}"))
        .collect::<Vec<_>>()
        .join(" + ");
    survey.push(row(&["calculate", "total", "", "", &total]));
    let settings = vec![
        row(&["form_id", "version"]),
        row(&[&format!("chained_{n}"), "1"]),
    ];
    xlsx(&survey, &settings)
}

fn bench(n: usize) {
    println!("— {n}-question chained form");
    let bytes = chained_xlsx(n);
    let imported =
        forms::xlsform::import(&bytes, "chained.xlsx").expect("the generated form imports");
    assert_eq!(imported.form.body.len(), n + 1);
    let runs = if n > 2000 { 11 } else { 31 };
    measure(
        &format!("import .xlsx ({} KB)", bytes.len() / 1024),
        runs,
        || {
            black_box(forms::xlsform::import(black_box(&bytes), "chained.xlsx").unwrap());
        },
    );
    let form: Form = forms::demo::chained_form(n);
    measure("compile (parse expressions, build the graph)", runs, || {
        black_box(form.clone().compile().unwrap());
    });
    let json = serde_json::to_string(&form).unwrap();
    measure(
        &format!("phone: read form JSON ({} KB) + compile", json.len() / 1024),
        runs,
        || {
            let f: Form = serde_json::from_str(black_box(&json)).unwrap();
            black_box(f.compile().unwrap());
        },
    );
    let compiled = form.compile().unwrap();
    let mut all = Answers::new();
    for i in 1..=n {
        model::set_value(&mut all, &format!("q{i}"), &[], "1".into());
    }
    measure("settle everything (open a full draft)", runs, || {
        let mut a = all.clone();
        settle(&compiled, black_box(&mut a), TODAY);
    });
    settle(&compiled, &mut all, TODAY);
    // The typical answer: a value changes, the next question stays relevant.
    let mid = format!("q{}", n / 2);
    let mut a = all.clone();
    let mut flip = false;
    measure("one answer, middle of the form (2 → 3)", 1001, || {
        flip = !flip;
        model::set_value(&mut a, &mid, &[], if flip { "2" } else { "3" }.into());
        black_box(settle_after(&compiled, &mut a, TODAY, &mid));
    });
    // The worst answer: the last of the ten summed questions changes, the total follows.
    let last = format!("q{n}");
    measure("one answer read by the calculation", 1001, || {
        flip = !flip;
        model::set_value(&mut a, &last, &[], if flip { "2" } else { "3" }.into());
        black_box(settle_after(&compiled, &mut a, TODAY, &last));
    });
    // The worst case: answering 0 to the first question hides and clears all the others.
    measure("q1 → 0: the whole chain hides (worst case)", runs, || {
        let mut a = all.clone();
        model::set_value(&mut a, "q1", &[], "0".into());
        black_box(settle_after(&compiled, &mut a, TODAY, "q1"));
    });
}

/// The demo household with 200 members (issue 7: a repeat with 200 instances stays
/// responsive): what one answer inside the repeat costs, and checking the whole record.
fn repeat_200() {
    use forms::model::Answer;
    println!("— demo household with a 200-instance repeat");
    let compiled = forms::demo::household_form().compile().unwrap();
    let mut all = forms::demo::sample_household();
    let Some(Answer::Repeat(members)) = all.get_mut("members") else {
        panic!("the sample household has members");
    };
    let first = members[0].clone();
    members.clear();
    members.extend((0..200).map(|_| first.clone()));
    settle(&compiled, &mut all, TODAY);
    assert_eq!(
        all.get("household_size"),
        Some(&Answer::Value("200".into()))
    );
    let mut a = all.clone();
    let mut flip = false;
    measure("one answer in member 100 (age 34 ↔ 35)", 1001, || {
        flip = !flip;
        model::set_value(
            &mut a,
            "member_age",
            &[("members".to_string(), 99)],
            if flip { "34" } else { "35" }.into(),
        );
        black_box(settle_after(&compiled, &mut a, TODAY, "member_age"));
    });
    measure("settle everything (open the draft)", 101, || {
        let mut a = all.clone();
        settle(&compiled, black_box(&mut a), TODAY);
    });
    measure(
        "validate the whole record (what Save and the server do)",
        101,
        || {
            black_box(forms::validate::validate(&compiled, black_box(&all), TODAY));
        },
    );
}

/// A choice list of `n` villages from an attached CSV (issue 7: lists of tens of thousands
/// stay fast): a cascade by region, a `pulldata()` and a count over the list.
fn long_list(n: usize) {
    use forms::model::Answer;
    println!("— a {n}-row CSV choice list (select_one_from_file, pulldata, instance)");
    let row = |cells: &[&str]| cells.iter().map(|c| c.to_string()).collect::<Vec<_>>();
    let survey = vec![
        row(&["type", "name", "label", "choice_filter", "calculation"]),
        row(&["text", "region", "Region", "", ""]),
        row(&[
            "select_one_from_file villages.csv",
            "village",
            "Village",
            "region = ${region}",
            "",
        ]),
        row(&[
            "calculate",
            "people",
            "",
            "",
            "pulldata('villages', 'people', 'name', ${village})",
        ]),
        row(&[
            "calculate",
            "in_region",
            "",
            "",
            "count(instance('villages')/root/item[region = ${region}])",
        ]),
    ];
    let bytes = xlsx(&survey, &[row(&["form_id"]), row(&["villages"])]);
    let mut csv = String::from("name,label,region,people\n");
    for i in 0..n {
        csv.push_str(&format!("v{i},Village {i},r{},{}\n", i % 100, 50 + i % 900));
    }
    let files = std::collections::BTreeMap::from([("villages.csv".to_string(), csv.into_bytes())]);
    measure("import the XLSForm with its CSV", 11, || {
        black_box(forms::xlsform::import_with_files(&bytes, "villages.xlsx", &files).unwrap());
    });
    let form = forms::xlsform::import_with_files(&bytes, "villages.xlsx", &files)
        .unwrap()
        .form;
    measure("compile", 11, || {
        black_box(form.clone().compile().unwrap());
    });
    let compiled = form.compile().unwrap();
    let mut a = Answers::new();
    let mut flip = false;
    measure(
        "answer the region (filter and count the whole list)",
        101,
        || {
            flip = !flip;
            model::set_value(&mut a, "region", &[], if flip { "r7" } else { "r8" }.into());
            black_box(settle_after(&compiled, &mut a, TODAY, "region"));
        },
    );
    model::set_value(&mut a, "region", &[], "r7".into());
    settle(&compiled, &mut a, TODAY);
    let mut flip = false;
    measure(
        "answer the village (filter check and pulldata)",
        101,
        || {
            flip = !flip;
            model::set_value(
                &mut a,
                "village",
                &[],
                if flip { "v107" } else { "v207" }.into(),
            );
            black_box(settle_after(&compiled, &mut a, TODAY, "village"));
        },
    );
    assert_eq!(
        a.get("in_region"),
        Some(&Answer::Value((n / 100).to_string()))
    );
}

fn main() {
    bench(1000);
    bench(5000);
    repeat_200();
    long_list(20_000);
}

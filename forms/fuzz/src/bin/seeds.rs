//! Writes the seed inputs of the fuzz targets into `corpus/<target>/seed-*` (run once by
//! hand from `forms/fuzz`: `cargo run --bin seeds`; the committed corpora already hold
//! what survived minimising). Everything is made here from the demo form and consent
//! template, nothing is taken from elsewhere.

use std::fs;
use std::path::Path;

use forms::batch::{Batch, Submission};
use forms::consent::{Consent, Decision, Method};
use forms::receipt::ReceiptCode;

fn write(target: &str, name: &str, bytes: &[u8]) {
    let dir = Path::new("corpus").join(target);
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join(format!("seed-{name}")), bytes).unwrap();
}

/// Survey, choices and settings sheets as the `xlsform_sheets` target reads text: `#name`
/// starts a sheet, cells are separated by tabs.
const SHEETS: &[(&str, &str)] = &[
    (
        "household",
        "#survey\ntype\tname\tlabel::English (en)\tlabel::Français (fr)\trelevant\tconstraint\tcalculation\trequired\tchoice_filter\n\
         integer\tsize\tHow many people?\tCombien ?\t\t. > 0 and . < 40\t\tyes\t\n\
         select_one yes_no\thead\tAre you the head?\tChef ?\t${size} >= 1\t\t\t\t\n\
         begin_repeat\tmembers\tMembers\tMembres\t\t\t\t\t\n\
         text\tmember_name\tName\tNom\t\t\t\t\t\n\
         integer\tmember_age\tAge\tÂge\t\t. >= 0\t\t\t\n\
         end_repeat\t\t\t\t\t\t\t\t\n\
         calculate\ttotal\t\t\t\t\tsum(${member_age})\t\t\n\
         select_one district\tdistrict\tDistrict\tDistrict\t\t\t\t\tregion = 'n'\n\
         #choices\nlist_name\tname\tlabel::English (en)\tlabel::Français (fr)\tregion\n\
         yes_no\tyes\tYes\tOui\t\nyes_no\tno\tNo\tNon\t\n\
         district\td1\tNorth 1\tNord 1\tn\ndistrict\td2\tSouth 1\tSud 1\ts\n\
         #settings\nform_title\tform_id\tversion\tdefault_language\tinstance_name\n\
         Household\thousehold\t1\tEnglish (en)\tconcat(${size}, '-', ${head})\n",
    ),
    (
        "groups",
        "type\tname\tlabel\tappearance\trelevant\n\
         begin_group\tg\tGroup\tfield-list\t\n\
         date\tdob\tBirth date\t\t\n\
         select_multiple colours\tcolours\tColours\tminimal\t\n\
         note\tn\tYou chose ${colours}\t\tcount-selected(${colours}) > 1\n\
         end_group\t\t\t\t\n\
         geopoint\twhere\tWhere?\t\t\n\
         decimal\tw\tWeight\t\tif(${dob} != '', 1, 0)\n\
         #choices\nlist_name\tname\tlabel\ncolours\tred\tRed\ncolours\tblue\tBlue\n",
    ),
    (
        "loop",
        "#survey\ntype\tname\tlabel\tcalculation\trepeat_count\n\
         begin_loop over colours\tl\tLoop\t\t\n\
         integer\tcount\tHow many ${l}?\t\t\n\
         end_loop\t\t\t\t\n\
         begin_repeat\tr\tR\t\t2\n\
         calculate\tpos\t\tposition(..)\t\n\
         end_repeat\t\t\t\t\n\
         #choices\nlist_name\tname\tlabel\ncolours\tred\tRed\ncolours\tblue\tBlue\n",
    ),
];

const EXPRESSIONS: &[&str] = &[
    "${household_size} >= 18 and selected(${roles}, 'head')",
    "if(${a} = 1, 'x', if(${a} = 2, 'y', 'z'))",
    "concat(${a}, '-', substr(${b}, 0, 3))",
    "count(instance('districts')/root/item[region = ${region}]/label)",
    "sum(${member_age}) div count(${member_age}) mod 7 - -1",
    "format-date(today() - 30, '%Y-%m-%d') != ''",
    "regex(., '^[0-9]{4}$') or . = ''",
    "jr:choice-name(${sex}, '${sex}')",
    "indexed-repeat(${member_name}, ${members}, position(..))",
    "round(distance(${here}, ${there}) * 1.5, 2) <= 100",
];

fn main() {
    for (i, src) in EXPRESSIONS.iter().enumerate() {
        write("expr", &i.to_string(), format!("\0{src}").as_bytes());
    }
    write("expr", "filter", b"\x01state = ${state} and cf != ''");

    for (name, text) in SHEETS {
        write("xlsform_sheets", name, text.as_bytes());
        write("xlsform", name, &[&[0], &workbook(text)[..]].concat());
    }

    let template = forms::demo::household_consent();
    let form = forms::demo::household_form();
    let consent = |decision: Decision, receipt: u64| Consent {
        template_id: template.id.clone(),
        template_version: template.version,
        language: "en".into(),
        text_hash: template.text_hash("en"),
        decision,
        recorded_at: "2026-05-20T10:00:00Z".into(),
        access: Some("1984".into()),
        understood: template
            .comprehension
            .iter()
            .map(|q| q.id.clone())
            .collect(),
        explained_again: Vec::new(),
        played_audio: false,
        receipt: ReceiptCode::from_random(receipt),
    };
    let purposes: Vec<String> = template.purposes.iter().map(|p| p.id.clone()).collect();
    let record = |id: u128, consent: Consent, answers| Submission {
        id: uuid::Uuid::from_u128(id),
        form_id: form.id.clone(),
        form_version: form.version.clone(),
        started_at: "2026-05-20T09:40:00+03:00".into(),
        saved_at: "2026-05-20T10:05:00+03:00".into(),
        consent,
        answers,
    };
    let batch = Batch {
        records: vec![
            record(
                1,
                consent(
                    Decision::Given {
                        purposes: purposes.clone(),
                        method: Method::Verbal {
                            witness: "A. Witness".into(),
                        },
                    },
                    1,
                ),
                forms::demo::sample_household(),
            ),
            record(2, consent(Decision::Refused, 2), Default::default()),
            record(
                3,
                consent(
                    Decision::Given {
                        purposes: purposes[..1].to_vec(),
                        method: Method::Guardian {
                            guardian: "B".into(),
                            relationship: "mother".into(),
                            assent: true,
                            witness: "C".into(),
                        },
                    },
                    3,
                ),
                forms::demo::sample_household(),
            ),
        ],
        withdrawals: vec![ReceiptCode::from_random(4)],
        withdrawal_access: Default::default(),
        feedback: Vec::new(),
    };
    let json = serde_json::to_vec_pretty(&batch).unwrap();
    write("batch", "household", &json);
    write(
        "batch",
        "packed",
        &forms::pack::pack(serde_json::to_vec(&batch).unwrap()),
    );

    for (i, bits) in [0u64, 7, 0x0123_4567_89ab_cdef, u64::MAX]
        .into_iter()
        .enumerate()
    {
        let code = ReceiptCode::from_random(bits);
        write("receipt", &i.to_string(), code.as_str().as_bytes());
    }
    write("receipt", "typed", b"7k3m 9qpa x2rt 5");
    write("receipt", "lookalike", b"oooo-IIII-LLLL-o");
}

/// The same workbook the `xlsform_sheets` target writes from the text.
fn workbook(text: &str) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
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
    for (name, rows) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(name).unwrap();
        for (row, line) in rows.iter().enumerate() {
            for (col, cell) in line.split('\t').enumerate() {
                if !cell.is_empty() {
                    sheet.write_string(row as u32, col as u16, cell).unwrap();
                }
            }
        }
    }
    book.save_to_buffer().unwrap()
}

//! A field questionnaire as teams bring it from KoboToolbox: label columns in English, Dari
//! and Bengali written with their codes, provinces and districts (the districts on an
//! `external_choices` sheet), villages from an attached CSV through Collect's `search()`
//! appearance, a household roster counted by `repeat_count`, answers in labels, the
//! respondent chosen among the roster's adults (`select_one ${m_name}`). It is
//! written as an `.xlsx` and uploaded with its CSV through the API as an admin does, then
//! filled on the phone in Dari (right to left) at phone size; the server takes the record
//! the filters allowed.

use anyhow::Result;

use crate::sheets::workbook;
use e2e::{Harness, sync_message};

const PASSPHRASE: &str = "tamarind by the well 5";

fn row(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
}

/// The questionnaire and its villages file: 5 provinces of 6 districts, 200 villages each.
fn questionnaire() -> Result<(Vec<u8>, Vec<u8>)> {
    let header = row(&[
        "type",
        "name",
        "label::English (en)",
        "label::Dari (prs)",
        "label::Bengali (bn)",
        "appearance",
        "choice_filter",
        "constraint",
        "repeat_count",
        "required",
    ]);
    let survey = vec![
        header,
        row(&[
            "select_one province",
            "province",
            "Province",
            "ولایت",
            "প্রদেশ",
            "",
            "",
            "",
            "",
            "yes",
        ]),
        row(&[
            "select_one_external district",
            "district",
            "District",
            "ولسوالی",
            "জেলা",
            "",
            "province = ${province}",
            "",
            "",
            "yes",
        ]),
        row(&[
            "select_one village",
            "village",
            "Village",
            "قریه",
            "গ্রাম",
            "search('villages', 'matches', 'district', ${district})",
            "",
            "",
            "",
            "yes",
        ]),
        row(&[
            "integer",
            "hh_size",
            "How many people live here?",
            "چند نفر اینجا زندگی می‌کنند؟",
            "এখানে কতজন থাকেন?",
            "",
            "",
            ". > 0 and . < 30",
            "",
            "yes",
        ]),
        row(&[
            "begin repeat",
            "members",
            "Member",
            "عضو",
            "সদস্য",
            "",
            "",
            "",
            "${hh_size}",
            "",
        ]),
        row(&["text", "m_name", "Name", "نام", "নাম", "", "", "", "", "yes"]),
        row(&[
            "integer",
            "m_age",
            "How old is ${m_name}?",
            "${m_name} چند سال دارد؟",
            "${m_name} এর বয়স কত?",
            "",
            "",
            ". < 120",
            "",
            "yes",
        ]),
        row(&["end repeat", "", "", "", "", "", "", "", "", ""]),
        // One of the adults of the roster.
        row(&[
            "select_one ${m_name}",
            "speaker",
            "Who answered the questions?",
            "چه کسی به سوالات پاسخ داد؟",
            "কে প্রশ্নের উত্তর দিয়েছেন?",
            "",
            "${m_age} >= 18",
            "",
            "",
            "yes",
        ]),
    ];
    let mut choices = vec![row(&[
        "list_name",
        "name",
        "label::English (en)",
        "label::Dari (prs)",
        "label::Bengali (bn)",
    ])];
    for p in 1..=5 {
        choices.push(row(&[
            "province",
            &format!("p{p}"),
            &format!("Province {p}"),
            &format!("ولایت {p}"),
            &format!("প্রদেশ {p}"),
        ]));
    }
    // The one row of a search() list: the CSV columns of the values and the labels.
    choices.push(row(&[
        "village",
        "code",
        "label_en",
        "label_prs",
        "label_bn",
    ]));
    let mut external = vec![row(&[
        "list_name",
        "name",
        "label::English (en)",
        "label::Dari (prs)",
        "province",
    ])];
    for d in 1..=30 {
        external.push(row(&[
            "district",
            &format!("d{d}"),
            &format!("District {d}"),
            &format!("ولسوالی {d}"),
            &format!("p{}", (d - 1) / 6 + 1),
        ]));
    }
    let settings = vec![
        row(&["form_title", "form_id", "version", "default_language"]),
        row(&[
            "Needs assessment 2026",
            "needs_2026",
            "2026112601",
            "English (en)",
        ]),
    ];
    let xlsx = workbook(&[
        ("survey", survey),
        ("choices", choices),
        ("external_choices", external),
        ("settings", settings),
    ])?;
    let mut csv = String::from("code,label_en,label_prs,label_bn,district\n");
    for d in 1..=30 {
        for v in 1..=200 {
            csv.push_str(&format!(
                "v{d}_{v},Village {d}-{v},قریه {d}-{v},গ্রাম {d}-{v},d{d}\n"
            ));
        }
    }
    Ok((xlsx, csv.into_bytes()))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kobo_questionnaire_with_a_searched_csv_is_filled_in_dari() -> Result<()> {
    let (xlsx, villages) = questionnaire()?;
    // As an admin does it: the CSV first, then the workbook, through the API.
    let h = Harness::start().await?;
    let admin = h.admin().await?;
    admin
        .put(format!("{}/api/v1/media/villages.csv", h.base))
        .header("content-type", "text/csv")
        .body(villages)
        .send()
        .await?
        .error_for_status()?;
    let imported: serde_json::Value = admin
        .post(format!(
            "{}/api/v1/forms?publish=true&file_name=needs_2026.xlsx",
            h.base
        ))
        .body(xlsx)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    // One warning: the demo's consent text is in Arabic, English and French only.
    let warnings = imported["warnings"].as_array().cloned().unwrap_or_default();
    assert_eq!(warnings.len(), 1, "{imported}");
    assert!(
        warnings[0].as_str().is_some_and(
            |w| w.contains("not translated into Dari (prs), Bengali (bn): a respondent")
        ),
        "{imported}"
    );
    h.begin_interview(PASSPHRASE).await?;
    let field = h.field();

    // Dari: right to left, the form's own words.
    h.select("#form-lang", "prs").await?;
    h.wait_text(".interview h1", |t| t == "Needs assessment 2026")
        .await?;
    h.wait_text("label.choice:has(#q-province-p2)", |t| t.contains("ولایت 2"))
        .await?;
    // The form's Dari words carry their language and direction; the screen keeps the
    // interface's (English, left to right), and the title, not translated, reads as English.
    assert_eq!(
        h.browser
            .execute(
                "const marks = (css) => { const el = document.querySelector(css);
                     return [el.lang, el.dir, getComputedStyle(el).direction]; };
                 return [marks('label.choice:has(#q-province-p2)'), marks('.interview h1'),
                         getComputedStyle(document.querySelector('.interview')).direction];",
                vec![]
            )
            .await?,
        serde_json::json!([["prs", "rtl", "rtl"], ["en", "ltr", "ltr"], "ltr"])
    );
    h.click("#q-province-p2").await?;
    // The districts of province 2 only (7 to 12).
    h.find("#q-district-d8").await?;
    assert!(
        h.absent("#q-district-d1").await?,
        "a district of another province"
    );
    h.click("#q-district-d8").await?;
    // 200 villages of district 8, from the CSV: searched, in Dari.
    h.wait_text("#q-village-status", |t| t.contains("200"))
        .await?;
    h.type_into("#q-village", "قریه 8-17").await?;
    // 8-17 and 8-170 to 8-179.
    h.wait_text("#q-village-status", |t| t == "11 found")
        .await?;
    h.click("#q-village-v8_17").await?;
    h.type_into("#q-hh_size", "2").await?;
    h.scroll_to("#q-hh_size").await?;
    h.screenshot("field-form-prs-1").await?;
    // The roster is the next page: two members, as counted.
    h.click("#next").await?;
    h.type_into("#q-members-1-m_name", "Farida").await?;
    // The label reads the answer, in Dari.
    h.wait_text("label[for=q-members-1-m_age]", |t| {
        t.contains("Farida چند سال دارد؟")
    })
    .await?;
    h.type_into("#q-members-1-m_age", "34").await?;
    h.type_into("#q-members-2-m_name", "Omid").await?;
    h.type_into("#q-members-2-m_age", "9").await?;

    assert!(h.absent("#q-members-3-m_name").await?);
    h.screenshot("field-form-prs-2").await?;
    // Bengali, left to right again.
    h.select("#form-lang", "bn").await?;
    h.wait_text("label[for=q-members-2-m_age]", |t| {
        t.contains("Omid এর বয়স কত?")
    })
    .await?;
    h.screenshot("field-form-bn").await?;
    // Who answered: one of the roster's adults (Omid is 9), on the last page.
    h.click("#next").await?;
    h.click("#q-speaker-Farida").await?;
    assert!(h.absent("#q-speaker-Omid").await?, "a child is not offered");
    h.screenshot("field-form-bn-speaker").await?;

    field.save().await?;
    field.sync(&sync_message("en", 1, 0, 0)).await?;
    let submissions = h.server_submissions().await?;
    let answers = &submissions[0]["answers"];
    assert_eq!(answers["province"], "p2");
    assert_eq!(answers["district"], "d8");
    assert_eq!(answers["village"], "v8_17");
    assert_eq!(answers["members"][1]["m_name"], "Omid");
    assert_eq!(answers["speaker"], "Farida");
    h.finish().await
}

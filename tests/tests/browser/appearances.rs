//! XLSForm appearances and the `trigger` column, in headless Chromium at phone size: a
//! `table-list` group is a table of bare choices under one header, `numbers` brings the
//! number pad, `thousands-sep` groups digits, `month-year` and `year` ask for part of a
//! date and store a whole one, `map` links to the point, `quick` moves on once chosen, and a
//! triggered calculation is set when its question is answered.

use anyhow::Result;
use e2e::{Harness, sync_message};
use forms::model::{Choice, Form, Kind, Node, Text};

const PASSPHRASE: &str = "tamarind by the well 5";

fn appearances_form() -> Form {
    let en = |s: &str| Text::single("en", s);
    let node = |name: &str, kind: Kind, label: &str, appearance: &str| Node {
        label: en(label),
        appearance: (!appearance.is_empty()).then(|| appearance.to_string()),
        ..Node::new(name, kind)
    };
    let yes_no = || Kind::SelectOne {
        list: "yes_no".into(),
    };
    let choices = ["yes", "no", "unsure"]
        .iter()
        .map(|c| Choice {
            name: c.to_string(),
            label: en(&format!("{}{}", c[..1].to_uppercase(), &c[1..])),
            attributes: Default::default(),
        })
        .collect();
    let table = Node {
        children: vec![
            node("water_enough", yes_no(), "Enough water?", ""),
            node("water_safe", yes_no(), "Safe to drink?", ""),
        ],
        ..node("water", Kind::Group, "Water", "table-list")
    };
    forms::demo::english_form(
        "appearances",
        vec![
            node("phone", Kind::Text, "Phone number", "numbers"),
            node(
                "income",
                Kind::Integer,
                "Income last month",
                "thousands-sep",
            ),
            Node {
                calculation: Some("concat('income given: ', ${income})".into()),
                attributes: [("trigger".to_string(), "${income}".to_string())].into(),
                ..node("income_note", Kind::Text, "Note on the income", "")
            },
            node(
                "harvest",
                Kind::Date,
                "Month of the last harvest",
                "month-year",
            ),
            node("arrived", Kind::Date, "Year of arrival", "year"),
            node("well", Kind::Geopoint, "Where is the well?", "map"),
            // Alone on its screen, so `quick` moves on (among other questions it would not).
            Node {
                children: vec![node(
                    "done",
                    yes_no(),
                    "Ready for the water questions?",
                    "quick",
                )],
                ..node("ready", Kind::Group, "Ready?", "")
            },
            table,
        ],
        [("yes_no".to_string(), choices)].into(),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn appearances_change_the_widget_and_keep_whole_answers() -> Result<()> {
    let h = Harness::interviewing(&appearances_form(), PASSPHRASE).await?;
    let field = h.field();

    assert_eq!(
        h.find("#q-phone")
            .await?
            .attr("inputmode")
            .await?
            .as_deref(),
        Some("numeric")
    );
    field.answer("phone", "0712345678").await?;
    field.answer("income", "1234567").await?;
    h.wait_text("#q-income ~ .grouped", |t| t == "1\u{202f}234\u{202f}567")
        .await?;
    // The trigger: the note takes its calculation when the income is answered.
    let note = h.find("#q-income_note").await?;
    assert_eq!(
        note.prop("value").await?.as_deref(),
        Some("income given: 1234567")
    );
    // Part of a date asked, a whole date kept.
    assert_eq!(
        h.find("#q-harvest").await?.attr("type").await?.as_deref(),
        Some("month")
    );
    h.set_value("#q-harvest", "2026-03").await?;
    field.answer("arrived", "19").await?;
    field.answer("arrived", "1990").await?;
    field.answer("well", "9.03 38.74").await?;
    let map = h
        .find("#q-well-map")
        .await?
        .attr("href")
        .await?
        .unwrap_or_default();
    assert!(map.contains("mlat=9.03&mlon=38.74"), "{map}");
    h.screenshot("appearances-01").await?;

    // `quick`: choosing moves on to the next screen, the water table.
    field.next(2).await?;
    field.choose("done", "yes").await?;
    h.find("#page-3").await?;
    let head = h.text(".table-head").await?;
    assert!(head.contains("Yes") && head.contains("Unsure"), "{head}");
    field.choose("water_enough", "no").await?;
    field.choose("water_safe", "unsure").await?;
    h.screenshot("appearances-02").await?;

    field.save().await?;
    field.sync(&sync_message("en", 1, 0, 0)).await?;
    let submissions = h.server_submissions().await?;
    let answers = &submissions[0]["answers"];
    assert_eq!(answers["phone"], "0712345678");
    assert_eq!(answers["income"], "1234567");
    assert_eq!(answers["income_note"], "income given: 1234567");
    assert_eq!(answers["harvest"], "2026-03-01");
    assert_eq!(answers["arrived"], "1990-01-01");
    assert_eq!(answers["well"], "9.03 38.74");
    assert_eq!(answers["water_safe"], "unsure");
    h.finish().await
}

/// `signature` on an image question draws a pad (the consent's), kept as the PNG it makes;
/// `no-label` hides a question's label from sight, not from a screen reader.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signature_is_drawn_and_a_no_label_question_keeps_its_name_for_screen_readers()
-> Result<()> {
    let en = |s: &str| Text::single("en", s);
    let form = forms::demo::english_form(
        "signatures",
        vec![
            Node {
                label: en("Signature of the head of household"),
                appearance: Some("signature".into()),
                required: true,
                ..Node::new(
                    "head_signature",
                    Kind::Media {
                        media: "image".into(),
                    },
                )
            },
            Node {
                label: en("Remarks"),
                appearance: Some("no-label".into()),
                ..Node::new("remarks", Kind::Text)
            },
        ],
        Default::default(),
    );
    let h = Harness::interviewing(&form, PASSPHRASE).await?;
    let field = h.field();
    h.find("#q-head_signature #signature-pad").await?;
    assert!(h.absent("#q-head_signature[type=file]").await?);
    let label = h.find("#q-remarks-label").await?;
    assert_eq!(label.attr("class").await?.as_deref(), Some("sr-only"));
    field.draw_on_pad().await?;
    field
        .answer("remarks", "Signed in front of the chief")
        .await?;
    h.screenshot("signature-question").await?;
    field.save().await?;
    field.sync(&sync_message("en", 1, 0, 0)).await?;
    let submissions = h.server_submissions().await?;
    let answers = &submissions[0]["answers"];
    let id = submissions[0]["id"].as_str().unwrap_or_default();
    assert_eq!(
        answers["head_signature"],
        format!("{id}-head_signature.png")
    );
    assert_eq!(answers["remarks"], "Signed in front of the chief");
    h.finish().await
}

/// Collect's current layout appearances (`columns`, `columns-3`, `columns-pack`,
/// `no-buttons`), as forms made for it in 2023 and later write them: imported without a
/// warning and drawn as asked at 360 px, every choice still 48 px high and reachable.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn collect_s_columns_and_no_buttons_are_drawn_as_asked() -> Result<()> {
    let fruit = ["mango", "papaya", "banana", "guava", "orange", "lime"];
    let mut choices = vec![vec!["list_name".to_string(), "name".into(), "label".into()]];
    choices.extend(fruit.iter().map(|f| {
        vec![
            "fruit".into(),
            f.to_string(),
            format!("{}{}", f[..1].to_uppercase(), &f[1..]),
        ]
    }));
    let survey: Vec<Vec<String>> = [
        ["type", "name", "label", "appearance"],
        ["begin_group", "fruits", "Fruit", "field-list"],
        ["select_one fruit", "three", "In three columns", "columns-3"],
        [
            "select_one fruit",
            "eight",
            "Eight columns asked",
            "columns-8",
        ],
        ["select_one fruit", "fitted", "In columns", "columns"],
        ["select_one fruit", "packed", "Packed", "columns-pack"],
        ["select_one fruit", "bare", "Without buttons", "no-buttons"],
        ["end_group", "", "", ""],
    ]
    .iter()
    .map(|r| r.iter().map(|c| c.to_string()).collect())
    .collect();
    let book = crate::sheets::workbook(&[("survey", survey), ("choices", choices)])?;
    let imported = forms::xlsform::import(&book, "fruit.xlsx")?;
    assert!(
        imported.warnings.iter().all(|w| !w.contains("appearance")),
        "{:?}",
        imported.warnings
    );
    let h = Harness::start().await?;
    h.import_form(&imported.form).await?;
    h.begin_interview(PASSPHRASE).await?;
    h.find("#q-bare-mango").await?;
    // Per question: the choices' distinct rows, the most on one row, the shortest height,
    // and whether their widths differ.
    let layout = |name: &str| {
        format!(
            "const boxes = Array.from(document.querySelectorAll('.question[data-name={name}] label.choice'))
               .map((c) => c.getBoundingClientRect());
             const tops = boxes.map((b) => Math.round(b.top));
             const rows = [...new Set(tops)];
             const most = Math.max(...rows.map((t) => tops.filter((x) => x === t).length));
             const widths = new Set(boxes.map((b) => Math.round(b.width)));
             return [rows.length, most, Math.min(...boxes.map((b) => b.height)), widths.size > 1,
                     Math.min(...boxes.map((b) => b.width))];"
        )
    };
    let read = |name: &'static str| {
        let h = &h;
        let js = layout(name);
        async move {
            let v = h.browser.execute(&js, vec![]).await?;
            Ok::<_, anyhow::Error>((
                v[0].as_u64().unwrap_or_default(),
                v[1].as_u64().unwrap_or_default(),
                v[2].as_f64().unwrap_or_default(),
                v[3].as_bool().unwrap_or_default(),
                v[4].as_f64().unwrap_or_default(),
            ))
        }
    };
    let (rows, most, height, _, _) = read("three").await?;
    assert_eq!((rows, most), (2, 3), "six choices in three columns");
    assert!(height >= 48.0, "{height}");
    // Eight asked for at 360 px: as many as keep a 48 px target (Collect squeezes them to 37).
    let (rows, most, _, _, narrowest) = read("eight").await?;
    assert!(narrowest >= 47.5, "columns-8: {narrowest} px wide");
    assert!(
        rows == 1 || most >= 5,
        "columns-8: {rows} rows of at most {most}"
    );
    h.browser
        .execute(
            "document.querySelector('.question[data-name=three]').scrollIntoView()",
            vec![],
        )
        .await?;
    h.screenshot("appearances-columns-3-and-8").await?;
    let (rows, most, _, _, _) = read("fitted").await?;
    assert!(most >= 2 && rows < 6, "columns: side by side ({rows} rows)");
    let (rows, _, _, uneven, _) = read("packed").await?;
    assert!(
        rows < 6 && uneven,
        "packed: as wide as their labels ({rows} rows)"
    );
    let (rows, _, _, _, _) = read("bare").await?;
    assert_eq!(rows, 6, "no-buttons alone keeps one choice a row");
    // No radio to be seen, yet a tap on the choice chooses it and it is marked.
    let opacity = h
        .browser
        .execute(
            "return getComputedStyle(document.querySelector('#q-bare-guava')).opacity",
            vec![],
        )
        .await?;
    assert_eq!(opacity, "0");
    h.click("label.choice:has(#q-bare-guava)").await?;
    assert_eq!(
        h.find("#q-bare-guava")
            .await?
            .prop("checked")
            .await?
            .as_deref(),
        Some("true")
    );
    h.screenshot("appearances-columns").await?;
    h.finish().await
}

//! Widgets chosen by the list and the appearance, in headless Chromium at phone size: a
//! list of 5,000 villages is searched (only the first matches are drawn), `minimal` is a
//! drop-down, `multiline` a text area, `ethiopian` and `myanmar` dates entered in those
//! calendars; the answers reach the server as typed (the dates as ISO dates). A photo is made smaller
//! on the phone before it is kept; a file over the cap is refused.

use anyhow::{Context, Result};
use e2e::{Harness, bmp, sync_message};
use forms::model::{Choice, Form, Kind, Node, Text};

const PASSPHRASE: &str = "tamarind by the well 5";

fn widgets_form() -> Form {
    let en = |s: &str| Text::single("en", s);
    let node = |name: &str, kind: Kind, label: &str, appearance: Option<&str>| Node {
        label: en(label),
        appearance: appearance.map(str::to_string),
        required: true,
        ..Node::new(name, kind)
    };
    let villages: Vec<Choice> = (0..5_000)
        .map(|i| Choice {
            name: format!("v{i}"),
            // Two written as Arabic and Dari keyboards write them: searched as typed on
            // the other (no hamza, Arabic kaf and yeh).
            label: match i {
                4998 => en("أم القرى"),
                4999 => en("کابل"),
                _ => en(&format!("Village {i}")),
            },
            attributes: Default::default(),
        })
        .collect();
    let yes_no = ["yes", "no"]
        .iter()
        .map(|c| Choice {
            name: c.to_string(),
            label: en(&c.to_uppercase()),
            attributes: Default::default(),
        })
        .collect();
    let needs = ["food", "water", "shelter"]
        .iter()
        .map(|c| Choice {
            name: c.to_string(),
            label: en(&format!("{}{}", c[..1].to_uppercase(), &c[1..])),
            attributes: Default::default(),
        })
        .collect();
    // One screen, as a field team lays out a form's widgets with `field-list` (loose
    // questions this tall would be cut into several screens).
    let widgets = vec![
        Node {
            required_message: en("Ask which village the household lives in."),
            ..node(
                "village",
                Kind::SelectOne {
                    list: "villages".into(),
                },
                "Village",
                None,
            )
        },
        node(
            "water",
            Kind::SelectOne {
                list: "yes_no".into(),
            },
            "Enough water?",
            Some("minimal"),
        ),
        node(
            "notes",
            Kind::Text,
            "What the household said",
            Some("multiline"),
        ),
        node("arrived", Kind::Date, "Arrived on", Some("ethiopian")),
        node("planted", Kind::Date, "Planted on", Some("myanmar")),
        Node {
            attributes: [("parameters".to_string(), "max-pixels=320".to_string())].into(),
            ..node(
                "shelter",
                Kind::Media {
                    media: "image".into(),
                },
                "Photo of the shelter",
                None,
            )
        },
        Node {
            required: false,
            ..node(
                "letter",
                Kind::Media {
                    media: "file".into(),
                },
                "The referral letter, if there is one",
                None,
            )
        },
        node(
            "pain",
            Kind::Range {
                start: 0.0,
                end: 10.0,
                step: 2.0,
            },
            "How much does it hurt?",
            None,
        ),
        node(
            "stars",
            Kind::Range {
                start: 1.0,
                end: 5.0,
                step: 1.0,
            },
            "How good is the water?",
            Some("rating"),
        ),
        node(
            "needs",
            Kind::Rank {
                list: "needs".into(),
            },
            "Put the needs in order",
            None,
        ),
    ];
    let screen = Node {
        appearance: Some("field-list".into()),
        children: widgets,
        ..Node::new("all_widgets", Kind::Group)
    };
    forms::demo::english_form(
        "widgets",
        vec![screen],
        [
            ("villages".to_string(), villages),
            ("yes_no".to_string(), yes_no),
            ("needs".to_string(), needs),
        ]
        .into(),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_list_is_searched_minimal_is_a_drop_down_and_multiline_a_text_area() -> Result<()> {
    let h = Harness::interviewing(&widgets_form(), PASSPHRASE).await?;
    let field = h.field();

    // Saving too early: the form's own required message, not the generic one.
    h.click("#save").await?;
    h.wait_text("#q-village-error", |t| {
        t == "Ask which village the household lives in."
    })
    .await?;

    // 5,000 villages: a search box, and nothing drawn before anything is typed (the count
    // written as English writes numbers).
    let status = h
        .wait_text("#q-village-status", |t| t.contains("5,000 choices"))
        .await?;
    assert!(status.contains("type a few letters"), "{status}");
    assert!(
        h.absent("#q-village-v1").await?,
        "no village drawn before a search"
    );
    h.type_into("#q-village", "village 12").await?;
    h.wait_text("#q-village-status", |t| {
        t.contains("The first 30 of 111 found")
    })
    .await?;
    for typed in ["ام القري", "كابل", "KABUL"] {
        h.type_into("#q-village", typed).await?;
        let want = if typed == "KABUL" {
            "Nothing found"
        } else {
            "1 found"
        };
        h.wait_text("#q-village-status", |t| t.starts_with(want))
            .await
            .with_context(|| typed.to_string())?;
    }
    h.type_into("#q-village", "Village 1234").await?;
    h.wait_text("#q-village-status", |t| t == "1 found").await?;
    h.click("#q-village-v1234").await?;
    // The chosen village stays in view when the search is cleared.
    h.type_into("#q-village", "").await?;
    assert!(h.find("#q-village-v1234").await?.is_selected().await?);

    let water = h.find("#q-water").await?;
    assert_eq!(water.prop("tagName").await?.as_deref(), Some("SELECT"));
    h.select("#q-water", "no").await?;
    // Drawn again with the answer: the drop-down still shows it.
    h.wait_text("#q-water option[selected]", |t| t == "NO")
        .await?;
    assert_eq!(
        h.find("#q-water").await?.prop("value").await?.as_deref(),
        Some("no")
    );
    let notes = h.find("#q-notes").await?;
    assert_eq!(notes.prop("tagName").await?.as_deref(), Some("TEXTAREA"));
    h.type_into("#q-notes", "Two wells dry.\nThe third is far.")
        .await?;
    // A date in the Ethiopian calendar: 6 Pagume 2016 does not exist (2016 is not a
    // leap year); 17 Hidar 2019 is 26 November 2026.
    let date = |n: usize| format!("#q-arrived input:nth-of-type({n})");
    h.type_into(&date(1), "6").await?;
    h.select("#q-arrived select", "13").await?;
    h.type_into(&date(2), "2016").await?;
    h.wait_text("#q-arrived + .hint", |t| t.contains("does not exist"))
        .await?;
    h.type_into(&date(1), "17").await?;
    h.select("#q-arrived select", "3").await?;
    h.type_into(&date(2), "2019").await?;
    h.wait_text("#q-arrived + .hint", |t| t.contains("2026-11-26"))
        .await?;
    // The Myanmar calendar: 1 Tagu 1386 came before that year's new year (17 April 2024),
    // so it is called 1 Late Tagu 1385; 15 Kason 1386 is the full moon of 22 May 2024.
    let date = |n: usize| format!("#q-planted input:nth-of-type({n})");
    h.scroll_to("#q-planted").await?;
    h.type_into(&date(1), "1").await?;
    h.select("#q-planted select", "1").await?;
    h.type_into(&date(2), "1386").await?;
    h.wait_text("#q-planted + .hint", |t| {
        t.contains("1 Late Tagu 1385 (waxing 1)")
    })
    .await?;
    h.type_into(&date(1), "15").await?;
    h.select("#q-planted select", "2").await?;
    h.wait_text("#q-planted + .hint", |t| {
        t.starts_with("15 Kason 1386 (full moon).") && t.contains("2024-05-22")
    })
    .await?;
    h.select("#q-planted select", "9").await?;
    h.wait_text("#q-planted + .hint", |t| {
        t.starts_with("15 Tazaungmon 1386 (full moon).") && t.contains("2024-11-15")
    })
    .await?;
    h.screenshot("widgets-01").await?;

    // A photo from the phone (here a 1200 x 800 picture file): made smaller before it is
    // kept, to the question's `max-pixels=320`.
    let dir = tempfile::tempdir()?;
    let photo = dir.path().join("shelter.bmp");
    std::fs::write(&photo, bmp(1200, 800))?;
    h.find("#q-shelter")
        .await?
        .send_keys(&photo.to_string_lossy())
        .await?;
    h.wait_text("#q-shelter + .hint", |t| {
        t.starts_with("Kept on this phone")
    })
    .await?;
    let width = h
        .browser
        .execute(
            "return document.querySelector('.capture-preview').naturalWidth",
            vec![],
        )
        .await?;
    assert_eq!(width, 320);
    // A file over the cap is refused before it is read, and nothing is kept.
    let letter = dir.path().join("letter.pdf");
    std::fs::write(&letter, vec![b'%'; 2_000_000])?;
    h.find("#q-letter")
        .await?
        .send_keys(&letter.to_string_lossy())
        .await?;
    h.wait_text("#q-letter + .hint", |t| t.contains("too large"))
        .await?;
    assert!(
        h.find("#q-letter-remove")
            .await?
            .attr("hidden")
            .await?
            .is_some()
    );
    h.screenshot("widgets-02").await?;

    // A range: not answered until touched; the first "more" gives the start, the next a step.
    h.wait_text("#q-pain-value", |t| t == "Not answered yet")
        .await?;
    h.click("#q-pain-more").await?;
    h.wait_text("#q-pain-value", |t| t == "0").await?;
    h.click("#q-pain-more").await?;
    h.wait_text("#q-pain-value", |t| t == "2").await?;
    assert_eq!(
        h.find("#q-pain").await?.prop("value").await?.as_deref(),
        Some("2")
    );
    // `rating`: five stars; the fourth gives 4.
    h.click("#q-stars-4").await?;
    h.wait_text("#q-stars-4", |t| t == "★").await?;
    assert_eq!(h.text("#q-stars-5").await?, "☆");
    // A rank is unanswered until an order is given: saving now names it.
    h.click("#save").await?;
    h.wait_text("#q-needs-error", |t| t.contains("answer"))
        .await?;
    h.click("#q-needs-water-up").await?;
    h.wait_text("#q-needs li:first-child", |t| t.contains("Water"))
        .await?;
    assert!(
        h.find("#q-needs-keep")
            .await?
            .attr("hidden")
            .await?
            .is_some()
    );
    h.scroll_to("#q-pain").await?;
    h.screenshot("widgets-03").await?;

    field.save().await?;
    field.sync(&sync_message("en", 1, 0, 0)).await?;
    let submissions = h.server_submissions().await?;
    let answers = &submissions[0]["answers"];
    assert_eq!(answers["village"], "v1234");
    assert_eq!(answers["water"], "no");
    assert_eq!(answers["notes"], "Two wells dry.\nThe third is far.");
    assert_eq!(answers["arrived"], "2026-11-26");
    assert_eq!(answers["planted"], "2024-11-15");
    // The list names the photo; the steward downloads it: a JPEG, 320 pixels wide.
    let id = submissions[0]["id"].as_str().unwrap_or_default();
    let name = format!("{id}-shelter.jpg");
    assert_eq!(answers["shelter"], name.as_str());
    let jpeg = h
        .steward()
        .await?
        .get(format!(
            "{}/api/v1/submissions/{id}/attachments/{name}",
            h.base
        ))
        .send()
        .await?
        .error_for_status()?
        .bytes()
        .await?;
    assert_eq!(jpeg_size(&jpeg), Some((320, 213)));
    assert!(answers.get("letter").is_none_or(|v| v == ""));
    assert_eq!(answers["pain"], "2");
    assert_eq!(answers["stars"], "4");
    assert_eq!(answers["needs"], "water food shelter");
    h.finish().await
}

/// A date-time typed on a phone east of UTC is kept with the phone's offset, as `now()` is:
/// the time just typed is not "in the future" to `. <= now()` (it was, counted as UTC, three
/// hours ahead in Nairobi), and the steward reads when it was.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_typed_date_time_keeps_the_phones_offset() -> Result<()> {
    let en = |s: &str| Text::single("en", s);
    let visit = Node {
        label: en("When did the visit start?"),
        required: true,
        constraint: Some(". <= now()".into()),
        constraint_message: en("The visit cannot start in the future."),
        ..Node::new("visit", Kind::DateTime)
    };
    let form = forms::demo::english_form("visit_time", vec![visit], Default::default());
    let h = Harness::start().await?;
    // Kabul: UTC+04:30 all year (no daylight saving to make the test depend on the date).
    h.cdp(
        "Emulation.setTimezoneOverride",
        serde_json::json!({ "timezoneId": "Asia/Kabul" }),
    )
    .await?;
    h.import_form(&form).await?;
    h.begin_interview(PASSPHRASE).await?;
    let field = h.field();
    // Two minutes ago on the phone's clock, as its picker writes it.
    let local = h
        .browser
        .execute(
            "const d = new Date(Date.now() - 120000);
             const p = n => String(n).padStart(2, '0');
             return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;",
            vec![],
        )
        .await?;
    let local = local.as_str().unwrap_or_default().to_string();
    h.set_value("#q-visit", &local).await?;
    field.save().await?;
    field.sync(&sync_message("en", 1, 0, 0)).await?;
    let submissions = h.server_submissions().await?;
    assert_eq!(
        submissions[0]["answers"]["visit"],
        format!("{local}:00+04:30").as_str()
    );
    h.finish().await
}

/// A JPEG's width and height, from its frame header.
fn jpeg_size(jpeg: &[u8]) -> Option<(u16, u16)> {
    let at = jpeg
        .windows(2)
        .position(|w| w[0] == 0xFF && matches!(w[1], 0xC0 | 0xC2))?;
    let be = |i: usize| u16::from_be_bytes([jpeg[i], jpeg[i + 1]]);
    Some((be(at + 7), be(at + 5)))
}

/// A list filtered by an earlier answer (`choice_filter`), as real forms cascade province
/// to district: before the province, the list says its choices wait for that answer
/// (not "0 choices: type a few letters"); a province with five districts shows five rows
/// and no search box, though the whole list is long; one with seventy gets the search; a
/// province the list has nothing for says so, in a list and in a drop-down.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_filtered_list_is_rows_or_a_search_by_what_it_offers() -> Result<()> {
    let en = |s: &str| Text::single("en", s);
    let choice = |name: String, label: String, province: Option<&str>| Choice {
        name,
        label: en(&label),
        attributes: province
            .map(|p| [("province".to_string(), p.to_string())].into())
            .unwrap_or_default(),
    };
    let provinces = vec![
        choice("north".into(), "North".into(), None),
        choice("south".into(), "South".into(), None),
        choice("east".into(), "East".into(), None),
    ];
    let camps = vec![
        choice("c1".into(), "Camp 1".into(), Some("north")),
        choice("c2".into(), "Camp 2".into(), Some("north")),
    ];
    let districts = (0..75)
        .map(|i| {
            let province = if i < 70 { "north" } else { "south" };
            choice(format!("d{i}"), format!("District {i}"), Some(province))
        })
        .collect();
    let question = |name: &str, list: &str, label: &str, filter: Option<&str>| Node {
        label: en(label),
        choice_filter: filter.map(String::from),
        required: true,
        ..Node::new(name, Kind::SelectOne { list: list.into() })
    };
    let screen = Node {
        appearance: Some("field-list".into()),
        children: vec![
            question("province", "provinces", "Province", None),
            question(
                "district",
                "districts",
                "District",
                Some("province=${province}"),
            ),
            Node {
                appearance: Some("minimal".into()),
                ..question("camp", "camps", "Camp", Some("province=${province}"))
            },
        ],
        ..Node::new("place", Kind::Group)
    };
    let form = forms::demo::english_form(
        "cascade",
        vec![screen],
        [
            ("provinces".to_string(), provinces),
            ("districts".to_string(), districts),
            ("camps".to_string(), camps),
        ]
        .into(),
    );
    let h = Harness::interviewing(&form, PASSPHRASE).await?;
    let status = "#q-district-status";
    let waits = "No choices yet: they depend on an earlier answer.";
    let none_listed =
        "The list has no choices for the earlier answers. Check them, or tell your supervisor.";
    h.wait_text(status, |t| t == waits).await?;
    // A drop-down (`minimal`) says it too, rather than "Choose…" alone.
    h.wait_text("#q-camp-status", |t| t == waits).await?;
    assert!(
        h.absent("#q-district:not([hidden])").await?,
        "no search box"
    );

    h.click("#q-province-south").await?;
    h.find("#q-district-d74").await?;
    let rows = h
        .browser
        .find_all(fantoccini::Locator::Css(
            "[data-name=district] input[type=radio]",
        ))
        .await?;
    assert_eq!(rows.len(), 5);
    assert!(
        h.absent("#q-district:not([hidden])").await?,
        "five rows, no search"
    );
    assert!(h.absent(&format!("{status}:not([hidden])")).await?);
    // The south has no camp in the list: the answer it reads is given, so the list
    // itself has the gap (a posto without associations in a real registration form).
    h.wait_text("#q-camp-status", |t| t == none_listed).await?;
    h.screenshot("widgets-cascade-five-rows").await?;
    h.scroll_to("#q-camp").await?;
    h.screenshot("widgets-cascade-none-listed").await?;
    h.click("#q-province-east").await?;
    h.wait_text(status, |t| t == none_listed).await?;

    h.click("#q-province-north").await?;
    h.wait_text(status, |t| t.starts_with("70 choices")).await?;
    h.find("#q-district:not([hidden])").await?;
    h.type_into("#q-district", "district 69").await?;
    h.wait_text(status, |t| t == "1 found").await?;
    h.click("#q-district-d69").await?;
    assert!(h.absent("#q-camp-status:not([hidden])").await?);
    h.select("#q-camp", "c2").await?;
    h.finish().await
}

/// The emphasis authors write (half the real questionnaires of the corpus colour their
/// instructions red): a note's `**Read out:**` is strong and its coloured `<span>` a red
/// run, a label's `<b>` strong, a hint's `<br>` a line break, an answer shown in a label
/// stays text even when it looks like a tag, no tag is ever shown as text, and a Markdown
/// link is a link.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_labels_emphasis_is_drawn_not_shown_as_tags() -> Result<()> {
    let en = |s: &str| Text::single("en", s);
    let screen = Node {
        appearance: Some("field-list".into()),
        children: vec![
            Node {
                label: en(
                    r#"**Read out:** the list <span style="color:red">(666 = refused)</span> [the guide](https://example.org/guide) [not a link](javascript:alert(1))"#,
                ),
                ..Node::new("intro", Kind::Note)
            },
            Node {
                label: en("Name of the <b>head</b> of household"),
                hint: en("As on the card<br>or as they say it"),
                ..Node::new("head", Kind::Text)
            },
            Node {
                label: en("*Check:* is ${head} right?"),
                ..Node::new("check", Kind::Text)
            },
        ],
        ..Node::new("start", Kind::Group)
    };
    let form = forms::demo::english_form("marked", vec![screen], Default::default());
    let h = Harness::interviewing(&form, PASSPHRASE).await?;
    h.wait_text(".note strong", |t| t == "Read out:").await?;
    assert_eq!(h.text(".note .mark-red").await?, "(666 = refused)");
    // A Markdown link is a link, opened beside the interview; a script's address is text.
    let link = h.find(".note a").await?;
    assert_eq!(link.text().await?, "the guide");
    assert_eq!(
        link.attr("href").await?.as_deref(),
        Some("https://example.org/guide")
    );
    assert_eq!(link.attr("target").await?.as_deref(), Some("_blank"));
    let links = h
        .browser
        .find_all(fantoccini::Locator::Css(".note a"))
        .await?;
    assert_eq!(links.len(), 1, "one link only");
    assert!(
        h.text(".note")
            .await?
            .contains("[not a link](javascript:alert(1))")
    );
    let label = h.text("#q-head-label").await?;
    assert!(
        label.starts_with("Name of the head of household"),
        "{label}"
    );
    assert_eq!(h.text("#q-head-label strong").await?, "head");
    h.find("#q-head-hint br").await?;
    h.type_into("#q-head", "<b>Amina</b>").await?;
    h.wait_text("#q-check-label", |t| t.contains("is <b>Amina</b> right?"))
        .await?;
    assert_eq!(h.text("#q-check-label em").await?, "Check:");
    let page = h.text(".page").await?;
    assert!(!page.contains("<span") && !page.contains("**"), "{page}");
    h.screenshot("widgets-emphasis").await?;
    h.finish().await
}

/// The choices' order of `select_one … ` with `randomize=true` (XLSForm `parameters`): with
/// a seed from the record, ODK's order for it (the same list on Collect and here); without
/// one, an order of the phone's that stays put when the enumerator goes back to the page
/// or takes the interview up again from its draft.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn randomized_choices_are_in_odk_s_order_for_their_seed_and_stay_put() -> Result<()> {
    let colours: Vec<Vec<String>> = std::iter::once(vec!["list_name", "name", "label"])
        .map(|r| r.into_iter().map(str::to_string).collect())
        .chain((1..=8).map(|i| vec!["colour".into(), format!("c{i}"), format!("Colour {i}")]))
        .collect();
    let survey: Vec<Vec<String>> = [
        vec!["type", "name", "label", "parameters", "calculation"],
        vec!["calculate", "s", "", "", "42"],
        vec!["begin_group", "p1", "First", "", ""],
        vec![
            "select_one colour",
            "seeded",
            "Seeded",
            "randomize=true seed=${s}",
            "",
        ],
        vec![
            "select_one colour",
            "shuffled",
            "Shuffled",
            "randomize=true",
            "",
        ],
        vec!["select_one colour", "listed", "Listed", "", ""],
        vec!["end_group", "", "", "", ""],
        vec!["begin_group", "p2", "Second", "", ""],
        vec!["text", "remarks", "Remarks", "", ""],
        vec!["end_group", "", "", "", ""],
    ]
    .into_iter()
    .map(|r| r.into_iter().map(str::to_string).collect())
    .collect();
    let book = crate::sheets::workbook(&[("survey", survey), ("choices", colours)])?;
    let form = forms::xlsform::import(&book, "colours.xlsx")?.form;
    let h = Harness::start().await?;
    h.import_form(&form).await?;
    h.begin_interview(PASSPHRASE).await?;
    let order = |name: &str| {
        format!(
            "return Array.from(document.querySelectorAll('.question[data-name={name}] input[type=radio]'))
               .map((i) => i.value)"
        )
    };
    let read = |name: &'static str| {
        let h = &h;
        async move {
            let v = h.browser.execute(&order(name), vec![]).await?;
            serde_json::from_value::<Vec<String>>(v).context("the choices' values")
        }
    };
    h.find(".question[data-name=seeded] input").await?;
    let names = |order: [u8; 8]| order.map(|i| format!("c{i}")).to_vec();
    // ODK Web Forms' order for seed 42 (forms/src/shuffle.rs).
    assert_eq!(read("seeded").await?, names([1, 6, 3, 2, 8, 5, 7, 4]));
    assert_eq!(read("listed").await?, names([1, 2, 3, 4, 5, 6, 7, 8]));
    let shuffled = read("shuffled").await?;
    assert_ne!(shuffled, names([1, 2, 3, 4, 5, 6, 7, 8]));
    h.screenshot("randomized-choices").await?;
    h.click("#next").await?;
    h.find("#q-remarks").await?;
    h.click("#back").await?;
    h.find(".question[data-name=shuffled] input").await?;
    assert_eq!(
        read("shuffled").await?,
        shuffled,
        "the same order on coming back"
    );
    assert_eq!(read("seeded").await?, names([1, 6, 3, 2, 8, 5, 7, 4]));
    // Left as a draft and taken up again: still the order it was asked in.
    h.click("#save-draft").await?;
    h.click("section[data-status=draft] button.resume").await?;
    h.find(".question[data-name=shuffled] input").await?;
    assert_eq!(read("shuffled").await?, shuffled, "a draft keeps its order");
    h.finish().await
}

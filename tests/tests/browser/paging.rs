//! Paging on a real-shaped questionnaire (issue 21): an XLSForm written here as a field team
//! writes one, in English and Arabic: device metadata first, a filter question, a group
//! it can make irrelevant, a shelter section with a constraint, forty loose questions with
//! notes before every tenth, a closing section. Filled on a 360 × 740 phone:
//! - a group that does not apply is skipped and the page count shrinks, never an empty page;
//! - the forty loose questions are cut into several screens, none taller than three
//!   phone screens, each question on one of them;
//! - the section overview lists the pages with their progress and jumps to one;
//! - a refused Next moves focus to the first wrong answer, and its message and the
//!   summary go as soon as it is fixed.

use anyhow::{Context, Result};

use crate::sheets::workbook;
use e2e::Harness;
use serde_json::{Value, json};

const PASSPHRASE: &str = "tamarind by the well 5";
/// The phone of the screenshots: 360 × 740 CSS pixels.
const SCREEN: f64 = 740.0;

/// A survey row: type, name, English and Arabic labels, then `required`, `relevant`,
/// `constraint` and its message.
fn q(kind: &str, name: &str, en: &str, ar: &str, rest: &[&str]) -> Vec<String> {
    [kind, name, en, ar]
        .iter()
        .chain(rest)
        .map(|c| c.to_string())
        .collect()
}

/// The questionnaire, as the admin uploads it.
fn questionnaire() -> Result<forms::model::Form> {
    let mut survey = vec![q(
        "type",
        "name",
        "label::English (en)",
        "label::Arabic (ar)",
        &[
            "required",
            "relevant",
            "constraint",
            "constraint_message::English (en)",
        ],
    )];
    survey.push(q("start", "start", "", "", &[]));
    survey.push(q("end", "end", "", "", &[]));
    survey.push(q("deviceid", "deviceid", "", "", &[]));
    survey.push(q(
        "select_one yes_no",
        "has_children",
        "Are there children under five in the household?",
        "هل يوجد أطفال دون الخامسة في الأسرة؟",
        &["yes"],
    ));
    survey.push(q(
        "begin_group",
        "children",
        "Children under five",
        "الأطفال دون الخامسة",
        &["", "${has_children} = 'yes'"],
    ));
    survey.push(q(
        "integer",
        "children_count",
        "How many children under five?",
        "كم عدد الأطفال دون الخامسة؟",
        &["yes", "", ". > 0"],
    ));
    survey.push(q(
        "select_one yes_no",
        "children_vaccinated",
        "Are they all vaccinated?",
        "هل جميعهم ملقحون؟",
        &["yes"],
    ));
    survey.push(q("end_group", "", "", "", &[]));
    survey.push(q("begin_group", "shelter", "Shelter", "المأوى", &[]));
    survey.push(q(
        "select_one shelter",
        "shelter_type",
        "What kind of shelter does the household live in?",
        "في أي نوع من المأوى تعيش الأسرة؟",
        &["yes"],
    ));
    survey.push(q(
        "integer",
        "rooms",
        "How many rooms does the household use for sleeping?",
        "كم غرفة تستخدم الأسرة للنوم؟",
        &["yes", "", ". >= 1 and . <= 20", "Between 1 and 20 rooms."],
    ));
    survey.push(q(
        "select_one damage",
        "shelter_damage",
        "How damaged is the shelter?",
        "ما مدى الضرر في المأوى؟",
        &["yes"],
    ));
    survey.push(q("end_group", "", "", "", &[]));
    for i in 1..=40 {
        if i % 10 == 1 {
            survey.push(q(
                "note",
                &format!("l{i}_note"),
                "Ask about the last seven days. Read each item aloud, then wait for the answer.",
                "اسأل عن الأيام السبعة الماضية. اقرأ كل بند بصوت عالٍ ثم انتظر الإجابة.",
                &[],
            ));
        }
        if i % 4 == 0 {
            survey.push(q(
                "select_one source",
                &format!("l{i}"),
                &format!("Where did most of the household's food of group {i} come from?"),
                &format!("من أين جاء معظم طعام الأسرة من المجموعة {i}؟"),
                &[],
            ));
        } else {
            survey.push(q(
                "integer",
                &format!("l{i}"),
                &format!(
                    "On how many of the last seven days did the household eat food group {i}?"
                ),
                &format!("في كم يوماً من الأيام السبعة الماضية أكلت الأسرة المجموعة الغذائية {i}؟"),
                &["", "", ". >= 0 and . <= 7"],
            ));
        }
    }
    survey.push(q(
        "begin_group",
        "needs",
        "Priority needs",
        "الاحتياجات ذات الأولوية",
        &[],
    ));
    survey.push(q(
        "select_multiple needs",
        "needs_most",
        "What does the household need most?",
        "ما أكثر ما تحتاجه الأسرة؟",
        &["yes"],
    ));
    survey.push(q("end_group", "", "", "", &[]));
    // (list, [(name, English, Arabic)])
    type Choices<'a> = &'a [(&'a str, &'a str, &'a str)];
    let lists: [(&str, Choices); 5] = [
        ("yes_no", &[("yes", "Yes", "نعم"), ("no", "No", "لا")]),
        (
            "shelter",
            &[
                ("tent", "Tent", "خيمة"),
                ("house", "House", "منزل"),
                ("collective", "Collective centre", "مركز جماعي"),
                ("unfinished", "Unfinished building", "مبنى غير مكتمل"),
                ("none", "No shelter", "بلا مأوى"),
            ],
        ),
        (
            "damage",
            &[
                ("none", "No damage", "لا ضرر"),
                ("light", "Light damage", "ضرر خفيف"),
                ("partial", "Partly damaged", "ضرر جزئي"),
                ("heavy", "Heavily damaged", "ضرر كبير"),
                ("destroyed", "Destroyed", "مدمر"),
                ("unknown", "Do not know", "لا أعرف"),
            ],
        ),
        (
            "source",
            &[
                ("own", "Own production", "إنتاج ذاتي"),
                ("market", "Market", "السوق"),
                ("aid", "Food aid", "مساعدات غذائية"),
                ("gift", "Gift from family", "هدية من العائلة"),
                ("borrowed", "Borrowed", "مقترض"),
                ("other", "Other", "آخر"),
            ],
        ),
        (
            "needs",
            &[
                ("food", "Food", "غذاء"),
                ("water", "Water", "ماء"),
                ("shelter", "Shelter", "مأوى"),
                ("health", "Health care", "رعاية صحية"),
                ("cash", "Cash", "نقد"),
            ],
        ),
    ];
    let mut choices = vec![q(
        "list_name",
        "name",
        "label::English (en)",
        "label::Arabic (ar)",
        &[],
    )];
    for (list, items) in lists {
        for (name, en, ar) in items {
            choices.push(q(list, name, en, ar, &[]));
        }
    }
    let settings = vec![
        q("form_title", "form_id", "version", "default_language", &[]),
        q(
            "Household needs",
            "paging_needs",
            "2026120601",
            "English (en)",
            &[],
        ),
    ];
    let xlsx = workbook(&[
        ("survey", survey),
        ("choices", choices),
        ("settings", settings),
    ])?;
    let imported = forms::xlsform::import(&xlsx, "paging_needs.xlsx")?;
    Ok(imported.form)
}

/// A phone of 360 × 740 in an interview of the questionnaire, on its first page.
async fn interview() -> Result<Harness> {
    let form = questionnaire()?;
    let h = Harness::start().await?;
    h.import_form(&form).await?;
    h.cdp(
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": 360, "height": SCREEN as u32, "deviceScaleFactor": 1, "mobile": true }),
    )
    .await?;
    h.begin_interview(PASSPHRASE).await?;
    Ok(h)
}

async fn js(h: &Harness, script: &str) -> Result<Value> {
    Ok(h.browser.execute(script, vec![]).await?)
}

/// "Page n of m", as numbers.
async fn page_of(h: &Harness) -> Result<(usize, usize)> {
    let text = h.text("#page-indicator").await?;
    let numbers: Vec<usize> = text
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    match numbers[..] {
        [n, total] => Ok((n, total)),
        _ => anyhow::bail!("no page number in {text:?}"),
    }
}

/// Wait until the page indicator reads page `n`.
async fn on_page(h: &Harness, n: usize) -> Result<()> {
    h.wait_text("#page-indicator", |t| {
        t.starts_with(&format!("Page {n} of"))
    })
    .await?;
    h.find(&format!("#page-{n}")).await?;
    Ok(())
}

/// The questions drawn on the page now, by name.
async fn questions_on_page(h: &Harness) -> Result<Vec<String>> {
    let names = js(
        h,
        "return Array.from(document.querySelectorAll('.page .question')).map(q => q.dataset.name)",
    )
    .await?;
    Ok(serde_json::from_value(names)?)
}

async fn hidden(h: &Harness, css: &str) -> Result<bool> {
    Ok(h.find(css).await?.attr("hidden").await?.is_some())
}

/// The id of the element that has the focus.
async fn focused(h: &Harness) -> Result<String> {
    Ok(js(h, "return document.activeElement.id")
        .await?
        .as_str()
        .unwrap_or_default()
        .to_string())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_group_that_does_not_apply_is_skipped_and_the_pages_recounted() -> Result<()> {
    let h = interview().await?;
    let field = h.field();
    field.choose("has_children", "yes").await?;
    let with_children = page_of(&h).await?.1;
    field.choose("has_children", "no").await?;
    h.wait_text("#page-indicator", |t| {
        t == format!("Page 1 of {}", with_children - 1)
    })
    .await
    .context("the page count shrinks when the group stops applying")?;
    // Next leads past the children's group, to the shelter: no empty page between.
    h.click("#next").await?;
    on_page(&h, 2).await?;
    assert_eq!(
        questions_on_page(&h).await?,
        ["shelter_type", "rooms", "shelter_damage"]
    );
    // Back to the filter: the group applies again, and is the next page.
    h.click("#back").await?;
    on_page(&h, 1).await?;
    field.choose("has_children", "yes").await?;
    h.wait_text("#page-indicator", |t| {
        t == format!("Page 1 of {with_children}")
    })
    .await?;
    h.click("#next").await?;
    on_page(&h, 2).await?;
    assert_eq!(
        questions_on_page(&h).await?,
        ["children_count", "children_vaccinated"]
    );
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forty_loose_questions_are_cut_into_screens_no_taller_than_three_phone_screens()
-> Result<()> {
    let h = interview().await?;
    let field = h.field();
    field.choose("has_children", "no").await?;
    h.click("#next").await?;
    on_page(&h, 2).await?;
    field.choose("shelter_type", "tent").await?;
    field.answer("rooms", "2").await?;
    field.choose("shelter_damage", "light").await?;
    // Every page to the last: each has a question, none is taller than three screens.
    let mut loose: Vec<Vec<String>> = Vec::new();
    let mut n = 2;
    while !hidden(&h, "#next").await? {
        h.click("#next").await?;
        n += 1;
        on_page(&h, n).await?;
        let names = questions_on_page(&h).await?;
        let height = js(
            &h,
            "return document.querySelector('.page').getBoundingClientRect().height",
        )
        .await?
        .as_f64()
        .context("a height")?;
        assert!(!names.is_empty(), "page {n} is empty");
        assert!(
            height <= 3.0 * SCREEN,
            "page {n} is {height} px tall: {names:?}"
        );
        if names.iter().all(|q| q.starts_with('l')) {
            // A note stays with the question after it: every tenth question has one.
            let notes = js(&h, "return document.querySelectorAll('.page .note').length")
                .await?
                .as_u64()
                .context("a count")? as usize;
            let tenths = names
                .iter()
                .filter(|q| q[1..].parse::<usize>().is_ok_and(|i| i % 10 == 1))
                .count();
            assert_eq!(notes, tenths, "page {n}: {names:?}");
            h.screenshot(&format!("paging-loose-{n}")).await?;
            loose.push(names);
        }
    }
    assert!(
        loose.len() >= 3,
        "{} screens of loose questions",
        loose.len()
    );
    let seen: Vec<String> = loose.concat();
    let expected: Vec<String> = (1..=40).map(|i| format!("l{i}")).collect();
    assert_eq!(seen, expected, "each loose question once, in order");
    assert_eq!(questions_on_page(&h).await?, ["needs_most"]);
    assert!(!hidden(&h, "#save").await?);
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_overview_shows_each_section_with_its_progress_and_jumps_to_one() -> Result<()> {
    let h = interview().await?;
    let field = h.field();
    field.choose("has_children", "no").await?;
    let (_, total) = page_of(&h).await?;
    h.click("#overview-open").await?;
    h.find("#overview").await?;
    assert_eq!(
        focused(&h).await?,
        "overview-title",
        "focus moves to the overview"
    );
    let titles: Vec<String> = serde_json::from_value(
        js(
            &h,
            "return Array.from(document.querySelectorAll('#overview .section-title')).map(t => t.textContent)",
        )
        .await?,
    )?;
    assert_eq!(titles.len(), total, "one line per page: {titles:?}");
    assert_eq!(titles[0], "Are there children under five in the household?");
    assert_eq!(titles[1], "Shelter");
    assert_eq!(
        titles[2],
        "On how many of the last seven days did the household eat food group 1?"
    );
    assert_eq!(titles[total - 1], "Priority needs");
    assert!(!titles.iter().any(|t| t.contains("Children")), "{titles:?}");
    // Progress: the filter answered, the shelter not yet.
    assert_eq!(
        h.text("#section-1 .section-status").await?,
        "Page 1 · 1 of 1 required answered"
    );
    assert!(
        h.find("#section-1")
            .await?
            .attr("class")
            .await?
            .unwrap_or_default()
            .contains("done")
    );
    assert_eq!(
        h.text("#section-2 .section-status").await?,
        "Page 2 · 0 of 3 required answered"
    );
    assert_eq!(
        h.text("#section-3 .section-status").await?,
        "Page 3 · Nothing required"
    );
    assert_eq!(
        h.find("#section-1")
            .await?
            .attr("aria-current")
            .await?
            .as_deref(),
        Some("step")
    );
    // Thumb-sized lines on a 360 px phone, and nothing wider than it.
    let smallest = js(
        &h,
        "return Math.min(...Array.from(document.querySelectorAll('#overview button')).map(b => b.getBoundingClientRect().height))",
    )
    .await?
    .as_f64()
    .context("a height")?;
    assert!(
        smallest >= 48.0,
        "a line of the overview is {smallest} px high"
    );
    let wide = js(&h, "return document.documentElement.scrollWidth").await?;
    assert!(wide.as_f64() <= Some(360.0), "the page is {wide} px wide");
    h.screenshot("paging-overview").await?;

    // The last section, from the overview: its question, the Save button.
    h.click(&format!("#section-{total}")).await?;
    on_page(&h, total).await?;
    h.find("#q-needs_most-food").await?;
    assert!(h.absent("#overview").await?);
    assert!(!hidden(&h, "#save").await?);
    // Titles in the respondent's language, and a wrong answer counted.
    h.click("#overview-open").await?;
    h.click("#section-2").await?;
    on_page(&h, 2).await?;
    field.answer("rooms", "99").await?;
    h.select("#form-lang", "ar").await?;
    h.click("#overview-open").await?;
    h.wait_text("#section-2 .section-title", |t| t == "المأوى")
        .await?;
    assert_eq!(
        h.text("#section-2 .section-problems").await?,
        "1 answer to fix"
    );
    assert_eq!(
        h.find(&format!("#section-{total}"))
            .await?
            .attr("aria-current")
            .await?,
        None
    );
    h.screenshot("paging-overview-ar").await?;
    // Closing it returns to the page as it was.
    h.click("#overview-close").await?;
    assert_eq!(
        h.find("#q-rooms").await?.prop("value").await?.as_deref(),
        Some("99")
    );
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_next_focuses_the_first_error_which_clears_once_fixed() -> Result<()> {
    let h = interview().await?;
    let field = h.field();
    field.choose("has_children", "no").await?;
    h.click("#next").await?;
    on_page(&h, 2).await?;
    // Nothing answered: the first error is the shelter type, its first choice focused.
    h.click("#next").await?;
    h.wait_text("#page-errors", |t| t == "Some answers need attention.")
        .await?;
    for _ in 0..50 {
        if focused(&h).await? == "q-shelter_type-tent" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(focused(&h).await?, "q-shelter_type-tent");
    let group = h.find("[data-name=shelter_type] [role=radiogroup]").await?;
    assert_eq!(group.attr("aria-invalid").await?.as_deref(), Some("true"));
    assert_eq!(
        group.attr("aria-describedby").await?.as_deref(),
        Some("q-shelter_type-error")
    );
    field.choose("shelter_type", "tent").await?;
    h.wait_text("#q-shelter_type-error", str::is_empty).await?;
    // The other two are still wrong: the summary stays.
    assert_eq!(
        h.text("#page-errors").await?,
        "Some answers need attention."
    );
    field.choose("shelter_damage", "light").await?;
    field.answer("rooms", "99").await?;
    // From the bottom of the page, Next: the rooms question comes into view, focused.
    h.click("#next").await?;
    h.wait_text("#q-rooms-error", |t| t == "Between 1 and 20 rooms.")
        .await?;
    for _ in 0..50 {
        if focused(&h).await? == "q-rooms" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(focused(&h).await?, "q-rooms");
    let rooms = h.find("#q-rooms").await?;
    assert_eq!(rooms.attr("aria-invalid").await?.as_deref(), Some("true"));
    assert_eq!(
        rooms.attr("aria-describedby").await?.as_deref(),
        Some("q-rooms-error")
    );
    let in_view = js(
        &h,
        "const q = document.querySelector('[data-name=rooms]').getBoundingClientRect();
         return [q.top, q.bottom, window.innerHeight]",
    )
    .await?;
    let [top, bottom, height] = serde_json::from_value::<[f64; 3]>(in_view)?;
    assert!(
        top >= -1.0 && bottom <= height + 1.0,
        "the question with the error is on screen: {top}..{bottom} of {height}"
    );
    h.screenshot("paging-error").await?;
    // Fixed: its message and the summary go at once, before any Next.
    field.answer("rooms", "3").await?;
    h.wait_text("#q-rooms-error", str::is_empty).await?;
    h.wait_text("#page-errors", str::is_empty).await?;
    assert_eq!(rooms.attr("aria-invalid").await?.as_deref(), Some("false"));
    h.click("#next").await?;
    on_page(&h, 3).await?;
    h.finish().await
}

//! The steward's review desk in the browser (issue 20): with six records on the server, a
//! steward at 360 px filters by area and searches by name, opens a record and reads its
//! answers in English then French (choices by their labels), approves it behind a
//! confirmation and undoes that, sends it back with a comment; then at 1280 px selects two
//! records and approves them together. Nothing is wider than the phone's screen.

use anyhow::{Context, Result};
use e2e::Harness;
use forms::batch::{Batch, Submission, new_record_id};
use forms::consent::{Consent, Decision, Method};
use forms::model::Answer;
use serde_json::{Value, json};

async fn size(h: &Harness, width: u32, height: u32) -> Result<()> {
    h.cdp(
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600 }),
    )
    .await?;
    Ok(())
}

/// Nothing on the page is wider than the window.
async fn fits(h: &Harness) -> Result<()> {
    let wide = h
        .browser
        .execute(
            "return document.documentElement.scrollWidth > window.innerWidth;",
            vec![],
        )
        .await?;
    anyhow::ensure!(wide == json!(false), "the page scrolls sideways");
    Ok(())
}

/// A valid household of the demo form, `name` in `area`.
fn household(name: &str, area: &str, n: u64) -> Result<Submission> {
    let template = forms::demo::household_consent();
    let form = forms::demo::household_form().compile()?;
    let mut answers = forms::demo::sample_household();
    answers.insert("respondent_name".into(), Answer::Value(name.into()));
    answers.insert("admin_area".into(), Answer::Value(area.into()));
    let today = "2026-11-25";
    forms::validate::settle(&form, &mut answers, today);
    let saved_at = format!("{today}T10:00:00Z");
    Ok(Submission {
        id: new_record_id(1_780_000_000_000 + n).context("an id")?,
        form_id: "household".into(),
        form_version: form.form.version.clone(),
        started_at: format!("{today}T09:30:00Z"),
        saved_at: saved_at.clone(),
        consent: Consent {
            template_id: template.id.clone(),
            template_version: template.version,
            language: "en".into(),
            text_hash: template.text_hash("en"),
            decision: Decision::Given {
                purposes: template
                    .purposes
                    .iter()
                    .filter(|p| p.required || p.id == forms::consent::NEEDS_ASSESSMENT)
                    .map(|p| p.id.clone())
                    .collect(),
                method: Method::Verbal {
                    witness: "Amina".into(),
                },
            },
            recorded_at: saved_at,
            access: None,
            understood: template
                .comprehension
                .iter()
                .map(|q| q.id.clone())
                .collect(),
            explained_again: Vec::new(),
            played_audio: false,
            receipt: forms::receipt::ReceiptCode::generate()?,
        },
        answers,
    })
}

/// Six records sent by the demo enumerator's phone, straight to the API.
async fn seed(h: &Harness) -> Result<Vec<String>> {
    let client = reqwest::Client::new();
    let enrolled: Value = client
        .post(format!("{}/api/v1/devices/enroll", h.base))
        .json(&json!({ "username": "enumerator", "password": h.password("enumerator"), "label": "seed" }))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    let token = enrolled["token"].as_str().context("a token")?;
    let people = [
        ("Zawadi Njeri", "Camp 1"),
        ("Baraka Otieno", "Camp 2"),
        ("Neema Achieng", "Camp 2"),
        ("Juma Mwangi", "Camp 3"),
        ("Halima Yusuf", "Camp 1"),
        ("Imani Wanjiru", "Camp 4"),
    ];
    let mut records = Vec::new();
    for (n, (name, area)) in people.into_iter().enumerate() {
        records.push(household(name, area, n as u64)?);
    }
    let ids = records.iter().map(|r| r.id.to_string()).collect();
    let batch = Batch {
        records,
        withdrawals: Vec::new(),
        withdrawal_access: Default::default(),
        feedback: Vec::new(),
    };
    client
        .post(format!("{}/api/v1/batches", h.base))
        .bearer_auth(token)
        .json(&batch)
        .send()
        .await?
        .error_for_status()?;
    Ok(ids)
}

#[tokio::test]
async fn a_steward_filters_reads_decides_undoes_and_approves_in_bulk() -> Result<()> {
    let h = Harness::start().await?;
    seed(&h).await?;
    let form = forms::demo::household_form().compile()?;
    let truck = |lang: &str| forms::record::choice_label(&form, "water_source", "truck", lang);
    let source = form.node("water_source").context("water_source")?;

    size(&h, 360, 740).await?;
    h.steward_sign_in().await?;
    h.wait_text("#review-total", |t| t.contains('6')).await?;
    fits(&h).await?;
    h.screenshot("desk-01-list-360").await?;

    // Filter by area, then search by name within it.
    h.click(".more-filters summary").await?;
    h.find("#filter-area option[value='Camp 2']").await?;
    h.select("#filter-area", "Camp 2").await?;
    h.wait_text("#review-total", |t| t.contains('2')).await?;
    fits(&h).await?;
    h.type_into("#review-search", "neema").await?;
    h.click(".filters button[type='submit']").await?;
    h.wait_text("#review-total", |t| t.contains('1')).await?;
    h.screenshot("desk-02-filtered-360").await?;
    let line = h.find("#submissions li").await?;
    let id = line.attr("data-id").await?.context("an id")?;
    assert!(
        h.text("#submissions li .record-name")
            .await?
            .contains("Neema Achieng")
    );

    // The record, in English then French: labels and choices as the form shows them.
    h.click(&format!("li[data-id='{id}'] button.open")).await?;
    h.wait_text("dd[data-path='water_source']", |t| t == truck("en"))
        .await?;
    assert_eq!(
        h.text("dt[data-path='water_source']").await?,
        source.label.get("en", "en")
    );
    h.wait_text("#consent-method", |t| t.contains("witness"))
        .await?;
    fits(&h).await?;
    h.screenshot("desk-03-record-en-360").await?;
    h.select("#record-lang", "fr").await?;
    h.wait_text("dd[data-path='water_source']", |t| t == truck("fr"))
        .await?;
    assert_eq!(
        h.text("dt[data-path='water_source']").await?,
        source.label.get("fr", "en")
    );
    h.screenshot("desk-04-record-fr-360").await?;

    // Approve behind a confirmation, then undo.
    h.click("#decide-approve").await?;
    h.find("#decision-confirm:not([hidden])").await?;
    h.screenshot("desk-05-confirm-360").await?;
    h.click("#decision-yes").await?;
    h.find("#record-state[data-state='approved']").await?;
    h.click("#undo").await?;
    h.find("#record-state[data-state='received']").await?;
    let history = h.server_get(&format!("/submissions/{id}/comments")).await?;
    let states: Vec<&str> = history
        .as_array()
        .context("a list")?
        .iter()
        .filter_map(|c| c["review_state"].as_str())
        .collect();
    assert_eq!(states, ["approved", "received"], "{history}");

    // Send it back with what to check.
    h.click("#decide-has_issues").await?;
    h.type_into("#decision-comment", "The ages do not add up.")
        .await?;
    h.click("#decision-yes").await?;
    h.find("#record-state[data-state='has_issues']").await?;
    let history = h.server_get(&format!("/submissions/{id}/comments")).await?;
    assert_eq!(
        history[2]["comment"], "The ages do not add up.",
        "{history}"
    );
    h.screenshot("desk-06-sent-back-360").await?;

    // At laptop size: back to the list, every filter cleared, two records approved at once.
    size(&h, 1280, 800).await?;
    h.click("#record-back").await?;
    h.click("#filter-clear").await?;
    h.wait_text("#review-total", |t| t.contains('5')).await?;
    let lines = h
        .browser
        .find_all(fantoccini::Locator::Css("#submissions li"))
        .await?;
    let mut chosen = Vec::new();
    for line in lines.iter().take(2) {
        chosen.push(line.attr("data-id").await?.context("an id")?);
    }
    for id in &chosen {
        // Centred first: the Undo bar sits at the bottom of the window, as on a phone.
        h.scroll_to(&format!("#select-{id}")).await?;
        h.click(&format!("#select-{id}")).await?;
    }
    h.scroll_to("#bulk-approve").await?;
    h.click("#bulk-approve").await?;
    h.find("#bulk-confirm:not([hidden])").await?;
    h.screenshot("desk-07-bulk-confirm-1280").await?;
    h.click("#bulk-confirm-yes").await?;
    h.wait_text("#review-total", |t| t.contains('3')).await?;
    for id in &chosen {
        assert!(
            h.absent(&format!("li[data-id='{id}']")).await?,
            "approved leave To review"
        );
        let record = h.server_get(&format!("/submissions/{id}")).await?;
        assert_eq!(record["review_state"], "approved");
    }
    h.find("#undo").await?;
    h.screenshot("desk-08-bulk-done-1280").await?;
    h.scroll_to("li[data-id] button.open").await?;
    h.click("li[data-id] button.open").await?;
    h.find("dd[data-path='water_source']").await?;
    h.screenshot("desk-09-record-1280").await?;
    h.finish().await
}

/// A steward corrects answers in the desk at 360 px: a member's age typed in Arabic-Indic
/// digits and the water source chosen again, with the reason asked for before anything
/// is sent; an answer that breaks the form's rules is said beside it; and a colleague's
/// correction saved meanwhile is not undone (the desk says so and shows the record as it
/// is now).
#[tokio::test]
async fn a_steward_corrects_answers_and_never_undoes_a_colleague() -> Result<()> {
    let h = Harness::start().await?;
    let ids = seed(&h).await?;
    let id = ids.first().context("a record")?.clone();
    let form = forms::demo::household_form().compile()?;
    let well = forms::record::choice_label(&form, "water_source", "well", "en");

    size(&h, 360, 740).await?;
    h.steward_sign_in().await?;
    h.wait_text("#review-total", |t| t.contains('6')).await?;
    h.click(&format!("li[data-id='{id}'] button.open")).await?;
    h.wait_text("dd[data-path='members[2]/member_age']", |t| t == "6")
        .await?;
    h.click("#record-correct").await?;
    let age = "[id='edit-members[2]/member_age']";
    h.find(age).await?;
    // The keyboard goes on from the first answer, not from the page's top.
    let mut focused = json!(false);
    for _ in 0..30 {
        focused = h
            .browser
            .execute(
                "return document.activeElement.hasAttribute('data-edit');",
                vec![],
            )
            .await?;
        if focused == json!(true) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(focused, json!(true), "focus moved to the first answer");
    fits(&h).await?;
    h.scroll_to(age).await?;
    h.screenshot("desk-10-correcting-360").await?;
    h.accessible("the desk correcting a record").await?;

    // Why is asked before anything is sent.
    h.type_into(age, "six").await?;
    h.click("#correct-save").await?;
    h.wait_text("#record-correction .error", |t| t.contains("Say why"))
        .await?;

    // Not a number, and four needs where the form allows three: each said beside its
    // answer, in words, and nothing saved.
    let need = |value: &str| format!("[id='edit-priority_needs'] input[value='{value}']");
    h.click(&need("shelter")).await?;
    h.click(&need("health")).await?;
    h.type_into("#correct-reason", "called back: seven, and the well")
        .await?;
    h.click("#correct-save").await?;
    let problem = h
        .wait_text("[id='edit-members[2]/member_age-error']", |t| !t.is_empty())
        .await?;
    assert!(problem.contains("whole number"), "{problem}");
    h.wait_text("[id='edit-priority_needs-error']", |t| {
        t == "Choose at most three"
    })
    .await?;
    h.scroll_to("[id='edit-priority_needs']").await?;
    h.screenshot("desk-11b-needs-refused-360").await?;
    h.scroll_to(age).await?;
    h.screenshot("desk-11-correction-refused-360").await?;
    h.accessible("a correction refused").await?;

    h.type_into(age, "٧").await?;
    h.select("[id='edit-water_source']", "well").await?;
    h.click(&need("health")).await?;
    h.click("#correct-save").await?;
    h.wait_text("dd[data-path='members[2]/member_age']", |t| t == "7")
        .await?;
    assert_eq!(h.text("dd[data-path='water_source']").await?, well);
    let needs = h.text("dd[data-path='priority_needs']").await?;
    assert!(
        needs.contains("Shelter") && !needs.contains("Health"),
        "{needs}"
    );
    h.find("#record-state[data-state='edited']").await?;
    assert!(
        h.text("#record .history").await?.contains("called back"),
        "the reason is in the history"
    );

    // Cancel forgets what was typed: correcting again starts from what is stored.
    h.click("#record-correct").await?;
    h.type_into(age, "99").await?;
    h.click("#correct-cancel").await?;
    h.wait_text("dd[data-path='members[2]/member_age']", |t| t == "7")
        .await?;
    h.click("#record-correct").await?;
    let value = h
        .browser
        .execute(
            "return document.querySelector(arguments[0]).value;",
            vec![json!(age)],
        )
        .await?;
    assert_eq!(value, json!("7"), "the stored value, not the cancelled one");
    h.click("#correct-cancel").await?;

    // A colleague corrects the area while this steward is correcting the name.
    h.click("#record-correct").await?;
    h.type_into("[id='edit-respondent_name']", "Zawadi N. Kamau")
        .await?;
    h.type_into("#correct-reason", "spelling").await?;
    let colleague = h.steward().await?;
    let seen: Value = colleague
        .get(format!("{}/api/v1/submissions/{id}", h.base))
        .send()
        .await?
        .json()
        .await?;
    let mut answers = seen["answers"].clone();
    answers["admin_area"] = json!("Camp 9");
    colleague
        .put(format!("{}/api/v1/submissions/{id}/answers", h.base))
        .json(&json!({ "answers": answers, "comment": "moved", "revision": seen["revision"] }))
        .send()
        .await?
        .error_for_status()?;
    h.click("#correct-save").await?;
    let said = h
        .wait_text("#record .error", |t| {
            t.contains("changed since you opened it")
        })
        .await?;
    assert!(said.contains("colleague"), "{said}");
    h.wait_text("dd[data-path='admin_area']", |t| t == "Camp 9")
        .await?;
    assert_eq!(
        h.text("dd[data-path='respondent_name']").await?,
        "Zawadi Njeri",
        "this steward's change was not saved over the colleague's"
    );
    fits(&h).await?;
    h.screenshot("desk-12-colleague-first-360").await?;
    h.accessible("a correction a colleague overtook").await?;
    Ok(())
}

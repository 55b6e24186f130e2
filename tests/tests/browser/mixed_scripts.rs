//! Mixed scripts (issue 21): an enumerator whose phone speaks one language interviews a
//! respondent in another. Every piece of text carries its own language and direction:
//! the interview's chrome (headings, buttons, the interface's messages) stays in the
//! interface's, the form's and the consent template's words are in the respondent's,
//! with `lang` and `dir` of that language; words of one language inside a sentence of
//! the other are isolated (`<bdi>`). What the respondent must hear — the terms of each
//! purpose (how long, who receives it), who is responsible, the receipt — is in the
//! respondent's language. Both ways round: an English interface with an Arabic
//! respondent, then an Arabic interface with an English one, on the demo household form
//! (English, French, Arabic) at 360 × 740, with screenshots (`SAUTI_SCREENSHOTS=dir`).
//! A form is offered only in the languages it has.

use anyhow::{Context, Result};
use e2e::Harness;
use forms::i18n::{tr, tr_args};
use serde_json::{Value, json};

const PASSPHRASE: &str = "two rivers meet at dusk 9";

/// `lang`, `dir` and the computed direction of the first element matching `css`.
async fn marks(h: &Harness, css: &str) -> Result<(String, String, String)> {
    h.find(css).await?;
    let v: Value = h
        .browser
        .execute(
            "const el = document.querySelector(arguments[0]);
             return [el.closest('[lang]') ? el.closest('[lang]').getAttribute('lang') : '',
                     el.getAttribute('dir') || '', getComputedStyle(el).direction];",
            vec![json!(css)],
        )
        .await?;
    let s = |i: usize| v[i].as_str().unwrap_or_default().to_string();
    Ok((s(0), s(1), s(2)))
}

/// The computed direction of the first element matching `css`.
async fn direction(h: &Harness, css: &str) -> Result<String> {
    Ok(marks(h, css).await?.2)
}

/// Assert that `css` is marked as text in `lang` running `dir`, and is laid out so.
async fn assert_marked(h: &Harness, css: &str, lang: &str, dir: &str) -> Result<()> {
    let (l, d, computed) = marks(h, css).await?;
    assert_eq!(
        (l.as_str(), d.as_str(), computed.as_str()),
        (lang, dir, dir),
        "{css}: lang, dir and the computed direction"
    );
    Ok(())
}

/// A purpose's terms as the respondent must hear them in `lang`: how long, then who
/// receives it (the template's words for `who`).
fn terms(lang: &str, days: u32, who: Option<&str>) -> String {
    let mut out = tr_args(lang, "consent-kept-for", &[("days", days.to_string())]);
    if let Some(who) = who {
        out.push(' ');
        out.push_str(&tr_args(lang, "consent-shared-for", &[("who", who.into())]));
    }
    out
}

/// The demo template's words for who receives the referral purpose's data, in `lang`.
fn referral_recipient(lang: &str) -> Result<String> {
    let template = forms::demo::household_consent();
    let purpose = template
        .purposes
        .iter()
        .find(|p| p.id == "referral")
        .context("the demo's referral purpose")?;
    Ok(purpose.shared_with.get(lang, "en").to_string())
}

/// Start an interview, choose the respondent's language and accept the needs assessment
/// and the referral (whose terms name a recipient); stops on the consent screen.
async fn consent_screen(h: &Harness, respondent: &str) -> Result<()> {
    h.click("#new-interview").await?;
    h.select("#respondent-lang", respondent).await?;
    for p in ["needs_assessment", "referral"] {
        h.click(&format!("#purpose-{p}")).await?;
    }
    h.field().understood().await?;
    h.click("#method-verbal").await?;
    h.type_into("#witness", "Amina").await?;
    // The terms arrive in the respondent's language once its messages are loaded.
    let expected = terms(respondent, 180, Some(&referral_recipient(respondent)?));
    let shown = h
        .wait_text("label[for='purpose-referral'] .terms", |t| t == expected)
        .await;
    if shown.is_err() {
        let html = h
            .browser
            .execute(
                "return document.querySelector(\"label[for='purpose-referral']\").outerHTML",
                vec![],
            )
            .await?;
        anyhow::bail!("the referral's terms in {respondent}: expected {expected:?} in {html}");
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_english_screen_with_an_arabic_respondent_reads_right_and_the_reverse() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();

    // English interface, Arabic respondent.
    consent_screen(&h, "ar").await?;
    h.scroll_to("#consent-text").await?;
    h.screenshot("mixed-en-ar-consent").await?;
    h.scroll_to("label[for='purpose-referral']").await?;
    h.screenshot("mixed-en-ar-purposes").await?;
    assert_eq!(direction(&h, "section.interview").await?, "ltr");
    assert_eq!(direction(&h, ".interview h1").await?, "ltr");
    assert_eq!(direction(&h, "#consent-give").await?, "ltr");
    assert_marked(&h, "#consent-text", "ar", "rtl").await?;
    assert_marked(&h, "label[for='purpose-referral']", "ar", "rtl").await?;
    assert_marked(&h, "label[for='purpose-referral'] .terms", "ar", "rtl").await?;
    // The recipient is isolated inside the sentence, with its own language.
    assert_marked(&h, "label[for='purpose-referral'] .terms bdi", "ar", "rtl").await?;
    let controller = h.text("#consent-controller").await?;
    assert!(
        controller.starts_with(
            tr_args("ar", "consent-controller", &[("controller", String::new())]).trim()
        ),
        "who is responsible, in Arabic: {controller:?}"
    );
    // The enumerator's part stays in English.
    assert_eq!(
        h.text("label[for='method-verbal']").await?,
        tr("en", "consent-method-verbal")
    );
    assert_eq!(
        direction(&h, "label[for='understand-voluntary-yes']").await?,
        "ltr"
    );
    let question = h.find("#understand-voluntary-question").await?;
    assert_eq!(question.attr("lang").await?.as_deref(), Some("ar"));
    h.click("#consent-give").await?;
    h.find("#page-1").await?;

    // The questions: the form's words right to left in Arabic, the chrome left to right.
    assert_marked(&h, ".interview h1", "ar", "rtl").await?;
    assert_marked(&h, "label[for='q-admin_area']", "ar", "rtl").await?;
    assert_marked(&h, "fieldset.group legend", "ar", "rtl").await?;
    assert_eq!(direction(&h, "#next").await?, "ltr");
    assert_eq!(direction(&h, "#page-indicator").await?, "ltr");
    // A refused Next: the interface's message reads as English, left to right.
    h.click("#next").await?;
    h.wait_text("#q-admin_area-error", |t| !t.is_empty())
        .await?;
    assert_marked(&h, "#q-admin_area-error", "en", "ltr").await?;
    assert_eq!(
        h.text("#q-admin_area-error").await?,
        tr("en", "field-required")
    );
    // The required marker's words are the interface's, inside the Arabic label.
    assert_marked(&h, "label[for='q-admin_area'] .sr-only", "en", "ltr").await?;
    h.screenshot("mixed-en-ar-page-1").await?;
    field.date("interview_date", "2025-11-20").await?;
    field.answer("admin_area", "الزعتري").await?;
    field.next(2).await?;
    // A hint is the form's words too, and describes its field.
    assert_marked(&h, "#q-respondent_name-hint", "ar", "rtl").await?;
    assert_marked(&h, "label[for='q-displacement_status-idp']", "ar", "rtl").await?;
    field.answer("respondent_name", "فاطمة").await?;
    field.choose("displacement_status", "idp").await?;
    field.date("displaced_since", "2025-03-01").await?;
    field.choose("displacement_reason", "conflict").await?;
    field.next(3).await?;
    // "Member – 1": the interface's sentence, the form's label isolated in Arabic.
    h.click("#add-members").await?;
    assert_marked(&h, "#repeat-members h2", "ar", "rtl").await?;
    assert_marked(&h, "#repeat-members legend bdi", "ar", "rtl").await?;
    assert_eq!(direction(&h, "#repeat-members legend").await?, "ltr");
    h.screenshot("mixed-en-ar-member").await?;
    h.click("#repeat-members .remove").await?;
    h.click("#back").await?;
    h.click("#back").await?;
    h.find("#page-1").await?;
    field
        .fill_household(
            "2025-11-20",
            "الزعتري",
            "فاطمة",
            &[("سلمى", "female", "60")],
        )
        .await?;
    // The receipt is the respondent's: in Arabic; the enumerator's buttons in English.
    h.click("#save").await?;
    h.wait_text(".receipt-screen h1", |t| t == tr("ar", "receipt-title"))
        .await?;
    assert_marked(&h, ".receipt-screen h1", "ar", "rtl").await?;
    assert_marked(&h, "#receipt-where", "ar", "rtl").await?;
    assert_eq!(h.text("#receipt-done").await?, tr("en", "receipt-done"));
    assert_eq!(direction(&h, "#receipt-done").await?, "ltr");
    h.screenshot("mixed-en-ar-receipt").await?;
    h.click("#receipt-done").await?;
    h.find("#new-interview").await?;

    // The reverse: an Arabic interface, an English respondent.
    field.use_language("ar").await?;
    consent_screen(&h, "en").await?;
    h.scroll_to("label[for='purpose-referral']").await?;
    h.screenshot("mixed-ar-en-consent").await?;
    assert_eq!(direction(&h, "section.interview").await?, "rtl");
    assert_eq!(direction(&h, "#consent-give").await?, "rtl");
    assert_marked(&h, "#consent-text", "en", "ltr").await?;
    assert_marked(&h, "label[for='purpose-referral'] .terms", "en", "ltr").await?;
    assert_eq!(
        h.text("label[for='method-verbal']").await?,
        tr("ar", "consent-method-verbal")
    );
    h.click("#consent-give").await?;
    h.find("#page-1").await?;
    assert_marked(&h, "label[for='q-admin_area']", "en", "ltr").await?;
    assert_eq!(direction(&h, "#next").await?, "rtl");
    h.click("#next").await?;
    h.wait_text("#q-admin_area-error", |t| !t.is_empty())
        .await?;
    assert_marked(&h, "#q-admin_area-error", "ar", "rtl").await?;
    h.screenshot("mixed-ar-en-page-1").await?;
    field
        .fill_household(
            "2025-11-20",
            "Zaatari",
            "Fatima",
            &[("Salma", "female", "60")],
        )
        .await?;
    h.click("#save").await?;
    h.wait_text(".receipt-screen h1", |t| t == tr("en", "receipt-title"))
        .await?;
    assert_marked(&h, ".receipt-screen h1", "en", "ltr").await?;
    assert_eq!(h.text("#receipt-done").await?, tr("ar", "receipt-done"));
    h.screenshot("mixed-ar-en-receipt").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_form_is_offered_only_in_the_languages_it_has() -> Result<()> {
    // The demo form without its French: French consent would leave the questions in
    // English, so the consent screen does not offer it.
    let mut form = forms::demo::household_form();
    form.version = "2026-12-no-french".into();
    form.languages.retain(|l| l.code != "fr");
    // And a language the consent text lacks: not offered, but said (a Dari and Pashto
    // form offered English alone, with nothing to say why).
    form.languages.push(forms::model::Language {
        code: "ps".into(),
        name: "Pashto".into(),
        rtl: true,
    });
    let h = Harness::start().await?;
    h.import_form(&form).await?;
    h.open("/collect").await?;
    h.field().enroll(PASSPHRASE).await?;
    h.field().use_language("fr").await?;
    h.click("#new-interview").await?;
    h.find("#respondent-lang").await?;
    let offered: Value = h
        .browser
        .execute(
            "return Array.from(document.querySelectorAll('#respondent-lang option'))
                .map(o => [o.value, o.lang])",
            vec![],
        )
        .await?;
    assert_eq!(offered, json!([["en", "en"], ["ar", "ar"]]));
    let said = h.text("#consent-untranslated").await?;
    assert_eq!(
        said,
        forms::i18n::tr_args(
            "fr",
            "consent-untranslated",
            &[("languages", "Pashto".into())]
        )
    );
    // A French interface starts the interview in the form's default language, not in a
    // language the form does not have.
    let chosen = h.find("#respondent-lang").await?.prop("value").await?;
    assert_eq!(chosen.as_deref(), Some("en"));
    h.screenshot("offered-languages").await?;
    h.finish().await
}

/// "You chose ${water_label}", where `water_label` names the chosen choice's label
/// (`jr:choice-name`, common in REACH and CHT forms): an Arabic respondent's note shows the
/// Arabic label, not the English one inside an Arabic sentence; the record keeps the
/// form's default language's label, the same whoever asked, and the server takes it. The
/// choices, in columns, run from the right.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_chosen_label_shown_in_a_note_is_in_the_respondent_s_language() -> Result<()> {
    let sheets = [
        (
            "survey",
            vec![
                vec![
                    "type",
                    "name",
                    "label::English (en)",
                    "label::Arabic (ar)",
                    "calculation",
                    "appearance",
                ],
                vec![
                    "select_one water",
                    "water",
                    "Where does the water come from?",
                    "من أين يأتي الماء؟",
                    "",
                    "columns",
                ],
                vec![
                    "calculate",
                    "water_label",
                    "",
                    "",
                    "jr:choice-name(${water}, '${water}')",
                    "",
                ],
                vec![
                    "note",
                    "chosen",
                    "You chose: ${water_label}",
                    "اخترت: ${water_label}",
                    "",
                    "",
                ],
            ],
        ),
        (
            "choices",
            vec![
                vec![
                    "list_name",
                    "name",
                    "label::English (en)",
                    "label::Arabic (ar)",
                ],
                vec!["water", "well", "A well", "بئر"],
                vec!["water", "river", "A river", "نهر"],
            ],
        ),
    ];
    let form = forms::xlsform::import(&crate::sheets::workbook(&sheets)?, "water.xlsx")?.form;
    let h = Harness::start().await?;
    h.import_form(&form).await?;
    h.begin_interview(PASSPHRASE).await?;
    let field = h.field();
    h.select("#form-lang", "ar").await?;
    field.choose("water", "well").await?;
    h.wait_text("p.note", |t| t == "اخترت: بئر").await?;
    assert_marked(&h, "p.note", "ar", "rtl").await?;
    // The choices in columns run from the right, as Arabic reads, under the English
    // interface: the first choice is the right-hand one.
    let x = |id: &str| {
        format!(
            "return document.querySelector('label.choice:has(#{id})').getBoundingClientRect().left"
        )
    };
    let well = h.browser.execute(&x("q-water-well"), vec![]).await?;
    let river = h.browser.execute(&x("q-water-river"), vec![]).await?;
    assert!(
        well.as_f64() > river.as_f64(),
        "the first choice on the right: well at {well}, river at {river}"
    );
    h.screenshot("mixed-choice-name-ar").await?;
    // Back in English, the English label.
    h.select("#form-lang", "en").await?;
    h.wait_text("p.note", |t| t == "You chose: A well").await?;
    field.save().await?;
    field.sync(&e2e::sync_message("en", 1, 0, 0)).await?;
    let submissions = h.server_submissions().await?;
    assert_eq!(submissions[0]["answers"]["water"], "well");
    assert_eq!(submissions[0]["answers"]["water_label"], "A well");
    h.finish().await
}

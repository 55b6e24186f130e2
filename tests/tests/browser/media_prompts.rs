//! Pictures and recordings beside questions and choices, for respondents who do not read:
//! the admin uploads them, the form names them per language (`media::audio::Pashto (ps)`,
//! `media::image`), and the phone shows and plays them, kept for interviews without
//! network.

use crate::sheets::workbook;
use anyhow::Result;
use e2e::Harness;

const PASSPHRASE: &str = "tamarind by the well 5";

fn water_form() -> Result<forms::model::Form> {
    let sheets: [(&str, &[&[&str]]); 2] = [
        (
            "survey",
            &[
                &[
                    "type",
                    "name",
                    "label::English (en)",
                    "label::Pashto (ps)",
                    "media::audio::Pashto (ps)",
                    "media::image",
                    "required",
                    "guidance_hint::English (en)",
                ],
                &[
                    "note",
                    "intro",
                    "Show the respondent the pictures.",
                    "انځورونه وښایاست.",
                    "",
                    "well.png",
                    "",
                    "",
                ],
                &[
                    "select_one water",
                    "water",
                    "Where does the water come from?",
                    "اوبه له کومه ځایه راځي؟",
                    "water-ps.wav",
                    "well.png",
                    "yes",
                    "Ask to see the container.",
                ],
            ],
        ),
        (
            "choices",
            &[
                &[
                    "list_name",
                    "name",
                    "label::English (en)",
                    "label::Pashto (ps)",
                    "media::image",
                ],
                &["water", "well", "A well", "کوهی", "well.png"],
                &["water", "river", "A river", "سیند", ""],
            ],
        ),
    ];
    Ok(forms::xlsform::import(&workbook(&sheets)?, "water.xlsx")?.form)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_question_shows_its_picture_and_plays_its_recording_in_the_respondent_s_language()
-> Result<()> {
    let h = Harness::start().await?;
    let admin = h.admin().await?;
    for (name, kind, body) in [
        ("well.png", "image/png", forms::demo::sample_picture()),
        (
            "water-ps.wav",
            "audio/wav",
            forms::demo::sample_recording(1),
        ),
    ] {
        admin
            .put(format!("{}/api/v1/media/{name}", h.base))
            .header("content-type", kind)
            .body(body)
            .send()
            .await?
            .error_for_status()?;
    }
    h.import_form(&water_form()?).await?;
    h.begin_interview(PASSPHRASE).await?;

    // The picture, loaded, described by the question; the well's picture beside its
    // choice, none beside the river.
    let width = |css: &str| {
        format!(
            "const i = document.querySelector({css:?}); return i && i.complete ? i.naturalWidth : 0;"
        )
    };
    let loaded = h
        .browser
        .execute(&width(".question[data-name=water] .prompt-image"), vec![])
        .await?;
    let loaded = if loaded == 120 {
        loaded
    } else {
        // Still on its way: wait for it.
        h.find(".question[data-name=water] .prompt-image").await?;
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        h.browser
            .execute(&width(".question[data-name=water] .prompt-image"), vec![])
            .await?
    };
    assert_eq!(loaded, 120, "the question's picture is shown");
    assert_eq!(
        h.find(".question[data-name=water] .prompt-image")
            .await?
            .attr("alt")
            .await?
            .as_deref(),
        Some("Where does the water come from?")
    );
    h.find("label.choice:has(#q-water-well) .choice-image")
        .await?;
    assert!(
        h.absent("label.choice:has(#q-water-river) .choice-image")
            .await?
    );
    // A note's picture too.
    assert_eq!(
        h.browser
            .execute(
                "return document.querySelectorAll('.prompt-image').length",
                vec![]
            )
            .await?,
        2
    );
    // The enumerator's guidance, folded until opened.
    let guidance = h
        .find(".question[data-name=water] details.guidance")
        .await?;
    assert_eq!(guidance.prop("open").await?.as_deref(), Some("false"));
    h.click(".question[data-name=water] details.guidance summary")
        .await?;
    h.wait_text(".question[data-name=water] details.guidance p", |t| {
        t == "Ask to see the container."
    })
    .await?;
    // The recording is Pashto's: none in English.
    assert!(h.absent(".prompt-audio").await?);
    h.select("#form-lang", "ps").await?;
    let audio = h.find(".prompt-audio").await?;
    assert!(
        audio
            .attr("src")
            .await?
            .is_some_and(|src| src.starts_with("/media/"))
    );
    assert_eq!(
        audio.attr("aria-label").await?.as_deref(),
        Some("Listen to the question")
    );
    // Kept on the phone for interviews without network.
    let kept = h
        .browser
        .execute_async(
            "const done = arguments[0];
             const src = document.querySelector('.prompt-image').getAttribute('src');
             const until = Date.now() + 10000;
             const look = () => caches.open('sauti-media').then((c) => c.match(src))
               .then((r) => (r ? done(true) : Date.now() > until ? done(false) : setTimeout(look, 100)));
             look();",
            vec![],
        )
        .await?;
    assert_eq!(
        kept, true,
        "the picture is in the phone's media cache within 10 s"
    );
    h.screenshot("media-prompts-ps").await?;
    h.finish().await
}

/// A question and a choice said only by a picture that was never uploaded: the server
/// leaves the picture out (with a warning to the admin), and the phone shows their names
/// rather than an empty question and an empty choice.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_picture_never_uploaded_leaves_the_question_s_name_not_an_empty_label() -> Result<()> {
    let sheets: [(&str, &[&[&str]]); 2] = [
        (
            "survey",
            &[
                &["type", "name", "label", "media::image"],
                &["select_one roof", "roof_picture", "", "roof.png"],
                &["text", "remarks", "Remarks", ""],
            ],
        ),
        (
            "choices",
            &[
                &["list_name", "name", "label", "media::image"],
                &["roof", "tin", "Tin sheets", ""],
                &["roof", "thatch", "", "thatch.png"],
            ],
        ),
    ];
    let form = forms::xlsform::import(&workbook(&sheets)?, "roofs.xlsx")?.form;
    let h = Harness::start().await?;
    h.import_form(&form).await?;
    h.begin_interview(PASSPHRASE).await?;

    h.wait_text("#q-roof_picture-label .unlabelled", |t| t == "roof_picture")
        .await?;
    assert!(h.absent(".prompt-image").await?, "no picture to show");
    assert_eq!(
        h.text("label.choice:has(#q-roof_picture-thatch) span")
            .await?,
        "thatch"
    );
    assert_eq!(
        h.text("label.choice:has(#q-roof_picture-tin) span").await?,
        "Tin sheets"
    );
    // A question with a label shows no name.
    assert!(h.absent("#q-remarks-label .unlabelled").await?);
    h.screenshot("media-missing-names").await?;
    h.finish().await
}

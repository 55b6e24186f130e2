//! `${last-saved#q}` (ODK's last-saved instance): a default that is the answer given in the
//! last record of the form saved on this phone, read from the phone's vault, and a
//! calculation that reads it (the French conservation forms remember the observer's
//! settings so). Empty in the first interview; the second starts with the first one's
//! answer. The server keeps what the phone worked out: it never saw that record.

use anyhow::Result;
use e2e::{Harness, sync_message};
use forms::model::{Kind, Node, Text};

const PASSPHRASE: &str = "tamarind by the well 5";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_last_saved_default_shows_the_answer_of_the_record_saved_before() -> Result<()> {
    let h = Harness::start().await?;
    let mut form = forms::demo::chained_form(1);
    form.id = "buildings".into();
    form.title = Text::single("en", "Buildings");
    form.body = vec![
        Node {
            label: Text::single("en", "Street"),
            default: Some("${last-saved#street}".into()),
            ..Node::new("street", Kind::Text)
        },
        Node {
            label: Text::single("en", "Floors"),
            ..Node::new("floors", Kind::Integer)
        },
        Node {
            calculation: Some("if(${last-saved#floors} = '', 'none', ${last-saved#floors})".into()),
            ..Node::new("floors_before", Kind::Calculate)
        },
        Node {
            label: Text::single("en", "Floors in the last building: ${floors_before}"),
            ..Node::new("before_note", Kind::Note)
        },
    ];
    h.import_form(&form).await?;
    let field = h.field();
    h.open("/collect").await?;
    field.enroll(PASSPHRASE).await?;
    let street = || async {
        let value = h.find("#q-street").await?.prop("value").await?;
        anyhow::Ok(value.unwrap_or_default())
    };

    // No record saved yet: empty, as in ODK.
    field
        .verbal_consent("en", "Amina", &["needs_assessment"])
        .await?;
    assert_eq!(street().await?, "");
    h.wait_text(".interview", |t| {
        t.contains("Floors in the last building: none")
    })
    .await?;
    field.answer("street", "Mtaa wa Tatu").await?;
    field.answer("floors", "2").await?;
    field.save().await?;

    // The next building is on the same street: the answer saved last is there.
    field
        .verbal_consent("en", "Baraka", &["needs_assessment"])
        .await?;
    assert_eq!(street().await?, "Mtaa wa Tatu");
    h.wait_text(".interview", |t| {
        t.contains("Floors in the last building: 2")
    })
    .await?;
    h.screenshot("last-saved-default").await?;
    field.answer("floors", "3").await?;
    field.save().await?;
    field.sync(&sync_message("en", 2, 0, 0)).await?;
    let stored = h.server_submissions().await?;
    assert!(
        stored
            .iter()
            .all(|s| s["answers"]["street"] == "Mtaa wa Tatu"),
        "{stored:?}"
    );
    let mut before: Vec<&str> = stored
        .iter()
        .filter_map(|s| s["answers"]["floors_before"].as_str())
        .collect();
    before.sort_unstable();
    assert_eq!(before, ["2", "none"], "{stored:?}");
    h.finish().await
}

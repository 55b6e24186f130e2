//! Numbers typed on a phone keyboard in another script: an Arabic keyboard types `٣٤`, a
//! Bengali one `৩৪`. The phone reads them as the numbers they are (no "Enter a whole
//! number"), and the record reaches the server with ASCII digits, as analysts' tools read.

use anyhow::Result;
use e2e::{Harness, sync_message};
use forms::model::{Kind, Node, Text};

const PASSPHRASE: &str = "tamarind by the well 5";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn numbers_typed_in_bengali_and_arabic_digits_are_kept_as_numbers() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    field
        .verbal_consent("en", "Amina", &["needs_assessment"])
        .await?;
    // The member's age in Bengali digits: page 3 only moves on if it is a whole number.
    field
        .fill_household("2025-11-20", "Camp 7", "Ali", &[("Ali", "male", "৩৪")])
        .await?;
    // A number typed in Arabic-Indic digits shows as the number it is.
    h.click("#back").await?;
    h.click("#back").await?;
    h.find("#page-6").await?;
    field.answer("meals_yesterday", "٣").await?;
    assert_eq!(
        h.find("#q-meals_yesterday")
            .await?
            .prop("value")
            .await?
            .as_deref(),
        Some("3")
    );
    assert_eq!(h.text("[data-name=meals_yesterday] p.error").await?, "");
    field.next(7).await?;
    field.next(8).await?;
    field.save().await?;
    field.sync(&sync_message("en", 1, 0, 0)).await?;
    let stored = h.server_submissions().await?;
    assert_eq!(stored[0]["answers"]["members"][0]["member_age"], "34");
    assert_eq!(stored[0]["answers"]["meals_yesterday"], "3");
    h.finish().await
}

/// A phone number asked as text with a pattern of ASCII digits, as real forms ask it
/// (`regex(., '^0[0-9]{9}$')`): typed on a Dari keyboard, it passes its pattern and is
/// kept, and stored, as ASCII digits. Text that is not such a number stays as typed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_phone_number_typed_in_dari_digits_passes_its_pattern() -> Result<()> {
    let text = |name: &str, label: &str, constraint: Option<&str>| Node {
        label: Text::single("en", label),
        constraint: constraint.map(String::from),
        required: true,
        ..Node::new(name, Kind::Text)
    };
    let form = forms::demo::english_form(
        "phones",
        vec![
            text("phone", "Phone number", Some("regex(., '^0[0-9]{9}$')")),
            text("street", "Street", None),
        ],
        Default::default(),
    );
    let h = Harness::interviewing(&form, PASSPHRASE).await?;
    let field = h.field();
    field.answer("phone", "۰۷۹۹۱۲۳۴۵۶").await?;
    field.answer("street", "کوچه ۳").await?;
    assert_eq!(
        h.find("#q-phone").await?.prop("value").await?.as_deref(),
        Some("0799123456")
    );
    assert_eq!(h.text("[data-name=phone] p.error").await?, "");
    field.save().await?;
    field.sync(&sync_message("en", 1, 0, 0)).await?;
    let stored = h.server_submissions().await?;
    assert_eq!(stored[0]["answers"]["phone"], "0799123456");
    assert_eq!(stored[0]["answers"]["street"], "کوچه ۳");
    h.finish().await
}

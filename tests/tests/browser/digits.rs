//! Numbers typed on a phone keyboard in another script: an Arabic keyboard types `٣٤`, a
//! Bengali one `৩৪`. The phone reads them as the numbers they are (no "Enter a whole
//! number"), and the record reaches the server with ASCII digits, as analysts' tools read.

use anyhow::Result;
use e2e::{Harness, sync_message};

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

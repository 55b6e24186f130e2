//! Lines and areas on the phone, offline (no map tiles): points added from the phone's
//! location and typed, one removed, the count, length and area shown, an area closed on its
//! first point as ODK writes it, and the server taking the record.

use anyhow::Result;
use e2e::{Harness, sync_message};
use forms::i18n::tr_args;
use forms::model::{Kind, Node, Text};

const PASSPHRASE: &str = "tamarind by the well 5";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_line_and_an_area_are_walked_typed_and_sent_as_odk_writes_them() -> Result<()> {
    let h = Harness::start().await?;
    let mut form = forms::demo::chained_form(1);
    form.id = "plots".into();
    form.title = Text::single("en", "Plots");
    let question = |name: &str, kind: Kind, label: &str| Node {
        label: Text::single("en", label),
        required: true,
        ..Node::new(name, kind)
    };
    form.body = vec![
        question("road", Kind::Geotrace, "Walk along the road"),
        question("plot", Kind::Geoshape, "Walk around the plot"),
    ];
    h.import_form(&form).await?;
    h.cdp(
        "Browser.grantPermissions",
        serde_json::json!({ "origin": h.base, "permissions": ["geolocation"] }),
    )
    .await?;
    h.cdp(
        "Emulation.setGeolocationOverride",
        serde_json::json!({ "latitude": -1.2921, "longitude": 36.8219, "accuracy": 7 }),
    )
    .await?;
    let field = h.field();
    h.open("/collect").await?;
    field.enroll(PASSPHRASE).await?;
    field
        .verbal_consent("en", "Amina", &["needs_assessment"])
        .await?;

    // The line: the phone's location, then a point typed (in Arabic-Indic digits).
    h.click("#q-road-locate").await?;
    h.wait_text("div[data-name=road] .geo-summary", |t| {
        t.starts_with(&tr_args(
            "en",
            "geo-points-summary",
            &[("count", "1".into()), ("length", "0".into())],
        ))
    })
    .await?;
    h.type_into("#q-road-lat", "-1.2931").await?;
    h.type_into("#q-road-lon", "٣٦٫٨٢١٩").await?;
    h.click("#q-road-add").await?;
    // Not a number: said beside the inputs, nothing added.
    h.type_into("#q-road-lat", "north").await?;
    h.type_into("#q-road-lon", "36.8").await?;
    h.click("#q-road-add").await?;
    h.wait_text("div[data-name=road] .geo-typed + .error", |t| {
        t == tr_args("en", "field-not-geopoint", &[])
    })
    .await?;
    // 0.001 degree of latitude: 111 m.
    let summary = h.text("div[data-name=road] .geo-summary").await?;
    assert_eq!(
        summary,
        tr_args(
            "en",
            "geo-points-summary",
            &[("count", "2".into()), ("length", "111".into())]
        )
    );

    // The area: four corners typed, one wrong and removed, so three remain.
    for (lat, lon) in [("0", "0"), ("0", "0.001"), ("5", "5"), ("0.001", "0.001")] {
        h.type_into("#q-plot-lat", lat).await?;
        h.type_into("#q-plot-lon", lon).await?;
        h.click("#q-plot-add").await?;
    }
    h.click("div[data-name=plot] .geo-points li:nth-child(3) .remove-point")
        .await?;
    let summary = h
        .wait_text("div[data-name=plot] .geo-summary", |t| t.contains("m²"))
        .await?;
    assert!(
        summary.contains("6196"),
        "half a square of 111 m: {summary}"
    );
    let rows = h.text("div[data-name=plot] .geo-points").await?;
    assert!(!rows.contains("5, 5"), "{rows}");
    h.screenshot("geo-path").await?;

    field.save().await?;
    field.sync(&sync_message("en", 1, 0, 0)).await?;
    let stored = h.server_submissions().await?;
    let answers = &stored[0]["answers"];
    assert_eq!(answers["road"], "-1.2921 36.8219 0 7;-1.2931 36.8219 0 0");
    assert_eq!(
        answers["plot"],
        "0 0 0 0;0 0.001 0 0;0.001 0.001 0 0;0 0 0 0"
    );
    h.finish().await
}

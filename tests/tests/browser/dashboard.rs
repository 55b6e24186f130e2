//! The public "You said, we did" page on a small phone: no JavaScript, no account, readable
//! at 360 px without the page scrolling sideways (a wide table scrolls inside its own box),
//! in English and in Arabic (right to left).

use anyhow::{Result, ensure};
use e2e::Harness;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dashboard_reads_on_a_small_phone_in_english_and_arabic() -> Result<()> {
    let h = Harness::start().await?;
    for (lang, dir) in [("en", "ltr"), ("ar", "rtl")] {
        h.open(&format!("/p/demo/dashboard?lang={lang}")).await?;
        let html = h.find("html").await?;
        ensure!(
            html.attr("dir").await?.as_deref() == Some(dir),
            "{lang}: dir"
        );
        ensure!(
            !h.find("h1").await?.text().await?.is_empty(),
            "{lang}: a title"
        );
        let widths = h
            .browser
            .execute(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];",
                vec![],
            )
            .await?;
        let (scroll, client) = (widths[0].as_u64(), widths[1].as_u64());
        ensure!(
            scroll.is_some() && scroll <= client,
            "{lang}: the page scrolls sideways ({scroll:?} > {client:?})"
        );
        // Every label and figure of the charts is on the screen (in Arabic too, where the
        // chart is mirrored).
        let outside = h
            .browser
            .execute(
                "return [...document.querySelectorAll('svg text')].filter(t => {
                   const r = t.getBoundingClientRect();
                   return r.left < 0 || r.right > document.documentElement.clientWidth;
                 }).map(t => t.textContent);",
                vec![],
            )
            .await?;
        ensure!(
            outside.as_array().is_some_and(Vec::is_empty),
            "{lang}: chart text off the screen: {outside}"
        );
        ensure!(h.absent("script").await?, "{lang}: the page runs no script");
        h.screenshot(&format!("dashboard-{lang}")).await?;
    }
    h.finish().await
}

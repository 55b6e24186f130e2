//! The XLSForm corpus (`forms/tests/xlsform/`, from pyxform's test suite, BSD-2-Clause: `LICENSE.pyxform` beside it): real forms from the XLSForm project's
//! own test suite. Every form in `ok/` must import (except the ones listed as not yet
//! supported, each with its reason), and every form in `bad/` must be refused with its
//! specific message, naming where the problem is.

use std::path::PathBuf;

use forms::Error;
use forms::xlsform::import;

fn corpus(dir: &str) -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/xlsform")
        .join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| {
            panic!(
                "{}: {e} (the shared corpus sits beside the repository)",
                root.display()
            )
        })
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "xls" || x == "xlsx"))
        .collect();
    files.sort();
    files
}

fn load(path: &PathBuf) -> Result<forms::xlsform::Imported, Error> {
    let bytes = std::fs::read(path).unwrap();
    import(&bytes, &path.file_name().unwrap().to_string_lossy())
}

/// Forms of `ok/` Sauti cannot import yet, and why. Shrink this list; never grow it.
const NOT_YET: &[(&str, &str)] = &[];

#[test]
fn every_ok_form_imports_and_compiles() {
    for path in corpus("ok") {
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        let result = load(&path);
        if let Some((_, reason)) = NOT_YET.iter().find(|(f, _)| *f == file) {
            let err = result.expect_err(&format!("{file} imports now: remove it from NOT_YET"));
            assert!(err.to_string().contains(reason), "{file}: {err}");
            continue;
        }
        let imported = result.unwrap_or_else(|e| panic!("{file}: {e}"));
        let compiled = imported
            .form
            .clone()
            .compile()
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        assert!(!compiled.walk().is_empty(), "{file} has questions");
        // Importing twice gives the same model.
        assert_eq!(load(&path).unwrap().form, imported.form, "{file}");
    }
}

#[test]
fn every_bad_form_is_refused_with_its_message() {
    let expected: &[(&str, &[&str])] = &[
        (
            "bad_calc.xlsx",
            &[
                "survey sheet, row 2, column calculation",
                "`badcalc`",
                "does not parse",
            ],
        ),
        (
            "calculate_without_calculation.xls",
            &["row 34", "column calculation", "Missing calculation"],
        ),
        (
            "duplicate_columns.xlsx",
            &["Duplicate column header: label"],
        ),
        ("include.xlsx", &["column type", "has not been included"]),
        (
            "unknown_question_type.xls",
            &[
                "different names for the same column",
                "'bind:relevant', 'relevance'",
            ],
        ),
    ];
    let files = corpus("bad");
    assert_eq!(files.len(), expected.len());
    for path in files {
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        let err = load(&path)
            .map(|_| ())
            .expect_err(&format!("{file} was accepted"));
        let message = err.to_string();
        let (_, parts) = expected
            .iter()
            .find(|(f, _)| *f == file)
            .unwrap_or_else(|| panic!("no expectation for {file}"));
        for part in *parts {
            assert!(message.contains(part), "{file}: `{message}` lacks `{part}`");
        }
    }
}

/// pyxform's reading of a form, flattened: one entry per field with its path, type
/// (aliases folded), expressions, choice names and label texts.
const PYXFORM_FIELDS: &str = r#"
import json, re, sys
from pyxform.xls2json import parse_file_to_json
ALIAS = {"int": "integer", "string": "text", "gps": "geopoint", "trigger": "acknowledge",
         "phone number": "phonenumber", "datetime": "datetime", "uri:deviceid": "deviceid",
         "select one external": "select one", "photo": "image"}
def labels(value):
    if isinstance(value, dict):
        return sorted(v.strip() for v in value.values() if v and v.strip())
    return [value.strip()] if value and value.strip() else []
def expr(e):
    # pyxform writes generated references as relative paths; Sauti as ${name}.
    return re.sub(r"\.\./([A-Za-z_][\w.-]*)", r"${\1}", e) if e else e
def loop_copy(node, col):
    # A loop's question, as Sauti names and words its copy for one choice (see
    # forms/src/xlsform/loops.rs): `<name>_<choice>`, %(label)s and %(name)s filled in.
    # pyxform builds the same groups; only the names differ (it tells copies apart by path).
    c = dict(node)
    c["name"] = node["name"] + "_" + col["name"]
    lab = node.get("label")
    def fill(text, lang):
        col_label = col.get("label")
        if isinstance(col_label, dict):
            col_label = col_label.get(lang) or next(iter(col_label.values()), "")
        return text.replace("%(label)s", col_label or "").replace("%(name)s", col["name"])
    if isinstance(lab, dict):
        c["label"] = {k: fill(v, k) for k, v in lab.items()}
    elif lab:
        c["label"] = fill(lab, None)
    if "children" in node:
        c["children"] = [loop_copy(k, col) for k in node["children"]]
    return c
out = []
def walk(node, path):
    kids = node.get("children", [])
    generated = [c for c in kids if c["name"].startswith("generated_table_list_label")]
    if generated and out:
        # pyxform moves a table-list group's label into a generated note; put it back.
        out[-1]["labels"] = labels(generated[0].get("label"))
    for c in kids:
        if c["name"].startswith("generated_table_list_label"):
            continue
        if path == "" and c["name"] == "meta":
            continue
        if c["name"].startswith("reserved_name_for_field_list_labels"):
            continue  # pyxform's own helper row for table-list labels
        if c["type"] == "loop":
            groups = [{"name": c["name"] + "_" + col["name"], "type": "group", "label": col.get("label"),
                       "children": [loop_copy(k, col) for k in c.get("children", [])]}
                      for col in c.get("columns", [])]
            c = dict(c, type="group", children=groups)
        external = c["type"] == "select one external"
        t = c["type"]
        t = ALIAS.get(t, ALIAS.get(t.lower(), t.lower()))
        bind = c.get("bind", {})
        field = {
            "path": path + c["name"], "type": t,
            "relevant": expr(bind.get("relevant")), "constraint": expr(bind.get("constraint")),
            "calculation": expr(bind.get("calculate")),
            "list": c.get("list_name") or c.get("itemset"),
            # External lists are loaded at run time by ODK, so pyxform lists no choices.
            "choices": None if external else [ch["name"] for ch in c.get("choices", [])] if t.startswith("select") else [],
            "labels": labels(c.get("label")),
        }
        out.append(field)
        if t in ("group", "repeat"):
            walk(c, path + c["name"] + "/")
walk(parse_file_to_json(sys.argv[1]), "")
print(json.dumps(out))
"#;

/// Run one of the scripts above with pyxform's python on a form.
fn run_pyxform(python: &str, script: &str, path: &std::path::Path) -> std::process::Output {
    std::process::Command::new(python)
        .arg("-c")
        .arg(script)
        .arg(path)
        .output()
        .unwrap_or_else(|e| panic!("running {python}: {e}"))
}

fn pyxform_fields(python: &str, path: &std::path::Path) -> serde_json::Value {
    let output = run_pyxform(python, PYXFORM_FIELDS, path);
    assert!(
        output.status.success(),
        "pyxform on {}: {}",
        path.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

fn kind_name(kind: &forms::model::Kind) -> String {
    use forms::model::Kind::*;
    match kind {
        Text => "text".into(),
        Integer => "integer".into(),
        Decimal => "decimal".into(),
        Date => "date".into(),
        Time => "time".into(),
        DateTime => "datetime".into(),
        Geopoint => "geopoint".into(),
        Geotrace => "geotrace".into(),
        Geoshape => "geoshape".into(),
        Barcode => "barcode".into(),
        Acknowledge => "acknowledge".into(),
        SelectOne { .. } => "select one".into(),
        SelectMultiple { .. } => "select all that apply".into(),
        Rank { .. } => "rank".into(),
        Range { .. } => "range".into(),
        Media { media } => media.clone(),
        Note => "note".into(),
        Calculate => "calculate".into(),
        Hidden => "hidden".into(),
        Meta { field } => field.clone(),
        Group => "group".into(),
        Repeat => "repeat".into(),
    }
}

/// Sauti's reading of the same form, in the same shape.
fn sauti_fields(form: &forms::model::Form) -> serde_json::Value {
    fn walk(
        form: &forms::model::Form,
        nodes: &[forms::model::Node],
        path: &str,
        out: &mut Vec<serde_json::Value>,
    ) {
        for n in nodes {
            let list = n.kind.choice_list();
            let mut labels: Vec<String> = n
                .label
                .0
                .values()
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
                .collect();
            labels.sort();
            out.push(serde_json::json!({
                "path": format!("{path}{}", n.name),
                "type": kind_name(&n.kind),
                "relevant": n.relevant, "constraint": n.constraint, "calculation": n.calculation,
                "list": list,
                "choices": list.map(|l| form.choices.get(l).map(|c| c.iter().map(|c| c.name.clone()).collect::<Vec<_>>()).unwrap_or_default()).unwrap_or_default(),
                "labels": labels,
            }));
            if n.kind.has_children() {
                walk(form, &n.children, &format!("{path}{}/", n.name), out);
            }
        }
    }
    let mut out = Vec::new();
    walk(form, &form.body, "", &mut out);
    serde_json::Value::Array(out)
}

#[test]
#[ignore = "needs pyxform: scripts/test.sh runs it with SAUTI_PYXFORM set"]
fn fields_agree_with_the_reference_converter() {
    let python = std::env::var("SAUTI_PYXFORM").expect(
        "SAUTI_PYXFORM must name a python with pyxform==4.5.0 (scripts/test.sh sets it up)",
    );
    let mut disagreements = Vec::new();
    for path in corpus("ok") {
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        if NOT_YET.iter().any(|(f, _)| *f == file) {
            continue;
        }
        let ours = sauti_fields(&load(&path).unwrap().form);
        let theirs = pyxform_fields(&python, &path);
        let (ours, theirs) = (ours.as_array().unwrap(), theirs.as_array().unwrap());
        // Where pyxform writes a field in another way that means the same, make it ours:
        // a repeat_count becomes a generated `<repeat>_count` calculate; in "flat" forms a
        // group's relevance is copied onto its children (ours stays on the group).
        let theirs: Vec<serde_json::Value> = theirs
            .iter()
            .filter(|t| {
                let path = t["path"].as_str().unwrap_or_default();
                !path.strip_suffix("_count").is_some_and(|repeat| {
                    ours.iter()
                        .any(|o| o["path"] == repeat && o["type"] == "repeat")
                })
            })
            .map(|t| {
                let mut t = t.clone();
                if t["choices"].is_null() {
                    let ours_choices = ours
                        .iter()
                        .find(|o| o["path"] == t["path"])
                        .map(|o| o["choices"].clone());
                    t["choices"] = ours_choices.unwrap_or_default();
                }
                let path = t["path"].as_str().unwrap_or_default().to_string();
                let inherited = ours.iter().any(|o| {
                    let group = o["path"].as_str().unwrap_or_default();
                    path.starts_with(&format!("{group}/")) && o["relevant"] == t["relevant"]
                });
                let own = ours
                    .iter()
                    .find(|o| o["path"] == t["path"])
                    .map(|o| o["relevant"].clone());
                if inherited && own.as_ref().is_some_and(|r| r.is_null()) {
                    t["relevant"] = serde_json::Value::Null;
                }
                t
            })
            .collect();
        for t in &theirs {
            let found = ours.iter().find(|o| o["path"] == t["path"]);
            match found {
                None => {
                    disagreements.push(format!("{file}: pyxform has {}, Sauti does not", t["path"]))
                }
                Some(o) if o != t => {
                    disagreements.push(format!("{file}:\n  pyxform {t}\n  sauti   {o}"))
                }
                Some(_) => {}
            }
        }
        for o in ours {
            if !theirs.iter().any(|t| t["path"] == o["path"]) {
                disagreements.push(format!("{file}: Sauti has {}, pyxform does not", o["path"]));
            }
        }
    }
    assert!(
        disagreements.is_empty(),
        "{} disagreements:\n{}",
        disagreements.len(),
        disagreements.join("\n")
    );
}

#[test]
fn cascading_selects_offer_only_what_their_filter_keeps_and_clear_stale_answers() {
    use forms::model::{Answer, Answers};
    use forms::validate::{Context, Problem, settle, validate};
    let path = corpus("ok")
        .into_iter()
        .find(|p| p.ends_with("choice_filter_test.xlsx"))
        .unwrap();
    let form = load(&path).unwrap().form.compile().unwrap();
    let county = form.node("county").unwrap();
    let list = county.kind.choice_list().unwrap();
    let all = form.choices(list);
    let states: Vec<String> = form
        .choices(form.node("state").unwrap().kind.choice_list().unwrap())
        .iter()
        .map(|c| c.name.clone())
        .collect();
    assert!(states.len() >= 2);
    let visible_for = |state: &str| -> Vec<String> {
        let answers = Answers::from([("state".to_string(), Answer::Value(state.into()))]);
        let ctx = Context {
            form: &form,
            answers: &answers,
            today: "2026-11-25",
        };
        ctx.visible_choices(county, &[])
            .iter()
            .map(|c| c.name.clone())
            .collect()
    };
    let first = visible_for(&states[0]);
    assert!(
        !first.is_empty() && first.len() < all.len(),
        "{first:?} of {}",
        all.len()
    );
    // Lists may repeat a name (king county, Texas and Washington): each offered name has
    // a row of the chosen state.
    for name in &first {
        let rows_of_state = all
            .iter()
            .filter(|c| &c.name == name && c.attributes.get("cf") == Some(&states[0]))
            .count();
        assert!(rows_of_state > 0, "{name} offered for {}", states[0]);
    }
    let expected = all
        .iter()
        .filter(|c| c.attributes.get("cf") == Some(&states[0]))
        .count();
    assert_eq!(first.len(), expected);

    // Choosing a county only the first state has, then changing the state, clears it.
    let second = visible_for(&states[1]);
    let only_first = first
        .iter()
        .find(|c| !second.contains(c))
        .expect("states differ");
    let mut answers = Answers::from([
        ("state".to_string(), Answer::Value(states[0].clone())),
        ("county".to_string(), Answer::Value(only_first.clone())),
    ]);
    settle(&form, &mut answers, "2026-11-25");
    assert!(answers.contains_key("county"));
    answers.insert("state".into(), Answer::Value(states[1].clone()));
    let stale = answers.clone();
    settle(&form, &mut answers, "2026-11-25");
    assert!(
        !answers.contains_key("county"),
        "a county of another state is cleared"
    );
    // And the server refuses the stale pair if a phone sent it.
    let errors = validate(&form, &stale, "2026-11-25");
    assert!(
        errors
            .iter()
            .any(|e| e.name == "county" && e.problem == Problem::UnknownChoice),
        "{errors:?}"
    );
}

// The wild corpus (issue 19): real XLSForms from public repositories, each listed in
// `wild/verdicts.tsv` with its source and pyxform's and Sauti's verdicts, and every pattern
// found among them reproduced by a small synthetic form in `wild/synthetic/` (listed with
// its verdicts in `wild/synthetic/verdicts.tsv`). The forms themselves are not kept in the
// repository (wild/README.md says why and how to fetch them); the ignored test re-checks
// their verdicts when `SAUTI_WILD_DIR` holds them.

fn wild_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/xlsform/wild")
}

/// A tab-separated table with a header row, as a map per row.
fn tsv(path: &std::path::Path) -> Vec<std::collections::BTreeMap<String, String>> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let header: Vec<&str> = lines.next().expect("a header row").split('\t').collect();
    lines
        .map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            assert_eq!(cells.len(), header.len(), "{}: {line}", path.display());
            header
                .iter()
                .zip(cells)
                .map(|(h, c)| (h.to_string(), c.to_string()))
                .collect()
        })
        .collect()
}

/// Import a form with the files it reads (space-separated paths in `dir`, attached by
/// their file names).
fn load_with(
    dir: &std::path::Path,
    file: &str,
    attachments: &str,
) -> Result<forms::xlsform::Imported, Error> {
    let files = attachments
        .split_whitespace()
        .map(|a| {
            let name = a.rsplit('/').next().unwrap_or(a);
            (name.to_string(), std::fs::read(dir.join(a)).unwrap())
        })
        .collect();
    let bytes = std::fs::read(dir.join(file)).unwrap();
    forms::xlsform::import_with_files(&bytes, file, &files)
}

/// The kinds of synthetic pattern, and which verdicts each may have: a form pyxform
/// converts imports (`fixed`, `works`) unless it is `not-yet` (to shrink, never to grow)
/// or Collect cannot load it either (`collect-refuses`); a form pyxform refuses is
/// refused, unless the refusal is pyxform's alone (`pyxform-only`).
const KINDS: &[(&str, &str, &str)] = &[
    ("fixed", "converts", "imports"),
    ("works", "converts", "imports"),
    ("not-yet", "converts", "refuses"),
    ("collect-refuses", "converts", "refuses"),
    ("pyxform-only", "refuses", "imports"),
];

#[test]
fn every_wild_pattern_has_its_verdict() {
    let dir = wild_dir().join("synthetic");
    let rows = tsv(&dir.join("verdicts.tsv"));
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|f| f.ends_with(".xlsx") || f.ends_with(".xls"))
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = rows.iter().map(|r| r["file"].clone()).collect();
    listed.sort();
    assert_eq!(on_disk, listed, "every synthetic form is listed once");
    for row in &rows {
        let file = &row["file"];
        let (kind, expect) = (row["kind"].as_str(), row["expect"].as_str());
        assert!(
            KINDS.contains(&(kind, row["pyxform"].as_str(), row["sauti"].as_str())),
            "{file}: {kind} with pyxform {} and Sauti {}",
            row["pyxform"],
            row["sauti"]
        );
        match load_with(&dir, file, &row["attachments"]) {
            Ok(imported) => {
                assert_eq!(row["sauti"], "imports", "{file} imports now: {kind}");
                imported
                    .form
                    .clone()
                    .compile()
                    .unwrap_or_else(|e| panic!("{file}: {e}"));
                assert!(
                    expect.is_empty() || imported.warnings.iter().any(|w| w.contains(expect)),
                    "{file}: no warning says `{expect}`: {:?}",
                    imported.warnings
                );
            }
            Err(e) => {
                assert_eq!(row["sauti"], "refuses", "{file}: {e}");
                assert!(
                    e.to_string().contains(expect),
                    "{file}: `{e}` lacks `{expect}`"
                );
            }
        }
    }
    let not_yet = rows.iter().filter(|r| r["kind"] == "not-yet").count();
    // Every pattern of a form pyxform converts imports now: none may come back.
    assert_eq!(not_yet, 0, "a new not-yet pattern: fix it instead");
}

#[test]
fn the_wild_table_accounts_for_every_form() {
    let patterns = tsv(&wild_dir().join("synthetic/verdicts.tsv"));
    let kind_of = |file: &str| {
        patterns
            .iter()
            .find(|p| p["file"] == file)
            .map(|p| p["kind"].clone())
            .unwrap_or_else(|| panic!("pattern {file} is not in synthetic/verdicts.tsv"))
    };
    let rows = tsv(&wild_dir().join("verdicts.tsv"));
    let repositories: std::collections::BTreeSet<&str> =
        rows.iter().map(|r| r["repository"].as_str()).collect();
    assert!(rows.len() >= 60, "{} forms", rows.len());
    assert!(
        repositories.len() >= 20,
        "{} repositories",
        repositories.len()
    );
    for row in &rows {
        let (id, path) = (&row["id"], &row["path"]);
        assert_eq!(
            row["commit"].len(),
            40,
            "{id} {path}: the commit it was read at"
        );
        let kinds: Vec<String> = row["pattern"].split_whitespace().map(kind_of).collect();
        match (row["pyxform"].as_str(), row["sauti"].as_str()) {
            ("converts", "imports") | ("refuses", "refuses") => {}
            // Every form pyxform converts imports, unless a listed pattern says why not.
            ("converts", "refuses") => assert!(
                kinds
                    .iter()
                    .any(|k| k == "not-yet" || k == "collect-refuses"),
                "{id} {path}: pyxform converts it and Sauti refuses it for no listed reason"
            ),
            ("refuses", "imports") => assert!(
                !row["pyxform_message"].is_empty(),
                "{id} {path}: pyxform's refusal is written down"
            ),
            other => panic!("{id} {path}: verdicts {other:?}"),
        }
    }
}

/// pyxform's verdict on a form: `converts`, or `refuses` and its message's first line.
const PYXFORM_VERDICT: &str = r#"
import logging, sys
logging.disable(logging.CRITICAL)
from pyxform.xls2xform import convert
try:
    convert(xlsform=sys.argv[1], warnings=[], validate=False, pretty_print=False)
    print("converts")
except Exception as e:
    lines = str(e).strip().splitlines()
    print("refuses\t" + (lines[0] if lines else type(e).__name__))
"#;

fn pyxform_verdict(python: &str, path: &std::path::Path) -> (String, String) {
    let output = run_pyxform(python, PYXFORM_VERDICT, path);
    let out = String::from_utf8_lossy(&output.stdout);
    let line = out
        .lines()
        .last()
        .unwrap_or("refuses\t(pyxform printed nothing)");
    let (verdict, message) = line.split_once('\t').unwrap_or((line, ""));
    (verdict.to_string(), message.to_string())
}

#[test]
#[ignore = "needs pyxform (SAUTI_PYXFORM), and for the real forms SAUTI_WILD_DIR (wild/README.md)"]
fn wild_verdicts_agree_with_the_reference_converter() {
    let python = std::env::var("SAUTI_PYXFORM").expect("SAUTI_PYXFORM names pyxform's python");
    let mut disagreements = Vec::new();
    let synthetic = wild_dir().join("synthetic");
    for row in tsv(&synthetic.join("verdicts.tsv")) {
        let (verdict, message) = pyxform_verdict(&python, &synthetic.join(&row["file"]));
        if verdict != row["pyxform"] {
            disagreements.push(format!("{}: pyxform {verdict} {message}", row["file"]));
        }
    }
    // The real forms, where a copy is at hand: `<id>.<ext>`, attachments in `<id>/`. Every
    // table of real forms is read; a directory usually holds one of them, so a form not in
    // it is named and passed over, but at least one must be there.
    if let Ok(dir) = std::env::var("SAUTI_WILD_DIR") {
        let dir = PathBuf::from(dir);
        let mut checked = 0;
        let tables = std::fs::read_to_string(wild_dir().join("tables.txt")).unwrap();
        let tables = tables
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'));
        for row in tables.flat_map(|t| tsv(&wild_dir().join(t))) {
            let id = &row["id"];
            let ext = row["path"]
                .rsplit('.')
                .next()
                .unwrap_or("xlsx")
                .to_lowercase();
            let file = format!("{id}.{ext}");
            if !dir.join(&file).exists() {
                println!("{id} ({}): not in {}", row["path"], dir.display());
                continue;
            }
            checked += 1;
            let (verdict, _) = pyxform_verdict(&python, &dir.join(&file));
            let attachments: Vec<String> = row["attachments_made"]
                .split_whitespace()
                .map(|a| format!("{id}/{a}"))
                .collect();
            let sauti = match load_with(&dir, &file, &attachments.join(" ")) {
                Ok(i) if i.form.clone().compile().is_ok() => "imports",
                _ => "refuses",
            };
            if (verdict.as_str(), sauti) != (row["pyxform"].as_str(), row["sauti"].as_str()) {
                disagreements.push(format!(
                    "{id} {}: pyxform {verdict} (table {}), Sauti {sauti} (table {})",
                    row["path"], row["pyxform"], row["sauti"]
                ));
            }
        }
        assert!(checked > 0, "no form of the tables is in {}", dir.display());
        println!("{checked} real forms checked against their tables");
    }
    assert!(
        disagreements.is_empty(),
        "{} disagreements:\n{}",
        disagreements.len(),
        disagreements.join("\n")
    );
}

//! The shared XLSForm corpus (`../shared/xlsform/`): real forms from the XLSForm project's
//! own test suite. Every form in `ok/` must import (except the ones listed as not yet
//! supported, each with its reason), and every form in `bad/` must be refused with its
//! specific message, naming where the problem is.

use std::path::PathBuf;

use forms::Error;
use forms::xlsform::import;

fn corpus(dir: &str) -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/xlsform")
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
const NOT_YET: &[(&str, &str)] = &[("loop.xlsx", "`begin loop` is not supported yet")];

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

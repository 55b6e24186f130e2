//! Rows added to a made-up choice file so that a filtered list is never empty in the walk.
//!
//! Real forms read files their repositories do not hold (`select_one_from_file
//! households.csv` filtered by `village=${village}`); the wild corpus imports them with a
//! made-up file of the right columns (`wild/README.md`). A made-up file does not know the
//! form's villages: the walk chose a village, the household list filtered on it was empty,
//! and the required question could not be answered. A real list has households in every
//! village, so the walk tops the file up the same way: for each filter `column = ${q}`
//! on a select reading the file, where `q` is a select of the choices sheet, every
//! combination of `q`'s choices gets a row (copied from the file's first row, with a name
//! of its own), up to [`MOST`] rows.

use std::collections::BTreeMap;

use forms::expr::{BinOp, Expr};
use forms::model::{Form, Node};

/// The most rows added to one file (a cascade of three long lists would be millions).
const MOST: usize = 2_000;

/// `files` with rows added where a filtered list of the form would be empty for some
/// answer of the questions it is filtered on; the names of the files changed.
pub fn top_up(form: &Form, files: &mut BTreeMap<String, Vec<u8>>) -> Vec<String> {
    let mut changed = Vec::new();
    let mut filters = Vec::new();
    each(&form.body, &mut |n| {
        if let (Some(list), Some(filter)) = (n.kind.choice_list(), &n.choice_filter) {
            filters.push((list.to_string(), filter.clone()));
        }
    });
    for (list, filter) in filters {
        let Some(bytes) = files.get(&list) else {
            continue;
        };
        let Ok(filter) = Expr::parse_choice_filter(&filter) else {
            continue;
        };
        // Each filter column with the names its question can take.
        let columns: Vec<(String, Vec<String>)> = equalities(&filter)
            .into_iter()
            .filter_map(|(column, question)| {
                let mut node = None;
                each(&form.body, &mut |n| {
                    if n.name == question {
                        node = Some(n.kind.clone());
                    }
                });
                let names: Vec<String> = form
                    .choices
                    .get(node?.choice_list()?)?
                    .iter()
                    .map(|c| c.name.clone())
                    .collect();
                (!names.is_empty()).then_some((column, names))
            })
            .collect();
        if columns.is_empty() {
            continue;
        }
        if let Some(text) = with_rows(&String::from_utf8_lossy(bytes), &columns) {
            files.insert(list.clone(), text.into_bytes());
            changed.push(list);
        }
    }
    changed
}

/// Every node, depth first.
fn each<'a>(nodes: &'a [Node], f: &mut impl FnMut(&'a Node)) {
    for n in nodes {
        f(n);
        each(&n.children, f);
    }
}

/// The `column = ${question}` terms of a filter (either way round), anywhere in it.
fn equalities(filter: &Expr) -> Vec<(String, String)> {
    let mut out = Vec::new();
    filter.walk(&mut |e| {
        if let Expr::Chain(first, rest) = e
            && let [(BinOp::Eq, second)] = rest.as_slice()
        {
            match (first.as_ref(), second) {
                (Expr::Name(c), Expr::Ref(q)) | (Expr::Ref(q), Expr::Name(c)) => {
                    out.push((c.clone(), q.clone()));
                }
                _ => {}
            }
        }
    });
    out
}

/// The CSV with a row for every combination of the columns' values it lacks (the first
/// row copied, a new name); `None` when it lacks none, or has no row to copy or no such
/// column. Made-up files are plain CSV: no quoted commas.
fn with_rows(csv: &str, columns: &[(String, Vec<String>)]) -> Option<String> {
    let mut lines = csv.lines().filter(|l| !l.trim().is_empty());
    let header: Vec<&str> = lines.next()?.split(',').map(str::trim).collect();
    let rows: Vec<Vec<String>> = lines
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect();
    let at = |name: &str| header.iter().position(|h| h.eq_ignore_ascii_case(name));
    let name_at = at("name")?;
    let places: Vec<usize> = columns.iter().map(|(c, _)| at(c)).collect::<Option<_>>()?;
    let template = rows.first()?.clone();
    let mut combinations: Vec<Vec<&str>> = vec![Vec::new()];
    for (_, values) in columns {
        combinations = combinations
            .into_iter()
            .flat_map(|c| {
                values.iter().map(move |v| {
                    let mut c = c.clone();
                    c.push(v.as_str());
                    c
                })
            })
            .take(MOST)
            .collect();
    }
    let mut out = csv.trim_end().to_string();
    let mut added = 0;
    for combination in combinations {
        let present = rows.iter().any(|r| {
            places
                .iter()
                .zip(&combination)
                .all(|(&i, v)| r.get(i).map(String::as_str) == Some(v))
        });
        if present {
            continue;
        }
        let mut row = template.clone();
        row.resize(header.len(), String::new());
        for (&i, v) in places.iter().zip(&combination) {
            row[i] = v.to_string();
        }
        added += 1;
        row[name_at] = format!("made_up_{added}");
        out.push('\n');
        out.push_str(&row.join(","));
    }
    out.push('\n');
    (added > 0).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A household list filtered on the village: every village of the choices sheet gets
    /// a household, the rows already there stay, other columns are copied.
    #[test]
    fn every_village_gets_a_household() {
        let columns = [(
            "village".to_string(),
            vec!["1".into(), "2".into(), "3".into()],
        )];
        let csv = "name,label,village,treat\n1,First,1,yes\n2,Second,2,no\n";
        assert_eq!(
            with_rows(csv, &columns).unwrap(),
            "name,label,village,treat\n1,First,1,yes\n2,Second,2,no\nmade_up_1,First,3,yes\n"
        );
        assert_eq!(
            with_rows("name,label,village\n1,A,1\n2,B,2\n3,C,3", &columns),
            None
        );
        assert_eq!(
            with_rows("name,label\n1,A\n", &columns),
            None,
            "no such column"
        );
    }

    /// A cascade (`state=${state} and county=${county}`) gets every pair.
    #[test]
    fn a_cascade_gets_every_combination() {
        let filter = Expr::parse_choice_filter("state=${state} and ${county} = county").unwrap();
        assert_eq!(
            equalities(&filter),
            [
                ("state".to_string(), "state".to_string()),
                ("county".to_string(), "county".to_string())
            ]
        );
        let columns = [
            ("state".to_string(), vec!["tx".into(), "wa".into()]),
            ("county".to_string(), vec!["king".into(), "pierce".into()]),
        ];
        let made = with_rows("name,label,state,county\nc1,Seattle,wa,king\n", &columns).unwrap();
        assert_eq!(made.lines().count(), 5, "{made}");
        assert!(made.contains("made_up_3,Seattle,wa,pierce"), "{made}");
    }
}

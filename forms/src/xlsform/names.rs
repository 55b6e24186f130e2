//! One name in several groups (`b4_age` in the household roster and in the head's details):
//! XLSForm only asks names to be unique among their siblings, and field forms rely on it.
//!
//! Sauti keys answers, policy tags and export columns by a name unique in the whole form,
//! so a name used in several groups is given, in each group, its group path
//! (`roster.b4_age`, `head.b4_age`; one at the top level keeps its name), and the import
//! says so. A `${b4_age}` anywhere in the form is then ambiguous and refused, naming the
//! row and column, exactly where the reference converter (pyxform) refuses it too.

use std::collections::{BTreeMap, BTreeSet};

use crate::error::Error;
use crate::model::Node;

/// Where each question, group and repeat was written: its enclosing groups' names and its
/// own, to the survey sheet's row.
#[derive(Default)]
pub(super) struct Placed(BTreeMap<(Vec<String>, String), usize>);

impl Placed {
    /// Remember a node read from `row`; two siblings of one name are refused, as the
    /// reference converter refuses them.
    pub(super) fn place(
        &mut self,
        sheet: &str,
        parents: Vec<String>,
        name: &str,
        row: usize,
    ) -> Result<(), Error> {
        if let Some(first) = self.0.insert((parents.clone(), name.into()), row) {
            self.0.insert((parents.clone(), name.into()), first);
            let place = match parents.last() {
                Some(group) => format!("the group `{group}`"),
                None => "the survey".into(),
            };
            return Err(Error::XlsForm {
                sheet: sheet.into(),
                row: Some(row),
                column: Some("name".into()),
                message: format!(
                    "`{name}` is already the name of row {first} in {place}: names must differ within a group"
                ),
            });
        }
        Ok(())
    }

    fn row(&self, parents: &[String], name: &str) -> Option<usize> {
        self.0.get(&(parents.to_vec(), name.to_string())).copied()
    }
}

/// Give every name used in several groups its group path, refuse `${name}` references to
/// such a name, and return what was renamed as warnings. `rows` learns the new names' rows.
pub(super) fn disambiguate(
    sheet: &str,
    body: &mut [Node],
    instance_name: Option<&str>,
    placed: &Placed,
    rows: &mut BTreeMap<String, usize>,
) -> Result<Vec<String>, Error> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    count(body, &mut counts);
    let repeated: BTreeSet<String> = counts
        .iter()
        .filter(|(_, n)| **n > 1)
        .map(|(name, _)| name.clone())
        .collect();
    if repeated.is_empty() {
        return Ok(Vec::new());
    }
    refuse_references(
        sheet,
        body,
        &mut Vec::new(),
        instance_name,
        &repeated,
        placed,
        rows,
    )?;
    let mut taken: BTreeSet<String> = counts.into_keys().collect();
    let mut renamed: BTreeMap<String, Vec<(String, Option<usize>)>> = BTreeMap::new();
    rename(
        body,
        &mut Vec::new(),
        &mut Vec::new(),
        &repeated,
        &mut taken,
        placed,
        &mut renamed,
    );
    let mut warnings = Vec::new();
    for (name, keys) in renamed {
        for (key, row) in &keys {
            if let Some(row) = row {
                rows.insert(key.clone(), *row);
            }
        }
        let listed: Vec<String> = keys
            .iter()
            .map(|(key, row)| match row {
                Some(row) => format!("`{key}` (row {row})"),
                None => format!("`{key}`"),
            })
            .collect();
        warnings.push(format!(
            "{sheet} sheet: `{name}` names more than one question or group; they are kept as {}, the names exports and the policy use",
            listed.join(", ")
        ));
    }
    Ok(warnings)
}

fn count(nodes: &[Node], counts: &mut BTreeMap<String, usize>) {
    for node in nodes {
        *counts.entry(node.name.clone()).or_default() += 1;
        count(&node.children, counts);
    }
}

/// Every column of a node that may hold `${…}`: its expressions and its texts (labels,
/// hints and messages interpolate answers). Read from its serialised form, so a column
/// added to `Node` is searched too.
fn columns(node: &Node) -> Vec<(String, String)> {
    let alone = Node {
        children: Vec::new(),
        ..node.clone()
    };
    let Ok(serde_json::Value::Object(fields)) = serde_json::to_value(&alone) else {
        return Vec::new();
    };
    fields
        .into_iter()
        .filter(|(column, _)| column != "name")
        .map(|(column, value)| (column, value.to_string()))
        .collect()
}

fn refuse_references(
    sheet: &str,
    nodes: &[Node],
    parents: &mut Vec<String>,
    instance_name: Option<&str>,
    repeated: &BTreeSet<String>,
    placed: &Placed,
    rows: &BTreeMap<String, usize>,
) -> Result<(), Error> {
    let ambiguous = |written: &str| {
        repeated
            .iter()
            .find(|name| written.contains(&format!("${{{name}}}")))
    };
    let refused = |name: &str, row: Option<usize>, column: &str, sheet: &str| Error::XlsForm {
        sheet: sheet.into(),
        row,
        column: Some(column.into()),
        message: format!(
            "`${{{name}}}` is ambiguous: `{name}` names a question in several groups. Names a form refers to must be unique in the whole survey; rename one of them"
        ),
    };
    if parents.is_empty()
        && let Some(found) = instance_name.and_then(ambiguous)
    {
        return Err(refused(found, Some(2), "instance_name", "settings"));
    }
    for node in nodes {
        for (column, written) in columns(node) {
            if let Some(found) = ambiguous(&written) {
                let row = placed
                    .row(parents, &node.name)
                    .or_else(|| rows.get(&node.name).copied());
                return Err(refused(found, row, &column, sheet));
            }
        }
        parents.push(node.name.clone());
        refuse_references(sheet, &node.children, parents, None, repeated, placed, rows)?;
        parents.pop();
    }
    Ok(())
}

/// Rename, depth first; `written` are the enclosing names as written in the sheet (to find
/// rows), `keys` the enclosing names as kept (to build the path).
fn rename(
    nodes: &mut [Node],
    written: &mut Vec<String>,
    keys: &mut Vec<String>,
    repeated: &BTreeSet<String>,
    taken: &mut BTreeSet<String>,
    placed: &Placed,
    renamed: &mut BTreeMap<String, Vec<(String, Option<usize>)>>,
) {
    for node in nodes {
        let original = node.name.clone();
        if repeated.contains(&original) && !keys.is_empty() {
            // The groups as written: a group renamed itself (`color_flor` in `floracion`,
            // holding a question `color_flor`) does not repeat its path in its children's.
            let path = format!("{}.{original}", written.join("."));
            let mut key = path.clone();
            let mut n = 2;
            while taken.contains(&key) {
                key = format!("{path}_{n}");
                n += 1;
            }
            taken.insert(key.clone());
            renamed
                .entry(original.clone())
                .or_default()
                .push((key.clone(), placed.row(written, &original)));
            node.name = key;
        }
        written.push(original);
        keys.push(node.name.clone());
        rename(
            &mut node.children,
            written,
            keys,
            repeated,
            taken,
            placed,
            renamed,
        );
        keys.pop();
        written.pop();
    }
}

/// Every node's path as written in the sheet (its groups' names and its own, from the
/// root) and where it sits in the tree (child indices): read before names are
/// disambiguated, as XPath paths in the sheet are written with the written names.
pub(super) fn written_paths(body: &[Node]) -> BTreeMap<Vec<String>, Vec<usize>> {
    fn walk(
        nodes: &[Node],
        names: &mut Vec<String>,
        at: &mut Vec<usize>,
        out: &mut BTreeMap<Vec<String>, Vec<usize>>,
    ) {
        for (i, node) in nodes.iter().enumerate() {
            names.push(node.name.clone());
            at.push(i);
            out.insert(names.clone(), at.clone());
            walk(&node.children, names, at, out);
            at.pop();
            names.pop();
        }
    }
    let mut out = BTreeMap::new();
    walk(body, &mut Vec::new(), &mut Vec::new(), &mut out);
    out
}

fn node_at<'a>(body: &'a [Node], at: &[usize]) -> Option<&'a Node> {
    let (first, rest) = at.split_first()?;
    let node = body.get(*first)?;
    if rest.is_empty() {
        Some(node)
    } else {
        node_at(&node.children, rest)
    }
}

/// Turn the XPath location paths of every expression (`/data/household/size`, `../age`,
/// `current()/../district`) into the `${name}` of the question they lead to, after names
/// are disambiguated (a path names one node even where its name is used in several
/// groups). A path that leads to no question is refused where it is written.
pub(super) fn resolve_paths(
    sheet: &str,
    body: &mut [Node],
    written: &BTreeMap<Vec<String>, Vec<usize>>,
    rows: &BTreeMap<String, usize>,
) -> Result<(), Error> {
    let by_place: BTreeMap<&Vec<usize>, &Vec<String>> =
        written.iter().map(|(w, at)| (at, w)).collect();
    // Each node's expressions, rewritten against a snapshot of the tree's final names.
    let snapshot = body.to_vec();
    let mut edits: Vec<(Vec<usize>, &'static str, String)> = Vec::new();
    for (place, path) in &by_place {
        let Some(node) = node_at(&snapshot, place) else {
            continue;
        };
        let resolve = |p: &crate::expr::PathRef<'_>| {
            let mut target: Vec<String> = if p.absolute {
                Vec::new()
            } else {
                path[..path.len().saturating_sub(p.up)].to_vec()
            };
            if !p.absolute && p.up > path.len() {
                return Err("the path climbs above the form".to_string());
            }
            target.extend(p.steps.iter().map(|s| s.to_string()));
            written
                .get(&target)
                .and_then(|at| node_at(&snapshot, at))
                .map(|n| n.name.clone())
                .ok_or_else(|| format!("`{}` leads to no question of the form", target.join("/")))
        };
        for (column, value) in [
            ("relevant", &node.relevant),
            ("constraint", &node.constraint),
            ("calculation", &node.calculation),
            ("required", &node.required_if),
            ("choice_filter", &node.choice_filter),
            ("repeat_count", &node.repeat_count),
            ("default", &node.default),
        ] {
            let Some(src) = value.as_deref().filter(|s| s.contains('/')) else {
                continue;
            };
            // A select offering a repeat's answers reads its filter in each instance
            // offered; `current()` stays the select's own.
            let asking = column == "choice_filter" && node.kind.repeat_source().is_some();
            let rewritten =
                crate::expr::rewrite_paths(src, asking, resolve).map_err(|e| Error::XlsForm {
                    sheet: sheet.into(),
                    row: rows.get(&node.name).copied(),
                    column: Some(column.into()),
                    message: e.to_string(),
                })?;
            if rewritten != src {
                edits.push(((*place).clone(), column, rewritten));
            }
        }
    }
    for (place, column, rewritten) in edits {
        let Some(node) = node_at_mut(body, &place) else {
            continue;
        };
        let field = match column {
            "relevant" => &mut node.relevant,
            "constraint" => &mut node.constraint,
            "calculation" => &mut node.calculation,
            "required" => &mut node.required_if,
            "choice_filter" => &mut node.choice_filter,
            "repeat_count" => &mut node.repeat_count,
            _ => &mut node.default,
        };
        *field = Some(rewritten);
    }
    Ok(())
}

fn node_at_mut<'a>(body: &'a mut [Node], at: &[usize]) -> Option<&'a mut Node> {
    let (first, rest) = at.split_first()?;
    let node = body.get_mut(*first)?;
    if rest.is_empty() {
        Some(node)
    } else {
        node_at_mut(&mut node.children, rest)
    }
}

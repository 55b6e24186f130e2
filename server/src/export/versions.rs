//! One export across every published version of a form: the columns are the union of the
//! versions' questions, united by name (the newest version's order first, then what only
//! older versions asked, inside the same group or repeat where it still exists), and each
//! record is shaped by its own version's tags, so a question classified in one version
//! and not in another never leaves through the other.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use forms::model::{CompiledForm, Form, Node};

use crate::error::Result;
use crate::policy::{Policy, Profile};
use crate::shaping::Shaper;

/// The published versions of one form, shaped for one export profile.
pub struct Versions {
    /// Every version's questions in one form, for the columns.
    pub union: Arc<CompiledForm>,
    /// The shape of each column: what leaves of it in any version (for the layout).
    pub columns: Shaper,
    /// Each version's own shaper, by version.
    by_version: HashMap<String, Shaper>,
    /// For a record of a version not published (none should exist): nothing leaves.
    nothing: Shaper,
}

impl Versions {
    /// `versions`: every published version, oldest first (the last is the newest).
    pub fn new(
        policy: &Policy,
        profile: &Profile,
        secret: &str,
        versions: &[Arc<CompiledForm>],
    ) -> Result<Versions> {
        let newest = versions
            .last()
            .ok_or(crate::error::Error::NotFound)?
            .clone();
        let union = if versions.len() == 1 {
            newest
        } else {
            let older: Vec<&Form> = versions.iter().rev().skip(1).map(|f| &f.form).collect();
            Arc::new(compile_union(merge(&newest.form, &older))?)
        };
        let by_version: HashMap<String, Shaper> = versions
            .iter()
            .map(|f| {
                (
                    f.form.version.clone(),
                    Shaper::for_profile(policy, f, profile, secret),
                )
            })
            .collect();
        let columns = Shaper::union(by_version.values(), secret);
        Ok(Versions {
            union,
            columns,
            by_version,
            nothing: Shaper::union(std::iter::empty(), secret),
        })
    }

    /// The shaper of a record filled with `version`.
    pub fn shaper(&self, version: &str) -> &Shaper {
        self.by_version.get(version).unwrap_or(&self.nothing)
    }
}

/// The union compiled; should an older version's expression not fit beside the newer
/// questions, the expressions are left out (the union only names and orders columns).
pub fn compile_union(form: Form) -> Result<CompiledForm> {
    match form.clone().compile() {
        Ok(compiled) => Ok(compiled),
        Err(_) => {
            let mut form = form;
            fn strip(nodes: &mut [Node]) {
                for n in nodes {
                    n.relevant = None;
                    n.constraint = None;
                    n.calculation = None;
                    n.choice_filter = None;
                    n.repeat_count = None;
                    n.required_if = None;
                    n.default = None;
                    strip(&mut n.children);
                }
            }
            strip(&mut form.body);
            form.instance_name = None;
            Ok(form.compile()?)
        }
    }
}

/// `newest` with the questions, choices and languages only `older` versions have (newest
/// of them first), each placed in the group or repeat of its name in the union, else
/// where its own parent was placed, else at the end.
pub fn merge(newest: &Form, older: &[&Form]) -> Form {
    let mut union = newest.clone();
    let mut names: HashSet<String> = HashSet::new();
    collect_names(&union.body, &mut names);
    for form in older {
        add_nodes(&mut union.body, &form.body, None, &mut names);
        for (list, choices) in &form.choices {
            let merged = union.choices.entry(list.clone()).or_default();
            for choice in choices {
                if !merged.iter().any(|c| c.name == choice.name) {
                    merged.push(choice.clone());
                }
            }
        }
        for language in &form.languages {
            if !union.languages.iter().any(|l| l.code == language.code) {
                union.languages.push(language.clone());
            }
        }
    }
    union
}

fn collect_names(nodes: &[Node], names: &mut HashSet<String>) {
    for n in nodes {
        names.insert(n.name.clone());
        collect_names(&n.children, names);
    }
}

/// The container (group or repeat) named `name` in the union, if any.
fn container<'a>(nodes: &'a mut [Node], name: &str) -> Option<&'a mut Vec<Node>> {
    for n in nodes.iter_mut() {
        if n.name == name && n.kind.has_children() {
            return Some(&mut n.children);
        }
        if let Some(found) = container(&mut n.children, name) {
            return Some(found);
        }
    }
    None
}

/// Add `older`'s nodes missing from the union, under `parent` (a container's name; `None`:
/// the top level).
fn add_nodes(
    union: &mut Vec<Node>,
    older: &[Node],
    parent: Option<&str>,
    names: &mut HashSet<String>,
) {
    for node in older {
        if !names.contains(&node.name) {
            let mut copy = node.clone();
            copy.children.clear();
            names.insert(node.name.clone());
            let target = match parent {
                Some(p) => match container(union, p) {
                    Some(children) => children,
                    None => union,
                },
                None => union,
            };
            target.push(copy);
        }
        if node.kind.has_children() {
            add_nodes(union, &node.children, Some(&node.name), names);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use forms::model::Kind;

    /// The children's names of the top-level container `name` in `form`.
    fn children(form: &Form, name: &str) -> Vec<String> {
        let node = form.body.iter().find(|n| n.name == name).unwrap();
        node.children.iter().map(|c| c.name.clone()).collect()
    }

    #[test]
    fn columns_unite_by_name_and_stay_in_their_group_and_repeat() {
        let mut v1 = forms::demo::household_form();
        v1.version = "1".into();
        let mut v2 = v1.clone();
        v2.version = "2".into();
        // v2 drops a question of the `water` group and one of the `members` repeat, and
        // asks a new one.
        for node in v2.body.iter_mut() {
            node.children
                .retain(|c| c.name != "water_time_minutes" && c.name != "member_disability");
        }
        v2.body.push(Node::new("latrine", Kind::Text));
        assert!(!children(&v2, "water").contains(&"water_time_minutes".to_string()));
        let union = merge(&v2, &[&v1]);
        assert!(children(&union, "water").contains(&"water_time_minutes".to_string()));
        assert!(
            children(&union, "members").contains(&"member_disability".to_string()),
            "still in its repeat's table"
        );
        assert!(union.body.iter().any(|n| n.name == "latrine"));
        let mut names = HashSet::new();
        collect_names(&union.body, &mut names);
        let mut count = 0;
        fn walk(nodes: &[Node], n: &mut usize) {
            for node in nodes {
                *n += 1;
                walk(&node.children, n);
            }
        }
        walk(&union.body, &mut count);
        assert_eq!(count, names.len(), "no name twice");
        assert!(compile_union(union).is_ok());
    }
}

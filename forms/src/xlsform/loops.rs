//! `begin loop over <list>`: the questions inside are asked once per choice of the list
//! ("How many pit latrines…?", "How many bucket toilets…?"). pyxform writes one group per
//! choice; so does Sauti, at import, so the phone and the server only ever see groups.
//!
//! Names in a Sauti form are unique (answers are keyed by name), where XForms tell the
//! copies apart by their path (`loop/pit_latrine/number`). A copy is named after its
//! choice instead: the group `<loop>_<choice>`, each question `<question>_<choice>`. In
//! labels and hints, `%(label)s` and `%(name)s` become the choice's label (in each
//! language) and name, as pyxform does; a reference to another question of the loop reads
//! the copy of the same choice.

use std::collections::BTreeSet;

use crate::model::{Choice, Kind, Node, Text};

/// Replace the loop's template children with one group per choice.
pub(super) fn expand(mut node: Node, choices: &[Choice], default_language: &str) -> Node {
    let template = std::mem::take(&mut node.children);
    let mut names = BTreeSet::new();
    collect_names(&template, &mut names);
    node.children = choices
        .iter()
        .map(|choice| Node {
            name: format!("{}_{}", node.name, choice.name),
            kind: Kind::Group,
            label: choice.label.clone(),
            children: template
                .iter()
                .map(|child| copy(child, choice, &names, default_language))
                .collect(),
            ..Node::new("", Kind::Group)
        })
        .collect();
    node.kind = Kind::Group;
    node
}

/// The names a copy renames: every node of the template, at any depth.
pub(super) fn collect_names(nodes: &[Node], out: &mut BTreeSet<String>) {
    for node in nodes {
        out.insert(node.name.clone());
        collect_names(&node.children, out);
    }
}

fn copy(node: &Node, choice: &Choice, names: &BTreeSet<String>, default_language: &str) -> Node {
    let rename_expr = |expr: &Option<String>| {
        expr.as_ref()
            .map(|e| rename_expression(e, names, &choice.name))
    };
    let text = |t: &Text| {
        Text(
            t.0.iter()
                .map(|(lang, s)| {
                    let label = choice.label.get(lang, default_language);
                    let s = s
                        .replace("%(label)s", label)
                        .replace("%(name)s", &choice.name);
                    (lang.clone(), rename(&s, names, &choice.name))
                })
                .collect(),
        )
    };
    Node {
        name: format!("{}_{}", node.name, choice.name),
        label: text(&node.label),
        hint: text(&node.hint),
        guidance: text(&node.guidance),
        constraint_message: text(&node.constraint_message),
        required_message: text(&node.required_message),
        relevant: rename_expr(&node.relevant),
        constraint: rename_expr(&node.constraint),
        calculation: rename_expr(&node.calculation),
        choice_filter: rename_expr(&node.choice_filter),
        repeat_count: rename_expr(&node.repeat_count),
        required_if: rename_expr(&node.required_if),
        default: rename_expr(&node.default),
        attributes: node
            .attributes
            .iter()
            .map(|(k, v)| {
                let v = if k == "trigger" {
                    rename(v, names, &choice.name)
                } else {
                    v.clone()
                };
                (k.clone(), v)
            })
            .collect(),
        children: node
            .children
            .iter()
            .map(|c| copy(c, choice, names, default_language))
            .collect(),
        ..node.clone()
    }
}

/// An expression of a copy: references and relative paths to the loop's questions read
/// the same choice's copies.
fn rename_expression(expr: &str, names: &BTreeSet<String>, choice: &str) -> String {
    rename_steps(&rename(expr, names, choice), names, choice)
}

/// A relative path's step naming a question of the loop (`. <= ../total`) reads the same
/// choice's copy (`../total_car`), as in pyxform's XForm, where the copies differ by their
/// group. Only paths from `.`, `..` or `current()` are read so; quoted text, absolute paths
/// and an `instance(…)/root/item/…` lookup are left as written.
fn rename_steps(expr: &str, names: &BTreeSet<String>, choice: &str) -> String {
    let is_name = |c: char| c.is_alphanumeric() || matches!(c, '_' | '-' | '.');
    let mut out = String::with_capacity(expr.len());
    let mut quote = None;
    let mut in_path = false;
    let mut i = 0;
    while let Some(c) = expr[i..].chars().next() {
        if let Some(q) = quote {
            quote = (c != q).then_some(q);
            out.push(c);
            i += c.len_utf8();
            continue;
        }
        if in_path && c == '/' {
            let step_len: usize = expr[i + 1..]
                .chars()
                .take_while(|&n| is_name(n))
                .map(char::len_utf8)
                .sum();
            let step = &expr[i + 1..i + 1 + step_len];
            out.push('/');
            out.push_str(step);
            if names.contains(step) {
                out.push('_');
                out.push_str(choice);
            }
            in_path = !step.is_empty();
            i += 1 + step_len;
            continue;
        }
        in_path = false;
        let after_operand = out
            .chars()
            .next_back()
            .is_some_and(|p| is_name(p) || matches!(p, ')' | ']' | '}'));
        let opening = if expr[i..].starts_with("current()") && !after_operand {
            "current()".len()
        } else if c == '.' && !after_operand {
            expr[i..].chars().take_while(|&d| d == '.').count()
        } else {
            0
        };
        if opening > 0 {
            out.push_str(&expr[i..i + opening]);
            in_path = true;
            i += opening;
            continue;
        }
        if c == '\'' || c == '"' {
            quote = Some(c);
        }
        out.push(c);
        i += c.len_utf8();
    }
    out
}

/// `${q}` becomes `${q_<choice>}` for every `q` of the loop, in one pass (so a name that
/// is another's prefix is never renamed twice).
fn rename(expr: &str, names: &BTreeSet<String>, choice: &str) -> String {
    let mut out = String::with_capacity(expr.len());
    let mut rest = expr;
    while let Some(start) = rest.find("${") {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        let name = &rest[start + 2..start + len];
        out.push_str(&rest[..start + 2 + name.len()]);
        if names.contains(name.trim()) {
            out.push('_');
            out.push_str(choice);
        }
        out.push('}');
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(name: &str, en: &str, fr: &str) -> Choice {
        Choice {
            name: name.into(),
            label: Text([("en".into(), en.into()), ("fr".into(), fr.into())].into()),
            attributes: Default::default(),
        }
    }

    #[test]
    fn each_choice_gets_its_own_group_and_names() {
        let number = Node {
            label: Text(
                [
                    ("en".into(), "How many %(label)s?".into()),
                    ("fr".into(), "Combien de %(label)s ?".into()),
                ]
                .into(),
            ),
            ..Node::new("number", Kind::Integer)
        };
        let usable = Node {
            relevant: Some("${number} > 0 and ${outside} = 1".into()),
            label: Text::single("en", "Of the ${number}, how many work?"),
            required_if: Some("${number} > 0".into()),
            attributes: [("trigger".to_string(), "${number}".to_string())].into(),
            hint: Text::single("en", "(%(name)s)"),
            ..Node::new("usable", Kind::Integer)
        };
        let mut loop_node = Node::new("toilets", Kind::Group);
        loop_node.children = vec![number, usable];
        let out = expand(
            loop_node,
            &[
                choice("pit", "Pit latrines", "latrines"),
                choice("bucket", "Buckets", "seaux"),
            ],
            "en",
        );
        assert_eq!(out.kind, Kind::Group);
        let groups: Vec<&str> = out.children.iter().map(|g| g.name.as_str()).collect();
        assert_eq!(groups, ["toilets_pit", "toilets_bucket"]);
        let bucket = &out.children[1];
        assert_eq!(bucket.label.get("fr", "en"), "seaux");
        assert_eq!(bucket.children[0].name, "number_bucket");
        assert_eq!(
            bucket.children[0].label.get("en", "en"),
            "How many Buckets?"
        );
        assert_eq!(
            bucket.children[0].label.get("fr", "en"),
            "Combien de seaux ?"
        );
        assert_eq!(
            bucket.children[1].relevant.as_deref(),
            Some("${number_bucket} > 0 and ${outside} = 1"),
            "a question of the loop is read in the same choice's copy; others as they are"
        );
        assert_eq!(bucket.children[1].hint.get("en", "en"), "(bucket)");
        let usable = &bucket.children[1];
        assert_eq!(
            usable.label.get("en", "en"),
            "Of the ${number_bucket}, how many work?"
        );
        assert_eq!(usable.required_if.as_deref(), Some("${number_bucket} > 0"));
        assert_eq!(usable.attributes["trigger"], "${number_bucket}");
    }

    /// An `.xlsx` with a survey sheet and a list of toilets.
    fn workbook(survey: &[&[&str]]) -> Vec<u8> {
        crate::xlsform::test_workbook(
            survey,
            &[
                &["list_name", "name", "label"],
                &["toilet", "pit", "pit latrines"],
                &["toilet", "bucket", "buckets"],
            ],
        )
    }

    #[test]
    fn a_loop_imports_as_groups_and_mistakes_name_their_row() {
        let form = crate::xlsform::import(
            &workbook(&[
                &["type", "name", "label", "constraint"],
                &["begin loop over toilet", "toilets", "", ""],
                &["integer", "number", "How many %(label)s?", ". >= 0"],
                &["end loop", "", "", ""],
                &["integer", "total", "Total", ". >= ${number_pit}"],
            ]),
            "loop.xlsx",
        )
        .unwrap()
        .form;
        let form = form.compile().unwrap();
        assert_eq!(
            form.node("number_bucket").unwrap().label.get("en", "en"),
            "How many buckets?"
        );
        assert_eq!(form.location("number_pit").unwrap().path, [0, 0, 0]);
        let refused = |survey: &[&[&str]]| {
            crate::xlsform::import(&workbook(survey), "loop.xlsx")
                .map(|_| ())
                .unwrap_err()
                .to_string()
        };
        let message = refused(&[
            &["type", "name", "label"],
            &["begin loop over toilets", "toilets", ""],
            &["end loop", "", ""],
        ]);
        assert!(
            message.contains("row 2") && message.contains("not a list of the choices sheet"),
            "{message}"
        );
        let message = refused(&[
            &["type", "name", "label"],
            &["begin loop over toilet", "toilets", ""],
            &["integer", "number", "How many?"],
            &["end group", "", ""],
        ]);
        assert!(message.contains("opened with `begin loop`"), "{message}");
        let message = refused(&[
            &["type", "name", "label"],
            &["begin loop over toilet", "toilets", ""],
            &["integer", "number", "How many?"],
        ]);
        assert!(
            message.contains("the loop `toilets` is never closed"),
            "{message}"
        );
        let message = refused(&[&["type", "name"], &["begin loop toilet", "toilets"]]);
        assert!(message.contains("begin loop over <list>"), "{message}");
    }

    #[test]
    fn references_are_renamed_once() {
        let names: BTreeSet<String> = ["n".to_string(), "n_x".to_string()].into();
        assert_eq!(
            rename("${n} + ${n_x} + ${m} + '${'", &names, "x"),
            "${n_x} + ${n_x_x} + ${m} + '${'"
        );
    }

    /// pyxform's own loop example: a relative path to a question of the loop reads the
    /// same choice's copy; a quoted path and a question outside the loop are left.
    #[test]
    fn relative_paths_in_a_loop_read_the_same_choice() {
        let names: BTreeSet<String> = ["total".to_string(), "working".to_string()].into();
        assert_eq!(
            rename_expression(". <= ../total and '../total' != ../other", &names, "car"),
            ". <= ../total_car and '../total' != ../other"
        );
        // A lookup's path, an absolute path and a number are not the loop's.
        assert_eq!(
            rename_expression(
                "instance('prices')/root/item[name = 'x']/total + /data/total + 0.5 + current()/../working",
                &names,
                "car"
            ),
            "instance('prices')/root/item[name = 'x']/total + /data/total + 0.5 + current()/../working_car"
        );
        let form = crate::xlsform::import(
            &workbook(&[
                &["type", "name", "label", "constraint"],
                &["begin loop over toilet", "toilets", "", ""],
                &["integer", "total", "How many %(label)s?", ""],
                &["integer", "working", "Of them working?", ". <= ../total"],
                &["end loop", "", "", ""],
            ]),
            "loop.xlsx",
        )
        .unwrap()
        .form
        .compile()
        .unwrap();
        let mut answers = crate::model::Answers::new();
        for (name, value) in [("total_pit", "2"), ("working_pit", "3")] {
            answers.insert(name.into(), crate::model::Answer::Value(value.into()));
        }
        let problems = crate::validate::validate(&form, &answers, "2026-12-07");
        assert!(
            problems.iter().any(|p| p.path == "working_pit"),
            "{problems:?}"
        );
    }
}

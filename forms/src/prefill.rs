//! Answers nobody types: the `default` of each question, and the device-captured
//! metadata (`start`, `end`, `today`, `deviceid`, `username`). The phone calls these when
//! an interview (or a repeat instance) begins and when it is saved.

use crate::expr::Scope;
use crate::model::{Answer, Answers, CompiledForm, Instance, Kind, Node};

/// What the device knows about this moment and itself.
#[derive(Debug, Clone, Copy)]
pub struct DeviceFacts<'a> {
    /// Now, RFC 3339 in local time.
    pub now: &'a str,
    pub device_id: &'a str,
    pub username: &'a str,
}

/// What a `default` written as an expression (`today()`, `${village}`) is worked out
/// from: the answers so far, the instance the new answers go in, and the day.
struct Now<'a> {
    answers: &'a Answers,
    at: Instance<'a>,
    today: &'a str,
}

/// A question's starting answer: its `default` as written, or its expression's value now.
fn default_value(form: &CompiledForm, node: &Node, now: &Now<'_>) -> Option<String> {
    let written = node.default.as_ref()?;
    let Some(expr) = form.exprs(&node.name).and_then(|e| e.default.as_ref()) else {
        return Some(written.clone());
    };
    let scope = Scope {
        form,
        answers: now.answers,
        instance: now.at,
        current: Some(&node.name),
        today: now.today,
        choice: None,
    };
    Some(scope.eval(expr).as_answer()).filter(|v| !v.is_empty())
}

fn defaults_into(form: &CompiledForm, nodes: &[Node], into: &mut Answers, now: &Now<'_>) {
    for node in nodes {
        match node.kind {
            Kind::Group => defaults_into(form, &node.children, into, now),
            Kind::Repeat => {}
            _ => {
                if (node.kind.takes_input() || node.kind == Kind::Hidden)
                    && !into.contains_key(&node.name)
                    && let Some(value) = default_value(form, node, now)
                {
                    into.insert(node.name.clone(), Answer::Value(value));
                }
            }
        }
    }
}

/// Fill the defaults of the top-level questions that have no answer yet.
pub fn apply_defaults(form: &CompiledForm, answers: &mut Answers, today: &str) {
    let mut found = Answers::new();
    let now = Now {
        answers,
        at: &[],
        today,
    };
    defaults_into(form, &form.form.body, &mut found, &now);
    for (name, value) in found {
        answers.entry(name).or_insert(value);
    }
}

/// A new instance of `repeat`, held by the instance `at`, with the defaults of its
/// questions (an expression reads the answers around it: `${village}` carries the
/// household's village into each member).
pub fn new_instance(
    form: &CompiledForm,
    repeat: &str,
    answers: &Answers,
    at: Instance<'_>,
    today: &str,
) -> Answers {
    let mut instance = Answers::new();
    if let Some(node) = form.node(repeat) {
        let now = Now { answers, at, today };
        defaults_into(form, &node.children, &mut instance, &now);
    }
    instance
}

/// Record the metadata fields the form asks for. `start` keeps its first value; `end`
/// and the rest are set each time (call again at save).
pub fn fill_metadata(form: &CompiledForm, answers: &mut Answers, facts: DeviceFacts<'_>) {
    for (node, location) in form.walk() {
        let Kind::Meta { field } = &node.kind else {
            continue;
        };
        if location.repeat().is_some() {
            continue;
        }
        let value = match field.as_str() {
            "start" if answers.contains_key(&node.name) => continue,
            "start" | "end" => facts.now.to_string(),
            "today" => facts.now.get(..10).unwrap_or_default().to_string(),
            "deviceid" => facts.device_id.to_string(),
            "username" => facts.username.to_string(),
            _ => continue,
        };
        answers.insert(node.name.clone(), Answer::Value(value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Form, Language, Text};

    fn node(name: &str, kind: Kind, default: Option<&str>) -> Node {
        let mut n: Node =
            serde_json::from_value(serde_json::json!({ "name": name, "kind": "text" })).unwrap();
        n.kind = kind;
        n.default = default.map(str::to_string);
        n
    }

    fn form(body: Vec<Node>) -> CompiledForm {
        Form {
            id: "f".into(),
            version: "1".into(),
            title: Text::single("en", "F"),
            default_language: "en".into(),
            languages: vec![Language {
                code: "en".into(),
                name: "English".into(),
                rtl: false,
            }],
            body,
            choices: Default::default(),
            style: String::new(),
        }
        .compile()
        .unwrap()
    }

    #[test]
    fn defaults_fill_only_what_is_empty() {
        let f = form(vec![
            node("a", Kind::Integer, Some("8")),
            node("b", Kind::Text, Some("x")),
        ]);
        let mut answers = Answers::from([("b".to_string(), Answer::Value("kept".into()))]);
        apply_defaults(&f, &mut answers, "2026-11-26");
        assert_eq!(answers["a"], Answer::Value("8".into()));
        assert_eq!(answers["b"], Answer::Value("kept".into()));
    }

    #[test]
    fn a_default_written_as_an_expression_is_worked_out() {
        let f = form(vec![
            node("seen", Kind::Date, Some("today()")),
            node("village", Kind::Text, Some("Kambi (north)")),
            node("copy", Kind::Text, Some("concat('near ', ${village})")),
        ]);
        let mut answers = Answers::new();
        apply_defaults(&f, &mut answers, "2026-11-26");
        assert_eq!(answers["seen"], Answer::Value("2026-11-26".into()));
        assert_eq!(
            answers["village"],
            Answer::Value("Kambi (north)".into()),
            "text with brackets is a text, not an expression"
        );
        // The defaults are worked out together from the answers before: empty here.
        assert_eq!(answers["copy"], Answer::Value("near ".into()));
        let mut broken = form(vec![]).form;
        broken
            .body
            .push(node("bad", Kind::Text, Some("concat(${nowhere})")));
        assert!(broken.compile().is_err());
    }

    #[test]
    fn start_is_kept_and_end_moves() {
        let meta = |n: &str| node(n, Kind::Meta { field: n.into() }, None);
        let f = form(vec![
            meta("start"),
            meta("end"),
            meta("today"),
            meta("deviceid"),
        ]);
        let facts = |now| DeviceFacts {
            now,
            device_id: "dev-1",
            username: "amina",
        };
        let mut answers = Answers::new();
        fill_metadata(&f, &mut answers, facts("2026-11-25T09:00:00+03:00"));
        fill_metadata(&f, &mut answers, facts("2026-11-25T09:40:00+03:00"));
        assert_eq!(
            answers["start"],
            Answer::Value("2026-11-25T09:00:00+03:00".into())
        );
        assert_eq!(
            answers["end"],
            Answer::Value("2026-11-25T09:40:00+03:00".into())
        );
        assert_eq!(answers["today"], Answer::Value("2026-11-25".into()));
        assert_eq!(answers["deviceid"], Answer::Value("dev-1".into()));
    }
}

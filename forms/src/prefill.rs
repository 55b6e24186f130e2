//! Answers nobody types: the `default` of each question, and the device-captured
//! metadata (`start`, `end`, `today`, `deviceid`, `username`). The phone calls these when
//! an interview (or a repeat instance) begins and when it is saved.

use crate::model::{Answer, Answers, CompiledForm, Kind, Node};

/// What the device knows about this moment and itself.
#[derive(Debug, Clone, Copy)]
pub struct DeviceFacts<'a> {
    /// Now, RFC 3339 in local time.
    pub now: &'a str,
    pub device_id: &'a str,
    pub username: &'a str,
}

fn defaults_into(nodes: &[Node], answers: &mut Answers) {
    for node in nodes {
        match node.kind {
            Kind::Group => defaults_into(&node.children, answers),
            Kind::Repeat => {}
            _ => {
                if let Some(default) = &node.default
                    && (node.kind.takes_input() || node.kind == Kind::Hidden)
                    && !answers.contains_key(&node.name)
                {
                    answers.insert(node.name.clone(), Answer::Value(default.clone()));
                }
            }
        }
    }
}

/// Fill the defaults of the top-level questions that have no answer yet.
pub fn apply_defaults(form: &CompiledForm, answers: &mut Answers) {
    defaults_into(&form.form.body, answers);
}

/// A new repeat instance with the defaults of its questions.
pub fn new_instance(form: &CompiledForm, repeat: &str) -> Answers {
    let mut instance = Answers::new();
    if let Some(node) = form.node(repeat) {
        defaults_into(&node.children, &mut instance);
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
        apply_defaults(&f, &mut answers);
        assert_eq!(answers["a"], Answer::Value("8".into()));
        assert_eq!(answers["b"], Answer::Value("kept".into()));
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

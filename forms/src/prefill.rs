//! Answers nobody types: the `default` of each question, and the device-captured
//! metadata (`start`, `end`, `today`, `deviceid`, `username`). The phone calls these when
//! an interview (or a repeat instance) begins and when it is saved.

use crate::expr::Scope;
use crate::model::{self, Answer, Answers, CompiledForm, Instance, Kind, Node};

/// What the device knows about this moment and itself.
#[derive(Debug, Clone, Copy)]
pub struct DeviceFacts<'a> {
    /// Now, RFC 3339 in local time.
    pub now: &'a str,
    pub device_id: &'a str,
    pub username: &'a str,
    /// The record's id, for `instanceID` (`uuid:<id>`, as ODK writes it; the first value
    /// given is kept). The phone gives it at every fill; `None` where no record is at hand.
    pub instance_id: Option<&'a str>,
}

/// The questions (not in inner repeats) that have a `default`, in document order.
fn with_defaults<'n>(nodes: &'n [Node], out: &mut Vec<&'n Node>) {
    for node in nodes {
        match node.kind {
            Kind::Group => with_defaults(&node.children, out),
            Kind::Repeat => {}
            // A calculate with no calculation takes its value from its default.
            _ if node.default.is_some()
                && (node.kind.takes_input()
                    || node.kind == Kind::Hidden
                    || node.kind == Kind::Calculate && node.calculation.is_none()) =>
            {
                out.push(node)
            }
            _ => {}
        }
    }
}

/// Fill `into` with the defaults of `nodes` it lacks: first every default written as a
/// value, then, in document order, each written as an expression (`today()`,
/// `${village}`), worked out from `answers` as seen from `at`, where the values before it
/// are already in place (as ODK does when a form or an instance is first loaded). The
/// values go where `at` leads in `answers`. `last_saved`: what `${last-saved#q}` reads.
fn fill(
    form: &CompiledForm,
    nodes: &[&Node],
    answers: &mut Answers,
    (at, today): (Instance<'_>, &str),
    last_saved: Option<&Answers>,
) {
    fn into<'a>(answers: &'a mut Answers, at: Instance<'_>) -> Option<&'a mut Answers> {
        model::instance_answers_mut(answers, at)
    }
    let dynamic = |node: &Node| form.exprs(&node.name).and_then(|e| e.default.as_ref());
    for node in nodes {
        if dynamic(node).is_none()
            && let (Some(map), Some(value)) = (into(answers, at), node.default.clone())
        {
            map.entry(node.name.clone()).or_insert(Answer::Value(value));
        }
    }
    for node in nodes {
        let Some(expr) = dynamic(node) else { continue };
        if into(answers, at).is_none_or(|m| m.contains_key(&node.name)) {
            continue;
        }
        let value = Scope {
            form,
            answers,
            instance: at,
            current: Some(&node.name),
            today,
            choice: None,
            last_saved,
            lang: "",
        }
        .eval(expr)
        .as_answer();
        if let (false, Some(map)) = (value.is_empty(), into(answers, at)) {
            map.insert(node.name.clone(), Answer::Value(value));
        }
    }
}

/// Fill the defaults of the top-level questions that have no answer yet. `last_saved`:
/// the answers of the last record of this form saved on the phone, if any, which a
/// `${last-saved#q}` default reads (empty without one, as in ODK).
pub fn apply_defaults(
    form: &CompiledForm,
    answers: &mut Answers,
    today: &str,
    last_saved: Option<&Answers>,
) {
    let mut nodes = Vec::new();
    with_defaults(&form.form.body, &mut nodes);
    fill(form, &nodes, answers, (&[], today), last_saved);
}

/// Whether a `default` or a `calculation` of the form reads the last record saved
/// (`${last-saved#q}`), so that the phone opens that record only for such a form.
pub fn reads_last_saved(form: &CompiledForm) -> bool {
    let mut reads = false;
    for (node, _) in form.walk() {
        reads |= [&node.default, &node.calculation]
            .into_iter()
            .any(|c| c.as_deref().is_some_and(|d| d.contains("${last-saved#")));
    }
    reads
}

/// A new instance of `repeat`, held by the instance `at`, with the defaults of its
/// questions. An expression is worked out in the new instance (`position(..)` is its
/// number) and reads the answers around it (`${village}` carries the household's village
/// into each member).
pub fn new_instance(
    form: &CompiledForm,
    repeat: &str,
    answers: &Answers,
    at: Instance<'_>,
    today: &str,
) -> Answers {
    let mut nodes = Vec::new();
    if let Some(node) = form.node(repeat) {
        with_defaults(&node.children, &mut nodes);
    }
    let dynamic = nodes
        .iter()
        .any(|n| form.exprs(&n.name).is_some_and(|e| e.default.is_some()));
    if !dynamic {
        // Values as written: no answer is read, nothing is copied.
        return nodes
            .iter()
            .filter_map(|n| Some((n.name.clone(), Answer::Value(n.default.clone()?))))
            .collect();
    }
    // Worked out in a copy of the record with the new instance added at the end of its
    // repeat, so that references reach the whole record and `position(..)` counts it.
    let mut tree = answers.clone();
    let index = model::repeat_len(&tree, repeat, at);
    model::add_instance(&mut tree, repeat, at, Answers::new());
    let mut path = at.to_vec();
    path.push((repeat.to_string(), index));
    fill(form, &nodes, &mut tree, (&path, today), None);
    model::instance_answers(&tree, &path)
        .cloned()
        .unwrap_or_default()
}

/// Record the metadata fields the form asks for. `start` keeps its first value; `end`
/// and the rest are set each time (call again at save), and the calculations that read
/// them follow.
///
/// Only where relevant: a field inside a group that is not relevant now (`start` among
/// questions skipped by an earlier answer) has no value, as any other answer there has
/// none (`validate`, on the phone before save and on the server, refuses one; Collect
/// leaves it out of the submission).
pub fn fill_metadata(form: &CompiledForm, answers: &mut Answers, facts: DeviceFacts<'_>) {
    let today = facts.now.get(..10).unwrap_or_default();
    let metadata: Vec<(&Node, bool)> = {
        let ctx = crate::validate::Context {
            form,
            answers,
            today,
        };
        form.walk()
            .into_iter()
            .filter(|(node, location)| {
                matches!(node.kind, Kind::Meta { .. }) && location.repeat().is_none()
            })
            .map(|(node, _)| (node, ctx.is_relevant(&node.name, &[])))
            .collect()
    };
    let mut changed = Vec::new();
    for (node, relevant) in metadata {
        let Kind::Meta { field } = &node.kind else {
            continue;
        };
        let value = match field.as_str() {
            _ if !relevant => None,
            "start" if answers.contains_key(&node.name) => continue,
            "start" | "end" => Some(facts.now.to_string()),
            "today" => Some(today.to_string()),
            "deviceid" => Some(facts.device_id.to_string()),
            "username" => Some(facts.username.to_string()),
            "instanceID" if answers.contains_key(&node.name) => continue,
            "instanceID" => match facts.instance_id {
                Some(id) => Some(format!("uuid:{id}")),
                None => continue,
            },
            _ => continue,
        };
        let before = answers.get(&node.name).cloned();
        match value {
            Some(v) => answers.insert(node.name.clone(), Answer::Value(v)),
            None => answers.remove(&node.name),
        };
        if answers.get(&node.name) != before.as_ref() {
            changed.push(node.name.as_str());
        }
    }
    // What reads them is worked out again (`${end} - ${start}`, an interview's length), as
    // the server works it out from the record.
    for name in changed {
        crate::validate::settle_after(form, answers, today, name);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(name: &str, kind: Kind, default: Option<&str>) -> Node {
        let mut n: Node =
            serde_json::from_value(serde_json::json!({ "name": name, "kind": "text" })).unwrap();
        n.kind = kind;
        n.default = default.map(str::to_string);
        n
    }

    fn form(body: Vec<Node>) -> CompiledForm {
        crate::demo::english_form("f", body, Default::default())
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
        apply_defaults(&f, &mut answers, "2026-11-26", None);
        assert_eq!(answers["a"], Answer::Value("8".into()));
        assert_eq!(answers["b"], Answer::Value("kept".into()));
    }

    #[test]
    fn a_calculate_with_only_a_default_keeps_the_value_it_was_given() {
        let mut choose = node("choose", Kind::Calculate, None);
        choose.calculation = Some("if(${coin} < 1, 'A', 'B')".into());
        let f = form(vec![
            node("coin", Kind::Calculate, Some("random() + 0.5")),
            choose,
        ]);
        let mut answers = Answers::new();
        apply_defaults(&f, &mut answers, "2026-11-26", None);
        crate::validate::settle(&f, &mut answers, "2026-11-26");
        let coin = model::value(&answers, "coin", &[]);
        let n: f64 = coin.parse().unwrap();
        assert!((0.5..1.5).contains(&n), "{coin}");
        let choose = model::value(&answers, "choose", &[]);
        assert_eq!(choose, if n < 1.0 { "A" } else { "B" });
        // Settled again, it keeps its value; the server takes it as the phone's.
        crate::validate::settle(&f, &mut answers, "2026-11-26");
        assert_eq!(model::value(&answers, "coin", &[]), coin);
        assert_eq!(
            crate::validate::validate(&f, &answers, "2026-11-26"),
            vec![]
        );
        // A plain text default is no calculation (as the reference converter says).
        let plain = crate::demo::english_form(
            "f",
            vec![node("coin", Kind::Calculate, Some("heads"))],
            Default::default(),
        );
        assert!(plain.compile().is_err());
    }

    #[test]
    fn a_default_written_as_an_expression_is_worked_out() {
        let f = form(vec![
            node("seen", Kind::Date, Some("today()")),
            node("village", Kind::Text, Some("Kambi (north)")),
            node("copy", Kind::Text, Some("concat('near ', ${village})")),
        ]);
        let mut answers = Answers::new();
        apply_defaults(&f, &mut answers, "2026-11-26", None);
        assert_eq!(answers["seen"], Answer::Value("2026-11-26".into()));
        assert_eq!(
            answers["village"],
            Answer::Value("Kambi (north)".into()),
            "text with brackets is a text, not an expression"
        );
        // Worked out after the values written as such.
        assert_eq!(answers["copy"], Answer::Value("near Kambi (north)".into()));
        // In a new instance: its own number, and the answers around it.
        let mut people = node("people", Kind::Repeat, None);
        people.children = vec![
            node("no", Kind::Integer, Some("position(..)")),
            node("at", Kind::Text, Some("${village}")),
        ];
        let f = form(vec![node("village", Kind::Text, Some("Kambi")), people]);
        let mut answers = Answers::new();
        apply_defaults(&f, &mut answers, "2026-11-26", None);
        for expected in ["1", "2"] {
            let added = new_instance(&f, "people", &answers, &[], "2026-11-26");
            assert_eq!(added["no"], Answer::Value(expected.into()));
            assert_eq!(added["at"], Answer::Value("Kambi".into()));
            crate::model::add_instance(&mut answers, "people", &[], added);
        }
        // In a repeat inside a repeat, the top-level answer is still in reach.
        let mut kids = node("kids", Kind::Repeat, None);
        kids.children = vec![node("kid_at", Kind::Text, Some("${village}"))];
        let mut people = node("people", Kind::Repeat, None);
        people.children = vec![kids];
        let f = form(vec![node("village", Kind::Text, Some("Kambi")), people]);
        let mut answers = Answers::new();
        apply_defaults(&f, &mut answers, "2026-11-26", None);
        crate::model::add_instance(&mut answers, "people", &[], Answers::new());
        let added = new_instance(&f, "kids", &answers, &[("people".into(), 0)], "2026-11-26");
        assert_eq!(added["kid_at"], Answer::Value("Kambi".into()));
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
            instance_id: None,
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

    /// Found walking pyxform's `xlsform_spec_test` on the phone: `start`, `end`, `today`
    /// inside a group an earlier answer skips were recorded at save anyway, after the
    /// phone's own check, and the server refused the record (`not_relevant`).
    #[test]
    fn metadata_in_a_skipped_group_has_no_value() {
        let mut skip = node("skip", Kind::Text, None);
        skip.required = false;
        let mut everything = node("everything", Kind::Group, None);
        everything.relevant = Some("${skip} != 'yes'".into());
        everything.children = ["start", "end", "today", "deviceid"]
            .into_iter()
            .map(|field| {
                node(
                    field,
                    Kind::Meta {
                        field: field.into(),
                    },
                    None,
                )
            })
            .collect();
        let f = form(vec![skip, everything]);
        let facts = DeviceFacts {
            now: "2026-11-25T09:00:00+03:00",
            device_id: "dev-1",
            username: "amina",
            instance_id: None,
        };
        // Opened: the group is relevant, `start` is recorded.
        let mut answers = Answers::new();
        fill_metadata(&f, &mut answers, facts);
        assert!(answers.contains_key("start"));
        // Then the group is skipped, and the record saved.
        answers.insert("skip".into(), Answer::Value("yes".into()));
        crate::validate::settle(&f, &mut answers, "2026-11-25");
        assert_eq!(
            crate::validate::validate(&f, &answers, "2026-11-25"),
            vec![]
        );
        fill_metadata(&f, &mut answers, facts);
        for field in ["start", "end", "today", "deviceid"] {
            assert!(!answers.contains_key(field), "{field}: {answers:?}");
        }
        // What the server checks: the record is acceptable as saved.
        assert_eq!(
            crate::validate::validate(&f, &answers, "2026-11-25"),
            vec![]
        );
        // Not skipped, every field is recorded.
        answers.insert("skip".into(), Answer::Value("no".into()));
        crate::validate::settle(&f, &mut answers, "2026-11-25");
        fill_metadata(&f, &mut answers, facts);
        assert_eq!(answers["today"], Answer::Value("2026-11-25".into()));
        assert_eq!(
            crate::validate::validate(&f, &answers, "2026-11-25"),
            vec![]
        );
    }

    /// Found walking real forms (a Haryana village survey, two Bihar panel surveys): an
    /// interview's length `(decimal-date-time(${end}) - decimal-date-time(${start})) *
    /// 86400` kept the value it had before `end` was recorded at save, and the server,
    /// working it out from the record, refused it (`calculation_mismatch`).
    #[test]
    fn a_calculation_reading_end_follows_it_at_save() {
        let meta = |n: &str| node(n, Kind::Meta { field: n.into() }, None);
        let mut seconds = node("duration_seconds", Kind::Calculate, None);
        seconds.calculation =
            Some("(decimal-date-time(${end}) - decimal-date-time(${start})) * 86400".into());
        let f = form(vec![meta("start"), meta("end"), seconds]);
        let facts = |now| DeviceFacts {
            now,
            device_id: "dev-1",
            username: "amina",
            instance_id: None,
        };
        let mut answers = Answers::new();
        fill_metadata(&f, &mut answers, facts("2026-11-25T09:00:00+03:00"));
        crate::validate::settle(&f, &mut answers, "2026-11-25");
        fill_metadata(&f, &mut answers, facts("2026-11-25T09:40:00+03:00"));
        assert_eq!(
            model::value(&answers, "duration_seconds", &[])
                .parse::<f64>()
                .map(f64::round),
            Ok(2400.0)
        );
        assert_eq!(
            crate::validate::validate(&f, &answers, "2026-11-25"),
            vec![]
        );
    }
}

//! What every XForm holds without a row for it: `instanceID`.
//!
//! pyxform gives each form `meta/instanceID` (`uuid:…`, set when the record is first
//! opened), and a form may read it as `${instanceID}`: a record number built from it, an
//! entity's label. Sauti has no implicit meta block, so a form that reads it gets a
//! device-captured `instanceID` at its end, filled with the record's own id when the
//! interview begins (`prefill::fill_metadata`). A form that never reads it is left as
//! written: nothing is added to its records or exports.

use crate::model::{Kind, Node};

/// The name and the metadata field.
const INSTANCE_ID: &str = "instanceID";

/// Add `instanceID` to `body` when something reads `${instanceID}` (an expression, a
/// label, `instance_name`) and no question of that name is written.
pub(super) fn add_instance_id(body: &mut Vec<Node>, instance_name: Option<&str>) {
    let needle = format!("${{{INSTANCE_ID}}}");
    if defines(body)
        || !(reads(body, &needle) || instance_name.is_some_and(|s| s.contains(&needle)))
    {
        return;
    }
    body.push(Node::new(
        INSTANCE_ID,
        Kind::Meta {
            field: INSTANCE_ID.into(),
        },
    ));
}

fn defines(nodes: &[Node]) -> bool {
    nodes
        .iter()
        .any(|n| n.name == INSTANCE_ID || defines(&n.children))
}

fn reads(nodes: &[Node], needle: &str) -> bool {
    nodes.iter().any(|n| {
        let expressions = [
            &n.relevant,
            &n.constraint,
            &n.calculation,
            &n.default,
            &n.choice_filter,
            &n.repeat_count,
            &n.required_if,
        ];
        let texts = [
            &n.label,
            &n.hint,
            &n.guidance,
            &n.constraint_message,
            &n.required_message,
        ];
        expressions
            .iter()
            .any(|e| e.as_deref().is_some_and(|e| e.contains(needle)))
            || texts
                .iter()
                .any(|t| t.0.values().any(|s| s.contains(needle)))
            || reads(&n.children, needle)
    })
}

#[cfg(test)]
mod tests {
    use crate::model::{Answers, Kind};
    use crate::prefill::{DeviceFacts, fill_metadata};
    use crate::xlsform::import;
    use crate::xlsform::test_workbook;

    const TODAY: &str = "2026-12-07";

    fn workbook(calculation: &str) -> Vec<u8> {
        test_workbook(
            &[
                &["type", "name", "label", "calculation"],
                &["text", "person", "Nome da pessoa idosa", ""],
                &["calculate", "auto_id", "", calculation],
                &["note", "shown", "Registro ${auto_id}", ""],
            ],
            &[&["list_name", "name", "label"]],
        )
    }

    #[test]
    fn a_form_reading_instance_id_gets_the_records_id() {
        // The Brazilian elderly-care registration: `auto_id` = `${instanceID}`.
        let imported = import(&workbook("${instanceID}"), "parte1.xlsx").unwrap();
        let form = imported.form.compile().unwrap();
        let meta = form.node("instanceID").expect("added");
        assert_eq!(
            meta.kind,
            Kind::Meta {
                field: "instanceID".into()
            }
        );
        let facts = |id| DeviceFacts {
            now: "2026-12-07T09:00:00+01:00",
            device_id: "dev-1",
            username: "ana",
            instance_id: id,
        };
        let mut answers = Answers::new();
        fill_metadata(
            &form,
            &mut answers,
            facts(Some("0193a6f0-0000-7000-8000-000000000001")),
        );
        // Saving later keeps the value given when the record began.
        fill_metadata(&form, &mut answers, facts(None));
        crate::validate::settle(&form, &mut answers, TODAY);
        assert_eq!(
            crate::model::value(&answers, "auto_id", &[]),
            "uuid:0193a6f0-0000-7000-8000-000000000001"
        );
        assert!(crate::validate::validate(&form, &answers, TODAY).is_empty());
    }

    #[test]
    fn a_form_that_does_not_read_it_is_left_as_written() {
        let imported = import(&workbook("concat('R-', ${person})"), "parte1.xlsx").unwrap();
        let form = imported.form.compile().unwrap();
        assert!(form.node("instanceID").is_none());
        // A question of that name written in the form is the form's own.
        let own = test_workbook(
            &[
                &["type", "name", "label", "calculation"],
                &["text", "instanceID", "Código", ""],
                &["calculate", "auto_id", "", "${instanceID}"],
            ],
            &[&["list_name", "name", "label"]],
        );
        let form = import(&own, "own.xlsx").unwrap().form.compile().unwrap();
        assert_eq!(form.node("instanceID").unwrap().kind, Kind::Text);
    }
}

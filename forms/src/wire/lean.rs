//! The bundle as a phone gets it: what it needs to draw and check each question, nothing
//! the server alone reads.
//!
//! Measured on a 430-question English/Arabic assessment (`demo::needs_assessment`):
//! labels and hints are 70 % of the form's JSON and the phone shows them all; the next
//! largest part is the XLSForm columns Sauti keeps as attributes without interpreting
//! them (an HXL tag on every question, in real workbooks also indicator codes, sectors,
//! analysis notes), which only exports and the admin's pages read. A phone reads four
//! kinds of column: `parameters` (a widget's settings), `trigger`, `purpose` (consent
//! tags) and `media::…` (pictures and recordings). Everything else stays on the server;
//! choices keep every column, because a `choice_filter` may name any of them.
//!
//! The server keeps the whole form and validates each record against it, so nothing the
//! phone is not sent can change a verdict.

use crate::model::{Form, Node};

use super::Bundle;

/// Whether the phone reads a question's attribute named `key`.
pub fn phone_reads(key: &str) -> bool {
    matches!(
        key,
        "parameters" | "trigger" | crate::purpose::PURPOSE_COLUMN
    ) || key.starts_with("media::")
}

/// Drop the attributes no phone reads, in `nodes` and everything inside them.
fn strip(nodes: &mut [Node]) {
    for node in nodes {
        node.attributes.retain(|key, _| phone_reads(key));
        strip(&mut node.children);
    }
}

impl Form {
    /// This form as phones get it (see the module's comment).
    pub fn for_phone(mut self) -> Form {
        strip(&mut self.body);
        self
    }
}

impl Bundle {
    /// Every form of the bundle as phones get it.
    pub fn for_phone(mut self) -> Bundle {
        self.form = self.form.for_phone();
        self.other_forms = self.other_forms.into_iter().map(Form::for_phone).collect();
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;

    #[test]
    fn the_phone_keeps_what_it_reads_and_nothing_else() {
        let mut question = Node::new("q", Kind::Integer);
        for key in [
            "parameters",
            "trigger",
            "purpose",
            "media::image::ar",
            "media::audio",
            "hxl",
            "indicator",
        ] {
            let value = if key == "trigger" {
                "${household_size}"
            } else {
                "x"
            };
            question.attributes.insert(key.into(), value.into());
        }
        let group = Node {
            children: vec![question],
            ..Node::new("g", Kind::Group)
        };
        let mut form = crate::demo::household_form();
        form.body.push(group);
        let lean = form.clone().for_phone();
        let kept: Vec<&str> = lean.body.last().unwrap().children[0]
            .attributes
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            kept,
            [
                "media::audio",
                "media::image::ar",
                "parameters",
                "purpose",
                "trigger"
            ]
        );
        lean.clone().compile().expect("still compiles");
        // Nothing else of the form changes.
        let mut expected = form;
        strip(&mut expected.body);
        assert_eq!(lean, expected);
        assert_eq!(lean.choices, crate::demo::household_form().choices);
    }

    /// The 430-question assessment: its HXL tags were ~5 % of its JSON.
    #[test]
    fn the_assessment_is_smaller_for_the_phone() {
        let form = crate::demo::needs_assessment(430);
        let full = serde_json::to_vec(&form).unwrap().len();
        let lean = serde_json::to_vec(&form.for_phone()).unwrap().len();
        assert!(lean * 100 < full * 96, "{lean} of {full} bytes");
    }
}

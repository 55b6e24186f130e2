//! Questions that serve one consent purpose.
//!
//! A form author tags a question or a group with the purposes it serves (an XLSForm column
//! `purpose`, one or more purpose ids of the consent template separated by spaces). A
//! respondent who accepts none of them is never asked it, and nothing of it is stored: the
//! interview runs on [`Form::for_purposes`], where such a node is never relevant, so the
//! phone skips it and `settle` clears it, and the server validates with the same form, so a
//! record that still carries such an answer is refused. When a purpose is withdrawn later,
//! [`unheld_fields`] names the answers that served only it, for the server to erase.

use std::collections::BTreeSet;

use crate::Error;
use crate::model::{Answer, Answers, CompiledForm, Form, Node};

/// The attribute (XLSForm column) that names the purposes a node serves.
pub const PURPOSE_COLUMN: &str = "purpose";

impl Node {
    /// The purposes this node is tagged with; none when it serves the whole interview.
    pub fn purposes(&self) -> impl Iterator<Item = &str> {
        self.attributes
            .get(PURPOSE_COLUMN)
            .map_or("", String::as_str)
            .split_whitespace()
    }

    /// Whether a respondent who holds `held` is asked this node (its own tags only; an
    /// enclosing group's tags apply to it too).
    fn served_by(&self, held: &[String]) -> bool {
        let mut tags = self.purposes().peekable();
        tags.peek().is_none() || tags.any(|t| held.iter().any(|h| h == t))
    }
}

impl Form {
    /// Every purpose id a node of the form is tagged with.
    pub fn tagged_purposes(&self) -> BTreeSet<&str> {
        fn go<'a>(nodes: &'a [Node], out: &mut BTreeSet<&'a str>) {
            for node in nodes {
                out.extend(node.purposes());
                go(&node.children, out);
            }
        }
        let mut out = BTreeSet::new();
        go(&self.body, &mut out);
        out
    }

    /// The form as it is asked of a respondent who accepted `accepted`: every node tagged
    /// only with other purposes becomes never relevant (and so does all it contains).
    /// A form without tags comes back unchanged.
    pub fn for_purposes(mut self, accepted: &[String]) -> Form {
        fn go(nodes: &mut [Node], accepted: &[String]) {
            for node in nodes {
                if !node.served_by(accepted) {
                    node.relevant = Some("false()".into());
                }
                go(&mut node.children, accepted);
            }
        }
        go(&mut self.body, accepted);
        self
    }
}

impl CompiledForm {
    /// This form as asked of a respondent who accepted `accepted`, compiled; `None` when no
    /// node is tagged with a purpose, so the form is used as it is (no second compilation).
    /// Phone and server both interview and validate with this.
    pub fn for_purposes(&self, accepted: &[String]) -> Result<Option<CompiledForm>, Error> {
        if self.form.tagged_purposes().is_empty() {
            return Ok(None);
        }
        self.form.clone().for_purposes(accepted).compile().map(Some)
    }
}

/// The names of the nodes whose answers serve none of `held` (with everything inside a
/// tagged group): what is erased when a respondent withdraws the other purposes.
pub fn unheld_fields(form: &Form, held: &[String]) -> BTreeSet<String> {
    fn go(nodes: &[Node], held: &[String], inside: bool, out: &mut BTreeSet<String>) {
        for node in nodes {
            let unheld = inside || !node.served_by(held);
            if unheld {
                out.insert(node.name.clone());
            }
            go(&node.children, held, unheld, out);
        }
    }
    let mut out = BTreeSet::new();
    go(&form.body, held, false, &mut out);
    // A value taken from them goes with them, and so on down the chain: an untagged
    // calculation reading the referral phone number holds the number (or a part of it),
    // a default written from it starts as a copy, a choice among a repeat's answers is
    // one of them.
    fn calculations(nodes: &[Node], out: &mut Vec<(String, Vec<String>)>) {
        for node in nodes {
            let written = [node.calculation.as_deref(), node.default.as_deref()];
            let mut reads: Vec<String> = Vec::new();
            for expr in written.into_iter().flatten() {
                // A default is a value unless it reads an answer.
                if node.calculation.as_deref() != Some(expr) && !expr.contains("${") {
                    continue;
                }
                match crate::expr::Expr::parse(expr) {
                    Ok(e) => reads.extend(e.references().into_iter().map(String::from)),
                    // One that does not read (the form would not have compiled) is taken
                    // to read everything: it goes too.
                    Err(_) => reads.push(String::new()),
                }
            }
            if let Some(source) = node.kind.repeat_source() {
                reads.push(source.to_string());
            }
            if !reads.is_empty() {
                out.push((node.name.clone(), reads));
            }
            calculations(&node.children, out);
        }
    }
    let mut derived = Vec::new();
    calculations(&form.body, &mut derived);
    while !out.is_empty() {
        let before = out.len();
        for (name, reads) in &derived {
            if !out.contains(name) && reads.iter().any(|r| r.is_empty() || out.contains(r)) {
                out.insert(name.clone());
            }
        }
        if out.len() == before {
            break;
        }
    }
    out
}

/// Remove the answers to `names`, at the top level and in every repeat instance.
/// Whether anything was removed.
pub fn drop_answers(answers: &mut Answers, names: &BTreeSet<String>) -> bool {
    let before = answers.len();
    answers.retain(|name, _| !names.contains(name));
    let mut changed = answers.len() != before;
    for answer in answers.values_mut() {
        if let Answer::Repeat(items) = answer {
            for item in items {
                changed |= drop_answers(item, names);
            }
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::{household_form, sample_household};
    use crate::model::{Kind, Text};
    use crate::validate::{Problem, settle, validate};

    const TODAY: &str = "2026-11-25";

    /// The demo form, with the phone number tagged `referral` and a follow-up group (with
    /// a question inside the household members' repeat) tagged `referral partner_sharing`.
    fn tagged() -> Form {
        let mut form = household_form();
        let tag = |nodes: &mut Vec<Node>, name: &str, purposes: &str| {
            fn find<'a>(nodes: &'a mut [Node], name: &str) -> Option<&'a mut Node> {
                for node in nodes {
                    if node.name == name {
                        return Some(node);
                    }
                    if let Some(found) = find(&mut node.children, name) {
                        return Some(found);
                    }
                }
                None
            }
            find(nodes, name)
                .unwrap()
                .attributes
                .insert(PURPOSE_COLUMN.into(), purposes.into());
        };
        tag(&mut form.body, "respondent_phone", "referral");
        tag(
            &mut form.body,
            "member_disability",
            "referral partner_sharing",
        );
        form.body.push(Node {
            label: Text::single("en", "Follow-up"),
            attributes: [(PURPOSE_COLUMN.to_string(), "referral".to_string())].into(),
            children: vec![Node {
                label: Text::single("en", "Best time to call"),
                ..Node::new("call_time", Kind::Text)
            }],
            ..Node::new("follow_up", Kind::Group)
        });
        form
    }

    fn answered() -> Answers {
        let mut answers = sample_household();
        answers.insert(
            "respondent_phone".into(),
            Answer::Value("0700123456".into()),
        );
        answers.insert("call_time".into(), Answer::Value("evening".into()));
        answers
    }

    fn owned(purposes: &[&str]) -> Vec<String> {
        purposes.iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn the_purposes_a_form_serves_are_read_from_its_tags() {
        let form = tagged();
        assert_eq!(
            form.tagged_purposes().into_iter().collect::<Vec<_>>(),
            ["partner_sharing", "referral"]
        );
        assert!(crate::demo::chained_form(3).tagged_purposes().is_empty());
    }

    #[test]
    fn a_refused_purpose_is_skipped_and_nothing_of_it_is_stored() {
        let form = tagged()
            .for_purposes(&owned(&["needs_assessment"]))
            .compile()
            .unwrap();
        let mut answers = answered();
        settle(&form, &mut answers, TODAY);
        assert!(!answers.contains_key("respondent_phone"));
        assert!(!answers.contains_key("call_time"));
        let Some(Answer::Repeat(members)) = answers.get("members") else {
            panic!("the members repeat is kept");
        };
        assert!(members.iter().all(|m| !m.contains_key("member_disability")));
        assert!(members.iter().all(|m| m.contains_key("member_age")));
        assert_eq!(validate(&form, &answers, TODAY), vec![]);
        let plain = household_form().compile().unwrap();
        assert_eq!(
            crate::paging::Paging::of(&form),
            crate::paging::Paging::of(&plain),
            "the follow-up group takes no page"
        );
    }

    #[test]
    fn the_server_refuses_an_answer_to_a_refused_purpose() {
        let form = tagged()
            .for_purposes(&owned(&["needs_assessment"]))
            .compile()
            .unwrap();
        let mut answers = answered();
        settle(&form, &mut answers, TODAY);
        answers.insert(
            "respondent_phone".into(),
            Answer::Value("0700123456".into()),
        );
        let errors = validate(&form, &answers, TODAY);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].name, "respondent_phone");
        assert_eq!(errors[0].problem, Problem::NotRelevant);
    }

    #[test]
    fn an_accepted_purpose_keeps_its_questions_and_one_of_several_tags_is_enough() {
        let form = tagged()
            .for_purposes(&owned(&["needs_assessment", "partner_sharing"]))
            .compile()
            .unwrap();
        let mut answers = answered();
        settle(&form, &mut answers, TODAY);
        assert!(!answers.contains_key("respondent_phone"), "referral only");
        let Some(Answer::Repeat(members)) = answers.get("members") else {
            panic!("the members repeat is kept");
        };
        assert!(members.iter().all(|m| m.contains_key("member_disability")));

        let all = owned(&["needs_assessment", "referral", "partner_sharing"]);
        let form = tagged().for_purposes(&all).compile().unwrap();
        let mut answers = answered();
        settle(&form, &mut answers, TODAY);
        assert_eq!(
            answers.get("call_time"),
            Some(&Answer::Value("evening".into()))
        );
        assert_eq!(validate(&form, &answers, TODAY), vec![]);
    }

    #[test]
    fn a_withdrawn_purpose_names_the_answers_that_served_only_it() {
        let form = tagged();
        let gone = unheld_fields(&form, &owned(&["needs_assessment", "partner_sharing"]));
        assert_eq!(
            gone.iter().map(String::as_str).collect::<Vec<_>>(),
            ["call_time", "follow_up", "respondent_phone"]
        );
        let mut answers = answered();
        assert!(drop_answers(&mut answers, &gone));
        assert!(!answers.contains_key("respondent_phone") && !answers.contains_key("call_time"));
        assert!(!drop_answers(&mut answers, &gone), "nothing left to drop");

        let gone = unheld_fields(&form, &owned(&["needs_assessment"]));
        assert!(gone.contains("member_disability"));
        let mut answers = answered();
        drop_answers(&mut answers, &gone);
        let Some(Answer::Repeat(members)) = answers.get("members") else {
            panic!("the members repeat is kept");
        };
        assert!(members.iter().all(|m| !m.contains_key("member_disability")));
    }

    /// An untagged calculation that reads a withdrawn purpose's answer holds it (or a part
    /// of it): it goes with it, as does one reading that calculation; one reading only
    /// held answers stays.
    #[test]
    fn a_value_worked_out_from_a_withdrawn_answer_goes_with_it() {
        let mut form = tagged();
        let calculate = |name: &str, expr: &str| Node {
            calculation: Some(expr.into()),
            ..Node::new(name, Kind::Calculate)
        };
        form.body
            .push(calculate("operator", "substr(${respondent_phone}, 0, 3)"));
        form.body
            .push(calculate("operator_label", "concat('op ', ${operator})"));
        form.body.push(calculate("area_copy", "${admin_area}"));
        form.body.push(Node {
            default: Some("${respondent_phone}".into()),
            ..Node::new("phone_again", Kind::Text)
        });
        form.body.push(Node {
            default: Some("Camp 3".into()),
            ..Node::new("camp", Kind::Text)
        });
        let gone = unheld_fields(&form, &owned(&["needs_assessment", "partner_sharing"]));
        assert!(
            gone.contains("operator") && gone.contains("operator_label"),
            "{gone:?}"
        );
        assert!(
            !gone.contains("area_copy") && !gone.contains("camp"),
            "{gone:?}"
        );
        assert!(
            gone.contains("phone_again"),
            "a default copied from it: {gone:?}"
        );
        let kept = unheld_fields(&form, &owned(&["needs_assessment", "referral"]));
        assert!(!kept.contains("operator"), "{kept:?}");
    }
}

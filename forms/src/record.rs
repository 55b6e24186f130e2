//! A record as the form shows it: the steward's record view. [`rows`] walks a compiled
//! form and one record's answers in the form's order and gives one labelled line per
//! group, repeat instance and answered question, in the language asked for: a choice's
//! label instead of its name, several choices joined, a file by its name (the server
//! hands it out by that name), answers written into labels filled in. [`changes`] says
//! what a correction changed, line by line.
//!
//! The answers given are those the caller may see (the server shapes them first): a
//! question the view drops has no answer here and no line, so nothing about it leaks
//! through a label or a heading. A group or repeat with no answered question has no
//! heading either.

use crate::attachment::Attachment;
use crate::expr::Scope;
use crate::model::{Answer, Answers, CompiledForm, Kind, Node, Step, Text, answer_path};
use crate::wire::{AnswerRow, Change, RowKind};

/// The language labels are shown in: `lang` when the form has it, else the form's default.
pub fn language<'a>(form: &'a CompiledForm, lang: &'a str) -> &'a str {
    if form.form.languages.iter().any(|l| l.code == lang) {
        lang
    } else {
        &form.form.default_language
    }
}

/// A text in `lang`, falling back to the form's default language, with answers written
/// into it (`${name}`) filled in from `answers` at `instance`.
fn text(form: &CompiledForm, text: &Text, lang: &str, answers: &Answers, at: &[Step]) -> String {
    // The author's emphasis dropped (`**`, a coloured `<span>`): the desk reads labels
    // as lines.
    let raw = crate::markup::plain(text.get(lang, &form.form.default_language));
    crate::label::fill(&raw, |name| {
        let scope = Scope {
            form,
            answers,
            instance: at,
            current: None,
            today: "",
            choice: None,
            last_saved: None,
            lang,
        };
        crate::label::answer(&scope, name)
    })
}

/// A node's label, or its name when it has none.
fn label(form: &CompiledForm, node: &Node, lang: &str, answers: &Answers, at: &[Step]) -> String {
    let shown = text(form, &node.label, lang, answers, at);
    if shown.trim().is_empty() {
        node.name.clone()
    } else {
        shown
    }
}

/// A choice's label in `lang`; the name itself when the list has no such choice (a value
/// a view replaced by a pseudonym, a list read from a file).
pub fn choice_label(form: &CompiledForm, list: &str, name: &str, lang: &str) -> String {
    form.choices(list)
        .iter()
        .find(|c| c.name == name)
        .map(|c| crate::markup::plain(c.label.get(lang, &form.form.default_language)))
        .filter(|l| !l.trim().is_empty())
        .unwrap_or_else(|| name.to_string())
}

/// An answer as a person reads it.
pub fn shown_value(form: &CompiledForm, node: &Node, value: &str, lang: &str) -> String {
    match &node.kind {
        Kind::SelectOne { list } if node.kind.repeat_source().is_none() => {
            choice_label(form, list, value, lang)
        }
        Kind::SelectMultiple { list } | Kind::Rank { list }
            if node.kind.repeat_source().is_none() =>
        {
            value
                .split_whitespace()
                .map(|c| choice_label(form, list, c, lang))
                .collect::<Vec<_>>()
                .join(", ")
        }
        _ => value.to_string(),
    }
}

/// Every line of a record, in the form's order (see the module's comment). `record` is
/// the record's id, which files are named with.
pub fn rows(form: &CompiledForm, answers: &Answers, lang: &str, record: &str) -> Vec<AnswerRow> {
    let lang = language(form, lang);
    let mut out = Vec::new();
    walk(
        form,
        &form.form.body,
        answers,
        answers,
        lang,
        record,
        &mut Vec::new(),
        0,
        &mut out,
    );
    out
}

#[allow(clippy::too_many_arguments)]
fn walk(
    form: &CompiledForm,
    nodes: &[Node],
    all: &Answers,
    here: &Answers,
    lang: &str,
    record: &str,
    at: &mut Vec<Step>,
    depth: u32,
    out: &mut Vec<AnswerRow>,
) {
    for node in nodes {
        match node.kind {
            Kind::Group => {
                let heading = out.len();
                out.push(AnswerRow {
                    kind: RowKind::Group,
                    name: node.name.clone(),
                    path: answer_path(&node.name, at),
                    depth,
                    label: label(form, node, lang, all, at),
                    value: String::new(),
                    index: None,
                    file: None,
                    media: None,
                    pseudonym: false,
                    edit: None,
                });
                walk(
                    form,
                    &node.children,
                    all,
                    here,
                    lang,
                    record,
                    at,
                    depth + 1,
                    out,
                );
                // A group with nothing answered inside has no heading.
                if out.len() == heading + 1 {
                    out.pop();
                }
            }
            Kind::Repeat => {
                let Some(Answer::Repeat(items)) = here.get(&node.name) else {
                    continue;
                };
                for (i, item) in items.iter().enumerate() {
                    at.push((node.name.clone(), i));
                    let heading = out.len();
                    out.push(AnswerRow {
                        kind: RowKind::Instance,
                        name: node.name.clone(),
                        path: answer_path(&node.name, &at[..at.len() - 1]),
                        depth,
                        label: label(form, node, lang, all, at),
                        value: String::new(),
                        index: Some(i as u32 + 1),
                        file: None,
                        media: None,
                        pseudonym: false,
                        edit: None,
                    });
                    walk(
                        form,
                        &node.children,
                        all,
                        item,
                        lang,
                        record,
                        at,
                        depth + 1,
                        out,
                    );
                    if out.len() == heading + 1 {
                        out.pop();
                    }
                    at.pop();
                }
            }
            Kind::Note => {}
            _ => {
                let Some(Answer::Value(value)) = here.get(&node.name) else {
                    continue;
                };
                if value.is_empty() {
                    continue;
                }
                let path = answer_path(&node.name, at);
                let (value, file, media) = match (&node.kind, Attachment::parse(value)) {
                    (Kind::Media { media }, Some(file)) => {
                        let name = file.file_name(record, &path);
                        (name.clone(), Some(name), Some(media_family(media, &file)))
                    }
                    _ => (shown_value(form, node, value, lang), None, None),
                };
                out.push(AnswerRow {
                    kind: RowKind::Answer,
                    name: node.name.clone(),
                    path,
                    depth,
                    label: label(form, node, lang, all, at),
                    value,
                    index: None,
                    file,
                    media,
                    pseudonym: false,
                    edit: None,
                });
            }
        }
    }
}

/// `image`, `audio`, `video` or `file`: what a browser may show of an attachment.
fn media_family(question: &str, file: &Attachment<'_>) -> String {
    if !file.is_media() {
        return "file".into();
    }
    match question {
        "image" | "photo" => "image",
        "audio" => "audio",
        "video" => "video",
        _ => "file",
    }
    .into()
}

/// The instance and question name of an answer path ([`answer_path`]'s inverse):
/// `members[2]/member_age` is `member_age` in the second member (index 1). `None` for a
/// path not written that way.
pub fn parse_answer_path(path: &str) -> Option<(Vec<Step>, &str)> {
    let mut parts: Vec<&str> = path.split('/').collect();
    let name = parts.pop().filter(|n| !n.is_empty() && !n.contains('['))?;
    let mut instance = Vec::with_capacity(parts.len());
    for part in parts {
        let (repeat, rest) = part.split_once('[')?;
        let n: usize = rest.strip_suffix(']')?.parse().ok()?;
        instance.push((repeat.to_string(), n.checked_sub(1)?));
    }
    Some((instance, name))
}

/// The answer at an answer path, as stored.
pub fn answer_at<'a>(answers: &'a Answers, path: &str) -> Option<&'a str> {
    let (instance, name) = parse_answer_path(path)?;
    match crate::model::instance_answers(answers, &instance)?.get(name)? {
        Answer::Value(v) => Some(v),
        Answer::Repeat(_) => None,
    }
}

/// Whether two sets of answers have the same repeat instances (how many of each repeat,
/// at every level): answer paths then name the same instance in both.
pub fn same_instances(a: &Answers, b: &Answers) -> bool {
    let repeats = |x: &Answers| -> Vec<(String, usize)> {
        x.iter()
            .filter_map(|(name, answer)| match answer {
                Answer::Repeat(items) => Some((name.clone(), items.len())),
                Answer::Value(_) => None,
            })
            .collect()
    };
    if repeats(a) != repeats(b) {
        return false;
    }
    a.iter().all(|(name, answer)| match (answer, b.get(name)) {
        (Answer::Repeat(x), Some(Answer::Repeat(y))) => {
            x.iter().zip(y).all(|(i, j)| same_instances(i, j))
        }
        _ => true,
    })
}

/// Set the answer at an answer path (the instance must exist). Whether it was set.
pub fn set_answer_at(answers: &mut Answers, path: &str, value: String) -> bool {
    let Some((instance, name)) = parse_answer_path(path) else {
        return false;
    };
    match crate::model::instance_answers_mut(answers, &instance) {
        Some(map) => {
            map.insert(name.to_string(), Answer::Value(value));
            true
        }
        None => false,
    }
}

/// Say on each answer line a steward may correct in the desk how (`AnswerRow::edit`):
/// text, whole and decimal numbers, dates, and one or several choices of a list the form
/// holds, typed or chosen (no calculation or read-only value, no file, no pseudonym). `answers` are those the rows were made from.
pub fn mark_editable(form: &CompiledForm, rows: &mut [AnswerRow], answers: &Answers, lang: &str) {
    use crate::wire::{EditInput, EditKind, NamedValue};
    let lang = language(form, lang).to_string();
    // Answers a choice filter reads: changed, they would empty the narrowed choice that
    // follows them (not offered either), so a cascade is corrected by sending it back.
    // Likewise the answers a select chooses among (`select_one ${member_name}`): a name
    // corrected here would leave the choice naming a member no longer listed.
    let walked = form.walk();
    let filtering: std::collections::BTreeSet<String> = walked
        .iter()
        .filter_map(|(n, _)| n.choice_filter.as_deref())
        .filter_map(|f| crate::expr::Expr::parse_choice_filter(f).ok())
        .flat_map(|e| {
            e.references()
                .into_iter()
                .map(String::from)
                .collect::<Vec<_>>()
        })
        .chain(
            walked
                .iter()
                .filter_map(|(n, _)| n.kind.repeat_source().map(String::from)),
        )
        .collect();
    for row in rows.iter_mut() {
        if row.kind != RowKind::Answer || row.pseudonym || row.file.is_some() {
            continue;
        }
        if filtering.contains(&row.name) {
            continue;
        }
        let Some(node) = form.node(&row.name) else {
            continue;
        };
        // A list narrowed by earlier answers (`choice_filter`) is not offered whole: a
        // choice the filter does not allow here would be emptied when saved.
        if node.read_only || node.calculation.is_some() || node.choice_filter.is_some() {
            continue;
        }
        let input = match &node.kind {
            Kind::Text => EditKind::Text,
            Kind::Integer => EditKind::Integer,
            Kind::Decimal => EditKind::Decimal,
            Kind::Date => EditKind::Date,
            Kind::SelectOne { .. } if node.kind.repeat_source().is_none() => EditKind::Choice,
            Kind::SelectMultiple { .. } if node.kind.repeat_source().is_none() => EditKind::Choices,
            _ => continue,
        };
        let Some(raw) = answer_at(answers, &row.path) else {
            continue;
        };
        let choices = match &node.kind {
            Kind::SelectOne { list } | Kind::SelectMultiple { list } => form
                .choices(list)
                .iter()
                .map(|c| NamedValue {
                    value: c.name.clone(),
                    label: choice_label(form, list, &c.name, &lang),
                })
                .collect(),
            _ => Vec::new(),
        };
        // A list too long to choose from in a drop-down (a file of villages) is not
        // corrected here; neither is an answer its list does not hold.
        let listed = |v: &str| choices.iter().any(|c| c.value == v);
        let offered = match input {
            EditKind::Choice => listed(raw),
            EditKind::Choices => raw.split_whitespace().all(listed),
            _ => true,
        };
        if !offered || choices.len() > MAX_EDIT_CHOICES {
            continue;
        }
        row.edit = Some(EditInput {
            input,
            raw: raw.to_string(),
            choices,
            constraint_message: crate::markup::plain(
                node.constraint_message
                    .get(&lang, &form.form.default_language),
            ),
        });
    }
}

/// The longest list a correction offers in one drop-down.
const MAX_EDIT_CHOICES: usize = 300;

/// What a correction changed: every answer line whose value differs between `before` and
/// `after` (matched by path), in the order of `after` then the removed ones.
pub fn changes(before: &[AnswerRow], after: &[AnswerRow]) -> Vec<Change> {
    let answers = |rows: &[AnswerRow]| -> Vec<(String, String, String)> {
        rows.iter()
            .filter(|r| r.kind == RowKind::Answer)
            .map(|r| (r.path.clone(), r.label.clone(), r.value.clone()))
            .collect()
    };
    let (before, after) = (answers(before), answers(after));
    let mut out = Vec::new();
    for (path, label, value) in &after {
        let old = before
            .iter()
            .find(|(p, _, _)| p == path)
            .map(|(_, _, v)| v.as_str())
            .unwrap_or("");
        if old != value {
            out.push(Change {
                path: path.clone(),
                label: label.clone(),
                before: old.to_string(),
                after: value.clone(),
            });
        }
    }
    for (path, label, value) in &before {
        if !after.iter().any(|(p, _, _)| p == path) {
            out.push(Change {
                path: path.clone(),
                label: label.clone(),
                before: value.clone(),
                after: String::new(),
            });
        }
    }
    out
}

/// The top-level answers a record's name (`instance_name`) reads: each question it
/// names, or the outermost repeat holding it. `None` when the form names no records.
/// A search by name reads only these of each record ([`answers_only`]).
pub fn name_inputs(form: &CompiledForm) -> Option<std::collections::BTreeSet<String>> {
    let text = form.form.instance_name.as_deref()?;
    let expr = crate::expr::Expr::parse(text).ok()?;
    Some(
        expr.references()
            .into_iter()
            .map(|name| {
                form.location(name)
                    .and_then(|l| l.repeats.first().cloned())
                    .unwrap_or_else(|| name.to_string())
            })
            .collect(),
    )
}

/// A record's answers (JSON, as stored) with only the top-level answers named in `keep`:
/// the others are skipped while reading, never built.
pub fn answers_only(
    json: &str,
    keep: &std::collections::BTreeSet<String>,
) -> Result<Answers, serde_json::Error> {
    use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, Visitor};
    struct Only<'a>(&'a std::collections::BTreeSet<String>);
    impl<'de> Visitor<'de> for Only<'_> {
        type Value = Answers;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a record's answers")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Answers, A::Error> {
            let mut out = Answers::new();
            while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                if self.0.contains(key.as_ref()) {
                    out.insert(key.into_owned(), map.next_value::<Answer>()?);
                } else {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            Ok(out)
        }
    }
    impl<'de> DeserializeSeed<'de> for Only<'_> {
        type Value = Answers;
        fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Answers, D::Error> {
            d.deserialize_map(self)
        }
    }
    let mut reader = serde_json::Deserializer::from_str(json);
    Only(keep).deserialize(&mut reader)
}

/// Whether `name` contains what was searched for, ignoring case (the review list's search).
pub fn name_matches(name: &str, search: &str) -> bool {
    let search = search.trim().to_lowercase();
    !search.is_empty() && name.to_lowercase().contains(&search)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo;

    fn household() -> (CompiledForm, Answers) {
        (
            demo::household_form().compile().unwrap(),
            demo::sample_household(),
        )
    }

    fn row<'a>(rows: &'a [AnswerRow], path: &str) -> &'a AnswerRow {
        rows.iter()
            .find(|r| r.path == path && r.kind == RowKind::Answer)
            .unwrap_or_else(|| panic!("no row {path} in {rows:#?}"))
    }

    /// A steward corrects what an enumerator typed or chose once; the inputs carry the
    /// stored value, a choice its list in the language asked for; a path leads back to the
    /// answer in its repeat instance.
    #[test]
    fn answers_a_steward_may_correct_say_how() {
        use crate::wire::EditKind;
        let (form, answers) = household();
        let mut shown = rows(&form, &answers, "fr", "r1");
        mark_editable(&form, &mut shown, &answers, "fr");
        let source = row(&shown, "water_source").edit.clone().unwrap();
        assert_eq!(
            (source.input, source.raw.as_str()),
            (EditKind::Choice, "truck")
        );
        let truck = source.choices.iter().find(|c| c.value == "truck").unwrap();
        assert_eq!(truck.label, row(&shown, "water_source").value, "in French");
        let age = row(&shown, "members[2]/member_age").edit.clone().unwrap();
        assert_eq!((age.input, age.raw.as_str()), (EditKind::Integer, "6"));
        assert_eq!(
            row(&shown, "interview_date").edit.as_ref().map(|e| e.input),
            Some(EditKind::Date)
        );
        let several = shown
            .iter()
            .filter_map(|r| r.edit.as_ref())
            .find(|e| e.input == EditKind::Choices)
            .expect("the priority needs, several choices");
        assert!(
            several
                .raw
                .split(' ')
                .all(|v| several.choices.iter().any(|c| c.value == v))
        );
        for r in shown.iter().filter(|r| r.edit.is_some()) {
            let node = form.node(&r.name).unwrap();
            assert!(node.calculation.is_none() && !node.read_only, "{}", r.name);
        }
        // A pseudonym is never offered for correction.
        let mut hidden = rows(&form, &answers, "en", "r1");
        hidden.iter_mut().for_each(|r| r.pseudonym = true);
        mark_editable(&form, &mut hidden, &answers, "en");
        assert!(hidden.iter().all(|r| r.edit.is_none()));

        let mut corrected = answers.clone();
        assert!(set_answer_at(
            &mut corrected,
            "members[2]/member_age",
            "7".into()
        ));
        assert_eq!(answer_at(&corrected, "members[2]/member_age"), Some("7"));
        assert_eq!(answer_at(&corrected, "members[1]/member_age"), Some("34"));
        assert!(!set_answer_at(
            &mut corrected,
            "members[9]/member_age",
            "7".into()
        ));
        assert_eq!(parse_answer_path("members[0]/member_age"), None, "1-based");
    }

    /// A cascade (a district narrowed by the region) is not corrected in the desk: the
    /// narrowed choice would be emptied, and the region it reads would empty it.
    #[test]
    fn a_cascade_is_not_offered_for_correction() {
        let (mut raw, mut answers) = (demo::household_form(), demo::sample_household());
        let select = |name: &str, filter: Option<&str>| crate::model::Node {
            choice_filter: filter.map(String::from),
            ..crate::model::Node::new(
                name,
                Kind::SelectOne {
                    list: "water_source".into(),
                },
            )
        };
        raw.body.push(select("first_source", None));
        raw.body
            .push(select("second_source", Some("name != ${first_source}")));
        let form = raw.compile().unwrap();
        answers.insert("first_source".into(), Answer::Value("well".into()));
        answers.insert("second_source".into(), Answer::Value("truck".into()));
        let mut shown = rows(&form, &answers, "en", "r1");
        mark_editable(&form, &mut shown, &answers, "en");
        assert!(row(&shown, "first_source").edit.is_none());
        assert!(row(&shown, "second_source").edit.is_none());
        assert!(
            row(&shown, "water_source").edit.is_some(),
            "others still are"
        );
    }

    /// The answers a select chooses among (`select_one ${member_name}`) are not corrected
    /// in the desk: the choice made would then name a member no longer listed.
    #[test]
    fn the_answers_a_select_chooses_among_are_not_offered_for_correction() {
        let (mut raw, mut answers) = (demo::household_form(), demo::sample_household());
        raw.body.push(crate::model::Node::new(
            "caregiver",
            Kind::SelectOne {
                list: "${member_name}".into(),
            },
        ));
        let form = raw.compile().unwrap();
        answers.insert("caregiver".into(), Answer::Value("Fatima".into()));
        let mut shown = rows(&form, &answers, "en", "r1");
        mark_editable(&form, &mut shown, &answers, "en");
        for r in shown.iter().filter(|r| r.name == "member_name") {
            assert!(r.edit.is_none(), "{}", r.path);
        }
        assert!(
            row(&shown, "members[1]/member_age").edit.is_some(),
            "the members' other answers still are"
        );
    }

    #[test]
    fn instances_are_the_same_only_with_as_many_members_everywhere() {
        let (_, answers) = household();
        let mut fewer = answers.clone();
        if let Some(Answer::Repeat(members)) = fewer.get_mut("members") {
            members.pop();
        }
        assert!(same_instances(&answers, &answers.clone()));
        assert!(!same_instances(&answers, &fewer));
        let mut none = answers.clone();
        none.remove("members");
        assert!(!same_instances(&answers, &none));
    }

    #[test]
    fn choices_read_as_their_labels_in_the_language_asked_for() {
        let (form, answers) = household();
        let en = rows(&form, &answers, "en", "r1");
        let fr = rows(&form, &answers, "fr", "r1");
        let source = row(&en, "water_source");
        let node = form.node("water_source").unwrap();
        let Some(Answer::Value(stored)) = answers.get("water_source") else {
            panic!("the sample answers water_source")
        };
        let list = node.kind.choice_list().unwrap();
        let choice = form
            .choices(list)
            .iter()
            .find(|c| &c.name == stored)
            .unwrap();
        assert_eq!(source.value, choice.label.get("en", "en"));
        assert_eq!(row(&fr, "water_source").value, choice.label.get("fr", "en"));
        assert_ne!(source.value, *stored, "a label, not the choice's name");
        assert_eq!(source.label, node.label.get("en", "en"));
        assert_eq!(row(&fr, "water_source").label, node.label.get("fr", "en"));
        // A language the form does not have falls back to its default.
        assert_eq!(rows(&form, &answers, "xx", "r1"), en);
    }

    #[test]
    fn groups_and_repeats_come_in_the_form_order_with_their_instances() {
        let (form, answers) = household();
        let shown = rows(&form, &answers, "en", "r1");
        let Some(Answer::Repeat(members)) = answers.get("members") else {
            panic!("the sample has members")
        };
        let instances: Vec<&AnswerRow> = shown
            .iter()
            .filter(|r| r.kind == RowKind::Instance && r.name == "members")
            .collect();
        assert_eq!(instances.len(), members.len());
        assert_eq!(instances[0].index, Some(1));
        let first = shown
            .iter()
            .position(|r| r.kind == RowKind::Instance)
            .unwrap();
        let age = shown
            .iter()
            .position(|r| r.path == "members[1]/member_age")
            .unwrap();
        assert!(age > first && shown[age].depth == shown[first].depth + 1);
        // The order is the form's: every answered question's position follows the walk.
        let order: Vec<&str> = form.walk().iter().map(|(n, _)| n.name.as_str()).collect();
        let top: Vec<usize> = shown
            .iter()
            .filter(|r| r.depth == 0)
            .map(|r| order.iter().position(|n| *n == r.name).unwrap())
            .collect();
        assert!(top.windows(2).all(|w| w[0] <= w[1]), "{top:?}");
    }

    #[test]
    fn a_dropped_answer_has_no_line_and_an_empty_group_no_heading() {
        let (form, mut answers) = household();
        let group = form
            .form
            .body
            .iter()
            .find(|n| n.kind == Kind::Group)
            .unwrap();
        for child in &group.children {
            answers.remove(&child.name);
        }
        let shown = rows(&form, &answers, "en", "r1");
        assert!(!shown.iter().any(|r| r.name == group.name));
        assert!(
            !shown
                .iter()
                .any(|r| r.kind == RowKind::Answer && r.value.is_empty())
        );
    }

    #[test]
    fn files_are_named_not_carried() {
        let mut form = demo::household_form();
        form.body.push(Node::new(
            "photo",
            Kind::Media {
                media: "image".into(),
            },
        ));
        let form = form.compile().unwrap();
        let mut answers = demo::sample_household();
        answers.insert(
            "photo".into(),
            Answer::Value("data:image/png;base64,iVBORw0KGgo=".into()),
        );
        let shown = rows(&form, &answers, "en", "rec");
        let photo = row(&shown, "photo");
        assert_eq!(photo.file.as_deref(), Some("rec-photo.png"));
        assert_eq!(photo.media.as_deref(), Some("image"));
        assert!(!photo.value.contains("base64"));
    }

    #[test]
    fn multiple_choices_are_joined_labels() {
        let (form, _) = household();
        let (node, list) = form
            .walk()
            .into_iter()
            .find_map(|(n, _)| match &n.kind {
                Kind::SelectMultiple { list } => Some((n, list.clone())),
                _ => None,
            })
            .expect("the demo has a multiple choice");
        let choices = form.choices(&list);
        let value = format!("{} {}", choices[0].name, choices[1].name);
        assert_eq!(
            shown_value(&form, node, &value, "fr"),
            format!(
                "{}, {}",
                choices[0].label.get("fr", "en"),
                choices[1].label.get("fr", "en")
            )
        );
    }

    #[test]
    fn a_correction_lists_what_changed() {
        let (form, before) = household();
        let mut after = before.clone();
        after.insert("comments".into(), Answer::Value("checked again".into()));
        let Some(Answer::Repeat(members)) = after.get_mut("members") else {
            panic!()
        };
        members[0].insert("member_age".into(), Answer::Value("41".into()));
        let old = rows(&form, &before, "en", "r");
        let new = rows(&form, &after, "en", "r");
        let changed = changes(&old, &new);
        let paths: Vec<&str> = changed.iter().map(|c| c.path.as_str()).collect();
        assert!(paths.contains(&"members[1]/member_age"), "{paths:?}");
        assert!(paths.contains(&"comments"), "{paths:?}");
        assert_eq!(changed.len(), 2, "{changed:#?}");
        assert!(changes(&new, &new).is_empty());
    }

    #[test]
    fn a_search_reads_only_what_the_name_reads() {
        let form = demo::household_form().compile().unwrap();
        let inputs = name_inputs(&form).expect("the demo names its records");
        assert_eq!(
            inputs.into_iter().collect::<Vec<_>>(),
            ["admin_area", "respondent_name"]
        );
        let answers = demo::sample_household();
        let json = serde_json::to_string(&answers).unwrap();
        let keep = name_inputs(&form).unwrap();
        let read = answers_only(&json, &keep).unwrap();
        assert_eq!(read.len(), 2);
        assert_eq!(
            form.instance_name(&read, "2026-11-25"),
            form.instance_name(&answers, "2026-11-25")
        );
    }

    #[test]
    fn names_match_ignoring_case() {
        assert!(name_matches("Amina – Camp 1", "amina"));
        assert!(name_matches("Amina – Camp 1", " CAMP "));
        assert!(!name_matches("Amina", ""));
        assert!(!name_matches("Amina", "fatima"));
    }
}

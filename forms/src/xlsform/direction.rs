//! Which way each of a form's languages is written, read from its own text. A column's
//! name is a weak witness: `Kurdish` is Sorani in the Arabic script or Kurmanji in the
//! Latin one, `Dari (da)` carries Danish's code, a language no list knows (`Rohingya`,
//! `my_language`) says nothing. The labels themselves say which way they run, and a phone
//! that shows Persian left to right puts every full stop and number in the wrong place.

use std::collections::BTreeMap;

use unicode_bidi::{BidiClass, bidi_class};

use crate::model::{Language, Node, Text};

/// At least this many texts with letters before their direction overrules the code's.
const SAMPLES: usize = 3;

/// Whether the first letter of `text` that has a direction runs right to left, skipping
/// `${references}` and `<markup>` (a label's `<span style=…>` is not its language).
/// `None` for text with no letters (numbers, punctuation, a bare reference).
pub fn first_strong_is_rtl(text: &str) -> Option<bool> {
    // A question's number in Latin letters (`Q1.`, `B2.3)`, `A1:`) says nothing of the
    // language it is written in: skipped, as the `${references}` are.
    let text = text.trim_start();
    let token = text.split_whitespace().next().unwrap_or("");
    let letters = token.bytes().take_while(u8::is_ascii_alphabetic).count();
    let numbered = (1..=3).contains(&letters)
        && token
            .as_bytes()
            .get(letters)
            .is_some_and(u8::is_ascii_digit)
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b".:)-_".contains(&b));
    let text = if numbered { &text[token.len()..] } else { text };
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '$' if chars.peek() == Some(&'{') => {
                chars.by_ref().find(|&c| c == '}');
            }
            '<' => {
                chars.by_ref().find(|&c| c == '>');
            }
            _ => match bidi_class(c) {
                BidiClass::L => return Some(false),
                BidiClass::R | BidiClass::AL => return Some(true),
                _ => {}
            },
        }
    }
    None
}

/// Sets each language's `rtl` from its questions' labels and hints where enough of them
/// run one way: four texts in five against the code's direction overrule it. Choices are
/// not counted: an Afghan form's 400 districts or partner names are often written in
/// English letters in the Dari column too, and would outvote its questions. A code that
/// is not a language tag (`default`, `my_language`) is left alone: its texts are shown
/// each in its own direction (`dir="auto"`). Returns a warning for each language whose
/// direction the text changed.
pub fn settle(languages: &mut [Language], body: &[Node]) -> Vec<String> {
    let mut counts: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut count = |text: &Text| {
        for (code, s) in &text.0 {
            if let Some(rtl) = first_strong_is_rtl(s) {
                let (r, l) = counts.entry(code.clone()).or_default();
                if rtl {
                    *r += 1;
                } else {
                    *l += 1;
                }
            }
        }
    };
    question_texts(body, &mut count);

    let mut warnings = Vec::new();
    for language in languages.iter_mut() {
        let Some(&(rtl, ltr)) = counts.get(&language.code) else {
            continue;
        };
        if crate::langtag::tag(&language.code).is_empty() {
            continue;
        }
        let total = rtl + ltr;
        let against = if language.rtl { ltr } else { rtl };
        if total >= SAMPLES && against * 5 >= total * 4 {
            language.rtl = !language.rtl;
            let way = if language.rtl {
                "right to left"
            } else {
                "left to right"
            };
            warnings.push(format!(
                "Language \"{}\": {against} of its {total} labels are written {way}, so it is shown {way}",
                language.name,
            ));
        }
    }
    warnings
}

/// Every label and hint of the questions, groups and notes (not the choices), each with
/// its texts in every language: what a column's script and direction are read from.
pub(super) fn question_texts(nodes: &[Node], each: &mut impl FnMut(&Text)) {
    for n in nodes {
        each(&n.label);
        each(&n.hint);
        question_texts(&n.children, each);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn language(code: &str, rtl: bool) -> Language {
        Language {
            code: code.into(),
            name: code.into(),
            rtl,
        }
    }

    fn node(labels: &[(&str, &str)]) -> Node {
        let mut n: Node = serde_json::from_str(r#"{"name":"q","kind":"text"}"#).unwrap();
        n.label = Text(
            labels
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        );
        n
    }

    #[test]
    fn the_first_letter_tells_the_direction_references_and_markup_aside() {
        assert_eq!(first_strong_is_rtl("سن سرپرست خانوار"), Some(true));
        assert_eq!(first_strong_is_rtl("${age} ساله"), Some(true));
        assert_eq!(
            first_strong_is_rtl("<span style=\"color:red\">عمر</span>"),
            Some(true)
        );
        assert_eq!(first_strong_is_rtl("12. Âge du chef"), Some(false));
        assert_eq!(first_strong_is_rtl("বয়স"), Some(false));
        assert_eq!(first_strong_is_rtl("١٢٣ - ${x}"), None);
        assert_eq!(first_strong_is_rtl("Q1. ما اسمك؟"), Some(true));
        assert_eq!(first_strong_is_rtl("B2.3) عمر"), Some(true));
        assert_eq!(first_strong_is_rtl("Q1. What is your name?"), Some(false));
        assert_eq!(first_strong_is_rtl("ACTED"), Some(false));
    }

    #[test]
    fn text_overrules_a_code_that_runs_the_other_way() {
        let body: Vec<Node> = ["سن", "جنس", "ولایت"]
            .iter()
            .map(|fa| node(&[("xxx", fa), ("ku", "Temen"), ("ps", "عمر"), ("en", "Age")]))
            .collect();
        // `xxx` (a code no list holds) knows no direction, Kurdish written in Latin letters, Pashto as its code says.
        let mut languages = vec![
            language("xxx", false),
            language("ku", true),
            language("ps", true),
            language("en", false),
        ];
        let warnings = settle(&mut languages, &body);
        let rtl: Vec<bool> = languages.iter().map(|l| l.rtl).collect();
        assert_eq!(rtl, [true, false, true, false]);
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(
            warnings[0].contains("\"xxx\": 3 of its 3 labels are written right to left"),
            "{warnings:?}"
        );
    }

    #[test]
    fn a_few_texts_or_a_mixed_column_leave_the_code_its_say() {
        // Two labels are too few; a column half in English (untranslated) keeps its code.
        let few = vec![node(&[("ps", "Age")]), node(&[("ps", "Sex")])];
        let mut languages = vec![language("ps", true)];
        assert!(settle(&mut languages, &few).is_empty());
        assert!(languages[0].rtl);
        // `default` (columns with no language) keeps showing each text its own way.
        let arabic: Vec<Node> = ["عمر", "جنس", "ولایت"]
            .iter()
            .map(|t| node(&[("default", t)]))
            .collect();
        let mut unnamed = vec![language("default", false)];
        assert!(settle(&mut unnamed, &arabic).is_empty());
        assert!(!unnamed[0].rtl);
        let half: Vec<Node> = ["Age", "Sex", "عمر", "جنس"]
            .iter()
            .map(|t| node(&[("ps", t)]))
            .collect();
        assert!(settle(&mut languages, &half).is_empty());
        assert!(languages[0].rtl);
    }
}

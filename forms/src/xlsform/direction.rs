//! Which way each of a form's languages is written, read from its own text. A column's
//! name is a weak witness: `Kurdish` is Sorani in the Arabic script or Kurmanji in the
//! Latin one, `Dari (da)` carries Danish's code, a language no list knows (`Rohingya`,
//! `my_language`) says nothing. The labels themselves say which way they run, and a phone
//! that shows Persian left to right puts every full stop and number in the wrong place.

use std::collections::BTreeMap;

use unicode_bidi::{BidiClass, bidi_class};

use crate::model::{Choice, Language, Node, Text};

/// At least this many texts with letters before their direction overrules the code's.
const SAMPLES: usize = 3;

/// Whether the first letter of `text` that has a direction runs right to left, skipping
/// `${references}` and `<markup>` (a label's `<span style=…>` is not its language).
/// `None` for text with no letters (numbers, punctuation, a bare reference).
pub fn first_strong_is_rtl(text: &str) -> Option<bool> {
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

/// Sets each language's `rtl` from its text where enough of it runs one way: four texts
/// in five against the code's direction overrule it. Returns a warning for each language
/// whose direction the text changed.
pub fn settle(
    languages: &mut [Language],
    body: &[Node],
    choices: &BTreeMap<String, Vec<Choice>>,
) -> Vec<String> {
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
    fn walk(nodes: &[Node], count: &mut impl FnMut(&Text)) {
        for n in nodes {
            count(&n.label);
            count(&n.hint);
            walk(&n.children, count);
        }
    }
    walk(body, &mut count);
    choices.values().flatten().for_each(|c| count(&c.label));

    let mut warnings = Vec::new();
    for language in languages.iter_mut() {
        let Some(&(rtl, ltr)) = counts.get(&language.code) else {
            continue;
        };
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
    }

    #[test]
    fn text_overrules_a_code_that_runs_the_other_way() {
        let body: Vec<Node> = ["سن", "جنس", "ولایت"]
            .iter()
            .map(|fa| node(&[("xx", fa), ("ku", "Temen"), ("ps", "عمر"), ("en", "Age")]))
            .collect();
        // `xx` knows no direction, Kurdish written in Latin letters, Pashto as its code says.
        let mut languages = vec![
            language("xx", false),
            language("ku", true),
            language("ps", true),
            language("en", false),
        ];
        let warnings = settle(&mut languages, &body, &BTreeMap::new());
        let rtl: Vec<bool> = languages.iter().map(|l| l.rtl).collect();
        assert_eq!(rtl, [true, false, true, false]);
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(
            warnings[0].contains("\"xx\": 3 of its 3 labels are written right to left"),
            "{warnings:?}"
        );
    }

    #[test]
    fn a_few_texts_or_a_mixed_column_leave_the_code_its_say() {
        // Two labels are too few; a column half in English (untranslated) keeps its code.
        let few = vec![node(&[("ps", "Age")]), node(&[("ps", "Sex")])];
        let mut languages = vec![language("ps", true)];
        assert!(settle(&mut languages, &few, &BTreeMap::new()).is_empty());
        assert!(languages[0].rtl);
        let half: Vec<Node> = ["Age", "Sex", "عمر", "جنس"]
            .iter()
            .map(|t| node(&[("ps", t)]))
            .collect();
        assert!(settle(&mut languages, &half, &BTreeMap::new()).is_empty());
        assert!(languages[0].rtl);
    }
}

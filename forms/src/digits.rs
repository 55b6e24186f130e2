//! Digits as people type them: a phone keyboard in Arabic, Dari, Bengali, Hindi or Burmese
//! types its own script's digits (`٣٤`, `۳۴`, `৩৪`, `३४`, `၃၄`), and the number is the same
//! as `34`. Answers, second factors and typed codes are read through [`to_ascii`] on the
//! phone and on the server alike, so both accept exactly the same text, and what is stored
//! and exported is always ASCII (analysts' tools read `34`, not `٣٤`).

use std::borrow::Cow;

use crate::expr::{Expr, Function};
use crate::model::{Answer, Answers, CompiledForm, Kind};

/// The zero of every decimal digit block Sauti's users type in. Each block holds the ten
/// digits 0-9 in order (Unicode `Nd`), so a digit's value is its distance from its zero.
const ZEROS: &[u32] = &[
    0x0660, // Arabic-Indic (Arabic)
    0x06F0, // Extended Arabic-Indic (Persian, Dari, Pashto, Urdu)
    0x07C0, // NKo (Manding languages)
    0x0966, // Devanagari (Hindi, Nepali, Marathi)
    0x09E6, // Bengali (Bengali, Assamese)
    0x0A66, // Gurmukhi (Punjabi)
    0x0AE6, // Gujarati
    0x0BE6, // Tamil
    0x0C66, // Telugu
    0x0CE6, // Kannada
    0x0D66, // Malayalam
    0x0E50, // Thai
    0x0ED0, // Lao
    0x0F20, // Tibetan
    0x1040, // Myanmar (Burmese)
    0x1090, // Myanmar Shan
    0x17E0, // Khmer
    0x1810, // Mongolian
    0xFF10, // Fullwidth (East Asian keyboards)
];

/// The ASCII digit a character stands for, if it is a decimal digit of a known script.
fn ascii_digit(c: char) -> Option<char> {
    let code = c as u32;
    ZEROS
        .iter()
        .find(|&&zero| (zero..zero + 10).contains(&code))
        .map(|zero| char::from(b'0' + (code - zero) as u8))
}

/// The ASCII form of a character typed in a number: a digit of any known script, the
/// Arabic decimal separator `٫` as `.`, and the minus sign `−` as `-`.
fn ascii(c: char) -> Option<char> {
    match c {
        '\u{066B}' => Some('.'),
        '\u{2212}' => Some('-'),
        c if c.is_ascii() => None,
        c => ascii_digit(c),
    }
}

/// `text` with every digit of a known script as its ASCII digit (and the Arabic decimal
/// separator as `.`); borrowed unchanged when there is nothing to convert, which is the
/// common case.
pub fn to_ascii(text: &str) -> Cow<'_, str> {
    if text.chars().all(|c| ascii(c).is_none()) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(|c| ascii(c).unwrap_or(c)).collect())
}

/// Whether a question's answer is a number (or numbers), read through [`to_ascii`].
fn numeric(kind: &Kind) -> bool {
    matches!(
        kind,
        Kind::Integer
            | Kind::Decimal
            | Kind::Range { .. }
            | Kind::Geopoint
            | Kind::Geotrace
            | Kind::Geoshape
    )
}

/// Whether the answer to `name` is typed as digits, and so kept in ASCII ones: a number or
/// a place, and a text question that holds digits: ODK's `numbers` appearance (a phone
/// number, an ID), or a constraint whose `regex()` admits digits and punctuation only
/// (`^0[0-9]{10}$`, real forms' phone numbers). A Dari keyboard types `۰۷۹۹…`, which such a
/// pattern, written with `[0-9]`, would refuse: the enumerator could not enter the number.
pub fn typed_as_digits(form: &CompiledForm, name: &str) -> bool {
    let Some(node) = form.node(name) else {
        return false;
    };
    if numeric(&node.kind) {
        return true;
    }
    if node.kind != Kind::Text {
        return false;
    }
    if node.has_appearance("numbers") {
        return true;
    }
    // Every pattern the constraint applies must be one of digits, and none of them
    // negated (`not(regex(., '[0-9]'))` asks for no digits at all).
    let Some(constraint) = form.exprs(name).and_then(|e| e.constraint.as_ref()) else {
        return false;
    };
    let (mut patterns, mut negated) = (0, false);
    let mut all_digits = true;
    constraint.walk(&mut |e| match e {
        Expr::Call(Function::Not, _) => negated = true,
        Expr::Call(Function::Regex, args) => {
            patterns += 1;
            all_digits &= matches!(args.as_slice(), [_, Expr::Str(p)] if admits_only_digits(p));
        }
        _ => {}
    });
    patterns > 0 && all_digits && !negated
}

/// Whether a pattern names digits (`[0-9]`, `\d`) and admits nothing but digits and the
/// punctuation of numbers: no letter of any script, no `.` (any character), no negated
/// class (`[^0-9]`), no escape but `\d`, `\s` and escaped punctuation (`\w`, `\D`, `\p{…}`
/// admit letters).
fn admits_only_digits(pattern: &str) -> bool {
    let mut chars = pattern.chars();
    let mut digit_class = pattern.contains("0-9");
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('d') => digit_class = true,
                Some('s') => {}
                Some(p) if p.is_ascii_punctuation() => {}
                _ => return false,
            },
            '.' => return false,
            '[' if pattern.contains("[^") => return false,
            c if c.is_alphabetic() => return false,
            _ => {}
        }
    }
    digit_class
}

/// Whether a numeric answer somewhere (at any level of repeats) holds a character
/// [`to_ascii`] would change.
fn has_script_digits(form: &CompiledForm, answers: &Answers) -> bool {
    answers.iter().any(|(name, answer)| match answer {
        Answer::Value(value) => {
            !value.is_ascii()
                && typed_as_digits(form, name)
                && matches!(to_ascii(value), Cow::Owned(_))
        }
        Answer::Repeat(instances) => instances.iter().any(|i| has_script_digits(form, i)),
    })
}

/// Rewrite every numeric answer (integers, decimals, ranges, geopoints, lines and areas,
/// at every level of repeats) with ASCII digits, so a record typed on a keyboard in another script is
/// checked, stored and exported as the same number. Answers the form does not know are
/// left alone (validation names them).
pub fn normalise_answers(form: &CompiledForm, answers: &mut Answers) {
    for (name, answer) in answers.iter_mut() {
        match answer {
            Answer::Value(value) => {
                if typed_as_digits(form, name)
                    && let Cow::Owned(ascii) = to_ascii(value)
                {
                    *value = ascii;
                }
            }
            Answer::Repeat(instances) => {
                for instance in instances {
                    normalise_answers(form, instance);
                }
            }
        }
    }
}

/// The answers with every numeric answer in ASCII digits, or `None` when they already
/// are (the usual case: nothing is copied).
pub fn normalised(form: &CompiledForm, answers: &Answers) -> Option<Answers> {
    has_script_digits(form, answers).then(|| {
        let mut copy = answers.clone();
        normalise_answers(form, &mut copy);
        copy
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scripts_digits_read_as_ascii() {
        for (typed, read) in [
            ("٣٤", "34"), // Arabic
            ("۳۴", "34"), // Persian / Dari / Pashto
            ("৩৪", "34"), // Bengali
            ("३४", "34"), // Devanagari
            ("၃၄", "34"), // Myanmar
            ("๓๔", "34"), // Thai
            ("១២", "12"), // Khmer
            ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
            ("٣٫٥", "3.5"), // Arabic decimal separator
            ("−٢", "-2"),   // minus sign
            ("12٣", "123"), // mixed
            ("abc", "abc"),
            ("ሀ", "ሀ"), // Ethiopic letters are not digits
        ] {
            assert_eq!(to_ascii(typed), read, "{typed}");
        }
    }

    #[test]
    fn numeric_answers_are_rewritten_at_every_level_and_text_is_not() {
        use crate::model::{Form, Node, Text};
        let mut form = crate::demo::chained_form(1);
        form.body = vec![
            Node::new("age", Kind::Integer),
            Node::new("note", Kind::Text),
            Node {
                children: vec![Node::new("weight", Kind::Decimal)],
                ..Node::new("members", Kind::Repeat)
            },
        ];
        form.title = Text::single("en", "Digits");
        let form: crate::model::CompiledForm = Form::compile(form).unwrap();
        let mut answers: Answers = serde_json::from_str(
            r#"{"age":"٣٤","note":"٣٤ سنة","members":[{"weight":"٦٢٫٥"},{"weight":"70"}]}"#,
        )
        .unwrap();
        let ascii = normalised(&form, &answers).expect("rewritten");
        let json = serde_json::to_string(&ascii).unwrap();
        assert_eq!(
            json,
            r#"{"age":"34","members":[{"weight":"62.5"},{"weight":"70"}],"note":"٣٤ سنة"}"#
        );
        assert!(normalised(&form, &ascii).is_none(), "already ASCII");
        normalise_answers(&form, &mut answers);
        assert_eq!(answers, ascii);
    }

    #[test]
    fn phone_numbers_and_ids_in_text_questions_are_digits_too() {
        use crate::model::{Form, Node, Text};
        let text = |name: &str, appearance: Option<&str>, constraint: Option<&str>| Node {
            appearance: appearance.map(String::from),
            constraint: constraint.map(String::from),
            ..Node::new(name, Kind::Text)
        };
        let mut form = crate::demo::chained_form(1);
        form.body = vec![
            text("phone", None, Some("regex(., '^[0]{1}[0-9]{10}$')")),
            text("mobile", None, Some("regex(., \"^[0-9+ -]{6,20}$\")")),
            text("id", Some("numbers"), None),
            text("code", None, Some("regex(., '^\\d{4}$') and . != '0000'")),
            text("plate", None, Some("regex(., '^[A-Z]{2}[0-9]{4}$')")),
            text("word", None, Some("regex(., '^\\w+$')")),
            text("note", None, None),
            // Patterns that admit letters, or ask for no digits, are not numbers.
            text("nodigit", None, Some("not(regex(., '[0-9]'))")),
            text("any", None, Some("regex(., '^.{3}[0-9]$')")),
            text("neg", None, Some("regex(., '^[^0-9]+$')")),
            text("mixed", None, Some("regex(., '^[0-9ا-ي]+$')")),
            text(
                "both",
                None,
                Some("regex(., '^[0-9]+$') and regex(., '^\\D')"),
            ),
        ];
        form.title = Text::single("en", "Phones");
        let form: CompiledForm = Form::compile(form).unwrap();
        let names = [
            "phone", "mobile", "id", "code", "plate", "word", "note", "nodigit", "any", "neg",
            "mixed", "both",
        ];
        let digits: Vec<&str> = names
            .into_iter()
            .filter(|n| typed_as_digits(&form, n))
            .collect();
        assert_eq!(digits, ["phone", "mobile", "id", "code"]);
        let mut answers: Answers = serde_json::from_str(
            r#"{"phone":"۰۷۹۹۱۲۳۴۵۶۷","code":"১২৩৪","plate":"KB١٢٣٤","note":"٣٤ سنة"}"#,
        )
        .unwrap();
        normalise_answers(&form, &mut answers);
        let json = serde_json::to_string(&answers).unwrap();
        assert_eq!(
            json,
            r#"{"code":"1234","note":"٣٤ سنة","phone":"07991234567","plate":"KB١٢٣٤"}"#
        );
        // Checked as the phone and the server check it: the pattern now accepts it.
        let errors = crate::validate::validate(&form, &answers, "2026-12-06");
        assert!(errors.iter().all(|e| e.name != "phone"), "{errors:?}");
    }

    #[test]
    fn ascii_text_is_borrowed_unchanged() {
        assert!(matches!(to_ascii("42.5"), Cow::Borrowed("42.5")));
        assert!(matches!(to_ascii("Camp 4"), Cow::Borrowed(_)));
    }

    #[test]
    fn every_block_has_ten_digits_that_unicode_calls_digits() {
        for &zero in ZEROS {
            for d in 0..10 {
                let c = char::from_u32(zero + d).unwrap();
                assert!(c.is_numeric(), "U+{:04X} is not a digit", zero + d);
                assert_eq!(ascii_digit(c), char::from_digit(d, 10));
            }
        }
    }
}

//! Answers shown inside labels: "How old is ${member_name}?". XLSForm writes a reference
//! in a label, hint or message as `${name}`; ODK shows the answer in its place (pyxform
//! makes it an `<output>`). The phone fills them in as the answers change; `Form::compile`
//! refuses a reference to a question the form does not have, as for an expression.

use crate::expr::{Expr, Scope};
use crate::model::Text;

/// The names a text refers to, in order (`${a} and ${b}` → `a`, `b`).
pub fn references(text: &str) -> impl Iterator<Item = &str> {
    text.split("${")
        .skip(1)
        .filter_map(|rest| rest.split_once('}'))
        .map(|(name, _)| name.trim())
        .filter(|name| !name.is_empty())
}

/// The first `${…}` of `text` that is not a reference: no closing `}` before the next
/// `${` or the end (`${patient_id)`, a real label's typo), or something other than a name
/// inside (`${patient id}`, `${a)b}`). Returned as written, up to where it goes wrong.
/// `${}`, `${ name }` and `${last-saved#name}` are references (or nothing).
pub fn malformed_reference(text: &str) -> Option<&str> {
    let mut rest = text;
    while let Some(start) = rest.find("${") {
        let after = &rest[start + 2..];
        let end = after.find('}');
        let next = after.find("${");
        let Some(end) = end.filter(|&e| next.is_none_or(|n| e < n)) else {
            let shown = after
                .find(char::is_whitespace)
                .map_or(&rest[start..], |w| &rest[start..start + 2 + w]);
            return Some(shown);
        };
        let name = after[..end].trim();
        let name = name.strip_prefix("last-saved#").unwrap_or(name);
        // A name of any script (its combining marks too), no space, no ASCII punctuation
        // but `_ - . :`, not starting with a digit or `- . :`.
        let valid = name.chars().enumerate().all(|(i, c)| {
            !c.is_whitespace()
                && (!c.is_ascii_punctuation() || "_-.:".contains(c))
                && !(i == 0 && (c.is_ascii_digit() || "-.:".contains(c)))
        });
        if !valid {
            return Some(&rest[start..start + 2 + end + 1]);
        }
        rest = &after[end + 1..];
    }
    None
}

/// Every reference in every language of a text.
pub fn text_references(text: &Text) -> impl Iterator<Item = &str> {
    text.0.values().flat_map(|t| references(t))
}

/// The text with each `${name}` replaced by `value(name)`. Text without a reference is
/// returned as it is, without copying the answers.
pub fn fill(text: &str, mut value: impl FnMut(&str) -> String) -> String {
    if !text.contains("${") {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("${") {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        out.push_str(&rest[..start]);
        let name = rest[start + 2..start + len].trim();
        out.push_str(&value(name));
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// A reference's answer as a label shows it, read from `scope` (its instance: a member's
/// own name in that member's questions). A calculation naming a choice's label
/// (`jr:choice-name`) is kept in the form's default language; a label in another language
/// shows it in its own, as ODK does ("Vous avez choisi : Puits", not "Well"), when the
/// kept value is what the calculation gives here: a value typed over, set by a trigger,
/// another repeat instance's, or worked out from answers this reader is not shown, is
/// shown as kept.
pub fn answer(scope: &Scope<'_>, name: &str) -> String {
    let kept = scope.eval(&Expr::Ref(name.to_string())).as_string();
    if kept.is_empty() || scope.lang.is_empty() || scope.lang == scope.form.form.default_language {
        return kept;
    }
    let Some(calculation) = scope
        .form
        .exprs(name)
        .and_then(|e| e.calculation.as_ref())
        .filter(|c| c.calls(crate::expr::Function::ChoiceName))
    else {
        return kept;
    };
    let here = Scope {
        current: Some(name),
        lang: "",
        ..*scope
    };
    if here.eval(calculation).as_string() != kept {
        return kept;
    }
    Scope {
        lang: scope.lang,
        ..here
    }
    .eval(calculation)
    .as_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Answer, Answers, Step};

    /// "You chose ${water_label}" where `water_label` is `jr:choice-name(..)`: the record
    /// keeps the default language's label (the same whoever asked; the server checks it),
    /// the Arabic note shows the Arabic one.
    #[test]
    fn a_choice_s_label_named_by_a_calculation_is_shown_in_the_text_s_language() {
        let mut form = crate::demo::household_form();
        form.body.push(crate::model::Node {
            calculation: Some("jr:choice-name(${water_source}, '${water_source}')".into()),
            ..crate::model::Node::new("water_label", crate::model::Kind::Calculate)
        });
        let form = form.compile().unwrap();
        let mut answers =
            Answers::from([("water_source".to_string(), Answer::Value("truck".into()))]);
        crate::validate::settle(&form, &mut answers, "2026-11-26");
        assert_eq!(
            answers.get("water_label"),
            Some(&Answer::Value("Water truck".into()))
        );
        let shown = |lang: &str| {
            let scope = Scope {
                lang,
                ..Scope::top(&form, &answers, "2026-11-26")
            };
            fill("${water_label}", |n| answer(&scope, n))
        };
        assert_eq!(shown("ar"), "شاحنة مياه");
        assert_eq!(shown("en"), "Water truck");
        assert_eq!(shown(""), "Water truck");
        // A value that is not the calculation's here (typed over by the enumerator, set
        // by a trigger, read from answers this reader is not shown): shown as kept.
        let mut typed = answers.clone();
        typed.insert(
            "water_label".into(),
            Answer::Value("Well behind the school".into()),
        );
        let scope = Scope {
            lang: "ar",
            ..Scope::top(&form, &typed, "2026-11-26")
        };
        assert_eq!(answer(&scope, "water_label"), "Well behind the school");
        let mut hidden = answers.clone();
        hidden.remove("water_source");
        let scope = Scope {
            lang: "ar",
            ..Scope::top(&form, &hidden, "2026-11-26")
        };
        assert_eq!(answer(&scope, "water_label"), "Water truck");
        // Nothing chosen: nothing shown, in any language.
        let none = Answers::new();
        let scope = Scope {
            lang: "ar",
            ..Scope::top(&form, &none, "2026-11-26")
        };
        assert_eq!(answer(&scope, "water_label"), "");
    }

    #[test]
    fn a_reference_without_its_brace_or_its_name_is_found() {
        assert_eq!(
            malformed_reference("Apa dosis Kolera melakukan ${patient_id) yang diterima?"),
            Some("${patient_id)")
        );
        assert_eq!(malformed_reference("${a} and ${b"), Some("${b"));
        assert_eq!(malformed_reference("${a and ${b}"), Some("${a"));
        assert_eq!(malformed_reference("${patient id}"), Some("${patient id}"));
        for fine in [
            "no reference",
            "Is ${a} older than ${ b }? ${}",
            "${last-saved#village}",
            "${q1.2} ${हिन्दी_नाम} ${a-b}",
            "costs $5 {approx}",
        ] {
            assert_eq!(malformed_reference(fine), None, "{fine}");
        }
    }

    #[test]
    fn references_are_filled_with_answers_of_their_instance() {
        assert_eq!(
            references("Is ${a} older than ${ b }? ${}").collect::<Vec<_>>(),
            ["a", "b"]
        );
        assert_eq!(fill("no reference", |_| unreachable!()), "no reference");
        assert_eq!(
            fill("${x} and ${y} (${unclosed", |n| n.to_uppercase()),
            "X and Y (${unclosed"
        );
        let form = crate::demo::household_form().compile().unwrap();
        let member =
            |name: &str| Answers::from([("member_name".to_string(), Answer::Value(name.into()))]);
        let answers = Answers::from([(
            "members".to_string(),
            Answer::Repeat(vec![member("Fatima"), member("Ali")]),
        )]);
        let at: [Step; 1] = [("members".into(), 1)];
        let scope = Scope {
            form: &form,
            answers: &answers,
            instance: &at,
            current: None,
            today: "2026-11-26",
            choice: None,
            last_saved: None,
            lang: "",
        };
        assert_eq!(
            fill("How old is ${member_name}?", |n| answer(&scope, n)),
            "How old is Ali?"
        );
    }
}

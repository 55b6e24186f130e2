//! The values the corpus walk types into a number or text question, read from the
//! question's own `constraint` first, as an enumerator reads the rule before typing.
//!
//! A fixed list of plausible answers met most real constraints but not all: an 11-digit
//! phone number starting with 0 (`regex(., '^[0]{1}[0-9]{10}$')`), a year between 1900 and
//! 2020, an age over 3 typed in a text field. Guessing more fixed values per form would
//! only move the problem to the next form, so the walk reads the shapes constraints take:
//! each number the constraint names gives that number, its neighbours and the midpoints
//! between them (`. > 17 and . < 120`: 18, 119, 68); each `regex()` pattern gives a text
//! it matches (built from the pattern's syntax tree); each length a `string-length()`
//! compares with gives a text of that length. Every value is then checked with Sauti's
//! own evaluator, the one the phone uses, with the question alone answered: the values
//! the constraint accepts come first, the plain ones before the derived ones. A constraint that reads other answers
//! (`. <= ${female_population}`) is judged on the phone, where the walk tries the next
//! value when a value is refused.

use forms::expr::{Expr, Function};
use forms::model::{CompiledForm, Kind, Node};
use regex_syntax::hir::{Class, Hir, HirKind};

/// The most values offered for one question (the walk tries a handful).
const MOST: usize = 16;
/// The widest range of whole numbers offered one by one ([`whole_range`]).
const RANGE: f64 = 20.0;
/// The longest text made for a pattern's repetition or a `string-length()` bound.
const LONGEST: u32 = 64;
/// "Today" while checking values: no number or text constraint of the corpus reads it.
const TODAY: &str = "2026-06-15";

/// The values to type into `node`, best first; empty for a question that is not typed
/// as a number or a text, or a date its constraint names.
pub fn candidates(form: &CompiledForm, node: &Node) -> Vec<String> {
    let plain: &[&str] = match node.kind {
        // A negative one early: a net pay less than a debt owed (`. < ${pay}`, pay -3).
        Kind::Integer => &["3", "1", "0", "10", "-5", "100", "25", "50", "2", "5", "18"],
        Kind::Decimal => &["2.5", "1", "0", "10", "-2.5", "100", "0.5", "50"],
        Kind::Text if node.has_appearance("numbers") => &["0712345678", "12345", "1"],
        // A full name last (`contains(., ' ')`: first and last name, a French field form).
        Kind::Text => &[
            "Amina",
            "123456",
            "yes",
            "1",
            "amina@example.org",
            "A1",
            "ABC12",
            "Amina Yusuf",
        ],
        Kind::Date => return dates(form, node),
        _ => return Vec::new(),
    };
    let constraint = node.constraint.as_deref().and_then(|c| Expr::parse(c).ok());
    // Plain values first: where one meets the rule it reads like an answer (a name for
    // a name, not the `52` that `string-length(.) < 51` suggests).
    let mut values: Vec<String> = plain.iter().map(|v| v.to_string()).collect();
    let mut range = Vec::new();
    if let Some(c) = &constraint {
        values.extend(from_constraint(c, &node.kind));
        if node.kind == Kind::Integer {
            range = whole_range(c);
            values.extend(range.iter().cloned());
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    values.retain(|v| seen.insert(v.clone()));
    if let Some(constraint) = &constraint {
        // Stable: within each part, the order above (plain values, then derived ones).
        let (mut kept, refused): (Vec<_>, Vec<_>) = values
            .into_iter()
            .partition(|v| holds(form, node, constraint, v));
        // Of the values refused with the other questions unanswered, the whole numbers
        // of a short range first: a rule tying answers together (`. + ${low} + ${high}
        // = 10`, years adding up to 10) is met by one of them once the others are.
        let (far, near): (Vec<_>, Vec<_>) = refused.into_iter().partition(|v| !range.contains(v));
        kept.extend(range.iter().filter(|v| near.contains(v)).cloned());
        kept.extend(far);
        values = kept;
    }
    values.truncate(MOST);
    values
}

/// Values the constraint's numbers, patterns and lengths suggest, fit for the kind.
fn from_constraint(constraint: &Expr, kind: &Kind) -> Vec<String> {
    let mut numbers = Vec::new();
    let mut texts = Vec::new();
    constraint.walk(&mut |e| match e {
        Expr::Number(n) => numbers.push(*n),
        Expr::Neg(inner) => {
            if let Expr::Number(n) = **inner {
                numbers.push(-n);
            }
        }
        Expr::Call(Function::Regex, args) => {
            if let Some(Expr::Str(pattern)) = args.get(1) {
                texts.extend(matching(pattern));
            }
        }
        _ => {}
    });
    numbers.sort_by(f64::total_cmp);
    numbers.dedup();
    let mut out: Vec<f64> = Vec::new();
    for n in &numbers {
        out.extend([*n + 1.0, *n - 1.0, *n]);
    }
    out.extend(numbers.windows(2).map(|w| (w[0] + w[1]) / 2.0));
    let integer = matches!(kind, Kind::Integer);
    let mut values: Vec<String> = out
        .into_iter()
        .map(|n| if integer { n.floor() } else { n })
        .map(forms_number)
        .collect();
    if matches!(kind, Kind::Text) {
        values.extend(texts);
        // `string-length(.) = 11`, `< 6`: digits (fit for a numeric keypad) of each length.
        for n in numbers {
            if n >= 1.0 && n <= f64::from(LONGEST) && n.fract() == 0.0 {
                values.push("1".repeat(n as usize));
                values.push("1".repeat(n as usize - 1));
            }
        }
        values.retain(|v| !v.is_empty());
    } else {
        // A phone number asked as a whole number with a pattern (`regex(.,
        // '^[0]{0,1}[0-9]{9}$')` on an integer, a Somali site assessment): the pattern's
        // texts that are numbers.
        values.extend(
            texts
                .into_iter()
                .filter(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())),
        );
    }
    values
}

/// The dates a date question's constraint names (`. >= date('2019-10-01') and . <=
/// date('2020-04-01')`: a month-year question of a real form), each, its neighbours and
/// the middle between two, that the constraint accepts; none when it names no date (the
/// walk's own dates are then tried).
fn dates(form: &CompiledForm, node: &Node) -> Vec<String> {
    let Some(constraint) = node.constraint.as_deref().and_then(|c| Expr::parse(c).ok()) else {
        return Vec::new();
    };
    let mut days: Vec<i64> = Vec::new();
    constraint.walk(&mut |e| {
        if let Expr::Str(s) = e
            && s.len() == 10
            && let Some(d) = forms::dates::to_days(s)
        {
            days.push(d as i64);
        }
    });
    days.sort_unstable();
    days.dedup();
    let mut around: Vec<i64> = days.iter().flat_map(|&d| [d, d + 1, d - 1]).collect();
    around.extend(days.windows(2).map(|w| (w[0] + w[1]) / 2));
    let mut seen = std::collections::BTreeSet::new();
    around
        .into_iter()
        .map(forms::dates::iso_date)
        .filter(|v| seen.insert(v.clone()) && holds(form, node, &constraint, v))
        .take(MOST)
        .collect()
}

/// Every whole number from the constraint's smallest number to its largest, when they are
/// at most [`RANGE`] apart (`. >= 0 and . <= 10`: 0 to 10); none otherwise.
fn whole_range(constraint: &Expr) -> Vec<String> {
    let mut numbers = Vec::new();
    constraint.walk(&mut |e| {
        if let Expr::Number(n) = e {
            numbers.push(*n);
        }
    });
    let (Some(low), Some(high)) = (
        numbers.iter().copied().reduce(f64::min),
        numbers.iter().copied().reduce(f64::max),
    ) else {
        return Vec::new();
    };
    if high - low > RANGE || high <= low {
        return Vec::new();
    }
    (low.ceil() as i64..=high.floor() as i64)
        .map(|n| n.to_string())
        .collect()
}

/// A number as a phone's typed answer: no fraction for a whole number.
fn forms_number(n: f64) -> String {
    if n.fract() == 0.0 {
        format!("{n:.0}")
    } else {
        format!("{n}")
    }
}

/// Texts the pattern matches: made of digits where the pattern allows it (three, each
/// of other digits: a second phone number that must differ from the first), then one of
/// letters. None for a pattern that does not parse (the phone refuses every value then).
fn matching(pattern: &str) -> Vec<String> {
    let Ok(hir) = regex_syntax::Parser::new().parse(pattern) else {
        return Vec::new();
    };
    let mut out: Vec<String> = ["1a", "2a", "3a", "a1"]
        .iter()
        .filter_map(|prefer| {
            let mut out = String::new();
            sample(&hir, prefer, &mut out).then_some(out)
        })
        .collect();
    let mut seen = std::collections::BTreeSet::new();
    out.retain(|t| seen.insert(t.clone()));
    out
}

/// Write one text `hir` matches into `out`, choosing in each class the first of
/// `prefer`'s kinds it holds (a digit: digits from that one on, `a`: letters); false
/// where it cannot.
fn sample(hir: &Hir, prefer: &str, out: &mut String) -> bool {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => true,
        HirKind::Literal(literal) => match std::str::from_utf8(&literal.0) {
            Ok(text) => {
                out.push_str(text);
                true
            }
            Err(_) => false,
        },
        HirKind::Class(Class::Unicode(class)) => {
            let ranges: Vec<(char, char)> = class
                .ranges()
                .iter()
                .map(|r| (r.start(), r.end()))
                .collect();
            pick(&ranges, prefer).map(|c| out.push(c)).is_some()
        }
        HirKind::Class(Class::Bytes(class)) => {
            let ranges: Vec<(char, char)> = class
                .ranges()
                .iter()
                .map(|r| (char::from(r.start()), char::from(r.end())))
                .collect();
            pick(&ranges, prefer).map(|c| out.push(c)).is_some()
        }
        HirKind::Repetition(repetition) => {
            // At least once where allowed: an answer is rarely meant to be empty.
            let most = repetition.max.unwrap_or(LONGEST).min(LONGEST);
            let times = repetition.min.max(1).min(most);
            (0..times).all(|_| sample(&repetition.sub, prefer, out))
        }
        HirKind::Capture(capture) => sample(&capture.sub, prefer, out),
        HirKind::Concat(parts) => parts.iter().all(|p| sample(p, prefer, out)),
        HirKind::Alternation(branches) => branches.first().is_some_and(|b| sample(b, prefer, out)),
    }
}

/// A character of the class: the first of the preferred kinds it holds, else its first
/// letter or digit, else its first printable one.
fn pick(ranges: &[(char, char)], prefer: &str) -> Option<char> {
    let holds = |c: char| ranges.iter().any(|&(a, b)| a <= c && c <= b);
    let digits = "12345678901234567890";
    let kinds = prefer.chars().map(|k| match digits.find(k) {
        Some(at) => &digits[at..at + 10],
        None => "aAbBcCxX",
    });
    kinds.flat_map(str::chars).find(|&c| holds(c)).or_else(|| {
        let some = || ranges.iter().flat_map(|&(a, b)| (a..=b).take(128));
        some()
            .find(|c| c.is_alphanumeric())
            .or_else(|| some().find(char::is_ascii_graphic))
    })
}

/// Whether the constraint accepts `value` as the question's answer, the other questions
/// unanswered (inside its repeats, as their first instance).
fn holds(form: &CompiledForm, node: &Node, constraint: &Expr, value: &str) -> bool {
    forms::validate::holds_alone(form, &node.name, constraint, value, TODAY)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A form of one question of `kind` with `constraint` (and `appearance`), compiled.
    fn one(kind: Kind, constraint: &str, appearance: Option<&str>) -> (CompiledForm, Node) {
        let mut node = Node::new("q", kind);
        node.constraint = Some(constraint.to_string()).filter(|c| !c.is_empty());
        node.appearance = appearance.map(str::to_string);
        let mut form = forms::demo::household_form();
        form.body = vec![node];
        form.instance_name = None;
        let compiled = form.compile().unwrap();
        let node = compiled.node("q").unwrap().clone();
        (compiled, node)
    }

    fn first(kind: Kind, constraint: &str, appearance: Option<&str>) -> String {
        let (form, node) = one(kind, constraint, appearance);
        candidates(&form, &node).remove(0)
    }

    /// The five constraints of the wild corpus the fixed list missed: the first value
    /// offered now meets each (checked again here with the same evaluator).
    #[test]
    fn the_first_value_meets_the_constraints_the_fixed_list_missed() {
        for (kind, constraint, appearance) in [
            (Kind::Text, "regex(., '^[0]{1}[0-9]{10}$')", None),
            (Kind::Integer, ".>1900 and .<2020", None),
            (Kind::Text, ".>3 and .<130", Some("numbers")),
            (Kind::Integer, ".> 17 and .< 120", None),
            (Kind::Text, "regex(.,'^[:digit:]{6}$')", Some("numbers")),
            (Kind::Integer, ".=0 or .>=9999 and .<= 10000000", None),
            (Kind::Text, "string-length(.) = 11", None),
            (Kind::Decimal, ". > -1 and . < 0.5", None),
            (Kind::Integer, "regex(., '^[0]{0,1}[0-9]{9}$')", None),
        ] {
            let (form, node) = one(kind.clone(), constraint, appearance);
            let value = candidates(&form, &node).remove(0);
            let expr = Expr::parse(constraint).unwrap();
            assert!(holds(&form, &node, &expr, &value), "{constraint}: {value}");
        }
        assert_eq!(
            first(Kind::Text, "regex(., '^[0]{1}[0-9]{10}$')", None),
            "01111111111"
        );
        assert_eq!(first(Kind::Integer, ".>1900 and .<2020", None), "1901");
    }

    /// Without a constraint the plain values come in their order, and a constraint that
    /// reads another answer leaves the order to the phone's verdicts.
    #[test]
    fn plain_values_stay_in_their_order() {
        assert_eq!(first(Kind::Integer, ".", None), "3");
        assert_eq!(first(Kind::Integer, ". < -3", None), "-5");
        let (form, node) = one(Kind::Text, "", None);
        assert_eq!(candidates(&form, &node)[..2], ["Amina", "123456"]);
        let (form, node) = one(Kind::Integer, ". >= 0 and . <= 10 and . = 10", None);
        assert_eq!(
            candidates(&form, &node)[..4],
            ["10", "0", "1", "2"],
            "what holds, then the range's numbers in order"
        );
        let (form, node) = one(Kind::Date, ". > 3", None);
        assert!(
            candidates(&form, &node).is_empty(),
            "dates are the walk's own"
        );
        // A date the constraint names: the ends it accepts, then what lies between.
        let (form, node) = one(
            Kind::Date,
            ".>=date(\"2019-10-01\") and .<=date(\"2020-04-01\")",
            Some("month-year"),
        );
        assert_eq!(
            candidates(&form, &node),
            [
                "2019-10-01",
                "2019-10-02",
                "2020-04-01",
                "2020-03-31",
                "2019-12-31"
            ]
        );
    }

    /// A pattern gives texts it matches; a class written without its outer brackets
    /// (`[:digit:]`) is the characters `:digit`, as in Collect and Enketo.
    #[test]
    fn patterns_give_texts_they_match() {
        assert_eq!(
            matching("^[A-Z]{2}-[0-9]{3}$"),
            ["AA-111", "AA-222", "AA-333"]
        );
        assert_eq!(
            matching("^[6-9][0-9]{9}$")[..2],
            ["6111111111", "6222222222"],
            "a second number differs from the first"
        );
        assert_eq!(matching("^(yes|no)$")[0], "yes");
        assert_eq!(matching("^[^0-9]+$")[0], "a");
        assert_eq!(matching("^[:digit:]{6}$")[0], "dddddd");
        assert!(matching("([a-z").is_empty());
    }
}

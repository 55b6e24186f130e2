//! Evaluation with XPath 1.0 conversions, as ODK and Enketo apply them: an empty answer is
//! the empty string, which is `NaN` as a number and false as a boolean.

use super::{BinOp, Expr};
use crate::model::{Answer, Answers, Choice, CompiledForm, Kind};

/// The value of an expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Str(String),
    Num(f64),
    Bool(bool),
    /// The values of one question across every instance of a repeat.
    Nodes(Vec<String>),
}

/// What an expression can see: the form, the answers, and where it is evaluated.
#[derive(Debug, Clone, Copy)]
pub struct Scope<'a> {
    pub form: &'a CompiledForm,
    pub answers: &'a Answers,
    /// The repeat instance the expression belongs to: (repeat name, 0-based index).
    pub instance: Option<(&'a str, usize)>,
    /// The question `.` stands for.
    pub current: Option<&'a str>,
    /// Today's date as `YYYY-MM-DD`, given by the caller so evaluation stays pure.
    pub today: &'a str,
    /// The choice a `choice_filter` is deciding about; bare names read its columns.
    pub choice: Option<&'a Choice>,
}

/// Format a number the way XPath `string()` does: integers without a fraction.
pub(crate) fn format_number(n: f64) -> String {
    if n.is_nan() {
        "NaN".into()
    } else if n.is_infinite() {
        if n > 0.0 { "Infinity" } else { "-Infinity" }.into()
    } else if n == n.trunc() && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

fn str_to_num(s: &str) -> f64 {
    let t = s.trim();
    if t.is_empty() {
        return f64::NAN;
    }
    // XPath numbers: digits with an optional point and sign; no exponents, no "inf".
    let digits = t.strip_prefix('-').unwrap_or(t);
    if digits.chars().all(|c| c.is_ascii_digit() || c == '.') && digits.matches('.').count() <= 1 {
        t.parse().unwrap_or(f64::NAN)
    } else {
        f64::NAN
    }
}

impl Value {
    pub fn as_num(&self) -> f64 {
        match self {
            Value::Num(n) => *n,
            Value::Bool(b) => f64::from(u8::from(*b)),
            Value::Str(s) => str_to_num(s),
            Value::Nodes(v) => v.first().map_or(f64::NAN, |s| str_to_num(s)),
        }
    }

    pub fn as_bool(&self) -> bool {
        match self {
            Value::Num(n) => *n != 0.0 && !n.is_nan(),
            Value::Bool(b) => *b,
            Value::Str(s) => !s.is_empty(),
            Value::Nodes(v) => !v.is_empty(),
        }
    }

    pub fn as_string(&self) -> String {
        match self {
            Value::Num(n) => format_number(*n),
            Value::Bool(b) => b.to_string(),
            Value::Str(s) => s.clone(),
            Value::Nodes(v) => v.first().cloned().unwrap_or_default(),
        }
    }

    /// The value a calculation stores: NaN and empty results store as empty.
    pub fn as_answer(&self) -> String {
        match self {
            Value::Num(n) if n.is_nan() => String::new(),
            other => other.as_string(),
        }
    }
}

const FUNCTIONS: &[(&str, usize, usize)] = &[
    ("if", 3, 3),
    ("not", 1, 1),
    ("true", 0, 0),
    ("false", 0, 0),
    ("boolean", 1, 1),
    ("number", 1, 1),
    ("string", 1, 1),
    ("int", 1, 1),
    ("round", 1, 2),
    ("selected", 2, 2),
    ("count-selected", 1, 1),
    ("count", 1, 1),
    ("sum", 1, 1),
    ("min", 1, usize::MAX),
    ("max", 1, usize::MAX),
    ("string-length", 1, 1),
    ("concat", 0, usize::MAX),
    ("coalesce", 2, 2),
    ("contains", 2, 2),
    ("starts-with", 2, 2),
    ("ends-with", 2, 2),
    ("regex", 2, 2),
    ("today", 0, 0),
    ("jr:choice-name", 2, 2),
];

/// Whether `name` is a function this evaluator knows, called with an accepted argument count.
pub(super) fn check_call(name: &str, args: usize) -> Result<(), String> {
    let Some(&(_, min, max)) = FUNCTIONS.iter().find(|(n, ..)| *n == name) else {
        return Err(format!("`{name}()` is not a function Sauti knows"));
    };
    if args < min || args > max {
        let expected = if min == max {
            format!("{min}")
        } else if max == usize::MAX {
            format!("at least {min}")
        } else {
            format!("{min} to {max}")
        };
        return Err(format!(
            "`{name}()` takes {expected} argument(s), not {args}"
        ));
    }
    Ok(())
}

impl Scope<'_> {
    fn lookup(&self, name: &str) -> Value {
        let Some(location) = self.form.location(name) else {
            return Value::Str(String::new());
        };
        let is_repeat = self.form.node(name).is_some_and(|n| n.kind == Kind::Repeat);
        if is_repeat {
            let n = match self.answers.get(name) {
                Some(Answer::Repeat(items)) => items.len(),
                _ => 0,
            };
            return Value::Nodes(vec![String::new(); n]);
        }
        match &location.repeat {
            None => Value::Str(value_of(self.answers, name)),
            Some(repeat) => {
                let instances = match self.answers.get(repeat) {
                    Some(Answer::Repeat(items)) => items.as_slice(),
                    _ => &[],
                };
                match self.instance {
                    Some((r, i)) if r == repeat => Value::Str(
                        instances
                            .get(i)
                            .map(|a| value_of(a, name))
                            .unwrap_or_default(),
                    ),
                    _ => Value::Nodes(instances.iter().map(|a| value_of(a, name)).collect()),
                }
            }
        }
    }

    /// Evaluate an expression in this scope.
    pub fn eval(&self, expr: &Expr) -> Value {
        match expr {
            Expr::Ref(name) => self.lookup(name),
            Expr::Current => self
                .current
                .map_or(Value::Str(String::new()), |n| self.lookup(n)),
            Expr::Name(column) => Value::Str(
                self.choice
                    .map(|c| choice_column(c, column))
                    .unwrap_or_default(),
            ),
            Expr::Number(n) => Value::Num(*n),
            Expr::Str(s) => Value::Str(s.clone()),
            Expr::Neg(inner) => Value::Num(-self.eval(inner).as_num()),
            Expr::Binary(op, a, b) => self.binary(*op, a, b),
            Expr::Call(name, args) => self.call(name, args),
        }
    }

    fn binary(&self, op: BinOp, a: &Expr, b: &Expr) -> Value {
        match op {
            BinOp::Or => Value::Bool(self.eval(a).as_bool() || self.eval(b).as_bool()),
            BinOp::And => Value::Bool(self.eval(a).as_bool() && self.eval(b).as_bool()),
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
                Value::Bool(compare(op, &self.eval(a), &self.eval(b)))
            }
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Mod => {
                let (x, y) = (self.eval(a).as_num(), self.eval(b).as_num());
                Value::Num(match op {
                    BinOp::Add => x + y,
                    BinOp::Sub => x - y,
                    BinOp::Mul => x * y,
                    BinOp::Div => x / y,
                    _ => x % y,
                })
            }
        }
    }

    fn call(&self, name: &str, args: &[Expr]) -> Value {
        let arg = |i: usize| self.eval(&args[i]);
        match name {
            "if" => {
                if arg(0).as_bool() {
                    arg(1)
                } else {
                    arg(2)
                }
            }
            "not" => Value::Bool(!arg(0).as_bool()),
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            "boolean" => Value::Bool(arg(0).as_bool()),
            "number" => Value::Num(arg(0).as_num()),
            "string" => Value::Str(arg(0).as_string()),
            "int" => Value::Num(arg(0).as_num().trunc()),
            "round" => {
                let digits = if args.len() > 1 { arg(1).as_num() } else { 0.0 };
                let factor = 10f64.powi(digits as i32);
                Value::Num((arg(0).as_num() * factor).round() / factor)
            }
            "selected" => {
                let wanted = arg(1).as_string();
                Value::Bool(arg(0).as_string().split_whitespace().any(|c| c == wanted))
            }
            "count-selected" => Value::Num(arg(0).as_string().split_whitespace().count() as f64),
            "count" => Value::Num(match arg(0) {
                Value::Nodes(v) => v.len() as f64,
                _ => 0.0,
            }),
            "sum" => Value::Num(match arg(0) {
                Value::Nodes(v) => v.iter().map(|s| str_to_num(s)).sum(),
                other => other.as_num(),
            }),
            "min" | "max" => {
                let mut numbers = Vec::new();
                for a in args {
                    match self.eval(a) {
                        Value::Nodes(v) => numbers.extend(v.iter().map(|s| str_to_num(s))),
                        other => numbers.push(other.as_num()),
                    }
                }
                if numbers.is_empty() || numbers.iter().any(|n| n.is_nan()) {
                    return Value::Num(f64::NAN);
                }
                let pick = if name == "min" { f64::min } else { f64::max };
                Value::Num(numbers.into_iter().reduce(pick).unwrap_or(f64::NAN))
            }
            "string-length" => Value::Num(arg(0).as_string().chars().count() as f64),
            "concat" => Value::Str(args.iter().map(|a| self.eval(a).as_string()).collect()),
            "coalesce" => {
                let first = arg(0).as_string();
                if first.is_empty() {
                    arg(1)
                } else {
                    Value::Str(first)
                }
            }
            "contains" => Value::Bool(arg(0).as_string().contains(&arg(1).as_string())),
            "starts-with" => Value::Bool(arg(0).as_string().starts_with(&arg(1).as_string())),
            "ends-with" => Value::Bool(arg(0).as_string().ends_with(&arg(1).as_string())),
            "regex" => Value::Bool(simple_regex(&arg(1).as_string(), &arg(0).as_string())),
            "today" => Value::Str(self.today.to_string()),
            "jr:choice-name" => {
                Value::Str(self.choice_name(&arg(0).as_string(), &arg(1).as_string()))
            }
            _ => Value::Str(String::new()),
        }
    }
}

impl Scope<'_> {
    /// The label (default language) of choice `value` of the question written as `'${name}'`.
    fn choice_name(&self, value: &str, question: &str) -> String {
        let name = question
            .trim()
            .trim_start_matches("${")
            .trim_end_matches('}');
        let form = &self.form.form;
        self.form
            .node(name)
            .and_then(|n| n.kind.choice_list())
            .and_then(|list| self.form.choices(list).iter().find(|c| c.name == value))
            .map(|c| {
                c.label
                    .get(&form.default_language, &form.default_language)
                    .to_string()
            })
            .unwrap_or_default()
    }
}

/// A column of a choice: `name`, or an extra column of the choices sheet (matched
/// without regard to case, as headers are). A column the list lacks reads as empty.
fn choice_column(choice: &Choice, column: &str) -> String {
    if column == "name" {
        return choice.name.clone();
    }
    choice
        .attributes
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(column))
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

fn value_of(answers: &Answers, name: &str) -> String {
    match answers.get(name) {
        Some(Answer::Value(v)) => v.clone(),
        _ => String::new(),
    }
}

/// XPath 1.0 comparison: existential over node sets; booleans, then numbers, then strings.
fn compare(op: BinOp, a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Nodes(xs), other) => xs
            .iter()
            .any(|x| compare(op, &Value::Str(x.clone()), other)),
        (other, Value::Nodes(ys)) => ys
            .iter()
            .any(|y| compare(op, other, &Value::Str(y.clone()))),
        _ => match op {
            BinOp::Eq | BinOp::Ne => {
                let equal = match (a, b) {
                    (Value::Bool(_), _) | (_, Value::Bool(_)) => a.as_bool() == b.as_bool(),
                    (Value::Num(_), _) | (_, Value::Num(_)) => a.as_num() == b.as_num(),
                    _ => a.as_string() == b.as_string(),
                };
                equal == (op == BinOp::Eq)
            }
            _ => {
                // Dates compare as text in ISO form; everything else as numbers.
                let (x, y) = (a.as_num(), b.as_num());
                if x.is_nan() && y.is_nan() {
                    let (s, t) = (a.as_string(), b.as_string());
                    if is_iso_date(&s) && is_iso_date(&t) {
                        return match op {
                            BinOp::Lt => s < t,
                            BinOp::Le => s <= t,
                            BinOp::Gt => s > t,
                            _ => s >= t,
                        };
                    }
                }
                match op {
                    BinOp::Lt => x < y,
                    BinOp::Le => x <= y,
                    BinOp::Gt => x > y,
                    _ => x >= y,
                }
            }
        },
    }
}

/// `YYYY-MM-DD`, the only date form answers are stored in.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=12).contains(&s[5..7].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&s[8..10].parse::<u8>().unwrap_or(0))
}

/// The small regular-expression subset constraints use for phone numbers and codes:
/// `^`, `$`, literal characters, `.`, `[...]` classes with ranges, `\d`, and the
/// quantifiers `?`, `*`, `+`, `{n}`, `{n,m}`. A full engine arrives with XLSForm import.
fn simple_regex(pattern: &str, text: &str) -> bool {
    #[derive(Debug)]
    enum Atom {
        Any,
        Char(char),
        Class(Vec<(char, char)>, bool),
    }
    let p: Vec<char> = pattern.chars().collect();
    let anchored_start = p.first() == Some(&'^');
    let anchored_end = p.last() == Some(&'$') && p.len() > 1;
    let body = &p[usize::from(anchored_start)..p.len() - usize::from(anchored_end)];
    let mut atoms: Vec<(Atom, usize, usize)> = Vec::new();
    let mut i = 0;
    while i < body.len() {
        let atom = match body[i] {
            '.' => Atom::Any,
            '\\' if i + 1 < body.len() => {
                i += 1;
                match body[i] {
                    'd' => Atom::Class(vec![('0', '9')], false),
                    'w' => Atom::Class(vec![('a', 'z'), ('A', 'Z'), ('0', '9'), ('_', '_')], false),
                    's' => Atom::Class(vec![(' ', ' '), ('\t', '\t')], false),
                    c => Atom::Char(c),
                }
            }
            '[' => {
                let mut ranges = Vec::new();
                let mut j = i + 1;
                let negate = body.get(j) == Some(&'^');
                if negate {
                    j += 1;
                }
                while j < body.len() && body[j] != ']' {
                    if j + 2 < body.len() && body[j + 1] == '-' && body[j + 2] != ']' {
                        ranges.push((body[j], body[j + 2]));
                        j += 3;
                    } else {
                        ranges.push((body[j], body[j]));
                        j += 1;
                    }
                }
                i = j;
                Atom::Class(ranges, negate)
            }
            c => Atom::Char(c),
        };
        i += 1;
        let (mut min, mut max) = (1, 1);
        match body.get(i) {
            Some('?') => (min, max, i) = (0, 1, i + 1),
            Some('*') => (min, max, i) = (0, usize::MAX, i + 1),
            Some('+') => (min, max, i) = (1, usize::MAX, i + 1),
            Some('{') => {
                if let Some(close) = body[i..].iter().position(|&c| c == '}') {
                    let inside: String = body[i + 1..i + close].iter().collect();
                    let mut parts = inside.splitn(2, ',');
                    min = parts
                        .next()
                        .and_then(|s| s.trim().parse().ok())
                        .unwrap_or(0);
                    max = match parts.next() {
                        None => min,
                        Some(s) if s.trim().is_empty() => usize::MAX,
                        Some(s) => s.trim().parse().unwrap_or(min),
                    };
                    i += close + 1;
                }
            }
            _ => {}
        }
        atoms.push((atom, min, max));
    }
    fn matches_atom(atom: &Atom, c: char) -> bool {
        match atom {
            Atom::Any => true,
            Atom::Char(x) => *x == c,
            Atom::Class(ranges, negate) => {
                ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi) != *negate
            }
        }
    }
    fn go(atoms: &[(Atom, usize, usize)], text: &[char], anchored_end: bool) -> bool {
        let Some(((atom, min, max), rest)) = atoms.split_first() else {
            return !anchored_end || text.is_empty();
        };
        let mut count = 0;
        while count < *min {
            if count >= text.len() || !matches_atom(atom, text[count]) {
                return false;
            }
            count += 1;
        }
        loop {
            if go(rest, &text[count..], anchored_end) {
                return true;
            }
            if count >= *max || count >= text.len() || !matches_atom(atom, text[count]) {
                return false;
            }
            count += 1;
        }
    }
    let t: Vec<char> = text.chars().collect();
    if anchored_start {
        go(&atoms, &t, anchored_end)
    } else {
        (0..=t.len()).any(|s| go(&atoms, &t[s..], anchored_end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo;
    use crate::expr::Expr;
    use crate::model::{Answer, Answers};

    fn eval_with(answers: &Answers, src: &str) -> Value {
        let form = demo::household_form().compile().unwrap();
        let scope = Scope {
            form: &form,
            answers,
            instance: None,
            current: None,
            today: "2026-11-25",
            choice: None,
        };
        scope.eval(&Expr::parse(src).unwrap())
    }

    fn eval(src: &str) -> Value {
        eval_with(&Answers::new(), src)
    }

    #[test]
    fn empty_answers_are_nan_and_false() {
        assert!(eval("${household_size} + 1").as_num().is_nan());
        assert!(!eval("${household_size} > 0").as_bool());
        assert!(!eval("${household_size} < 0").as_bool());
        assert!(eval("${household_size} = ''").as_bool());
        assert_eq!(eval("${household_size} + 1").as_answer(), "");
    }

    #[test]
    fn arithmetic_and_formatting() {
        assert_eq!(eval("7 div 2").as_string(), "3.5");
        assert_eq!(eval("7 mod 2").as_string(), "1");
        assert_eq!(eval("-(2 + 3) * 2").as_string(), "-10");
        assert_eq!(eval("1 div 0").as_string(), "Infinity");
        assert_eq!(eval("round(2.456, 2)").as_string(), "2.46");
        assert_eq!(eval("int(-2.7)").as_string(), "-2");
    }

    #[test]
    fn numbers_print_like_xpath_without_exponents() {
        for (n, text) in [
            (3.5, "3.5"),
            (-0.25, "-0.25"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1.5e-7, "0.00000015"),
            (-2.5e-10, "-0.00000000025"),
            (1.25e20, "125000000000000000000"),
            (12345.678, "12345.678"),
        ] {
            assert_eq!(format_number(n), text, "{n:e}");
        }
    }

    #[test]
    fn comparisons_follow_xpath_types() {
        assert!(eval("'10' = 10").as_bool());
        assert!(eval("'abc' = 'abc'").as_bool());
        assert!(eval("'abc' != 'abd'").as_bool());
        assert!(eval("true() = 'x'").as_bool());
        assert!(eval("'2026-01-02' < '2026-11-25'").as_bool());
        assert!(eval("today() = '2026-11-25'").as_bool());
    }

    #[test]
    fn choice_names_use_the_default_language() {
        assert_eq!(
            eval("jr:choice-name('truck', '${water_source}')").as_string(),
            "Water truck"
        );
        assert_eq!(
            eval("jr:choice-name('nope', '${water_source}')").as_string(),
            ""
        );
    }

    #[test]
    fn selections() {
        let mut a = Answers::new();
        a.insert("priority_needs".into(), Answer::Value("food water".into()));
        assert!(eval_with(&a, "selected(${priority_needs}, 'water')").as_bool());
        assert!(!eval_with(&a, "selected(${priority_needs}, 'wat')").as_bool());
        assert_eq!(
            eval_with(&a, "count-selected(${priority_needs})").as_num(),
            2.0
        );
    }

    #[test]
    fn repeats_give_node_sets_outside_and_values_inside() {
        let member =
            |age: &str| Answers::from([("member_age".to_string(), Answer::Value(age.into()))]);
        let mut a = Answers::new();
        a.insert(
            "members".into(),
            Answer::Repeat(vec![member("30"), member("4"), member("")]),
        );
        assert_eq!(eval_with(&a, "count(${members})").as_num(), 3.0);
        assert!(eval_with(&a, "sum(${member_age})").as_num().is_nan());
        assert!(eval_with(&a, "${member_age} < 5").as_bool(), "existential");
        let form = demo::household_form().compile().unwrap();
        let inside = Scope {
            form: &form,
            answers: &a,
            instance: Some(("members", 1)),
            current: Some("member_age"),
            today: "2026-11-25",
            choice: None,
        };
        assert_eq!(inside.eval(&Expr::parse(". + 1").unwrap()).as_num(), 5.0);
    }

    #[test]
    fn text_functions() {
        assert_eq!(eval("concat('a', 1, true())").as_string(), "a1true");
        assert_eq!(eval("string-length('دار')").as_num(), 3.0);
        assert_eq!(eval("coalesce('', 'x')").as_string(), "x");
        assert!(eval("contains('abc', 'b')").as_bool());
        assert!(eval("if(1 > 2, 'a', 'b') = 'b'").as_bool());
        assert_eq!(eval("min(3, 1, 2)").as_num(), 1.0);
        assert!(eval("max(1, '')").as_num().is_nan());
    }

    #[test]
    fn regex_subset() {
        assert!(simple_regex("^[0-9]{9,10}$", "0712345678"));
        assert!(!simple_regex("^[0-9]{9,10}$", "07123"));
        assert!(!simple_regex("^[0-9]{9,10}$", "07123456789a"));
        assert!(simple_regex("^\\+?\\d+$", "+254700"));
        assert!(simple_regex("b.d", "abcde"));
        assert!(!simple_regex("^[^0-9]+$", "ab1"));
    }
}

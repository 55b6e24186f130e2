//! Evaluation with XPath 1.0 conversions, as ODK and Enketo apply them: an empty answer is
//! the empty string, which is `NaN` as a number and false as a boolean.
//!
//! A date or date-time is a number of days since 1970 (so `today() - ${dob}` counts days).
//! Trigonometry and logarithms use the browser's `Math` in wasm, so the phone downloads no
//! software libm.

use super::{BinOp, Expr, Function};
use crate::dates;
use crate::geo;
use crate::model::{Answer, Answers, Choice, CompiledForm, Instance, Kind, Step};

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
    /// The repeat instance the expression belongs to (empty at the top level).
    pub instance: Instance<'a>,
    /// The question `.` stands for.
    pub current: Option<&'a str>,
    /// Today's date as `YYYY-MM-DD`, given by the caller so evaluation stays pure.
    pub today: &'a str,
    /// The choice a `choice_filter` is deciding about; bare names read its columns.
    pub choice: Option<&'a Choice>,
    /// The answers of the last record of this form saved on the phone, which
    /// `${last-saved#q}` reads (ODK's last-saved instance): only a `default` has them.
    pub last_saved: Option<&'a Answers>,
    /// The language texts are shown in, which `jr:choice-name` gives a choice's label in;
    /// empty for the form's default. Calculations are worked out in the default language
    /// (the value kept is the same whoever asked, and the server checks it); a label
    /// showing one is filled in the respondent's (`label::answer`).
    pub lang: &'a str,
}

impl<'a> Scope<'a> {
    /// A scope at the form's top level: no repeat instance, no question `.` stands for, no
    /// choice, no last record, the form's default language. Set the others with struct
    /// update syntax (`Scope { lang: "ar", ..Scope::top(form, answers, today) }`).
    pub fn top(form: &'a CompiledForm, answers: &'a Answers, today: &'a str) -> Scope<'a> {
        Scope {
            form,
            answers,
            instance: &[],
            current: None,
            today,
            choice: None,
            last_saved: None,
            lang: "",
        }
    }
}

/// Format a number the way XPath `string()` does: integers without a fraction.
pub(crate) fn format_number(n: f64) -> String {
    crate::num::format(n)
}

/// A number as XPath reads it: digits with an optional point and sign; no exponents, no
/// `inf`. Anything else is `NaN`. This is the check a typed answer (integer, decimal) passes.
pub fn parse_number(s: &str) -> f64 {
    crate::num::parse_decimal(s.trim()).unwrap_or(f64::NAN)
}

/// A value as a number in an expression: a number, or a date / date-time as days since
/// 1970-01-01 (so `today() - ${dob}` counts days, as in ODK).
fn str_to_num(s: &str) -> f64 {
    let n = parse_number(s);
    if n.is_nan() {
        let t = s.trim();
        if t.len() >= 10 && t.as_bytes()[4] == b'-' {
            return dates::to_days(t).unwrap_or(f64::NAN);
        }
    }
    n
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

/// Transcendental functions: in the browser, its own `Math` (a software implementation
/// compiled to wasm would add about 15 KB to the phone's download); elsewhere, Rust's.
#[cfg(target_arch = "wasm32")]
pub(crate) mod math {
    pub use js_sys::Math::{acos, asin, atan, atan2, cos, exp, log as ln, log10, pow, sin, tan};
}

#[cfg(not(target_arch = "wasm32"))]
pub(crate) mod math {
    pub fn acos(x: f64) -> f64 {
        x.acos()
    }
    pub fn asin(x: f64) -> f64 {
        x.asin()
    }
    pub fn atan(x: f64) -> f64 {
        x.atan()
    }
    pub fn atan2(y: f64, x: f64) -> f64 {
        y.atan2(x)
    }
    pub fn cos(x: f64) -> f64 {
        x.cos()
    }
    pub fn exp(x: f64) -> f64 {
        x.exp()
    }
    pub fn ln(x: f64) -> f64 {
        x.ln()
    }
    pub fn log10(x: f64) -> f64 {
        x.log10()
    }
    pub fn pow(x: f64, y: f64) -> f64 {
        x.powf(y)
    }
    pub fn sin(x: f64) -> f64 {
        x.sin()
    }
    pub fn tan(x: f64) -> f64 {
        x.tan()
    }
}

impl<'a> Scope<'a> {
    /// The value of `${name}` seen from this scope's instance, as XPath paths resolve:
    /// the repeats it shares with the current instance are that instance (a member's own
    /// age, a child's own mother), the others give every instance (a node set).
    fn lookup(&self, name: &str) -> Value {
        self.lookup_in(name, self.instance)
    }

    fn lookup_in(&self, name: &str, instance: &[Step]) -> Value {
        if let Some(q) = name.strip_prefix(super::LAST_SAVED) {
            return Value::Str(self.last_saved.map(|a| value_of(a, q)).unwrap_or_default());
        }
        let Some(location) = self.form.location(name) else {
            return Value::Str(String::new());
        };
        let chain = &location.repeats;
        let mut map = self.answers;
        let mut depth = 0;
        while let (Some(repeat), Some((at, i))) = (chain.get(depth), instance.get(depth)) {
            if repeat != at {
                break;
            }
            map = match map.get(repeat) {
                Some(Answer::Repeat(items)) => match items.get(*i) {
                    Some(item) => item,
                    None => return Value::Str(String::new()),
                },
                _ => return Value::Str(String::new()),
            };
            depth += 1;
        }
        let is_repeat = self.form.node(name).is_some_and(|n| n.kind == Kind::Repeat);
        if !is_repeat && depth == chain.len() {
            return Value::Str(value_of(map, name));
        }
        let mut maps = Vec::new();
        each_instance(map, &chain[depth..], &mut |m| maps.push(m));
        if is_repeat {
            // A repeat reads as its instances (for `count()`), each with no value.
            let n = maps
                .iter()
                .map(|m| match m.get(name) {
                    Some(Answer::Repeat(items)) => items.len(),
                    _ => 0,
                })
                .sum();
            return Value::Nodes(vec![String::new(); n]);
        }
        Value::Nodes(maps.into_iter().map(|m| value_of(m, name)).collect())
    }

    /// Evaluate an expression in this scope.
    /// The items of a choice list by the name an expression gives it: a list of the
    /// choices sheet, or a CSV or XML file attached to the form with or without its
    /// extension.
    fn items(&self, list: &str) -> &'a [Choice] {
        let items = self.form.choices(list);
        if items.is_empty() && !list.ends_with(".csv") && !list.ends_with(".xml") {
            let csv = self.form.choices(&format!("{list}.csv"));
            return if csv.is_empty() {
                self.form.choices(&format!("{list}.xml"))
            } else {
                csv
            };
        }
        items
    }

    /// A column of a choice: `name`, `label` (in the form's default language), or any
    /// other column of the choices sheet or file (matched without regard to case, as
    /// headers are). A column the list lacks reads as empty.
    fn column(&self, choice: &Choice, column: &str) -> String {
        self.cell(choice, column).unwrap_or_default()
    }

    /// [`Scope::column`], `None` where the choice has no such cell: a blank cell of the
    /// choices sheet, which the reference converter leaves out of the item, so that for
    /// ODK it is no node at all (an empty node-set, equal to nothing, not even `''`).
    /// A CSV or XML file's items hold every column, empty or not.
    fn cell(&self, choice: &Choice, column: &str) -> Option<String> {
        match column {
            "name" => Some(choice.name.clone()),
            "label" => {
                let lang = &self.form.form.default_language;
                Some(choice.label.get(lang, lang).to_string())
            }
            _ => choice
                .attributes
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(column))
                .map(|(_, v)| v.clone()),
        }
    }

    pub fn eval(&self, expr: &Expr) -> Value {
        match expr {
            Expr::Ref(name) | Expr::Asking(name) => self.lookup(name),
            Expr::Current => self
                .current
                .map_or(Value::Str(String::new()), |n| self.lookup(n)),
            Expr::Parent => Value::Str(String::new()),
            // A choice's column; one it lacks is an empty node-set (`[pastel = '']` does
            // not keep the choices without a pastel cell), as in ODK. Outside a choice
            // filter a bare name is a path inside the question, to nothing: empty too.
            Expr::Name(column) => self
                .choice
                .and_then(|c| self.cell(c, column))
                .map_or(Value::Nodes(Vec::new()), Value::Str),
            Expr::Lookup {
                list,
                filter,
                column,
            } => {
                let column = column.as_deref().unwrap_or("name");
                Value::Nodes(
                    self.items(list)
                        .iter()
                        .filter(|c| {
                            filter.as_ref().is_none_or(|f| {
                                Scope {
                                    choice: Some(c),
                                    ..*self
                                }
                                .eval(f)
                                .as_bool()
                            })
                        })
                        // An item without that cell has no such node.
                        .filter_map(|c| self.cell(c, column))
                        .collect(),
                )
            }
            Expr::Number(n) => Value::Num(*n),
            Expr::Str(s) => Value::Str(s.clone()),
            Expr::Neg(inner) => Value::Num(-self.eval(inner).as_num()),
            Expr::Chain(first, rest) => self.chain(first, rest),
            Expr::Call(function, args) => self.call(*function, args),
        }
    }

    /// A chain of one precedence, left to right (`a - b + c` is `(a - b) + c`); `or` and
    /// `and` do not evaluate what cannot change their result.
    fn chain(&self, first: &Expr, rest: &[(BinOp, Expr)]) -> Value {
        let mut value = self.eval(first);
        for (op, b) in rest {
            value = match op {
                BinOp::Or => Value::Bool(value.as_bool() || self.eval(b).as_bool()),
                BinOp::And => Value::Bool(value.as_bool() && self.eval(b).as_bool()),
                BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
                    Value::Bool(compare(*op, &value, &self.eval(b)))
                }
                BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Mod => {
                    let (x, y) = (value.as_num(), self.eval(b).as_num());
                    Value::Num(match op {
                        BinOp::Add => x + y,
                        BinOp::Sub => x - y,
                        BinOp::Mul => x * y,
                        BinOp::Div => x / y,
                        _ => x % y,
                    })
                }
            };
        }
        value
    }

    /// Every value an argument stands for: the members of a node set, or the one value.
    fn values(&self, expr: &Expr) -> Vec<String> {
        match self.eval(expr) {
            Value::Nodes(v) => v,
            other => vec![other.as_string()],
        }
    }

    /// The points of a `distance` or `area`: each argument a geopoint, a node set of them
    /// (a repeat's), or a geotrace/geoshape (`lat lon alt acc; lat lon …`).
    fn points(&self, args: &[Expr]) -> Vec<(f64, f64)> {
        args.iter()
            .flat_map(|a| self.values(a))
            .flat_map(|v| {
                v.split(';')
                    .filter_map(|p| {
                        let mut parts = p.split_whitespace().map(crate::num::parse_decimal);
                        Some((parts.next()??, parts.next()??))
                    })
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    fn call(&self, function: Function, args: &[Expr]) -> Value {
        let arg = |i: usize| self.eval(&args[i]);
        let text = |i: usize| self.eval(&args[i]).as_string();
        let num = |i: usize| self.eval(&args[i]).as_num();
        // The argument, or the current question's value when it is left out.
        let text_or_current = || match args.first() {
            Some(a) => self.eval(a).as_string(),
            None => self.eval(&Expr::Current).as_string(),
        };
        let unary = |f: fn(f64) -> f64| Value::Num(f(num(0)));
        use Function as F;
        match function {
            F::If => {
                if arg(0).as_bool() {
                    arg(1)
                } else {
                    arg(2)
                }
            }
            F::Not => Value::Bool(!arg(0).as_bool()),
            F::True => Value::Bool(true),
            F::False => Value::Bool(false),
            F::Boolean => Value::Bool(arg(0).as_bool()),
            F::BooleanFromString => Value::Bool(matches!(text(0).trim(), "true" | "1")),
            F::Number => Value::Num(num(0)),
            F::String => Value::Str(text(0)),
            F::Coalesce => {
                let first = text(0);
                if first.is_empty() {
                    arg(1)
                } else {
                    Value::Str(first)
                }
            }
            F::Once => {
                let current = self.eval(&Expr::Current).as_string();
                if current.is_empty() {
                    arg(0)
                } else {
                    Value::Str(current)
                }
            }
            F::Int => unary(f64::trunc),
            F::Round => {
                // Halves towards positive infinity, as XPath 1.0 and Collect (JavaRosa
                // takes a negative half towards zero): round(-2.5) = -2. ODK Web Forms
                // takes it away from zero (-3); the field's phones run Collect.
                let digits = if args.len() > 1 { num(1) } else { 0.0 };
                let factor = 10f64.powi(digits as i32);
                Value::Num((num(0) * factor + 0.5).floor() / factor)
            }
            F::Floor => unary(f64::floor),
            F::Ceiling => unary(f64::ceil),
            F::Abs => unary(f64::abs),
            F::Pow => Value::Num(math::pow(num(0), num(1))),
            F::Sqrt => unary(f64::sqrt),
            F::Exp => unary(math::exp),
            F::Exp10 => Value::Num(math::pow(10.0, num(0))),
            F::Log => unary(math::ln),
            F::Log10 => unary(math::log10),
            F::Pi => Value::Num(std::f64::consts::PI),
            F::Sin => unary(math::sin),
            F::Cos => unary(math::cos),
            F::Tan => unary(math::tan),
            F::Asin => unary(math::asin),
            F::Acos => unary(math::acos),
            F::Atan => unary(math::atan),
            F::Atan2 => Value::Num(math::atan2(num(0), num(1))),
            F::Random => Value::Num(random_unit()),
            F::Count => Value::Num(match arg(0) {
                Value::Nodes(v) => v.len() as f64,
                _ => 0.0,
            }),
            F::CountNonEmpty => Value::Num(match arg(0) {
                Value::Nodes(v) => v.iter().filter(|s| !s.is_empty()).count() as f64,
                other => f64::from(u8::from(!other.as_string().is_empty())),
            }),
            F::Sum => Value::Num(match arg(0) {
                Value::Nodes(v) => v.iter().map(|s| str_to_num(s)).sum(),
                other => other.as_num(),
            }),
            F::Min | F::Max => {
                let numbers: Vec<f64> = args
                    .iter()
                    .flat_map(|a| self.values(a))
                    .map(|s| str_to_num(&s))
                    .collect();
                if numbers.is_empty() || numbers.iter().any(|n| n.is_nan()) {
                    return Value::Num(f64::NAN);
                }
                let pick = if function == F::Min {
                    f64::min
                } else {
                    f64::max
                };
                Value::Num(numbers.into_iter().reduce(pick).unwrap_or(f64::NAN))
            }
            F::Position => Value::Num(self.instance.last().map_or(1, |(_, i)| i + 1) as f64),
            F::IndexedRepeat => self.indexed_repeat(args),
            // As Collect and Enketo read it: the choice, trimmed, between spaces in the
            // answer between spaces. So an empty choice is "selected" in an empty answer
            // only, which a bare name (`selected(${trig}, PP)`, an empty node-set) meets
            // in real forms. (A choice of one word: the same rule without building text.)
            F::Selected => {
                let (answer, wanted) = (text(0), text(1));
                let wanted = wanted.trim();
                Value::Bool(if wanted.contains(' ') {
                    format!(" {answer} ").contains(&format!(" {wanted} "))
                } else {
                    answer.split(' ').any(|c| c == wanted)
                })
            }
            F::SelectedAt => Value::Str(
                text(0)
                    .split_whitespace()
                    .nth(num(1).max(0.0) as usize)
                    .unwrap_or_default()
                    .to_string(),
            ),
            F::CountSelected => Value::Num(text(0).split_whitespace().count() as f64),
            F::Distance => {
                let points = self.points(args);
                if points.len() < 2 {
                    return Value::Num(f64::NAN);
                }
                Value::Num(points.windows(2).map(|w| geo::distance(w[0], w[1])).sum())
            }
            F::Area => Value::Num(geo::area(&self.points(args))),
            F::Checklist | F::WeightedChecklist => {
                let weighted = function == F::WeightedChecklist;
                let rest = &args[2..];
                let score: f64 = if weighted {
                    rest.chunks(2)
                        .filter(|pair| pair.len() == 2 && self.eval(&pair[0]).as_bool())
                        .map(|pair| self.eval(&pair[1]).as_num())
                        .sum()
                } else {
                    rest.iter()
                        .flat_map(|a| match self.eval(a) {
                            Value::Nodes(v) => {
                                v.into_iter().map(|s| Value::Str(s).as_bool()).collect()
                            }
                            other => vec![other.as_bool()],
                        })
                        .filter(|b| *b)
                        .count() as f64
                };
                let (min, max) = (num(0), num(1));
                Value::Bool((min < 0.0 || score >= min) && (max < 0.0 || score <= max))
            }
            F::Version => Value::Str(self.form.form.version.clone()),
            F::ChoiceName => Value::Str(self.choice_name(&text(0), &text(1))),
            F::Pulldata => {
                let (column, key_column, key) = (text(1), text(2), text(3));
                Value::Str(
                    self.items(&text(0))
                        .iter()
                        .find(|c| self.column(c, &key_column) == key)
                        .map(|c| self.column(c, &column))
                        .unwrap_or_default(),
                )
            }
            F::Concat => Value::Str(args.iter().map(|a| self.eval(a).as_string()).collect()),
            F::Join => {
                let parts: Vec<String> = args[1..].iter().flat_map(|a| self.values(a)).collect();
                Value::Str(parts.join(&text(0)))
            }
            F::Contains => Value::Bool(text(0).contains(&text(1))),
            F::StartsWith => Value::Bool(text(0).starts_with(&text(1))),
            F::EndsWith => Value::Bool(text(0).ends_with(&text(1))),
            F::Substr => {
                // ODK: 0-based start, exclusive end, in characters.
                let s: Vec<char> = text(0).chars().collect();
                let clamp = |n: f64| (n.max(0.0) as usize).min(s.len());
                let start = clamp(num(1));
                let end = if args.len() > 2 {
                    clamp(num(2))
                } else {
                    s.len()
                };
                Value::Str(s[start..end.max(start)].iter().collect())
            }
            F::Substring => {
                // XPath: 1-based, rounded start and length.
                let start = (num(1) + 0.5).floor();
                let end = if args.len() > 2 {
                    start + (num(2) + 0.5).floor()
                } else {
                    f64::INFINITY
                };
                Value::Str(
                    text(0)
                        .chars()
                        .enumerate()
                        .filter(|(i, _)| {
                            let p = (*i + 1) as f64;
                            p >= start && p < end
                        })
                        .map(|(_, c)| c)
                        .collect(),
                )
            }
            F::SubstringBefore => {
                let (s, t) = (text(0), text(1));
                Value::Str(s.find(&t).map(|i| s[..i].to_string()).unwrap_or_default())
            }
            F::SubstringAfter => {
                let (s, t) = (text(0), text(1));
                Value::Str(
                    s.find(&t)
                        .map(|i| s[i + t.len()..].to_string())
                        .unwrap_or_default(),
                )
            }
            F::Translate => {
                let from: Vec<char> = text(1).chars().collect();
                let to: Vec<char> = text(2).chars().collect();
                Value::Str(
                    text(0)
                        .chars()
                        .filter_map(|c| match from.iter().position(|f| *f == c) {
                            Some(i) => to.get(i).copied(),
                            None => Some(c),
                        })
                        .collect(),
                )
            }
            F::StringLength => Value::Num(text_or_current().chars().count() as f64),
            F::NormalizeSpace => Value::Str(
                text_or_current()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            F::Regex => Value::Bool(super::regex::is_match(&text(1), &text(0))),
            F::Uuid => Value::Str(match args.first() {
                Some(_) => random_text((num(0).max(0.0) as usize).min(MAX_RANDOM_TEXT)),
                None => random_uuid(),
            }),
            F::Today => Value::Str(self.today.get(..10).unwrap_or(self.today).to_string()),
            F::Now => Value::Str(if self.today.len() > 10 {
                self.today.to_string()
            } else {
                format!("{}T00:00:00", self.today)
            }),
            F::Date => Value::Str(to_date(&arg(0))),
            F::DateTime => Value::Str(dates::iso_date_time_on(arg(0).as_num(), self.today)),
            F::DecimalDateTime => Value::Num(arg(0).as_num()),
            F::DecimalTime => Value::Num(dates::parse_time(text(0).trim()).unwrap_or(f64::NAN)),
            F::FormatDate | F::FormatDateTime => {
                let value = match arg(0) {
                    Value::Num(n) => dates::iso_date_time_on(n, self.today),
                    other => other.as_string(),
                };
                Value::Str(dates::format(value.trim(), &text(1)).unwrap_or_default())
            }
        }
    }

    /// `indexed-repeat(${field}, ${repeat}, n [, ${inner}, m …])`: the field in the n-th
    /// (1-based) instance of the repeat, and the m-th of an inner one. A repeat around the
    /// field that no pair names follows the current instance, as a plain `${field}` would.
    fn indexed_repeat(&self, args: &[Expr]) -> Value {
        let Expr::Ref(field) = &args[0] else {
            return Value::Str(String::new());
        };
        let Some(location) = self.form.location(field) else {
            return Value::Str(String::new());
        };
        let mut instance: Vec<Step> = Vec::new();
        for (depth, repeat) in location.repeats.iter().enumerate() {
            let named = args[1..].chunks(2).find_map(|pair| match pair {
                [Expr::Ref(r), n] if r == repeat => Some(self.eval(n).as_num()),
                _ => None,
            });
            let index = match named {
                Some(n) if n.is_nan() || n < 1.0 => return Value::Str(String::new()),
                Some(n) => n as usize - 1,
                None => match self.instance.get(depth) {
                    Some((at, i)) if at == repeat && instance.len() == depth => *i,
                    _ => break,
                },
            };
            instance.push((repeat.clone(), index));
        }
        self.lookup_in(field, &instance)
    }
}

/// Visit every instance reached from `map` through the repeats of `chain` (outermost
/// first); an empty chain visits `map` itself.
fn each_instance<'a>(map: &'a Answers, chain: &[String], visit: &mut impl FnMut(&'a Answers)) {
    let Some((first, rest)) = chain.split_first() else {
        visit(map);
        return;
    };
    if let Some(Answer::Repeat(items)) = map.get(first) {
        for item in items {
            each_instance(item, rest, visit);
        }
    }
}

/// `date()`: a day count becomes its ISO date; a date or date-time keeps its date.
fn to_date(value: &Value) -> String {
    let as_days = match value {
        Value::Num(n) => *n,
        other => {
            let s = other.as_string();
            let t = s.trim();
            if let Some(date) = t.get(..10).filter(|d| dates::parse_date(d).is_some()) {
                return date.to_string();
            }
            parse_number(t)
        }
    };
    if as_days.abs() <= dates::MAX_DAYS {
        dates::iso_date(as_days.floor() as i64)
    } else {
        String::new()
    }
}

fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    // The system source never fails on the platforms Sauti runs on; zeros would only make
    // a random() calculation predictable, never corrupt data.
    let _ = getrandom::fill(&mut bytes);
    bytes
}

/// A uniform number in [0, 1) with 53 random bits.
fn random_unit() -> f64 {
    (u64::from_le_bytes(random_bytes::<8>()) >> 11) as f64 / (1u64 << 53) as f64
}

/// A random (version 4) UUID, as `uuid()` gives.
fn random_uuid() -> String {
    uuid::Builder::from_random_bytes(random_bytes::<16>())
        .into_uuid()
        .hyphenated()
        .to_string()
}

/// The longest `uuid(n)`: a form asking for a billion letters would otherwise hang the
/// phone (and the server, checking it) while they are drawn one by one.
const MAX_RANDOM_TEXT: usize = 1024;

/// `uuid(n)`: n random letters and digits (at most [`MAX_RANDOM_TEXT`]).
fn random_text(n: usize) -> String {
    const ALPHABET: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    (0..n)
        .map(|_| ALPHABET[usize::from(random_bytes::<1>()[0]) % ALPHABET.len()] as char)
        .collect()
}

impl Scope<'_> {
    /// The label of choice `value` of the question written as `'${name}'`, in the scope's
    /// language (the form's default when it has none, or the choice no label in it).
    fn choice_name(&self, value: &str, question: &str) -> String {
        let name = question
            .trim()
            .trim_start_matches("${")
            .trim_end_matches('}');
        let form = &self.form.form;
        // A select over a repeat's answers: the answer is its own label.
        if self
            .form
            .node(name)
            .is_some_and(|n| n.kind.repeat_source().is_some())
        {
            return value.to_string();
        }
        self.form
            .node(name)
            .and_then(|n| n.kind.choice_list())
            .and_then(|list| self.form.choices(list).iter().find(|c| c.name == value))
            .map(|c| {
                let lang = if self.lang.is_empty() {
                    &form.default_language
                } else {
                    self.lang
                };
                c.label.get(lang, &form.default_language).to_string()
            })
            .unwrap_or_default()
    }
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
                // Numbers; dates and date-times compare as day counts.
                let (x, y) = (a.as_num(), b.as_num());
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

#[cfg(test)]
mod tests;

//! The XPath subset XLSForm authors write in `relevant`, `constraint` and `calculation`.
//!
//! ```
//! use forms::expr::Expr;
//! let e = Expr::parse("${age} >= 18 and selected(${roles}, 'head')").unwrap();
//! assert_eq!(e.references(), vec!["age", "roles"]);
//! assert_eq!(Expr::parse(&e.to_string()).unwrap(), e);
//! ```
//!
//! `${x}` resolves as pyxform's relative paths do: the repeats `x` shares with the current
//! instance are that instance (a child reads its own member's age), the others give every
//! instance (a member's `sum(${child_age})` is that member's children's).
//! `indexed-repeat(${field}, ${repeat}, n, …)` takes a (repeat, index) pair per repeat
//! level it names; a level it does not name follows the current instance.
//! `instance('list')/root/item[filter]/column` (`Expr::Lookup`) and `pulldata()` read a
//! choice list of the choices sheet or of an attached CSV; in a filter, as in a
//! `choice_filter`, bare names are the item's columns; a list they name must exist.
//!
//! Limits ([`MAX_LENGTH`], [`MAX_DEPTH`]) are refused with the usual parse error. A chain
//! of one precedence (`a or b or c …`) is one `Expr::Chain` node however long, so every
//! accepted tree is shallow and nothing that walks it (parse, eval, print, clone, drop) can
//! exhaust a stack (tested on a 1 MiB thread). `Expr::walk` is the one walk over a tree
//! (references, volatility, the graph, the lists a form reads). `Expr` is never
//! deserialised: forms store the text and `Form::compile` parses it.

mod eval;
mod function;
mod parse;
mod paths;
mod regex;

use std::fmt;

pub(crate) use eval::math;
pub use eval::{Scope, Value, parse_number};
pub use function::Function;
pub use paths::{PathRef, rewrite_paths};

/// The longest expression accepted, in bytes. An XLSForm cell holds at most 32,767
/// characters (Excel's limit): this leaves room for any cell of ordinary text and for what
/// the import adds when it renames references, and keeps a form uploaded as JSON from
/// making the server read megabytes of one expression.
pub const MAX_LENGTH: usize = 64 * 1024;

/// How deeply an expression may nest: each parenthesis, function call, `[filter]`, `-` sign
/// and operator of a different precedence inside another is one level (`${a} + 1` is 2,
/// `if(${a} > 1, 'x', 'y')` 3, `-(${a} * (2 + ${b}))` 5). A chain of one precedence,
/// `a or b or c …` or `a + b - c …`, is a single node however long, so a `relevant` of
/// hundreds of `selected(…) or` terms is 3 deep. Real forms nest a few levels; the deepest
/// are `if(…, …, if(…))` ladders mapping codes to values, accepted up to about 60 rungs.
///
/// Parsing, evaluating, printing, comparing and dropping an expression recurse once per
/// level, so this is what keeps a hostile form from exhausting the stack of a server thread
/// or of the phone's browser: the deepest accepted expressions need about half a megabyte
/// of stack in a debug build, far less in a release build (tested on a 1 MiB thread).
pub const MAX_DEPTH: usize = 64;

/// Whether a function gives a different result at each call (`random`, `uuid`, `now`,
/// `once`), so a stored result cannot be checked by recomputing it.
pub fn is_volatile(function: &str) -> bool {
    Function::from_name(function).is_some_and(Function::is_volatile)
}

/// Why a regular expression written in a form cannot be used (checked on the server).
pub fn check_regex(pattern: &str) -> Result<(), String> {
    regex::check(pattern)
}

/// How `${last-saved#q}` starts: the answer to `q` in the last record of the form saved on
/// the phone ([`Scope::last_saved`]), read in a `default` or a `calculation`; empty when
/// there is none.
pub const LAST_SAVED: &str = "last-saved#";

/// A binary operator, in XPath spelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Or,
    And,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
}

impl BinOp {
    pub(crate) fn symbol(self) -> &'static str {
        match self {
            BinOp::Or => "or",
            BinOp::And => "and",
            BinOp::Eq => "=",
            BinOp::Ne => "!=",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "div",
            BinOp::Mod => "mod",
        }
    }

    /// Binding strength: higher binds tighter.
    fn precedence(self) -> u8 {
        match self {
            BinOp::Or => 1,
            BinOp::And => 2,
            BinOp::Eq | BinOp::Ne => 3,
            BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => 4,
            BinOp::Add | BinOp::Sub => 5,
            BinOp::Mul | BinOp::Div | BinOp::Mod => 6,
        }
    }
}

/// A parsed expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    /// `${name}`: the value of another question.
    Ref(String),
    /// `.`: the value of the question the expression belongs to.
    Current,
    /// `..`: the enclosing repeat instance (only meaningful as `position(..)`).
    Parent,
    /// `current()/${name}`: in the `choice_filter` of a select offering a repeat's answers,
    /// the question beside the select, in the instance that asks (XLSForm's
    /// `current()/../pos`), where `${name}` reads each instance offered (`position() !=
    /// current()/${pos}`: every other member but this one). Elsewhere the same as `${name}`.
    Asking(String),
    /// A bare name: a column of the choice being filtered (only in `choice_filter`).
    Name(String),
    Number(f64),
    Str(String),
    Neg(Box<Expr>),
    /// Operators of one precedence applied left to right: `a - b + c` is
    /// `Chain(a, [(Sub, b), (Add, c)])`. A chain is one node however long, so the tree is
    /// only as deep as the expression nests (see [`MAX_DEPTH`]).
    Chain(Box<Expr>, Vec<(BinOp, Expr)>),
    Call(Function, Vec<Expr>),
    /// `instance('list')/root/item[filter]/column`: a column of the items of a choice
    /// list (from the choices sheet or a CSV file attached to the form) that pass the
    /// filter, where bare names are the item's columns. A node set: `count()` counts the
    /// items, anything else reads the first.
    Lookup {
        list: String,
        filter: Option<Box<Expr>>,
        column: Option<String>,
    },
}

impl Expr {
    /// Parse an expression; the error says where and why it fails.
    pub fn parse(src: &str) -> Result<Expr, crate::Error> {
        parse::parse(src, false)
    }

    /// Parse a `choice_filter`, where bare names are columns of the choices sheet
    /// (`state = ${state}`).
    pub fn parse_choice_filter(src: &str) -> Result<Expr, crate::Error> {
        parse::parse(src, true)
    }

    /// Every sub-expression, this one first (depth first): the one walk over a tree that
    /// [`Expr::references`], volatility and the dependency graph read.
    pub fn walk<'a>(&'a self, f: &mut impl FnMut(&'a Expr)) {
        f(self);
        match self {
            Expr::Neg(inner) => inner.walk(f),
            Expr::Chain(first, rest) => {
                first.walk(f);
                rest.iter().for_each(|(_, e)| e.walk(f));
            }
            Expr::Call(_, args) => args.iter().for_each(|a| a.walk(f)),
            Expr::Lookup { filter, .. } => {
                if let Some(filter) = filter {
                    filter.walk(f);
                }
            }
            Expr::Ref(_)
            | Expr::Asking(_)
            | Expr::Current
            | Expr::Parent
            | Expr::Name(_)
            | Expr::Number(_)
            | Expr::Str(_) => {}
        }
    }

    /// The question names this expression reads, in order of first appearance.
    pub fn references(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        self.walk(&mut |e| {
            if let Expr::Ref(name) | Expr::Asking(name) = e
                && !out.contains(&name.as_str())
            {
                out.push(name);
            }
        });
        out
    }

    /// Whether its value cannot be worked out again from the answers alone, so that a
    /// value stored once is kept (the server cannot check it by recomputing): it calls a
    /// function whose result changes from one evaluation to the next (`random()`,
    /// `uuid()`, `now()`, `once()`), or reads the last record saved on the phone
    /// (`${last-saved#q}`), anywhere: in an argument, an operand or the filter of an
    /// `instance(…)` lookup.
    pub fn is_volatile(&self) -> bool {
        let mut volatile = false;
        self.walk(&mut |e| {
            volatile |= match e {
                Expr::Call(f, _) => f.is_volatile(),
                Expr::Ref(name) => name.starts_with(LAST_SAVED),
                _ => false,
            }
        });
        volatile
    }

    /// Whether it calls `function` anywhere.
    pub fn calls(&self, function: Function) -> bool {
        let mut found = false;
        self.walk(&mut |e| found |= matches!(e, Expr::Call(f, _) if *f == function));
        found
    }

    /// [`Expr::walk`] that may change what it visits (each sub-expression after its
    /// parent had its turn).
    fn walk_mut(&mut self, f: &mut impl FnMut(&mut Expr)) {
        f(self);
        match self {
            Expr::Neg(inner) => inner.walk_mut(f),
            Expr::Chain(first, rest) => {
                first.walk_mut(f);
                rest.iter_mut().for_each(|(_, e)| e.walk_mut(f));
            }
            Expr::Call(_, args) => args.iter_mut().for_each(|a| a.walk_mut(f)),
            Expr::Lookup { filter, .. } => {
                if let Some(filter) = filter {
                    filter.walk_mut(f);
                }
            }
            Expr::Ref(_)
            | Expr::Asking(_)
            | Expr::Current
            | Expr::Parent
            | Expr::Name(_)
            | Expr::Number(_)
            | Expr::Str(_) => {}
        }
    }

    /// Put `value(q)`, the asking instance's answer, in place of every `current()/${q}`
    /// (a filter then read in each instance a select offers).
    pub(crate) fn bind_asking(&mut self, value: &impl Fn(&str) -> String) {
        self.walk_mut(&mut |e| {
            if let Expr::Asking(name) = e {
                *e = Expr::Str(value(name));
            }
        });
    }

    /// The filter of a select offering a repeat's answers, read as pyxform writes it into
    /// the XForm (`../../pet[./animal_type != '' and ./age > current()/../min_age]`): a
    /// name alone, or a `${q}` of a question `offered` says is inside the repeat offered,
    /// is that instance's answer (`./q`); any other `${q}` is read beside the select
    /// (`current()/../q`, [`Expr::Asking`]). An `instance(…)` lookup's own filter is left:
    /// its names are the item's columns.
    pub(crate) fn read_over_instances(
        &mut self,
        is_question: &impl Fn(&str) -> bool,
        offered: &impl Fn(&str) -> bool,
    ) {
        match self {
            Expr::Name(name) if is_question(name) && offered(name) => {
                *self = Expr::Ref(std::mem::take(name));
            }
            Expr::Ref(name) if !name.starts_with(LAST_SAVED) && !offered(name) => {
                *self = Expr::Asking(std::mem::take(name));
            }
            Expr::Neg(inner) => inner.read_over_instances(is_question, offered),
            Expr::Chain(first, rest) => {
                first.read_over_instances(is_question, offered);
                for (_, e) in rest {
                    e.read_over_instances(is_question, offered);
                }
            }
            Expr::Call(_, args) => {
                for a in args {
                    a.read_over_instances(is_question, offered);
                }
            }
            _ => {}
        }
    }

    /// Whether it reads `current()/${q}` anywhere.
    pub(crate) fn reads_asking(&self) -> bool {
        let mut found = false;
        self.walk(&mut |e| found |= matches!(e, Expr::Asking(_)));
        found
    }

    /// Put the answers of the last record saved in place of every `${last-saved#q}`:
    /// `value(q)` is its answer to `q` (empty when there is none).
    pub(crate) fn bind_last_saved(&mut self, value: &impl Fn(&str) -> String) {
        self.walk_mut(&mut |e| {
            if let Expr::Ref(name) = e
                && let Some(q) = name.strip_prefix(LAST_SAVED)
            {
                *e = Expr::Str(value(q));
            }
        });
    }
}

/// Text in quotes: single, or double when it holds a single quote (the parser reads no
/// text holding both).
fn write_quoted(f: &mut fmt::Formatter<'_>, s: &str) -> fmt::Result {
    if s.contains('\'') {
        write!(f, "\"{s}\"")
    } else {
        write!(f, "'{s}'")
    }
}

/// The precedence of a chain's operators (all alike); an empty chain binds like a value.
fn chain_precedence(rest: &[(BinOp, Expr)]) -> u8 {
    rest.first().map_or(u8::MAX, |(op, _)| op.precedence())
}

impl fmt::Display for Expr {
    /// Prints an expression that parses back to the same tree (parentheses where needed).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expr::Ref(name) => write!(f, "${{{name}}}"),
            Expr::Asking(name) => write!(f, "current()/${{{name}}}"),
            Expr::Current => f.write_str("."),
            Expr::Parent => f.write_str(".."),
            Expr::Name(name) => f.write_str(name),
            Expr::Number(n) => write!(f, "{}", eval::format_number(*n)),
            Expr::Str(s) => write_quoted(f, s),
            Expr::Neg(inner) => match **inner {
                Expr::Chain(..) => write!(f, "-({inner})"),
                _ => write!(f, "-{inner}"),
            },
            Expr::Chain(first, rest) => {
                let precedence = chain_precedence(rest);
                // Parentheses around a chain binding more loosely, and on the right around
                // one binding as tightly (`a - (b - c)`).
                let operand = |f: &mut fmt::Formatter<'_>, e: &Expr, right: bool| match e {
                    Expr::Chain(_, inner)
                        if chain_precedence(inner) < precedence
                            || (right && chain_precedence(inner) == precedence) =>
                    {
                        write!(f, "({e})")
                    }
                    _ => write!(f, "{e}"),
                };
                operand(f, first, false)?;
                for (op, e) in rest {
                    write!(f, " {} ", op.symbol())?;
                    operand(f, e, true)?;
                }
                Ok(())
            }
            Expr::Call(function, args) => {
                write!(f, "{}(", function.name())?;
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{a}")?;
                }
                f.write_str(")")
            }
            Expr::Lookup {
                list,
                filter,
                column,
            } => {
                f.write_str("instance(")?;
                write_quoted(f, list)?;
                f.write_str(")/root/item")?;
                if let Some(filter) = filter {
                    write!(f, "[{filter}]")?;
                }
                if let Some(column) = column {
                    write!(f, "/{column}")?;
                }
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A filter over a repeat's answers: a name alone and a `${q}` of the repeat offered
    /// read each instance, another `${q}` is read beside the select, and a lookup's own
    /// filter keeps its columns.
    #[test]
    fn a_filter_over_a_repeat_s_answers_reads_as_pyxform_writes_it() {
        let mut filter = Expr::parse_choice_filter(
            "name != '' and ${age} > ${min_age} and instance('kinds')/root/item[name = ${kind}]/wild = 'no'",
        )
        .unwrap();
        let questions = ["name", "age", "min_age", "kind"];
        filter.read_over_instances(&|n| questions.contains(&n), &|n| {
            ["name", "age", "kind"].contains(&n)
        });
        assert_eq!(
            filter.to_string(),
            "${name} != '' and ${age} > current()/${min_age} and instance('kinds')/root/item[name = ${kind}]/wild = 'no'"
        );
        assert_eq!(Expr::parse(&filter.to_string()).unwrap(), filter);
    }

    /// The operators, by precedence: a chain mixes the operators of one group.
    const GROUPS: [&[BinOp]; 6] = [
        &[BinOp::Or],
        &[BinOp::And],
        &[BinOp::Eq, BinOp::Ne],
        &[BinOp::Lt, BinOp::Le, BinOp::Gt, BinOp::Ge],
        &[BinOp::Add, BinOp::Sub],
        &[BinOp::Mul, BinOp::Div, BinOp::Mod],
    ];

    /// A chain as the parser reads it: a first operand of the same precedence is part of
    /// the chain, not a node of its own.
    fn chain(first: Expr, rest: Vec<(BinOp, Expr)>) -> Expr {
        match first {
            Expr::Chain(inner_first, mut inner)
                if chain_precedence(&inner) == chain_precedence(&rest) =>
            {
                inner.extend(rest);
                Expr::Chain(inner_first, inner)
            }
            first => Expr::Chain(Box::new(first), rest),
        }
    }

    /// Any expression the parser can produce (numbers are never negative literals: `-1`
    /// is the negation of 1).
    fn any_expr() -> impl Strategy<Value = Expr> {
        let leaf = prop_oneof![
            "[a-z_][a-z0-9_.-]{0,8}".prop_map(Expr::Ref),
            "[a-z_][a-z0-9_.-]{0,8}".prop_map(Expr::Asking),
            Just(Expr::Current),
            (0u32..100_000, 0u32..4)
                .prop_map(|(n, d)| Expr::Number(f64::from(n) / f64::from(10u32.pow(d)))),
            "[^'\"]{0,6}".prop_map(Expr::Str),
            "[^']{0,4}\"[^']{0,4}".prop_map(Expr::Str),
            "[^\"]{0,4}'[^\"]{0,4}".prop_map(Expr::Str),
        ];
        leaf.prop_recursive(5, 48, 4, |inner| {
            prop_oneof![
                inner.clone().prop_map(|e| Expr::Neg(Box::new(e))),
                (
                    0..GROUPS.len(),
                    inner.clone(),
                    prop::collection::vec((0..4usize, inner.clone()), 1..4)
                )
                    .prop_map(|(group, first, rest)| {
                        let ops = GROUPS[group];
                        chain(
                            first,
                            rest.into_iter()
                                .map(|(op, e)| (ops[op % ops.len()], e))
                                .collect(),
                        )
                    }),
                prop::collection::vec(inner.clone(), 0..4)
                    .prop_map(|args| Expr::Call(Function::Concat, args)),
                (inner.clone(), inner.clone(), inner.clone())
                    .prop_map(|(a, b, c)| Expr::Call(Function::If, vec![a, b, c])),
                inner
                    .clone()
                    .prop_map(|a| Expr::Call(Function::ChoiceName, vec![a, Expr::Parent])),
                (
                    inner,
                    "[a-z][a-z0-9_]{0,6}",
                    proptest::option::of("[a-z][a-z_]{0,6}")
                )
                    .prop_map(|(filter, list, column)| Expr::Lookup {
                        list,
                        filter: Some(Box::new(Expr::Chain(
                            Box::new(Expr::Name("name".into())),
                            vec![(BinOp::Eq, filter)],
                        ))),
                        column,
                    }),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Printing an expression and parsing the text gives back the same expression.
        #[test]
        fn printing_then_parsing_gives_the_same_expression(e in any_expr()) {
            let printed = e.to_string();
            let parsed = Expr::parse(&printed);
            prop_assert_eq!(parsed.as_ref().ok(), Some(&e), "printed as {}", printed);
        }
    }
}

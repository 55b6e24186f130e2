//! The XPath subset XLSForm authors write in `relevant`, `constraint` and `calculation`.
//!
//! ```
//! use forms::expr::Expr;
//! let e = Expr::parse("${age} >= 18 and selected(${roles}, 'head')").unwrap();
//! assert_eq!(e.references(), vec!["age", "roles"]);
//! assert_eq!(Expr::parse(&e.to_string()).unwrap(), e);
//! ```

mod eval;
mod parse;

use std::fmt;

pub use eval::{Scope, Value, is_iso_date};

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
    fn symbol(self) -> &'static str {
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
    /// A bare name: a column of the choice being filtered (only in `choice_filter`).
    Name(String),
    Number(f64),
    Str(String),
    Neg(Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    Call(String, Vec<Expr>),
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

    /// The question names this expression reads, in order of first appearance.
    pub fn references(&self) -> Vec<&str> {
        fn go<'a>(e: &'a Expr, out: &mut Vec<&'a str>) {
            match e {
                Expr::Ref(name) => {
                    if !out.contains(&name.as_str()) {
                        out.push(name);
                    }
                }
                Expr::Neg(inner) => go(inner, out),
                Expr::Binary(_, a, b) => {
                    go(a, out);
                    go(b, out);
                }
                Expr::Call(_, args) => args.iter().for_each(|a| go(a, out)),
                Expr::Current | Expr::Name(_) | Expr::Number(_) | Expr::Str(_) => {}
            }
        }
        let mut out = Vec::new();
        go(self, &mut out);
        out
    }
}

impl fmt::Display for Expr {
    /// Prints an expression that parses back to the same tree (parentheses where needed).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expr::Ref(name) => write!(f, "${{{name}}}"),
            Expr::Current => f.write_str("."),
            Expr::Name(name) => f.write_str(name),
            Expr::Number(n) => write!(f, "{}", eval::format_number(*n)),
            Expr::Str(s) if s.contains('\'') => write!(f, "\"{s}\""),
            Expr::Str(s) => write!(f, "'{s}'"),
            Expr::Neg(inner) => match **inner {
                Expr::Binary(..) => write!(f, "-({inner})"),
                _ => write!(f, "-{inner}"),
            },
            Expr::Binary(op, a, b) => {
                let side = |f: &mut fmt::Formatter<'_>, e: &Expr, right: bool| match e {
                    Expr::Binary(inner, ..)
                        if inner.precedence() < op.precedence()
                            || (right && inner.precedence() == op.precedence()) =>
                    {
                        write!(f, "({e})")
                    }
                    _ => write!(f, "{e}"),
                };
                side(f, a, false)?;
                write!(f, " {} ", op.symbol())?;
                side(f, b, true)
            }
            Expr::Call(name, args) => {
                write!(f, "{name}(")?;
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{a}")?;
                }
                f.write_str(")")
            }
        }
    }
}

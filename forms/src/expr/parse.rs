//! Tokenizer and precedence-climbing parser for form expressions.

use super::{BinOp, Expr, Function, LAST_SAVED, MAX_DEPTH, MAX_LENGTH};
use crate::Error;

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Token {
    Ref(String),
    Number(f64),
    Str(String),
    Name(String),
    Dot,
    DotDot,
    LParen,
    RParen,
    Comma,
    Minus,
    Op(BinOp),
    /// `/`, `[`, `]`: only in `instance('list')/root/item[…]/column`.
    Slash,
    LBracket,
    RBracket,
}

struct Lexer<'a> {
    src: &'a str,
    pos: usize,
    /// The last token ended an operand (`.`, `)`, a name, a number…): what follows is an
    /// operator.
    after_operand: bool,
}

fn fail(src: &str, at: usize, reason: impl Into<String>) -> Error {
    Error::Expression {
        expr: src.to_string(),
        at,
        reason: reason.into(),
    }
}

impl<'a> Lexer<'a> {
    fn new(src: &'a str) -> Self {
        Lexer {
            src,
            pos: 0,
            after_operand: false,
        }
    }

    fn peek_char(&self) -> Option<char> {
        self.src[self.pos..].chars().next()
    }

    fn next(&mut self) -> Result<Option<(usize, Token)>, Error> {
        while self.peek_char().is_some_and(char::is_whitespace) {
            self.pos += self.peek_char().map_or(1, char::len_utf8);
        }
        let start = self.pos;
        let rest = &self.src[self.pos..];
        let Some(c) = rest.chars().next() else {
            return Ok(None);
        };
        let simple = |len: usize, t: Token| (len, t);
        let (len, token) = match c {
            '$' => {
                if !rest.starts_with("${") {
                    return Err(fail(
                        self.src,
                        start,
                        "`$` must start a reference like ${name}",
                    ));
                }
                let end = rest
                    .find('}')
                    .ok_or_else(|| fail(self.src, start, "reference is not closed with `}`"))?;
                let name = &rest[2..end];
                // `${last-saved#q}`: q's answer in the last record saved (`Scope::last_saved`).
                let q = name.strip_prefix(LAST_SAVED).unwrap_or(name);
                if q.is_empty() || !q.chars().all(is_name_char) {
                    return Err(fail(
                        self.src,
                        start,
                        format!("`{name}` is not a valid question name"),
                    ));
                }
                (end + 1, Token::Ref(name.to_string()))
            }
            '\'' | '"' => {
                let end = rest[1..]
                    .find(c)
                    .ok_or_else(|| fail(self.src, start, "text is not closed with a quote"))?;
                (end + 2, Token::Str(rest[1..=end].to_string()))
            }
            '0'..='9' => number(rest, self.src, start)?,
            '.' if rest[1..].starts_with(|c: char| c.is_ascii_digit()) => {
                number(rest, self.src, start)?
            }
            '.' if rest.starts_with("..") => simple(2, Token::DotDot),
            '.' => simple(1, Token::Dot),
            '(' => simple(1, Token::LParen),
            ')' => simple(1, Token::RParen),
            ',' => simple(1, Token::Comma),
            '/' => simple(1, Token::Slash),
            '[' => simple(1, Token::LBracket),
            ']' => simple(1, Token::RBracket),
            '-' => simple(1, Token::Minus),
            '+' => simple(1, Token::Op(BinOp::Add)),
            '*' => simple(1, Token::Op(BinOp::Mul)),
            '=' => simple(1, Token::Op(BinOp::Eq)),
            '!' if rest.starts_with("!=") => simple(2, Token::Op(BinOp::Ne)),
            '<' if rest.starts_with("<=") => simple(2, Token::Op(BinOp::Le)),
            '<' => simple(1, Token::Op(BinOp::Lt)),
            '>' if rest.starts_with(">=") => simple(2, Token::Op(BinOp::Ge)),
            '>' => simple(1, Token::Op(BinOp::Gt)),
            c if c.is_alphabetic() || c == '_' => {
                let len = rest
                    .char_indices()
                    .find(|&(_, c)| !(is_name_char(c) || c == ':'))
                    .map_or(rest.len(), |(i, _)| i);
                let mut word = &rest[..len];
                // After an operand only an operator may come: `.>0 and.<=5` is `and` then
                // `.`, as ODK Web Forms reads it (XPath 1.0's longest token would make
                // `and.` one name, an error), though `.` may continue a name.
                if self.after_operand
                    && let Some(op) = ["and", "or", "div", "mod"].into_iter().find(|op| {
                        word.strip_prefix(op)
                            .is_some_and(|after| after.starts_with('.'))
                    })
                {
                    word = op;
                }
                let len = word.len();
                let token = match word {
                    "and" => Token::Op(BinOp::And),
                    "or" => Token::Op(BinOp::Or),
                    "div" => Token::Op(BinOp::Div),
                    "mod" => Token::Op(BinOp::Mod),
                    _ => Token::Name(word.to_string()),
                };
                (len, token)
            }
            other => {
                return Err(fail(
                    self.src,
                    start,
                    format!("unexpected character `{other}`"),
                ));
            }
        };
        self.pos += len;
        self.after_operand = !matches!(
            token,
            Token::LParen
                | Token::LBracket
                | Token::Comma
                | Token::Minus
                | Token::Op(_)
                | Token::Slash
        );
        Ok(Some((start, token)))
    }
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '-' || c == '.'
}

fn number(rest: &str, src: &str, start: usize) -> Result<(usize, Token), Error> {
    let len = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == '.'))
        .map_or(rest.len(), |(i, _)| i);
    let value = crate::num::parse_decimal(&rest[..len])
        .ok_or_else(|| fail(src, start, format!("`{}` is not a number", &rest[..len])))?;
    // Past the largest number there is (about 1.8e308) a literal reads as infinity, which
    // prints as `Infinity` and would not read back.
    if value.is_infinite() {
        return Err(fail(src, start, "the number is too large"));
    }
    Ok((len, Token::Number(value)))
}

struct Parser<'a> {
    src: &'a str,
    tokens: Vec<(usize, Token)>,
    pos: usize,
    /// Whether bare names (choice columns) are allowed.
    names: bool,
    /// How many parentheses, calls, filters, signs and operands of tighter operators enclose
    /// the current token: how deep the parser has recursed.
    nesting: usize,
}

/// Every token of `src` with the byte range it covers.
pub(super) fn tokens(src: &str) -> Result<Vec<(std::ops::Range<usize>, Token)>, Error> {
    let mut lexer = Lexer::new(src);
    let mut out = Vec::new();
    while let Some((start, token)) = lexer.next()? {
        out.push((start..lexer.pos, token));
    }
    Ok(out)
}

/// An expression and the height of its tree (a leaf is 1).
type Tree = (Expr, usize);

pub(super) fn parse(src: &str, names: bool) -> Result<Expr, Error> {
    if src.len() > MAX_LENGTH {
        return Err(Error::Expression {
            // The whole text would make a message as long as the expression.
            expr: format!(
                "{}…",
                &src[..(0..=60).rfind(|&i| src.is_char_boundary(i)).unwrap_or(0)]
            ),
            at: MAX_LENGTH,
            reason: format!(
                "the expression is {} bytes long; at most {MAX_LENGTH} are accepted",
                src.len()
            ),
        });
    }
    let mut lexer = Lexer::new(src);
    let mut tokens = Vec::new();
    while let Some(t) = lexer.next()? {
        tokens.push(t);
    }
    if tokens.is_empty() {
        return Err(fail(src, 0, "the expression is empty"));
    }
    let mut parser = Parser {
        src,
        tokens,
        pos: 0,
        names,
        nesting: 0,
    };
    let (expr, _) = parser.expression(0)?;
    if let Some((at, token)) = parser.tokens.get(parser.pos) {
        return Err(fail(
            src,
            *at,
            format!("unexpected {} after a complete expression", describe(token)),
        ));
    }
    Ok(expr)
}

fn too_deep(src: &str, at: usize) -> Error {
    fail(
        src,
        at,
        format!(
            "the expression nests more than {MAX_DEPTH} levels deep here (parentheses, calls and operators inside one another)"
        ),
    )
}

fn describe(token: &Token) -> String {
    match token {
        Token::Ref(n) => format!("reference ${{{n}}}"),
        Token::Number(n) => format!("number {}", super::eval::format_number(*n)),
        Token::Str(s) => format!("text '{s}'"),
        Token::Name(n) => format!("`{n}`"),
        Token::Dot => "`.`".into(),
        Token::DotDot => "`..`".into(),
        Token::LParen => "`(`".into(),
        Token::RParen => "`)`".into(),
        Token::Comma => "`,`".into(),
        Token::Minus => "`-`".into(),
        Token::Op(op) => format!("`{}`", op.symbol()),
        Token::Slash => "`/`".into(),
        Token::LBracket => "`[`".into(),
        Token::RBracket => "`]`".into(),
    }
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos).map(|(_, t)| t)
    }

    fn at(&self) -> usize {
        self.tokens
            .get(self.pos)
            .map_or(self.src.len(), |(at, _)| *at)
    }

    fn binary_op(&self) -> Option<BinOp> {
        match self.peek()? {
            Token::Op(op) => Some(*op),
            Token::Minus => Some(BinOp::Sub),
            _ => None,
        }
    }

    /// Run `inner` one level deeper (inside `(`, a call, a filter, a `-` or the operand of
    /// a tighter operator), refusing to go past [`MAX_DEPTH`]: the parser recurses once per
    /// level, before the tree's height is known.
    fn nested<T>(
        &mut self,
        at: usize,
        inner: impl FnOnce(&mut Self) -> Result<T, Error>,
    ) -> Result<T, Error> {
        if self.nesting >= MAX_DEPTH {
            return Err(too_deep(self.src, at));
        }
        self.nesting += 1;
        let result = inner(self);
        self.nesting -= 1;
        result
    }

    /// A node over children of the given height, refused past [`MAX_DEPTH`]: evaluating,
    /// printing, comparing and dropping the tree recurse once per level.
    fn node(&self, at: usize, expr: Expr, children: usize) -> Result<Tree, Error> {
        if children >= MAX_DEPTH {
            return Err(too_deep(self.src, at));
        }
        Ok((expr, children + 1))
    }

    /// Operands joined by operators binding more tightly than `min_precedence`. Operators of
    /// one precedence make one chain, read in a loop (`a or b or c …` nests no deeper
    /// however long); an operator binding more loosely than the chain before it takes that
    /// chain as its first operand.
    fn expression(&mut self, min_precedence: u8) -> Result<Tree, Error> {
        let start = self.at();
        let (mut first, mut height) = self.unary()?;
        let mut rest: Vec<(BinOp, Expr)> = Vec::new();
        while let Some(op) = self.binary_op() {
            if op.precedence() <= min_precedence {
                break;
            }
            if rest
                .first()
                .is_some_and(|(o, _)| o.precedence() != op.precedence())
            {
                (first, height) = self.node(
                    start,
                    Expr::Chain(Box::new(first), std::mem::take(&mut rest)),
                    height,
                )?;
            }
            let at = self.at();
            self.pos += 1;
            let (right, right_height) = self.nested(at, |p| p.expression(op.precedence()))?;
            height = height.max(right_height);
            rest.push((op, right));
        }
        if rest.is_empty() {
            Ok((first, height))
        } else {
            self.node(start, Expr::Chain(Box::new(first), rest), height)
        }
    }

    fn unary(&mut self) -> Result<Tree, Error> {
        if self.peek() == Some(&Token::Minus) {
            let at = self.at();
            self.pos += 1;
            let (inner, height) = self.nested(at, Self::unary)?;
            return self.node(at, Expr::Neg(Box::new(inner)), height);
        }
        self.primary()
    }

    fn primary(&mut self) -> Result<Tree, Error> {
        let at = self.at();
        let Some((_, token)) = self.tokens.get(self.pos).cloned() else {
            return Err(fail(self.src, at, "the expression ends too early"));
        };
        self.pos += 1;
        match token {
            Token::Ref(name) => Ok((Expr::Ref(name), 1)),
            Token::Number(n) => Ok((Expr::Number(n), 1)),
            Token::Str(s) => Ok((Expr::Str(s), 1)),
            Token::Dot => Ok((Expr::Current, 1)),
            Token::DotDot => Ok((Expr::Parent, 1)),
            Token::LParen => {
                let inner = self.nested(at, |p| p.expression(0))?;
                self.expect(Token::RParen, "a closing `)`")?;
                Ok(inner)
            }
            Token::Name(name) => {
                if self.peek() != Some(&Token::LParen) && self.names {
                    // A nested column of the row: `P_Demographic/P_SN`.
                    let path = self.name_path();
                    return Ok((Expr::Name(name + &path), 1));
                }
                if self.peek() != Some(&Token::LParen) {
                    return Err(fail(
                        self.src,
                        at,
                        format!("`{name}` is neither a function call nor a ${{reference}}"),
                    ));
                }
                self.pos += 1;
                let mut args = Vec::new();
                let mut height = 0;
                if self.peek() != Some(&Token::RParen) {
                    loop {
                        let (arg, arg_height) = self.nested(at, |p| p.expression(0))?;
                        args.push(arg);
                        height = height.max(arg_height);
                        if self.peek() == Some(&Token::Comma) {
                            self.pos += 1;
                        } else {
                            break;
                        }
                    }
                }
                self.expect(Token::RParen, "`,` or `)` in the call")?;
                if name == "instance" {
                    return self.lookup(at, args);
                }
                // `current()/${pos}`: the question beside the one asking (Expr::Asking).
                if name == "current" && args.is_empty() {
                    if self.peek() == Some(&Token::Slash)
                        && let Some((_, Token::Ref(beside))) = self.tokens.get(self.pos + 1)
                    {
                        let beside = beside.clone();
                        self.pos += 2;
                        return Ok((Expr::Asking(beside), 1));
                    }
                    return Ok((Expr::Current, 1));
                }
                let function = Function::resolve(&name, args.len())
                    .map_err(|reason| fail(self.src, at, reason))?;
                self.node(at, Expr::Call(function, args), height)
            }
            other => Err(fail(
                self.src,
                at,
                format!("expected a value but found {}", describe(&other)),
            )),
        }
    }

    /// After `instance('list')`: `/root/item`, an optional `[filter]` whose bare names are
    /// the item's columns, and an optional `/column`.
    fn lookup(&mut self, at: usize, args: Vec<Expr>) -> Result<Tree, Error> {
        let [Expr::Str(list)] = args.as_slice() else {
            return Err(fail(
                self.src,
                at,
                "instance() takes the name of one choice list or file, in quotes",
            ));
        };
        // `/root/item`; KoboToolbox names the rows of another form's submissions `data`
        // (`instance('survey')/root/data[…]`): any name is a row.
        for step in ["root", "item"] {
            self.expect(Token::Slash, "`/root/item` after instance(…)")?;
            match self.peek() {
                Some(Token::Name(name)) if step == "item" || name == step => self.pos += 1,
                _ => {
                    return Err(fail(
                        self.src,
                        self.at(),
                        "expected `/root/item` after instance(…)",
                    ));
                }
            }
        }
        let mut height = 0;
        let filter = if self.peek() == Some(&Token::LBracket) {
            let bracket = self.at();
            self.pos += 1;
            let names = std::mem::replace(&mut self.names, true);
            let filter = self.nested(bracket, |p| p.expression(0));
            self.names = names;
            let (filter, filter_height) = filter?;
            height = filter_height;
            self.expect(Token::RBracket, "`]` closing the filter")?;
            Some(Box::new(filter))
        } else {
            None
        };
        let column = if self.peek() == Some(&Token::Slash) {
            self.pos += 1;
            match self.tokens.get(self.pos) {
                Some((_, Token::Name(column))) => {
                    let mut column = column.clone();
                    self.pos += 1;
                    // A nested column: `P_Demographic/P_Name`.
                    column.push_str(&self.name_path());
                    Some(column)
                }
                // After `/` a word is a column even when it spells an operator (`/or`).
                Some((_, Token::Op(op @ (BinOp::And | BinOp::Or | BinOp::Div | BinOp::Mod)))) => {
                    let column = op.symbol().to_string();
                    self.pos += 1;
                    Some(column)
                }
                _ => {
                    return Err(fail(
                        self.src,
                        self.at(),
                        "expected a column name after `/`",
                    ));
                }
            }
        } else {
            None
        };
        self.node(
            at,
            Expr::Lookup {
                list: list.clone(),
                filter,
                column,
            },
            height,
        )
    }

    /// The `/name` steps that follow a column's name (a nested column of an XML row),
    /// `/`-joined; empty when none follows.
    fn name_path(&mut self) -> String {
        let mut path = String::new();
        while self.peek() == Some(&Token::Slash) {
            let Some((_, Token::Name(step))) = self.tokens.get(self.pos + 1) else {
                break;
            };
            path.push('/');
            path.push_str(step);
            self.pos += 2;
        }
        path
    }

    fn expect(&mut self, token: Token, what: &str) -> Result<(), Error> {
        if self.peek() == Some(&token) {
            self.pos += 1;
            Ok(())
        } else {
            Err(fail(self.src, self.at(), format!("expected {what}")))
        }
    }
}

#[cfg(test)]
mod tests;

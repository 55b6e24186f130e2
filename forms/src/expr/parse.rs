//! Tokenizer and precedence-climbing parser for form expressions.

use super::{BinOp, Expr};
use crate::Error;

#[derive(Debug, Clone, PartialEq)]
enum Token {
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
}

fn fail(src: &str, at: usize, reason: impl Into<String>) -> Error {
    Error::Expression {
        expr: src.to_string(),
        at,
        reason: reason.into(),
    }
}

impl<'a> Lexer<'a> {
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
                if name.is_empty() || !name.chars().all(is_name_char) {
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
                let word = &rest[..len];
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
    Ok((len, Token::Number(value)))
}

struct Parser<'a> {
    src: &'a str,
    tokens: Vec<(usize, Token)>,
    pos: usize,
    /// Whether bare names (choice columns) are allowed.
    names: bool,
}

pub(super) fn parse(src: &str, names: bool) -> Result<Expr, Error> {
    let mut lexer = Lexer { src, pos: 0 };
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
    };
    let expr = parser.expression(0)?;
    if let Some((at, token)) = parser.tokens.get(parser.pos) {
        return Err(fail(
            src,
            *at,
            format!("unexpected {} after a complete expression", describe(token)),
        ));
    }
    Ok(expr)
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

    fn expression(&mut self, min_precedence: u8) -> Result<Expr, Error> {
        let mut left = self.unary()?;
        while let Some(op) = self.binary_op() {
            if op.precedence() <= min_precedence {
                break;
            }
            self.pos += 1;
            let right = self.expression(op.precedence())?;
            left = Expr::Binary(op, Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Expr, Error> {
        if self.peek() == Some(&Token::Minus) {
            self.pos += 1;
            let inner = self.unary()?;
            return Ok(Expr::Neg(Box::new(inner)));
        }
        self.primary()
    }

    fn primary(&mut self) -> Result<Expr, Error> {
        let at = self.at();
        let Some((_, token)) = self.tokens.get(self.pos).cloned() else {
            return Err(fail(self.src, at, "the expression ends too early"));
        };
        self.pos += 1;
        match token {
            Token::Ref(name) => Ok(Expr::Ref(name)),
            Token::Number(n) => Ok(Expr::Number(n)),
            Token::Str(s) => Ok(Expr::Str(s)),
            Token::Dot => Ok(Expr::Current),
            Token::DotDot => Ok(Expr::Parent),
            Token::LParen => {
                let inner = self.expression(0)?;
                self.expect(Token::RParen, "a closing `)`")?;
                Ok(inner)
            }
            Token::Name(name) => {
                if self.peek() != Some(&Token::LParen) && self.names {
                    return Ok(Expr::Name(name));
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
                if self.peek() != Some(&Token::RParen) {
                    loop {
                        args.push(self.expression(0)?);
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
                super::eval::check_call(&name, args.len())
                    .map_err(|reason| fail(self.src, at, reason))?;
                Ok(Expr::Call(name, args))
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
    fn lookup(&mut self, at: usize, args: Vec<Expr>) -> Result<Expr, Error> {
        let [Expr::Str(list)] = args.as_slice() else {
            return Err(fail(
                self.src,
                at,
                "instance() takes the name of one choice list or file, in quotes",
            ));
        };
        for step in ["root", "item"] {
            self.expect(Token::Slash, "`/root/item` after instance(…)")?;
            if self.peek() != Some(&Token::Name(step.into())) {
                return Err(fail(
                    self.src,
                    self.at(),
                    "expected `/root/item` after instance(…)",
                ));
            }
            self.pos += 1;
        }
        let filter = if self.peek() == Some(&Token::LBracket) {
            self.pos += 1;
            let names = std::mem::replace(&mut self.names, true);
            let filter = self.expression(0);
            self.names = names;
            let filter = filter?;
            self.expect(Token::RBracket, "`]` closing the filter")?;
            Some(Box::new(filter))
        } else {
            None
        };
        let column = if self.peek() == Some(&Token::Slash) {
            self.pos += 1;
            match self.tokens.get(self.pos) {
                Some((_, Token::Name(column))) => {
                    let column = column.clone();
                    self.pos += 1;
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
        Ok(Expr::Lookup {
            list: list.clone(),
            filter,
            column,
        })
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
mod tests {
    use super::*;

    fn p(s: &str) -> Expr {
        parse(s, false).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn precedence_follows_xpath() {
        assert_eq!(p("1 + 2 * 3").to_string(), "1 + 2 * 3");
        assert_eq!(
            p("1 + 2 * 3"),
            Expr::Binary(
                BinOp::Add,
                Box::new(Expr::Number(1.0)),
                Box::new(Expr::Binary(
                    BinOp::Mul,
                    Box::new(Expr::Number(2.0)),
                    Box::new(Expr::Number(3.0))
                ))
            )
        );
        assert!(matches!(
            p("${a} > 1 and ${b} = 'x' or ${c}"),
            Expr::Binary(BinOp::Or, ..)
        ));
    }

    #[test]
    fn subtraction_is_left_associative_and_prints_back() {
        let e = p("10 - 3 - 2");
        assert_eq!(parse(&e.to_string(), false).unwrap(), e);
        let e = p("10 - (3 - 2)");
        assert_eq!(e.to_string(), "10 - (3 - 2)");
        assert_eq!(parse(&e.to_string(), false).unwrap(), e);
    }

    #[test]
    fn names_with_dashes_and_prefixes_are_functions() {
        assert!(matches!(p("count-selected(${x})"), Expr::Call(n, _) if n == "count-selected"));
        assert!(
            matches!(p("jr:choice-name(${x}, '${x}')"), Expr::Call(n, _) if n == "jr:choice-name")
        );
    }

    #[test]
    fn a_column_may_spell_an_operator() {
        let parsed = Expr::parse("instance('a')/root/item[name = ${x}]/or").unwrap();
        assert!(matches!(parsed, Expr::Lookup { column: Some(c), .. } if c == "or"));
    }

    #[test]
    fn choice_filters_read_bare_names_as_columns() {
        let e = parse("state = ${state} and cf != ''", true).unwrap();
        assert!(
            matches!(&e, Expr::Binary(BinOp::And, a, _) if matches!(&**a, Expr::Binary(BinOp::Eq, n, _) if **n == Expr::Name("state".into())))
        );
        assert_eq!(parse(&e.to_string(), true).unwrap(), e);
        assert!(
            parse("state = ${state}", false).is_err(),
            "bare names only in filters"
        );
    }

    #[test]
    fn errors_say_where() {
        let Err(Error::Expression { at, reason, .. }) = parse("${a} > ", false) else {
            panic!("should fail")
        };
        assert_eq!(at, 7);
        assert!(reason.contains("ends too early"), "{reason}");
        assert!(parse("${a", false).is_err());
        assert!(parse("1 +* 2", false).is_err());
        assert!(parse("unknownfn(1)", false).is_err());
        assert!(parse("(1 + 2", false).is_err());
        assert!(parse("1 2", false).is_err());
        assert!(parse("", false).is_err());
    }
}

//! The part of Fluent the UI's `.ftl` files are written in, read without a Fluent runtime:
//! on the phone when a language is chosen ([`super::load`]), and by `forms/build.rs`, which
//! includes this file, compiles English (and natively every language) from what it reads,
//! and refuses a file unless `fluent-syntax` (the reference parser) reads every message the
//! same way. So a translation the phone would read differently never builds.
//!
//! What is read: `# comments`, and one message per `id = text` line, where text holds
//! `{ $variable }`, `{ NUMBER($variable) }` (a number, written the language's way),
//! `{ "literal" }`, and selectors whose variants take one line each:
//!
//! ```ftl
//! unlock-wait = Too many wrong attempts. { $seconds ->
//!         [one] Try again in { $seconds } second.
//!        *[other] Try again in { $seconds } seconds.
//!     }
//! ```
//!
//! A variant key is a CLDR plural category (`zero`, `one`, `two`, `few`, `many`, `other`),
//! a number (`[0]`, matched exactly), or any other word (matched against the argument's
//! text); `*` marks the default. Selectors do not nest.

/// A piece of a message as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part<'a> {
    Text(&'a str),
    /// `{ $name }`.
    Var(&'a str),
    /// `{ NUMBER($name) }`.
    Number(&'a str),
    /// `{ $name -> [key] … *[key] … }`: the variants, in order, with their keys, and
    /// which one is the default.
    Select(&'a str, Vec<(&'a str, Vec<Part<'a>>)>, usize),
}

/// What cannot be read: the line's number and why (no formatting code on the phone).
pub type Error = (usize, &'static str);

/// The messages of a file, in order, or what cannot be read.
pub fn messages(source: &str) -> Result<Vec<(&str, Vec<Part<'_>>)>, Error> {
    let mut out = Vec::new();
    let mut lines = source.lines().enumerate().map(|(n, l)| (n + 1, l));
    while let Some((n, line)) = lines.next() {
        if blank(line).is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((id, text)) = line.split_once(" = ") else {
            return Err((n, "expected `id = text`"));
        };
        let id = id.trim_end_matches(' ');
        if id.is_empty()
            || !id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Err((n, "this is not a message id"));
        }
        let mut parts = pattern(n, text.trim_start_matches(' '), Some(&mut lines))?;
        let mut counts = Vec::new();
        for part in &parts {
            if let Part::Select(var, ..) = part {
                counts.push(*var);
            }
        }
        as_numbers(&mut parts, &counts);
        out.push((id, parts));
    }
    Ok(out)
}

/// A variable a selector reads is a number in the whole message (as Fluent formats a
/// numeric argument everywhere): `{ $seconds }` is written in the language's digits.
fn as_numbers(parts: &mut [Part<'_>], counts: &[&str]) {
    for part in parts {
        match part {
            Part::Var(v) if counts.contains(v) => *part = Part::Number(v),
            Part::Select(_, variants, _) => {
                for (_, p) in variants {
                    as_numbers(p, counts);
                }
            }
            _ => {}
        }
    }
}

/// Without the blanks around it: Fluent's blank is the space (U+0020) only, and testing for
/// it alone keeps Unicode's whitespace tables out of the phone's download.
fn blank(s: &str) -> &str {
    s.trim_matches(' ')
}

type Lines<'s, 'a> = &'s mut dyn Iterator<Item = (usize, &'a str)>;

/// The parts of `text` (the rest of line `n`); a selector reads its variants from `lines`
/// (None inside a variant: selectors do not nest). Trailing blanks are not text.
fn pattern<'a>(
    n: usize,
    text: &'a str,
    mut lines: Option<Lines<'_, 'a>>,
) -> Result<Vec<Part<'a>>, Error> {
    let mut parts = Vec::new();
    let mut rest = text.trim_end_matches(' ');
    while !rest.is_empty() {
        let Some(open) = rest.find(['{', '}']) else {
            parts.push(Part::Text(rest));
            break;
        };
        if open > 0 {
            parts.push(Part::Text(&rest[..open]));
        }
        let after = &rest[open + 1..];
        if rest[open..].starts_with('}') {
            return Err((n, "`}` without `{`"));
        }
        let Some(close) = after.find('}') else {
            // A selector: `{ $name ->` ends the line; its variants follow.
            let subject = blank(after).strip_suffix("->").map(blank);
            let Some(var) = subject.and_then(variable) else {
                return Err((n, "unclosed `{`"));
            };
            let Some(lines) = lines.as_deref_mut() else {
                return Err((n, "selectors do not nest"));
            };
            let (variants, default, tail) = variants(n, lines)?;
            parts.push(Part::Select(var, variants, default));
            rest = tail.trim_end_matches(' ');
            continue;
        };
        let inside = blank(&after[..close]);
        if let Some(var) = inside.strip_prefix('$').filter(|v| is_name(v)) {
            parts.push(Part::Var(var));
        } else if let Some(var) = inside
            .strip_prefix("NUMBER(")
            .and_then(|v| v.strip_suffix(')'))
        {
            let var = variable(blank(var)).ok_or((n, "NUMBER() takes a $variable"))?;
            parts.push(Part::Number(var));
        } else if let Some(literal) = inside
            .strip_prefix('"')
            .and_then(|l| l.strip_suffix('"'))
            .filter(|l| !l.contains(['"', '\\']))
        {
            parts.push(Part::Text(literal));
        } else {
            return Err((
                n,
                "only { $variable }, { NUMBER($variable) }, { \"text\" } and selectors are supported",
            ));
        }
        rest = &after[close + 1..];
    }
    Ok(parts)
}

/// `$name` or `NUMBER($name)`: the variable's name.
fn variable(subject: &str) -> Option<&str> {
    let inner = subject
        .strip_prefix("NUMBER(")
        .and_then(|s| s.strip_suffix(')'))
        .map_or(subject, blank);
    inner.strip_prefix('$').filter(|v| is_name(v))
}

fn is_name(s: &str) -> bool {
    s.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

type Variants<'a> = Vec<(&'a str, Vec<Part<'a>>)>;

/// A selector's variants, one per line, up to the line starting with `}` (what follows
/// that `}` on its line continues the message), and the default's index.
fn variants<'a>(
    start: usize,
    lines: Lines<'_, 'a>,
) -> Result<(Variants<'a>, usize, &'a str), Error> {
    let mut variants = Vec::new();
    let mut default = None;
    for (n, line) in &mut *lines {
        let line = line.trim_start_matches(' ');
        if line.is_empty() {
            return Err((n, "blank line inside a selector"));
        }
        if let Some(tail) = line.strip_prefix('}') {
            let Some(default) = default else {
                return Err((n, "a selector needs a *[default] variant"));
            };
            return Ok((variants, default, tail));
        }
        let starred = line.strip_prefix('*');
        let Some((key, text)) = starred
            .unwrap_or(line)
            .strip_prefix('[')
            .and_then(|l| l.split_once(']'))
        else {
            return Err((n, "expected a variant `[key] text` or `}`"));
        };
        if starred.is_some() {
            if default.is_some() {
                return Err((n, "a selector has one *[default] variant"));
            }
            default = Some(variants.len());
        }
        variants.push((blank(key), pattern(n, text.trim_start_matches(' '), None)?));
    }
    Err((start, "the selector is not closed with `}`"))
}

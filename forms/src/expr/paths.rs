//! XPath location paths as some XLSForms write them instead of `${name}`: absolute
//! (`/data/household/size`), relative to the question (`../size`, `../../head/age`) and, in a
//! `choice_filter`, from the question (`current()/../district`). The XLSForm import turns
//! each into the `${name}` it leads to, so the engine, the dependency graph and the policy
//! see one kind of reference. `position(..)` and `instance('list')/root/item` are left as
//! they are (the engine reads them).

use super::parse::{Token, tokens};

/// One location path found in an expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathRef<'a> {
    /// From the form's root (`/data/…`: the root's own name is dropped), or from the
    /// question the expression belongs to.
    pub absolute: bool,
    /// How many levels a relative path climbs first (`..` is one, `current()` and `.` none).
    pub up: usize,
    /// The names walked down, in order.
    pub steps: Vec<&'a str>,
    /// Written from `current()` (`current()/../district`).
    pub from_current: bool,
}

/// `src` with every location path replaced by `${name}`, the name `resolve` finds for it
/// (or its reason why none). With `asking` (the filter of a select offering a repeat's
/// answers), a path from `current()` becomes `current()/${name}` ([`super::Expr::Asking`]):
/// read beside the select, not in each instance offered.
pub fn rewrite_paths(
    src: &str,
    asking: bool,
    mut resolve: impl FnMut(&PathRef<'_>) -> Result<String, String>,
) -> Result<String, crate::Error> {
    if !src.contains('/') {
        return Ok(src.to_string());
    }
    let tokens = tokens(src)?;
    let mut out = String::with_capacity(src.len());
    let mut copied = 0;
    let mut i = 0;
    while i < tokens.len() {
        let Some((path, end)) = path_at(src, &tokens, i) else {
            i += 1;
            continue;
        };
        let start = tokens[i].0.start;
        let name = resolve(&path).map_err(|reason| crate::Error::Expression {
            expr: src.to_string(),
            at: start,
            reason,
        })?;
        out.push_str(&src[copied..start]);
        if asking && path.from_current {
            out.push_str("current()/");
        }
        out.push_str(&format!("${{{name}}}"));
        copied = tokens[end - 1].0.end;
        i = end;
    }
    out.push_str(&src[copied..]);
    Ok(out)
}

/// The path starting at token `i`, and the index after its last token.
fn path_at<'a>(
    src: &'a str,
    tokens: &[(std::ops::Range<usize>, Token)],
    i: usize,
) -> Option<(PathRef<'a>, usize)> {
    let token = |k: usize| tokens.get(k).map(|(_, t)| t);
    let text = |k: usize| &src[tokens[k].0.clone()];
    // After an operand, `/` continues `instance(…)/root/…` or `…]/column`: not a new path.
    let after_operand = i > 0
        && matches!(
            token(i - 1),
            Some(
                Token::RParen
                    | Token::RBracket
                    | Token::Name(_)
                    | Token::Ref(_)
                    | Token::Number(_)
                    | Token::Str(_)
                    | Token::Dot
                    | Token::DotDot
            )
        );
    if after_operand {
        return None;
    }
    let from_current = matches!(token(i), Some(Token::Name(n)) if n == "current");
    let (absolute, mut up, mut k) = match token(i)? {
        Token::Slash => {
            // `/data/…`: the root's name, then the steps.
            if !matches!(token(i + 1), Some(Token::Name(_))) {
                return None;
            }
            (true, 0, i + 2)
        }
        Token::DotDot if token(i + 1) == Some(&Token::Slash) => (false, 1, i + 1),
        Token::Dot if token(i + 1) == Some(&Token::Slash) => (false, 0, i + 1),
        Token::Name(n)
            if n == "current"
                && token(i + 1) == Some(&Token::LParen)
                && token(i + 2) == Some(&Token::RParen)
                && token(i + 3) == Some(&Token::Slash) =>
        {
            (false, 0, i + 3)
        }
        _ => return None,
    };
    let mut steps = Vec::new();
    while token(k) == Some(&Token::Slash) {
        match token(k + 1) {
            Some(Token::DotDot) if steps.is_empty() && !absolute => up += 1,
            Some(Token::Dot) if steps.is_empty() && !absolute => {}
            Some(Token::Name(_)) => steps.push(text(k + 1)),
            _ => break,
        }
        k += 2;
    }
    // A path that names nothing (`/data`, `../..`) or is followed by a filter is left alone.
    if steps.is_empty() || matches!(token(k), Some(Token::LBracket | Token::LParen)) {
        return None;
    }
    Some((
        PathRef {
            absolute,
            up,
            steps,
            from_current,
        },
        k,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(src: &str) -> (String, Vec<String>) {
        let mut seen = Vec::new();
        let out = rewrite_paths(src, false, |p| {
            seen.push(format!(
                "{}{}{}",
                if p.absolute { "/" } else { "" },
                "../".repeat(p.up),
                p.steps.join("/")
            ));
            Ok(p.steps.join("."))
        })
        .unwrap();
        (out, seen)
    }

    #[test]
    fn each_kind_of_path_becomes_a_reference() {
        assert_eq!(
            paths("/data/household/size > 2 and ../age >= 18"),
            (
                "${household.size} > 2 and ${age} >= 18".into(),
                vec!["/household/size".into(), "../age".into()]
            )
        );
        assert_eq!(
            paths("district = current()/../district"),
            ("district = ${district}".into(), vec!["../district".into()])
        );
        assert_eq!(
            paths("sum(../../members/age) div 2"),
            (
                "sum(${members.age}) div 2".into(),
                vec!["../../members/age".into()]
            )
        );
        assert_eq!(paths("./q1 * 2").0, "${q1} * 2");
        // In a filter over a repeat's answers, `current()` is the select's own instance.
        let asking = rewrite_paths("position() != current()/../pos and ../x = 1", true, |p| {
            Ok(p.steps.join("."))
        })
        .unwrap();
        assert_eq!(asking, "position() != current()/${pos} and ${x} = 1");
    }

    #[test]
    fn what_is_not_a_question_path_is_left_alone() {
        for src in [
            "position(..) = 1",
            "count(instance('villages')/root/item[district = ${d}])",
            "instance('villages')/root/item[name = ${v}]/size",
            "${a} div ${b}",
            "'a/b' = ${c}",
            ". > 0",
        ] {
            assert_eq!(paths(src), (src.to_string(), Vec::new()), "{src}");
        }
    }

    #[test]
    fn a_path_that_leads_nowhere_is_refused_where_it_is() {
        let refused = rewrite_paths("1 + /data/nowhere", false, |_| {
            Err("no such question".into())
        })
        .unwrap_err()
        .to_string();
        assert!(refused.contains("no such question"), "{refused}");
    }
}

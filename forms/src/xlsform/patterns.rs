//! Regular expressions as Collect (Java) and Enketo (JavaScript) read them, where Sauti's
//! engine is stricter: in `[\w-\.]`, the common e-mail pattern, a `-` next to a class
//! such as `\w` cannot make a range, and both read it as a plain `-`. Sauti's engine
//! refuses it, so the importer writes it `\-`, with a warning.
//!
//! A POSIX class written without its outer brackets (`^[:digit:]{6}$`, an IRS spraying
//! survey's sticker number) is, for all three engines alike, a bracket of the characters
//! `:`, `d`, `i`, `g`, `t`: no number meets it, so the question cannot be answered with
//! digits anywhere. Its meaning is kept (the phone agrees with Collect) and the author is
//! told ([`bare_posix_class`]).

/// Class escapes that cannot end a range.
const CLASSES: [char; 6] = ['w', 'W', 'd', 'D', 's', 'S'];

/// The expression with every such `-` in its quoted texts written `\-`; `None` when it has
/// none. Only texts with a bracket are looked at: a `-` elsewhere is left alone.
pub fn escape_class_dashes(expression: &str) -> Option<String> {
    let mut out = String::with_capacity(expression.len() + 4);
    let mut changed = false;
    let mut chars = expression.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c != '\'' && c != '"' {
            continue;
        }
        let mut text = String::new();
        let mut closed = false;
        for t in chars.by_ref() {
            if t == c {
                closed = true;
                break;
            }
            text.push(t);
        }
        match escape_in_pattern(&text) {
            Some(escaped) => {
                out.push_str(&escaped);
                changed = true;
            }
            None => out.push_str(&text),
        }
        if closed {
            out.push(c);
        }
    }
    changed.then_some(out)
}

/// One pattern's class dashes escaped; `None` when it has none.
fn escape_in_pattern(pattern: &str) -> Option<String> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::with_capacity(pattern.len() + 2);
    let mut changed = false;
    let mut in_class = false;
    let mut i = 0;
    let class_escape_at = |j: usize| {
        chars.get(j) == Some(&'\\') && chars.get(j + 1).is_some_and(|c| CLASSES.contains(c))
    };
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' {
            out.push(c);
            if let Some(&next) = chars.get(i + 1) {
                out.push(next);
            }
            i += 2;
            continue;
        }
        if !in_class && c == '[' {
            in_class = true;
            out.push(c);
            // `[^` and a leading `]` belong to the class.
            if chars.get(i + 1) == Some(&'^') {
                out.push('^');
                i += 1;
            }
            if chars.get(i + 1) == Some(&']') {
                out.push(']');
                i += 1;
            }
            i += 1;
            continue;
        }
        if in_class && c == ']' {
            in_class = false;
        }
        let after_class = i >= 2 && class_escape_at(i - 2);
        let before_class = class_escape_at(i + 1);
        if in_class && c == '-' && (after_class || before_class) && chars.get(i + 1) != Some(&']') {
            out.push_str("\\-");
            changed = true;
        } else {
            out.push(c);
        }
        i += 1;
    }
    changed.then_some(out)
}

/// POSIX class names, as `[[:digit:]]` writes them.
const POSIX: [&str; 12] = [
    "alnum", "alpha", "blank", "cntrl", "digit", "graph", "lower", "print", "punct", "space",
    "upper", "xdigit",
];

/// The first POSIX class in `expression` written without its outer brackets
/// (`[:digit:]`, not `[[:digit:]]`), as written; `None` when there is none.
pub fn bare_posix_class(expression: &str) -> Option<String> {
    POSIX.iter().find_map(|name| {
        let class = format!("[:{name}:]");
        expression
            .match_indices(&class)
            .any(|(at, _)| !expression[..at].ends_with('['))
            .then_some(class)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_posix_class_without_its_brackets_is_found() {
        assert_eq!(
            bare_posix_class("regex(.,'^[:digit:]{6}$')").as_deref(),
            Some("[:digit:]")
        );
        assert_eq!(bare_posix_class("regex(., '^[[:digit:]]{6}$')"), None);
        assert_eq!(bare_posix_class("regex(., '^[0-9]{6}$')"), None);
        // What it means, for Sauti's engine as for Collect's and Enketo's.
        let re = regex_lite::Regex::new("^[:digit:]{6}$").unwrap();
        assert!(!re.is_match("123456") && re.is_match("dig:it"));
    }

    #[test]
    fn a_dash_beside_a_class_is_a_plain_dash() {
        assert_eq!(
            escape_class_dashes(r"regex(., '^[\w-\.]+@([\w-]+\.)+[\w-]{2,}$')").as_deref(),
            Some(r"regex(., '^[\w\-\.]+@([\w-]+\.)+[\w-]{2,}$')")
        );
        assert_eq!(
            escape_class_dashes(r#"regex(., "[a-z-\d]")"#).as_deref(),
            Some(r#"regex(., "[a-z\-\d]")"#)
        );
        // Sauti's engine reads the result, and it means what Collect reads.
        let escaped = escape_in_pattern(r"^[\w-\.]+@([\w-]+\.)+[\w-]{2,}$").unwrap();
        let re = regex_lite::Regex::new(&escaped).unwrap();
        assert!(re.is_match("a.b-c@mail.example.org"));
        assert!(!re.is_match("a b@mail"));
        assert!(
            regex_lite::Regex::new(r"^[\w-\.]+$").is_err(),
            "the engine refuses the original"
        );
    }

    #[test]
    fn ranges_escapes_and_other_texts_stay() {
        assert_eq!(escape_class_dashes(r"regex(., '^[a-z0-9-]+$')"), None);
        assert_eq!(escape_class_dashes(r"regex(., '^[\-\w]+$')"), None);
        assert_eq!(escape_class_dashes(r"regex(., '^\w-\d$')"), None);
        assert_eq!(escape_class_dashes(r"${a} - ${b} > 0"), None);
        assert_eq!(escape_class_dashes(r"concat('x', '\w-')"), None);
    }
}

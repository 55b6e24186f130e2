//! `regex(value, pattern)`: does the pattern occur in the value (a search, as in ODK)?
//!
//! One engine on the phone and on the server: `regex-lite`, which runs in time linear in
//! the pattern times the text, whatever the pattern. A backtracking engine (the browser's
//! `RegExp`, Java's in Collect) takes exponential time on patterns like `^(a+)+$`: one such
//! constraint in a form would freeze every phone at the question. Sharing the engine also
//! means the phone and the server agree on every answer, which two engines did not (`\w`
//! was Unicode-aware on the server and ASCII in the browser). Its classes are ASCII (`\d`,
//! `\w`, `\s`), as in Collect and Enketo; Unicode classes (`\p{Arabic}`) are refused at
//! import with a way around (a range such as `[\x{0600}-\x{06FF}]`). Compiled patterns are
//! cached per thread: a form has a handful, and batches check thousands of answers.

use std::cell::RefCell;
use std::collections::HashMap;

/// Largest compiled pattern, in bytes of the engine's program (a constraint is a line; this
/// bounds the memory a hostile pattern such as `(a{1000}){1000}` could take).
const SIZE_LIMIT: usize = 256 * 1024;
/// Deepest nesting of groups and repetitions, as the expression engine's own limit.
const NEST_LIMIT: u32 = 64;
/// Distinct patterns kept compiled per thread before the cache starts over.
const CACHED: usize = 256;

fn compile(pattern: &str) -> Result<regex_lite::Regex, regex_lite::Error> {
    regex_lite::RegexBuilder::new(pattern)
        .size_limit(SIZE_LIMIT)
        .nest_limit(NEST_LIMIT)
        .build()
}

/// Whether `pattern` matches somewhere in `text`; an invalid pattern matches nothing.
pub fn is_match(pattern: &str, text: &str) -> bool {
    thread_local! {
        static CACHE: RefCell<HashMap<String, Option<regex_lite::Regex>>> =
            RefCell::new(HashMap::new());
    }
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() >= CACHED && !cache.contains_key(pattern) {
            cache.clear();
        }
        cache
            .entry(pattern.to_string())
            .or_insert_with(|| compile(pattern).ok())
            .as_ref()
            .is_some_and(|re| re.is_match(text))
    })
}

/// Why a pattern cannot be used, checked when a form is compiled on the server.
pub fn check(pattern: &str) -> Result<(), String> {
    match compile(pattern) {
        Ok(_) => Ok(()),
        Err(_) if pattern.contains("\\p{") || pattern.contains("\\P{") => Err(format!(
            "the regular expression `{pattern}` uses a Unicode class (\\p{{…}}), which phones \
             cannot check the same way: list the characters instead, e.g. \
             [\\x{{0600}}-\\x{{06FF}}] for Arabic letters"
        )),
        Err(e) => Err(format!(
            "the regular expression `{pattern}` is not valid: {e}"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constraints_from_the_field() {
        assert!(is_match("^[0-9]{9,10}$", "0712345678"));
        assert!(!is_match("^[0-9]{9,10}$", "07123"));
        assert!(!is_match("^[0-9]{9,10}$", "07123456789a"));
        assert!(is_match("^\\+?\\d+$", "+254700"));
        assert!(is_match("b.d", "abcde"), "a search, not a full match");
        assert!(!is_match("^[^0-9]+$", "ab1"));
        assert!(is_match("^(yes|no)$", "no"));
        assert!(is_match("(?i)^camp [0-9]+$", "CAMP 4"));
        assert!(
            is_match("^[A-Z]{2}\\-[0-9]{3}$", "KE-123"),
            "an escaped dash"
        );
        assert!(is_match("^[\\x{0600}-\\x{06FF} ]+$", "دار السلام"));
        assert!(!is_match("^[\\x{0600}-\\x{06FF} ]+$", "Dar"));
        assert!(is_match("^.{2}$", "دا"), "a character, not a byte");
        assert!(
            !is_match("([a-z", "a"),
            "an invalid pattern matches nothing"
        );
        assert!(check("([a-z").unwrap_err().contains("not valid"));
    }

    #[test]
    fn classes_are_ascii_as_in_collect_and_enketo() {
        assert!(is_match("^\\w+$", "Amina_2"));
        assert!(!is_match("^\\w+$", "أمينة"));
        assert!(
            !is_match("^\\d+$", "٣٤"),
            "other scripts' digits are read before"
        );
        let refused = check("^[\\p{Arabic} ]+$").unwrap_err();
        assert!(refused.contains("Unicode class"), "{refused}");
    }

    /// The pattern that makes a backtracking engine take 2^n steps is answered at once:
    /// this test took minutes with the browser's `RegExp` at n = 32 and never ends at 64.
    #[test]
    fn catastrophic_patterns_take_linear_time() {
        let text = format!("{}!", "a".repeat(5_000));
        let started = std::time::Instant::now();
        for pattern in ["^(a+)+$", "^(a|a)*$", "^(a*)*b$", "^(\\w+\\s?)+$"] {
            assert!(!is_match(pattern, &text), "{pattern}");
        }
        // A loose bound that only an exponential engine misses (linear takes milliseconds).
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
    }

    #[test]
    fn a_pattern_too_large_to_compile_is_refused() {
        assert!(check("(a{1000}){1000}").is_err());
        assert!(check(&format!("{}a{}", "(".repeat(100), ")".repeat(100))).is_err());
    }
}

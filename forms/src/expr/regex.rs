//! `regex(value, pattern)`: does the pattern occur in the value (a search, as in ODK)?
//!
//! On the server and in the CLI the `regex` crate runs it, with compiled patterns cached per
//! thread (a form has a handful; batches check thousands of answers). In the browser the
//! engine is the browser's own `RegExp`, so the phone does not download a second regular
//! expression engine. Both accept the syntax constraints are written in (classes, anchors,
//! quantifiers, `\d`, `\w`, `\s`, groups and alternatives).

/// Whether `pattern` matches somewhere in `text`; an invalid pattern matches nothing.
#[cfg(not(target_arch = "wasm32"))]
pub fn is_match(pattern: &str, text: &str) -> bool {
    use std::cell::RefCell;
    use std::collections::HashMap;
    thread_local! {
        static CACHE: RefCell<HashMap<String, Option<regex::Regex>>> = RefCell::new(HashMap::new());
    }
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() > 256 {
            cache.clear();
        }
        cache
            .entry(pattern.to_string())
            .or_insert_with(|| regex::Regex::new(pattern).ok())
            .as_ref()
            .is_some_and(|re| re.is_match(text))
    })
}

/// Whether `pattern` matches somewhere in `text`; an invalid pattern matches nothing.
#[cfg(target_arch = "wasm32")]
pub fn is_match(pattern: &str, text: &str) -> bool {
    // Unicode mode (`u`) first, as the server's engine is Unicode-aware (`\p{Arabic}`);
    // a pattern only older syntax accepts (`\-` outside a class) falls back to it.
    // `RegExp` throws on an invalid pattern: caught, rather than abort the interview.
    let constructor = js_sys::RegExp::new("", "").constructor();
    let compile = |flags: &str| {
        js_sys::Reflect::construct(
            &constructor,
            &js_sys::Array::of2(&pattern.into(), &flags.into()),
        )
    };
    match compile("u").or_else(|_| compile("")) {
        Ok(re) => js_sys::RegExp::from(re).test(text),
        Err(_) => false,
    }
}

/// Why a pattern cannot be used, checked when a form is compiled on the server.
#[cfg(not(target_arch = "wasm32"))]
pub fn check(pattern: &str) -> Result<(), String> {
    regex::Regex::new(pattern)
        .map(drop)
        .map_err(|e| format!("the regular expression `{pattern}` is not valid: {e}"))
}

/// In the browser, forms arrive compiled and checked by the server.
#[cfg(target_arch = "wasm32")]
pub fn check(_pattern: &str) -> Result<(), String> {
    Ok(())
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
        assert!(is_match("^[\\p{Arabic} ]+$", "دار السلام"));
        assert!(
            !is_match("([a-z", "a"),
            "an invalid pattern matches nothing"
        );
        assert!(check("([a-z").unwrap_err().contains("not valid"));
    }
}

//! Decimal numbers as forms write them: read and printed the XPath way (no exponents, no
//! `inf`, integers without a fraction).
//!
//! The digits come from the platform: Rust's float parsing and shortest formatting
//! natively, the browser's `parseFloat` and `Number.prototype.toString` in wasm, so the
//! phone does not download a second implementation (about 5 KB gzip). Both produce the
//! correctly rounded value and the shortest digits that round-trip, so they agree; the
//! syntax check and the exponent expansion around them are shared and tested natively.

/// `-?digits[.digits]` (or `.digits`, `digits.`): the only numbers forms contain.
fn is_decimal(s: &str) -> bool {
    let body = s.strip_prefix('-').unwrap_or(s);
    body.bytes().any(|b| b.is_ascii_digit())
        && body.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && body.bytes().filter(|&b| b == b'.').count() <= 1
}

/// The value of a decimal written as forms write them; `None` for anything else.
pub fn parse_decimal(s: &str) -> Option<f64> {
    if !is_decimal(s) {
        return None;
    }
    #[cfg(target_arch = "wasm32")]
    {
        Some(js_sys::Number::parse_float(s))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        s.parse().ok()
    }
}

/// The shortest digits that read back as `n`, possibly with an exponent
/// (`1.5e-7`, `1.25e21`, `3.5`).
fn shortest(n: f64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Number::from(n)
            .to_string_with_radix(10)
            .map(String::from)
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        format!("{n:e}")
    }
}

/// Rewrite `d.ddde±x` without the exponent; text without one is returned as it is.
fn expand_exponent(s: &str) -> String {
    let Some((mantissa, exp)) = s.split_once(['e', 'E']) else {
        return s.to_string();
    };
    let exp: i64 = exp.trim_start_matches('+').parse().unwrap_or(0);
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{int}{frac}");
    let point = int.len() as i64 + exp;
    let body = if point <= 0 {
        format!("0.{}{digits}", "0".repeat((-point) as usize))
    } else if point as usize >= digits.len() {
        format!("{digits}{}", "0".repeat(point as usize - digits.len()))
    } else {
        format!(
            "{}.{}",
            &digits[..point as usize],
            &digits[point as usize..]
        )
    };
    let body = body.trim_start_matches('0');
    let body = if body.is_empty() || body.starts_with('.') {
        format!("0{body}")
    } else {
        body.to_string()
    };
    let body = match body.split_once('.') {
        Some((i, f)) if f.bytes().all(|b| b == b'0') => i.to_string(),
        _ => body,
    };
    format!("{sign}{body}")
}

/// A number the way XPath `string()` prints it.
pub fn format(n: f64) -> String {
    if n.is_nan() {
        "NaN".into()
    } else if n.is_infinite() {
        if n > 0.0 { "Infinity" } else { "-Infinity" }.into()
    } else if n == n.trunc() && n.abs() < 1e15 {
        (n as i64).to_string()
    } else {
        expand_exponent(&shortest(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_like_xpath_without_exponents() {
        for (n, text) in [
            (3.5, "3.5"),
            (-0.25, "-0.25"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1.5e-7, "0.00000015"),
            (-2.5e-10, "-0.00000000025"),
            (1.25e20, "125000000000000000000"),
            (12345.678, "12345.678"),
            (-0.0, "0"),
            (f64::NAN, "NaN"),
            (f64::NEG_INFINITY, "-Infinity"),
        ] {
            assert_eq!(format(n), text, "{n:e}");
        }
    }

    #[test]
    fn browser_style_exponents_expand_the_same_way() {
        // What `Number.prototype.toString` gives for the same values.
        assert_eq!(expand_exponent("1.5e-7"), "0.00000015");
        assert_eq!(expand_exponent("1.25e+21"), "1250000000000000000000");
        assert_eq!(expand_exponent("-2.5e-10"), "-0.00000000025");
        assert_eq!(expand_exponent("3.5"), "3.5");
        assert_eq!(expand_exponent("1e21"), "1000000000000000000000");
    }

    #[test]
    fn only_decimals_are_read() {
        assert_eq!(parse_decimal("12"), Some(12.0));
        assert_eq!(parse_decimal("-0.5"), Some(-0.5));
        assert_eq!(parse_decimal(".5"), Some(0.5));
        assert_eq!(parse_decimal("5."), Some(5.0));
        for bad in [
            "", "-", ".", "1e3", "inf", "NaN", "1.2.3", "+1", "12abc", " 1",
        ] {
            assert_eq!(parse_decimal(bad), None, "{bad:?}");
        }
    }
}

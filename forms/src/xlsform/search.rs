//! ODK Collect's `search()` appearance, common in older KoboToolbox and ODK forms: a select's
//! choices come from an attached CSV file rather than the choices sheet.
//!
//! `search('villages', 'matches', 'district', ${district})` reads `villages.csv`. The
//! question's list on the choices sheet holds one row that says which columns to use: its
//! `name` cell names the CSV column of the values, its label cells (one per language) the
//! columns of the labels. The other arguments filter the rows: `matches` (equal),
//! `contains`, `startswith` or `endswith`, over one or more columns (`'name,code'`), by a
//! value or a reference; a last pair keeps only the rows whose column equals a value.
//!
//! Sauti turns it into what it already has: the CSV read into a choice list, and the filter
//! into the question's `choice_filter`, evaluated on the phone and the server alike.

/// A `search()` read from an appearance.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Search {
    /// The attached file, `villages.csv`; empty when an answer names it.
    pub file: String,
    /// The reference whose answer names the file (`search(${district}, …)` opens
    /// `<answer>.csv`, as Collect evaluates the argument), if a reference names it.
    pub named_by: Option<String>,
    /// The filter as a choice filter over the file's columns, if the call has one.
    pub filter: Option<Filter>,
    /// The appearance without the call (`minimal`, or nothing).
    pub rest: String,
}

/// The filter of a `search()`: the function, the columns it looks in, the value (an
/// XPath expression: a quoted text or a reference), and the optional exact-match pair.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Filter {
    function: String,
    columns: Vec<String>,
    value: String,
    and_equal: Option<(String, String)>,
}

/// `translate()` to lower case, as SQLite's `LIKE` (which Collect's search runs) ignores
/// the case of ASCII letters only.
fn lower(x: &str) -> String {
    format!("translate({x}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')")
}

impl Filter {
    /// The columns the filter reads, to check against the file's.
    pub fn columns(&self) -> impl Iterator<Item = &str> {
        self.columns
            .iter()
            .map(String::as_str)
            .chain(self.and_equal.iter().map(|(c, _)| c.as_str()))
    }

    /// The filter as a `choice_filter` expression. `column` turns a CSV column into what
    /// the filter reads for a choice (`name` for the values' column). `matches` is equality;
    /// `contains`, `startswith` and `endswith` ignore case, as Collect's `LIKE` does.
    pub fn expression(&self, column: impl Fn(&str) -> String) -> String {
        let test = |c: &str| {
            let c = column(c);
            let (c_low, value_low) = (lower(&c), lower(&self.value));
            match self.function.as_str() {
                "matches" => format!("{c} = {}", self.value),
                "contains" => format!("contains({c_low}, {value_low})"),
                "startswith" => format!("starts-with({c_low}, {value_low})"),
                _ => format!("ends-with({c_low}, {value_low})"),
            }
        };
        let any: Vec<String> = self.columns.iter().map(|c| test(c)).collect();
        let mut expression = format!("({})", any.join(" or "));
        if let Some((c, value)) = &self.and_equal {
            expression = format!("{expression} and {} = {value}", column(c));
        }
        expression
    }
}

/// The `search()` in an appearance, if there is one; `Err` says what is wrong with it.
pub(super) fn parse(appearance: &str) -> Option<Result<Search, String>> {
    let start = appearance.to_ascii_lowercase().find("search(")?;
    // `search(` must start a word (not `research(`).
    if appearance[..start]
        .chars()
        .next_back()
        .is_some_and(|c| !c.is_whitespace())
    {
        return None;
    }
    Some(read_call(appearance, start))
}

fn read_call(appearance: &str, start: usize) -> Result<Search, String> {
    let open = start + "search(".len();
    let (args, end) = arguments(&appearance[open..])
        .ok_or_else(|| format!("`{}` is not closed with `)`", &appearance[start..]))?;
    let rest = format!(
        "{} {}",
        appearance[..start].trim(),
        appearance[open + end + 1..].trim()
    )
    .trim()
    .to_string();
    let literal = |i: usize| -> Result<String, String> {
        unquote(&args[i]).ok_or_else(|| {
            format!(
                "argument {} of search() must be a quoted text, not `{}`",
                i + 1,
                args[i]
            )
        })
    };
    let usage = "search() takes the file, then a function, the columns and a value, and optionally a column and a value: search('villages', 'matches', 'district', ${district})";
    if !matches!(args.len(), 1 | 4 | 6) {
        return Err(usage.into());
    }
    // `search(${district}, …)`: the file is the one the answer names.
    let named_by = args[0]
        .strip_prefix("${")
        .and_then(|r| r.strip_suffix('}'))
        .filter(|r| !r.is_empty() && !r.contains(['{', '}', '$']))
        .map(|r| format!("${{{r}}}"));
    let file = if named_by.is_some() {
        String::new()
    } else {
        literal(0)?
    };
    if file.is_empty() && named_by.is_none() {
        return Err(usage.into());
    }
    let file = if file.is_empty() || file.to_ascii_lowercase().ends_with(".csv") {
        file
    } else {
        format!("{file}.csv")
    };
    let filter = if args.len() >= 4 {
        let function = literal(1)?.to_ascii_lowercase();
        if !matches!(
            function.as_str(),
            "matches" | "contains" | "startswith" | "endswith"
        ) {
            return Err(format!(
                "search() can filter with `matches`, `contains`, `startswith` or `endswith`, not `{function}`"
            ));
        }
        let columns: Vec<String> = literal(2)?
            .split(',')
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty())
            .collect();
        if columns.is_empty() {
            return Err(usage.into());
        }
        let and_equal = if args.len() == 6 {
            Some((literal(4)?, args[5].clone()))
        } else {
            None
        };
        Some(Filter {
            function,
            columns,
            value: args[3].clone(),
            and_equal,
        })
    } else {
        None
    };
    Ok(Search {
        file,
        named_by,
        filter,
        rest,
    })
}

/// The arguments of a call, split at top-level commas, and where its `)` is.
fn arguments(text: &str) -> Option<(Vec<String>, usize)> {
    let mut args = Vec::new();
    let mut current = String::new();
    let mut depth = 0;
    let mut quote: Option<char> = None;
    for (i, c) in text.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => {
                quote = None;
                current.push(c);
            }
            (Some(_), c) => current.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                current.push(c);
            }
            (None, '(') => {
                depth += 1;
                current.push(c);
            }
            (None, ')') if depth == 0 => {
                args.push(current.trim().to_string());
                return Some((args, i));
            }
            (None, ')') => {
                depth -= 1;
                current.push(c);
            }
            (None, ',') if depth == 0 => args.push(std::mem::take(&mut current).trim().to_string()),
            (None, c) => current.push(c),
        }
    }
    None
}

/// A quoted text's content.
fn unquote(arg: &str) -> Option<String> {
    let first = arg.chars().next()?;
    (matches!(first, '\'' | '"') && arg.len() >= 2 && arg.ends_with(first))
        .then(|| arg[1..arg.len() - 1].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn search(appearance: &str) -> Search {
        parse(appearance).unwrap().unwrap()
    }

    #[test]
    fn calls_are_read_with_their_filters() {
        let plain = search("search('villages')");
        assert_eq!(
            (plain.file.as_str(), plain.filter, plain.rest.as_str()),
            ("villages.csv", None, "")
        );
        let s = search("minimal search('villages', 'matches', 'district', ${district}) quick");
        assert_eq!(s.file, "villages.csv");
        assert_eq!(s.rest, "minimal quick");
        let same = |c: &str| c.to_string();
        assert_eq!(
            s.filter.unwrap().expression(same),
            "(district = ${district})"
        );
        let s =
            search("search(\"people.csv\", 'contains', 'first, last', ${typed}, 'village', 'v1')");
        let low = |x: &str| lower(x);
        let filter = s.filter.unwrap();
        assert_eq!(
            filter.columns().collect::<Vec<_>>(),
            ["first", "last", "village"]
        );
        assert_eq!(
            filter.expression(same),
            format!(
                "(contains({}, {}) or contains({}, {})) and village = 'v1'",
                low("first"),
                low("${typed}"),
                low("last"),
                low("${typed}")
            )
        );
        let s = search("search('items', 'startswith', 'code', concat('A', ${n}))");
        assert_eq!(
            s.filter.unwrap().expression(same),
            format!(
                "(starts-with({}, {}))",
                low("code"),
                low("concat('A', ${n})")
            )
        );
        assert!(parse("research('x')").is_none());
        assert!(parse("minimal").is_none());
    }

    #[test]
    fn mistakes_are_named() {
        let err = |a: &str| parse(a).unwrap().unwrap_err();
        assert!(err("search('villages'").contains("not closed"));
        assert!(err("search('villages', 'matches')").contains("search() takes the file"));
        assert!(err("search('villages', 'like', 'd', 'x')").contains("not `like`"));
        assert!(err("search(villages)").contains("must be a quoted text"));
    }
}

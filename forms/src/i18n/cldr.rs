//! What the UI needs of CLDR, written from its data for the UI languages only: plural
//! categories (`plurals.xml`, CLDR 46, <https://www.unicode.org/cldr/charts/46/supplemental/language_plural_rules.html>)
//! and how numbers are written (default numbering system, decimal and group symbols,
//! grouping; `numbers.xml` of each locale). A few hundred bytes of code instead of a plural
//! crate's tables for every language of the world. `forms/build.rs` includes this file too,
//! to check that a translation's variants are categories its language has.
//!
//! Numbers arrive as the text the program prints (`3`, `12.5`): the plural operands of
//! CLDR (`n`, `i`, `v`, `f`) are read from it, so `1.0` (v = 1) is `other` in English, as
//! CLDR says. Compact exponents (`e`) never occur in the UI's numbers and count as 0.
//! Checked against ICU (`Intl.PluralRules` of Node 20) for 0-230, millions and decimals in
//! every language listed here: the same category for each.

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    /// The category's name, as a Fluent variant key writes it (`[one]`).
    pub fn key(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }
}

/// The rules of the languages Sauti knows; several languages share one.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Rule {
    /// No distinction (Burmese, and any language not listed): only `other`.
    None,
    /// one: i = 1 and v = 0 (English, Swahili).
    OneInteger,
    /// one: n = 1 (Hausa, Somali, Pashto).
    OneExact,
    /// one: i = 0 or n = 1 (Amharic, Bengali, Persian and Dari).
    ZeroOrOne,
    /// one: n = 0..1 (Tigrinya).
    UpToOne,
    /// one: i = 0,1; many: millions (French, Portuguese).
    French,
    /// one: n = 1; many: millions (Spanish).
    Spanish,
    /// zero, one, two, few: n % 100 = 3..10, many: n % 100 = 11..99 (Arabic).
    Arabic,
    /// one: i % 10 = 1 and i % 100 != 11; few: i % 10 = 2..4 and i % 100 != 12..14;
    /// many: the other integers (Russian, Ukrainian).
    Russian,
}

/// Each language's rule, looked up in a table (smaller on the phone than a `match` on
/// strings). `prs` is ISO 639-3 for Dari.
const RULES: &[(&str, Rule)] = &[
    ("en", Rule::OneInteger),
    ("sw", Rule::OneInteger),
    ("ha", Rule::OneExact),
    ("so", Rule::OneExact),
    ("ps", Rule::OneExact),
    ("am", Rule::ZeroOrOne),
    ("bn", Rule::ZeroOrOne),
    ("fa", Rule::ZeroOrOne),
    ("prs", Rule::ZeroOrOne),
    ("ti", Rule::UpToOne),
    ("fr", Rule::French),
    ("pt", Rule::French),
    ("es", Rule::Spanish),
    ("ar", Rule::Arabic),
    ("ru", Rule::Russian),
    ("uk", Rule::Russian),
];

fn rule(lang: &str) -> Rule {
    let base = base(lang);
    RULES
        .iter()
        .find(|(code, _)| *code == base)
        .map_or(Rule::None, |(_, rule)| *rule)
}

/// The language of a tag (`fa-AF` → `fa`).
fn base(lang: &str) -> &str {
    lang.split(['-', '_']).next().unwrap_or(lang)
}

/// CLDR's plural operands of a number written in ASCII: integer digits `i` (saturating),
/// the fraction's digits as written (`v` of them, value `f`). None if it is not a number.
fn operands(number: &str) -> Option<(u64, u32, u64)> {
    let digits = number.strip_prefix('-').unwrap_or(number);
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty()
        || !all_digits(int)
        || !all_digits(frac)
        || (digits.contains('.') && frac.is_empty())
    {
        return None;
    }
    let value = |s: &str| {
        s.bytes().fold(0u64, |n, b| {
            n.saturating_mul(10).saturating_add(u64::from(b - b'0'))
        })
    };
    Some((value(int), frac.len() as u32, value(frac)))
}

/// The plural category of `number` in `lang`; `other` for text that is not a number.
pub fn plural(lang: &str, number: &str) -> Plural {
    let Some((i, v, f)) = operands(number) else {
        return Plural::Other;
    };
    // `n = x` and `n % m = a..b` hold only for integral n (no fraction, or zeros).
    let whole = f == 0;
    let n_is = |x: u64| whole && i == x;
    let millions = v == 0 && i != 0 && i % 1_000_000 == 0;
    match rule(lang) {
        Rule::None => Plural::Other,
        Rule::OneInteger if i == 1 && v == 0 => Plural::One,
        Rule::OneExact if n_is(1) => Plural::One,
        Rule::ZeroOrOne if i == 0 || n_is(1) => Plural::One,
        Rule::UpToOne if whole && i <= 1 => Plural::One,
        Rule::French if i <= 1 => Plural::One,
        Rule::Spanish if n_is(1) => Plural::One,
        Rule::French | Rule::Spanish if millions => Plural::Many,
        Rule::Arabic if whole => match (i, i % 100) {
            (0, _) => Plural::Zero,
            (1, _) => Plural::One,
            (2, _) => Plural::Two,
            (_, 3..=10) => Plural::Few,
            (_, 11..=99) => Plural::Many,
            _ => Plural::Other,
        },
        Rule::Russian if v == 0 => match (i % 10, i % 100) {
            (1, m) if m != 11 => Plural::One,
            (2..=4, m) if !(12..=14).contains(&m) => Plural::Few,
            _ => Plural::Many,
        },
        _ => Plural::Other,
    }
}

/// The categories `lang` uses (a translation's variants must be among them).
pub fn categories(lang: &str) -> &'static [Plural] {
    use Plural::*;
    match rule(lang) {
        Rule::None => &[Other],
        Rule::OneInteger | Rule::OneExact | Rule::ZeroOrOne | Rule::UpToOne => &[One, Other],
        Rule::French | Rule::Spanish => &[One, Many, Other],
        Rule::Arabic => &[Zero, One, Two, Few, Many, Other],
        Rule::Russian => &[One, Few, Many, Other],
    }
}

/// How a language writes numbers: its digits' zero, decimal and group symbols, whether it
/// groups by two after the first three (Indian grouping), and the fewest digits before a
/// group separator is used (CLDR `minimumGroupingDigits`).
#[derive(Clone, Copy)]
struct Symbols {
    zero: char,
    decimal: char,
    group: char,
    indian: bool,
    min_grouping: usize,
}

/// Latin digits, `.` and `,`, grouped by three from four digits.
const LATIN: Symbols = Symbols {
    zero: '0',
    decimal: '.',
    group: ',',
    indian: false,
    min_grouping: 1,
};

/// Languages whose numbers are not written as in English. Persian, Dari and Pashto write
/// `arabext` digits with the Arabic decimal (U+066B) and thousands (U+066C) separators.
/// Arabic without a region (`ar`) writes Latin digits in current CLDR (as ICU in Chromium
/// 156 and Node 20 does; `ar-EG`, `ar-SA` … keep `arab`, but the UI has one Arabic).
const SYMBOLS: &[(&str, Symbols)] = &[
    (
        "fr",
        Symbols {
            decimal: ',',
            group: '\u{202F}',
            ..LATIN
        },
    ),
    (
        "es",
        Symbols {
            decimal: ',',
            group: '.',
            min_grouping: 2,
            ..LATIN
        },
    ),
    (
        "pt",
        Symbols {
            decimal: ',',
            group: '.',
            ..LATIN
        },
    ),
    ("fa", ARABEXT),
    ("prs", ARABEXT),
    ("ps", ARABEXT),
    (
        "bn",
        Symbols {
            zero: '\u{09E6}',
            indian: true,
            ..LATIN
        },
    ),
    (
        "my",
        Symbols {
            zero: '\u{1040}',
            ..LATIN
        },
    ),
];

const ARABEXT: Symbols = Symbols {
    zero: '\u{06F0}',
    ..ARAB
};

/// Arabic-Indic digits (`arab`) with the Arabic decimal and thousands separators.
const ARAB: Symbols = Symbols {
    zero: '\u{0660}',
    decimal: '\u{066B}',
    group: '\u{066C}',
    ..LATIN
};

/// The script's own digits where CLDR's default for the language is Latin: Arabic's
/// `arab`, Urdu's `arabext` (the others' defaults are already their own, and Ethiopic
/// numerals, having no zero, are not positional digits).
const NATIVE: &[(&str, Symbols)] = &[("ar", ARAB), ("ur", ARABEXT)];

std::thread_local! {
    /// The project's choice of digits ([`set_digits`]): 0 each language's CLDR default,
    /// 1 Latin, 2 the script's own. Per thread (the phone has one; tests run side by side).
    static DIGITS: core::cell::Cell<u8> = const { core::cell::Cell::new(0) };
}

/// Write numbers in Latin digits (`Some(false)`), in the script's own (`Some(true)`:
/// Arabic-Indic in Arabic, Extended Arabic-Indic in Dari, Pashto and Urdu, Bengali,
/// Myanmar), or as CLDR writes each language by default (`None`): a project's setting,
/// which the phone applies when it opens the project's bundle.
pub fn set_digits(native: Option<bool>) {
    let choice = match native {
        None => 0,
        Some(false) => 1,
        Some(true) => 2,
    };
    DIGITS.with(|d| d.set(choice));
}

fn find(table: &'static [(&str, Symbols)], lang: &str) -> Option<&'static Symbols> {
    let base = base(lang);
    table.iter().find(|(code, _)| *code == base).map(|(_, s)| s)
}

fn symbols(lang: &str) -> Symbols {
    let default = *find(SYMBOLS, lang).unwrap_or(&LATIN);
    match DIGITS.with(core::cell::Cell::get) {
        1 if default.zero != '0' => {
            let arabic = default.decimal == ARAB.decimal;
            Symbols {
                zero: '0',
                decimal: if arabic { '.' } else { default.decimal },
                group: if arabic { ',' } else { default.group },
                ..default
            }
        }
        2 => *find(NATIVE, lang).unwrap_or(&default),
        _ => default,
    }
}

/// `text` with its ASCII digits in the digits numbers are written in for `lang` (a date,
/// a code made of digits), everything else kept.
pub fn digits(lang: &str, text: &str) -> String {
    let zero = symbols(lang).zero;
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) if c.is_ascii_digit() => char::from_u32(zero as u32 + d).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// `number` (ASCII, as the program prints it) written the way `lang` writes numbers:
/// its digits and separators (`1234.5` is `1,234.5` in English, `1 234,5` in French,
/// `۱٬۲۳۴٫۵` in Dari, `১,২৩৪.৫` in Bengali). Text that is not a number is kept as it is.
pub fn format_number(lang: &str, number: &str) -> String {
    if operands(number).is_none() {
        return number.to_string();
    }
    let s = symbols(lang);
    let (sign, digits) = match number.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", number),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let digit = |b: u8| char::from_u32(s.zero as u32 + u32::from(b - b'0')).unwrap_or('?');
    let mut out = String::from(sign);
    let len = int.len();
    let grouped = len >= 3 + s.min_grouping;
    for (k, b) in int.bytes().enumerate() {
        let left = len - k; // digits from this one to the end of the integer part
        if grouped
            && k > 0
            && left >= 3
            && (left == 3
                || if s.indian {
                    (left - 3) % 2 == 0
                } else {
                    left % 3 == 0
                })
        {
            out.push(s.group);
        }
        out.push(digit(b));
    }
    if !frac.is_empty() {
        out.push(s.decimal);
        out.extend(frac.bytes().map(digit));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::Plural::*;
    use super::*;

    fn of(lang: &str, numbers: &[&str]) -> Vec<Plural> {
        numbers.iter().map(|n| plural(lang, n)).collect()
    }

    /// CLDR 46 plurals.xml: ar — zero: n = 0; one: n = 1; two: n = 2;
    /// few: n % 100 = 3..10; many: n % 100 = 11..99; other: the rest (100-102, 1.5, …).
    #[test]
    fn arabic_has_six_categories() {
        assert_eq!(
            of(
                "ar",
                &["0", "1", "2", "3", "10", "11", "99", "100", "101", "102"]
            ),
            [Zero, One, Two, Few, Few, Many, Many, Other, Other, Other]
        );
        assert_eq!(
            of(
                "ar",
                &["103", "110", "111", "199", "1000", "1003", "1.5", "0.0"]
            ),
            [Few, Few, Many, Many, Other, Few, Other, Zero]
        );
        assert_eq!(categories("ar").len(), 6);
    }

    /// en, sw: one: i = 1 and v = 0.
    #[test]
    fn english_and_swahili_one_is_exactly_one_without_decimals() {
        for lang in ["en", "sw"] {
            assert_eq!(
                of(lang, &["0", "1", "2", "1.0", "11", "101"]),
                [Other, One, Other, Other, Other, Other],
                "{lang}"
            );
        }
    }

    /// fr, pt: one: i = 0,1 (0 and 1.5 included); many: e = 0 and i != 0 and
    /// i % 1000000 = 0 and v = 0. es: one: n = 1; many as French.
    #[test]
    fn french_portuguese_and_spanish() {
        for lang in ["fr", "pt"] {
            assert_eq!(
                of(
                    lang,
                    &["0", "1", "1.5", "2", "1000000", "2000000", "1000001"]
                ),
                [One, One, One, Other, Many, Many, Other],
                "{lang}"
            );
        }
        assert_eq!(
            of("es", &["0", "1", "1.0", "1.5", "2", "1000000"]),
            [Other, One, One, Other, Other, Many]
        );
    }

    /// am, bn, fa (and Dari, fa-AF): one: i = 0 or n = 1. ha, so, ps: one: n = 1.
    #[test]
    fn zero_counts_as_one_in_amharic_bengali_and_dari_only() {
        for lang in ["am", "bn", "fa", "fa-AF"] {
            assert_eq!(
                of(lang, &["0", "0.5", "1", "2", "11"]),
                [One, One, One, Other, Other],
                "{lang}"
            );
        }
        for lang in ["ha", "so", "ps"] {
            assert_eq!(
                of(lang, &["0", "1", "1.0", "1.5", "2"]),
                [Other, One, One, Other, Other],
                "{lang}"
            );
        }
    }

    /// ru, uk: one: v = 0 and i % 10 = 1 and i % 100 != 11; few: v = 0 and
    /// i % 10 = 2..4 and i % 100 != 12..14; many: v = 0 and the rest; other: decimals.
    #[test]
    fn russian_style_few_and_many() {
        assert_eq!(
            of(
                "uk",
                &[
                    "1", "21", "11", "2", "4", "22", "12", "14", "0", "5", "111", "1.5"
                ]
            ),
            [
                One, One, Many, Few, Few, Few, Many, Many, Many, Many, Many, Other
            ]
        );
    }

    /// my (Burmese) and unknown languages: no plural distinction.
    #[test]
    fn languages_without_plurals_and_text_are_other() {
        assert_eq!(of("my", &["0", "1", "2"]), [Other, Other, Other]);
        assert_eq!(categories("my"), [Other]);
        assert_eq!(plural("en", "one"), Other);
        assert_eq!(plural("en", "1."), Other);
        assert_eq!(plural("en", ""), Other);
    }

    /// A project's choice: Latin digits everywhere, or each script's own (Arabic-Indic for
    /// Arabic, whose CLDR default is Latin); dates and codes follow it too.
    #[test]
    fn digits_as_the_project_chooses() {
        let f = format_number;
        set_digits(Some(true));
        assert_eq!(f("ar", "1234.5"), "١٬٢٣٤٫٥");
        assert_eq!(f("fa-AF", "30"), "۳۰");
        assert_eq!(f("ur", "12"), "۱۲");
        assert_eq!(f("bn", "1234"), "১,২৩৪");
        assert_eq!(f("my", "7"), "၇");
        assert_eq!(f("am", "1234"), "1,234");
        assert_eq!(f("uk", "12"), "12");
        assert_eq!(digits("ar", "2025-11-20"), "٢٠٢٥-١١-٢٠");
        set_digits(Some(false));
        assert_eq!(f("ar", "1234.5"), "1,234.5");
        assert_eq!(f("fa-AF", "1234.5"), "1,234.5");
        assert_eq!(f("ps", "30"), "30");
        assert_eq!(f("bn", "1234567"), "12,34,567");
        assert_eq!(f("fr", "1234.5"), "1\u{202F}234,5");
        assert_eq!(digits("bn", "2025-11-20"), "2025-11-20");
        set_digits(None);
        assert_eq!(f("ar", "12"), "12");
        assert_eq!(f("bn", "12"), "১২");
        assert_eq!(digits("ps", "7 v2"), "۷ v۲");
    }

    #[test]
    fn numbers_in_each_languages_digits_and_separators() {
        let f = format_number;
        assert_eq!(f("en", "1234567.25"), "1,234,567.25");
        assert_eq!(f("en", "123"), "123");
        assert_eq!(f("en", "-1234"), "-1,234");
        assert_eq!(f("fr", "1234.5"), "1\u{202F}234,5");
        assert_eq!(f("es", "1234"), "1234");
        assert_eq!(f("es", "12345"), "12.345");
        assert_eq!(f("pt", "1234"), "1.234");
        assert_eq!(f("ar", "1234.5"), "1,234.5");
        assert_eq!(f("fa-AF", "1234.5"), "۱٬۲۳۴٫۵");
        assert_eq!(f("fa-AF", "30"), "۳۰");
        assert_eq!(f("ps", "1000"), "۱٬۰۰۰");
        assert_eq!(f("bn", "1234567.5"), "১২,৩৪,৫৬৭.৫");
        assert_eq!(f("bn", "123"), "১২৩");
        assert_eq!(f("my", "1234"), "၁,၂၃၄");
        assert_eq!(f("am", "1234"), "1,234");
        assert_eq!(f("ar", "v2"), "v2");
    }
}

//! Column headers: XLSForm writes the same column many ways (`relevant`, `relevance`,
//! `bind:relevant`; `label::Français (fr)`, `label:French`). Every header becomes a
//! [`Column`]: a canonical name, a language when the column is translatable, or an
//! attribute column Sauti keeps as written.

use std::collections::BTreeMap;

use crate::Error;

/// What a header means.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Column {
    /// A column Sauti reads, by canonical name, with its language (`None`: unqualified).
    Known(&'static str, Option<String>),
    /// Anything else: kept on the question as an attribute.
    Attribute(String),
}

/// Canonical names and the spellings that mean them (compared lower-cased).
const ALIASES: &[(&str, &[&str])] = &[
    ("type", &["type"]),
    ("name", &["name", "value"]),
    ("list_name", &["list_name", "list name"]),
    ("label", &["label", "caption"]),
    ("hint", &["hint"]),
    ("guidance_hint", &["guidance_hint", "guidance hint"]),
    ("required", &["required", "bind:required", "bind::required"]),
    (
        "required_message",
        &[
            "required_message",
            "required message",
            "requiredmsg",
            "bind:jr:requiredmsg",
            "bind::jr:requiredmsg",
        ],
    ),
    (
        "relevant",
        &["relevant", "relevance", "bind:relevant", "bind::relevant"],
    ),
    (
        "constraint",
        &["constraint", "bind:constraint", "bind::constraint"],
    ),
    (
        "constraint_message",
        &[
            "constraint_message",
            "constraint message",
            "bind:jr:constraintmsg",
            "bind::jr:constraintmsg",
        ],
    ),
    (
        "calculation",
        &[
            "calculation",
            "calculate",
            "bind:calculate",
            "bind::calculate",
        ],
    ),
    ("default", &["default"]),
    (
        "read_only",
        &[
            "read_only",
            "readonly",
            "read only",
            "bind:readonly",
            "bind::readonly",
        ],
    ),
    (
        "appearance",
        &["appearance", "control:appearance", "control::appearance"],
    ),
    ("choice_filter", &["choice_filter", "choice filter"]),
    (
        "repeat_count",
        &["repeat_count", "repeat count", "jr:count", "jr::count"],
    ),
    ("trigger", &["trigger"]),
    ("parameters", &["parameters"]),
    ("image", &["image", "media::image", "media:image"]),
    ("audio", &["audio", "media::audio", "media:audio"]),
    ("video", &["video", "media::video", "media:video"]),
    ("big-image", &["big-image", "media::big-image"]),
];

/// Columns that take a language suffix.
const TRANSLATABLE: &[&str] = &[
    "label",
    "hint",
    "guidance_hint",
    "required_message",
    "constraint_message",
    "image",
    "audio",
    "video",
    "big-image",
];

fn canonical(spelling: &str) -> Option<&'static str> {
    ALIASES
        .iter()
        .find(|(_, spellings)| spellings.contains(&spelling))
        .map(|(name, _)| *name)
}

/// Read one header (its text as written).
pub fn parse(header: &str) -> Column {
    let trimmed = header.trim();
    let lower = trimmed.to_lowercase();
    if let Some(name) = canonical(&lower) {
        return Column::Known(name, None);
    }
    // `base::Language`, or the older `base:Language`; the base may itself be `media::x`.
    for separator in ["::", ":"] {
        if let Some(at) = lower.rfind(separator) {
            let (base, _) = lower.split_at(at);
            if let Some(name) = canonical(base).filter(|n| TRANSLATABLE.contains(n)) {
                let language = trimmed[at + separator.len()..].trim();
                if !language.is_empty() {
                    return Column::Known(name, Some(language.to_string()));
                }
            }
        }
    }
    Column::Attribute(trimmed.to_string())
}

/// A language as a column names it: `Français (fr)`, `English`, `EN`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageName {
    pub code: String,
    pub name: String,
    /// The code the column wrote, when it was not kept: `Dari (da)` writes Danish's code
    /// for a language of the Arabic script (`language`).
    pub replaced: Option<String>,
}

/// Language names field teams write without a code, and their ISO 639 codes.
const KNOWN_LANGUAGES: &[(&str, &str)] = &[
    ("english", "en"),
    ("french", "fr"),
    ("français", "fr"),
    ("francais", "fr"),
    ("arabic", "ar"),
    ("العربية", "ar"),
    ("spanish", "es"),
    ("español", "es"),
    ("portuguese", "pt"),
    ("português", "pt"),
    ("swahili", "sw"),
    ("kiswahili", "sw"),
    ("hindi", "hi"),
    ("bengali", "bn"),
    ("bangla", "bn"),
    ("dari", "prs"),
    ("pashto", "ps"),
    ("pashtu", "ps"),
    ("pash", "ps"),
    ("pushto", "ps"),
    ("pukhto", "ps"),
    ("pakhto", "ps"),
    ("rohingya", "rhg"),
    ("amharic", "am"),
    ("tigrinya", "ti"),
    ("somali", "so"),
    ("hausa", "ha"),
    ("yoruba", "yo"),
    ("igbo", "ig"),
    ("oromo", "om"),
    ("urdu", "ur"),
    ("nepali", "ne"),
    ("burmese", "my"),
    ("chinese", "zh"),
    ("russian", "ru"),
    ("ukrainian", "uk"),
    ("turkish", "tr"),
    ("kurdish", "ku"),
    ("persian", "fa"),
    ("farsi", "fa"),
    ("tamil", "ta"),
    ("lingala", "ln"),
    ("kinyarwanda", "rw"),
    ("kirundi", "rn"),
    ("luganda", "lg"),
    ("wolof", "wo"),
    ("fulfulde", "ff"),
    ("bambara", "bm"),
    ("indonesian", "id"),
    ("tagalog", "tl"),
    ("sorani", "ckb"),
    ("kurmanji", "kmr"),
    ("hebrew", "he"),
    ("sindhi", "sd"),
    ("punjabi", "pa"),
    ("balochi", "bal"),
    ("uzbek", "uz"),
    ("tajik", "tg"),
    ("khmer", "km"),
    ("thai", "th"),
    ("vietnamese", "vi"),
    ("sinhala", "si"),
    ("malay", "ms"),
    ("malagasy", "mg"),
    ("shona", "sn"),
    ("zulu", "zu"),
    ("chichewa", "ny"),
    ("nyanja", "ny"),
    ("afar", "aa"),
    ("tigre", "tig"),
    ("dinka", "din"),
    ("nuer", "nus"),
    ("kanuri", "kr"),
    ("zarma", "dje"),
    ("sango", "sg"),
    ("haitian creole", "ht"),
    ("german", "de"),
    ("italian", "it"),
    // Languages named in their own words (`label::Русский`, `label::Український` in a
    // REACH Ukraine tool), and in the region's lingua franca.
    ("русский", "ru"),
    ("русский язык", "ru"),
    ("російська", "ru"),
    ("український", "uk"),
    ("українська", "uk"),
    ("українська мова", "uk"),
    ("украинский", "uk"),
    ("англійська", "en"),
    ("английский", "en"),
    ("soomaali", "so"),
    ("af-soomaali", "so"),
    ("af soomaali", "so"),
    ("አማርኛ", "am"),
    ("ትግርኛ", "ti"),
    ("afaan oromoo", "om"),
    ("हिन्दी", "hi"),
    ("हिंदी", "hi"),
    ("नेपाली", "ne"),
    ("اردو", "ur"),
    ("မြန်မာ", "my"),
    ("မြန်မာဘာသာ", "my"),
    ("myanmar", "my"),
    ("বাংলা", "bn"),
    ("دری", "prs"),
    ("دري", "prs"),
    ("پشتو", "ps"),
    ("فارسي", "fa"),
    ("كوردي", "ckb"),
    ("پښتو", "ps"),
    ("فارسی", "fa"),
    ("کوردی", "ckb"),
    ("kurdî", "kmr"),
    ("türkçe", "tr"),
    ("bahasa indonesia", "id"),
    ("tiếng việt", "vi"),
    ("ikinyarwanda", "rw"),
    ("ikirundi", "rn"),
    ("castellano", "es"),
];

pub fn language(written: &str) -> LanguageName {
    let written = written.trim();
    let known = |name: &str| {
        let lower = name.to_lowercase();
        KNOWN_LANGUAGES
            .iter()
            .find(|(n, _)| *n == lower)
            .map(|(_, code)| code.to_string())
    };
    if let (Some(open), true) = (written.rfind('('), written.ends_with(')')) {
        let inside = written[open + 1..written.len() - 1].trim();
        let name = written[..open].trim().to_string();
        // A name in brackets, not a code: `हिन्दी (Hindi)`, `Bahasa Indonesia
        // (Indonesian)` (a health toolkit's form).
        // Only a language's name in brackets: `Chinese (Simplified)` and `Chinese
        // (Traditional)` must stay two columns.
        if !looks_like_tag(inside)
            && let Some(code) = known(inside)
        {
            return LanguageName {
                code,
                name,
                replaced: None,
            };
        }
        let code = canonical_case(inside);
        if !code.is_empty() {
            // A code for a language written the other way than the one named (`Dari
            // (da)`, `Pashto (pa)`, seen in Afghan forms) would have the browser and the
            // screen reader take Persian text for Danish: the name is the better witness.
            if let Some(named) = known(&name).filter(|named| contradicts(named, &code)) {
                return LanguageName {
                    code: named,
                    name,
                    replaced: Some(code),
                };
            }
            return LanguageName {
                code,
                name,
                replaced: None,
            };
        }
    }
    if let Some(code) = known(written) {
        // `english`, `pash`: written in haste, shown as the phone's language list names
        // it (the first name the list gives the code: English, Pashto).
        let mut name = written.to_string();
        if name.bytes().all(|b| b.is_ascii_lowercase() || b == b' ') {
            name = KNOWN_LANGUAGES
                .iter()
                .find(|(_, c)| *c == code)
                .map_or(name, |(n, _)| n.to_string());
            name = capitalised(&name);
        }
        return LanguageName {
            code,
            name,
            replaced: None,
        };
    }
    let lower = written.to_lowercase();
    let looks_like_code =
        (2..=3).contains(&lower.len()) && lower.chars().all(|c| c.is_ascii_alphabetic());
    // A column named by its code alone (`label::fr`): shown by the language's name.
    if looks_like_code && let Some((name, _)) = KNOWN_LANGUAGES.iter().find(|(_, c)| *c == lower) {
        return LanguageName {
            code: lower,
            name: capitalised(name),
            replaced: None,
        };
    }
    LanguageName {
        code: if looks_like_code {
            lower.clone()
        } else {
            lower.replace(' ', "_")
        },
        name: written.to_string(),
        replaced: None,
    }
}

/// `s` with its first letter in capitals (`pashto` → `Pashto`), whatever its script.
fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
}

/// Whether `s` has the shape of a language tag (`fr`, `prs`, `fa-AF`, `es-419`): a
/// primary subtag of 2 or 3 letters, then subtags of letters and digits.
fn looks_like_tag(s: &str) -> bool {
    let mut parts = s.split(['-', '_']);
    parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()))
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// A language tag in the case BCP 47 writes it (`fa-AF`, `zh-Hant`, `es-419`), so that a
/// column's `Dari (fa-af)` and a consent text a translator saved as `fa-AF` are one
/// language. Tags compare without case; the codes Sauti keeps are compared as text.
fn canonical_case(code: &str) -> String {
    code.split(['-', '_'])
        .enumerate()
        .map(|(i, part)| match part.len() {
            _ if i == 0 => part.to_lowercase(),
            2 => part.to_uppercase(),
            4 => {
                let lower = part.to_lowercase();
                let mut chars = lower.chars();
                chars
                    .next()
                    .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
            }
            _ => part.to_lowercase(),
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// Whether `code` cannot be the language `named` (a code from `KNOWN_LANGUAGES`): it runs
/// the other way and is not one of its varieties (Kurdish is Sorani, `ckb`, in the Arabic
/// script and Kurmanji, `kmr`, in the Latin one).
fn contradicts(named: &str, code: &str) -> bool {
    const VARIETIES: &[(&str, &[&str])] = &[("ku", &["ckb", "kmr", "sdh"])];
    // Three letters as two where a language has both (`ara` is `ar`), as is_rtl knows them.
    let tag = crate::langtag::tag(code);
    let written = if tag.is_empty() { code } else { &tag };
    let primary = written.split(['-', '_']).next().unwrap_or(written);
    let variety = VARIETIES
        .iter()
        .any(|(of, codes)| *of == named && codes.contains(&primary));
    primary != named && !variety && is_rtl(named) != is_rtl(primary)
}

/// Languages written right to left: one list for import and display (`crate::langtag`).
pub fn is_rtl(code: &str) -> bool {
    crate::langtag::is_rtl(code)
}

/// The headers of a sheet, checked: the same header twice, or two spellings of the same
/// column, are refused with the message the reference converter gives.
pub fn read_headers(sheet: &str, row: &[String]) -> Result<Vec<Column>, Error> {
    let mut seen: BTreeMap<Column, &str> = BTreeMap::new();
    let mut columns = Vec::with_capacity(row.len());
    for header in row {
        let column = parse(header);
        if header.trim().is_empty() {
            columns.push(Column::Attribute(String::new()));
            continue;
        }
        if let Some(first) = seen.get(&column) {
            let message = if first.trim().eq_ignore_ascii_case(header.trim()) {
                format!(
                    "Duplicate column header: {}. Remove one of the two columns.",
                    header.trim()
                )
            } else {
                format!(
                    "Headers that are different names for the same column were found: '{}', '{}'. Rename or remove one of these columns.",
                    first.trim(),
                    header.trim()
                )
            };
            return Err(Error::XlsForm {
                sheet: sheet.into(),
                row: Some(1),
                column: Some(header.trim().into()),
                message,
            });
        }
        seen.insert(column.clone(), header);
        columns.push(column);
    }
    Ok(columns)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_and_languages() {
        assert_eq!(parse("bind:relevant"), Column::Known("relevant", None));
        assert_eq!(parse("Relevance"), Column::Known("relevant", None));
        assert_eq!(
            parse("label::Français (fr)"),
            Column::Known("label", Some("Français (fr)".into()))
        );
        assert_eq!(
            parse("label:English"),
            Column::Known("label", Some("English".into()))
        );
        assert_eq!(
            parse("media::audio::chinese"),
            Column::Known("audio", Some("chinese".into()))
        );
        assert_eq!(
            parse("bind:jr:constraintMsg"),
            Column::Known("constraint_message", None)
        );
        assert_eq!(
            parse("body::bodyAttribute"),
            Column::Attribute("body::bodyAttribute".into())
        );
        assert_eq!(language("Français (fr)").code, "fr");
        assert_eq!(language("English").code, "en");
        assert_eq!(language("EN").code, "en");
        assert_eq!(language("Dari").code, "prs");
        assert!(is_rtl(&language("Pashto").code));
        assert_eq!(language("Pashtu").code, "ps");
        assert_eq!(language("bengali").name, "Bengali");
        assert_eq!(language("pash").name, "Pashto");
        assert_eq!(language("pushto").code, "ps");
        // Named in their own words (a REACH Ukraine tool's `label::Український`).
        assert_eq!(language("Русский").code, "ru");
        assert_eq!(language("Русский").name, "Русский");
        assert_eq!(language("Український").code, "uk");
        assert_eq!(language("አማርኛ").code, "am");
        assert_eq!(language("Af-Soomaali").code, "so");
        assert_eq!(language("soomaali").name, "Somali");
        // A name in brackets where a code would be.
        let hindi = language("हिन्दी (Hindi)");
        assert_eq!((hindi.code.as_str(), hindi.name.as_str()), ("hi", "हिन्दी"));
        assert_eq!(language("Bahasa Indonesia (Indonesian)").code, "id");
        // A code alone is shown by its language's name.
        assert_eq!(language("fr").name, "French");
        assert_eq!(language("ny").name, "Chichewa");
        assert_eq!(language("xx").name, "xx");
        // A name in brackets that is no language keeps its column apart.
        assert_ne!(
            language("Chinese (Simplified)").code,
            language("Chinese (Traditional)").code
        );
        assert_eq!(language("Pushto").name, "Pushto");
        assert_eq!(language("Dari (prs)").code, "prs");
        assert_eq!(language("Dari (fa-AF)").code, "fa-AF");
        assert_eq!(language("Dari (fa_af)").code, "fa-AF");
        assert_eq!(language("Chinese (ZH-hant)").code, "zh-Hant");
        assert_eq!(language("Español (es-419)").code, "es-419");
        assert_eq!(language("Kurdish (kmr)").code, "kmr");
        assert_eq!(language("Arabic (ar-SY)").replaced, None);
        // Danish's and Punjabi's codes written for Dari and Pashto: the name is kept.
        let dari = language("Dari (da)");
        assert_eq!(
            (dari.code.as_str(), dari.replaced.as_deref()),
            ("prs", Some("da"))
        );
        assert_eq!(language("Pashto (pa)").code, "ps");
        // ISO 639-2 codes of the same languages are not contradictions.
        for (header, code) in [
            ("Arabic (ara)", "ara"),
            ("Urdu (urd)", "urd"),
            ("Pashto (pus)", "pus"),
        ] {
            let read = language(header);
            assert_eq!(
                (read.code.as_str(), read.replaced),
                (code, None),
                "{header}"
            );
        }
        // A code of the same direction is the column's own choice.
        assert_eq!(language("English (fr)").code, "fr");
    }

    #[test]
    fn duplicate_and_conflicting_headers_are_refused() {
        let h = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let e = read_headers("survey", &h(&["type", "name", "label", "label"])).unwrap_err();
        assert!(
            e.to_string().contains("Duplicate column header: label"),
            "{e}"
        );
        let e = read_headers("survey", &h(&["type", "bind:relevant", "relevance"])).unwrap_err();
        assert!(
            e.to_string().contains("'bind:relevant', 'relevance'"),
            "{e}"
        );
        assert!(
            read_headers(
                "survey",
                &h(&["type", "label::English (en)", "label::Français (fr)"])
            )
            .is_ok()
        );
    }
}

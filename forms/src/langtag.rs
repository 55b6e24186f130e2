//! The language and direction of a piece of text, as a browser needs them to read it
//! rightly: its `lang` (so a screen reader speaks Arabic with an Arabic voice, and the
//! right font and line breaking are used) and its `dir` (so an English sentence inside an
//! Arabic interview keeps its full stop at its end).
//!
//! Forms name their languages loosely: `en`, `Français (fr)` (read as `fr` at import),
//! `default` for a form written without language columns, `my_language` for a name no
//! list knows. Only a code that can be a language tag is given to the browser; any other
//! is "unknown" (`lang=""`), read in its own direction (`dir="auto"`), which is what
//! HTML says for text whose language is not known, rather than the page's language,
//! which would be a guess and usually a wrong one.
//!
//! ```
//! use forms::langtag::{Dir, dir, tag};
//! assert_eq!(tag("ar"), "ar");
//! assert_eq!(tag("pt_BR"), "pt-BR");
//! assert_eq!(tag("default"), "");
//! assert_eq!(dir("fa-AF"), Dir::Rtl);
//! assert_eq!(dir("fr"), Dir::Ltr);
//! assert_eq!(dir("default"), Dir::Auto);
//! ```

/// Languages written right to left, by their primary subtag (ISO 639-1 or 639-3).
const RTL: &[&str] = &[
    "ar", "arc", "bal", "ckb", "dv", "fa", "he", "ks", "ku", "nqo", "prs", "ps", "sd", "syr", "ug",
    "ur", "yi",
];

/// Which way a text runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Ltr,
    Rtl,
    /// Unknown: the browser decides from the text's first strong letter.
    Auto,
}

impl Dir {
    /// The value of an HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
            Dir::Auto => "auto",
        }
    }

    /// `Rtl` or `Ltr` from a form's own flag.
    pub fn of_rtl(rtl: bool) -> Dir {
        if rtl { Dir::Rtl } else { Dir::Ltr }
    }
}

/// The BCP 47 tag of a form's or template's language code (`pt_BR` as `pt-BR`), or the
/// empty string when the code cannot be one (`default`, `my_language`): HTML's "unknown".
/// A language of two or three letters, then a script (`Hant`) or a region (`BR`, `419`):
/// what forms carry. Anything longer is a name turned into a code at import (`My
/// language` is `my_language`, and `my` would read it as Burmese).
pub fn tag(code: &str) -> String {
    let code = code.trim();
    let letters = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_alphabetic());
    let mut parts = code.split(['-', '_']);
    let primary_ok = parts
        .next()
        .is_some_and(|p| (letters(p, 2) && is_iso_639_1(p)) || letters(p, 3));
    let rest_ok = parts.all(|p| {
        letters(p, 4) || letters(p, 2) || (p.len() == 3 && p.bytes().all(|b| b.is_ascii_digit()))
    });
    if !(primary_ok && rest_ok) {
        return String::new();
    }
    let code = code.replace('_', "-");
    // A three-letter code of a language that has a two-letter one is written with the
    // two letters in a tag (`swa` is `sw`: BCP 47, and what screen readers and axe know).
    let (primary, rest) = code.split_at(code.find('-').unwrap_or(code.len()));
    match SHORTER
        .chunks_exact(2)
        .find(|p| p[0].eq_ignore_ascii_case(primary))
    {
        Some(p) => format!("{}{rest}", p[1]),
        None => code,
    }
}

/// The two-letter codes of ISO 639-1, run together (`aaabae…`): a two-letter code outside
/// it is no language (`kd`, made up for Kannada in a health form, is not), and a browser
/// or screen reader given it as `lang` would be misled.
const ISO_639_1: &str = concat!(
    "aaabaeafakamanarasavayazbabebgbhbibmbnbobrbscacechcocrcscucvcydadedvdzeeeleneoes",
    "eteufafffifjfofrfygagdglgngugvhahehihohrhthuhyhziaidieigiiikioisitiujajvkakgkikj",
    "kkklkmknkokrkskukvkwkylalblglilnloltlulvmgmhmimkmlmnmrmsmtmynanbndnengnlnnnonrnv",
    "nyocojomorospapiplpsptqurmrnrorurwsascsdsesgsiskslsmsnsosqsrssstsusvswtatetgthti",
    "tktltntotrtstttwtyugukuruzvevivowawoxhyiyozazhzu",
);

/// Three-letter codes (ISO 639-2, bibliographic and terminological) of languages field
/// forms are written in, each followed by its two-letter code.
const SHORTER: &[&str] = &[
    "swa", "sw", "eng", "en", "fra", "fr", "fre", "fr", "ara", "ar", "amh", "am", "tir", "ti",
    "orm", "om", "som", "so", "hau", "ha", "yor", "yo", "ibo", "ig", "kin", "rw", "run", "rn",
    "lug", "lg", "lin", "ln", "nya", "ny", "sna", "sn", "zul", "zu", "xho", "xh", "afr", "af",
    "ful", "ff", "wol", "wo", "bam", "bm", "mlg", "mg", "por", "pt", "spa", "es", "deu", "de",
    "ger", "de", "ita", "it", "nld", "nl", "dut", "nl", "rus", "ru", "ukr", "uk", "tur", "tr",
    "fas", "fa", "per", "fa", "pus", "ps", "urd", "ur", "hin", "hi", "ben", "bn", "nep", "ne",
    "ori", "or", "pan", "pa", "tam", "ta", "tel", "te", "mar", "mr", "guj", "gu", "khm", "km",
    "lao", "lo", "mya", "my", "bur", "my", "tha", "th", "vie", "vi", "ind", "id", "msa", "ms",
    "may", "ms", "zho", "zh", "chi", "zh", "kur", "ku", "heb", "he", "aze", "az", "uzb", "uz",
];

/// Whether `two` (two ASCII letters) is an ISO 639-1 language code, in any case.
fn is_iso_639_1(two: &str) -> bool {
    let two = two.to_ascii_lowercase();
    ISO_639_1
        .as_bytes()
        .chunks_exact(2)
        .any(|c| c == two.as_bytes())
}

/// Whether a language code is written right to left (by its primary subtag: `fa-AF`,
/// `ar_SD`, `prs`).
pub fn is_rtl(code: &str) -> bool {
    let primary = code.split(['-', '_']).next().unwrap_or_default();
    RTL.iter().any(|r| r.eq_ignore_ascii_case(primary))
}

/// The direction of text in `code`: `Auto` when the code is no language tag.
pub fn dir(code: &str) -> Dir {
    match tag(code) {
        t if t.is_empty() => Dir::Auto,
        t => Dir::of_rtl(is_rtl(&t)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_forms_carry_become_tags_or_unknown() {
        for (code, expected) in [
            ("en", "en"),
            ("prs", "prs"),
            ("fa-AF", "fa-AF"),
            ("zh_Hant_TW", "zh-Hant-TW"),
            ("es-419", "es-419"),
            ("haitian_creole", ""),
            (" ar ", "ar"),
            ("default", ""),
            ("my_language", ""),
            ("e", ""),
            ("ar-", ""),
            ("", ""),
            ("عربي", ""),
            // Found in HOT's OpenStreetMap forms (`label::Swahili(swa)`): axe-core and
            // screen readers know Swahili as `sw`.
            ("swa", "sw"),
            ("eng_GB", "en-GB"),
            ("fat", "fat"),
            // A CHT immunisation form's made-up code for Kannada (which is `kn`).
            ("kd", ""),
            ("KN", "KN"),
            ("zu", "zu"),
        ] {
            assert_eq!(tag(code), expected, "{code}");
        }
    }

    #[test]
    fn direction_follows_the_primary_subtag_and_is_auto_when_unknown() {
        assert_eq!(dir("ar"), Dir::Rtl);
        assert_eq!(dir("PS"), Dir::Rtl);
        assert_eq!(dir("ckb"), Dir::Rtl);
        assert_eq!(dir("bn"), Dir::Ltr);
        assert_eq!(dir("fat"), Dir::Ltr, "Fante is not Persian (fa)");
        assert_eq!(dir("per"), Dir::Rtl, "Persian by its three letters");
        assert_eq!(dir("default"), Dir::Auto);
        assert_eq!(Dir::of_rtl(true).as_str(), "rtl");
    }
}

//! Burmese written in Zawgyi, the font encoding most phones in Myanmar used until the
//! country moved to Unicode in 2019. Zawgyi reuses the Myanmar code points for shapes:
//! a vowel sign stored before its consonant, the stacking sign U+1039 used as the
//! vowel killer, and letters of Mon, Karen and Shan (U+1060 to U+1097) used for stacked
//! and reshaped Burmese letters. Real SurveyCTO questionnaires from Myanmar are written
//! so (`label:: burmese`). On a phone with a Unicode Myanmar font, as every phone now
//! has and as Sauti's fonts are, the text shows as broken syllables, and a search typed
//! in Unicode, or a village list attached in Unicode, never matches it. Converting needs
//! the CLDR's rules (ICU's `Zawgyi-my` transform), which no Rust crate carries: the
//! import tells the form's author, and names the tools that convert.

use crate::model::{Language, Node};

/// Texts with signs of Zawgyi in one language, from which it is reported.
const SAMPLES: usize = 3;

/// Consonants, which a Unicode stacking sign U+1039 is followed by (with great sa).
fn consonant(c: char) -> bool {
    ('\u{1000}'..='\u{1021}').contains(&c) || c == '\u{103F}'
}

/// Vowel signs, tone marks and medials: in Unicode each follows a letter (or another of
/// them); Zawgyi stores the vowel sign E and its medial ra first, in visual order.
fn sign(c: char) -> bool {
    ('\u{102B}'..='\u{103E}').contains(&c)
}

/// What a Unicode sign may follow: any letter or sign of the Myanmar block (independent
/// vowels as in `ဦး`, Shan's and Mon's letters and signs) or the digit zero, not its
/// other digits or its marks of punctuation, nor a space or anything outside the block.
fn carries_signs(c: char) -> bool {
    // The digit zero too: Burmese typists often write it for the letter wa (`၀ါ`).
    ('\u{1000}'..='\u{109F}').contains(&c) && !('\u{1041}'..='\u{104B}').contains(&c)
}

/// Whether `text` shows what only Zawgyi writes: a vowel sign or medial that starts a
/// word (`ေျပာ`), a U+1039 that stacks no consonant (`မ္း` for `မ်း`), or, when
/// `burmese` (a Burmese column, where Mon, Karen and Shan letters have no place), one of
/// the code points Zawgyi takes for stacked letters (`မဂၤလာပါ`, `ၿမိဳ႕`).
pub fn looks_like(text: &str, burmese: bool) -> bool {
    let mut before: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if burmese && ('\u{1060}'..='\u{1097}').contains(&c) {
            return true;
        }
        if c == '\u{1039}' && !chars.peek().is_some_and(|&next| consonant(next)) {
            return true;
        }
        // `ဧ။်` is how Unicode typists write the possessive `၏`: an asat after the full
        // stop, not Zawgyi.
        if sign(c)
            && !before.is_some_and(carries_signs)
            && !(c == '\u{103A}' && before == Some('\u{104B}'))
        {
            return true;
        }
        before = Some(c);
    }
    false
}

/// Whether `text` is written in the Myanmar script at all.
fn myanmar(text: &str) -> bool {
    text.chars().any(|c| ('\u{1000}'..='\u{109F}').contains(&c))
}

/// At most this many questions are named in the warning.
const NAMED: usize = 5;

/// A warning for each language with at least [`SAMPLES`] question labels or hints that
/// look like Zawgyi (one stray pasted word is not reported), naming the first questions:
/// a form may mix the two (a Myanmar baseline survey: 57 of 713 labels), and each such
/// label shows broken on the phone.
pub fn warnings(languages: &[Language], body: &[Node]) -> Vec<String> {
    let mut warnings = Vec::new();
    for language in languages {
        let burmese = language.code == "my" || language.code.starts_with("my-");
        let (mut written, mut zawgyi) = (0usize, Vec::new());
        count(body, &language.code, burmese, &mut written, &mut zawgyi);
        if zawgyi.len() < SAMPLES {
            continue;
        }
        let mut named: Vec<String> = Vec::new();
        for name in &zawgyi {
            if !named.iter().any(|n| n == name) && named.len() < NAMED {
                named.push(name.clone());
            }
        }
        let named: Vec<String> = named.iter().map(|n| format!("`{n}`")).collect();
        warnings.push(format!(
            "Language \"{}\": {} of its {written} labels in the Myanmar script are written in Zawgyi, the old font encoding ({}{}): phones with Unicode fonts show them as broken letters, and searches and attached files in Unicode do not match them. Convert them to Unicode (Google's myanmar-tools, or ICU's Zawgyi-my transform) and import the form again",
            language.name,
            zawgyi.len(),
            named.join(", "),
            if zawgyi.len() > NAMED { ", …" } else { "" },
        ));
    }
    warnings
}

/// Counts the labels and hints of `code` in the Myanmar script, and names the questions
/// of those that look like Zawgyi (a question once per text).
fn count(nodes: &[Node], code: &str, burmese: bool, written: &mut usize, zawgyi: &mut Vec<String>) {
    for n in nodes {
        for text in [&n.label, &n.hint] {
            if let Some(s) = text.0.get(code)
                && myanmar(s)
            {
                *written += 1;
                if looks_like(s, burmese) {
                    zawgyi.push(n.name.clone());
                }
            }
        }
        count(&n.children, code, burmese, written, zawgyi);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Text;

    /// The same words in Zawgyi and in Unicode: Myanmar, Yangon, "mingalaba", a word with
    /// `်း`, and "back to the list of businesses".
    const PAIRS: [(&str, &str); 5] = [
        ("ျမန္မာ", "မြန်မာ"),
        ("ရန္ကုန္ၿမိဳ႕", "ရန်ကုန်မြို့"),
        ("မဂၤလာပါ", "မင်္ဂလာပါ"),
        ("မ္း", "မ်း"),
        (
            "လုပ္ငန္းရွင္မ်ား စာရင္းသုိ႕ ျပန္သြားရန",
            "လုပ်ငန်းရှင်များ စာရင်းသို့ ပြန်သွားရန်",
        ),
    ];

    #[test]
    fn zawgyi_is_told_from_unicode() {
        for (zawgyi, unicode) in PAIRS {
            assert!(looks_like(zawgyi, true), "{zawgyi}");
            assert!(!looks_like(unicode, true), "{unicode}");
        }
        for unicode in [
            "ကျေးဇူးတင်ပါတယ်",
            "ပြည်ထောင်စု",
            "အိမ်ထောင်စု ၅ ဦး",
            "Yangon",
            // The digit zero written for the letter wa; `၎င်း`, "it".
            "၀ါ",
            "၎င်း",
            // `၏` typed as `ဧ။်`.
            "စီမံကိန်းဧ။်အိမ်ထောင်စုအမှတ်",
        ] {
            assert!(!looks_like(unicode, true), "{unicode}");
        }
        // Shan in Unicode uses letters Zawgyi takes for Burmese: only a Burmese column
        // counts them.
        assert!(!looks_like("ၵႂၢမ်းတႆး", false));
    }

    #[test]
    fn a_column_mostly_in_zawgyi_is_reported_once() {
        let node = |text: &str| {
            let mut n: Node = serde_json::from_str(r#"{"name":"q","kind":"text"}"#).unwrap();
            n.label = Text([("my".to_string(), text.to_string())].into());
            n
        };
        let burmese = [Language {
            code: "my".into(),
            name: "burmese".into(),
            rtl: false,
        }];
        let zawgyi: Vec<Node> = PAIRS.iter().map(|(z, _)| node(z)).collect();
        let unicode: Vec<Node> = PAIRS.iter().map(|(_, u)| node(u)).collect();
        let warned = warnings(&burmese, &zawgyi);
        assert_eq!(warned.len(), 1);
        assert!(warned[0].contains("5 of its 5"), "{warned:?}");
        assert!(warnings(&burmese, &unicode).is_empty());
        // One Zawgyi word pasted into a Unicode column is not a Zawgyi column.
        let mut mixed = unicode.clone();
        mixed.extend(unicode.clone());
        mixed.push(node("ျမန္မာ"));
        assert!(warnings(&burmese, &mixed).is_empty());
        // Three labels among many are: each shows broken (a Myanmar baseline survey, 57
        // of 713), and the first are named.
        mixed.extend(zawgyi[..2].iter().cloned());
        let warned = warnings(&burmese, &mixed);
        assert_eq!(warned.len(), 1);
        assert!(warned[0].contains("3 of its 13 labels"), "{warned:?}");
        assert!(
            warned[0].contains("Zawgyi, the old font encoding (`q`)"),
            "{warned:?}"
        );
    }
}

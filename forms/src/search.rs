//! What a search of a long choice list compares: text with the differences people do not
//! type left out. An enumerator looking for `أحمد` types `احمد` (the hamza is rarely
//! typed), a Dari keyboard writes `ی` and `ک` where the list, typed on an Arabic one, has
//! `ي` and `ك`, a village typed with a phone's Bengali digits is listed with ASCII ones,
//! and `Gurúè` is searched as `gurue`. The phone lower-cases and decomposes the text
//! first (the browser's own `toLowerCase` and `normalize("NFD")`, whose Unicode tables
//! the phone then need not download); this folds what is left, the same on both sides.

/// `text` (lower-cased, decomposed) with the marks people leave out removed and the
/// letters they type for one another made one: Latin, Greek and Cyrillic accents; Arabic
/// vowel marks and the tatweel; the alef with hamza or madda as a bare alef, alef
/// maqsura as yeh, teh marbuta as heh, Persian yeh and keheh as Arabic yeh and kaf; every
/// script's digits as ASCII ones.
pub fn fold(text: &str) -> String {
    crate::digits::to_ascii(text)
        .chars()
        .filter_map(|c| match c {
            '\u{300}'..='\u{36F}' | '\u{64B}'..='\u{65F}' | '\u{670}' | '\u{640}' => None,
            'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
            'ى' | 'ی' | 'ې' | 'ۍ' => Some('ي'),
            'ة' => Some('ه'),
            'ک' => Some('ك'),
            _ => Some(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn what_people_do_not_type_is_left_out() {
        // Decomposed as the phone hands it over (`normalize("NFD")`): أ is ا + hamza above.
        assert_eq!(fold("\u{627}\u{654}حمد"), fold("احمد"));
        assert_eq!(fold("أحمد"), "احمد");
        assert_eq!(fold("مدرسة"), fold("مدرسه"));
        assert_eq!(fold("كابل"), fold("کابل"));
        assert_eq!(fold("علي"), fold("علی"));
        assert_eq!(fold("مُحَمَّد"), "محمد");
        assert_eq!(fold("guru\u{301}e\u{300}"), "gurue");
        assert_eq!(fold("ওয়ার্ড ৩"), fold("ওয়ার্ড 3"));
        assert_eq!(fold("حي ٣"), "حي 3");
        // Letters that are not variants of one another stay apart.
        assert_ne!(fold("بلخ"), fold("پلخ"));
        assert_eq!(fold("বাংলা"), "বাংলা");
    }
}

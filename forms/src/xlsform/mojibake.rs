//! Text that was UTF-8 and was once read as Windows-1252, then saved again: `دمشق`
//! becomes `Ø¯Ù…Ø´Ù‚`. Seen in a real Syrian questionnaire, whose 7,900 village names on
//! its `external_choices` sheet were all like this (an export through a tool that took
//! the bytes for Western European text): the phone showed the enumerator noise, and a
//! search for a village never found it. The damage can be undone exactly: each character
//! stands for one byte of the original UTF-8.

use super::files::WINDOWS_1252;

/// The text `s` was before it was read as Windows-1252, if it was such text: every
/// character one byte of Windows-1252 (or Latin-1 for the five bytes 1252 leaves
/// undefined), and those bytes valid UTF-8 that is not plain ASCII. Ordinary text fails
/// the test: an accented letter of French or Portuguese (`é`, `ç`, `ã`) is not followed
/// by the bytes UTF-8 would need after it, and text in any other script is not made of
/// Windows-1252 characters at all.
pub fn repair(s: &str) -> Option<String> {
    // A UTF-8 sequence of two to four bytes starts with 0xC2 to 0xF4.
    if !s.chars().any(|c| ('\u{C2}'..='\u{F4}').contains(&c)) {
        return None;
    }
    let bytes = s
        .chars()
        .map(|c| match u32::from(c) {
            0..=0x7F | 0xA0..=0xFF => u8::try_from(u32::from(c)).ok(),
            _ => WINDOWS_1252
                .iter()
                .position(|&w| w == c)
                .and_then(|i| u8::try_from(0x80 + i).ok()),
        })
        .collect::<Option<Vec<u8>>>()?;
    let text = String::from_utf8(bytes).ok()?;
    (text != s).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn utf8_read_as_windows_1252_is_read_again() {
        assert_eq!(repair("Ø¯Ù…Ø´Ù‚").as_deref(), Some("دمشق"));
        // 0x81 and 0xAD: a byte 1252 leaves undefined, and the soft hyphen.
        assert_eq!(repair("Ø±ÙŠÙ\u{81} Ø¯Ù…Ø´Ù‚").as_deref(), Some("ريف دمشق"));
        assert_eq!(repair("Ø\u{AD}Ù„Ø¨").as_deref(), Some("حلب"));
        assert_eq!(repair("Ã‰cole").as_deref(), Some("École"));
        assert_eq!(repair("à¦¬à¦¾à¦‚à¦²à¦¾").as_deref(), Some("বাংলা"));
    }

    #[test]
    fn ordinary_text_is_left_alone() {
        for text in [
            "Damascus",
            "Élève à côté, Gurúè, São Tomé, Ñandú",
            "دمشق",
            "বাংলা",
            "Â",
            "naïve café — “quoted”",
            "",
        ] {
            assert_eq!(repair(text), None, "{text}");
        }
    }
}

//! The receipt-code parser: whatever it accepts prints in canonical form (`XXXX-XXXX-XXXX-C`),
//! parses back to itself, survives JSON, and is what was typed, up to case, separators and
//! look-alike letters.
#![no_main]

use forms::receipt::ReceiptCode;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(typed) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(code) = ReceiptCode::parse(typed) else {
        return;
    };
    let printed = code.as_str();
    let bytes = printed.as_bytes();
    assert_eq!(bytes.len(), 16, "{printed}");
    assert!(
        [4, 9, 14].iter().all(|&i| bytes[i] == b'-'),
        "{printed}: dashes after each group of four"
    );
    assert!(
        printed
            .chars()
            .filter(|&c| c != '-')
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase() || "*~$=".contains(c)),
        "{printed}"
    );
    assert_eq!(ReceiptCode::parse(printed).as_ref(), Ok(&code));
    assert_eq!(code.to_string(), printed);
    let json = serde_json::to_string(&code).expect("a code encodes");
    assert_eq!(
        serde_json::from_str::<ReceiptCode>(&json).ok(),
        Some(code.clone())
    );
    // The same symbols as typed, once case, separators and look-alikes are set aside.
    let normalise = |s: &str| -> String {
        s.chars()
            .filter(|c| !matches!(c, '-' | ' ' | '\u{a0}'))
            .map(|c| match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            })
            .collect()
    };
    assert_eq!(
        normalise(typed),
        normalise(printed),
        "{typed:?} read as {printed}"
    );
});

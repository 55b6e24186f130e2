//! `forms` compiled to wasm and run in headless Chromium, where it leans on the browser:
//! the vault (the browser's random source, the real parameters), and expressions whose
//! numbers, regular expressions and trigonometry use the browser's own engines.

#![cfg(target_arch = "wasm32")]

use forms::Error;
use forms::vault::{KdfParams, Vault};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn records_round_trip_with_the_recommended_parameters() {
    let (header, vault) = Vault::create("olive tree at dawn", KdfParams::RECOMMENDED).unwrap();
    let sealed = vault.seal("record/1", "أسرة من خمسة".as_bytes()).unwrap();
    let reopened = Vault::unlock(&header, "olive tree at dawn").unwrap();
    assert_eq!(
        reopened.open("record/1", &sealed).unwrap(),
        "أسرة من خمسة".as_bytes()
    );
}

#[wasm_bindgen_test]
fn a_wrong_passphrase_is_refused() {
    let (header, _) = Vault::create("olive tree at dawn", KdfParams::TEST_ONLY_FAST).unwrap();
    assert_eq!(
        Vault::unlock(&header, "olive tree at dusk").unwrap_err(),
        Error::WrongPassphrase
    );
}

#[wasm_bindgen_test]
fn a_flipped_bit_is_detected() {
    let (_, vault) = Vault::create("p", KdfParams::TEST_ONLY_FAST).unwrap();
    let mut sealed = vault.seal("record/2", b"answers").unwrap();
    let mut chars: Vec<char> = sealed.ciphertext.chars().collect();
    chars[2] = if chars[2] == 'A' { 'B' } else { 'A' };
    sealed.ciphertext = chars.into_iter().collect();
    assert_eq!(
        vault.open("record/2", &sealed).unwrap_err(),
        Error::Tampered {
            id: "record/2".into()
        }
    );
}

#[wasm_bindgen_test]
fn swapped_records_do_not_open() {
    let (_, vault) = Vault::create("p", KdfParams::TEST_ONLY_FAST).unwrap();
    let a = vault.seal("record/a", b"first").unwrap();
    assert!(vault.open("record/b", &a).is_err());
}

fn eval(src: &str) -> String {
    let form = forms::demo::household_form().compile().unwrap();
    let answers = forms::model::Answers::new();
    let scope = forms::expr::Scope::top(&form, &answers, "2026-11-25");
    scope
        .eval(&forms::expr::Expr::parse(src).unwrap())
        .as_string()
}

#[wasm_bindgen_test]
fn numbers_read_and_print_as_natively() {
    for (src, printed) in [
        ("0.1 + 0.2", "0.30000000000000004"),
        ("0.00000015", "0.00000015"),
        ("125000000000000000000 * 10", "1250000000000000000000"),
        ("-2.5 div 10", "-0.25"),
        ("7 div 2", "3.5"),
        ("round(2.456, 2)", "2.46"),
        ("number('1e3')", "NaN"),
        ("sqrt(16) + pow(2, 10)", "1028"),
        ("round(sin(pi() div 2))", "1"),
        ("log10(1000)", "3"),
    ] {
        assert_eq!(eval(src), printed, "{src}");
    }
}

#[wasm_bindgen_test]
fn regular_expressions_run_on_the_servers_linear_engine() {
    assert_eq!(eval("regex('0712345678', '^07[0-9]{8}$')"), "true");
    assert_eq!(eval("regex('07123', '^07[0-9]{8}$')"), "false");
    assert_eq!(
        eval("regex('a', '([a-z')"),
        "false",
        "an invalid pattern matches nothing"
    );
    // The same engine as the server: character ranges, ASCII classes as in Collect.
    assert_eq!(
        eval("regex('دار السلام', '^[\\x{0600}-\\x{06FF} ]+$')"),
        "true",
        "a range of Arabic letters"
    );
    assert_eq!(eval("regex('أمينة', '^\\w+$')"), "false", "\\w is ASCII");
    // A pattern that takes a backtracking engine 2^n steps answers at once.
    let long = "a".repeat(2_000);
    assert_eq!(eval(&format!("regex('{long}!', '^(a+)+$')")), "false");
    assert_eq!(eval("regex('0712-345', '^[0-9]+\\-[0-9]+$')"), "true");
}

//! The vault, compiled to wasm and run in headless Chromium: the same properties the
//! native unit tests check, with the browser's random source and the real parameters.

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

//! The key-derivation worker's bundle, run by `static/kdf-worker.js` in a Web Worker:
//! Argon2id over the passphrase takes tens of milliseconds on a laptop and up to a second
//! on a cheap phone, and the screen must keep answering meanwhile. It keeps no state: a
//! passphrase, a salt and the parameters in, the key out. It links only `forms::vault`.
use forms::vault::{KdfInput, KdfParams, derive_kek};
use wasm_bindgen::prelude::*;

/// The 32-byte key-encryption key for `passphrase` (`forms::vault::derive_kek`).
#[wasm_bindgen]
pub fn derive(
    passphrase: &str,
    salt: &[u8],
    m_kib: u32,
    t: u32,
    p: u32,
) -> Result<js_sys::Uint8Array, JsValue> {
    let input = KdfInput {
        salt: salt.to_vec(),
        params: KdfParams { m_kib, t, p },
    };
    // The key is copied straight into JS memory; the Rust copy is zeroized when dropped.
    let kek = derive_kek(passphrase, &input).map_err(|_| JsValue::from_str("kdf"))?;
    Ok(js_sys::Uint8Array::from(&kek.as_bytes()[..]))
}

fn main() {}

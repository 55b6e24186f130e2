//! The passphrase's key derivation, off the page's thread: Argon2id runs in a Web Worker
//! (`src/bin/kdf.rs`, `static/kdf-worker.js`) so the screen keeps answering, on a cheap
//! phone for up to a second. If the worker cannot start (its files not yet cached, a
//! browser without module workers) the derivation runs here instead: slower to paint, never
//! refused.

use forms::vault::{KdfInput, KdfParams, Kek};
use wasm_bindgen::prelude::*;
use zeroize::Zeroizing;

use crate::error::AppError;

#[wasm_bindgen(module = "/src/kdf.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = deriveKey)]
    async fn derive_in_worker(
        passphrase: &str,
        salt: &[u8],
        m_kib: u32,
        t: u32,
        p: u32,
    ) -> Result<JsValue, JsValue>;
}

/// The key-encryption key for `passphrase` and `input`.
pub async fn derive(passphrase: &str, input: &KdfInput) -> Result<Kek, AppError> {
    let KdfParams { m_kib, t, p } = input.params;
    if let Ok(key) = derive_in_worker(passphrase, &input.salt, m_kib, t, p).await {
        let key = js_sys::Uint8Array::new(&key);
        let bytes = Zeroizing::new(key.to_vec());
        // The JS copy is cleared too, not left to the garbage collector.
        key.fill(0, 0, key.length());
        if let Some(kek) = Kek::from_bytes(&bytes) {
            return Ok(kek);
        }
    }
    Ok(forms::vault::derive_kek(passphrase, input)?)
}

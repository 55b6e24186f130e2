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
    /// Starts the worker at once; the promise gives the key.
    #[wasm_bindgen(js_name = deriveKey)]
    fn derive_in_worker(
        passphrase: &str,
        salt: &[u8],
        m_kib: u32,
        t: u32,
        p: u32,
    ) -> js_sys::Promise;
}

/// The key-encryption key for `passphrase` and `input`. The derivation starts when this
/// is called, not when the future is first awaited: setting up a phone derives while its
/// enrolment crosses the network (on 2G the two overlap, ~1 s saved).
pub fn derive(
    passphrase: &str,
    input: &KdfInput,
) -> impl Future<Output = Result<Kek, AppError>> + use<> {
    let KdfParams { m_kib, t, p } = input.params;
    let started = derive_in_worker(passphrase, &input.salt, m_kib, t, p);
    let passphrase = Zeroizing::new(passphrase.to_string());
    let input = input.clone();
    async move {
        if let Ok(key) = wasm_bindgen_futures::JsFuture::from(started).await {
            let key = js_sys::Uint8Array::new(&key);
            let bytes = Zeroizing::new(key.to_vec());
            // The JS copy is cleared too, not left to the garbage collector.
            key.fill(0, 0, key.length());
            if let Some(kek) = Kek::from_bytes(&bytes) {
                return Ok(kek);
            }
        }
        Ok(forms::vault::derive_kek(&passphrase, &input)?)
    }
}

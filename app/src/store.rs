//! Browser storage (`localStorage`). Only three kinds of things are
//! written: the vault header (no secret in the clear), sealed envelopes (AES-GCM), and
//! plain UI preferences. Answers, tokens and passphrases never pass through here in clear.

use forms::vault::{Sealed, UnlockThrottle, VaultHeader};
use serde::Serialize;
use serde::de::DeserializeOwned;
use web_sys::Storage;

use crate::error::AppError;

const HEADER_KEY: &str = "sauti/vault";
const THROTTLE_KEY: &str = "sauti/unlock-throttle";
/// Prefix of every sealed entry; the rest of the key is the id bound into its AAD.
const SEALED_PREFIX: &str = "sauti/sealed/";

fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn read<T: DeserializeOwned>(key: &str) -> Option<T> {
    let text = storage()?.get_item(key).ok()??;
    serde_json::from_str(&text).ok()
}

fn write<T: Serialize>(key: &str, value: &T) -> Result<(), AppError> {
    let text = serde_json::to_string(value).map_err(|_| AppError::Corrupt(key.to_string()))?;
    // The only write failure browsers report for localStorage is the quota.
    storage()
        .ok_or(AppError::StorageFull)?
        .set_item(key, &text)
        .map_err(|_| AppError::StorageFull)
}

/// A UI preference stored as plain text.
pub fn get_plain(key: &str) -> Option<String> {
    storage()?.get_item(key).ok()?
}

pub fn set_plain(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}

pub fn vault_header() -> Option<VaultHeader> {
    read(HEADER_KEY)
}

pub fn set_vault_header(header: &VaultHeader) -> Result<(), AppError> {
    write(HEADER_KEY, header)
}

pub fn throttle() -> UnlockThrottle {
    read(THROTTLE_KEY).unwrap_or_default()
}

pub fn set_throttle(t: &UnlockThrottle) {
    let _ = write(THROTTLE_KEY, t);
}

/// A sealed entry by id; `Err` when something is stored but is not an envelope.
pub fn sealed(id: &str) -> Result<Option<Sealed>, AppError> {
    let key = format!("{SEALED_PREFIX}{id}");
    match storage().and_then(|s| s.get_item(&key).ok().flatten()) {
        Some(text) => serde_json::from_str(&text)
            .map(Some)
            .map_err(|_| AppError::Forms(forms::Error::Malformed { id: id.to_string() })),
        _ => Ok(None),
    }
}

pub fn set_sealed(id: &str, sealed: &Sealed) -> Result<(), AppError> {
    write(&format!("{SEALED_PREFIX}{id}"), sealed)
}

/// Remove a sealed entry (a synced record past its retention).
pub fn remove_sealed(id: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(&format!("{SEALED_PREFIX}{id}"));
    }
}

/// What browsers give one site in `localStorage`, in characters of keys and values
/// (Chromium and Firefox allow about 5.2 million); Sauti counts against a little less.
pub const STORAGE_BUDGET: usize = 5_000_000;

/// How much of `STORAGE_BUDGET` this phone uses, in percent.
pub fn used_percent() -> usize {
    let Some(storage) = storage() else {
        return 0;
    };
    let used: usize = (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .map(|k| {
            let value = storage.get_item(&k).ok().flatten().unwrap_or_default();
            k.len() + value.len()
        })
        .sum();
    used * 100 / STORAGE_BUDGET
}

/// Ids of every sealed entry whose id starts with `prefix`.
pub fn sealed_ids(prefix: &str) -> Vec<String> {
    let Some(storage) = storage() else {
        return Vec::new();
    };
    let len = storage.length().unwrap_or(0);
    let full = format!("{SEALED_PREFIX}{prefix}");
    (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(&full))
        .map(|k| k[SEALED_PREFIX.len()..].to_string())
        .collect()
}

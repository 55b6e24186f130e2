//! Browser storage (localStorage through `gloo-storage`). Only three kinds of things are
//! written: the vault header (no secret in the clear), sealed envelopes (AES-GCM), and
//! plain UI preferences. Answers, tokens and passphrases never pass through here in clear.

use forms::vault::{Sealed, UnlockThrottle, VaultHeader};
use gloo_storage::{LocalStorage, Storage};

use crate::error::AppError;

const HEADER_KEY: &str = "sauti/vault";
const THROTTLE_KEY: &str = "sauti/unlock-throttle";
/// Prefix of every sealed entry; the rest of the key is the id bound into its AAD.
const SEALED_PREFIX: &str = "sauti/sealed/";

fn write<T: serde::Serialize>(key: &str, value: &T) -> Result<(), AppError> {
    LocalStorage::set(key, value).map_err(|e| match e {
        gloo_storage::errors::StorageError::SerdeError(_) => AppError::Corrupt(key.to_string()),
        // The only write failure browsers report for localStorage is the quota.
        _ => AppError::StorageFull,
    })
}

pub fn get_plain(key: &str) -> Option<String> {
    LocalStorage::get(key).ok()
}

pub fn set_plain(key: &str, value: &str) {
    let _ = LocalStorage::set(key, value);
}

pub fn vault_header() -> Option<VaultHeader> {
    LocalStorage::get(HEADER_KEY).ok()
}

pub fn set_vault_header(header: &VaultHeader) -> Result<(), AppError> {
    write(HEADER_KEY, header)
}

pub fn throttle() -> UnlockThrottle {
    LocalStorage::get(THROTTLE_KEY).unwrap_or_default()
}

pub fn set_throttle(t: &UnlockThrottle) {
    let _ = write(THROTTLE_KEY, t);
}

/// A sealed entry by id; `Err` when something is stored but is not an envelope.
pub fn sealed(id: &str) -> Result<Option<Sealed>, AppError> {
    let key = format!("{SEALED_PREFIX}{id}");
    match LocalStorage::raw().get_item(&key) {
        Ok(Some(text)) => serde_json::from_str(&text)
            .map(Some)
            .map_err(|_| AppError::Forms(forms::Error::Malformed { id: id.to_string() })),
        _ => Ok(None),
    }
}

pub fn set_sealed(id: &str, sealed: &Sealed) -> Result<(), AppError> {
    write(&format!("{SEALED_PREFIX}{id}"), sealed)
}

/// Ids of every sealed entry whose id starts with `prefix`.
pub fn sealed_ids(prefix: &str) -> Vec<String> {
    let storage = LocalStorage::raw();
    let len = storage.length().unwrap_or(0);
    let full = format!("{SEALED_PREFIX}{prefix}");
    let mut ids: Vec<String> = (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(&full))
        .map(|k| k[SEALED_PREFIX.len()..].to_string())
        .collect();
    ids.sort();
    ids
}

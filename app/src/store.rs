//! Browser storage. The vault header and every sealed envelope (AES-GCM) live in
//! IndexedDB (database `sauti`, object store `kv`, one JSON text per key); plain UI
//! preferences and the unlock throttle stay in `localStorage`. Answers, tokens and
//! passphrases never pass through here in clear.
//!
//! Why IndexedDB: Chromium writes `localStorage` to disk in delayed batches, so a browser
//! killed (flat battery) up to a minute after a write loses it. Here every write is an
//! IndexedDB transaction opened with `durability: "strict"` (flushed to disk before it
//! completes), and the writes that make a record saved are awaited before the receipt or
//! the confirmation is shown.
//!
//! Reads are synchronous: `open` loads every entry once at start into a copy in memory,
//! which each write updates at once (and puts back if the transaction fails). Transactions
//! on the one store run in the order they were opened, so the disk ends as memory does.
//! The database calls and the copy in memory are `store.js` (a wasm-bindgen snippet):
//! the same through web-sys, Rust futures and a `BTreeMap` cost about 8 KB gzip more
//! in the phone's first download (BENCHMARKS.md).

use forms::vault::{Sealed, UnlockThrottle, VaultHeader};
use js_sys::Array;
use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::prelude::*;
use web_sys::Storage;

use crate::error::AppError;

const HEADER_KEY: &str = "sauti/vault";
const THROTTLE_KEY: &str = "sauti/unlock-throttle";
/// Prefix of every sealed entry; the rest of the key is the id bound into its AAD.
const SEALED_PREFIX: &str = "sauti/sealed/";

#[wasm_bindgen(module = "/src/store.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = open)]
    async fn open_js(header: &str, prefix: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(js_name = get)]
    fn get_js(key: &str) -> Option<String>;
    #[wasm_bindgen(js_name = keys)]
    fn keys_js(prefix: &str) -> Array;
    #[wasm_bindgen(js_name = write)]
    fn write_js(puts: Array, deletes: Array) -> js_sys::Promise;
    #[wasm_bindgen(js_name = writeStashed)]
    fn write_stashed_js(key: &str, value: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = usedPercent)]
    async fn used_percent_js() -> JsValue;
    #[wasm_bindgen(js_name = keepStorage)]
    async fn keep_storage_js();
    #[wasm_bindgen(js_name = holdVault)]
    async fn hold_vault_js();
    /// Whether this window was locked because another took the vault (asked once).
    #[wasm_bindgen(js_name = vaultMoved)]
    pub fn vault_moved() -> bool;
}

/// Take the vault for this window (see `store.js`) and read every entry from the disk
/// again, since another window may have written since this page loaded; a window that
/// unlocks later takes it back, and this one reloads to its unlock screen. Resolves once
/// the entries in memory are the disk's.
pub async fn hold_vault() {
    hold_vault_js().await;
}

/// Ask the browser to keep the vault when the phone runs short of space (persistent
/// storage); asked once the phone holds a vault, at setup and at every unlock.
pub fn keep_storage() {
    wasm_bindgen_futures::spawn_local(keep_storage_js());
}

fn local() -> Option<Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// What a failed write means for the enumerator: the quota, or another failure (the
/// `DOMException` name).
fn storage_error(name: JsValue) -> AppError {
    match name.as_string() {
        Some(n) if n == "QuotaExceededError" => AppError::StorageFull,
        Some(n) => AppError::StorageWrite(n),
        None => AppError::StorageWrite("UnknownError".into()),
    }
}

/// Open the database (creating it on first use), move what older versions of the app
/// kept in `localStorage` into it, and load every entry. Called once, before the app
/// draws its first screen.
pub async fn open() -> Result<(), AppError> {
    open_js(HEADER_KEY, SEALED_PREFIX)
        .await
        .map_err(storage_error)
}

/// Put `puts` and delete `deletes` in one strict transaction; memory changes now, and
/// goes back if the transaction fails. Resolves once the transaction completed (on disk).
/// The transaction is opened when this is called, not when first awaited: the order of
/// calls is the order on disk.
fn write(
    puts: Vec<(String, String)>,
    deletes: Vec<String>,
) -> impl Future<Output = Result<(), AppError>> {
    let flat = Array::new();
    for (k, v) in &puts {
        flat.push(&JsValue::from_str(k));
        flat.push(&JsValue::from_str(v));
    }
    let gone = Array::new();
    for k in &deletes {
        gone.push(&JsValue::from_str(k));
    }
    let written = wasm_bindgen_futures::JsFuture::from(write_js(flat, gone));
    async move { written.await.map(drop).map_err(storage_error) }
}

fn to_text<T: Serialize>(key: &str, value: &T) -> Result<String, AppError> {
    serde_json::to_string(value).map_err(|_| AppError::Corrupt(key.to_string()))
}

/// A UI preference stored as plain text.
pub fn get_plain(key: &str) -> Option<String> {
    local()?.get_item(key).ok()?
}

pub fn set_plain(key: &str, value: &str) {
    if let Some(s) = local() {
        let _ = s.set_item(key, value);
    }
}

fn read_plain<T: DeserializeOwned>(key: &str) -> Option<T> {
    serde_json::from_str(&get_plain(key)?).ok()
}

pub fn vault_header() -> Option<VaultHeader> {
    serde_json::from_str(&get_js(HEADER_KEY)?).ok()
}

/// Whether a vault header is stored at all, readable or not. A damaged header still means
/// the phone holds a vault: setting up again would make a new key and leave every sealed
/// record unreadable, so the phone shows the unlock screen (which says the storage is
/// damaged) instead of setup.
pub fn has_vault_header() -> bool {
    get_js(HEADER_KEY).is_some()
}

/// Keep the vault header; resolves once it is on disk.
pub async fn set_vault_header(header: &VaultHeader) -> Result<(), AppError> {
    let text = to_text(HEADER_KEY, header)?;
    write(vec![(HEADER_KEY.to_string(), text)], Vec::new()).await
}

pub fn throttle() -> UnlockThrottle {
    read_plain(THROTTLE_KEY).unwrap_or_default()
}

pub fn set_throttle(t: &UnlockThrottle) {
    if let Ok(text) = serde_json::to_string(t) {
        set_plain(THROTTLE_KEY, &text);
    }
}

/// A sealed entry by id; `Err` when something is stored but is not an envelope.
pub fn sealed(id: &str) -> Result<Option<Sealed>, AppError> {
    match get_js(&format!("{SEALED_PREFIX}{id}")) {
        Some(text) => serde_json::from_str(&text)
            .map(Some)
            .map_err(|_| AppError::Forms(forms::Error::Malformed { id: id.to_string() })),
        _ => Ok(None),
    }
}

/// Keep a sealed entry; resolves once it is on disk (strict durability). The write is
/// started when this is called, so dropping the future does not undo it.
pub fn set_sealed(id: &str, sealed: &Sealed) -> impl Future<Output = Result<(), AppError>> + use<> {
    set_sealed_removing(id, sealed, &[])
}

/// Keep a sealed entry and remove others in the same transaction (an entry that replaces
/// what an older version of the app kept under another id).
pub fn set_sealed_removing(
    id: &str,
    sealed: &Sealed,
    removed: &[&str],
) -> impl Future<Output = Result<(), AppError>> + use<> {
    let key = format!("{SEALED_PREFIX}{id}");
    let text = to_text(&key, sealed);
    let deletes = removed
        .iter()
        .map(|id| format!("{SEALED_PREFIX}{id}"))
        .collect();
    let written = text.map(|text| write(vec![(key, text)], deletes));
    async move { written?.await }
}

/// [`set_sealed`] for a write started as the page goes (`pagehide`): the browser aborts
/// a transaction its unloading page left running, so the entry is also kept where a write
/// is done at once (`localStorage`) and moved into the database at the next start.
pub fn set_sealed_as_page_goes(id: &str, sealed: &Sealed) -> Result<(), AppError> {
    let key = format!("{SEALED_PREFIX}{id}");
    let text = to_text(&key, sealed)?;
    let written = wasm_bindgen_futures::JsFuture::from(write_stashed_js(&key, &text));
    wasm_bindgen_futures::spawn_local(async move {
        let _ = written.await;
    });
    Ok(())
}

/// Keep several sealed entries in one transaction (a batch's acknowledgements).
pub fn set_sealed_all(
    entries: &[(String, Sealed)],
) -> impl Future<Output = Result<(), AppError>> + use<> {
    let puts: Result<Vec<(String, String)>, AppError> = entries
        .iter()
        .map(|(id, sealed)| {
            let key = format!("{SEALED_PREFIX}{id}");
            to_text(&key, sealed).map(|text| (key, text))
        })
        .collect();
    let written = puts.map(|puts| write(puts, Vec::new()));
    async move { written?.await }
}

/// Remove a sealed entry (a synced record past its retention, withdrawals carried out).
pub fn remove_sealed(id: &str) -> impl Future<Output = Result<(), AppError>> + use<> {
    write(Vec::new(), vec![format!("{SEALED_PREFIX}{id}")])
}

/// How full this site's storage is, in percent of what the browser grants it (at most
/// 100: a browser may report more use than quota once it is over); 100 while the last
/// write was refused for want of space.
pub async fn used_percent() -> usize {
    used_percent_js().await.as_f64().unwrap_or(0.0) as usize
}

/// Ids of every sealed entry whose id starts with `prefix`, in order.
pub fn sealed_ids(prefix: &str) -> Vec<String> {
    keys_js(&format!("{SEALED_PREFIX}{prefix}"))
        .iter()
        .filter_map(|k| Some(k.as_string()?[SEALED_PREFIX.len()..].to_string()))
        .collect()
}

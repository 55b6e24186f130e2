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

use std::cell::RefCell;
use std::collections::BTreeMap;

use forms::vault::{Sealed, UnlockThrottle, VaultHeader};
use js_sys::{Array, Object, Promise, Reflect};
use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransaction, Storage};

use crate::error::AppError;

const HEADER_KEY: &str = "sauti/vault";
const THROTTLE_KEY: &str = "sauti/unlock-throttle";
/// Prefix of every sealed entry; the rest of the key is the id bound into its AAD.
const SEALED_PREFIX: &str = "sauti/sealed/";
const DB_NAME: &str = "sauti";
const DB_VERSION: u32 = 1;
const KV: &str = "kv";

thread_local! {
    static DB: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
    /// Every entry of `kv`, as on disk once the pending transactions complete.
    static ENTRIES: RefCell<BTreeMap<String, String>> = const { RefCell::new(BTreeMap::new()) };
}

fn local() -> Option<Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Resolves when `target` fires `ok` (`success`, `complete`), fails on `error` or `abort`.
async fn settled(target: &JsValue, ok: &str) -> Result<(), JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        let _ = Reflect::set(target, &format!("on{ok}").into(), &resolve);
        let _ = Reflect::set(target, &"onerror".into(), &reject);
        let _ = Reflect::set(target, &"onabort".into(), &reject);
    });
    JsFuture::from(promise).await.map(|_| ())
}

/// What a failed transaction means for the enumerator: the quota, or another failure.
fn write_error(tx: &IdbTransaction) -> AppError {
    match tx.error() {
        Some(e) if e.name() == "QuotaExceededError" => AppError::StorageFull,
        Some(e) => AppError::StorageWrite(e.name()),
        // Aborted without an error: the browser gave up on it (closing, out of space).
        None => AppError::StorageWrite("AbortError".into()),
    }
}

/// One readwrite transaction, flushed to disk before it completes.
fn strict_transaction(db: &IdbDatabase) -> Result<IdbTransaction, AppError> {
    let options = Object::new();
    let _ = Reflect::set(&options, &"durability".into(), &"strict".into());
    // `IDBDatabase.transaction(store, mode, options)`: web-sys has the options only
    // behind its unstable-API flag.
    Reflect::get(db, &"transaction".into())
        .and_then(|f| {
            f.unchecked_into::<js_sys::Function>().call3(
                db,
                &KV.into(),
                &"readwrite".into(),
                &options,
            )
        })
        .map(JsCast::unchecked_into)
        .map_err(|_| AppError::StorageWrite("InvalidStateError".into()))
}

/// Open the database (creating it on first use), move what older versions of the app
/// kept in `localStorage` into it, and load every entry. Called once, before the app
/// draws its first screen.
pub async fn open() -> Result<(), AppError> {
    let fail = |_| AppError::StorageWrite("UnknownError".into());
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or_else(|| AppError::StorageWrite("NotSupportedError".into()))?;
    let request: IdbOpenDbRequest = factory.open_with_u32(DB_NAME, DB_VERSION).map_err(fail)?;
    let on_upgrade = {
        let request = request.clone();
        Closure::once_into_js(move || {
            if let Ok(db) = request.result() {
                let _ = db.unchecked_into::<IdbDatabase>().create_object_store(KV);
            }
        })
    };
    request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    settled(&request, "success").await.map_err(fail)?;
    let db: IdbDatabase = request.result().map_err(fail)?.unchecked_into();
    // Another tab holding an older version open must not block a newer one.
    let on_change = {
        let db = db.clone();
        Closure::once_into_js(move || db.close())
    };
    db.set_onversionchange(Some(on_change.unchecked_ref()));

    let entries = load(&db).await?;
    ENTRIES.with_borrow_mut(|e| *e = entries);
    DB.with_borrow_mut(|d| *d = Some(db));
    // A failed move keeps the old copies in use: the app opens all the same.
    let _ = migrate().await;
    Ok(())
}

/// Every key and value of `kv`.
async fn load(db: &IdbDatabase) -> Result<BTreeMap<String, String>, AppError> {
    let fail = |_| AppError::StorageWrite("UnknownError".into());
    let tx = db.transaction_with_str(KV).map_err(fail)?;
    let store = tx.object_store(KV).map_err(fail)?;
    let keys: IdbRequest = store.get_all_keys().map_err(fail)?;
    let values: IdbRequest = store.get_all().map_err(fail)?;
    settled(&tx, "complete").await.map_err(fail)?;
    let keys: Array = keys.result().map_err(fail)?.unchecked_into();
    let values: Array = values.result().map_err(fail)?.unchecked_into();
    Ok(keys
        .iter()
        .zip(values.iter())
        .filter_map(|(k, v)| Some((k.as_string()?, v.as_string()?)))
        .collect())
}

/// Entries a version of the app before IndexedDB left in `localStorage` (the vault
/// header and sealed envelopes, under the same keys): copied in one durable transaction,
/// and removed from `localStorage` only once it completed. An entry already in the
/// database is newer (only this version writes there) and is kept.
async fn migrate() -> Result<(), AppError> {
    let Some(local) = local() else {
        return Ok(());
    };
    let old: Vec<(String, String)> = (0..local.length().unwrap_or(0))
        .filter_map(|i| local.key(i).ok().flatten())
        .filter(|k| k == HEADER_KEY || k.starts_with(SEALED_PREFIX))
        .filter_map(|k| Some((k.clone(), local.get_item(&k).ok()??)))
        .collect();
    if old.is_empty() {
        return Ok(());
    }
    let fresh: Vec<(String, String)> = ENTRIES.with_borrow(|e| {
        old.iter()
            .filter(|(k, _)| !e.contains_key(k))
            .cloned()
            .collect()
    });
    if !fresh.is_empty()
        && let Err(e) = write(fresh.clone(), Vec::new()).await
    {
        // Not moved (no room): work from the copies in `localStorage`, which stay there
        // until a later start moves them. Nothing is hidden from the enumerator.
        ENTRIES.with_borrow_mut(|entries| entries.extend(fresh));
        return Err(e);
    }
    for (key, _) in old {
        let _ = local.remove_item(&key);
    }
    Ok(())
}

/// Put `puts` and delete `deletes` in one strict transaction; memory changes now, and
/// goes back if the transaction fails. Resolves once the transaction completed (on disk).
fn write(
    puts: Vec<(String, String)>,
    deletes: Vec<String>,
) -> impl Future<Output = Result<(), AppError>> {
    // Everything up to the transaction's creation happens now, not when first awaited:
    // the order of calls is the order on disk.
    let started = start(&puts, &deletes);
    async move {
        let (tx, before) = started?;
        if settled(&tx, "complete").await.is_ok() {
            set_full(false);
            return Ok(());
        }
        // Put back what memory held, unless a later write changed it since.
        ENTRIES.with_borrow_mut(|e| {
            for (key, old) in before {
                let ours = puts.iter().find(|(k, _)| *k == key).map(|(_, v)| v);
                if e.get(&key) == ours {
                    match old {
                        Some(old) => e.insert(key, old),
                        None => e.remove(&key),
                    };
                }
            }
        });
        let error = write_error(&tx);
        if error == AppError::StorageFull {
            set_full(true);
        }
        Err(error)
    }
}

/// Set while the last write was refused for want of space: until a write succeeds, the
/// phone counts itself full whatever the browser's estimate says (kept across restarts).
const FULL_KEY: &str = "sauti/storage-full";

fn set_full(full: bool) {
    let Some(local) = local() else {
        return;
    };
    if full {
        let _ = local.set_item(FULL_KEY, "1");
    } else if get_plain(FULL_KEY).is_some() {
        let _ = local.remove_item(FULL_KEY);
    }
}

type Before = Vec<(String, Option<String>)>;

fn start(
    puts: &[(String, String)],
    deletes: &[String],
) -> Result<(IdbTransaction, Before), AppError> {
    let db = DB
        .with_borrow(Clone::clone)
        .ok_or_else(|| AppError::StorageWrite("InvalidStateError".into()))?;
    let tx = strict_transaction(&db)?;
    let fail = |_| AppError::StorageWrite("InvalidStateError".into());
    let store = tx.object_store(KV).map_err(fail)?;
    for (k, v) in puts {
        store
            .put_with_key(&JsValue::from_str(v), &JsValue::from_str(k))
            .map_err(fail)?;
    }
    for k in deletes {
        store.delete(&JsValue::from_str(k)).map_err(fail)?;
    }
    let before = ENTRIES.with_borrow_mut(|e| {
        let mut before: Before = Vec::new();
        for (k, v) in puts {
            before.push((k.clone(), e.insert(k.clone(), v.clone())));
        }
        for k in deletes {
            if let Some(old) = e.remove(k) {
                before.push((k.clone(), Some(old)));
            }
        }
        before
    });
    Ok((tx, before))
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
    let text = ENTRIES.with_borrow(|e| e.get(HEADER_KEY).cloned())?;
    serde_json::from_str(&text).ok()
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
    let key = format!("{SEALED_PREFIX}{id}");
    match ENTRIES.with_borrow(|e| e.get(&key).cloned()) {
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
    if get_plain(FULL_KEY).is_some() {
        return 100;
    }
    let Some(manager) = web_sys::window().map(|w| w.navigator().storage()) else {
        return 0;
    };
    let Ok(promise) = manager.estimate() else {
        return 0;
    };
    let Ok(estimate) = JsFuture::from(promise).await else {
        return 0;
    };
    let number = |name: &str| {
        Reflect::get(&estimate, &name.into())
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0)
    };
    let (usage, quota) = (number("usage"), number("quota"));
    if quota <= 0.0 {
        return 0;
    }
    ((usage * 100.0 / quota).ceil() as usize).min(100)
}

/// Ids of every sealed entry whose id starts with `prefix`.
pub fn sealed_ids(prefix: &str) -> Vec<String> {
    let full = format!("{SEALED_PREFIX}{prefix}");
    ENTRIES.with_borrow(|e| {
        e.range(full.clone()..)
            .take_while(|(k, _)| k.starts_with(&full))
            .map(|(k, _)| k[SEALED_PREFIX.len()..].to_string())
            .collect()
    })
}

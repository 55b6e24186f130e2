// The phone's durable store, for `store.rs` (the only caller): IndexedDB (database
// `sauti`, object store `kv`, one JSON text per key) and the copy of every entry in
// memory that makes reads synchronous. Written in JS because the same calls through
// web-sys, futures and a Rust map cost the phone's first download about 8 KB gzip.
//
// Every write is one readwrite transaction opened with durability "strict" (flushed to
// disk before it completes). Memory changes at once and goes back if the transaction
// fails. Transactions on one store run in the order they were opened, so the disk ends
// as memory does. Failures reject with the DOMException's name.

const KV = "kv";
// Set while the last write was refused for want of space (read by `store::used_percent`).
const FULL = "sauti/storage-full";
// Prefix of a copy in localStorage of a write started as the page went (`writeStashed`).
const STASH = "sauti/stash/";

let db = null;
const entries = new Map();

// Resolves when `target` fires `ok` (success, complete), rejects on error or abort.
const settled = (target, ok) =>
  new Promise((resolve, reject) => {
    target["on" + ok] = resolve;
    target.onerror = target.onabort = reject;
  });

const local = () => {
  try {
    return localStorage;
  } catch {
    return null;
  }
};

// Open the database (creating it on first use), load every entry, then move what versions
// before IndexedDB kept in localStorage (`header`, and keys starting with `prefix`): copied
// in one durable transaction, removed from localStorage only once it completed. An entry
// already in the database is newer and kept. A failed move keeps the old copies in use.
export async function open(header, prefix) {
  if (!self.indexedDB) throw "NotSupportedError";
  try {
    const request = indexedDB.open("sauti", 1);
    request.onupgradeneeded = () => request.result.createObjectStore(KV);
    await settled(request, "success");
    db = request.result;
    // Another tab holding an older version open must not block a newer one.
    db.onversionchange = () => db.close();
    const tx = db.transaction(KV);
    const keys = tx.objectStore(KV).getAllKeys();
    const values = tx.objectStore(KV).getAll();
    await settled(tx, "complete");
    keys.result.forEach((k, i) => {
      const v = values.result[i];
      if (typeof k == "string" && typeof v == "string") entries.set(k, v);
    });
  } catch {
    throw "UnknownError";
  }
  const store = local();
  if (!store) return;
  // Writes the page started as it went (`stash`) and did not see complete: newer than the
  // database's copy, so they replace it. Removed once the replacing write completed.
  const stashed = [];
  for (let i = 0; i < store.length; i++) {
    const k = store.key(i);
    if (k.startsWith(STASH)) stashed.push(k);
  }
  if (stashed.length) {
    try {
      await write(stashed.flatMap((k) => [k.slice(STASH.length), store.getItem(k)]), []);
      for (const k of stashed) store.removeItem(k);
    } catch {
      // Not written (no room): kept for a later start.
    }
  }
  const old = [];
  for (let i = 0; i < store.length; i++) {
    const k = store.key(i);
    if (k == header || k.startsWith(prefix)) old.push(k);
  }
  const fresh = old.filter((k) => !entries.has(k)).flatMap((k) => [k, store.getItem(k)]);
  if (fresh.length) {
    try {
      await write(fresh, []);
    } catch {
      // Not moved (no room): work from the copies in localStorage until a later start.
      for (let i = 0; i < fresh.length; i += 2) entries.set(fresh[i], fresh[i + 1]);
      return;
    }
  }
  for (const k of old) store.removeItem(k);
}

export const get = (key) => entries.get(key);

// A write started as the page goes (reloaded, pulled down, closed): the browser aborts a
// transaction still running when its page unloads, so the entry is also kept in
// localStorage, which is written at once, and `open` puts it in the database at the next
// start. Any write of that key that completes and started after the stash (this one, if
// the page stayed; a later save, or a discard, if this one was aborted and the page came
// back from the back-forward cache) drops it, so a stash never outlives newer data.
export function writeStashed(key, value) {
  try {
    local()?.setItem(STASH + key, value);
  } catch {
    // No room in localStorage: the database write alone, as before.
  }
  return write([key, value], []);
}

// Every key starting with `prefix`, sorted.
export const keys = (prefix) => [...entries.keys()].filter((k) => k.startsWith(prefix)).sort();

// Put `puts` (key, value, key, value…) and delete `deletes` in one strict transaction;
// resolves once it completed (on disk). Everything up to the transaction's creation
// happens now, not when awaited: the order of calls is the order on disk.
export function write(puts, deletes) {
  let tx;
  try {
    tx = db.transaction(KV, "readwrite", { durability: "strict" });
    const kv = tx.objectStore(KV);
    for (let i = 0; i < puts.length; i += 2) kv.put(puts[i + 1], puts[i]);
    for (const k of deletes) kv.delete(k);
  } catch {
    return Promise.reject("InvalidStateError");
  }
  // The stashes of these keys as this write starts (see `writeStashed`): older than what
  // it writes, so dropped once it completes. One stashed after it started is kept.
  const store = local();
  const stale = [];
  if (store) {
    const touched = deletes.slice();
    for (let i = 0; i < puts.length; i += 2) touched.push(puts[i]);
    for (const k of touched) {
      const v = store.getItem(STASH + k);
      if (v !== null) stale.push([k, v]);
    }
  }
  const before = [];
  const ours = new Map();
  for (let i = 0; i < puts.length; i += 2) {
    before.push([puts[i], entries.get(puts[i])]);
    ours.set(puts[i], puts[i + 1]);
    entries.set(puts[i], puts[i + 1]);
  }
  for (const k of deletes) {
    if (entries.has(k)) before.push([k, entries.get(k)]);
    entries.delete(k);
  }
  return settled(tx, "complete").then(
    () => {
      local()?.removeItem(FULL);
      for (const [k, v] of stale) if (store.getItem(STASH + k) === v) store.removeItem(STASH + k);
    },
    () => {
      // Put back what memory held, unless a later write changed it since.
      for (const [k, old] of before) {
        if (entries.get(k) === ours.get(k)) {
          if (old === undefined) entries.delete(k);
          else entries.set(k, old);
        }
      }
      // Aborted without an error: the browser gave up on it (closing, out of space).
      const name = tx.error ? tx.error.name : "AbortError";
      if (name == "QuotaExceededError") local()?.setItem(FULL, "1");
      throw name;
    },
  );
}

// Ask the browser to keep this site's storage when the phone runs short of space: without
// it, "best-effort" storage can be evicted whole (vault, queued records, drafts) to make
// room for other apps. Chromium grants it without a prompt to an installed or much-used
// app; a browser that prompts asks once. Never fails: what it could not get, it did not.
export async function keepStorage() {
  try {
    if (navigator.storage?.persist && !(await navigator.storage.persisted())) {
      await navigator.storage.persist();
    }
  } catch {}
}

// One window at a time holds the unlocked vault: each window keeps the entries in memory
// and writes lists (withdrawals, feedback) back whole, so two unlocked windows (the
// installed app and a browser tab) would write over each other. The window that unlocks
// takes the lock and then reads every entry from the disk again (another window may have
// written since this page loaded); the other reloads to its unlock screen. Taken at
// unlock and setup, never at start, so two windows never take turns by themselves.
const MOVED = "sauti/vault-moved";
// Whether this page holds the lock (unlocking again after a lock keeps it: stealing from
// itself would reload the page).
let holding = false;
export function holdVault() {
  if (!navigator.locks || holding) return Promise.resolve();
  holding = true;
  return new Promise((ready) => {
    navigator.locks
      .request("sauti-vault", { steal: true }, async () => {
        try {
          await reread();
        } catch {}
        ready();
        return new Promise(() => {});
      })
      .catch((e) => {
        holding = false;
        ready();
        if (e?.name !== "AbortError") return;
        try {
          sessionStorage.setItem(MOVED, "1");
        } catch {}
        location.reload();
      });
  });
}

// Every entry of the database, read again into memory.
async function reread() {
  if (!db) return;
  const tx = db.transaction(KV);
  const keys = tx.objectStore(KV).getAllKeys();
  const values = tx.objectStore(KV).getAll();
  await settled(tx, "complete");
  entries.clear();
  keys.result.forEach((k, i) => {
    const v = values.result[i];
    if (typeof k == "string" && typeof v == "string") entries.set(k, v);
  });
}

// Whether this window was locked because another took the vault (once).
export function vaultMoved() {
  try {
    const moved = sessionStorage.getItem(MOVED) != null;
    sessionStorage.removeItem(MOVED);
    return moved;
  } catch {
    return false;
  }
}

// How full this site's storage is, in percent of what the browser grants it (at most 100:
// a browser may report more use than quota once it is over); 100 while the last write was
// refused for want of space.
export async function usedPercent() {
  if (local()?.getItem(FULL)) return 100;
  try {
    const { usage, quota } = await navigator.storage.estimate();
    return quota > 0 ? Math.min(100, Math.ceil((usage * 100) / quota)) : 0;
  } catch {
    return 0;
  }
}

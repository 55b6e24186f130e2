// Sauti's service worker: keeps the enumerators' app shell on the phone, so the app opens
// and works with no network after one visit. It never touches the API (records go through
// the vault and sync) nor the stewards' and community review pages. A new build changes SHELL_VERSION; the new
// worker waits until the enumerator accepts it from the home screen (never mid-interview)
// or the app is next started.
const SHELL_VERSION = "__BUILD__";
const CACHE = `sauti-shell-${SHELL_VERSION}`;
const MEDIA = "sauti-media";
const SHELL = ["/collect", "/boot.js", "/field.js", "/field_bg.wasm", "/kdf-worker.js", "/kdf.js", "/kdf_bg.wasm", "/style.css", "/manifest.webmanifest", "/icon.svg", "__CHUNKS__"];
// The UI languages other than English (compiled in). A phone downloads only those it uses:
// its browser's languages at install, and any other the first time it is chosen online;
// a new version fetches again the ones the old one kept.
const LOCALES = ["__LOCALES__"];
const isLocale = (path) => path.startsWith("/locales/");

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(SHELL);
      const base = (tag) => tag.toLowerCase().split(/[-_]/)[0];
      const wanted = new Set(
        LOCALES.filter((path) => (self.navigator.languages || []).some((l) => base(l) === base(path.slice(9, -4)))),
      );
      for (const name of await caches.keys()) {
        if (!name.startsWith("sauti-shell-") || name === CACHE) continue;
        for (const request of await (await caches.open(name)).keys()) {
          const path = new URL(request.url).pathname;
          if (isLocale(path) && LOCALES.includes(path)) wanted.add(path);
        }
      }
      // A language file that cannot be fetched now is fetched when next chosen.
      await Promise.all([...wanted].map((path) => cache.add(path).catch(() => {})));
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("sauti-shell-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  const ours = request.method === "GET" && url.origin === self.location.origin;
  if (!ours || url.pathname.startsWith("/api/") || url.pathname.startsWith("/steward") || url.pathname.startsWith("/community")) {
    return;
  }
  // Recordings (the consent text read aloud) are addressed by their content: kept in a
  // cache of their own that new builds leave alone, filled as the app fetches them.
  if (url.pathname.startsWith("/media/")) {
    event.respondWith(
      caches.open(MEDIA).then(async (cache) => {
        const kept = await cache.match(url.pathname);
        if (kept) return kept;
        const fresh = await fetch(url.pathname);
        if (fresh.status === 200) await cache.put(url.pathname, fresh.clone());
        return fresh;
      }),
    );
    return;
  }
  // Every page of the field app is the same shell; files are looked up by path. A UI
  // language's file is kept the first time it is fetched, for use offline.
  const key = request.mode === "navigate" ? "/collect" : url.pathname;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const kept = await cache.match(key);
      if (kept) return kept;
      const fresh = await fetch(request);
      if (isLocale(key) && fresh.status === 200) await cache.put(key, fresh.clone());
      return fresh;
    }),
  );
});

// The page asks a waiting new version to take over once no interview is open (the app
// offers "Update now" on its home screen); the page then reloads.
self.addEventListener("message", (event) => {
  if (event.data === "activate") self.skipWaiting();
});

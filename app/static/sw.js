// Sauti's service worker: keeps the enumerators' app shell on the phone, so the app opens
// and works with no network after one visit. It never touches the API (records go through
// the vault and sync) nor the stewards' and community review pages. A new build changes SHELL_VERSION; the new
// worker waits until the enumerator accepts it from the home screen (never mid-interview)
// or the app is next started.
const SHELL_VERSION = "__BUILD__";
const CACHE = `sauti-shell-${SHELL_VERSION}`;
const MEDIA = "sauti-media";
const SHELL = ["/collect", "/boot.js", "/field.js", "/field_bg.wasm", "/kdf-worker.js", "/kdf.js", "/kdf_bg.wasm", "/style.css", "/manifest.webmanifest", "/icon.svg", "__CHUNKS__", "__LOCALES__"];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)));
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
  // Every page of the field app is the same shell; files are looked up by path.
  const key = request.mode === "navigate" ? "/collect" : url.pathname;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => (await cache.match(key)) || fetch(request)),
  );
});

// The page asks a waiting new version to take over once no interview is open (the app
// offers "Update now" on its home screen); the page then reloads.
self.addEventListener("message", (event) => {
  if (event.data === "activate") self.skipWaiting();
});

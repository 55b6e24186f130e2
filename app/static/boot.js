// Starts the enumerators' WebAssembly bundle (a file, not inline, so the CSP can forbid
// inline scripts), then installs the service worker that lets the app open offline.
// The worker is registered once the bundle has started (its first screen is being drawn),
// never before: on a phone's one slow link, the worker's precache (the interview's chunk,
// 170 KB, and the key-derivation worker) would otherwise download beside the page's first
// load and delay the first screen (8.4 s instead of 5.9 s on 2G, BENCHMARKS.md).
// Registered after, it revalidates the shell the page holds (a 304 each) and fetches the
// rest while the enumerator types.
import init from "/field.js";
const started = init({ module_or_path: "/field_bg.wasm" });
if ("serviceWorker" in navigator) started.finally(() => {
  const root = document.documentElement;
  // A new version that arrives while the app is open waits; the home screen offers it
  // (`data-update="ready"`, event `sauti-update`) and `sautiUpdate()` applies it.
  const ready = () => {
    root.dataset.update = "ready";
    window.dispatchEvent(new Event("sauti-update"));
  };
  navigator.serviceWorker
    .register("/sw.js")
    .then((reg) => {
      const watch = (worker) =>
        worker &&
        worker.addEventListener("statechange", () => {
          if (worker.state === "installed" && navigator.serviceWorker.controller) ready();
        });
      if (reg.waiting && navigator.serviceWorker.controller) ready();
      watch(reg.installing);
      reg.addEventListener("updatefound", () => watch(reg.installing));
      window.sautiUpdate = () => {
        if (!reg.waiting) return;
        root.dataset.update = "applying";
        reg.waiting.postMessage("activate");
      };
    })
    .catch(() => {});
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (root.dataset.update === "applying") location.reload();
  });
});

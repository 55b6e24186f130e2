// Starts the enumerators' WebAssembly bundle (a file, not inline, so the CSP can forbid
// inline scripts), then installs the service worker that lets the app open offline.
import init from "/field.js";
init({ module_or_path: "/field_bg.wasm" });
if ("serviceWorker" in navigator) {
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
}

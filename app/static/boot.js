// Starts the enumerators' WebAssembly bundle (a file, not inline, so the CSP can forbid
// inline scripts), then installs the service worker that lets the app open offline.
import init from "/field.js";
init({ module_or_path: "/field_bg.wasm" });
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("/sw.js").catch(() => {});
}

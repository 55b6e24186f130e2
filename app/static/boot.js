// Starts the WebAssembly client. Kept as a file (not inline) so the CSP can forbid inline scripts.
import init from "/app.js";
init({ module_or_path: "/app_bg.wasm" });

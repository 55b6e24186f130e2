// Starts the community review page's WebAssembly bundle (a file, not inline, so the CSP can forbid inline scripts).
import init from "/community.js";
init({ module_or_path: "/community_bg.wasm" });

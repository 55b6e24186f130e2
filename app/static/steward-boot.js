// Starts the stewards' WebAssembly bundle (a file, not inline, so the CSP can forbid inline scripts).
import init from "/steward.js";
init({ module_or_path: "/steward_bg.wasm" });

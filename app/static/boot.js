// Starts the enumerators' WebAssembly bundle (a file, not inline, so the CSP can forbid inline scripts).
import init from "/field.js";
init({ module_or_path: "/field_bg.wasm" });

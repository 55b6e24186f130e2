// The page's side of the key-derivation worker (static/kdf-worker.js). A worker is started
// for each derivation and ended after it, so its memory (Argon2id's 19 MiB) is given back
// at once; a worker that does not answer within 30 s counts as failed.
export function deriveKey(passphrase, salt, m, t, p) {
  return new Promise((resolve, reject) => {
    const worker = new Worker("/kdf-worker.js", { type: "module" });
    const end = (settle, value) => {
      clearTimeout(timer);
      worker.terminate();
      settle(value);
    };
    const timer = setTimeout(() => end(reject, "timeout"), 30000);
    worker.onmessage = ({ data }) =>
      data.error === undefined ? end(resolve, data.key) : end(reject, data.error);
    // The worker could not start (its files not cached, an old browser).
    worker.onerror = (event) => {
      event.preventDefault();
      end(reject, "worker");
    };
    // `salt` is a view into the page's wasm memory: send a copy of the salt only, never
    // the memory behind it.
    worker.postMessage({ passphrase, salt: salt.slice(), m, t, p });
  });
}

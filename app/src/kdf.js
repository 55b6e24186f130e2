// The page's side of the key-derivation worker (static/kdf-worker.js): one worker, started
// at the first derivation, answering each request by its id.
let worker;
let next = 0;
const waiting = new Map();

function start() {
  worker = new Worker("/kdf-worker.js", { type: "module" });
  worker.onmessage = ({ data }) => {
    const call = waiting.get(data.id);
    waiting.delete(data.id);
    if (!call) return;
    if (data.error === undefined) call.resolve(data.key);
    else call.reject(data.error);
  };
  // The worker could not start (its files not cached, an old browser): every request
  // waiting fails, and the next one tries a new worker.
  worker.onerror = (event) => {
    event.preventDefault();
    for (const call of waiting.values()) call.reject("worker");
    waiting.clear();
    worker = undefined;
  };
}

export function deriveKey(passphrase, salt, m, t, p) {
  if (!worker) start();
  return new Promise((resolve, reject) => {
    const id = next++;
    waiting.set(id, { resolve, reject });
    worker.postMessage({ id, passphrase, salt, m, t, p });
  });
}

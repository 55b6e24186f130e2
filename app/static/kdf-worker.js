// Sauti's key-derivation worker: Argon2id over the passphrase runs here, off the page's
// thread, so the unlock screen keeps answering while a cheap phone works. The page posts
// {passphrase, salt, m, t, p} and gets {key} or {error} back (src/kdf.js), then ends it.
import init, { derive } from "./kdf.js";

const ready = init();

self.onmessage = async ({ data }) => {
  try {
    await ready;
    const key = derive(data.passphrase, data.salt, data.m, data.t, data.p);
    self.postMessage({ key }, [key.buffer]);
  } catch (e) {
    self.postMessage({ error: String(e) });
  }
};

// Sauti's key-derivation worker: Argon2id over the passphrase runs here, off the page's
// thread, so the unlock screen keeps answering while a cheap phone works. The page posts
// {id, passphrase, salt, m, t, p} and gets {id, key} or {id, error} back (src/kdf.js).
import init, { derive } from "./kdf.js";

const ready = init();

self.onmessage = async ({ data }) => {
  try {
    await ready;
    const key = derive(data.passphrase, data.salt, data.m, data.t, data.p);
    self.postMessage({ id: data.id, key }, [key.buffer]);
  } catch (e) {
    self.postMessage({ id: data.id, error: String(e) });
  }
};

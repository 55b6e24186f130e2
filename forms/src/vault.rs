//! The on-device vault: every record an enumerator saves is encrypted before it reaches
//! browser storage, under a key that exists only in memory while the app is unlocked.
//!
//! - A random 256-bit **data key** encrypts records with AES-256-GCM (RustCrypto `aes-gcm`),
//!   a fresh random 96-bit nonce per write, and associated data binding the record id and the
//!   envelope version, so a ciphertext moved to another record's slot does not open.
//! - The data key is stored only **wrapped** (AES-256-GCM) under a key derived from the
//!   passphrase with Argon2id (RustCrypto `argon2`): m = 19 MiB, t = 2, p = 1, 16-byte random
//!   salt. The parameters are stored in the header so a later version can raise them.
//! - Changing the passphrase re-wraps the data key; records are not re-encrypted.
//! - Deriving the key-encryption key is the slow step (tens of milliseconds, more on a
//!   cheap phone), so it is separate: [`derive_kek`] on a [`KdfInput`], then
//!   [`Vault::create_with`], [`Vault::unlock_with`] or [`Vault::rewrap_with`]. The phone runs
//!   the derivation in a Web Worker and the screen never freezes; `create`, `unlock` and
//!   `rewrap` do both steps in one call.
//!
//! ```
//! use forms::vault::{Vault, KdfParams};
//! let (header, vault) = Vault::create("correct horse", KdfParams::TEST_ONLY_FAST).unwrap();
//! let sealed = vault.seal("rec-1", b"answers").unwrap();
//! let again = Vault::unlock(&header, "correct horse").unwrap();
//! assert_eq!(again.open("rec-1", &sealed).unwrap(), b"answers");
//! assert!(Vault::unlock(&header, "wrong").is_err());
//! ```
//!
//! Also here, pure and unit-tested: `UnlockThrottle` (waits after wrong passphrases) and
//! `IdleLock` (locking after idle minutes); the key is `Zeroizing` and wiped when the
//! session drops.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use argon2::{Algorithm, Argon2, Params, Version};
use base64ct::{Base64, Encoding};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::Error;

/// Version of the record envelope; part of every record's associated data.
pub const ENVELOPE_VERSION: u32 = 1;
const WRAP_AAD: &[u8] = b"sauti/vault-key/v1";

/// Argon2id cost parameters, stored beside the wrapped key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_kib: u32,
    /// Passes.
    pub t: u32,
    /// Lanes.
    pub p: u32,
}

impl KdfParams {
    /// OWASP's recommended Argon2id minimum: 19 MiB, 2 passes, 1 lane.
    pub const RECOMMENDED: KdfParams = KdfParams {
        m_kib: 19 * 1024,
        t: 2,
        p: 1,
    };
    /// Cheap parameters for tests only; `unlock` refuses anything else below the minimum.
    pub const TEST_ONLY_FAST: KdfParams = KdfParams {
        m_kib: 64,
        t: 1,
        p: 1,
    };

    fn acceptable(&self) -> bool {
        let strong = self.m_kib >= Self::RECOMMENDED.m_kib && self.t >= 2 && self.p >= 1;
        strong || *self == Self::TEST_ONLY_FAST
    }
}

/// An AES-GCM ciphertext with its nonce, base64 in JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sealed {
    pub nonce: String,
    pub ciphertext: String,
}

/// What is stored to find and unwrap the data key. Contains no secret in the clear.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VaultHeader {
    pub version: u32,
    pub kdf: String,
    pub params: KdfParams,
    pub salt: String,
    pub wrapped_key: Sealed,
}

/// An unlocked vault: holds the data key in memory, zeroized when dropped.
pub struct Vault {
    key: Zeroizing<[u8; 32]>,
}

impl std::fmt::Debug for Vault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Vault(unlocked)")
    }
}

fn random<const N: usize>() -> Result<[u8; N], Error> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|_| Error::Random)?;
    Ok(bytes)
}

/// What a key-encryption key is derived from: a salt and the Argon2id parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KdfInput {
    pub salt: Vec<u8>,
    pub params: KdfParams,
}

impl KdfInput {
    /// A fresh random 16-byte salt, for a new vault or a new passphrase.
    pub fn fresh(params: KdfParams) -> Result<KdfInput, Error> {
        Ok(KdfInput {
            salt: random::<16>()?.to_vec(),
            params,
        })
    }
}

/// The key that wraps the data key, derived from the passphrase; zeroized when dropped.
pub struct Kek(Zeroizing<[u8; 32]>);

impl Kek {
    /// A key handed back by the worker that derived it; `None` unless 32 bytes.
    pub fn from_bytes(bytes: &[u8]) -> Option<Kek> {
        Some(Kek(Zeroizing::new(<[u8; 32]>::try_from(bytes).ok()?)))
    }

    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

/// Argon2id over the passphrase: slow by design (RustCrypto `argon2`).
pub fn derive_kek(passphrase: &str, input: &KdfInput) -> Result<Kek, Error> {
    let KdfParams { m_kib, t, p } = input.params;
    // Fixed messages, not the argon2 error text: the client ships no formatter for it.
    let argon_params = Params::new(m_kib, t, p, Some(32))
        .map_err(|_| Error::WeakParameters("Argon2 parameters out of range".into()))?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, argon_params);
    let mut kek = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(passphrase.as_bytes(), &input.salt, kek.as_mut())
        .map_err(|_| Error::WeakParameters("Argon2 refused the salt or output length".into()))?;
    Ok(Kek(kek))
}

fn seal_with(key: &[u8; 32], aad: &[u8], plaintext: &[u8]) -> Result<Sealed, Error> {
    let cipher = Aes256Gcm::new_from_slice(key).map_err(|_| Error::Random)?;
    let nonce_bytes = random::<12>()?;
    let nonce = Nonce::try_from(&nonce_bytes[..]).map_err(|_| Error::Random)?;
    let ciphertext = cipher
        .encrypt(
            &nonce,
            Payload {
                msg: plaintext,
                aad,
            },
        )
        .map_err(|_| Error::Random)?;
    Ok(Sealed {
        nonce: Base64::encode_string(&nonce_bytes),
        ciphertext: Base64::encode_string(&ciphertext),
    })
}

/// Decrypt; `None` when authentication fails (wrong key, altered bytes, wrong slot).
fn open_with(key: &[u8; 32], aad: &[u8], sealed: &Sealed) -> Option<Vec<u8>> {
    let nonce_bytes = Base64::decode_vec(&sealed.nonce).ok()?;
    let nonce = Nonce::try_from(&nonce_bytes[..]).ok()?;
    let ciphertext = Base64::decode_vec(&sealed.ciphertext).ok()?;
    let cipher = Aes256Gcm::new_from_slice(key).ok()?;
    cipher
        .decrypt(
            &nonce,
            Payload {
                msg: &ciphertext,
                aad,
            },
        )
        .ok()
}

fn record_aad(id: &str) -> Vec<u8> {
    format!("sauti/record/v{ENVELOPE_VERSION}/{id}").into_bytes()
}

fn wrap(key: &[u8; 32], kek: &Kek, input: &KdfInput) -> Result<VaultHeader, Error> {
    Ok(VaultHeader {
        version: ENVELOPE_VERSION,
        kdf: "argon2id".into(),
        params: input.params,
        salt: Base64::encode_string(&input.salt),
        wrapped_key: seal_with(kek.as_bytes(), WRAP_AAD, key)?,
    })
}

impl VaultHeader {
    /// What to derive the key-encryption key from, once the header is checked: a version
    /// this app reads, and parameters no weaker than the minimum.
    pub fn kdf_input(&self) -> Result<KdfInput, Error> {
        let malformed = || Error::Malformed { id: "vault".into() };
        if self.version != ENVELOPE_VERSION || self.kdf != "argon2id" {
            return Err(malformed());
        }
        if !self.params.acceptable() {
            let KdfParams { m_kib, t, p } = self.params;
            return Err(Error::WeakParameters(format!("m={m_kib} KiB t={t} p={p}")));
        }
        let salt = Base64::decode_vec(&self.salt).map_err(|_| malformed())?;
        Ok(KdfInput {
            salt,
            params: self.params,
        })
    }
}

impl Vault {
    /// A new vault with a fresh random data key, wrapped under `passphrase`.
    pub fn create(passphrase: &str, params: KdfParams) -> Result<(VaultHeader, Vault), Error> {
        let input = KdfInput::fresh(params)?;
        Vault::create_with(&derive_kek(passphrase, &input)?, &input)
    }

    /// [`Vault::create`] with a key-encryption key derived beforehand from `input`.
    pub fn create_with(kek: &Kek, input: &KdfInput) -> Result<(VaultHeader, Vault), Error> {
        let key = Zeroizing::new(random::<32>()?);
        let header = wrap(&key, kek, input)?;
        Ok((header, Vault { key }))
    }

    /// Unwrap the data key. A wrong passphrase changes nothing and says only that.
    pub fn unlock(header: &VaultHeader, passphrase: &str) -> Result<Vault, Error> {
        let kek = derive_kek(passphrase, &header.kdf_input()?)?;
        Vault::unlock_with(header, &kek)
    }

    /// [`Vault::unlock`] with a key-encryption key derived beforehand from
    /// [`VaultHeader::kdf_input`].
    pub fn unlock_with(header: &VaultHeader, kek: &Kek) -> Result<Vault, Error> {
        let malformed = || Error::Malformed { id: "vault".into() };
        header.kdf_input()?;
        let key = open_with(kek.as_bytes(), WRAP_AAD, &header.wrapped_key)
            .ok_or(Error::WrongPassphrase)?;
        let key = Zeroizing::new(<[u8; 32]>::try_from(key.as_slice()).map_err(|_| malformed())?);
        Ok(Vault { key })
    }

    /// A new header for a new passphrase, wrapping the same data key.
    pub fn rewrap(&self, new_passphrase: &str, params: KdfParams) -> Result<VaultHeader, Error> {
        let input = KdfInput::fresh(params)?;
        self.rewrap_with(&derive_kek(new_passphrase, &input)?, &input)
    }

    /// [`Vault::rewrap`] with a key-encryption key derived beforehand from `input`.
    pub fn rewrap_with(&self, kek: &Kek, input: &KdfInput) -> Result<VaultHeader, Error> {
        wrap(&self.key, kek, input)
    }

    /// Encrypt a record stored under `id`.
    pub fn seal(&self, id: &str, plaintext: &[u8]) -> Result<Sealed, Error> {
        seal_with(&self.key, &record_aad(id), plaintext)
    }

    /// Decrypt the record stored under `id`; names the record when it does not open.
    pub fn open(&self, id: &str, sealed: &Sealed) -> Result<Vec<u8>, Error> {
        open_with(&self.key, &record_aad(id), sealed)
            .ok_or_else(|| Error::Tampered { id: id.into() })
    }
}

/// Shortest passphrase a vault accepts.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// Check a new passphrase and its confirmation; `Err` holds the message id to show.
pub fn check_new_passphrase(passphrase: &str, confirmation: &str) -> Result<(), &'static str> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err("err-passphrase-short");
    }
    if passphrase != confirmation {
        return Err("err-passphrase-mismatch");
    }
    Ok(())
}

/// Growing delay after repeated wrong passphrases, so a stolen phone cannot be guessed
/// at full speed through the UI. Kept in plain storage: it holds no secret.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct UnlockThrottle {
    pub failures: u32,
    pub last_failure_ms: f64,
}

impl UnlockThrottle {
    /// Failures allowed before any delay.
    pub const FREE_ATTEMPTS: u32 = 5;

    /// Milliseconds to wait before the next attempt is allowed.
    pub fn wait_ms(&self, now_ms: f64) -> f64 {
        if self.failures < Self::FREE_ATTEMPTS {
            return 0.0;
        }
        let exponent = (self.failures - Self::FREE_ATTEMPTS).min(8);
        let delay = (1000.0 * f64::from(1u32 << exponent)).min(300_000.0);
        (self.last_failure_ms + delay - now_ms).max(0.0)
    }

    pub fn record_failure(&mut self, now_ms: f64) {
        self.failures += 1;
        self.last_failure_ms = now_ms;
    }
}

/// Locks the vault after a period without use, so a phone left on a table does not stay
/// open. The UI reports activity; a timer asks whether the time is up.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct IdleLock {
    timeout_ms: f64,
    last_activity_ms: f64,
}

impl IdleLock {
    /// Ten minutes, as field teams expect between two interviews.
    pub const DEFAULT_TIMEOUT_MS: f64 = 10.0 * 60.0 * 1000.0;

    pub fn new(timeout_ms: f64, now_ms: f64) -> IdleLock {
        IdleLock {
            timeout_ms,
            last_activity_ms: now_ms,
        }
    }

    /// The enumerator touched or typed.
    pub fn touch(&mut self, now_ms: f64) {
        self.last_activity_ms = self.last_activity_ms.max(now_ms);
    }

    /// Whether the vault should lock now.
    pub fn expired(&self, now_ms: f64) -> bool {
        now_ms - self.last_activity_ms >= self.timeout_ms
    }

    /// How long before the lock the phone says it is coming (WCAG 2.2.1: a time limit is
    /// announced with a way to extend it).
    pub const WARNING_MS: f64 = 60.0 * 1000.0;

    /// Whether the lock is near enough to be announced (and has not happened yet).
    pub fn warns(&self, now_ms: f64) -> bool {
        let left = self.timeout_ms - (now_ms - self.last_activity_ms);
        left > 0.0 && left <= Self::WARNING_MS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fast() -> (VaultHeader, Vault) {
        Vault::create("sun over the river", KdfParams::TEST_ONLY_FAST).unwrap()
    }

    /// The two steps the phone takes (the derivation in a worker) open the same vault as
    /// the one-call `unlock`, and a key from another passphrase does not.
    #[test]
    fn a_key_derived_apart_unlocks_the_same_vault() {
        let (header, vault) = fast();
        let sealed = vault.seal("r", b"answers").unwrap();
        let input = header.kdf_input().unwrap();
        let kek = derive_kek("sun over the river", &input).unwrap();
        let again = Vault::unlock_with(&header, &Kek::from_bytes(kek.as_bytes()).unwrap()).unwrap();
        assert_eq!(again.open("r", &sealed).unwrap(), b"answers");
        let wrong = derive_kek("moon over the river", &input).unwrap();
        assert!(matches!(
            Vault::unlock_with(&header, &wrong),
            Err(Error::WrongPassphrase)
        ));
        assert!(Kek::from_bytes(&[0; 31]).is_none());
        let fresh = KdfInput::fresh(KdfParams::TEST_ONLY_FAST).unwrap();
        let header = vault
            .rewrap_with(&derive_kek("new words here", &fresh).unwrap(), &fresh)
            .unwrap();
        assert_eq!(header.kdf_input().unwrap(), fresh);
        assert!(Vault::unlock(&header, "new words here").is_ok());
    }

    #[test]
    fn records_round_trip() {
        let (_, vault) = fast();
        let sealed = vault.seal("a", "مرحبا".as_bytes()).unwrap();
        assert_eq!(vault.open("a", &sealed).unwrap(), "مرحبا".as_bytes());
        let again = vault.seal("a", "مرحبا".as_bytes()).unwrap();
        assert_ne!(sealed.nonce, again.nonce, "every write gets a fresh nonce");
    }

    #[test]
    fn wrong_passphrase_changes_nothing() {
        let (header, vault) = fast();
        let before = header.clone();
        assert_eq!(
            Vault::unlock(&header, "sun over the rivers").unwrap_err(),
            Error::WrongPassphrase
        );
        assert_eq!(header, before);
        let sealed = vault.seal("a", b"x").unwrap();
        let reopened = Vault::unlock(&header, "sun over the river").unwrap();
        assert_eq!(reopened.open("a", &sealed).unwrap(), b"x");
    }

    #[test]
    fn a_flipped_bit_is_detected_and_names_the_record() {
        let (_, vault) = fast();
        let mut sealed = vault.seal("rec-7", b"household of five").unwrap();
        let mut bytes = Base64::decode_vec(&sealed.ciphertext).unwrap();
        bytes[3] ^= 0x01;
        sealed.ciphertext = Base64::encode_string(&bytes);
        assert_eq!(
            vault.open("rec-7", &sealed).unwrap_err(),
            Error::Tampered { id: "rec-7".into() }
        );
    }

    #[test]
    fn swapped_records_do_not_open() {
        let (_, vault) = fast();
        let a = vault.seal("a", b"first").unwrap();
        assert!(vault.open("b", &a).is_err());
    }

    #[test]
    fn another_vaults_key_opens_nothing() {
        let (_, one) = fast();
        let (_, two) = fast();
        let sealed = one.seal("a", b"x").unwrap();
        assert!(two.open("a", &sealed).is_err());
    }

    #[test]
    fn changing_the_passphrase_keeps_records_readable() {
        let (_, vault) = fast();
        let sealed = vault.seal("a", b"kept").unwrap();
        let header = vault
            .rewrap("new words", KdfParams::TEST_ONLY_FAST)
            .unwrap();
        assert!(Vault::unlock(&header, "sun over the river").is_err());
        let reopened = Vault::unlock(&header, "new words").unwrap();
        assert_eq!(reopened.open("a", &sealed).unwrap(), b"kept");
    }

    #[test]
    fn recommended_parameters_unlock() {
        let (header, _) = Vault::create("pass phrase", KdfParams::RECOMMENDED).unwrap();
        assert_eq!(header.params.m_kib, 19456);
        assert!(Vault::unlock(&header, "pass phrase").is_ok());
    }

    #[test]
    fn idle_lock_fires_ten_minutes_after_the_last_touch() {
        let mut idle = IdleLock::new(IdleLock::DEFAULT_TIMEOUT_MS, 0.0);
        assert!(!idle.expired(599_999.0));
        idle.touch(300_000.0);
        assert!(!idle.expired(899_999.0));
        assert!(idle.expired(900_000.0));
        idle.touch(100.0);
        assert!(
            idle.expired(900_000.0),
            "an older event does not extend the time"
        );
    }

    #[test]
    fn the_lock_is_announced_in_its_last_minute_only() {
        let mut idle = IdleLock::new(IdleLock::DEFAULT_TIMEOUT_MS, 0.0);
        assert!(!idle.warns(539_999.0));
        assert!(idle.warns(540_000.0));
        assert!(idle.warns(599_999.0));
        assert!(!idle.warns(600_000.0), "locked, no longer coming");
        idle.touch(550_000.0);
        assert!(!idle.warns(560_000.0), "stayed unlocked");
    }

    #[test]
    fn new_passphrases_must_be_long_enough_and_confirmed() {
        assert_eq!(
            check_new_passphrase("short", "short"),
            Err("err-passphrase-short")
        );
        assert_eq!(check_new_passphrase("ثمانية حروف", "ثمانية حروف"), Ok(()));
        assert_eq!(
            check_new_passphrase("long enough", "long enougH"),
            Err("err-passphrase-mismatch")
        );
    }

    #[test]
    fn delay_grows_after_five_failures() {
        let mut t = UnlockThrottle::default();
        for i in 0..5 {
            assert_eq!(t.wait_ms(i as f64), 0.0);
            t.record_failure(i as f64);
        }
        assert_eq!(t.wait_ms(4.0), 1000.0);
        t.record_failure(10.0);
        assert_eq!(t.wait_ms(10.0), 2000.0);
        assert_eq!(t.wait_ms(5000.0), 0.0);
    }
}

//! The unlocked state: the vault key in memory, the enrolled device, and the form the
//! phone works from. Dropping the session (lock, idle timeout) zeroizes the key.
//!
//! `refresh`: after a sync, a newer form version, consent template or setting replaces the
//! kept bundle, compiled before it is kept, only when no draft exists and no interview is
//! open (a draft finishes on its own version; meanwhile the home screen says a version
//! waits, `Field::form_waiting`). Retention counts from the acknowledgement (`synced_at`).

use std::sync::Arc;

use forms::consent::ConsentTemplate;
use forms::model::CompiledForm;
use forms::vault::{KdfInput, KdfParams, Kek, Sealed, Vault};
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::store;

/// Sealed-entry id of the device credentials.
const DEVICE_ID: &str = "device";
/// Sealed-entry id of the form bundle kept for offline work.
const BUNDLE_ID: &str = "bundle";
/// Sealed-entry id of the tag (`ETag`) of the last bundle the phone took in: sent with
/// the next refresh, so an unchanged bundle is a 304 and not 100 KB on a 2G link.
const BUNDLE_TAG_ID: &str = "bundle-tag";

/// What enrollment gave this phone. The token is a secret: it lives only in the vault.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DeviceCredentials {
    pub device_id: String,
    pub token: String,
    pub username: String,
    pub project_id: String,
}

/// The form and consent template as the server sent them (kept in the vault without
/// its `issues`, which `sync` takes out first: they are fresh from the server each time).
pub use forms::wire::Bundle;

/// An unlocked phone.
#[derive(Clone)]
pub struct Session {
    pub vault: Arc<Vault>,
    pub device: Arc<DeviceCredentials>,
    /// The form an interview uses: one of `forms`.
    pub form: Arc<CompiledForm>,
    /// Every form of the project the phone may fill (the bundle's `form` first, then its
    /// `other_forms`: a key-informant interview beside the household survey).
    pub forms: Arc<Vec<Arc<CompiledForm>>>,
    pub consent: Arc<ConsentTemplate>,
    pub keep_synced_days: u32,
    pub native_digits: Option<bool>,
}

impl Session {
    /// The same session working from the form `form_id` (a new interview of that form, or
    /// a draft begun with it); unchanged if the phone has no such form.
    pub fn with_form(&self, form_id: &str) -> Session {
        let mut session = self.clone();
        if let Some(form) = self.forms.iter().find(|f| f.form.id == form_id) {
            session.form = form.clone();
        }
        session
    }

    /// Encrypt and store a value under `id`; resolves once it is on disk. The write
    /// starts when this is called (dropping the future does not undo it).
    pub fn put<T: Serialize>(
        &self,
        id: &str,
        value: &T,
    ) -> impl Future<Output = Result<(), AppError>> + use<T> {
        put(&self.vault, id, value)
    }

    /// Like `put`, for a write started as the page goes (`store::set_sealed_as_page_goes`):
    /// started now, its outcome not awaited (nothing is left to show it).
    pub fn put_as_page_goes<T: Serialize>(&self, id: &str, value: &T) -> Result<(), AppError> {
        store::set_sealed_as_page_goes(id, &seal(&self.vault, id, value)?)
    }

    /// Like `put`, and remove the entries `older` in the same write (what an older version
    /// of the app kept in another shape).
    pub fn put_replacing<T: Serialize>(
        &self,
        id: &str,
        value: &T,
        older: &[&str],
    ) -> impl Future<Output = Result<(), AppError>> + use<T> {
        let sealed = seal(&self.vault, id, value);
        let written = sealed.map(|sealed| store::set_sealed_removing(id, &sealed, older));
        async move { written?.await }
    }

    /// Encrypt and store several values in one write; resolves once they are on disk.
    pub fn put_all<T: Serialize>(
        &self,
        values: &[(String, &T)],
    ) -> impl Future<Output = Result<(), AppError>> + use<T> {
        let sealed: Result<Vec<(String, Sealed)>, AppError> = values
            .iter()
            .map(|(id, value)| seal(&self.vault, id, value).map(|s| (id.clone(), s)))
            .collect();
        let written = sealed.map(|sealed| store::set_sealed_all(&sealed));
        async move { written?.await }
    }

    /// Load and decrypt the value stored under `id`.
    pub fn get<T: for<'de> Deserialize<'de>>(&self, id: &str) -> Result<Option<T>, AppError> {
        get(&self.vault, id)
    }
}

fn put<T: Serialize>(
    vault: &Vault,
    id: &str,
    value: &T,
) -> impl Future<Output = Result<(), AppError>> + use<T> {
    let sealed = seal(vault, id, value);
    let written = sealed.map(|sealed| store::set_sealed(id, &sealed));
    async move { written?.await }
}

fn seal<T: Serialize>(vault: &Vault, id: &str, value: &T) -> Result<Sealed, AppError> {
    let json = serde_json::to_vec(value).map_err(|_| AppError::Corrupt(id.to_string()))?;
    // Compressed before it is encrypted, when that makes it smaller (`forms::pack`).
    Ok(vault.seal(id, &forms::pack::pack(json))?)
}

fn get<T: for<'de> Deserialize<'de>>(vault: &Vault, id: &str) -> Result<Option<T>, AppError> {
    let Some(sealed) = store::sealed(id)? else {
        return Ok(None);
    };
    let plain = forms::pack::unpack(vault.open(id, &sealed)?, id)?;
    // Parse from `&str`, as every other JSON read in the client does: one deserializer
    // per type in the wasm instead of two.
    let text = String::from_utf8(plain).map_err(|_| AppError::Corrupt(id.to_string()))?;
    serde_json::from_str(&text)
        .map(Some)
        .map_err(|_| AppError::Corrupt(id.to_string()))
}

fn assemble(vault: Vault, device: DeviceCredentials, bundle: Bundle) -> Result<Session, AppError> {
    assemble_with(Arc::new(vault), Arc::new(device), bundle)
}

fn assemble_with(
    vault: Arc<Vault>,
    device: Arc<DeviceCredentials>,
    bundle: Bundle,
) -> Result<Session, AppError> {
    // The consent text read aloud: fetched now so the service worker keeps it for
    // interviews without network (no-op when it already has it).
    for url in bundle.consent.audio.0.values() {
        crate::api::warm(url);
    }
    // The pictures and recordings beside the forms' questions and choices, likewise.
    for form in bundle.all_forms() {
        for url in forms::media::served(form) {
            crate::api::warm(&url);
        }
    }
    // The project's digits for numbers in the interface; kept outside the vault too, for
    // the unlock screen (`i18n::Ui::provide`).
    crate::i18n::use_digits(Some(bundle.native_digits));
    let compiled = bundle
        .all_forms()
        .map(|f| f.clone().compile().map(Arc::new))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Session {
        vault,
        device,
        form: compiled[0].clone(),
        forms: Arc::new(compiled),
        consent: Arc::new(bundle.consent),
        keep_synced_days: bundle.keep_synced_days,
        native_digits: bundle.native_digits,
    })
}

/// Whether the server's bundle differs from the one the phone works from (a form
/// version, consent template or setting).
pub fn is_newer(session: &Session, bundle: &Bundle) -> bool {
    let kept = session.forms.iter().map(|f| (&f.form.id, &f.form.version));
    !(bundle.all_forms().map(|f| (&f.id, &f.version)).eq(kept)
        && bundle.consent.version == session.consent.version
        && bundle.keep_synced_days == session.keep_synced_days
        && bundle.native_digits == session.native_digits)
}

/// The tag of the last bundle the phone took in (`None` before the first, or from a
/// server that does not tag bundles).
pub fn bundle_tag(session: &Session) -> Option<String> {
    session
        .get::<String>(BUNDLE_TAG_ID)
        .ok()
        .flatten()
        .filter(|t| !t.is_empty())
}

/// Remember that the bundle tagged `tag` was taken in; failures only cost a download.
pub async fn keep_tag(session: &Session, tag: &str) {
    let _ = session.put(BUNDLE_TAG_ID, &tag).await;
}

/// Keep a newer bundle from the server (a new form version, consent template or setting)
/// and work from it, and its tag. Returns the new session, or `None` when nothing changed.
pub async fn refresh(
    session: &Session,
    bundle: Bundle,
    tag: &str,
) -> Result<Option<Session>, AppError> {
    if !is_newer(session, &bundle) {
        keep_tag(session, tag).await;
        return Ok(None);
    }
    // Compiled before it is kept: a bundle this app cannot use never replaces one it can.
    let fresh = assemble_with(
        session.vault.clone(),
        session.device.clone(),
        bundle.clone(),
    )?;
    put(&session.vault, BUNDLE_ID, &bundle).await?;
    keep_tag(&fresh, tag).await;
    Ok(Some(fresh))
}

/// Whether this phone has a vault (was set up), even one whose header cannot be read:
/// such a phone is never offered setup, which would orphan its records.
pub fn is_set_up() -> bool {
    store::has_vault_header()
}

/// The salt and parameters of a new vault, and its key-encryption key derived from
/// `passphrase`: the derivation starts now (`kdf::derive`), for `create` to await.
pub fn new_key(
    passphrase: &str,
) -> Result<
    (
        KdfInput,
        impl Future<Output = Result<Kek, AppError>> + use<>,
    ),
    AppError,
> {
    let input = KdfInput::fresh(KdfParams::RECOMMENDED)?;
    let kek = crate::kdf::derive(passphrase, &input);
    Ok((input, kek))
}

/// Create the vault for a freshly enrolled phone (its key from `new_key`) and keep what
/// enrollment returned: the bundle and its tag, so the first refresh downloads it no
/// second time.
pub async fn create(
    (input, kek): (KdfInput, impl Future<Output = Result<Kek, AppError>>),
    device: DeviceCredentials,
    bundle: Bundle,
    tag: String,
) -> Result<Session, AppError> {
    let kek = kek.await?;
    store::hold_vault().await;
    let (header, vault) = Vault::create_with(&kek, &input)?;
    // The header last: a phone whose vault has a header has its device and form.
    put(&vault, DEVICE_ID, &device).await?;
    put(&vault, BUNDLE_ID, &bundle).await?;
    put(&vault, BUNDLE_TAG_ID, &tag).await?;
    store::set_vault_header(&header).await?;
    store::keep_storage();
    assemble(vault, device, bundle)
}

/// Unlock with a passphrase. A wrong passphrase changes nothing stored.
pub async fn unlock(passphrase: &str) -> Result<Session, AppError> {
    // This window's copy of the disk, made current (another window may have written).
    store::hold_vault().await;
    let header = store::vault_header().ok_or(AppError::Corrupt("vault".into()))?;
    let kek = crate::kdf::derive(passphrase, &header.kdf_input()?).await?;
    let vault = Vault::unlock_with(&header, &kek)?;
    let device: DeviceCredentials =
        get(&vault, DEVICE_ID)?.ok_or_else(|| AppError::Corrupt(DEVICE_ID.into()))?;
    let bundle: Bundle =
        get(&vault, BUNDLE_ID)?.ok_or_else(|| AppError::Corrupt(BUNDLE_ID.into()))?;
    store::keep_storage();
    assemble(vault, device, bundle)
}

/// Change the passphrase: check the current one, then re-wrap the same data key under
/// the new one. Records are not re-encrypted; the old passphrase stops working at once.
pub async fn change_passphrase(
    session: &Session,
    current: &str,
    new: &str,
) -> Result<(), AppError> {
    let header = store::vault_header().ok_or(AppError::Corrupt("vault".into()))?;
    let kek = crate::kdf::derive(current, &header.kdf_input()?).await?;
    Vault::unlock_with(&header, &kek)?;
    let input = KdfInput::fresh(KdfParams::RECOMMENDED)?;
    let kek = crate::kdf::derive(new, &input).await?;
    let header = session.vault.rewrap_with(&kek, &input)?;
    store::set_vault_header(&header).await
}

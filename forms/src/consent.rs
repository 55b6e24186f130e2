//! Informed consent: the template a project defines, and the record of what one respondent
//! decided. The record travels inside each submission and decides what may be used later.
//!
//! `kantara_receipt` writes the Kantara Consent Receipt v1.1 of a record, always in the
//! consent's language (the steward's copy, the community API's and the review page's
//! download are one document), from the template's controller and per-purpose fields, which
//! `ConsentTemplate::problems` requires of a new template (stored ones still read, with the
//! specification's defaults). A refusal's receipt lists the one thing kept, the record of
//! the refusal. Tests validate every method, a refusal and every copy in en, fr and ar
//! against `forms/assets/kantara-cr-v1.1.schema.json`.
//!
//! The four-digit second factor is turned by the server into a keyed hash;
//! `Consent::scrub_proof` removes the proof with the identifiers when they are purged.

use blake2::{Blake2b256, Digest};
use serde::{Deserialize, Serialize};

use crate::model::Text;
use crate::receipt::ReceiptCode;

/// The purpose every export of answers requires in this version.
pub const NEEDS_ASSESSMENT: &str = "needs_assessment";

/// Why a purpose may process data (GDPR art. 6 terms, as humanitarian data policies
/// use them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LegalBasis {
    #[default]
    Consent,
    VitalInterest,
    PublicInterest,
}

/// One use of the data a respondent can accept or decline on its own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Purpose {
    pub id: String,
    pub label: Text,
    #[serde(default)]
    pub explanation: Text,
    /// Consent cannot be given without it (the respondent can still refuse everything).
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub legal_basis: LegalBasis,
    /// How long answers are kept for this purpose, as the respondent is told.
    #[serde(default)]
    pub retention_days: Option<u32>,
    /// Who may receive the answers for this purpose, as the respondent is told (in
    /// each language). Not empty: the purpose discloses the answers to a third party
    /// (Kantara `thirdPartyDisclosure`, and this is its `thirdPartyName`).
    #[serde(default)]
    pub shared_with: Text,
    /// The Kantara purpose category (one of [`KANTARA_PURPOSE_CATEGORIES`]). Templates
    /// stored before it existed read as empty, and their receipts say `Core Function`
    /// (the specification's default purpose); a new template must name one.
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub category: String,
    /// The kinds of personal data this purpose uses, from the Kantara PII categories
    /// ([`KANTARA_PII_CATEGORIES`]).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub pii_categories: Vec<String>,
    /// When consent for this purpose ends, as the receipt says it, in each language
    /// (Kantara `termination`).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub termination: Text,
}

/// The purpose categories of the Kantara Consent Receipt v1.1 (its Appendix A), as the
/// receipt writes them.
pub const KANTARA_PURPOSE_CATEGORIES: &[&str] = &[
    "Core Function",
    "Contracted Service",
    "Delivery",
    "Contact Requested",
    "Personalized Experience",
    "Marketing",
    "Marketing Third Parties",
    "Sharing for Delivery",
    "Sharing for Marketing",
    "3rd Party Sharing for Core Function",
    "3rd Party Sharing for ...",
    "Legally Required Data Retention",
    "Required by Law Enforcement or Government",
    "Protecting Your Health",
    "Protecting Our Interests",
    "Improve Performance",
];

/// The categories of personal data of the Kantara Consent Receipt v1.1 (its Appendix B).
pub const KANTARA_PII_CATEGORIES: &[&str] = &[
    "Biographical",
    "Contact",
    "Biometric",
    "Communications/Social",
    "Network/Service",
    "Health",
    "Financial",
    "Official/Government Identifiers",
    "Social Services/Welfare",
    "Judicial",
    "Property/Asset",
    "Human Resources",
    "Psychological/Attitudinal",
    "Membership",
    "Behavioural",
    "Profile",
];

/// The controller's postal address (Kantara `address`, with schema.org's names in the
/// receipt).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Address {
    #[serde(default)]
    pub street: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub locality: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub region: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub postal_code: String,
    /// The country, as an ISO 3166-1 code or its name.
    #[serde(default)]
    pub country: String,
}

/// What the receipt of a refusal says, in each language: the one thing kept (the record
/// that the respondent said no) and for how long.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Refusal {
    #[serde(default)]
    pub purpose: Text,
    #[serde(default)]
    pub termination: Text,
}

/// A yes/no question asked after the text is read, to check the respondent understood a
/// point that matters (taking part is voluntary, they can withdraw). A wrong answer means
/// the point is explained again and asked once more: consent is given only once every
/// answer is right.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Understanding {
    pub id: String,
    pub question: Text,
    /// The right answer: yes (`true`) or no.
    pub answer: bool,
    /// What to explain again after a wrong answer.
    #[serde(default)]
    pub explanation: Text,
}

/// What a project asks respondents to agree to, in every language it works in.
///
/// The browser never reads the fields only the server uses (contact, jurisdiction,
/// policy address, sensitive categories, legal bases): skipping them keeps their
/// deserializing code out of the phone's download.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConsentTemplate {
    pub id: String,
    pub version: u32,
    pub controller: String,
    /// The person or office respondents can reach (Kantara `contact`).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub contact: String,
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub address: Address,
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub email: String,
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub phone: String,
    /// The law the consent is given under (Kantara `jurisdiction`).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub jurisdiction: String,
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub policy_url: String,
    /// Sensitive categories of personal data the form collects (e.g. `health`).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub sensitive_categories: Vec<String>,
    /// What a refusal's consent receipt says (the record kept, and until when).
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub refusal: Refusal,
    /// Below this age a respondent gives their assent and a parent or guardian consents
    /// (`Method::Guardian`); set per project.
    #[serde(default)]
    pub minimum_age: Option<u32>,
    pub text: Text,
    /// The text read aloud, per language, for respondents who do not read. In the TOML
    /// a project writes, the name of a recording uploaded first (`PUT /media/{name}`);
    /// once installed, the address of that recording's content (`/media/{sha256}`), so
    /// the version keeps exactly what was played.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub audio: Text,
    pub purposes: Vec<Purpose>,
    /// The comprehension check, asked before consent is given (none: not asked).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comprehension: Vec<Understanding>,
}

impl ConsentTemplate {
    /// The form's languages the consent text is not written in (as the form names them):
    /// a respondent who speaks one of them would be read consent in another language, so
    /// the import warns of them and the consent screen says so, before the field.
    pub fn untranslated_for(&self, form: &crate::model::Form) -> Vec<(String, String)> {
        form.languages
            .iter()
            .filter(|l| {
                l.code != crate::model::UNNAMED_LANGUAGE && !self.text.0.contains_key(&l.code)
            })
            .map(|l| (l.code.clone(), l.name.clone()))
            .collect()
    }

    /// The languages a respondent can be asked for consent in: those both the form and
    /// the text are written in, in the form's order and names, since the questions follow
    /// in the language consent was taken in (offering French for a form with no French
    /// left the questions in English). Where the form also has columns in no named
    /// language (`label` beside `label::French`: its `default` language, the one Collect
    /// shows first), the text's other languages are offered after those, named as the UI
    /// names them, else by code: the questions then show those unnamed columns, as for a
    /// form written without language columns at all. Offering only French there left a
    /// form's own first language out, and the interview never began for a respondent
    /// who did not speak French.
    pub fn languages_for(&self, form: &crate::model::Form) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = form
            .languages
            .iter()
            .filter(|l| self.text.0.contains_key(&l.code))
            .map(|l| (l.code.clone(), l.name.clone()))
            .collect();
        let unnamed = form
            .languages
            .iter()
            .any(|l| l.code == crate::model::UNNAMED_LANGUAGE);
        if !out.is_empty() && !unnamed {
            return out;
        }
        for code in self.text.0.keys() {
            if !out.iter().any(|(c, _)| c == code) {
                let name = crate::i18n::ui_languages()
                    .iter()
                    .find(|(c, _, _)| c == code)
                    .map_or(code.as_str(), |(_, name, _)| name);
                out.push((code.clone(), name.to_string()));
            }
        }
        out
    }

    /// The language a new interview starts in, always one of [`Self::languages_for`]:
    /// the UI's when offered, else the form's default, else the first offered.
    pub fn first_language(&self, form: &crate::model::Form, ui_lang: &str) -> String {
        let offered = self.languages_for(form);
        let offers = |code: &str| offered.iter().any(|(c, _)| c == code);
        if offers(ui_lang) {
            ui_lang.to_string()
        } else if offers(&form.default_language) {
            form.default_language.clone()
        } else {
            offered
                .into_iter()
                .next()
                .map(|(code, _)| code)
                .or_else(|| self.text.0.keys().next().cloned())
                .unwrap_or_default()
        }
    }

    /// What is wrong with a template a project wants to use, each problem naming its
    /// place; empty when it can be used. Every purpose must be explained in every
    /// language the text is written in, so no respondent is asked in a language that
    /// leaves a purpose unexplained.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let name_ok = |s: &str| {
            !s.is_empty()
                && s.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
        };
        if !name_ok(&self.id) {
            problems.push(format!(
                "id: {:?} must be lower-case letters, digits, - or _",
                self.id
            ));
        }
        if self.version == 0 {
            problems.push("version: must be 1 or more".into());
        }
        if self.controller.trim().is_empty() {
            problems.push("controller: who is responsible for the data must be named".into());
        }
        // What the Kantara consent receipt needs to name the controller and its policy.
        let blank = |s: &str| s.trim().is_empty();
        if blank(&self.contact) {
            problems.push(
                "contact: name the person or office respondents can reach (e.g. \"Data protection officer\")"
                    .into(),
            );
        }
        if blank(&self.address.street) {
            problems.push("address.street: the controller's postal address is missing".into());
        }
        if blank(&self.address.country) {
            problems.push("address.country: the controller's country is missing".into());
        }
        if !email_well_formed(&self.email) {
            problems.push(format!(
                "email: {:?} is not an email address respondents can write to",
                self.email
            ));
        }
        if blank(&self.phone) {
            problems.push("phone: a telephone number respondents can call is missing".into());
        }
        if !url_well_formed(&self.policy_url) {
            problems.push(format!(
                "policy_url: {:?} is not the address (https://…) of the privacy policy",
                self.policy_url
            ));
        }
        if blank(&self.jurisdiction) {
            problems.push("jurisdiction: the law the consent is given under is missing".into());
        }
        if self.text.0.is_empty() {
            problems.push("text: the consent text is missing".into());
        }
        for (lang, text) in &self.text.0 {
            if text.trim().is_empty() {
                problems.push(format!("text.{lang}: empty"));
            }
        }
        if self.purposes.is_empty() {
            problems.push("purposes: at least one purpose is needed".into());
        }
        for lang in self.audio.0.keys() {
            if !self.text.0.contains_key(lang) {
                problems.push(format!(
                    "audio.{lang}: there is no text in this language to read aloud"
                ));
            }
        }
        if let Some(age) = self.minimum_age
            && !(1..=25).contains(&age)
        {
            problems.push(format!("minimum_age: {age} is not an age of consent"));
        }
        let mut seen = std::collections::BTreeSet::new();
        for (i, p) in self.purposes.iter().enumerate() {
            let at = format!("purposes[{}] ({})", i + 1, p.id);
            if !name_ok(&p.id) {
                problems.push(format!(
                    "{at}: id must be lower-case letters, digits, - or _"
                ));
            }
            if !seen.insert(p.id.as_str()) {
                problems.push(format!("{at}: the id is used twice"));
            }
            for lang in self.text.0.keys() {
                if p.label.0.get(lang).is_none_or(|l| l.trim().is_empty()) {
                    problems.push(format!("{at}.label.{lang}: missing"));
                }
                if p.termination
                    .0
                    .get(lang)
                    .is_none_or(|l| l.trim().is_empty())
                {
                    problems.push(format!(
                        "{at}.termination.{lang}: missing (when consent for this purpose ends)"
                    ));
                }
                if !p.shared_with.is_empty()
                    && p.shared_with
                        .0
                        .get(lang)
                        .is_none_or(|l| l.trim().is_empty())
                {
                    problems.push(format!("{at}.shared_with.{lang}: missing"));
                }
            }
            if !KANTARA_PURPOSE_CATEGORIES.contains(&p.category.as_str()) {
                problems.push(format!(
                    "{at}.category: {:?} is not a Kantara purpose category (one of {})",
                    p.category,
                    KANTARA_PURPOSE_CATEGORIES.join(", ")
                ));
            }
            if p.pii_categories.is_empty() {
                problems.push(format!(
                    "{at}.pii_categories: name the kinds of data this purpose uses (from {})",
                    KANTARA_PII_CATEGORIES.join(", ")
                ));
            }
            for c in &p.pii_categories {
                if !KANTARA_PII_CATEGORIES.contains(&c.as_str()) {
                    problems.push(format!(
                        "{at}.pii_categories: {c:?} is not a Kantara PII category (one of {})",
                        KANTARA_PII_CATEGORIES.join(", ")
                    ));
                }
            }
        }
        for lang in self.text.0.keys() {
            for (field, text) in [
                ("purpose", &self.refusal.purpose),
                ("termination", &self.refusal.termination),
            ] {
                if text.0.get(lang).is_none_or(|l| l.trim().is_empty()) {
                    problems.push(format!(
                        "refusal.{field}.{lang}: missing (what a refusal's receipt says)"
                    ));
                }
            }
        }
        let mut asked = std::collections::BTreeSet::new();
        for (i, q) in self.comprehension.iter().enumerate() {
            let at = format!("comprehension[{}] ({})", i + 1, q.id);
            if !name_ok(&q.id) {
                problems.push(format!(
                    "{at}: id must be lower-case letters, digits, - or _"
                ));
            }
            if !asked.insert(q.id.as_str()) {
                problems.push(format!("{at}: the id is used twice"));
            }
            for lang in self.text.0.keys() {
                if q.question.0.get(lang).is_none_or(|l| l.trim().is_empty()) {
                    problems.push(format!("{at}.question.{lang}: missing"));
                }
                if q.explanation
                    .0
                    .get(lang)
                    .is_none_or(|l| l.trim().is_empty())
                {
                    problems.push(format!("{at}.explanation.{lang}: missing"));
                }
            }
        }
        problems
    }

    /// BLAKE2b-256 of the exact text shown in `lang`, hex: proves later what the
    /// respondent heard. (BLAKE2b rather than SHA-256: Argon2 already puts its code on the
    /// phone; equally strong for this.)
    pub fn text_hash(&self, lang: &str) -> String {
        let shown = self.text.get(lang, "en");
        let digest = Blake2b256::digest(shown.as_bytes());
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// How consent was given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Method {
    /// Signature drawn on the screen, as a PNG data URL.
    Signature { image: String },
    /// Spoken consent, confirmed by a witness whose name is recorded.
    Verbal { witness: String },
    /// A respondent who does not write makes a mark (an X, or a thumb pressed on the
    /// screen), as a PNG data URL, before a named witness.
    Mark { image: String, witness: String },
    /// A respondent under the template's minimum age: their own assent together with a
    /// parent's or guardian's consent, before a named witness.
    Guardian {
        guardian: String,
        relationship: String,
        assent: bool,
        witness: String,
    },
    /// Someone who cannot consent (illness, disability) is represented by a proxy, who
    /// consents on their behalf for the reason given, before a named witness.
    Proxy {
        proxy: String,
        relationship: String,
        reason: String,
        witness: String,
    },
}

impl Method {
    /// Stable name of the method (`verbal`, `signature`, `mark`, `guardian`, `proxy`).
    pub fn name(&self) -> &'static str {
        match self {
            Method::Signature { .. } => "signature",
            Method::Verbal { .. } => "verbal",
            Method::Mark { .. } => "mark",
            Method::Guardian { .. } => "guardian",
            Method::Proxy { .. } => "proxy",
        }
    }
}

/// What the respondent decided.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Decision {
    Given {
        purposes: Vec<String>,
        method: Method,
    },
    Refused,
}

/// The record of one consent conversation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Consent {
    pub template_id: String,
    pub template_version: u32,
    /// The language the text was read in.
    pub language: String,
    /// BLAKE2b-256 (hex) of the text as shown (`ConsentTemplate::text_hash`). Records
    /// made before the switch from SHA-256 still read (their hash no longer matches, so
    /// the server refuses them with a consent-text problem rather than failing).
    #[serde(alias = "text_sha256")]
    pub text_hash: String,
    pub decision: Decision,
    /// RFC 3339 time the decision was recorded on the device.
    pub recorded_at: String,
    pub receipt: ReceiptCode,
    /// The second factor the respondent chose to look up their consent later with the
    /// receipt code: four digits (a PIN, or a year of birth). The server keeps only a
    /// keyed hash of it, never the digits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<String>,
    /// The comprehension questions the respondent answered rightly (ids), and of those
    /// the ones answered wrongly first and explained again: every one of the template's
    /// is needed before consent is given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub understood: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub explained_again: Vec<String>,
    /// The template's recording of the text was played to the respondent to its end, in
    /// `language`: for respondents who do not read, the record says they heard what they
    /// decided on. Checked against the template: a language
    /// without a recording cannot have been played.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub played_audio: bool,
}

/// A problem with a consent record, reported per field like answer errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConsentProblem {
    UnknownTemplate,
    TextMismatch,
    NoPurpose,
    UnknownPurpose(String),
    MissingWitness,
    MissingSignature,
    BadAccess,
    /// A guardian's or proxy's name or relationship is missing.
    MissingRepresentative,
    /// A minor's own assent was not recorded.
    MissingAssent,
    /// A proxy's reason is missing.
    MissingReason,
    /// A purpose the template requires was not accepted.
    RequiredPurpose(String),
    /// A comprehension question was not answered rightly.
    NotUnderstood(String),
    /// The record says the text was played, but the template has no recording in its
    /// language.
    NoRecording,
}

impl ConsentProblem {
    pub fn code(&self) -> &'static str {
        match self {
            ConsentProblem::UnknownTemplate => "consent-unknown-template",
            ConsentProblem::TextMismatch => "consent-text-mismatch",
            ConsentProblem::NoPurpose => "consent-no-purpose",
            ConsentProblem::UnknownPurpose(_) => "consent-unknown-purpose",
            ConsentProblem::MissingWitness => "consent-missing-witness",
            ConsentProblem::MissingSignature => "consent-missing-signature",
            ConsentProblem::BadAccess => "consent-bad-access",
            ConsentProblem::MissingRepresentative => "consent-missing-representative",
            ConsentProblem::MissingAssent => "consent-missing-assent",
            ConsentProblem::MissingReason => "consent-missing-reason",
            ConsentProblem::RequiredPurpose(_) => "consent-required-purpose",
            ConsentProblem::NotUnderstood(_) => "consent-not-understood",
            ConsentProblem::NoRecording => "consent-no-recording",
        }
    }
}

/// What replaces a scrubbed proof: the method stays readable, the person does not.
pub const SCRUBBED: &str = "(removed at the end of its retention)";

impl Consent {
    /// Remove what identifies people in the proof of consent (the drawn signature or
    /// mark, the witness's, guardian's and proxy's names; the proxy's reason may name an
    /// illness) once identifiers are past their retention. The method, purposes, text
    /// hash and receipt stay. Returns whether anything changed.
    pub fn scrub_proof(&mut self) -> bool {
        let Decision::Given { method, .. } = &mut self.decision else {
            return false;
        };
        let mut changed = false;
        let mut scrub = |field: &mut String| {
            if !field.is_empty() && field != SCRUBBED {
                *field = SCRUBBED.to_string();
                changed = true;
            }
        };
        match method {
            Method::Signature { image } => scrub(image),
            Method::Verbal { witness } => scrub(witness),
            Method::Mark { image, witness } => {
                scrub(image);
                scrub(witness);
            }
            Method::Guardian {
                guardian,
                relationship,
                witness,
                ..
            } => {
                scrub(guardian);
                scrub(relationship);
                scrub(witness);
            }
            Method::Proxy {
                proxy,
                relationship,
                reason,
                witness,
            } => {
                scrub(proxy);
                scrub(relationship);
                scrub(reason);
                scrub(witness);
            }
        }
        changed
    }

    pub fn accepted(&self, purpose: &str) -> bool {
        match &self.decision {
            Decision::Given { purposes, .. } => purposes.iter().any(|p| p == purpose),
            Decision::Refused => false,
        }
    }

    pub fn is_refusal(&self) -> bool {
        self.decision == Decision::Refused
    }

    /// The purposes accepted (none for a refusal).
    pub fn purposes(&self) -> &[String] {
        match &self.decision {
            Decision::Given { purposes, .. } => purposes,
            Decision::Refused => &[],
        }
    }

    /// Check the record against the template it claims: the text hash matches what the
    /// template says in that language, purposes exist, and the method carries its proof.
    pub fn check(&self, template: &ConsentTemplate) -> Vec<ConsentProblem> {
        let mut problems = Vec::new();
        if template.id != self.template_id || template.version != self.template_version {
            return vec![ConsentProblem::UnknownTemplate];
        }
        if self
            .access
            .as_deref()
            .is_some_and(|a| !access_well_formed(a))
        {
            problems.push(ConsentProblem::BadAccess);
        }
        let has_language = template.text.0.contains_key(&self.language);
        if !has_language || template.text_hash(&self.language) != self.text_hash {
            problems.push(ConsentProblem::TextMismatch);
        }
        if self.played_audio && !template.audio.0.contains_key(&self.language) {
            problems.push(ConsentProblem::NoRecording);
        }
        if let Decision::Given { purposes, method } = &self.decision {
            if purposes.is_empty() {
                problems.push(ConsentProblem::NoPurpose);
            }
            for p in purposes {
                if !template.purposes.iter().any(|t| &t.id == p) {
                    problems.push(ConsentProblem::UnknownPurpose(p.clone()));
                }
            }
            for t in template.purposes.iter().filter(|t| t.required) {
                if !purposes.contains(&t.id) {
                    problems.push(ConsentProblem::RequiredPurpose(t.id.clone()));
                }
            }
            for q in &template.comprehension {
                if !self.understood.contains(&q.id) {
                    problems.push(ConsentProblem::NotUnderstood(q.id.clone()));
                }
            }
            let blank = |s: &str| s.trim().is_empty();
            let (image, witness) = match method {
                Method::Signature { image } => (Some(image), None),
                Method::Verbal { witness } => (None, Some(witness)),
                Method::Mark { image, witness } => (Some(image), Some(witness)),
                Method::Guardian { witness, .. } | Method::Proxy { witness, .. } => {
                    (None, Some(witness))
                }
            };
            if image.is_some_and(|i| !i.starts_with("data:image/png;base64,")) {
                problems.push(ConsentProblem::MissingSignature);
            }
            if witness.is_some_and(|w| blank(w)) {
                problems.push(ConsentProblem::MissingWitness);
            }
            match method {
                Method::Guardian {
                    guardian,
                    relationship,
                    assent,
                    ..
                } => {
                    if blank(guardian) || blank(relationship) {
                        problems.push(ConsentProblem::MissingRepresentative);
                    }
                    if !assent {
                        problems.push(ConsentProblem::MissingAssent);
                    }
                }
                Method::Proxy {
                    proxy,
                    relationship,
                    reason,
                    ..
                } => {
                    if blank(proxy) || blank(relationship) {
                        problems.push(ConsentProblem::MissingRepresentative);
                    }
                    if blank(reason) {
                        problems.push(ConsentProblem::MissingReason);
                    }
                }
                _ => {}
            }
        }
        problems
    }
}

/// A second factor as typed, with the digits of every script a phone keyboard types
/// (Arabic-Indic, Persian, Devanagari, Bengali, Myanmar, …) read as ASCII digits
/// ([`crate::digits::to_ascii`]), so a keyboard in any of them gives the same code.
pub fn normalise_access(typed: &str) -> String {
    crate::digits::to_ascii(typed.trim()).into_owned()
}

/// Whether an email address has a name, an `@` and a domain with a dot.
fn email_well_formed(email: &str) -> bool {
    let ok = |part: &str| !part.is_empty() && !part.contains(char::is_whitespace);
    email.split_once('@').is_some_and(|(name, domain)| {
        ok(name)
            && ok(domain)
            && !domain.contains('@')
            && domain
                .split_once('.')
                .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty())
    })
}

/// Whether an address is an absolute http(s) URL with a host.
fn url_well_formed(url: &str) -> bool {
    url.strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .is_some_and(|rest| {
            !rest.contains(char::is_whitespace)
                && rest.split('/').next().is_some_and(|host| !host.is_empty())
        })
}

/// Whether a second factor is four digits (what the phone asks for and the review page
/// accepts).
pub fn access_well_formed(access: &str) -> bool {
    access.len() == 4 && access.bytes().all(|b| b.is_ascii_digit())
}

/// How the receipt says consent was collected, in `lang`: the phone's own name of the
/// method in the respondent's language, or (in English, and for a language the UI does
/// not have) a fuller description; followed, when the consent text was played from the
/// project's recording, by a sentence saying so (the receipt records what the respondent
/// heard, and how).
fn collection_method(consent: &Consent, lang: &str) -> String {
    let method = method_words(&consent.decision, lang);
    if !consent.played_audio {
        return method;
    }
    let base = lang.split(['-', '_']).next().unwrap_or(lang);
    let played = if crate::i18n::supported(base) == base {
        crate::i18n::tr(base, "review-consent-played")
    } else {
        crate::i18n::tr("en", "review-consent-played")
    };
    format!("{method}. {played}")
}

/// The words for the method (or the refusal) alone; see [`collection_method`].
fn method_words(decision: &Decision, lang: &str) -> String {
    let (id, english) = match decision {
        Decision::Given { method, .. } => match method {
            Method::Signature { .. } => (
                "consent-method-signature",
                "signature drawn on the enumerator's device",
            ),
            Method::Verbal { .. } => (
                "consent-method-verbal",
                "verbal consent confirmed by the enumerator and a named witness",
            ),
            Method::Mark { .. } => (
                "consent-method-mark",
                "mark made on the enumerator's device before a named witness",
            ),
            Method::Guardian { .. } => (
                "consent-method-guardian",
                "minor's assent with a parent's or guardian's consent, before a named witness",
            ),
            Method::Proxy { .. } => (
                "consent-method-proxy",
                "consent by a proxy for a person unable to consent, with the reason, before a named witness",
            ),
        },
        Decision::Refused => ("consent-refuse", "refusal recorded by the enumerator"),
    };
    let base = lang.split(['-', '_']).next().unwrap_or(lang);
    if base == "en" || crate::i18n::supported(base) != base {
        english.to_string()
    } else {
        crate::i18n::tr(base, id)
    }
}

/// The `termination` of a purpose in a template stored before purposes had one (in
/// English: such a template has no words for it in other languages).
fn default_termination(retention_days: Option<u32>) -> String {
    match retention_days {
        Some(days) => format!(
            "withdrawal by the respondent, or {days} days after the interview (the purpose's retention period)"
        ),
        None => {
            "withdrawal by the respondent, or the end of the project's retention period".to_string()
        }
    }
}

/// The `consentType` of a purpose consented to, and of the one purpose of a refusal's
/// receipt (keeping the record that the respondent said no, which no consent authorises).
pub const CONSENT_EXPLICIT: &str = "EXPLICIT";
pub const CONSENT_REFUSED: &str = "REFUSED";

/// The JSON Schema (2020-12) of the Kantara Consent Receipt v1.1, written from the
/// specification: the receipts below validate against it, and the server's OpenAPI
/// document describes its receipt endpoints with it.
#[cfg(feature = "openapi")]
pub const KANTARA_RECEIPT_SCHEMA: &str = include_str!("../assets/kantara-cr-v1.1.schema.json");

/// The Kantara Initiative Consent Receipt (v1.1, `forms/assets/kantara-cr-v1.1.schema.json`)
/// for one consent record, every text in the language the consent was given in wherever
/// it is asked for (the receipt records what the respondent heard). `service` is the
/// form's title in that language; `consent_unix` the decision time in seconds.
///
/// - Each purpose accepted, with its Kantara purpose and PII categories from the template,
///   its termination, and the recipients it names (`thirdPartyDisclosure`/`Name`).
/// - A refusal grants no purpose, but the receipt must list one: it lists what is kept —
///   the record that the respondent said no (`consentType` `REFUSED`, category
///   `Protecting Our Interests`: the record protects the respondent's refusal), with the
///   template's words for it.
/// - Templates stored before the receipt's fields existed still give a receipt, with the
///   specification's defaults (`Core Function`, `Biographical`) and English termination.
pub fn kantara_receipt(
    consent: &Consent,
    template: &ConsentTemplate,
    service: &str,
    consent_unix: i64,
) -> serde_json::Value {
    use serde_json::json;
    let lang = consent.language.as_str();
    let fallback = template.text.0.keys().next().map_or("en", String::as_str);
    let text = |t: &Text| t.get(lang, fallback).to_string();
    let purposes: Vec<serde_json::Value> = match &consent.decision {
        Decision::Given { purposes, .. } => template
            .purposes
            .iter()
            .filter(|p| purposes.contains(&p.id))
            .map(|p| {
                let category = if p.category.is_empty() {
                    "Core Function"
                } else {
                    p.category.as_str()
                };
                let pii: Vec<&str> = if p.pii_categories.is_empty() {
                    vec!["Biographical"]
                } else {
                    p.pii_categories.iter().map(String::as_str).collect()
                };
                let termination = if p.termination.is_empty() {
                    default_termination(p.retention_days)
                } else {
                    text(&p.termination)
                };
                let mut purpose = json!({
                    "purpose": text(&p.label),
                    "purposeCategory": [category],
                    "consentType": CONSENT_EXPLICIT,
                    "piiCategory": pii,
                    "primaryPurpose": p.id == NEEDS_ASSESSMENT,
                    "termination": termination,
                    "thirdPartyDisclosure": !p.shared_with.is_empty(),
                });
                if !p.shared_with.is_empty() {
                    purpose["thirdPartyName"] = text(&p.shared_with).into();
                }
                purpose
            })
            .collect(),
        Decision::Refused => {
            let or = |t: &Text, english: &str| {
                if t.is_empty() {
                    english.to_string()
                } else {
                    text(t)
                }
            };
            vec![json!({
                "purpose": or(&template.refusal.purpose, "keeping the record that the respondent refused, so that the refusal is respected"),
                "purposeCategory": ["Protecting Our Interests"],
                "consentType": CONSENT_REFUSED,
                "piiCategory": ["Network/Service"],
                "primaryPurpose": true,
                "termination": or(&template.refusal.termination, "kept as long as the project keeps its records"),
                "thirdPartyDisclosure": false,
            })]
        }
    };
    let address = &template.address;
    let mut postal = json!({
        "streetAddress": address.street,
        "addressCountry": address.country,
    });
    for (key, value) in [
        ("addressLocality", &address.locality),
        ("addressRegion", &address.region),
        ("postalCode", &address.postal_code),
    ] {
        if !value.trim().is_empty() {
            postal[key] = value.as_str().into();
        }
    }
    let mut receipt = json!({
        "version": "KI-CR-v1.1.0",
        "jurisdiction": template.jurisdiction,
        "consentTimestamp": consent_unix,
        "collectionMethod": collection_method(consent, lang),
        "consentReceiptID": consent.receipt.as_str(),
        "piiPrincipalId": consent.receipt.as_str(),
        "piiControllers": [{
            "piiController": template.controller,
            "onBehalf": false,
            "contact": template.contact,
            "address": postal,
            "email": template.email,
            "phone": template.phone,
        }],
        "policyUrl": template.policy_url,
        "services": [{ "service": service, "purposes": purposes }],
        "sensitive": !template.sensitive_categories.is_empty(),
        "spiCat": template.sensitive_categories,
        "consentTemplate": { "id": template.id, "version": template.version, "textHash": consent.text_hash, "textHashAlgorithm": "BLAKE2b-256" },
    });
    // ISO 639-1 only, as the specification asks; another code is left out (the texts
    // are still in that language).
    if lang.len() == 2 && lang.bytes().all(|b| b.is_ascii_lowercase()) {
        receipt["language"] = lang.into();
    }
    receipt
}

#[cfg(test)]
mod tests;

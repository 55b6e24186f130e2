//! Informed consent: the template a project defines, and the record of what one respondent
//! decided. The record travels inside each submission and decides what may be used later.

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
    /// each language).
    #[serde(default)]
    pub shared_with: Text,
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
    #[serde(default)]
    #[cfg_attr(target_arch = "wasm32", serde(skip_deserializing))]
    pub contact: String,
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
    /// The languages a respondent can be asked for consent in: those the text is written
    /// in, the form's own first (in the form's order and names), then the others, named
    /// as the UI names them, else by code. A form written without language columns (its
    /// one language is `default`) still gets its consent read in a language the template
    /// has.
    pub fn languages_for(&self, form: &crate::model::Form) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = form
            .languages
            .iter()
            .filter(|l| self.text.0.contains_key(&l.code))
            .map(|l| (l.code.clone(), l.name.clone()))
            .collect();
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

    /// The language a new interview starts in: the UI's when both the form and the text
    /// have it, else the form's default, else the UI's, else the first the text has.
    pub fn first_language(&self, form: &crate::model::Form, ui_lang: &str) -> String {
        let has = |code: &str| self.text.0.contains_key(code);
        let form_has = |code: &str| form.languages.iter().any(|l| l.code == code);
        if has(ui_lang) && form_has(ui_lang) {
            ui_lang.to_string()
        } else if has(&form.default_language) {
            form.default_language.clone()
        } else if has(ui_lang) {
            ui_lang.to_string()
        } else {
            self.text.0.keys().next().cloned().unwrap_or_default()
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
pub enum Decision {
    Given {
        purposes: Vec<String>,
        method: Method,
    },
    Refused,
}

/// The record of one consent conversation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

/// A second factor as typed, with the digits of the scripts Sauti's users write in
/// (Arabic-Indic, Eastern Arabic-Indic, Devanagari, Bengali) read as ASCII digits, so a
/// phone keyboard in any of them gives the same code.
pub fn normalise_access(typed: &str) -> String {
    typed
        .trim()
        .chars()
        .map(|c| {
            let zero = match c {
                '\u{660}'..='\u{669}' => 0x660,
                '\u{6F0}'..='\u{6F9}' => 0x6F0,
                '\u{966}'..='\u{96F}' => 0x966,
                '\u{9E6}'..='\u{9EF}' => 0x9E6,
                _ => return c,
            };
            char::from(b'0' + (c as u32 - zero) as u8)
        })
        .collect()
}

/// Whether a second factor is four digits (what the phone asks for and the review page
/// accepts).
pub fn access_well_formed(access: &str) -> bool {
    access.len() == 4 && access.bytes().all(|b| b.is_ascii_digit())
}

/// The Kantara Initiative Consent Receipt (v1.1) for one consent record: what was agreed,
/// with whom, for which purposes and data categories. Served to the steward and, later, to
/// the respondent. `data_categories` are the form's sections (what kind of data is held,
/// not the answers); `consent_unix` is the decision time in seconds.
pub fn kantara_receipt(
    consent: &Consent,
    template: &ConsentTemplate,
    service: &str,
    data_categories: &[String],
    consent_unix: i64,
) -> serde_json::Value {
    let lang = consent.language.as_str();
    let (method, accepted): (&str, &[String]) = match &consent.decision {
        Decision::Given { purposes, method } => (
            match method {
                Method::Signature { .. } => "signature drawn on the enumerator's device",
                Method::Verbal { .. } => {
                    "verbal consent confirmed by the enumerator and a named witness"
                }
                Method::Mark { .. } => {
                    "mark made on the enumerator's device before a named witness"
                }
                Method::Guardian { .. } => {
                    "minor's assent with a parent's or guardian's consent, before a named witness"
                }
                Method::Proxy { .. } => {
                    "consent by a proxy for a person unable to consent, with the reason, before a named witness"
                }
            },
            purposes.as_slice(),
        ),
        Decision::Refused => ("refusal recorded by the enumerator", &[]),
    };
    let purposes: Vec<serde_json::Value> = template
        .purposes
        .iter()
        .filter(|p| accepted.contains(&p.id))
        .map(|p| {
            serde_json::json!({
                "purpose": p.label.get(lang, "en"),
                "purposeCategory": [p.id],
                "consentType": "EXPLICIT",
                "piiCategory": data_categories,
                "primaryPurpose": p.id == NEEDS_ASSESSMENT,
                "termination": "withdrawal by the respondent, or the end of the project's retention period",
                "thirdPartyDisclosure": p.id == "partner_sharing",
            })
        })
        .collect();
    serde_json::json!({
        "version": "KI-CR-v1.1.0",
        "jurisdiction": template.jurisdiction,
        "consentTimestamp": consent_unix,
        "collectionMethod": method,
        "consentReceiptID": consent.receipt.as_str(),
        "language": consent.language,
        "piiPrincipalId": consent.receipt.as_str(),
        "piiControllers": [{
            "piiController": template.controller,
            "contact": template.contact,
            "onBehalf": false,
        }],
        "policyUrl": template.policy_url,
        "services": [{ "service": service, "purposes": purposes }],
        "sensitive": !template.sensitive_categories.is_empty(),
        "spiCat": template.sensitive_categories,
        "consentTemplate": { "id": template.id, "version": template.version, "textHash": consent.text_hash, "textHashAlgorithm": "BLAKE2b-256" },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo;

    fn given(method: Method, purposes: &[&str]) -> Consent {
        let t = demo::household_consent();
        Consent {
            template_id: t.id.clone(),
            template_version: t.version,
            language: "fr".into(),
            text_hash: t.text_hash("fr"),
            decision: Decision::Given {
                purposes: purposes.iter().map(|s| s.to_string()).collect(),
                method,
            },
            recorded_at: "2026-11-25T10:00:00Z".into(),
            access: None,
            understood: t.comprehension.iter().map(|q| q.id.clone()).collect(),
            explained_again: Vec::new(),
            receipt: ReceiptCode::from_random(7),
        }
    }

    #[test]
    fn digits_of_every_script_read_as_ascii() {
        assert_eq!(normalise_access(" ١٩٨٤ "), "1984");
        assert_eq!(normalise_access("۴۸۲۱"), "4821");
        assert_eq!(normalise_access("४८२१"), "4821");
        assert_eq!(normalise_access("৪৮২১"), "4821");
        assert_eq!(normalise_access("12a4"), "12a4");
    }

    #[test]
    fn the_second_factor_is_four_digits_when_given() {
        let t = demo::household_consent();
        let witnessed = || Method::Verbal {
            witness: "Amina".into(),
        };
        let mut c = given(witnessed(), &["needs_assessment"]);
        assert!(c.check(&t).is_empty(), "no second factor is allowed");
        for good in ["0000", "1984", "4821"] {
            c.access = Some(good.into());
            assert!(c.check(&t).is_empty(), "{good}");
        }
        for bad in ["", "123", "12345", "12a4", "١٢٣٤", " 123"] {
            // Stored as typed, unnormalised digits are refused (the phone normalises).
            c.access = Some(bad.into());
            assert_eq!(c.check(&t), vec![ConsentProblem::BadAccess], "{bad:?}");
        }
    }

    #[test]
    fn a_witnessed_verbal_consent_is_complete() {
        let c = given(
            Method::Verbal {
                witness: "Amina".into(),
            },
            &[NEEDS_ASSESSMENT],
        );
        assert!(c.check(&demo::household_consent()).is_empty());
        assert!(c.accepted(NEEDS_ASSESSMENT) && !c.accepted("referral"));
    }

    #[test]
    fn missing_proofs_and_unknown_purposes_are_named() {
        let t = demo::household_consent();
        let c = given(
            Method::Verbal {
                witness: " ".into(),
            },
            &["marketing"],
        );
        assert_eq!(
            c.check(&t),
            vec![
                ConsentProblem::UnknownPurpose("marketing".into()),
                ConsentProblem::MissingWitness
            ]
        );
        let c = given(
            Method::Signature {
                image: String::new(),
            },
            &[],
        );
        assert_eq!(
            c.check(&t),
            vec![ConsentProblem::NoPurpose, ConsentProblem::MissingSignature]
        );
    }

    #[test]
    fn a_required_purpose_must_be_accepted() {
        let mut t = demo::household_consent();
        t.purposes[0].required = true;
        let c = given(
            Method::Verbal {
                witness: "Amina".into(),
            },
            &["referral"],
        );
        assert_eq!(
            c.check(&t),
            vec![ConsentProblem::RequiredPurpose(NEEDS_ASSESSMENT.into())]
        );
    }

    #[test]
    fn consent_is_given_only_once_every_point_is_understood() {
        let t = demo::household_consent();
        assert_eq!(t.comprehension.len(), 2, "the demo checks understanding");
        let mut c = given(
            Method::Verbal {
                witness: "Amina".into(),
            },
            &[NEEDS_ASSESSMENT],
        );
        assert!(c.check(&t).is_empty());
        c.understood.retain(|id| id != "aid_unchanged");
        c.explained_again = vec!["aid_unchanged".into()];
        assert_eq!(
            c.check(&t),
            vec![ConsentProblem::NotUnderstood("aid_unchanged".into())]
        );
        assert_eq!(c.check(&t)[0].code(), "consent-not-understood");
        // A refusal needs no comprehension check.
        let refused = Consent {
            decision: Decision::Refused,
            understood: Vec::new(),
            ..c
        };
        assert!(refused.check(&t).is_empty());
    }

    #[test]
    fn a_template_explains_every_purpose_in_every_language() {
        let mut t = demo::household_consent();
        assert!(t.problems().is_empty(), "{:?}", t.problems());
        t.purposes[1].label.0.remove("ar");
        t.purposes[2].id = t.purposes[0].id.clone();
        t.minimum_age = Some(0);
        t.version = 0;
        t.comprehension[1].explanation.0.remove("fr");
        t.comprehension[0].id = "Voluntary".into();
        assert_eq!(
            t.problems(),
            vec![
                "version: must be 1 or more".to_string(),
                "minimum_age: 0 is not an age of consent".into(),
                "purposes[2] (referral).label.ar: missing".into(),
                "purposes[3] (needs_assessment): the id is used twice".into(),
                "comprehension[1] (Voluntary): id must be lower-case letters, digits, - or _"
                    .into(),
                "comprehension[2] (aid_unchanged).explanation.fr: missing".into(),
            ]
        );
    }

    #[test]
    fn a_scrubbed_proof_keeps_the_method_and_loses_the_people() {
        let proxy = Method::Proxy {
            proxy: "Yusuf".into(),
            relationship: "son".into(),
            reason: "stroke".into(),
            witness: "Amina".into(),
        };
        let mut c = given(proxy, &[NEEDS_ASSESSMENT]);
        assert!(c.scrub_proof());
        let text = serde_json::to_string(&c).unwrap();
        for gone in ["Yusuf", "son", "stroke", "Amina"] {
            assert!(
                !text.contains(&format!("\"{gone}\"")),
                "{gone} left: {text}"
            );
        }
        assert!(matches!(&c.decision, Decision::Given { method, .. } if method.name() == "proxy"));
        assert!(!c.scrub_proof(), "a second scrub changes nothing");
    }

    #[test]
    fn mark_guardian_and_proxy_each_need_their_proofs() {
        let t = demo::household_consent();
        let png = || "data:image/png;base64,iVBOR".to_string();
        let check = |m: Method| given(m, &[NEEDS_ASSESSMENT]).check(&t);
        assert!(
            check(Method::Mark {
                image: png(),
                witness: "Amina".into()
            })
            .is_empty()
        );
        assert_eq!(
            check(Method::Mark {
                image: String::new(),
                witness: String::new()
            }),
            vec![
                ConsentProblem::MissingSignature,
                ConsentProblem::MissingWitness
            ]
        );
        let guardian = |assent: bool, guardian: &str| Method::Guardian {
            guardian: guardian.into(),
            relationship: "mother".into(),
            assent,
            witness: "Amina".into(),
        };
        assert!(check(guardian(true, "Halima")).is_empty());
        assert_eq!(
            check(guardian(false, " ")),
            vec![
                ConsentProblem::MissingRepresentative,
                ConsentProblem::MissingAssent
            ]
        );
        let proxy = |reason: &str| Method::Proxy {
            proxy: "Yusuf".into(),
            relationship: "son".into(),
            reason: reason.into(),
            witness: "Amina".into(),
        };
        assert!(check(proxy("unconscious after a stroke")).is_empty());
        assert_eq!(check(proxy("")), vec![ConsentProblem::MissingReason]);
        assert_eq!(proxy("x").name(), "proxy");
    }

    #[test]
    fn text_shown_in_another_language_does_not_match() {
        let mut c = given(
            Method::Verbal {
                witness: "Amina".into(),
            },
            &[NEEDS_ASSESSMENT],
        );
        c.language = "ar".into();
        assert_eq!(
            c.check(&demo::household_consent()),
            vec![ConsentProblem::TextMismatch]
        );
    }

    #[test]
    fn a_language_the_template_lacks_is_a_mismatch() {
        let t = demo::household_consent();
        let mut c = given(
            Method::Verbal {
                witness: "Amina".into(),
            },
            &[NEEDS_ASSESSMENT],
        );
        c.language = "=HYPERLINK(1)".into();
        c.text_hash = t.text_hash(&c.language);
        assert_eq!(c.check(&t), vec![ConsentProblem::TextMismatch]);
    }

    #[test]
    fn kantara_receipt_lists_only_accepted_purposes() {
        let t = demo::household_consent();
        let c = given(
            Method::Verbal {
                witness: "Amina".into(),
            },
            &[NEEDS_ASSESSMENT, "partner_sharing"],
        );
        let r = kantara_receipt(
            &c,
            &t,
            "Household needs assessment",
            &["Water".into()],
            1_764_000_000,
        );
        assert_eq!(r["version"], "KI-CR-v1.1.0");
        assert_eq!(r["consentReceiptID"], c.receipt.as_str());
        let purposes = r["services"][0]["purposes"].as_array().unwrap();
        assert_eq!(purposes.len(), 2);
        assert_eq!(
            purposes[0]["purpose"], "Évaluation des besoins",
            "in the respondent's language"
        );
        assert_eq!(purposes[0]["primaryPurpose"], true);
        assert_eq!(purposes[1]["thirdPartyDisclosure"], true);
        assert_eq!(r["sensitive"], true);
        let refused = Consent {
            decision: Decision::Refused,
            ..c
        };
        let r = kantara_receipt(&refused, &t, "x", &[], 0);
        assert!(r["services"][0]["purposes"].as_array().unwrap().is_empty());
    }

    #[test]
    fn consent_round_trips_through_json() {
        let c = given(
            Method::Signature {
                image: "data:image/png;base64,AA==".into(),
            },
            &[NEEDS_ASSESSMENT],
        );
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(serde_json::from_str::<Consent>(&json).unwrap(), c);
    }

    #[test]
    fn a_form_without_languages_gets_its_consent_in_a_language_of_the_template() {
        let template = crate::demo::household_consent();
        let mut form = crate::demo::household_form();
        let codes = |l: Vec<(String, String)>| l.into_iter().map(|(c, _)| c).collect::<Vec<_>>();
        assert_eq!(
            codes(template.languages_for(&form))[..1],
            ["en".to_string()]
        );
        assert_eq!(template.first_language(&form, "fr"), "fr");
        form.languages = vec![crate::model::Language {
            code: "default".into(),
            name: "Default".into(),
            rtl: false,
        }];
        form.default_language = "default".into();
        let offered = template.languages_for(&form);
        assert_eq!(codes(offered.clone()), ["ar", "en", "fr"]);
        assert!(offered.iter().any(|(c, n)| c == "fr" && n == "Français"));
        assert_eq!(template.first_language(&form, "fr"), "fr");
        assert_eq!(template.first_language(&form, "sw"), "ar");
    }
}

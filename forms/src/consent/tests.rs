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
        played_audio: false,
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
            "comprehension[1] (Voluntary): id must be lower-case letters, digits, - or _".into(),
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

/// The Kantara v1.1 schema kept in the repository (written from the specification).
pub(crate) fn kantara_schema() -> jsonschema::Validator {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../../assets/kantara-cr-v1.1.schema.json"))
            .expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("the schema is a JSON Schema")
}

fn assert_conforms(schema: &jsonschema::Validator, receipt: &serde_json::Value) {
    let errors: Vec<String> = schema
        .iter_errors(receipt)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}\n{receipt:#}");
}

fn every_method() -> Vec<Method> {
    demo::every_consent_method()
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
    let r = kantara_receipt(&c, &t, "Évaluation des ménages", 1_764_000_000);
    assert_eq!(r["version"], "KI-CR-v1.1.0");
    assert_eq!(r["consentReceiptID"], c.receipt.as_str());
    assert_eq!(r["language"], "fr");
    let purposes = r["services"][0]["purposes"].as_array().unwrap();
    assert_eq!(purposes.len(), 2);
    assert_eq!(
        purposes[0]["purpose"], "Évaluation des besoins",
        "in the respondent's language"
    );
    assert_eq!(purposes[0]["primaryPurpose"], true);
    assert_eq!(purposes[0]["purposeCategory"][0], "Core Function");
    assert_eq!(purposes[0]["thirdPartyDisclosure"], false);
    assert!(purposes[0].get("thirdPartyName").is_none());
    assert!(
        purposes[0]["termination"]
            .as_str()
            .unwrap()
            .contains("deux ans"),
        "{r}"
    );
    assert_eq!(purposes[1]["thirdPartyDisclosure"], true);
    assert_eq!(
        purposes[1]["thirdPartyName"],
        "les organisations partenaires présentes dans la zone, sans votre nom"
    );
    assert_eq!(r["collectionMethod"], "Consentement oral devant un témoin");
    assert_eq!(r["sensitive"], true);
    let controller = &r["piiControllers"][0];
    assert_eq!(controller["email"], t.email);
    assert_eq!(controller["address"]["streetAddress"], t.address.street);
    assert_eq!(r["policyUrl"], t.policy_url);
    assert_conforms(&kantara_schema(), &r);
}

#[test]
fn the_schema_refuses_what_the_old_receipt_got_wrong() {
    let schema = kantara_schema();
    let t = demo::household_consent();
    let c = given(
        Method::Verbal {
            witness: "Amina".into(),
        },
        &["referral"],
    );
    let good = kantara_receipt(&c, &t, "x", 0);
    assert!(schema.is_valid(&good));
    let broken = |change: &dyn Fn(&mut serde_json::Value)| {
        let mut r = good.clone();
        change(&mut r);
        !schema.is_valid(&r)
    };
    assert!(broken(&|r| r["policyUrl"] = "".into()));
    assert!(broken(&|r| {
        r["piiControllers"][0]
            .as_object_mut()
            .unwrap()
            .remove("email");
    }));
    assert!(broken(&|r| {
        r["piiControllers"][0]
            .as_object_mut()
            .unwrap()
            .remove("address");
    }));
    assert!(broken(
        &|r| r["services"][0]["purposes"] = serde_json::json!([])
    ));
    assert!(broken(
        &|r| r["services"][0]["purposes"][0]["purposeCategory"] = serde_json::json!(["referral"])
    ));
    assert!(broken(
        &|r| r["services"][0]["purposes"][0]["piiCategory"] = serde_json::json!(["Water"])
    ));
    assert!(broken(&|r| {
        r["services"][0]["purposes"][0]
            .as_object_mut()
            .unwrap()
            .remove("thirdPartyName");
    }));
    assert!(broken(&|r| r["consentTimestamp"] = "2026-11-25".into()));
    assert!(broken(&|r| r["version"] = "KI-CR-v1.0.0".into()));
}

#[test]
fn a_referral_discloses_to_the_service_it_names() {
    let t = demo::household_consent();
    let c = given(
        Method::Verbal {
            witness: "Amina".into(),
        },
        &["referral"],
    );
    let r = kantara_receipt(&c, &t, "x", 0);
    let p = &r["services"][0]["purposes"][0];
    assert_eq!(p["thirdPartyDisclosure"], true, "{r}");
    assert_eq!(
        p["thirdPartyName"],
        "le service vers lequel le ménage est orienté"
    );
    assert_eq!(
        p["purposeCategory"][0],
        "3rd Party Sharing for Core Function"
    );
    assert!(
        p["piiCategory"]
            .as_array()
            .unwrap()
            .contains(&"Contact".into())
    );
}

#[test]
fn every_receipt_conforms_to_kantara_v1_1_in_every_language() {
    let schema = kantara_schema();
    let t = demo::household_consent();
    let all: Vec<&str> = t.purposes.iter().map(|p| p.id.as_str()).collect();
    for lang in ["en", "fr", "ar"] {
        let mut decisions: Vec<Decision> = every_method()
            .into_iter()
            .map(|method| Decision::Given {
                purposes: all.iter().map(|s| s.to_string()).collect(),
                method,
            })
            .collect();
        decisions.push(Decision::Refused);
        for decision in decisions {
            let c = Consent {
                language: lang.into(),
                text_hash: t.text_hash(lang),
                decision,
                ..given(
                    Method::Verbal {
                        witness: "Amina".into(),
                    },
                    &[],
                )
            };
            let r = kantara_receipt(&c, &t, "service", 1_764_000_000);
            assert_conforms(&schema, &r);
            assert_eq!(r["language"], lang);
            // Every text the template has in this language is in it.
            for p in r["services"][0]["purposes"].as_array().unwrap() {
                let purpose = p["purpose"].as_str().unwrap();
                let termination = p["termination"].as_str().unwrap();
                let from_template = t
                    .purposes
                    .iter()
                    .find(|tp| tp.label.0[lang] == purpose)
                    .map(|tp| tp.termination.0[lang].as_str())
                    .unwrap_or_else(|| t.refusal.termination.0[lang].as_str());
                assert_eq!(termination, from_template, "{lang}: {r}");
            }
            if lang != "en" {
                // The method in the respondent's language, not English.
                assert_ne!(r["collectionMethod"], collection_method(&c, "en"), "{lang}");
            }
        }
    }
}

#[test]
fn a_receipt_says_the_consent_text_was_played_in_the_respondents_language() {
    let t = demo::household_consent();
    for lang in ["en", "ar", "sw"] {
        let mut c = given(
            Method::Verbal {
                witness: "Amina".into(),
            },
            &["needs_assessment"],
        );
        c.language = lang.into();
        let read = kantara_receipt(&c, &t, "service", 1_764_000_000);
        c.played_audio = true;
        let heard = kantara_receipt(&c, &t, "service", 1_764_000_000);
        let played = crate::i18n::tr(lang, "review-consent-played");
        let (read, heard) = (
            read["collectionMethod"].as_str().unwrap(),
            heard["collectionMethod"].as_str().unwrap(),
        );
        assert!(!read.contains(&played), "{lang}: {read}");
        assert_eq!(heard, format!("{read}. {played}"), "{lang}");
    }
}

#[test]
fn a_refusal_gets_a_receipt_of_what_is_kept_and_no_consent() {
    let t = demo::household_consent();
    let c = Consent {
        decision: Decision::Refused,
        ..given(
            Method::Verbal {
                witness: "Amina".into(),
            },
            &[],
        )
    };
    let r = kantara_receipt(&c, &t, "x", 0);
    assert_conforms(&kantara_schema(), &r);
    let purposes = r["services"][0]["purposes"].as_array().unwrap();
    assert_eq!(purposes.len(), 1, "only the record of the refusal: {r}");
    assert_eq!(purposes[0]["consentType"], CONSENT_REFUSED);
    assert_eq!(purposes[0]["purpose"], t.refusal.purpose.0["fr"]);
    assert_eq!(purposes[0]["thirdPartyDisclosure"], false);
    assert!(
        t.purposes
            .iter()
            .all(|p| !r.to_string().contains(p.label.0["fr"].as_str())),
        "no purpose consented to is listed: {r}"
    );
}

#[test]
fn a_template_stored_before_the_receipt_fields_still_reads_and_gives_a_receipt() {
    // The demo as it was stored before categories, terminations and the refusal's
    // words: it still reads, and its receipt still conforms (the specification's
    // defaults, English terminations).
    let mut old: serde_json::Value = serde_json::from_str(demo::HOUSEHOLD_CONSENT_JSON).unwrap();
    let object = old.as_object_mut().unwrap();
    object.remove("refusal");
    for p in object["purposes"].as_array_mut().unwrap() {
        let p = p.as_object_mut().unwrap();
        for field in ["category", "pii_categories", "termination"] {
            p.remove(field);
        }
    }
    let t: ConsentTemplate = serde_json::from_value(old).expect("an old template reads");
    assert!(t.purposes.iter().all(|p| p.category.is_empty()));
    assert!(
        !t.problems().is_empty(),
        "but it could not be installed as new"
    );
    let schema = kantara_schema();
    for decision in [
        Decision::Refused,
        Decision::Given {
            purposes: vec![NEEDS_ASSESSMENT.into(), "referral".into()],
            method: Method::Verbal {
                witness: "Amina".into(),
            },
        },
    ] {
        let c = Consent {
            decision,
            ..given(
                Method::Verbal {
                    witness: "Amina".into(),
                },
                &[],
            )
        };
        let r = kantara_receipt(&c, &t, "x", 0);
        assert_conforms(&schema, &r);
    }
}

#[test]
fn a_new_template_must_name_the_controllers_contacts_and_policy() {
    let mut t = demo::household_consent();
    t.policy_url = String::new();
    t.contact = " ".into();
    t.email = "privacy at demo".into();
    t.phone = String::new();
    t.address = Address::default();
    t.jurisdiction = String::new();
    t.purposes[0].category = "Research".into();
    t.purposes[1].pii_categories = vec!["Water".into()];
    t.purposes[2].termination.0.remove("ar");
    t.refusal.purpose.0.remove("en");
    let problems = t.problems();
    for expected in [
        "policy_url: \"\" is not the address (https://…) of the privacy policy",
        "contact: name the person or office",
        "address.street: the controller's postal address is missing",
        "address.country: the controller's country is missing",
        "email: \"privacy at demo\" is not an email address",
        "phone: a telephone number respondents can call is missing",
        "jurisdiction: the law the consent is given under is missing",
        "purposes[1] (needs_assessment).category: \"Research\" is not a Kantara purpose category",
        "purposes[2] (referral).pii_categories: \"Water\" is not a Kantara PII category",
        "purposes[3] (partner_sharing).termination.ar: missing",
        "refusal.purpose.en: missing",
    ] {
        assert!(
            problems.iter().any(|p| p.starts_with(expected)),
            "{expected:?} not in {problems:#?}"
        );
    }
    assert_eq!(problems.len(), 11, "{problems:#?}");
    t.policy_url = "ftp://demo.example/privacy".into();
    assert!(t.problems().iter().any(|p| p.starts_with("policy_url:")));
    t.policy_url = "https://demo.example/privacy".into();
    assert!(!t.problems().iter().any(|p| p.starts_with("policy_url:")));
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

/// A form with `label` and `label::French` (ODK's `external-itemsets.xlsx`): French and
/// the template's other languages, the questions then in the unnamed columns. Only French
/// was offered, so an interview taken in English never began.
#[test]
fn a_form_with_an_unnamed_language_beside_french_is_offered_the_other_languages_too() {
    let template = crate::demo::household_consent();
    let mut form = crate::demo::household_form();
    let language = |code: &str, name: &str| crate::model::Language {
        code: code.into(),
        name: name.into(),
        rtl: false,
    };
    form.languages = vec![
        language(crate::model::UNNAMED_LANGUAGE, "Default"),
        language("fr", "French"),
    ];
    form.default_language = crate::model::UNNAMED_LANGUAGE.into();
    let offered = template.languages_for(&form);
    assert_eq!(
        offered.iter().map(|(c, _)| c.as_str()).collect::<Vec<_>>(),
        ["fr", "ar", "en"],
        "the form's French first, in its name; then the others"
    );
    assert_eq!(offered[0].1, "French");
    assert_eq!(template.first_language(&form, "en"), "en");
    assert_eq!(template.first_language(&form, "fr"), "fr");
    assert_eq!(template.first_language(&form, "sw"), "fr");
}

#[test]
fn a_played_recording_is_one_the_template_has_in_that_language() {
    let mut t = demo::household_consent();
    let mut c = given(
        Method::Verbal {
            witness: "Amina".into(),
        },
        &["needs_assessment"],
    );
    c.played_audio = true;
    // The demo template has no recording in French: nothing can have been played.
    assert!(c.check(&t).contains(&ConsentProblem::NoRecording));
    assert_eq!(ConsentProblem::NoRecording.code(), "consent-no-recording");
    t.audio
        .0
        .insert("fr".into(), format!("/media/{}", "a".repeat(64)));
    assert!(!c.check(&t).contains(&ConsentProblem::NoRecording));
    // Said on the wire only when played: records made before keep their shape.
    let quiet = serde_json::to_value(Consent {
        played_audio: false,
        ..c.clone()
    })
    .unwrap();
    assert!(quiet.get("played_audio").is_none());
    let json = serde_json::to_value(&c).unwrap();
    assert_eq!(json["played_audio"], true);
    let back: Consent = serde_json::from_value(json).unwrap();
    assert!(back.played_audio);
}

#[test]
fn a_form_is_offered_only_in_the_languages_it_has() {
    let template = crate::demo::household_consent();
    let mut form = crate::demo::household_form();
    let codes = |l: Vec<(String, String)>| l.into_iter().map(|(c, _)| c).collect::<Vec<_>>();
    // The demo form has no French any more: French consent would leave its questions in
    // English, so it is not offered, and a French phone starts in the form's default.
    form.languages.retain(|l| l.code != "fr");
    assert_eq!(codes(template.languages_for(&form)), ["en", "ar"]);
    assert_eq!(template.first_language(&form, "fr"), "en");
    assert_eq!(template.first_language(&form, "ar"), "ar");
    // A default the template lacks: the first language both have.
    form.languages.insert(
        0,
        crate::model::Language {
            code: "sw".into(),
            name: "Kiswahili".into(),
            rtl: false,
        },
    );
    form.default_language = "sw".into();
    assert_eq!(template.first_language(&form, "fr"), "en");
}

/// A form in English, Dari and Pashto against a text in Arabic, English and French: Dari
/// and Pashto are named, so the import and the consent screen can say so.
#[test]
fn the_form_languages_the_consent_text_lacks_are_named() {
    let template = crate::demo::household_consent();
    let mut form = crate::demo::household_form();
    let language = |code: &str, name: &str| crate::model::Language {
        code: code.into(),
        name: name.into(),
        rtl: code != "en",
    };
    form.languages = vec![
        language("en", "English"),
        language("prs", "Dari"),
        language("ps", "Pashto"),
    ];
    assert_eq!(
        template.untranslated_for(&form),
        [
            ("prs".to_string(), "Dari".to_string()),
            ("ps".to_string(), "Pashto".to_string())
        ]
    );
    // The unnamed language of a form without language columns is never "missing".
    form.languages = vec![language(crate::model::UNNAMED_LANGUAGE, "Default")];
    assert!(template.untranslated_for(&form).is_empty());
}

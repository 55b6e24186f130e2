//! `${last-saved#q}` in a calculation: the phone interviews on the form with the last
//! record's answers written in.
//!
//! ODK reads the last record saved on the device as a second instance, fixed while an
//! interview is open: a form remembers the enumerator's settings from one record to the
//! next (`if(${change} = 'true', …, ${last-saved#settings})`). On the phone that record is
//! at hand, so [`CompiledForm::with_last_saved`] puts its answers in place of every such
//! reference and the calculation runs like any other, again whenever what else it reads
//! changes. The server has no such record: there the calculation is volatile
//! ([`crate::expr::Expr::is_volatile`]), its stored value kept, never recomputed.

use super::{Answers, CompiledForm};

impl CompiledForm {
    /// This form as the phone asks it when `last` is the last record of the form saved on
    /// it (`None`: none yet, every `${last-saved#q}` reads empty, as in ODK). `None` when
    /// no calculation or default reads the last record, so the form is used as it is.
    /// (A default bound so is worked out again when its question is asked anew, as ODK
    /// keeps the value it set when the form opened: `settle`'s `restorable`.)
    pub fn with_last_saved(&self, last: Option<&Answers>) -> Option<CompiledForm> {
        let value = |q: &str| last.map(|a| super::value(a, q, &[])).unwrap_or_default();
        let reads = |e: &Option<crate::expr::Expr>| {
            e.as_ref()
                .is_some_and(|c| c.references().iter().any(|r| r.starts_with(LAST)))
        };
        let mut bound = None::<CompiledForm>;
        // `order` holds the names by id.
        for (id, name) in self.order.iter().enumerate() {
            let Some(exprs) = self.exprs.get(name) else {
                continue;
            };
            let (calculation, default) = (reads(&exprs.calculation), reads(&exprs.default));
            if !calculation && !default {
                continue;
            }
            let form = bound.get_or_insert_with(|| self.clone());
            let Some(exprs) = form.exprs.get_mut(name) else {
                continue;
            };
            if let Some(default) = exprs.default.as_mut().filter(|_| default) {
                default.bind_last_saved(&value);
            }
            if let Some(calculation) = exprs.calculation.as_mut().filter(|_| calculation) {
                calculation.bind_last_saved(&value);
                let volatile = calculation.is_volatile();
                form.graph.set_volatile(id, volatile);
            }
        }
        bound
    }
}

const LAST: &str = crate::expr::LAST_SAVED;

#[cfg(test)]
mod tests {
    use crate::model::{Answer, Answers, Kind, Node, Text};
    use crate::validate::{Problem, settle, settle_after, settle_correction, validate};

    const TODAY: &str = "2026-12-07";

    /// The French conservation forms' pattern: settings changed on request, otherwise
    /// those of the last record (or a first-day default).
    fn settings_form() -> crate::model::CompiledForm {
        let mut form = crate::demo::chained_form(1);
        form.body = vec![
            Node {
                label: Text::single("fr", "Changer vos préférences"),
                ..Node::new("change", Kind::Text)
            },
            Node {
                label: Text::single("fr", "Photos"),
                relevant: Some("${change} = 'oui'".into()),
                ..Node::new("photo", Kind::Text)
            },
            Node {
                calculation: Some(
                    "if(${change} = 'oui', concat('prefs:', ${photo}), if(${last-saved#prefs} = '', 'prefs:toutes', ${last-saved#prefs}))"
                        .into(),
                ),
                ..Node::new("prefs", Kind::Calculate)
            },
            Node {
                calculation: Some("concat(${prefs}, '!')".into()),
                ..Node::new("shown", Kind::Calculate)
            },
        ];
        form.compile().unwrap()
    }

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), Answer::Value(v.to_string())))
            .collect()
    }

    fn value(a: &Answers, name: &str) -> String {
        crate::model::value(a, name, &[])
    }

    #[test]
    fn the_phone_reads_the_last_record_and_recomputes_when_the_answers_change() {
        let form = settings_form();
        assert!(
            form.graph().is_volatile(form.location("prefs").unwrap().id),
            "unbound, the value is the phone's to keep"
        );
        // No record saved yet: the first-day default.
        let first = form.with_last_saved(None).expect("a calculation reads it");
        let mut a = Answers::new();
        settle(&first, &mut a, TODAY);
        assert_eq!(value(&a, "prefs"), "prefs:toutes");
        assert_eq!(value(&a, "shown"), "prefs:toutes!");

        // The next record starts from the last one's settings.
        let last = answers(&[("prefs", "prefs:aucune")]);
        let next = form.with_last_saved(Some(&last)).unwrap();
        assert!(!next.graph().is_volatile(next.location("prefs").unwrap().id));
        let mut a = Answers::new();
        settle(&next, &mut a, TODAY);
        assert_eq!(value(&a, "prefs"), "prefs:aucune");
        // Changing the settings in this record recomputes it, as any calculation.
        a.extend(answers(&[("change", "oui"), ("photo", "oui")]));
        settle_after(&next, &mut a, TODAY, "change");
        settle_after(&next, &mut a, TODAY, "photo");
        assert_eq!(value(&a, "prefs"), "prefs:oui");
        assert_eq!(value(&a, "shown"), "prefs:oui!");
        assert!(validate(&next, &a, TODAY).is_empty());
    }

    /// OccTax's settings page (French species survey): skipped unless asked for, each
    /// setting `coalesce(${last-saved#x}, 'true')`. Opening the page shows the last
    /// record's setting (or the first-day one), as ODK keeps the value it set at opening.
    #[test]
    fn a_skipped_page_opened_later_shows_its_last_saved_defaults() {
        let mut form = crate::demo::chained_form(1);
        form.body = vec![
            Node::new("change", Kind::Text),
            Node {
                relevant: Some("${change} = 'oui'".into()),
                children: vec![Node {
                    default: Some("coalesce(${last-saved#points}, 'true')".into()),
                    ..Node::new("points", Kind::Text)
                }],
                ..Node::new("settings", Kind::Group)
            },
        ];
        let form = form.compile().unwrap();
        for (last, shown) in [
            (None, "true"),
            (Some(answers(&[("points", "false")])), "false"),
        ] {
            let bound = form
                .with_last_saved(last.as_ref())
                .expect("a default reads it");
            let mut a = Answers::new();
            crate::prefill::apply_defaults(&bound, &mut a, TODAY, last.as_ref());
            settle(&bound, &mut a, TODAY);
            assert_eq!(value(&a, "points"), "", "skipped: not kept");
            a.extend(answers(&[("change", "oui")]));
            settle_after(&bound, &mut a, TODAY, "change");
            assert_eq!(value(&a, "points"), shown, "{last:?}");
        }
    }

    #[test]
    fn the_server_keeps_the_phones_value_and_still_checks_what_reads_it() {
        let form = settings_form();
        // The server never saw the phone's last record: whatever the phone worked out
        // stands, and a steward's correction keeps it.
        let mut a = answers(&[("prefs", "prefs:aucune"), ("shown", "prefs:aucune!")]);
        assert!(validate(&form, &a, TODAY).is_empty());
        let before = a.clone();
        settle_correction(&form, &mut a, TODAY, &before);
        assert_eq!(value(&a, "prefs"), "prefs:aucune");
        // What depends on it is recomputed from the stored value, so a tampered one is
        // caught.
        let tampered = answers(&[("prefs", "prefs:aucune"), ("shown", "prefs:toutes!")]);
        let errors = validate(&form, &tampered, TODAY);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(
            (errors[0].name.as_str(), &errors[0].problem),
            ("shown", &Problem::CalculationMismatch)
        );
    }

    #[test]
    fn a_form_without_it_is_used_as_it_is() {
        let form = crate::demo::household_form().compile().unwrap();
        assert!(form.with_last_saved(None).is_none());
    }
}

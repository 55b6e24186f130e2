//! What of each answer leaves the database, for whom: kept, replaced by a pseudonym,
//! coarsened, or dropped. One [`Shaper`] is built per request from the policy (a role's
//! view or an export profile) and applied to every record, so the rule is decided once
//! and cannot differ between records.

use std::collections::HashMap;

use forms::model::{Answer, Answers, CompiledForm, Kind};
use hmac::{KeyInit, Mac};

use crate::policy::{Generalise, Policy, Profile, Tag, Treatment, View};

/// What happens to one question's answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Keep,
    Pseudonym,
    Generalise(Generalise),
    Drop,
}

/// Keyed-hash pseudonyms: HMAC-SHA256 under the project's secret, of the trimmed,
/// lower-cased value, shown as `p-` and 16 hex digits (64 bits). The same value gets the
/// same pseudonym in every view and export of the project, so records still link; without
/// the secret the value cannot be recovered or checked by guessing.
#[derive(Clone)]
pub struct Pseudonymiser {
    mac: hmac::Hmac<sha2::Sha256>,
}

impl Pseudonymiser {
    pub fn new(secret: &str) -> Pseudonymiser {
        Pseudonymiser {
            mac: hmac::Hmac::new_from_slice(secret.as_bytes()).expect("HMAC takes any key length"),
        }
    }

    pub fn pseudonym(&self, value: &str) -> String {
        let value = value.trim();
        if value.is_empty() {
            return String::new();
        }
        let mut mac = self.mac.clone();
        mac.update(value.to_lowercase().as_bytes());
        let digest = mac.finalize().into_bytes();
        let mut out = String::from("p-");
        for b in &digest[..8] {
            out.push_str(&format!("{b:02x}"));
        }
        out
    }
}

/// The shape of every question of a form for one audience.
pub struct Shaper {
    shapes: HashMap<String, Shape>,
    pseudonyms: Pseudonymiser,
}

/// The most protective of two treatments.
fn stricter(a: Treatment, b: Treatment) -> Treatment {
    let rank = |t: Treatment| match t {
        Treatment::Keep => 0,
        Treatment::Pseudonymise => 1,
        Treatment::Drop => 2,
    };
    if rank(a) >= rank(b) { a } else { b }
}

/// How a question with these tags is treated under these rules; a question without any
/// tag is unclassified and gets `unclassified`.
fn treatment(
    tags: &[Tag],
    identifiers: Treatment,
    free_text: Treatment,
    sensitive: Treatment,
    unclassified: Treatment,
) -> Treatment {
    if tags.is_empty() {
        return unclassified;
    }
    tags.iter().fold(Treatment::Keep, |acc, tag| {
        let rule = match tag {
            Tag::DirectIdentifier => identifiers,
            Tag::FreeText => free_text,
            // A pseudonym of "yes" hides nothing: sensitive answers are kept or dropped.
            Tag::Sensitive if sensitive == Treatment::Pseudonymise => Treatment::Drop,
            Tag::Sensitive => sensitive,
            Tag::QuasiIdentifier | Tag::Plain => Treatment::Keep,
        };
        stricter(acc, rule)
    })
}

fn shape_of(t: Treatment) -> Shape {
    match t {
        Treatment::Keep => Shape::Keep,
        Treatment::Pseudonymise => Shape::Pseudonym,
        Treatment::Drop => Shape::Drop,
    }
}

/// Questions that hold answers (groups and notes hold none).
fn answer_nodes(form: &CompiledForm) -> impl Iterator<Item = &forms::model::Node> {
    form.walk()
        .into_iter()
        .map(|(node, _)| node)
        .filter(|n| !matches!(n.kind, Kind::Group | Kind::Repeat | Kind::Note))
}

impl Shaper {
    /// What a role sees in the review list.
    pub fn for_view(policy: &Policy, form: &CompiledForm, view: View, secret: &str) -> Shaper {
        let shapes = answer_nodes(form)
            .map(|n| {
                let tags = policy.tags(form, &n.name);
                let t = treatment(
                    &tags,
                    view.identifiers,
                    view.free_text,
                    view.sensitive,
                    view.unclassified,
                );
                (n.name.clone(), shape_of(t))
            })
            .collect();
        Shaper {
            shapes,
            pseudonyms: Pseudonymiser::new(secret),
        }
    }

    /// What an export profile lets out.
    pub fn for_profile(
        policy: &Policy,
        form: &CompiledForm,
        profile: &Profile,
        secret: &str,
    ) -> Shaper {
        // A question the form tags with other purposes only (`purpose` column: the phone
        // number asked for referrals) was collected for them: it does not leave in an
        // export for another purpose, whatever its category.
        let other_purposes =
            forms::purpose::unheld_fields(&form.form, std::slice::from_ref(&profile.purpose));
        let shapes = answer_nodes(form)
            .map(|n| {
                let listed = profile
                    .fields
                    .as_ref()
                    .is_none_or(|fields| fields.contains(&n.name))
                    && !other_purposes.contains(&n.name);
                let tags = policy.tags(form, &n.name);
                // Export profiles never let an unclassified answer out.
                let t = treatment(
                    &tags,
                    profile.identifiers,
                    profile.free_text,
                    profile.sensitive,
                    Treatment::Drop,
                );
                let shape = match (listed, t, profile.generalise.get(&n.name)) {
                    (false, _, _) => Shape::Drop,
                    (true, Treatment::Keep, Some(Generalise::Drop)) => Shape::Drop,
                    (true, Treatment::Keep, Some(g)) => Shape::Generalise(*g),
                    (true, t, _) => shape_of(t),
                };
                (n.name.clone(), shape)
            })
            .collect();
        Shaper {
            shapes,
            pseudonyms: Pseudonymiser::new(secret),
        }
    }

    /// The shapes of several versions' shapers in one, for an export's columns: a question
    /// is a column when any version lets it out; where versions differ, the column takes a
    /// changed shape (a pseudonym, a band), so it is written as text and never split into
    /// one column per choice. Each record is still shaped by its own version's shaper.
    pub fn union<'a>(shapers: impl Iterator<Item = &'a Shaper>, secret: &str) -> Shaper {
        let mut shapes: HashMap<String, Shape> = HashMap::new();
        for shaper in shapers {
            for (name, shape) in &shaper.shapes {
                let merged = match (shapes.get(name), *shape) {
                    (None, s) | (Some(Shape::Drop), s) => s,
                    (Some(s), Shape::Drop) => *s,
                    (Some(Shape::Keep), s) => s,
                    (Some(s), _) => *s,
                };
                shapes.insert(name.clone(), merged);
            }
        }
        Shaper {
            shapes,
            pseudonyms: Pseudonymiser::new(secret),
        }
    }

    /// The shape of a question (unknown names are dropped: nothing leaves by accident).
    pub fn shape(&self, name: &str) -> Shape {
        self.shapes.get(name).copied().unwrap_or(Shape::Drop)
    }

    /// One value as it leaves; `None` when the question is dropped.
    pub fn value(&self, name: &str, value: &str) -> Option<String> {
        match self.shape(name) {
            Shape::Keep => Some(value.to_string()),
            Shape::Pseudonym => Some(self.pseudonyms.pseudonym(value)),
            Shape::Generalise(g) => Some(g.apply(value)),
            Shape::Drop => None,
        }
    }

    /// Whether any question is left out or changed (the view is not the full record).
    pub fn changes_anything(&self) -> bool {
        self.shapes.values().any(|s| *s != Shape::Keep)
    }

    /// Answers someone with this view sent back (a correction), with every question the
    /// view does not show as it is put back to what is stored: a pseudonym or a blank the
    /// view showed in place of a name is never written over the name. Each sent repeat
    /// instance takes the hidden answers of the stored instance it continues
    /// ([`Shaper::align`]: a member deleted in the middle does not pass its hidden answers
    /// to the next); an instance added has none (what the view hides, it cannot write).
    pub fn restore_hidden(&self, sent: &mut Answers, stored: &Answers) {
        let names: std::collections::BTreeSet<&String> = sent.keys().chain(stored.keys()).collect();
        let mut restored = Answers::new();
        for name in names {
            match (sent.get(name), stored.get(name)) {
                // A repeat the stored record has, or one it had none of (instances added
                // where "any deaths?" was "no").
                (Some(Answer::Repeat(new)), old) => {
                    let old: &[Answers] = match old {
                        Some(Answer::Repeat(old)) => old,
                        _ => &[],
                    };
                    let items = new
                        .iter()
                        .zip(self.align(new, old))
                        .map(|(item, was)| {
                            let mut item = item.clone();
                            let before = was.and_then(|i| old.get(i));
                            self.restore_hidden(&mut item, before.unwrap_or(&Answers::new()));
                            item
                        })
                        .collect();
                    restored.insert(name.clone(), Answer::Repeat(items));
                }
                (_, stored_value)
                    if self.shape(name) != Shape::Keep
                        && !matches!(stored_value, Some(Answer::Repeat(_))) =>
                {
                    if let Some(v) = stored_value {
                        restored.insert(name.clone(), v.clone());
                    }
                }
                (Some(v), _) => {
                    restored.insert(name.clone(), v.clone());
                }
                (None, _) => {}
            }
        }
        *sent = restored;
    }

    /// Which stored instance each sent one continues: by position, except where the sent
    /// list is the stored one (as this view shows it) with one instance removed or added,
    /// the others unchanged, when those after it are matched with the ones they were.
    fn align(&self, new: &[Answers], old: &[Answers]) -> Vec<Option<usize>> {
        let shown: Vec<Answers> = old.iter().map(|o| self.answers(o)).collect();
        let first_difference = |a: &[Answers], b: &[Answers]| {
            a.iter()
                .zip(b)
                .position(|(x, y)| x != y)
                .unwrap_or(a.len().min(b.len()))
        };
        if new.len() + 1 == shown.len() {
            let k = first_difference(new, &shown);
            if new[k..] == shown[k + 1..] {
                return (0..new.len())
                    .map(|i| Some(if i < k { i } else { i + 1 }))
                    .collect();
            }
        } else if shown.len() + 1 == new.len() {
            let k = first_difference(&shown, new);
            if shown[k..] == new[k + 1..] {
                return (0..new.len())
                    .map(|i| match i.cmp(&k) {
                        std::cmp::Ordering::Less => Some(i),
                        std::cmp::Ordering::Equal => None,
                        std::cmp::Ordering::Greater => Some(i - 1),
                    })
                    .collect();
            }
        }
        (0..new.len())
            .map(|i| (i < old.len()).then_some(i))
            .collect()
    }

    /// A record's answers as this audience may see them, repeats included.
    pub fn answers(&self, answers: &Answers) -> Answers {
        answers
            .iter()
            .filter_map(|(name, answer)| match answer {
                Answer::Value(v) => self
                    .value(name, v)
                    .map(|v| (name.clone(), Answer::Value(v))),
                Answer::Repeat(items) => Some((
                    name.clone(),
                    Answer::Repeat(items.iter().map(|item| self.answers(item)).collect()),
                )),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::demo_policy;

    #[test]
    fn pseudonyms_link_the_same_value_and_depend_on_the_secret() {
        let a = Pseudonymiser::new("secret one");
        assert_eq!(a.pseudonym("Fatima"), a.pseudonym(" fatima "));
        assert_ne!(a.pseudonym("Fatima"), a.pseudonym("Amina"));
        assert_ne!(
            a.pseudonym("Fatima"),
            Pseudonymiser::new("secret two").pseudonym("Fatima")
        );
        assert!(a.pseudonym("Fatima").starts_with("p-") && a.pseudonym("Fatima").len() == 18);
        assert_eq!(a.pseudonym("  "), "");
    }

    /// A reviewer (names pseudonymised) deletes the first of three members: the two left
    /// keep their own names, not the deleted one's and the one before's. Members added
    /// where the record had none are kept, with nothing the view hides.
    #[test]
    fn a_correction_that_deletes_or_adds_members_keeps_each_members_hidden_answers() {
        let (policy, form) = demo_policy();
        let mut stored = forms::demo::sample_household();
        let Some(Answer::Repeat(members)) = stored.get_mut("members") else {
            panic!("members")
        };
        let mut third = members[1].clone();
        third.insert("member_name".into(), Answer::Value("Zainab".into()));
        members.push(third);
        let view = Shaper::for_view(&policy, &form, policy.roles.reviewer, "k");
        let mut sent = view.answers(&stored);
        let Some(Answer::Repeat(shown)) = sent.get_mut("members") else {
            panic!("members shown")
        };
        shown.remove(0);
        view.restore_hidden(&mut sent, &stored);
        let names = |a: &Answers| match a.get("members") {
            Some(Answer::Repeat(items)) => items
                .iter()
                .map(|m| match m.get("member_name") {
                    Some(Answer::Value(v)) => v.clone(),
                    _ => String::new(),
                })
                .collect::<Vec<_>>(),
            _ => Vec::new(),
        };
        assert_eq!(names(&sent), ["Ali", "Zainab"]);

        // A repeat the stored record does not have: the instances sent are kept.
        let mut stored = forms::demo::sample_household();
        let members = stored.remove("members").expect("members");
        let mut sent = view.answers(&stored);
        sent.insert(
            "members".into(),
            view.answers(&Answers::from([("members".into(), members)]))["members"].clone(),
        );
        view.restore_hidden(&mut sent, &stored);
        let Some(Answer::Repeat(added)) = sent.get("members") else {
            panic!("added members dropped: {sent:?}")
        };
        assert_eq!(added.len(), 2);
        assert!(added[0].contains_key("member_age"), "{added:?}");
        assert!(
            !added[0].contains_key("member_name"),
            "a name the view shows as a pseudonym is not written from it"
        );
    }

    #[test]
    fn a_correction_through_a_pseudonymising_view_keeps_the_names() {
        let (policy, form) = demo_policy();
        let stored = forms::demo::sample_household();
        let view = Shaper::for_view(&policy, &form, policy.roles.reviewer, "k");
        let mut sent = view.answers(&stored);
        sent.insert("water_source".into(), Answer::Value("river".into()));
        view.restore_hidden(&mut sent, &stored);
        assert_eq!(sent.get("respondent_name"), stored.get("respondent_name"));
        assert_eq!(
            sent.get("water_source"),
            Some(&Answer::Value("river".into()))
        );
        let (Some(Answer::Repeat(now)), Some(Answer::Repeat(before))) =
            (sent.get("members"), stored.get("members"))
        else {
            panic!("members kept")
        };
        assert_eq!(now[0].get("member_name"), before[0].get("member_name"));
    }

    #[test]
    fn a_reviewer_sees_pseudonyms_and_a_partner_export_no_identifiers_at_all() {
        let (policy, form) = demo_policy();
        let answers = forms::demo::sample_household();
        let reviewer = Shaper::for_view(&policy, &form, policy.roles.reviewer, "k");
        let seen = reviewer.answers(&answers);
        let name = match seen.get("respondent_name") {
            Some(Answer::Value(v)) => v.clone(),
            other => panic!("{other:?}"),
        };
        assert!(name.starts_with("p-"), "{name}");
        let Some(Answer::Repeat(members)) = seen.get("members") else {
            panic!("members kept")
        };
        assert!(
            matches!(members[0].get("member_name"), Some(Answer::Value(v)) if v.starts_with("p-"))
        );

        let partners = &policy.exports["partners"];
        let export = Shaper::for_profile(&policy, &form, partners, "k");
        let out = export.answers(&answers);
        assert!(!out.contains_key("respondent_name"));
        assert!(!out.contains_key("comments"), "free text dropped");
        let Some(Answer::Repeat(members)) = out.get("members") else {
            panic!("members kept")
        };
        assert!(!members[0].contains_key("member_name"));
        assert!(
            !members[0].contains_key("member_disability"),
            "sensitive dropped"
        );
        assert!(matches!(members[0].get("member_age"), Some(Answer::Value(v)) if v.contains('-')));
        assert!(matches!(out.get("interview_date"), Some(Answer::Value(v)) if v.len() == 7));
        assert_eq!(export.shape("water_source"), Shape::Keep);
        assert_eq!(export.shape("no_such_question"), Shape::Drop);
    }
}

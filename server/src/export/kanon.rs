//! Disclosure control: k-anonymity over the quasi-identifiers an export lets out.
//!
//! A record "stands out" when fewer than k records of the export share its combination of
//! quasi-identifier values (after generalisation: age bands, months...). Such records are
//! suppressed, and the export says how many. Counting needs every record's combination
//! before the first row is written, so an export with k > 1 reads its records twice; the
//! first pass keeps only one counter per distinct combination.
//!
//! A household's make-up (its members' quasi-identifiers, sorted) is part of the
//! combination. The number withheld is in `X-Sauti-Suppressed`, the JSON header, the ledger
//! and the audit log.

use std::collections::HashMap;

use forms::model::{Answer, Answers, CompiledForm};

use crate::policy::{Policy, Tag};
use crate::shaping::{Shape, Shaper};

/// The quasi-identifiers that leave in this export, and k. A record's combination is its
/// own quasi-identifiers and, for each repeat holding some (a household's members' ages
/// and sexes), the sorted list of its instances' values: the household's make-up singles
/// it out as surely as its village does.
pub struct Disclosure {
    quasi: Vec<String>,
    /// Per repeat (the chain of repeats down to it): its quasi-identifiers.
    in_repeats: Vec<(Vec<String>, Vec<String>)>,
    k: u32,
    counts: HashMap<String, u32>,
}

impl Disclosure {
    pub fn new(policy: &Policy, form: &CompiledForm, shaper: &Shaper, k: u32) -> Disclosure {
        let quasi = form
            .walk()
            .into_iter()
            .filter(|(node, loc)| {
                loc.repeat().is_none()
                    && shaper.shape(&node.name) != Shape::Drop
                    && policy
                        .tags(form, &node.name)
                        .contains(&Tag::QuasiIdentifier)
            })
            .map(|(node, _)| node.name.clone())
            .collect();
        let walked = form.walk();
        let in_repeats = super::table::repeats(form)
            .into_iter()
            .filter_map(|chain| {
                let names: Vec<String> = walked
                    .iter()
                    .filter(|(node, loc)| {
                        loc.repeat() == chain.last().map(String::as_str)
                            && shaper.shape(&node.name) != Shape::Drop
                            && policy
                                .tags(form, &node.name)
                                .contains(&Tag::QuasiIdentifier)
                    })
                    .map(|(node, _)| node.name.clone())
                    .collect();
                (!names.is_empty()).then_some((chain, names))
            })
            .collect();
        Disclosure {
            quasi,
            in_repeats,
            k,
            counts: HashMap::new(),
        }
    }

    /// Whether this export needs the counting pass at all.
    pub fn active(&self) -> bool {
        self.k > 1 && !(self.quasi.is_empty() && self.in_repeats.is_empty())
    }

    /// The quasi-identifiers considered, for the export's description.
    pub fn quasi_identifiers(&self) -> Vec<String> {
        self.quasi
            .iter()
            .chain(self.in_repeats.iter().flat_map(|(_, names)| names))
            .cloned()
            .collect()
    }

    fn key(&self, shaper: &Shaper, answers: &Answers) -> String {
        let mut key = String::new();
        for name in &self.quasi {
            let raw = match answers.get(name) {
                Some(Answer::Value(v)) => v.as_str(),
                _ => "",
            };
            key.push_str(&shaper.value(name, raw).unwrap_or_default());
            key.push('\u{1f}');
        }
        for (chain, names) in &self.in_repeats {
            let mut instances: Vec<String> = Vec::new();
            gather(answers, chain, &mut |item| {
                let mut one = String::new();
                for name in names {
                    let raw = match item.get(name) {
                        Some(Answer::Value(v)) => v.as_str(),
                        _ => "",
                    };
                    one.push_str(&shaper.value(name, raw).unwrap_or_default());
                    one.push('\u{1f}');
                }
                instances.push(one);
            });
            instances.sort_unstable();
            key.push('\u{1e}');
            key.push_str(&instances.join("\u{1d}"));
        }
        key
    }

    /// First pass: count one record's combination.
    pub fn count(&mut self, shaper: &Shaper, answers: &Answers) {
        let key = self.key(shaper, answers);
        *self.counts.entry(key).or_default() += 1;
    }

    /// Second pass: whether a record may be written (its combination is shared by at
    /// least k records).
    pub fn allows(&self, shaper: &Shaper, answers: &Answers) -> bool {
        !self.active()
            || self
                .counts
                .get(&self.key(shaper, answers))
                .copied()
                .unwrap_or(0)
                >= self.k
    }

    /// How many records the first pass found standing out.
    pub fn suppressed(&self) -> u64 {
        if !self.active() {
            return 0;
        }
        self.counts
            .values()
            .filter(|n| **n < self.k)
            .map(|n| u64::from(*n))
            .sum()
    }
}

/// Every instance of the repeat at the end of `chain`, however deep.
fn gather<'a>(answers: &'a Answers, chain: &[String], each: &mut impl FnMut(&'a Answers)) {
    let Some((first, rest)) = chain.split_first() else {
        each(answers);
        return;
    };
    if let Some(Answer::Repeat(items)) = answers.get(first) {
        for item in items {
            gather(item, rest, each);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use forms::model::Answer;

    fn household(area: &str, status: &str, date: &str) -> Answers {
        let mut a = Answers::new();
        a.insert("admin_area".into(), Answer::Value(area.into()));
        a.insert("displacement_status".into(), Answer::Value(status.into()));
        a.insert("interview_date".into(), Answer::Value(date.into()));
        a
    }

    #[test]
    fn records_sharing_their_combination_with_fewer_than_k_are_suppressed() {
        let (policy, form) = crate::policy::demo_policy();
        let profile = &policy.exports["partners"];
        let shaper = Shaper::for_profile(&policy, &form, profile, "secret");
        let mut d = Disclosure::new(&policy, &form, &shaper, 3);
        assert_eq!(
            d.quasi_identifiers(),
            [
                "interview_date",
                "admin_area",
                "displacement_status",
                "member_sex",
                "member_age"
            ]
        );
        // Three in one camp in November (different days: generalised to the month), one
        // alone in another camp.
        let crowd: Vec<Answers> = ["2026-11-02", "2026-11-14", "2026-11-25"]
            .iter()
            .map(|day| household("Camp A", "idp", day))
            .collect();
        let alone = household("Camp B", "idp", "2026-11-03");
        for a in crowd.iter().chain([&alone]) {
            d.count(&shaper, a);
        }
        assert!(crowd.iter().all(|a| d.allows(&shaper, a)));
        assert!(!d.allows(&shaper, &alone));
        assert_eq!(d.suppressed(), 1);

        let off = Disclosure::new(&policy, &form, &shaper, 1);
        assert!(!off.active() && off.allows(&shaper, &alone) && off.suppressed() == 0);
    }

    fn member(sex: &str, age: &str) -> Answers {
        let mut m = Answers::new();
        m.insert("member_sex".into(), Answer::Value(sex.into()));
        m.insert("member_age".into(), Answer::Value(age.into()));
        m
    }

    /// Same camp, same month, but one household of a 71-year-old man alone: its make-up
    /// singles it out. Members in another order (or ages in the same band) do not.
    #[test]
    fn a_households_make_up_is_part_of_its_combination() {
        let (policy, form) = crate::policy::demo_policy();
        let profile = &policy.exports["partners"];
        let shaper = Shaper::for_profile(&policy, &form, profile, "secret");
        let mut d = Disclosure::new(&policy, &form, &shaper, 3);
        let with = |members: Vec<Answers>| {
            let mut a = household("Camp A", "idp", "2026-11-02");
            a.insert("members".into(), Answer::Repeat(members));
            a
        };
        let crowd = [
            with(vec![member("female", "34"), member("male", "6")]),
            with(vec![member("male", "7"), member("female", "31")]),
            with(vec![member("female", "38"), member("male", "2")]),
        ];
        let alone = with(vec![member("male", "71")]);
        for a in crowd.iter().chain([&alone]) {
            d.count(&shaper, a);
        }
        assert!(crowd.iter().all(|a| d.allows(&shaper, a)));
        assert!(!d.allows(&shaper, &alone), "the old man alone stands out");
        assert_eq!(d.suppressed(), 1);
    }
}

//! How far apart two names are as written, to name the sheet an author meant
//! (`setting`, `external choices`) when the one read is missing.

/// The Levenshtein distance between `a` and `b`, counted in characters: the fewest
/// insertions, deletions and substitutions that make one the other.
pub(super) fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != cb))
                .min(above + 1)
                .min(row[j] + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::distance;

    #[test]
    fn counts_the_fewest_edits() {
        assert_eq!(distance("settings", "settings"), 0);
        assert_eq!(distance("setting", "settings"), 1);
        assert_eq!(distance("external choices", "external_choices"), 1);
        assert_eq!(distance("choix", "choices"), 3);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("اختيارات", "اختيار"), 2);
    }
}

//! HXL hashtags for every column of every table: a question's tag from the policy or the
//! form's `hxl` column when its hashtag is one of the HXL core dictionary's
//! (`hxl-core-hashtags.txt`), else one made from what the column holds (a date `#date`,
//! a number `#indicator+num`, a point `#geo+coord`, anything else `#respondee`, each with
//! the question's name as an attribute so that no two columns share a tag).

use forms::model::Kind;

/// The released hashtags of the HXL 1.1 dictionary, one a line (see the file's header
/// for where the list comes from).
const CORE: &str = include_str!("hxl-core-hashtags.txt");

/// The core hashtags (`#adm1`, `#affected` …).
pub fn core() -> impl Iterator<Item = &'static str> {
    CORE.lines()
        .map(str::trim)
        .filter(|l| l.starts_with('#') && !l.starts_with("# ") && l.len() > 1)
}

/// Whether `tag` (`#affected+f+children`) is a well-formed HXL tag whose hashtag is a
/// core one.
pub fn is_core(tag: &str) -> bool {
    let tag = tag.trim();
    let hashtag = tag.split('+').next().unwrap_or_default();
    well_formed(tag) && core().any(|c| c == hashtag)
}

/// `#tag` followed by optional `+attribute`s, lower-case letters, digits and `_`.
pub fn well_formed(tag: &str) -> bool {
    let Some(rest) = tag.trim().strip_prefix('#') else {
        return false;
    };
    rest.split('+').all(|part| {
        !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    })
}

/// A name as an HXL attribute: lower case, every character other than a letter, a digit
/// or `_` as `_` (`head.age` → `head_age`, `Water-Source` → `water_source`).
pub fn attribute(name: &str) -> String {
    let out: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    if out.is_empty() { "_".into() } else { out }
}

/// A question's tag: `explicit` (the policy's or the form's) when it is a core one,
/// else one made from the kind of answer and the question's name.
pub fn question_tag(explicit: Option<String>, kind: &Kind, name: &str) -> String {
    if let Some(tag) = explicit.filter(|t| is_core(t)) {
        return tag.trim().to_string();
    }
    let hashtag = match kind {
        Kind::Date | Kind::DateTime => "#date",
        Kind::Integer | Kind::Decimal | Kind::Range { .. } => "#indicator+num",
        Kind::Geopoint => "#geo+coord",
        // HXL's `#geo` holds geodata; `+bounds` marks an area's outline.
        Kind::Geotrace => "#geo",
        Kind::Geoshape => "#geo+bounds",
        _ => "#respondee",
    };
    format!("{hashtag}+{}", attribute(name))
}

/// The tag of a count of a repeat's instances (`members_count`).
pub fn count_tag(repeat: &str) -> String {
    format!("#indicator+num+count+{}", attribute(repeat))
}

/// A select_multiple's 0/1 column for one choice: the question's tag and the choice.
pub fn choice_tag(question: &str, choice: &str) -> String {
    format!("{question}+{}", attribute(choice))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_core_hashtags_pass() {
        assert!(core().count() >= 40);
        assert!(core().all(well_formed));
        assert!(is_core("#adm2+name"));
        assert!(is_core("#affected+f+children"));
        assert!(is_core("#respondee"));
        assert!(!is_core("#shelter+damage"));
        assert!(!is_core("#wash+source"));
        assert!(!is_core("#Adm1"));
        assert!(!is_core("#adm1+"));
        assert!(!is_core("adm1"));
    }

    #[test]
    fn made_tags_are_core_and_well_formed() {
        for (kind, name) in [
            (Kind::Text, "head.age"),
            (Kind::Integer, "Rooms"),
            (Kind::Date, "interview_date"),
            (Kind::Geopoint, "gps point"),
            (Kind::Geotrace, "road"),
            (Kind::Geoshape, "plot"),
        ] {
            let tag = question_tag(None, &kind, name);
            assert!(is_core(&tag), "{tag}");
        }
        assert_eq!(
            question_tag(
                Some("#shelter+damage".into()),
                &Kind::Text,
                "shelter_damage"
            ),
            "#respondee+shelter_damage"
        );
        assert_eq!(
            question_tag(Some("#adm2+name".into()), &Kind::Text, "admin_area"),
            "#adm2+name"
        );
        assert!(is_core(&count_tag("Members.Kids")));
        assert!(is_core(&choice_tag("#need+priority", "Clean-water")));
    }
}

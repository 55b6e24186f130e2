//! The `type` column: every spelling XLSForm and its older dialects use, read into a
//! structure row kind, or a question kind with its choice list.

use crate::model::Kind;

/// What one survey row is.
#[derive(Debug, Clone, PartialEq)]
pub enum RowType {
    BeginGroup,
    EndGroup,
    BeginRepeat,
    EndRepeat,
    /// `begin loop over <list>`: the questions inside, asked once per choice of the list.
    BeginLoop {
        list: String,
    },
    EndLoop,
    /// `csv-external households` / `xml-external households`: a file that expressions read
    /// as `instance('households')`; no question.
    External {
        extension: &'static str,
    },
    Question {
        kind: Kind,
        or_other: bool,
    },
}

/// Device-captured fields, by XLSForm name, and their older `get …` spellings.
const METADATA: &[(&str, &str)] = &[
    ("start", "start"),
    ("end", "end"),
    ("today", "today"),
    ("deviceid", "deviceid"),
    ("uri:deviceid", "deviceid"),
    ("subscriberid", "subscriberid"),
    ("simserial", "simserial"),
    ("phonenumber", "phonenumber"),
    ("phone number", "phonenumber"),
    ("username", "username"),
    ("email", "email"),
    ("audit", "audit"),
    ("start-geopoint", "start-geopoint"),
    ("background-audio", "background-audio"),
    ("get start time", "start"),
    ("get end time", "end"),
    ("get today", "today"),
    ("get device id", "deviceid"),
    ("get sim id", "simserial"),
    ("get subscriber id", "subscriberid"),
    ("get phone number", "phonenumber"),
    ("start time", "start"),
    ("end time", "end"),
    ("device id", "deviceid"),
    ("imei", "deviceid"),
    ("sim id", "simserial"),
    ("subscriber id", "subscriberid"),
    ("uri:email", "email"),
    ("uri:phonenumber", "phonenumber"),
    ("uri:simserial", "simserial"),
    ("uri:subscriberid", "subscriberid"),
    ("uri:username", "username"),
    ("background-geopoint", "background-geopoint"),
];

/// Whole-number types of XLSForm's first years, with the bounds (and hint) the reference
/// converter gives them.
const COUNTS: &[(&str, &str, Option<&str>)] = &[
    ("percentage", "0 <= . and . <= 100", None),
    (
        "number of days in last month",
        "0 <= . and . <= 31",
        Some("Enter a number 0-31."),
    ),
    (
        "number of days in last six months",
        "0 <= . and . <= 183",
        Some("Enter a number 0-183."),
    ),
    (
        "number of days in last year",
        "0 <= . and . <= 365",
        Some("Enter a number 0-365."),
    ),
];

/// The constraint (and hint) an old whole-number type implies, as in `percentage`.
pub fn implied_bounds(raw: &str) -> Option<(&'static str, Option<&'static str>)> {
    let joined = modern(raw).to_lowercase();
    COUNTS
        .iter()
        .find(|(name, ..)| *name == joined)
        .map(|(_, constraint, hint)| (*constraint, *hint))
}

/// A type written in one of the older spellings the reference converter still reads
/// (`q picture`, `add date prompt`, `add select one prompt using yes_no`,
/// `select one using yes_no`, `date time`), in today's spelling. List names keep their case.
fn modern(raw: &str) -> String {
    let mut words: Vec<&str> = raw.split_whitespace().collect();
    let is = |w: &str, word: &str| w.eq_ignore_ascii_case(word);
    if words.len() >= 2 && is(words[0], "q") {
        words.remove(0);
        let renamed = match words[0].to_lowercase().as_str() {
            "picture" => "photo",
            "select1" => "select_one",
            "select" => "select_multiple",
            "string" => "text",
            "int" => "integer",
            "location" => "geopoint",
            _ => words[0],
        };
        words[0] = renamed;
    }
    if words.len() >= 3
        && is(words[0], "add")
        && let Some(at) = words.iter().position(|w| is(w, "prompt"))
    {
        words.remove(at);
        if words.get(at).is_some_and(|w| is(w, "using")) {
            words.remove(at);
        }
        words.remove(0);
    }
    if words.len() >= 3
        && is(words[0], "select")
        && (is(words[1], "one") || is(words[1], "multiple"))
        && (is(words[2], "using") || is(words[2], "from"))
    {
        words.remove(2);
    }
    if words.first().is_some_and(|w| is(w, "begin_loop")) {
        words.splice(0..1, ["begin", "loop"]);
    }
    if words.len() == 2 && is(words[0], "date") && is(words[1], "time") {
        return "datetime".into();
    }
    words.join(" ")
}

/// Read a type cell. `Err` holds the message for the enumerator of errors.
pub fn parse(raw: &str) -> Result<RowType, String> {
    let modern = modern(raw);
    let words: Vec<&str> = modern.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let joined = lower.join(" ");
    let simple = |kind: Kind| {
        Ok(RowType::Question {
            kind,
            or_other: false,
        })
    };
    match joined.as_str() {
        "csv-external" => return Ok(RowType::External { extension: "csv" }),
        "xml-external" => return Ok(RowType::External { extension: "xml" }),
        "begin group" | "begin_group" => return Ok(RowType::BeginGroup),
        "end group" | "end_group" => return Ok(RowType::EndGroup),
        "begin repeat" | "begin_repeat" => return Ok(RowType::BeginRepeat),
        "end repeat" | "end_repeat" => return Ok(RowType::EndRepeat),
        "text" | "string" => return simple(Kind::Text),
        "integer" | "int" => return simple(Kind::Integer),
        _ if COUNTS.iter().any(|(name, ..)| *name == joined) => return simple(Kind::Integer),
        "decimal" => return simple(Kind::Decimal),
        "date" => return simple(Kind::Date),
        "time" => return simple(Kind::Time),
        "datetime" => return simple(Kind::DateTime),
        "geopoint" | "gps" | "location" => return simple(Kind::Geopoint),
        "geotrace" => return simple(Kind::Geotrace),
        "geoshape" => return simple(Kind::Geoshape),
        "barcode" => return simple(Kind::Barcode),
        "acknowledge" | "trigger" => return simple(Kind::Acknowledge),
        "note" => return simple(Kind::Note),
        "calculate" => return simple(Kind::Calculate),
        "hidden" => return simple(Kind::Hidden),
        // The scale comes from the `parameters` column (XLSForm's defaults until then).
        "range" => {
            return simple(Kind::Range {
                start: 1.0,
                end: 10.0,
                step: 1.0,
            });
        }
        "image" | "photo" | "audio" | "video" | "file" => {
            let media = if joined == "photo" {
                "image"
            } else {
                joined.as_str()
            };
            return simple(Kind::Media {
                media: media.into(),
            });
        }
        "include" => {
            return Err(
                "the `include` type is not supported: this section has not been included. \
                 Copy the questions of the included form into this sheet instead."
                    .into(),
            );
        }
        _ => {}
    }
    if lower.first().map(String::as_str) == Some("osm") {
        // An OpenStreetMap drawing (tags come from the `osm` sheet); saved as an attachment.
        return simple(Kind::Media {
            media: "osm".into(),
        });
    }
    if let Some((_, field)) = METADATA.iter().find(|(spelling, _)| *spelling == joined) {
        return simple(Kind::Meta {
            field: field.to_string(),
        });
    }
    if joined == "end loop" || joined == "end_loop" {
        return Ok(RowType::EndLoop);
    }
    if lower.first().map(String::as_str) == Some("begin")
        && lower.get(1).map(String::as_str) == Some("loop")
    {
        return match (lower.get(2).map(String::as_str), words.get(3), words.len()) {
            (Some("over"), Some(list), 4) => Ok(RowType::BeginLoop {
                list: list.to_string(),
            }),
            _ => Err(format!(
                "`{}` should read `begin loop over <list>`, naming a list of the choices sheet",
                raw.trim()
            )),
        };
    }
    select(&words, &lower).unwrap_or_else(|| Err(format!("Unknown question type '{}'", raw.trim())))
}

/// `select_one list`, `select one from list`, `select all that apply from list`, with an
/// optional `or_other` / `or specify other` at the end. List names keep their case.
fn select(words: &[&str], lower: &[String]) -> Option<Result<RowType, String>> {
    let lw: Vec<&str> = lower.iter().map(String::as_str).collect();
    let (multiple, rest) = match lw.as_slice() {
        ["select_one", ..] | ["select1", ..] | ["select_one_external", ..] => (false, 1),
        ["select_multiple", ..] => (true, 1),
        ["rank", _] => {
            return Some(Ok(RowType::Question {
                kind: Kind::Rank {
                    list: words[1].to_string(),
                },
                or_other: false,
            }));
        }
        // `or_other` on a rank, as the reference converter reads it: an `other` choice
        // is ranked with the rest, and `<name>_other` asks what it is.
        ["rank", _, "or_other"] | ["rank", _, "or", "specify", "other"] => {
            return Some(Ok(RowType::Question {
                kind: Kind::Rank {
                    list: words[1].to_string(),
                },
                or_other: true,
            }));
        }
        ["rank", ..] => {
            return Some(Err(
                "a rank needs exactly one choice list name, as in `rank priorities`".into(),
            ));
        }
        ["select_one_from_file" | "select_multiple_from_file", file] => {
            if !(file.ends_with(".csv") || file.ends_with(".xml") || file.ends_with(".geojson")) {
                return Some(Err(format!(
                    "`{}`: choices come from a CSV, an XML or a GeoJSON file in Sauti; save it as CSV (name, label, … columns)",
                    words[1]
                )));
            }
            let list = words[1].to_string();
            let kind = if lw[0] == "select_one_from_file" {
                Kind::SelectOne { list }
            } else {
                Kind::SelectMultiple { list }
            };
            return Some(Ok(RowType::Question {
                kind,
                or_other: false,
            }));
        }
        ["select", "one", "from", ..] => (false, 3),
        ["select", "one", ..] => (false, 2),
        ["select", "all", "that", "apply", "from", ..] => (true, 5),
        ["select", "all", "that", "apply", ..] => (true, 4),
        ["select", "multiple", ..] => (true, 2),
        _ => return None,
    };
    let mut tail = &words[rest..];
    let mut or_other = false;
    let tail_lower: Vec<&str> = lw[rest..].to_vec();
    if tail_lower.ends_with(&["or_other"]) {
        tail = &tail[..tail.len() - 1];
        or_other = true;
    } else if tail_lower.ends_with(&["or", "specify", "other"]) {
        tail = &tail[..tail.len() - 3];
        or_other = true;
    }
    let [list] = tail else {
        return Some(Err(format!(
            "a select type needs exactly one choice list name, as in `select_one {}`",
            tail.first().copied().unwrap_or("list_name")
        )));
    };
    let list = list.to_string();
    let kind = if multiple {
        Kind::SelectMultiple { list }
    } else {
        Kind::SelectOne { list }
    };
    Some(Ok(RowType::Question { kind, or_other }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(raw: &str) -> (Kind, bool) {
        match parse(raw).unwrap() {
            RowType::Question { kind, or_other } => (kind, or_other),
            other => panic!("{raw}: {other:?}"),
        }
    }

    #[test]
    fn a_rank_may_have_an_other_choice() {
        let rank = Kind::Rank {
            list: "aspects".into(),
        };
        assert_eq!(q("rank aspects or_other"), (rank.clone(), true));
        assert_eq!(q("rank aspects or specify other"), (rank.clone(), true));
        assert_eq!(q("rank aspects"), (rank, false));
        assert!(parse("rank aspects other").is_err());
    }

    #[test]
    fn every_spelling_of_selects() {
        let one = |l: &str| Kind::SelectOne { list: l.into() };
        let many = |l: &str| Kind::SelectMultiple { list: l.into() };
        assert_eq!(q("select_one yes_no"), (one("yes_no"), false));
        assert_eq!(q("select one from Colors"), (one("Colors"), false));
        assert_eq!(q("select_multiple  happy_sad"), (many("happy_sad"), false));
        assert_eq!(
            q("select all that apply from toilet_type or specify other"),
            (many("toilet_type"), true)
        );
        assert_eq!(q("select_one colors or_other"), (one("colors"), true));
        assert!(parse("select_one").is_err());
    }

    #[test]
    fn aliases_metadata_and_refusals() {
        assert_eq!(q("string").0, Kind::Text);
        assert_eq!(q("int").0, Kind::Integer);
        assert_eq!(q("dateTime").0, Kind::DateTime);
        assert_eq!(q("gps").0, Kind::Geopoint);
        assert_eq!(
            q("get device id").0,
            Kind::Meta {
                field: "deviceid".into()
            }
        );
        assert_eq!(
            q("phone number").0,
            Kind::Meta {
                field: "phonenumber".into()
            }
        );
        assert_eq!(parse("End_Group").unwrap(), RowType::EndGroup);
        assert!(
            parse("include")
                .unwrap_err()
                .contains("has not been included")
        );
        assert!(
            parse("unknown")
                .unwrap_err()
                .contains("Unknown question type 'unknown'")
        );
        assert_eq!(q("geotrace").0, Kind::Geotrace);
        assert_eq!(q("GeoShape").0, Kind::Geoshape);
        assert_eq!(
            q("rank priorities").0,
            Kind::Rank {
                list: "priorities".into()
            }
        );
        assert!(parse("rank").unwrap_err().contains("one choice list name"));
    }

    #[test]
    fn old_spellings_the_reference_converter_still_reads() {
        let one = |l: &str| Kind::SelectOne { list: l.into() };
        let many = |l: &str| Kind::SelectMultiple { list: l.into() };
        let meta = |f: &str| Kind::Meta { field: f.into() };
        let media = |m: &str| Kind::Media { media: m.into() };
        for (raw, kind) in [
            ("q picture", media("image")),
            ("q select1 Yes_No", one("Yes_No")),
            ("q select yes_no", many("yes_no")),
            ("q string", Kind::Text),
            ("q location", Kind::Geopoint),
            ("q date time", Kind::DateTime),
            ("add note prompt", Kind::Note),
            ("add dateTime prompt", Kind::DateTime),
            ("add date time prompt", Kind::DateTime),
            ("add select one prompt using Yes_No", one("Yes_No")),
            ("add select multiple prompt using fruit", many("fruit")),
            ("select one using yes_no", one("yes_no")),
            ("select multiple from fruit", many("fruit")),
            ("date time", Kind::DateTime),
            ("start time", meta("start")),
            ("imei", meta("deviceid")),
            ("device id", meta("deviceid")),
            ("uri:username", meta("username")),
            ("percentage", Kind::Integer),
            ("number of days in last month", Kind::Integer),
        ] {
            assert_eq!(q(raw).0, kind, "{raw}");
        }
        assert_eq!(
            implied_bounds("Number of days in last year"),
            Some(("0 <= . and . <= 365", Some("Enter a number 0-365.")))
        );
        assert_eq!(
            implied_bounds("percentage").map(|b| b.0),
            Some("0 <= . and . <= 100")
        );
        assert_eq!(implied_bounds("integer"), None);
        assert_eq!(
            parse("begin_loop over Crops").unwrap(),
            RowType::BeginLoop {
                list: "Crops".into()
            }
        );
        assert_eq!(
            parse("csv-external").unwrap(),
            RowType::External { extension: "csv" }
        );
        // A list may be named like a word of the old spellings.
        assert_eq!(q("select_one using").0, one("using"));
    }
}

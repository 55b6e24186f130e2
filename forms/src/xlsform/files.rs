//! Choice lists from CSV or XML files attached to a form (`select_one_from_file
//! districts.csv`, `pulldata('districts', …)`, `instance('districts')/root/item[…]`), as
//! ODK reads them: a `name` column, a `label` column (or `label::Language (code)` columns),
//! and any other column kept for filters and lookups; in XML, `<root><item>` elements whose
//! child elements are the columns. Lists of tens of thousands of rows are read once, at
//! import.

use std::collections::BTreeMap;

use super::Builder;
use crate::model::{Choice, Text};

/// Which columns of a CSV file hold a list's values and labels when they are not ODK's
/// `name` and `label` (a `search()` list names them on the choices sheet), and which other
/// columns must be there (the ones its filter reads).
pub(super) struct Columns {
    pub name: String,
    /// Label columns by the language code they are in; a cell naming several columns
    /// (`label_en, code`) shows their values side by side.
    pub labels: Vec<(String, String)>,
    pub needed: Vec<String>,
}

/// How the rows of a CSV file become choices.
struct Shape<'a> {
    /// The values' column; `None`: the rows are numbered (a preload with no `name`).
    name_at: Option<usize>,
    /// The label columns of each language, their values joined by spaces.
    labels: &'a [(Vec<usize>, String)],
    /// Whether the label columns stay out of the attributes.
    drop_labels: bool,
    /// Whether a row with no value is kept (lookups read every row; a select skips it).
    keep_unnamed: bool,
}

/// A CSV file's reader and its (trimmed) column names.
fn open_csv<'b>(
    file: &str,
    bytes: &'b [u8],
) -> Result<(csv::Reader<&'b [u8]>, Vec<String>), String> {
    // A file saved by Excel starts with a byte-order mark.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| format!("`{file}` cannot be read as CSV: {e}"))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    Ok((reader, headers))
}

/// Where a column is, ignoring case.
fn position(headers: &[String], column: &str) -> Option<usize> {
    headers.iter().position(|h| h.eq_ignore_ascii_case(column))
}

/// The message for a column a file lacks.
fn missing(file: &str, headers: &[String], column: &str, role: &str) -> String {
    format!(
        "`{file}` has no `{column}` column{role} (its columns: {}); the first row must name the columns",
        headers.join(", ")
    )
}

/// ODK's label columns: `label` and `label::Language (code)`.
fn odk_labels(b: &mut Builder, headers: &[String]) -> Vec<(Vec<usize>, String)> {
    headers
        .iter()
        .enumerate()
        .filter_map(|(i, h)| {
            let lower = h.to_ascii_lowercase();
            if lower == "label" {
                Some((i, None))
            } else {
                lower
                    .strip_prefix("label::")
                    .map(|_| (i, Some(h["label::".len()..].to_string())))
            }
        })
        .collect::<Vec<_>>()
        .into_iter()
        .map(|(i, lang)| (vec![i], b.language_code(lang.as_deref())))
        .collect()
}

/// Read an attached CSV file into choices; `Err` says what is wrong, for the import error.
pub(super) fn read_csv(b: &mut Builder, file: &str, bytes: &[u8]) -> Result<Vec<Choice>, String> {
    let (reader, headers) = open_csv(file, bytes)?;
    let name_at = position(&headers, "name").ok_or_else(|| missing(file, &headers, "name", ""))?;
    let labels = odk_labels(b, &headers);
    let shape = Shape {
        name_at: Some(name_at),
        labels: &labels,
        drop_labels: true,
        keep_unnamed: false,
    };
    read_records(reader, file, &headers, shape)
}

/// [`read_csv`], with the values and labels in the columns a `search()` list names. Every
/// column other than the values' is kept for filters, the label columns too.
pub(super) fn read_csv_as(
    file: &str,
    bytes: &[u8],
    named: &Columns,
) -> Result<Vec<Choice>, String> {
    let (reader, headers) = open_csv(file, bytes)?;
    let find = |column: &str, role: &str| {
        position(&headers, column).ok_or_else(|| missing(file, &headers, column, role))
    };
    let name_at = find(
        &named.name,
        ", which the choices sheet names for the values",
    )?;
    let mut labels = Vec::new();
    for (cell, lang) in &named.labels {
        let columns = cell
            .split([',', ' '])
            .filter(|c| !c.is_empty())
            .map(|c| find(c, ", which the choices sheet names for the labels"))
            .collect::<Result<Vec<_>, _>>()?;
        labels.push((columns, lang.clone()));
    }
    for column in &named.needed {
        find(column, ", which the search() filter reads")?;
    }
    let shape = Shape {
        name_at: Some(name_at),
        labels: &labels,
        drop_labels: false,
        keep_unnamed: false,
    };
    read_records(reader, file, &headers, shape)
}

/// Read an attached CSV file that only `pulldata()` and `instance()` read (a preload: a
/// household list keyed by `hh_id`): every row and every column is kept, and it needs no
/// `name` column (its rows are then numbered).
pub(super) fn read_csv_for_lookups(
    b: &mut Builder,
    file: &str,
    bytes: &[u8],
) -> Result<Vec<Choice>, String> {
    let (reader, headers) = open_csv(file, bytes)?;
    let labels = odk_labels(b, &headers);
    let shape = Shape {
        name_at: position(&headers, "name"),
        labels: &labels,
        drop_labels: true,
        keep_unnamed: true,
    };
    read_records(reader, file, &headers, shape)
}

/// The rows of a CSV file as choices, in the given shape; the columns that are neither the
/// values nor (when dropped) the labels are kept as the choice's attributes.
fn read_records(
    mut reader: csv::Reader<&[u8]>,
    file: &str,
    headers: &[String],
    shape: Shape<'_>,
) -> Result<Vec<Choice>, String> {
    let is_label = |i: usize| shape.labels.iter().any(|(l, _)| l.contains(&i));
    let mut choices = Vec::new();
    for (line, record) in reader.records().enumerate() {
        let record = record.map_err(|e| format!("`{file}`, line {}: {e}", line + 2))?;
        let name = match shape.name_at {
            Some(at) => record.get(at).unwrap_or("").trim().to_string(),
            None => (line + 1).to_string(),
        };
        if name.is_empty() && !shape.keep_unnamed {
            continue;
        }
        let mut label = Text::default();
        for (columns, lang) in shape.labels {
            let text: Vec<&str> = columns
                .iter()
                .filter_map(|i| record.get(*i).map(str::trim))
                .filter(|t| !t.is_empty())
                .collect();
            if !text.is_empty() {
                label.0.insert(lang.clone(), text.join(" "));
            }
        }
        let attributes: BTreeMap<String, String> = headers
            .iter()
            .enumerate()
            .filter(|(i, _)| Some(*i) != shape.name_at && !(shape.drop_labels && is_label(*i)))
            .filter_map(|(i, h)| Some((h.clone(), record.get(i)?.trim().to_string())))
            .collect();
        choices.push(Choice {
            name,
            label,
            attributes,
        });
    }
    Ok(choices)
}

/// Read an attached XML file (`<root><item><name>…</name><label>…</label>…</item>…</root>`,
/// ODK's shape for choice files) into choices; `Err` says what is wrong and where.
pub(super) fn read_xml(b: &mut Builder, file: &str, bytes: &[u8]) -> Result<Vec<Choice>, String> {
    use quick_xml::events::Event;

    // Text is trimmed per value, not per piece: `A &amp; B` arrives as three pieces.
    let mut reader = quick_xml::Reader::from_reader(bytes);
    let at = |reader: &quick_xml::Reader<&[u8]>| {
        let pos = reader.buffer_position() as usize;
        1 + bytes[..pos.min(bytes.len())]
            .iter()
            .filter(|&&c| c == b'\n')
            .count()
    };
    let label_lang = b.language_code(None);
    let mut choices = Vec::new();
    // Where the reader is: 1 = in the root, 2 = in an item, 3 = in one of its columns.
    let mut depth = 0;
    let mut item: Option<(String, Text, BTreeMap<String, String>)> = None;
    let mut column = String::new();
    let mut text = String::new();
    let mut buf = Vec::new();
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| format!("`{file}`, line {}: not well-formed XML: {e}", at(&reader)))?;
        match event {
            Event::Start(tag) => {
                depth += 1;
                let name = tag.local_name().as_ref().to_string();
                match depth {
                    2 if name == "item" => item = Some(Default::default()),
                    3 => {
                        column = name;
                        text.clear();
                    }
                    _ => {}
                }
            }
            Event::Text(t) if depth == 3 => text.push_str(&t.xml10_content()),
            Event::CData(t) if depth == 3 => text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if depth == 3 => {
                let entity: &str = &r;
                let resolved = match entity {
                    "lt" => '<',
                    "gt" => '>',
                    "amp" => '&',
                    "quot" => '"',
                    "apos" => '\'',
                    _ => r.resolve_char_ref().ok().flatten().ok_or_else(|| {
                        format!(
                            "`{file}`, line {}: unknown entity `&{entity};`",
                            at(&reader)
                        )
                    })?,
                };
                text.push(resolved);
            }
            Event::End(_) => {
                if depth == 3
                    && let Some((name, label, attributes)) = item.as_mut()
                {
                    let value = text.trim().to_string();
                    match column.as_str() {
                        "name" => *name = value,
                        "label" => {
                            label.0.insert(label_lang.clone(), value);
                        }
                        _ => {
                            attributes.insert(column.clone(), value);
                        }
                    }
                }
                if depth == 2
                    && let Some((name, label, attributes)) = item.take()
                {
                    if name.is_empty() {
                        return Err(format!(
                            "`{file}`, item {} (line {}) has no `name`: every <item> needs a <name>",
                            choices.len() + 1,
                            at(&reader)
                        ));
                    }
                    choices.push(Choice {
                        name,
                        label,
                        attributes,
                    });
                }
                depth -= 1;
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    if choices.is_empty() {
        return Err(format!(
            "`{file}` holds no choices: ODK's shape is <root><item><name>…</name><label>…</label></item>…</root>"
        ));
    }
    Ok(choices)
}

/// A property's value as a column: text as written, numbers and booleans as JSON prints
/// them, anything else (objects, lists) as its JSON; `null` is no value.
fn property_text(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s.trim().to_string()),
        other => Some(other.to_string()),
    }
}

/// One position, `[longitude, latitude, …]`, in ODK's notation: `latitude longitude 0 0`.
fn odk_point(position: &serde_json::Value) -> Option<String> {
    let lon = position.get(0)?.as_f64()?;
    let lat = position.get(1)?.as_f64()?;
    Some(format!("{lat} {lon} 0 0"))
}

/// A feature's geometry in ODK's notation (a point; or the points of a line, or of a
/// polygon's outer ring, separated by `;`), as Collect gives it to expressions.
fn odk_geometry(geometry: &serde_json::Value) -> Option<String> {
    let coordinates = geometry.get("coordinates")?;
    let points = match geometry.get("type")?.as_str()? {
        "Point" => vec![coordinates],
        "LineString" => coordinates.as_array()?.iter().collect(),
        "Polygon" => coordinates.get(0)?.as_array()?.iter().collect(),
        _ => return None,
    };
    let points: Option<Vec<String>> = points.into_iter().map(odk_point).collect();
    Some(points?.join("; "))
}

/// Read an attached GeoJSON file (one `FeatureCollection`, as OpenStreetMap field mapping
/// forms attach) into choices, as ODK Collect reads it: the value is the feature's
/// `properties.id`, else its own `id`; the label its `properties.title`, else
/// `properties.name`; every other property is a column for filters, and `geometry` holds
/// the feature's geometry in ODK's notation. A feature with no id cannot be chosen: left
/// out, with a warning.
pub(super) fn read_geojson(
    b: &mut Builder,
    file: &str,
    bytes: &[u8],
) -> Result<Vec<Choice>, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let root: serde_json::Value = serde_json::from_slice(bytes)
        .map_err(|e| format!("`{file}` cannot be read as GeoJSON: {e}"))?;
    if root.get("type").and_then(|t| t.as_str()) != Some("FeatureCollection") {
        return Err(format!(
            "`{file}` must hold one GeoJSON FeatureCollection (its top level has `\"type\": \"FeatureCollection\"`)"
        ));
    }
    let features = root
        .get("features")
        .and_then(|f| f.as_array())
        .ok_or_else(|| format!("`{file}`: the FeatureCollection has no `features` list"))?;
    let label_lang = b.language_code(None);
    let mut choices = Vec::new();
    let mut unnamed = Vec::new();
    for (i, feature) in features.iter().enumerate() {
        let properties = feature.get("properties").and_then(|p| p.as_object());
        let property = |key: &str| properties.and_then(|p| p.get(key)).and_then(property_text);
        let Some(name) = property("id")
            .or_else(|| feature.get("id").and_then(property_text))
            .filter(|n| !n.is_empty())
        else {
            unnamed.push(i + 1);
            continue;
        };
        let (label_key, label) = match property("title") {
            Some(title) => ("title", Some(title)),
            None => ("name", property("name")),
        };
        let mut label_text = Text::default();
        if let Some(label) = label.filter(|l| !l.is_empty()) {
            label_text.0.insert(label_lang.clone(), label);
        }
        let mut attributes: BTreeMap<String, String> = properties
            .into_iter()
            .flatten()
            .filter(|(k, _)| k.as_str() != "id" && k.as_str() != label_key)
            .filter_map(|(k, v)| Some((k.clone(), property_text(v)?)))
            .collect();
        if let Some(geometry) = feature.get("geometry").and_then(odk_geometry) {
            attributes.insert("geometry".into(), geometry);
        }
        choices.push(Choice {
            name,
            label: label_text,
            attributes,
        });
    }
    if !unnamed.is_empty() {
        let shown: Vec<String> = unnamed.iter().take(10).map(usize::to_string).collect();
        b.warnings.push(format!(
            "`{file}`: {} feature(s) have no id (neither `properties.id` nor the feature's `id`) and cannot be chosen: feature {}{}",
            unnamed.len(),
            shown.join(", "),
            if unnamed.len() > 10 { ", …" } else { "" }
        ));
    }
    Ok(choices)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use crate::Error;
    use crate::model::{Answer, Answers};
    use crate::validate::{settle, validate};
    use crate::xlsform::import_with_files;

    /// An `.xlsx` with a survey sheet (and no choices sheet).
    fn workbook(survey: &[&[&str]]) -> Vec<u8> {
        crate::xlsform::test_workbook(survey, &[])
    }

    /// A district list as a field team attaches it: 20,000 rows over 50 regions, labels
    /// in two languages, a population column.
    fn districts() -> Vec<u8> {
        let mut csv = String::from(
            "\u{feff}name,label::English (en),label::Français (fr),region,population\n",
        );
        for i in 0..20_000 {
            csv.push_str(&format!(
                "d{i},District {i},District {i} (fr),r{},{}\n",
                i % 50,
                1000 + i
            ));
        }
        csv.into_bytes()
    }

    fn survey() -> Vec<u8> {
        workbook(&[
            &[
                "type",
                "name",
                "label::English (en)",
                "choice_filter",
                "calculation",
            ],
            &["text", "region", "Region", "", ""],
            &[
                "select_one_from_file districts.csv",
                "district",
                "District",
                "region = ${region}",
                "",
            ],
            &[
                "calculate",
                "population",
                "",
                "",
                "pulldata('districts', 'population', 'name', ${district})",
            ],
            &[
                "calculate",
                "district_label",
                "",
                "",
                "instance('districts')/root/item[name = ${district}]/label",
            ],
            &[
                "calculate",
                "in_region",
                "",
                "",
                "count(instance('districts')/root/item[region = ${region}])",
            ],
        ])
    }

    #[test]
    fn choices_come_from_an_attached_csv_and_expressions_read_it() {
        let files = BTreeMap::from([("districts.csv".to_string(), districts())]);
        let imported = import_with_files(&survey(), "survey.xlsx", &files).unwrap();
        let list = &imported.form.choices["districts.csv"];
        assert_eq!(list.len(), 20_000);
        assert_eq!(list[7].label.0["fr"], "District 7 (fr)");
        assert_eq!(list[7].attributes["region"], "r7");
        let form = imported.form.compile().unwrap();

        let mut answers = Answers::from([
            ("region".to_string(), Answer::Value("r7".into())),
            ("district".to_string(), Answer::Value("d57".into())),
        ]);
        settle(&form, &mut answers, "2026-11-26");
        let value = |answers: &Answers, name: &str| match answers.get(name) {
            Some(Answer::Value(v)) => v.clone(),
            _ => String::new(),
        };
        assert_eq!(value(&answers, "population"), "1057");
        assert_eq!(value(&answers, "district_label"), "District 57");
        assert_eq!(value(&answers, "in_region"), "400");
        assert_eq!(validate(&form, &answers, "2026-11-26"), vec![]);

        // The cascade: a district of another region is no longer offered, so it goes.
        answers.insert("region".into(), Answer::Value("r8".into()));
        settle(&form, &mut answers, "2026-11-26");
        assert_eq!(value(&answers, "district"), "");
        assert_eq!(value(&answers, "population"), "");
    }

    /// A form as older KoboToolbox forms write it: `search()` over an attached CSV, the
    /// columns named by the list's one row on the choices sheet.
    fn searched_form(appearance: &str, value_column: &str) -> Vec<u8> {
        crate::xlsform::test_workbook(
            &[
                &["type", "name", "label::English (en)", "appearance"],
                &["text", "region", "Region", ""],
                &["select_one village", "village", "Village", appearance],
            ],
            &[
                &[
                    "list_name",
                    "name",
                    "label::English (en)",
                    "label::Français (fr)",
                ],
                &["village", value_column, "label_en", "label_fr"],
            ],
        )
    }

    fn villages() -> BTreeMap<String, Vec<u8>> {
        let mut csv = String::from("code,label_en,label_fr,region\n");
        for i in 0..3_000 {
            csv.push_str(&format!("v{i},Village {i},Village {i} (fr),r{}\n", i % 30));
        }
        BTreeMap::from([("villages.csv".to_string(), csv.into_bytes())])
    }

    #[test]
    fn search_appearance_reads_its_csv_and_filters_it() {
        let form = import_with_files(
            &searched_form(
                "minimal search('villages', 'matches', 'region', ${region})",
                "code",
            ),
            "kobo.xlsx",
            &villages(),
        )
        .unwrap()
        .form;
        let village = &form.body[1];
        assert_eq!(village.appearance.as_deref(), Some("minimal"));
        let list = &form.choices[village.kind.choice_list().unwrap()];
        assert_eq!(list.len(), 3_000);
        assert_eq!(
            (list[7].name.as_str(), list[7].label.0["fr"].as_str()),
            ("v7", "Village 7 (fr)")
        );
        let form = form.compile().unwrap();

        let mut answers = Answers::from([("region".to_string(), Answer::Value("r7".into()))]);
        let ctx = crate::validate::Context {
            form: &form,
            answers: &answers,
            today: "2026-11-26",
        };
        let offered = ctx.visible_choices(form.node("village").unwrap(), &[]);
        assert_eq!(offered.len(), 100);
        assert!(offered.iter().all(|c| c.attributes["region"] == "r7"));
        // The server refuses a village of another region.
        answers.insert("village".into(), Answer::Value("v8".into()));
        let problems = validate(&form, &answers, "2026-11-26");
        assert_eq!(problems[0].problem, crate::validate::Problem::UnknownChoice);
        answers.insert("village".into(), Answer::Value("v37".into()));
        assert_eq!(validate(&form, &answers, "2026-11-26"), vec![]);

        // Without a filter, every row; `contains` over the label column.
        let offered = |appearance: &str| {
            let form =
                import_with_files(&searched_form(appearance, "code"), "kobo.xlsx", &villages())
                    .unwrap()
                    .form
                    .compile()
                    .unwrap();
            let answers = Answers::new();
            let ctx = crate::validate::Context {
                form: &form,
                answers: &answers,
                today: "2026-11-26",
            };
            ctx.visible_choices(form.node("village").unwrap(), &[])
                .len()
        };
        assert_eq!(offered("search('villages')"), 3_000);
        // 99, 199, …, 2999, and 990-999, 1990-1999, 2990-2999 counted once.
        assert_eq!(
            offered("search('villages', 'contains', 'label_en', '99')"),
            57
        );
        // Case is ignored, as by Collect's LIKE: Village 99 and 990 to 999.
        assert_eq!(
            offered("search('villages', 'startswith', 'label_en', 'VILLAGE 99')"),
            11
        );
        // A label cell naming two columns shows both.
        let columns = super::Columns {
            name: "code".into(),
            labels: vec![("label_en, code".into(), "en".into())],
            needed: Vec::new(),
        };
        let list =
            super::read_csv_as("villages.csv", &villages()["villages.csv"], &columns).unwrap();
        assert_eq!(list[3].label.0["en"], "Village 3 v3");
    }

    #[test]
    fn search_mistakes_are_named_where_they_are() {
        let refused = |appearance: &str, column: &str, files: &BTreeMap<String, Vec<u8>>| {
            match import_with_files(&searched_form(appearance, column), "kobo.xlsx", files) {
                Err(Error::XlsForm {
                    row,
                    column,
                    message,
                    ..
                }) => {
                    assert_eq!((row, column.as_deref()), (Some(3), Some("appearance")));
                    message
                }
                other => panic!("{other:?}"),
            }
        };
        let message = refused("search('villages')", "code", &BTreeMap::new());
        assert!(
            message.contains("`villages.csv` is not attached"),
            "{message}"
        );
        let message = refused("search('villages')", "id", &villages());
        assert!(
            message.contains("no `id` column, which the choices sheet names for the values")
                && message.contains("code, label_en, label_fr, region"),
            "{message}"
        );
        let message = refused(
            "search('villages', 'near', 'region', 'r1')",
            "code",
            &villages(),
        );
        assert!(message.contains("not `near`"), "{message}");
        let message = refused(
            "search('villages', 'matches', 'regoin', ${region})",
            "code",
            &villages(),
        );
        assert!(
            message.contains("no `regoin` column, which the search() filter reads"),
            "{message}"
        );
    }

    /// A preload: a household list keyed by `hh_id`, with no `name` column, that only
    /// expressions read.
    #[test]
    fn a_file_only_expressions_read_needs_no_name_column() {
        let form = workbook(&[
            &["type", "name", "label", "calculation", "constraint"],
            &[
                "text",
                "hh_id",
                "Household ID",
                "",
                "count(instance('households')/root/item[hh_id = .]) = 1",
            ],
            &[
                "calculate",
                "head",
                "",
                "pulldata('households', 'name', 'hh_id', ${hh_id})",
                "",
            ],
            &[
                "calculate",
                "size",
                "",
                "instance('households')/root/item[hh_id = ${hh_id}]/size",
                "",
            ],
        ]);
        // A `name` column (the head's name) does not make it a choice list: the row with
        // no name is kept.
        let preload = "hh_id,name,size\nH-001,Amina Yusuf,5\nH-002,,3\n";
        let files = BTreeMap::from([("households.csv".to_string(), preload.as_bytes().to_vec())]);
        let form = import_with_files(&form, "followup.xlsx", &files)
            .unwrap()
            .form
            .compile()
            .unwrap();
        let mut answers = Answers::from([("hh_id".to_string(), Answer::Value("H-002".into()))]);
        settle(&form, &mut answers, "2026-11-26");
        let values = |answers: &Answers| {
            let value = |name| crate::model::value(answers, name, &[]);
            (value("head"), value("size"))
        };
        assert_eq!(values(&answers), (String::new(), "3".to_string()));
        assert_eq!(validate(&form, &answers, "2026-11-26"), vec![]);
        answers.insert("hh_id".into(), Answer::Value("H-001".into()));
        settle(&form, &mut answers, "2026-11-26");
        assert_eq!(
            values(&answers),
            ("Amina Yusuf".to_string(), "5".to_string())
        );
        answers.insert("hh_id".into(), Answer::Value("H-404".into()));
        settle(&form, &mut answers, "2026-11-26");
        assert_eq!(validate(&form, &answers, "2026-11-26")[0].name, "hh_id");

        // Not attached: refused, naming the file the form reads.
        let message = import_with_files(
            &workbook(&[
                &["type", "name", "calculation"],
                &[
                    "calculate",
                    "head",
                    "pulldata('households', 'head_name', 'hh_id', '1')",
                ],
            ]),
            "followup.xlsx",
            &BTreeMap::new(),
        )
        .map(|_| ())
        .unwrap_err()
        .to_string();
        assert!(message.contains("reads `households`"), "{message}");
    }

    /// `csv-external households` declares the file expressions read; `audit` needs no name.
    #[test]
    fn an_external_instance_row_loads_its_file_and_asks_nothing() {
        let form = workbook(&[
            &["type", "name", "label", "calculation"],
            &["csv-external", "households", "", ""],
            &["audit", "", "", ""],
            &["text", "hh_id", "Household", ""],
            &[
                "calculate",
                "size",
                "",
                "instance('households')/root/item[hh_id = ${hh_id}]/size",
            ],
        ]);
        let preload = "hh_id,size\nH-001,5\n";
        let files = BTreeMap::from([("households.csv".to_string(), preload.as_bytes().to_vec())]);
        let imported = import_with_files(&form, "followup.xlsx", &files)
            .unwrap()
            .form;
        assert_eq!(imported.choices["households.csv"].len(), 1);
        let names: Vec<&str> = imported.body.iter().map(|n| n.name.as_str()).collect();
        assert_eq!(names, ["audit", "hh_id", "size"]);
        let Err(Error::XlsForm { row, message, .. }) =
            import_with_files(&form, "followup.xlsx", &BTreeMap::new())
        else {
            panic!("imported without its file");
        };
        assert_eq!(row, Some(2));
        assert!(
            message.contains("`households.csv` is not attached"),
            "{message}"
        );
    }

    #[test]
    fn a_file_not_attached_or_not_csv_is_named() {
        let Err(Error::XlsForm {
            row,
            column,
            message,
            ..
        }) = import_with_files(&survey(), "survey.xlsx", &BTreeMap::new())
        else {
            panic!("imported without its file");
        };
        assert_eq!((row, column.as_deref()), (Some(3), Some("type")));
        assert!(
            message.contains("`districts.csv` is not attached"),
            "{message}"
        );

        let json = workbook(&[
            &["type", "name", "label"],
            &[
                "select_one_from_file districts.json",
                "district",
                "District",
            ],
        ]);
        let Err(Error::XlsForm { message, .. }) =
            import_with_files(&json, "x.xlsx", &BTreeMap::new())
        else {
            panic!("a JSON choice file was taken");
        };
        assert!(
            message.contains("a CSV, an XML or a GeoJSON file"),
            "{message}"
        );

        let files = BTreeMap::from([("districts.csv".to_string(), b"label\nx\n".to_vec())]);
        let Err(Error::XlsForm { message, .. }) = import_with_files(&survey(), "s.xlsx", &files)
        else {
            panic!("a file without names was taken");
        };
        assert!(message.contains("no `name` column"), "{message}");
    }

    #[test]
    fn a_lookup_of_an_unknown_list_is_refused() {
        let form = workbook(&[
            &["type", "name", "label", "calculation"],
            &[
                "calculate",
                "x",
                "",
                "pulldata('nowhere', 'a', 'name', 'b')",
            ],
        ]);
        let Err(Error::XlsForm {
            message, column, ..
        }) = import_with_files(&form, "x.xlsx", &BTreeMap::new())
        else {
            panic!("an unknown list was taken");
        };
        assert_eq!(column.as_deref(), Some("calculation"));
        assert!(message.contains("`nowhere`"), "{message}");
    }

    /// An ODK-style XML choice file: items with a name, a label and a column a filter reads.
    fn villages_xml(items: &str) -> BTreeMap<String, Vec<u8>> {
        let xml = format!("<?xml version=\"1.0\"?>\n<root>\n{items}</root>\n");
        BTreeMap::from([("villages.xml".to_string(), xml.into_bytes())])
    }

    fn village_form() -> Vec<u8> {
        workbook(&[
            &["type", "name", "label", "choice_filter", "calculation"],
            &["text", "district", "District", "", ""],
            &[
                "select_one_from_file villages.xml",
                "village",
                "Village",
                "district = ${district}",
                "",
            ],
            &[
                "calculate",
                "village_district",
                "",
                "",
                "pulldata('villages', 'district', 'name', ${village})",
            ],
        ])
    }

    #[test]
    fn choices_come_from_an_attached_xml_file() {
        let files = villages_xml(
            "<item><name>v1</name><label>Kibera &amp; Olympic</label><district>d1</district></item>\n\
             <item><name>v2</name><label><![CDATA[Mathare <North>]]></label><district>d2</district></item>\n",
        );
        let imported = import_with_files(&village_form(), "v.xlsx", &files).unwrap();
        let list = &imported.form.choices["villages.xml"];
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].label.0.values().next().unwrap(), "Kibera & Olympic");
        assert_eq!(list[1].label.0.values().next().unwrap(), "Mathare <North>");
        assert_eq!(list[1].attributes["district"], "d2");
        let form = imported.form.compile().unwrap();
        let mut answers = Answers::from([
            ("district".to_string(), Answer::Value("d2".into())),
            ("village".to_string(), Answer::Value("v2".into())),
        ]);
        settle(&form, &mut answers, "2026-11-26");
        assert_eq!(validate(&form, &answers, "2026-11-26"), vec![]);
        // `pulldata` reads the XML file as it reads a CSV one.
        assert_eq!(answers["village_district"], Answer::Value("d2".into()));
        answers.insert("village".into(), Answer::Value("v1".into()));
        let errors = validate(&form, &answers, "2026-11-26");
        assert!(
            errors.iter().any(
                |e| e.name == "village" && e.problem == crate::validate::Problem::UnknownChoice
            ),
            "{errors:?}"
        );
    }

    #[test]
    fn a_broken_xml_choice_file_is_refused_saying_where() {
        let message = |files| match import_with_files(&village_form(), "v.xlsx", &files) {
            Err(Error::XlsForm { message, .. }) => message,
            other => panic!("taken: {other:?}"),
        };
        let m = message(villages_xml("<item><name>v1</name>\n<label>A</item>\n"));
        assert!(
            m.contains("`villages.xml`, line 4: not well-formed XML"),
            "{m}"
        );
        let m = message(villages_xml("<item><label>A</label></item>\n"));
        assert!(m.contains("item 1") && m.contains("needs a <name>"), "{m}");
        let m = message(villages_xml(""));
        assert!(m.contains("holds no choices"), "{m}");
        let m = message(villages_xml("<item><name>v&nbsp;1</name></item>\n"));
        assert!(m.contains("unknown entity `&nbsp;`"), "{m}");
    }

    /// Buildings to map, as an OpenStreetMap field-mapping form attaches them: ids in the
    /// properties or on the feature, titles or names, other properties, and one feature
    /// with no id.
    fn buildings() -> BTreeMap<String, Vec<u8>> {
        let geojson = r#"{"type": "FeatureCollection", "features": [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.8, -1.28]},
             "properties": {"id": "b1", "title": "School", "amenity": "school", "levels": 2}},
            {"type": "Feature", "id": 42, "geometry": {"type": "Polygon",
             "coordinates": [[[36.0, -1.0], [36.1, -1.0], [36.1, -1.1], [36.0, -1.0]]]},
             "properties": {"name": "Clinic", "amenity": "clinic"}},
            {"type": "Feature", "geometry": null, "properties": {"title": "Nameless"}}
        ]}"#;
        BTreeMap::from([("buildings.geojson".to_string(), geojson.as_bytes().to_vec())])
    }

    fn building_form() -> Vec<u8> {
        workbook(&[
            &["type", "name", "label", "choice_filter"],
            &["text", "kind", "Kind", ""],
            &[
                "select_one_from_file buildings.geojson",
                "building",
                "Building",
                "amenity = ${kind}",
            ],
        ])
    }

    #[test]
    fn choices_come_from_an_attached_geojson_feature_collection() {
        let imported = import_with_files(&building_form(), "osm.xlsx", &buildings()).unwrap();
        let list = &imported.form.choices["buildings.geojson"];
        let names: Vec<&str> = list.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["b1", "42"]);
        assert_eq!(list[0].label.0.values().next().unwrap(), "School");
        assert_eq!(list[1].label.0.values().next().unwrap(), "Clinic");
        assert_eq!(list[0].attributes["amenity"], "school");
        assert_eq!(list[0].attributes["levels"], "2");
        assert_eq!(list[0].attributes["geometry"], "-1.28 36.8 0 0");
        assert!(list[1].attributes["geometry"].starts_with("-1 36 0 0; -1 36.1 0 0"));
        assert!(!list[0].attributes.contains_key("id"));
        assert!(
            imported.warnings.iter().any(|w| w
                .contains("`buildings.geojson`: 1 feature(s) have no id")
                && w.contains("feature 3")),
            "{:?}",
            imported.warnings
        );
        let form = imported.form.compile().unwrap();
        let mut answers = Answers::from([
            ("kind".to_string(), Answer::Value("clinic".into())),
            ("building".to_string(), Answer::Value("42".into())),
        ]);
        settle(&form, &mut answers, "2026-11-26");
        assert_eq!(validate(&form, &answers, "2026-11-26"), vec![]);
        // The filter reads the properties: a school is not a clinic.
        answers.insert("building".into(), Answer::Value("b1".into()));
        settle(&form, &mut answers, "2026-11-26");
        assert!(
            !answers.contains_key("building")
                || answers["building"] == Answer::Value(String::new())
        );

        // Not attached: refused as a CSV file is, saying how to attach it.
        let Err(Error::XlsForm {
            message, column, ..
        }) = import_with_files(&building_form(), "osm.xlsx", &BTreeMap::new())
        else {
            panic!("a missing file was taken");
        };
        assert_eq!(column.as_deref(), Some("type"));
        assert!(
            message.contains("`buildings.geojson` is not attached"),
            "{message}"
        );
        // Not a FeatureCollection.
        let files = BTreeMap::from([(
            "buildings.geojson".to_string(),
            br#"{"type": "Feature"}"#.to_vec(),
        )]);
        let Err(Error::XlsForm { message, .. }) =
            import_with_files(&building_form(), "osm.xlsx", &files)
        else {
            panic!("a lone feature was taken");
        };
        assert!(
            message.contains("one GeoJSON FeatureCollection"),
            "{message}"
        );
    }
}

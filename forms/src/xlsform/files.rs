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

/// Windows-1252's characters for the bytes 0x80 to 0x9F (the five it leaves undefined
/// kept as the control characters of the same number, as Windows does).
pub(super) const WINDOWS_1252: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// The attached CSV files that are not UTF-8, read as Windows-1252 and written back as
/// UTF-8, with a warning for each; `None` when every file is UTF-8 already. Excel on
/// Windows saves "CSV" in the system's code page: an accented name (`Gurúè`) then stopped
/// the import at the first byte that is not UTF-8. Collect reads such a file as UTF-8 and
/// shows `�` for each accented letter; Sauti reads the letters Western European text has.
pub(super) fn utf8_csvs(
    files: &BTreeMap<String, Vec<u8>>,
    warnings: &mut Vec<String>,
) -> Option<BTreeMap<String, Vec<u8>>> {
    let not_utf8 = |(name, bytes): (&String, &Vec<u8>)| {
        name.to_ascii_lowercase().ends_with(".csv") && std::str::from_utf8(bytes).is_err()
    };
    if !files.iter().any(not_utf8) {
        return None;
    }
    let mut recoded = files.clone();
    for (name, bytes) in recoded.iter_mut().filter(|(n, b)| not_utf8((n, b))) {
        let text: String = bytes
            .iter()
            .map(|&byte| match byte {
                0x80..=0x9F => WINDOWS_1252[usize::from(byte - 0x80)],
                _ => char::from(byte),
            })
            .collect();
        warnings.push(format!(
            "`{name}` is not UTF-8: read as Windows-1252, as Excel on Windows saves CSV files (check its accented letters; ODK Collect shows them as �); save it as \"CSV UTF-8\""
        ));
        *bytes = text.into_bytes();
    }
    Some(recoded)
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

/// Read an attached XML file into choices: each child of the root is a row (ODK's
/// `<item>`, or KoboToolbox's `<data>` when it attaches the submissions of another form),
/// its child elements the columns, a nested one named by its path (`P_Demographic/P_SN`).
/// `keep_unnamed`: a row without a `<name>` is numbered (a file only expressions read)
/// rather than refused (a list to choose from).
pub(super) fn read_xml(
    b: &mut Builder,
    file: &str,
    bytes: &[u8],
    keep_unnamed: bool,
) -> Result<Vec<Choice>, String> {
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
    // Where the reader is: 1 = in the root, 2 = in a row, 3 and more = in its columns,
    // `path` naming them from the row down, each with whether it holds elements.
    let mut depth = 0;
    let mut item: Option<(String, Text, BTreeMap<String, String>)> = None;
    let mut path: Vec<(String, bool)> = Vec::new();
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
                    2 => item = Some(Default::default()),
                    3.. => {
                        if let Some(parent) = path.last_mut() {
                            parent.1 = true;
                        }
                        path.push((name, false));
                        text.clear();
                    }
                    _ => {}
                }
            }
            Event::Text(t) if depth >= 3 => text.push_str(&t.xml10_content()),
            Event::CData(t) if depth >= 3 => text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if depth >= 3 => {
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
                if depth >= 3
                    && let Some((name, label, attributes)) = item.as_mut()
                    && let Some((_, false)) = path.last()
                {
                    let value = text.trim().to_string();
                    let column: Vec<&str> = path.iter().map(|(n, _)| n.as_str()).collect();
                    match column.as_slice() {
                        ["name"] => *name = value,
                        ["label"] => {
                            label.0.insert(label_lang.clone(), value);
                        }
                        _ => {
                            attributes.insert(column.join("/"), value);
                        }
                    }
                }
                if depth >= 3 {
                    path.pop();
                }
                if depth == 2
                    && let Some((mut name, label, attributes)) = item.take()
                {
                    if name.is_empty() {
                        if !keep_unnamed {
                            return Err(format!(
                                "`{file}`, item {} (line {}) has no `name`: every <item> needs a <name>",
                                choices.len() + 1,
                                at(&reader)
                            ));
                        }
                        name = (choices.len() + 1).to_string();
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
        // The id stays a column too: ODK's item has an `id` node, which expressions read
        // (`instance('buildings')/root/item[id = ${existing}]/amenity`).
        attributes.insert("id".into(), name.clone());
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
mod tests;

//! The tables of an export: the main table (one row per record) and one linked table per
//! repeat (one row per instance, with the record's id and the instance's position), their
//! columns, and each record's cells as the profile shapes them.

use forms::consent::{Consent, Decision};
use forms::model::{Answer, Answers, CompiledForm, Kind, Node};
use std::borrow::Cow;

use crate::db::ExportRow;
use crate::error::Result;
use crate::policy::{Generalise, Profile, Treatment};
use crate::shaping::{Pseudonymiser, Shape, Shaper};

/// Which table of the export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Table {
    Main,
    /// A repeat's instances; the names of the repeats enclosing it come first, outermost
    /// first, ending with the repeat itself.
    Repeat(Vec<String>),
}

/// How columns are named and linked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Style {
    /// Sauti's own: columns named by question, repeats linked by `submission_id`, `row`
    /// (`2.1`) and `parent_row`.
    #[default]
    Sauti,
    /// As KoboToolbox exports, for the analysis scripts written for them: columns named
    /// by their group path (`water/water_source`), a select_multiple as its column plus a
    /// 0/1 column per choice (`water/water_treatment/boil`), the record's id as `_uuid`
    /// and its time received as `_submission_time`, and every table numbered by
    /// `_index`, a repeat's rows pointing at their parent's by `_parent_index` (with
    /// `_parent_table_name` and `_submission__uuid`). The numbers are those of one
    /// download (an XLSX holds every table of one); tables downloaded apart join on
    /// `_uuid` = `_submission__uuid`.
    Kobo,
}

impl Style {
    pub fn parse(s: &str) -> Result<Style> {
        match s {
            "" | "sauti" => Ok(Style::Sauti),
            "kobo" => Ok(Style::Kobo),
            other => Err(crate::error::Error::BadRequest(format!(
                "`{other}` is not an export layout; use sauti or kobo"
            ))),
        }
    }
}

/// Choices of a select_multiple beyond which the Kobo layout writes no 0/1 columns (a
/// list from a file can hold thousands; a sheet holds 16,384 columns).
const MAX_CHOICE_COLUMNS: usize = 250;

/// Running numbers of one table in one download: records written so far, then the
/// instances of each repeat level down to the table's (the Kobo layout's `_index`).
#[derive(Debug, Default)]
pub struct Numbering(Vec<u64>);

impl Numbering {
    /// The next number at `level` (0: records).
    fn next(&mut self, level: usize) -> u64 {
        if self.0.len() <= level {
            self.0.resize(level + 1, 0);
        }
        self.0[level] += 1;
        self.0[level]
    }
}

/// What a column holds, so that every format writes it as what it is: a number a
/// spreadsheet can add up, a date it can sort, or text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellKind {
    Text,
    /// Written as a number where the cell reads as one (blank stays blank).
    Number,
    /// `YYYY-MM-DD`.
    Date,
    /// UTC, `YYYY-MM-DDTHH:MM:SS.mmmZ`.
    DateTime,
}

impl CellKind {
    /// The kind of a question's cells as a profile shapes them: a pseudonym or a band is
    /// text, whatever the question was.
    fn of(kind: &Kind, shape: Shape) -> CellKind {
        match (kind, shape) {
            (_, Shape::Pseudonym | Shape::Generalise(_)) => CellKind::Text,
            (Kind::Integer | Kind::Decimal, _) => CellKind::Number,
            (Kind::Date, _) => CellKind::Date,
            (Kind::DateTime, _) => CellKind::DateTime,
            _ => CellKind::Text,
        }
    }
}

/// A time as exports write it: UTC to the millisecond (`2026-11-24T07:30:05.123Z`), which
/// Excel, pandas and every ISO 8601 reader take; what does not read as a time is left as
/// it is.
pub fn utc_millis(value: &str) -> String {
    use time::format_description::well_known::Rfc3339;
    // Already UTC (every time the server writes): only the fraction changes length.
    let b = value.as_bytes();
    if b.len() >= 20
        && b[b.len() - 1] == b'Z'
        && b[10] == b'T'
        && b[..19]
            .iter()
            .enumerate()
            .all(|(i, c)| matches!(i, 4 | 7 | 10 | 13 | 16) || c.is_ascii_digit())
        && (b.len() == 20 || (b[19] == b'.' && b[20..b.len() - 1].iter().all(u8::is_ascii_digit)))
    {
        let fraction = value.get(20..value.len() - 1).unwrap_or_default();
        let mut millis: String = fraction.chars().take(3).collect();
        while millis.len() < 3 {
            millis.push('0');
        }
        return format!("{}.{millis}Z", &value[..19]);
    }
    match time::OffsetDateTime::parse(value, &Rfc3339) {
        Ok(t) => {
            let t = t.to_offset(time::UtcOffset::UTC);
            format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
                t.year(),
                u8::from(t.month()),
                t.day(),
                t.hour(),
                t.minute(),
                t.second(),
                t.millisecond()
            )
        }
        Err(_) => value.to_string(),
    }
}

/// One column.
#[derive(Debug, Clone)]
pub struct Column {
    pub name: String,
    pub kind: CellKind,
    /// The question behind it (`None` for the record's own columns).
    question: Option<String>,
    /// Choice list of a select question, to write labels instead of codes.
    choices: Option<(String, bool)>,
    /// A photo, recording or file: written as the file's name, not its bytes.
    attachment: bool,
    /// The Kobo layout's 0/1 column of one choice of a select_multiple.
    choice: Option<String>,
    /// Its HXL tag (a core hashtag, see [`super::hxl`]); every column has one.
    pub hxl: String,
}

/// The record's own columns in the main table, each with its HXL tag: the id, then
/// [`crate::policy::RECORD_COLUMNS`] as the profile lets them out, then the receipt.
const META: &[(&str, &str)] = &[
    ("submission_id", "#meta+id"),
    ("form_version", "#meta+form+version"),
    ("received_at", "#date+received"),
    ("saved_at", "#date+collected"),
    ("consent_language", "#meta+consent+lang"),
    ("consent_method", "#meta+consent+method"),
    ("consent_purposes", "#meta+consent+purposes"),
    ("consent_audio", "#meta+consent+audio"),
    ("receipt", "#meta+receipt"),
];

/// How a profile lets the record's own columns out: which, coarsened how, and whether
/// the id is the record's own or an opaque one.
pub struct RecordShape {
    /// `None`: the record's own id; else opaque ids keyed for this profile.
    opaque: Option<Pseudonymiser>,
    /// The record columns exported, with their coarsening.
    columns: Vec<(&'static str, Option<Generalise>)>,
    /// Each purpose's oldest `received_at` still held (`Policy::held_since`, fixed when
    /// the export is planned): a purpose past its retention is not listed as one the data
    /// may be used for, though the daily purge has not taken it off yet.
    held_since: std::collections::BTreeMap<String, String>,
}

impl RecordShape {
    /// The shape a profile asks for; opaque ids are keyed with the project's secret and
    /// the profile's name, so they stay the same across this profile's downloads and
    /// tables and match no other profile's.
    pub fn new(profile: &Profile, secret: &str) -> RecordShape {
        let keep_receipt = profile.identifiers == Treatment::Keep;
        let columns = META
            .iter()
            .map(|(name, _)| *name)
            .filter(|name| match *name {
                "submission_id" => false,
                "receipt" => keep_receipt,
                other => profile.record.iter().any(|r| r == other),
            })
            .map(|name| (name, profile.generalise.get(name).copied()))
            .filter(|(_, g)| *g != Some(Generalise::Drop))
            .collect();
        RecordShape {
            opaque: (!profile.keep_record_id)
                .then(|| Pseudonymiser::new(&format!("{secret}\0record-id\0{}", profile.name))),
            columns,
            held_since: Default::default(),
        }
    }

    /// The same shape, listing a record's purposes only while `policy` still holds them
    /// at `now`.
    pub fn bounded(mut self, policy: &crate::policy::Policy, now: time::OffsetDateTime) -> Self {
        self.held_since = policy
            .purposes
            .keys()
            .map(|p| (p.clone(), policy.held_since(p, now)))
            .collect();
        self
    }

    /// Whether a record received at `received_at` still serves `purpose`.
    fn still_holds(&self, purpose: &str, received_at: &str) -> bool {
        self.held_since
            .get(purpose)
            .is_none_or(|since| received_at >= since.as_str())
    }

    /// The id a record has in this export.
    pub fn id<'r>(&self, id: &'r str) -> Cow<'r, str> {
        match &self.opaque {
            None => Cow::Borrowed(id),
            Some(p) => Cow::Owned(format!("r-{}", &p.pseudonym(id)[2..])),
        }
    }

    fn coarsened(&self, name: &str) -> Option<Generalise> {
        self.columns
            .iter()
            .find(|(c, _)| *c == name)
            .and_then(|(_, g)| *g)
    }

    fn has(&self, name: &str) -> bool {
        name == "submission_id" || self.columns.iter().any(|(c, _)| *c == name)
    }
}

fn meta_column(name: &str, hxl: &str) -> Column {
    Column {
        name: name.into(),
        kind: CellKind::Text,
        question: None,
        choices: None,
        attachment: false,
        choice: None,
        hxl: hxl.to_string(),
    }
}

/// The layout of one table of one export.
pub struct Layout {
    pub table: Table,
    pub columns: Vec<Column>,
    /// Repeats directly in this table, written as a count column (`<repeat>_count`).
    counts: Vec<String>,
    /// Language of choice labels; `None`: choice codes.
    labels: Option<String>,
    style: Style,
    record: std::sync::Arc<RecordShape>,
}

/// Every repeat of the form, each with the repeats enclosing it (outermost first).
pub fn repeats(form: &CompiledForm) -> Vec<Vec<String>> {
    fn walk(nodes: &[Node], chain: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
        for node in nodes {
            if matches!(node.kind, Kind::Repeat) {
                chain.push(node.name.clone());
                out.push(chain.clone());
                walk(&node.children, chain, out);
                chain.pop();
            } else if node.kind.has_children() {
                walk(&node.children, chain, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(&form.form.body, &mut Vec::new(), &mut out);
    out
}

/// Whether any answer inside `repeat` (its nested repeats included) leaves under
/// `shaper`. When none does, neither does the repeat: no `<repeat>_count` column and no
/// table of its instances, whose number alone tells (how many incidents a household had).
pub fn repeat_leaves(form: &CompiledForm, shaper: &Shaper, repeat: &str) -> bool {
    form.walk().iter().any(|(node, loc)| {
        loc.repeats.iter().any(|r| r == repeat)
            && !matches!(node.kind, Kind::Repeat | Kind::Group | Kind::Note)
            && shaper.shape(&node.name) != Shape::Drop
    })
}

impl Layout {
    /// The layout of `table` for a profile's shaper: only questions that leave appear.
    pub fn new(
        form: &CompiledForm,
        shaper: &Shaper,
        table: Table,
        (labels, style): (Option<String>, Style),
        hxl: impl Fn(&str) -> Option<String>,
        record: std::sync::Arc<RecordShape>,
    ) -> Layout {
        let kobo = style == Style::Kobo;
        let innermost = match &table {
            Table::Main => None,
            Table::Repeat(chain) => chain.last().cloned(),
        };
        let mut columns: Vec<Column> = match &table {
            Table::Main => META
                .iter()
                .filter(|(name, _)| record.has(name))
                .map(|(name, tag)| {
                    let mut column = meta_column(if kobo { kobo_name(name) } else { name }, tag);
                    if matches!(*name, "received_at" | "saved_at")
                        && record.coarsened(name).is_none()
                    {
                        column.kind = CellKind::DateTime;
                    }
                    column
                })
                .collect(),
            Table::Repeat(_) if kobo => {
                let mut index = meta_column("_index", "#meta+index");
                let mut parent = meta_column("_parent_index", "#meta+index+parent");
                index.kind = CellKind::Number;
                parent.kind = CellKind::Number;
                vec![
                    meta_column("_submission__uuid", "#meta+id"),
                    index,
                    parent,
                    meta_column("_parent_table_name", "#meta+table+parent"),
                ]
            }
            Table::Repeat(_) => vec![
                meta_column("submission_id", "#meta+id"),
                meta_column("row", "#meta+row"),
                meta_column("parent_row", "#meta+row+parent"),
            ],
        };
        let mut counts = Vec::new();
        // A repeat's count leaves only when something of the repeat leaves under this
        // profile: the number of a household's incidents is as telling as the incidents.
        for (node, loc) in form.walk() {
            if loc.repeat() != innermost.as_deref() {
                continue;
            }
            match &node.kind {
                Kind::Repeat => {
                    if repeat_leaves(form, shaper, &node.name) {
                        counts.push(node.name.clone());
                    }
                }
                Kind::Group | Kind::Note => {}
                kind => {
                    if shaper.shape(&node.name) == Shape::Drop {
                        continue;
                    }
                    let choices = match kind {
                        Kind::SelectOne { list } => Some((list.clone(), false)),
                        Kind::SelectMultiple { list } | Kind::Rank { list } => {
                            Some((list.clone(), true))
                        }
                        _ => None,
                    };
                    let name = if kobo {
                        group_path(form, &loc.path)
                    } else {
                        node.name.clone()
                    };
                    let tag = super::hxl::question_tag(hxl(&node.name), kind, &node.name);
                    // Kobo: a 0/1 column per choice after a select_multiple that leaves as
                    // it was answered.
                    let ones: Vec<Column> = match kind {
                        Kind::SelectMultiple { list }
                            if kobo
                                && kind.repeat_source().is_none()
                                && shaper.shape(&node.name) == Shape::Keep
                                && form.choices(list).len() <= MAX_CHOICE_COLUMNS =>
                        {
                            form.choices(list)
                                .iter()
                                .map(|c| Column {
                                    name: format!("{name}/{}", c.name),
                                    kind: CellKind::Number,
                                    question: Some(node.name.clone()),
                                    choices: None,
                                    attachment: false,
                                    choice: Some(c.name.clone()),
                                    hxl: super::hxl::choice_tag(&tag, &c.name),
                                })
                                .collect()
                        }
                        _ => Vec::new(),
                    };
                    columns.push(Column {
                        name,
                        kind: CellKind::of(kind, shaper.shape(&node.name)),
                        question: Some(node.name.clone()),
                        choices,
                        attachment: matches!(kind, Kind::Media { .. }),
                        choice: None,
                        hxl: tag,
                    });
                    columns.extend(ones);
                }
            }
        }
        for repeat in &counts {
            // `<repeat>_count`, unless a question already has that name (a form often
            // asks `children_count` and repeats `children` that many times).
            let mut name = format!("{repeat}_count");
            if columns.iter().any(|c| c.name == name) {
                name = format!("{repeat}_instances");
            }
            let mut column = meta_column(&name, &super::hxl::count_tag(repeat));
            column.kind = CellKind::Number;
            columns.push(column);
        }
        if kobo && table == Table::Main {
            let mut index = meta_column("_index", "#meta+index");
            index.kind = CellKind::Number;
            columns.push(index);
        }
        Layout {
            table,
            columns,
            counts,
            labels,
            style,
            record,
        }
    }

    pub fn style(&self) -> Style {
        self.style
    }

    /// What each column holds, in order.
    pub fn kinds(&self) -> Vec<CellKind> {
        self.columns.iter().map(|c| c.kind).collect()
    }

    pub fn header(&self) -> Vec<String> {
        self.columns.iter().map(|c| c.name.clone()).collect()
    }

    /// The HXL tag row.
    pub fn hxl_row(&self) -> Vec<String> {
        self.columns.iter().map(|c| c.hxl.clone()).collect()
    }

    /// The rows one record contributes to this table. Cells borrow from the record where
    /// they can: most answers leave as they are.
    pub fn rows<'r>(
        &self,
        form: &CompiledForm,
        shaper: &Shaper,
        row: &'r ExportRow,
        answers: &'r Answers,
        numbering: &mut Numbering,
    ) -> Result<Vec<Vec<Cow<'r, str>>>> {
        let kobo = self.style == Style::Kobo;
        match &self.table {
            Table::Main => {
                // The stored consent is read with the one definition of its shape
                // (`forms::consent::Consent`): every method the phone can record exports.
                let consent: Consent = serde_json::from_str(&row.consent_json)
                    .map_err(|e| anyhow::anyhow!("record {}: unreadable consent: {e}", row.id))?;
                let (method, purposes) = match &consent.decision {
                    // Those it still serves: a purpose withdrawn or past its retention
                    // is no longer one the data may be used for.
                    Decision::Given { purposes, method } => (
                        method.name(),
                        purposes
                            .iter()
                            .filter(|p| row.held.split(' ').any(|h| h == p.as_str()))
                            .filter(|p| self.record.still_holds(p, &row.received_at))
                            .map(String::as_str)
                            .collect::<Vec<_>>()
                            .join(" "),
                    ),
                    Decision::Refused => ("refused", String::new()),
                };
                let id = self.record.id(&row.id);
                let mut cells: Vec<Cow<'r, str>> = Vec::with_capacity(self.columns.len());
                cells.push(id.clone());
                for (name, coarsen) in &self.record.columns {
                    let value: Cow<'r, str> = match *name {
                        "form_version" => Cow::Borrowed(row.form_version.as_str()),
                        "received_at" => Cow::Owned(utc_millis(&row.received_at)),
                        "saved_at" => Cow::Owned(utc_millis(&row.saved_at)),
                        "consent_language" => Cow::Owned(consent.language.clone()),
                        "consent_method" => Cow::Borrowed(method),
                        "consent_purposes" => Cow::Owned(purposes.clone()),
                        // Whether the consent text's recording was played to its end.
                        "consent_audio" => {
                            Cow::Borrowed(if consent.played_audio { "yes" } else { "no" })
                        }
                        "receipt" => Cow::Borrowed(row.receipt.as_str()),
                        _ => Cow::Borrowed(""),
                    };
                    cells.push(match coarsen {
                        Some(g) => Cow::Owned(g.apply(&value)),
                        None => value,
                    });
                }
                self.fill(form, shaper, answers, (&id, ""), &mut cells);
                let index = numbering.next(0);
                if kobo {
                    cells.push(Cow::Owned(index.to_string()));
                }
                Ok(vec![cells])
            }
            Table::Repeat(chain) => {
                let id = self.record.id(&row.id);
                let mut out = Vec::new();
                let mut instances = Vec::new();
                let record = numbering.next(0);
                collect_instances(
                    answers,
                    chain,
                    (1, String::new(), String::new(), record),
                    numbering,
                    &mut instances,
                );
                for (row_no, parent, (index, parent_index), instance) in instances {
                    // Where the instance is, for its attachments' names: `outer[2]/inner[1]/`.
                    let at: String = chain
                        .iter()
                        .zip(row_no.split('.'))
                        .map(|(repeat, n)| format!("{repeat}[{n}]/"))
                        .collect();
                    let mut cells = if kobo {
                        let parent_table = match chain.len() {
                            1 => "records",
                            n => chain[n - 2].as_str(),
                        };
                        vec![
                            id.clone(),
                            Cow::Owned(index.to_string()),
                            Cow::Owned(parent_index.to_string()),
                            Cow::Owned(parent_table.to_string()),
                        ]
                    } else {
                        vec![id.clone(), Cow::Owned(row_no), Cow::Owned(parent)]
                    };
                    self.fill(form, shaper, instance, (&id, &at), &mut cells);
                    out.push(cells);
                }
                Ok(out)
            }
        }
    }

    fn fill<'r>(
        &self,
        form: &CompiledForm,
        shaper: &Shaper,
        answers: &'r Answers,
        (record, at): (&str, &str),
        cells: &mut Vec<Cow<'r, str>>,
    ) {
        for column in &self.columns {
            let Some(question) = &column.question else {
                continue;
            };
            let raw = match answers.get(question) {
                Some(Answer::Value(v)) => v.as_str(),
                _ => "",
            };
            if let Some(choice) = &column.choice {
                // This record's version may not let the question out as answered.
                if shaper.shape(question) != Shape::Keep {
                    cells.push(Cow::Borrowed(""));
                    continue;
                }
                let chosen = raw.split_whitespace().any(|c| c == choice);
                cells.push(Cow::Borrowed(match () {
                    _ if raw.is_empty() => "",
                    _ if chosen => "1",
                    _ => "0",
                }));
                continue;
            }
            let shape = shaper.shape(question);
            if column.attachment && shape == Shape::Keep {
                let name = forms::attachment::Attachment::parse(raw)
                    .map(|a| a.file_name(record, &format!("{at}{question}")));
                cells.push(Cow::Owned(name.unwrap_or_default()));
                continue;
            }
            cells.push(match (&column.choices, &self.labels, shape) {
                (Some((list, multiple)), Some(lang), Shape::Keep) => {
                    Cow::Owned(label_of(form, list, *multiple, raw, lang))
                }
                (_, _, Shape::Keep) if column.kind == CellKind::DateTime => {
                    Cow::Owned(utc_millis(raw))
                }
                (_, _, Shape::Keep) => Cow::Borrowed(raw),
                _ => Cow::Owned(shaper.value(question, raw).unwrap_or_default()),
            });
        }
        for repeat in &self.counts {
            let n = match answers.get(repeat) {
                Some(Answer::Repeat(items)) => items.len(),
                _ => 0,
            };
            cells.push(Cow::Owned(n.to_string()));
        }
    }
}

/// A record column's name in the Kobo layout.
fn kobo_name(name: &str) -> &str {
    match name {
        "submission_id" => "_uuid",
        "form_version" => "__version__",
        "received_at" => "_submission_time",
        other => other,
    }
}

/// A node's name with the groups and repeats around it, as Kobo names columns:
/// `water/water_source`, `members/member_age`.
fn group_path(form: &CompiledForm, path: &[usize]) -> String {
    let mut names = Vec::with_capacity(path.len());
    let mut nodes = form.form.body.as_slice();
    for &i in path {
        let Some(node) = nodes.get(i) else { break };
        names.push(node.name.as_str());
        nodes = &node.children;
    }
    names.join("/")
}

/// An instance of a repeat: its position (`2`, or `2.1` inside an outer repeat), its
/// parent's, its running number in the download and its parent's, and its answers.
type Instance<'a> = (String, String, (u64, u64), &'a Answers);

/// Every instance of the repeat at the end of `chain`. `at`: the level (1 for the
/// outermost repeat), the position and parent position so far, and the parent's number.
fn collect_instances<'a>(
    answers: &'a Answers,
    chain: &[String],
    (level, prefix, parent, parent_index): (usize, String, String, u64),
    numbering: &mut Numbering,
    out: &mut Vec<Instance<'a>>,
) {
    let Some((first, rest)) = chain.split_first() else {
        return;
    };
    let Some(Answer::Repeat(items)) = answers.get(first) else {
        return;
    };
    for (i, item) in items.iter().enumerate() {
        let position = if prefix.is_empty() {
            (i + 1).to_string()
        } else {
            format!("{prefix}.{}", i + 1)
        };
        let index = numbering.next(level);
        if rest.is_empty() {
            out.push((position, parent.clone(), (index, parent_index), item));
        } else {
            let at = (level + 1, position.clone(), position, index);
            collect_instances(item, rest, at, numbering, out);
        }
    }
}

/// A select answer's label(s) in `lang` (`; ` between several); unknown codes stay.
fn label_of(form: &CompiledForm, list: &str, multiple: bool, value: &str, lang: &str) -> String {
    let choices = form.choices(list);
    let fallback = form.form.default_language.as_str();
    let one = |code: &str| -> String {
        choices
            .iter()
            .find(|c| c.name == code)
            .map(|c| forms::markup::plain(c.label.get(lang, fallback)))
            .unwrap_or_else(|| code.to_string())
    };
    if multiple {
        value
            .split_whitespace()
            .map(one)
            .collect::<Vec<_>>()
            .join("; ")
    } else if value.is_empty() {
        String::new()
    } else {
        one(value)
    }
}

#[cfg(test)]
mod times {
    use super::utc_millis;

    #[test]
    fn every_time_leaves_as_utc_to_the_millisecond() {
        assert_eq!(
            utc_millis("2026-11-24T07:30:05.123456789Z"),
            "2026-11-24T07:30:05.123Z"
        );
        assert_eq!(
            utc_millis("2026-11-24T07:30:05Z"),
            "2026-11-24T07:30:05.000Z"
        );
        assert_eq!(
            utc_millis("2026-11-24T07:30:05.5Z"),
            "2026-11-24T07:30:05.500Z"
        );
        assert_eq!(
            utc_millis("2026-11-24T13:00:00.5+03:00"),
            "2026-11-24T10:00:00.500Z"
        );
        assert_eq!(utc_millis("not a time"), "not a time");
    }
}

//! CSV export of approved records. Only records whose respondent accepted the
//! needs-assessment purpose ever reach a file; the filter is in the query itself.

use forms::consent::{Consent, Decision, Method};
use forms::model::{Answer, Answers, CompiledForm, Kind};

use crate::db::ExportRow;
use crate::error::Result;

/// Columns that describe the record rather than answer a question.
const META_COLUMNS: &[&str] = &[
    "submission_id",
    "form_version",
    "received_at",
    "saved_at",
    "receipt",
    "consent_language",
    "consent_method",
    "consent_purposes",
];

/// Spreadsheet programs run cells that start like a formula; neutralise them.
fn safe_cell(value: &str) -> String {
    let risky = value.starts_with(['=', '+', '@', '\t', '\r'])
        || (value.starts_with('-') && value.parse::<f64>().is_err());
    if risky {
        format!("'{value}")
    } else {
        value.to_string()
    }
}

fn value_of(answers: &Answers, name: &str) -> String {
    match answers.get(name) {
        Some(Answer::Value(v)) => v.clone(),
        _ => String::new(),
    }
}

/// A CSV export of one form, written row by row so memory stays flat however many
/// records there are. UTF-8 with a byte-order mark, so Excel reads the Arabic and French
/// correctly. Questions inside a repeat get one column each, with the values of every
/// instance joined by ` | ` in order.
pub struct CsvExport {
    /// (question name, enclosing repeat) in form order.
    questions: Vec<(String, Option<String>)>,
}

fn csv_line(cells: &[String]) -> Result<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(cells).map_err(anyhow::Error::from)?;
    writer
        .into_inner()
        .map_err(|e| anyhow::anyhow!("csv: {e}").into())
}

impl CsvExport {
    pub fn new(form: &CompiledForm) -> CsvExport {
        let questions = form
            .walk()
            .into_iter()
            .filter(|(node, _)| !matches!(node.kind, Kind::Group | Kind::Repeat | Kind::Note))
            .map(|(node, loc)| (node.name.clone(), loc.repeat.clone()))
            .collect();
        CsvExport { questions }
    }

    /// The byte-order mark and the header line.
    pub fn header(&self) -> Result<Vec<u8>> {
        let cells: Vec<String> = META_COLUMNS
            .iter()
            .map(|c| c.to_string())
            .chain(self.questions.iter().map(|(name, _)| name.clone()))
            .collect();
        let mut out = b"\xEF\xBB\xBF".to_vec();
        out.extend(csv_line(&cells)?);
        Ok(out)
    }

    /// One record's line.
    pub fn row(&self, row: &ExportRow) -> Result<Vec<u8>> {
        let consent: Consent =
            serde_json::from_str(&row.consent_json).map_err(anyhow::Error::from)?;
        let answers: Answers =
            serde_json::from_str(&row.answers_json).map_err(anyhow::Error::from)?;
        let (method, purposes) = match &consent.decision {
            Decision::Given { purposes, method } => (
                match method {
                    Method::Signature { .. } => "signature",
                    Method::Verbal { .. } => "verbal",
                },
                purposes.join(" "),
            ),
            Decision::Refused => ("refused", String::new()),
        };
        let mut record: Vec<String> = [
            row.id.as_str(),
            &row.form_version,
            &row.received_at,
            &row.saved_at,
            &row.receipt,
            &consent.language,
            method,
            &purposes,
        ]
        .iter()
        .map(|cell| safe_cell(cell))
        .collect();
        for (name, repeat) in &self.questions {
            let cell = match repeat {
                None => value_of(&answers, name),
                Some(r) => match answers.get(r) {
                    Some(Answer::Repeat(items)) => items
                        .iter()
                        .map(|item| value_of(item, name))
                        .collect::<Vec<_>>()
                        .join(" | "),
                    _ => String::new(),
                },
            };
            record.push(safe_cell(&cell));
        }
        csv_line(&record)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_starts_with_a_byte_order_mark_and_names_every_question() {
        let form = forms::demo::household_form().compile().unwrap();
        let header = CsvExport::new(&form).header().unwrap();
        assert!(header.starts_with(b"\xEF\xBB\xBF"));
        let text = String::from_utf8(header[3..].to_vec()).unwrap();
        assert!(
            text.starts_with("submission_id,") && text.contains(",member_age,"),
            "{text}"
        );
        assert!(text.ends_with('\n') && text.lines().count() == 1);
    }

    #[test]
    fn formulas_are_neutralised_but_negative_numbers_are_not() {
        assert_eq!(safe_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(safe_cell("-12"), "-12");
        assert_eq!(safe_cell("-cmd"), "'-cmd");
        assert_eq!(safe_cell("مخيم"), "مخيم");
    }
}

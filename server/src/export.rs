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

/// Write approved records as CSV (UTF-8 with a byte-order mark, so Excel reads the
/// Arabic and French correctly). Questions inside a repeat get one column each, with
/// the values of every instance joined by ` | ` in order.
pub fn write_csv(form: &CompiledForm, rows: &[ExportRow]) -> Result<Vec<u8>> {
    let questions: Vec<(&str, Option<&str>)> = form
        .walk()
        .into_iter()
        .filter(|(node, _)| !matches!(node.kind, Kind::Group | Kind::Repeat | Kind::Note))
        .map(|(node, loc)| (node.name.as_str(), loc.repeat.as_deref()))
        .collect();
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut writer = csv::Writer::from_writer(&mut out);
        let header = META_COLUMNS
            .iter()
            .copied()
            .chain(questions.iter().map(|(name, _)| *name));
        writer.write_record(header).map_err(anyhow::Error::from)?;
        for row in rows {
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
            for (name, repeat) in &questions {
                let cell = match repeat {
                    None => value_of(&answers, name),
                    Some(r) => match answers.get(*r) {
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
            writer.write_record(&record).map_err(anyhow::Error::from)?;
        }
        writer.flush().map_err(anyhow::Error::from)?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_but_negative_numbers_are_not() {
        assert_eq!(safe_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(safe_cell("-12"), "-12");
        assert_eq!(safe_cell("-cmd"), "'-cmd");
        assert_eq!(safe_cell("مخيم"), "مخيم");
    }
}

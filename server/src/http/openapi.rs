//! What the OpenAPI document says of every operation beyond its own annotation: every
//! error answer is the one `ErrorBody` (so an annotation cannot forget it), and every
//! operation that reads a body or parameters may answer 400 when they cannot be read.
//! Plus the schemas the handlers' annotations name for bodies that are not JSON.

use std::borrow::Cow;

use utoipa::openapi::path::Operation;
use utoipa::openapi::{ContentBuilder, OpenApi, Ref, RefOr, Response, ResponseBuilder};

/// A body of bytes: an uploaded file, a workbook, an attachment
/// (`{"type": "string", "format": "binary"}`).
pub struct Binary;

impl utoipa::PartialSchema for Binary {
    fn schema() -> RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::String)
            .format(Some(utoipa::openapi::SchemaFormat::KnownFormat(
                utoipa::openapi::KnownFormat::Binary,
            )))
            .into()
    }
}

impl utoipa::ToSchema for Binary {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Binary")
    }
}

/// A JSON object whose members are not fixed (a submission's answers as a view shapes
/// them).
pub struct Document;

impl utoipa::PartialSchema for Document {
    fn schema() -> RefOr<utoipa::openapi::schema::Schema> {
        utoipa::openapi::ObjectBuilder::new()
            .schema_type(utoipa::openapi::schema::Type::Object)
            .into()
    }
}

impl utoipa::ToSchema for Document {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Document")
    }
}

/// The Kantara Consent Receipt v1.1. Its schema is the specification's, written once in
/// `forms/assets/kantara-cr-v1.1.schema.json`: [`served`] puts that schema in the
/// document in place of this placeholder, so the API and the receipt tests read one
/// definition.
pub struct KantaraReceipt;

impl utoipa::PartialSchema for KantaraReceipt {
    fn schema() -> RefOr<utoipa::openapi::schema::Schema> {
        Document::schema()
    }
}

impl utoipa::ToSchema for KantaraReceipt {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed(KANTARA)
    }
}

const KANTARA: &str = "KantaraReceipt";

/// A JSON export (`format=json`): what the export is, the HXL row, and the rows, each
/// an object keyed by column in the columns' order (numbers as numbers, blanks as null).
#[derive(utoipa::ToSchema)]
#[allow(dead_code)] // a schema only: the export is streamed by `crate::export`
pub struct ExportDocument {
    export: ExportAbout,
    /// One HXL tag per column, in the columns' order (when the profile asks for HXL).
    hxl: Option<Vec<String>>,
    #[schema(value_type = Vec<Object>)]
    rows: Vec<()>,
}

/// The metadata at the head of a JSON export.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)] // a schema only
pub struct ExportAbout {
    form: String,
    form_version: String,
    /// The repeat's table, or null for the main table.
    table: Option<String>,
    /// The language of choice labels, or null for choice names.
    labels: Option<String>,
    /// `sauti` or `kobo`.
    layout: String,
    profile: String,
    purpose: String,
    policy_version: i64,
    /// Every combination of quasi-identifiers in the export is shared by at least k records.
    k: u32,
    quasi_identifiers: Vec<String>,
    /// Records k-anonymity withheld.
    suppressed: u64,
    generated_at: String,
    columns: Vec<String>,
    /// `text`, `number`, `date` or `datetime`, per column.
    column_kinds: Vec<String>,
    times: String,
}

/// The document as served: utoipa's, with the schemas that are standards of their own
/// (the Kantara receipt) put in from their JSON Schema files. Their `$defs` become
/// components named `KantaraReceipt.<name>`, and their references follow.
pub fn served(doc: &OpenApi) -> serde_json::Value {
    let mut served = serde_json::to_value(doc).expect("an OpenAPI document is JSON");
    let mut kantara: serde_json::Value =
        serde_json::from_str(forms::consent::KANTARA_RECEIPT_SCHEMA)
            .expect("the Kantara schema in forms/assets is JSON (tested in forms)");
    retarget(&mut kantara);
    let schemas = &mut served["components"]["schemas"];
    if let serde_json::Value::Object(top) = &mut kantara {
        top.remove("$schema");
        top.remove("$id");
        if let Some(serde_json::Value::Object(defs)) = top.remove("$defs") {
            for (name, schema) in defs {
                schemas[format!("{KANTARA}.{name}")] = schema;
            }
        }
    }
    schemas[KANTARA] = kantara;
    served
}

/// Points the Kantara schema's `#/$defs/x` references at `#/components/schemas/KantaraReceipt.x`.
fn retarget(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(members) => {
            for (key, member) in members.iter_mut() {
                match member {
                    serde_json::Value::String(target) if key == "$ref" => {
                        if let Some(name) = target.strip_prefix("#/$defs/") {
                            *target = format!("#/components/schemas/{KANTARA}.{name}");
                        }
                    }
                    _ => retarget(member),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(retarget),
        _ => {}
    }
}

/// Completes every operation: error answers carry `ErrorBody`, and 400 is declared
/// wherever a body or a parameter is read.
pub struct Complete;

impl utoipa::Modify for Complete {
    fn modify(&self, api: &mut OpenApi) {
        for item in api.paths.paths.values_mut() {
            for operation in [
                &mut item.get,
                &mut item.put,
                &mut item.post,
                &mut item.delete,
                &mut item.patch,
            ]
            .into_iter()
            .flatten()
            {
                complete(operation);
            }
        }
    }
}

fn error(description: &str) -> Response {
    ResponseBuilder::new()
        .description(description)
        .content(
            "application/json",
            ContentBuilder::new()
                .schema(Some(Ref::from_schema_name("ErrorBody")))
                .build(),
        )
        .build()
}

fn complete(operation: &mut Operation) {
    let reads = operation.request_body.is_some()
        || operation.parameters.as_ref().is_some_and(|p| !p.is_empty());
    let responses = &mut operation.responses.responses;
    if reads && !responses.contains_key("400") {
        responses.insert(
            "400".into(),
            RefOr::T(error(
                "The body or a parameter cannot be read (malformed, or not of the declared type)",
            )),
        );
    }
    for (status, response) in responses.iter_mut() {
        let RefOr::T(response) = response else {
            continue;
        };
        if status.as_str() >= "400" && response.content.is_empty() {
            *response = error(&response.description);
        }
    }
}

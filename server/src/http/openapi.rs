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

/// A JSON document whose shape is a standard of its own (the Kantara consent receipt,
/// whose schema is `forms/assets/kantara-cr-v1.1.schema.json`).
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

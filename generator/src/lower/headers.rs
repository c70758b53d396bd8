//! Documented response headers -> the fields of a headers struct.
//!
//! Each response's headers (inline or `$ref` to `components/headers`) are
//! lowered on their own; an operation's success responses then share one
//! struct, and each error response keeps its own. Header names are
//! case-insensitive, so fields are keyed by the lower-cased name.

use super::pointer;
use super::schema::SchemaLowerer;
use crate::diagnostics::Diagnostic;
use crate::ir::{Doc, HeaderField, HeaderSet, ResponseCase, TypeRef};
use crate::naming::{self, Ident, Scope};
use crate::parse::Document;
use openapiv3::{Header, ParameterSchemaOrContent, ReferenceOr};

/// One struct for the headers of every success response: a header is
/// required only when every success response requires it.
pub(super) fn merge_success_headers(
    success: &mut [ResponseCase],
    builder_name: &str,
    schemas: &mut SchemaLowerer<'_>,
) -> Option<HeaderSet> {
    let sets: Vec<HeaderSet> = success.iter_mut().filter_map(|case| case.headers.take()).collect();
    let documented_everywhere = sets.len() == success.len();
    let mut fields: Vec<HeaderField> = Vec::new();
    for set in &sets {
        for field in &set.fields {
            if !fields.iter().any(|f| f.wire_name == field.wire_name) {
                let everywhere = documented_everywhere
                    && sets.iter().all(|s| s.fields.iter().any(|f| f.wire_name == field.wire_name && f.required));
                fields.push(HeaderField { required: everywhere, ..field.clone() });
            }
        }
    }
    if fields.is_empty() {
        return None;
    }
    // Names from different responses may collide (`X-Id` and `x_id`).
    let mut scope = Scope::default();
    for field in &mut fields {
        field.rust_name = scope.claim(&field.rust_name);
    }
    Some(HeaderSet {
        name: schemas.claim_type_name(&format!("{builder_name}Headers")),
        fields,
        component: None,
        defined_elsewhere: false,
    })
}

/// The documented headers of one response, named in their own scope; the
/// caller names the struct and says where it comes from.
pub(super) fn lower_headers(
    document: &Document,
    headers: &indexmap::IndexMap<String, ReferenceOr<Header>>,
    at: &str,
    hint: &str,
    schemas: &mut SchemaLowerer<'_>,
) -> Option<HeaderSet> {
    let mut fields: Vec<HeaderField> = Vec::new();
    let mut scope = Scope::default();
    for (name, header) in headers {
        let header_pointer = pointer(&pointer(at, "headers"), name);
        let (header, header_pointer) = match header {
            ReferenceOr::Item(h) => (h.clone(), header_pointer),
            ReferenceOr::Reference { reference } => match document.resolve::<Header>(reference) {
                Some(resolved) => resolved,
                None => {
                    schemas.diagnostics().push(Diagnostic::error(
                        header_pointer,
                        format!("header reference `{reference}` does not resolve to a header"),
                    ));
                    continue;
                }
            },
        };
        let wire_name = name.to_ascii_lowercase();
        if wire_name == "content-type" {
            // OpenAPI says a documented `Content-Type` header is ignored.
            continue;
        }
        if !is_header_name(name) {
            schemas.diagnostics().push(Diagnostic::warning(
                header_pointer,
                format!("`{name}` is not a valid header name; the header is skipped"),
            ));
            continue;
        }
        if fields.iter().any(|f| f.wire_name == wire_name) {
            schemas.diagnostics().push(Diagnostic::warning(
                header_pointer,
                format!("header `{name}` is documented twice (names are case-insensitive); the second is skipped"),
            ));
            continue;
        }
        let type_hint = format!("{hint}{}", naming::type_name(name));
        let ty = match &header.format {
            ParameterSchemaOrContent::Schema(schema) => {
                schemas.use_site(schema, &pointer(&header_pointer, "schema"), &type_hint)
            }
            ParameterSchemaOrContent::Content(content) => {
                match content.iter().next().and_then(|(media_type, media)| Some((media_type, media.schema.as_ref()?))) {
                    Some((media_type, schema)) => {
                        let schema_pointer =
                            pointer(&pointer(&pointer(&header_pointer, "content"), media_type), "schema");
                        schemas.use_site(schema, &schema_pointer, &type_hint)
                    }
                    None => TypeRef::String,
                }
            }
        };
        let ty = match ty.non_null() {
            // A header without a type is read as its text.
            TypeRef::Json => TypeRef::String,
            ty if header_scalar(schemas, ty) => ty.clone(),
            TypeRef::Vec(item) if header_scalar(schemas, item) => TypeRef::Vec(item.clone()),
            _ => {
                schemas.diagnostics().push(Diagnostic::warning(
                    &header_pointer,
                    format!("header `{name}` is not a scalar or a list of scalars; it is typed as its text"),
                ));
                TypeRef::String
            }
        };
        fields.push(HeaderField {
            rust_name: scope.claim(&naming::snake_name(name)),
            wire_name,
            doc: Doc {
                title: None,
                description: header.description.clone(),
                deprecated: header.deprecated.unwrap_or(false),
            },
            ty,
            required: header.required,
        });
    }
    // Named once the operation is known (`merge_success_headers`, `lower_operation`).
    (!fields.is_empty()).then(|| HeaderSet {
        name: Ident::new("Headers"),
        fields,
        component: None,
        defined_elsewhere: false,
    })
}

/// Whether a header value of type `ty` can be read from its text.
fn header_scalar(schemas: &SchemaLowerer<'_>, ty: &TypeRef) -> bool {
    crate::ir::scalar_in(&|id| schemas.def(id).map(|def| &def.kind), ty) == Some(crate::ir::Scalar::Text)
}

/// Whether `name` is a valid HTTP header name (an RFC 9110 token).
pub(super) fn is_header_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

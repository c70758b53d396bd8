//! Document -> IR: `$ref` resolution, naming, types, operations and security.
//!
//! Lowering is the only stage that judges the document. Problems become
//! diagnostics with a JSON pointer; constructs that cannot be expressed get
//! a fallback (`serde_json::Value`, raw bytes) and a warning.

mod bodies;
mod defaults;
mod encoding;
pub(crate) mod features;
mod headers;
mod operation;
mod pagination;
mod presence;
mod recursion;
mod responses;
mod schema;
mod security;
mod unions;

use crate::diagnostics::{escape_pointer_token, Diagnostic};
use crate::ir::{Api, Doc, Server};
use crate::naming::{self, Scope};
use crate::parse::Document;

pub(crate) use schema::SchemaLowerer;

/// Lowers a parsed document into the IR, collecting every diagnostic.
pub fn lower(document: &Document, settings: &crate::Settings, diagnostics: &mut Vec<Diagnostic>) -> Api {
    let api = &document.api;
    let mut type_scope = Scope::with_reserved(naming::RESERVED_TYPE_NAMES);
    for reserved in crate::runtime::TYPE_NAMES {
        type_scope.reserve(reserved);
    }
    let mut schemas = SchemaLowerer::new(document, settings.types, type_scope, diagnostics);
    schemas.declare_components();
    let security_schemes = security::lower_schemes(document, schemas.diagnostics());
    schemas.lower_components();
    let mut operations = operation::lower_operations(document, &mut schemas, &security_schemes);
    let components = schemas.component_types();
    let mut types = schemas.finish(&operations);
    defaults::mark(&mut types);
    encoding::mark(&mut operations, &types);
    let recursion_limit = recursion::recursion_limit(&types);
    for op in &mut operations {
        op.pagination = match settings.pagination.get(&op.operation_id) {
            Some(rule) => match pagination::apply_rule(op, rule, &types) {
                Ok(found) => Some(found),
                Err(message) => {
                    let at = pointer(&pointer("#/paths", &op.path), &op.method.as_str().to_ascii_lowercase());
                    diagnostics.push(Diagnostic::error(at, message));
                    None
                }
            },
            None => pagination::detect(op, &types),
        };
    }
    for id in settings.pagination.keys().filter(|id| !operations.iter().any(|op| op.operation_id == **id)) {
        diagnostics.push(Diagnostic::error(
            "#/paths",
            format!("pagination is configured for `{id}`, but the document has no operation with that operationId"),
        ));
    }
    let servers: Vec<Server> = api
        .servers
        .iter()
        .map(|server| Server { url: server_url(server), description: server.description.clone() })
        .collect();
    let default_base_url =
        servers.first().map(|s| s.url.clone()).filter(|url| url.starts_with("http://") || url.starts_with("https://"));
    let features = settings.features_per_tag.then(|| features::per_tag(&operations, &types));
    Api {
        title: api.info.title.clone(),
        version: api.info.version.clone(),
        description: api.info.description.clone(),
        default_base_url,
        servers,
        types,
        operations,
        security_schemes,
        components,
        recursion_limit,
        features,
    }
}

/// A server URL with its variables replaced by their defaults.
fn server_url(server: &openapiv3::Server) -> String {
    let mut url = server.url.clone();
    if let Some(variables) = &server.variables {
        for (name, variable) in variables {
            url = url.replace(&format!("{{{name}}}"), &variable.default);
        }
    }
    url.trim_end_matches('/').to_owned()
}

/// Joins `base` and one more reference token.
pub(crate) fn pointer(base: &str, token: &str) -> String {
    format!("{base}/{}", escape_pointer_token(token))
}

/// Documentation fields of a schema.
pub(crate) fn schema_doc(data: &openapiv3::SchemaData) -> Doc {
    Doc { title: data.title.clone(), description: data.description.clone(), deprecated: data.deprecated }
}

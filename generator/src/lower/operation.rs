//! Paths and operations -> client methods with typed parameters and responses.

use super::bodies::lower_body;
use super::headers;
use super::pointer;
use super::responses::{distinct_success_types, lower_responses};
use super::schema::SchemaLowerer;
use crate::diagnostics::Diagnostic;
use crate::ir::{
    Doc, Method, Operation, Param, ParamEncoding, ParamLocation, PathPart, QueryStyle, SecurityScheme, TypeRef,
};
use crate::naming::{self, Ident, Scope};
use crate::parse::Document;
use openapiv3::{Parameter, ParameterSchemaOrContent, ReferenceOr, SecurityRequirement};
use std::collections::{BTreeMap, HashSet};

/// Methods that the generated `client.rs` adds to `Client`.
const GENERATED_CLIENT_METHODS: &[&str] = &["new", "builder"];
/// The methods `Client` has before any operation: the runtime's and those of
/// the generated `client.rs`.
fn client_methods() -> Vec<&'static str> {
    [GENERATED_CLIENT_METHODS, crate::runtime::CLIENT_METHODS].concat()
}

/// Methods and fields of every generated request builder, besides the
/// runtime's per-call options.
const GENERATED_BUILDER_MEMBERS: &[&str] = &["client", "body", "options", "send", "into_request", "into_stream"];

/// Lowers every operation in document order.
pub(super) fn lower_operations(
    document: &Document,
    schemas: &mut SchemaLowerer<'_>,
    schemes: &[SecurityScheme],
) -> Vec<Operation> {
    let short_names = framework_short_names(document);
    let mut names = Names {
        methods: Scope::with_reserved(&client_methods()),
        operation_ids: HashSet::new(),
        shared_headers: BTreeMap::new(),
        short_names,
    };
    let mut operations = Vec::new();
    for (path, item) in &document.api.paths.paths {
        let item_pointer = pointer("#/paths", path);
        // A referenced path item's operations are located where it is written.
        let (item, item_pointer) = match item {
            ReferenceOr::Item(item) => (item.clone(), item_pointer),
            ReferenceOr::Reference { reference } => match document.resolve::<openapiv3::PathItem>(reference) {
                Some(resolved) => resolved,
                None => {
                    schemas.diagnostics().push(Diagnostic::error(
                        &item_pointer,
                        format!("path item reference `{reference}` does not resolve"),
                    ));
                    continue;
                }
            },
        };
        let methods = [
            (Method::Get, &item.get),
            (Method::Put, &item.put),
            (Method::Post, &item.post),
            (Method::Delete, &item.delete),
            (Method::Options, &item.options),
            (Method::Head, &item.head),
            (Method::Patch, &item.patch),
            (Method::Trace, &item.trace),
        ];
        for (method, operation) in methods {
            let Some(operation) = operation else { continue };
            let at = pointer(&item_pointer, &method.as_str().to_ascii_lowercase());
            let context = Context { document, path, at: &at, schemes };
            if let Some(lowered) = lower_operation(&context, method, operation, &item.parameters, schemas, &mut names) {
                operations.push(lowered);
            }
        }
    }
    operations
}

/// Names claimed across operations.
struct Names {
    /// Client method names.
    methods: Scope,
    operation_ids: HashSet<String>,
    /// `components/responses` reference -> the name of its headers struct,
    /// shared by every operation whose error response it is.
    shared_headers: BTreeMap<String, Ident>,
    /// operationId -> the shorter method name it was generated from (see
    /// [`framework_short_names`]).
    short_names: BTreeMap<String, String>,
}

struct Context<'a> {
    document: &'a Document,
    path: &'a str,
    at: &'a str,
    schemes: &'a [SecurityScheme],
}

fn lower_operation(
    context: &Context<'_>,
    method: Method,
    operation: &openapiv3::Operation,
    shared_params: &[ReferenceOr<Parameter>],
    schemas: &mut SchemaLowerer<'_>,
    names: &mut Names,
) -> Option<Operation> {
    let at = context.at;
    let mut exact_duplicate = false;
    let operation_id = match &operation.operation_id {
        Some(id) if !id.trim().is_empty() => {
            if !names.operation_ids.insert(id.clone()) {
                exact_duplicate = true;
                schemas.diagnostics().push(Diagnostic::warning(
                    pointer(at, "operationId"),
                    format!(
                        "operationId `{id}` is used by more than one operation; this one gets a distinct method name"
                    ),
                ));
            }
            id.clone()
        }
        _ => derived_operation_id(method, context.path),
    };
    let candidate = match names.short_names.get(&operation_id) {
        Some(short) if !exact_duplicate => short.clone(),
        _ => naming::snake_name(&operation_id).to_string(),
    };
    let rust_name = names.methods.claim(&candidate);
    if rust_name != candidate && !exact_duplicate {
        let owner =
            if client_methods().contains(&candidate.as_str()) { "`Client` itself" } else { "another operation" };
        schemas.diagnostics().push(Diagnostic::warning(
            pointer(at, "operationId"),
            format!("operationId `{operation_id}` gives the method name `{candidate}`, which {owner} already has; this one is `{rust_name}`"),
        ));
    }
    // A schema may already have the operation's name (FastAPI names a
    // response model `EchoPet` beside the route `echo_pet`).
    let builder_name = schemas
        .claim_type_name_preferring(&[rust_name.to_string(), format!("{}Request", naming::type_name(&rust_name))]);

    let mut params = Vec::new();
    let mut param_scope =
        Scope::with_reserved(&[GENERATED_BUILDER_MEMBERS, crate::runtime::CALL_OPTION_METHODS].concat());
    let mut seen_params: Vec<(String, ParamLocation)> = Vec::new();
    // Operation-level parameters override path-level ones with the same name and location.
    let op_params: Vec<(usize, &ReferenceOr<Parameter>, String)> = operation
        .parameters
        .iter()
        .enumerate()
        .map(|(i, p)| (i, p, pointer(&pointer(at, "parameters"), &i.to_string())))
        .collect();
    let item_pointer = at.rsplit_once('/').map_or(at, |(head, _)| head);
    let shared: Vec<(usize, &ReferenceOr<Parameter>, String)> = shared_params
        .iter()
        .enumerate()
        .map(|(i, p)| (i, p, pointer(&pointer(item_pointer, "parameters"), &i.to_string())))
        .collect();
    // What each list declares: a second declaration in the same list is a
    // mistake in the document (the operation's list overriding the path's is not).
    let mut declared: [Vec<(String, ParamLocation)>; 2] = [Vec::new(), Vec::new()];
    for (list, (_, parameter, use_pointer)) in op_params.iter().map(|p| (0, p)).chain(shared.iter().map(|p| (1, p))) {
        let param_pointer = use_pointer;
        let (parameter, param_pointer) = match parameter {
            ReferenceOr::Item(p) => (p.clone(), param_pointer.clone()),
            ReferenceOr::Reference { reference } => match context.document.resolve::<Parameter>(reference) {
                Some(resolved) => resolved,
                None => {
                    schemas.diagnostics().push(Diagnostic::error(
                        param_pointer.as_str(),
                        format!("parameter reference `{reference}` does not resolve to a parameter"),
                    ));
                    continue;
                }
            },
        };
        let key = (parameter.parameter_data_ref().name.clone(), location_of(&parameter));
        if declared[list].contains(&key) {
            schemas.diagnostics().push(Diagnostic::warning(
                use_pointer.as_str(),
                format!(
                    "parameter `{}` ({}) is declared twice in this list; the first declaration is used",
                    key.0,
                    location_name(key.1)
                ),
            ));
            continue;
        }
        declared[list].push(key);
        if let Some(param) =
            lower_param(&parameter, &param_pointer, &builder_name, schemas, &mut param_scope, &seen_params)
        {
            seen_params.push((param.wire_name.clone(), param.location));
            params.push(param);
        }
    }
    let path_parts = path_parts(context.path, &mut params, &mut param_scope, schemas, at)?;
    let body = operation
        .request_body
        .as_ref()
        .and_then(|body| lower_body(context.document, body, &pointer(at, "requestBody"), &builder_name, schemas));
    let (mut success, mut errors) =
        lower_responses(context.document, &operation.responses, &pointer(at, "responses"), &builder_name, schemas);
    let success_headers = headers::merge_success_headers(&mut success, &builder_name, schemas);
    for case in &mut errors {
        let Some(set) = &mut case.headers else { continue };
        match set.component.clone() {
            Some(reference) => match names.shared_headers.get(&reference) {
                Some(name) => {
                    set.name = name.clone();
                    set.defined_elsewhere = true;
                }
                None => {
                    let component = reference.rsplit('/').next().unwrap_or("Response");
                    set.name = schemas.claim_type_name(&format!("{}Headers", naming::type_name(component)));
                    names.shared_headers.insert(reference, set.name.clone());
                }
            },
            None => {
                set.name = schemas.claim_type_name(&format!("{builder_name}{}Headers", naming::unraw(&case.variant)))
            }
        }
    }
    let success_enum =
        (distinct_success_types(&success) > 1).then(|| schemas.claim_type_name(&format!("{builder_name}Success")));
    let error_enum = (!errors.is_empty()).then(|| schemas.claim_type_name(&format!("{builder_name}Error")));
    let security = lower_security(
        operation.security.as_ref().or(context.document.api.security.as_ref()),
        context.schemes,
        at,
        schemas.diagnostics(),
    );
    Some(Operation {
        rust_name,
        builder_name,
        operation_id,
        method,
        path: context.path.to_owned(),
        path_parts,
        summary: operation.summary.clone(),
        tags: operation.tags.clone(),
        description: operation.description.clone(),
        deprecated: operation.deprecated,
        params,
        body,
        success,
        errors,
        success_enum,
        error_enum,
        security,
        success_headers,
        pagination: None,
    })
}

/// FastAPI's default operationIds are `{function}_{path}_{method}`, with
/// every character that is not a word character as `_`
/// (`read_flow_flows__id__get` for `read_flow` on `GET /flows/{id}`): such
/// an operation's method is named after the function, which is what the
/// API's own clients call it, when no other operation would get that name.
fn framework_short_names(document: &Document) -> BTreeMap<String, String> {
    let mut found: Vec<(String, String)> = Vec::new();
    let mut full: HashSet<String> = HashSet::new();
    for (path, item) in &document.api.paths.paths {
        let Some(item) = item.as_item() else { continue };
        for (method, operation) in item.iter() {
            let Some(id) = operation.operation_id.as_deref() else { continue };
            full.insert(naming::snake_name(id).to_string());
            let words: String = path.chars().map(|c| if c.is_alphanumeric() || c == '_' { c } else { '_' }).collect();
            let suffix = format!("{words}_{}", method.to_ascii_lowercase());
            if let Some(function) = id.strip_suffix(&suffix).filter(|f| !f.is_empty() && !f.ends_with('_')) {
                found.push((id.to_owned(), naming::snake_name(function).to_string()));
            }
        }
    }
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, short) in &found {
        *counts.entry(short.as_str()).or_default() += 1;
    }
    let unique: Vec<(String, String)> =
        found.iter().filter(|(_, short)| counts[short.as_str()] == 1 && !full.contains(short)).cloned().collect();
    unique.into_iter().collect()
}

/// `GET /calls/{callId}/messages` -> `get_calls_call_id_messages`.
fn derived_operation_id(method: Method, path: &str) -> String {
    let mut id = method.as_str().to_ascii_lowercase();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        id.push('_');
        id.push_str(segment.trim_matches(|c| c == '{' || c == '}'));
    }
    if id.len() == method.as_str().len() {
        id.push_str("_root");
    }
    id
}

fn lower_param(
    parameter: &Parameter,
    at: &str,
    builder_name: &str,
    schemas: &mut SchemaLowerer<'_>,
    scope: &mut Scope,
    seen: &[(String, ParamLocation)],
) -> Option<Param> {
    let (data, location, style) = match parameter {
        Parameter::Path { parameter_data, .. } => {
            (parameter_data, ParamLocation::Path, QueryStyle::Form { explode: false })
        }
        Parameter::Header { parameter_data, .. } => {
            (parameter_data, ParamLocation::Header, QueryStyle::Form { explode: false })
        }
        Parameter::Cookie { parameter_data, .. } => {
            (parameter_data, ParamLocation::Cookie, QueryStyle::Form { explode: false })
        }
        Parameter::Query { parameter_data, style, .. } => {
            let style = match style {
                openapiv3::QueryStyle::Form => QueryStyle::Form { explode: parameter_data.explode.unwrap_or(true) },
                openapiv3::QueryStyle::SpaceDelimited => QueryStyle::SpaceDelimited,
                openapiv3::QueryStyle::PipeDelimited => QueryStyle::PipeDelimited,
                openapiv3::QueryStyle::DeepObject => QueryStyle::DeepObject,
            };
            (parameter_data, ParamLocation::Query, style)
        }
    };
    if seen.iter().any(|(name, loc)| *name == data.name && *loc == location) {
        return None;
    }
    if location == ParamLocation::Header
        && matches!(data.name.to_ascii_lowercase().as_str(), "accept" | "content-type" | "authorization")
    {
        // Set by the client itself (OpenAPI says these are ignored).
        return None;
    }
    if location == ParamLocation::Header && !headers::is_header_name(&data.name) {
        schemas.diagnostics().push(Diagnostic::warning(
            at,
            format!("`{}` is not a valid header name; the parameter is skipped", data.name),
        ));
        return None;
    }
    let hint = format!("{builder_name}{}", naming::type_name(&data.name));
    let (ty, default) = match &data.format {
        ParameterSchemaOrContent::Schema(schema) => {
            let default = match schema {
                ReferenceOr::Item(s) => s.schema_data.default.as_ref().map(default_text),
                ReferenceOr::Reference { .. } => None,
            };
            (schemas.use_site(schema, &pointer(at, "schema"), &hint), default)
        }
        ParameterSchemaOrContent::Content(content) => {
            match content.iter().next().and_then(|(media_type, media)| Some((media_type, media.schema.as_ref()?))) {
                Some((media_type, schema)) => {
                    let schema_pointer = pointer(&pointer(&pointer(at, "content"), media_type), "schema");
                    (schemas.use_site(schema, &schema_pointer, &hint), None)
                }
                None => (TypeRef::String, None),
            }
        }
    };
    let required = data.required || location == ParamLocation::Path;
    let rust_name = scope.claim(&naming::snake_name(&data.name));
    Some(Param {
        rust_name,
        wire_name: data.name.clone(),
        location,
        ty,
        required,
        doc: Doc { title: None, description: data.description.clone(), deprecated: data.deprecated.unwrap_or(false) },
        default,
        style,
        encoding: ParamEncoding::Scalar,
    })
}

fn location_of(parameter: &Parameter) -> ParamLocation {
    match parameter {
        Parameter::Path { .. } => ParamLocation::Path,
        Parameter::Query { .. } => ParamLocation::Query,
        Parameter::Header { .. } => ParamLocation::Header,
        Parameter::Cookie { .. } => ParamLocation::Cookie,
    }
}

/// The `in` of a parameter, as the document writes it.
fn location_name(location: ParamLocation) -> &'static str {
    match location {
        ParamLocation::Path => "in: path",
        ParamLocation::Query => "in: query",
        ParamLocation::Header => "in: header",
        ParamLocation::Cookie => "in: cookie",
    }
}

fn default_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Splits the path template; every `{name}` must be a declared path parameter
/// (an undeclared one is added as a `String`).
fn path_parts(
    path: &str,
    params: &mut Vec<Param>,
    scope: &mut Scope,
    schemas: &mut SchemaLowerer<'_>,
    at: &str,
) -> Option<Vec<PathPart>> {
    let mut parts = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| c + open) else {
            schemas
                .diagnostics()
                .push(Diagnostic::error(at, format!("path `{path}` has an unclosed `{{`; the operation is skipped")));
            return None;
        };
        if open > 0 {
            parts.push(PathPart::Literal(rest[..open].to_owned()));
        }
        let name = &rest[open + 1..close];
        let index = match params.iter().position(|p| p.location == ParamLocation::Path && p.wire_name == name) {
            Some(index) => index,
            None => {
                schemas.diagnostics().push(Diagnostic::warning(
                    at,
                    format!("path parameter `{name}` is not declared; it is added as a string"),
                ));
                params.push(Param {
                    rust_name: scope.claim(&naming::snake_name(name)),
                    wire_name: name.to_owned(),
                    location: ParamLocation::Path,
                    ty: TypeRef::String,
                    required: true,
                    doc: Doc::default(),
                    default: None,
                    style: QueryStyle::Form { explode: false },
                    encoding: ParamEncoding::Scalar,
                });
                params.len() - 1
            }
        };
        parts.push(PathPart::Param(index));
        rest = &rest[close + 1..];
    }
    if !rest.is_empty() {
        parts.push(PathPart::Literal(rest.to_owned()));
    }
    // Declared path parameters that the template does not use cannot be sent.
    let used: Vec<usize> =
        parts.iter().filter_map(|p| if let PathPart::Param(i) = p { Some(*i) } else { None }).collect();
    let mut removed = Vec::new();
    for (index, param) in params.iter().enumerate() {
        if param.location == ParamLocation::Path && !used.contains(&index) {
            removed.push(index);
            schemas.diagnostics().push(Diagnostic::warning(
                at,
                format!("path parameter `{}` does not appear in the path; it is ignored", param.wire_name),
            ));
        }
    }
    for index in removed.into_iter().rev() {
        params.remove(index);
        for part in &mut parts {
            if let PathPart::Param(i) = part {
                if *i > index {
                    *i -= 1;
                }
            }
        }
    }
    Some(parts)
}

/// The alternatives of a security requirement, as indices into the schemes.
fn lower_security(
    requirements: Option<&Vec<SecurityRequirement>>,
    schemes: &[SecurityScheme],
    at: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Vec<usize>> {
    let Some(requirements) = requirements else { return Vec::new() };
    let mut alternatives = Vec::new();
    for requirement in requirements {
        let mut set = Vec::new();
        for name in requirement.keys() {
            match schemes.iter().position(|s| &s.key == name) {
                Some(index) => set.push(index),
                None => diagnostics.push(Diagnostic::warning(
                    pointer(at, "security"),
                    format!("security scheme `{name}` is not declared in components/securitySchemes"),
                )),
            }
        }
        alternatives.push(set);
    }
    alternatives
}

//! Paths and operations -> client methods with typed parameters and responses.

use super::headers;
use super::pointer;
use super::schema::SchemaLowerer;
use crate::diagnostics::Diagnostic;
use crate::ir::{
    Body, BodyChoice, BodyFormat, BodyMedia, Doc, HeaderSet, Method, Operation, Param, ParamEncoding, ParamLocation,
    PathPart, QueryStyle, ResponseCase, ResponseFormat, SecurityScheme, StatusMatch, TypeRef,
};
use crate::naming::{self, Scope};
use crate::parse::Document;
use openapiv3::{
    MediaType, Parameter, ParameterSchemaOrContent, ReferenceOr, RequestBody, Response, SecurityRequirement, StatusCode,
};
use std::collections::{BTreeMap, HashSet};

/// Methods that the generated `client.rs` adds to `Client`.
const GENERATED_CLIENT_METHODS: &[&str] = &["new", "builder"];
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
        methods: Scope::with_reserved(&[GENERATED_CLIENT_METHODS, crate::runtime::CLIENT_METHODS].concat()),
        operation_ids: HashSet::new(),
        shared_headers: BTreeMap::new(),
        short_names,
    };
    let mut operations = Vec::new();
    for (path, item) in &document.api.paths.paths {
        let item_pointer = pointer("#/paths", path);
        let item = match item {
            ReferenceOr::Item(item) => item.clone(),
            ReferenceOr::Reference { reference } => match document.resolve::<openapiv3::PathItem>(reference) {
                Some(item) => item,
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
    shared_headers: BTreeMap<String, String>,
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
        _ => naming::snake_name(&operation_id),
    };
    let rust_name = names.methods.claim(&candidate);
    if rust_name != candidate && !exact_duplicate {
        schemas.diagnostics().push(Diagnostic::warning(
            pointer(at, "operationId"),
            format!("operationId `{operation_id}` gives the method name `{candidate}`, which another operation already has; this one is `{rust_name}`"),
        ));
    }
    // A schema may already have the operation's name (FastAPI names a
    // response model `EchoPet` beside the route `echo_pet`).
    let builder_name =
        schemas.claim_type_name_preferring(&[rust_name.clone(), format!("{}Request", naming::type_name(&rust_name))]);

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
                Some(p) => (p, reference.clone()),
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
            full.insert(naming::snake_name(id));
            let words: String = path.chars().map(|c| if c.is_alphanumeric() || c == '_' { c } else { '_' }).collect();
            let suffix = format!("{words}_{}", method.to_ascii_lowercase());
            if let Some(function) = id.strip_suffix(&suffix).filter(|f| !f.is_empty() && !f.ends_with('_')) {
                found.push((id.to_owned(), naming::snake_name(function)));
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
            match content.iter().next().and_then(|(_, media)| media.schema.as_ref()) {
                Some(schema) => (schemas.use_site(schema, &pointer(at, "content"), &hint), None),
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

fn lower_body(
    document: &Document,
    body: &ReferenceOr<RequestBody>,
    at: &str,
    builder_name: &str,
    schemas: &mut SchemaLowerer<'_>,
) -> Option<Body> {
    let (body, at) = match body {
        ReferenceOr::Item(body) => (body.clone(), at.to_owned()),
        ReferenceOr::Reference { reference } => match document.resolve::<RequestBody>(reference) {
            Some(body) => (body, reference.clone()),
            None => {
                schemas
                    .diagnostics()
                    .push(Diagnostic::error(at, format!("request body reference `{reference}` does not resolve")));
                return None;
            }
        },
    };
    let mut media = ranked_media(&body.content);
    if media.len() > 1 {
        return Some(lower_body_choice(&body, &media, &at, builder_name, schemas));
    }
    let (content_type, media, format) = media.pop()?;
    let ty = body_type(
        media,
        format,
        &pointer(&pointer(&at, "content"), content_type),
        &format!("{builder_name}Body"),
        schemas,
    );
    Some(Body {
        content_type: content_type.to_owned(),
        format,
        ty,
        required: body.required,
        doc: body.description.clone(),
        choice: None,
    })
}

/// A body with several media types: an enum with a variant per media type,
/// named by format (`Json`, `Form`, ...) or, when two share a format, by media type.
fn lower_body_choice(
    body: &RequestBody,
    media: &[(&str, &MediaType, BodyFormat)],
    at: &str,
    builder_name: &str,
    schemas: &mut SchemaLowerer<'_>,
) -> Body {
    let enum_name =
        schemas.claim_type_name_preferring(&[format!("{builder_name}Body"), format!("{builder_name}Content")]);
    let mut scope = Scope::default();
    let variants: Vec<BodyMedia> = media
        .iter()
        .map(|&(content_type, item, format)| {
            let shared = media.iter().filter(|(_, _, other)| *other == format).count() > 1;
            let label = match format {
                _ if shared => naming::type_name(content_type.split(';').next().unwrap_or(content_type)),
                BodyFormat::Json => "Json".to_owned(),
                BodyFormat::FormUrlEncoded => "Form".to_owned(),
                BodyFormat::Multipart => "Multipart".to_owned(),
                BodyFormat::Text => "Text".to_owned(),
                BodyFormat::Binary => "Binary".to_owned(),
            };
            let variant = scope.claim(&label);
            let media_pointer = pointer(&pointer(at, "content"), content_type);
            let ty = body_type(item, format, &media_pointer, &format!("{builder_name}{variant}Body"), schemas);
            BodyMedia { variant, content_type: content_type.to_owned(), format, ty }
        })
        .collect();
    let default = &variants[0];
    Body {
        content_type: default.content_type.clone(),
        format: default.format,
        ty: default.ty.clone(),
        required: body.required,
        doc: body.description.clone(),
        choice: Some(BodyChoice { enum_name, variants }),
    }
}

/// The Rust type a body is sent from in one media type.
fn body_type(
    media: &MediaType,
    format: BodyFormat,
    media_pointer: &str,
    hint: &str,
    schemas: &mut SchemaLowerer<'_>,
) -> TypeRef {
    check_encoding(media, format, media_pointer, schemas.diagnostics());
    match (&media.schema, format) {
        (_, BodyFormat::Binary) => TypeRef::Bytes,
        (_, BodyFormat::Text) => TypeRef::String,
        (Some(schema), _) => schemas.use_site(schema, &pointer(media_pointer, "schema"), hint),
        (None, _) => TypeRef::Json,
    }
}

/// Warns about `encoding` entries the client does not follow: form bodies
/// are always written as `name[key]=value` (deepObject, exploded), and
/// multipart parts get their content type from the property's type.
fn check_encoding(media: &MediaType, format: BodyFormat, media_pointer: &str, diagnostics: &mut Vec<Diagnostic>) {
    for (property, encoding) in &media.encoding {
        let followed = match format {
            BodyFormat::FormUrlEncoded => {
                encoding.content_type.is_none()
                    && encoding.style == Some(openapiv3::QueryStyle::DeepObject)
                    && encoding.explode
            }
            BodyFormat::Multipart => encoding.content_type.is_none() && encoding.headers.is_empty(),
            _ => true,
        };
        if !followed {
            diagnostics.push(Diagnostic::warning(
                pointer(&pointer(media_pointer, "encoding"), property),
                format!(
                    "the encoding of `{property}` is not followed; it is sent the way the client writes every {}",
                    match format {
                        BodyFormat::Multipart => "part (text for scalars and files, JSON for the rest)",
                        _ => "form field (`name[key]=value` for objects and arrays)",
                    }
                ),
            ));
        }
    }
}

/// Picks the media type a client sends: JSON first, then forms, text, binary.
fn choose_media(content: &indexmap::IndexMap<String, MediaType>) -> Option<(&str, &MediaType, BodyFormat)> {
    ranked_media(content).into_iter().next()
}

/// Every media type with the format it is sent in, the preferred first
/// (JSON, then forms, text, binary; document order among equals).
fn ranked_media(content: &indexmap::IndexMap<String, MediaType>) -> Vec<(&str, &MediaType, BodyFormat)> {
    let classify = |media_type: &str| -> (u8, BodyFormat) {
        let essence = media_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
        if essence == "application/json" {
            (0, BodyFormat::Json)
        } else if essence.ends_with("+json") || essence.ends_with("/json") {
            (1, BodyFormat::Json)
        } else if essence == "application/x-www-form-urlencoded" {
            (2, BodyFormat::FormUrlEncoded)
        } else if essence == "multipart/form-data" {
            (3, BodyFormat::Multipart)
        } else if essence.starts_with("text/") {
            (4, BodyFormat::Text)
        } else {
            (5, BodyFormat::Binary)
        }
    };
    let mut ranked: Vec<(u8, &str, &MediaType, BodyFormat)> = content
        .iter()
        .map(|(media_type, media)| {
            let (rank, format) = classify(media_type);
            (rank, media_type.as_str(), media, format)
        })
        .collect();
    ranked.sort_by_key(|(rank, ..)| *rank);
    ranked.into_iter().map(|(_, media_type, media, format)| (media_type, media, format)).collect()
}

fn lower_responses(
    document: &Document,
    responses: &openapiv3::Responses,
    at: &str,
    builder_name: &str,
    schemas: &mut SchemaLowerer<'_>,
) -> (Vec<ResponseCase>, Vec<ResponseCase>) {
    let mut success = Vec::new();
    let mut errors = Vec::new();
    let mut success_scope = Scope::default();
    let mut error_scope = Scope::default();
    let has_explicit_success = responses.responses.keys().any(|code| match code {
        StatusCode::Code(c) => (200..300).contains(c),
        StatusCode::Range(r) => *r == 2,
    });
    let mut cases: Vec<(StatusMatch, &ReferenceOr<Response>, String)> = responses
        .responses
        .iter()
        .map(|(code, response)| {
            let status = match code {
                StatusCode::Code(c) => StatusMatch::Code(*c),
                StatusCode::Range(r) => StatusMatch::Range(*r),
            };
            (status, response, pointer(at, &code.to_string()))
        })
        .collect();
    if let Some(default) = &responses.default {
        cases.push((StatusMatch::Default, default, pointer(at, "default")));
    }
    for (status, response, response_pointer) in cases {
        let is_success = match status {
            StatusMatch::Code(c) => (200..300).contains(&c),
            StatusMatch::Range(r) => r == 2,
            StatusMatch::Default => !has_explicit_success,
        };
        let label = status_label(status, is_success);
        let (response, response_pointer, hint, component) = match response {
            ReferenceOr::Item(r) => (r.clone(), response_pointer, format!("{builder_name}{label}"), None),
            ReferenceOr::Reference { reference } => match document.resolve::<Response>(reference) {
                Some(r) => {
                    let name = reference.rsplit('/').next().unwrap_or("Response").to_owned();
                    (r, reference.clone(), name, Some(reference.clone()))
                }
                None => {
                    schemas.diagnostics().push(Diagnostic::error(
                        response_pointer,
                        format!("response reference `{reference}` does not resolve"),
                    ));
                    continue;
                }
            },
        };
        let chosen = choose_media(&response.content);
        let media_type = chosen.map(|(content_type, ..)| content_type.to_owned());
        let (format, ty) = match chosen {
            None => (ResponseFormat::Empty, TypeRef::Unit),
            Some((content_type, media, body_format)) => {
                let media_pointer = pointer(&pointer(&response_pointer, "content"), content_type);
                match body_format {
                    BodyFormat::Json => match &media.schema {
                        Some(schema) => {
                            (ResponseFormat::Json, schemas.use_site(schema, &pointer(&media_pointer, "schema"), &hint))
                        }
                        None => (ResponseFormat::Json, TypeRef::Json),
                    },
                    BodyFormat::Text => (ResponseFormat::Text, TypeRef::String),
                    _ => (ResponseFormat::Binary, TypeRef::Bytes),
                }
            }
        };
        let description = Some(response.description.clone()).filter(|d| !d.trim().is_empty());
        let header_hint = if component.is_some() { hint.clone() } else { format!("{builder_name}{label}") };
        let headers = headers::lower_headers(document, &response.headers, &response_pointer, &header_hint, schemas)
            .map(|set| HeaderSet { component, ..set });
        if status == StatusMatch::Default && is_success {
            // The only documented response is `default`: it describes 2xx
            // answers and every error status alike.
            let variant = error_scope.claim(&status_label(status, false));
            let case = ResponseCase {
                status,
                variant,
                description: description.clone(),
                format,
                ty: ty.clone(),
                media_type: media_type.clone(),
                headers: headers.clone(),
            };
            errors.push(case);
        }
        let (scope, list) =
            if is_success { (&mut success_scope, &mut success) } else { (&mut error_scope, &mut errors) };
        let variant = scope.claim(&label);
        list.push(ResponseCase { status, variant, description, format, ty, media_type, headers });
    }
    if success.is_empty() && responses.default.is_none() {
        // Nothing documented for success (`responses: {}`): any 2xx body is
        // handed over as bytes rather than called unexpected.
        success.push(ResponseCase {
            status: StatusMatch::Range(2),
            variant: "Success".to_owned(),
            description: None,
            format: ResponseFormat::Binary,
            ty: TypeRef::Bytes,
            media_type: None,
            headers: None,
        });
    }
    (success, errors)
}

/// How many different bodies the success responses have.
fn distinct_success_types(success: &[ResponseCase]) -> usize {
    let mut kinds: Vec<(ResponseFormat, &TypeRef)> = Vec::new();
    for case in success {
        if !kinds.iter().any(|(f, t)| *f == case.format && *t == &case.ty) {
            kinds.push((case.format, &case.ty));
        }
    }
    kinds.len()
}

/// A variant name for a status: its reason phrase (`NotFound`) where it has one.
fn status_label(status: StatusMatch, is_success: bool) -> String {
    match status {
        StatusMatch::Code(code) => match reason_phrase(code) {
            Some(reason) => naming::type_name(reason),
            None => format!("Status{code}"),
        },
        StatusMatch::Range(1) => "Informational".to_owned(),
        StatusMatch::Range(2) => "Success".to_owned(),
        StatusMatch::Range(3) => "Redirection".to_owned(),
        StatusMatch::Range(4) => "ClientError".to_owned(),
        StatusMatch::Range(5) => "ServerError".to_owned(),
        StatusMatch::Range(r) => format!("Status{r}xx"),
        StatusMatch::Default if is_success => "Ok".to_owned(),
        StatusMatch::Default => "Other".to_owned(),
    }
}

fn reason_phrase(code: u16) -> Option<&'static str> {
    Some(match code {
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        203 => "Non-Authoritative Information",
        204 => "No Content",
        205 => "Reset Content",
        206 => "Partial Content",
        207 => "Multi-Status",
        300 => "Multiple Choices",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "Length Required",
        412 => "Precondition Failed",
        413 => "Payload Too Large",
        414 => "URI Too Long",
        415 => "Unsupported Media Type",
        416 => "Range Not Satisfiable",
        417 => "Expectation Failed",
        418 => "Im A Teapot",
        421 => "Misdirected Request",
        422 => "Unprocessable Entity",
        423 => "Locked",
        424 => "Failed Dependency",
        425 => "Too Early",
        426 => "Upgrade Required",
        428 => "Precondition Required",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        451 => "Unavailable For Legal Reasons",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        505 => "HTTP Version Not Supported",
        507 => "Insufficient Storage",
        _ => return None,
    })
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

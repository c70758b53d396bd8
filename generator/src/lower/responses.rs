//! Responses: each documented status (or range) as a success or error
//! case with its body type, media format, headers and variant name.

use super::bodies::choose_media;
use super::headers;
use super::pointer;
use super::schema::SchemaLowerer;
use crate::diagnostics::Diagnostic;
use crate::ir::{BodyFormat, HeaderSet, ResponseCase, ResponseFormat, StatusMatch, TypeRef};
use crate::naming::{self, Ident, Scope};
use crate::parse::Document;
use openapiv3::{ReferenceOr, Response, StatusCode};

pub(super) fn lower_responses(
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
                Some((r, at)) => {
                    let name = reference.rsplit('/').next().unwrap_or("Response").to_owned();
                    (r, at, name, Some(reference.clone()))
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
            variant: Ident::new("Success"),
            description: None,
            format: ResponseFormat::Binary,
            ty: TypeRef::Bytes,
            media_type: None,
            headers: None,
        });
    }
    // The order the status match tries them in: exact codes, then ranges,
    // then `default`, each in document order.
    for cases in [&mut success, &mut errors] {
        cases.sort_by_key(|case| match case.status {
            StatusMatch::Code(_) => 0,
            StatusMatch::Range(_) => 1,
            StatusMatch::Default => 2,
        });
    }
    (success, errors)
}

/// How many different bodies the success responses have.
pub(super) fn distinct_success_types(success: &[ResponseCase]) -> usize {
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
            Some(reason) => naming::type_name(reason).to_string(),
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

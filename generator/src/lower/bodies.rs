//! Request bodies: the media types an operation accepts, ranked (JSON
//! first, then forms, text, bytes), the type of each, and a choice enum when
//! the caller may pick one.

use super::pointer;
use super::schema::SchemaLowerer;
use crate::diagnostics::Diagnostic;
use crate::ir::{Body, BodyChoice, BodyFormat, BodyMedia, TypeRef};
use crate::naming::{self, Ident, Scope};
use crate::parse::Document;
use openapiv3::{MediaType, ReferenceOr, RequestBody};

pub(super) fn lower_body(
    document: &Document,
    body: &ReferenceOr<RequestBody>,
    at: &str,
    builder_name: &str,
    schemas: &mut SchemaLowerer<'_>,
) -> Option<Body> {
    let (body, at) = match body {
        ReferenceOr::Item(body) => (body.clone(), at.to_owned()),
        ReferenceOr::Reference { reference } => match document.resolve::<RequestBody>(reference) {
            Some(resolved) => resolved,
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
                BodyFormat::Json => Ident::new("Json"),
                BodyFormat::FormUrlEncoded => Ident::new("Form"),
                BodyFormat::Multipart => Ident::new("Multipart"),
                BodyFormat::Text => Ident::new("Text"),
                BodyFormat::Binary => Ident::new("Binary"),
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
pub(super) fn choose_media(content: &indexmap::IndexMap<String, MediaType>) -> Option<(&str, &MediaType, BodyFormat)> {
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

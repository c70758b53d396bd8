//! The description of a generated crate's public API, `api.json`.
//!
//! It lists what users of the crate program against: the client methods
//! (one per operation) with their parameters, request body and response
//! types; every type with its fields or variants, its traits and inherent
//! items (decided in `surface.rs`); the credential setters of
//! the client builder. Types are written as the Rust types the generated code
//! uses. Checked in beside the generated code, it makes API changes
//! reviewable at a glance, and [`crate::changes`] compares two descriptions
//! to classify each change as breaking or compatible.
//!
//! The description is deterministic: operations and types are sorted by
//! name, fields, parameters and variants keep their declaration order, and
//! keys are written in a fixed order.

use crate::ir::{
    Access, Api, BodyFormat, HeaderSet, ParamLocation, PathPart, ResponseCase, ResponseFormat, SecurityKind,
    StatusMatch, TypeKind, TypeRef, VariantValue,
};
use crate::rust_type::type_text;
use serde::{Deserialize, Serialize};

/// Path of the description in the generated crate.
pub const DESCRIPTION_PATH: &str = "api.json";

/// The version of the description's layout, written as `format`.
pub const FORMAT: u32 = 1;

/// The public API of a generated crate.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ApiDescription {
    /// A note for readers of the file.
    pub comment: String,
    /// The layout version, [`FORMAT`].
    pub format: u32,
    /// The document's `info.title` and `info.version`.
    pub api: ApiInfo,
    /// `DEFAULT_BASE_URL`, when the document names an absolute server.
    pub default_base_url: Option<String>,
    /// Credential setters on `ClientBuilder`, sorted by method name.
    pub credentials: Vec<CredentialDesc>,
    /// What every request builder has besides its parameter setters; `None`
    /// in descriptions written before it was recorded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_builders: Option<BuildersDesc>,
    /// The names the crate's root re-exports from its runtime (types,
    /// traits and constants shared by every generated crate), sorted, on one
    /// line; empty in descriptions written before they were recorded.
    #[serde(skip_serializing_if = "Vec::is_empty", with = "one_line::always")]
    pub runtime: Vec<String>,
    /// The traits of every operation's success and error enum, sorted, on
    /// one line; empty in descriptions written before they were recorded.
    #[serde(skip_serializing_if = "Vec::is_empty", with = "one_line::always")]
    pub response_enums: Vec<String>,
    /// The traits of every struct of documented response headers, likewise.
    #[serde(skip_serializing_if = "Vec::is_empty", with = "one_line::always")]
    pub header_structs: Vec<String>,
    /// Client methods, sorted by name.
    pub operations: Vec<OperationDesc>,
    /// Types of the `types` module, sorted by name.
    pub types: Vec<TypeDesc>,
    /// The crate's Cargo features, sorted (`default`, which turns on all of
    /// them, left out); empty without one feature per tag.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub features: Vec<String>,
}

/// The request builders' common surface. Signatures write `R` for an
/// operation's `Response<..>` type, `E` for its error type and `T` for the
/// item type of its stream.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BuildersDesc {
    /// Every trait a builder implements, sorted, on one line.
    #[serde(with = "one_line::always")]
    pub traits: Vec<String>,
    /// Its public inherent functions, as signatures.
    pub inherent: Vec<String>,
    /// The associated types of its trait impls, as `Trait::Name = Type`.
    pub associated: Vec<String>,
    /// `into_stream`, which the builders of paginated operations have (an
    /// operation's `stream` names its `T`).
    pub into_stream: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ApiInfo {
    pub title: String,
    pub version: String,
}

/// One credential setter, e.g. `ClientBuilder::api_key(token)`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CredentialDesc {
    /// Method name on `ClientBuilder`.
    pub method: String,
    /// Key in `components/securitySchemes`.
    pub scheme: String,
    /// `basic` (the setter takes user name and password) or `token`.
    pub takes: String,
}

/// One operation: a method on `Client` and its request builder.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OperationDesc {
    /// Method name on `Client`.
    pub name: String,
    pub operation_id: String,
    pub method: String,
    pub path: String,
    #[serde(skip_serializing_if = "is_false")]
    pub deprecated: bool,
    /// The request builder type the method returns.
    pub builder: String,
    /// Arguments of the client method, in order (path parameters, other
    /// required parameters, then `body` when the body is required).
    pub arguments: Vec<String>,
    /// Every parameter: required ones are arguments, optional ones builder methods.
    pub params: Vec<ParamDesc>,
    pub body: Option<BodyDesc>,
    /// `T` in the `Result<Response<T>, Error<E>>` the request resolves to.
    pub response: String,
    /// Variants of the success enum, when `response` is one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub response_variants: Vec<CaseDesc>,
    /// `E` in `Error<E>`: the error enum, or `std::convert::Infallible`.
    pub error: String,
    /// Variants of the error enum.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub error_variants: Vec<CaseDesc>,
    /// The struct of the success responses' documented headers, `H` in
    /// `Response<T, H>`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headers: Option<HeadersDesc>,
    /// The features that compile the operation, any one of them, sorted;
    /// empty when the crate has none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub features: Vec<String>,
    /// For a paginated operation, the item type of the stream its builder's
    /// `into_stream` gives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stream: Option<String>,
}

/// A struct of documented response headers (in the `operations` module).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct HeadersDesc {
    pub name: String,
    /// Its fields; `wire_name` is the lower-cased header name.
    pub fields: Vec<FieldDesc>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ParamDesc {
    /// Argument or builder method name.
    pub name: String,
    /// Name on the wire.
    pub wire_name: String,
    /// `path`, `query`, `header` or `cookie`.
    #[serde(rename = "in")]
    pub location: String,
    #[serde(rename = "type")]
    pub ty: String,
    pub required: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub deprecated: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BodyDesc {
    /// The argument's type; with several media types, the enum that picks one.
    #[serde(rename = "type")]
    pub ty: String,
    /// The media type sent by default.
    pub content_type: String,
    pub required: bool,
    /// With several media types: the variants of the `type` enum, the default first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub media_types: Vec<MediaDesc>,
}

/// One media type a body can be sent as.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MediaDesc {
    pub variant: String,
    pub content_type: String,
    /// The variant's payload.
    #[serde(rename = "type")]
    pub ty: String,
}

/// A variant of an operation's success or error enum.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CaseDesc {
    pub variant: String,
    /// `200`, `4XX` or `default`.
    pub status: String,
    /// The variant's payload; `None` for a unit variant (no content).
    #[serde(rename = "type")]
    pub ty: Option<String>,
    /// The struct of this error response's documented headers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headers: Option<HeadersDesc>,
}

/// A type of the `types` module.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TypeDesc {
    pub name: String,
    #[serde(default)]
    #[serde(skip_serializing_if = "is_false")]
    pub deprecated: bool,
    /// Whether a request (parameter or body) contains the type, directly or
    /// inside another type: callers build such values.
    #[serde(default)]
    pub in_requests: bool,
    /// Whether a response contains the type: callers read and match such values.
    #[serde(default)]
    pub in_responses: bool,
    /// Whether the type implements `Default` (descriptions written before
    /// this was recorded read as `false`, so a type never seems to lose it).
    #[serde(default, skip_serializing_if = "is_false")]
    pub derives_default: bool,
    /// Every trait the type implements, derived or not, sorted (`Trait` or
    /// `Trait<Arg>`), written on one line; `None` in descriptions written
    /// before traits were recorded.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "one_line")]
    pub traits: Option<Vec<String>>,
    /// The type's public inherent functions and constants, as signatures
    /// (recorded together with `traits`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inherent: Vec<String>,
    /// The features that compile the type, any one of them, sorted; empty
    /// when the crate has none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub features: Vec<String>,
    #[serde(flatten)]
    pub shape: TypeShape,
}

/// What a type is made of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TypeShape {
    /// A struct with public fields.
    Struct { fields: Vec<FieldDesc> },
    /// An enum of strings with an `Unknown(String)` catch-all variant.
    StringEnum { variants: Vec<StringVariantDesc> },
    /// An enum of integers with an `Unknown(i64)` catch-all variant.
    IntegerEnum { variants: Vec<IntegerVariantDesc> },
    /// `oneOf`/`anyOf`: one tuple variant per branch (a unit variant per
    /// constant); with a tag or constants, also an `Unknown(serde_json::Value)`
    /// catch-all variant. `discriminator` is the tag property, declared or found.
    Union {
        #[serde(default)]
        discriminator: Option<String>,
        variants: Vec<UnionVariantDesc>,
    },
    /// A constant: a unit struct with one value, written as JSON.
    Const { value: String },
    /// `pub type Name = Target;`
    Alias { target: String },
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FieldDesc {
    pub name: String,
    /// Name on the wire; `*` for the map of undeclared properties.
    pub wire_name: String,
    /// The field's Rust type: `Option<..>` when the field may be absent.
    #[serde(rename = "type")]
    pub ty: String,
    /// How the value is held: directly, in an `Option` or in a `Nullable`
    /// (missing in descriptions written before it was recorded).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access: Option<AccessDesc>,
    /// The type of the value inside that `Option` or `Nullable` (`type` for a direct one).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub value: String,
    /// Whether the document requires the property.
    pub required: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub deprecated: bool,
}

/// How a field holds its value (see [`crate::ir::Access`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AccessDesc {
    /// `T`.
    Direct,
    /// `Option<T>`.
    Option,
    /// `Nullable<T>`: absent, null or a value.
    Nullable,
}

impl AccessDesc {
    fn of(access: Access) -> Self {
        match access {
            Access::Direct => AccessDesc::Direct,
            Access::Option => AccessDesc::Option,
            Access::Nullable => AccessDesc::Nullable,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StringVariantDesc {
    pub name: String,
    pub value: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IntegerVariantDesc {
    pub name: String,
    pub value: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct UnionVariantDesc {
    pub name: String,
    /// The payload's type; empty for a unit variant (a constant).
    #[serde(rename = "type")]
    pub ty: String,
    /// A unit variant's constant, as JSON.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// A list of names as one `, `-separated string, so that a type's traits
/// take one line of `api.json` rather than one per trait.
mod one_line {
    use serde::{Deserialize, Deserializer, Serializer};

    const SEPARATOR: &str = ", ";

    pub fn serialize<S: Serializer>(names: &Option<Vec<String>>, serializer: S) -> Result<S::Ok, S::Error> {
        match names {
            Some(names) => serializer.serialize_str(&names.join(SEPARATOR)),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Vec<String>>, D::Error> {
        let text = Option::<String>::deserialize(deserializer)?;
        Ok(text.map(|text| text.split(SEPARATOR).filter(|name| !name.is_empty()).map(str::to_owned).collect()))
    }

    /// The same for a list that is always there.
    pub mod always {
        use serde::{Deserializer, Serializer};

        pub fn serialize<S: Serializer>(names: &[String], serializer: S) -> Result<S::Ok, S::Error> {
            serializer.serialize_str(&names.join(super::SEPARATOR))
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
            Ok(super::deserialize(deserializer)?.unwrap_or_default())
        }
    }
}

impl ApiDescription {
    /// The description as pretty JSON with a trailing newline.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).expect("a description always serialises");
        text.push('\n');
        text
    }

    /// Reads a description written by [`ApiDescription::to_json`].
    pub fn from_json(text: &str) -> Result<ApiDescription, String> {
        let description: ApiDescription = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if description.format > FORMAT {
            return Err(format!("written in format {}, newer than this generator's {FORMAT}", description.format));
        }
        Ok(description)
    }
}

impl TypeShape {
    /// `struct`, `enum` or `type alias`, for messages.
    pub fn noun(&self) -> &'static str {
        match self {
            TypeShape::Struct { .. } | TypeShape::Const { .. } => "struct",
            TypeShape::StringEnum { .. } | TypeShape::IntegerEnum { .. } | TypeShape::Union { .. } => "enum",
            TypeShape::Alias { .. } => "type alias",
        }
    }
}

/// Describes the public API the emitter writes for `api`.
pub(crate) fn describe(api: &Api) -> ApiDescription {
    let mut credentials: Vec<CredentialDesc> = api
        .security_schemes
        .iter()
        .map(|scheme| CredentialDesc {
            method: crate::naming::unraw(&scheme.rust_name).to_owned(),
            scheme: scheme.key.clone(),
            takes: match scheme.kind {
                SecurityKind::Basic => "basic",
                _ => "token",
            }
            .to_owned(),
        })
        .collect();
    credentials.sort_by(|a, b| a.method.cmp(&b.method));
    let features_of = |indices: Option<&Vec<usize>>| -> Vec<String> {
        let names = api.features.as_ref().map(|features| &features.features);
        let mut features: Vec<String> =
            indices.into_iter().flatten().filter_map(|&index| names?.get(index)).map(|f| f.name.clone()).collect();
        features.sort();
        features
    };
    let of_operations = api.features.as_ref().map(|features| &features.operations);
    let of_types = api.features.as_ref().map(|features| &features.types);
    let mut operations: Vec<OperationDesc> = api
        .operations
        .iter()
        .enumerate()
        .map(|(index, op)| describe_operation(api, op, features_of(of_operations.and_then(|of| of.get(index)))))
        .collect();
    operations.sort_by(|a, b| a.name.cmp(&b.name));
    let mut types: Vec<TypeDesc> = api
        .types
        .iter()
        .enumerate()
        .map(|(index, def)| {
            let surface = crate::surface::of(def);
            TypeDesc {
                features: features_of(of_types.and_then(|of| of.get(index))),
                name: unraw(&def.name),
                deprecated: def.doc.deprecated,
                in_requests: def.usage.in_requests,
                in_responses: def.usage.in_responses,
                derives_default: def.derives_default,
                traits: Some(surface.traits()),
                inherent: surface.inherent.iter().map(|item| (*item).to_owned()).collect(),
                shape: describe_shape(api, &def.kind),
            }
        })
        .collect();
    types.sort_by(|a, b| a.name.cmp(&b.name));
    ApiDescription {
        comment: "The public API of this generated crate; written by the generator, do not edit. `cargo xtask codegen` compares it with the previous one and reports breaking and compatible changes.".to_owned(),
        format: FORMAT,
        api: ApiInfo { title: api.title.trim().to_owned(), version: api.version.trim().to_owned() },
        default_base_url: api.default_base_url.clone(),
        credentials,
        operations,
        types,
        features: {
            let mut names: Vec<String> =
                api.features.iter().flat_map(|features| &features.features).map(|f| f.name.clone()).collect();
            names.sort();
            names
        },
        request_builders: Some(describe_builders()),
        response_enums: crate::surface::response_enum().traits(),
        header_structs: crate::surface::header_struct().traits(),
        runtime: {
            let mut names: Vec<String> = crate::runtime::ROOT_EXPORTS
                .iter()
                .chain(crate::runtime::ROOT_HTTP_EXPORTS)
                .chain(crate::runtime::ROOT_VALUE_EXPORTS)
                .map(|name| (*name).to_owned())
                .collect();
            names.sort();
            names
        },
    }
}

fn describe_builders() -> BuildersDesc {
    let surface = crate::surface::request_builder();
    let owned = |items: &[&str]| items.iter().map(|item| (*item).to_owned()).collect();
    BuildersDesc {
        traits: surface.traits(),
        inherent: owned(&surface.inherent),
        associated: owned(&surface.associated),
        into_stream: crate::surface::INTO_STREAM.to_owned(),
    }
}

/// `api.json` for `api`.
pub(crate) fn api_json(api: &Api) -> String {
    describe(api).to_json()
}

/// The operation, compiled by `features` (any one of them).
fn describe_operation(api: &Api, op: &crate::ir::Operation, features: Vec<String>) -> OperationDesc {
    let mut arguments: Vec<String> = op
        .path_parts
        .iter()
        .filter_map(|part| match part {
            PathPart::Param(index) => Some(unraw(&op.params[*index].rust_name)),
            PathPart::Literal(_) => None,
        })
        .collect();
    arguments.extend(
        op.params.iter().filter(|p| p.required && p.location != ParamLocation::Path).map(|p| unraw(&p.rust_name)),
    );
    if op.body.as_ref().is_some_and(|b| b.required) {
        arguments.push("body".to_owned());
    }
    let params = op
        .params
        .iter()
        .map(|p| ParamDesc {
            name: unraw(&p.rust_name),
            wire_name: p.wire_name.clone(),
            location: match p.location {
                ParamLocation::Path => "path",
                ParamLocation::Query => "query",
                ParamLocation::Header => "header",
                ParamLocation::Cookie => "cookie",
            }
            .to_owned(),
            ty: type_text(api, &p.ty),
            required: p.required,
            deprecated: p.doc.deprecated,
        })
        .collect();
    let body = op.body.as_ref().map(|b| BodyDesc {
        ty: match &b.choice {
            Some(choice) => unraw(&choice.enum_name),
            None => body_type(api, b.format, &b.ty),
        },
        content_type: b.content_type.clone(),
        required: b.required,
        media_types: b
            .choice
            .iter()
            .flat_map(|choice| &choice.variants)
            .map(|media| MediaDesc {
                variant: unraw(&media.variant),
                content_type: media.content_type.clone(),
                ty: body_type(api, media.format, &media.ty),
            })
            .collect(),
    });
    let (response, response_variants) = match &op.success_enum {
        Some(name) => (unraw(name), op.success.iter().map(|case| describe_case(api, case)).collect()),
        None => (op.success.first().map_or_else(|| "()".to_owned(), |case| case_type(api, case)), Vec::new()),
    };
    let (error, error_variants) = match &op.error_enum {
        Some(name) => (unraw(name), op.errors.iter().map(|case| describe_case(api, case)).collect()),
        None => ("std::convert::Infallible".to_owned(), Vec::new()),
    };
    OperationDesc {
        name: unraw(&op.rust_name),
        operation_id: op.operation_id.clone(),
        method: op.method.as_str().to_owned(),
        path: op.path.clone(),
        deprecated: op.deprecated,
        builder: unraw(&op.builder_name),
        arguments,
        params,
        body,
        response,
        response_variants,
        error,
        error_variants,
        headers: op.success_headers.as_ref().map(|set| describe_headers(api, set)),
        features,
        stream: op.pagination.as_ref().map(|pagination| type_text(api, &pagination.item_ty)),
    }
}

fn describe_headers(api: &Api, set: &HeaderSet) -> HeadersDesc {
    let fields = set
        .fields
        .iter()
        .map(|field| {
            let value = type_text(api, &field.ty);
            FieldDesc {
                name: unraw(&field.rust_name),
                wire_name: field.wire_name.clone(),
                ty: if field.required { value.clone() } else { format!("Option<{value}>") },
                access: Some(if field.required { AccessDesc::Direct } else { AccessDesc::Option }),
                value,
                required: field.required,
                deprecated: field.doc.deprecated,
            }
        })
        .collect();
    HeadersDesc { name: unraw(&set.name), fields }
}

fn describe_case(api: &Api, case: &ResponseCase) -> CaseDesc {
    CaseDesc {
        variant: unraw(&case.variant),
        status: match case.status {
            StatusMatch::Code(code) => code.to_string(),
            StatusMatch::Range(range) => format!("{range}XX"),
            StatusMatch::Default => "default".to_owned(),
        },
        ty: (case.format != ResponseFormat::Empty).then(|| case_type(api, case)),
        headers: case.headers.as_ref().map(|set| describe_headers(api, set)),
    }
}

fn case_type(api: &Api, case: &ResponseCase) -> String {
    match case.format {
        ResponseFormat::Json => type_text(api, &case.ty),
        ResponseFormat::Text => "String".to_owned(),
        ResponseFormat::Binary => "bytes::Bytes".to_owned(),
        ResponseFormat::Empty => "()".to_owned(),
    }
}

fn describe_shape(api: &Api, kind: &TypeKind) -> TypeShape {
    match kind {
        TypeKind::Struct(s) => {
            let mut fields: Vec<FieldDesc> = s
                .fields
                .iter()
                .map(|field| FieldDesc {
                    name: unraw(&field.rust_name),
                    wire_name: field.wire_name.clone(),
                    ty: crate::rust_type::field_text(api, field),
                    access: Some(AccessDesc::of(field.access())),
                    value: crate::rust_type::field_value_text(api, field),
                    required: field.required,
                    deprecated: field.doc.deprecated,
                })
                .collect();
            if let Some(extra) = &s.extra {
                let ty = format!("BTreeMap<String, {}>", type_text(api, &extra.ty));
                fields.push(FieldDesc {
                    name: unraw(&extra.rust_name),
                    wire_name: "*".to_owned(),
                    ty: ty.clone(),
                    access: Some(AccessDesc::Direct),
                    value: ty,
                    required: false,
                    deprecated: false,
                });
            }
            TypeShape::Struct { fields }
        }
        TypeKind::StringEnum(e) => TypeShape::StringEnum {
            variants: e
                .variants
                .iter()
                .map(|v| StringVariantDesc { name: unraw(&v.rust_name), value: v.wire_value.clone() })
                .collect(),
        },
        TypeKind::IntegerEnum(e) => TypeShape::IntegerEnum {
            variants: e
                .variants
                .iter()
                .map(|(name, value)| IntegerVariantDesc { name: unraw(name), value: *value })
                .collect(),
        },
        TypeKind::Union(u) => TypeShape::Union {
            discriminator: u.decode.tag.as_ref().map(|tag| tag.property.clone()),
            variants: u
                .variants
                .iter()
                .map(|v| match &v.value {
                    VariantValue::Type(ty) => {
                        let ty = type_text(api, ty);
                        UnionVariantDesc {
                            name: unraw(&v.rust_name),
                            ty: if v.boxed { format!("Box<{ty}>") } else { ty },
                            value: None,
                        }
                    }
                    VariantValue::Const(constant) => UnionVariantDesc {
                        name: unraw(&v.rust_name),
                        ty: String::new(),
                        value: Some(constant.to_json()),
                    },
                })
                .collect(),
        },
        TypeKind::Const(constant) => TypeShape::Const { value: constant.to_json() },
        TypeKind::Alias(target) => TypeShape::Alias { target: type_text(api, target) },
    }
}

/// The Rust type a body is held in for one media type.
fn body_type(api: &Api, format: BodyFormat, ty: &TypeRef) -> String {
    match format {
        BodyFormat::Binary => "bytes::Bytes".to_owned(),
        BodyFormat::Text => "String".to_owned(),
        _ => type_text(api, ty),
    }
}

fn is_false(value: &bool) -> bool {
    !*value
}

fn unraw(name: &str) -> String {
    crate::naming::unraw(name).to_owned()
}

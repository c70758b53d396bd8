//! The intermediate representation: data only, no behaviour.
//!
//! `lower` builds it from the document, `emit` turns it into Rust. Every name
//! in here is already a valid, collision-free Rust identifier (an [`Ident`],
//! which only `naming` makes); wire names are kept beside them.

pub use crate::naming::Ident;

/// Index of a type in [`Api::types`].
pub type TypeId = usize;

/// Everything the emitter needs to write one client crate.
#[derive(Debug, Clone, Default)]
pub struct Api {
    pub title: String,
    pub version: String,
    pub description: Option<String>,
    /// The first `servers` entry with variables substituted by their defaults.
    pub default_base_url: Option<String>,
    pub servers: Vec<Server>,
    pub types: Vec<TypeDef>,
    pub operations: Vec<Operation>,
    pub security_schemes: Vec<SecurityScheme>,
    /// The type each component schema is, by its JSON pointer, in document order.
    pub components: Vec<(String, TypeRef)>,
    /// The crate's `recursion_limit`, when its types nest deeper than the
    /// compiler's default allows (see `lower/recursion.rs`).
    pub recursion_limit: Option<usize>,
    /// The crate's Cargo features, when the settings ask for one per tag.
    pub features: Option<Features>,
}

/// One Cargo feature per tag: each operation is compiled when a feature of
/// one of its tags is on, each type when a feature of an operation that
/// reaches it is on. Decided in lower (`lower/features.rs`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Features {
    /// Every feature, in the order the document first uses its tag; the
    /// features of untagged operations and of unused types come last.
    pub features: Vec<Feature>,
    /// Per operation (as [`Api::operations`]): the features that compile it.
    pub operations: Vec<Vec<usize>>,
    /// Per type (as [`Api::types`]): the features that compile it.
    pub types: Vec<Vec<usize>>,
    /// Per `components/responses` reference whose headers one struct
    /// serves (see [`HeaderSet::component`]): the features that compile it.
    pub header_components: Vec<(String, Vec<usize>)>,
}

/// A Cargo feature of the generated crate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feature {
    /// The feature's name in `Cargo.toml`, e.g. `pet-store`.
    pub name: String,
    /// What it compiles, for the manifest and the crate docs.
    pub doc: String,
}

#[derive(Debug, Clone)]
pub struct Server {
    pub url: String,
    pub description: Option<String>,
}

/// A named Rust type.
#[derive(Debug, Clone)]
pub struct TypeDef {
    pub name: Ident,
    pub doc: Doc,
    pub kind: TypeKind,
    /// Where the type appears; decides how optional, nullable fields are typed.
    pub usage: Usage,
    /// Whether the type derives `Default`: a struct whose every field has a
    /// default, an enum with a declared default. Decided in lower; emit
    /// writes the derive and describe records it for the API change report.
    pub derives_default: bool,
}

impl TypeDef {
    /// A type as lowering first makes it: where it is used and whether it
    /// derives `Default` are decided once every type is known.
    pub fn new(name: Ident, doc: Doc, kind: TypeKind) -> Self {
        TypeDef { name, doc, kind, usage: Usage::default(), derives_default: false }
    }
}

/// Whether requests and responses contain a type, directly or inside another.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Usage {
    /// A parameter or request body contains it: callers build such values.
    pub in_requests: bool,
    /// A response contains it: callers read and match such values.
    pub in_responses: bool,
}

/// Documentation taken from the document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Doc {
    pub title: Option<String>,
    pub description: Option<String>,
    pub deprecated: bool,
}

#[derive(Debug, Clone)]
pub enum TypeKind {
    Struct(Struct),
    StringEnum(StringEnum),
    IntegerEnum(IntegerEnum),
    Union(Union),
    /// A schema that allows one value (`const`, or an inline `enum` of one
    /// value): a unit struct that always writes that value and reads nothing else.
    Const(Constant),
    /// `pub type Name = Target;`
    Alias(TypeRef),
}

/// The one value of a `const` schema, or a tag of a union.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Constant {
    String(String),
    Integer(i64),
    Bool(bool),
}

impl Constant {
    /// The constant from a JSON value, when it is a string, an integer or a boolean.
    pub fn from_json(value: &serde_json::Value) -> Option<Constant> {
        match value {
            serde_json::Value::String(text) => Some(Constant::String(text.clone())),
            serde_json::Value::Bool(flag) => Some(Constant::Bool(*flag)),
            serde_json::Value::Number(number) => number.as_i64().map(Constant::Integer),
            _ => None,
        }
    }

    /// The value as JSON text: `"abort"`, `2`, `true`.
    pub fn to_json(&self) -> String {
        match self {
            Constant::String(text) => serde_json::Value::String(text.clone()).to_string(),
            Constant::Integer(number) => number.to_string(),
            Constant::Bool(flag) => flag.to_string(),
        }
    }

    /// The value as a name is made from it: `abort`, `2`, `true`.
    pub fn label(&self) -> String {
        match self {
            Constant::String(text) => text.clone(),
            Constant::Integer(number) => number.to_string(),
            Constant::Bool(flag) => flag.to_string(),
        }
    }

    /// Whether two constants are of the same JSON type.
    pub fn same_kind(&self, other: &Constant) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other)
    }
}

#[derive(Debug, Clone)]
pub struct Struct {
    pub fields: Vec<Field>,
    /// `additionalProperties` next to declared properties: the members the
    /// schema does not name, kept in a flattened map and sent back.
    pub extra: Option<ExtraMembers>,
    /// `additionalProperties: false`: an object with other members is not this type.
    pub closed: bool,
}

/// The map of a struct's undeclared members.
#[derive(Debug, Clone)]
pub struct ExtraMembers {
    /// Field name, `additional_properties` unless a property has it.
    pub rust_name: Ident,
    /// The type of each member's value.
    pub ty: TypeRef,
}

#[derive(Debug, Clone)]
pub struct Field {
    pub rust_name: Ident,
    pub wire_name: String,
    pub doc: Doc,
    pub ty: TypeRef,
    /// `required` in the schema (for read-only and write-only properties,
    /// which one type serves in both directions, never).
    pub required: bool,
    /// How the field is held and written (see [`Presence`]).
    pub presence: Presence,
    /// Boxed to break a cycle of by-value containment.
    pub boxed: bool,
    pub read_only: bool,
    pub write_only: bool,
    /// The schema's `default`, shown in the docs (the server applies it).
    pub default: Option<String>,
}

/// How a struct field holds its value, decided from the schema and from
/// where the struct is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// Always present: the field's type as it is (a nullable one is `Option<T>`).
    Required,
    /// Always written; when it is missing from what is read, the type's
    /// default stands in (a constant whose property is not `required`).
    Defaulted,
    /// May be missing: `Option<T>`. For a nullable type in a struct that only
    /// responses contain, a missing value and `null` both read as `None`.
    Optional,
    /// May be missing: `Option<T>` for a type that holds `null` itself (an
    /// untyped schema, `serde_json::Value`, or a `null`-only one, `()`), so
    /// `Some` keeps a `null` that was read, and writes it back.
    OptionalValue,
    /// May be missing or `null` in a struct that requests contain, and the
    /// caller says which: `Nullable<T>` (absent, null or a value).
    Nullable,
}

#[derive(Debug, Clone)]
pub struct StringEnum {
    pub variants: Vec<EnumVariant>,
    /// Index of the variant named by the schema's `default`.
    pub default: Option<usize>,
    /// Name of the variant that holds values the document does not list.
    pub catch_all: Ident,
}

#[derive(Debug, Clone)]
pub struct EnumVariant {
    pub rust_name: Ident,
    pub wire_value: String,
}

#[derive(Debug, Clone)]
pub struct IntegerEnum {
    pub variants: Vec<(Ident, i64)>,
    pub default: Option<usize>,
    /// Name of the variant that holds values the document does not list.
    pub catch_all: Ident,
}

/// `oneOf`/`anyOf`: one variant per branch.
#[derive(Debug, Clone)]
pub struct Union {
    pub variants: Vec<UnionVariant>,
    /// The `discriminator` keyword's property and tags, as the document
    /// declares them; `decode` says how values are told apart.
    pub discriminator: Option<Discriminator>,
    /// How a value is matched to a variant.
    pub decode: UnionDecode,
    /// The variant that keeps a value no other variant is for, as raw JSON
    /// (tagged unions and unions of constants).
    pub catch_all: Option<Ident>,
}

#[derive(Debug, Clone)]
pub struct UnionVariant {
    pub rust_name: Ident,
    pub value: VariantValue,
    pub boxed: bool,
}

/// What a union variant holds.
#[derive(Debug, Clone)]
pub enum VariantValue {
    /// A value of a type: a tuple variant.
    Type(TypeRef),
    /// One constant (a `const` branch): a unit variant.
    Const(Constant),
}

impl UnionVariant {
    /// The type of a tuple variant.
    pub fn ty(&self) -> Option<&TypeRef> {
        match &self.value {
            VariantValue::Type(ty) => Some(ty),
            VariantValue::Const(_) => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Discriminator {
    pub property: String,
    /// Tag value on the wire -> index into [`Union::variants`].
    pub mapping: Vec<(String, usize)>,
}

/// How a union's values are matched to its variants.
#[derive(Debug, Clone, Default)]
pub struct UnionDecode {
    /// Objects are told apart by one property's value.
    pub tag: Option<Tag>,
    /// Values the tag does not decide, matched by their shape, in order.
    pub attempts: Vec<Attempt>,
}

/// The property whose value names a union's variant.
#[derive(Debug, Clone)]
pub struct Tag {
    /// The property's wire name.
    pub property: String,
    /// Tag value -> variant; a variant may have several tags.
    pub tags: Vec<(Constant, usize)>,
    /// Per variant: whether its value writes the right tag itself (its
    /// struct has the tag property as a constant); the others get the tag
    /// they were read with, or their first, set when written.
    pub self_tagged: Vec<bool>,
}

impl Tag {
    /// The tags of variant `index`, in order.
    pub fn tags_of(&self, index: usize) -> impl Iterator<Item = &Constant> {
        self.tags.iter().filter(move |(_, i)| *i == index).map(|(tag, _)| tag)
    }
}

/// One step of matching a value by its shape: try `variant` when the value
/// is of the kind `when` says.
#[derive(Debug, Clone)]
pub struct Attempt {
    pub variant: usize,
    pub when: When,
}

/// The values an [`Attempt`] is tried on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum When {
    /// `null`.
    Null,
    Bool,
    /// A number without a fraction.
    Integer,
    /// Any number.
    Number,
    /// A string the variant's enum (this type) lists, not its catch-all.
    KnownString(TypeId),
    /// Any string.
    String,
    Array,
    /// An object; several struct variants are ranked (see [`ObjectCandidate`]).
    Object(Option<ObjectCandidate>),
    /// Exactly this constant (a unit variant).
    Const(Constant),
    /// Any value.
    Any,
}

/// What ranks an object among a union's struct variants: an object must
/// have every required member (and, for a closed struct, no other), and the
/// variant that declares most of its members wins, the earlier on a tie.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectCandidate {
    pub required: Vec<String>,
    pub declared: Vec<String>,
    pub closed: bool,
}

/// A reference to a type at a use site.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TypeRef {
    String,
    Bool,
    I32,
    I64,
    U64,
    /// An integer whose bounds reach beyond 64 bits.
    I128,
    F32,
    F64,
    DateTime,
    Date,
    Uuid,
    /// Raw bytes (`format: binary`).
    Bytes,
    /// Any JSON value.
    Json,
    /// A JSON object with no declared properties.
    JsonObject,
    /// `null` only.
    Unit,
    Named(TypeId),
    Vec(Box<TypeRef>),
    Map(Box<TypeRef>),
    /// Nullable: `null` is a valid value.
    Option(Box<TypeRef>),
}

impl TypeRef {
    pub fn nullable(inner: TypeRef) -> TypeRef {
        match inner {
            TypeRef::Option(_) | TypeRef::Unit => inner,
            other => TypeRef::Option(Box::new(other)),
        }
    }

    pub fn is_nullable(&self) -> bool {
        matches!(self, TypeRef::Option(_))
    }

    /// The type with one level of nullability removed.
    pub fn non_null(&self) -> &TypeRef {
        match self {
            TypeRef::Option(inner) => inner,
            other => other,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Method {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Head => "HEAD",
            Method::Patch => "PATCH",
            Method::Trace => "TRACE",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Operation {
    /// Method name on the client, e.g. `end_call`.
    pub rust_name: Ident,
    /// Request builder type, e.g. `EndCall`.
    pub builder_name: Ident,
    /// The operationId, or the name derived from method and path.
    pub operation_id: String,
    pub method: Method,
    /// Path template as written, e.g. `/calls/{callId}/end`.
    pub path: String,
    pub path_parts: Vec<PathPart>,
    pub summary: Option<String>,
    /// The operation's `tags`, as the document lists them (the docs group operations by the first).
    pub tags: Vec<String>,
    pub description: Option<String>,
    pub deprecated: bool,
    pub params: Vec<Param>,
    pub body: Option<Body>,
    pub success: Vec<ResponseCase>,
    pub errors: Vec<ResponseCase>,
    /// Name of the success enum when there are several success bodies.
    pub success_enum: Option<Ident>,
    /// Name of the error enum when any error response is documented.
    pub error_enum: Option<Ident>,
    /// Alternatives: any one set, all of whose schemes are configured, is used.
    pub security: Vec<Vec<usize>>,
    /// The typed headers of the success responses, merged into one struct.
    pub success_headers: Option<HeaderSet>,
    /// Set when the operation is paginated.
    pub pagination: Option<Pagination>,
}

impl Operation {
    /// Every struct of documented headers: the success one, then the errors'.
    pub fn header_sets(&self) -> impl Iterator<Item = &HeaderSet> {
        self.success_headers.iter().chain(self.errors.iter().filter_map(|case| case.headers.as_ref()))
    }

    /// Every type the operation mentions: its parameters', bodies',
    /// responses' and response headers'.
    pub fn mentioned_types(&self) -> impl Iterator<Item = &TypeRef> {
        self.params
            .iter()
            .map(|param| &param.ty)
            .chain(self.body.iter().flat_map(|body| body.types()))
            .chain(self.success.iter().chain(&self.errors).map(|case| &case.ty))
            .chain(self.header_sets().flat_map(|set| set.fields.iter().map(|field| &field.ty)))
    }
}

/// The documented headers of a response, as a struct read from the header
/// map on demand.
#[derive(Debug, Clone)]
pub struct HeaderSet {
    /// Name of the struct, e.g. `ListPetsHeaders`.
    pub name: Ident,
    pub fields: Vec<HeaderField>,
    /// The `components/responses` reference of an error response's headers:
    /// one struct serves every operation that refers to it.
    pub component: Option<String>,
    /// Set on every use of a shared struct but the one that emits it.
    pub defined_elsewhere: bool,
}

#[derive(Debug, Clone)]
pub struct HeaderField {
    pub rust_name: Ident,
    /// The header name, lower-cased (header names are case-insensitive).
    pub wire_name: String,
    pub doc: Doc,
    /// A scalar or a `Vec` of scalars (a comma-separated list).
    pub ty: TypeRef,
    pub required: bool,
}

/// How to walk the pages of a paginated list operation.
#[derive(Debug, Clone)]
pub struct Pagination {
    pub style: PageStyle,
    /// Field path to the array of items; empty when the body is the array.
    pub items: Vec<FieldStep>,
    pub item_ty: TypeRef,
}

#[derive(Debug, Clone)]
pub enum PageStyle {
    /// A cursor from the body goes back in a query parameter.
    Cursor {
        /// Index into [`Operation::params`] of the cursor query parameter.
        cursor_param: usize,
        /// Field path in the success body to the next cursor (a string).
        next_cursor: Vec<FieldStep>,
        /// Field path to a "more pages follow" flag, when there is one.
        has_more: Option<Vec<FieldStep>>,
    },
    /// The URL of the next page is the `Link` header's `rel="next"` target.
    LinkHeader,
    /// An integer query parameter counts the items already received.
    Offset { param: usize, limit: Option<PageSize> },
    /// An integer query parameter numbers the pages, from `first`.
    Page { param: usize, first: i64, limit: Option<PageSize> },
}

/// The query parameter that sets how many items a page holds: a page with
/// fewer is the last one.
#[derive(Debug, Clone)]
pub struct PageSize {
    /// Index into [`Operation::params`].
    pub param: usize,
    /// The schema's `default`: the page size when the parameter is not set.
    pub default: Option<i64>,
}

/// One field access on the way to a value in a response body.
#[derive(Debug, Clone)]
pub struct FieldStep {
    pub rust_name: Ident,
    pub access: Access,
}

/// How a field's value is reached: the Rust shape of the field's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// `T`: always there.
    Direct,
    /// `Option<T>`.
    Option,
    /// `Nullable<T>`.
    Nullable,
}

impl Field {
    /// How the field's value is reached.
    pub fn access(&self) -> Access {
        match self.presence {
            Presence::Nullable => Access::Nullable,
            Presence::Optional | Presence::OptionalValue => Access::Option,
            Presence::Required | Presence::Defaulted if self.ty.is_nullable() => Access::Option,
            Presence::Required | Presence::Defaulted => Access::Direct,
        }
    }

    /// The type the field holds inside its `Option` or `Nullable` (the
    /// field's type for a direct one).
    pub fn value_type(&self) -> &TypeRef {
        match self.access() {
            Access::Direct => &self.ty,
            Access::Option | Access::Nullable => self.ty.non_null(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathPart {
    Literal(String),
    /// Index into [`Operation::params`].
    Param(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamLocation {
    Path,
    Query,
    Header,
    Cookie,
}

/// How an array or object query parameter is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryStyle {
    Form { explode: bool },
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub rust_name: Ident,
    pub wire_name: String,
    pub location: ParamLocation,
    pub ty: TypeRef,
    pub required: bool,
    pub doc: Doc,
    /// The `default` from the schema, shown in the docs (the server applies it).
    pub default: Option<String>,
    pub style: QueryStyle,
    /// How its value is written into the request; decided in lower once
    /// every type is known.
    pub encoding: ParamEncoding,
}

/// How a parameter's value is written (with its location and style).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamEncoding {
    /// One value that `ParamValue` writes as text (see [`Scalar`]).
    Scalar,
    /// An array of such values: repeated or delimited in a query, joined
    /// with commas in a header or cookie.
    ScalarList,
    /// An object: `deepObject` or form pairs in a query, JSON text elsewhere.
    Object,
    /// Anything else: its JSON text.
    Json,
}

/// A value that is text on the wire, and how it becomes text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scalar {
    /// A string, number, boolean, date, UUID or enum value: written as itself.
    Text,
    /// An untyped JSON value: written as its JSON text where text is
    /// expected (a parameter), as a JSON part in a multipart body.
    Json,
}

/// Whether `ty` is a [`Scalar`], looking through aliases: the one
/// classification parameters, multipart bodies and response headers share.
pub fn scalar(types: &[TypeDef], ty: &TypeRef) -> Option<Scalar> {
    scalar_in(&|id| types.get(id).map(|def| &def.kind), ty)
}

/// [`scalar`] while the types are still being made: `kind_of` gives the
/// kind of each type made so far.
pub fn scalar_in<'t>(kind_of: &dyn Fn(TypeId) -> Option<&'t TypeKind>, ty: &TypeRef) -> Option<Scalar> {
    match ty {
        TypeRef::String
        | TypeRef::Bool
        | TypeRef::I32
        | TypeRef::I64
        | TypeRef::U64
        | TypeRef::I128
        | TypeRef::F32
        | TypeRef::F64
        | TypeRef::DateTime
        | TypeRef::Date
        | TypeRef::Uuid => Some(Scalar::Text),
        TypeRef::Json => Some(Scalar::Json),
        TypeRef::Named(id) => match kind_of(*id) {
            Some(TypeKind::StringEnum(_) | TypeKind::IntegerEnum(_)) => Some(Scalar::Text),
            Some(TypeKind::Alias(target)) => scalar_in(kind_of, target),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `ty` is a JSON object (a struct or a map), looking through aliases.
pub fn is_object(types: &[TypeDef], ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Map(_) | TypeRef::JsonObject => true,
        TypeRef::Named(id) => match &types[*id].kind {
            TypeKind::Struct(_) => true,
            TypeKind::Alias(target) => is_object(types, target),
            _ => false,
        },
        _ => false,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyFormat {
    Json,
    FormUrlEncoded,
    Multipart,
    Text,
    Binary,
}

/// A request body. `content_type`, `format` and `ty` describe the media type
/// sent by default (JSON first, then forms, text, binary).
#[derive(Debug, Clone)]
pub struct Body {
    pub content_type: String,
    pub format: BodyFormat,
    pub ty: TypeRef,
    pub required: bool,
    pub doc: Option<String>,
    /// Set when the document lists several media types: the caller picks one.
    pub choice: Option<BodyChoice>,
}

impl Body {
    /// The types of every media type the body can be sent as.
    pub fn types(&self) -> impl Iterator<Item = &TypeRef> {
        let alternatives = self.choice.iter().flat_map(|choice| choice.variants.iter().map(|media| &media.ty));
        std::iter::once(&self.ty).chain(alternatives)
    }
}

/// The enum a caller passes as the body of an operation with several
/// request media types: one variant per media type, the default first.
#[derive(Debug, Clone)]
pub struct BodyChoice {
    pub enum_name: Ident,
    pub variants: Vec<BodyMedia>,
}

#[derive(Debug, Clone)]
pub struct BodyMedia {
    /// Variant name, e.g. `Json` or `Form`.
    pub variant: Ident,
    pub content_type: String,
    pub format: BodyFormat,
    pub ty: TypeRef,
}

/// Which statuses a response case covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusMatch {
    Code(u16),
    /// `4XX` is `Range(4)`.
    Range(u16),
    Default,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResponseFormat {
    Json,
    Text,
    Binary,
    /// No content documented: the body is ignored.
    Empty,
}

#[derive(Debug, Clone)]
pub struct ResponseCase {
    pub status: StatusMatch,
    /// Variant name in the success or error enum.
    pub variant: Ident,
    pub description: Option<String>,
    pub format: ResponseFormat,
    pub ty: TypeRef,
    /// The media type the body is read as, when there is a body.
    pub media_type: Option<String>,
    /// The documented headers (error responses only: the success
    /// responses' headers are merged into [`Operation::success_headers`]).
    pub headers: Option<HeaderSet>,
}

#[derive(Debug, Clone)]
pub struct SecurityScheme {
    /// Name in `components/securitySchemes`.
    pub key: String,
    /// Builder method name, e.g. `api_key`.
    pub rust_name: Ident,
    pub kind: SecurityKind,
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecurityKind {
    ApiKeyHeader(String),
    ApiKeyQuery(String),
    ApiKeyCookie(String),
    Basic,
    /// HTTP bearer, OAuth2 and OpenID Connect: a token the caller supplies.
    Bearer,
}

//! Schemas -> Rust types.
//!
//! Every schema is known by its JSON pointer. Component schemas are declared
//! first so references to them resolve to their names; inline objects, enums
//! and unions get names built from their context (`Game` + `images` ->
//! `GameImages`). Lowering the same pointer twice yields the same type, so a
//! shared response schema becomes one type however many operations use it.

use super::{pointer, schema_doc};
use crate::diagnostics::Diagnostic;
use crate::ir::{
    Constant, Discriminator, Doc, EnumVariant, ExtraMembers, Field, IntegerEnum, Presence, StringEnum, Struct, TypeDef,
    TypeId, TypeKind, TypeRef, Union, UnionDecode, UnionVariant, VariantValue,
};
use crate::naming::{self, Ident, Scope};
use crate::parse::{Document, SchemaNote};
use openapiv3::{AdditionalProperties, ReferenceOr, Schema, SchemaKind, StringFormat, Type, VariantOrUnknownOrEmpty};
use std::collections::{BTreeSet, HashMap, HashSet};

mod composition;

/// Deeper schemas than this are given `serde_json::Value`.
const MAX_DEPTH: usize = 64;

/// Lowers schemas into the type arena, collecting diagnostics.
pub(crate) struct SchemaLowerer<'a> {
    document: &'a Document,
    settings: crate::TypeSettings,
    scope: Scope,
    diagnostics: &'a mut Vec<Diagnostic>,
    names: Vec<Ident>,
    /// Where each type's schema is, for diagnostics about the type.
    pointers: Vec<String>,
    defs: Vec<Option<TypeDef>>,
    by_pointer: HashMap<String, TypeRef>,
    components: Vec<(String, TypeId)>,
    in_progress: HashSet<String>,
    depth: usize,
}

/// Properties gathered for a struct, each with the pointer it lives at.
type PropertyList = Vec<(String, ReferenceOr<Schema>, String, String)>;

impl<'a> SchemaLowerer<'a> {
    pub(crate) fn new(
        document: &'a Document,
        settings: crate::TypeSettings,
        scope: Scope,
        diagnostics: &'a mut Vec<Diagnostic>,
    ) -> Self {
        SchemaLowerer {
            document,
            settings,
            scope,
            diagnostics,
            names: Vec::new(),
            pointers: Vec::new(),
            defs: Vec::new(),
            by_pointer: HashMap::new(),
            components: Vec::new(),
            in_progress: HashSet::new(),
            depth: 0,
        }
    }

    /// A type lowered so far.
    pub(crate) fn def(&self, id: TypeId) -> Option<&TypeDef> {
        self.defs.get(id).and_then(Option::as_ref)
    }

    pub(crate) fn diagnostics(&mut self) -> &mut Vec<Diagnostic> {
        self.diagnostics
    }

    /// Claims a type name in the crate-wide scope.
    pub(crate) fn claim_type_name(&mut self, raw: &str) -> Ident {
        let candidate = naming::type_name(raw);
        if naming::is_reserved_type_name(&candidate) && !self.scope.is_taken(&format!("{candidate}Model")) {
            return self.scope.claim(&format!("{candidate}Model"));
        }
        self.scope.claim(&candidate)
    }

    /// Claims the first of `candidates` that is free, or the first with a suffix.
    pub(crate) fn claim_type_name_preferring(&mut self, candidates: &[String]) -> Ident {
        let free = candidates.iter().find(|c| {
            let name = naming::type_name(c);
            !self.scope.is_taken(&name) && !naming::is_reserved_type_name(&name)
        });
        self.claim_type_name(free.or(candidates.first()).map_or("Body", String::as_str))
    }

    fn new_type(&mut self, name: Ident, at: &str) -> TypeId {
        self.names.push(name);
        self.pointers.push(at.to_owned());
        self.defs.push(None);
        self.names.len() - 1
    }

    /// Gives every component schema its id and name before anything refers to it.
    pub(crate) fn declare_components(&mut self) {
        let Some(components) = &self.document.api.components else { return };
        // Names already in type case keep them (`FooBar` stays `FooBar` even
        // when `foo_bar` comes first); the others are claimed after.
        let mut rust_names: Vec<Option<Ident>> = vec![None; components.schemas.len()];
        for exact_first in [true, false] {
            for (index, name) in components.schemas.keys().enumerate() {
                if rust_names[index].is_none() && (naming::type_name(name) == *name) == exact_first {
                    rust_names[index] = Some(self.claim_type_name(name));
                }
            }
        }
        for ((name, schema), rust_name) in components.schemas.iter().zip(rust_names) {
            let schema_pointer = pointer("#/components/schemas", name);
            // Every name is claimed by the passes above.
            let rust_name = rust_name.unwrap_or_else(|| self.claim_type_name(name));
            let id = self.new_type(rust_name, &schema_pointer);
            let nullable = match schema {
                ReferenceOr::Item(schema) => schema.schema_data.nullable,
                ReferenceOr::Reference { .. } => {
                    self.document.schema_note(&schema_pointer).beside_reference.as_ref().is_some_and(|b| b.nullable)
                }
            };
            let reference = if nullable { TypeRef::nullable(TypeRef::Named(id)) } else { TypeRef::Named(id) };
            self.by_pointer.insert(schema_pointer.clone(), reference);
            self.components.push((schema_pointer, id));
        }
    }

    /// Lowers the body of every component schema.
    pub(crate) fn lower_components(&mut self) {
        let Some(components) = &self.document.api.components else { return };
        for (index, schema) in components.schemas.values().enumerate() {
            let (schema_pointer, id) = self.components[index].clone();
            if self.defs[id].is_some() {
                continue;
            }
            let name = self.names[id].clone();
            let (kind, doc) = match schema {
                ReferenceOr::Reference { reference } => {
                    (TypeKind::Alias(self.resolve(reference, &schema_pointer)), self.reference_doc(&schema_pointer))
                }
                ReferenceOr::Item(schema) => {
                    (self.definition(schema, &schema_pointer, &name), schema_doc(&schema.schema_data))
                }
            };
            self.defs[id] = Some(TypeDef::new(name, doc, kind));
        }
    }

    /// Lowers the schema at a use site (a property, parameter, body, ...).
    pub(crate) fn use_site(&mut self, schema: &ReferenceOr<Schema>, at: &str, hint: &str) -> TypeRef {
        match schema {
            ReferenceOr::Reference { reference } => self.resolve(reference, at),
            ReferenceOr::Item(schema) => self.inline(schema, at, hint),
        }
    }

    /// Lowers a boxed schema at a use site.
    pub(crate) fn use_site_boxed(&mut self, schema: &ReferenceOr<Box<Schema>>, at: &str, hint: &str) -> TypeRef {
        match schema {
            ReferenceOr::Reference { reference } => self.resolve(reference, at),
            ReferenceOr::Item(schema) => self.inline(schema, at, hint),
        }
    }

    /// The type a `$ref` names, lowering its target on first use.
    pub(crate) fn resolve(&mut self, reference: &str, at: &str) -> TypeRef {
        if let Some(found) = self.by_pointer.get(reference) {
            return found.clone();
        }
        // parse refused documents with external or dangling references; a
        // reference into a part the 3.1 rewriting moved can still miss.
        let Some(read) = self.document.read_at::<ReferenceOr<Schema>>(reference) else {
            self.diagnostics.push(Diagnostic::error(
                at,
                format!("reference `{reference}` does not point to anything in this document"),
            ));
            return TypeRef::Json;
        };
        if !self.in_progress.insert(reference.to_owned()) {
            self.diagnostics.push(Diagnostic::error(
                at,
                format!("reference `{reference}` refers to itself without reaching a schema"),
            ));
            return TypeRef::Json;
        }
        let resolved = match read {
            Ok(schema) => {
                let hint = reference.rsplit('/').next().unwrap_or("Schema").replace("~1", "/").replace("~0", "~");
                self.use_site(&schema, reference, &hint)
            }
            Err(wrong) => {
                let at = format!("{reference}{}", &wrong.pointer[1..]);
                self.diagnostics.push(Diagnostic::error(at, format!("not a valid schema: {}", wrong.message)));
                TypeRef::Json
            }
        };
        self.in_progress.remove(reference);
        self.by_pointer.insert(reference.to_owned(), resolved.clone());
        resolved
    }

    fn inline(&mut self, schema: &Schema, at: &str, hint: &str) -> TypeRef {
        if let Some(found) = self.by_pointer.get(at) {
            return found.clone();
        }
        if self.depth >= MAX_DEPTH {
            self.diagnostics.push(Diagnostic::warning(
                at,
                format!("schema nested more than {MAX_DEPTH} levels deep; it is typed as `serde_json::Value`"),
            ));
            return TypeRef::Json;
        }
        self.depth += 1;
        let lowered = if needs_name(schema, self.document.schema_note(at)) {
            let name = self.claim_type_name(&inline_type_name(schema.schema_data.title.as_deref(), hint));
            let id = self.new_type(name.clone(), at);
            // Registered before the body so that recursion finds it.
            let reference =
                if schema.schema_data.nullable { TypeRef::nullable(TypeRef::Named(id)) } else { TypeRef::Named(id) };
            self.by_pointer.insert(at.to_owned(), reference);
            let kind = self.definition(schema, at, &name);
            self.defs[id] = Some(TypeDef::new(name, schema_doc(&schema.schema_data), kind));
            TypeRef::Named(id)
        } else {
            self.definition_ref(schema, at, hint)
        };
        self.depth -= 1;
        let lowered = if schema.schema_data.nullable { TypeRef::nullable(lowered) } else { lowered };
        self.by_pointer.insert(at.to_owned(), lowered.clone());
        lowered
    }

    /// The type of a schema that gets no name of its own.
    fn definition_ref(&mut self, schema: &Schema, at: &str, hint: &str) -> TypeRef {
        match self.definition(schema, at, hint) {
            TypeKind::Alias(target) => target,
            _ => TypeRef::Json,
        }
    }

    /// What a schema defines; `name` prefixes the names of nested types.
    fn definition(&mut self, schema: &Schema, at: &str, name: &str) -> TypeKind {
        self.document.count_schema_lowered();
        let note = self.document.schema_note(at);
        if note.null_only {
            return TypeKind::Alias(TypeRef::Unit);
        }
        if let Some(constant) = constant(schema, note) {
            return TypeKind::Const(constant);
        }
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(string)) => {
                let values: Vec<&String> = string.enumeration.iter().flatten().collect();
                if !values.is_empty() {
                    return string_enum(&values, schema);
                }
                TypeKind::Alias(self.string_format(&string.format, at))
            }
            SchemaKind::Type(Type::Integer(integer)) => {
                let values: Vec<i64> = integer.enumeration.iter().flatten().copied().collect();
                if !values.is_empty() {
                    return integer_enum(&values, schema);
                }
                TypeKind::Alias(match &integer.format {
                    VariantOrUnknownOrEmpty::Item(openapiv3::IntegerFormat::Int32) => TypeRef::I32,
                    VariantOrUnknownOrEmpty::Unknown(f)
                        if matches!(f.as_str(), "int8" | "int16" | "uint8" | "uint16") =>
                    {
                        TypeRef::I32
                    }
                    VariantOrUnknownOrEmpty::Unknown(f) if matches!(f.as_str(), "uint32" | "uint64" | "uint") => {
                        TypeRef::U64
                    }
                    VariantOrUnknownOrEmpty::Unknown(f)
                        if f != "int128" && !KNOWN_INTEGER_FORMATS.contains(&f.as_str()) =>
                    {
                        self.diagnostics.push(Diagnostic::warning(
                            pointer(at, "format"),
                            format!("unknown integer format `{f}`; typed as `i64`"),
                        ));
                        TypeRef::I64
                    }
                    // Set by parsing for bounds beyond 64 bits (`normalize.rs`).
                    VariantOrUnknownOrEmpty::Unknown(f) if f == "int128" => TypeRef::I128,
                    _ => TypeRef::I64,
                })
            }
            SchemaKind::Type(Type::Number(number)) if !number.enumeration.is_empty() => {
                // Integer enums with values beyond 64 bits arrive here as numbers.
                self.diagnostics.push(Diagnostic::warning(
                    pointer(at, "enum"),
                    "a numeric enum (or integers beyond 64 bits) cannot be a Rust enum; typed as `f64`, values not checked",
                ));
                TypeKind::Alias(TypeRef::F64)
            }
            SchemaKind::Type(Type::Number(number)) => TypeKind::Alias(match &number.format {
                // Servers send doubles under `float` too; `f32` would round them.
                VariantOrUnknownOrEmpty::Item(openapiv3::NumberFormat::Float) if self.settings.float_as_f32 => {
                    TypeRef::F32
                }
                VariantOrUnknownOrEmpty::Unknown(f) if !KNOWN_NUMBER_FORMATS.contains(&f.as_str()) => {
                    self.diagnostics.push(Diagnostic::warning(
                        pointer(at, "format"),
                        format!("unknown number format `{f}`; typed as `f64`"),
                    ));
                    TypeRef::F64
                }
                _ => TypeRef::F64,
            }),
            SchemaKind::Type(Type::Boolean(_)) => TypeKind::Alias(TypeRef::Bool),
            SchemaKind::Type(Type::Object(object)) => {
                let properties: PropertyList = object
                    .properties
                    .iter()
                    .map(|(k, v)| (k.clone(), unbox(v), pointer(&pointer(at, "properties"), k), name.to_owned()))
                    .collect();
                self.object(properties, &object.required, object.additional_properties.as_ref(), at, name)
            }
            SchemaKind::Type(Type::Array(_)) if self.is_tuple(at) => TypeKind::Alias(self.tuple(at)),
            SchemaKind::Type(Type::Array(array)) => TypeKind::Alias(self.array(array.items.as_ref(), at, name)),
            SchemaKind::OneOf { one_of } => self.union(one_of, schema, at, "oneOf", name),
            SchemaKind::AnyOf { any_of } => self.union(any_of, schema, at, "anyOf", name),
            SchemaKind::AllOf { all_of } => self.all_of(all_of, &[], &[], at, name),
            SchemaKind::Not { .. } => {
                self.diagnostics.push(Diagnostic::warning(
                    at,
                    "`not` cannot be expressed as a Rust type; typed as `serde_json::Value`",
                ));
                TypeKind::Alias(TypeRef::Json)
            }
            SchemaKind::Any(any) => self.any(any, schema, at, name),
        }
    }

    fn string_format(&mut self, format: &VariantOrUnknownOrEmpty<StringFormat>, at: &str) -> TypeRef {
        match format {
            VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => TypeRef::DateTime,
            VariantOrUnknownOrEmpty::Item(StringFormat::Date) => TypeRef::Date,
            VariantOrUnknownOrEmpty::Item(StringFormat::Binary) => TypeRef::Bytes,
            VariantOrUnknownOrEmpty::Item(_) | VariantOrUnknownOrEmpty::Empty => TypeRef::String,
            VariantOrUnknownOrEmpty::Unknown(f) if f == "uuid" => TypeRef::Uuid,
            VariantOrUnknownOrEmpty::Unknown(f) if KNOWN_STRING_FORMATS.contains(&f.as_str()) => TypeRef::String,
            VariantOrUnknownOrEmpty::Unknown(f) => {
                self.diagnostics.push(Diagnostic::warning(
                    pointer(at, "format"),
                    format!("unknown string format `{f}`; typed as `String`"),
                ));
                TypeRef::String
            }
        }
    }

    fn array(&mut self, items: Option<&ReferenceOr<Box<Schema>>>, at: &str, name: &str) -> TypeRef {
        match items {
            Some(items) => {
                TypeRef::Vec(Box::new(self.use_site_boxed(items, &pointer(at, "items"), &format!("{name}Item"))))
            }
            None => TypeRef::Vec(Box::new(TypeRef::Json)),
        }
    }

    fn object(
        &mut self,
        properties: PropertyList,
        required: &[String],
        additional: Option<&AdditionalProperties>,
        at: &str,
        name: &str,
    ) -> TypeKind {
        let extra = match additional {
            Some(AdditionalProperties::Schema(schema)) => {
                Some(self.use_site(schema, &pointer(at, "additionalProperties"), &format!("{name}Value")))
            }
            Some(AdditionalProperties::Any(true)) => Some(TypeRef::Json),
            None if self.settings.keep_undeclared_members && !properties.is_empty() => Some(TypeRef::Json),
            _ => None,
        };
        let closed = matches!(additional, Some(AdditionalProperties::Any(false)));
        if properties.is_empty() {
            return TypeKind::Alias(match extra {
                Some(value) => TypeRef::Map(Box::new(value)),
                None => TypeRef::JsonObject,
            });
        }
        let mut fields = Vec::new();
        for (wire, schema, property_pointer, owner) in &properties {
            let hint = format!("{owner}{}", naming::type_name(wire));
            let ty = self.use_site(schema, property_pointer, &hint);
            let (doc, read_only, write_only, default) = match schema {
                ReferenceOr::Item(s) => {
                    let default = s.schema_data.default.as_ref().map(|value| match value {
                        serde_json::Value::String(text) => text.clone(),
                        other => other.to_string(),
                    });
                    (schema_doc(&s.schema_data), s.schema_data.read_only, s.schema_data.write_only, default)
                }
                ReferenceOr::Reference { .. } => (self.reference_doc(property_pointer), false, false, None),
            };
            fields.push(Field {
                // Made collision-free with the others by `name_fields`.
                rust_name: naming::snake_name(wire),
                wire_name: wire.clone(),
                doc,
                ty,
                // `required` on a read-only property holds for responses only,
                // on a write-only one for requests only; one type serves both.
                required: required.contains(wire) && !read_only && !write_only,
                // Decided once every type is known (see `presence.rs`).
                presence: Presence::Optional,
                boxed: false,
                read_only,
                write_only,
                default,
            });
        }
        let mut scope = name_fields(&mut fields);
        let extra = extra.map(|ty| ExtraMembers { rust_name: scope.claim("additional_properties"), ty });
        TypeKind::Struct(Struct { fields, extra, closed })
    }

    /// Schemas without `type`: inferred from the keywords present.
    fn any(&mut self, any: &openapiv3::AnySchema, schema: &Schema, at: &str, name: &str) -> TypeKind {
        if !any.all_of.is_empty() {
            let own: Vec<(String, ReferenceOr<Schema>)> =
                any.properties.iter().map(|(k, v)| (k.clone(), unbox(v))).collect();
            return self.all_of(&any.all_of, &own, &any.required, at, name);
        }
        if !any.one_of.is_empty() {
            return self.union(&any.one_of, schema, at, "oneOf", name);
        }
        if !any.any_of.is_empty() {
            return self.union(&any.any_of, schema, at, "anyOf", name);
        }
        let typ = any.typ.as_deref();
        if !any.properties.is_empty() || any.additional_properties.is_some() || typ == Some("object") {
            let properties: PropertyList = any
                .properties
                .iter()
                .map(|(k, v)| (k.clone(), unbox(v), pointer(&pointer(at, "properties"), k), name.to_owned()))
                .collect();
            return self.object(properties, &any.required, any.additional_properties.as_ref(), at, name);
        }
        if self.is_tuple(at) {
            return TypeKind::Alias(self.tuple(at));
        }
        if any.items.is_some() || typ == Some("array") {
            return TypeKind::Alias(self.array(any.items.as_ref(), at, name));
        }
        let strings: Vec<String> = any.enumeration.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect();
        if !strings.is_empty() && strings.len() == any.enumeration.iter().filter(|v| !v.is_null()).count() {
            let refs: Vec<&String> = strings.iter().collect();
            return string_enum(&refs, schema);
        }
        TypeKind::Alias(match typ {
            Some("string") => match any.format.as_deref() {
                Some("date-time") => TypeRef::DateTime,
                Some("date") => TypeRef::Date,
                Some("uuid") => TypeRef::Uuid,
                Some("binary") => TypeRef::Bytes,
                _ => TypeRef::String,
            },
            Some("integer") => TypeRef::I64,
            Some("number") => TypeRef::F64,
            Some("boolean") => TypeRef::Bool,
            _ => TypeRef::Json,
        })
    }

    /// Whether the schema at `at` is a tuple (`prefixItems`, which the
    /// OpenAPI model does not keep).
    fn is_tuple(&self, at: &str) -> bool {
        self.document.schema_note(at).tuple
    }

    /// A tuple has an element type per position, which a `Vec` cannot say:
    /// its elements are kept as JSON values.
    fn tuple(&mut self, at: &str) -> TypeRef {
        self.diagnostics.push(Diagnostic::warning(
            pointer(at, "prefixItems"),
            "a tuple (`prefixItems`) has a type per position; typed as `Vec<serde_json::Value>`",
        ));
        TypeRef::Vec(Box::new(TypeRef::Json))
    }

    /// `description`/`title` written next to a `$ref`.
    fn reference_doc(&self, at: &str) -> Doc {
        let beside = self.document.schema_note(at).beside_reference.as_ref();
        Doc {
            title: beside.and_then(|b| b.title.clone()),
            description: beside.and_then(|b| b.description.clone()),
            deprecated: false,
        }
    }

    /// The type each component schema is, by pointer.
    pub(crate) fn component_types(&self) -> Vec<(String, TypeRef)> {
        self.components
            .iter()
            .map(|(pointer, id)| {
                (pointer.clone(), self.by_pointer.get(pointer).cloned().unwrap_or(TypeRef::Named(*id)))
            })
            .collect()
    }

    /// The finished type arena: recursion broken by boxing, fields' presence
    /// decided from where `operations` use the types, unions' decoding planned.
    pub(crate) fn finish(self, operations: &[crate::ir::Operation]) -> Vec<TypeDef> {
        let names = self.names;
        let mut types: Vec<TypeDef> = self
            .defs
            .into_iter()
            .zip(names)
            .map(|(def, name)| {
                def.unwrap_or_else(|| TypeDef::new(name, Doc::default(), TypeKind::Alias(TypeRef::Json)))
            })
            .collect();
        for id in super::recursion::alias_cycles(&types) {
            let pointer =
                self.components.iter().find(|(_, c)| *c == id).map_or("#/components/schemas", |(p, _)| p.as_str());
            self.diagnostics.push(Diagnostic::warning(
                pointer,
                format!("`{}` is defined only in terms of itself (through `$ref`, `allOf` or `oneOf`); typed as `serde_json::Value`", types[id].name),
            ));
            types[id].kind = TypeKind::Alias(TypeRef::Json);
        }
        super::recursion::box_cycles(&mut types);
        // Unions first: a tag they find makes its property a constant.
        super::unions::plan(&mut types, &self.pointers, self.diagnostics);
        super::presence::decide(&mut types, operations);
        types
    }
}

/// String formats that are deliberately kept as `String`.
const KNOWN_STRING_FORMATS: &[&str] = &[
    "uri",
    "url",
    "uri-reference",
    "iri",
    "iri-reference",
    "uri-template",
    "email",
    "idn-email",
    "hostname",
    "idn-hostname",
    "ipv4",
    "ipv6",
    "ip",
    "password",
    "byte",
    "time",
    "duration",
    "regex",
    "json-pointer",
    "relative-json-pointer",
    "html",
    "markdown",
    "decimal",
    "int64",
    "int32",
    "char",
    "phone",
    "unixtime",
    "text",
    "base64",
    "color",
    "ulid",
    "cidr",
    "mac",
];

/// Integer formats that are deliberately kept as `i64`.
const KNOWN_INTEGER_FORMATS: &[&str] = &["int64", "int", "integer", "long", "unix-time", "unixtime", "timestamp"];

/// Number formats that are deliberately kept as `f64`.
const KNOWN_NUMBER_FORMATS: &[&str] =
    &["double", "decimal", "number", "int32", "int64", "integer", "currency", "percent"];

/// Whether a schema becomes a named type when written inline.
fn needs_name(schema: &Schema, note: &SchemaNote) -> bool {
    if note.constant {
        // A constant, a boolean one too.
        return true;
    }
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => s.enumeration.iter().any(Option::is_some),
        SchemaKind::Type(Type::Integer(i)) => i.enumeration.iter().any(Option::is_some),
        SchemaKind::Type(Type::Object(o)) => !o.properties.is_empty(),
        SchemaKind::OneOf { one_of: branches } | SchemaKind::AnyOf { any_of: branches } => branches.len() > 1,
        SchemaKind::AllOf { all_of } => all_of.len() > 1,
        SchemaKind::Any(any) => {
            !any.properties.is_empty()
                || any.all_of.len() > 1
                || any.one_of.len() > 1
                || any.any_of.len() > 1
                || any.enumeration.iter().any(|v| v.is_string())
        }
        _ => false,
    }
}

/// Titles make good type names only when short and plain.
fn is_good_title(title: &str) -> bool {
    title.len() <= 40 && title.chars().all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '_' || c == '-')
}

/// The name an inline type asks for: its place (`hint`, the parent type and
/// property, `StateAbortDetailsType`), unless its title says more than the
/// place's last word. Frameworks title every property with its own name
/// ("Type", "Details"): such titles would make every inline type of that
/// property ask for one name, numbered in document order, so that a schema
/// added upstream renames types downstream.
fn inline_type_name(title: Option<&str>, hint: &str) -> String {
    match title.filter(|t| is_good_title(t)).map(naming::type_name) {
        Some(title) if !hint.ends_with(title.as_str()) => title.to_string(),
        _ => hint.to_owned(),
    }
}

/// The one value a `const` schema allows. An `enum` of one value is not a
/// constant here: it is a list of values that may grow (a union that uses it
/// as a tag makes it one, see `unions.rs`).
fn constant(schema: &Schema, note: &SchemaNote) -> Option<Constant> {
    if !note.constant {
        return None;
    }
    match enum_values(schema).as_slice() {
        [only] => Constant::from_json(only),
        _ => None,
    }
}

/// The non-null values of a schema's `enum`, whatever its type.
fn enum_values(schema: &Schema) -> Vec<serde_json::Value> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(string)) => {
            string.enumeration.iter().flatten().map(|v| serde_json::Value::String(v.clone())).collect()
        }
        SchemaKind::Type(Type::Integer(integer)) => {
            integer.enumeration.iter().flatten().map(|v| serde_json::Value::from(*v)).collect()
        }
        SchemaKind::Type(Type::Boolean(boolean)) => {
            boolean.enumeration.iter().flatten().map(|v| serde_json::Value::Bool(*v)).collect()
        }
        SchemaKind::Any(any) => any.enumeration.iter().filter(|v| !v.is_null()).cloned().collect(),
        _ => Vec::new(),
    }
}

/// Whether a schema's `enum` lists `null` (an enum of one value and `null`
/// is not a constant).
fn enum_allows_null(schema: &Schema) -> bool {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(string)) => string.enumeration.iter().any(Option::is_none),
        SchemaKind::Type(Type::Integer(integer)) => integer.enumeration.iter().any(Option::is_none),
        SchemaKind::Type(Type::Boolean(boolean)) => boolean.enumeration.iter().any(Option::is_none),
        SchemaKind::Any(any) => any.enumeration.iter().any(serde_json::Value::is_null),
        _ => false,
    }
}

fn unbox(schema: &ReferenceOr<Box<Schema>>) -> ReferenceOr<Schema> {
    match schema {
        ReferenceOr::Reference { reference } => ReferenceOr::Reference { reference: reference.clone() },
        ReferenceOr::Item(schema) => ReferenceOr::Item((**schema).clone()),
    }
}

/// Gives fields collision-free snake case names. Properties whose wire name is
/// already the snake case name keep it (`id`), so `_id` next to `id` becomes
/// `underscore_id` rather than taking `id` from it.
fn name_fields(fields: &mut [Field]) -> Scope {
    let mut scope = Scope::default();
    let candidates: Vec<Ident> = fields.iter().map(|f| naming::snake_name(&f.wire_name)).collect();
    let exact: BTreeSet<usize> =
        (0..fields.len()).filter(|&i| naming::unraw(&candidates[i]) == fields[i].wire_name).collect();
    for &i in &exact {
        fields[i].rust_name = scope.claim(&candidates[i]);
    }
    for (i, field) in fields.iter_mut().enumerate() {
        if exact.contains(&i) {
            continue;
        }
        let mut candidate = candidates[i].to_string();
        if scope.is_taken(&candidate) && field.wire_name.starts_with('_') {
            candidate = format!("underscore_{}", naming::unraw(&candidate));
        }
        field.rust_name = scope.claim(&candidate);
    }
    scope
}

/// Names a union's catch-all variant may take; branches never take them.
pub(crate) const CATCH_ALL_NAMES: &[&str] = &["Unknown"];

/// The first catch-all name no variant in `scope` has.
pub(crate) fn catch_all_name(scope: &Scope) -> Ident {
    ["Unknown", "Other", "UnknownValue"]
        .into_iter()
        .find(|n| !scope.is_taken(n))
        .map_or_else(|| scope.clone().claim("Unknown"), Ident::new)
}

/// An enum of string values: one variant per distinct value, names that
/// would clash spelling out their symbols (`Etc/GMT+0`, `Etc/GMT-0`).
fn string_enum<S: AsRef<str>>(values: &[S], schema: &Schema) -> TypeKind {
    let mut seen = HashSet::new();
    let unique: Vec<&str> = values.iter().map(AsRef::as_ref).filter(|v| seen.insert(*v)).collect();
    let candidates: Vec<Ident> = unique.iter().map(|v| naming::variant_name(v)).collect();
    let mut scope = Scope::default();
    let mut variants = Vec::new();
    for (value, candidate) in unique.iter().zip(&candidates) {
        // Values that differ only in symbols (`Etc/GMT+0`, `Etc/GMT-0`) all
        // get their symbols spelled out, so neither keeps the plain name.
        let clashes = candidates.iter().filter(|c| *c == candidate).count() > 1;
        let rust_name = if clashes { naming::variant_name(&naming::spell_symbols(value)) } else { candidate.clone() };
        let rust_name = scope.claim(&rust_name);
        variants.push(EnumVariant { rust_name, wire_value: (*value).to_owned() });
    }
    let default = schema
        .schema_data
        .default
        .as_ref()
        .and_then(|d| d.as_str())
        .and_then(|d| variants.iter().position(|v| v.wire_value == d));
    let catch_all = catch_all_name(&scope);
    TypeKind::StringEnum(StringEnum { variants, default, catch_all })
}

/// An enum of integer values: one variant per distinct value.
fn integer_enum(values: &[i64], schema: &Schema) -> TypeKind {
    let mut scope = Scope::default();
    let mut seen = HashSet::new();
    let variants: Vec<(Ident, i64)> = values
        .iter()
        .filter(|v| seen.insert(**v))
        .map(|v| (scope.claim(&naming::variant_name(&v.to_string())), *v))
        .collect();
    let default = schema
        .schema_data
        .default
        .as_ref()
        .and_then(|d| d.as_i64())
        .and_then(|d| variants.iter().position(|v| v.1 == d));
    let catch_all = catch_all_name(&scope);
    TypeKind::IntegerEnum(IntegerEnum { variants, default, catch_all })
}

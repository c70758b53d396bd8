//! IR types -> `types.rs`: structs, enums tolerant of unknown values, unions.

use super::docs::doc_attrs;
use super::{ident, type_tokens, Emitter};
use crate::naming;
use crate::ir::{Access, Constant, Doc, Field, IntegerEnum, ObjectCandidate, Presence, StringEnum, Struct, TypeDef, TypeKind, TypeRef, Union, VariantValue, When};
use proc_macro2::TokenStream;
use quote::quote;

impl Emitter<'_> {
    /// The whole `types` module.
    /// `types.rs`: the module docs and imports; its items come from
    /// [`Emitter::types_item`].
    pub(crate) fn types_head(&self) -> TokenStream {
        let uses_map = self.api.types.iter().any(|t| {
            kind_uses(&t.kind, &|r| matches!(r, TypeRef::Map(_))) || matches!(&t.kind, TypeKind::Struct(s) if s.extra.is_some())
        });
        let map_import = uses_map.then(|| quote!(use std::collections::BTreeMap;));
        let is_kind = |pred: fn(&TypeKind) -> bool| self.api.types.iter().any(|t| pred(&t.kind));
        let needs_param = self.uses(&|r| matches!(r, TypeRef::Uuid)) || is_kind(|k| matches!(k, TypeKind::StringEnum(_) | TypeKind::IntegerEnum(_) | TypeKind::Const(_)));
        let param_import = needs_param.then(|| quote!(use crate::runtime::ParamValue; use std::borrow::Cow;));
        let fmt_import = is_kind(|k| matches!(k, TypeKind::StringEnum(_) | TypeKind::IntegerEnum(_))).then(|| quote!(use std::fmt;));
        let serde_import = is_kind(|k| !matches!(k, TypeKind::Alias(_))).then(|| quote!(use serde::{Deserialize, Serialize};));
        let uses_nullable = is_kind(|k| matches!(k, TypeKind::Struct(s) if s.fields.iter().any(|f| f.presence == Presence::Nullable)));
        let nullable_import = uses_nullable.then(|| quote!(use crate::values::Nullable;));
        quote! {
            //! Types for the schemas of the document.
            #param_import
            #map_import
            #serde_import
            #fmt_import
            #nullable_import
        }
    }

    /// How many items [`Emitter::types_item`] produces: one per type, then the
    /// `ParamValue` impl for UUIDs (empty when the document has none).
    pub(crate) fn types_item_count(&self) -> usize {
        self.api.types.len() + 1
    }

    /// Item `index` of `types.rs` (see [`Emitter::types_item_count`]).
    pub(crate) fn types_item(&self, index: usize) -> TokenStream {
        match self.api.types.get(index) {
            Some(def) => self.type_def(index, def),
            None if self.uses(&|r| matches!(r, TypeRef::Uuid)) => quote! {
                impl ParamValue for uuid::Uuid {
                    fn to_param(&self) -> Cow<'_, str> {
                        Cow::Owned(self.to_string())
                    }
                }
            },
            None => TokenStream::new(),
        }
    }

    fn type_def(&self, id: usize, def: &TypeDef) -> TokenStream {
        let name = ident(&def.name);
        let docs = type_docs(&def.doc, &def.name);
        let deprecated = def.doc.deprecated.then(|| quote!(#[deprecated]));
        match &def.kind {
            TypeKind::Struct(s) => self.struct_def(id, &name, docs, deprecated, s),
            TypeKind::StringEnum(e) => string_enum(&name, docs, e),
            TypeKind::IntegerEnum(e) => integer_enum(&name, docs, e),
            TypeKind::Union(u) => self.union_def(&name, docs, u),
            TypeKind::Const(constant) => const_def(&name, docs, constant),
            TypeKind::Alias(target) => {
                let target = type_tokens(self.api, target);
                quote! { #docs pub type #name = #target; }
            }
        }
    }

    fn struct_def(&self, id: usize, name: &syn::Ident, docs: TokenStream, deprecated: Option<TokenStream>, s: &Struct) -> TokenStream {
        let rename_all = camel_case_saves_renames(s);
        let fields = s.fields.iter().map(|field| {
            let field_name = ident(&field.rust_name);
            let ty = field_tokens(self.api, field);
            let wire = &field.wire_name;
            let expected = if rename_all { serde_camel_case(naming_unraw(&field.rust_name)) } else { naming_unraw(&field.rust_name).to_owned() };
            let mut serde_args: Vec<TokenStream> = Vec::new();
            if *wire != expected {
                serde_args.push(quote!(rename = #wire));
            }
            match field.presence {
                Presence::Required => {}
                Presence::Defaulted => serde_args.push(quote!(default)),
                Presence::Optional => serde_args.push(quote!(default, skip_serializing_if = "Option::is_none")),
                Presence::Nullable => serde_args.push(quote!(default, skip_serializing_if = "Nullable::is_absent")),
            }
            let serde_attr = (!serde_args.is_empty()).then(|| quote!(#[serde(#(#serde_args),*)]));
            let title = field.doc.title.as_deref().filter(|title| naming::snake_name(title) != naming::snake_name(&field.wire_name));
            let docs = doc_attrs([title, field.doc.description.as_deref()].into_iter().chain(field_notes(field).iter().map(|n| Some(n.as_str()))));
            let deprecated = field.doc.deprecated.then(|| quote!(#[deprecated]));
            quote! {
                #docs
                #deprecated
                #serde_attr
                pub #field_name: #ty,
            }
        });
        let extra = s.extra.as_ref().map(|extra| {
            let field_name = ident(&extra.rust_name);
            let value = type_tokens(self.api, &extra.ty);
            quote! {
                /// Members the schema does not declare, kept as they came and sent back.
                #[serde(flatten)]
                pub #field_name: BTreeMap<String, #value>,
            }
        });
        let default = self.defaultable(id).then(|| quote!(Default,));
        let rename_all = rename_all.then(|| quote!(#[serde(rename_all = "camelCase")]));
        quote! {
            #docs
            #deprecated
            #[derive(Debug, Clone, PartialEq, #default Serialize, Deserialize)]
            #rename_all
            pub struct #name {
                #(#fields)*
                #extra
            }
        }
    }

    fn union_def(&self, name: &syn::Ident, docs: TokenStream, u: &Union) -> TokenStream {
        let variant_idents: Vec<syn::Ident> = u.variants.iter().map(|v| ident(&v.rust_name)).collect();
        let definitions = u.variants.iter().zip(&variant_idents).map(|(v, variant)| match &v.value {
            VariantValue::Type(ty) => {
                let ty = type_tokens(self.api, ty);
                let ty = if v.boxed { quote!(Box<#ty>) } else { ty };
                quote!(#variant(#ty),)
            }
            VariantValue::Const(constant) => {
                let doc = format!(" `{}`", constant.to_json().replace('`', "'"));
                quote!(#[doc = #doc] #variant,)
            }
        });
        let catch_all = u.catch_all.as_ref().map(|c| ident(c));
        let catch_all_def = catch_all.as_ref().map(|c| quote!(#[doc = " A value this version of the client does not know, kept as it came."] #c(serde_json::Value),));
        let tag = u.decode.tag.as_ref();
        let encode_arms = u.variants.iter().zip(&variant_idents).enumerate().map(|(index, (v, variant))| match &v.value {
            VariantValue::Const(constant) => {
                let write = serialize_constant(constant, quote!(serializer));
                quote!(Self::#variant => #write,)
            }
            VariantValue::Type(_) => match tag.filter(|tag| tag.tags_of(index).next().is_some() && !tag.self_tagged[index]) {
                Some(tag) => {
                    let property = &tag.property;
                    let tags = tag.tags_of(index).map(runtime_tag);
                    quote!(Self::#variant(value) => crate::values::serialize_tagged(serializer, #property, &[#(#tags),*], value),)
                }
                None => quote!(Self::#variant(value) => value.serialize(serializer),),
            },
        });
        let catch_all_encode = catch_all.as_ref().map(|c| quote!(Self::#c(value) => value.serialize(serializer),));
        let dispatch = tag.map(|tag| {
            let property = &tag.property;
            let read = match tag.tags.first().map(|(c, _)| c) {
                Some(Constant::Integer(_)) => quote!(as_i64),
                Some(Constant::Bool(_)) => quote!(as_bool),
                _ => quote!(as_str),
            };
            let arms = tag.tags.iter().map(|(constant, index)| {
                let pattern = constant_pattern(constant);
                let variant = &variant_idents[*index];
                quote!(Some(#pattern) => return crate::values::tagged_variant(value).map(Self::#variant),)
            });
            quote! {
                match value.get(#property).and_then(serde_json::Value::#read) {
                    #(#arms)*
                    _ => {}
                }
            }
        });
        let attempts = self.attempts(u, &variant_idents);
        let fallback = match &catch_all {
            Some(c) => quote!(Ok(Self::#c(value))),
            None => {
                let message = format!("the value matches no variant of `{}`", naming_unraw(&name.to_string()));
                quote!(Err(serde::de::Error::custom(#message)))
            }
        };
        // Variant sizes follow the schemas; boxing them all would cost an
        // allocation per value for no gain in the common small cases.
        let large = (u.variants.len() > 1).then(|| quote!(#[allow(clippy::large_enum_variant)]));
        quote! {
            #docs
            #[derive(Debug, Clone, PartialEq)]
            #large
            pub enum #name {
                #(#definitions)*
                #catch_all_def
            }

            impl Serialize for #name {
                fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    match self {
                        #(#encode_arms)*
                        #catch_all_encode
                    }
                }
            }

            impl<'de> Deserialize<'de> for #name {
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    let value = serde_json::Value::deserialize(deserializer)?;
                    #dispatch
                    #(#attempts)*
                    #fallback
                }
            }
        }
    }

    /// The shape-matching steps of a union's `Deserialize`, in plan order;
    /// the struct variants are tried together, best-ranked first.
    fn attempts(&self, u: &Union, variants: &[syn::Ident]) -> Vec<TokenStream> {
        let mut steps = Vec::new();
        let mut ranked_done = false;
        for attempt in &u.decode.attempts {
            let variant = &variants[attempt.variant];
            let try_decode = quote!(if let Ok(decoded) = Deserialize::deserialize(&value) { return Ok(Self::#variant(decoded)); });
            let step = match &attempt.when {
                When::Const(constant) => {
                    let pattern = constant_pattern(constant);
                    let read = match constant {
                        Constant::String(_) => quote!(as_str),
                        Constant::Integer(_) => quote!(as_i64),
                        Constant::Bool(_) => quote!(as_bool),
                    };
                    quote!(if value.#read() == Some(#pattern) { return Ok(Self::#variant); })
                }
                When::Object(Some(_)) if ranked_done => continue,
                When::Object(Some(_)) => {
                    ranked_done = true;
                    self.ranked_objects(u, variants)
                }
                when => {
                    let guard = self.guard(when);
                    quote!(if #guard { #try_decode })
                }
            };
            steps.push(step);
        }
        steps
    }

    /// The condition under which a shape attempt is tried.
    fn guard(&self, when: &When) -> TokenStream {
        match when {
            When::Null => quote!(value.is_null()),
            When::Bool => quote!(value.is_boolean()),
            When::Integer => quote!(value.is_i64() || value.is_u64()),
            When::Number => quote!(value.is_number()),
            When::String => quote!(value.is_string()),
            When::KnownString(id) => {
                let enum_name = ident(&self.api.types[*id].name);
                let catch_all = match &self.api.types[*id].kind {
                    TypeKind::StringEnum(e) => ident(&e.catch_all),
                    _ => ident("Unknown"),
                };
                quote!(value.as_str().is_some_and(|text| !matches!(#enum_name::from(text), #enum_name::#catch_all(_))))
            }
            When::Array => quote!(value.is_array()),
            When::Object(_) => quote!(value.is_object()),
            When::Any | When::Const(_) => quote!(true),
        }
    }

    /// Tries the struct variants an object may be, best-ranked first.
    fn ranked_objects(&self, u: &Union, variants: &[syn::Ident]) -> TokenStream {
        let candidates: Vec<(usize, &ObjectCandidate)> = u
            .decode
            .attempts
            .iter()
            .filter_map(|a| match &a.when {
                When::Object(Some(c)) => Some((a.variant, c)),
                _ => None,
            })
            .collect();
        let table = candidates.iter().map(|(_, c)| {
            let required = &c.required;
            let declared = &c.declared;
            let closed = c.closed;
            quote!((&[#(#required),*], &[#(#declared),*], #closed))
        });
        let arms = candidates.iter().enumerate().map(|(position, (variant, _))| {
            let variant = &variants[*variant];
            let position = proc_macro2::Literal::usize_unsuffixed(position);
            quote!(#position => Deserialize::deserialize(&value).map(Self::#variant),)
        });
        quote! {
            if let Some(object) = value.as_object() {
                for candidate in crate::values::rank_objects(object, &[#(#table),*]) {
                    let decoded = match candidate {
                        #(#arms)*
                        _ => continue,
                    };
                    if let Ok(decoded) = decoded {
                        return Ok(decoded);
                    }
                }
            }
        }
    }
}

/// A constant type: a unit struct that writes its value and reads nothing else.
fn const_def(name: &syn::Ident, docs: TokenStream, constant: &Constant) -> TokenStream {
    let doc = format!(" Always `{}`: the type has no other value, so it is always sent.", constant.to_json().replace('`', "'"));
    let (value_ty, value, read, param) = match constant {
        Constant::String(text) => (quote!(&'static str), quote!(#text), quote!(expect_str), quote!(Cow::Borrowed(Self::VALUE))),
        Constant::Integer(number) => {
            let number = proc_macro2::Literal::i64_unsuffixed(*number);
            (quote!(i64), quote!(#number), quote!(expect_i64), quote!(Cow::Owned(Self::VALUE.to_string())))
        }
        Constant::Bool(flag) => (quote!(bool), quote!(#flag), quote!(expect_bool), quote!(Cow::Borrowed(if Self::VALUE { "true" } else { "false" }))),
    };
    let write = match constant {
        Constant::String(_) => quote!(serializer.serialize_str(Self::VALUE)),
        Constant::Integer(_) => quote!(serializer.serialize_i64(Self::VALUE)),
        Constant::Bool(_) => quote!(serializer.serialize_bool(Self::VALUE)),
    };
    let separator = (!docs.is_empty()).then(|| quote!(#[doc = ""]));
    quote! {
        #docs
        #separator
        #[doc = #doc]
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct #name;

        impl #name {
            /// The value on the wire.
            pub const VALUE: #value_ty = #value;
        }

        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                #write
            }
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::values::#read(deserializer, Self::VALUE).map(|()| Self)
            }
        }

        impl ParamValue for #name {
            fn to_param(&self) -> Cow<'_, str> {
                #param
            }
        }
    }
}

/// Writes a constant with `serializer`.
fn serialize_constant(constant: &Constant, serializer: TokenStream) -> TokenStream {
    let value = constant_pattern(constant);
    match constant {
        Constant::String(_) => quote!(#serializer.serialize_str(#value)),
        Constant::Integer(_) => quote!(#serializer.serialize_i64(#value)),
        Constant::Bool(_) => quote!(#serializer.serialize_bool(#value)),
    }
}

/// A constant as a literal (also a pattern of what `as_str`, `as_i64` and
/// `as_bool` return).
fn constant_pattern(constant: &Constant) -> TokenStream {
    match constant {
        Constant::String(text) => quote!(#text),
        Constant::Integer(number) => {
            let number = proc_macro2::Literal::i64_unsuffixed(*number);
            quote!(#number)
        }
        Constant::Bool(flag) => quote!(#flag),
    }
}

/// A tag as the runtime's `Tag` value.
fn runtime_tag(constant: &Constant) -> TokenStream {
    match constant {
        Constant::String(text) => quote!(crate::values::Tag::Str(#text)),
        Constant::Integer(_) => {
            let number = constant_pattern(constant);
            quote!(crate::values::Tag::Int(#number))
        }
        Constant::Bool(flag) => quote!(crate::values::Tag::Bool(#flag)),
    }
}

/// What a field's docs add to the schema's: who sets it, the server's
/// default, and what absent and `null` mean.
fn field_notes(field: &Field) -> Vec<String> {
    let mut notes: Vec<String> = Vec::new();
    if field.read_only {
        notes.push("Read-only: set by the server; leave it `None` in requests.".to_owned());
    }
    if let Some(default) = field.default.as_ref().filter(|_| field.presence != Presence::Defaulted && !field.required) {
        notes.push(format!("The server's default is `{}`.", default.replace('`', "'")));
    }
    if field.write_only {
        notes.push("Write-only: sent in requests, `None` in responses.".to_owned());
    }
    match field.presence {
        Presence::Optional if field.ty.is_nullable() => notes.push("`None` when the property is missing or `null`.".to_owned()),
        Presence::Nullable => notes.push("`Nullable::Absent` leaves the property out, `Nullable::Null` sends `null`.".to_owned()),
        _ => {}
    }
    notes
}

/// The Rust type of a struct field: its type, boxed where recursion needs
/// it, in the `Option` or `Nullable` its presence asks for.
pub(crate) fn field_tokens(api: &crate::ir::Api, field: &Field) -> TokenStream {
    let value = type_tokens(api, field.value_type());
    let value = if field.boxed { quote!(Box<#value>) } else { value };
    match field.access() {
        Access::Direct => value,
        Access::Option => quote!(Option<#value>),
        Access::Nullable => quote!(Nullable<#value>),
    }
}

fn naming_unraw(name: &str) -> &str {
    crate::naming::unraw(name)
}

/// A type's docs: its title (unless it only repeats the type's name, as
/// frameworks' titles do) and description.
fn type_docs(doc: &Doc, name: &str) -> TokenStream {
    let title = doc.title.as_deref().filter(|title| naming::type_name(title) != naming::unraw(name));
    let description = doc.description.as_deref();
    if title.is_some() && title == description {
        return doc_attrs([title]);
    }
    doc_attrs([title, description])
}

/// serde's `rename_all = "camelCase"` applied to a snake case field name.
fn serde_camel_case(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut capitalize = false;
    for (i, ch) in field.chars().enumerate() {
        if ch == '_' {
            capitalize = i > 0 || capitalize;
        } else if capitalize {
            out.push(ch.to_ascii_uppercase());
            capitalize = false;
        } else {
            out.push(ch);
        }
    }
    out
}

/// Whether `#[serde(rename_all = "camelCase")]` needs fewer per-field renames.
fn camel_case_saves_renames(s: &Struct) -> bool {
    let plain = s.fields.iter().filter(|f| naming_unraw(&f.rust_name) != f.wire_name).count();
    let camel = s.fields.iter().filter(|f| serde_camel_case(naming_unraw(&f.rust_name)) != f.wire_name).count();
    camel < plain
}

fn string_enum(name: &syn::Ident, docs: TokenStream, e: &StringEnum) -> TokenStream {
    let unknown = ident(&e.catch_all);
    let variants: Vec<syn::Ident> = e.variants.iter().map(|v| ident(&v.rust_name)).collect();
    let values: Vec<&str> = e.variants.iter().map(|v| v.wire_value.as_str()).collect();
    let variant_docs = values.iter().map(|v| if v.is_empty() { " The empty string.".to_owned() } else { format!(" `{}`", v.replace('`', "'")) });
    let (default_derive, default_attr) = default_parts(e.default);
    let defs = variants.iter().zip(variant_docs).enumerate().map(|(i, (v, d))| {
        let attr = default_attr(i);
        quote!(#[doc = #d] #attr #v,)
    });
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, #default_derive)]
        pub enum #name {
            #(#defs)*
            /// A value this version of the client does not know.
            #unknown(String),
        }

        impl #name {
            /// The value as written on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(Self::#variants => #values,)*
                    Self::#unknown(value) => value,
                }
            }
        }

        impl From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #(#values => Self::#variants,)*
                    other => Self::#unknown(other.to_owned()),
                }
            }
        }

        impl fmt::Display for #name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = String::deserialize(deserializer)?;
                Ok(Self::from(value.as_str()))
            }
        }

        impl ParamValue for #name {
            fn to_param(&self) -> Cow<'_, str> {
                Cow::Borrowed(self.as_str())
            }
        }
    }
}

fn integer_enum(name: &syn::Ident, docs: TokenStream, e: &IntegerEnum) -> TokenStream {
    let unknown = ident(&e.catch_all);
    let variants: Vec<syn::Ident> = e.variants.iter().map(|(v, _)| ident(v)).collect();
    let values: Vec<i64> = e.variants.iter().map(|(_, v)| *v).collect();
    let (default_derive, default_attr) = default_parts(e.default);
    let defs = variants.iter().zip(&values).enumerate().map(|(i, (v, value))| {
        let doc = format!(" `{value}`");
        let attr = default_attr(i);
        quote!(#[doc = #doc] #attr #v,)
    });
    quote! {
        #docs
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, #default_derive)]
        pub enum #name {
            #(#defs)*
            /// A value this version of the client does not know.
            #unknown(i64),
        }

        impl #name {
            /// The value as written on the wire.
            pub fn value(self) -> i64 {
                match self {
                    #(Self::#variants => #values,)*
                    Self::#unknown(value) => value,
                }
            }
        }

        impl From<i64> for #name {
            fn from(value: i64) -> Self {
                match value {
                    #(#values => Self::#variants,)*
                    other => Self::#unknown(other),
                }
            }
        }

        impl fmt::Display for #name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.value())
            }
        }

        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.value())
            }
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                i64::deserialize(deserializer).map(Self::from)
            }
        }

        impl ParamValue for #name {
            fn to_param(&self) -> Cow<'_, str> {
                Cow::Owned(self.value().to_string())
            }
        }
    }
}

/// The `Default` derive and `#[default]` attribute for an enum with a default value.
fn default_parts(default: Option<usize>) -> (Option<TokenStream>, impl Fn(usize) -> Option<TokenStream>) {
    let derive = default.map(|_| quote!(Default));
    (derive, move |index| (Some(index) == default).then(|| quote!(#[default])))
}

/// Whether a type reference mentions something `pred` matches, anywhere inside.
pub(crate) fn ref_uses(ty: &TypeRef, pred: &dyn Fn(&TypeRef) -> bool) -> bool {
    if pred(ty) {
        return true;
    }
    match ty {
        TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Option(inner) => ref_uses(inner, pred),
        _ => false,
    }
}

pub(crate) fn kind_uses(kind: &TypeKind, pred: &dyn Fn(&TypeRef) -> bool) -> bool {
    match kind {
        TypeKind::Struct(s) => s.fields.iter().any(|f| ref_uses(&f.ty, pred)) || s.extra.as_ref().is_some_and(|e| ref_uses(&e.ty, pred)),
        TypeKind::Union(u) => u.variants.iter().filter_map(|v| v.ty()).any(|ty| ref_uses(ty, pred)),
        TypeKind::Alias(target) => ref_uses(target, pred),
        _ => false,
    }
}

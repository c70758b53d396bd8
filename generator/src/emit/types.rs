//! IR types -> `types.rs`: structs, enums tolerant of unknown values, unions.

use super::docs::doc_attrs;
use super::{ident, type_tokens, Emitter};
use crate::ir::{Doc, IntegerEnum, StringEnum, Struct, TypeDef, TypeKind, TypeRef, Union};
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
        let needs_param = self.uses(&|r| matches!(r, TypeRef::Uuid)) || self.api.types.iter().any(|t| matches!(t.kind, TypeKind::StringEnum(_) | TypeKind::IntegerEnum(_)));
        let param_import = needs_param.then(|| quote!(use crate::runtime::ParamValue; use std::borrow::Cow;));
        let has_enums = self.api.types.iter().any(|t| matches!(t.kind, TypeKind::StringEnum(_) | TypeKind::IntegerEnum(_)));
        let fmt_import = has_enums.then(|| quote!(use std::fmt;));
        let serde_import = (!self.api.types.is_empty() && self.api.types.iter().any(|t| !matches!(t.kind, TypeKind::Alias(_))))
            .then(|| quote!(use serde::{Deserialize, Serialize};));
        quote! {
            //! Types for the schemas of the document.
            #param_import
            #map_import
            #serde_import
            #fmt_import
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
        let docs = type_docs(&def.doc);
        let deprecated = def.doc.deprecated.then(|| quote!(#[deprecated]));
        match &def.kind {
            TypeKind::Struct(s) => self.struct_def(id, &name, docs, deprecated, s),
            TypeKind::StringEnum(e) => string_enum(&name, docs, e),
            TypeKind::IntegerEnum(e) => integer_enum(&name, docs, e),
            TypeKind::Union(u) => self.union_def(&name, docs, u),
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
            let inner = self.field_type(&field.ty, field.boxed);
            let nullable = field.ty.is_nullable();
            let wire = &field.wire_name;
            let expected = if rename_all { serde_camel_case(naming_unraw(&field.rust_name)) } else { naming_unraw(&field.rust_name).to_owned() };
            let mut serde_args: Vec<TokenStream> = Vec::new();
            if *wire != expected {
                serde_args.push(quote!(rename = #wire));
            }
            let ty = match (field.required, nullable) {
                (true, _) => inner,
                (false, false) => {
                    serde_args.push(quote!(default, skip_serializing_if = "Option::is_none"));
                    quote!(Option<#inner>)
                }
                (false, true) => {
                    serde_args.push(quote!(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::double_option"));
                    quote!(Option<#inner>)
                }
            };
            let serde_attr = (!serde_args.is_empty()).then(|| quote!(#[serde(#(#serde_args),*)]));
            let mut notes: Vec<String> = Vec::new();
            if field.read_only {
                notes.push("Read-only: set by the server; leave it `None` in requests.".to_owned());
            }
            if let Some(default) = field.default.as_ref().filter(|_| !field.required) {
                notes.push(format!("The server's default is `{}`.", default.replace('`', "'")));
            }
            if field.write_only {
                notes.push("Write-only: sent in requests, `None` in responses.".to_owned());
            }
            let docs = doc_attrs([field.doc.title.as_deref(), field.doc.description.as_deref()].into_iter().chain(notes.iter().map(|n| Some(n.as_str()))));
            let deprecated = field.doc.deprecated.then(|| quote!(#[deprecated]));
            quote! {
                #docs
                #deprecated
                #serde_attr
                pub #field_name: #ty,
            }
        });
        let extra = s.extra.as_ref().map(|value| {
            let value = type_tokens(self.api, value);
            quote! {
                /// Properties not declared by the schema.
                #[serde(flatten)]
                pub additional_properties: BTreeMap<String, #value>,
            }
        });
        let default = self.defaultable(id).then(|| quote!(Default,));
        // Deeply nested arrays in a schema are what the document says; a
        // type alias would not make them clearer.
        let complex = s.fields.iter().any(|f| nesting(&f.ty) > 5).then(|| quote!(#[allow(clippy::type_complexity)]));
        let rename_all = rename_all.then(|| quote!(#[serde(rename_all = "camelCase")]));
        quote! {
            #docs
            #deprecated
            #[derive(Debug, Clone, PartialEq, #default Serialize, Deserialize)]
            #rename_all
            #complex
            pub struct #name {
                #(#fields)*
                #extra
            }
        }
    }

    /// A field's type without the outer `Option` of an optional field;
    /// `boxed` puts the by-value part (inside any `Option`) in a `Box`.
    fn field_type(&self, ty: &TypeRef, boxed: bool) -> TokenStream {
        match (ty, boxed) {
            (TypeRef::Option(inner), true) => {
                let inner = type_tokens(self.api, inner);
                quote!(Option<Box<#inner>>)
            }
            (ty, true) => {
                let ty = type_tokens(self.api, ty);
                quote!(Box<#ty>)
            }
            (ty, false) => type_tokens(self.api, ty),
        }
    }

    fn union_def(&self, name: &syn::Ident, docs: TokenStream, u: &Union) -> TokenStream {
        let variants: Vec<(syn::Ident, TokenStream)> = u
            .variants
            .iter()
            .map(|v| {
                let ty = type_tokens(self.api, &v.ty);
                let ty = if v.boxed { quote!(Box<#ty>) } else { ty };
                (ident(&v.rust_name), ty)
            })
            .collect();
        // Variant sizes follow the schemas; boxing them all would cost an
        // allocation per value for no gain in the common small cases.
        let large = (u.variants.len() > 1).then(|| quote!(#[allow(clippy::large_enum_variant)]));
        let Some(discriminator) = &u.discriminator else {
            let variants = variants.iter().map(|(v, ty)| quote!(#v(#ty),));
            return quote! {
                #docs
                #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
                #[serde(untagged)]
                #large
                pub enum #name {
                    #(#variants)*
                }
            };
        };
        let property = &discriminator.property;
        let definitions = variants.iter().map(|(v, ty)| quote!(#v(#ty),));
        let decode_arms = discriminator.mapping.iter().map(|(tag, index)| {
            let (variant, _) = &variants[*index];
            let wrap = if u.variants[*index].boxed { quote!(|v| Self::#variant(Box::new(v))) } else { quote!(Self::#variant) };
            quote!(Some(#tag) => crate::runtime::tagged_variant(value).map(#wrap),)
        });
        let encode_arms = variants.iter().enumerate().map(|(index, (variant, _))| {
            match discriminator.mapping.iter().find(|(_, i)| *i == index) {
                Some((tag, _)) => quote!(Self::#variant(value) => crate::runtime::serialize_tagged(serializer, #property, #tag, value),),
                None => quote!(Self::#variant(value) => value.serialize(serializer),),
            }
        });
        let unknown_doc = format!(" A value whose `{property}` this version of the client does not know.");
        quote! {
            #docs
            #[derive(Debug, Clone, PartialEq)]
            #large
            pub enum #name {
                #(#definitions)*
                #[doc = #unknown_doc]
                Unknown(serde_json::Value),
            }

            impl Serialize for #name {
                fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    match self {
                        #(#encode_arms)*
                        Self::Unknown(value) => value.serialize(serializer),
                    }
                }
            }

            impl<'de> Deserialize<'de> for #name {
                fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    let value = serde_json::Value::deserialize(deserializer)?;
                    match value.get(#property).and_then(serde_json::Value::as_str) {
                        #(#decode_arms)*
                        _ => Ok(Self::Unknown(value)),
                    }
                }
            }
        }
    }
}

fn naming_unraw(name: &str) -> &str {
    crate::naming::unraw(name)
}

fn type_docs(doc: &Doc) -> TokenStream {
    let title = doc.title.as_deref();
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
        TypeKind::Struct(s) => s.fields.iter().any(|f| ref_uses(&f.ty, pred)) || s.extra.as_ref().is_some_and(|e| ref_uses(e, pred)),
        TypeKind::Union(u) => u.variants.iter().any(|v| ref_uses(&v.ty, pred)),
        TypeKind::Alias(target) => ref_uses(target, pred),
        _ => false,
    }
}

/// How many generic wrappers a type has (`Option<Vec<String>>` is 2).
fn nesting(ty: &TypeRef) -> usize {
    match ty {
        TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Option(inner) => 1 + nesting(inner),
        _ => 0,
    }
}

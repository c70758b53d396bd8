//! IR types -> `types.rs`: the module head and structs; enums and constants
//! are in `enums.rs`, unions in `unions.rs`.

use super::docs::{doc_attrs, generated_doc_attrs};
use super::{enums, field_tokens, ident, objects, type_tokens, Emitter};
use crate::ir::{Doc, Field, Presence, Struct, TypeDef, TypeKind, TypeRef};
use crate::{naming, surface};
use proc_macro2::TokenStream;
use quote::quote;

impl Emitter<'_> {
    /// The whole `types` module.
    /// `types.rs`: the module docs and imports; its items come from
    /// [`Emitter::types_item`].
    pub(crate) fn types_head(&self) -> TokenStream {
        let uses_map = self.api.types.iter().any(|t| {
            kind_uses(&t.kind, &|r| matches!(r, TypeRef::Map(_)))
                || matches!(&t.kind, TypeKind::Struct(s) if s.extra.is_some())
        });
        let map_import = uses_map.then(|| {
            quote!(
                use std::collections::BTreeMap;
            )
        });
        let is_kind = |pred: fn(&TypeKind) -> bool| self.api.types.iter().any(|t| pred(&t.kind));
        let needs_param = self.uses(&|r| matches!(r, TypeRef::Uuid))
            || is_kind(|k| matches!(k, TypeKind::StringEnum(_) | TypeKind::IntegerEnum(_) | TypeKind::Const(_)));
        let param_import = needs_param.then(|| {
            quote!(
                use crate::runtime::ParamValue;
                use std::borrow::Cow;
            )
        });
        let fmt_import = is_kind(|k| matches!(k, TypeKind::StringEnum(_) | TypeKind::IntegerEnum(_))).then(|| {
            quote!(
                use std::fmt;
            )
        });
        let serde_import = is_kind(|k| !matches!(k, TypeKind::Alias(_))).then(|| {
            quote!(
                use serde::{Deserialize, Serialize};
            )
        });
        let uses_nullable =
            is_kind(|k| matches!(k, TypeKind::Struct(s) if s.fields.iter().any(|f| f.presence == Presence::Nullable)));
        let nullable_import = uses_nullable.then(|| {
            quote!(
                use crate::values::Nullable;
            )
        });
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
        let docs = type_docs(&def.doc, &def.name, self.first_uses[id].as_deref());
        let deprecated = def.doc.deprecated.then(|| quote!(#[deprecated]));
        let derives = surface::of(def).derives.into_iter().map(|name| naming::Ident::new(name).token());
        let derive = quote!(#[derive(#(#derives),*)]);
        match &def.kind {
            TypeKind::Struct(s) => self.struct_def(&name, docs, derive, deprecated, s),
            TypeKind::StringEnum(e) => enums::string_enum(&name, docs, derive, e),
            TypeKind::IntegerEnum(e) => enums::integer_enum(&name, docs, derive, e),
            TypeKind::Union(u) => self.union_def(&name, docs, derive, u),
            TypeKind::Const(constant) => enums::const_def(&name, docs, derive, constant),
            TypeKind::Alias(target) => {
                let target = type_tokens(self.api, target);
                quote! { #docs pub type #name = #target; }
            }
        }
    }

    fn struct_def(
        &self,
        name: &syn::Ident,
        docs: TokenStream,
        derive: TokenStream,
        deprecated: Option<TokenStream>,
        s: &Struct,
    ) -> TokenStream {
        // Reading and writing are `objects.rs`'s, which name each property
        // on the wire: the struct itself needs no serde attributes.
        let fields = s.fields.iter().map(|field| {
            let field_name = ident(&field.rust_name);
            let ty = field_tokens(self.api, field);
            let wire = &field.wire_name;
            let said = |text: &&str| !text.trim().is_empty();
            let title = field
                .doc
                .title
                .as_deref()
                .filter(said)
                .filter(|title| naming::snake_name(title) != naming::snake_name(&field.wire_name));
            let description = field.doc.description.as_deref().filter(said);
            let notes = field_notes(field, *wire != naming_unraw(&field.rust_name));
            let described = title.is_some() || description.is_some();
            let fallback = (!described && notes.is_empty()).then(|| format!("The `{wire}` property."));
            let docs = doc_attrs(
                [title, description, fallback.as_deref()].into_iter().chain(notes.iter().map(|n| Some(n.as_str()))),
            );
            let deprecated = field.doc.deprecated.then(|| quote!(#[deprecated]));
            quote! {
                #docs
                #deprecated
                pub #field_name: #ty,
            }
        });
        let extra = s.extra.as_ref().map(|extra| {
            let field_name = ident(&extra.rust_name);
            let value = type_tokens(self.api, &extra.ty);
            quote! {
                /// Members the schema does not declare, kept as they came and sent back.
                pub #field_name: BTreeMap<String, #value>,
            }
        });
        let reader = objects::reader(name, s, deprecated.is_some());
        let writer = objects::writer(name, s, deprecated.is_some());
        quote! {
            #docs
            #deprecated
            #derive
            pub struct #name {
                #(#fields)*
                #extra
            }

            #reader

            #writer
        }
    }
}

/// What a field's docs add to the schema's: its name on the wire when the
/// Rust name differs (`renamed`), who sets it, the server's default, and
/// what absent and `null` mean.
fn field_notes(field: &Field, renamed: bool) -> Vec<String> {
    let mut notes: Vec<String> = Vec::new();
    if renamed {
        notes.push(format!("`{}` on the wire.", field.wire_name.replace('`', "'")));
    }
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
        Presence::Optional if field.ty.is_nullable() => {
            notes.push("`None` when the property is missing or `null`.".to_owned())
        }
        Presence::Optional => notes.push("`None` when the property is missing; left out when `None`.".to_owned()),
        Presence::OptionalValue => notes.push("`None` when the property is missing; a `null` is kept.".to_owned()),
        Presence::Nullable => {
            notes.push("`Nullable::Absent` leaves the property out, `Nullable::Null` sends `null`.".to_owned())
        }
        _ => {}
    }
    notes
}

fn naming_unraw(name: &str) -> &str {
    crate::naming::unraw(name)
}

/// A type's docs: its title (unless it only repeats the type's name, as
/// frameworks' titles do) and description; without either, where the type
/// is first used (`first_use`), or that it is one of the document's schemas.
fn type_docs(doc: &Doc, name: &str, first_use: Option<&str>) -> TokenStream {
    // An empty `description: ''` (Stripe writes many) says nothing.
    let said = |text: &&str| !text.trim().is_empty();
    let title = doc.title.as_deref().filter(said).filter(|title| naming::type_name(title) != naming::unraw(name));
    let description = doc.description.as_deref().filter(said);
    if title.is_none() && description.is_none() {
        return generated_doc_attrs([first_use.unwrap_or("A schema of the API's document, used by no operation.")]);
    }
    if title.is_some() && title == description {
        return doc_attrs([title]);
    }
    doc_attrs([title, description])
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
        TypeKind::Struct(s) => {
            s.fields.iter().any(|f| ref_uses(&f.ty, pred)) || s.extra.as_ref().is_some_and(|e| ref_uses(&e.ty, pred))
        }
        TypeKind::Union(u) => u.variants.iter().filter_map(|v| v.ty()).any(|ty| ref_uses(ty, pred)),
        TypeKind::Alias(target) => ref_uses(target, pred),
        _ => false,
    }
}

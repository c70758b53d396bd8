//! IR types -> `types.rs`: the module head and structs; enums and constants
//! are in `enums.rs`, unions in `unions.rs`.

use super::docs::{doc_attrs, generated_doc_attrs};
use super::{enums, field_tokens, ident, type_tokens, Emitter};
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
        let rename_all = camel_case_saves_renames(s);
        let fields = s.fields.iter().map(|field| {
            let field_name = ident(&field.rust_name);
            let ty = field_tokens(self.api, field);
            let wire = &field.wire_name;
            let expected = if rename_all {
                serde_camel_case(naming_unraw(&field.rust_name))
            } else {
                naming_unraw(&field.rust_name).to_owned()
            };
            let mut serde_args: Vec<TokenStream> = Vec::new();
            if *wire != expected {
                serde_args.push(quote!(rename = #wire));
            }
            // Reading is `from_object`'s (see `object_reader`); these say how
            // the derived `Serialize` writes the field.
            match field.presence {
                Presence::Optional | Presence::OptionalValue => {
                    serde_args.push(quote!(skip_serializing_if = "Option::is_none"))
                }
                Presence::Nullable => serde_args.push(quote!(skip_serializing_if = "Nullable::is_absent")),
                Presence::Required | Presence::Defaulted => {}
            }
            let serde_attr = (!serde_args.is_empty()).then(|| quote!(#[serde(#(#serde_args),*)]));
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
        let rename_all = rename_all.then(|| quote!(#[serde(rename_all = "camelCase")]));
        let reader = object_reader(name, s, deprecated.is_some());
        quote! {
            #docs
            #deprecated
            #derive
            #rename_all
            pub struct #name {
                #(#fields)*
                #extra
            }

            #reader
        }
    }
}

/// A struct's `Deserialize`: serde's derive would give each struct a field
/// enum, three visitors and a wrapper per field read in its own way, the
/// largest part of a big API's crate for the compiler; `from_object` matches
/// members by index into `FIELDS` and leaves the rest to `crate::values`.
/// How a missing member reads is the field's [`Presence`]; a member given
/// twice is an error, one the struct does not declare is skipped (or kept in
/// its map of other members), and only an object is read.
fn object_reader(name: &syn::Ident, s: &Struct, deprecated: bool) -> TokenStream {
    let expecting = format!("struct {name}");
    let wire_names = s.fields.iter().map(|field| field.wire_name.as_str());
    let slots = slot_names(s);
    // Every arm gives a `Result` and one `?` follows the `match`: each
    // early return drops every slot, so one per arm would make the function
    // quadratic in its fields for the compiler's drop elaboration.
    let arms = s.fields.iter().zip(&slots).enumerate().map(|(index, (field, slot))| {
        let wire = &field.wire_name;
        let index = proc_macro2::Literal::usize_unsuffixed(index);
        quote!(Member::Field(#index) => read_member(&mut map, &mut #slot, #wire),)
    });
    let (check_required, helper) = required_check(s, &slots);
    // The imports in alphabetical order, as rustfmt keeps them.
    let missing = (helper == Some(RequiredHelper::Missing)).then(|| quote!(missing,));
    let required = (helper == Some(RequiredHelper::Required)).then(|| quote!(required,));
    let values = s.fields.iter().zip(&slots).map(|(field, slot)| {
        let field_name = ident(&field.rust_name);
        let value = match field.presence {
            // Checked by `check_required`, which leaves the value in the slot.
            Presence::Required => quote!(#slot),
            Presence::Defaulted | Presence::Nullable => quote!(#slot.unwrap_or_default()),
            Presence::Optional => quote!(#slot.flatten()),
            Presence::OptionalValue => quote!(#slot),
        };
        quote!(#field_name: #value,)
    });
    let (members, extra_arm, extra_slot, extra_value) = match &s.extra {
        Some(extra) => {
            let field_name = ident(&extra.rust_name);
            (
                quote!(keeping_others),
                quote!(Member::Other(key) => map.next_value().map(|value| {
                    others.insert(key, value);
                }),),
                quote!(let mut others = BTreeMap::new();),
                quote!(#field_name: others,),
            )
        }
        None => (quote!(of), TokenStream::new(), TokenStream::new(), TokenStream::new()),
    };
    let members = quote!(Members::#members::<Self>());
    // Imported inside `from_object`, where no generated type is named, so
    // that none of them can clash with these names. Lowering gives a struct
    // at least one field (an object without properties is a map).
    let allow_deprecated =
        (deprecated || s.fields.iter().any(|field| field.doc.deprecated)).then(|| quote!(#[allow(deprecated)]));
    quote! {
        #allow_deprecated
        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::values::read_object(deserializer)
            }
        }

        #allow_deprecated
        impl<'de> crate::values::FromObject<'de> for #name {
            const EXPECTING: &'static str = #expecting;
            const FIELDS: &'static [&'static str] = &[#(#wire_names),*];

            fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
                use crate::values::{#missing read_member, #required skip_member, Member, Members};
                #(let mut #slots = None;)*
                #extra_slot
                while let Some(member) = map.next_key_seed(#members)? {
                    match member {
                        #(#arms)*
                        #extra_arm
                        _ => skip_member(&mut map),
                    }?;
                }
                #check_required
                Ok(Self {
                    #(#values)*
                    #extra_value
                })
            }
        }
    }
}

/// The function of `crate::values` that says a required property is missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RequiredHelper {
    /// `required(slot, name)?`, for a struct with one required field.
    Required,
    /// `missing(&present, &names)`, for the first missing of several.
    Missing,
}

/// The statements that take the value of every required field out of its
/// slot, or return the error for the first one missing, and the helper of
/// `crate::values` they call. The slots are checked together, behind one
/// early return: one `?` per field would drop the remaining slots at each.
fn required_check(s: &Struct, slots: &[syn::Ident]) -> (TokenStream, Option<RequiredHelper>) {
    // A nullable required field is `Option<T>`: `null` is `Some(None)` in
    // the slot, and only a missing member is an error.
    let (slots, wire_names): (Vec<&syn::Ident>, Vec<&str>) = s
        .fields
        .iter()
        .zip(slots)
        .filter(|(field, _)| field.presence == Presence::Required)
        .map(|(field, slot)| (slot, field.wire_name.as_str()))
        .unzip();
    match (slots.as_slice(), wire_names.as_slice()) {
        ([], _) => (TokenStream::new(), None),
        ([slot], [wire]) => (quote!(let #slot = required(#slot, #wire)?;), Some(RequiredHelper::Required)),
        _ => (
            quote! {
                let present = [#(#slots.is_some()),*];
                let (#(Some(#slots)),*) = (#(#slots),*) else {
                    return Err(missing(&present, &[#(#wire_names),*]));
                };
            },
            Some(RequiredHelper::Missing),
        ),
    }
}

/// The local that holds each field's value while `from_object` reads:
/// `{field}_slot`, a trailing `_` dropped so that no name has a double
/// underscore. Field names are unique (`name_fields`), and only keywords get
/// a trailing `_` (`self_`), whose bare form is never a field, so slots are
/// unique too.
fn slot_names(s: &Struct) -> Vec<syn::Ident> {
    s.fields
        .iter()
        .map(|field| quote::format_ident!("{}_slot", naming_unraw(&field.rust_name).trim_end_matches('_')))
        .collect()
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

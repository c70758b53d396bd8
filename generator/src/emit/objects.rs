//! A generated struct's `Deserialize` and `Serialize`: written out per
//! struct, with the shared steps in the crate's `values` module, instead of
//! serde's derives, which are the largest part of a big API's crate for the
//! compiler. Both name every property on the wire, so the struct itself
//! carries no serde attributes.

use super::ident;
use crate::ir::{Presence, Struct};
use crate::naming;
use proc_macro2::TokenStream;
use quote::quote;

/// A struct's `Deserialize`: serde's derive would give each struct a field
/// enum, three visitors and a wrapper per field read in its own way, the
/// largest part of a big API's crate for the compiler; `from_object` matches
/// members by index into `FIELDS` and leaves the rest to `crate::values`.
/// How a missing member reads is the field's [`Presence`]; a member given
/// twice is an error, one the struct does not declare is skipped (or kept in
/// its map of other members), and only an object is read.
pub(super) fn reader(name: &syn::Ident, s: &Struct, deprecated: bool) -> TokenStream {
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
    // Imported inside `from_object`, where no generated type is named, so
    // that none of them can clash with these names; in alphabetical order,
    // as rustfmt keeps them.
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
    // Lowering gives a struct at least one field (an object without
    // properties is a map), so `FIELDS` is never empty.
    let allow_deprecated = allow_deprecated(s, deprecated);
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
        .map(|field| quote::format_ident!("{}_slot", naming::unraw(&field.rust_name).trim_end_matches('_')))
        .collect()
}

/// A struct's `Serialize`: its properties in order, each with its name on
/// the wire and whether it is left out (an optional one when `None`, a
/// nullable one when absent), written by `values::write_object` through
/// `erased_serde`; then, for a struct that keeps undeclared members, the
/// members it kept, in the same map.
pub(super) fn writer(name: &syn::Ident, s: &Struct, deprecated: bool) -> TokenStream {
    let properties = s.fields.iter().map(|field| {
        let field_name = ident(&field.rust_name);
        let wire = &field.wire_name;
        match field.presence {
            Presence::Optional | Presence::OptionalValue => quote!(Property::optional(#wire, &self.#field_name)),
            Presence::Nullable => quote!(Property::nullable(#wire, &self.#field_name)),
            Presence::Required | Presence::Defaulted => quote!(Property::new(#wire, &self.#field_name)),
        }
    });
    let (function, write) = match &s.extra {
        Some(extra) => {
            let others = ident(&extra.rust_name);
            (quote!(write_object_keeping), quote!(write_object_keeping(serializer, &[#(#properties),*], &self.#others)))
        }
        None => {
            let type_name = naming::unraw(&name.to_string()).to_owned();
            (quote!(write_object), quote!(write_object(serializer, #type_name, &[#(#properties),*])))
        }
    };
    let allow_deprecated = allow_deprecated(s, deprecated);
    quote! {
        #allow_deprecated
        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use crate::values::{#function, Property};
                #write
            }
        }
    }
}

/// `#[allow(deprecated)]` for the impls of a deprecated struct or one with a
/// deprecated field, which they name.
fn allow_deprecated(s: &Struct, deprecated: bool) -> Option<TokenStream> {
    (deprecated || s.fields.iter().any(|field| field.doc.deprecated)).then(|| quote!(#[allow(deprecated)]))
}

//! IR unions -> enums whose `Deserialize` follows the lowered plan: by the
//! tag property, then by the shape of the value (see `lower/unions.rs`).

use super::{ident, type_tokens, Emitter};
use crate::ir::{Constant, ObjectCandidate, TypeKind, Union, VariantValue, When};
use proc_macro2::TokenStream;
use quote::quote;

impl Emitter<'_> {
    pub(super) fn union_def(
        &self,
        name: &syn::Ident,
        docs: TokenStream,
        derive: TokenStream,
        u: &Union,
    ) -> TokenStream {
        let variant_idents: Vec<syn::Ident> = u.variants.iter().map(|v| ident(&v.rust_name)).collect();
        let definitions = u.variants.iter().zip(&variant_idents).map(|(v, variant)| match &v.value {
            VariantValue::Type(ty) => {
                let doc = variant_doc(self.api, ty);
                let ty = type_tokens(self.api, ty);
                let ty = if v.boxed { quote!(Box<#ty>) } else { ty };
                quote!(#[doc = #doc] #variant(#ty),)
            }
            VariantValue::Const(constant) => {
                let doc = format!(" `{}`", constant.to_json().replace('`', "'"));
                quote!(#[doc = #doc] #variant,)
            }
        });
        let catch_all = u.catch_all.as_ref().map(ident);
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
            let read = quote!(value.get(#property).and_then(serde_json::Value::#read));
            // One arm per variant, its tags as one pattern, in the order of first tags.
            let mut by_variant: Vec<(usize, Vec<TokenStream>)> = Vec::new();
            for (constant, index) in &tag.tags {
                let pattern = constant_pattern(constant);
                match by_variant.iter_mut().find(|(i, _)| i == index) {
                    Some((_, patterns)) => patterns.push(pattern),
                    None => by_variant.push((*index, vec![pattern])),
                }
            }
            // The tags of one variant only: an `if let`, as clippy's `single_match` asks.
            if let [(index, patterns)] = by_variant.as_slice() {
                let variant = &variant_idents[*index];
                return quote! {
                    if let Some(#(#patterns)|*) = #read {
                        return crate::values::tagged_variant(value).map(Self::#variant);
                    }
                };
            }
            let arms = by_variant.iter().map(|(index, patterns)| {
                let variant = &variant_idents[*index];
                quote!(Some(#(#patterns)|*) => return crate::values::tagged_variant(value).map(Self::#variant),)
            });
            quote! {
                match #read {
                    #(#arms)*
                    _ => {}
                }
            }
        });
        let attempts = self.attempts(u, &variant_idents);
        let fallback = match &catch_all {
            Some(c) => quote!(Ok(Self::#c(value))),
            None => {
                let message = format!("the value matches no variant of `{}`", crate::naming::unraw(&name.to_string()));
                quote!(Err(serde::de::Error::custom(#message)))
            }
        };
        // Variant sizes follow the schemas; boxing them all would cost an
        // allocation per value for no gain in the common small cases.
        let large = (u.variants.len() > 1).then(|| quote!(#[allow(clippy::large_enum_variant)]));
        quote! {
            #docs
            #derive
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
            let try_decode =
                quote!(if let Ok(decoded) = Deserialize::deserialize(&value) { return Ok(Self::#variant(decoded)); });
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
                When::Any => try_decode,
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
                    _ => quote::format_ident!("Unknown"),
                };
                quote!(value.as_str().is_some_and(|text| !matches!(#enum_name::from(text), #enum_name::#catch_all(_))))
            }
            When::Array => quote!(value.is_array()),
            When::Object(_) => quote!(value.is_object()),
            // Tried without a condition (see `attempts`).
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

/// Writes a constant with `serializer`.
pub(super) fn serialize_constant(constant: &Constant, serializer: TokenStream) -> TokenStream {
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

/// The docs of a union variant holding a value of `ty`: the type's name,
/// linked when it is one of the crate's types.
fn variant_doc(api: &crate::ir::Api, ty: &crate::ir::TypeRef) -> String {
    match ty {
        crate::ir::TypeRef::Named(id) => format!(" A [`{}`].", crate::naming::unraw(&api.types[*id].name)),
        _ => {
            let rust = type_tokens(api, ty).to_string().replace(' ', "");
            format!(" A `{rust}`.")
        }
    }
}

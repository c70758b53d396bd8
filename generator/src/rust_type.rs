//! The Rust type of each type reference of the IR: the one printer that
//! emit writes into the crate and describe records in `api.json`, so the two
//! can never disagree.

use crate::ir::{Access, Api, Field, Ident, TypeRef};
use proc_macro2::TokenStream;
use quote::quote;

/// The token of an identifier of the IR, raw where needed (`r#type`).
pub(crate) fn ident(name: &Ident) -> syn::Ident {
    name.token()
}

/// The Rust type for a type reference.
pub(crate) fn type_tokens(api: &Api, ty: &TypeRef) -> TokenStream {
    match ty {
        TypeRef::String => quote!(String),
        TypeRef::Bool => quote!(bool),
        TypeRef::I32 => quote!(i32),
        TypeRef::I64 => quote!(i64),
        TypeRef::U64 => quote!(u64),
        TypeRef::I128 => quote!(i128),
        TypeRef::F32 => quote!(f32),
        TypeRef::F64 => quote!(f64),
        TypeRef::DateTime => quote!(chrono::DateTime<chrono::Utc>),
        TypeRef::Date => quote!(chrono::NaiveDate),
        TypeRef::Uuid => quote!(uuid::Uuid),
        TypeRef::Bytes => quote!(bytes::Bytes),
        TypeRef::Json => quote!(serde_json::Value),
        TypeRef::JsonObject => quote!(serde_json::Map<String, serde_json::Value>),
        TypeRef::Unit => quote!(()),
        TypeRef::Named(id) => {
            let name = ident(&api.types[*id].name);
            quote!(#name)
        }
        TypeRef::Vec(inner) => {
            let inner = type_tokens(api, inner);
            quote!(Vec<#inner>)
        }
        TypeRef::Map(inner) => {
            let inner = type_tokens(api, inner);
            quote!(BTreeMap<String, #inner>)
        }
        TypeRef::Option(inner) => {
            let inner = type_tokens(api, inner);
            quote!(Option<#inner>)
        }
    }
}

/// The Rust type of a struct field: its type, boxed where recursion needs
/// it, in the `Option` or `Nullable` its presence asks for.
pub(crate) fn field_tokens(api: &Api, field: &Field) -> TokenStream {
    let value = field_value_tokens(api, field);
    match field.access() {
        Access::Direct => value,
        Access::Option => quote!(Option<#value>),
        Access::Nullable => quote!(Nullable<#value>),
    }
}

/// The type a struct field holds inside its `Option` or `Nullable`, boxed
/// where recursion needs it.
fn field_value_tokens(api: &Api, field: &Field) -> TokenStream {
    let value = type_tokens(api, field.value_type());
    if field.boxed {
        quote!(Box<#value>)
    } else {
        value
    }
}

/// The Rust type the emitter writes for `ty`, as compact text:
/// `Vec<Session>`, `BTreeMap<String, i64>`.
pub(crate) fn type_text(api: &Api, ty: &TypeRef) -> String {
    tokens_text(type_tokens(api, ty))
}

/// The Rust type of a struct field, as compact text (`Option<Box<Node>>`).
pub(crate) fn field_text(api: &Api, field: &Field) -> String {
    tokens_text(field_tokens(api, field))
}

/// What a struct field holds inside its `Option` or `Nullable`, as compact text.
pub(crate) fn field_value_text(api: &Api, field: &Field) -> String {
    tokens_text(field_value_tokens(api, field))
}

/// A type's tokens as compact text: `Vec<Session>`, `BTreeMap<String, i64>`.
fn tokens_text(tokens: TokenStream) -> String {
    let text: String = tokens.to_string().chars().filter(|c| !c.is_whitespace()).collect();
    text.replace(',', ", ").replace("r#", "")
}

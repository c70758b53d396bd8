//! IR enums and constants -> Rust enums tolerant of values the document
//! does not list, and unit structs that hold one value.

use super::ident;
use crate::ir::{Constant, IntegerEnum, StringEnum};
use proc_macro2::TokenStream;
use quote::quote;

/// A constant type: a unit struct that writes its value and reads nothing else.
pub(super) fn const_def(name: &syn::Ident, docs: TokenStream, derive: TokenStream, constant: &Constant) -> TokenStream {
    let doc = format!(
        " Always `{}`: the type has no other value, so it is always sent.",
        constant.to_json().replace('`', "'")
    );
    let (value_ty, value, read, param) = match constant {
        Constant::String(text) => {
            (quote!(&'static str), quote!(#text), quote!(expect_str), quote!(Cow::Borrowed(Self::VALUE)))
        }
        Constant::Integer(number) => {
            let number = proc_macro2::Literal::i64_unsuffixed(*number);
            (quote!(i64), quote!(#number), quote!(expect_i64), quote!(Cow::Owned(Self::VALUE.to_string())))
        }
        Constant::Bool(flag) => (
            quote!(bool),
            quote!(#flag),
            quote!(expect_bool),
            quote!(Cow::Borrowed(if Self::VALUE { "true" } else { "false" })),
        ),
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
        #derive
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

pub(super) fn string_enum(name: &syn::Ident, docs: TokenStream, derive: TokenStream, e: &StringEnum) -> TokenStream {
    let unknown = ident(&e.catch_all);
    let variants: Vec<syn::Ident> = e.variants.iter().map(|v| ident(&v.rust_name)).collect();
    let values: Vec<&str> = e.variants.iter().map(|v| v.wire_value.as_str()).collect();
    let variant_docs = values.iter().map(|v| {
        if v.is_empty() {
            " The empty string.".to_owned()
        } else {
            format!(" `{}`", v.replace('`', "'"))
        }
    });
    let default_attr = default_marker(e.default);
    let defs = variants.iter().zip(variant_docs).enumerate().map(|(i, (v, d))| {
        let attr = default_attr(i);
        quote!(#[doc = #d] #attr #v,)
    });
    quote! {
        #docs
        #derive
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

pub(super) fn integer_enum(name: &syn::Ident, docs: TokenStream, derive: TokenStream, e: &IntegerEnum) -> TokenStream {
    let unknown = ident(&e.catch_all);
    let variants: Vec<syn::Ident> = e.variants.iter().map(|(v, _)| ident(v)).collect();
    let values: Vec<i64> = e.variants.iter().map(|(_, v)| *v).collect();
    let default_attr = default_marker(e.default);
    let defs = variants.iter().zip(&values).enumerate().map(|(i, (v, value))| {
        let doc = format!(" `{value}`");
        let attr = default_attr(i);
        quote!(#[doc = #doc] #attr #v,)
    });
    quote! {
        #docs
        #derive
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

/// The `#[default]` attribute for the default variant of an enum (the
/// derive is [`crate::surface`]'s).
fn default_marker(default: Option<usize>) -> impl Fn(usize) -> Option<TokenStream> {
    move |index| (Some(index) == default).then(|| quote!(#[default]))
}

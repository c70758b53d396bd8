//! Documented response headers -> a struct per response and its
//! `FromHeaders` implementation, next to the operation in `operations.rs`.

use super::docs::doc_attrs;
use super::{ident, type_tokens, Emitter};
use crate::ir::{HeaderSet, TypeRef};
use crate::{naming, surface};
use proc_macro2::TokenStream;
use quote::quote;

impl Emitter<'_> {
    /// A struct of documented response headers and its `FromHeaders`.
    pub(super) fn header_struct(&self, set: &HeaderSet, doc: &str) -> TokenStream {
        let name = ident(&set.name);
        let fields = set.fields.iter().map(|field| {
            let field_name = ident(&field.rust_name);
            let ty = type_tokens(self.api, &field.ty);
            let ty = if field.required { ty } else { quote!(Option<#ty>) };
            let fallback = format!("The `{}` header.", field.wire_name);
            let docs = doc_attrs([field.doc.description.as_deref().or(Some(&fallback))]);
            quote!(#docs pub #field_name: #ty,)
        });
        let reads = set.fields.iter().map(|field| {
            let field_name = ident(&field.rust_name);
            let wire = &field.wire_name;
            let read = match (matches!(field.ty, TypeRef::Vec(_)), field.required) {
                (false, false) => quote!(crate::runtime::header(headers, #wire)),
                (false, true) => quote!(crate::runtime::required_header(headers, #wire)?),
                (true, false) => quote!(crate::runtime::header_list(headers, #wire)),
                (true, true) => quote!(crate::runtime::required_header_list(headers, #wire)?),
            };
            quote!(#field_name: #read,)
        });
        // Shared by several operations: compiled when any of them is.
        let gate = self.header_set_gate(set);
        let derives = surface::header_struct().derives.into_iter().map(|name| naming::Ident::new(name).token());
        quote! {
            #[doc = #doc]
            #gate
            #[derive(#(#derives),*)]
            pub struct #name {
                #(#fields)*
            }

            #gate
            impl FromHeaders for #name {
                fn from_headers(headers: &HeaderMap) -> Result<Self, HeaderError> {
                    Ok(#name {
                        #(#reads)*
                    })
                }
            }
        }
    }
}

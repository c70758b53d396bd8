//! `client.rs`: the default server, `Client` constructors and one credential
//! setter per security scheme.

use super::docs::doc_attrs;
use super::{ident, Emitter};
use crate::ir::SecurityKind;
use proc_macro2::TokenStream;
use quote::quote;

impl Emitter<'_> {
    pub(crate) fn client_module(&self) -> TokenStream {
        let schemes = self.api.security_schemes.iter().enumerate().map(|(index, scheme)| {
            let constant = ident(&self.scheme_const(index));
            let key = &scheme.key;
            let kind = match &scheme.kind {
                SecurityKind::ApiKeyHeader(name) => quote!(SchemeKind::ApiKeyHeader(#name)),
                SecurityKind::ApiKeyQuery(name) => quote!(SchemeKind::ApiKeyQuery(#name)),
                SecurityKind::ApiKeyCookie(name) => quote!(SchemeKind::ApiKeyCookie(#name)),
                SecurityKind::Basic => quote!(SchemeKind::Basic),
                SecurityKind::Bearer => quote!(SchemeKind::Bearer),
            };
            let doc = format!(" The `{key}` security scheme.");
            quote! {
                #[doc = #doc]
                pub(crate) const #constant: Scheme = Scheme { key: #key, kind: #kind };
            }
        });
        let setters = self.api.security_schemes.iter().enumerate().map(|(index, scheme)| {
            let constant = ident(&self.scheme_const(index));
            let method = ident(&scheme.rust_name);
            let how = match &scheme.kind {
                SecurityKind::ApiKeyHeader(name) => format!("Sets the `{}` API key, sent in the `{name}` header.", scheme.key),
                SecurityKind::ApiKeyQuery(name) => format!("Sets the `{}` API key, sent as the `{name}` query parameter.", scheme.key),
                SecurityKind::ApiKeyCookie(name) => format!("Sets the `{}` API key, sent as the `{name}` cookie.", scheme.key),
                SecurityKind::Basic => format!("Sets the user name and password for `{}` (HTTP basic authentication).", scheme.key),
                SecurityKind::Bearer => format!("Sets the token for `{}`, sent as `Authorization: Bearer <token>`.", scheme.key),
            };
            let docs = doc_attrs([Some(how.as_str()), scheme.description.as_deref(), Some("Sent only with the operations that require it.")]);
            match scheme.kind {
                SecurityKind::Basic => quote! {
                    #docs
                    pub fn #method(self, username: impl Into<String>, password: impl Into<Secret>) -> Self {
                        self.credential(#constant, Credential::Basic { username: username.into(), password: password.into() })
                    }
                },
                _ => quote! {
                    #docs
                    pub fn #method(self, token: impl Into<Secret>) -> Self {
                        self.credential(#constant, Credential::token(#constant, token.into()))
                    }
                },
            }
        });
        let has_schemes = !self.api.security_schemes.is_empty();
        let scheme_import = has_schemes.then(|| {
            quote!(
                use crate::runtime::{Credential, Scheme, SchemeKind, Secret};
            )
        });
        let (base_doc, base_const, builder_base) = match &self.api.default_base_url {
            Some(url) => {
                let doc = format!(
                    " The document's first server, used unless [`ClientBuilder::base_url`] says otherwise: <{url}>."
                );
                (quote!(#[doc = #doc]), quote!(pub const DEFAULT_BASE_URL: &str = #url;), quote!(DEFAULT_BASE_URL))
            }
            None => (quote!(), quote!(), quote!("")),
        };
        let servers: Vec<&str> = self.api.servers.iter().map(|s| s.url.as_str()).collect();
        let builder_doc = if self.api.default_base_url.is_some() {
            " A builder for a client of [`DEFAULT_BASE_URL`]: set credentials, timeouts and retries, then `build`."
        } else {
            " A builder for a client: the document names no absolute server, so set [`ClientBuilder::base_url`] before `build`."
        };
        let setters_block = has_schemes.then(|| quote!(impl ClientBuilder { #(#setters)* }));
        quote! {
            //! Client construction: the servers of the document and its credentials.
            use crate::runtime::{BuildError, Client, ClientBuilder};
            #scheme_import

            #base_doc
            #base_const

            /// Every server the document lists, variables replaced by their defaults.
            pub const SERVERS: &[&str] = &[#(#servers),*];

            #(#schemes)*

            impl Client {
                #[doc = #builder_doc]
                pub fn builder() -> ClientBuilder {
                    ClientBuilder::new(#builder_base)
                }

                /// A client with the default settings and no credentials.
                pub fn new() -> Result<Self, BuildError> {
                    Self::builder().build()
                }
            }

            #setters_block
        }
    }
}

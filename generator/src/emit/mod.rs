//! IR -> token streams and file texts. Infallible: every judgement about the
//! document was made in `lower`.

mod client;
mod crate_docs;
pub(crate) mod docs;
mod enums;
mod features;
mod headers;
mod manifest;
mod objects;
mod operation_docs;
mod operations;
mod pagination;
mod requests;
mod types;
mod unions;
mod usage;

use crate::ir::{Api, Ident, ResponseCase, ResponseFormat, TypeRef};
use crate::Settings;
use proc_macro2::TokenStream;

pub(crate) use crate::rust_type::{field_tokens, ident, type_tokens};
use quote::quote;

/// One output file before rendering.
pub(crate) enum Output<'e> {
    /// Rust code, formatted by `render`.
    Rust { path: &'static str, module: Module<'e> },
    /// Text written as it is.
    Text { path: &'static str, text: String },
}

impl Output<'_> {
    /// The path of a Rust file, `None` for text.
    pub(crate) fn rust_path(&self) -> Option<&'static str> {
        match self {
            Output::Rust { path, .. } => Some(path),
            Output::Text { .. } => None,
        }
    }
}

/// A Rust file as its head (module docs, imports) and items emitted on
/// demand, so that `render` can emit and format the items of large files on
/// several threads (token streams cannot cross threads, so each item is made
/// where it is formatted).
pub(crate) struct Module<'e> {
    pub(crate) head: TokenStream,
    pub(crate) item_count: usize,
    pub(crate) item: Box<dyn Fn(usize) -> TokenStream + Sync + 'e>,
    /// The `#[cfg]` attribute that gates every top-level item of item
    /// `index` which has none of its own (see `features.rs`).
    pub(crate) gate: Box<dyn Fn(usize) -> Option<TokenStream> + Sync + 'e>,
}

impl<'e> Module<'e> {
    fn whole(tokens: TokenStream) -> Self {
        Module { head: tokens, item_count: 0, item: Box::new(|_| TokenStream::new()), gate: Box::new(|_| None) }
    }
}

/// Emits every file of the crate.
pub(crate) fn emit<'e>(emitter: &'e Emitter<'e>) -> Vec<Output<'e>> {
    let mut outputs = vec![
        Output::Text { path: "Cargo.toml", text: manifest::cargo_toml(emitter) },
        Output::Rust { path: "src/lib.rs", module: Module::whole(emitter.lib_module()) },
        Output::Rust { path: "src/client.rs", module: Module::whole(emitter.client_module()) },
        Output::Rust {
            path: "src/operations.rs",
            module: Module {
                head: emitter.operations_head(),
                item_count: emitter.operations_item_count(),
                item: Box::new(|index| emitter.operations_item(index)),
                gate: Box::new(|index| emitter.operations_item_gate(index)),
            },
        },
        Output::Rust {
            path: "src/types.rs",
            module: Module {
                head: emitter.types_head(),
                item_count: emitter.types_item_count(),
                item: Box::new(|index| emitter.types_item(index)),
                gate: Box::new(|index| emitter.types_item_gate(index)),
            },
        },
    ];
    outputs.extend(crate::runtime::FILES.iter().map(|(path, text)| Output::Text { path, text: (*text).to_owned() }));
    outputs
}

/// Shared state of the emitters: the IR plus facts computed once.
pub(crate) struct Emitter<'a> {
    api: &'a Api,
    settings: &'a Settings,
    /// Where each type is first used, for the docs of undocumented ones.
    first_uses: Vec<Option<String>>,
}

impl<'a> Emitter<'a> {
    pub(crate) fn new(api: &'a Api, settings: &'a Settings) -> Self {
        Emitter { api, settings, first_uses: usage::first_uses(api) }
    }

    /// Whether any type or operation mentions a type `pred` matches.
    fn uses(&self, pred: &dyn Fn(&TypeRef) -> bool) -> bool {
        self.api.types.iter().any(|t| types::kind_uses(&t.kind, pred))
            || self.api.operations.iter().any(|op| {
                op.params.iter().any(|p| types::ref_uses(&p.ty, pred))
                    || op.body.as_ref().is_some_and(|b| b.types().any(|ty| types::ref_uses(ty, pred)))
                    || op.success.iter().chain(&op.errors).any(|c| types::ref_uses(&c.ty, pred))
                    || op.header_sets().any(|set| set.fields.iter().any(|f| types::ref_uses(&f.ty, pred)))
            })
    }

    fn case_body_type(&self, case: &ResponseCase) -> TokenStream {
        match case.format {
            ResponseFormat::Json => type_tokens(self.api, &case.ty),
            ResponseFormat::Text => quote!(String),
            ResponseFormat::Binary => quote!(bytes::Bytes),
            ResponseFormat::Empty => quote!(()),
        }
    }

    /// `lib.rs`: crate docs, modules and re-exports.
    fn lib_module(&self) -> TokenStream {
        let docs = self.crate_docs();
        // rustdoc proves every auto trait of every type it documents, one
        // nested obligation per type a type contains.
        let recursion_limit = self.api.recursion_limit.map(|limit| {
            let limit = limit.to_string();
            quote!(#![recursion_limit = #limit])
        });
        let exports = crate::runtime::ROOT_EXPORTS.iter().map(|name| Ident::new(name));
        let http_exports = crate::runtime::ROOT_HTTP_EXPORTS.iter().map(|name| Ident::new(name));
        let value_exports = crate::runtime::ROOT_VALUE_EXPORTS.iter().map(|name| Ident::new(name));
        // A selection of the crate's features leaves imports unused.
        let unused_imports = self.api.features.is_some().then(|| quote!(unused_imports,));
        quote! {
            #docs
            #recursion_limit
            #![forbid(unsafe_code)]
            #![deny(missing_docs)]
            // Generated links name their targets in full, so that the same
            // sentence works in every module, also where the short name would.
            #![allow(rustdoc::redundant_explicit_links)]

            #[rustfmt::skip]
            mod client;
            // Deprecated schemas are still used by the operations that return them;
            // users of the crate get the deprecation warnings.
            #[allow(deprecated, #unused_imports clippy::type_complexity)]
            #[rustfmt::skip]
            pub mod operations;
            // Not every document uses every helper of the shared support module.
            #[allow(dead_code)]
            #[rustfmt::skip]
            mod runtime;
            // Types follow the document's nesting (`Vec<Vec<Option<Vec<f32>>>>`
            // is what a vector database's schema says); aliases would not
            // make them clearer.
            #[allow(deprecated, #unused_imports clippy::type_complexity)]
            #[rustfmt::skip]
            pub mod types;
            #[allow(dead_code)]
            #[rustfmt::skip]
            mod values;

            pub use client::*;
            // The generator formats this file; `cargo fmt` with other settings
            // (a workspace's `rustfmt.toml`) leaves its items as they are.
            #[rustfmt::skip]
            pub use runtime::{#(#exports),*};
            pub use values::{#(#value_exports),*};
            /// The header and status types of requests and responses (from `reqwest`).
            pub use runtime::{#(#http_exports),*};

            /// The `User-Agent` sent by default: this crate's name and version.
            #[rustfmt::skip]
            pub const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));
        }
    }
}

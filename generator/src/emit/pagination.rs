//! `into_stream` of a paginated operation's request builder: the stream of
//! every page's items, by cursor, offset, page number or `Link` header.

use super::{ident, type_tokens, Emitter};
use crate::ir::{Access, Operation, PageSize, PageStyle, Param};
use proc_macro2::TokenStream;
use quote::quote;

impl Emitter<'_> {
    /// `into_stream` for a paginated operation.
    pub(super) fn pagination_items(&self, op: &Operation) -> Option<TokenStream> {
        let pagination = op.pagination.as_ref()?;
        let builder = ident(&op.builder_name);
        let item = type_tokens(self.api, &pagination.item_ty);
        let page = self.case_body_type(op.success.first()?);
        let error = match &op.error_enum {
            Some(name) => {
                let name = ident(name);
                quote!(#name)
            }
            None => quote!(std::convert::Infallible),
        };
        let items = owned_items(&pagination.items);
        let operation_id = &op.operation_id;
        let (doc, fetch, split) = match &pagination.style {
            PageStyle::Cursor { cursor_param, next_cursor, has_more } => {
                let param = &op.params[*cursor_param];
                let set = set_param(param, quote!(cursor.clone()));
                let next_cursor = borrowed_path(next_cursor);
                let next = match has_more {
                    Some(path) => {
                        let more = borrowed_path(path);
                        quote! {
                            let more = #more.copied().unwrap_or(true);
                            let next = #next_cursor.filter(|cursor| more && !cursor.is_empty()).cloned();
                        }
                    }
                    None => quote!(let next = #next_cursor.filter(|cursor| !cursor.is_empty()).cloned();),
                };
                let doc = format!(" Streams the items of every page, passing each page's next cursor back as `{}` until the last page.", param.wire_name);
                let fetch = quote! {
                    |builder: &Self, cursor: Option<&String>| {
                        let mut next = builder.clone();
                        if let Some(cursor) = cursor {
                            #set
                        }
                        next.send()
                    }
                };
                let split = quote! {
                    |_: &Self, _: Option<&String>, _: &HeaderMap, page: #page| {
                        #next
                        (#items, next)
                    }
                };
                (doc, fetch, split)
            }
            PageStyle::LinkHeader => {
                let doc = " Streams the items of every page, following the `rel=\"next\"` URL of each page's `Link` header until the last page. Only a URL on the client's origin is followed: another one ends the stream with `Error::InvalidRequest`, and nothing is sent to it.".to_owned();
                return Some(quote! {
                    impl<'a> #builder<'a> {
                        #[doc = #doc]
                        ///
                        /// Pages are fetched as the stream is polled, each with this
                        /// request's per-call options; the stream ends after the last
                        /// page or the first error.
                        pub fn into_stream(self) -> impl futures_util::Stream<Item = Result<#item, Error<#error>>> + Unpin + Send + 'a {
                            crate::runtime::paginate_links(#operation_id, self, |page: #page| #items)
                        }
                    }
                });
            }
            PageStyle::Offset { param, limit } | PageStyle::Page { param, limit, .. } => {
                let param = &op.params[*param];
                let field = ident(&param.rust_name);
                let ty = type_tokens(self.api, &param.ty);
                let size = self.page_size(op, limit.as_ref());
                let set = set_param(param, quote!(*at));
                let (doc, next) = match &pagination.style {
                    PageStyle::Page { first, .. } => {
                        let first = proc_macro2::Literal::i64_unsuffixed(*first);
                        (
                            format!(" Streams the items of every page, incrementing `{}` until an empty page{}.", param.wire_name, size_doc(op, limit.as_ref())),
                            quote!(crate::runtime::next_page(at.copied().or(builder.#field), #first, items.len(), #size)),
                        )
                    }
                    _ => (
                        format!(
                            " Streams the items of every page, advancing `{}` by the number of items received until an empty page{}.",
                            param.wire_name,
                            size_doc(op, limit.as_ref())
                        ),
                        quote!(crate::runtime::next_offset(at.copied().or(builder.#field), items.len(), #size)),
                    ),
                };
                let fetch = quote! {
                    |builder: &Self, at: Option<&#ty>| {
                        let mut next = builder.clone();
                        if let Some(at) = at {
                            #set
                        }
                        next.send()
                    }
                };
                let split = quote! {
                    |builder: &Self, at: Option<&#ty>, _: &HeaderMap, page: #page| {
                        let items = #items;
                        let next = #next;
                        (items, next)
                    }
                };
                (doc, fetch, split)
            }
        };
        Some(quote! {
            impl<'a> #builder<'a> {
                #[doc = #doc]
                ///
                /// Pages are fetched as the stream is polled, each with this
                /// request's parameters and per-call options; the stream ends
                /// after the last page or the first error.
                pub fn into_stream(self) -> impl futures_util::Stream<Item = Result<#item, Error<#error>>> + Unpin + Send + 'a {
                    crate::runtime::paginate(#operation_id, self, #fetch, #split)
                }
            }
        })
    }

    /// `Option<i128>` of the page size a request asks for (or the server's
    /// documented default), for telling the last page.
    fn page_size(&self, op: &Operation, limit: Option<&PageSize>) -> TokenStream {
        let Some(limit) = limit else { return quote!(None) };
        let param = &op.params[limit.param];
        let field = ident(&param.rust_name);
        let default = limit.default.map(|d| {
            let d = proc_macro2::Literal::i64_unsuffixed(d);
            quote!(.or(Some(#d)))
        });
        if param.required {
            quote!(Some(i128::from(builder.#field)))
        } else {
            quote!(builder.#field.map(i128::from)#default)
        }
    }
}

/// Sets parameter `param` of the builder `next` to `value`.
fn set_param(param: &Param, value: TokenStream) -> TokenStream {
    let field = ident(&param.rust_name);
    match (param.required, param.ty.is_nullable()) {
        (true, false) => quote!(next.#field = #value;),
        (true, true) | (false, false) => quote!(next.#field = Some(#value);),
        (false, true) => quote!(next.#field = Some(Some(#value));),
    }
}

/// The end condition a page size parameter adds to the docs.
fn size_doc(op: &Operation, limit: Option<&PageSize>) -> String {
    match limit {
        Some(limit) => format!(" or one with fewer items than `{}` asks for", op.params[limit.param].wire_name),
        None => String::new(),
    }
}

/// `Option<&T>` of the value at `path` in `page`, borrowing.
fn borrowed_path(path: &[crate::ir::FieldStep]) -> TokenStream {
    let Some((first, rest)) = path.split_first() else { return quote!(Some(&page)) };
    let name = ident(&first.rust_name);
    let mut expr = match first.access {
        Access::Direct => quote!(Some(&page.#name)),
        Access::Option => quote!(page.#name.as_ref()),
        Access::Nullable => quote!(page.#name.as_option()),
    };
    for step in rest {
        let name = ident(&step.rust_name);
        expr = match step.access {
            Access::Direct => quote!(#expr.map(|v| &v.#name)),
            Access::Option => quote!(#expr.and_then(|v| v.#name.as_ref())),
            Access::Nullable => quote!(#expr.and_then(|v| v.#name.as_option())),
        };
    }
    expr
}

/// The items at `path` in `page`, moved out: required fields are read as
/// they are, and a missing optional one gives no items.
fn owned_items(path: &[crate::ir::FieldStep]) -> TokenStream {
    let direct = path.iter().take_while(|step| step.access == Access::Direct).count();
    let names = path[..direct].iter().map(|step| ident(&step.rust_name));
    let place = quote!(page #(.#names)*);
    match path[direct..].split_first() {
        None => place,
        Some((first, rest)) => {
            let name = ident(&first.rust_name);
            let mut expr = match first.access {
                Access::Nullable => quote!(#place.#name.into_option()),
                Access::Direct | Access::Option => quote!(#place.#name),
            };
            for step in rest {
                let name = ident(&step.rust_name);
                expr = match step.access {
                    Access::Direct => quote!(#expr.map(|v| v.#name)),
                    Access::Option => quote!(#expr.and_then(|v| v.#name)),
                    Access::Nullable => quote!(#expr.and_then(|v| v.#name.into_option())),
                };
            }
            quote!(#expr.unwrap_or_default())
        }
    }
}

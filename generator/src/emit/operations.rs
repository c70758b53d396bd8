//! Operations -> `operations.rs`: a method on `Client` per operation, its
//! request builder (awaitable directly), and its success and error enums.

use super::docs::{doc_attrs, generated_doc_attrs};
use super::{ident, type_tokens, Emitter};
use crate::ir::{
    scalar, Access, Body, BodyFormat, Operation, PageSize, PageStyle, Param, ParamEncoding, ParamLocation, PathPart,
    QueryStyle, ResponseCase, ResponseFormat, Scalar, StatusMatch, TypeKind, TypeRef,
};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

impl Emitter<'_> {
    /// The whole `operations` module.
    /// `operations.rs`: the module docs and imports; its items come from
    /// [`Emitter::operations_item`].
    pub(crate) fn operations_head(&self) -> TokenStream {
        let uses_types = self.api.operations.iter().any(|op| {
            op.params
                .iter()
                .map(|p| &p.ty)
                .chain(op.body.iter().flat_map(|b| b.types()))
                .chain(op.success.iter().chain(&op.errors).map(|c| &c.ty))
                .chain(op.header_sets().flat_map(|set| set.fields.iter().map(|f| &f.ty)))
                .any(|t| super::types::ref_uses(t, &|r| matches!(r, TypeRef::Named(_))))
        });
        let types_import = uses_types.then(|| {
            quote!(
                use crate::types::*;
            )
        });
        let uses_map = self.api.operations.iter().any(|op| {
            op.params
                .iter()
                .map(|p| &p.ty)
                .chain(op.body.iter().flat_map(|b| b.types()))
                .chain(op.success.iter().chain(&op.errors).map(|c| &c.ty))
                .any(|t| super::types::ref_uses(t, &|r| matches!(r, TypeRef::Map(_))))
        });
        let map_import = uses_map.then(|| {
            quote!(
                use std::collections::BTreeMap;
            )
        });
        let multipart_import = self
            .api
            .operations
            .iter()
            .filter_map(|op| op.body.as_ref())
            .any(|b| body_formats(b).any(|f| f == BodyFormat::Multipart))
            .then(|| quote!(Multipart,));
        // The scheme constants, when an operation names a scheme (`security: [{}]` names none).
        let security_import =
            self.api.operations.iter().flat_map(|op| &op.security).any(|set| !set.is_empty()).then(|| {
                quote!(
                    use crate::client::*;
                )
            });
        let uses_headers = self.api.operations.iter().any(|op| op.header_sets().next().is_some());
        let headers_import = uses_headers.then(|| quote!(FromHeaders, HeaderError,));
        let header_map_import =
            (uses_headers || self.api.operations.iter().any(|op| op.pagination.is_some())).then(|| quote!(HeaderMap,));
        let path_import = self
            .api
            .operations
            .iter()
            .any(|op| op.path_parts.iter().any(|p| matches!(p, PathPart::Param(_))))
            .then(|| quote!(push_path_param,));
        let array_import = self
            .api
            .operations
            .iter()
            .flat_map(|op| &op.params)
            .any(|p| p.location == ParamLocation::Query && p.encoding == ParamEncoding::ScalarList)
            .then(|| quote!(ArrayStyle,));
        if self.api.operations.is_empty() {
            return quote! {
                //! One method per operation on `Client`; this document declares no operations.
            };
        }
        quote! {
            //! One method per operation on [`Client`], each returning a request
            //! builder: set optional parameters, then `.await` it (or call `send`).
            use crate::runtime::{
                #path_import #array_import #multipart_import call_options, Client, Error, #headers_import #header_map_import InvalidRequest, Method, Pending, Request,
                RequestOptions, Response,
            };
            use std::future::IntoFuture;
            #security_import
            #types_import
            #map_import
        }
    }

    /// How many items [`Emitter::operations_item`] produces: the `impl Client`
    /// block of client methods, then the items of each operation.
    pub(crate) fn operations_item_count(&self) -> usize {
        if self.api.operations.is_empty() {
            0
        } else {
            self.api.operations.len() + 1
        }
    }

    /// Item `index` of `operations.rs` (see [`Emitter::operations_item_count`]).
    pub(crate) fn operations_item(&self, index: usize) -> TokenStream {
        match index.checked_sub(1) {
            None => {
                let methods = self.api.operations.iter().map(|op| self.client_method(op));
                quote! {
                    impl Client {
                        #(#methods)*
                    }
                }
            }
            Some(op) => self.operation_items(&self.api.operations[op]),
        }
    }

    /// Arguments of the client method: path parameters, required parameters, a required body.
    fn required_params<'o>(&self, op: &'o Operation) -> Vec<&'o Param> {
        let mut params: Vec<&Param> = op
            .path_parts
            .iter()
            .filter_map(|p| if let PathPart::Param(i) = p { Some(&op.params[*i]) } else { None })
            .collect();
        params.extend(op.params.iter().filter(|p| p.required && p.location != ParamLocation::Path));
        params
    }

    fn client_method(&self, op: &Operation) -> TokenStream {
        let method = ident(&op.rust_name);
        let builder = ident(&op.builder_name);
        let mut endpoint = format!("`{} {}`", op.method.as_str(), op.path.replace('`', "'"));
        if crate::naming::snake_name(&op.operation_id) != op.rust_name {
            // The method is named otherwise (a framework's long default, or a clash).
            endpoint.push_str(&format!(" (operationId `{}`)", op.operation_id.replace('`', "'")));
        }
        if op.security.iter().any(|set| !set.is_empty()) {
            let names: Vec<String> = op
                .security
                .iter()
                .filter(|set| !set.is_empty())
                .map(|set| {
                    set.iter()
                        .map(|i| format!("`{}`", self.api.security_schemes[*i].key))
                        .collect::<Vec<_>>()
                        .join(" + ")
                })
                .collect();
            let optional = if op.security.iter().any(Vec::is_empty) { " (optional)" } else { "" };
            endpoint.push_str(&format!("\n\nAuthentication{optional}: {}.", names.join(" or ")));
        }
        let docs = doc_attrs([op.summary.as_deref(), op.description.as_deref(), Some(endpoint.as_str())]);
        let returns = generated_doc_attrs(["", &self.returns_doc(op)]);
        let deprecated = op.deprecated.then(|| quote!(#[deprecated]));
        let required = self.required_params(op);
        let args = required.iter().map(|p| {
            let name = ident(&p.rust_name);
            let ty = self.arg_type(&p.ty);
            quote!(#name: #ty)
        });
        let body_arg = op.body.as_ref().filter(|b| b.required).map(|b| {
            let ty = self.body_arg_type(b);
            quote!(, body: #ty)
        });
        let inits = op.params.iter().map(|p| {
            let name = ident(&p.rust_name);
            if required.iter().any(|r| r.rust_name == p.rust_name) {
                match p.ty {
                    TypeRef::String => quote!(#name: #name.into(),),
                    _ => quote!(#name,),
                }
            } else {
                quote!(#name: None,)
            }
        });
        let body_init = op.body.as_ref().map(|b| {
            if b.required {
                if b.choice.is_some() || matches!(b.format, BodyFormat::Binary | BodyFormat::Text) {
                    quote!(body: body.into(),)
                } else {
                    quote!(body,)
                }
            } else {
                quote!(body: None,)
            }
        });
        quote! {
            #docs
            #returns
            #deprecated
            pub fn #method(&self #(, #args)* #body_arg) -> #builder<'_> {
                #builder {
                    client: self,
                    #(#inits)*
                    #body_init
                    options: RequestOptions::default(),
                }
            }
        }
    }

    /// Argument type of a parameter: strings are taken as `impl Into<String>`.
    fn arg_type(&self, ty: &TypeRef) -> TokenStream {
        match ty {
            TypeRef::String => quote!(impl Into<String>),
            other => type_tokens(self.api, other),
        }
    }

    fn body_arg_type(&self, body: &Body) -> TokenStream {
        if let Some(choice) = &body.choice {
            let name = ident(&choice.enum_name);
            return quote!(impl Into<#name>);
        }
        match body.format {
            BodyFormat::Binary => quote!(impl Into<bytes::Bytes>),
            BodyFormat::Text => quote!(impl Into<String>),
            _ => type_tokens(self.api, &body.ty),
        }
    }

    fn body_field_type(&self, body: &Body) -> TokenStream {
        match &body.choice {
            Some(choice) => {
                let name = ident(&choice.enum_name);
                quote!(#name)
            }
            None => self.media_field_type(body.format, &body.ty),
        }
    }

    /// The type a body is held in for one media type.
    fn media_field_type(&self, format: BodyFormat, ty: &TypeRef) -> TokenStream {
        match format {
            BodyFormat::Binary => quote!(bytes::Bytes),
            BodyFormat::Text => quote!(String),
            _ => type_tokens(self.api, ty),
        }
    }

    /// The builder, its `send`, `IntoFuture`, and the response enums.
    fn operation_items(&self, op: &Operation) -> TokenStream {
        let builder = ident(&op.builder_name);
        let (summary, line) = self.builder_doc_lines(op);
        let builder_doc = match &summary {
            Some(summary) => generated_doc_attrs(summary.lines().chain(["", &line])),
            None => generated_doc_attrs([line.as_str()]),
        };
        let fields = op.params.iter().map(|p| {
            let name = ident(&p.rust_name);
            let ty = type_tokens(self.api, &p.ty);
            if p.required {
                quote!(#name: #ty,)
            } else {
                quote!(#name: Option<#ty>,)
            }
        });
        let body_field = op.body.as_ref().map(|b| {
            let ty = self.body_field_type(b);
            if b.required {
                quote!(body: #ty,)
            } else {
                quote!(body: Option<#ty>,)
            }
        });
        let setters = op.params.iter().filter(|p| !p.required).map(|p| self.setter(p));
        let body_setter = op.body.as_ref().filter(|b| !b.required).map(|b| {
            let ty = self.body_arg_type(b);
            let value = if b.choice.is_some() || matches!(b.format, BodyFormat::Binary | BodyFormat::Text) {
                quote!(body.into())
            } else {
                quote!(body)
            };
            let doc = doc_attrs([Some("Sets the request body."), b.doc.as_deref()]);
            quote! {
                #doc
                pub fn body(mut self, body: #ty) -> Self {
                    self.body = Some(#value);
                    self
                }
            }
        });
        let (output, success_enum) = self.output_type(op);
        let error_enum = self.error_enum(op);
        let request_body = self.request_body(op);
        let arms = self.response_arms(op);
        let pagination = self.pagination_items(op);
        let success_headers = op.success_headers.as_ref().map(|set| {
            let doc = format!(
                " The headers documented for the success responses of [`Client::{}`]; [`Response::typed_headers`] reads them.",
                crate::naming::unraw(&op.rust_name)
            );
            self.header_struct(set, &doc)
        });
        let error_headers = op.errors.iter().filter_map(|case| {
            let set = case.headers.as_ref().filter(|set| !set.defined_elsewhere)?;
            if let Some(reference) = &set.component {
                let doc = format!(
                    " The headers documented for the `{}` response, an error response of [`Client::{}`] and every operation that refers to it; read them with `{}::from_headers(error.headers())`.",
                    reference.rsplit('/').next().unwrap_or(reference).replace('`', "'"),
                    crate::naming::unraw(&op.rust_name),
                    crate::naming::unraw(&set.name)
                );
                return Some(self.header_struct(set, &doc));
            }
            let status = match case.status {
                StatusMatch::Code(code) => format!("`{code}` error response"),
                StatusMatch::Range(range) => format!("`{range}XX` error responses"),
                StatusMatch::Default => "`default` error response (any other status)".to_owned(),
            };
            let doc = format!(
                " The headers documented for the {status} of [`Client::{}`]; read them with `{}::from_headers(error.headers())`.",
                crate::naming::unraw(&op.rust_name),
                crate::naming::unraw(&set.name)
            );
            Some(self.header_struct(set, &doc))
        });
        let body_choice = op.body.as_ref().and_then(|b| self.body_choice(op, b));
        let send_doc = format!(" Sends the request and decodes the response. {}", self.returns_doc(op));
        quote! {
            #builder_doc
            #[derive(Debug, Clone)]
            #[must_use = "a request is only sent when the builder is awaited or `send` is called"]
            pub struct #builder<'a> {
                client: &'a Client,
                #(#fields)*
                #body_field
                options: RequestOptions,
            }

            impl<'a> #builder<'a> {
                #(#setters)*
                #body_setter

                #[doc = #send_doc]
                pub fn send(mut self) -> impl std::future::Future<Output = #output> + Send + 'a {
                    let options = std::mem::take(&mut self.options);
                    let client = self.client;
                    client.call(self.into_request(), options, |response| match response.status_code() {
                        #arms
                    })
                }

                /// The request with every parameter and the body encoded.
                fn into_request(self) -> Result<Request, InvalidRequest> {
                    #request_body
                }
            }

            impl<'a> IntoFuture for #builder<'a> {
                type Output = #output;
                type IntoFuture = Pending<'a, Self::Output>;

                fn into_future(self) -> Self::IntoFuture {
                    Box::pin(self.send())
                }
            }

            call_options!(#builder);

            #pagination
            #body_choice
            #success_enum
            #success_headers
            #error_enum
            #(#error_headers)*
        }
    }

    /// `into_stream` for a paginated operation.
    fn pagination_items(&self, op: &Operation) -> Option<TokenStream> {
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

    fn setter(&self, p: &Param) -> TokenStream {
        let name = ident(&p.rust_name);
        let ty = self.arg_type(&p.ty);
        let value = match p.ty {
            TypeRef::String => quote!(value.into()),
            _ => quote!(value),
        };
        let default = p.default.as_ref().map(|d| format!("The server's default is `{}`.", d.replace('`', "'")));
        let deprecated = p.doc.deprecated.then(|| quote!(#[deprecated]));
        let docs = doc_attrs([
            p.doc.description.as_deref().or(Some(&format!("Sets the `{}` parameter.", p.wire_name))),
            default.as_deref(),
        ]);
        quote! {
            #docs
            #deprecated
            pub fn #name(mut self, value: #ty) -> Self {
                self.#name = Some(#value);
                self
            }
        }
    }

    /// `Result<Response<T>, Error<E>>` for the operation, plus its success enum.
    fn output_type(&self, op: &Operation) -> (TokenStream, Option<TokenStream>) {
        let error = match &op.error_enum {
            Some(name) => {
                let name = ident(name);
                quote!(#name)
            }
            None => quote!(std::convert::Infallible),
        };
        let (body, success_enum) = match &op.success_enum {
            Some(name) => {
                let enum_name = ident(name);
                let variants = op.success.iter().map(|case| self.case_variant(case));
                let doc = format!(
                    " The documented success responses of [`Client::{}`].",
                    crate::naming::unraw(&op.rust_name)
                );
                let def = quote! {
                    #[doc = #doc]
                    #[derive(Debug, Clone, PartialEq)]
                    #[allow(clippy::large_enum_variant)]
                    pub enum #enum_name {
                        #(#variants)*
                    }
                };
                (quote!(#enum_name), Some(def))
            }
            None => match op.success.first() {
                Some(case) => (self.case_body_type(case), None),
                None => (quote!(()), None),
            },
        };
        let headers = op.success_headers.as_ref().map(|set| {
            let name = ident(&set.name);
            quote!(, #name)
        });
        (quote!(Result<Response<#body #headers>, Error<#error>>), success_enum)
    }

    fn case_body_type(&self, case: &ResponseCase) -> TokenStream {
        match case.format {
            ResponseFormat::Json => type_tokens(self.api, &case.ty),
            ResponseFormat::Text => quote!(String),
            ResponseFormat::Binary => quote!(bytes::Bytes),
            ResponseFormat::Empty => quote!(()),
        }
    }

    fn case_variant(&self, case: &ResponseCase) -> TokenStream {
        let variant = ident(&case.variant);
        let summary = match &case.description {
            Some(description) => format!("{}: {}", status_text(case.status), description.trim()),
            None => format!("{}.", status_text(case.status)),
        };
        let docs = doc_attrs([Some(summary.as_str())]);
        match case.format {
            ResponseFormat::Empty => quote!(#docs #variant,),
            _ => {
                let ty = self.case_body_type(case);
                quote!(#docs #variant(#ty),)
            }
        }
    }

    fn error_enum(&self, op: &Operation) -> Option<TokenStream> {
        let name = ident(op.error_enum.as_ref()?);
        let variants = op.errors.iter().map(|case| self.case_variant(case));
        let doc = format!(" The documented error responses of [`Client::{}`].", crate::naming::unraw(&op.rust_name));
        // Bodies differ in size per status; the enum is matched once and dropped.
        let large = (op.errors.len() > 1).then(|| quote!(#[allow(clippy::large_enum_variant)]));
        Some(quote! {
            #[doc = #doc]
            #[derive(Debug, Clone, PartialEq)]
            #large
            pub enum #name {
                #(#variants)*
            }
        })
    }

    /// The body of `into_request`: the path, the parameters, the body and
    /// the credentials.
    fn request_body(&self, op: &Operation) -> TokenStream {
        let path = self.path_building(op);
        let http_method = format_ident!("{}", op.method.as_str());
        let params = op.params.iter().filter(|p| p.location != ParamLocation::Path).map(|p| self.param_encoding(p));
        let mut media_types: Vec<&str> = Vec::new();
        for case in op.success.iter().chain(&op.errors) {
            if let Some(media_type) = case.media_type.as_deref() {
                if !media_types.contains(&media_type) {
                    media_types.push(media_type);
                }
            }
        }
        let accept_value = media_types.join(", ");
        let accept = (!media_types.is_empty() && accept_value.bytes().all(|b| (b' '..=b'~').contains(&b)))
            .then(|| quote!(request.accept(#accept_value);));
        let body = op.body.as_ref().map(|b| {
            let content_type = &b.content_type;
            let (value, guard) = if b.required {
                (quote!(self.body), None)
            } else {
                (quote!(body), Some(quote!(if let Some(body) = self.body)))
            };
            let encode = match &b.choice {
                None => self.body_encoding(b.format, &b.ty, &value, content_type),
                Some(choice) => {
                    let name = ident(&choice.enum_name);
                    let arms = choice.variants.iter().map(|media| {
                        let variant = ident(&media.variant);
                        let encode = self.body_encoding(media.format, &media.ty, &quote!(body), &media.content_type);
                        quote!(#name::#variant(body) => { #encode })
                    });
                    quote!(match #value { #(#arms)* })
                }
            };
            match guard {
                Some(guard) => quote!(#guard { #encode }),
                None => encode,
            }
        });
        let security = (!op.security.is_empty()).then(|| {
            let sets = op.security.iter().map(|set| {
                let schemes = set.iter().map(|i| format_ident!("{}", self.scheme_const(*i)));
                quote!(&[#(#schemes),*])
            });
            quote!(self.client.authorize(&mut request, &[#(#sets),*])?;)
        });
        let operation_id = &op.operation_id;
        let template = &op.path;
        let mutable = (op.params.iter().any(|p| p.location != ParamLocation::Path)
            || accept.is_some()
            || body.is_some()
            || security.is_some())
        .then(|| quote!(mut));
        quote! {
            #path
            let #mutable request = self.client.request(Method::#http_method, path, #operation_id, #template);
            #(#params)*
            #accept
            #body
            #security
            Ok(request)
        }
    }

    /// Writes a body value in one media type.
    fn body_encoding(&self, format: BodyFormat, ty: &TypeRef, value: &TokenStream, content_type: &str) -> TokenStream {
        match format {
            BodyFormat::Multipart => self.multipart_encoding(ty, value),
            BodyFormat::Json => quote!(request.json(&#value, #content_type)?;),
            BodyFormat::FormUrlEncoded => quote!(request.form(&#value, #content_type)?;),
            BodyFormat::Text | BodyFormat::Binary => quote!(request.bytes(#value, #content_type);),
        }
    }

    /// The enum of the media types a body can be sent as, with a `From` for
    /// each distinct payload type (the default's first), so that passing the
    /// default's value keeps working.
    fn body_choice(&self, op: &Operation, body: &Body) -> Option<TokenStream> {
        let choice = body.choice.as_ref()?;
        let name = ident(&choice.enum_name);
        let doc = format!(
            " The media types [`Client::{}`] can send its body as; a value of the first variant's type converts into it.",
            crate::naming::unraw(&op.rust_name)
        );
        let variants = choice.variants.iter().map(|media| {
            let variant = ident(&media.variant);
            let ty = self.media_field_type(media.format, &media.ty);
            let doc = format!(" Sent as `{}`.", media.content_type.replace('`', "'"));
            quote!(#[doc = #doc] #variant(#ty),)
        });
        let mut converted: Vec<String> = Vec::new();
        let conversions = choice.variants.iter().filter_map(|media| {
            let ty = self.media_field_type(media.format, &media.ty);
            let key = ty.to_string();
            if converted.contains(&key) {
                return None;
            }
            converted.push(key);
            let variant = ident(&media.variant);
            Some(quote! {
                impl From<#ty> for #name {
                    fn from(body: #ty) -> Self {
                        #name::#variant(body)
                    }
                }
            })
        });
        let conversions: Vec<TokenStream> = conversions.collect();
        Some(quote! {
            #[doc = #doc]
            #[derive(Debug, Clone, PartialEq)]
            #[allow(clippy::large_enum_variant)]
            pub enum #name {
                #(#variants)*
            }

            #(#conversions)*
        })
    }

    /// A `multipart/form-data` body: file parts for binary properties, text
    /// parts for scalars, JSON parts for the rest.
    fn multipart_encoding(&self, ty: &TypeRef, value: &TokenStream) -> TokenStream {
        let fields = match self.struct_of(ty) {
            Some(s) => &s.fields,
            None => return quote!(let mut form = Multipart::new(); form.object(&#value)?; request.multipart(form);),
        };
        let parts = fields.iter().map(|field| {
            let name = ident(&field.rust_name);
            let wire = &field.wire_name;
            let ty = field.ty.non_null();
            let part = |v: TokenStream| match ty {
                TypeRef::Bytes => quote!(form.file(#wire, #v);),
                TypeRef::Vec(item) if **item == TypeRef::Bytes => quote!(for file in #v { form.file(#wire, file); }),
                // Arrays of scalars are repeated parts, as OpenAPI's default encoding says.
                TypeRef::Vec(item) if scalar(&self.api.types, item) == Some(Scalar::Text) => {
                    quote!(for item in #v { form.text(#wire, item); })
                }
                ty if scalar(&self.api.types, ty) == Some(Scalar::Text) => quote!(form.text(#wire, #v);),
                _ => quote!(form.json(#wire, #v)?;),
            };
            match field.access() {
                Access::Direct => part(quote!(&#value.#name)),
                Access::Option => {
                    let inner = part(quote!(value));
                    quote!(if let Some(value) = &#value.#name { #inner })
                }
                Access::Nullable => {
                    let inner = part(quote!(value));
                    quote!(if let Some(value) = #value.#name.as_option() { #inner })
                }
            }
        });
        quote! {
            let mut form = Multipart::new();
            #(#parts)*
            request.multipart(form);
        }
    }

    /// The struct a type names, seen through aliases.
    fn struct_of(&self, ty: &TypeRef) -> Option<&crate::ir::Struct> {
        match ty {
            TypeRef::Named(id) => match &self.api.types[*id].kind {
                TypeKind::Struct(s) => Some(s),
                TypeKind::Alias(target) => self.struct_of(target),
                _ => None,
            },
            _ => None,
        }
    }

    /// Name of the constant describing security scheme `index`.
    pub(crate) fn scheme_const(&self, index: usize) -> String {
        crate::naming::unraw(&self.api.security_schemes[index].rust_name).to_ascii_uppercase() + "_SCHEME"
    }

    fn path_building(&self, op: &Operation) -> TokenStream {
        let has_params = op.path_parts.iter().any(|p| matches!(p, PathPart::Param(_)));
        if !has_params {
            let literal = op
                .path_parts
                .iter()
                .map(|p| if let PathPart::Literal(l) = p { l.as_str() } else { "" })
                .collect::<String>();
            let literal = encode_literal(&literal);
            return quote!(let path = String::from(#literal););
        }
        let capacity = proc_macro2::Literal::usize_unsuffixed(op.path.len() + 16);
        let steps = op.path_parts.iter().map(|part| match part {
            PathPart::Literal(literal) => {
                let literal = encode_literal(literal);
                match literal.chars().collect::<Vec<_>>().as_slice() {
                    [single] => quote!(path.push(#single);),
                    _ => quote!(path.push_str(#literal);),
                }
            }
            PathPart::Param(index) => {
                let param = &op.params[*index];
                let name = ident(&param.rust_name);
                let wire = &param.wire_name;
                let value = scalar_value(param, quote!(&self.#name));
                quote!(push_path_param(&mut path, #wire, #value)?;)
            }
        });
        quote! {
            let mut path = String::with_capacity(#capacity);
            #(#steps)*
        }
    }

    fn param_encoding(&self, p: &Param) -> TokenStream {
        let name = ident(&p.rust_name);
        let wire = &p.wire_name;
        let header_name = wire.to_ascii_lowercase();
        let ty = p.ty.non_null();
        let encode = |value: TokenStream| -> TokenStream {
            match (p.location, ty) {
                (ParamLocation::Query, _) if p.encoding == ParamEncoding::ScalarList => {
                    let style = match p.style {
                        QueryStyle::Form { explode: true } | QueryStyle::DeepObject => quote!(ArrayStyle::Exploded),
                        QueryStyle::Form { explode: false } => quote!(ArrayStyle::Delimited(",")),
                        QueryStyle::SpaceDelimited => quote!(ArrayStyle::Delimited(" ")),
                        QueryStyle::PipeDelimited => quote!(ArrayStyle::Delimited("|")),
                    };
                    quote!(request.query_array(#wire, #value, #style);)
                }
                (ParamLocation::Query, _) if p.encoding == ParamEncoding::Object => {
                    if p.style == QueryStyle::DeepObject {
                        quote!(request.query_deep_object(#wire, #value)?;)
                    } else {
                        quote!(request.query_form_object(#value)?;)
                    }
                }
                (ParamLocation::Query, _) => {
                    let value = scalar_value(p, value);
                    quote!(request.query(#wire, #value);)
                }
                (ParamLocation::Header | ParamLocation::Cookie, _) if p.encoding == ParamEncoding::ScalarList => {
                    let joined = quote!(&crate::runtime::join_params(#value));
                    if p.location == ParamLocation::Header {
                        quote!(request.header(#header_name, #joined)?;)
                    } else {
                        quote!(request.cookie(#wire, #joined);)
                    }
                }
                (ParamLocation::Header, _) => {
                    let value = scalar_value(p, value);
                    quote!(request.header(#header_name, #value)?;)
                }
                (ParamLocation::Cookie, _) => {
                    let value = scalar_value(p, value);
                    quote!(request.cookie(#wire, #value);)
                }
                (ParamLocation::Path, _) => quote!(),
            }
        };
        let nullable = p.ty.is_nullable();
        match (p.required, nullable) {
            (true, false) => encode(quote!(&self.#name)),
            (true, true) | (false, false) => {
                let body = encode(quote!(value));
                quote!(if let Some(value) = &self.#name { #body })
            }
            (false, true) => {
                let body = encode(quote!(value));
                quote!(if let Some(Some(value)) = &self.#name { #body })
            }
        }
    }

    /// The arms of the match over the response status: the documented
    /// success statuses, the documented error statuses, then any other 2xx
    /// as the only success type (servers answer `201` where the document
    /// says `200`), then the rest as unexpected (or the `default` error).
    fn response_arms(&self, op: &Operation) -> TokenStream {
        let mut arms = Vec::new();
        for case in by_specificity(&op.success) {
            let decode = match (&op.success_enum, case.format) {
                (None, ResponseFormat::Json) => quote!(response.json()),
                (None, ResponseFormat::Text) => quote!(response.text()),
                (None, ResponseFormat::Binary) => quote!(response.raw()),
                (None, ResponseFormat::Empty) => quote!(response.empty()),
                (Some(name), format) => {
                    let name = ident(name);
                    let variant = ident(&case.variant);
                    match format {
                        ResponseFormat::Json => quote!(response.json_into(#name::#variant)),
                        ResponseFormat::Text => quote!(response.text().map(|r| r.map(#name::#variant))),
                        ResponseFormat::Binary => quote!(response.raw().map(|r| r.map(#name::#variant))),
                        ResponseFormat::Empty => quote!(response.empty().map(|r| r.map(|()| #name::#variant))),
                    }
                }
            };
            let pattern = status_pattern(case.status, quote!(200..=299));
            arms.push(quote!(#pattern => #decode,));
        }
        let mut catch_all = quote!(_ => response.unexpected(),);
        if let Some(error_enum) = &op.error_enum {
            let name = ident(error_enum);
            for case in by_specificity(&op.errors) {
                let variant = ident(&case.variant);
                let decode = match case.format {
                    ResponseFormat::Json => quote!(response.error_json(#name::#variant)),
                    ResponseFormat::Text => quote!(response.error_text(#name::#variant)),
                    ResponseFormat::Binary => quote!(response.error_raw(#name::#variant)),
                    ResponseFormat::Empty => quote!(response.error_empty(#name::#variant)),
                };
                let pattern = status_pattern(case.status, quote!(_));
                if case.status == StatusMatch::Default {
                    catch_all = quote!(#pattern => #decode,);
                } else {
                    arms.push(quote!(#pattern => #decode,));
                }
            }
        }
        if let (Some(decode), Some(pattern)) = (undocumented_success(op), undocumented_2xx(op)) {
            arms.push(quote!(#pattern => #decode,));
        }
        arms.push(catch_all);
        quote!(#(#arms)*)
    }
}

/// How the body of a 2xx status the document does not list is decoded: as
/// the operation's only success type, when it has exactly one and it is
/// documented for one 2xx status (a range or `default` covers the others
/// already, and an enum of several says nothing about an unlisted status).
fn undocumented_success(op: &Operation) -> Option<TokenStream> {
    let [case] = op.success.as_slice() else { return None };
    let documented_2xx = matches!(case.status, StatusMatch::Code(code) if (200..300).contains(&code));
    if op.success_enum.is_some() || !documented_2xx {
        return None;
    }
    Some(match case.format {
        // Unlike a documented status, an empty body is not read as `null`.
        ResponseFormat::Json => quote!(response.json_undocumented()),
        ResponseFormat::Text => quote!(response.text()),
        ResponseFormat::Binary => quote!(response.raw()),
        ResponseFormat::Empty => quote!(response.empty()),
    })
}

/// The pattern of the 2xx statuses no case documents, as ranges
/// (`201..=299`), so that no arm overlaps another.
fn undocumented_2xx(op: &Operation) -> Option<TokenStream> {
    let documented: Vec<u16> = op
        .success
        .iter()
        .chain(&op.errors)
        .filter_map(|case| match case.status {
            StatusMatch::Code(code) => Some(code),
            _ => None,
        })
        .collect();
    let mut ranges = Vec::new();
    let mut start = None;
    for code in 200..=300u16 {
        let open = code < 300 && !documented.contains(&code);
        match (open, start) {
            (true, None) => start = Some(code),
            (false, Some(first)) => {
                let (low, high) =
                    (proc_macro2::Literal::u16_unsuffixed(first), proc_macro2::Literal::u16_unsuffixed(code - 1));
                ranges.push(if first == code - 1 { quote!(#low) } else { quote!(#low..=#high) });
                start = None;
            }
            _ => {}
        }
    }
    (!ranges.is_empty()).then(|| quote!(#(#ranges)|*))
}

/// Exact statuses first, then ranges, then `default`, as a `match` needs them.
fn by_specificity(cases: &[ResponseCase]) -> Vec<&ResponseCase> {
    let mut sorted: Vec<&ResponseCase> = cases.iter().collect();
    sorted.sort_by_key(|case| match case.status {
        StatusMatch::Code(_) => 0,
        StatusMatch::Range(_) => 1,
        StatusMatch::Default => 2,
    });
    sorted
}

/// The `match` pattern of a documented status; `default` is `default_pattern`.
fn status_pattern(status: StatusMatch, default_pattern: TokenStream) -> TokenStream {
    match status {
        StatusMatch::Code(code) => {
            let code = proc_macro2::Literal::u16_unsuffixed(code);
            quote!(#code)
        }
        StatusMatch::Range(range) => {
            let (low, high) = (
                proc_macro2::Literal::u16_unsuffixed(range * 100),
                proc_macro2::Literal::u16_unsuffixed(range * 100 + 99),
            );
            quote!(#low..=#high)
        }
        StatusMatch::Default => default_pattern,
    }
}

/// The formats a body can be sent in.
fn body_formats(body: &Body) -> impl Iterator<Item = BodyFormat> + '_ {
    std::iter::once(body.format)
        .chain(body.choice.iter().flat_map(|choice| choice.variants.iter().map(|media| media.format)))
}

/// Percent-encodes what a path literal may not contain as it is (spaces, unicode).
fn encode_literal(literal: &str) -> String {
    let mut out = String::with_capacity(literal.len());
    for &byte in literal.as_bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@%".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn status_text(status: StatusMatch) -> String {
    match status {
        StatusMatch::Code(code) => format!("Status {code}"),
        StatusMatch::Range(r) => format!("Any {r}xx status"),
        StatusMatch::Default => "Any other status".to_owned(),
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

/// An expression implementing `ParamValue` for a parameter's value: the
/// value itself when it is a scalar, its JSON text otherwise.
fn scalar_value(p: &Param, value: TokenStream) -> TokenStream {
    if p.encoding == ParamEncoding::Scalar {
        value
    } else {
        quote!(&serde_json::to_value(#value).unwrap_or_default())
    }
}

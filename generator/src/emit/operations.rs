//! Operations -> `operations.rs`: a method on `Client` per operation, its
//! request builder (awaitable directly), and its success and error enums.

use super::docs::{doc_attrs, generated_doc_attrs};
use super::{ident, type_tokens, Emitter};
use crate::ir::{
    Body, BodyFormat, Operation, Param, ParamEncoding, ParamLocation, PathPart, ResponseCase, ResponseFormat,
    StatusMatch, TypeRef,
};
use crate::{naming, surface};
use proc_macro2::TokenStream;
use quote::quote;

/// What an operation's call resolves to: `Result<success, Error<error>>`.
struct Output {
    /// `Response<T>` (with the success headers' struct, if any).
    success: TokenStream,
    /// The error enum, or `Infallible` when none is documented.
    error: TokenStream,
}

impl Emitter<'_> {
    /// The whole `operations` module.
    /// `operations.rs`: the module docs and imports; its items come from
    /// [`Emitter::operations_item`].
    pub(crate) fn operations_head(&self) -> TokenStream {
        let uses_types = self
            .api
            .operations
            .iter()
            .any(|op| op.mentioned_types().any(|t| super::types::ref_uses(t, &|r| matches!(r, TypeRef::Named(_)))));
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
                #path_import #array_import #multipart_import call_options, Client, Error, #headers_import #header_map_import InvalidRequest, Method, Request,
                RequestOptions, Response, ResponseFuture,
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
                let methods = self.api.operations.iter().enumerate().map(|(index, op)| self.client_method(index, op));
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

    /// The method of operation `index`, `op`, on `Client`.
    fn client_method(&self, index: usize, op: &Operation) -> TokenStream {
        let method = ident(&op.rust_name);
        let gate = self.operation_gate(index);
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
            #gate
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
        let (Output { success, error }, success_enum) = self.output_type(op);
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
        // `send` and `into_future` are `#[inline]`, so that an operation's
        // code (its request, its decoding and the serde code of the types it
        // reads) is generated in the crate that calls it, only for the
        // operations it calls, rather than for all of them in this crate.
        let derives = surface::request_builder().derives.into_iter().map(|name| naming::Ident::new(name).token());
        quote! {
            #builder_doc
            #[derive(#(#derives),*)]
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
                #[inline]
                pub fn send(mut self) -> ResponseFuture<'a, #success, #error> {
                    let options = std::mem::take(&mut self.options);
                    let client = self.client;
                    client.call(self.into_request(), options, |response| match response.status_code() {
                        #arms
                    })
                }

                /// The request with every parameter and the body encoded.
                #[inline]
                fn into_request(self) -> Result<Request, InvalidRequest> {
                    #request_body
                }
            }

            impl<'a> IntoFuture for #builder<'a> {
                type Output = Result<#success, Error<#error>>;
                type IntoFuture = ResponseFuture<'a, #success, #error>;

                #[inline]
                fn into_future(self) -> Self::IntoFuture {
                    self.send()
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

    /// What the operation's call resolves to, plus its success enum.
    fn output_type(&self, op: &Operation) -> (Output, Option<TokenStream>) {
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
                let derives = response_enum_derives();
                let def = quote! {
                    #[doc = #doc]
                    #[derive(#(#derives),*)]
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
        (Output { success: quote!(Response<#body #headers>), error }, success_enum)
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
        let derives = response_enum_derives();
        Some(quote! {
            #[doc = #doc]
            #[derive(#(#derives),*)]
            #large
            pub enum #name {
                #(#variants)*
            }
        })
    }

    /// The arms of the match over the response status: the documented
    /// success statuses, the documented error statuses, then any other 2xx
    /// as the only success type (servers answer `201` where the document
    /// says `200`), then the rest as unexpected (or the `default` error).
    fn response_arms(&self, op: &Operation) -> TokenStream {
        let mut arms = Vec::new();
        for case in &op.success {
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
            for case in &op.errors {
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

fn status_text(status: StatusMatch) -> String {
    match status {
        StatusMatch::Code(code) => format!("Status {code}"),
        StatusMatch::Range(r) => format!("Any {r}xx status"),
        StatusMatch::Default => "Any other status".to_owned(),
    }
}

/// The derives of an operation's success and error enums.
fn response_enum_derives() -> impl Iterator<Item = proc_macro2::Ident> {
    surface::response_enum().derives.into_iter().map(|name| naming::Ident::new(name).token())
}

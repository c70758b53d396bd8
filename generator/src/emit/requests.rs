//! The body of each request builder's `into_request`: the path with its
//! parameters, the query, header and cookie parameters, the request body in
//! its media type (JSON, form, multipart, text, bytes) and the credentials.

use super::{ident, type_tokens, Emitter};
use crate::ir::{
    scalar, Access, Body, BodyFormat, Ident, Operation, Param, ParamEncoding, ParamLocation, PathPart, QueryStyle,
    Scalar, TypeKind, TypeRef,
};
use proc_macro2::TokenStream;
use quote::quote;

impl Emitter<'_> {
    /// The type a body is held in for one media type.
    pub(super) fn media_field_type(&self, format: BodyFormat, ty: &TypeRef) -> TokenStream {
        match format {
            BodyFormat::Binary => quote!(bytes::Bytes),
            BodyFormat::Text => quote!(String),
            _ => type_tokens(self.api, ty),
        }
    }

    /// The body of `into_request`: the path, the parameters, the body and
    /// the credentials.
    pub(super) fn request_body(&self, op: &Operation) -> TokenStream {
        let path = self.path_building(op);
        let http_method = ident(&Ident::new(op.method.as_str()));
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
                let schemes = set.iter().map(|i| ident(&self.scheme_const(*i)));
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
    pub(super) fn body_choice(&self, op: &Operation, body: &Body) -> Option<TokenStream> {
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
    pub(crate) fn scheme_const(&self, index: usize) -> Ident {
        Ident::new(&(self.api.security_schemes[index].rust_name.unraw().to_ascii_uppercase() + "_SCHEME"))
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

/// An expression implementing `ParamValue` for a parameter's value: the
/// value itself when it is a scalar, its JSON text otherwise.
fn scalar_value(p: &Param, value: TokenStream) -> TokenStream {
    if p.encoding == ParamEncoding::Scalar {
        value
    } else {
        quote!(&crate::runtime::json_param(#value))
    }
}

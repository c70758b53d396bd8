//! `components/securitySchemes` -> credential setters.

use crate::diagnostics::Diagnostic;
use crate::ir::{SecurityKind, SecurityScheme};
use crate::naming::{self, Scope};
use crate::parse::Document;
use openapiv3::{APIKeyLocation, ReferenceOr, SecurityScheme as Spec};

/// Lowers every declared security scheme, in document order.
pub(super) fn lower_schemes(document: &Document, diagnostics: &mut Vec<Diagnostic>) -> Vec<SecurityScheme> {
    let Some(components) = &document.api.components else { return Vec::new() };
    // One builder method per scheme, beside the runtime's own.
    let mut scope = Scope::with_reserved(crate::runtime::CLIENT_BUILDER_METHODS);
    let mut schemes = Vec::new();
    for (key, scheme) in &components.security_schemes {
        let pointer = super::pointer("#/components/securitySchemes", key);
        let scheme = match scheme {
            ReferenceOr::Item(scheme) => scheme,
            ReferenceOr::Reference { reference } => {
                diagnostics.push(Diagnostic::warning(
                    pointer,
                    format!("security scheme given as a reference (`{reference}`) is not supported; it is skipped"),
                ));
                continue;
            }
        };
        let (kind, description) = match scheme {
            Spec::APIKey { location, name, description, .. } => {
                let kind = match location {
                    APIKeyLocation::Header => SecurityKind::ApiKeyHeader(name.to_ascii_lowercase()),
                    APIKeyLocation::Query => SecurityKind::ApiKeyQuery(name.clone()),
                    APIKeyLocation::Cookie => SecurityKind::ApiKeyCookie(name.clone()),
                };
                if matches!(&kind, SecurityKind::ApiKeyHeader(n) if reqwest_header_name_invalid(n)) {
                    diagnostics.push(Diagnostic::warning(
                        pointer,
                        format!("`{name}` is not a valid header name; the scheme is skipped"),
                    ));
                    continue;
                }
                (kind, description.clone())
            }
            Spec::HTTP { scheme, description, .. } => match scheme.to_ascii_lowercase().as_str() {
                "basic" => (SecurityKind::Basic, description.clone()),
                "bearer" => (SecurityKind::Bearer, description.clone()),
                other => {
                    diagnostics.push(Diagnostic::warning(
                        pointer,
                        format!("HTTP authentication scheme `{other}` is not supported; the scheme is skipped"),
                    ));
                    continue;
                }
            },
            Spec::OAuth2 { description, .. } | Spec::OpenIDConnect { description, .. } => {
                (SecurityKind::Bearer, description.clone())
            }
        };
        let rust_name = scope.claim(&naming::snake_name(key));
        schemes.push(SecurityScheme { key: key.clone(), rust_name, kind, description });
    }
    schemes
}

/// Header names must be lowercase visible ASCII token characters.
fn reqwest_header_name_invalid(name: &str) -> bool {
    name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

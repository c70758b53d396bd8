//! Token streams -> formatted source text with the generated-file header.

use proc_macro2::TokenStream;

/// The first line of every generated Rust file.
pub const HEADER: &str = "// @generated from the API's OpenAPI document; do not edit by hand.\n";

/// Formats `tokens` with prettyplease. Tokens that do not parse (a generator
/// bug) are returned unformatted so the compiler can point at the problem.
pub fn render(tokens: TokenStream) -> String {
    match syn::parse2::<syn::File>(tokens.clone()) {
        Ok(file) => format!("{HEADER}{}", prettyplease::unparse(&file)),
        Err(error) => format!("{HEADER}compile_error!({:?});\n{tokens}\n", error.to_string()),
    }
}

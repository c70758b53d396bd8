//! Token streams -> formatted source text with the generated-file header.

use proc_macro2::TokenStream;

/// The first line of every generated Rust file.
pub const HEADER: &str = "// @generated from the API's OpenAPI document; do not edit by hand.\n";

/// Formats `tokens` with prettyplease. Tokens that do not parse (a generator
/// bug) are returned unformatted so the compiler can point at the problem.
pub fn render(tokens: TokenStream) -> String {
    match syn::parse2::<syn::File>(tokens.clone()) {
        Ok(file) => format!("{HEADER}{}", space_items(&prettyplease::unparse(&file))),
        Err(error) => format!("{HEADER}compile_error!({:?});\n{tokens}\n", error.to_string()),
    }
}

/// Puts a blank line between items, as people write them: after the module
/// docs, after the `use` block, and after each item or method that ends at the
/// top level or one level in.
fn space_items(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for (index, line) in lines.iter().enumerate() {
        out.push_str(line);
        out.push('\n');
        let Some(next) = lines.get(index + 1) else { continue };
        if next.trim().is_empty() {
            continue;
        }
        let ends_block = (*line == "}" || *line == "    }") && !next.trim_start().starts_with(['}', ')', ']']) && indent(next) == indent(line);
        let ends_docs = line.starts_with("//!") && !next.starts_with("//!");
        let ends_uses = line.starts_with("use ") && line.ends_with(';') && !next.starts_with("use ");
        let ends_statement = indent(line) == 0
            && line.ends_with(';')
            && !line.starts_with("use ")
            && !line.starts_with("//")
            && indent(next) == 0
            && !next.starts_with("use ");
        if ends_block || ends_docs || ends_uses || ends_statement {
            out.push('\n');
        }
    }
    out
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

#[cfg(test)]
mod tests {
    use super::space_items;

    #[test]
    fn items_are_separated() {
        let text = "//! Docs.\nuse a;\nuse b;\nstruct A;\nimpl A {\n    fn a() {}\n    fn b() {\n    }\n    fn c() {}\n}\nfn d() {}\n";
        let expected = "//! Docs.\n\nuse a;\nuse b;\n\nstruct A;\n\nimpl A {\n    fn a() {}\n    fn b() {\n    }\n\n    fn c() {}\n}\n\nfn d() {}\n";
        assert_eq!(space_items(text), expected);
    }

    #[test]
    fn doc_comments_ending_in_semicolons_stay_attached() {
        let text = "/// Ends with a statement;\nstruct A;\n";
        assert_eq!(space_items(text), text);
    }
}

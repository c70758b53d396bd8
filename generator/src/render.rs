//! Token streams -> formatted source text with the generated-file header.
//!
//! Formatting is most of a large document's generation time, and items
//! format independently (prettyplease prints a file's items one after the
//! other), so the items of every module are emitted and formatted in batches
//! on all cores and joined in order: the text is the same whatever the number
//! of threads.

use crate::emit::Module;
use proc_macro2::TokenStream;
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The first line of every generated Rust file.
pub const HEADER: &str = "// @generated from the API's OpenAPI document; do not edit by hand.\n";

/// Items emitted and formatted together: enough to amortise a batch's set-up,
/// few enough that the threads finish together.
const ITEMS_PER_BATCH: usize = 24;

/// Renders each module to its file text, in the order given.
pub(crate) fn render_modules(modules: &[&Module<'_>]) -> Vec<String> {
    let batches: Vec<(usize, Range<usize>)> = modules
        .iter()
        .enumerate()
        .flat_map(|(module, m)| {
            (0..m.item_count).step_by(ITEMS_PER_BATCH).map(move |start| (module, start..(start + ITEMS_PER_BATCH).min(m.item_count)))
        })
        .collect();
    // The heads hold token streams, which are not `Sync`: the threads see only the item makers.
    let makers: Vec<&(dyn Fn(usize) -> TokenStream + Sync)> = modules.iter().map(|m| &*m.item).collect();
    let format_batch = |(module, range): &(usize, Range<usize>)| format_items(range.clone().map(|index| makers[*module](index)).collect());
    let threads = std::thread::available_parallelism().map_or(1, usize::from).min(batches.len());
    let mut texts: Vec<String> = if threads <= 1 {
        batches.iter().map(format_batch).collect()
    } else {
        let next = AtomicUsize::new(0);
        let mut done: Vec<(usize, String)> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads)
                .map(|_| {
                    scope.spawn(|| {
                        let mut done = Vec::new();
                        loop {
                            let index = next.fetch_add(1, Ordering::Relaxed);
                            let Some(batch) = batches.get(index) else { break };
                            done.push((index, format_batch(batch)));
                        }
                        done
                    })
                })
                .collect();
            workers.into_iter().flat_map(|worker| worker.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))).collect()
        });
        done.sort_by_key(|(index, _)| *index);
        done.into_iter().map(|(_, text)| text).collect()
    };
    let mut texts_of_batches = texts.drain(..);
    modules
        .iter()
        .enumerate()
        .map(|(module, m)| {
            let mut text = format_items(m.head.clone());
            let count = batches.iter().filter(|(of, _)| *of == module).count();
            text.extend(texts_of_batches.by_ref().take(count));
            format!("{HEADER}{}", space_items(&text))
        })
        .collect()
}

/// Formats `tokens` with prettyplease. Tokens that do not parse (a generator
/// bug) are returned unformatted so the compiler can point at the problem.
fn format_items(tokens: TokenStream) -> String {
    match syn::parse2::<syn::File>(tokens.clone()) {
        Ok(file) => prettyplease::unparse(&file),
        Err(error) => format!("compile_error!({:?});\n{tokens}\n", error.to_string()),
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

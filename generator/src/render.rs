//! Token streams -> formatted source text with the generated-file header.
//!
//! Formatting is most of a large document's generation time, and items
//! format independently (prettyplease prints a file's items one after the
//! other), so the items of every module are emitted, formatted and spaced in
//! batches on all cores and joined in order: the text is the same whatever
//! the number of threads.

use crate::emit::Module;
use proc_macro2::TokenStream;
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The first line of every generated Rust file.
pub const HEADER: &str = "// @generated from the API's OpenAPI document; do not edit by hand.\n";

/// Items emitted and formatted together: enough to amortise a batch's set-up,
/// few enough that the threads finish together.
const ITEMS_PER_BATCH: usize = 24;

/// The time the threads of [`render_modules`] spent making items and
/// formatting them, added up over the threads.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Work {
    emitting: Duration,
    formatting: Duration,
}

impl Work {
    fn add(&mut self, other: Work) {
        self.emitting += other.emitting;
        self.formatting += other.formatting;
    }

    /// Shares `wall` (the elapsed time of the whole run) between emitting
    /// and formatting in proportion to the work each was.
    pub(crate) fn share(self, wall: Duration) -> (Duration, Duration) {
        let total = (self.emitting + self.formatting).as_secs_f64();
        if total == 0.0 {
            return (Duration::ZERO, wall);
        }
        let emitting = wall.mul_f64(self.emitting.as_secs_f64() / total);
        (emitting, wall.saturating_sub(emitting))
    }
}

/// Renders each module to its file text, in the order given, with the work
/// it took; or, when emitted tokens do not parse (a generator bug), the
/// index of the first module that failed and the parser's message.
pub(crate) fn render_modules(modules: &[&Module<'_>]) -> (Result<Vec<String>, (usize, String)>, Work) {
    let batches: Vec<(usize, Range<usize>)> = modules
        .iter()
        .enumerate()
        .flat_map(|(module, m)| {
            (0..m.item_count)
                .step_by(ITEMS_PER_BATCH)
                .map(move |start| (module, start..(start + ITEMS_PER_BATCH).min(m.item_count)))
        })
        .collect();
    // The heads hold token streams, which are not `Sync`: the threads see only the item makers.
    let makers: Vec<&(dyn Fn(usize) -> TokenStream + Sync)> = modules.iter().map(|m| &*m.item).collect();
    let gates: Vec<&(dyn Fn(usize) -> Option<TokenStream> + Sync)> = modules.iter().map(|m| &*m.gate).collect();
    let format_batch = |(module, range): &(usize, Range<usize>), work: &mut Work| {
        let started = Instant::now();
        let items: Vec<(TokenStream, Option<TokenStream>)> =
            range.clone().map(|index| (makers[*module](index), gates[*module](index))).collect();
        let made = Instant::now();
        let text = format_gated(items).map(|text| space_items(&text));
        work.add(Work { emitting: made - started, formatting: made.elapsed() });
        text
    };
    let mut work = Work::default();
    let threads = std::thread::available_parallelism().map_or(1, usize::from).min(batches.len());
    let mut texts: Vec<Result<String, String>> = if threads <= 1 {
        batches.iter().map(|batch| format_batch(batch, &mut work)).collect()
    } else {
        let next = AtomicUsize::new(0);
        let mut done: Vec<(usize, Result<String, String>)> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads)
                .map(|_| {
                    scope.spawn(|| {
                        let mut done = Vec::new();
                        let mut work = Work::default();
                        loop {
                            let index = next.fetch_add(1, Ordering::Relaxed);
                            let Some(batch) = batches.get(index) else { break };
                            done.push((index, format_batch(batch, &mut work)));
                        }
                        (done, work)
                    })
                })
                .collect();
            let mut done = Vec::new();
            for worker in workers {
                let (texts, worked) = worker.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                done.extend(texts);
                work.add(worked);
            }
            done
        });
        done.sort_by_key(|(index, _)| *index);
        done.into_iter().map(|(_, text)| text).collect()
    };
    let started = Instant::now();
    let mut texts_of_batches = texts.drain(..);
    let files = modules
        .iter()
        .enumerate()
        .map(|(module, m)| {
            let head = space_items(&format_items(m.head.clone()).map_err(|error| (module, error))?);
            let count = batches.iter().filter(|(of, _)| *of == module).count();
            let parts: Vec<String> = std::iter::once(Ok(head))
                .chain(texts_of_batches.by_ref().take(count))
                .collect::<Result<_, _>>()
                .map_err(|error| (module, error))?;
            Ok(join_spaced(&parts))
        })
        .collect();
    work.formatting += started.elapsed();
    (files, work)
}

/// Formats items, each with the `#[cfg]` attribute of its gate on every
/// top-level item that has no `cfg` of its own.
///
/// Each item is parsed on its own: syn copies a token stream into one buffer
/// before parsing it, and a buffer for one item is reused memory where one
/// for a whole batch is fresh pages of a growing vector.
fn format_gated(items: Vec<(TokenStream, Option<TokenStream>)>) -> Result<String, String> {
    let mut file = syn::File { shebang: None, attrs: Vec::new(), items: Vec::new() };
    for (tokens, gate) in items {
        let mut parsed = syn::parse2::<syn::File>(tokens).map_err(|error| error.to_string())?;
        if let Some(gate) = gate {
            let gate =
                syn::parse::Parser::parse2(syn::Attribute::parse_outer, gate).map_err(|error| error.to_string())?;
            for item in &mut parsed.items {
                add_gate(item, &gate);
            }
        }
        file.attrs.append(&mut parsed.attrs);
        file.items.append(&mut parsed.items);
    }
    Ok(prettyplease::unparse(&file))
}

/// Puts `gate` after the doc comments of `item`, unless it has a `cfg`.
fn add_gate(item: &mut syn::Item, gate: &[syn::Attribute]) {
    let attrs = match item {
        syn::Item::Const(item) => &mut item.attrs,
        syn::Item::Enum(item) => &mut item.attrs,
        syn::Item::Fn(item) => &mut item.attrs,
        syn::Item::Impl(item) => &mut item.attrs,
        syn::Item::Macro(item) => &mut item.attrs,
        syn::Item::Mod(item) => &mut item.attrs,
        syn::Item::Static(item) => &mut item.attrs,
        syn::Item::Struct(item) => &mut item.attrs,
        syn::Item::Trait(item) => &mut item.attrs,
        syn::Item::Type(item) => &mut item.attrs,
        syn::Item::Union(item) => &mut item.attrs,
        syn::Item::Use(item) => &mut item.attrs,
        // Never emitted into a gated module.
        _ => return,
    };
    if attrs.iter().any(|attr| attr.path().is_ident("cfg")) {
        return;
    }
    let after_docs = attrs.iter().take_while(|attr| attr.path().is_ident("doc")).count();
    attrs.splice(after_docs..after_docs, gate.iter().cloned());
}

/// Formats `tokens` with prettyplease, or says why they do not parse as
/// Rust items (a generator bug: nothing unparsable is ever written out).
fn format_items(tokens: TokenStream) -> Result<String, String> {
    match syn::parse2::<syn::File>(tokens) {
        Ok(file) => Ok(prettyplease::unparse(&file)),
        Err(error) => Err(error.to_string()),
    }
}

/// The file: the header, then the spaced parts (the head, then each batch)
/// in order, with the blank line [`space_items`] would have put where one
/// part ends and the next begins.
fn join_spaced(parts: &[String]) -> String {
    let mut file = String::with_capacity(HEADER.len() + parts.iter().map(|part| part.len() + 1).sum::<usize>());
    file.push_str(HEADER);
    let mut last_line: Option<&str> = None;
    for part in parts.iter().filter(|part| !part.is_empty()) {
        if let (Some(line), Some(next)) = (last_line, part.lines().next()) {
            if blank_between(line, next) {
                file.push('\n');
            }
        }
        file.push_str(part);
        last_line = part.lines().next_back();
    }
    file
}

/// Puts a blank line between items, as people write them (see
/// [`blank_between`]).
fn space_items(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        out.push_str(line);
        out.push('\n');
        if lines.peek().is_some_and(|next| blank_between(line, next)) {
            out.push('\n');
        }
    }
    out
}

/// Whether a blank line goes between `line` and `next`: after the module
/// docs, after the `use` block, and after each item or method that ends at
/// the top level or one level in.
fn blank_between(line: &str, next: &str) -> bool {
    if next.trim().is_empty() {
        return false;
    }
    let ends_block = (line == "}" || line == "    }")
        && !next.trim_start().starts_with(['}', ')', ']'])
        && indent(next) == indent(line);
    let ends_docs = line.starts_with("//!") && !next.starts_with("//!");
    let ends_uses = line.starts_with("use ") && line.ends_with(';') && !next.starts_with("use ");
    let ends_statement = indent(line) == 0
        && line.ends_with(';')
        && !line.starts_with("use ")
        && !line.starts_with("//")
        && indent(next) == 0
        && !next.starts_with("use ");
    ends_block || ends_docs || ends_uses || ends_statement
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

#[cfg(test)]
mod tests {
    use super::{render_modules, space_items};
    use crate::emit::Module;
    use quote::quote;

    #[test]
    fn tokens_that_do_not_parse_are_an_error_not_text() {
        let fine = Module {
            head: quote!(
                pub struct A;
            ),
            item_count: 0,
            item: Box::new(|_| quote!()),
            gate: Box::new(|_| None),
        };
        let broken = Module {
            head: quote!(),
            item_count: 30,
            item: Box::new(|i| {
                if i == 27 {
                    quote!(fn ;)
                } else {
                    quote!(
                        struct B;
                    )
                }
            }),
            gate: Box::new(|_| None),
        };
        let (rendered, _) = render_modules(&[&fine, &broken]);
        let (module, message) = rendered.expect_err("unparsable tokens are refused");
        assert_eq!(module, 1);
        assert!(!message.is_empty());
        let (rendered, _) = render_modules(&[&fine]);
        assert_eq!(rendered.expect("parsable tokens render"), [format!("{}pub struct A;\n", super::HEADER)]);
    }

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

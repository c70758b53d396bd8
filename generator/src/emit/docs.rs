//! Spec prose -> rustdoc attributes that build cleanly under `-D warnings`.
//!
//! Descriptions are Markdown written for other renderers: square brackets
//! become broken intra-doc links, bare URLs and stray `<tags>` warn, and
//! un-annotated code fences would run as doctests. All of that is defused.

use proc_macro2::TokenStream;
use quote::quote;

/// `#[doc = "..."]` attributes for the given paragraphs (empty ones skipped).
pub(crate) fn doc_attrs<'a>(paragraphs: impl IntoIterator<Item = Option<&'a str>>) -> TokenStream {
    let attrs = doc_lines(paragraphs).into_iter().map(|line| quote!(#[doc = #line]));
    quote!(#(#attrs)*)
}

/// `#[doc = "..."]` attributes for sentences the generator wrote (with
/// intra-doc links), which are not sanitised as the document's prose is.
pub(crate) fn generated_doc_attrs<'a>(lines: impl IntoIterator<Item = &'a str>) -> TokenStream {
    let attrs = lines
        .into_iter()
        .map(|line| if line.is_empty() { String::new() } else { format!(" {line}") })
        .map(|line| quote!(#[doc = #line]));
    quote!(#(#attrs)*)
}

/// `#![doc = "..."]` attributes, for module and crate docs.
pub(crate) fn inner_doc_attrs<'a>(paragraphs: impl IntoIterator<Item = Option<&'a str>>) -> TokenStream {
    let attrs = doc_lines(paragraphs).into_iter().map(|line| quote!(#![doc = #line]));
    quote!(#(#attrs)*)
}

/// Sanitised lines, each with the leading space rustdoc expects.
fn doc_lines<'a>(paragraphs: impl IntoIterator<Item = Option<&'a str>>) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for paragraph in paragraphs.into_iter().flatten() {
        let text = sanitize(paragraph.trim());
        if text.is_empty() {
            continue;
        }
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.extend(text.lines().map(|l| l.trim_end().to_owned()));
    }
    lines.into_iter().map(|line| if line.is_empty() { line } else { format!(" {line}") }).collect()
}

/// Makes Markdown safe for rustdoc.
pub(crate) fn sanitize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_fence = false;
    // Column where the text of the current list item starts: lines that
    // continue the item are indented to it (rustdoc warns otherwise).
    let mut list_column: Option<usize> = None;
    for line in text.lines() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            if in_fence {
                out.push_str("```");
            } else {
                // Only `text` fences: other languages could be run as doctests.
                out.push_str("```text");
            }
            in_fence = !in_fence;
            list_column = None;
        } else if in_fence {
            out.push_str(line);
        } else if trimmed.is_empty() {
            list_column = None;
        } else if let Some(width) = list_marker_width(trimmed) {
            list_column = Some(indent.min(3) + width);
            out.push_str(&" ".repeat(indent.min(3)));
            out.push_str(&escape_prose(trimmed));
        } else if let Some(column) = list_column {
            out.push_str(&" ".repeat(column));
            out.push_str(&escape_prose(trimmed));
        } else {
            // Indented code blocks would be doctests too: keep them as prose.
            out.push_str(&escape_prose(trimmed));
        }
        out.push('\n');
    }
    if in_fence {
        out.push_str("```\n");
    }
    while out.ends_with('\n') {
        out.pop();
    }
    out
}

/// Width of a list marker with the spaces after it (`- `, `*   `, `12. `),
/// which is where the item's text starts, if the line starts a list item.
fn list_marker_width(line: &str) -> Option<usize> {
    let marker = if line.starts_with("- ") || line.starts_with("* ") || line.starts_with("+ ") {
        1
    } else {
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits >= 10 || !line[digits..].starts_with(". ") {
            return None;
        }
        digits + 1
    };
    let spaces = line[marker..].bytes().take_while(|b| *b == b' ').count();
    Some(marker + spaces.min(4))
}

/// Escapes one line of prose, leaving inline code spans untouched.
fn escape_prose(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut in_code = false;
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '`' {
            in_code = !in_code;
            out.push(c);
            i += 1;
            continue;
        }
        if in_code {
            out.push(c);
            i += 1;
            continue;
        }
        match c {
            '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' => out.push_str("\\\\"),
            '#' if out.trim().is_empty() => out.push_str("\\#"),
            'h' if starts_url(&chars[i..]) => {
                let end = (i..chars.len())
                    .find(|&j| chars[j].is_whitespace() || matches!(chars[j], ')' | '"' | '\'' | '>' | '<' | ']' | '['))
                    .unwrap_or(chars.len());
                let mut url: String = chars[i..end].iter().collect();
                let trailing: String = {
                    let keep = url.trim_end_matches(['.', ',', ';', ':', '!', '?']).len();
                    url.split_off(keep)
                };
                out.push('<');
                out.push_str(&url);
                out.push('>');
                out.push_str(&trailing);
                i = end;
                continue;
            }
            _ => out.push(c),
        }
        i += 1;
    }
    // An unclosed code span would swallow the rest of the docs.
    if in_code {
        out.push('`');
    }
    out
}

fn starts_url(chars: &[char]) -> bool {
    let text: String = chars.iter().take(8).collect();
    text.starts_with("http://") || text.starts_with("https://")
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn brackets_and_tags_are_escaped() {
        assert_eq!(sanitize("see [docs] and <b>"), "see \\[docs\\] and &lt;b&gt;");
    }

    #[test]
    fn bare_urls_become_autolinks() {
        assert_eq!(sanitize("go to https://x.dev/a."), "go to <https://x.dev/a>.");
    }

    #[test]
    fn code_fences_become_text() {
        assert_eq!(sanitize("```\nlet x = 1;\n```"), "```text\nlet x = 1;\n```");
        assert_eq!(sanitize("```json\n{}"), "```text\n{}\n```");
    }

    #[test]
    fn list_continuations_are_indented() {
        assert_eq!(
            sanitize("Cases:\n  - first line\ncontinued\n\nafter"),
            "Cases:\n  - first line\n    continued\n\nafter"
        );
        assert_eq!(sanitize("1. one\ntwo"), "1. one\n   two");
        assert_eq!(sanitize("*   wide marker\nnext"), "*   wide marker\n    next");
    }

    #[test]
    fn inline_code_is_kept() {
        assert_eq!(sanitize("`a[0] <b>`"), "`a[0] <b>`");
    }
}

//! Problems found in a document, each located by a JSON pointer and, once
//! [`crate::generate`] returns, by line and column in the source text.
//!
//! [`render`] prints one the way rustc prints its diagnostics.

use annotate_snippets::{Level, Renderer, Snippet};
use std::fmt;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Generation went on; the construct got a fallback.
    Warning,
    /// Generation stopped; nothing should be written.
    Error,
}

/// One problem in the input document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// JSON pointer into the document, e.g. `#/paths/~1calls/get`.
    pub pointer: String,
    pub message: String,
    /// 1-based line and column in the source text, where known.
    pub location: Option<(usize, usize)>,
}

impl Diagnostic {
    pub fn error(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Error, pointer: pointer.into(), message: message.into(), location: None }
    }

    pub fn warning(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, pointer: pointer.into(), message: message.into(), location: None }
    }

    /// An error of the generator itself, not of the document (emitted code
    /// that does not parse): nothing is written, and the message asks for a
    /// report. Located at the document's root.
    pub fn internal(message: impl Into<String>) -> Self {
        Diagnostic::error("#", format!("{INTERNAL_ERROR}{}", message.into()))
    }

    /// Whether this is an error of the generator itself (see [`Diagnostic::internal`]).
    pub fn is_internal(&self) -> bool {
        self.message.starts_with(INTERNAL_ERROR)
    }
}

/// How the message of an error of the generator itself begins.
const INTERNAL_ERROR: &str = "internal error of the generator (please report it with the document): ";

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{level}: {} at {}", self.message, self.pointer)?;
        if let Some((line, column)) = self.location {
            write!(f, " (line {line}, column {column})")?;
        }
        Ok(())
    }
}

/// Renders a diagnostic rustc-style, without colour, ending with a newline:
///
/// ```text
/// error: reference `#/components/schemas/Nowhere` does not point to anything in this document
///   --> api.yaml:12:15
///    |
/// 12 |               $ref: '#/components/schemas/Nowhere'
///    |               ^^^^
///    |
///    = note: at #/components/schemas/Holder/properties/other
/// ```
///
/// `source_name` is how the document is named (a path), `source_text` its
/// text; the line shown is cut around the column when it is long.
pub fn render(diagnostic: &Diagnostic, source_name: &str, source_text: &str) -> String {
    let level = match diagnostic.severity {
        Severity::Warning => Level::Warning,
        Severity::Error => Level::Error,
    };
    let pointer = format!("at {}", diagnostic.pointer);
    let excerpt = diagnostic.location.and_then(|(line, column)| Excerpt::new(source_text, line, column));
    let origin = match diagnostic.location {
        Some((line, column)) => format!("{source_name}:{line}:{column}"),
        None => source_name.to_owned(),
    };
    let mut message = level.title(&diagnostic.message);
    if let Some(excerpt) = &excerpt {
        message = message.snippet(
            Snippet::source(&excerpt.text)
                .line_start(excerpt.line)
                .origin(source_name)
                .annotation(level.span(excerpt.span.clone())),
        );
    }
    let message = message.footer(Level::Note.title(&pointer));
    // The excerpt is already cut to fit; a width no line reaches keeps the
    // renderer from trimming it again (where annotate-snippets 0.11 can
    // underflow on lines with long leading whitespace).
    let rendered = Renderer::plain().term_width(1 << 20).render(message).to_string();
    let mut text = String::with_capacity(rendered.len() + origin.len() + 8);
    match excerpt {
        Some(_) => {
            // The renderer counts the column in the excerpt, which may be cut: give the real one.
            let mut arrow_done = false;
            for (index, line) in rendered.split('\n').enumerate() {
                if index > 0 {
                    text.push('\n');
                }
                match line.split_once("--> ") {
                    Some((indent, _)) if !arrow_done && indent.trim().is_empty() => {
                        arrow_done = true;
                        text.push_str(indent);
                        text.push_str("--> ");
                        text.push_str(&origin);
                    }
                    _ => text.push_str(line),
                }
            }
        }
        None => {
            // No line to show: the origin alone, with the line and column if known.
            let (title, rest) = rendered.split_once('\n').unwrap_or((&rendered, ""));
            text.push_str(title);
            text.push_str("\n --> ");
            text.push_str(&origin);
            text.push('\n');
            text.push_str(rest);
        }
    }
    text.push('\n');
    text
}

/// How many characters of a long line are shown on each side of the column.
const EXCERPT_CONTEXT: usize = 60;

/// The source line a diagnostic points at, cut to a window around its column,
/// with the byte span to underline.
struct Excerpt {
    line: usize,
    text: String,
    span: std::ops::Range<usize>,
}

impl Excerpt {
    fn new(source: &str, line: usize, column: usize) -> Option<Excerpt> {
        let full = source.split('\n').nth(line.checked_sub(1)?)?;
        let full = full.strip_suffix('\r').unwrap_or(full);
        // Control characters (binary garbage) and line separators would garble a terminal.
        let shown = |c: char| match c {
            '\t' | ' ' => c,
            c if c.is_control() => '\u{fffd}',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        let chars: Vec<char> = full.chars().map(shown).collect();
        if chars.iter().all(|c| c.is_whitespace()) {
            // Nothing to show (an empty document, a blank line).
            return None;
        }
        let column = column.saturating_sub(1).min(chars.len());
        let mut from = column.saturating_sub(EXCERPT_CONTEXT);
        let mut to = (column + EXCERPT_CONTEXT).min(chars.len());
        // Long runs of leading whitespace are cut here: the renderer would
        // trim them itself and lose the caret when it points into them.
        let lead = chars[from..to].iter().take_while(|c| c.is_whitespace()).count();
        if lead > 16 {
            if column >= from + lead {
                from += lead - 4;
            } else {
                from = column.saturating_sub(4).max(from);
                to = to.min(column + 8);
            }
        }
        let mut text = String::new();
        if from > 0 {
            text.push_str("...");
        }
        let start = text.len() + chars[from..column].iter().map(|c| c.len_utf8()).sum::<usize>();
        text.extend(&chars[from..to]);
        let token = token_len(&chars[column..to]).max(1).min(to - column);
        let end = start + chars[column..column + token].iter().map(|c| c.len_utf8()).sum::<usize>();
        if to < chars.len() {
            text.push_str("...");
        }
        Some(Excerpt { line, text, span: start..end })
    }
}

/// The length in characters of the token at the start of `rest`: a quoted
/// string, or everything up to a space or a YAML/JSON delimiter (at least one).
fn token_len(rest: &[char]) -> usize {
    match rest.first() {
        None => 0,
        Some(&quote @ ('"' | '\'')) => rest.iter().skip(1).position(|&c| c == quote).map_or(rest.len(), |end| end + 2),
        Some(_) => rest
            .iter()
            .position(|&c| c.is_whitespace() || matches!(c, ':' | ',' | '{' | '}' | '[' | ']'))
            .unwrap_or(rest.len())
            .max(1),
    }
}

/// Escapes one reference token for use in a JSON pointer (RFC 6901).
pub fn escape_pointer_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn located(severity: Severity, location: Option<(usize, usize)>) -> Diagnostic {
        Diagnostic {
            severity,
            pointer: "#/paths/~1a/get/operationId".to_owned(),
            message: "something is off".to_owned(),
            location,
        }
    }

    #[test]
    fn renders_like_rustc() {
        let text = "paths:\n  /a:\n    get:\n      operationId: 'x y'\n";
        let rendered = render(&located(Severity::Warning, Some((4, 20))), "api.yaml", text);
        let expected = "\
warning: something is off
 --> api.yaml:4:20
  |
4 |       operationId: 'x y'
  |                    -----
  |
  = note: at #/paths/~1a/get/operationId
";
        assert_eq!(rendered, expected);
    }

    #[test]
    fn long_lines_are_cut_around_the_column_and_the_real_column_is_shown() {
        let text = format!("{}needle{}", "x ".repeat(500), " y".repeat(500));
        let rendered = render(&located(Severity::Error, Some((1, 1001))), "big.json", &text);
        assert!(rendered.contains(" --> big.json:1:1001\n"), "{rendered}");
        assert!(rendered.lines().all(|line| line.chars().count() < 160), "{rendered}");
        assert!(
            rendered.contains("1 | ...x x") && rendered.contains("x x needle y y") && rendered.contains("y y...\n"),
            "{rendered}"
        );
    }

    #[test]
    fn without_a_line_to_show_the_origin_is_still_given() {
        assert_eq!(
            render(&located(Severity::Error, None), "api.yaml", ""),
            "error: something is off\n --> api.yaml\n = note: at #/paths/~1a/get/operationId\n"
        );
        let control = render(&located(Severity::Error, Some((1, 2))), "x.bin", "a\u{1}b");
        assert!(control.contains("a\u{fffd}b"), "{control}");
    }

    /// Found by the fuzzer: a line of U+2028 (a line separator) made the
    /// renderer's own trimming underflow.
    #[test]
    fn long_leading_whitespace_does_not_upset_the_renderer() {
        let lines = [
            format!("  {}x", "\u{2028}".repeat(200)),
            format!("{}x", " ".repeat(200)),
            format!("{}x", "\t".repeat(100)),
            format!("{}🙂 x", "日本".repeat(60)),
        ];
        for line in lines {
            for column in [1, 10, 50, 100, 150, 201] {
                let rendered = render(&located(Severity::Warning, Some((1, column))), "a.yaml", &line);
                assert!(
                    rendered.starts_with("warning: something is off\n") && !rendered.contains('\u{2028}'),
                    "{rendered}"
                );
            }
        }
    }
}

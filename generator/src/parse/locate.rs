//! Source locations: where the node a JSON pointer names is in the original text.
//!
//! Locations are found only for the diagnostics actually emitted, with one
//! scan of the text by an event parser that reads YAML and JSON alike, so a
//! successful generation without diagnostics pays nothing. A pointer ending at
//! a mapping entry is located at its key (`requestBody:`), one ending at a
//! list item at the item. A pointer that does not exist literally (a position
//! made by normalisation, such as a `type` array rewritten to `anyOf`, or one
//! inside an alias) falls back to its nearest existing ancestor, and one
//! whose nodes the scanner never reaches (it stops at what YAML 1.2 forbids
//! and the reader allows, such as a byte order mark inside a key) to the
//! first character of the document.

use crate::diagnostics::{escape_pointer_token, Diagnostic};
use saphyr_parser::{Event, Parser, Span};
use std::borrow::Cow;
use std::collections::HashMap;

/// Fills in the location of every diagnostic that has none, from `text`.
pub fn fill_locations(text: &str, diagnostics: &mut [Diagnostic]) {
    let wanted: Vec<&str> = diagnostics.iter().filter(|d| d.location.is_none()).map(|d| d.pointer.as_str()).collect();
    if wanted.is_empty() {
        return;
    }
    let found = locate(text, &wanted);
    let mut found = found.into_iter();
    for diagnostic in diagnostics.iter_mut().filter(|d| d.location.is_none()) {
        diagnostic.location = found.next().flatten();
    }
}

/// The 1-based line and column of each pointer's node (or of its nearest
/// existing ancestor, or of the document's first character); `None` only
/// when the text is blank.
pub fn locate(text: &str, pointers: &[&str]) -> Vec<Option<(usize, usize)>> {
    // Every pointer and all its ancestors, decoded.
    let mut table: HashMap<String, Option<(usize, usize)>> = HashMap::new();
    let decoded: Vec<Vec<String>> = pointers.iter().map(|p| ancestors(p)).collect();
    for chain in &decoded {
        for pointer in chain {
            table.entry(pointer.clone()).or_insert(None);
        }
    }
    scan(text, &mut table);
    let start = document_start(text);
    decoded.iter().map(|chain| chain.iter().find_map(|p| table.get(p).copied().flatten()).or(start)).collect()
}

/// The line and column of the first character of `text` that is not white
/// space (nor a byte order mark).
fn document_start(text: &str) -> Option<(usize, usize)> {
    text.lines().enumerate().find_map(|(index, line)| {
        let column = line.chars().position(|c| !c.is_whitespace() && c != '\u{feff}')?;
        Some((index + 1, column + 1))
    })
}

/// The position of the first alias (`*name`) in the text, if any.
pub fn first_alias(text: &str) -> Option<(usize, usize)> {
    Parser::new_from_str(text)
        .map_while(Result::ok)
        .find(|(event, _)| matches!(event, Event::Alias(_)))
        .map(|(_, span)| position(span))
}

/// Where a YAML text stops being one document: the start of its second
/// document, or the first thing the scanner cannot read.
pub fn second_document(text: &str) -> Option<(usize, usize)> {
    let mut documents = 0;
    for event in Parser::new_from_str(text) {
        match event {
            Ok((Event::DocumentStart(_), span)) => {
                documents += 1;
                if documents == 2 {
                    return Some(position(span));
                }
            }
            Ok(_) => {}
            Err(error) => return Some((error.marker().line(), error.marker().col() + 1)),
        }
    }
    None
}

/// `pointer` normalised (leading `#`, percent-decoded), then each ancestor up to `#`.
fn ancestors(pointer: &str) -> Vec<String> {
    let path = pointer.strip_prefix('#').unwrap_or(pointer);
    let mut pointer = format!("#{}", percent_decode(path));
    if pointer.len() > 1 && !pointer.starts_with("#/") {
        // A plain-name fragment (`#foo`) names no position.
        pointer = "#".to_owned();
    }
    let mut chain = vec![pointer.clone()];
    while let Some((parent, _)) = pointer.rsplit_once('/') {
        pointer = parent.to_owned();
        chain.push(pointer.clone());
    }
    chain
}

fn position(span: Span) -> (usize, usize) {
    (span.start.line(), span.start.col() + 1)
}

/// One open collection during the scan.
enum Frame {
    /// A mapping; `pointer_len` is the length of its own pointer.
    Mapping {
        pointer_len: usize,
        expecting_key: bool,
    },
    Sequence {
        pointer_len: usize,
        next_index: usize,
    },
    /// A collection used as a mapping key: skipped, with its nesting depth.
    ComplexKey {
        depth: usize,
    },
}

/// Records the position of every pointer in `table`, stopping once all of them are found.
fn scan(text: &str, table: &mut HashMap<String, Option<(usize, usize)>>) {
    let mut missing = table.len();
    walk(text, &mut |pointer, position, _| {
        if let Some(slot @ None) = table.get_mut(pointer) {
            *slot = Some(position);
            missing -= 1;
        }
        missing > 0
    });
}

/// The first key that repeats an earlier key of the same mapping: its
/// pointer and position.
pub fn first_duplicate_key(text: &str) -> Option<(String, (usize, usize))> {
    let mut keys = std::collections::HashSet::new();
    let mut found = None;
    walk(text, &mut |pointer, position, is_key| {
        if is_key && !keys.insert(pointer.to_owned()) {
            found = Some((pointer.to_owned(), position));
        }
        found.is_none()
    });
    found
}

/// What a walk calls for each node: its pointer, line and column, and
/// whether it is a mapping key; false ends the walk.
type Visit<'v> = dyn FnMut(&str, (usize, usize), bool) -> bool + 'v;

/// What a scanner calls for each node, with its line and column; false
/// ends the scan.
type OnNode<'n> = dyn FnMut(Node<'_>, (usize, usize)) -> bool + 'n;

/// One event of a scan, as the YAML scanner gives it (JSON's scanner gives
/// the same for JSON): a scalar (its value is read only as a mapping key),
/// an alias, the start or end of a collection, or the end of the document.
enum Node<'t> {
    Scalar(Cow<'t, str>),
    Alias,
    Start { mapping: bool },
    End,
    DocumentEnd,
}

/// Walks the nodes of the first document, calling `visit` with each node's
/// pointer, position and whether it is a mapping key (a key is visited under
/// the pointer of its entry, and its value under the same pointer again),
/// until `visit` returns false or the text ends or turns out to be broken.
///
/// A JSON text is scanned by [`json_nodes`], a YAML one by the YAML parser,
/// which reads JSON too but takes ten times as long on a large document.
fn walk(text: &str, visit: &mut Visit<'_>) {
    let mut walker = Walker { pointer: String::from("#"), stack: Vec::new(), visit };
    if super::is_json(text) {
        json_nodes(text, &mut |node, position| walker.node(node, position));
    } else {
        yaml_nodes(text, &mut |node, position| walker.node(node, position));
    }
}

/// The nodes of a YAML (or JSON) text, as [`json_nodes`] gives them.
fn yaml_nodes(text: &str, node: &mut OnNode<'_>) {
    for result in Parser::new_from_str(text) {
        let Ok((event, span)) = result else { return };
        let found = match event {
            Event::Scalar(value, ..) => Node::Scalar(value),
            Event::Alias(_) => Node::Alias,
            Event::SequenceStart(..) => Node::Start { mapping: false },
            Event::MappingStart(..) => Node::Start { mapping: true },
            Event::SequenceEnd | Event::MappingEnd => Node::End,
            Event::DocumentEnd => Node::DocumentEnd,
            _ => continue,
        };
        if !node(found, position(span)) {
            return;
        }
    }
}

/// The pointer of the node being walked, and the collections it is in.
struct Walker<'v> {
    pointer: String,
    stack: Vec<Frame>,
    visit: &'v mut Visit<'v>,
}

impl Walker<'_> {
    /// Takes one node; false when the walk is over.
    fn node(&mut self, node: Node<'_>, position: (usize, usize)) -> bool {
        let (stack, pointer) = (&mut self.stack, &mut self.pointer);
        let starts = match &node {
            Node::Scalar(_) | Node::Alias => Some(false),
            Node::Start { .. } => Some(true),
            Node::End => None,
            Node::DocumentEnd => return false,
        };
        if let Some(Frame::ComplexKey { depth }) = stack.last_mut() {
            match starts {
                Some(true) => *depth += 1,
                Some(false) => {}
                None => *depth -= 1,
            }
            if *depth == 0 {
                stack.pop();
                // The key is done; its value comes next, under a name no pointer has.
                pointer.push_str("/\u{0}");
            }
            return true;
        }
        let Some(is_collection) = starts else {
            // The end of a collection: the node it belongs to is complete.
            stack.pop();
            node_done(stack, pointer);
            return true;
        };
        let go_on = match stack.last_mut() {
            Some(Frame::Mapping { pointer_len, expecting_key }) if *expecting_key => {
                *expecting_key = false;
                pointer.truncate(*pointer_len);
                if is_collection {
                    stack.push(Frame::ComplexKey { depth: 1 });
                    return true;
                }
                let key = match &node {
                    Node::Scalar(value) => value.as_ref(),
                    _ => "\u{0}",
                };
                pointer.push('/');
                pointer.push_str(&escape_pointer_token(key));
                return (self.visit)(pointer, position, true);
            }
            // A mapping value (its pointer was set by its key) or the root; a
            // complex key's frame was handled above.
            Some(Frame::Mapping { .. } | Frame::ComplexKey { .. }) | None => (self.visit)(pointer, position, false),
            Some(Frame::Sequence { pointer_len, next_index }) => {
                pointer.truncate(*pointer_len);
                pointer.push('/');
                pointer.push_str(&next_index.to_string());
                *next_index += 1;
                (self.visit)(pointer, position, false)
            }
        };
        if is_collection {
            let pointer_len = pointer.len();
            let mapping = matches!(node, Node::Start { mapping: true });
            stack.push(if mapping {
                Frame::Mapping { pointer_len, expecting_key: true }
            } else {
                Frame::Sequence { pointer_len, next_index: 0 }
            });
        } else {
            node_done(stack, pointer);
        }
        go_on
    }
}

/// The nodes of a JSON text with their 1-based line and column (in
/// characters, a line ending at `\n`, `\r\n` or `\r`, as the YAML scanner
/// counts them), given to `node` until it returns false, the text ends, or
/// a character no JSON token starts with. Commas and colons only separate:
/// [`Walker`] knows a key from a value by its place.
fn json_nodes(text: &str, node: &mut OnNode<'_>) {
    let bytes = text.as_bytes();
    let (mut at, mut line, mut column) = (0, 1, 0);
    while let Some(&byte) = bytes.get(at) {
        let position = (line, column + 1);
        let (found, end) = match byte {
            b'\n' => {
                (line, column, at) = (line + 1, 0, at + 1);
                continue;
            }
            b'\r' => {
                let end = if bytes.get(at + 1) == Some(&b'\n') { at + 2 } else { at + 1 };
                (line, column, at) = (line + 1, 0, end);
                continue;
            }
            b' ' | b'\t' | b',' | b':' => {
                (column, at) = (column + 1, at + 1);
                continue;
            }
            b'{' | b'[' => (Node::Start { mapping: byte == b'{' }, at + 1),
            b'}' | b']' => (Node::End, at + 1),
            b'"' => {
                let Some(length) = string_length(&bytes[at + 1..]) else { return };
                let end = at + 1 + length + 1;
                (Node::Scalar(unescape(&text[at + 1..end - 1])), end)
            }
            b'-' | b'0'..=b'9' | b't' | b'f' | b'n' => {
                let length = bytes[at..].iter().take_while(|b| b.is_ascii_alphanumeric() || b"+-.".contains(b)).count();
                (Node::Scalar(Cow::Borrowed(&text[at..at + length])), at + length)
            }
            _ => return,
        };
        // A token holds no line break (a string with a raw one is not JSON,
        // and the scan ends at it).
        column += text[at..end].chars().count();
        at = end;
        if !node(found, position) {
            return;
        }
    }
    node(Node::DocumentEnd, (line, column + 1));
}

/// The length in bytes of a JSON string's contents (after its opening
/// quote, up to its closing one), or `None` when it does not end on its line.
fn string_length(rest: &[u8]) -> Option<usize> {
    let mut at = 0;
    loop {
        match rest.get(at)? {
            b'"' => return Some(at),
            b'\\' => at += 2,
            b'\n' | b'\r' => return None,
            _ => at += 1,
        }
    }
}

/// A JSON string's value from its contents.
fn unescape(contents: &str) -> Cow<'_, str> {
    if !contents.contains('\\') {
        return Cow::Borrowed(contents);
    }
    // The contents are a valid JSON string when the document parsed; if not,
    // what serde_json cannot read stays as written.
    serde_json::from_str::<String>(&format!("\"{contents}\"")).map_or(Cow::Borrowed(contents), Cow::Owned)
}

/// After a value: its mapping expects a key again.
fn node_done(stack: &mut [Frame], pointer: &mut String) {
    match stack.last_mut() {
        Some(Frame::Mapping { pointer_len, expecting_key }) => {
            *expecting_key = true;
            pointer.truncate(*pointer_len);
        }
        Some(Frame::Sequence { pointer_len, .. }) => pointer.truncate(*pointer_len),
        _ => {}
    }
}

/// Decodes `%XX` escapes (references may be written percent-encoded).
pub(crate) fn percent_decode(text: &str) -> String {
    if !text.contains('%') {
        return text.to_owned();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            if let Some(byte) = text.get(i + 1..i + 3).and_then(|hex| u8::from_str_radix(hex, 16).ok()) {
                out.push(byte);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const YAML: &str = "\
openapi: 3.1.0
info:
  title: t
paths:
  /calls/{callId}/end:
    put:
      requestBody:
        content: {}
      tags: [a, b]
";

    #[test]
    fn keys_items_and_root_are_located() {
        let found = locate(
            YAML,
            &[
                "#",
                "#/info/title",
                "#/paths/~1calls~1{callId}~1end/put/requestBody",
                "#/paths/~1calls~1{callId}~1end/put/tags/1",
            ],
        );
        assert_eq!(found, [Some((1, 1)), Some((3, 3)), Some((7, 7)), Some((9, 17))]);
    }

    #[test]
    fn missing_positions_fall_back_to_the_nearest_ancestor() {
        let found = locate(
            YAML,
            &["#/paths/~1calls~1{callId}~1end/put/requestBody/content/application~1json/schema", "#/nowhere"],
        );
        assert_eq!(found, [Some((8, 9)), Some((1, 1))]);
    }

    #[test]
    fn json_and_percent_encoded_pointers() {
        let json = "{\n  \"openapi\": \"3.0.0\",\n  \"paths\": {\"/a b\": {\"get\": {}}}\n}";
        assert_eq!(locate(json, &["#/paths/~1a%20b/get"]), [Some((3, 22))]);
    }

    #[test]
    fn complex_keys_and_aliases_do_not_confuse_the_scan() {
        let text = "a: &x {b: 1}\n? [k]\n: v\nc: *x\nd: 2\n";
        assert_eq!(locate(text, &["#/d", "#/c/b"]), [Some((5, 1)), Some((4, 1))]);
        assert_eq!(first_alias(text), Some((4, 4)));
    }

    /// Every node a scanner gives, as (kind, position).
    fn nodes(text: &str, scan: fn(&str, &mut OnNode<'_>)) -> Vec<(String, (usize, usize))> {
        let mut seen = Vec::new();
        scan(text, &mut |node, position| {
            let kind = match node {
                Node::Scalar(value) => format!("scalar {value}"),
                Node::Alias => "alias".to_owned(),
                Node::Start { mapping } => format!("start {mapping}"),
                Node::End => "end".to_owned(),
                // Where the document ends is never a node's location.
                Node::DocumentEnd => {
                    seen.push(("document end".to_owned(), (0, 0)));
                    return true;
                }
            };
            seen.push((kind, position));
            true
        });
        seen
    }

    #[test]
    fn the_json_scanner_gives_the_yaml_scanners_nodes() {
        let text = "{\"a\": [1, -2.5e3, true, null, \"x\\\"y\"],\r\n \"\u{e9}\u{e9}\": {\"k\\u0041\": {}},\r \"t\":\t\"\u{e9}z\"}\n";
        assert_eq!(nodes(text, json_nodes), nodes(text, yaml_nodes));
        // Values of keys are decoded: the pointer names `kA`.
        assert_eq!(locate(text, &["#/\u{e9}\u{e9}/kA"]), [Some((2, 9))]);
    }

    #[test]
    fn the_json_scanner_gives_the_yaml_scanners_nodes_for_the_corpus() {
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus");
        let corpus = std::env::var_os("CORPUS_DIR").map_or(corpus, std::path::PathBuf::from);
        let mut compared = 0;
        let entries = std::fs::read_dir(&corpus).unwrap_or_else(|error| {
            panic!("cannot read the corpus at {} ({error}); set CORPUS_DIR to its folder", corpus.display())
        });
        for entry in entries {
            let path = entry.expect("a corpus entry").path();
            let Ok(text) = std::fs::read_to_string(&path) else { continue };
            if !super::super::is_json(&text) {
                continue;
            }
            let (json, yaml) = (nodes(&text, json_nodes), nodes(&text, yaml_nodes));
            let first_difference = json.iter().zip(&yaml).position(|(a, b)| a != b);
            assert_eq!(first_difference, None, "{}", path.display());
            let ended =
                |nodes: &[(String, (usize, usize))]| nodes.last().is_some_and(|(kind, _)| kind == "document end");
            assert!(ended(&json), "{}: the JSON scanner stopped early", path.display());
            // The YAML scanner gives up on some large JSON texts (Twilio's,
            // at its first node); the JSON one reads them to the end.
            assert!(!ended(&yaml) || json.len() == yaml.len(), "{}", path.display());
            compared += 1;
        }
        assert!(compared >= 5, "only {compared} JSON documents in {}", corpus.display());
    }

    #[test]
    fn duplicate_keys_are_found() {
        assert_eq!(first_duplicate_key("a:\n  b: 1\n  c: 2\n  b: 3\n"), Some(("#/a/b".to_owned(), (4, 3))));
        assert_eq!(first_duplicate_key("{\"a\": {\"b\": 1}, \"c\": {\"b\": 2}}"), None);
    }

    #[test]
    fn broken_text_gives_what_was_found_before_the_error() {
        assert_eq!(locate("a: 1\nb: [\n", &["#/b", "#/a"]), [Some((2, 1)), Some((1, 1))]);
        assert_eq!(locate("", &["#/a"]), [None]);
    }

    #[test]
    fn pointers_the_scanner_never_reaches_are_at_the_start_of_the_document() {
        // YAML 1.2 forbids a byte order mark inside a plain scalar; the reader allows it, the scanner stops at it.
        let text = "\n  openap\u{feff}i: 3.0.1\nservers: []\n";
        assert_eq!(locate(text, &["#", "#/servers"]), [Some((2, 3)), Some((2, 3))]);
        assert_eq!(locate(" \n\t\n", &["#"]), [None]);
    }
}

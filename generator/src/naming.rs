//! Rust identifiers from wire names: the only user of `heck`.
//!
//! Cases are converted with `heck`; keywords, leading digits, empty names and
//! collisions are handled here, so every emitted identifier is valid: the IR
//! holds names only as [`Ident`]s, which only this module makes.

use heck::{ToKebabCase, ToSnakeCase, ToUpperCamelCase};
use std::collections::HashSet;
use std::fmt;

/// A valid Rust identifier, raw where it must be (`r#type`). Its tokens
/// cannot fail to build, so emit cannot be handed a name that would panic
/// `syn::Ident::new` or print code that does not parse.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ident(String);

impl Ident {
    /// `text` when it is a valid identifier; otherwise the identifier the
    /// wire-name rules make of it (see [`snake_name`]), so that any text
    /// gives a valid one.
    pub fn new(text: &str) -> Ident {
        if is_identifier(text) {
            Ident(text.to_owned())
        } else {
            snake_name(text)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The identifier without a raw prefix, for building derived names.
    pub fn unraw(&self) -> &str {
        unraw(&self.0)
    }
}

impl std::ops::Deref for Ident {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Ident {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for Ident {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<String> for Ident {
    fn eq(&self, other: &String) -> bool {
        self.0 == *other
    }
}

impl PartialEq<&str> for Ident {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl Ident {
    /// The identifier's token.
    pub fn token(&self) -> proc_macro2::Ident {
        let span = proc_macro2::Span::call_site();
        // Valid by construction (`is_identifier`), so neither can panic.
        match self.0.strip_prefix("r#") {
            Some(raw) => proc_macro2::Ident::new_raw(raw, span),
            None => proc_macro2::Ident::new(&self.0, span),
        }
    }
}

impl quote::ToTokens for Ident {
    fn to_tokens(&self, tokens: &mut proc_macro2::TokenStream) {
        tokens.extend([proc_macro2::TokenTree::Ident(self.token())]);
    }
}

/// Whether `text` is an identifier the generator may emit: plain ASCII
/// (`[A-Za-z_][A-Za-z0-9_]*`, not `_`), and raw exactly when it is a keyword.
fn is_identifier(text: &str) -> bool {
    let (raw, word) = match text.strip_prefix("r#") {
        Some(word) => (true, word),
        None => (false, text),
    };
    let plain = word.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && word.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && word != "_";
    plain && raw == is_keyword(word) && !(raw && NOT_RAW.contains(&word))
}

/// Keywords of every edition, strict and reserved.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate", "do", "dyn", "else",
    "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod",
    "move", "mut", "override", "priv", "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait",
    "true", "try", "type", "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super", "_"];

/// Type names that would shadow the prelude or a name of `std` or `serde`
/// the generated modules import (the runtime's names are in
/// [`is_reserved_type_name`]).
pub const RESERVED_TYPE_NAMES: &[&str] = &[
    "Box",
    "Clone",
    "Copy",
    "Default",
    "Err",
    "Into",
    "From",
    "None",
    "Ok",
    "Option",
    "Result",
    "Self",
    "Send",
    "Sized",
    "Some",
    "String",
    "Sync",
    "ToString",
    "ToOwned",
    "Vec",
    "Iterator",
    "IntoIterator",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "Eq",
    "PartialEq",
    "Ord",
    "PartialOrd",
    "Hash",
    "Debug",
    "Serialize",
    "Deserialize",
    "BTreeMap",
    "Cow",
    "Future",
    "IntoFuture",
    "Pin",
    "Unpin",
    "AsRef",
    "AsMut",
    "Extend",
    "TryFrom",
    "TryInto",
    "FromIterator",
    "ToOwned",
];

/// Whether a generated type may not take `name`: it is in
/// [`RESERVED_TYPE_NAMES`] or names a type or trait of the runtime that the
/// generated modules bring into scope.
pub fn is_reserved_type_name(name: &str) -> bool {
    RESERVED_TYPE_NAMES.contains(&name) || crate::runtime::TYPE_NAMES.contains(&name)
}

/// Whether `word` is a Rust keyword in some edition.
pub fn is_keyword(word: &str) -> bool {
    KEYWORDS.contains(&word)
}

/// Splits on anything that is not alphanumeric, so `heck` sees word breaks in
/// names like `Etc/GMT+0`, `files[0]` or `Parameter1.Name`.
fn words(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for ch in raw.chars() {
        if ch.is_alphanumeric() {
            out.push(ch);
        } else {
            out.push(' ');
        }
    }
    out
}

/// Spells out the characters that carry meaning when a name is nothing but
/// punctuation (`+1`, `-1`, `*`), so that such values stay distinct.
pub fn spell_symbols(raw: &str) -> String {
    let mut out = String::new();
    for ch in raw.chars() {
        let word = match ch {
            '+' => " plus ",
            '-' => " minus ",
            '*' => " star ",
            '/' => " slash ",
            '.' => " dot ",
            '=' => " eq ",
            '<' => " lt ",
            '>' => " gt ",
            '!' => " not ",
            '@' => " at ",
            '#' => " hash ",
            '$' => " dollar ",
            '%' => " percent ",
            '&' => " and ",
            '|' => " or ",
            '~' => " tilde ",
            '?' => " question ",
            _ => {
                out.push(ch);
                continue;
            }
        };
        out.push_str(word);
    }
    out
}

/// Replaces characters outside ASCII by their code point (`é` -> `u_e9` in
/// snake case, `UE9` otherwise), so identifiers stay plain ASCII.
fn ascii_only(name: String, snake: bool) -> String {
    if name.is_ascii() {
        return name;
    }
    let mut out = String::with_capacity(name.len() + 8);
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            out.push(c);
        } else if snake {
            if !out.is_empty() && !out.ends_with('_') {
                out.push('_');
            }
            out.push_str(&format!("u{:x}", c as u32));
        } else {
            out.push_str(&format!("U{:X}", c as u32));
        }
    }
    out
}

/// Makes `name` a valid identifier: a leading digit gets `prefix`, an empty name
/// becomes `fallback`, and keywords become raw identifiers (or get a `_` suffix
/// where raw identifiers are not allowed).
fn finish(name: String, prefix: &str, fallback: &str) -> Ident {
    let name = finished(name, prefix, fallback);
    debug_assert!(is_identifier(&name), "{name}");
    Ident(name)
}

fn finished(name: String, prefix: &str, fallback: &str) -> String {
    let snake = !name.starts_with(|c: char| c.is_uppercase());
    let name = ascii_only(name, snake);
    let name = if name.is_empty() || name.chars().all(|c| c == '_') {
        fallback.to_owned()
    } else if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("{prefix}{name}")
    } else {
        name
    };
    if NOT_RAW.contains(&name.as_str()) {
        format!("{name}_")
    } else if is_keyword(&name) {
        format!("r#{name}")
    } else {
        name
    }
}

/// `UpperCamelCase` name for a type or enum variant.
pub fn type_name(raw: &str) -> Ident {
    let mut camel = words(raw).to_upper_camel_case();
    if camel.is_empty() {
        camel = words(&spell_symbols(raw)).to_upper_camel_case();
    }
    finish(camel, "T", "Unnamed")
}

/// `UpperCamelCase` name for an enum variant; values made only of symbols, or
/// differing only in symbols, are spelled out (`+1` -> `Plus1`).
pub fn variant_name(raw: &str) -> Ident {
    let camel = words(raw).to_upper_camel_case();
    let camel = if camel.is_empty() || raw.starts_with(['+', '-']) {
        words(&spell_symbols(raw)).to_upper_camel_case()
    } else {
        camel
    };
    finish(camel, "V", "Empty")
}

/// `snake_case` name for a field, function or parameter.
pub fn snake_name(raw: &str) -> Ident {
    let mut snake = words(raw).to_snake_case();
    if snake.is_empty() || raw.starts_with(['+', '-']) {
        snake = words(&spell_symbols(raw)).to_snake_case();
    }
    finish(snake, "n", "value")
}

/// `kebab-case` name for a Cargo feature, in ASCII letters, digits and
/// `-` (which every Cargo accepts); `tag` when nothing of `raw` is left.
/// Not unique: the caller tells equal names apart.
pub fn feature_name(raw: &str) -> String {
    let kebab = words(raw).to_kebab_case();
    let ascii: String = kebab.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
    let name = ascii.split('-').filter(|part| !part.is_empty()).collect::<Vec<_>>().join("-");
    if name.is_empty() {
        "tag".to_owned()
    } else {
        name
    }
}

/// The identifier without a raw prefix, for building derived names.
pub fn unraw(ident: &str) -> &str {
    ident.strip_prefix("r#").unwrap_or(ident)
}

/// A set of names that hands out a distinct variant of each requested name.
#[derive(Debug, Default, Clone)]
pub struct Scope {
    taken: HashSet<String>,
}

impl Scope {
    /// A scope in which `reserved` names are already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Scope { taken: reserved.iter().map(|s| (*s).to_owned()).collect() }
    }

    pub fn is_taken(&self, name: &str) -> bool {
        self.taken.contains(unraw(name))
    }

    /// Claims `name`, or `name2`, `name3`, ... (with `_` before the number for
    /// snake case names) when it is taken. `name` is made an identifier first
    /// (see [`Ident::new`]): names built from identifiers already are.
    pub fn claim(&mut self, name: &str) -> Ident {
        let name = Ident::new(name);
        if self.taken.insert(name.unraw().to_owned()) {
            return name;
        }
        let name = name.as_str();
        let base = unraw(name);
        // `Self_` (a keyword made a type name) numbers as `Self2`: `Self_2`
        // is not camel case.
        let camel = base.starts_with(|c: char| c.is_ascii_uppercase());
        let base = if camel { base.trim_end_matches('_') } else { base };
        let separator =
            if camel || base.ends_with('_') || !(base.contains('_') || base.chars().all(|c| !c.is_ascii_uppercase())) {
                ""
            } else {
                "_"
            };
        let mut n = 2usize;
        loop {
            let candidate = Ident::new(&format!("{base}{separator}{n}"));
            if self.taken.insert(candidate.as_str().to_owned()) {
                return candidate;
            }
            n += 1;
        }
    }

    /// Marks `name` as taken without checking.
    pub fn reserve(&mut self, name: &str) {
        self.taken.insert(unraw(name).to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feature_names_are_kebab_case_ascii() {
        assert_eq!(feature_name("Store Orders"), "store-orders");
        assert_eq!(feature_name("pullRequests"), "pull-requests");
        assert_eq!(feature_name("v1/users.admin"), "v1-users-admin");
        assert_eq!(feature_name("Öffentliche API"), "ffentliche-api");
        assert_eq!(feature_name("💡"), "tag");
    }

    #[test]
    fn every_keyword_becomes_a_valid_field_name() {
        for keyword in KEYWORDS {
            let name = snake_name(keyword);
            assert!(syn::parse_str::<syn::Ident>(&name).is_ok(), "{keyword} -> {name}");
        }
    }

    #[test]
    fn every_keyword_becomes_a_valid_type_name() {
        for keyword in KEYWORDS {
            let name = type_name(keyword);
            assert!(syn::parse_str::<syn::Ident>(&name).is_ok(), "{keyword} -> {name}");
        }
    }

    #[test]
    fn snake_names() {
        let table = [
            ("type", "r#type"),
            ("self", "self_"),
            ("Self", "self_"),
            ("crate", "crate_"),
            ("super", "super_"),
            ("fooBar", "foo_bar"),
            ("foo_bar", "foo_bar"),
            ("FooBar", "foo_bar"),
            ("_id", "id"),
            ("123abc", "n123abc"),
            ("@timestamp", "timestamp"),
            ("+1", "plus_1"),
            ("é", "ue9"),
            ("café", "caf_ue9"),
            ("-1", "minus_1"),
            ("files[0]", "files_0"),
            ("Parameter1.Name", "parameter1_name"),
            ("stranger-things", "stranger_things"),
            ("$ref", "r#ref"),
            ("", "value"),
            ("x-total-count", "x_total_count"),
            ("async", "r#async"),
            ("getRankingKey", "get_ranking_key"),
            ("HTTPServer", "http_server"),
        ];
        for (raw, expected) in table {
            assert_eq!(snake_name(raw), expected, "snake_name({raw:?})");
        }
    }

    #[test]
    fn type_names() {
        let table = [
            ("user", "User"),
            ("foo_bar", "FooBar"),
            ("fooBar", "FooBar"),
            ("123abc", "T123abc"),
            ("Self", "Self_"),
            ("type", "Type"),
            ("Etc/GMT+0", "EtcGmt0"),
            ("api.github.com", "ApiGithubCom"),
            ("", "Unnamed"),
        ];
        for (raw, expected) in table {
            assert_eq!(type_name(raw), expected, "type_name({raw:?})");
        }
    }

    #[test]
    fn variant_names_keep_signs_apart() {
        assert_eq!(variant_name("+1"), "Plus1");
        assert_eq!(variant_name("-1"), "Minus1");
        assert_eq!(variant_name("add"), "Add");
        assert_eq!(variant_name("1"), "V1");
        assert_eq!(variant_name("*"), "Star");
        assert_eq!(variant_name(""), "Empty");
        assert_eq!(variant_name("Self"), "Self_");
    }

    #[test]
    fn any_text_becomes_an_identifier() {
        for text in ["", "_", "1a", "a-b", "type", "r#type", "r#self", "r#foo", "self", "é", "a b", "Self"] {
            let ident = Ident::new(text);
            assert!(syn::parse_str::<syn::Ident>(&ident).is_ok() && is_identifier(&ident), "{text:?} -> {ident}");
            let _tokens = quote::quote!(#ident);
        }
        assert_eq!(Ident::new("r#type"), "r#type");
        assert_eq!(Ident::new("FooBar"), "FooBar");
        assert_eq!(Ident::new("type"), "r#type");
    }

    #[test]
    fn scope_resolves_collisions() {
        let mut scope = Scope::with_reserved(RESERVED_TYPE_NAMES);
        assert_eq!(scope.claim("FooBar"), "FooBar");
        assert_eq!(scope.claim("FooBar"), "FooBar2");
        assert_eq!(scope.claim("Result"), "Result2");
        assert_eq!(scope.claim("Self_"), "Self_");
        assert_eq!(scope.claim("Self_"), "Self2");
        let mut fields = Scope::default();
        assert_eq!(fields.claim("foo_bar"), "foo_bar");
        assert_eq!(fields.claim("foo_bar"), "foo_bar_2");
        assert_eq!(fields.claim("r#type"), "r#type");
        assert_eq!(fields.claim("r#type"), "type_2");
        assert_eq!(fields.claim("self_"), "self_");
        assert_eq!(fields.claim("self_"), "self_2");
    }
}

//! Reads the few `[package]` fields codegen needs from an existing `Cargo.toml`.
//!
//! This is a line-based reader, not a TOML parser: it understands
//! `key = "value"` lines (with an optional trailing comment) inside the
//! `[package]` table, which is how generated manifests are written. Anything
//! fancier (inherited `version.workspace = true`, multi-line strings) reads as
//! absent, and the caller falls back to its default.

/// The value of `key = "value"` in the `[package]` table, if written that way.
pub fn package_field(manifest: &str, key: &str) -> Option<String> {
    let mut in_package = false;
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_package = table_name(line) == Some("package");
            continue;
        }
        if !in_package {
            continue;
        }
        let Some((line_key, value)) = line.split_once('=') else { continue };
        if line_key.trim() != key {
            continue;
        }
        return basic_string(value.trim());
    }
    None
}

/// The name of a `[table]` header, or `None` for `[[array]]` headers and junk.
fn table_name(line: &str) -> Option<&str> {
    let line = strip_comment(line);
    let inner = line.strip_prefix('[')?.strip_suffix(']')?;
    if inner.starts_with('[') {
        return None;
    }
    Some(inner.trim())
}

/// The contents of a `"..."` string without escapes, followed at most by a comment.
fn basic_string(value: &str) -> Option<String> {
    let rest = value.strip_prefix('"')?;
    let (contents, after) = rest.split_once('"')?;
    if contents.contains('\\') || !strip_comment(after).is_empty() {
        return None;
    }
    Some(contents.to_owned())
}

fn strip_comment(text: &str) -> &str {
    match text.split_once('#') {
        Some((before, _)) => before.trim(),
        None => text.trim(),
    }
}

#[cfg(test)]
mod tests {
    use super::package_field;

    #[test]
    fn reads_package_fields_only() {
        let manifest = "\
# generated
[package]
name = \"readmin-client\"
version   =   \"1.4.2\"  # bumped by hand

[dependencies]
version = \"9.9.9\"
";
        assert_eq!(package_field(manifest, "name").as_deref(), Some("readmin-client"));
        assert_eq!(package_field(manifest, "version").as_deref(), Some("1.4.2"));
        assert_eq!(package_field(manifest, "edition"), None);
    }

    #[test]
    fn ignores_other_tables_and_unusual_forms() {
        assert_eq!(package_field("[workspace]\nversion = \"1.0.0\"\n", "version"), None);
        assert_eq!(package_field("[package.metadata]\nversion = \"1.0.0\"\n", "version"), None);
        assert_eq!(package_field("[package]\nversion.workspace = true\n", "version"), None);
        assert_eq!(package_field("[package]\nversion = \"1\\u0030\"\n", "version"), None);
        assert_eq!(package_field("[package]\r\nversion = \"2.0.0\"\r\n", "version").as_deref(), Some("2.0.0"));
        assert_eq!(package_field("[ package ] # main\nname = \"x\"\n", "name").as_deref(), Some("x"));
    }
}

//! Reads the few `[package]` fields codegen needs from an existing `Cargo.toml`.
//!
//! A field that is not a plain string (`version.workspace = true`), or a
//! manifest that is not valid TOML, reads as absent, and the caller falls
//! back to its default.

/// The string value of `key` in the `[package]` table, if there is one.
pub fn package_field(manifest: &str, key: &str) -> Option<String> {
    let table: toml::Table = manifest.parse().ok()?;
    table.get("package")?.get(key)?.as_str().map(str::to_owned)
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
        assert_eq!(package_field("[package]\nversion = \"1\\u0030\"\n", "version").as_deref(), Some("10"));
        assert_eq!(package_field("[package\nversion = \"1.0.0\"\n", "version"), None);
        assert_eq!(package_field("[package]\r\nversion = \"2.0.0\"\r\n", "version").as_deref(), Some("2.0.0"));
        assert_eq!(package_field("[ package ] # main\nname = \"x\"\n", "name").as_deref(), Some("x"));
    }
}

//! The generation record, `codegen.json`: what a generation was made from
//! (a hash of the spec and the generator's version) and a hash of every file
//! it wrote.
//!
//! With it, a freshness check that finds the generated crate stale can say
//! why: the spec changed (its hash differs), a generated file was edited by
//! hand (the file no longer matches its recorded hash), or the generator
//! changed (spec and files as recorded, yet the output differs).
//!
//! The record is deterministic: it depends only on the spec text and the other
//! generated files, never on the time or the machine.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Path of the generation record in the generated crate.
pub const RECORD_PATH: &str = "codegen.json";

/// The version of this generator, as recorded in `codegen.json`.
pub const GENERATOR_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The contents of `codegen.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// A note for readers of the file.
    #[serde(default)]
    pub comment: String,
    /// Version of the `openapi-xtask` crate that wrote the files.
    pub generator_version: String,
    /// [`spec_hash`] of the document the files were generated from.
    pub spec_hash: String,
    /// [`file_hash`] of every other generated file, by path.
    pub files: BTreeMap<String, String>,
}

impl Record {
    /// The record of a generation from `spec_text` that produced `files`
    /// (as `(path, contents)`; a `codegen.json` among them is skipped).
    pub fn new<'a>(spec_text: &str, files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Record {
        let files = files
            .into_iter()
            .filter(|(path, _)| *path != RECORD_PATH)
            .map(|(path, contents)| (path.to_owned(), file_hash(path, contents)))
            .collect();
        Record {
            comment: "Written by the generator; do not edit. Lets `codegen --check` tell a spec change, a generator change and a hand edit apart.".to_owned(),
            generator_version: GENERATOR_VERSION.to_owned(),
            spec_hash: spec_hash(spec_text),
            files,
        }
    }

    /// The record as pretty JSON with a trailing newline.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).expect("a record always serialises");
        text.push('\n');
        text
    }

    /// Reads a record written by [`Record::to_json`].
    pub fn from_json(text: &str) -> Result<Record, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }
}

/// The hash of a spec's text, line endings normalised.
pub fn spec_hash(spec_text: &str) -> String {
    hash_text(&spec_text.replace("\r\n", "\n"))
}

/// The hash of a generated file's contents, line endings normalised.
///
/// For `Cargo.toml` the `version` line of the `[package]` table is left out:
/// the version is the one part of a generated manifest its owners may set
/// (codegen keeps it, and `--bump` changes it), so changing it is not a hand
/// edit.
pub fn file_hash(path: &str, contents: &str) -> String {
    let contents = contents.replace("\r\n", "\n");
    if path == "Cargo.toml" {
        return hash_text(&without_package_version(&contents));
    }
    hash_text(&contents)
}

/// `fnv1a64:` and the 64-bit FNV-1a hash of the text's UTF-8 bytes in hex.
///
/// FNV-1a is not a cryptographic hash; it only has to notice accidental
/// change, and it needs no dependency.
fn hash_text(text: &str) -> String {
    const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let hash = text.bytes().fold(OFFSET_BASIS, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(PRIME));
    format!("fnv1a64:{hash:016x}")
}

fn without_package_version(manifest: &str) -> String {
    let mut in_package = false;
    let mut out = String::with_capacity(manifest.len());
    for line in manifest.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            in_package = trimmed.trim_end_matches(|c: char| c != ']') == "[package]";
        } else if in_package && trimmed.split_once('=').is_some_and(|(key, _)| key.trim() == "version") {
            continue;
        }
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_the_reference_values() {
        assert_eq!(hash_text(""), "fnv1a64:cbf29ce484222325");
        assert_eq!(hash_text("a"), "fnv1a64:af63dc4c8601ec8c");
        assert_eq!(hash_text("foobar"), "fnv1a64:85944171f73967e8");
    }

    #[test]
    fn line_endings_do_not_count() {
        assert_eq!(spec_hash("a: 1\r\nb: 2\r\n"), spec_hash("a: 1\nb: 2\n"));
        assert_eq!(file_hash("src/lib.rs", "x\r\n"), file_hash("src/lib.rs", "x\n"));
    }

    #[test]
    fn manifest_hash_ignores_the_package_version_only() {
        let manifest = |version: &str, dep: &str| {
            format!(
                "# generated\n[package]\nname = \"x\"\nversion = \"{version}\"\n\n[dependencies]\nserde = \"{dep}\"\n"
            )
        };
        assert_eq!(file_hash("Cargo.toml", &manifest("0.1.0", "1")), file_hash("Cargo.toml", &manifest("2.0.0", "1")));
        assert_ne!(file_hash("Cargo.toml", &manifest("0.1.0", "1")), file_hash("Cargo.toml", &manifest("0.1.0", "2")));
        assert_ne!(file_hash("src/x.rs", &manifest("0.1.0", "1")), file_hash("src/x.rs", &manifest("2.0.0", "1")));
        let dependency_version = "[package]\nname = \"x\"\n[dependencies.serde]\nversion = \"1\"\n";
        assert_ne!(
            file_hash("Cargo.toml", dependency_version),
            file_hash("Cargo.toml", &dependency_version.replace("\"1\"", "\"2\""))
        );
    }

    #[test]
    fn record_round_trips_and_skips_itself() {
        let record = Record::new(
            "openapi: 3.0.0\n",
            [("src/lib.rs", "//! x\n"), (RECORD_PATH, "{}"), ("Cargo.toml", "[package]\n")],
        );
        assert_eq!(record.files.keys().map(String::as_str).collect::<Vec<_>>(), ["Cargo.toml", "src/lib.rs"]);
        let json = record.to_json();
        assert!(json.ends_with("}\n"));
        assert_eq!(Record::from_json(&json), Ok(record));
    }
}

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
        Record::with_spec_hash(spec_hash(spec_text), files)
    }

    /// [`Record::new`] with the spec's hash already computed (see
    /// [`spec_hash`]): a generator hashes the spec while it reads it.
    pub fn with_spec_hash<'a>(spec_hash: String, files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Record {
        let files: Vec<(&str, &str)> = files.into_iter().filter(|(path, _)| *path != RECORD_PATH).collect();
        Record {
            comment: "Written by the generator; do not edit. Lets `codegen --check` tell a spec change, a generator change and a hand edit apart.".to_owned(),
            generator_version: GENERATOR_VERSION.to_owned(),
            spec_hash,
            files: file_hashes(&files),
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

/// Files at least this long are hashed on threads of their own.
const LARGE_FILE: usize = 1 << 20;

/// [`file_hash`] of each file by path, the large ones on threads of their
/// own: FNV-1a reads one byte after the other, and a large crate's biggest
/// files are most of its bytes.
fn file_hashes(files: &[(&str, &str)]) -> BTreeMap<String, String> {
    let hash = |(path, contents): &(&str, &str)| (path.to_string(), file_hash(path, contents));
    let (large, small): (Vec<_>, Vec<_>) = files.iter().partition(|(_, contents)| contents.len() >= LARGE_FILE);
    std::thread::scope(|scope| {
        let threads: Vec<_> = large.iter().map(|file| scope.spawn(move || hash(file))).collect();
        let mut hashes: BTreeMap<String, String> = small.iter().map(hash).collect();
        for thread in threads {
            let (path, hash) = thread.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            hashes.insert(path, hash);
        }
        hashes
    })
}

/// The hash of a spec's text, line endings normalised.
pub fn spec_hash(spec_text: &str) -> String {
    hash_text(spec_text)
}

/// The hash of a generated file's contents, line endings normalised.
///
/// For `Cargo.toml` the `version` line of the `[package]` table is left out:
/// the version is the one part of a generated manifest its owners may set
/// (codegen keeps it, and `--bump` changes it), so changing it is not a hand
/// edit.
pub fn file_hash(path: &str, contents: &str) -> String {
    if path == "Cargo.toml" {
        return hash_text(&without_package_version(&contents.replace("\r\n", "\n")));
    }
    hash_text(contents)
}

/// `fnv1a64:` and the 64-bit FNV-1a hash in hex of the text's UTF-8 bytes,
/// each `\r\n` read as `\n` (without copying the text).
///
/// FNV-1a is not a cryptographic hash; it only has to notice accidental
/// change, and it needs no dependency.
fn hash_text(text: &str) -> String {
    const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let add =
        |hash: u64, bytes: &[u8]| bytes.iter().fold(hash, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(PRIME));
    let mut pieces = text.split("\r\n");
    let first = add(OFFSET_BASIS, pieces.next().unwrap_or_default().as_bytes());
    let hash = pieces.fold(first, |hash, piece| add(add(hash, b"\n"), piece.as_bytes()));
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
    fn line_endings_are_read_as_newlines_without_copying() {
        assert_eq!(hash_text("a\r\nb\r\n\r\n"), hash_text("a\nb\n\n"));
        assert_eq!(hash_text("\r\n"), hash_text("\n"));
        assert_ne!(hash_text("a\rb"), hash_text("a\nb"));
        assert_ne!(hash_text("a\r\r\nb"), hash_text("a\nb"));
    }

    #[test]
    fn large_files_hash_as_small_ones() {
        let large = "x\r\n".repeat(LARGE_FILE);
        let record = Record::new("", [("src/a.rs", large.as_str()), ("src/b.rs", "y\n")]);
        assert_eq!(record.files["src/a.rs"], file_hash("src/a.rs", &large.replace("\r\n", "\n")));
        assert_eq!(record.files["src/b.rs"], file_hash("src/b.rs", "y\n"));
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

//! The scratch workspace of generated crates (`target/corpus/`,
//! `target/roundtrip/`, ...): documents to generate, crates written into it
//! as codegen writes a crate, and cargo run in it with its own target
//! directory, so that dependencies build once for every check.

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use openapi_xtask::codegen::files::{self, FileSet, Owned};

const CRATE_LAYOUT: Owned = openapi_xtask::codegen::CRATE_LAYOUT;

/// The cargo that runs this xtask (the `CARGO` variable), or `cargo` from `PATH`.
pub(crate) fn cargo() -> OsString {
    std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
}

/// The OpenAPI documents (`.yaml`, `.yml`, `.json`) in `dir`, sorted.
pub(crate) fn list_documents(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot read the corpus at {}: {e}", dir.display()))?;
    let mut documents: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| matches!(path.extension().and_then(|e| e.to_str()), Some("yaml" | "yml" | "json")))
        .collect();
    documents.sort();
    Ok(documents)
}

pub(crate) fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// A package name from the file name: `progenitor-api.github.com.json` -> `progenitor-api-github-com`.
pub(crate) fn crate_name(path: &Path) -> String {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    stem.chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c.to_ascii_lowercase() } else { '-' })
        .collect()
}

/// How many lines of Rust a generation has.
pub(crate) fn rust_lines(files: &[openapi_xtask::GeneratedFile]) -> usize {
    files.iter().filter(|f| f.path.ends_with(".rs")).map(|f| f.contents.lines().count()).sum()
}

/// Writes a generated crate to `scratch/crates/<crate_name>`, as codegen
/// keeps a crate directory (only changed files are written).
pub(crate) fn write_crate(
    scratch: &Path,
    crate_name: &str,
    files: Vec<openapi_xtask::GeneratedFile>,
) -> Result<(), String> {
    let files = files.into_iter().map(|f| (f.path, f.contents));
    let set = FileSet::new(CRATE_LAYOUT, files)?;
    files::write_files(&scratch.join("crates").join(crate_name), &set).map(drop)
}

/// The scratch workspace: one member per generated crate, and this
/// workspace's lock file as a start, so dependency versions match ours.
pub(crate) fn write_workspace(root: &Path, scratch: &Path) -> Result<(), String> {
    fs::create_dir_all(scratch).map_err(|e| format!("cannot create {}: {e}", scratch.display()))?;
    let existing: Vec<String> = fs::read_dir(scratch.join("crates"))
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    let mut members: Vec<&str> = existing.iter().map(String::as_str).collect();
    members.sort_unstable();
    let members: Vec<String> = members.iter().map(|m| format!("    \"crates/{m}\",")).collect();
    let manifest = format!(
        "# Scratch workspace of `cargo xtask` (generated crates).\n[workspace]\nresolver = \"2\"\nmembers = [\n{}\n]\n",
        members.join("\n")
    );
    fs::write(scratch.join("Cargo.toml"), manifest).map_err(|e| format!("cannot write the scratch workspace: {e}"))?;
    let lock = scratch.join("Cargo.lock");
    if !lock.exists() {
        fs::copy(root.join("Cargo.lock"), &lock).map_err(|e| format!("cannot copy Cargo.lock: {e}"))?;
    }
    Ok(())
}

/// A cargo command run in the scratch workspace, with its own target directory.
pub(crate) fn scratch_cargo(scratch: &Path) -> Command {
    let mut command = Command::new(cargo());
    command.current_dir(scratch).env("CARGO_TARGET_DIR", scratch.join("target"));
    command
}

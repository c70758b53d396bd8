//! The tools the bench runs that are not part of this workspace
//! (`cargo-progenitor`, `cargo-llvm-lines`): each installed at a pinned
//! version with its own lock file into `target/tools/` when missing, so a
//! user's cargo installation is never touched.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::scratch;

/// `target/tools/bin/<package>`, installed first when missing.
pub(crate) fn install(root: &Path, package: &str, version: &str) -> Result<PathBuf, String> {
    let prefix = root.join("target/tools");
    let binary = prefix.join("bin").join(package);
    // cargo records what it installed, with the version, beside `bin/`.
    let record = std::fs::read_to_string(prefix.join(".crates.toml")).unwrap_or_default();
    if binary.exists() && record.contains(&format!("\"{package} {version} ")) {
        return Ok(binary);
    }
    eprintln!("bench: installing {package} {version} into {}", prefix.display());
    let status = Command::new(scratch::cargo())
        .args(["install", "--locked", "--quiet", package, "--version", version, "--root"])
        .arg(&prefix)
        .status()
        .map_err(|e| format!("cannot run cargo install: {e}"))?;
    if !status.success() || !binary.exists() {
        return Err(format!("`cargo install --locked {package} --version {version}` failed ({status})"));
    }
    Ok(binary)
}

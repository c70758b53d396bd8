//! Compile times of generated crates, in the scratch workspace
//! `target/bench/` (kept with the corpus machinery of `corpus.rs`, so the
//! dependencies build once for all crates).
//!
//! For each crate, `cargo build` is timed while it compiles that crate
//! alone: a first build counts only when the dependencies were built
//! already, and every further run touches the crate's `src/lib.rs` first;
//! the same again with `cargo check`. Incremental compilation is off
//! (`CARGO_INCREMENTAL=0`): a touched but unchanged file would otherwise be
//! answered from the incremental cache, which says nothing about how long
//! the generated code takes to compile.

use std::fs;
use std::path::Path;
use std::time::{Instant, SystemTime};

use super::generation::Document;
use super::stats::median;
use crate::scratch;

/// One generated crate's compile benchmark.
#[derive(Debug)]
pub(crate) struct Compile {
    pub(crate) document: String,
    pub(crate) crate_name: String,
    /// Lines of Rust generated (0 when generation failed).
    pub(crate) lines: usize,
    pub(crate) outcome: Result<CompileTimes, String>,
}

/// Medians over the runs, in seconds.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CompileTimes {
    pub(crate) build_s: f64,
    pub(crate) check_s: f64,
}

/// Generates each document into the scratch workspace, then times its builds.
pub(crate) fn measure(
    root: &Path,
    documents: &[(Document, openapi_xtask::Settings)],
    runs: u32,
) -> Result<Vec<Compile>, String> {
    let scratch = root.join("target/bench");
    let generated: Vec<Result<usize, String>> =
        documents.iter().map(|(document, settings)| generate(&scratch, document, settings)).collect();
    scratch::write_workspace(root, &scratch)?;
    let mut rows = Vec::new();
    for ((document, _), generated) in documents.iter().zip(generated) {
        let crate_name = document.crate_name.clone();
        let lines = *generated.as_ref().unwrap_or(&0);
        let outcome = generated.and_then(|lines| {
            eprintln!("bench: compiling {crate_name} ({lines} lines)");
            time_builds(&scratch, &crate_name, runs, None)
        });
        match &outcome {
            Ok(times) => eprintln!("bench: {crate_name}: build {:.1} s, check {:.1} s", times.build_s, times.check_s),
            Err(reason) => eprintln!("bench: {crate_name}: skipped: {reason}"),
        }
        rows.push(Compile { document: document.label.clone(), crate_name, lines, outcome });
    }
    Ok(rows)
}

/// Generates the crate into the scratch workspace; the lines of Rust it has.
pub(crate) fn generate(
    scratch: &Path,
    document: &Document,
    settings: &openapi_xtask::Settings,
) -> Result<usize, String> {
    let text = fs::read_to_string(&document.path).map_err(|e| format!("cannot read the document: {e}"))?;
    let generated = openapi_xtask::generate(&text, settings)
        .map_err(|diagnostics| format!("generation failed with {} diagnostics", diagnostics.len()))?;
    let lines = scratch::rust_lines(&generated.files);
    scratch::write_crate(scratch, &document.crate_name, generated.files)?;
    Ok(lines)
}

/// The median `cargo build` and `cargo check` times of the crate alone,
/// with its default features or, given `features`, with only those.
pub(crate) fn time_builds(
    scratch: &Path,
    crate_name: &str,
    runs: u32,
    features: Option<&str>,
) -> Result<CompileTimes, String> {
    let build = time_rebuilds(scratch, crate_name, "build", runs, features)?;
    let check = time_rebuilds(scratch, crate_name, "check", runs, features)?;
    Ok(CompileTimes { build_s: median(&build).unwrap_or(f64::NAN), check_s: median(&check).unwrap_or(f64::NAN) })
}

/// `runs` timings of `cargo <subcommand>` compiling the crate alone, in
/// seconds. The first call counts when it compiled the crate and nothing
/// else (the dependencies were ready); after it, each run touches the
/// crate's `src/lib.rs` first.
fn time_rebuilds(
    scratch: &Path,
    crate_name: &str,
    subcommand: &str,
    runs: u32,
    features: Option<&str>,
) -> Result<Vec<f64>, String> {
    let lib = scratch.join("crates").join(crate_name).join("src/lib.rs");
    let mut times = Vec::new();
    let started = Instant::now();
    let first = cargo(scratch, subcommand, crate_name, features)?;
    if first.crate_itself && !first.dependencies {
        times.push(started.elapsed().as_secs_f64());
    }
    while times.len() < runs as usize {
        touch(&lib)?;
        let started = Instant::now();
        let compiled = cargo(scratch, subcommand, crate_name, features)?;
        if !compiled.crate_itself {
            return Err(format!("`cargo {subcommand}` did not recompile {crate_name} after touching src/lib.rs"));
        }
        times.push(started.elapsed().as_secs_f64());
    }
    Ok(times)
}

/// What one cargo run compiled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Compiled {
    crate_itself: bool,
    dependencies: bool,
}

fn cargo(scratch: &Path, subcommand: &str, crate_name: &str, features: Option<&str>) -> Result<Compiled, String> {
    let mut command = scratch::scratch_cargo(scratch);
    command.args([subcommand, "--message-format", "json-render-diagnostics", "-p", crate_name]);
    if let Some(features) = features {
        command.args(["--no-default-features", "--features", features]);
    }
    let output = command.env("CARGO_INCREMENTAL", "0").output().map_err(|e| format!("cannot run cargo: {e}"))?;
    if output.status.success() {
        return Ok(compiled(&String::from_utf8_lossy(&output.stdout), crate_name));
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let tail: Vec<&str> = stderr.lines().rev().take(20).collect::<Vec<_>>().into_iter().rev().collect();
    Err(format!("`cargo {subcommand} -p {crate_name}` failed ({}):\n{}", output.status, tail.join("\n")))
}

/// Reads cargo's JSON messages: which artifacts were compiled (not fresh),
/// the crate's own (its manifest is `crates/<crate_name>/Cargo.toml`) or others.
fn compiled(messages: &str, crate_name: &str) -> Compiled {
    let own_manifest = Path::new("crates").join(crate_name).join("Cargo.toml");
    let mut compiled = Compiled { crate_itself: false, dependencies: false };
    for message in messages.lines().filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok()) {
        if message["reason"] != "compiler-artifact" || message["fresh"] != false {
            continue;
        }
        let manifest = Path::new(message["manifest_path"].as_str().unwrap_or_default());
        if manifest.ends_with(&own_manifest) {
            compiled.crate_itself = true;
        } else {
            compiled.dependencies = true;
        }
    }
    compiled
}

/// Sets a file's modification time to now, so cargo rebuilds its crate.
fn touch(path: &Path) -> Result<(), String> {
    fs::File::options()
        .write(true)
        .open(path)
        .and_then(|file| file.set_modified(SystemTime::now()))
        .map_err(|e| format!("cannot touch {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_the_crate_from_its_dependencies_in_cargo_messages() {
        let artifact = |manifest: &str, fresh: bool| {
            serde_json::json!({ "reason": "compiler-artifact", "manifest_path": manifest, "fresh": fresh }).to_string()
        };
        let own = "/p/target/bench/crates/stripe-spec3/Cargo.toml";
        let dependency = "/home/u/.cargo/registry/src/serde-1.0.0/Cargo.toml";
        let finished = serde_json::json!({ "reason": "build-finished", "success": true }).to_string();
        let only_crate = [artifact(dependency, true), artifact(own, false), finished.clone()].join("\n");
        assert_eq!(compiled(&only_crate, "stripe-spec3"), Compiled { crate_itself: true, dependencies: false });
        let both = [artifact(dependency, false), artifact(own, false)].join("\n");
        assert_eq!(compiled(&both, "stripe-spec3"), Compiled { crate_itself: true, dependencies: true });
        let nothing = [artifact(own, true), "not json".to_owned(), finished].join("\n");
        assert_eq!(compiled(&nothing, "stripe-spec3"), Compiled { crate_itself: false, dependencies: false });
    }
}

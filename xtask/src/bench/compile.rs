//! Compile times of generated crates, in the scratch workspace
//! `target/bench/` (kept with the corpus machinery of `corpus.rs`, so the
//! dependencies build once for all crates).
//!
//! For each crate: one untimed `cargo build` (dependencies and the crate
//! itself), then per run the crate's `src/lib.rs` is touched and `cargo
//! build` times the rebuild of that crate alone; the same again with `cargo
//! check`. Incremental compilation is off (`CARGO_INCREMENTAL=0`): a touched
//! but unchanged file would otherwise be answered from the incremental cache,
//! which says nothing about how long the generated code takes to compile.

use std::fs;
use std::path::Path;
use std::time::{Instant, SystemTime};

use super::generation::Document;
use super::stats::median;
use crate::corpus;

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
pub(crate) fn measure(root: &Path, documents: &[(Document, generator::Settings)], runs: u32) -> Result<Vec<Compile>, String> {
    let scratch = root.join("target/bench");
    let generated: Vec<Result<usize, String>> =
        documents.iter().map(|(document, settings)| generate(&scratch, document, settings)).collect();
    corpus::write_workspace(root, &scratch)?;
    let mut rows = Vec::new();
    for ((document, _), generated) in documents.iter().zip(generated) {
        let crate_name = document.crate_name.clone();
        let lines = *generated.as_ref().unwrap_or(&0);
        let outcome = generated.and_then(|lines| {
            eprintln!("bench: compiling {crate_name} ({lines} lines; the first build also builds its dependencies)");
            time_builds(&scratch, &crate_name, runs)
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
fn generate(scratch: &Path, document: &Document, settings: &generator::Settings) -> Result<usize, String> {
    let text = fs::read_to_string(&document.path).map_err(|e| format!("cannot read {}: {e}", document.path.display()))?;
    let generated = generator::generate(&text, settings)
        .map_err(|diagnostics| format!("generation failed with {} diagnostics", diagnostics.len()))?;
    let lines = corpus::rust_lines(&generated.files);
    corpus::write_crate(scratch, &document.crate_name, generated.files)?;
    Ok(lines)
}

fn time_builds(scratch: &Path, crate_name: &str, runs: u32) -> Result<CompileTimes, String> {
    let build = time_rebuilds(scratch, crate_name, "build", runs)?;
    let check = time_rebuilds(scratch, crate_name, "check", runs)?;
    Ok(CompileTimes { build_s: median(&build).unwrap_or(f64::NAN), check_s: median(&check).unwrap_or(f64::NAN) })
}

/// `cargo <subcommand>` once untimed, then `runs` timed rebuilds of the
/// crate alone after touching its `src/lib.rs`; the times in seconds.
fn time_rebuilds(scratch: &Path, crate_name: &str, subcommand: &str, runs: u32) -> Result<Vec<f64>, String> {
    cargo(scratch, subcommand, crate_name)?;
    let lib = scratch.join("crates").join(crate_name).join("src/lib.rs");
    let mut times = Vec::new();
    for _ in 0..runs {
        touch(&lib)?;
        let started = Instant::now();
        cargo(scratch, subcommand, crate_name)?;
        times.push(started.elapsed().as_secs_f64());
    }
    Ok(times)
}

fn cargo(scratch: &Path, subcommand: &str, crate_name: &str) -> Result<(), String> {
    let output = corpus::scratch_cargo(scratch)
        .args([subcommand, "--quiet", "--message-format", "short", "-p", crate_name])
        .env("CARGO_INCREMENTAL", "0")
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if output.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let tail: Vec<&str> = stderr.lines().rev().take(20).collect::<Vec<_>>().into_iter().rev().collect();
    Err(format!("`cargo {subcommand} -p {crate_name}` failed ({}):\n{}", output.status, tail.join("\n")))
}

/// Sets a file's modification time to now, so cargo rebuilds its crate.
fn touch(path: &Path) -> Result<(), String> {
    fs::File::options()
        .write(true)
        .open(path)
        .and_then(|file| file.set_modified(SystemTime::now()))
        .map_err(|e| format!("cannot touch {}: {e}", path.display()))
}

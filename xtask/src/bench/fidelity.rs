//! What faithful data costs: exact float parsing (serde_json's
//! `float_roundtrip`, which every generated crate asks for) and
//! `keep_undeclared_members` (a flattened map in every struct).
//!
//! Decoding: the ReAdmin types decode the instances `cargo xtask roundtrip`
//! draws for them (seed 1, every component schema; bodies full of numbers
//! that need all 17 digits, undeclared members in most objects), with
//! `serde_json::from_slice` as the client decodes a body, in release builds
//! of the round-trip harness (`roundtrip/harness.rs`, its `--time` mode).
//! Exact parsing cannot be switched off inside one build (Cargo unifies
//! features), so there are two harness binaries: one with the generated
//! crates as they are (default settings and `keep_undeclared_members`),
//! one whose generated crate lost `float_roundtrip`. Their runs alternate,
//! so that a busy machine slows each alike.
//!
//! Compiling: the GitHub document's crate with the setting off and on,
//! timed as `compile.rs` times every crate (`cargo build`, `cargo check`,
//! incremental compilation off, in `target/bench/`).

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use super::compile::{self, Compile};
use super::generation::Document;
use super::stats::median;
use crate::corpus;
use crate::roundtrip::{self, harness, Options, Variant};
use crate::scratch;

/// The section's heading, which also finds it in an existing page.
pub(crate) const HEADING: &str = "## Exact numbers and kept members";
/// The document whose crate's compile time is measured.
const COMPILED: &str = "progenitor-api.github.com.json";
/// Times every instance is decoded in one run.
const ROUNDS: u32 = 20;

/// Everything measured.
#[derive(Debug)]
pub(crate) struct Fidelity {
    pub(crate) decoding: Result<Decoding, String>,
    pub(crate) compile: Result<Vec<Compile>, String>,
    pub(crate) runs: u32,
}

/// Medians of one run's decoding of every instance `ROUNDS` times, in milliseconds.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Decoding {
    pub(crate) instances: usize,
    pub(crate) bytes: usize,
    /// Default settings, exact floats (the generated crate as it is).
    pub(crate) exact_ms: f64,
    /// Default settings, `float_roundtrip` removed.
    pub(crate) inexact_ms: f64,
    /// `keep_undeclared_members`, exact floats.
    pub(crate) kept_ms: f64,
}

/// Measures decoding (`runs` runs) and the GitHub crate's compile times.
pub(crate) fn measure(root: &Path, runs: u32, compile_runs: u32) -> Fidelity {
    let decoding = measure_decoding(root, runs);
    if let Err(reason) = &decoding {
        eprintln!("bench: decoding not measured: {reason}");
    }
    let path = corpus::corpus_dir(root).join(COMPILED);
    let crate_name = scratch::crate_name(&path);
    let document = |crate_name: String| Document { label: COMPILED.to_owned(), path: path.clone(), crate_name };
    let mut kept = openapi_xtask::Settings::new(format!("{crate_name}-keep"));
    kept.types.keep_undeclared_members = true;
    let documents = [
        (document(crate_name.clone()), openapi_xtask::Settings::new(crate_name.clone())),
        (document(kept.crate_name.clone()), kept),
    ];
    let compile = compile::measure(root, &documents, compile_runs);
    Fidelity { decoding, compile, runs }
}

fn measure_decoding(root: &Path, runs: u32) -> Result<Decoding, String> {
    let scratch = root.join(roundtrip::SCRATCH);
    let sources = roundtrip::sources(&["readmin".to_owned()])?;
    let source = sources.first().ok_or("no ReAdmin document in the round trip")?;
    let exact_options =
        Options { seed: 1, instances: roundtrip::DEFAULT_INSTANCES, prefix: "bench-", strip_exact_floats: false };
    let inexact_options = Options { prefix: "bench-inexact-", strip_exact_floats: true, ..exact_options.clone() };
    let exact = roundtrip::generate(0, source, false, &exact_options)?;
    let kept = roundtrip::generate(0, source, true, &exact_options)?;
    let inexact = roundtrip::generate(0, source, false, &inexact_options)?;
    let pointers: Vec<&String> = exact.schema_types.iter().map(|(pointer, _)| pointer).collect();
    let drawing = roundtrip::draw_document(source, &pointers, &exact_options)?;

    harness::write(&scratch, "bench-exact-harness", &[target(&exact), target(&kept)])?;
    harness::write(&scratch, "bench-inexact-harness", &[target(&inexact)])?;
    scratch::write_workspace(root, &scratch)?;
    eprintln!("bench: building the decoding harnesses (release, in {})", scratch.display());
    let exact_binary = harness::build(&scratch, "bench-exact-harness", true)?;
    let inexact_binary = harness::build(&scratch, "bench-inexact-harness", true)?;

    let input = |variant: &Variant| -> Result<std::path::PathBuf, String> {
        let mut lines = String::new();
        for (pointer, _, text) in &drawing.instances {
            let _ = writeln!(lines, "{}\t{pointer}\t{text}", variant.crate_name);
        }
        let path = scratch.join(format!("{}.input", variant.crate_name));
        fs::write(&path, lines).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        Ok(path)
    };
    let cases = [(&exact_binary, input(&exact)?), (&inexact_binary, input(&inexact)?), (&exact_binary, input(&kept)?)];
    let mut times: [Vec<f64>; 3] = Default::default();
    eprintln!(
        "bench: decoding {} instances {ROUNDS} times per run ({})",
        drawing.instances.len(),
        super::runs_text(runs)
    );
    for _ in 0..runs {
        for ((binary, input), times) in cases.iter().zip(times.iter_mut()) {
            times.push(time_run(binary, input, drawing.instances.len())?);
        }
    }
    let [exact_ms, inexact_ms, kept_ms] = times.map(|times| median(&times).unwrap_or(f64::NAN));
    let bytes = drawing.instances.iter().map(|(_, _, text)| text.len()).sum();
    Ok(Decoding { instances: drawing.instances.len(), bytes, exact_ms, inexact_ms, kept_ms })
}

fn target(variant: &Variant) -> harness::Target<'_> {
    harness::Target { crate_name: &variant.crate_name, schema_types: &variant.schema_types, files: &variant.files }
}

/// One run of a harness's `--time` mode, in milliseconds; an error unless
/// every instance decoded in every round.
fn time_run(binary: &Path, input: &Path, instances: usize) -> Result<f64, String> {
    let output = std::process::Command::new(binary)
        .arg("--time")
        .arg(input)
        .arg(ROUNDS.to_string())
        .output()
        .map_err(|e| format!("cannot run {}: {e}", binary.display()))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut fields = stdout.split_whitespace().map(str::parse::<u128>);
    match (output.status.success(), fields.next(), fields.next()) {
        (true, Some(Ok(nanos)), Some(Ok(decoded))) if decoded == (instances as u128) * u128::from(ROUNDS) => {
            Ok(nanos as f64 / 1e6)
        }
        (true, Some(Ok(_)), Some(Ok(decoded))) => Err(format!(
            "{} decoded {decoded} of {} instances",
            binary.display(),
            instances as u128 * u128::from(ROUNDS)
        )),
        _ => Err(format!("{} failed: {}", binary.display(), String::from_utf8_lossy(&output.stderr).trim())),
    }
}

/// The section, ending with a blank line.
pub(crate) fn render(fidelity: &Fidelity, measured: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{HEADING}\n");
    let _ = writeln!(out, "Measured {measured}.\n");
    match &fidelity.decoding {
        Ok(decoding) => {
            let _ = writeln!(
                out,
                "Decoding: the {} instances `cargo xtask roundtrip` draws for ReAdmin's component schemas ({} KiB of JSON, \
                 seed 1; most numbers need all 17 significant digits, most objects carry members the schema does not \
                 declare), each decoded {ROUNDS} times per run with `serde_json::from_slice` into its generated type, \
                 release builds (`xtask/src/bench/fidelity.rs`). Median of {}; the three builds take turns within each run.\n",
                decoding.instances,
                decoding.bytes / 1024,
                super::runs_text(fidelity.runs),
            );
            let per_instance = |ms: f64| ms * 1e6 / (decoding.instances as f64 * f64::from(ROUNDS));
            let _ = writeln!(out, "| generated crate | decoding, per run | per instance | against the default |");
            let _ = writeln!(out, "| --- | ---: | ---: | ---: |");
            let rows = [
                ("default (exact floats: `float_roundtrip`)", decoding.exact_ms),
                ("`float_roundtrip` removed (serde_json's fast float parser)", decoding.inexact_ms),
                ("`keep_undeclared_members = true` (exact floats)", decoding.kept_ms),
            ];
            for (label, ms) in rows {
                let _ = writeln!(
                    out,
                    "| {label} | {ms:.1} ms | {:.0} ns | {:.2}x |",
                    per_instance(ms),
                    ms / decoding.exact_ms
                );
            }
            let _ = writeln!(out);
        }
        Err(reason) => {
            let _ = writeln!(out, "Decoding not measured: {}\n", crate::markdown::cell(reason));
        }
    }
    match &fidelity.compile {
        Ok(rows) => {
            let _ = writeln!(
                out,
                "Compiling: the crate of `{COMPILED}` with `keep_undeclared_members` off and on, timed as in \
                 [Compiling the generated crates](#compiling-the-generated-crates) (`CARGO_INCREMENTAL=0`, \
                 `target/bench/`, that crate alone, dependencies built). On a shared machine two builds of one crate \
                 can differ by more than the setting costs; `cargo check`, which does not generate code, varies less.\n"
            );
            let _ = writeln!(out, "| crate | lines | `cargo build` | `cargo check` |");
            let _ = writeln!(out, "| --- | ---: | ---: | ---: |");
            for row in rows {
                let times = match &row.outcome {
                    Ok(times) => format!("{:.1} s | {:.1} s", times.build_s, times.check_s),
                    Err(reason) => format!("{} | -", crate::markdown::cell(reason)),
                };
                let _ = writeln!(
                    out,
                    "| `{}` | {} | {times} |",
                    row.crate_name,
                    crate::markdown::thousands(row.lines as u64)
                );
            }
            let _ = writeln!(out);
        }
        Err(reason) => {
            let _ = writeln!(out, "Compiling not measured: {}\n", crate::markdown::cell(reason));
        }
    }
    out
}

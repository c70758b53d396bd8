//! Generation time per stage and peak memory, measured by `bench-generate`
//! (a release build of `benchmarks/`), one child process per document so
//! that each peak is that document's alone.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

use super::stats::median;

/// A document to generate, as the tables name it.
#[derive(Debug, Clone)]
pub(crate) struct Document {
    /// The document's file name, as the tables show it.
    pub(crate) label: String,
    pub(crate) path: PathBuf,
    pub(crate) crate_name: String,
}

/// One document's generation benchmark.
#[derive(Debug, Clone)]
pub(crate) struct Generation {
    pub(crate) document: String,
    /// The document's size (0 when it could not be read).
    pub(crate) bytes: u64,
    /// The measurements, or why there are none.
    pub(crate) outcome: Result<Measured, String>,
}

/// Medians over the runs, in milliseconds, and what the generation produced.
#[derive(Debug, Clone, Default)]
pub(crate) struct Measured {
    pub(crate) parse_ms: f64,
    pub(crate) lower_ms: f64,
    pub(crate) emit_ms: f64,
    pub(crate) render_ms: f64,
    /// The median of the runs' totals (not the sum of the stages' medians).
    pub(crate) total_ms: f64,
    /// The child process's peak resident memory; `None` where not known.
    pub(crate) peak_mib: Option<f64>,
    pub(crate) operations: u64,
    pub(crate) types: u64,
    pub(crate) lines: u64,
}

/// Builds `bench-generate` in release mode and returns its path.
pub(crate) fn build(root: &Path) -> Result<PathBuf, String> {
    eprintln!("bench: building bench-generate (cargo build --release)");
    let output = Command::new(crate::scratch::cargo())
        .args([
            "build",
            "--release",
            "-p",
            "benchmarks",
            "--bin",
            "bench-generate",
            "--message-format",
            "json-render-diagnostics",
        ])
        .current_dir(root)
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !output.status.success() {
        return Err(format!("`cargo build --release -p benchmarks` failed ({})", output.status));
    }
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<Value>(line).ok())
        .filter(|message| message["reason"] == "compiler-artifact" && message["target"]["name"] == "bench-generate")
        .find_map(|message| message["executable"].as_str().map(PathBuf::from))
        .ok_or_else(|| "cargo built no bench-generate executable".to_owned())
}

/// Generates `document` `runs` times in a child process of `binary`.
pub(crate) fn measure(binary: &Path, document: &Document, runs: u32) -> Generation {
    let bytes = std::fs::metadata(&document.path).map_or(0, |metadata| metadata.len());
    let outcome = if bytes == 0 && !document.path.is_file() {
        Err("not found (is the corpus in ../shared/corpus, or CORPUS_DIR set?)".to_owned())
    } else {
        run_child(binary, document, runs)
    };
    if let Err(reason) = &outcome {
        eprintln!("bench: generating {}: skipped: {reason}", document.label);
    }
    Generation { document: document.label.clone(), bytes, outcome }
}

fn run_child(binary: &Path, document: &Document, runs: u32) -> Result<Measured, String> {
    let mut command = Command::new(binary);
    command.arg(&document.path).args(["--name", &document.crate_name]);
    parse_report(&report(command, runs)?)
}

/// The JSON report of `bench-generate` run as `command`, `runs` times.
pub(crate) fn report(mut command: Command, runs: u32) -> Result<Value, String> {
    let output =
        command.args(["--runs", &runs.to_string()]).output().map_err(|e| format!("cannot run bench-generate: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let report: Value = serde_json::from_str(stdout.trim()).map_err(|_| {
        let stderr = String::from_utf8_lossy(&output.stderr);
        format!("bench-generate gave no report ({}): {}", output.status, stderr.trim())
    })?;
    if let Some(error) = report["error"].as_str() {
        return Err(error.to_owned());
    }
    Ok(report)
}

/// Reads `bench-generate`'s JSON report into medians.
pub(crate) fn parse_report(report: &Value) -> Result<Measured, String> {
    let runs = report["runs"].as_array().filter(|runs| !runs.is_empty()).ok_or("the report has no runs")?;
    let stage =
        |name: &str| -> Vec<f64> { runs.iter().map(|run| run[name].as_f64().unwrap_or(f64::NAN) / 1e6).collect() };
    let [parse, lower, emit, render] = ["parse", "lower", "emit", "render"].map(stage);
    let totals: Vec<f64> = (0..runs.len()).map(|i| parse[i] + lower[i] + emit[i] + render[i]).collect();
    let counts = &report["counts"];
    let count = |name: &str| counts[name].as_u64().unwrap_or(0);
    Ok(Measured {
        parse_ms: median(&parse).unwrap_or(f64::NAN),
        lower_ms: median(&lower).unwrap_or(f64::NAN),
        emit_ms: median(&emit).unwrap_or(f64::NAN),
        render_ms: median(&render).unwrap_or(f64::NAN),
        total_ms: median(&totals).unwrap_or(f64::NAN),
        peak_mib: report["peak_rss_kib"].as_f64().map(|kib| kib / 1024.0),
        operations: count("operations"),
        types: count("types"),
        lines: count("lines"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_becomes_medians_in_milliseconds() {
        let report = serde_json::json!({
            "bytes": 100,
            "runs": [
                { "parse": 1_000_000, "lower": 2_000_000, "emit": 3_000_000, "render": 4_000_000 },
                { "parse": 3_000_000, "lower": 2_000_000, "emit": 3_000_000, "render": 4_000_000 },
                { "parse": 2_000_000, "lower": 9_000_000, "emit": 3_000_000, "render": 4_000_000 },
            ],
            "counts": { "operations": 3, "types": 4, "lines": 500 },
            "peak_rss_kib": 2048,
        });
        let measured = parse_report(&report).unwrap();
        // Totals 10, 12 and 18: the median total is 12, not the sum of the stages' medians (11).
        assert_eq!((measured.parse_ms, measured.lower_ms, measured.total_ms), (2.0, 2.0, 12.0));
        assert_eq!((measured.lines, measured.peak_mib), (500, Some(2.0)));
        let no_memory =
            serde_json::json!({ "runs": [{ "parse": 1, "lower": 1, "emit": 1, "render": 1 }], "peak_rss_kib": null });
        assert_eq!(parse_report(&no_memory).unwrap().peak_mib, None);
        assert!(parse_report(&serde_json::json!({ "runs": [] })).is_err());
    }
}

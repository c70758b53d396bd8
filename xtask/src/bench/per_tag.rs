//! What one feature per tag saves a user: GitHub's crate generated with
//! the setting on, compiled with all its features and with one tag's alone
//! (a large tag and a small one), timed as `compile.rs` times crates.

use std::fmt::Write as _;
use std::path::Path;

use super::compile::{self, CompileTimes};
use super::generation::Document;
use crate::{corpus, scratch};

/// The section's heading in `BENCHMARKS.md`.
pub(crate) const HEADING: &str = "## Compiling one tag";

/// The document compiled.
const DOCUMENT: &str = "progenitor-api.github.com.json";

/// The selections timed: all features (`None`), then single tags' features.
const SELECTIONS: [Option<&str>; 3] = [None, Some("repos"), Some("meta")];

/// One selection's numbers.
#[derive(Debug)]
pub(crate) struct Row {
    /// The feature alone, or `None` for the default (all).
    feature: Option<&'static str>,
    /// The operations it compiles.
    operations: usize,
    outcome: Result<CompileTimes, String>,
}

/// The crate's lines and each selection's compile times, or why nothing
/// could be measured.
#[derive(Debug)]
pub(crate) struct PerTag {
    lines: usize,
    rows: Result<Vec<Row>, String>,
    runs: u32,
}

/// Generates the crate into `target/bench/` and times each selection.
pub(crate) fn measure(root: &Path, runs: u32) -> PerTag {
    let path = corpus::corpus_dir(root).join(DOCUMENT);
    let crate_name = format!("{}-per-tag", scratch::crate_name(&path));
    let scratch = root.join("target/bench");
    let document = Document { label: DOCUMENT.to_owned(), path: path.clone(), crate_name: crate_name.clone() };
    let mut settings = openapi_xtask::Settings::new(crate_name.clone());
    settings.features_per_tag = true;
    let generated = compile::generate(&scratch, &document, &settings).and_then(|lines| {
        scratch::write_workspace(root, &scratch)?;
        Ok(lines)
    });
    let lines = *generated.as_ref().unwrap_or(&0);
    let rows = generated.and_then(|_| {
        SELECTIONS
            .iter()
            .map(|feature| {
                let operations = operations_compiled(&scratch, &crate_name, *feature)?;
                eprintln!("bench: compiling {crate_name} with {}", describe(*feature));
                let outcome = compile::time_builds(&scratch, &crate_name, runs, *feature);
                Ok(Row { feature: *feature, operations, outcome })
            })
            .collect()
    });
    PerTag { lines, rows, runs }
}

/// How many operations the feature compiles (all of them for `None`), from
/// the `api.json` the generator wrote beside the crate.
fn operations_compiled(scratch: &Path, crate_name: &str, feature: Option<&str>) -> Result<usize, String> {
    let path = scratch.join("crates").join(crate_name).join(openapi_xtask::describe::DESCRIPTION_PATH);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let api = openapi_xtask::describe::ApiDescription::from_json(&text)?;
    Ok(api
        .operations
        .iter()
        .filter(|op| feature.is_none_or(|feature| op.features.iter().any(|f| f == feature)))
        .count())
}

fn describe(feature: Option<&str>) -> String {
    match feature {
        Some(feature) => format!("`{feature}` alone"),
        None => "all features (`default`)".to_owned(),
    }
}

/// The section, ending with a blank line.
pub(crate) fn render(measured: &PerTag, when: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{HEADING}\n");
    let _ = writeln!(out, "Measured {when}.\n");
    let _ = writeln!(
        out,
        "The crate of `{DOCUMENT}` generated with one Cargo feature per tag (`[features] per_tag = true`, {} lines), \
         compiled with all its features and with one tag's alone (`--no-default-features --features <tag>`), timed as in \
         [Compiling the generated crates](#compiling-the-generated-crates) (`CARGO_INCREMENTAL=0`, `target/bench/`, \
         that crate alone, dependencies built). Median of {}.\n",
        crate::markdown::thousands(measured.lines as u64),
        super::runs_text(measured.runs),
    );
    let rows = match &measured.rows {
        Ok(rows) => rows,
        Err(reason) => {
            let _ = writeln!(out, "Not measured: {}\n", crate::markdown::cell(reason));
            return out;
        }
    };
    let all = rows.iter().find(|row| row.feature.is_none()).and_then(|row| row.outcome.as_ref().ok());
    let _ = writeln!(out, "| features | operations | `cargo build` | `cargo check` | build against all |");
    let _ = writeln!(out, "| --- | ---: | ---: | ---: | ---: |");
    for row in rows {
        let times = match (&row.outcome, all) {
            (Ok(times), Some(all)) => {
                format!("{:.1} s | {:.1} s | {:.2}x", times.build_s, times.check_s, times.build_s / all.build_s)
            }
            (Ok(times), None) => format!("{:.1} s | {:.1} s | -", times.build_s, times.check_s),
            (Err(reason), _) => format!("{} | - | -", crate::markdown::cell(reason)),
        };
        let _ = writeln!(out, "| {} | {} | {times} |", describe(row.feature), row.operations);
    }
    let _ = writeln!(out);
    out
}

//! `cargo xtask corpus`: every real-world document of the shared corpus,
//! generated as a standalone crate and compiled with warnings denied.
//!
//! The crates live in one scratch workspace (`target/corpus/`) so that their
//! dependencies build once. For each document the table shows how many of its
//! operations were generated, the types, diagnostics and lines generated, the
//! generation time, and the time `cargo check` and `cargo clippy` took.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::flags;
use crate::scratch::{crate_name, file_name, list_documents, rust_lines, scratch_cargo, write_crate, write_workspace};

/// The documents `cargo xtask test` compiles: the small and mid-size ones,
/// which cover every construct the large ones use in a fraction of the time.
pub(crate) const QUICK_SET: &[&str] = &[
    "oai-api-with-examples",
    "oai-callback-example",
    "oai-link-example",
    "oai-petstore",
    "oai-petstore-expanded",
    "oai-uspto",
    "oai-webhook-example",
    "progenitor-buildomat",
    "progenitor-keeper",
    "progenitor-propolis-server",
    "readme-file-uploads",
    "readme-polymorphism",
    "readme-schema-additional-properties",
    "readme-schema-circular",
    "readme-security",
    "readme-train-travel",
    "readmin-end-call",
];

/// One document's row in the table.
#[derive(Debug, Default)]
struct Row {
    document: String,
    crate_name: String,
    operations_total: usize,
    operations: usize,
    types: usize,
    diagnostics: usize,
    lines: usize,
    generate: Duration,
    check: Option<Duration>,
    clippy: Option<Duration>,
    warnings: usize,
    failure: Option<String>,
}

/// Runs the corpus with the parsed flags.
pub(crate) fn run(args: &flags::Corpus) -> Result<(), String> {
    let root = crate::project_root();
    let corpus_dir = corpus_dir(&root);
    let scratch = root.join("target/corpus");
    let mut documents = list_documents(&corpus_dir)?;
    if args.quick {
        documents.retain(|path| QUICK_SET.contains(&crate_name(path).as_str()));
    }
    if !args.only.is_empty() {
        documents.retain(|path| args.only.iter().any(|only| crate_name(path) == *only || file_name(path) == *only));
    }
    if documents.is_empty() {
        return Err(format!("no OpenAPI documents selected in {}", corpus_dir.display()));
    }
    let mut rows: Vec<Row> = documents.iter().map(|path| generate(path, &scratch)).collect();
    write_workspace(&root, &scratch)?;
    for row in rows.iter_mut().filter(|r| r.failure.is_none()) {
        compile(&scratch, row);
        eprintln!("corpus: {} {}", row.document, if row.failure.is_some() { "FAILED" } else { "ok" });
    }
    print_table(&rows);
    let compiled = rows.iter().filter(|r| r.failure.is_none()).count();
    let warnings: usize = rows.iter().map(|r| r.warnings).sum();
    for row in rows.iter().filter(|r| r.failure.is_some()) {
        println!("\n{}: {}", row.document, row.failure.as_deref().unwrap_or_default());
    }
    let skipped: usize = rows.iter().map(|r| r.operations_total.saturating_sub(r.operations)).sum();
    let total: usize = rows.iter().map(|r| r.operations_total).sum();
    println!("corpus: {compiled}/{} compile, {warnings} warnings, {skipped} of {total} operations skipped", rows.len());
    if compiled == rows.len() && warnings == 0 {
        Ok(())
    } else {
        Err(format!("{} of {} documents failed", rows.len() - compiled, rows.len()))
    }
}

/// The shared corpus: `CORPUS_DIR`, or `../shared/corpus` from the project root.
pub(crate) fn corpus_dir(root: &Path) -> PathBuf {
    match std::env::var_os("CORPUS_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => root.join("../shared/corpus"),
    }
}

fn generate(path: &Path, scratch: &Path) -> Row {
    let mut row = Row { document: file_name(path), crate_name: crate_name(path), ..Row::default() };
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            row.failure = Some(format!("cannot read: {e}"));
            return row;
        }
    };
    row.operations_total = openapi_xtask::count_operations(&text);
    let started = Instant::now();
    let generated = openapi_xtask::generate(&text, &openapi_xtask::Settings::new(row.crate_name.clone()));
    row.generate = started.elapsed();
    let generated = match generated {
        Ok(generated) => generated,
        Err(diagnostics) => {
            let messages: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
            row.failure = Some(format!("generation failed:\n{}", messages.join("\n")));
            return row;
        }
    };
    row.operations = generated.stats.operations;
    row.types = generated.stats.types;
    row.diagnostics = generated.diagnostics.len();
    row.lines = rust_lines(&generated.files);
    if let Err(e) = write_crate(scratch, &row.crate_name, generated.files) {
        row.failure = Some(e);
    }
    row
}

/// `cargo check` then `cargo clippy -D warnings` for one crate.
fn compile(scratch: &Path, row: &mut Row) {
    for (step, args) in [
        ("check", vec!["check", "--quiet", "--message-format", "short", "-p", row.crate_name.as_str()]),
        (
            "clippy",
            vec![
                "clippy",
                "--quiet",
                "--message-format",
                "short",
                "-p",
                row.crate_name.as_str(),
                "--",
                "-D",
                "warnings",
            ],
        ),
        // Broken intra-doc links and the like, in docs the crate's users read.
        ("doc", vec!["doc", "--quiet", "--no-deps", "--message-format", "short", "-p", row.crate_name.as_str()]),
    ] {
        let started = Instant::now();
        let output = scratch_cargo(scratch).args(&args).env("RUSTDOCFLAGS", "-D warnings").output();
        let elapsed = started.elapsed();
        let output = match output {
            Ok(output) => output,
            Err(e) => {
                row.failure = Some(format!("cannot run cargo: {e}"));
                return;
            }
        };
        let stderr = String::from_utf8_lossy(&output.stderr);
        let problems: Vec<&str> = stderr
            .lines()
            .filter(|l| l.contains(": warning:") || l.contains(": error") || l.starts_with("error"))
            .collect();
        match step {
            "check" => {
                row.check = Some(elapsed);
                row.warnings = problems.iter().filter(|l| l.contains(": warning:")).count();
            }
            "clippy" => row.clippy = Some(elapsed),
            _ => {}
        }
        if !output.status.success() || !problems.is_empty() {
            let shown: Vec<&str> = problems.iter().take(20).copied().collect();
            row.failure = Some(format!(
                "`cargo {step}` failed:\n{}",
                if shown.is_empty() { stderr.trim().to_owned() } else { shown.join("\n") }
            ));
            if row.warnings == 0 {
                row.warnings = problems.len().max(1);
            }
            return;
        }
    }
}

fn seconds(duration: Option<Duration>) -> String {
    duration.map_or("-".to_owned(), |d| format!("{:.1}s", d.as_secs_f64()))
}

fn print_table(rows: &[Row]) {
    println!();
    println!("| document | operations | types | diagnostics | lines | generate | check | clippy | result |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
    for row in rows {
        println!(
            "| {} | {}/{} | {} | {} | {} | {:.0} ms | {} | {} | {} |",
            row.document,
            row.operations,
            row.operations_total,
            row.types,
            row.diagnostics,
            row.lines,
            row.generate.as_secs_f64() * 1000.0,
            seconds(row.check),
            seconds(row.clippy),
            if row.failure.is_some() { "FAIL" } else { "ok" },
        );
    }
    println!();
}

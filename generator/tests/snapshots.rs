//! Data-driven snapshot tests.
//!
//! Every `tests/cases/<name>.yaml` (or `.json`) is an OpenAPI document. The
//! generator runs on it and the result is compared with `tests/cases/<name>.out`:
//!
//! - for a successful generation, `src/types.rs`, `src/operations.rs` and
//!   `src/client.rs` (the files that depend on the document), followed by the
//!   warnings;
//! - for a failed generation, only the diagnostics.
//!
//! A `tests/cases/<name>.toml` beside a document is its settings file (see
//! `openapi_xtask::settings_file`), for the rules that depend on a setting.
//!
//! Run with `UPDATE_SNAPSHOTS=1` to (re)write the `.out` files instead of
//! comparing them, then review the change with `git diff`.

mod support;

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use support::{case_name, cases_dir, find_cases, settings_for};

/// The generated files that go into a snapshot, in this order. `Cargo.toml`,
/// `src/lib.rs` and `src/runtime.rs` are boilerplate and left out, all but
/// the crate's attributes (`#![...]`), which a document can change.
const SNAPSHOT_FILES: [&str; 3] = ["src/types.rs", "src/operations.rs", "src/client.rs"];

/// How many differing lines a mismatch report shows per case.
const MAX_DIFF_LINES: usize = 60;

/// Lines of unchanged context shown around each change.
const CONTEXT: usize = 3;

#[test]
fn snapshots() {
    let dir = cases_dir();
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| !v.is_empty() && v != "0");
    let cases = find_cases(&dir);
    assert!(!cases.is_empty(), "no cases found in {}", dir.display());

    let mut failures = Vec::new();
    for case in &cases {
        let name = case_name(case);
        let spec = fs::read_to_string(case).unwrap_or_else(|e| panic!("cannot read {}: {e}", case.display()));
        let actual = snapshot(&spec, &settings_for(case));
        let out_path = case.with_extension("out");
        if update {
            let existing = fs::read_to_string(&out_path).ok();
            if existing.as_deref().map(normalize_newlines) != Some(actual.clone()) {
                fs::write(&out_path, &actual).unwrap_or_else(|e| panic!("cannot write {}: {e}", out_path.display()));
                eprintln!("updated {}", out_path.display());
            }
            continue;
        }
        match fs::read_to_string(&out_path) {
            Ok(expected) => {
                let expected = normalize_newlines(&expected);
                if expected != actual {
                    failures.push(format!(
                        "case `{name}`: output differs from {}\n{}",
                        out_path.display(),
                        diff(&expected, &actual)
                    ));
                }
            }
            Err(_) => failures.push(format!("case `{name}`: missing snapshot {}", out_path.display())),
        }
    }

    // A snapshot whose document was removed or renamed is stale.
    for out in stale_snapshots(&dir, &cases) {
        if update {
            fs::remove_file(&out).unwrap_or_else(|e| panic!("cannot remove {}: {e}", out.display()));
            eprintln!("removed {}", out.display());
        } else {
            failures.push(format!("stale snapshot {} has no input document", out.display()));
        }
    }

    if !failures.is_empty() {
        panic!(
            "{} of {} snapshot cases failed:\n\n{}\n\nIf the new output is right, run `UPDATE_SNAPSHOTS=1 cargo test -p openapi-xtask --test snapshots` and review the diff.",
            failures.len(),
            cases.len(),
            failures.join("\n\n")
        );
    }
}

/// `.out` files in `dir` without an input document.
fn stale_snapshots(dir: &Path, cases: &[PathBuf]) -> Vec<PathBuf> {
    let mut stale: Vec<PathBuf> = fs::read_dir(dir)
        .expect("cases directory")
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "out"))
        .filter(|out| !cases.iter().any(|case| case.with_extension("out") == *out))
        .collect();
    stale.sort();
    stale
}

/// The snapshot text for one document.
fn snapshot(spec: &str, settings: &openapi_xtask::Settings) -> String {
    let mut out = String::new();
    let diagnostics = match openapi_xtask::generate(spec, settings) {
        Ok(generated) => {
            for path in SNAPSHOT_FILES {
                let _ = writeln!(out, "// ==== {path} ====");
                match generated.files.iter().find(|f| f.path == path) {
                    Some(file) => {
                        out.push_str(&normalize_newlines(&file.contents));
                        if !out.ends_with('\n') {
                            out.push('\n');
                        }
                    }
                    None => out.push_str("// (not generated)\n"),
                }
            }
            out.push_str("// ==== src/lib.rs: crate attributes ====\n");
            let lib = generated.files.iter().find(|f| f.path == "src/lib.rs").map_or("", |f| f.contents.as_str());
            for attribute in lib.lines().filter(|line| line.starts_with("#![")) {
                let _ = writeln!(out, "{attribute}");
            }
            generated.diagnostics
        }
        Err(diagnostics) => {
            assert!(!diagnostics.is_empty(), "generation failed without a diagnostic");
            diagnostics
        }
    };
    out.push_str("// ==== diagnostics ====\n");
    for diagnostic in &diagnostics {
        let _ = writeln!(out, "{diagnostic}");
    }
    out
}

fn normalize_newlines(text: &str) -> String {
    text.replace("\r\n", "\n")
}

/// A unified-style line diff of `expected` against `actual`, with line
/// numbers, truncated after [`MAX_DIFF_LINES`] changed lines.
fn diff(expected: &str, actual: &str) -> String {
    let diff = similar::TextDiff::from_lines(expected, actual);
    let mut text = String::from("--- expected\n+++ actual\n");
    let mut changed = 0;
    for (index, group) in diff.grouped_ops(CONTEXT).iter().enumerate() {
        if index > 0 {
            text.push_str("   ...\n");
        }
        for change in group.iter().flat_map(|op| diff.iter_changes(op)) {
            let number = |index: Option<usize>| index.map_or(String::new(), |i| (i + 1).to_string());
            let (old, new) = (number(change.old_index()), number(change.new_index()));
            let sign = match change.tag() {
                similar::ChangeTag::Equal => ' ',
                similar::ChangeTag::Delete => '-',
                similar::ChangeTag::Insert => '+',
            };
            if sign != ' ' {
                changed += 1;
                if changed > MAX_DIFF_LINES {
                    text.push_str("   ... (more differences left out)\n");
                    return text;
                }
            }
            let line = format!("{sign}{old:>5} {new:>5}   {}", change.value().trim_end_matches(['\n', '\r']));
            text.push_str(line.trim_end());
            text.push('\n');
        }
    }
    if changed == 0 {
        text.push_str("   (the texts differ only in trailing newlines)\n");
    }
    text
}

#[test]
fn diff_shows_changed_lines_with_numbers() {
    let report = diff("a\nb\nc\nd\n", "a\nB\nc\nd\ne\n");
    let expected = "--- expected\n+++ actual\n     1     1   a\n-    2         b\n+          2   B\n     3     3   c\n     4     4   d\n+          5   e\n";
    assert_eq!(report, expected);
}
